"""One line per act: printings of one appointment fold together, distinct acts stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from graph_builder.extract.repeats import merge_repeats
from graph_builder.pipeline import extract_text
from graph_builder.types import Event, FuzzyDate


def _printed_on(day: date) -> Event:
    (event,) = extract_text("form.txt", "市人民政府决定：任命龚建为青川市财政局局长。").events
    return replace(event, date=FuzzyDate.day(day))


def test_printings_dated_days_apart_are_one_act() -> None:
    # the meeting's day in the body, the page's day by the headline: one appointment
    merged = merge_repeats([_printed_on(date(2023, 5, 8)), _printed_on(date(2023, 5, 12))])
    assert [e.date for e in merged] == [FuzzyDate.day(date(2023, 5, 8))]


def test_a_day_inside_a_month_is_the_same_act() -> None:
    month = replace(_printed_on(date(2023, 5, 8)), date=FuzzyDate.month(2023, 5))
    assert len(merge_repeats([month, _printed_on(date(2023, 5, 20))])) == 1


def test_the_same_post_given_again_a_year_later_is_another_act() -> None:
    merged = merge_repeats([_printed_on(date(2023, 5, 8)), _printed_on(date(2024, 5, 8))])
    assert [e.date.iso() for e in merged] == ["2023-05-08", "2024-05-08"]
