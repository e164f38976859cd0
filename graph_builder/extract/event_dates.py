"""The date of an event read from running text (news, announcements): docs/design.md#events.

A notice with its own date lines is dated by them (see :mod:`graph_builder.read.segment`). Running
text is dated, in order, by a date in the event's sentence, a month and day in it (4月2日), a
relative day (今天, 昨天), or the dateline above it (新华社北京3月5日电, 本报11月14日讯). A month and
day takes its year from an *anchor*: a full date the text prints as a dateline, a publication line
or a timestamp, the nearest above the sentence (else the first below), and only when the anchor is
on or after the day; otherwise the date stays unknown. Birth dates and the dates of career steps
(2008年5月，他调任…) never date an event.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Final, NamedTuple

from graph_builder.extract.names import is_name
from graph_builder.read.dates import (
    _NUM,
    DATE,
    DATELINE_DAY,
    RUN_MARKS,
    cn_number,
    find_date,
    iter_dates,
    parse_date,
    wordy_day_line,
    wordy_day_lines,
)
from graph_builder.read.normalise import to_key
from graph_builder.read.patterns import PUBLICATION_WORDS, SOURCE_DATE_LINE, YEAR_HEADING, date_line
from graph_builder.read.segment import Block
from graph_builder.types import FuzzyDate, Precision

# Month-and-day and day-only dates are found from their literal 月 / 日 (a pattern that starts with
# a class or a lookbehind is tried at every position of the text), then read backwards.
_MD_TAIL: Final = re.compile(rf"月(?P<d>{_NUM}{{1,3}})日")
_DAY_MARK: Final = re.compile("日(?!电|讯)")
_NUMERALS: Final = frozenset("0123456789〇○零一二三四五六七八九十")
_RUN_TAIL: Final = re.compile(rf"[{RUN_MARKS}](?:{_NUM}{{1,2}}月)?(?:{_NUM}{{1,3}})日")
_DATELINE_END: Final = re.compile(r"(?:电|讯|消息)")
_DATELINE: Final = re.compile(
    rf"^.{{0,24}}?(?:{DATELINE_DAY}|(?<=[\u4e00-\u9fff])(?<![年月日〇○零一二三四五六七八九十]){_NUM}{{1,3}}日[电讯])"
)
# A run of days (1月19日到23日): the acts in it are dated by its month.
_YEAR: Final = re.compile(r"((?:19|20)\d\d)年")
# Not a weekday but a name of three whose surname is 周 (主任周一帆主持会议, 决定任命周一鸣为…): the
# weekday's character, a given name's, then what a name goes on with.
_NOT_A_NAME_OF_ZHOU: Final = (
    r"(?![一二三四五六日天][\u4e00-\u9fff](?:主持|为|同志|任|当选|出席|作|代表|的|、|,))"
)
# A weekday names the last such day on or before the text's date (星期天 under a page of Monday 1月5日
# is Sunday 1月4日); not 本周一, 上周五, 每周二.
# 前日, the day before yesterday (not 前日本…, 前日产…: a former official of a Japanese body or firm).
_QIANRI: Final = r"前日(?![本产立航韩军内])"
_RELATIVE: Final = re.compile(
    # (Taiwan's 今(1)日 / 昨天(20日): the day of the month is printed with the relative day)
    r"[今昨][天日]?\((?P<day>\d{1,2})日?\)日?"
    # (即日生效 / 即日起: the day it is announced, as a press release's date at its foot tells)
    rf"|今天|今日|昨天|昨日|前天|(?<!日){_QIANRI}|即日(?=起|生效)|(?<![本上下每(日])(?:星期|周{_NOT_A_NAME_OF_ZHOU})(?P<weekday>[一二三四五六日天])(?![(\d])"
    # (昨 alone, as Hong Kong and Taiwan papers print it: 国务院昨宣布, 昨晚, 昨也有人事调整)
    r"|(?<![今本前])昨(?=[宣公决发晚早午上下也再正召举通任委])"
    # (本月1日, 上月27日, 上周五: a day of the text's month or week, or of the one before)
    r"|(?P<month_back>本|上)月(?P<month_day>\d{1,2})日|上周(?P<last_weekday>[一二三四五六日天])"
)
# A character every _RELATIVE match holds: a scan for them, which the engine skips ahead through,
# spares most sentences the search for _RELATIVE, which opens with lookbehinds and a class (no
# literal first character to skip ahead to).
_RELATIVE_MARK: Final = re.compile("[今昨前星周本上即]")
_DAYS_BACK: Final = {"昨天": 1, "昨日": 1, "前天": 2, "前日": 2, "昨": 1}  # (前日: 前天, not 日前, some day)
# A month of a year told relative to the text's own (去年12月，某常委会举行会议，决定…).
_RELATIVE_MONTH: Final = re.compile(r"(?P<year>今年|去年|前年)(?P<month>\d{1,2})月(?!\d{1,2}日)")
_YEARS_BACK: Final = {"今年": 0, "去年": 1, "前年": 2}
# What says a day is still to come (甲将于六月一日出任…): when a move takes effect, not its act's day.
_TO_COME: Final = ("将于", "将在", "将自", "定于", "拟于")
# How far into a sentence the day that opens it may end (8月24日，…).
_OPENING_REACH: Final = 8
# A month opening a sentence, a roundup's line (3月，… / 今年5月上旬，…).
_MONTH_OPENING: Final = re.compile(r"(?P<year>今年|去年)?(?P<month>\d{1,2})月份?(?:上旬|中旬|下旬|初|底)?,")
_ACT_WORD: Final = re.compile(r"任|选|免|聘|辞|接替")
# The month an act is told in, in its own clause (甲已于3月上旬被任命为…, 乙已于今年4月履新…).
_MONTH_OF_ACT: Final = re.compile(
    r"于(?:(?P<year>今年|去年)?(?P<month>\d{1,2})|(?P<last>上))月(?:上旬|中旬|下旬|初|底)?(?=[\u4e00-\u9fff])(?!份|\d|以来|至|到)"
)
_WEEKDAYS: Final = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
_VAGUE: Final = re.compile(r"日前|近日|近期|前不久")
# Used with .match(text, end): a date followed by 出生 / 生 (a '^' would hold only at the text's start).
_BIRTH: Final = re.compile(r".{0,3}?(?:出生|生人|生[,)）])|生")
# (not 甲先生于2023年7月24日辞任…: the honorific's 生 and the act's 于)
_BORN_BEFORE: Final = re.compile(r"(?:(?<!先)生于|出生于|出生)$")
_TIME_BEFORE: Final = re.compile(r"\d\d:\d\d$")
_TIME_AFTER: Final = re.compile(r"\|?\d{1,2}:\d\d")  # (a wide gap before the time: 2016-06-29  12:04)
# A signature (某组织部⏎2010年2月9日) run into one line when a page lost its breaks: the date
# follows the issuing body's name at once.
_ISSUER_END: Final = frozenset("部委府院局厅办会室处社")
# When the act takes effect (由2023年1月1日起生效) or a deadline (请于2010年2月15日下午5:00前反映):
# not the day of any act.
_LATER: Final = re.compile(
    # (任期由…起至二○二六年…止: a term's end; not 前天, 前日 after a dateline: 某日报2024年9月27日讯 前天)
    # (not a place's 前: 来源：鄂托克前旗…, 前郭县)
    r"[^,;。\n]{0,8}?(?:之前|以前|前(?![天日旗郭])|为止|截止)|起|开始|生效|止"
    # the day a meeting's notice went out, not the meeting's (会议通知于11月22日以通讯方式送达)
    r"|(?:以[^,;。\n]{1,8}?方式)?(?:发出|送达|发送)"
)
# ... as the sentence's first words (2017年01月21日星期六新京报昨日，…).
_WEEKDAY_AFTER: Final = re.compile(r"\(?(?:星期|周|礼拜)[一二三四五六日天]")
# A news page prints its date with the weekday after it (2023年7月6日 星期四).
_WEEKDAY: Final = re.compile(r"\(?(?:星期|周|礼拜)[一二三四五六日天]\)?$")
# A web page's publication line holds its date among these words (来源:新华网 2019-03-20).
# A sentence that dates the acts after it: a meeting, a decision, an announcement.
_CONTEXT: Final = re.compile(r"会议|决定|召开|举行|大会|宣布|通过|公告|宣读|公布|发布|批示|任免")
# What a sentence says of the changes a report then lists (…一把手同时换人。其中，…).
_CHANGES: Final = re.compile(r"换人|换帅|人事调整|人事变动|人事异动")
_STOPS: Final = "。;；\n"
# What a paragraph's opening sentence tells of a day that is not the changes its next sentence tells
# (3月15日，甲以某县县长身份出席…; 1月1日，甲出生于…), and what opens a sentence told as now (目前, 据悉…).
_OTHER_DOINGS: Final = re.compile(r"身份|出席|出生|生于|参加|调研|考察|视察|会见|主持|讲话|慰问|检查")
_PRESENT_OPENERS: Final = (
    "目前",
    "如今",
    "现",
    "据悉",
    "获悉",
    "记者获悉",
    "公开资料显示",
    "资料显示",
    "最新",
    "本月",
)
# A numbered item of a roundup starting a line (2．, 3、, ◆).
_ITEM_START: Final = re.compile(r"\n(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|◆|●)")
# How many anchors a month and day is tried against (the nearest few: a page's own dates).
_NARRATIVE_REACH: Final = 400  # (how far back a story's last full day may be told)
_ANCHORS_TRIED: Final = 3
# How far before a page's date a month and day printed without a year may fall in the year before.
_YEAR_WRAP_DAYS: Final = 150
# How many sentences above an act its meeting's relative day may stand (a lead, then the list).
_MEETING_REACH: Final = 4
# What a sentence opens with to say the day told last (同日下午，…).
_SAME_DAY: Final = ("同日", "当日", "同一天", "同天")
# ... and how many when the act's sentence names the meeting as its subject (会议以无记名投票方式，
# 任命…): a report's paragraphs each take up one of the meeting's acts.
_MEETING_REACH_NAMED: Final = 12
_THE_MEETING: Final = ("会议", "大会", "会上", "常委会会议")
# What follows the date of a meeting being called (…于4月22日至24日在某地召开).
_HELD_AFTER: Final = re.compile(r"[^,;。\n]{0,14}?(?:召开|举行)")
# What stands before the day a term starts (任期由…至…, 任期两年，由…起生效, 聘期自…): no act's date.
_TERM_FROM: Final = re.compile(r"(?:任期|聘期)[^,;。]{0,8}?,?(?:由|自|从)$")
# What stands before the date a term or probation runs to (任期至, 试用期到), not an act's date.
_UNTIL: Final = re.compile(r"(?:至|到)$")
# A sentence that opens with a date and goes on as a career step: 2008年5月,他调任…
_STEP: Final = re.compile(
    r"^(?P<year>\d{4}|[〇○零一二三四五六七八九]{4})年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?"
    # (1988年至1993年，甲任某市委书记: the years a post was held)
    r"(?P<until>(?:至|到|—|-)(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?)?[,，]?"
)
# What may stand before a career step's year: a list's dash or dot, 直到, 至迟于, 之后 (- 2015年4月，…).
_STEP_LEAD: Final = re.compile(
    # (据某市地方志记载，1988年至1993年，…: a record's step)
    r"(?:[-–—·•]\s*|直到|直至|至迟于|之后,|其后,|此后,|据[^,。]{2,24}?记载,)(?=(?:\d{4}|[〇○零一二三四五六七八九]{4})年)"
)
# …or the person's name and 于 (甲于1990年加入某署任二级调查主任: how a biography tells its steps).
# (a year, or its month, with no day: 甲于2024年3月28日当选 is news)
_NAMED_STEP_LEAD: Final = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,4})(?:先生|女士)?于"
    r"(?=(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:[\d一二三四五六七八九十]{1,3}月)?(?![\d一二三四五六七八九十]{1,3}日))"
)
# A sentence that goes on to the next post (…出任A，后担任B至此番履新): one step of a career told in turn.
_CHAIN: Final = re.compile(r",后(?:又|来)?(?:任|担任|调任|转任|兼任|出任)|至今|至此番")
# …or to the next year's post (2001年任A，2003年任B), a post and no description (not 2026年任期届满,
# 2024年4月起任职, 2019年任副局长的她): a sentence whose first step has no day.
_DECIDED: Final = re.compile("决定|任命|选举|聘任|宣布|通过")
_YEAR_CHAIN: Final = re.compile(
    r",(?:19|20)\d\d年(?:\d{1,2}月)?(?:起|后)?,?(?:任|担任|调任|转任|兼任|出任|升任)(?![期职满滿命内])[^,;。的]{2,30}(?:[,;。]|$)"
)
# The day a report's sentence tells its act by, opening a clause after the report's date
# (本报讯 2023年11月8日，记者…获悉，昨天，…决定): a relative day, not a weekday said in passing.
# (湖南日报2024年9月27日讯 前天，…, 新华网2024年5月8日 昨日，…: right after the dateline, its space gone)
_REPORT_DAY: Final = re.compile(
    rf"(?<=[,讯电日])(?:今天|今日|昨天|昨日|前天|{_QIANRI})|(?<![今本前])昨(?=[宣公决发])"
)
# Words before a date and its time that make it the page's own (更新于2021年3月6日08:00).
_STAMPED: Final = ("更新于", "发布于", "发表于")
# Words before a date and its time that make it the time of an act (于2024年3月5日10:00召开, 自…00:00起).
_TIME_OF_AN_ACT: Final = ("于", "在", "自", "至", "到", "从")
# How far into a sentence a full date is the report's own (本报讯 2023年11月8日，…昨天，…).
_REPORT_DATE_REACH: Final = 12
# How many days before the text's own latest date a day of last year is still news.
_NEWS_DAYS: Final = 45


class EventDates:
    """Dates of the sentences of one compact window's running text (found on first need)."""

    def __init__(self, key: str, around: Callable[[], list[FuzzyDate]] | None = None) -> None:
        """``around`` gives the page's own date lines outside the window, nearest first: the
        anchors of a relative day when the window prints none (a press release dated at its foot)."""
        self._key = key
        self._lines: list[tuple[int, FuzzyDate]] | None = None  # anchors and datelines, by offset
        self._latest: date | None = None
        self._around = around
        self._headings: list[tuple[int, int]] | None = None  # a chronicle's year headings: (offset, year)
        self._effective: list[FuzzyDate] | None = None  # the days things take effect (自…起生效)
        # what the walk up to a meeting's relative day found from each (start, reach, undated)
        self._meeting_days: dict[tuple[int, int, bool], FuzzyDate | None] = {}

    def of_sentence(self, sentence: str, start: int) -> FuzzyDate | None:
        """The date of an event in ``sentence`` (which starts at ``start``), or None."""
        if line := _DATELINE.search(sentence):  # 新华社北京3月5日电 …: the dateline stands above
            # (某日报2024年9月27日讯 前天，…: the report's own date, and the relative day right after it)
            printed = find_date(line.group()) if "年" in line.group() else None
            if printed and (rel := _REPORT_DAY.match(sentence, line.end())) and (day := parse_date(printed)):
                return _relative_to(rel, day) or day
            sentence, start = sentence[line.end() :], start + line.end()
        for m in iter_dates(sentence):
            if _is_birth(sentence, m.start(), m.end()) or _LATER.match(sentence, m.end()):
                continue
            if _term_from(sentence, m.start()):
                continue  # (…委任甲出任某会成员，任期由二○一一年四月十五日至…: the term's, not the act's)
            if _TIME_AFTER.match(sentence, m.end()) and _page_stamp(sentence, m.start()):
                continue  # the page's timestamp run into the sentence below it (…09:085月5日下午，…)
            if _has_day(m) and _WEEKDAY_AFTER.match(sentence, m.end()):
                continue  # the page's date line run into the sentence (明报2024年3月15日星期五港闻…)
            if not _UNTIL.search(sentence, max(0, m.start() - 2), m.start()):  # (任期至2025年1月)
                told = _span_month(sentence, m)
                # 本报讯 2023年11月8日，记者…获悉，昨天，…决定: the opening date is the report's
                report_opening = told and m.start() <= _REPORT_DATE_REACH
                if report_opening and (rel := _REPORT_DAY.search(sentence, m.end())):
                    return _relative_to(rel, told) or told  # type: ignore[arg-type]
                return told
        if (rm := _RELATIVE_MONTH.match(sentence)) and (month := self._relative_month(rm, start)):
            return month
        for md in month_days(sentence):
            if sentence.endswith(_TO_COME, 0, md.start):
                continue  # 今天宣布，甲将于六月一日出任…: the day it takes effect, not the act's
            if _term_from(sentence, md.start):
                continue  # (任期两年，由四月十五日起生效: the term's)
            if not _is_birth(sentence, md.start, md.end):
                day = self._resolved(md, start)  # 12月26日至29日: a span gives its month
                return _day_or_month(day.earliest, sentence, md.end) if day else None
        if (day := self._day_of_anchor_month(sentence, start)) is not None:
            return day
        if (act := _MONTH_OF_ACT.search(sentence)) and (month := self._month_of_act(sentence, act, start)):
            return month
        if (opening := _MONTH_OPENING.match(sentence)) and (month := self._month_opening(opening, start)):
            return month  # 3月，某省委常委甲北上履新…: a roundup's line, dated by its month
        vague = _VAGUE.search(sentence)  # 日前, 近日: some day before the text's date, not that date
        relative = _first_relative(sentence)
        if vague and not (relative and relative.start() > vague.start()):
            return None  # (除日前已曝光的名单外，昨天新增…: the act is 昨天's)
        if (day := self._relative(sentence, start)) is not None:
            return day
        if sentence.startswith("上月") and (month := self._last_month(start)):
            return month  # 上月甲被免去…: the month before the text's own
        if sentence.startswith(_SAME_DAY) and (day := self._same_day_above(start)):
            return day  # 19日，甲接替乙…。同日下午，丙接替丁…: the day told last
        if (day := self._opening_before_semicolon(sentence, start)) is not None:
            return day  # 8月24日，甲到龄退休；乙则调任…: the day opening the sentence the ；cut
        if (day := self.meeting_day_above(sentence, start)) is not None:
            return day
        if (day := self._paragraph_opening_day(start)) is not None:
            return day  # 6月2日，两家央企同日换帅。某集团原总经理甲调任…: the day its paragraph opens with
        return self.above(start)

    def _paragraph_opening_day(self, start: int) -> FuzzyDate | None:
        """The month and day the sentence just before ``start`` opens with, in the same paragraph
        (a roundup's paragraph: 6月2日，…换帅。甲调任…), resolved; None otherwise."""
        prev = self._previous_sentence(start)
        if (
            prev is None
            or "\n" in self._key[prev[1] : start]
            or self._key.startswith(_PRESENT_OPENERS, start)
        ):
            return None  # (…。目前，甲已调任…: told as now, not as that day)
        sentence, at = prev
        if _OTHER_DOINGS.search(sentence):
            return None  # (3月15日，甲还以某县县长身份出席活动。: a day of something else)
        md = _opening_month_day(sentence)
        return self._resolved(md, at) if md and sentence.startswith(",", md.end) else None

    def meeting_called_above(self, sentence: str, start: int) -> FuzzyDate | None:
        """The day of the meeting the sentence names as its place (会上宣布…, 会议传达…), told by the
        sentence just above that calls it (7月9日，某市召开领导干部大会。); None otherwise."""
        if not sentence.startswith(_THE_MEETING) or (prev := self._previous_sentence(start)) is None:
            return None
        above, at = prev
        if not _HELD_AFTER.match(above, _opening_day_end(above)) or _opening_day_end(above) == 0:
            return None
        return self.of_sentence(above, at)

    def meeting_day_above(self, sentence: str, start: int, undated: bool = False) -> FuzzyDate | None:
        """The relative day of the meeting a few sentences above reports (昨日，…会议闭幕。会议决定
        任命…): the meeting's day dates the decisions reported after it. ``undated``: only of a
        sentence that prints no full date (under a notice's own date lines, whose weekday is none)."""
        reach = _MEETING_REACH_NAMED if sentence.startswith(_THE_MEETING) else _MEETING_REACH
        return self._meeting_day_above(start, reach, undated)

    def _meeting_day_above(self, start: int, reach: int, undated: bool = False) -> FuzzyDate | None:
        """The relative day (昨天) of a meeting reported in one of the ``reach`` sentences above,
        when no sentence between names a date of its own."""
        # Each item of a long list walks up through the items above it: the walk from an item goes on
        # as the one from the item above, so every start it passes is told the answer it finds.
        passed: list[tuple[int, int, bool]] = []
        found = self._meeting_walk(start, reach, undated, passed)
        for key in passed:
            self._meeting_days[key] = found
        return found

    def _meeting_walk(
        self, start: int, reach: int, undated: bool, passed: list[tuple[int, int, bool]]
    ) -> FuzzyDate | None:
        """:meth:`_meeting_day_above`, noting in ``passed`` each (start, reach, undated) it walks from."""
        while reach > 0:
            if (start, reach, undated) in self._meeting_days:
                return self._meeting_days[(start, reach, undated)]
            passed.append((start, reach, undated))
            if (prev := self._previous_sentence(start)) is None:
                return None
            sentence, at = prev
            if undated and find_date(sentence):
                return None  # (二零一二年七月十一日，星期三…批示: the notice's own date line)
            # (只昨天一天，四个区的一把手同时换人。其中，…: the day the changes the report opens with)
            told = _CONTEXT.search(sentence) or _CHANGES.search(sentence)
            if told and (day := self._relative(sentence, at)) is not None:
                return day
            if find_date(sentence) or month_days(sentence):
                return None  # a dated sentence between: the meeting above is not this act's
            # (the items of a list cut by ；, 任命：甲为X；乙为Y；…, are one sentence of the report)
            reach -= self._key[at + len(sentence)] not in ";；"
            start = at
        return None

    def _same_day_above(self, start: int) -> FuzzyDate | None:
        """The day told last in the few sentences above ``start`` (19日下午，…。同日，…): by its full
        date, by month and day, by the day alone or relative to the page."""
        prev = self._previous_sentence(start)
        for _ in range(_MEETING_REACH):
            if prev is None:
                return None
            sentence, at = prev
            if find_date(sentence) and not self.is_career_step(sentence, at):
                return self.of_sentence(sentence, at)  # 2023年10月30日，董事会收到…。同日，…: that act's day
            if (day := self._relative(sentence, at) or self._day_told(sentence, at)) is not None:
                return day
            prev = self._previous_sentence(at)
        return None

    def _day_told(self, sentence: str, start: int) -> FuzzyDate | None:
        """The day a sentence names by month and day or by its day alone (7日下午), resolved."""
        for md in month_days(sentence):
            if not _is_birth(sentence, md.start, md.end):
                day = self._resolved(md, start)
                return FuzzyDate.day(day.earliest) if day and not _RUN_TAIL.match(sentence, md.end) else None
        return self._day_of_anchor_month(sentence, start)

    def _relative(self, sentence: str, start: int) -> FuzzyDate | None:
        """今天 / 昨日 / 前天 in ``sentence``, against the date governing it (not a day still to come:
        将于本月20日公布)."""
        if not _RELATIVE_MARK.search(sentence):
            return None
        rel = next(
            (r for r in _RELATIVE.finditer(sentence) if not sentence.endswith(_TO_COME, 0, r.start())), None
        )
        if rel is None:
            return None
        # the date above the word itself: a dateline may open its sentence (本报11月14日讯今天…)
        ref = self.above(start + rel.start()) or next(iter(self._anchors_near(start)), None)
        return _relative_to(rel, ref) if ref else None

    def _opening_before_semicolon(self, told: str, start: int) -> FuzzyDate | None:
        """The date (a full one, a month and day, a month, or a relative day in its first clause) that
        opens the part of a sentence before the ；s that cut it up to ``start`` (8月24日，甲…；乙…,
        国务院昨日决定，…；…), resolved as a sentence's own; None
        if none, or if the part ``told`` opens with a year of its own (…；2022年，乙调任…)."""
        if "年" in told[: _OPENING_REACH + 4] and _YEAR.search(told, 0, _OPENING_REACH + 4):
            return None  # (a year opening the part: …；2022年，乙调任…)
        while start >= 2 and self._key[start - 1] in ";；":
            prev = self._previous_sentence(start)
            if prev is None:
                return None
            sentence, start = prev
            if sentence[:1].isdigit() and (full := find_date(sentence)) and full.start() == 0:
                if _is_birth(sentence, full.start(), full.end()):
                    return None  # (甲，1970年5月12日出生；…: a birth, no day of an act)
                return _span_month(sentence, full)  # (2023年4月12日，…决定：任命甲…；任命乙…)
            if md := _opening_month_day(sentence):
                return self._resolved(md, start)
            if opening := _MONTH_OPENING.match(sentence):
                return self._month_opening(opening, start)
            if (rel := _first_relative(sentence)) and "," not in sentence[: rel.start()]:
                return self._relative(sentence, start)  # (国务院昨日…免去甲…；免去乙…: 昨日's too)
        return None

    def _month_opening(self, m: re.Match[str], start: int) -> FuzzyDate | None:
        """The month ``m`` tells (its groups ``month`` and ``year``: 3月，… opening a sentence at
        ``start``, 于今年4月), in the year of the nearest anchor that is not before it (of the year
        before for 去年)."""
        if not 1 <= (month := int(m.group("month"))) <= 12:
            return None
        for anchor in self._anchors_near(start):
            if m.group("year"):
                return FuzzyDate.month(anchor.earliest.year - _YEARS_BACK[m.group("year")], month)
            if (day := _on_or_before(anchor.earliest, month, 1)) is not None:
                return FuzzyDate.month(day.year, month)
        return None

    def _last_month(self, start: int) -> FuzzyDate | None:
        """The month before the one of the date governing ``start`` (上月 opening a sentence)."""
        if (ref := self.above(start) or next(iter(self._anchors_near(start)), None)) is None:
            return None
        last = ref.earliest.replace(day=1) - timedelta(days=1)
        return FuzzyDate.month(last.year, last.month)

    def _relative_month(self, m: re.Match[str], start: int) -> FuzzyDate | None:
        """去年12月 opening a sentence at ``start``: that month of the year before the text's own."""
        ref = self.above(start) or next(iter(self._anchors_near(start)), None)
        if ref is None or not 1 <= (month := int(m.group("month"))) <= 12:
            return None
        return FuzzyDate.month(ref.earliest.year - _YEARS_BACK[m.group("year")], month)

    def _month_of_act(self, sentence: str, m: re.Match[str], start: int) -> FuzzyDate | None:
        """于3月上旬 / 于今年4月 / 于上月底 in ``sentence`` (at ``start``): that month of the nearest anchor's
        year (of the year before for 去年) that is not after the anchor; None when a clause before
        it tells an act of its own (甲出任A，乙已于今年5月履新B: the month is 乙's alone)."""
        clause = max(sentence.rfind(mark, 0, m.start()) for mark in ",;:") + 1
        if _ACT_WORD.search(sentence, 0, clause):
            return None
        if m.group("last"):  # 于上月底: the month before the anchor's
            return self._last_month(start)
        return self._month_opening(m, start)

    def _previous_sentence(self, start: int) -> tuple[str, int] | None:
        """The sentence before the one at ``start`` (its text and offset), if any."""
        while start >= 2 and self._key[start - 1] in _STOPS:
            begin = sentence_start(self._key, start - 1)
            if begin < start - 1:
                return self._key[begin : start - 1], begin
            start = begin  # nothing between two stops (。 then a line break): the one before
        return None

    def _day_of_anchor_month(self, sentence: str, start: int) -> FuzzyDate | None:
        """行政会11日公布: a day printed alone, in the month of the nearest anchor on or after it
        (2日下午，会议表决… under 会议于3月1日至2日举行 takes the page's 3月3日)."""
        if not (days := day_only(sentence)):
            return None
        for anchor in self._anchors_near(start):
            try:
                day = anchor.earliest.replace(day=cn_number(days[0].day))
            except (KeyError, ValueError):
                return None
            if day <= anchor.earliest:
                return _day_or_month(day, sentence, days[0].end)
        return None

    def is_career_step(self, sentence: str, start: int) -> bool:
        """A sentence opening with a year before the text's own (2008年5月,他调任…), or with any year
        and going on to the next post (2023年8月,他出任A,后担任B): biography."""
        lead = _STEP_LEAD.match(sentence)
        if lead is None and (named := _NAMED_STEP_LEAD.match(sentence)) and is_name(named["who"]):
            lead = named
        if lead:
            sentence = sentence[lead.end() :]
        m = _STEP.match(sentence)
        if not m or _CHAIN.search(sentence) or m["until"]:
            return bool(m)  # (…后担任B; 1988年至1993年，甲任X: the years a post was held, over)
        if "日" not in m.group() and (chain := _YEAR_CHAIN.search(sentence, m.end())):
            # 2001年，甲任A，2003年任B: a profile's steps (not 2023年3月，市人大选举甲为市长，2024年起…)
            return not _DECIDED.search(sentence, m.end(), chain.start())
        if cn_number(m.group("year")) >= self._latest_day().year:
            return False
        # (2019年12月31日，…会议决定甲任… on a page of 2020年1月11日: last year's day, weeks before the
        # text's own, is news, not a career's past)
        step = next(iter_dates(sentence[: m.end()]), None)
        day = parse_date(step) if step and _has_day(step) else None
        return day is None or (self._latest_day() - day.earliest).days > _NEWS_DAYS

    def _latest_day(self) -> date:
        """The latest day any date of the window names, the text's own time (date.min if none)."""
        if self._latest is None:
            # (not a term's end: 任期至2027年3月27日 is no time of the text's)
            days = [
                d.earliest
                for m in iter_dates(self._key)
                if not self._key.endswith(("至", "到"), 0, m.start()) and (d := parse_date(m))
            ]
            self._latest = max(days, default=date.min)
        return self._latest

    def above(self, pos: int) -> FuzzyDate | None:
        """The last dateline, publication line or timestamp above ``pos``; a date read in another
        numbered item of a roundup (2．11月7日，…) governs only its own item."""
        found = self._governing(pos)
        return found[1] if found else None

    def tells_its_day(self, sentence: str) -> bool:
        """Whether ``sentence`` names the day of its act itself, relative to the page's date (昨日,
        今天) or by month and day (政府昨日（3月14日）公布): it dates the act under the page's own
        date line too."""
        if _first_relative(sentence) is not None or month_days(sentence) or sentence.startswith("上月"):
            return True
        if "日" in sentence[: _DATELINE_REACH + 2] and _DATELINE.match(sentence):
            return True  # 新华社北京28日电 …: a dispatch's day, under the page's date

        # 董事会于2020年10月23日收到甲的辞职报告: a letter takes effect the day it is received
        return "收到" in sentence and any(sentence.startswith("收到", m.end()) for m in iter_dates(sentence))

    def below_line_above(self, block: Block, pos: int) -> FuzzyDate | None:
        """Under a notice's own date line above ``pos``, the anchor read between it and ``pos`` (a
        page dated 22/07/2022 whose report opens 周五(20日)公布: the announcement's day), if any."""
        line_above = [p for p, _ in block.dates if p < pos]
        if not line_above or block.period:
            return None
        found = self._governing(pos)
        return found[1] if found and found[0] > line_above[-1] else None

    def _governing(self, pos: int) -> tuple[int, FuzzyDate] | None:
        """(offset, date) of the anchor that governs ``pos``: the last above it, passing over those
        read inside an earlier numbered item."""
        lines = self._found()
        k = bisect_left(lines, pos, key=lambda line: line[0])
        while k and self._in_an_earlier_item(lines[k - 1][0], pos):
            k -= 1
        return lines[k - 1] if k else None

    def _in_an_earlier_item(self, at: int, pos: int) -> bool:
        """Whether the date at ``at`` was read inside a numbered item that ends before ``pos`` (a
        date in the lead above the items governs them all; one in item 1 does not date item 2). The
        next item's number may open the sentence at ``pos`` itself: the search runs a little past it."""
        start = self._key.rfind("\n", 0, at)
        if start < 0 or not _ITEM_START.match(self._key, start):
            return False
        return _ITEM_START.search(self._key, at, pos + 3) is not None and not self._own_line(at)

    def _own_line(self, at: int) -> bool:
        """Whether the date at ``at`` stands on a line of its own (a dateline, a page's date), not
        in an item's sentence: a full date that _stands_alone."""
        m = DATE.match(self._key, at)
        return m is not None and _stands_alone(self._key, m)

    def _anchors_near(self, pos: int, tried: int = _ANCHORS_TRIED) -> list[FuzzyDate]:
        """The few full days nearest above ``pos`` (nearest first), then those below it."""
        lines = [(p, d) for p, d in self._found() if d.precision is Precision.DAY]
        if not lines and self._around is not None:
            return self._around()[:tried]
        above = [d for p, d in lines if p < pos]
        return [*reversed(above), *(d for p, d in lines if p >= pos)][:tried]

    def _resolved(self, md: MonthDay, pos: int) -> FuzzyDate | None:
        """A month and day in the year of the nearest anchor above (else below) that is on or after
        it: 4月11日 under a report dated 4月9日 takes the page's 2024年4月13日 further up (past the
        items of a roundup above, 7月8日，…；7月9日，…；7月10日，…, each an anchor before it); after a
        full day the story told since the page's last date line, in that day's year when on or after
        it (2023年3月1日，…。3月5日，… under a page of 2024: 2023's)."""
        anchors = self._anchors_near(pos, len(self._found()) or _ANCHORS_TRIED)
        if anchors and self._key.endswith(("今年", "本年"), 0, pos + md.start):
            # (今年4月28日 under a photo's caption of 2011: the page's year)
            return _this_years(md, [d.earliest for d in anchors])
        if (told := self._narrative_day(md, pos)) is not None:
            return told
        if (year := self._year_heading(pos)) is not None and (day := _in_year(md, year)):
            return FuzzyDate.day(day)  # 2023年大事记⏎1月5日　…⏎1月12日　…
        # (8月25日，某银行公告称，甲辞去…，自2024年8月25日起生效: with no other day printed, the day it
        # takes effect gives the year, when on or after the month and day)
        for anchor in anchors or self._effective_days():
            try:
                day = _on_or_before(anchor.earliest, cn_number(md.month), cn_number(md.day))
            except (KeyError, ValueError):
                return None
            if day is not None:
                return FuzzyDate.day(day)
        return None

    def _effective_days(self) -> list[FuzzyDate]:
        """The full days the window prints as when something takes effect (自2024年8月25日起生效),
        found on first need."""
        if self._effective is None:
            self._effective = [
                d
                for m in iter_dates(self._key)
                if _LATER.match(self._key, m.end()) and _has_day(m) and (d := parse_date(m)) is not None
            ]
        return self._effective

    def _year_heading(self, pos: int) -> int | None:
        """The year of the last line above ``pos`` that is a year alone, heading a chronicle's
        entries (2022年, 2023年大事记, 【2021年】); None if there is none."""
        if self._headings is None:  # (sought once a text: a chronicle asks for each of its entries)
            found = YEAR_HEADING.finditer(self._key) if "年" in self._key else ()
            self._headings = [(m.start(), cn_number(m.group("year"))) for m in found]
        return next((year for at, year in reversed(self._headings) if at < pos), None)

    def _narrative_day(self, md: MonthDay, pos: int) -> FuzzyDate | None:
        """``md`` in the year of the last full day its paragraph told before ``pos`` (in a sentence,
        not a date line nor a step of a career; at most ``_NARRATIVE_REACH`` characters back), when on
        or after it (2023年3月1日，…。3月5日，… : 2023's); else None."""
        since = max(self._key.rfind("\n", 0, pos) + 1, pos - _NARRATIVE_REACH, 0)
        last = None
        for m in iter_dates(self._key, since, pos) if "年" in self._key[since:pos] else ():
            if _has_day(m) and not _stands_alone(self._key, m) and not _in_a_career(self._key, m):
                last = m
        told = parse_date(last) if last else None
        day = _in_year(md, told.earliest.year) if told else None
        return FuzzyDate.day(day) if day and told and told.earliest <= day else None

    def _found(self) -> list[tuple[int, FuzzyDate]]:
        if self._lines is None:
            self._lines = datelines(self._key)
        return self._lines


