"""The Python API on a real embedded store: every named query on hand-made documents, the questions
of docs/design.md#questions on the seed gazettes, user input forms, read-only queries and exports."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from graph_builder.graph.api import QUERY_NAMES, Renmian, named_query
from graph_builder.store import ReadOnlyError
from graph_builder.types import Kind
from tests.support import SAMPLES, empty_api, ev

STREET = "上海市普陀区人民政府宜川路街道办事处主任"
AUDIT = "上海市普陀区审计局局长"
SCITECH = "上海市普陀区科学技术委员会副主任"


def scenario():
    """Four hand-written notices of one district and one from another, in traditional script."""
    n44 = {"doc": "gazette-2022.txt", "doc_number": "普府〔2022〕44号"}
    n48 = {"doc": "gazette-2022.txt", "doc_number": "普府〔2022〕48号"}
    n31 = {"doc": "gazette-2024.txt", "doc_number": "普府〔2024〕31号"}
    n32 = {"doc": "gazette-2024.txt", "doc_number": "普府〔2024〕32号"}
    qi = "任命潘浩同志为上海市普陀区人民政府办公室副主任，免去其上海市普陀区建设和管理委员会副主任职务"
    return [
        ev("朱铮", STREET, "2022-06-29", Kind.CONFIRM, span=(100, 130), **n44),
        ev("董锐", "上海市普陀区建设和管理委员会副主任", "2022-06-29", Kind.CONFIRM, span=(140, 170), **n44),
        ev("张军", "上海市普陀区住房保障和房屋管理局局长", "2022-06-29", span=(180, 200), **n44),
        ev("张军", "上海市普陀区应急管理局局长", "2022-06-29", span=(210, 230), **n44),
        ev("汤旻", STREET, "2022-07-15", span=(300, 330), **n48),
        ev("潘浩", "上海市普陀区人民政府办公室副主任", "2022-07-15", span=(340, 370), **n48),
        ev(
            "潘浩",
            "上海市普陀区建设和管理委员会副主任",
            "2022-07-15",
            Kind.REMOVE,
            span=(340, 400),
            evidence=qi,
            **n48,
        ),
        ev("顾铖祯", SCITECH, "2022-07-15", span=(410, 430), **n48),
        ev("朱铮", STREET, "2022-07-15", Kind.REMOVE, span=(440, 470), **n48),
        ev("顾铖禕", AUDIT, "2024-04-22", Kind.NOMINATE_APPOINT, span=(10, 30), **n31),
        ev("杨剑", AUDIT, "2024-04-22", Kind.NOMINATE_REMOVE, span=(40, 60), **n31),
        ev("林哲", "上海市普陀区交通委员会主任", "2024-04-22", span=(100, 120), **n32),
        ev(
            "林哲", "上海市普陀区水务局局长", "2024-04-22", span=(100, 140), qualifiers=("concurrent",), **n32
        ),
        ev("王庆滨", "上海市普陀区交通委员会主任", "2024-04-22", Kind.REMOVE, span=(150, 170), **n32),
        ev("顾铖禕", SCITECH, "2024-04-22", Kind.REMOVE, span=(180, 200), **n32),
        ev("王五", "上海市普陀区民政局局长", "2024-04-22", Kind.REMOVE, span=(210, 230), **n32),
        ev(
            "李薇娜",
            "上海市長寧區司法局局長",
            "2023-05-04",
            doc="changning.txt",
            doc_number="長府〔2023〕5號",
            issuer="上海市長寧區人民政府",
            span=(5, 25),
        ),
    ]


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def world(request, tmp_path_factory):
    """The scenario built on each store in turn (Neo4j: the session's test server, emptied first)."""
    api = empty_api(request, tmp_path_factory, "world")
    api.build(events=scenario())
    yield api
    api.close()


def names(items):
    return [i["person"] for i in items]


def docs(item):
    return {s["doc_number"] for s in item["sources"]}


def check_named_queries(api: Renmian) -> None:
    """Every named query on the scenario; shared with tests/test_neo4j.py so both stores answer alike."""
    # who_held: certainly / possibly, with the documents behind both ends; a short post name works
    (before,) = api.who_held("宜川路街道办事处主任", "2022-07-14")
    assert before["person"] == "朱铮" and before["certainty"] == "certainly"
    assert docs(before) == {"普府〔2022〕44号", "普府〔2022〕48号"}
    assert before["start"] == "2021" and before["start_inferred"] and before["end"] == "2022-07-15"
    (after,) = api.who_held(STREET, "2022-07-15")
    assert after["person"] == "汤旻" and after["certainty"] == "certainly"
    (yang,) = api.who_held("普陀区审计局局长", "2024-03-01")
    assert yang["person"] == "杨剑" and yang["certainty"] == "possibly" and yang["pending"] == "remove"
    assert api.who_held("上海市普陀区民政局局长", "2024-05-01") == []
    # career: a fragment or traditional script finds the person; 兼 and nomination shown
    career = {i["post"]: i for i in api.career("林哲")}
    assert set(career) == {"上海市普陀区交通委员会主任", "上海市普陀区水务局局长"}
    assert career["上海市普陀区水务局局长"]["concurrent"]
    gu = api.career("顧鋮禕")
    assert {i["person_id"] for i in gu} == {gu[0]["person_id"]}  # 顾铖祯 / 顾铖禕: one person
    assert {i["post"]: i["status"] for i in gu} == {SCITECH: "ended", AUDIT: "nominated"}
    assert len({i["person_id"] for i in api.career("张军")}) == 2  # namesakes kept apart
    # succession
    assert names(api.succession("宜川路街道办事处主任")) == ["朱铮", "汤旻"]
    # vacancies: removed with no successor; since when; filtered by organisation text
    (vac,) = api.vacancies("2024-05-01", org="普陀区")
    assert (vac["post"], vac["since"], vac["last_holder"]) == ("上海市普陀区民政局局长", "2024-04-22", "王五")
    assert docs(vac) == {"普府〔2024〕32号"}
    assert api.vacancies("2024-04-21", org="普陀区") == []
    assert api.vacancies("2024-05-01", org="长宁区") == []
    # colleagues: same organisation, overlapping times
    assert names(api.colleagues("潘浩")) == ["董锐"]
    # search in either script, with posts to tell namesakes apart
    found = api.search("顧鋮")
    assert [(f["type"], f["name"]) for f in found] == [("person", "顾铖禕")]
    assert set(found[0]["posts"]) == {SCITECH, AUDIT}
    assert ("post", "上海市長寧區司法局局長") in [(f["type"], f["name"]) for f in api.search("长宁区司法局")]
    # events of a document, by 文号 or file name
    assert len(api.events_of_document("普府〔2022〕48号")) == 5
    assert len(api.events_of_document("gazette-2024.txt")) == 7
    # a user's Cypher: reads pass, writes are refused and change nothing
    rows = api.query("MATCH (p:Post) WHERE p.key CONTAINS $q RETURN p.name AS name", {"q": "审计局"})
    assert rows == [{"name": AUDIT}]
    with pytest.raises(ReadOnlyError):
        api.query("MATCH (p:Post) SET p.name = 'x'")
    assert api.query("MATCH (p:Post) WHERE p.name = 'x' RETURN count(p) AS n") == [{"n": 0}]


def test_named_queries_on_both_stores(world):
    check_named_queries(world)


def test_tenures_come_oldest_first_on_both_stores(world):
    """who_held and career list several tenures in one order on every store: by start (an unknown
    start first), then the tenure id for who_held, the post's name for career."""
    assert names(world.who_held(AUDIT, "2024-05-01")) == ["杨剑", "顾铖禕"]  # start unknown, then 2024-04-22
    deputy = "上海市普陀区建设和管理委员会副主任"
    for day in ("2021-01-01", "2022-07-14"):
        assert names(world.who_held(deputy, day)) == ["潘浩", "董锐"]
    assert [i["post"] for i in world.career("顾铖禕")] == [SCITECH, AUDIT]
    assert [i["post"] for i in world.career("潘浩")] == [deputy, "上海市普陀区人民政府办公室副主任"]
    lin = ["上海市普陀区交通委员会主任", "上海市普陀区水务局局长"]  # the same day: by post name
    assert [i["post"] for i in world.career("林哲")] == lin


def test_every_named_query_file_exists_and_uses_parameters_only():
    for name in QUERY_NAMES:
        code = "\n".join(line for line in named_query(name).splitlines() if not line.startswith("//"))
        assert "$" in code
        # no literal values other than the fixed vocabulary and the empty string
        for literal in ("'nominated'", "''", "'person'", "'post'", "'organisation'"):
            code = code.replace(literal, "")
        assert "'" not in code, name


def test_who_held_on_a_bad_date_names_it(world):
    with pytest.raises(ValueError, match="2024-13-01"):
        world.who_held(STREET, "2024-13-01")


def test_unknown_post_and_name_are_named(world):
    with pytest.raises(LookupError, match="不存在的局局长"):
        world.succession("不存在的局局长")
    with pytest.raises(LookupError, match="无名氏"):
        world.career("无名氏")


def test_ids_are_accepted_wherever_a_name_is(world):
    # 张军 names two people (namesakes in two posts): the id picks one, the name answers for both
    both = world.career("张军")
    one = both[0]["person_id"]
    assert world.career(one) == [i for i in both if i["person_id"] == one]
    assert {c["colleague_of"] for c in world.colleagues(one)} <= {one}
    street = world.post_ids(STREET)[0]
    assert world.succession(street) == world.succession(STREET)
    assert names(world.who_held(street, "2022-07-14")) == ["朱铮"]
    with pytest.raises(LookupError):
        world.career("per_0000000000000000")  # the form of an id, but no such person


def test_probation_status_on_a_date_lasts_about_a_year(tmp_path):
    api = Renmian.open(tmp_path / "db")
    api.build(events=[ev("屈强", "上海市普陀区行政学院副院长", "2024-04-22", qualifiers=("probation_1y",))])
    assert api.who_held("上海市普陀区行政学院副院长", "2024-06-01")[0]["status"] == "probation"
    assert api.who_held("上海市普陀区行政学院副院长", "2025-05-01")[0]["status"] == "formal"
    assert api.career("屈强", as_of="2024-05-01")[0]["status"] == "probation"
    api.close()


def test_overview_and_documents(world):
    ov = world.overview()
    assert ov["counts"]["events"] == len(scenario())
    assert {"issuer": "上海市普陀区人民政府", "year": "2022", "events": 9} in ov["by_issuer_year"]
    assert ov["latest"][0]["date"] == "2024-04-22"
    assert any(w["warning"] == "inferred date" and w["person"] == "朱铮" for w in ov["warnings"])
    assert any(m["person"] == "顾铖禕" for m in ov["merges"])
    files = {d["path"]: d for d in world.documents()}
    assert {n["doc_number"] for n in files["gazette-2022.txt"]["notices"]} == {
        "普府〔2022〕44号",
        "普府〔2022〕48号",
    }


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "jsonl", "neo4j-csv"])
def test_exports(world, tmp_path, fmt):
    out = world.export(fmt, tmp_path / f"g.{fmt}")
    people = 0
    if fmt == "graphml":
        g = nx.read_graphml(out)
        people = sum(1 for _, a in g.nodes(data=True) if a["type"] == "Person")
    elif fmt == "gexf":
        g = nx.read_gexf(out)
        people = sum(1 for _, a in g.nodes(data=True) if a.get("type") == "Person")
    elif fmt == "jsonl":
        lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        people = sum(1 for x in lines if x.get("label") == "Person")
        assert any(x.get("type") == "HELD" for x in lines)
    else:
        header = next(csv.reader((out / "Person_header.csv").open(encoding="utf-8")))
        assert header[0] == "id:ID" and header[-1] == ":LABEL" and "names:string[]" in header
        held = next(csv.reader((out / "HELD_header.csv").open(encoding="utf-8")))
        assert held[:2] == [":START_ID", ":END_ID"] and held[-1] == ":TYPE"
        people = sum(1 for _ in csv.reader((out / "Person.csv").open(encoding="utf-8")))
        assert "neo4j-admin database import full" in (out / "import.sh").read_text(encoding="utf-8")
    assert people == len(world.query("MATCH (x:Person) RETURN x.id AS id"))


