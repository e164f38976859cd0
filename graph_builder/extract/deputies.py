"""Deputies a congress's announcement lists as leaving or by-elected, with no post beside them.

A standing committee's 公告 on its deputies names them by constituency ("东岭县的甲和西垣区的乙调离
本行政区，他们的代表资格终止"; "东岭县补选3名（丙、丁、戊）"): the post is a deputy of the congress the
text is about, built from its term and place (市八届人大 under 某市人民代表大会常务委员会公告 ->
某市第八届人民代表大会代表). See docs/design.md#forms.
"""

from __future__ import annotations

import re
from typing import Final

from graph_builder.extract.event_dates import sentence_start
from graph_builder.extract.names import is_name_in_slot, split_names_in_slot
from graph_builder.extract.posts import PostMention, post_of
from graph_builder.extract.reading import Reading, printed
from graph_builder.read.normalise import Compact
from graph_builder.types import Kind

# (no 的 in it: 东岭县选出的岷川市… names the congress of 岷川市)
_PLACE: Final = r"(?:(?!的)[\u4e00-\u9fff]){2,10}?(?:自治区|自治州|省|市|县|区|旗|州)"
# A congress and its term (市八届人大, 溪原市第八届人民代表大会): the deputies' body.
_CONGRESS: Final = re.compile(
    rf"(?P<place>{_PLACE})?第?(?P<term>[一二三四五六七八九十]{{1,3}})届(?:人民代表大会|人大)"
)
# The body issuing the announcement, for a congress printed without its place (市八届人大).
_BODY: Final = re.compile(rf"(?P<place>{_PLACE})人民代表大会常务委员会")
# 东岭县补选3名（甲、乙、丙）: the names a constituency by-elected, in brackets.
_BY_ELECTED: Final = re.compile(
    r"补选(?:了)?[\d一二三四五六七八九十]+名(?:[^()]{0,10}?代表)?\((?P<names>[^()]{2,60})\)"
)
# A date run into a place before it (…年1月岷川省).
_DATE_BEFORE: Final = re.compile(r"^.*[年月日]")
# What follows the last name of a list of deputies leaving (…和乙调离本行政区, …因病去世).
_LEAVING: Final = re.compile(r"调离|因|去世|病故|辞去|辞职|已|被")


def deputy_of_text(c: Compact, before: int, after: int = 0) -> PostMention | None:
    """The deputy post of the congress the text names last between ``after`` and ``before`` (with
    the issuing body's place when the congress is printed without one), or None."""
    found = None
    for m in _CONGRESS.finditer(c.key, after, before):
        found = m
    if found is None:
        return None
    place = found.group("place") or ((body := _BODY.search(c.key)) and body.group("place"))
    place = place and _DATE_BEFORE.sub("", place)  # (2013年1月岷川省…: the place after the date)
    if not place:
        return None
    org = f"{place}第{found.group('term')}届人民代表大会"
    return post_of(org, "代表")


def by_elected_deputies(c: Compact, start: int, key: str) -> Reading | None:
    """东岭县补选3名（甲、乙、丙）: each name by-elected a deputy of the text's congress."""
    m = _BY_ELECTED.search(key) if "补选" in key else None
    names = split_names_in_slot(m.group("names")) if m else None
    if not names or not (post := deputy_of_text(c, start)):
        return None
    who = printed(c, start + m.start("names"), names)
    return Reading(who, Kind.ELECT, (post,), start, start + m.end())


def _named_items(part: str) -> list[str]:
    """The names of one item of a list of deputies (东岭县的甲, 乐平选出的谢凤和), or of two joined by
    和 (东岭县的甲和西垣区的乙) when each side ends with a name."""
    pieces = [piece[piece.rfind("的") + 1 :] for piece in part.split("和")]
    if len(pieces) > 1 and all(is_name_in_slot(piece) for piece in pieces):
        return pieces
    return [part[part.rfind("的") + 1 :]]


def leaving_deputies(c: Compact, start: int, end: int) -> Reading | None:
    """东岭县的甲和西垣区的乙调离本行政区，…他们的代表资格终止: the deputies the sentence lists
    (each after its constituency's 的) leave the text's congress."""
    begin = sentence_start(c.key, start)
    head = c.key[begin:start]
    if (stop := _LEAVING.search(head)) is None:
        return None
    items = [name for part in head[: stop.start()].split("、") for name in _named_items(part)]
    names = [(head.find(item), item) for item in items]
    if not items or any(at < 0 for at, _ in names) or not split_names_in_slot("、".join(items)):
        return None
    post = deputy_of_text(c, start)
    if post is None:
        return None
    return Reading(printed(c, begin, names), Kind.REVOKE, (post,), begin, end)