def _opening_day_end(sentence: str) -> int:
    """Where the date a sentence opens with (2024年7月9日上午，/ 7月9日，) ends, past its comma; 0 if it
    opens with none."""
    m = _OPENING_DAY.match(sentence)
    return m.end() if m else 0


# A sentence's opening day: a full date or a month and day, the part of the day, the comma (or a
# chronicle's year and month: 1990年10月，召开了某乡第四届人民代表大会第一次会议).
_OPENING_DAY: Final = re.compile(
    r"(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|晚间)?,?"
)


# A closing line that says when the list above it was adopted (以上任免事项经2016年6月29日某会议表决
# 通过; （以上人员均于2013年12月26日经某会议表决通过）).
_ADOPTED_ABOVE: Final = re.compile(
    r"(?:^|\n)\(?以上(?:任免事项|任免名单|任免|人员|同志)[^\n。]{0,6}?(?:于|经)"
)
_ADOPTED_WORDS: Final = ("通过", "决定")


def adopted_above(key: str, start: int, end: int) -> tuple[int, FuzzyDate] | None:
    """(offset, day) of a closing line in key[start:end] that dates the adoption of the list above it
    (以上任免事项经某日某会议表决通过): that day is the list's, not a page's 发布时间 above it."""
    m = _ADOPTED_ABOVE.search(key, start, end) if "以上" in key[start:end] else None
    if m is None:
        return None
    line_end = key.find("\n", m.end(), end)
    line_end = end if line_end < 0 else line_end
    if not any(word in key[m.end() : line_end] for word in _ADOPTED_WORDS):
        return None
    found = find_date(key, m.end(), line_end)
    day = parse_date(found) if found and _has_day(found) else None
    return (m.start(), day) if day else None


