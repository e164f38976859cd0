"""Resolution (docs/design.md#identity): organisations, posts and people, with hand-made events."""

from __future__ import annotations

import pytest

from graph_builder.resolve.orgs import expand_query, jurisdiction_levels, resolve_org
from graph_builder.resolve.people import Judgement, Selector, load_judgements
from graph_builder.resolve.resolution import resolve
from graph_builder.types import Kind
from tests.support import ev

PUTUO = ("上海市", "上海市普陀区")


def test_issuer_gives_nested_jurisdictions():
    assert jurisdiction_levels("上海市普陀区人民政府") == PUTUO
    assert jurisdiction_levels("上海市人民政府") == ("上海市",)
    assert jurisdiction_levels("上海市普陀区人民代表大会常务委员会") == PUTUO


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("区科委", "上海市普陀区科学技术委员会"),
        ("区建管委", "上海市普陀区建设和管理委员会"),
        ("宜川街道", "上海市普陀区人民政府宜川路街道办事处"),
        ("普陀区水务局", "上海市普陀区水务局"),
        ("市经信委", "上海市经济和信息化委员会"),
        ("上海市普陀区审计局", "上海市普陀区审计局"),
    ],
)
def test_short_forms_resolve_within_the_issuers_jurisdiction(short, full):
    assert resolve_org(short, PUTUO)[0] == full


def test_district_short_form_depends_on_the_issuer():
    assert resolve_org("区科委", ("上海市", "上海市长宁区"))[0] == "上海市长宁区科学技术委员会"


def test_one_post_however_written():
    res = resolve(
        [
            ev("甲", "上海市普陀区水务局局长", "2024-01-02"),
            ev("甲", "普陀区水务局局长", "2024-06-02", Kind.REMOVE, doc_number="普府〔2024〕9号"),
        ]
    )
    assert len(res.posts) == 1
    (post,) = res.posts.values()
    assert post.name == "上海市普陀区水务局局长" and post.principal
    assert "普陀区水务局局长" in post.aliases


def test_traditional_and_simplified_posts_are_one_post():
    res = resolve(
        [
            ev("甲", "上海市普陀区應急管理局局長", "2024-01-02"),
            ev("甲", "上海市普陀区应急管理局局长", "2024-06-02", Kind.REMOVE, doc_number="普府〔2024〕9号"),
        ]
    )
    assert len(res.posts) == 1
    assert next(iter(res.posts.values())).principal  # 局長 is a principal title in either script


def test_organisations_nest_unit_department_government_district_city():
    res = resolve([ev("吴刚", "上海市普陀区城市管理行政执法局执法大队副大队长", "2024-04-22", Kind.REMOVE)])
    orgs = {o.name: o for o in res.organisations.values()}
    by_id = {o.id: o.name for o in res.organisations.values()}
    chain = []
    o = orgs["上海市普陀区城市管理行政执法局执法大队"]
    while o.parent_id:
        chain.append(by_id[o.parent_id])
        o = res.organisations[o.parent_id]
    assert chain == ["上海市普陀区城市管理行政执法局", "上海市普陀区人民政府", "上海市普陀区", "上海市"]


def _people(res):
    return {p.id: p for p in res.people.values()}


def test_removed_from_the_post_appointed_to_is_one_person_with_a_reason():
    res = resolve(
        [
            ev(
                "朱铮",
                "上海市普陀区人民政府宜川路街道办事处主任",
                "2022-06-29",
                Kind.CONFIRM,
                doc_number="普府〔2022〕44号",
            ),
            ev(
                "朱铮",
                "上海市普陀区人民政府宜川路街道办事处主任",
                "2022-07-15",
                Kind.REMOVE,
                doc_number="普府〔2022〕48号",
            ),
        ]
    )
    (person,) = res.people.values()
    assert any("continuity" in r for r in person.merge_reasons)


def test_one_character_variant_on_the_same_post_is_one_person():
    post = "上海市普陀区科学技术委员会副主任"
    res = resolve(
        [
            ev("顾铖祯", post, "2022-07-15", doc_number="普府〔2022〕48号"),
            ev("顾铖禕", post, "2024-04-22", Kind.REMOVE, doc_number="普府〔2024〕32号"),
        ]
    )
    (person,) = res.people.values()
    assert set(person.names) == {"顾铖祯", "顾铖禕"}
    assert any("one-character variant" in r for r in person.merge_reasons)


def test_one_character_variant_on_different_posts_stays_apart():
    res = resolve(
        [
            ev("顾铖祯", "上海市普陀区科学技术委员会副主任", "2022-07-15", doc_number="a"),
            ev("顾铖禕", "上海市普陀区审计局副局长", "2024-04-22", doc_number="b"),
        ]
    )
    assert len(res.people) == 2


