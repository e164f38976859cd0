"""Rows of a list under a verb or a heading, one a line: a name and its post, a post and its
holders, a post in brackets after each name, a probation served.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from graph_builder.extract.clause_names import names_by_length
from graph_builder.extract.clause_spans import alone_on_its_line
from graph_builder.extract.descriptions import whole_post
from graph_builder.extract.list_items import item_reading
from graph_builder.extract.names import (
    is_name,
    split_names,
)
from graph_builder.extract.places import is_place_alone
from graph_builder.extract.posts import read_posts
from graph_builder.extract.reading import (
    Reading,
    State,
    printed,
)
from graph_builder.extract.titles import ends_with_title
from graph_builder.read.normalise import (
    Compact,
    is_han,
)
from graph_builder.read.patterns import BRACKETED_ITEM
from graph_builder.types import Kind

# 张三（某局局长）、李四（某局局长）: names with their posts in brackets, the list's items.
BRACKETED_ITEMS: Final = re.compile(
    r"[\u4e00-\u9fff·]{2,4}\([^()]{3,40}\)(?:、[\u4e00-\u9fff·]{2,4}\([^()]{3,40}\))*"
)


# (and a hire's probation served: 予以正式聘任, 转为正式聘任)
CONFIRMED: Final = (
    *("按期正式任职", "正式任职", "按期转正", "按期正式任", "予以正式任职", "予以转正"),
    *("予以正式聘任", "转为正式聘任", "正式聘任"),
)


def company_announcing(c: Compact, start: int) -> str:
    """公司 when the text before ``start`` acts through a board (本公司第N届董事会…, 经董事会研究): a
    bare title it appoints (会议同意聘任甲为总经理) is the company's, named back as 公司 and completed
    from the text like any 公司; else ''."""
    return "公司" if 0 <= first_board(c.key) < start else ""


@lru_cache(maxsize=4)
def first_board(key: str) -> int:
    """Where ``key`` first names a board (董事会), or -1: asked of every clause, found once a text."""
    return key.find("董事会")


# A post held before (前某县县长), not 前进区, 前郭县 or 前海, places whose names open with 前.
FORMER_POST: Final = re.compile("前(?![进郭海])")


def name_then_post(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A line "NAME POST" under a list's verb (按期正式任职：⏎张三　某局副局长)."""
    if state.kind is None or not alone_on_its_line(c, start, len(key)):
        return None
    found = names_by_length(key)
    if not found:
        return None
    names, at = found
    if FORMER_POST.match(key, at) or (key.startswith("为", at) and FORMER_POST.match(key, at + 1)):
        return None  # 乙为前某县县长: a profile's post held before, no row
    if key.startswith(("晋升", "晋级"), at):
        return None  # 乙同志晋升为一级主任科员: a rank, in a list of posts (no post: no event)
    elided = state.list_org or company_announcing(c, start)  # (经董事会研究，决定聘任：⏎甲　总经理)
    return item_reading(c, start, printed(c, start, names), state.kind, at, len(key), elided=elided)


def as_confirmed(reading: Reading) -> Reading:
    """``reading`` (and its further items) as the confirmation of the posts it appointed to."""
    more = tuple(replace(r, kind=Kind.CONFIRM) if r.kind is Kind.APPOINT else r for r in reading.more)
    return replace(reading, kind=Kind.CONFIRM, more=more)


# A line above a row this long, its clauses cut by commas and ending in a full stop, is a report's
# paragraph, not a list's item.
_PARAGRAPH: Final = 50