def page_dates(source: str) -> list[tuple[int, FuzzyDate]]:
    """(offset, day) of each full date printed as a line of its own in ``source`` (a page's date
    line, a press release's date at its foot: 二○○三年二月二十七日(星期四)), in order."""
    out = []
    for line in _SHORT_DATED_LINE.finditer(source):
        key = to_key(line.group())
        m = DATE.search(key)
        day = parse_date(m) if m and _has_day(m) and _stands_alone(key, m) else None
        day = day or (None if m else wordy_day_line(key))
        if day:
            out.append((line.start(), day))
    return out


def nearest_first(dates: list[tuple[int, FuzzyDate]], lo: int, hi: int) -> list[FuzzyDate]:
    """``dates`` outside [lo, hi): those above it, nearest first, then those below."""
    above = [d for p, d in dates if p < lo]
    return [*reversed(above), *(d for p, d in dates if p >= hi)]


# A short line that holds a year and a day (the candidates of page_dates).
_SHORT_DATED_LINE: Final = re.compile(
    r"^[^\n]{0,40}?(?:\d{4}|[〇○零一二][〇○零一二三四五六七八九]{3})[^\n]{0,40}$", re.M
)


def _page_stamp(sentence: str, at: int) -> bool:
    """Whether a date with its time at ``at`` is the page's timestamp (更新于…, or one run into the
    text after a headline) rather than the time of an act (于2024年3月5日10:00召开, 自…00:00起)."""
    return sentence.endswith(_STAMPED, 0, at) or not sentence.endswith(_TIME_OF_AN_ACT, 0, at)


