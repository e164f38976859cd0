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


def test_a_deputy_named_short_and_in_full_is_one_act_kept_in_full() -> None:
    # 人大 and 人民代表大会 are one body; the fuller printing is the one kept, wherever it stands
    text = (
        "本报讯 市十四届人大常委会会议接受了黎明辞去南州市十五届人大代表职务。"
        "会议确认黎明的南州市十五届人民代表大会代表资格终止。"
    )
    events = extract_text("form.txt", text).events
    assert [(e.person, e.post) for e in events] == [("黎明", "南州市十五届人民代表大会代表")]


def test_a_recall_told_again_without_the_term_is_one_act() -> None:
    text = (
        "省人大常委会会议罢免了刘川的自治区第十四届人民代表大会代表职务。"
        "刘川被罢免人大代表职务，原因尚不可知。以上3人为何会被罢免人大代表职务?"
    )
    events = extract_text("form.txt", text).events
    assert [(e.person, e.post) for e in events] == [("刘川", "自治区第十四届人民代表大会代表")]
