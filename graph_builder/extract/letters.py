"""Letters of resignation: handed in by their writer (甲向董事会递交书面辞呈) or received by a body
(公司董事会收到董事长甲的书面辞职报告), and the posts their writer resigns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.clause_spans import SENTENCE_STOP
from graph_builder.extract.descriptions import (
    described_people,
    described_posts,
    without_address,
)
from graph_builder.extract.list_items import item_reading
from graph_builder.extract.listings import named_after_title
from graph_builder.extract.names import is_name
from graph_builder.extract.reading import (
    Reading,
    State,
    printed,
)
from graph_builder.read.normalise import (
    Compact,
    to_key,
)
from graph_builder.types import Kind


def letter_handed(c: Compact, start: int, key: str, handed: re.Match[str], state: State) -> Reading | None:
    """甲(于某日)(向某公司董事会)递交(书面)辞呈: the writer (named here, after his posts, or in the
    clause before) resigns. The clause after may say which posts (，辞去公司董事长职务: those of the
    body he wrote to); else he resigns the posts he is described by."""
    writer = WRITTEN_BY.sub("", key[: handed.start()])
    found = (0, writer) if is_name(writer) else named_after_title(writer) if writer else None
    several = described_people(c, start, writer) if writer and found and found[0] else None
    # (…向某公司董事会递交…: the body written to, whose bare titles his are)
    written_to = c.text[start + handed.start("to") : start + handed.start("board")] if handed["board"] else ""
    if several:  # 副总经理甲先生、财务总监乙女士于近日递交书面辞职报告: each his own post
        state.subject, state.subject_held = several
        state.subject_start = start
    elif found and any(named_after_title(without_address(p)) for p in writer[: found[0]].split("、")):
        return None  # (副总经理甲先生、财务总监乙女士…, their posts unread: no post is two people's)
    elif found:
        state.subject, state.subject_start = printed(c, start, [found]), start
        held_before = described_posts(c, start, writer[: found[0]], written_to) if found[0] else []
        state.subject_held = tuple(held_before)  # (董事长暨总经理甲先生向公司董事会…: the board's company's)
    elif writer or not state.subject or SENTENCE_STOP.search(c.key, state.subject_start, start):
        return None  # (公司财务负责人甲因工作调动原因，向董事会提交了辞职报告: the writer named before)
    state.joined = (start, written_to)
    if _RESIGNING.search(c.key, start + len(key), start + len(key) + _RESIGNED_POSTS_REACH):
        return None  # …递交书面辞职报告，申请辞去公司副总经理职务: the clause after names the posts
    held = state.subject_held
    if several is None and len(state.subject) == 1:
        # (…递交书面辞职报告，辞职后甲先生将继续担任公司董事: the post kept is not resigned)
        kept = _KEPT_ON.search(c.key, start + len(key), start + len(key) + _RESIGNED_POSTS_REACH)
        kept_posts = set(kept["posts"].removesuffix("职务").split("、")) if kept else set()
        held = tuple(p for p in held if p.title not in kept_posts and to_key(p.post) not in kept_posts)
    if not held or (several is None and len(state.subject) != 1):
        return None
    posts = tuple(replace(p, start=0, end=0) for p in held)  # (printed before the act)
    return Reading(
        state.subject, Kind.RESIGN, posts, state.subject_start, start + len(key), several is not None
    )


def letter_received(
    c: Compact, start: int, key: str, writing: str, writer: tuple[int, str]
) -> Reading | None:
    """公司董事会收到董事长甲的书面辞职报告 (and nothing right after it resigns a post): the writer
    resigns the posts that describe him, a bare title the announcing company's (公司, completed with
    its name later); None when the text goes on to say which posts."""
    if _RESIGNING.search(c.key, start + len(key), start + len(key) + _RESIGNED_POSTS_REACH):
        return None  # …的辞职报告。其申请辞去公司副总经理职务: the text goes on to say which posts
    lead = writing.rfind("收到", 0, writer[0])
    lead = lead + 2 if lead >= 0 else 0
    if _OTHER_WRITER.search(writing, lead, writer[0]):
        return None  # 收到董事甲先生以及副总裁乙的辞职报告: two letters, their posts printed apart
    return item_reading(
        c, start, printed(c, start, [writer]), Kind.RESIGN, lead, writer[0], start + lead, "公司"
    )


# The posts a letter's writer keeps, said after the letter (辞职后，甲先生将继续担任公司董事).
_KEPT_ON: Final = re.compile(r"(?:继续|仍然|仍)(?:在公司)?(?:担任|任)(?P<posts>[^。;]{2,40})")
# What stands between the writer's name and 的 of a letter (甲先生提交的书面辞职报告).
WRITTEN_BY: Final = re.compile(r"(?:先生|女士|同志)?(?:提交|递交|呈交|发来|送达|送交)?$")
# (辞去 / 辞任 name the posts after them; 辞职 names none: 由于甲辞职将导致…, 甲因个人原因申请辞职)
_RESIGNING: Final = re.compile(r"辞去|辞任(?!报告|函|信)")
# How far after a letter the text may say which posts its writer resigns.
_RESIGNED_POSTS_REACH: Final = 200
_OTHER_WRITER: Final = re.compile(r"先生|女士|以及|和|与")