def _relative_to(rel: re.Match[str], ref: FuzzyDate) -> FuzzyDate | None:
    """The day a relative word (a match of _RELATIVE: 昨天, 星期一, 今(1)日) names, told on ``ref``."""
    if ref.precision is not Precision.DAY:
        return None
    groups = rel.groupdict()  # (a report's 昨天 holds neither a day nor a weekday)
    if day := groups.get("day"):
        found = _last_day_numbered(ref.earliest, int(day))
        return FuzzyDate.day(found) if found else None
    if month_day := groups.get("month_day"):
        first = ref.earliest.replace(day=1)
        if groups["month_back"] == "上":
            first = (first - timedelta(days=1)).replace(day=1)
        with contextlib.suppress(ValueError):  # (上月31日 of a month of 30 days: no such day)
            day = first.replace(day=int(month_day))
            return FuzzyDate.day(day) if day <= ref.earliest else None  # (no day still to come)
        return None
    if weekday := groups.get("last_weekday"):  # the week before the text's, Monday first
        monday = ref.earliest - timedelta(days=ref.earliest.weekday() + 7)
        return FuzzyDate.day(monday + timedelta(days=_WEEKDAYS[weekday]))
    if weekday := groups.get("weekday"):
        back = (ref.earliest.weekday() - _WEEKDAYS[weekday]) % 7
    else:
        back = _DAYS_BACK.get(rel.group(), 0)
    return FuzzyDate.day(ref.earliest - timedelta(days=back))


