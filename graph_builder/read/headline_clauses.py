"""Clauses of one line parted by a space alone: a news headline's two acts.

Headlines print two acts side by side with a space for their stop ("王五任某市代市长 赵六辞去市长职务",
"某公司董事长甲辞任 乙接任"). The normalised text drops spaces inside a line, which would run the
second clause into the first one's post; a space that parts two such clauses is read as a comma.
Pure: text in, offsets out (docs/design.md#forms).
"""

from __future__ import annotations

import re
from typing import Final

# A run of spaces in a line (one or two between two characters is a gap; not a tab: a table's cells).
# (no lookbehind first: the engine then skips ahead to a space rather than trying every character)
_SPACES: Final = re.compile("[ \u3000]+")
_GAP_LONGEST: Final = 2
# A clause that tells an act and ends where a post or an act ends (…任某市代市长, …辞去市长职务,
# …董事长甲辞任, …不再担任), in either script.
_ACT_TOLD: Final = re.compile(r"任|辞|辭|当选|當選|免|卸|聘|接|不再|履新|调|調|升|决定|決定")
_CLAUSE_END: Final = re.compile(
    r"(?:[长長员員记記理事官监監席委]|主任|职务|職務|请求|請求|辞职|辭職|辞任|辭任|接任|担任|擔任|卸任|当选|當選|兼任)$"
)
# A clause that opens with its act (决定…, 任命…) or with a name and its act (乙接任, 乙辞去…, 乙任…).
_CLAUSE_OPENS: Final = re.compile(
    r"(?:决定|決定|任命|免去|接受|提名|聘任|[\u4e00-\u9fff·]{2,5}?"
    r"(?:任|辞|辭|当选|當選|出任|接任|不再|卸任|升任|调任|調任|兼任|为|為|将|將|履新))"
)
# A line no longer than a headline, with no full stop: a sentence's spaces are no clause stops.
_HEADLINE_LONGEST: Final = 90
_CLAUSE_MARKS: Final = ",，:：;；"


def clause_gaps(text: str) -> list[int]:
    """The last space of each gap in ``text`` that parts two clauses of a headline line, each
    telling an act (甲任某市代市长 乙辞去市长职务): where a comma stands for the space."""
    if " " not in text and "\u3000" not in text:
        return []
    found: list[int] = []
    at = 0
    for line in text.split("\n"):
        # (a line that tells no act, most of a page's, is passed by before its spaces are looked at)
        if len(line) <= _HEADLINE_LONGEST and "。" not in line and _ACT_TOLD.search(line):
            found += [at + gap for gap in _line_gaps(line)]
        at += len(line) + 1
    return found


def _line_gaps(line: str) -> list[int]:
    """The clause gaps of one line (offsets in the line)."""
    gaps: list[int] = []
    opened = 0  # where the clause before the gap opens: the line's start, a mark, or the last gap
    for m in _SPACES.finditer(line):
        if m.end() - m.start() > _GAP_LONGEST or m.start() == 0 or m.end() == len(line):
            continue
        clause = line[opened : m.start()]
        opened = max(opened, *(clause.rfind(mark) + opened + 1 for mark in _CLAUSE_MARKS))
        clause = line[opened : m.start()]
        told = _ACT_TOLD.search(clause) is not None and _CLAUSE_END.search(clause) is not None
        if told and _CLAUSE_OPENS.match(line, m.end()):
            gaps.append(m.end() - 1)
            opened = m.end()
    return gaps
