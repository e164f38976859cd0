"""Answers a user can trust: stated uncertainty, ambiguous input asked back, merges shown, and each
tenure's predecessor and successor (the API, on both stores and on the seed gazettes)."""

from __future__ import annotations

import pytest

from graph_builder.graph.api import Ambiguous, NotFound, Renmian
from graph_builder.graph.wording import note_text
from graph_builder.store.schema import MAX_DATE
from tests.support import SAMPLES, empty_api, ev

AUDIT = "上海市静安区审计局局长"
DEPUTY = "上海市静安区审计局副局长"
STREET = "上海市静安区人民政府江宁路街道办事处主任"
JINGAN = "上海市静安区人民政府"


def jingan_events():
    """A bureau head removed in a quarterly list (dated only to the quarter), a successor appointed in
    a month, a deputy beside them, and a street office head."""
    bulletin = {"doc": "bulletin.txt", "doc_number": None, "notice": "二〇二三年四月~六月份人事任免事项"}
    return [
        ev("甲", AUDIT, "2020-03-01", doc_number="静府〔2020〕3号", issuer=JINGAN, span=(0, 10)),
        ev("甲", AUDIT, "2023-04/2023-06", "remove", issuer=JINGAN, span=(0, 10), **bulletin),
        ev("乙", AUDIT, "2023-09", doc="month.txt", doc_number="静府〔2023〕9号", issuer=JINGAN, span=(5, 9)),
        ev("丙", DEPUTY, "2021-05-06", doc_number="静府〔2021〕5号", issuer=JINGAN, span=(20, 30)),
        ev("丁", STREET, "2023-01-05", doc_number="静府〔2023〕1号", issuer=JINGAN, span=(40, 50)),
    ]


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def jingan(request, tmp_path_factory):
    """The events above built on each store in turn (Neo4j: the session's test server, emptied first)."""
    api = empty_api(request, tmp_path_factory, "jingan")
    api.build(events=jingan_events())
    yield api
    api.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    api = Renmian.open(tmp_path_factory.mktemp("answer_seeds") / "db")
    assert api.build(paths=[SAMPLES])["errors"] == []
    yield api
    api.close()


def vacancy_on(api: Renmian, day: str) -> list[tuple[str, str, str]]:
    return [(v["post"], v["last_holder"], v["certainty"]) for v in api.vacancies(day)]


# ---- uncertainty stated


def test_a_post_whose_removal_is_dated_to_a_quarter_is_possibly_vacant_within_it(jingan):
    # 甲 removed some day of 2023-04…06: on 05-01 he may still hold it; from 07-01 it is empty for sure
    # until 乙's month of appointment (2023-09), in which it is possibly empty; from 10-01 乙 holds it.
    assert vacancy_on(jingan, "2023-03-31") == []
    assert vacancy_on(jingan, "2023-05-01") == [(AUDIT, "甲", "possibly")]
    assert vacancy_on(jingan, "2023-07-01") == [(AUDIT, "甲", "certainly")]
    assert vacancy_on(jingan, "2023-09-15") == [(AUDIT, "甲", "possibly")]
    assert vacancy_on(jingan, "2023-10-01") == []
    (held,) = jingan.who_held(AUDIT, "2023-05-01")
    assert (held["person"], held["certainty"]) == ("甲", "possibly")  # the two answers agree


def test_vacancies_on_2023_05_01_name_the_possible_ones_in_the_seeds(seeds):
    # the 2023 Q2 list of 长宁区 (data/samples/004) removes 王炜, 施彧 and 沈群慧 some day of April–June
    assert set(vacancy_on(seeds, "2023-05-01")) == {
        ("上海市长宁区新泾镇人民政府镇长", "王炜", "possibly"),
        ("上海市长宁区知识产权局局长", "施彧", "possibly"),
        ("上海市长宁区虹桥、中山公园地区功能拓展办公室主任", "沈群慧", "possibly"),
    }
    assert ("上海市长宁区新泾镇人民政府镇长", "王炜", "certainly") in vacancy_on(seeds, "2024-05-01")


def test_a_proposed_removal_reads_as_proposed_never_as_current(seeds):
    # 普府〔2024〕31号 (2024-04-22): 提请免去杨剑的上海市普陀区审计局局长职务; no decision in the samples
    for day in ("2024-05-01", "2026-12-01"):
        yang = next(i for i in seeds.who_held("上海市普陀区审计局局长", day) if i["person"] == "杨剑")
        assert yang["end"] is None and yang["pending"] == "remove" and yang["certainty"] == "possibly"
        assert "removal proposed 2024-04-22 (普府〔2024〕31号), no decision seen" in yang["note"]
        assert (yang["sure_from"], yang["sure_until"]) == ("2024-04-22", "2024-04-23")
    assert note_text(yang["uncertainty"][-1:], "zh") == "2024-04-22（普府〔2024〕31号）提请免职，未见决定"
    assert "start not recorded" in yang["note"]  # and why the start is blank


def test_an_inferred_start_prints_at_its_precision_in_every_answer(seeds):
    # 普府〔2022〕44号 (2022-06-29): 董锐同志按期正式任…建设和管理委员会副主任: appointed about a year before
    dong = next(i for i in seeds.succession("上海市普陀区建设和管理委员会副主任") if i["person"] == "董锐")
    assert dong["start"] == "2021" and dong["start_inferred"]
    why = "start 2021 inferred: about a year before confirmation 2022-06-29 (普府〔2022〕44号)"
    assert why in dong["note"]
    assert dong["sure_from"] == "2022-06-29"  # only the confirmation shows him in post
    # 潘浩 (start unknown) overlapped 董锐 there: the overlap starts at 董锐's start, as printed
    (colleague,) = [c for c in seeds.colleagues("潘浩") if c["person"] == "董锐"]
    assert colleague["start"] == "2021"