def test_unknown_export_format_is_named(world, tmp_path):
    with pytest.raises(ValueError, match="'svg'"):
        world.export("svg", tmp_path / "x")


# ---- docs/design.md#questions on the seed gazettes (expected answers read from the documents themselves)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    api = Renmian.open(tmp_path_factory.mktemp("seeds") / "db")
    report = api.build(paths=[SAMPLES])
    assert report["errors"] == []
    yield api
    api.close()


def test_seed_q1_who_was_audit_director_on_2024_03_01(seeds):
    # 普府〔2024〕31号 (2024-04-22) proposes removing 杨剑 as 审计局局长: he held it then; no start recorded.
    (item,) = seeds.who_held("上海市普陀区审计局局长", "2024-03-01")
    assert item["person"] == "杨剑" and item["certainty"] == "possibly"
    assert docs(item) == {"普府〔2024〕31号"}
    assert item["sources"][0]["evidence"].startswith("提请免去杨剑")


def test_seed_q2_career_of_lin_zhe(seeds):
    # 普府〔2024〕32号: 交通委员会主任 and 水务局局长（兼）; 普府〔2024〕31号: nominated 建设和管理委员会主任.
    career = {i["post"]: i for i in seeds.career("林哲")}
    assert career["上海市普陀区交通委员会主任"]["start"] == "2024-04-22"
    assert career["上海市普陀区水务局局长"]["concurrent"]
    assert career["上海市普陀区建设和管理委员会主任"]["status"] == "nominated"
    assert all(i["sources"] and i["sources"][0]["evidence"] for i in career.values())


