"""The items of a list whose verb is stated once (任命A为X，B为Y; 免去A的X职务、B的Y职务): where each
item starts, and the reading of its names and posts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.clause_names import (
    NAME_AS_WORD,
    name_by_length,
)
from graph_builder.extract.clause_words import (
    AFTER_A_DUTY,
    ENDING_KINDS,
    REMOVING_KINDS,
    VERBS,
)
from graph_builder.extract.deputies import deputy_of_text
from graph_builder.extract.listings import (
    ENDING_MOVES,
    named_after_title,
)
from graph_builder.extract.names import (
    HONORIFIC,
    is_name,
)
from graph_builder.extract.places import is_common_word
from graph_builder.extract.posts import (
    PostMention,
    chair_and_deputy,
    ended_by_move,
    read_posts,
    short_quotes,
    unit_sibling,
    without_yuan,
)
from graph_builder.extract.proposals import (
    CARRIED,
    carried_below,
    motion_adopted,
)
from graph_builder.extract.reading import (
    Reading,
    printed,
    without_tail,
)
from graph_builder.extract.titles import ends_with_title, split_post
from graph_builder.read.normalise import (
    Compact,
    to_key,
)
from graph_builder.types import Kind

# A request told accepted after the post it asks to leave (…职务的请求已经某常委会接受).
_REQUEST_ACCEPTED: Final = re.compile(
    r"的(?:辞职)?请求(?:已经|已|业经)?被?[\u4e00-\u9fff]{0,16}?(?:接受|同意|批准)$"
)


# The posts a person leaves told as his (辞去其所担任的X职务, 辞去其担任的X): no part of the posts.
_HELD_BY_HIM: Final = re.compile(r"(?:其所|所|其)(?:担任|兼任|任)的")


def item_reading(
    c: Compact,
    start: int,
    names: tuple[str, ...],
    kind: Kind,
    post_from: int,
    post_to: int,
    evidence_start: int | None = None,
    elided: str = "",
) -> Reading | None:
    """A reading of the clause at ``start``: posts sit at [post_from, post_to) of the clause;
    ``elided`` is the organisation a bare title belongs to (the previous clause's)."""
    if his := _HELD_BY_HIM.match(c.key, start + post_from, start + post_to):
        post_from = his.end() - start  # 甲申请辞去其所担任的公司监事会主席职务: the posts follow
    key_posts = key_posts_all = c.key[start + post_from : start + post_to]
    item = _next_item(key_posts, kind)  # 任命A任X、B任Y: B任Y is read on its own, after X
    if item is not None:
        key_posts = key_posts[: item[0] - 1]  # before the item's separator (and its description)
    if key_posts.endswith("的") and _IS_AT.search(c.key, start, start + post_from):
        key_posts = key_posts[:-1]  # 甲是在…会议上当选某市市长的: 是…的 frames the act
    # 审议通过了《关于聘任甲为X的议案》, 听取了关于提请免去甲X职务的议案的说明，表决通过了该议案: adopted
    if key_posts.endswith(("的议案", "的议案》", "的议案的说明")) and motion_adopted(
        c.key, start + post_from
    ):
        key_posts = key_posts[: key_posts.rfind("的议案")]
    elif (motion := key_posts.find("的议案")) > 0 and (
        CARRIED.match(key_posts, motion + 3) or carried_below(c.key, start + post_from + motion + 3)
    ):
        key_posts = key_posts[:motion]  # 聘任甲为总经理兼财务总监的议案获8票同意: carried by its votes
    if "请求" in key_posts and (accepted := _REQUEST_ACCEPTED.search(key_posts)):
        key_posts = key_posts[: accepted.start()]  # 甲辞去X职务的请求已经某常委会接受: the request's post
    key_posts = without_tail(key_posts)
    if (news := key_posts.find("的消息")) > 0 and ends_with_title(key_posts[:news]):
        key_posts = key_posts[:news]  # 甲调任某职的消息由官方确认: the news is of the move
    # (宣读了甲同志担任某所副所长的任命(决定): the document read out is of the appointment)
    if (document := key_posts.find("的任命")) > 0 and ends_with_title(key_posts[:document]):
        key_posts = key_posts[:document]
    lead = c.key[max(start, start + post_from - 10) : start + post_from]  # (分别获再度委任为)
    respectively = "分别" in lead or "先后" in lead
    # (分别 before the verb pairs only as many names as posts: else every name takes every post)
    in_turn = not respectively and _RESPECTIVELY_VERB.search(c.key, start, start + post_from) is not None
    if (
        respectively
        and len(names) > 1
        and (each := _bodies_sharing_titles(c, start + post_from, key_posts, names, kind))
    ):
        return each  # 甲、乙分别担任A、B的董事长、党组书记: each the titles of his own body
    printed_posts = c.text[start + post_from : start + post_from + len(key_posts)]
    # 分别任武汉、合肥市委书记: the places are printed, one a person (not the organisation of the clause
    # before; but 甲、乙分别获委任为副主席、成员 after it: bare titles, of its organisation)
    posts = read_posts(printed_posts, key_posts, "" if respectively and len(names) > 1 else elided)
    if respectively and len(names) > 1 and elided and not any(p.org for p in posts):
        posts = read_posts(printed_posts, key_posts, elided)
    respectively = respectively or (in_turn and len(posts) == len(names))
    if not posts and key_posts == "代表" and kind in ENDING_KINDS:
        # 某市第十七届人民代表大会代表甲辞去代表职务: a deputy of the congress the clause names
        posts = [deputy] if (deputy := deputy_of_text(c, start + post_from, start)) else []
    if not posts:
        return None
    ev_start = start if evidence_start is None else evidence_start
    if respectively and len(names) > 1 and len(posts) == 1:  # 先后卸任武汉、合肥市委书记
        posts = _shared_title(posts[0], len(names)) or posts
    if respectively and len(names) > 1 and len(posts) > 1 and len(names) != len(posts):
        return None  # people and posts that cannot be paired give nothing
    pairwise = (respectively or _chair_then_deputy(posts)) and len(names) == len(posts)
    more: tuple[Reading, ...] = ()
    if item is not None:  # B's bare title (、B担任副院长) is of X's organisation
        described, at, name_end, sep_end, item_kind, ends = item
        base = start + post_from
        names_ = printed(c, base + at, [(0, c.key[base + at : base + name_end])])
        held: list[PostMention] = []  # a named item has no description: nothing to read
        if described < at:  # 、原简任技正丙接任Y: 丙's body is none of 原
            described_posts = read_posts(c.text[base + described : base + at], key_posts_all[described:at])
            held = [without_yuan(p) for p in described_posts]
        # a bare title is of the body describing the item's person (、某局主秘乙升任副局长), else X's
        org = next((p.org for p in held if p.org), "") or posts[-1].org or elided
        nxt = item_reading(
            c, start, names_, item_kind, post_from + sep_end, post_to, start + post_from + at, org
        )
        if nxt and ends:  # 、某分局长乙调任Y: the post that describes 乙 ends
            nxt = replace(nxt, ended=tuple(ended_by_move(held)))
        more = tuple(replace(r, more=()) for r in ((nxt, *nxt.more) if nxt else ()))
    return Reading(names, kind, tuple(posts), ev_start, start + post_to, pairwise, more=more)


# 分别 before the verb over the names (会议分别任命甲、乙为X、Y; 分别免去丙、丁的X、Y职务): in turn.
_RESPECTIVELY_VERB: Final = re.compile(r"分别(?:决定)?(?:任命|免去|聘任|解聘|聘请|委任|选举|补选|撤销|罢免)")


def _chair_then_deputy(posts: list[PostMention]) -> bool:
    """Whether two posts are a body's chair and its deputy, in that order (议长、副议长; 正副主席):
    two people named before them hold them in turn, 分别 printed or not."""
    if len(posts) != 2:
        return False
    chair, deputy = posts
    return deputy.title == "副" + chair.title and to_key(deputy.org) == to_key(chair.org)


def _places_sharing_a_title(parts: list[str], post: PostMention) -> list[PostMention]:
    """某市甲县、乙县县委书记: places of one level (each ending with its 县 / 市 …), the last one's
    title (县委书记, with its level) printed once; else []."""
    keys = [to_key(p) for p in parts]  # (compared as keys: 縣 is 县)
    level = keys[0][-1]
    if level not in "省市县区州旗" or any(k[-1] != level or len(k) < 2 for k in keys[:-1]):
        return []
    last = parts[-1]
    at = keys[-1].find(level, 1)
    tail = last[at + 1 :] if at > 0 else ""
    if not to_key(tail).startswith(level) or not ends_with_title(to_key(tail)):
        return []
    places = [*parts[:-1], last[: at + 1]]
    return [
        PostMention(
            p + tail,
            p + tail[: len(tail) - len(post.title)],
            post.title,
            post.qualifiers,
            post.start,
            post.end,
        )
        for p in places
    ]


def _units_sharing_a_title(parts: list[str], post: PostMention) -> list[PostMention]:
    """甲研究中心、乙研究中心、丙研究中心名誉主任: each unit (named in full, all of the kind the last
    one ends with) with the title printed once at the end; else []."""
    org, title = split_post(to_key(parts[-1]))
    kind = org[-2:]
    if len(kind) < 2 or not title or any(not to_key(p).endswith(kind) or len(p) < 4 for p in parts[:-1]):
        return []
    title = parts[-1][len(org) :]
    units = [parts[0]]
    for p in (*parts[1:-1], parts[-1][: len(org)]):  # 某研究院甲研究中心、乙研究中心: 某研究院's too
        n = unit_sibling(to_key(p) + "主任", to_key(parts[0]), longest=24)
        units.append(parts[0][:n] + p)
    return [PostMention(u + title, u, title, post.qualifiers, post.start, post.end) for u in units]


# Bodies listed before 的 and the titles each of them gives (A、B和C的董事长、党组书记).
_BODIES_THEN_TITLES: Final = re.compile(r"^(?P<bodies>[^的,;]{2,80}?)的(?P<titles>[^的,;]{2,40})$")


def _bodies_sharing_titles(
    c: Compact, at: int, key: str, names: tuple[str, ...], kind: Kind
) -> Reading | None:
    """甲、乙分别担任A、B的董事长、党组书记 (``key`` from ``at``): a reading whose n-th name holds
    each title in the n-th body; None unless there are as many bodies as names."""
    m = _BODIES_THEN_TITLES.match(key)
    bodies = [b for b in re.split("、|和|及|与", m.group("bodies")) if b] if m else []
    if len(bodies) != len(names):
        return None
    titles_at = at + m.start("titles")
    titles = c.text[titles_at : at + m.end("titles")]
    readings = []
    for name, body in zip(names, bodies, strict=True):
        b = c.key.find(body, at, titles_at)
        posts = read_posts(c.text[b : b + len(body)] + titles, body + m.group("titles"))
        if not posts:
            return None
        posts = [replace(p, start=0, end=0) for p in posts]  # (printed apart: body, then titles)
        readings.append(Reading((name,), kind, tuple(posts), at, at + len(key)))
    return replace(readings[0], more=tuple(readings[1:]))


def _shared_title(post: PostMention, count: int) -> list[PostMention]:
    """武汉、合肥、成都市委书记 as three posts sharing the last one's title, when there are
    ``count`` places of the same length, or 甲研究中心、乙研究中心名誉主任 (``count`` units of one
    kind); else []."""
    parts = post.post.split("、")
    if len(parts) != count:
        return []
    if count == 2 and (both := chair_and_deputy(post)):  # 正、副主席: no place called 正
        return list(both)
    if units := _units_sharing_a_title(parts, post) or _places_sharing_a_title(parts, post):
        return units
    width = len(parts[0])
    if any(len(p) != width for p in parts[:-1]) or len(parts[-1]) <= width:
        return []
    title = parts[-1][width:]
    org_tail = title[: len(title) - len(post.title)]
    return [
        PostMention(p + title, p + org_tail, post.title, post.qualifiers, post.start, post.end)
        for p in (*parts[:-1], parts[-1][:width])
    ]


def _next_item(key_posts: str, kind: Kind) -> tuple[int, int, int, int, Kind, bool] | None:
    """Where the next item of a list with its verb stated once starts in ``key_posts``: (item
    start, name start, name end, end of the word after the name, the item's kind, whether the
    item's move ends the post describing its person), or None; an item starts at its name unless
    a description stands before it. An item may state a verb of its own (免去甲的X职务、任命乙为X):
    it is of that verb's kind."""
    named = described = None
    pos = 0
    quotes = short_quotes(key_posts) if "“" in key_posts else []
    # (each separator tried in turn: a match from an earlier one may have run over the next, as
    # 、委员和乙同志请辞 over 和乙同志请辞)
    while (m := _ITEM_START.search(key_posts, pos)) is not None:
        pos = m.start() + 1
        if any(a < m.start() < b for a, b in quotes):
            continue  # 某市“产业强市,项目为王”攻坚行动…: a slogan's words, no item
        if key_posts[m.start()] in "和及" and (  # (免去甲的X职务及乙的Y职务)
            (not key_posts.endswith("职务", 0, m.start()) and not key_posts.startswith("同志", m.end("name")))
            or m.group("name")[-1] in _BODY_KIND_ENDS  # (…职务及党校的校长职务: the same person's post)
        ):
            continue  # (…委员和乙同志请辞Y: a person's item)
        item_kind = VERBS[m.group("verb")] if m.group("verb") else kind
        removing = item_kind in REMOVING_KINDS
        if (m.group("sep") in ("的", "")) == removing and is_name(m.group("name")):
            named = m.start("name"), m.start("name"), m.end("name"), m.end(), item_kind, False
            break
    if named is None and kind in REMOVING_KINDS and "职务" in key_posts:
        named = _removal_item_without_de(key_posts, kind)
    # 甲调任X、某分局长乙调任Y: an item of a move with the person described before the name (one
    # starting after the named item's separator cannot be the nearer)
    last = named[0] - 1 if named else len(key_posts)
    for m in _MOVED_ITEM.finditer(key_posts):
        if m.start() > last:
            break
        if found := named_after_title(m.group("described")):
            at = m.start("described") + found[0]
            ends = m.group("verb") in ENDING_MOVES  # a plain 出任 ends no describing post
            described = m.start("described"), at, at + len(found[1]), m.end(), VERBS[m.group("verb")], ends
            break
    if described is None and kind not in REMOVING_KINDS and "为" in key_posts:
        # 聘任甲为X、某学院院长乙为Y: an item of the list's verb with its person described first
        for m in _DESCRIBED_ITEM.finditer(key_posts, 0, last):
            if found := named_after_title(m.group("described")):
                at = m.start("described") + found[0]
                described = m.start("described"), at, at + len(found[1]), m.end(), kind, False
                break
    if named and described:  # the nearer item is the next (、某局主秘乙升任X、原简任技正丙接任Y: not
        return described if described[0] <= named[0] else named  # 原简 at the third)
    return described or named


def _removal_item_without_de(key_posts: str, kind: Kind) -> tuple[int, int, int, int, Kind, bool] | None:
    """The next item of a removal list whose names run straight into their posts (免去甲县财政局局长
    职务、乙县教育局副局长职务): a name of the usual length where the item after a 职务 opens, read
    on the item's own words up to its 职务; as _next_item gives it, or None."""
    for m in AFTER_A_DUTY.finditer(key_posts):
        end = key_posts.find("职务", m.end())
        if end < 0:
            return None
        found = name_by_length(key_posts[m.end() : end + 2])
        if found and _no_body_word(name := found[0][0][1]):
            at = m.end()
            return at, at, at + len(name), at + found[1], kind, False
    return None


def _no_body_word(name: str) -> bool:
    """Whether a name read before a post is no word of a body's that a surname opens (党组, 党校,
    文联, 宣传部: 免去甲的X职务、党组书记职务 is the same person's second post)."""
    body_word = name[-1] in _BODY_KIND_ENDS or name[-1] in "组联"
    return not body_word and not is_common_word(name, NAME_AS_WORD)


# A list item after the first, under a verb stated once: 、B任Y / ，B为Y / 、B的Y职务 / 、B担任Y.
_ITEM_START: Final = re.compile(
    # the verb may be stated again, the same or of the same kind (任命A为X、聘A为Y)
    # (和 / 及 only after a post's 职务: 接受甲辞去X职务和乙辞去Y职务的请求; tested in _next_item)
    r"[、,;和及](?P<verb>任命|聘任|聘请|聘|委任|免去|解聘|选举|补选)?(?P<name>[\u4e00-\u9fff·]{2,8}?)"
    rf"(?:等?同志|{HONORIFIC})?"  # (、乙副教授为Y: how the item's person is addressed)
    r"(?:\([^()]{1,12}\))?"  # a note on the person: 乙(女)为Y, 乙(女,满族)为Y
    # (a removal's item may give the post right after 同志: 免去甲同志X职务、乙同志Y职务; an election's
    # its votes: 甲以28票当选议长、乙以23票当选副议长)
    r"(?:以[\d一二两三四五六七八九十百]+票)?"
    r"(?P<sep>担任|兼任|出任|任|为|的|辞去|请辞|当选为|当选|(?<=同志))(?![务职期命免用])"
)
# The last characters of a body's name (党校, 金山厂, 林业站, 张江集团): no person's.
_BODY_KIND_ENDS: Final = frozenset("校厂站团司院局所部委会社场")
# 、某分局长乙调任Y: an item whose person is described before the name, with a verb of its own.
_MOVED_ITEM: Final = re.compile(
    r"[、,;](?P<described>[\u4e00-\u9fff·]{4,20}?)(?P<verb>调任|转任|调升|升任|出任|接任)"
)
# …、某学院院长乙为Y: an item whose person is described before the name, under the list's verb.
_DESCRIBED_ITEM: Final = re.compile(r"[、,;](?P<described>[\u4e00-\u9fff·]{4,20}?)为")


# Words ending in a surname (于, 由): a name after them starts after that character (关于阳晋,
# 决定由于东任…).
# 是在 / 是于 (甲是在…会议上当选…的): the frame 是…的 around an act.
_IS_AT: Final = re.compile(r"是(?:在|于)(?!\d{4}年)")  # (not 是在2016年…: a step of a career)
