"""Members a board elects to its committees, listed committee by committee.

A listed company's board resolution elects its committees' members in lines of their own, after a
sentence naming the board ("选举以下董事为公司第六届董事会各专门委员会委员：战略委员会：甲（主任委员）、
乙、丙；审计委员会：…"): each name is elected a member of that committee of that board, the one
marked 主任委员 (or 召集人) its chair instead. See docs/design.md#forms.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.names import split_names_in_slot
from graph_builder.extract.posts import post_of
from graph_builder.extract.reading import Reading, State, printed
from graph_builder.read.normalise import Compact
from graph_builder.types import Kind

# 战略委员会: before the colon that opens a list of its members.
_COMMITTEE: Final = re.compile(r"(?:^|[;。\n:,])(?P<body>[\u4e00-\u9fff]{2,12}委员会)$")
# The board the committees belong to, printed in the sentence that elects them.
_BOARD: Final = re.compile(
    r"(?P<board>(?:公司|本行|本公司)?第[一二三四五六七八九十\d]{1,3}届董事会)(?:各)?专门委员会"
)
# A member's mark of the chair.
_CHAIR: Final = re.compile(r"\((?:主任委员|召集人|主席)\)")
_BOARD_REACH: Final = 300  # how far above the lines the electing sentence stands


def committee_members(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """战略委员会：甲（主任委员）、乙、丙 under a sentence electing a board's committees: each
    name elected a member of that committee (its chair too, when marked)."""
    if start < 1 or c.key[start - 1] != ":" or "、" not in key:
        return None
    m = _COMMITTEE.search(c.key, max(0, start - 16), start - 1)
    if m is None:
        return None  # (no committee before the colon: the board, sought over a long reach, is not)
    board = None
    for found in _BOARD.finditer(c.key, max(0, start - _BOARD_REACH), start):
        board = found
    if board is None:
        return None
    body = c.text[board.start("board") : board.end("board")] + c.text[m.start("body") : m.end("body")]
    items = key
    chairs = {_CHAIR.sub("", item) for item in items.split("、") if _CHAIR.search(item)}
    names = split_names_in_slot(_CHAIR.sub("", items))
    if not names:
        return None
    member = post_of(body, "委员")
    chair = post_of(body, "主任委员")
    who = printed(c, start, _positions(items, names))
    is_chair = [key_name in chairs for _, key_name in names]
    members = tuple(n for n, head in zip(who, is_chair, strict=True) if not head)
    heads = tuple(n for n, head in zip(who, is_chair, strict=True) if head)
    readings = [
        Reading(group, Kind.ELECT, (post,), start, start + len(key))
        for group, post in ((heads, chair), (members, member))
        if group
    ]
    return replace(readings[0], more=tuple(readings[1:]))


def _positions(items: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``names`` read from the list without its chair marks, at their offsets in the printed list."""
    out, at = [], 0
    for _, name in names:
        at = items.find(name, at)
        out.append((at, name))
        at += len(name)
    return out
