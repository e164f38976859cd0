"""Bodies elected and told by their heads or by a count (选举产生了以甲为会长的某协会新一届领导机构;
20名委员当选为某协会执行委员会委员，其中包括甲、乙等): the people elected to them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.names import ADDRESSES, MINISTERS, is_name, split_names_in_slot
from graph_builder.extract.posts import read_posts
from graph_builder.extract.reading import Reading, State, last_match, printed
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
_ADDRESSED: Final = (*ADDRESSES, *MINISTERS)


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


# 共有20名委员当选为某协会第十二届执行委员会委员: a count of people elected, their post after 当选为.
_COUNT_ELECTED_TO: Final = re.compile(
    r"[\d一二两三四五六七八九十百]+(?:位|名|人)[\u4e00-\u9fff]{0,4}?当选为?(?P<post>[^,;:。的]{2,40}?)(?=,|。|;)"
)
_COUNT_REACH: Final = 80  # how far before the names their count may stand
# 其中包括甲、乙、丙等: the names of the people counted in the clause before.
_AMONG_THEM: Final = re.compile(
    r"其中(?:包括|有)(?P<names>[\u4e00-\u9fff·、]{2,400}?)(?:等(?:[\d一二三四五六七八九十]+[人名位])?)?$"
)


def counted_then_named(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """The people a count elected just before names next (20名委员当选为某执委会委员，其中包括甲、乙等):
    each elected to the count's post; None unless the clause is names alone after 其中包括."""
    m = _AMONG_THEM.match(key) if key.startswith("其中") else None
    if m is None or not (names := split_names_in_slot(m["names"])):
        return None
    count = last_match(_COUNT_ELECTED_TO, c.key, start - _COUNT_REACH, start)
    if count is None or c.key.find("。", count.end(), start) >= 0:
        return None  # (the count in the sentence the names go on)
    a, b = count.span("post")
    posts = read_posts(c.text[a:b], c.key[a:b])
    if not posts or not posts[0].org:
        return None
    posts = [replace(p, start=0, end=0) for p in posts]  # (printed in the clause before)
    who = printed(c, start + m.start("names"), names)
    return Reading(who, Kind.ELECT, tuple(posts), start, start + len(key))