def test_two_namesakes_in_one_list_holding_two_posts_stay_apart():
    res = resolve(
        [
            ev("张军", "上海市普陀区住房保障和房屋管理局局长", "2022-07-15", span=(10, 30)),
            ev("张军", "上海市普陀区应急管理局局长", "2022-07-15", span=(40, 60)),
        ]
    )
    assert len(res.people) == 2
    assert len({p.id for p in res.people.values()}) == 2  # namesakes get distinct ids


def test_one_clause_with_two_posts_is_one_person():
    # 任命林哲为…交通委员会主任、…水务局局长（兼）: the extractor gives overlapping spans
    res = resolve(
        [
            ev("林哲", "上海市普陀区交通委员会主任", "2024-04-22", span=(0, 20)),
            ev("林哲", "上海市普陀区水务局局长", "2024-04-22", span=(0, 35), qualifiers=("concurrent",)),
        ]
    )
    assert len(res.people) == 1


def test_qi_link_joins_appointment_and_removal():
    evidence = (
        "任命郑荣全为上海市普陀区住房保障和房屋管理局副局长，免去其上海市普陀区规划和自然资源局副局长职务"
    )
    res = resolve(
        [
            ev("郑荣全", "上海市普陀区住房保障和房屋管理局副局长", "2024-04-22", span=(5, 30)),
            ev(
                "郑荣全",
                "上海市普陀区规划和自然资源局副局长",
                "2024-04-22",
                Kind.REMOVE,
                span=(5, 52),
                evidence=evidence,
            ),
        ]
    )
    (person,) = res.people.values()
    assert any("one clause" in r for r in person.merge_reasons)


def test_same_name_in_different_jurisdictions_stays_apart():
    res = resolve(
        [
            ev("张军", "上海市普陀区审计局局长", "2022-07-15"),
            ev(
                "张军",
                "上海市长宁区审计局局长",
                "2023-01-15",
                issuer="上海市长宁区人民政府",
                doc_number="长府〔2023〕1号",
            ),
        ]
    )
    assert len(res.people) == 2


def test_traditional_name_is_the_same_name():
    res = resolve(
        [
            ev("張軍", "上海市普陀区审计局局长", "2022-07-15", doc_number="a"),
            ev("张军", "上海市普陀区审计局局长", "2023-07-15", Kind.REMOVE, doc_number="b"),
        ]
    )
    (person,) = res.people.values()
    assert set(person.names) == {"張軍", "张军"}  # kept as printed


def test_judgement_different_overrides_the_rules():
    events = [
        ev("张军", "上海市普陀区审计局局长", "2022-07-15", doc_number="a"),
        ev("张军", "上海市普陀区审计局局长", "2023-07-15", Kind.REMOVE, doc_number="b"),
    ]
    assert len(resolve(events).people) == 1
    j = Judgement(Selector("张军", doc="a"), Selector("张军", doc="b"), "different", "two men, checked")
    assert len(resolve(events, [j]).people) == 2


def test_judgement_same_overrides_evidence_against():
    events = [
        ev("张军", "上海市普陀区住房保障和房屋管理局局长", "2022-07-15", span=(10, 30)),
        ev("张军", "上海市普陀区应急管理局局长", "2022-07-15", span=(40, 60)),
    ]
    j = Judgement(
        Selector("张军", post="房屋管理局"), Selector("张军", post="应急管理局"), "same", "a typo in the list"
    )
    (person,) = resolve(events, [j]).people.values()
    assert any("analyst judgement" in r and "a typo in the list" in r for r in person.merge_reasons)


def test_judgements_file_is_read_and_checked(tmp_path):
    f = tmp_path / "judgements.yaml"
    f.write_text(
        "- a: {name: 顾铖祯}\n  b: {name: 顾铖禕, post: 审计局}\n"
        "  judgement: unsure\n  note: ask the district\n",
        encoding="utf-8",
    )
    (j,) = load_judgements(f)
    assert j.verdict == "unsure" and j.b.post == "审计局"
    f.write_text("- a: 甲\n  b: 乙\n  judgement: maybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'maybe'"):
        load_judgements(f)


def test_unsure_judgement_is_recorded_without_merging():
    events = [
        ev("顾铖祯", "上海市普陀区科学技术委员会副主任", "2022-07-15", doc_number="a"),
        ev("顾铖禕", "上海市普陀区审计局局长", "2024-04-22", doc_number="b"),
    ]
    res = resolve(events, [Judgement(Selector("顾铖祯"), Selector("顾铖禕"), "unsure", "ask")])
    assert len(res.people) == 2
    assert any("unsure" in r for p in res.people.values() for r in p.merge_reasons)


def test_user_text_expands_short_forms():
    assert "区科学技术委员会副主任" in expand_query("区科委副主任")
    assert "上海市普陀区人民政府宜川路街道办事处主任" in expand_query("宜川街道主任")