def post_and_holders(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A row "POST NAMES" under a list's verb (按期正式任职：⏎县委办公室副主任甲、乙; 党政办公室：
    主任甲；副主任乙、丙, after its unit's clause): the post, then its holders."""
    if state.kind is None or not _a_row(c, start, len(key)):
        return None
    # (肿瘤科：主任 甲（兼）, 康复医学科：副主任 乙（主持工作）: a note after the last name)
    note = _NOTE_AFTER_NAME.search(key) if key.endswith(")") else None
    if (row := post_row(key[: note.start()] if note else key)) is None:
        return None
    above = c.key[c.key.rfind("\n", 0, max(0, c.key.rfind("\n", 0, start))) + 1 : start]
    if _ATTENDING.search(above):
        return None  # 出席会议的有：⏎县人大常委会副主任甲、乙: who attended, no act
    if len(above) > _PARAGRAPH and above.endswith("。\n") and above.count(",") > 1:
        return None  # …免去丙的X职务。⏎市人大常委会副主任甲、乙(出席): a report's paragraph ended the act
    at, names = row
    reading = item_reading(
        c, start, printed(c, start, names), state.kind, 0, at, elided=state.list_org or state.org
    )
    # (the evidence is the row from its line's start, its unit's label with it: 肿瘤科：主任 甲)
    line = c.key.rfind("\n", 0, start) + 1
    return replace(reading, start=line, end=start + len(key)) if reading else None


def _a_row(c: Compact, start: int, length: int) -> bool:
    """Whether the clause at ``start`` is a row: alone on its line, or one of the pairs after a
    unit's name and colon opening its line (党政办公室：主任甲；副主任乙)."""
    if alone_on_its_line(c, start, length):
        return True
    end = start + length
    if c.key[start - 1 : start] not in (":", ";") or not (end == len(c.key) or c.key[end] in "\n。;"):
        return False
    line = c.key.rfind("\n", 0, start) + 1
    colon = c.key.find(":", line, start)
    return colon > line and UNIT_BEFORE_COLON.fullmatch(c.key, line, colon) is not None


def _name_inside(post: str) -> bool:
    """Whether a name follows a title inside ``post`` (某局副局长甲某局副局长): two rows, not one post."""
    return any(
        post[p - 1] in _TITLE_LAST
        and any(is_name(post[p : p + n]) for n in (2, 3))
        and ends_with_title(post[:p])
        for p in range(2, len(post) - 2)
    )


_TITLE_LAST: Final = frozenset("长任员记理师")


def post_row(key: str) -> tuple[int, list[tuple[int, str]]] | None:
    """(where its names start, the names) of a row that prints a post, then the names of its
    holders; None if it is none."""
    if len(key) > _POST_ROW_LONGEST or not is_han(key[-1:]) or "," in key or "为" in key or "的" in key:
        return None  # (a clause of a sentence, 甲为X, 乙的X职务: no row)
    if _NO_ROW_WORDS.search(key):
        return None
    for at in range(max(2, len(key) - _NAMES_ROW_LONGEST), len(key) - 1):
        names = split_names(key[at:]) if ends_with_title(key[:at]) else None
        if names and len(names) == key.count("、", at) + 1:  # (one name an item: 甲、乙出席会议 is none)
            # (two rows run together, 某局副局长甲、乙某局副局长丙, make no post of the first)
            if "、" in key[:at] or _name_inside(key[:at]):
                return None
            return at, [(n + at, name) for n, name in names]
    return None


_POST_ROW_LONGEST: Final = 60
_NOTE_AFTER_NAME: Final = re.compile(r"\((?:兼|主持工作|正科级|副科级|正处级|副处级|试用期一年|挂职)\)$")
_ATTENDING: Final = re.compile("出席|列席|参加|到会")  # (the line above a list of those present)
# Words of a sentence, not of a row's post (正部级干部则是某职甲, 承董事会命 某公司秘书甲).
_NO_ROW_WORDS: Final = re.compile("则是|就是|即是|[是了被]|将[于在要会]|已[经于]|承[\u4e00-\u9fff]{0,6}命")
_NAMES_ROW_LONGEST: Final = 30  # (the names of a row: 甲、乙、丙)


# A unit's name before a row's colon (党政办公室：, 机电工程学院：, 县发展和改革局：).
def place_label(key: str) -> bool:
    """Whether ``key`` is a place's name alone, a roundup's label before its items (银川市：)."""
    return 3 <= len(key) <= 10 and is_place_alone(key, "市县区州盟旗")


UNIT_BEFORE_COLON: Final = re.compile(
    r"[\u4e00-\u9fff]{1,24}(?:委员会|办公室|局|处|部|科|中心|学院|院|所|站|馆|队|厅|府|室|团|司|校)"
)


def post_after_the_name(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A line "NAME，POST；" under a list's verb (任命：⏎张三，县财政局局长；): the post of the name
    standing as the clause before it on the same line."""
    if state.kind is None or not state.subject or start < 1 or c.key[start - 1] != ",":
        return None
    row_start = state.subject_start == 0 or c.key[state.subject_start - 1] == "\n"
    if not row_start or c.key.rfind(",", 0, start - 1) + 1 > state.subject_start:
        return None  # (a row opens its line with the name, the post right after: not 甲，现任…，某职)
    end = start + len(key)
    if end < len(c.key) and not c.key.startswith(_ROW_ENDS, end):
        return None  # (the row ends its line, its sentence or the text)
    # (张三，某局副局长（试用期一年）；: a note in brackets after the post; 乙，某局局长职务 under 免去：)
    if not whole_post(c, start, NOTE_AFTER.sub("", key).removesuffix("职务")):
        return None
    return item_reading(c, start, state.subject, state.kind, 0, len(key), state.subject_start)


# A note in brackets after a post (某局副局长（试用期一年）, 财务处副处长（主持工作）), in a key.
NOTE_AFTER: Final = re.compile(r"\([^()]{1,12}\)$")


# What ends a row of a list printed as sentences (张三，县财政局局长；): a stop, the line's end.
_ROW_ENDS: Final = (";", "。", "\n")


def probation_served(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """张三同志某局副局长试用期满，按期正式任职: the person holds the post formally."""
    if not key.endswith("满") or not (m := _SERVED.match(key)):
        return None
    end = start + len(key)
    after = next((words for words in _CONFIRMED_AFTER if c.key.startswith(words, end)), None)
    if after is None or not is_name(m.group("name")):
        return None
    who = printed(c, start, [(0, m.group("name"))])
    reading = item_reading(c, start, who, Kind.CONFIRM, m.start("post"), m.end("post"))
    return reading and replace(reading, end=end + len(after))  # the evidence runs to 正式任职


# (经考核合格，)按期正式任职 after a clause whose probation is served.
# (甲同志任某局副局长试用期满: the post may follow 任, as a county's notices print it)
# (甲同志（某镇党委副书记）试用期满: or in brackets)
_SERVED: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,3})同志(?:任|聘任)?\(?(?P<post>[^,;:()]{3,40}?)\)?试用期(?:已)?满"
)
_CONFIRMED_AFTER: Final = tuple(
    f",{lead}{done}" for lead in ("", "经考核合格,", "考核合格,", "经考核,") for done in CONFIRMED
)


def names_with_bracketed_posts(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """任命：张三（某局局长）、李四（某局局长） — under a list's verb, each name with its post in brackets."""
    if state.kind is None or not key.endswith(")") or not BRACKETED_ITEMS.fullmatch(key):
        return None
    readings = []
    for m in BRACKETED_ITEM.finditer(key):
        a, b = m.span("post")
        posts = read_posts(c.text[start + a : start + b], key[a:b])
        if not is_name(m.group("name")) or not posts:
            return None
        who = printed(c, start + m.start("name"), [(0, m.group("name"))])
        readings.append(Reading(who, state.kind, tuple(posts), start + m.start(), start + m.end()))
    return replace(readings[0], more=tuple(readings[1:])) if readings else None
