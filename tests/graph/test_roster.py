"""Renmian.roster and the API's errors for a user's statement, on LadybugDB and Neo4j (the scenario of
test_api.py: four 普陀区 notices and one 长宁区 notice in traditional script)."""

from __future__ import annotations

import pytest

from graph_builder.graph.lookup import Ambiguous, NotFound
from graph_builder.graph.roster import find_org
from graph_builder.store.base import QueryError
from tests.graph.test_api import AUDIT, STREET, scenario
from tests.support import empty_api


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def built(request, tmp_path_factory):
    api = empty_api(request, tmp_path_factory, "roster")
    api.build(events=scenario())
    yield api
    api.close()


def holders(items: list[dict]) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for i in items:
        out.setdefault(i["post"], []).append(i["person"])
    return out


def test_roster_of_a_district_on_both_stores(built):
    items = built.roster("普陀区", "2022-07-14")
    assert {i["organisation"] for i in items} == {"上海市普陀区"}
    got = holders(items)
    # 普府〔2022〕44号 confirms 朱铮 and 张军; 汤旻 and 潘浩 start only on 2022-07-15 (普府〔2022〕48号)
    assert got[STREET] == ["朱铮"]
    assert got["上海市普陀区应急管理局局长"] == ["张军"]
    assert got["上海市普陀区人民政府办公室副主任"] == [None]  # a post of the district, nobody in it yet
    assert not any("長寧" in p or "长宁" in p for p in got)
    (zhu,) = [i for i in items if i["person"] == "朱铮"]
    assert zhu["certainty"] == "certainly" and {s["doc_number"] for s in zhu["sources"]} == {
        "普府〔2022〕44号",
        "普府〔2022〕48号",
    }
    after = holders(built.roster("上海市普陀区", "2024-05-01"))
    assert after[STREET] == ["汤旻"]
    assert sorted(after[AUDIT]) == ["杨剑", "顾铖禕"]  # a proposed removal, a nomination
    assert after["上海市普陀区民政局局长"] == [None]  # 王五 removed on 2024-04-22


def test_roster_of_one_bureau_and_of_the_traditional_script_district(built):
    assert set(holders(built.roster("審計局", "2024-05-01"))) == {AUDIT}
    changning = built.roster("長寧區", "2023-06-01")
    assert [i["person"] for i in changning] == ["李薇娜"]


def test_an_ambiguous_or_unknown_organisation_is_named(built):
    with pytest.raises(Ambiguous) as caught:
        built.roster("区人民政府", "2024-05-01")
    assert [c["name"] for c in caught.value.candidates] == ["上海市普陀区人民政府", "上海市长宁区人民政府"]
    with pytest.raises(NotFound, match="no organisation matches"):
        built.roster("无此机构", "2024-05-01")
    with pytest.raises(ValueError, match="cannot read date"):
        built.roster("普陀区", "2022-13-45")


def test_find_org_prefers_an_exact_name_and_the_outermost_of_a_fragment():
    rows = [
        {"id": "d", "name": "上海市普陀区", "key": "|上海市普陀区|", "parent": None},
        {"id": "g", "name": "上海市普陀区人民政府", "key": "|上海市普陀区人民政府|", "parent": "d"},
        {"id": "b", "name": "上海市普陀区审计局", "key": "|上海市普陀区审计局|", "parent": "g"},
        {"id": "c", "name": "上海市长宁区审计局", "key": "|上海市长宁区审计局|长宁区审计局|", "parent": None},
    ]
    assert find_org(rows, "上海市普陀区人民政府")["id"] == "g"
    assert find_org(rows, "普陀区")["id"] == "d"
    assert find_org(rows, "长宁区审计局")["id"] == "c"  # an alias, exactly
    with pytest.raises(Ambiguous) as caught:
        find_org(rows, "审计局")
    assert [c["name"] for c in caught.value.candidates] == ["上海市普陀区审计局", "上海市长宁区审计局"]


def test_the_api_raises_its_own_error_for_a_bad_statement(built):
    with pytest.raises(QueryError) as caught:
        built.query("MATCH (p:Persn) RETURN p")
    assert caught.value.kind == "semantic" and "Persn" in str(caught.value)
    assert built.query("MATCH (p:Person) RETURN count(p)") == [
        {"count(p)": len(built.query("MATCH (p:Person) RETURN p.id AS id"))}
    ]
