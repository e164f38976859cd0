"""Crash safety: `renmian build` / `build --replace` / `rebuild --generation` killed with
SIGKILL at named points of a real run in a subprocess (``RENMIAN_KILL_AT``: the process kills itself
there, so each point is hit every time). Afterwards the store opens and answers with the old graph or
the new one, the events kept match it (or wait beside it, stamped, for the next run), and running the
command again removes every leftover and ends with the new graph."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from graph_builder.graph.api import Renmian
from graph_builder.graph.build import EVENTS_FILE, NOTICES_FILE, generations, stamp_of, store_stamp
from graph_builder.store.base import KILL_AT_ENV

RENMIAN = Path(sys.executable).with_name("renmian")


def run(*args) -> None:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """Generated gazettes split in a large base and two small extra files; a template database holding
    base + extra1 (built as base, then extra1 added: its one generation is base alone)."""
    root = tmp_path_factory.mktemp("crash")
    run("generate", "--events", "600", "--seed", "5", "--plain", "--out", root / "gz")
    files = sorted((root / "gz").glob("*.txt"), key=lambda p: p.stat().st_size)
    base, extra = root / "base", root / "extra"
    base.mkdir()
    extra.mkdir()
    for f in files[2:]:
        shutil.move(f, base / f.name)
    extra1, extra2 = (shutil.move(f, extra / f.name) for f in files[:2])
    template = root / "template"
    run("build", base, "--db", template)
    run("build", extra1, "--db", template)
    commands = {
        "add": ["build", extra2],
        "replace": ["build", base, extra2, "--replace"],
        # by name: a number counts from the newest, which a killed run may already have added
        "rebuild": ["rebuild", "--generation", generations(template)[0]["name"]],
    }
    expected = {"old": answers(template)}
    for name, args in commands.items():  # each command's outcome when nothing goes wrong
        db = root / f"ref-{name}"
        shutil.copytree(template, db)
        run(*args, "--db", db)
        expected[name] = answers(db)
        assert expected[name] != expected["old"], name
    return {"root": root, "template": template, "commands": commands, "expected": expected}


def answers(db: Path) -> tuple:
    """What the graph in ``db`` answers: the size of each table, and who held a few posts on a day."""
    api = Renmian.open(db, read_only=True)
    try:
        counts = tuple(sorted((k, len(v)) for k, v in api.store.keys().items()))
        posts = api.query("MATCH (p:Post) RETURN p.name AS name ORDER BY p.name LIMIT 3")
        held = tuple(tuple(sorted(i["person"] for i in api.who_held(p["name"], "2015-06-01"))) for p in posts)
        return counts, held
    finally:
        api.close()


def events_match_store(db: Path) -> bool:
    """The store's stamp names the events kept, or the events of the killed build waiting beside them."""
    api = Renmian.open(db, read_only=True)
    try:
        stamp = store_stamp(api.store)
    finally:
        api.close()
    kept = stamp_of(db / EVENTS_FILE, db / NOTICES_FILE)
    waiting = db / (EVENTS_FILE + ".next")
    notices = db / (NOTICES_FILE + ".next")
    pending = (
        stamp_of(waiting, notices if notices.exists() else db / NOTICES_FILE) if waiting.exists() else None
    )
    return stamp in (kept, pending)


def leftovers(db: Path) -> list[str]:
    names = ("parquet-*", "graph.lbug.new*", "*.next", "*.tmp")
    return sorted(p.name for pattern in names for p in db.glob(pattern))


POINTS = [
    ("add", "applying"),  # inside the store's write transaction of the difference
    ("add", "promoting"),  # the store written, the events not yet in place
    ("replace", "staged"),  # the graph staged as Parquet in the db directory
    ("replace", "copied-Event"),  # during the store's COPYs into the fresh file
    ("replace", "swapped"),  # the fresh file swapped in
    ("rebuild", "copied"),  # the fresh file complete, not yet swapped in
    ("rebuild", "promoting"),
]


@pytest.mark.parametrize(("command", "point"), POINTS)
def test_a_build_killed_at_any_point_leaves_the_old_graph_or_the_new(corpus, tmp_path, command, point):
    db = tmp_path / "db"
    shutil.copytree(corpus["template"], db)
    args = [str(RENMIAN), *map(str, corpus["commands"][command]), "--db", str(db)]
    # tables of 100 rows or more go through Parquet and COPY, as a large graph's do
    env = {**os.environ, KILL_AT_ENV: point, "RENMIAN_COPY_MIN_ROWS": "100"}
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr[-2000:])
    if point == "staged":
        assert list(db.glob("parquet-*/*.parquet"))
    if point.startswith("copied"):
        assert list(db.glob("graph.lbug.new*"))

    expected = corpus["expected"]
    assert answers(db) in (expected["old"], expected[command])
    assert events_match_store(db)
    status = json.loads(
        subprocess.run(
            [str(RENMIAN), "status", "--db", str(db), "--json"], capture_output=True, text=True, check=True
        ).stdout
    )
    assert status["store"].startswith("LadybugDB")

    # the user runs the command again: leftovers go, the outcome is the one of an undisturbed run
    run(*corpus["commands"][command], "--db", db)
    assert leftovers(db) == []
    assert answers(db) == expected[command]
    status = json.loads(CliRunner().invoke(app, ["status", "--db", str(db), "--json"]).stdout)
    assert status["store_matches_events"] is True and status["leftovers"] == []
