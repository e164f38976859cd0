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


def test_a_headline_naming_the_body_short_repeats_the_body_naming_it_in_full() -> None:
    # 吉大 / 交行 / 工信部 in a headline, the full names below: one act each, kept in full
    text = (
        "詹立新任吉大校长\n庞远任交行副行长\n"
        "本报讯 教育部决定，任命詹立新为吉峰大学校长。国务院任命庞远为交通银行副行长。"
        "萧青出任工信部党组书记。中央决定，萧青任工业和信息化部党组书记。"
    )
    found = sorted((e.person, e.post) for e in extract_text("news.txt", text).events)
    expected = [("庞远", "交通银行副行长"), ("萧青", "工业和信息化部党组书记"), ("詹立新", "吉峰大学校长")]
    assert found == expected


def test_a_kind_of_member_or_another_body_is_no_short_name() -> None:
    # 组织委员 is a kind of member of the same committee; the discipline commission is another body
    text = (
        "会议选举汤海为中共青石镇委员会委员、组织委员。"
        "会议选举柏林为中共青石镇纪律检查委员会委员。会议选举柏林为中共青石镇委员会委员。"
    )
    found = sorted((e.person, e.post) for e in extract_text("list.txt", text).events)
    assert ("汤海", "中共青石镇委员会委员") in found and ("柏林", "中共青石镇委员会委员") in found
    assert ("柏林", "中共青石镇纪律检查委员会委员") in found
