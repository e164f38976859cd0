"""Nothing a user types loses their graph: builds that read nothing, adding by default,
--replace, generations of the events, status, bounded queries. Real stores in temporary directories,
real files, the real CLI (typer's CliRunner; subprocesses where a process boundary matters)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from graph_builder.graph.build import EVENTS_FILE, NOTICES_FILE
from tests.cli.test_cli_graph import NOTICE_2021, NOTICE_2022
from tests.support import CROSS, generated_db

STREET = "宜川路街道办事处主任"
RENMIAN = Path(sys.executable).with_name("renmian")  # the console script of this environment


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def held(db: Path, on: str) -> list[str]:
    return [i["person"] for i in held_items(db, on)]


def held_items(db: Path, on: str) -> list[dict]:
    out = run("who-held", STREET, "--on", on, "--db", db, "--json")
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


def doc_numbers(items: list[dict]) -> set[str]:
    return {s["doc_number"] for i in items for s in i["sources"]}


def status(db: Path) -> dict:
    out = run("status", "--db", db, "--json")
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


@pytest.fixture
def built(tmp_path) -> tuple[Path, Path]:
    """A graph of two gazettes (a.txt 2021, b.txt 2022) in tmp/db; the sources in tmp/src."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE_2021, encoding="utf-8")
    (src / "b.txt").write_text(NOTICE_2022, encoding="utf-8")
    db = tmp_path / "db"
    result = run("build", src, "--db", db)
    assert result.exit_code == 0, result.output
    return src, db


def snapshot(db: Path) -> tuple[bytes, bytes, list[str], list[str]]:
    return (
        (db / EVENTS_FILE).read_bytes(),
        (db / NOTICES_FILE).read_bytes(),
        held(db, "2022-01-01"),
        held(db, "2022-08-01"),
    )


@pytest.mark.parametrize("case", ["missing path", "empty directory", "every file failed"])
def test_a_build_that_reads_no_document_changes_nothing(built, tmp_path, case):
    """Finding 1: `renmian build /typo` used to replace the graph and events.jsonl with empty ones."""
    _, db = built
    before = snapshot(db)
    assert before[2] == ["朱铮"] and before[3] == ["汤旻"]
    if case == "missing path":
        target = tmp_path / "no" / "such" / "path"
    elif case == "empty directory":
        target = tmp_path / "empty"
        target.mkdir()
    else:
        target = tmp_path / "bad"
        target.mkdir()
        (target / "x.txt").write_bytes(b"\x00\xff\x00\xfe" * 50)
        (target / "y.pdf").write_bytes(b"%PDF-1.4 truncated")
    for extra in ((), ("--replace",)):
        result = run("build", target, "--db", db, *extra)
        assert result.exit_code == 1
        assert "no document read" in result.output and "nothing changed" in result.output
        if case == "every file failed":
            assert "x.txt" in result.output and "y.pdf" in result.output
        assert snapshot(db) == before
    assert status(db)["store_matches_events"] is True


