"""What the tables say beyond the answer, on the seed gazettes: uncertainty with its reason, ambiguous
input listed back (exit 2), near misses, the printed forms of a merged person, and neighbours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from tests.support import SAMPLES

AUDIT = "上海市普陀区审计局局长"
STREET = "上海市普陀区人民政府宜川路街道办事处主任"


def run(*args: str):
    # wide enough that Rich does not wrap a table cell: the tests read whole sentences
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    root: Path = tmp_path_factory.mktemp("cli_answers")
    result = run("build", str(SAMPLES), "--db", str(root / "db"))
    assert result.exit_code == 0, result.output
    return str(root / "db")


def test_who_held_table_says_how_certain_and_why(db):
    # 普府〔2024〕31号 (2024-04-22): 提请免去杨剑的上海市普陀区审计局局长职务, and nothing decides it
    result = run("who-held", AUDIT, "--on", "2026-12-01", "--db", db)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "person" in line)
    assert "certainty" in header and "note" in header
    yang = next(line for line in result.output.splitlines() if "杨剑" in line)
    assert "possibly" in yang and "removal proposed 2024-04-22 (普府〔2024〕31号), no decision seen" in yang
    assert "至今" not in result.output and "current" not in result.output


def test_vacancies_list_the_possible_ones_with_their_certainty(db):
    # the 2023 Q2 list (data/samples/004) removes 王炜 from 新泾镇镇长 some day of April–June
    held = json.loads(run("who-held", "新泾镇镇长", "--on", "2023-05-01", "--db", db, "--json").stdout)
    assert [(i["person"], i["certainty"]) for i in held] == [("王炜", "possibly")]
    result = run("vacancies", "--on", "2023-05-01", "--db", db)
    assert "nothing recorded" not in result.output
    row = next(line for line in result.output.splitlines() if "新泾镇" in line)
    assert "王炜" in row and "possibly" in row
    found = run("vacancies", "--on", "2023-05-01", "--org", "新泾镇", "--db", db, "--json")
    (vac,) = json.loads(found.stdout)
    assert (vac["last_holder"], vac["certainty"], vac["since"]) == ("王炜", "possibly", "2023-04/2023-06")


def test_an_inferred_start_prints_as_its_year_in_every_command(db):
    # 普府〔2022〕44号 (2022-06-29): 朱铮同志按期正式任…宜川路街道办事处主任: start inferred, 2021
    chain = json.loads(run("succession", STREET, "--db", db, "--json").stdout)
    assert chain[0]["start"] == "2021"
    colleagues = json.loads(run("colleagues", "潘浩", "--db", db, "--json").stdout)
    assert {c["start"] for c in colleagues if c["person"] == "董锐"} == {"2021"}  # not 2021-01-01
    assert "2021-01-01" not in run("colleagues", "潘浩", "--db", db).output


def test_a_fragment_naming_several_people_lists_them_and_exits_2(db):
    result = run("career", "张", "--db", db)
    assert result.exit_code == 2
    assert "career of" not in result.output  # no merged table
    for name, post in (("张旻", "上海市普陀区规划和自然资源局副局长"), ("张磊", "曹杨新村街道办事处副主任")):
        assert any(name in line and post in line for line in result.output.splitlines()), name
    asked = run("career", "张", "--db", db, "--json")
    assert asked.exit_code == 2
    found = json.loads(asked.stdout)
    assert found["error"] == "ambiguous" and found["what"] == "person"
    assert {"张又元", "张旻", "张磊"} <= {c["name"] for c in found["candidates"]}


def test_a_title_fragment_lists_the_posts_without_their_deputies(db):
    result = run("who-held", "局长", "--on", "2024-05-01", "--db", db, "--json")
    assert result.exit_code == 2
    posts = [c["name"] for c in json.loads(result.stdout)["candidates"]]
    assert AUDIT in posts and not any("副局长" in p for p in posts)


def test_usual_short_forms_resolve(db):
    # 审计局长 is how 审计局局长 is said; 宜川路街道主任 for 宜川路街道办事处主任
    held = json.loads(run("who-held", "审计局长", "--on", "2024-03-01", "--db", db, "--json").stdout)
    assert [i["person"] for i in held] == ["杨剑"]
    held = json.loads(run("who-held", "宜川路街道主任", "--on", "2022-07-14", "--db", db, "--json").stdout)
    assert [i["person"] for i in held] == ["朱铮"]


def test_a_near_miss_gets_a_suggestion(db):
    result = run("who-held", "宜川路街道办事处主仼", "--on", "2022-07-14", "--db", db)
    assert result.exit_code == 1
    (line,) = [x for x in result.output.splitlines() if x.strip()]
    assert "did you mean" in line and STREET in line


def test_career_shows_printed_forms_merge_reasons_and_the_judgements_file(db):
    # 001: 任命顾铖祯同志为…科学技术委员会副主任; 000: 免去顾铖禕的…科学技术委员会副主任职务
    result = run("career", "顾铖祯", "--db", db)
    assert result.exit_code == 0, result.output
    assert "career of 顾铖禕" in result.output
    assert "printed as 顾铖祯, 顾铖禕" in result.output
    assert "one-character variant on the same post" in result.output
    assert str(Path(db) / "judgements.yaml") in result.output
    items = json.loads(run("career", "顾铖祯", "--db", db, "--json").stdout)
    assert all(set(i["person_names"]) == {"顾铖祯", "顾铖禕"} and i["merge_reasons"] for i in items)
    assert {i["judgements"] for i in items} == {str(Path(db) / "judgements.yaml")}


def test_tenures_say_whom_they_replaced_and_who_replaced_them(db):
    # 普府〔2022〕48号: 任命汤旻…宜川路街道办事处主任; 免去朱铮…宜川路街道办事处主任职务
    zhu, tang = json.loads(run("succession", STREET, "--db", db, "--json").stdout)
    assert zhu["replaced_by"]["person"] == "汤旻" and tang["replaces"]["person"] == "朱铮"
    table = run("who-held", STREET, "--on", "2022-08-01", "--db", db).output
    assert "replaces" in table and "朱铮" in next(line for line in table.splitlines() if "汤旻" in line)
