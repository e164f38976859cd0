"""Tenures from events: each rule of docs/design.md#tenures, with hand-made events."""

from __future__ import annotations

from graph_builder.resolve.timeline import MAX_DAY
from graph_builder.types import Kind, Precision, TenureStatus
from tests.support import d, derived_tenures, ev

BUREAU = "上海市普陀区水务局局长"  # a principal post
DEPUTY = "上海市普陀区水务局副局长"
STREET = "上海市普陀区人民政府宜川路街道办事处主任"


def tenures(*events):
    """(person name, post name) → list of Derived, in start order."""
    return derived_tenures(events)


def one(by, person, post):
    (t,) = by[(person, post)]
    return t


def test_appointment_starts_and_removal_ends():
    by = tenures(
        ev("甲", DEPUTY, "2022-03-01", doc_number="a"),
        ev("甲", DEPUTY, "2023-05-10", Kind.REMOVE, doc_number="b"),
    )
    t = one(by, "甲", DEPUTY)
    assert t.tenure.start.earliest == d("2022-03-01") and t.tenure.end.earliest == d("2023-05-10")
    assert t.tenure.status is TenureStatus.ENDED
    assert (t.sure_from, t.sure_until) == (d("2022-03-01"), d("2023-05-10"))
    assert len(t.tenure.event_ids) == 2  # both ends cite their events


def test_probation_until_confirmed():
    by = tenures(ev("甲", DEPUTY, "2022-03-01", qualifiers=("probation_1y",)))
    t = one(by, "甲", DEPUTY)
    assert t.tenure.status is TenureStatus.PROBATION and t.probation_until == d("2023-03-01")
    by = tenures(
        ev("甲", DEPUTY, "2022-03-01", qualifiers=("probation_1y",), doc_number="a"),
        ev("甲", DEPUTY, "2023-03-02", Kind.CONFIRM, doc_number="b"),
    )
    t = one(by, "甲", DEPUTY)
    assert t.tenure.status is TenureStatus.FORMAL and t.probation_until is None
    assert not t.tenure.start_inferred and t.tenure.start.earliest == d("2022-03-01")


def test_confirmation_without_appointment_infers_a_year_earlier_start():
    t = one(tenures(ev("朱铮", STREET, "2022-06-29", Kind.CONFIRM)), "朱铮", STREET)
    assert t.tenure.start_inferred and t.tenure.start.precision is Precision.YEAR
    assert t.tenure.start.earliest.year == 2021
    assert t.tenure.status is TenureStatus.FORMAL
    assert t.sure_from == d("2022-06-29")  # an inferred start never makes anything certain
    assert any("inferred" in n for n in t.tenure.notes)


def test_nomination_is_pending_and_changes_no_tenure():
    by = tenures(
        ev("王庆滨", BUREAU, "2020-01-10", doc_number="a"),
        ev("林哲", BUREAU, "2024-04-22", Kind.NOMINATE_APPOINT, doc_number="b"),
        ev("王庆滨", BUREAU, "2024-04-22", Kind.NOMINATE_REMOVE, doc_number="b"),
    )
    nominee = one(by, "林哲", BUREAU)
    assert nominee.tenure.status is TenureStatus.NOMINATED and nominee.tenure.start is None
    assert nominee.pending == "appoint" and nominee.pending_since == d("2024-04-22")
    holder = one(by, "王庆滨", BUREAU)
    assert holder.tenure.end is None and holder.pending == "remove"  # still in post until decided
    assert holder.tenure.status is TenureStatus.FORMAL


def test_nominated_then_appointed_is_one_tenure():
    by = tenures(
        ev("林哲", BUREAU, "2024-04-22", Kind.NOMINATE_APPOINT, doc_number="a"),
        ev("林哲", BUREAU, "2024-05-20", doc_number="b"),
    )
    t = one(by, "林哲", BUREAU)
    assert t.tenure.status is TenureStatus.FORMAL and t.tenure.start.earliest == d("2024-05-20")
    assert t.pending == ""


