"""Benchmarks: extraction, build and query speed, each beside its own reference.

Run with ``make bench`` (or ``.venv/bin/python bench/run.py``). Environment:

- ``BENCH_SIZE``: generated events for the build and query figures (default 20,000; 1000000 for
  the full size of the issue);
- ``BENCH_RUNS``: repetitions whose median is quoted (default 3);
- ``BENCH_MB``: megabytes of mixed gazette text for the extraction figures (default 50);
- ``BENCH_QUERIES``: parameterised calls per query (default 1,000);
- ``BENCH_ONLY``: a comma-separated subset of ``extract,build,query``.

Each figure is measured in the same run as its reference (a bare regex scan for extraction, the
store's own COPY of the same rows for the build, the raw Cypher for each API call), so the ratios
hold on any machine. Prints a table and writes ``bench/results.json``. Work files go to
``bench/out/`` (ignored by git). Not part of the test suite.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "results.json"
SAMPLES = ROOT / "data" / "samples"
SEED = 20240422
TRIGGERS = re.compile("任命|免去|免职|正式任|试用期满|聘任|提请任命|提请免去|辞去|解聘|不再担任|当选")
# Query days are drawn from the years the generator covers.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2025, 6, 30)

# Targets: (figure, comparison, bound).
TARGETS = [
    ("extract_ratio", ">=", 0.33),
    ("extract_events_s", ">=", 10_000),
    ("build_ratio", "<=", 10),
    ("peak_rss_mb", "<=", 2_000),
    ("who_held_p50_ms", "<=", 0.5),
    ("who_held_p99_ms", "<=", 2),
    ("who_held_api_ratio", "<=", 3),
    ("career_api_ratio", "<=", 3),
    ("succession_api_ratio", "<=", 3),
    ("vacancies_s", "<=", 0.5),
]


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def median_of(runs: int, fn: Callable[[], float]) -> float:
    """The median of ``runs`` calls of ``fn`` (each returns one measurement)."""
    return statistics.median(fn() for _ in range(runs))


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


# ---------------------------------------------------------------------------- extraction


def _seed_corpus(mb: float) -> list[tuple[str, str]]:
    """The sample gazettes, repeated until they make ``mb`` MB."""
    real = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < mb * 1_000_000:
        name, text = real[i % len(real)]
        docs.append((f"r{i:05d}_{name}", text))
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def bench_extract(mb: float, runs: int) -> dict:
    """extract_mb_s beside regex_scan_mb_s on ≥ ``mb`` MB of real gazette text; extract_events_s."""
    from graph_builder.pipeline import extract_text
    from graph_builder.synth.generate import PLAIN, iter_jurisdictions
    from graph_builder.synth.generate import Document as GenDoc

    # The five real gazettes repeated: their mix (about 100 events a MB amid policy prose) is what
    # users load. Generated prose is no stand-in here: its decoy sentences carry 14 times the
    # trigger words of real gazettes (42 against 3 per 10,000 characters).
    docs = _seed_corpus(mb)
    size = sum(len(t.encode("utf-8")) for _, t in docs)

    def scan() -> float:
        t0 = time.perf_counter()
        n = 0
        for _, text in docs:
            for _m in TRIGGERS.finditer(text):
                n += 1
        return size / 1e6 / (time.perf_counter() - t0)

    def extract() -> float:
        t0 = time.perf_counter()
        for name, text in docs:
            extract_text(name, text)
        return size / 1e6 / (time.perf_counter() - t0)

    scans, extracts = [], []
    for _ in range(runs):  # interleaved, so both see the same machine
        scans.append(scan())
        extracts.append(extract())

    # Dense notices: nothing but personnel documents, no prose around them.
    dense = [
        item
        for item in iter_jurisdictions(20_000, SEED, replace(PLAIN, prose_ratio=0.0))
        if isinstance(item, GenDoc)
    ]
    dense_events = sum(len(d.events) for d in dense)

    def events_per_s() -> float:
        t0 = time.perf_counter()
        found = sum(len(extract_text(d.name, d.text).events) for d in dense)
        dt = time.perf_counter() - t0
        assert found > 0.9 * dense_events, (found, dense_events)
        return found / dt

    extract_mb_s, regex_mb_s = statistics.median(extracts), statistics.median(scans)
    return {
        "extract_corpus_mb": round(size / 1e6, 1),
        "extract_mb_s": round(extract_mb_s, 3),
        "regex_scan_mb_s": round(regex_mb_s, 1),
        "extract_ratio": round(extract_mb_s / regex_mb_s, 4),
        "extract_events_s": round(median_of(runs, events_per_s)),
        "dense_events": dense_events,
    }


# ---------------------------------------------------------------------------- build


def generated(size: int) -> Path:
    """Ground-truth events for ``size`` events (generated once per size and cached in bench/out)."""
    from graph_builder.synth.generate import Profile, generate

    out = OUT / f"gen-{size}"
    if not (out / "truth" / "summary.json").exists():
        shutil.rmtree(out, ignore_errors=True)
        # No prose: the build reads only the truth; the text is written for inspection.
        generate(size, SEED, out, Profile(prose_ratio=0.0))
    return out / "truth" / "events.jsonl"


def child_build(events_path: str, db: str, parquet_dir: str) -> None:
    """In a subprocess: rebuild the graph from an events file, report time and peak RSS, save the rows.

    The build runs alone in its process tree, so the memory sampled is the build's own: this process
    and the child it derives the graph in (see ``build.rebuild``), summed every 50 ms.
    """
    from graph_builder.graph.build import EVENTS_FILE, graph_from_events, load_events, rebuild
    from graph_builder.store.ladybug_store import LadybugStore

    shutil.rmtree(db, ignore_errors=True)
    data = Path(db) / "data"
    data.mkdir(parents=True)
    os.symlink(Path(events_path).resolve(), data / EVENTS_FILE)  # rebuild reads it; a save replaces the link
    store = TimedStore(LadybugStore(db))  # the embedded store, whatever NEO4J_URI says
    with TreeMemory() as memory:
        t0 = time.perf_counter()
        report = rebuild(store, data)
        build_s = time.perf_counter() - t0
    store.close()
    if parquet_dir:
        # The build consumed its rows: make the same rows again, after the peak was read, for the
        # reference COPY.
        save_parquet(graph_from_events(load_events(events_path))[0], Path(parquet_dir))
    print(
        json.dumps(
            {
                "build_s": build_s,
                "load_s": store.load_s,
                "peak_rss_mb": memory.peak_mb,
                "events": report.events,
                "counts": report.counts,
            }
        )
    )


class TreeMemory:
    """The peak, sampled every 50 ms, of this process's RSS plus its children's (a context manager)."""

    def __init__(self) -> None:
        import psutil

        self.process = psutil.Process()
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            total = self.process.memory_info().rss
            for child in self.process.children(recursive=True):
                with contextlib.suppress(psutil.Error):  # it may exit between listing and reading
                    total += child.memory_info().rss
            self.peak_mb = max(self.peak_mb, total / 2**20)
            self._stop.wait(0.05)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        # what sampling may have missed between two samples: each process's own high-water mark
        who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        own = max(resource.getrusage(w).ru_maxrss for w in who)
        self.peak_mb = max(self.peak_mb, own / 1024)


class BuildFailed(RuntimeError):
    """The build subprocess failed (its last line of stderr says why)."""


class TimedStore:
    """A store that times its bulk write."""

    def __init__(self, store) -> None:
        self._store = store
        self.kind = store.kind
        self.load_s = 0.0

    def replace_all(self, rows) -> None:
        t0 = time.perf_counter()
        self._store.replace_all(rows)
        self.load_s += time.perf_counter() - t0

    def load_staged(self, staged) -> None:
        t0 = time.perf_counter()
        self._store.load_staged(staged)
        self.load_s += time.perf_counter() - t0

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def save_parquet(rows, directory: Path) -> None:
    """The final rows as one Parquet file per table, for COPY FROM."""
    import pyarrow.parquet as pq

    from graph_builder.store.schema import NODES, RELS

    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    for t in NODES:
        if rows.nodes.get(t.label):
            pq.write_table(rows.node_arrow(t.label), directory / f"{t.label}.parquet")
    for r in RELS:
        if rows.rels.get(r.type):
            pq.write_table(rows.rel_arrow(r.type), directory / f"{r.type}.parquet")


def copy_reference(parquet_dir: Path, db_dir: Path) -> float:
    """Seconds for LadybugDB's own COPY FROM Parquet of the same rows into a fresh database."""
    import ladybug

    from graph_builder.store.ladybug_store import BUILD_POOL, MAX_DB_SIZE, ddl
    from graph_builder.store.schema import NODES, RELS

    shutil.rmtree(db_dir, ignore_errors=True)
    db_dir.mkdir(parents=True)
    db = ladybug.Database(str(db_dir / "copy.lbug"), buffer_pool_size=BUILD_POOL, max_db_size=MAX_DB_SIZE)
    try:
        conn = ladybug.Connection(db)
        for stmt in ddl():
            conn.execute(stmt)
        t0 = time.perf_counter()
        for name in [t.label for t in NODES] + [r.type for r in RELS]:
            path = parquet_dir / f"{name}.parquet"
            if path.exists():
                conn.execute(f"COPY {name} FROM '{path}'")
        conn.execute("CHECKPOINT")  # the same durable end state as the build's own load
        return time.perf_counter() - t0
    finally:
        db.close()


