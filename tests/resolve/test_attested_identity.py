"""Attestations and identity (docs/design.md#identity): namesakes in one list are two people, one
post attested across documents and issuers is one career, levels join only on evidence, and an
analyst's judgement undoes or forces a merge."""

from __future__ import annotations

from graph_builder.resolve.people import Judgement, Selector
from graph_builder.resolve.resolution import resolve
from graph_builder.types import Kind
from tests.support import att, ev

CITY = "上海市人民政府"


def people_of(res, name: str) -> dict[str, set[str]]:
    """Person id → the posts of the mentions of ``name``."""
    out: dict[str, set[str]] = {}
    for m in res.mentions:
        if m.event.person == name:
            out.setdefault(res.event_person[m.event_id], set()).add(m.post)
    return out


def test_one_name_in_two_posts_of_one_list_is_two_people():
    res = resolve(
        [],
        (),
        [
            att("张军", "区房管局局长", "2022-07-06", span=(10, 20)),
            att("张军", "区应急局局长", "2022-07-06", span=(90, 100)),
        ],
    )
    assert sorted(people_of(res, "张军").values()) == [
        {"上海市普陀区住房保障和房屋管理局局长"},
        {"上海市普陀区应急管理局局长"},
    ]


def test_one_post_attested_in_two_documents_and_years_is_one_career():
    res = resolve(
        [ev("李刚", "上海市普陀区商务委员会主任", "2024-02-01", Kind.REMOVE, doc_number="普府〔2024〕3号")],
        (),
        [
            att("李刚", "区商务委主任", "2022-06-30", doc="a.txt", doc_number="普府办〔2022〕18号"),
            att("李刚", "区商务委主任", "2023-03-01", doc="b.txt", doc_number="普府办〔2023〕4号"),
        ],
    )
    (posts,) = people_of(res, "李刚").values()
    assert posts == {"上海市普陀区商务委员会主任"}


def city_and_district():
    """A city's list naming a district's head, and the district's own appointment of him."""
    return (
        [ev("肖文高", "上海市普陀区人民政府区长", "2021-02-01", doc_number="普府〔2021〕1号")],
        [
            att(
                "肖文高",
                "上海市普陀区人民政府区长",
                "2022-05-01",
                doc="city.txt",
                doc_number="沪府办〔2022〕8号",
                issuer=CITY,
            )
        ],
    )


def test_the_same_post_attested_by_another_level_joins_with_its_reason():
    events, attested = city_and_district()
    res = resolve(events, (), attested)
    (pid,) = people_of(res, "肖文高")
    assert any("attested in the same post" in r for r in res.people[pid].merge_reasons)


def test_a_name_at_two_levels_in_two_posts_is_not_joined_without_evidence():
    district = [ev("王五", "上海市普陀区人民政府区长", "2021-02-01")]
    city = [att("王五", "副市长", "2023-05-01", doc="city.txt", doc_number="沪府办〔2023〕2号", issuer=CITY)]
    assert len(people_of(resolve(district, (), city), "王五")) == 2
    promoted = Judgement(Selector("王五", post="区长"), Selector("王五", post="副市长"), "same", "promoted")
    assert len(people_of(resolve(district, [promoted], city), "王五")) == 1


def test_a_judgement_undoes_an_attested_merge():
    events, attested = city_and_district()
    city, district = Selector("肖文高", doc="沪府办〔2022〕8号"), Selector("肖文高", doc="普府〔2021〕1号")
    apart = Judgement(city, district, "different")
    res = resolve(events, [apart], attested)
    assert len(people_of(res, "肖文高")) == 2
