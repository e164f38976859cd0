"""A body elected under the head it names (选举产生了以甲为会长的某协会新一届领导机构): its heads."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.names import MINISTERS, is_name
from graph_builder.extract.posts import read_posts
from graph_builder.extract.reading import Reading, State, printed
from graph_builder.read.normalise import Compact
from graph_builder.types import Kind

# 选举产生了(某协会)以甲(法师)为会长(、乙为副会长)的(某协会)新一届领导机构: the heads the body is told
# by, the body's name before 以 or after 的, its term or 新一届 no part of a post.
_LED_BY: Final = re.compile(
    r"选举产生了?(?P<before>[^,;:。以]{0,24}?)以"
    r"(?P<pairs>(?:[\u4e00-\u9fff·]{2,10}?为[\u4e00-\u9fff]{1,10}?、)*[\u4e00-\u9fff·]{2,10}?为[\u4e00-\u9fff]{1,10}?)"
    r"的(?P<after>[^,;:。]{0,30}?)(?:新一届|新一任|第[一二三四五六七八九十\d]{1,3}届)?"
    r"(?:领导班子|领导机构|领导集体|班子)"
)
# How a person is addressed after the name, between it and 为.
_ADDRESSED: Final = ("同志", "先生", "女士", *MINISTERS)


def heads_of_the_elected_body(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """The heads an elected body is named by (选举产生了以甲为会长的某协会新一届领导机构: 甲 elected
    会长 of 某协会); None unless each pair is a name and a title and the body is named."""
    m = _LED_BY.search(key) if "以" in key and "选举产生" in key else None
    if m is None:
        return None
    body_at, body = (m.start("after"), m["after"]) if m["after"] else (m.start("before"), m["before"])
    if len(body) < 2:
        return None
    readings: list[Reading] = []
    at = m.start("pairs")
    body_text = c.text[start + body_at : start + body_at + len(body)]
    for pair in m["pairs"].split("、"):
        who, _, title = pair.partition("为")
        name = next((who[: -len(a)] for a in _ADDRESSED if who.endswith(a)), who)
        if not (is_name(name) or (name != who and 2 <= len(name) <= 4)):
            return None  # (a monastic name before 法师 needs no surname)
        title_at = start + at + len(who) + 1
        posts = read_posts(body_text + c.text[title_at : title_at + len(title)], body + title)
        if not posts:
            return None
        posts = [replace(p, start=0, end=0) for p in posts]  # (its body printed apart from its title)
        who_ = printed(c, start, [(at, name)])
        readings.append(Reading(who_, Kind.ELECT, tuple(posts), start + m.start(), start + m.end()))
        at += len(pair) + 1
    return replace(readings[0], more=tuple(readings[1:]))
