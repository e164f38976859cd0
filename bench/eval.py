"""Extraction accuracy: the scorer's table for the seeds and each batch of a gold set, errors by cause.

    python bench/eval.py --scorer SCORE_PY --seeds DIR --seeds-gold GOLD --docs DIR --gold GOLD

Runs the extractor in this process, scores with the given scorer (``--simplified``), and prints one
table: every batch (the file prefix before ``_``), the odd and even file numbers of the gold set
(study one half, measure the other: if they drift apart, rules fit documents, not forms) and all
of it. ``--errors N`` lists N errors of each cause. Paths come from the Makefile (``make eval``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from graph_builder.pipeline import extract_paths, extract_text
from graph_builder.read.sources import html_to_text
from graph_builder.types import DocumentResult

CAUSES = ("name boundary", "wrong action", "post completion", "missed form", "spurious", "date")


def load_scorer(path: Path) -> ModuleType:
    """The scorer module, in simplified-character mode."""
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from opencc import OpenCC

    score.TO_SIMPLIFIED = OpenCC("t2s")
    return score


def predict(paths: list[Path]) -> list[dict]:
    """Gold-schema rows for every event the extractor finds in ``paths``."""
    rows = []
    for result in extract_paths(paths):
        if isinstance(result, DocumentResult):
            rows.extend(e.gold() for e in result.events)
    return rows


def challenge_rows(path: Path) -> tuple[list[dict], list[dict]]:
    """Gold and predicted rows of one challenge set: excerpts written for this project (one JSON
    object a line: name, text, events), each read as a document of its own; a page named .html is
    read as its markup is, by the sources' reader."""
    gold, pred = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = html_to_text(item["text"]) if item["name"].endswith((".html", ".htm")) else item["text"]
        gold += [{"doc": item["name"], **event} for event in item["events"]]
        pred += [e.gold() for e in extract_text(item["name"], text).events]
    return gold, pred


def cause_of_missed(score: ModuleType, g: dict, pred: list[dict]) -> str:
    """Why a gold event found no partner: the closest prediction in the same document says."""
    doc, person, post = score.doc_key(g["doc"]), score.norm_person(g["person"]), score.norm_post(g["post"])
    same_doc = [p for p in pred if score.doc_key(p["doc"]) == doc]
    for p in same_doc:
        if score.norm_person(p["person"]) == person:
            posts_agree = score.posts_match(post, score.norm_post(p["post"]), True)
            return "wrong action" if posts_agree else "post completion"
    for p in same_doc:
        other = score.norm_person(p["person"])
        near = other and (other in person or person in other or other[:2] == person[:2])
        if near and score.posts_match(post, score.norm_post(p["post"]), True):
            return "name boundary"
    return "missed form"


def score_rows(score: ModuleType, gold: list[dict], pred: list[dict]) -> dict:
    """Counts, F1 (lenient and strict), same-date share and errors by cause."""
    out: dict = {"causes": defaultdict(list)}
    for mode in ("strict", "lenient"):
        pairs, missed, spurious = score.match(gold, pred, mode == "lenient")
        out[mode] = score.prf(len(pairs), len(spurious), len(missed))
    for g in missed:
        out["causes"][cause_of_missed(score, g, pred)].append(("missed", g))
    for p in spurious:
        out["causes"]["spurious"].append(("spurious", p))
    dated = [(g, p) for g, p in pairs if g.get("date")]
    for g, p in dated:
        if score.norm(str(g["date"])) != score.norm(str(p.get("date") or "")):
            out["causes"]["date"].append(("date", {**g, "predicted_date": p.get("date")}))
    out["date"] = 1 - len(out["causes"]["date"]) / len(dated) if dated else 1.0
    out["counts"] = (len(pairs), len(spurious), len(missed), len(gold))
    return out


