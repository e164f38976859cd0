"""The names of a list a decision attaches below it: 任命甲等8名同志为某法院人民陪审员。⏎附：人民陪审员
名单⏎甲|乙|丙… (a congress's jurors, a government's advisers), each named in the list and none in the
decision's sentence but the first.
"""

from __future__ import annotations

import re
from typing import Final

from graph_builder.extract.names import is_name
from graph_builder.read.dates import cn_number

# The first name and the count the decision gives (甲等8名同志, 甲等十二人).
_COUNTED: Final = re.compile(r"等(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:名|位|人)")
# How far below the decision its list may begin, and how far and how many lines of names it may run.
_LIST_REACH: Final = 300
_MOST_LINES: Final = 40
_LIST_LONGEST: Final = 2000
# What parts the names of a line (甲|乙|丙, 甲、乙).
_CELL_STOP: Final = re.compile(r"[|、,]")
# A list's own heading line (附：人民陪审员名单（按姓氏笔画排序）, 附件, 名单附后): not a name's line.
_HEADING: Final = re.compile(r"^(?:附件?\d?[:：]?)?[^|]{0,30}?(?:名单|附件|附)(?:\([^()]{0,20}\))?[:：]?$")


def attached_names(key: str, first: str, start: int, end: int, title: str) -> tuple[str, ...]:
    """All the names of the list attached below a decision read at key[start:end] on ``first`` and
    others counted (甲等8名同志为X): the list's names when they are as many as counted, ``first``
    among them, and the list is the decision's (its heading names the ``title``, 人民陪审员名单, or
    the decision says 名单附后); else ()."""
    at = key.find(first + "等", start, end)
    m = _COUNTED.match(key, at + len(first)) if at >= 0 else None
    if m is None:
        return ()
    count = cn_number(m["n"])
    line_start = key.find("\n", end)
    if line_start < 0 or line_start - end > _LIST_REACH or count < 2:
        return ()
    names: list[str] = []
    # (附：参加培训人员名单 below 任命甲等3名同志为某参事: another list, not the decision's)
    its_own = "附后" in key[start:line_start]
    for line in key[line_start + 1 : line_start + 1 + _LIST_LONGEST].split("\n")[:_MOST_LINES]:
        found = _names_of_line(line)
        if found:
            names += found
        elif names or not _HEADING.match(line):
            break  # the list ended (or what stands below the decision is no list of names)
        else:
            its_own = its_own or (len(title) >= 2 and title[-3:] in line)
    return tuple(names) if its_own and len(names) == count and first in names else ()


def _names_of_line(line: str) -> list[str]:
    """The names a line holds alone (甲|乙|丙, 甲、乙, 甲), or [] when it holds anything else."""
    cells = [cell for cell in _CELL_STOP.split(line.rstrip("。;")) if cell]
    return cells if cells and all(is_name(cell) for cell in cells) else []