def test_build_adds_by_default_and_replace_starts_afresh(tmp_path):
    """Finding 2: adding a week's gazette used to drop every earlier document."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE_2021, encoding="utf-8")
    (src / "b.txt").write_text(NOTICE_2022, encoding="utf-8")
    db = tmp_path / "db"
    assert run("build", src / "a.txt", "--db", db).exit_code == 0
    added = run("build", src / "b.txt", "--db", db, "--json")
    assert added.exit_code == 0, added.output
    report = json.loads(added.stdout)
    assert (report["documents"], report["events"], report["counts"]["Event"]) == (1, 3, 4)
    assert held(db, "2022-01-01") == ["朱铮"] and held(db, "2022-08-01") == ["汤旻"]
    assert status(db)["documents"] == 2

    # a document read again replaces its own events, the other's stay
    (src / "b.txt").write_text(NOTICE_2022.replace("汤旻", "李四"), encoding="utf-8")
    again = json.loads(run("build", src / "b.txt", "--db", db, "--json").stdout)
    assert again["counts"]["Event"] == 4
    assert held(db, "2022-01-01") == ["朱铮"] and held(db, "2022-08-01") == ["李四"]

    # --replace: exactly the paths given
    only = json.loads(run("build", src / "b.txt", "--db", db, "--replace", "--json").stdout)
    assert (only["mode"], only["counts"]["Event"]) == ("full", 3)
    assert doc_numbers(held_items(db, "2022-01-01")) == {"普府〔2022〕48号"}  # a.txt's 2021 notice is gone
    assert held(db, "2022-08-01") == ["李四"]
    info = status(db)
    assert (info["documents"], info["events"], info["store_matches_events"]) == (1, 3, True)


def test_replace_keeps_generations_and_rebuild_brings_one_back(built):
    src, db = built
    assert run("build", src / "b.txt", "--db", db, "--replace").exit_code == 0  # the user's mistake
    assert doc_numbers(held_items(db, "2022-01-01")) == {"普府〔2022〕48号"}
    info = status(db)
    assert info["generations"][0]["n"] == 1
    assert (info["generations"][0]["documents"], info["generations"][0]["events"]) == (2, 4)
    restored = run("rebuild", "--db", db, "--generation", "1", "--json")
    assert restored.exit_code == 0, restored.output
    assert json.loads(restored.stdout)["counts"]["Event"] == 4
    assert doc_numbers(held_items(db, "2022-01-01")) == {"普府〔2021〕30号", "普府〔2022〕48号"}
    info = status(db)
    assert (info["documents"], info["events"], info["store_matches_events"]) == (2, 4, True)
    # the replaced events (b.txt alone) are kept in turn, newest first
    assert [(g["documents"], g["events"]) for g in info["generations"][:2]] == [(1, 3), (2, 4)]

    # the newest three are kept, whatever the number of builds
    for i in range(4):
        (src / f"c{i}.txt").write_text(NOTICE_2021.replace("朱铮", f"张{'一二三四'[i]}"), encoding="utf-8")
        assert run("build", src / f"c{i}.txt", "--db", db).exit_code == 0
    gens = status(db)["generations"]
    assert [g["n"] for g in gens] == [1, 2, 3]
    assert [g["documents"] for g in gens] == [5, 4, 3]
    assert len(list((db / "generations").iterdir())) == 3

    bad = run("rebuild", "--db", db, "--generation", "7")
    assert bad.exit_code == 1 and "no generation '7'" in bad.output


def test_rebuild_changes_no_events_and_keeps_no_generation(built):
    _, db = built
    before = snapshot(db)
    gens = status(db)["generations"]
    assert run("rebuild", "--db", db).exit_code == 0
    assert snapshot(db) == before and status(db)["generations"] == gens


def test_status_on_a_directory_without_a_graph(tmp_path):
    info = status(tmp_path / "nothing")
    assert (info["documents"], info["events"], info["store"], info["generations"]) == (0, 0, None, [])
    text = run("status", "--db", tmp_path / "nothing")
    assert text.exit_code == 0 and "no graph built yet" in text.output


def test_status_says_when_the_store_does_not_match_the_events(built):
    _, db = built
    kept = db / EVENTS_FILE
    kept.write_text(kept.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    info = status(db)
    assert info["store_matches_events"] is False and info["events"] == 1
    assert "NO: run `renmian rebuild`" in run("status", "--db", db).output
    assert run("rebuild", "--db", db).exit_code == 0
    assert status(db)["store_matches_events"] is True


def test_a_second_build_at_the_same_time_is_refused_and_changes_nothing(built):
    import fcntl

    src, db = built
    before = snapshot(db)
    with (db / "build.lock").open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)  # as a running build holds it
        result = run("build", src / "a.txt", "--db", db, "--replace")
        fcntl.flock(f, fcntl.LOCK_UN)
    assert result.exit_code == 1 and "another build is running" in result.output
    assert snapshot(db) == before


# ---- bounded queries (finding 4)


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """About 1,500 generated events, where CROSS runs for minutes (shared with the app's tests)."""
    return generated_db(tmp_path_factory)


def test_a_slow_query_is_stopped_with_a_clear_message(generated):
    t0 = time.monotonic()
    result = run("query", CROSS, "--db", generated, "--timeout", "0.5")
    elapsed = time.monotonic() - t0
    assert result.exit_code == 1
    assert "time limit of 0.5 s" in result.output and "--timeout" in result.output
    assert elapsed < 10  # the statement alone runs for minutes
    # the same connection answers the next statement
    ok = run("query", "MATCH (e:Event) RETURN count(e) AS n", "--db", generated, "--json", "--timeout", "0.5")
    assert ok.exit_code == 0 and json.loads(ok.stdout)[0]["n"] > 1000


def test_the_api_stops_a_slow_query_and_answers_the_next(generated):
    from graph_builder.graph.api import Renmian
    from graph_builder.store.base import QueryTimeout

    api = Renmian.open(generated, read_only=True)
    try:
        with pytest.raises(QueryTimeout, match="time limit"):
            api.query(CROSS, timeout=0.3)
        assert api.query("MATCH (e:Event) RETURN count(e) AS n")[0]["n"] > 1000
    finally:
        api.close()


def test_a_slow_query_in_a_separate_process_ends_well_before_its_budget(generated):
    """In a real process the command ends, exit 1, with the message, well within the test's budget."""
    cmd = [
        str(RENMIAN),
        "query",
        CROSS,
        "--db",
        str(generated),
        "--timeout",
        "1",
    ]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "time limit of 1 s" in proc.stderr
    assert time.monotonic() - t0 < 30


MANY = "UNWIND range(1, 2500) AS i RETURN i"


def test_query_shows_the_first_thousand_rows_and_says_how_many_there_were(built):
    _, db = built
    result = run("query", MANY, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert [r["i"] for r in json.loads(result.stdout)] == list(range(1, 1001))  # stdout stays one JSON
    assert "showing 1,000 of 2,500 rows" in result.stderr and "--limit" in result.stderr
    table = run("query", MANY, "--db", db, "--limit", "3")
    assert table.exit_code == 0, table.output
    assert "│ 3 │" in table.stdout and "│ 4 │" not in table.stdout
    assert "showing 3 of 2,500 rows" in table.stderr


def test_query_limit_0_shows_every_row_and_a_short_result_has_no_note(built):
    _, db = built
    every = run("query", MANY, "--db", db, "--json", "--limit", "0")
    assert every.exit_code == 0 and len(json.loads(every.stdout)) == 2500 and every.stderr == ""
    exact = run("query", "UNWIND range(1, 1000) AS i RETURN i", "--db", db, "--json")
    assert exact.exit_code == 0 and len(json.loads(exact.stdout)) == 1000 and exact.stderr == ""
    assert run("query", MANY, "--db", db, "--limit", "-1").exit_code == 2  # refused by the option


def test_the_api_returns_every_row_to_scripts_unless_asked(built):
    from graph_builder.graph.api import Renmian

    _, db = built
    api = Renmian.open(db, read_only=True)
    try:
        assert len(api.query(MANY)) == 2500
        assert [r["i"] for r in api.query(MANY, limit=5)] == [1, 2, 3, 4, 5]
        page = api.query_page(MANY)
        assert (len(page.rows), page.total, page.more) == (1000, 2500, True)
        assert api.query_page(MANY, limit=None).more is False
    finally:
        api.close()


# ---- a reader beside a writer

READER = """
import json, sys
from graph_builder.graph.api import Renmian
api = Renmian.open(sys.argv[1], read_only=True)
for line in sys.stdin:
    if line.strip() == "reload":
        api.close()
        api = Renmian.open(sys.argv[1], read_only=True)
    print(json.dumps([i["person"] for i in api.who_held("宜川路街道办事处主任", "2022-08-01")]), flush=True)
"""


@pytest.mark.parametrize("replace", [False, True])
def test_a_build_completes_beside_a_reading_process(built, replace):
    """Another process keeps the graph open read-only (as the app does); the build completes, the reader
    answers from the graph it opened, and after reopening from the new one."""
    src, db = built
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:

        def ask(line: str = "ask") -> list[str]:
            reader.stdin.write(line + "\n")
            reader.stdin.flush()
            return json.loads(reader.stdout.readline())

        assert ask() == ["汤旻"]
        (src / "b.txt").write_text(NOTICE_2022.replace("汤旻", "李四"), encoding="utf-8")
        result = run("build", src / "b.txt", "--db", db, *(["--replace"] if replace else []))
        assert result.exit_code == 0, result.output
        assert held(db, "2022-08-01") == ["李四"]
        assert ask() in (["汤旻"], ["李四"])  # its own snapshot, or already the new graph
        assert ask("reload") == ["李四"]
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
