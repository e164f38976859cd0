"""Attestations through the build, both stores and the API, on the seed gazettes (values read from
data/samples/001_139a0e1c720a02a7.txt): 普府办〔2022〕20号, signed 2022年7月6日, lists a working group of
31 with their posts: 黄继文 区财政局局长, 朱 铮 宜川街道主任, 张 军 区房管局局长 and 张 军 区应急局局长."""

from __future__ import annotations

import json

import pytest

from graph_builder.graph.api import Renmian
from graph_builder.graph.build import ATTESTATIONS_FILE
from tests.support import SAMPLES, empty_api

TWENTY = "普府办〔2022〕20号"
FINANCE = "上海市普陀区财政局局长"
STREET = "上海市普陀区人民政府宜川路街道办事处主任"


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def seeds(request, tmp_path_factory):
    """The seed gazettes built on each store in turn (Neo4j: the session's test server, emptied first)."""
    api = empty_api(request, tmp_path_factory, "att")
    assert api.build(paths=[SAMPLES])["errors"] == []
    yield api
    api.close()


def test_who_held_the_finance_bureau_on_the_list_day_rests_on_the_list(seeds):
    (item,) = seeds.who_held(FINANCE, "2022-07-06")
    assert item["person"] == "黄继文" and item["status"] == "attested"
    assert item["certainty"] == "attested"  # no appointment seen: the answer says what it rests on
    cites = [s["cite"] for s in item["sources"] if s["doc_number"] == TWENTY]
    assert cites == [f"listed in {TWENTY} of 2022-07-06: 黄继文 区财政局局长"]
    # known only on the attested day: earlier it is possible, not certain
    (before,) = seeds.who_held(FINANCE, "2022-01-01")
    assert before["certainty"] == "possibly"


def test_search_finds_the_two_zhang_jun_of_one_list(seeds):
    people = [i for i in seeds.search("张军") if i["type"] == "person" and i["name"] == "张军"]
    assert sorted(i["posts"] for i in people) == [
        ["上海市普陀区住房保障和房屋管理局局长"],
        ["上海市普陀区应急管理局局长"],
    ]


def test_career_of_zhu_zheng_shows_the_list_day_inside_his_tenure(seeds):
    # 普府〔2022〕44号 (2022-06-29) confirms him 宜川路街道办事处主任; 48号 (2022-07-15) removes him.
    (tenure,) = [i for i in seeds.career("朱铮") if i["post"] == STREET]
    assert [(p["date"], p["doc_number"]) for p in tenure["attested"]] == [("2022-07-06", TWENTY)]
    assert tenure["start_latest"] <= "2022-07-06" < tenure["end"] == "2022-07-15"


def test_no_post_attested_on_a_day_is_vacant_that_day(seeds):
    day = "2022-07-06"
    rows = seeds.query(
        "MATCH (a:Attestation)-[:ATTESTS_POST]->(p:Post) WHERE a.date = $day RETURN DISTINCT p.id AS id",
        {"day": day},
    )
    attested = {r["id"] for r in rows}
    assert set(seeds.post_ids(FINANCE)) <= attested
    assert not attested & {v["post_id"] for v in seeds.vacancies(day)}


def test_the_store_holds_each_attestation_with_its_document_person_and_post(seeds):
    rows = seeds.query(
        "MATCH (a:Attestation)-[:ATTESTED_IN]->(d:Document), (a)-[:ATTESTS]->(x:Person), "
        "(a)-[:ATTESTS_POST]->(p:Post) WHERE d.doc_number = $n AND a.form = 'list' "
        "RETURN x.name AS person, p.name AS post, a.date AS date",
        {"n": TWENTY},
    )
    assert len(rows) == 31 and {r["date"] for r in rows} == {"2022-07-06"}
    assert {"person": "黄继文", "post": FINANCE, "date": "2022-07-06"} in rows


def test_rebuild_reads_the_kept_attestations_and_exports_carry_them(tmp_path):
    api = Renmian.open(tmp_path / "db")
    try:
        api.build(paths=[SAMPLES])
        kept = (tmp_path / "db" / ATTESTATIONS_FILE).read_text(encoding="utf-8").splitlines()
        assert len(kept) == 66 and all(json.loads(line)["record"] == "attestation" for line in kept)
        api.rebuild()
        assert [i["person"] for i in api.who_held(FINANCE, "2022-07-06")] == ["黄继文"]
        out = api.export("jsonl", tmp_path / "graph.jsonl")
        labels = [json.loads(line).get("label") for line in out.read_text(encoding="utf-8").splitlines()]
        assert labels.count("Attestation") == 66
    finally:
        api.close()


def test_adding_a_document_keeps_the_attestations_of_the_others(tmp_path):
    lists = SAMPLES / "001_139a0e1c720a02a7.txt"  # 普府办〔2022〕18/19/20号
    other = SAMPLES / "000_a6a45f745b9ec71b.txt"  # 2024 notices, signed 区长：肖文高
    api = Renmian.open(tmp_path / "db")
    try:
        api.build(paths=[lists])
        api.build(paths=[other])  # adding: 001's attestations stay
        assert [i["person"] for i in api.who_held(FINANCE, "2022-07-06")] == ["黄继文"]
        rows = api.query("MATCH (a:Attestation) WHERE a.form = $f RETURN a.person AS p", {"f": "signature"})
        assert rows == [{"p": "肖文高"}]
    finally:
        api.close()