def bench_build(size: int, runs: int) -> tuple[dict, Path]:
    """build_s (subprocess, peak RSS) beside copy_s of the same final rows; returns the built db."""
    events = generated(size)
    db = OUT / f"db-{size}"
    parquet = OUT / f"rows-{size}"
    builds, copies = [], []
    child: dict = {}
    for i in range(runs):
        cmd = [
            sys.executable,
            __file__,
            "--child-build",
            str(events),
            str(db),
            str(parquet) if i == 0 else "",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"
            raise BuildFailed(last)
        child = json.loads(proc.stdout.strip().splitlines()[-1])
        builds.append(child)
        copies.append(copy_reference(parquet, OUT / "copy-db"))
    build_s = statistics.median(b["build_s"] for b in builds)
    copy_s = statistics.median(copies)
    shutil.rmtree(OUT / "copy-db", ignore_errors=True)
    return {
        "build_events": child["events"],
        "build_s": round(build_s, 2),
        "build_load_s": round(statistics.median(b["load_s"] for b in builds), 2),
        "copy_s": round(copy_s, 2),
        "build_ratio": round(build_s / copy_s, 2),
        "peak_rss_mb": round(max(b["peak_rss_mb"] for b in builds)),
        "graph_counts": child["counts"],
    }, db


# ---------------------------------------------------------------------------- queries


def bench_queries(db: Path, calls: int, runs: int) -> dict:
    """The query figures twice: on a store opened cold (``cold_*``), then warmed at open as the app does.

    The targets are read on the warmed store: a service answering a thousand questions keeps its pages.
    """
    cold = bench_query_pass(db, calls, runs, warm=False)
    warm = bench_query_pass(db, calls, runs, warm=True)
    return {f"cold_{k}": v for k, v in cold.items() if not k.startswith("query_")} | warm


def bench_query_pass(db: Path, calls: int, runs: int, warm: bool) -> dict:
    """API calls beside the same named query run raw on the store's connection."""
    from graph_builder.graph.api import Renmian, named_query

    t0 = time.perf_counter()
    api = Renmian.open(db, read_only=True, warm=warm)
    open_s = time.perf_counter() - t0
    conn = api.store.conn
    posts = conn.execute("MATCH (p:Post) RETURN p.id, p.name").get_all()
    people = conn.execute("MATCH (x:Person) RETURN x.id, x.name").get_all()
    rng = random.Random(SEED)
    span = (LAST_DAY - FIRST_DAY).days

    def raw(name: str) -> Callable[[dict], object]:
        # Prepared once, as the store itself runs named queries: the reference is the fastest way
        # to run the statement, so the ratio is the API's own overhead (planning is not in it).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            stmt = conn.prepare(named_query(name))
        return lambda params: conn.execute(stmt, params).get_all()

    def day() -> str:
        return (FIRST_DAY + timedelta(days=rng.randrange(span))).isoformat()

    who = [(rng.choice(posts), day()) for _ in range(calls)]
    career = [rng.choice(people) for _ in range(calls)]
    succ = [rng.choice(posts) for _ in range(calls)]
    raw_who, raw_career, raw_succ = raw("who_held"), raw("career"), raw("succession")
    results: dict = {"query_posts": len(posts), "query_people": len(people), "open_s": round(open_s, 2)}
    cases = {
        "who_held": (
            who,
            lambda a: api.who_held(a[0][1], a[1]),
            lambda a: raw_who({"post_id": a[0][0], "day": a[1]}),
        ),
        # by id: a name would also answer for every namesake, which the raw query does not
        "career": (career, lambda a: api.career(a[0]), lambda a: raw_career({"person_id": a[0]})),
        "succession": (succ, lambda a: api.succession(a[1]), lambda a: raw_succ({"post_id": a[0]})),
    }
    for name, (args, via_api, via_raw) in cases.items():
        for a in args[:20]:  # warm-up: caches, the name index of the API
            via_api(a), via_raw(a)
        api_ms, raw_ms = [], []
        for i, a in enumerate(args):  # interleaved, alternating which goes first
            for fn, out in ((via_api, api_ms), (via_raw, raw_ms))[:: 1 if i % 2 else -1]:
                t0 = time.perf_counter()
                fn(a)
                out.append((time.perf_counter() - t0) * 1000)
        results[f"{name}_p50_ms"] = round(pct(api_ms, 50), 3)
        results[f"{name}_p99_ms"] = round(pct(api_ms, 99), 3)
        results[f"{name}_raw_p50_ms"] = round(pct(raw_ms, 50), 3)
        results[f"{name}_api_ratio"] = round(pct(api_ms, 50) / pct(raw_ms, 50), 2)
    vac_day = "2024-05-01"
    raw_vac = raw("vacancies")
    api.vacancies(vac_day)
    vac_api, vac_raw = [], []
    for _ in range(max(runs, 5)):
        t0 = time.perf_counter()
        found = api.vacancies(vac_day)
        vac_api.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        raw_vac({"day": vac_day, "org": ""})
        vac_raw.append(time.perf_counter() - t0)
    results["vacancies_s"] = round(statistics.median(vac_api), 3)
    results["vacancies_raw_s"] = round(statistics.median(vac_raw), 3)
    results["vacancies_found"] = len(found)
    api.close()
    return results


# ---------------------------------------------------------------------------- report


def verdicts(results: dict) -> dict[str, str]:
    """Met / not met for each target whose figure was measured."""
    out = {}
    for key, op, bound in TARGETS:
        if key in results:
            ok = results[key] >= bound if op == ">=" else results[key] <= bound
            out[key] = f"{'met' if ok else 'NOT met'} ({op} {bound:g})"
    return out


def print_table(name: str, results: dict, checks: dict[str, str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("figure", "value", "target", title=name)
    for key, value in results.items():
        if isinstance(value, dict):
            continue
        table.add_row(key, f"{value:,}" if isinstance(value, int) else str(value), checks.get(key, ""))
    Console().print(table)


def main() -> None:
    size = env_int("BENCH_SIZE", 20_000)
    runs = env_int("BENCH_RUNS", 3)
    mb = float(os.environ.get("BENCH_MB", 50))
    calls = env_int("BENCH_QUERIES", 1_000)
    only = set(filter(None, os.environ.get("BENCH_ONLY", "extract,build,query").split(",")))
    OUT.mkdir(parents=True, exist_ok=True)
    from graph_builder.store.ladybug_store import BUFFER_POOL, BUILD_POOL

    common = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "runs": runs,
    }
    sections: dict[str, dict] = {}
    if "extract" in only:
        sections["extract"] = common | {"mb": mb} | bench_extract(mb, runs)
    graph = common | {
        "size": size,
        "buffer_pool_mb": BUFFER_POOL // 2**20,
        "build_pool_mb": BUILD_POOL // 2**20,
    }
    db = OUT / f"db-{size}"
    if "build" in only:
        try:
            built, db = bench_build(size, runs)
            sections["build"] = graph | built
        except BuildFailed as e:
            sections["build"] = graph | {"build_error": str(e)}
            only.discard("query")
    if "query" in only:
        sections["query"] = graph | {"calls": calls} | bench_queries(db, calls, runs)
    # Sections not run this time (BENCH_ONLY) keep their last figures; each says when and at what size.
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    merged = {k: v for k, v in stored.items() if k in ("extract", "build", "query")} | sections
    figures = {k: v for section in merged.values() for k, v in section.items()}
    checks = verdicts(figures)
    RESULTS.write_text(
        json.dumps(merged | {"targets": checks}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for name, section in sections.items():
        print_table(name, section, checks)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-build":
        child_build(*sys.argv[2:5])
    else:
        main()