def subsets(gold: list[dict], pred: list[dict], doc: Callable[[dict], str]) -> dict[str, tuple]:
    """The rows of each batch, of the odd and even file numbers, and of all."""

    def pick(test: Callable[[str], bool]) -> tuple[list[dict], list[dict]]:
        return [r for r in gold if test(doc(r))], [r for r in pred if test(doc(r))]

    batches = sorted({doc(r).split("_", 1)[0] for r in gold if "_" in doc(r)})
    out = {b: pick(lambda d, b=b: d.startswith(f"{b}_")) for b in batches}
    number = re.compile(r"_(\d+)")

    def parity(d: str) -> int:
        m = number.search(d)
        return int(m.group(1)) % 2 if m else -1

    for b in batches:
        out[f"{b} even"] = pick(lambda d, b=b: d.startswith(f"{b}_") and parity(d) == 0)
    out["odd (study)"] = pick(lambda d: parity(d) == 1)
    out["even (measure)"] = pick(lambda d: parity(d) == 0)
    out["all"] = pick(lambda d: True)
    return out


def table_row(name: str, s: dict) -> str:
    tp, fp, fn, n = s["counts"]
    lp, lr, lf = s["lenient"]
    causes = " ".join(f"{c.split()[0]}:{len(s['causes'][c])}" for c in CAUSES if s["causes"][c])
    scores = f"{lf:.3f} ({lp:.2f} / {lr:.2f}) | {s['strict'][2]:.3f} | {s['date']:.2f}"
    return f"| {name} | {n} | {scores} | {causes} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, required=True)
    ap.add_argument("--seeds", type=Path, required=True)
    ap.add_argument("--seeds-gold", type=Path, required=True)
    ap.add_argument("--docs", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--challenge", type=Path, help="a folder of challenge sets (bench/challenge)")
    ap.add_argument("--errors", type=int, default=0, help="errors listed per cause")
    ap.add_argument("--only", default="", help="list errors only of documents whose name has this")
    ap.add_argument("--half", choices=("odd", "even", "all"), default="odd", help="whose errors are listed")
    args = ap.parse_args(argv)
    score = load_scorer(args.scorer)
    print("| set | gold events | lenient F1 (P / R) | strict F1 | same date | errors by cause |")
    print("|---|---|---|---|---|---|")
    seeds = score_rows(score, score.load(args.seeds_gold), predict(sorted(args.seeds.glob("*.txt"))))
    print(table_row("seeds (dev gold)", seeds))
    gold = score.load(args.gold)
    pred = predict(sorted(args.docs.glob("*.txt")))
    results = {}
    for name, (g, p) in subsets(gold, pred, lambda r: score.doc_key(r["doc"])).items():
        results[name] = score_rows(score, g, p)
        print(table_row(name, results[name]))
    if args.challenge:
        # set2 before set10: in the order of their numbers
        for path in sorted(args.challenge.glob("*.jsonl"), key=lambda p: (len(p.stem.split("_")[0]), p.stem)):
            print(table_row(f"challenge {path.stem.split('_')[0]}", score_rows(score, *challenge_rows(path))))
    if args.errors:
        half = {"odd": "odd (study)", "even": "even (measure)", "all": "all"}[args.half]
        show_errors(score, results[half], args.errors, args.only)
    return 0


def show_errors(score: ModuleType, result: dict, n: int, only: str) -> None:
    """Up to ``n`` errors of each cause, one line each."""
    for cause in CAUSES:
        rows = [(k, r) for k, r in result["causes"][cause] if only in score.doc_key(r["doc"])]
        if not rows:
            continue
        print(f"\n## {cause} ({len(rows)})")
        tally = Counter(score.doc_key(r["doc"]) for _, r in rows)
        print("   by document: " + ", ".join(f"{d} {c}" for d, c in tally.most_common()))
        for kind, r in rows[:n]:
            extra = f" predicted {r['predicted_date']}" if "predicted_date" in r else ""
            print(
                f"  {kind:8} {score.doc_key(r['doc'])} {r['action']} {r['person']} | {r['post']} "
                f"| {r.get('date')}{extra}"
            )


if __name__ == "__main__":
    sys.exit(main())