def _last_day_numbered(anchor: date, day: int) -> date | None:
    """The last date on or before ``anchor`` that is the ``day``-th of its month (今(1)日 under a page
    of 3月2日 is 3月1日), looking two months back at most."""
    return next((d for k in range(62) if (d := anchor - timedelta(days=k)).day == day), None)


def _on_or_before(anchor: date, month: int, day: int) -> date | None:
    """The month and day on or before ``anchor``: in its year, or in the year before when that
    falls within a few months of it (12月2日 under a page dated 2015-4-13 is 2014's); else None."""
    found = date(anchor.year, month, day)
    if found <= anchor:
        return found
    with contextlib.suppress(ValueError):  # 2月29日 of a leap year has none the year before
        found = date(anchor.year - 1, month, day)
        if (anchor - found).days <= _YEAR_WRAP_DAYS:
            return found
    return None


def _span_month(text: str, m: re.Match[str]) -> FuzzyDate | None:
    """The date of a match of DATE; a span of days (于2024年5月29日至30日) gives only its month, as
    the act fell on one of them."""
    d = parse_date(m)
    if d is not None and d.precision is Precision.DAY and _RUN_TAIL.match(text, m.end()):
        return FuzzyDate.month(d.earliest.year, d.earliest.month)
    return d


def _this_years(md: MonthDay, days: list[date]) -> FuzzyDate | None:
    """``md`` told with 今年 in the year most of the page's ``days`` (nearest first: the nearest wins
    a tie) fall in (the page's own: not a photo caption's of 2011, nor the site's date of today above
    an article of 2023), when on or before the last of them; None for a day still to come."""
    year = Counter(day.year for day in days).most_common(1)[0][0]
    day = _in_year(md, year)
    return FuzzyDate.day(day) if day and day <= max(d for d in days if d.year == year) else None


