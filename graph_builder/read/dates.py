"""Dates as gazettes print them: 2024年4月22日, ２０２４年３月２９日, 二〇二三年四月~六月份."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Final

from graph_builder.types import FuzzyDate

_DIGIT: Final = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_NUM: Final = r"[\d〇○零一二三四五六七八九十]"
# The marks running one day on to another (12日至13日, 12-13日); the hyphen last, a literal in a class.
RUN_MARKS: Final = "到至~～—–-"
# Matched on normalised text (ASCII digits, no whitespace).
# 2024年4月22日, 二〇二三年四月; and on web pages 2024-04-22, 2024.4.22, 2024/4/22 (days only).
DATE: Final = re.compile(
    rf"(?P<y>{_NUM}{{4}})年(?P<m>{_NUM}{{1,3}}|元)月(?:(?P<d>{_NUM}{{1,3}})日)?"  # (元月: January)
    # (2023年6月12-13日, 6月12至13日: a span of days, its first printed without 日: the month's)
    rf"(?:{_NUM}{{1,3}}(?=[{RUN_MARKS}]{_NUM}{{1,3}}日))?"
    # A timestamp's time may follow with no space left between (2023-04-0409:43:19), or stand
    # before it (发布时间:16:012025-12-09, a Hong Kong page's).
    r"|(?:(?<!\d)|(?<=\d:\d\d))(?P<y2>(?:19|20)\d\d)(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}?)(?:(?!\d)|(?=\d\d?:\d\d))"
)
# A full day as a pattern with no groups, to be part of line patterns (2024年4月22日, 2024-04-22).
FULL_DAY: Final = rf"{_NUM}{{4}}(?:年(?:{_NUM}{{1,2}}|元)月{_NUM}{{1,3}}日|[-./]\d{{1,2}}[-./]\d{{1,2}})"
# A dispatch's dateline date (新华社北京3月5日电: 3月5日电), as a pattern with no groups.
DATELINE_DAY: Final = rf"(?:{_NUM}{{4}}年)?{_NUM}{{1,2}}月{_NUM}{{1,3}}日[电讯]"
# The marks a date holds (its 年 or separators). DATE does not start with a literal or a class,
# so the engine would try it at every position; a scan for these skips ahead.
DATE_MARK: Final = re.compile(r"[年\-./]")
PERIOD: Final = re.compile(
    rf"({_NUM}{{4}})年({_NUM}{{1,3}})月?(?:份)?(?:[~～\-—–至到]+)(?:({_NUM}{{4}})年)?({_NUM}{{1,3}})月份?"
)
QUARTER: Final = re.compile(rf"({_NUM}{{4}})年(?:第)?([一二三四1-4])季度")


_MONTH_NAMES: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A page's date line in the English order (April 9, 2024; Apr. 09, 2024; 9 April 2024), or in that
# order with the month in Chinese as content systems print it (4月. 09, 2024); matched on a line's
# key (no whitespace), with a time after it or not.
_WORDY_DAY: Final = re.compile(
    rf"(?:(?P<word>{_MONTH_WORD})|(?P<m>\d{{1,2}})月\.?)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,(?P<y>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?P<word2>{_MONTH_WORD}),?(?P<y2>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_CLOCK: Final = re.compile(r"\d{1,2}:\d\d(?::\d\d)?(?:[ap]\.?m\.?)?", re.IGNORECASE)


def wordy_day_line(line: str) -> FuzzyDate | None:
    """The day a line's key states and nothing else but a time (Apr. 09, 2024 10:30), written in
    the English order; None for any other line."""
    m = _WORDY_DAY.match(line)
    if not m or not (m.end() == len(line) or _CLOCK.fullmatch(line, m.end())):
        return None
    word = (m["word"] or m["word2"] or "")[:3].lower()
    month = _MONTH_NAMES.index(word) + 1 if word else int(m["m"])
    try:
        return FuzzyDate.day(date(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"])))
    except ValueError:
        return None


# A year after a comma, a point or a month's name: where a wordy date's line may be (its line is
# tested whole by wordy_day_line). Written to start with a class, which the engine skips ahead to.
_WORDY_MARK: Final = re.compile(r"[,.a-zA-Z](?=(?:19|20)\d\d)")


def wordy_day_lines(key: str) -> list[tuple[int, FuzzyDate]]:
    """(offset, day) of each line of ``key`` that is a date in the English order."""
    out: list[tuple[int, FuzzyDate]] = []
    for mark in _WORDY_MARK.finditer(key):
        start = key.rfind("\n", 0, mark.start()) + 1
        end = key.find("\n", mark.end())
        line = key[start : end if end >= 0 else len(key)]
        if (not out or out[-1][0] != start) and len(line) <= 32 and (day := wordy_day_line(line)):
            out.append((start, day))
    return out


def cn_number(text: str) -> int:
    """Read 2024, 二〇二四, 十二, 二十五, 三十一 (and 元 of 元月) as integers."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    if "十" not in text:
        return int("".join(str(_DIGIT[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[units] if units else 0)


def parse_date(m: re.Match[str]) -> FuzzyDate | None:
    """A FuzzyDate from a match of :data:`DATE`; None when the numbers make no date."""
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else m.group("y2", "m2", "d2")
    try:
        year, month = cn_number(y), cn_number(mo)
        if d:
            return FuzzyDate.day(date(year, month, cn_number(d)))
        return FuzzyDate.month(year, month)
    except (KeyError, ValueError):
        return None


def parse_period(m: re.Match[str]) -> FuzzyDate | None:
    """A span from a match of :data:`PERIOD` (二〇二三年四月~六月份 -> 2023-04/2023-06)."""
    try:
        year = cn_number(m.group(1))
        last_year = cn_number(m.group(3)) if m.group(3) else year
        first = FuzzyDate.month(year, cn_number(m.group(2)))
        last = FuzzyDate.month(last_year, cn_number(m.group(4)))
    except (KeyError, ValueError):
        return None
    return FuzzyDate.span(first, last) if first.earliest <= last.earliest else None


def parse_quarter(m: re.Match[str]) -> FuzzyDate | None:
    """A span from a match of :data:`QUARTER` (2023年第二季度 -> 2023-04/2023-06)."""
    try:
        year = cn_number(m.group(1))
        q = int(m.group(2)) if m.group(2).isdigit() else "一二三四".index(m.group(2)) + 1
        return FuzzyDate.span(FuzzyDate.month(year, 3 * q - 2), FuzzyDate.month(year, 3 * q))
    except (KeyError, ValueError):
        return None


def find_period(text: str) -> FuzzyDate | None:
    """The first period (a month range or a quarter) printed in ``text``, if any."""
    for pattern, parse in ((PERIOD, parse_period), (QUARTER, parse_quarter)):
        m = pattern.search(text)
        if m and (found := parse(m)):
            return found
    return None


def iter_dates(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``DATE.finditer(text, pos, endpos)``, found from the marks dates hold.

    Every date holds its first 年 or separator exactly four characters in (after the year,
    whose characters are none of these), so a match can only start four characters before a
    mark. Trying those starts in order, from where the last match ended, finds what finditer
    finds, without trying every position.
    """
    endpos = len(text) if endpos is None else endpos
    resume = pos
    for mark in DATE_MARK.finditer(text, pos + 4, endpos):
        at = mark.start() - 4
        if at >= resume and (m := DATE.match(text, at, endpos)):
            yield m
            resume = m.end()


def find_date(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """``DATE.search(text, pos, endpos)``, by way of :func:`iter_dates`."""
    return next(iter_dates(text, pos, endpos), None)
