"""A company's new board and officers told section by section, each title over its holders.

A listed company reports a completed re-election (换届) in sections headed by the body they compose,
each line a title and those who hold it ("一、第九届董事会组成情况⏎董事长：甲⏎独立董事：乙、丙⏎…⏎三、聘任
高级管理人员情况⏎总经理：丁"). The board's and the supervisors' lines are elections to that board;
the officers' lines are hirings by the company. See docs/design.md#forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.extract.names import split_names_in_slot
from graph_builder.extract.posts import post_of
from graph_builder.extract.reading import Reading
from graph_builder.extract.titles import ends_with_title
from graph_builder.read.normalise import Compact
from graph_builder.read.patterns import ITEM_NUMBER
from graph_builder.types import Kind


@dataclass(frozen=True, slots=True)
class Section:
    """The body a section's lines are of (as printed: 公司第九届董事会, 公司) and their act."""

    body: str
    term: str  # the board's term as printed (第九届), '' if none: a title naming its board takes it
    kind: Kind


# 一、第九届董事会组成情况 / （二）公司第八届监事会成员 / 三、聘任高级管理人员及证券事务代表情况.
_BOARD_SECTION = re.compile(
    rf"^(?:{ITEM_NUMBER})?(?:公司)?(?P<term>第[\d一二三四五六七八九十]{{1,3}}届)?(?P<board>董事会|监事会)"
    r"(?:成员)?(?:的)?(?:组成|构成|人员组成)?(?:情况)?$"
)
_OFFICERS_SECTION = re.compile(
    rf"^(?:{ITEM_NUMBER})?(?:公司)?(?:聘任|新聘任的?)(?:公司)?(?:新一届)?高级管理人员[^,:。]{{0,16}}?(?:情况)?$"
)
# A line of a title and its holders (独立董事:甲、乙、丙), as a key prints it.
# (numbered, 1、董事长:甲先生, its names with how they are addressed)
_TITLE_LINE = re.compile(
    rf"(?:{ITEM_NUMBER})?(?P<title>[\u4e00-\u9fff]{{2,12}}):(?P<names>[\u4e00-\u9fff·、]{{2,80}})$"
)
_BOARDS = ("董事会", "监事会")


def composition_section(key: str) -> Section | None:
    """The section a heading line ``key`` opens (第九届董事会组成情况, 聘任高级管理人员情况), or None."""
    if "会" in key and (m := _BOARD_SECTION.match(key)):
        term = m["term"] or ""
        return Section(f"公司{term}{m['board']}", term, Kind.ELECT)
    if "高级管理人员" in key and _OFFICERS_SECTION.match(key):
        return Section("公司", "", Kind.HIRE)
    return None


def composition_line(c: Compact, start: int, key: str, section: Section) -> Reading | None:
    """The holders a line ``key`` of a section names for its title (董事长:甲; 副总经理:乙、丙), each
    of the section's body (a title naming its board, 监事会主席, of the company's board of that
    term), or None for a line of another kind."""
    m = _TITLE_LINE.match(key) if ":" in key else None
    if not m or not ends_with_title(m["title"]) or not (names := split_names_in_slot(m["names"])):
        return None
    title = c.text[start + m.start("title") : start + m.end("title")]
    body = f"公司{section.term}" if m["title"].startswith(_BOARDS) else section.body
    at = start + m.start("names")
    who = tuple(c.text[at + i : at + i + len(name)] for i, name in names)
    return Reading(who, section.kind, (post_of(body, title),), start, start + len(key))