def _in_year(md: MonthDay, year: int) -> date | None:
    """The month and day ``md`` in ``year``, or None if it names no day of it (2月30日)."""
    with contextlib.suppress(KeyError, ValueError):
        return date(year, cn_number(md.month), cn_number(md.day))
    return None


def _in_a_career(text: str, m: re.Match[str]) -> bool:
    """Whether a date is a step of someone's past (曾于2020年1月6日任…, a birth, 参加工作, 入党), not a
    day of the story told (a session's span, 2024年1月6日至8日, is one)."""
    before = text[max(0, m.start() - 3) : m.start()]
    return (
        "曾" in before or _is_birth(text, m.start(), m.end()) or _CAREER_STEP.match(text, m.end()) is not None
    )


# What follows a date of a career's step (…加入中国共产党, …参加工作, …毕业于…).
_CAREER_STEP: Final = re.compile(r"[^,;。]{0,12}?(?:加入|参加工作|入党|毕业|出生|生人|就读|入学|入伍)")


def _is_birth(text: str, start: int, end: int) -> bool:
    return bool(_BIRTH.match(text, end) or _BORN_BEFORE.search(text, max(0, start - 4), start))


@lru_cache(maxsize=4)  # the notices of one window share it
def datelines(key: str) -> list[tuple[int, FuzzyDate]]:
    """Dates that govern the sentences after them: full dates printed as a line of their own, a
    timestamp or a dateline; and dates (month and day resolved) in a sentence about a meeting, a
    decision or an announcement (国务院2020年4月22日决定：, 5月28日，…会议召开)."""
    full: list[tuple[int, FuzzyDate]] = []
    for m in iter_dates(key):
        if _is_birth(key, m.start(), m.end()) or _LATER.match(key, m.end()) or not (d := _span_month(key, m)):
            continue
        if key.endswith("农历", 0, m.start()):  # (农历2022年7月10日): a lunar day, not the page's
            continue
        if key.endswith(("至", "到"), 0, m.start()) or _term_from(key, m.start()):
            continue  # (任期由…至二○一三年六月三十日: a term's bounds, no day the text is told on)
        if _stands_alone(key, m) or (_in_context(key, m.start()) and not _scheduled(key, m.start(), m.end())):
            full.append((m.start(), d))
    full = sorted([*full, *wordy_day_lines(key)], key=lambda x: x[0])  # (Apr. 09, 2024 over a report)
    if (written := key.find("成文日期")) >= 0:  # a disclosure page's 发布日期 dates the page, not the act
        full = [(p, d) for p, d in full if not (p > written and _published_line(key, p))]
    if "通过)" in key and _ADOPTED.search(key):  # (…会议通过) dates the list: the page's 发布时间 does not
        full = [(p, d) for p, d in full if not _published_line(key, p)]
    out = list(full)
    mds = month_days(key)
    for md in mds:
        in_context = _DATELINE_END.match(key, md.end) or _in_context(key, md.start)
        if not in_context or _RUN_TAIL.match(key, md.end):
            continue  # a span's first day (9月27日至28日) gives its month, below
        anchors = [d for _, d in full if d.precision is Precision.DAY]
        if anchors and key.endswith(("今年", "本年"), 0, md.start):
            told = sorted(out, key=lambda x: x[0])  # (the days read so far count too: 10月17日…召开)
            nearest = [d for p, d in reversed(told) if p < md.start] + [d for p, d in told if p >= md.start]
            days = [d.earliest for d in nearest if d.precision is Precision.DAY]
            if (this_year := _this_years(md, days)) is not None:
                out.append((md.start, this_year))
            continue
        above = [d for p, d in full if p < md.start and d.precision is Precision.DAY]
        anchor = above[-1] if above else (anchors[0] if anchors else None)
        if anchor is None:
            if _DATELINE_END.match(key, md.end) and (year := _year_for(key, md.start, full)):
                with contextlib.suppress(KeyError, ValueError):  # 北京1月24日电…2018年两会
                    out.append((md.start, FuzzyDate.day(date(year, cn_number(md.month), cn_number(md.day)))))
            continue
        try:
            day = _on_or_before(anchor.earliest, cn_number(md.month), cn_number(md.day))
        except (KeyError, ValueError):
            continue
        if day is not None:
            out.append((md.start, FuzzyDate.day(day)))
    out += _day_datelines(key, full)
    out += _days_in_context(key, sorted(out, key=lambda x: x[0]))
    known = sorted(out, key=lambda x: x[0])
    for md in mds:
        if _RUN_TAIL.match(key, md.end) and (year := _year_for(key, md.start, known)):
            with contextlib.suppress(KeyError, ValueError):
                out.append((md.start, FuzzyDate.month(year, cn_number(md.month))))
    return sorted(out, key=lambda x: x[0])


