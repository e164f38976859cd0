"""Attestations in the timeline (docs/design.md#tenures), each rule on hand-made events and attestations:
a tenure covers each attested day; an attestation before the recorded start moves the start; one with
no event makes a tenure of status attested; a post attested as held is not vacant that day."""

from __future__ import annotations

from graph_builder.graph.build import graph_from_events
from graph_builder.types import Kind, Precision, TenureStatus
from tests.support import att, d, ev
from tests.support import derived_tenures as tenures

BUREAU = "上海市普陀区水务局局长"  # a principal post
DEPUTY = "上海市普陀区水务局副局长"
STREET = "上海市普陀区人民政府宜川路街道办事处主任"


def one(by, person, post):
    (t,) = by[(person, post)]
    return t


def test_a_tenure_covers_each_attested_day_a_successor_ends_it_no_earlier():
    events = [
        ev("甲", BUREAU, "2022-01-10", doc_number="a"),
        ev("乙", BUREAU, "2022-09-01", doc_number="c"),
    ]
    without = one(tenures(events), "甲", BUREAU)
    assert without.sure_until == d("2022-01-11")  # only the appointment day is certain
    t = one(tenures(events, [att("甲", BUREAU, "2022-06-01")]), "甲", BUREAU)
    assert (t.sure_from, t.sure_until) == (d("2022-01-10"), d("2022-06-02"))
    assert t.tenure.end_inferred
    assert (t.tenure.end.earliest, t.tenure.end.latest) == (d("2022-06-01"), d("2022-09-01"))
    assert len(t.tenure.event_ids) == 3  # the appointment, the attestation, the successor


def test_an_attestation_before_the_first_appointment_moves_the_start():
    events = [ev("甲", DEPUTY, "2022-03-01")]
    t = one(tenures(events, [att("甲", DEPUTY, "2021-05-01")]), "甲", DEPUTY)
    assert t.tenure.start is None  # held before the appointment printed: when it began is not known
    assert t.sure_from == d("2021-05-01")
    assert any("no later than 2021-05-01" in n for n in t.tenure.notes)


def test_an_attestation_inside_an_inferred_start_narrows_it():
    # confirmed 2022-06-29: the appointment was about a year before (2021); listed in post on 2021-11-01
    t = one(
        tenures([ev("朱铮", STREET, "2022-06-29", Kind.CONFIRM)], [att("朱铮", STREET, "2021-11-01")]),
        "朱铮",
        STREET,
    )
    s = t.tenure.start
    assert s.precision is Precision.SPAN and (s.earliest, s.latest) == (d("2021-01-01"), d("2021-11-01"))
    assert t.sure_from == d("2021-11-01")


def test_a_removal_after_attestations_ends_the_attested_tenure():
    events = [ev("甲", DEPUTY, "2023-01-01", Kind.REMOVE)]
    t = one(tenures(events, [att("甲", DEPUTY, "2021-05-01")]), "甲", DEPUTY)
    assert t.tenure.status is TenureStatus.ENDED and t.tenure.start is None
    assert (t.sure_from, t.sure_until) == (d("2021-05-01"), d("2023-01-01"))


def test_attestations_with_no_event_make_a_tenure_known_only_on_their_days():
    listed = [att("黄继文", BUREAU, "2022-06-30", doc_number="x"), att("黄继文", BUREAU, "2022-07-06")]
    t = one(tenures(attested=listed), "黄继文", BUREAU)
    assert t.tenure.status is TenureStatus.ATTESTED
    assert t.tenure.start is None and t.tenure.end is None
    assert (t.sure_from, t.sure_until) == (d("2022-06-30"), d("2022-07-07"))


def test_an_attested_holder_ends_an_earlier_open_tenure_and_a_later_appointment_ends_it():
    by = tenures(
        [ev("甲", BUREAU, "2020-01-01", doc_number="a"), ev("丙", BUREAU, "2023-01-01", doc_number="c")],
        [att("乙", BUREAU, "2022-07-06")],
    )
    first, attested = one(by, "甲", BUREAU), one(by, "乙", BUREAU)
    assert first.tenure.end.latest == d("2022-07-06")  # 乙 held it then: 甲 had left by that day
    assert attested.tenure.end_inferred and attested.tenure.end.latest == d("2023-01-01")
    assert attested.tenure.end.earliest == d("2022-07-06")


def vacant_on(rows, day: str) -> set[str]:
    posts = {r["id"]: r["name"] for r in rows.nodes["Post"]}
    return {posts[r["from"]] for r in rows.rels["VACATED_BY"] if r["vacant_from"] <= day < r["vacant_until"]}


def test_a_post_attested_as_held_is_not_vacant_that_day():
    events = [ev("甲", BUREAU, "2021-01-01", doc_number="a"), ev("甲", BUREAU, "2022-01-01", Kind.REMOVE)]
    rows, _ = graph_from_events(events)
    assert vacant_on(rows, "2022-07-06") == {BUREAU}  # removed, no successor recorded
    rows, _ = graph_from_events(events, attestations=[att("乙", BUREAU, "2022-07-06")])
    assert vacant_on(rows, "2022-07-06") == set()
