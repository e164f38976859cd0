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

import re
from bisect import bisect_left
from datetime import date, timedelta

from graph_builder.read.dates import _NUM, cn_number, iter_dates, parse_date
from graph_builder.read.patterns import date_line
from graph_builder.types import FuzzyDate, Precision

_MONTH_DAY = re.compile(rf"(?<![\d年月])(?P<m>{_NUM}{{1,2}})月(?P<d>{_NUM}{{1,3}})日")
_DATELINE_END = re.compile(r"(?:电|讯|消息)")
_RELATIVE = re.compile(r"今天|今日|昨天|昨日|前天")
_BIRTH = re.compile(r"^.{0,3}(?:出生|生人|生[,)）])|^生")
_BORN_BEFORE = re.compile(r"(?:生于|出生于|出生)$")
_TIME_AFTER = re.compile(r"\d{1,2}:\d\d")
# A sentence that dates the acts after it: a meeting, a decision, an announcement.
_CONTEXT = re.compile(r"会议|决定|召开|大会|宣布|通过|公告|宣读")
_STOPS = "。;；\n"
# A sentence that opens with a date and goes on as a career step: 2008年5月,他调任…
_STEP = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?[,，]?")


class EventDates:
    """Dates of the sentences of one compact window's running text (found on first need)."""

    def __init__(self, key: str) -> None:
        self._key = key
        self._lines: list[tuple[int, FuzzyDate]] | None = None  # anchors and datelines, by offset

    def of_sentence(self, sentence: str, start: int) -> FuzzyDate | None:
        """The date of an event in ``sentence`` (which starts at ``start``), or None."""
        for m in iter_dates(sentence):
            if not _is_birth(sentence, m.start(), m.end()):
                return parse_date(m)
        for m in _MONTH_DAY.finditer(sentence):
            if not _is_birth(sentence, m.start(), m.end()):
                return self._resolved(m, start)
        rel, ref = _RELATIVE.search(sentence), self.above(start) or self._anchor(start)
        if rel and ref and ref.precision is Precision.DAY:
            back = {"昨天": 1, "昨日": 1, "前天": 2}.get(rel.group(), 0)
            return FuzzyDate.day(ref.earliest - timedelta(days=back))
        return self.above(start)

    def is_career_step(self, sentence: str, start: int) -> bool:
        """A sentence opening with a date before the text's own (2008年5月,他调任…): biography."""
        m = _STEP.match(sentence)
        if not m or not (d := next(iter_dates(sentence, 0, m.end()), None)) or not (when := parse_date(d)):
            return False
        anchor = self._anchor(start)
        return anchor is not None and when.earliest.year < anchor.earliest.year

    def above(self, pos: int) -> FuzzyDate | None:
        """The last dateline, publication line or timestamp above ``pos``."""
        lines = self._found()
        k = bisect_left([p for p, _ in lines], pos)
        return lines[k - 1][1] if k else None

    def _anchor(self, pos: int) -> FuzzyDate | None:
        lines = [(p, d) for p, d in self._found() if d.precision is Precision.DAY]
        above = [d for p, d in lines if p < pos]
        return above[-1] if above else (lines[0][1] if lines else None)

    def _resolved(self, m: re.Match[str], pos: int) -> FuzzyDate | None:
        anchor = self._anchor(pos)
        if anchor is None:
            return None
        try:
            day = date(anchor.earliest.year, cn_number(m.group("m")), cn_number(m.group("d")))
        except (KeyError, ValueError):
            return None
        return FuzzyDate.day(day) if day <= anchor.earliest else None

    def _found(self) -> list[tuple[int, FuzzyDate]]:
        if self._lines is None:
            self._lines = _datelines(self._key)
        return self._lines


def _is_birth(text: str, start: int, end: int) -> bool:
    return bool(_BIRTH.match(text, end) or _BORN_BEFORE.search(text, max(0, start - 4), start))


def _datelines(key: str) -> list[tuple[int, FuzzyDate]]:
    """Dates that govern the sentences after them: full dates printed as a line of their own, a
    timestamp or a dateline; and dates (month and day resolved) in a sentence about a meeting, a
    decision or an announcement (国务院2020年4月22日决定：, 5月28日，…会议召开)."""
    full: list[tuple[int, FuzzyDate]] = []
    for m in iter_dates(key):
        if _is_birth(key, m.start(), m.end()) or not (d := parse_date(m)):
            continue
        if _stands_alone(key, m) or _in_context(key, m.start()):
            full.append((m.start(), d))
    out = list(full)
    for m in _MONTH_DAY.finditer(key):
        if not (_DATELINE_END.match(key, m.end()) or _in_context(key, m.start())):
            continue
        anchors = [d for _, d in full if d.precision is Precision.DAY]
        above = [d for p, d in full if p < m.start() and d.precision is Precision.DAY]
        anchor = above[-1] if above else (anchors[0] if anchors else None)
        if anchor is None:
            continue
        try:
            day = date(anchor.earliest.year, cn_number(m.group("m")), cn_number(m.group("d")))
        except (KeyError, ValueError):
            continue
        if day <= anchor.earliest:
            out.append((m.start(), FuzzyDate.day(day)))
    return sorted(out, key=lambda x: x[0])


def _stands_alone(key: str, m: re.Match[str]) -> bool:
    """A date line, a timestamp (2024-05-30 08:17) or a dateline (…2024年3月5日电)."""
    line_start = key.rfind("\n", 0, m.start()) + 1
    line_end = key.find("\n", m.end())
    line = key[line_start : line_end if line_end >= 0 else len(key)]
    return bool(date_line(line) or _TIME_AFTER.match(key, m.end()) or _DATELINE_END.match(key, m.end()))


def _in_context(key: str, at: int) -> bool:
    """Whether the sentence holding offset ``at`` is about a meeting, decision or announcement."""
    start = max(key.rfind(ch, 0, at) for ch in _STOPS) + 1
    ends = [i for ch in _STOPS if (i := key.find(ch, at)) >= 0]
    sentence = key[start : min(ends) if ends else len(key)]
    return bool(_CONTEXT.search(sentence)) and not _STEP.match(sentence) and "曾" not in sentence