def test_proposed_removal_with_no_appointment_seen_shows_holding_on_that_day():
    t = one(tenures(ev("杨剑", BUREAU, "2024-04-22", Kind.NOMINATE_REMOVE)), "杨剑", BUREAU)
    assert t.tenure.start is None and t.tenure.end is None
    assert (t.sure_from, t.sure_until) == (d("2024-04-22"), d("2024-04-23"))


def test_concurrent_post_does_not_end_the_main_post():
    by = tenures(
        ev("林哲", "上海市普陀区交通委员会主任", "2024-04-22", span=(0, 20)),
        ev("林哲", BUREAU, "2024-04-22", span=(0, 35), qualifiers=("concurrent",)),
    )
    main, extra = one(by, "林哲", "上海市普陀区交通委员会主任"), one(by, "林哲", BUREAU)
    assert extra.tenure.concurrent and not main.tenure.concurrent
    assert main.tenure.end is None and extra.tenure.end is None


def test_new_principal_holder_ends_the_previous_no_later_than_the_appointment():
    by = tenures(
        ev("甲", BUREAU, "2020-01-10", doc_number="a"), ev("乙", BUREAU, "2022-07-15", doc_number="b")
    )
    prev = one(by, "甲", BUREAU)
    assert prev.tenure.end_inferred and prev.tenure.status is TenureStatus.ENDED
    assert prev.tenure.end.latest == d("2022-07-15") and prev.tenure.end.earliest == d("2020-01-10")
    assert len(prev.tenure.event_ids) == 2  # the successor's appointment is cited for the end
    assert prev.sure_until <= d("2022-07-15")
    assert one(by, "乙", BUREAU).tenure.end is None


def test_a_later_confirmation_keeps_the_holder_certain_until_it():
    by = tenures(
        ev("甲", BUREAU, "2013-01-23", qualifiers=("probation_1y",), doc_number="a"),
        ev("甲", BUREAU, "2014-03-10", Kind.CONFIRM, doc_number="b"),
        ev("乙", BUREAU, "2021-10-15", doc_number="c"),
    )
    prev = one(by, "甲", BUREAU)
    assert prev.tenure.end.earliest == d("2014-03-10") and prev.tenure.end.latest == d("2021-10-15")
    assert (prev.sure_from, prev.sure_until) == (d("2013-01-23"), d("2014-03-11"))


def test_deputy_posts_have_several_holders():
    by = tenures(
        ev("甲", DEPUTY, "2020-01-10", doc_number="a"), ev("乙", DEPUTY, "2022-07-15", doc_number="b")
    )
    assert one(by, "甲", DEPUTY).tenure.end is None and one(by, "乙", DEPUTY).tenure.end is None


def test_date_precision_is_kept():
    by = tenures(
        ev(
            "谢健",
            "上海市长宁区司法局副局长",
            "2023-04/2023-06",
            issuer="上海市长宁区人民政府",
            doc_number=None,
        ),
        ev("王炜", "上海市长宁区新泾镇人民政府镇长", "2024-03", Kind.REMOVE, issuer="上海市长宁区人民政府"),
    )
    span = one(by, "谢健", "上海市长宁区司法局副局长")
    assert span.tenure.start.precision is Precision.SPAN and span.tenure.start.iso() == "2023-04/2023-06"
    assert span.sure_from == d("2023-06-30")  # certain only once the whole span has passed
    month = one(by, "王炜", "上海市长宁区新泾镇人民政府镇长")
    assert month.tenure.end.precision is Precision.MONTH and month.tenure.end.iso() == "2024-03"
    assert month.tenure.start is None and month.sure_until == d("2024-03-01")


def test_open_tenure_has_no_recorded_end():
    t = one(tenures(ev("汤旻", STREET, "2022-07-15")), "汤旻", STREET)
    assert t.tenure.end is None and t.sure_until == MAX_DAY


def test_reappointment_after_removal_is_a_new_tenure():
    by = tenures(
        ev("甲", DEPUTY, "2020-01-10", doc_number="a"),
        ev("甲", DEPUTY, "2021-01-10", Kind.REMOVE, doc_number="b"),
        ev("甲", DEPUTY, "2023-01-10", doc_number="c"),
    )
    assert len(by[("甲", DEPUTY)]) == 2
