"""`renmian roster` on the sample gazettes, and `renmian query`'s one-line errors (CliRunner, a real store).

Expected holders are read from data/samples/000_a6a45f745b9ec71b.txt: 普府〔2024〕31号 (2024-04-22)
proposes 尹科强 for 应急管理局局长, 顾铖禕 for 审计局局长 and removing 杨剑 from it (a working group list,
普府办〔2022〕20号 in 001_139a0e1c720a02a7.txt, names 张军 区应急局局长 on 2022-07-06); 普府〔2024〕32号
(2024-04-22) appoints 林哲 交通委员会主任 and 水务局局长（兼）and removes 吴刚 as 城市管理行政执法局副局长;
普府〔2024〕49号 (2024-05-28) appoints 王贞飞 教育局副局长.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from tests.support import SAMPLES


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("samples")
    result = run("build", str(SAMPLES), "--db", str(root / "db"))
    assert result.exit_code == 0, result.output
    return str(root / "db")


def _by_post(items: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for i in items:
        out.setdefault(i["post"], []).append(i)
    return out


def test_roster_of_the_district_lists_the_bureau_heads_with_sources(db):
    result = run("roster", "上海市普陀区", "--on", "2024-05-01", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    posts = _by_post(json.loads(result.stdout))
    (water,) = posts["上海市普陀区水务局局长"]
    assert (water["person"], water["certainty"]) == ("林哲", "certainly")
    assert [s["doc_number"] for s in water["sources"]] == ["普府〔2024〕32号"]
    assert "上海市普陀区水务局局长（兼）" in water["sources"][0]["evidence"]
    audit = {i["person"]: i["certainty"] for i in posts["上海市普陀区审计局局长"]}
    assert audit == {"杨剑": "possibly", "顾铖禕": "pending"}
    # 尹科强 proposed; 张军 listed as 区应急局局长 in 普府办〔2022〕20号 (2022-07-06, 001_…txt), no end seen
    emergency = {i["person"]: i for i in posts["上海市普陀区应急管理局局长"]}
    assert {p: i["certainty"] for p, i in emergency.items()} == {"尹科强": "pending", "张军": "possibly"}
    assert emergency["尹科强"]["sources"][0]["doc_number"] == "普府〔2024〕31号"
    assert emergency["张军"]["sources"][0]["doc_number"] == "普府办〔2022〕20号"
    # removed on 2024-04-22; appointed only on 2024-05-28: the posts are listed, with nobody in them
    for post in ("上海市普陀区城市管理行政执法局副局长", "上海市普陀区教育局副局长"):
        (empty,) = posts[post]
        assert empty["person"] is None and empty["status"] == "no holder recorded"
    # every post is the district's: no 长宁区 post, and sub-units (执法大队) are in
    assert all("普陀区" in p for p in posts)
    assert "上海市普陀区城市管理行政执法局执法大队副大队长" in posts


def test_roster_on_a_later_day_and_as_a_table(db):
    later = run("roster", "普陀区教育局", "--on", "2024-06-01", "--db", db, "--json")
    later = _by_post(json.loads(later.stdout))
    assert [i["person"] for i in later["上海市普陀区教育局副局长"]] == ["王贞飞"]
    table = run("roster", "上海市普陀区", "--on", "2024-05-01", "--db", db)
    assert table.exit_code == 0
    assert "roster of 上海市普陀区 on 2024-05-01" in table.output and "林哲" in table.output


def test_an_ambiguous_organisation_lists_the_candidates_and_exits_2(db):
    result = run("roster", "区人民政府", "--on", "2024-05-01", "--db", db)
    assert result.exit_code == 2
    assert "上海市普陀区人民政府" in result.stderr and "上海市长宁区人民政府" in result.stderr
    as_json = run("roster", "区人民政府", "--on", "2024-05-01", "--db", db, "--json")
    assert as_json.exit_code == 2
    names = [c["name"] for c in json.loads(as_json.stdout)["candidates"]]
    assert names == ["上海市普陀区人民政府", "上海市长宁区人民政府"]
    missing = run("roster", "无此机构", "--db", db)
    assert missing.exit_code == 1 and "no organisation matches" in missing.stderr


@pytest.mark.parametrize(
    ("statement", "says"),
    [
        ("MATCH (p:Persn) RETURN p", "Persn"),
        ("MATCH (p:Person RETURN p", "Parser exception"),
    ],
)
def test_a_bad_statement_is_one_line_and_exit_1(db, statement, says):
    result = run("query", statement, "--db", db)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # no traceback: the command said why
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0]
    assert "ROLLBACK" not in result.output


def test_query_columns_are_named_as_written(db):
    result = run("query", "MATCH (p:Person) RETURN count(p)", "--db", db, "--json")
    (row,) = json.loads(result.stdout)
    assert list(row) == ["count(p)"] and row["count(p)"] > 0


def test_the_roster_is_documented():
    assert "renmian roster" in (Path(SAMPLES).parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")


@pytest.mark.neo4j
def test_a_bad_statement_is_one_line_on_neo4j_too(tmp_path, neo4j_uri):
    """An unknown label is only a warning on Neo4j: refused as on LadybugDB, in the server's words,
    on one line (the driver's own log of the warning is not printed)."""
    import subprocess
    import sys

    from tests.support import ROOT

    code = "import sys; from graph_builder.cli.main import main; sys.argv[0] = 'renmian'; main()"
    args = ["query", "MATCH (p:Persn) RETURN p", "--neo4j", neo4j_uri]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Persn" in lines[0], done.stderr
