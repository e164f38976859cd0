"""Listings that print the post before the people (docs/design.md#forms).

- A heading post, then the names: 市政府聘任的参事有：A、B、C等18人; 出任委员的11人分别是：A、B.
- Post and name pairs under one verb: 任命了一批干部，包括县财政局局长张三、县教育局局长李四;
  新任院长陈光; 此次任命中，新任市科技局局长杨帆….

Pure functions over the matching text of a clause; the clause reader turns what they find into
readings.
"""

from __future__ import annotations

import re

from graph_builder.extract.names import is_name
from graph_builder.extract.titles import ends_with_title

# 聘任的参事有 / 将出任行政会委员的11人分别是 / 新任命的局长名单如下 (the names follow after a colon).
HEADING = re.compile(
    r"(?P<verb>聘任|聘请|任命|委任|出任|担任|增补|新聘)(?:为)?(?:的)?(?P<post>[^的,]{2,30}?)(?:的)?"
    r"(?:[\d一二三四五六七八九十百]+(?:人|名))?(?:名单)?(?:分别是|分别为|有|是|如下|包括)$"
)
# Where pairs of post and name begin: after 包括 (under an appointing verb) or 新任.
PAIRS_AT = re.compile(r"包括|新任")
_BRACKET = re.compile(r"[(（][^()（）]{0,12}[)）]")


def heading_post(key: str) -> tuple[str, int, int] | None:
    """(verb, start, end) of the post a heading clause names, when it ends in a title."""
    m = HEADING.search(key)
    if not m or not ends_with_title(_BRACKET.sub("", m.group("post"))):
        return None
    return m.group("verb"), m.start("post"), m.end("post")


def post_name_pairs(key: str, start: int) -> list[tuple[int, int, int]]:
    """Items "POST NAME" of a list starting at ``start`` in ``key``, cut at 、 or ，: each as
    (post start, post end = name start, name end). Stops at the first item that is no such pair."""
    out = []
    pos = start
    while pos < len(key):
        end = min((i for i in (key.find(ch, pos) for ch in "、,;") if i >= 0), default=len(key))
        split = _name_split(key[pos:end])
        if split is None:
            break
        out.append((pos, pos + split[0], pos + split[1]))
        pos = end + 1
    return out


def _name_split(item: str) -> tuple[int, int] | None:
    """(start, end) of the first name in ``item`` that follows a post (text ending in a title)."""
    for i in range(2, len(item) - 1):
        if not ends_with_title(_BRACKET.sub("", item[:i])):
            continue
        for n in (3, 2):
            if is_name(item[i : i + n]) and not is_name(item[i : i + n + 1]):
                return i, i + n
    return None