# A dispatch's dateline with its day alone (新华社北京12日电, 本报讯 记者…5日讯), near its line's start.
_DAY_DATELINE: Final = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![年月日〇○零一二三四五六七八九十])(?P<d>{_NUM}{{1,3}})日[电讯]"
)
_DATELINE_REACH: Final = 24  # (how far into its line a dateline ends)


def _day_datelines(key: str, full: list[tuple[int, FuzzyDate]]) -> list[tuple[int, FuzzyDate]]:
    """Datelines that print their day alone (新华社北京12日电), of the month of the page's nearest full
    day (above, else below): that month when the day is on or before the page's, else the one before."""
    days = [(p, d) for p, d in full if d.precision is Precision.DAY]
    out: list[tuple[int, FuzzyDate]] = []
    for m in _DAY_DATELINE.finditer(key) if days and "日" in key else ():
        if m.start() - key.rfind("\n", 0, m.start()) > _DATELINE_REACH:
            continue
        above = [d for p, d in days if p < m.start()]
        anchor = (above[-1] if above else days[0][1]).earliest
        with contextlib.suppress(KeyError, ValueError):
            day = anchor.replace(day=cn_number(m.group("d")))
            if day > anchor:  # (a page dated 3月1日 over a dispatch of 28日: February's)
                day = (anchor.replace(day=1) - timedelta(days=1)).replace(day=day.day)
            out.append((m.start(), FuzzyDate.day(day)))
    return out


# A list's adoption note: (2022年8月26日某市第八届人民代表大会常务委员会第五次会议通过).
_ADOPTED: Final = re.compile(r"\(\d{4}年\d{1,2}月\d{1,2}日[^()\n]{4,60}?会议通过\)")


def _published_line(key: str, at: int) -> bool:
    """Whether the date at ``at`` is on a line that says when the page was published (发布日期：)."""
    line = key[key.rfind("\n", 0, at) + 1 : at]
    # (or after the 成文日期 on its line: 成文日期:2023-04-08　发布日期:2023-04-10)
    return (line.startswith(_PUBLISHED_WORDS) and len(line) <= 8) or line.endswith(_PUBLISHED_MARKS)


_PUBLISHED_WORDS: Final = ("发布日期", "发布时间", "公开日期")
_PUBLISHED_MARKS: Final = tuple(word + ":" for word in _PUBLISHED_WORDS)


def _days_in_context(key: str, known: list[tuple[int, FuzzyDate]]) -> list[tuple[int, FuzzyDate]]:
    """A day with no month in a sentence about an act (行政会11日公布): of the month of the
    nearest full day above it (a dateline: 杭州4月12日电 … 11日，…), else of the first below, when
    on or before that day."""
    out = []
    days = [(p, d) for p, d in known if d.precision is Precision.DAY]
    for m in day_only(key) if days else ():
        if not _in_context(key, m.start) or key[m.start - 1] in RUN_MARKS:
            continue  # the last day of a span (至28日) is no day of its own
        above = [d for p, d in days if p < m.start][-1:]
        below = [d for p, d in days if p > m.start][:1]
        for anchor in (*above, *below):
            try:
                day = anchor.earliest.replace(day=cn_number(m.day))
            except (KeyError, ValueError):
                continue
            if day <= anchor.earliest:
                out.append((m.start, _day_or_month(day, key, m.end)))
                break
    return out