# ---- ambiguous input asks


def test_a_fragment_naming_several_people_lists_them(seeds):
    with pytest.raises(Ambiguous) as caught:
        seeds.career("张")
    names = {c["name"] for c in caught.value.candidates}
    # 张又元 (000: 免去张又元的…住房保障和房屋管理局副局长), 张旻 and 张磊 (001: 按期正式任)
    assert {"张又元", "张旻", "张磊"} <= names
    zhang = next(c for c in caught.value.candidates if c["name"] == "张旻")
    assert zhang["posts"] == ["上海市普陀区规划和自然资源局副局长"] and zhang["id"].startswith("per_")
    assert seeds.career(zhang["id"])[0]["person"] == "张旻"  # a candidate's id answers for that one


def test_a_title_fragment_asks_and_never_answers_for_deputies(seeds, jingan):
    with pytest.raises(Ambiguous) as caught:
        seeds.who_held("局长", "2024-05-01")
    posts = [c["name"] for c in caught.value.candidates]
    assert "上海市普陀区审计局局长" in posts and not any("副局长" in p for p in posts)
    # one 局长 post in 静安: the fragment names it, not the 副局长 post beside it
    assert [i["person"] for i in jingan.who_held("局长", "2022-01-01")] == ["甲"]
    assert [i["person"] for i in jingan.who_held("副局长", "2022-01-01")] == ["丙"]


def test_usual_short_forms_of_posts_resolve(jingan):
    assert [i["person"] for i in jingan.who_held("审计局长", "2022-01-01")] == ["甲"]
    assert [i["person"] for i in jingan.who_held("静安区审计局长", "2022-01-01")] == ["甲"]
    assert [i["person"] for i in jingan.who_held("审计副局长", "2022-01-01")] == ["丙"]
    assert [i["person"] for i in jingan.who_held("江宁路街道主任", "2023-02-01")] == ["丁"]


def test_a_near_miss_suggests_the_name_meant(seeds):
    with pytest.raises(NotFound) as caught:
        seeds.who_held("宜川路街道办事处主仼", "2022-07-14")  # 仼 for 任
    assert caught.value.suggestions == ["上海市普陀区人民政府宜川路街道办事处主任"]
    assert "did you mean 上海市普陀区人民政府宜川路街道办事处主任" in str(caught.value)
    with pytest.raises(NotFound) as caught:
        seeds.career("顾铖桢")  # 桢 for 祯
    assert caught.value.suggestions == ["顾铖禕"]
    with pytest.raises(NotFound) as caught:
        seeds.career("无名氏")
    assert caught.value.suggestions == []


# ---- aliases and merge reasons


def test_career_shows_the_printed_forms_and_why_they_were_joined(seeds):
    # 001: 任命顾铖祯同志为…科学技术委员会副主任; 000: 免去顾铖禕的…科学技术委员会副主任职务
    career = seeds.career("顾铖祯")
    assert {i["person"] for i in career} == {"顾铖禕"}
    for item in career:
        assert set(item["person_names"]) == {"顾铖祯", "顾铖禕"}
        assert any("one-character variant" in r for r in item["merge_reasons"])
    who = seeds.person("顾铖祯")
    assert who["person_names"] == career[0]["person_names"]
    assert who["judgements"] == str(seeds.data_dir / "judgements.yaml")


def test_person_on_both_stores(jingan):
    who = jingan.person("甲")
    assert (who["person"], who["person_names"]) == ("甲", ["甲"])


# ---- neighbours


def test_each_tenure_names_whom_it_replaced_and_who_replaced_it(seeds, jingan):
    # 普府〔2022〕48号: 任命汤旻…宜川路街道办事处主任; 免去朱铮…宜川路街道办事处主任职务
    zhu, tang = seeds.succession("宜川路街道办事处主任")
    assert (zhu["person"], zhu["replaces"], zhu["replaced_by"]["person"]) == ("朱铮", None, "汤旻")
    assert (tang["person"], tang["replaces"]["person"], tang["replaced_by"]) == ("汤旻", "朱铮", None)
    # 普府〔2024〕32号: 任命林哲为…交通委员会主任; 免去王庆滨的…交通委员会主任
    (lin,) = seeds.who_held("上海市普陀区交通委员会主任", "2024-05-01")
    assert lin["replaces"]["person"] == "王庆滨"
    career = {i["post"]: i for i in seeds.career("林哲")}
    assert career["上海市普陀区交通委员会主任"]["replaces"]["person"] == "王庆滨"
    # 乙 followed 甲 in 静安; 丙, a deputy beside them, replaced nobody
    (yi,) = jingan.who_held(AUDIT, "2023-12-01")
    assert (yi["replaces"]["person"], jingan.who_held(DEPUTY, "2023-12-01")[0]["replaces"]) == ("甲", None)


def test_vacancy_spans_end_at_the_calendar(jingan):
    rows = jingan.query("MATCH (:Post)-[v:VACATED_BY]->(:Person) RETURN v.vacant_until AS u, v.certain AS c")
    assert sorted((r["u"], r["c"]) for r in rows) == [
        ("2023-06-30", False),
        ("2023-09-01", True),
        ("2023-09-30", False),
    ]
    assert MAX_DATE not in {r["u"] for r in rows}
