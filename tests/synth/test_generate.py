"""The synthetic gazette generator: deterministic, in the forms of docs/design.md#forms, with sound truth."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from graph_builder.synth.generate import (
    PLAIN,
    NameMaker,
    corpus_documents,
    derive_tenures,
    generate,
    wrap,
)
from graph_builder.types import Action, FuzzyDate
from tests.support import GOLD_FIELDS

EVENTS = 4000
WS = re.compile(r"\s+")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def digest(out: Path) -> dict[str, str]:
    """Every file under ``out`` with the hash of its bytes."""
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    generate(EVENTS, 11, out)
    return out


@pytest.fixture(scope="module")
def truth(corpus) -> dict[str, list[dict]]:
    return {
        name: read_jsonl(corpus / "truth" / f"{name}.jsonl")
        for name in ("events", "tenures", "attestations", "posts")
    }


@pytest.fixture(scope="module")
def text(corpus) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))


def test_same_seed_same_bytes(tmp_path, corpus):
    generate(EVENTS, 11, tmp_path)
    assert digest(tmp_path) == digest(corpus)


def test_same_bytes_in_another_process(tmp_path, corpus):
    # Another process has another str hash seed: nothing may depend on set or dict-of-str order.
    code = f"from graph_builder.synth.generate import generate; generate({EVENTS}, 11, {str(tmp_path)!r})"
    env = {**os.environ, "PYTHONHASHSEED": "4321"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert digest(tmp_path) == digest(corpus)


def test_another_seed_other_text(tmp_path, corpus):
    generate(EVENTS, 12, tmp_path)
    assert digest(tmp_path) != digest(corpus)


def test_size_and_summary(corpus, truth):
    summary = json.loads((corpus / "truth" / "summary.json").read_text(encoding="utf-8"))
    assert summary["events"] == len(truth["events"])
    # The last round of the last jurisdiction may print a few more than asked.
    assert EVENTS <= summary["events"] < EVENTS + 60
    assert summary["jurisdictions"] >= 3
    sizes = [p.stat().st_size for p in corpus.glob("*.txt")]
    assert max(sizes) < 400_000


@pytest.mark.parametrize(
    "form",
    [
        r"〔20\d\d〕\d+ ?号",  # 文号
        r"区人民政府决定：",
        r"任命\w+为\w+（试用期一年）；",
        r"任命\w+为\w+、\w+（兼）",
        r"免去\w+的\w+、\w+职务",
        r"任命\w+为\w+，免去其\w+职务",
        r"按期正式任",
        r"提请任命\w+为",
        r"提请免去\w+的",
        r"人民代表大会常务委员会第\w+次会议决定：",
        r"[０-９]{4}年[０-９]{1,2}月[０-９]{1,2}日\n\n(任命|免去)\w+.+[.;]\n",  # bulletin items
        r"二〇[一二]\w年\w+月~\w+月份区政府人事任免事项",
        r"\| \w \w \| \w+\(试用期满\) \|",  # a spaced two-character name in a table
        r"姓 名\*\*免 去 职 务\*\*",
        r"、执法大队副大队长职务",  # an elided organisation
        r"组 长：\w+ ?\w* 区长",
        r"\n区长：\w+\n",
        r"免去申请环节的表格填报",  # a decoy: no person
        r"\w\n\n\w+职务；",  # a clause broken across lines as PDF text is
        r"聘任\w+为",
        r"接受\w+辞去\w+职务的请求",
    ],
)
def test_forms_appear(text, form):
    assert re.search(form, text), form


def test_events_follow_the_gold_schema(truth):
    for e in truth["events"]:
        assert set(e) >= GOLD_FIELDS
        Action(e["action"])
        FuzzyDate.parse(e["date"])
        assert e["post"] == e["org"] + e["title"]
        assert e["doc_number"] is None or re.fullmatch(r"\w+〔\d{4}〕\d+号", e["doc_number"])
        assert not WS.search(e["person"]) and "同志" not in e["person"]


def test_evidence_occurs_in_its_file(corpus, truth):
    texts: dict[str, str] = {}
    for e in truth["events"] + truth["attestations"]:
        if e["doc"] not in texts:
            texts[e["doc"]] = (corpus / e["doc"]).read_text(encoding="utf-8")
        source = texts[e["doc"]]
        lo, hi = e["span"]
        assert WS.sub("", source[lo:hi]) == e["evidence"]
        assert e["person"] in e["evidence"] or e["person"] in WS.sub("", e["evidence"])


def test_lists_and_signatures_are_not_events(truth):
    evidence = {e["evidence"] for e in truth["events"]}
    assert truth["attestations"]
    assert not any(a["evidence"] in evidence for a in truth["attestations"])
    assert not any(re.match(r"(组长|副组长|成员|区长：|县长：)", e["evidence"]) for e in truth["events"])
    assert not any("申请环节" in e["evidence"] for e in truth["events"])


def certain_interval(t: dict) -> tuple[date, date] | None:
    """Days on which the record makes the tenure certain: [sure_from, sure_until)."""
    if t["sure_from"] is None:
        return None
    lo = date.fromisoformat(t["sure_from"])
    hi = date.fromisoformat(t["sure_until"]) if t["sure_until"] else date.max
    return (lo, hi) if lo < hi else None


def test_principal_posts_have_one_holder_at_a_time(truth):
    by_post = defaultdict(list)
    for t in truth["tenures"]:
        if t["principal"] and (iv := certain_interval(t)):
            by_post[t["canonical_post"]].append(iv)
    assert len(by_post) > 50
    for post, ivs in by_post.items():
        ivs.sort()
        for (_, end), (start, _) in zip(ivs, ivs[1:], strict=False):
            assert end <= start, post


def test_probation_is_confirmed_about_a_year_later(truth):
    appointed = {
        (e["person_id"], e["canonical_post"]): e
        for e in truth["events"]
        if e["action"] == "appoint" and "probation_1y" in e["qualifiers"]
    }
    gaps = []
    for e in truth["events"]:
        a = appointed.get((e["person_id"], e["canonical_post"]))
        if e["action"] == "confirm" and a is not None:
            gaps.append((FuzzyDate.parse(e["date"]).earliest - FuzzyDate.parse(a["date"]).earliest).days)
    assert len(gaps) > 50
    assert all(270 <= g <= 500 for g in gaps), sorted(gaps)[:3] + sorted(gaps)[-3:]


def test_careers_move_people_between_posts(truth):
    posts_of = defaultdict(set)
    for e in truth["events"]:
        if e["action"] == "appoint":
            posts_of[e["person_id"]].add(e["canonical_post"])
    movers = sum(len(p) > 1 for p in posts_of.values())
    assert movers > 0.1 * len(posts_of)
    promoted = [
        e
        for e in truth["events"]
        if e["action"] == "remove"
        and e["title"].startswith("副")
        and "免去其" in e["evidence"]
        and not e["evidence"].startswith("免去")
    ]
    assert promoted


def test_some_principal_posts_fall_vacant(truth):
    starts = defaultdict(list)
    for t in truth["tenures"]:
        if t["start"]:
            starts[t["canonical_post"]].append(FuzzyDate.parse(t["start"]).earliest)
    vacated = 0
    for t in truth["tenures"]:
        if t["principal"] and t["end"] and not t["end_inferred"]:
            end = FuzzyDate.parse(t["end"]).earliest
            nxt = min((s for s in starts[t["canonical_post"]] if s >= end), default=date.max)
            vacated += (nxt - end).days > 60 if nxt != date.max else 1
    assert vacated > 20


def test_many_jurisdictions_and_years(truth):
    jurisdictions = {e["jurisdiction"] for e in truth["events"]}
    years = {e["date"][:4] for e in truth["events"]}
    assert len(jurisdictions) >= 5
    assert len(years) >= 8


def test_names_look_chinese():
    maker = NameMaker(random.Random(5))
    names = [maker.name() for _ in range(30_000)]
    lengths = {n: sum(len(x) == n for x in names) / len(names) for n in (2, 3, 4)}
    assert 0.15 < lengths[2] < 0.4 and 0.55 < lengths[3] < 0.85
    assert any(n.startswith(("欧阳", "司马", "上官", "诸葛", "皇甫", "司徒")) for n in names)
    top = sum(n[0] in "王李张刘陈" for n in names) / len(names)
    # The five commonest surnames cover about 30% of people; the table leaves out the long tail of
    # rare surnames, so their share comes out a little higher here.
    assert 0.25 < top < 0.42
    assert not any(set(n[1:]) & set("为的任免其兼") for n in names if not n.startswith("任"))


def test_plain_profile_prints_only_notices(tmp_path):
    generate(600, 2, tmp_path, PLAIN)
    text = "\n".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.txt"))
    assert "人事任免事项" not in text and "提请任命" not in text and not re.search(r"聘任\w+为", text)
    assert not re.search(r"[０-９]", text)


def test_wrap_maps_spans():
    line = (
        "任命郑荣全为上海市普陀区住房保障和房屋管理局副局长，免去其上海市普陀区规划和自然资源局副局长职务；"
    )
    text, fix = wrap(line, 10)
    for a, b in [(0, 10), (3, 25), (10, 20), (0, len(line))]:
        lo, hi = fix(a, b)
        assert WS.sub("", text[lo:hi]) == line[a:b]


def row(action: str, person: str, post: str, day: str, *, principal=True, quals=(), precision="day") -> dict:
    return {
        "action": action,
        "person": person,
        "person_id": person,
        "post": post,
        "canonical_post": post,
        "org": post[:-2],
        "title": post[-2:],
        "principal": principal,
        "jurisdiction": "j",
        "date": day,
        "date_precision": precision,
        "qualifiers": list(quals),
        "doc": "d.txt",
    }


def test_derive_tenures_by_the_rules_of_design_3():
    post = "上海市普陀区审计局局长"
    rows = [
        row("appoint", "杨剑", post, "2020-03-02", quals=("probation_1y",)),
        row("confirm", "杨剑", post, "2021-03-15"),
        row("appoint", "顾铖禕", post, "2024-04-22"),  # ends 杨剑's tenure: inferred
        row("confirm", "朱铮", "宜川路街道办事处主任", "2022-06-29"),  # no appointment seen
        row("remove", "王庆滨", "区交通委员会主任", "2024-04-22"),  # start unknown
        row("nominate_appoint", "林哲", "区建管委主任", "2024-04-22"),  # never decided
    ]
    got = {t["person"]: t for t in derive_tenures(rows)}
    assert got["杨剑"]["start"] == "2020-03-02" and got["杨剑"]["end"] == "2024-04-22"
    assert got["杨剑"]["end_inferred"] and got["杨剑"]["status"] == "ended"
    # An inferred end is certain only up to the last day the record shows him in post.
    assert (got["杨剑"]["sure_from"], got["杨剑"]["sure_until"]) == ("2020-03-02", "2021-03-16")
    assert got["顾铖禕"]["status"] == "formal" and got["顾铖禕"]["end"] is None
    assert got["朱铮"]["start"] == "2021" and got["朱铮"]["start_inferred"]
    assert got["朱铮"]["sure_from"] == "2022-06-29" and got["朱铮"]["sure_until"] is None
    assert got["王庆滨"]["start"] is None and got["王庆滨"]["end"] == "2024-04-22"
    assert got["林哲"]["status"] == "nominated" and got["林哲"]["start"] is None


def test_stated_removal_replaces_an_inferred_end():
    post = "区水务局局长"
    rows = [
        row("appoint", "A", post, "2020-01-02"),
        row("appoint", "B", post, "2023-05-05"),
        row("remove", "A", post, "2023-05-05"),
    ]
    a = next(t for t in derive_tenures(rows) if t["person"] == "A")
    assert a["end"] == "2023-05-05" and not a["end_inferred"]


def test_corpus_documents_reach_the_size(tmp_path):
    samples = tmp_path / "s"
    samples.mkdir()
    (samples / "a.txt").write_text(
        "任命屈强为上海市普陀区行政学院副院长（试用期一年）；\n" * 2000, encoding="utf-8"
    )
    docs = list(corpus_documents(1.0, 3, samples))
    assert sum(len(t.encode("utf-8")) for _, t in docs) >= 1_000_000
    assert any(n.startswith("r") for n, _ in docs) and any(n.startswith("g") for n, _ in docs)