class MonthDay(NamedTuple):
    """A month and day (or a day) printed without a year, with its span."""

    start: int
    end: int
    month: str
    day: str


def _first_relative(sentence: str) -> re.Match[str] | None:
    """``_RELATIVE.search(sentence)``, not run on a sentence without a character its matches hold."""
    return _RELATIVE.search(sentence) if _RELATIVE_MARK.search(sentence) else None


def _opening_month_day(sentence: str) -> MonthDay | None:
    """The month and day a sentence opens with (8月24日，…), or None."""
    md = month_days(sentence[:_OPENING_REACH])
    return md[0] if md and md[0].start == 0 else None


def month_days(text: str) -> list[MonthDay]:
    """Every 4月2日 in ``text`` (not part of a full date: no 年 or digit before the month)."""
    out = []
    for m in _MD_TAIL.finditer(text):
        if (at := _number_before(text, m.start())) is not None:
            out.append(MonthDay(at, m.end(), text[at : m.start()], m.group("d")))
    return out


def day_only(text: str) -> list[MonthDay]:
    """Every day printed alone (11日公布), not after a month and not a dateline's (…日电)."""
    out = []
    for m in _DAY_MARK.finditer(text):
        if (at := _number_before(text, m.start())) is not None:
            out.append(MonthDay(at, m.end(), "", text[at : m.start()]))
    return out


def _number_before(text: str, end: int) -> int | None:
    """Where a one- or two-numeral number ending at ``end`` starts, when it is not part of a longer
    date (no 年, 月 or numeral before it); None if there is none."""
    at = end
    while at > 0 and end - at < 2 and text[at - 1] in _NUMERALS:
        at -= 1
    this_year = text.endswith(("今年", "本年"), 0, at)  # (今年4月28日: a day of the text's own year)
    if at == end or (at > 0 and not this_year and (text[at - 1] in _NUMERALS or text[at - 1] in "年月")):
        # a page's time run into the month after it (09:085月5日下午): the month is what follows
        timed = (end - n for n in (1, 2) if _TIME_BEFORE.search(text, max(0, end - n - 5), end - n))
        return next(timed, None)
    return at


def _year_for(key: str, at: int, full: list[tuple[int, FuzzyDate]]) -> int | None:
    """The year of a yearless date at ``at``: the full date above, else a year printed in its
    sentence (2018年省级地方两会…1月19日到23日)."""
    above = [d for p, d in full if p < at]
    if above:
        return above[-1].earliest.year
    start = sentence_start(key, at)
    ends = [i for ch in _STOPS if (i := key.find(ch, at)) >= 0]
    m = _YEAR.search(key, start, min(ends) if ends else len(key))
    return int(m.group(1)) if m else None


# An order's number after its date, on the order's heading line (总统令 中华民国113年5月20日
# 华总一义字第11300045611号): the date of the order.
_ORDER_NUMBER_AFTER: Final = re.compile(r"\|?[\u4e00-\u9fff]{2,8}字第\d{4,14}号$", re.M)


def _term_from(text: str, at: int) -> bool:
    """Whether the date at ``at`` is the day a term starts (任期由…, 任期两年，由…起生效)."""
    return _TERM_FROM.search(text, max(0, at - 16), at) is not None


def _stands_alone(key: str, m: re.Match[str]) -> bool:
    """A date line, a timestamp (2024-05-30 08:17) or a dateline (…2024年3月5日电)."""
    line_start = key.rfind("\n", 0, m.start()) + 1
    line_end = key.find("\n", m.end())
    line = key[line_start : line_end if line_end >= 0 else len(key)]
    return bool(
        date_line(_WEEKDAY.sub("", line))
        or _TIME_AFTER.match(key, m.end())
        or (_has_day(m) and _WEEKDAY_AFTER.match(key, m.end()))  # (…主任2017年01月21日星期六新京报)
        or _DATELINE_END.match(key, m.end())
        or _ORDER_NUMBER_AFTER.match(key, m.end())
        or (len(line) <= 60 and PUBLICATION_WORDS.search(line))
        or SOURCE_DATE_LINE.match(line)  # 某某人大网 2023-06-29
        or (m.group("d") is not None and m.start() > 0 and key[m.start() - 1] in _ISSUER_END)
        or _bracketed_at_paragraph_end(key, m, line_start, line_start + len(line))
    )


def _bracketed_at_paragraph_end(key: str, m: re.Match[str], line_start: int, line_end: int) -> bool:
    """Whether the date stands in a bracket that closes its paragraph after a full stop, its source
    beside it (…任命甲为某市副市长。(湖州日报 2024年3月30日), (2024-04-13 来源：某新闻网)): the page's day."""
    opened = key.rfind("(", line_start, m.start())
    closed = key.find(")", m.end(), line_end)
    return (
        opened >= 0
        and closed == line_end - 1
        and closed - opened <= _BRACKETED_DATE_LONGEST
        and (opened == line_start or key[opened - 1] in "。.")
    )


_BRACKETED_DATE_LONGEST: Final = 40


def _has_day(m: re.Match[str]) -> bool:
    """Whether a match of DATE names its day."""
    return (m.group("d") or m.group("d2")) is not None


def _day_or_month(day: date, text: str, end: int) -> FuzzyDate:
    """``day``, printed in ``text`` up to ``end``; only its month when it opens a span (26日至27日,
    12月26日至29日: the act fell on one of those days)."""
    return FuzzyDate.month(day.year, day.month) if _RUN_TAIL.match(text, end) else FuzzyDate.day(day)


def sentence_start(key: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (after the last stop before it)."""
    return max(key.rfind(ch, 0, at) for ch in _STOPS) + 1


def clause_start(key: str, at: int, stops: str = ",;:。\n") -> int:
    """Where the clause holding offset ``at`` starts: after the last of ``stops`` before it."""
    return max(key.rfind(ch, 0, at) for ch in stops) + 1


def _scheduled(key: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is one a decision sets for a meeting to come (会议决定，…
    大会于2020年4月22日至24日在某地召开): the day of no act reported around it."""
    if start < 1 or key[start - 1] != "于" or not _HELD_AFTER.match(key, end):
        return False
    begin = sentence_start(key, start)
    return "决定" in key[begin:start]


# A past told as once held (曾任, 曾于…): not 曾 the surname (任命曾凡荣为…).
_ONCE: Final = re.compile(r"曾(?:任|经|在|于|担任|兼任|是|为|分管|长期|先后|历任)")


def _in_context(key: str, at: int) -> bool:
    """Whether the sentence holding offset ``at`` is about a meeting, decision or announcement."""
    start = sentence_start(key, at)
    ends = [i for ch in _STOPS if (i := key.find(ch, at)) >= 0]
    sentence = key[start : min(ends) if ends else len(key)]
    # A career step opens with its year and month (2008年5月，他调任…); an announcement with its day.
    step = _STEP.match(sentence)
    career = step is not None and "日" not in step.group()
    return (
        bool(_CONTEXT.search(sentence)) and not career and not ("曾" in sentence and _ONCE.search(sentence))
    )
