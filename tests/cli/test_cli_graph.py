"""The graph commands, run through typer's CliRunner on hand-written gazettes and a real store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from graph_builder.graph.api import QUERY_NAMES
from tests.support import ROOT

NOTICE_2022 = """上海市普陀区人民政府关于汤旻等同志职务任免的通知

普府〔2022〕48号

区人民政府决定：

任命汤旻同志为上海市普陀区人民政府宜川路街道办事处主任；

免去朱铮同志的上海市普陀区人民政府宜川路街道办事处主任职务；

免去王五同志的上海市普陀区民政局局长职务。

上海市普陀区人民政府

2022年7月15日
"""

NOTICE_2021 = """上海市普陀区人民政府关于朱铮同志职务任免的通知

普府〔2021〕30号

区人民政府决定：

任命朱铮同志为上海市普陀区人民政府宜川路街道办事处主任（试用期一年）。

上海市普陀区人民政府

2021年6月20日
"""

COMMANDS = (
    "build",
    "rebuild",
    "status",
    "who-held",
    "career",
    "succession",
    "vacancies",
    "colleagues",
    "search",
    "roster",
    "query",
    "export",
    "app",
)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    src = root / "gazettes"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE_2021, encoding="utf-8")
    (src / "b.txt").write_text(NOTICE_2022, encoding="utf-8")
    result = run("build", str(src), "--db", str(root / "db"))
    assert result.exit_code == 0, result.output
    return root / "db"


def test_build_reports_and_exits_1_when_a_file_fails(tmp_path):
    (tmp_path / "ok.txt").write_text(NOTICE_2022, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff\x00\xfe" * 50)
    result = run(
        "build", str(tmp_path / "ok.txt"), str(tmp_path / "bad.txt"), "--db", str(tmp_path / "db"), "--json"
    )
    assert result.exit_code == 1
    assert "bad.txt" in result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["counts"]["Event"] == 3  # the readable file was still built


def test_rebuild_reads_only_the_kept_events(tmp_path):
    src = tmp_path / "gazettes"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE_2021, encoding="utf-8")
    (src / "b.txt").write_text(NOTICE_2022, encoding="utf-8")
    built = json.loads(run("build", str(src), "--db", str(tmp_path / "db"), "--json").stdout)
    for f in src.iterdir():
        f.unlink()  # the sources are gone: a rebuild needs only DB/events.jsonl
    result = run("rebuild", "--db", str(tmp_path / "db"), "--json")
    assert result.exit_code == 0, result.output
    rebuilt = json.loads(result.stdout)
    assert (rebuilt["mode"], rebuilt["documents"], rebuilt["events"]) == ("full", 2, 4)
    assert rebuilt["counts"] == built["counts"]
    db = str(tmp_path / "db")
    held = run("who-held", "宜川路街道办事处主任", "--on", "2022-01-01", "--db", db, "--json")
    assert [i["person"] for i in json.loads(held.stdout)] == ["朱铮"]


def test_who_held_json_with_sources(db):
    result = run("who-held", "宜川路街道办事处主任", "--on", "2022-01-01", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert item["person"] == "朱铮" and item["certainty"] == "certainly" and item["status"] == "probation"
    assert {s["doc_number"] for s in item["sources"]} == {"普府〔2021〕30号", "普府〔2022〕48号"}


def test_who_held_table(db):
    result = run(
        "who-held", "上海市普陀区人民政府宜川路街道办事处主任", "--on", "2022-07-15", "--db", str(db)
    )
    assert result.exit_code == 0 and "汤旻" in result.output


def test_career_succession_vacancies_colleagues_search(db):
    assert [i["post"] for i in json.loads(run("career", "朱铮", "--db", str(db), "--json").stdout)] == [
        "上海市普陀区人民政府宜川路街道办事处主任"
    ]
    chain = json.loads(run("succession", "宜川路街道办事处主任", "--db", str(db), "--json").stdout)
    assert [i["person"] for i in chain] == ["朱铮", "汤旻"]
    (vac,) = json.loads(
        run("vacancies", "--on", "2023-01-01", "--org", "普陀区", "--db", str(db), "--json").stdout
    )
    assert vac["post"] == "上海市普陀区民政局局长" and vac["since"] == "2022-07-15"
    assert json.loads(run("colleagues", "汤旻", "--db", str(db), "--json").stdout) == []
    found = json.loads(run("search", "湯旻", "--db", str(db), "--json").stdout)
    assert [f["name"] for f in found] == ["汤旻"]


def test_query_reads_and_refuses_writes(db):
    ok = run(
        "query",
        "MATCH (x:Person) WHERE x.name = $n RETURN x.name AS name",
        "--param",
        "n=汤旻",
        "--db",
        str(db),
        "--json",
    )
    assert json.loads(ok.stdout) == [{"name": "汤旻"}]
    bad = run("query", "MATCH (x:Person) DETACH DELETE x", "--db", str(db))
    assert bad.exit_code == 1 and "DETACH" in bad.output
    assert (
        json.loads(run("query", "MATCH (x:Person) RETURN count(x) AS n", "--db", str(db), "--json").stdout)[
            0
        ]["n"]
        == 3
    )


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("who-held", "宜川路街道办事处主任", "--on", "2022-13-01"), "2022-13-01"),
        (("career", "无此人"), "无此人"),
        (("query", "RETURN 1", "--param", "oops"), "oops"),
        (("export", "--format", "svg"), "svg"),
    ],
)
def test_bad_input_is_one_line_naming_the_value(db, args, named):
    result = run(*args, "--db", str(db))
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and named in lines[0]


def test_missing_store_is_explained(tmp_path):
    result = run("career", "朱铮", "--db", str(tmp_path / "none"))
    assert result.exit_code == 1 and "renmian build" in result.output


def test_export_writes_a_file(db, tmp_path):
    out = tmp_path / "g.graphml"
    result = run("export", "--format", "graphml", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0 and out.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_every_command_and_named_query_is_documented():
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert re.search(rf"renmian {command}\b", text), command
    for name in QUERY_NAMES:
        assert f"queries/{name}.cypher" in text, name


@pytest.mark.neo4j
def test_build_who_held_and_query_on_neo4j(tmp_path, neo4j_uri):
    """The same commands with --neo4j: a full build replaces what the (scratch) server held."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "n2022.txt").write_text(NOTICE_2022, encoding="utf-8")
    data = str(tmp_path / "data")
    built = run("build", str(src), "--db", data, "--neo4j", neo4j_uri, "--json")
    assert built.exit_code == 0, built.output
    held = run("who-held", "宜川路街道办事处主任", "--on", "2022-08-01", "--neo4j", neo4j_uri, "--json")
    assert [i["person"] for i in json.loads(held.stdout)] == ["汤旻"]
    count = "MATCH (x:Person) RETURN count(x) AS n"
    assert json.loads(run("query", count, "--neo4j", neo4j_uri, "--json").stdout) == [{"n": 3}]
    many = run("query", "UNWIND range(1, 1500) AS i RETURN i", "--neo4j", neo4j_uri, "--json")
    assert len(json.loads(many.stdout)) == 1000  # the server's rows past the cap are left unread
    assert "showing the first 1,000 rows; more rows not shown" in many.stderr
    bad = run("query", "MATCH (x:Person) DETACH DELETE x", "--neo4j", neo4j_uri)
    assert bad.exit_code == 1 and "DETACH" in bad.output
    assert json.loads(run("query", count, "--neo4j", neo4j_uri, "--json").stdout) == [{"n": 3}]
