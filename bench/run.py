"""Benchmarks: extraction, build and query speed, each beside its own reference.

Run with ``make bench`` (or ``.venv/bin/python bench/run.py``). Environment:

- ``BENCH_SIZE``: generated events for the build and query figures (default 20,000; 1000000 for
  the full size of the issue);
- ``BENCH_RUNS``: repetitions whose median is quoted (default 3);
- ``BENCH_MB``: megabytes of mixed gazette text for the extraction figures (default 50);
- ``BENCH_QUERIES``: parameterised calls per query (default 1,000);
- ``BENCH_ONLY``: a comma-separated subset of ``extract,build,query,neo4j``;
- ``BENCH_NEO4J_SIZE``: events for the Neo4j section (default the larger of ``BENCH_SIZE`` and 100,000).

The ``neo4j`` section builds and queries the same generated graph on LadybugDB and on a Neo4j server
(the test server of ``tests/neo4j_server``, started as the test session starts it), side by side.

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
    from graph_builder.extract import clauses
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
        # (the build of `make compiled`, or the sources: when stale, or with RENMIAN_PURE=1)
        "extract_compiled": not clauses.__file__.endswith(".py"),
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


def child_build(events_path: str, db: str, parquet_dir: str, neo4j_uri: str = "") -> None:
    """In a subprocess: rebuild the graph from an events file, report time and peak RSS, save the rows.

    The build runs alone in its process tree, so the memory sampled is the build's own: this process
    and the child it derives the graph in (see ``build.rebuild``), summed every 50 ms. With
    ``neo4j_uri`` the graph goes to that server's database, emptied first (the server's own memory is
    not in the figure); ``db`` then keeps only the events.
    """
    from graph_builder.graph.build import EVENTS_FILE, graph_from_events, load_events, rebuild
    from graph_builder.store.ladybug_store import LadybugStore

    shutil.rmtree(db, ignore_errors=True)
    data = Path(db) / "data"
    data.mkdir(parents=True)
    os.symlink(Path(events_path).resolve(), data / EVENTS_FILE)  # rebuild reads it; a save replaces the link
    if neo4j_uri:
        from graph_builder.store.neo4j_store import Neo4jSettings, Neo4jStore

        server = Neo4jStore(Neo4jSettings.from_env(neo4j_uri))
        server.clear()
        store = TimedStore(server)
    else:
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

    def apply(self, diff) -> None:  # a build on Neo4j writes the diff against what is there
        t0 = time.perf_counter()
        self._store.apply(diff)
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


def run_build(events: Path, db: Path, parquet: Path | None = None, neo4j_uri: str = "") -> dict:
    """One build in a subprocess (:func:`child_build`); its report."""
    cmd = [sys.executable, __file__, "--child-build", str(events), str(db), str(parquet or ""), neo4j_uri]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"
        raise BuildFailed(last)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_build(size: int, runs: int) -> tuple[dict, Path]:
    """build_s (subprocess, peak RSS) beside copy_s of the same final rows; returns the built db."""
    events = generated(size)
    db = OUT / f"db-{size}"
    parquet = OUT / f"rows-{size}"
    builds, copies = [], []
    child: dict = {}
    for i in range(runs):
        child = run_build(events, db, parquet if i == 0 else None)
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


def bench_query_pass(db: Path, calls: int, runs: int, warm: bool, neo4j_uri: str = "") -> dict:
    """API calls beside the same named query run raw on the store's connection (or Neo4j driver).

    The posts, people and days asked come from the same seed and the graph's ids in order, so two
    stores holding the same graph are asked the same questions.
    """
    from graph_builder.graph.api import Renmian, named_query

    t0 = time.perf_counter()
    api = Renmian.open(db, neo4j_uri=neo4j_uri or None, read_only=True, warm=warm)
    open_s = time.perf_counter() - t0

    def listed(label: str) -> list[tuple[str, str]]:
        cypher = f"MATCH (n:{label}) RETURN n.id AS id, n.name AS name ORDER BY id"
        return [(r["id"], r["name"]) for r in api.store.read(cypher, {})]

    posts, people = listed("Post"), listed("Person")
    rng = random.Random(SEED)
    span = (LAST_DAY - FIRST_DAY).days

    def raw(name: str) -> Callable[[dict], object]:
        if neo4j_uri:
            # The driver's own call, as a user's script makes it (records, not dicts).
            store = api.store
            read = store._neo4j.RoutingControl.READ
            return lambda params: (
                store.driver.execute_query(
                    named_query(name), params, database_=store.settings.database, routing_=read
                ).records
            )
        # Prepared once, as the store itself runs named queries: the reference is the fastest way
        # to run the statement, so the ratio is the API's own overhead (planning is not in it).
        conn = api.store.conn
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            stmt = conn.prepare(named_query(name))
        return lambda params: conn.execute(stmt, params).get_all()

    def day(r: random.Random = rng) -> str:
        return (FIRST_DAY + timedelta(days=r.randrange(span))).isoformat()

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
    if neo4j_uri:
        # A server that has run for a while has compiled its query paths (JIT): other questions first.
        other = random.Random(SEED + 1)
        for _ in range(NEO4J_WARM_CALLS):
            api.who_held(other.choice(posts)[1], day(other))
            api.career(other.choice(people)[0])
            api.succession(other.choice(posts)[1])
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


# ---------------------------------------------------------------------------- Neo4j beside LadybugDB

NEO4J_PAGE_CACHE = "512m"  # the same memory for pages as LadybugDB's read pool (BUFFER_POOL)
NEO4J_HEAP = "-Xms1g -Xmx2g"
NEO4J_WARM_CALLS = 300  # calls of each tenure query (other posts and people) before Neo4j is timed
# Figures measured on both stores in the neo4j section, each under "<store>_<figure>".
SIDE_BY_SIDE = [
    "build_s",
    "build_load_s",
    "who_held_p50_ms",
    "who_held_p99_ms",
    "career_p50_ms",
    "career_p99_ms",
    "succession_p50_ms",
    "succession_p99_ms",
    "who_held_raw_p50_ms",
    "career_raw_p50_ms",
    "succession_raw_p50_ms",
    "vacancies_s",
    "vacancies_raw_s",
    "vacancies_found",
    "open_s",
]


def bench_neo4j(size: int, calls: int, runs: int) -> dict:
    """The same generated graph built and queried on LadybugDB and on the Neo4j test server.

    The server is started as the test session starts it (``tests/neo4j_test_server.py``): built with
    Maven on first use, on a free port, with a fresh data directory under bench/out, stopped at the
    end. One build each (in a subprocess); the queries as in the query section, the same questions on
    both: LadybugDB opened warmed, Neo4j after NEO4J_WARM_CALLS other calls of each query (its page
    cache is its own; the JIT needs the calls). Every figure is ``ladybug_*`` or ``neo4j_*``.
    """
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests import neo4j_test_server

    why = neo4j_test_server.missing_tools()
    if why:
        return {"neo4j_error": why}
    events = generated(size)
    # The machine's load (1-minute average, all processes) at the start and the end: on a shared
    # machine the figures move with it.
    out: dict = {"load_avg_start": round(os.getloadavg()[0], 2)}
    lb = run_build(events, OUT / f"db-{size}")
    lq = bench_query_pass(OUT / f"db-{size}", calls, runs, warm=True)
    where = OUT / "neo4j"
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    os.environ.setdefault("NEO4J_JAVA_OPTS", NEO4J_HEAP)
    for name in ("NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):  # the test server has auth off
        os.environ.pop(name, None)
    server = neo4j_test_server.start(where / "data", where / "server.log", ["--page-cache", NEO4J_PAGE_CACHE])
    try:
        version = re.search(r"Neo4j (\S+) ready in (\d+) ms", server.banner)
        out |= {
            "neo4j_version": version.group(1) if version else server.banner.strip(),
            "neo4j_start_s": round(server.seconds, 1),
            "neo4j_page_cache": NEO4J_PAGE_CACHE,
            "neo4j_java_opts": os.environ["NEO4J_JAVA_OPTS"],
        }
        nb = run_build(events, OUT / f"neo4j-events-{size}", None, server.uri)
        nq = bench_query_pass(OUT / f"neo4j-events-{size}", calls, runs, warm=True, neo4j_uri=server.uri)
        import psutil

        out["neo4j_server_rss_mb"] = round(psutil.Process(server.process.pid).memory_info().rss / 2**20)
    finally:
        server.stop()
    assert lb["counts"] == nb["counts"], (lb["counts"], nb["counts"])
    assert (lq["query_posts"], lq["query_people"]) == (nq["query_posts"], nq["query_people"])
    out |= {"build_events": lb["events"], "ladybug_peak_rss_mb": round(lb["peak_rss_mb"])}
    out["neo4j_client_peak_rss_mb"] = round(nb["peak_rss_mb"])
    for store, build, query in (("ladybug", lb, lq), ("neo4j", nb, nq)):
        figures = query | {"build_s": round(build["build_s"], 2), "build_load_s": round(build["load_s"], 2)}
        out |= {f"{store}_{k}": figures[k] for k in SIDE_BY_SIDE}
    for k in ("build_s", "who_held_p50_ms", "career_p50_ms", "succession_p50_ms", "vacancies_s"):
        out[f"neo4j_over_ladybug_{k}"] = round(out[f"neo4j_{k}"] / max(out[f"ladybug_{k}"], 1e-9), 2)
    return out | {"load_avg_end": round(os.getloadavg()[0], 2), "graph_counts": lb["counts"]}


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
        shown = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
        table.add_row(key, shown, checks.get(key, ""))
    Console().print(table)


def main() -> None:
    size = env_int("BENCH_SIZE", 20_000)
    runs = env_int("BENCH_RUNS", 3)
    mb = float(os.environ.get("BENCH_MB", 50))
    calls = env_int("BENCH_QUERIES", 1_000)
    only = set(filter(None, os.environ.get("BENCH_ONLY", "extract,build,query,neo4j").split(",")))
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
    if "neo4j" in only:
        n = env_int("BENCH_NEO4J_SIZE", max(size, 100_000))
        sections["neo4j"] = graph | {"size": n, "calls": calls} | bench_neo4j(n, calls, runs)
    # Sections not run this time (BENCH_ONLY) keep their last figures; each says when and at what size.
    # Read just before writing: another run (of other sections) may have written it meanwhile.
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    merged = {k: v for k, v in stored.items() if k in ("extract", "build", "query", "neo4j")} | sections
    figures = {k: v for section in merged.values() for k, v in section.items()}
    checks = verdicts(figures)
    RESULTS.write_text(
        json.dumps(merged | {"targets": checks}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for name, section in sections.items():
        print_table(name, section, checks)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-build":
        child_build(*sys.argv[2:6])
    else:
        main()