def test_seed_q3_succession_of_yichuan_road_street_office(seeds):
    # 普府〔2022〕44号 (2022-06-29): 朱铮 按期正式任;
    # 普府办〔2022〕20号 (2022-07-06): "朱 铮 宜川街道主任" in a working group's list (an attestation);
    # 普府〔2022〕48号 (2022-07-15): 汤旻 appointed, 朱铮 removed.
    chain = seeds.succession("宜川路街道办事处主任")
    assert [(i["person"], i["end"]) for i in chain] == [("朱铮", "2022-07-15"), ("汤旻", None)]
    assert docs(chain[0]) == {"普府〔2022〕44号", "普府办〔2022〕20号", "普府〔2022〕48号"}
    assert docs(chain[1]) == {"普府〔2022〕48号"}
    assert seeds.who_held("宜川路街道办事处主任", "2022-07-14")[0]["person"] == "朱铮"
    assert seeds.who_held("宜川路街道办事处主任", "2022-07-15")[0]["person"] == "汤旻"


def test_seed_q4_vacancies_on_2024_05_01(seeds):
    # In 普陀区 every principal post whose holder was removed got a successor the same day (林哲 for
    # 交通委 and 水务局); 审计局 and 建管委 removals are only proposed. In 长宁区 the 2023 Q2 list removes
    # 王炜 (新泾镇镇长), 施彧 (知识产权局局长) and 沈群慧 (功能拓展办公室主任) with no successor recorded.
    assert seeds.vacancies("2024-05-01", org="普陀区") == []
    vac = {i["post"]: i for i in seeds.vacancies("2024-05-01")}
    assert set(vac) == {
        "上海市长宁区新泾镇人民政府镇长",
        "上海市长宁区知识产权局局长",
        "上海市长宁区虹桥、中山公园地区功能拓展办公室主任",
    }
    assert vac["上海市长宁区新泾镇人民政府镇长"]["since"] == "2023-04/2023-06"


def test_seed_q5_colleagues_of_pan_hao(seeds):
    # 潘浩 left 建管委副主任 on 2022-07-15; 董锐 was confirmed 建管委副主任 on 2022-06-29 and 王庆滨 was
    # 建管委主任 (in post on 2024-04-22, start unknown); 杨岳 joined 桃浦办 only on 2022-07-15. 李梅 is
    # listed as 区建管委副主任 in 普府办〔2022〕18号 (2022-06-30) and 20号 (2022-07-06): attested then.
    assert set(names(seeds.colleagues("潘浩"))) == {"董锐", "王庆滨", "李梅"}


def test_seed_q6_users_cypher(seeds):
    rows = seeds.query(
        "MATCH (x:Person)-[h:HELD]->(p:Post {id: $post}) RETURN x.name AS name ORDER BY name",
        {"post": seeds.post_ids("上海市普陀区水务局局长")[0]},
    )
    assert rows == [{"name": "林哲"}, {"name": "王庆滨"}]


def test_seed_ocr_variant_is_one_person(seeds):
    (person,) = [f for f in seeds.search("顾铖") if f["type"] == "person"]
    assert set(person["posts"]) == {SCITECH, AUDIT}
