"""Graph-stage timings on generated events: build (in a child process, for its own peak RSS) and queries.

Usage: ``.venv/bin/python bench/graph_build.py EVENTS.jsonl DB_DIR [--runs N] [--queries N] [--profile]``.
The events file is one written by ``renmian generate`` (``truth/events.jsonl``); the child loads it as
bench/run.py does (a list of Event objects), then times ``build_events`` alone. Not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def child(events_path: str, db: str, profile: bool) -> None:
    """Load events, build, print one JSON line of figures."""
    from graph_builder.build import build_events
    from graph_builder.store.ladybug_store import LadybugStore
    from graph_builder.types import Event

    with open(events_path, encoding="utf-8") as f:
        events = [Event.from_gold(json.loads(line)) for line in f]
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shutil.rmtree(db, ignore_errors=True)
    store = LadybugStore(db)
    load_s = [0.0]
    replace_all = store.replace_all

    def timed(rows) -> None:
        t = time.perf_counter()
        replace_all(rows)
        load_s[0] += time.perf_counter() - t

    store.replace_all = timed  # type: ignore[method-assign]
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    report = build_events(store, events, Path(db) / "data")
    build_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None:
        import pstats

        prof.disable()
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(40)
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"build_s": build_s, "build_cpu_s": cpu_s, "load_s": load_s[0], "peak_rss_mb": peak,
                      "events_loaded_rss_mb": loaded, "counts": report.counts}))


def queries(db: str, calls: int) -> dict:
    """who_held / career / succession through the API beside the raw named query; vacancies."""
    from graph_builder.api import Renmian, named_query

    api = Renmian.open(db, read_only=True)
    conn = api.store.conn
    posts = conn.execute("MATCH (p:Post) RETURN p.id, p.name").get_all()
    people = conn.execute("MATCH (x:Person) RETURN x.id, x.name").get_all()
    rng = random.Random(1)

    def day() -> str:
        return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    out: dict = {}
    cases = {
        "who_held": ([(rng.choice(posts), day()) for _ in range(calls)],
                     lambda a: api.who_held(a[0][1], a[1]), "who_held",
                     lambda a: {"post_id": a[0][0], "day": a[1]}),
        "career": ([(rng.choice(people), None) for _ in range(calls)],
                   lambda a: api.career(a[0][1]), "career", lambda a: {"person_id": a[0][0]}),
        "succession": ([(rng.choice(posts), None) for _ in range(calls)],
                       lambda a: api.succession(a[0][1]), "succession", lambda a: {"post_id": a[0][0]}),
    }
    for name, (args, via_api, query, params) in cases.items():
        text = named_query(query)
        for a in args[:20]:
            via_api(a)
        api_ms, raw_ms = [], []
        for a in args:
            t = time.perf_counter()
            via_api(a)
            api_ms.append((time.perf_counter() - t) * 1000)
            p = params(a)
            t = time.perf_counter()
            conn.execute(text, p).get_all()
            raw_ms.append((time.perf_counter() - t) * 1000)
        api_ms.sort()
        raw_ms.sort()
        out[f"{name}_p50_ms"] = round(statistics.median(api_ms), 3)
        out[f"{name}_p99_ms"] = round(api_ms[int(0.99 * len(api_ms)) - 1], 3)
        out[f"{name}_raw_p50_ms"] = round(statistics.median(raw_ms), 3)
    vac = []
    for _ in range(5):
        t = time.perf_counter()
        found = api.vacancies("2024-05-01")
        vac.append(time.perf_counter() - t)
    out["vacancies_s"] = round(statistics.median(vac), 3)
    out["vacancies_found"] = len(found)
    out["posts"] = len(posts)
    api.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("events")
    ap.add_argument("db")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    builds = []
    for _ in range(0 if a.no_build else a.runs):
        cmd = [sys.executable, __file__, "--child", a.events, a.db, "1" if a.profile else ""]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or a.profile:
            print(proc.stderr[-12000:], file=sys.stderr)
        if proc.returncode != 0:
            raise SystemExit(1)
        builds.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(json.dumps(builds[-1]))
    if builds:
        print("median build_s", statistics.median(b["build_s"] for b in builds),
              "max peak_rss_mb", max(b["peak_rss_mb"] for b in builds))
    if a.queries:
        print(json.dumps(queries(a.db, a.queries)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], bool(sys.argv[4]) if len(sys.argv) > 4 else False)
    else:
        main()
