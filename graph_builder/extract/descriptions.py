"""People described by their posts (某局局长甲和某所所长乙; 某镇党委书记甲、镇长乙): the posts each
description names, and the bodies they are of.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.clause_names import ACCEPTING, PLACE_START
from graph_builder.extract.clause_words import (
    CUE,
    DESCRIPTOR_LEAD,
)
from graph_builder.extract.event_dates import sentence_start
from graph_builder.extract.list_items import item_reading
from graph_builder.extract.listings import named_after_title
from graph_builder.extract.names import ADDRESSES
from graph_builder.extract.posts import (
    BODY_ENDS,
    DUTY_OF_THE_HOLDER,
    PostMention,
    contracted_head,
    heads_a_place,
    place_of,
    post_of,
    read_posts,
    without_yuan,
)
from graph_builder.extract.reading import (
    HEAD_TITLE_ALONE,
    Reading,
    State,
    announced_body,
    last_match,
    org_of_title,
    printed,
)
from graph_builder.extract.titles import ends_with_title
from graph_builder.extract.transfers import NOW_HELD
from graph_builder.read.normalise import (
    Compact,
    is_han,
    to_key,
)
from graph_builder.types import Kind


def each_described(c: Compact, start: int, key: str, verb_at: int, kind: Kind) -> Reading | None:
    """某局副局长甲和某局副局长乙已于7月1日上任 / 原某局局长甲和某局局长乙同时退休: each person takes
    up or leaves the post they are described by."""
    readings: list[Reading] = []
    at = 0
    for part in described_parts(key[:verb_at]):
        # 原某局局长: the post is 某局局长 (and 某会议选举的某检察院检察长甲: it starts after 的)
        de = part.rfind("的") + 1
        if "管" in part and (duty := DUTY_OF_THE_HOLDER.search(part)) and duty.end() == de:
            de = 0  # (某局分管安全的副局长甲: the 的 of his charge, his post read whole)
        de += len(_ASIDE_LEAD.match(part, de).group())  # (另外原某局长甲…退休: 另外 leads the clause)
        lead = de + len(NOW_HELD.match(part, de).group())
        found = described_name(part[lead:])
        if found is None:
            return None
        names = printed(c, start + at + lead, [found])
        span = (at + lead, at + lead + found[0])
        reading = item_reading(c, start, names, kind, *span, start)
        if readings and (
            reading is None or not reading.posts[0].org or _LEVEL_UNIT.fullmatch(to_key(reading.posts[0].org))
        ):
            # 某镇党委书记甲、镇长乙 / 、副书记乙: the bare titles are of the body before
            posts = _of_the_body_before(c, start, readings[-1], span)
            reading = Reading(names, kind, posts, start, start + len(key)) if posts else reading
        if reading is None:
            return None
        # (某公司原董事长甲、某公司原董事长乙退出: the posts left are 某公司董事长)
        readings.append(replace(reading, end=start + len(key), posts=tuple(map(without_yuan, reading.posts))))
        at += len(part) + 1
    if not readings:
        return None
    return replace(readings[0], more=tuple(readings[1:]))


def _of_the_body_before(
    c: Compact, start: int, before: Reading, span: tuple[int, int]
) -> tuple[PostMention, ...] | None:
    """The posts printed at ``span`` of the clause, which name no body, read with the body of the
    post ``before`` holds, as if printed after it (某镇党委书记、镇长: 某镇镇长); None unless each
    then names one."""
    held = before.posts[-1]
    a, b = span
    titles = c.key[start + a : start + b]
    if (level := _LEVEL_HEAD.fullmatch(titles)) is not None:
        # 某县县委书记甲、县长乙: the county's 县长 (not 某交通局局长甲、副市长乙: no 市 of the bureau's)
        place = re.match(f"[^{level['level']}]+{level['level']}", to_key(held.org))
        if place is None or len(place.group()) < 3:
            return None
        return (post_of(held.org[: place.end()], c.text[start + a : start + b]),)
    text = f"{held.post}、{c.text[start + a : start + b]}"
    posts = read_posts(text, f"{to_key(held.post)}、{titles}")[1:]
    if not posts or not all(p.org for p in posts):
        return None
    return tuple(replace(p, start=0, end=0) for p in posts)


# A unit named by its level alone (市委副书记 after 某市委书记甲: 市委): the place is the one before's.
_LEVEL_UNIT: Final = re.compile(r"[省市县区镇乡州旗](?:委|党委|政府|人民政府)?")
# The head of a place's government, its level named by the title (县长, 副市长, 常务副区长), bare.
_LEVEL_HEAD: Final = re.compile(r"(?:代理|代|常务副|副)?(?P<level>[省市县区镇乡州旗])长")


# A report turning to another matter (另外原某局长甲…退休): the turn is no part of the post.
_ASIDE_LEAD: Final = re.compile(r"(?:另外|此外|同时|其中|而)?")


def described_people(
    c: Compact, start: int, key: str
) -> tuple[tuple[str, ...], tuple[PostMention, ...]] | None:
    """Two or more people each described by one post and nothing more (民航局长甲及运输研究所所长乙):
    their names and their posts, one each in order; else None."""
    parts = described_parts(key)
    if len(parts) < 2 or not all(map(described_whole, parts)):
        return None
    names: list[str] = []
    posts: list[PostMention] = []
    at = 0
    for part in parts:
        found = named_after_title(without_address(part))
        held = read_posts(c.text[start + at : start + at + found[0]], part[: found[0]])  # type: ignore[index]
        if len(held) != 1:
            return None
        names += printed(c, start + at, [found])  # type: ignore[list-item]
        posts.append(held[0])
        at += len(part) + 1
    return tuple(names), tuple(posts)


def described_parts(text: str) -> list[str]:
    """``text`` cut into its described people at 、, 和, 与, and at 及 where a described person
    stands on both sides (某局长甲及某所长乙; not 文化体育及旅游局副局长甲)."""
    parts: list[str] = []
    for part in _one_person_each(text):
        ands = (i for i, ch in enumerate(part) if ch == "及")
        cut = next((i for i in ands if described_whole(part[:i]) and described_whole(part[i + 1 :])), 0)
        parts.extend((part[:cut], part[cut + 1 :]) if cut else (part,))
    return parts


def _one_person_each(text: str) -> list[str]:
    """``text`` cut at 、, 和, 与, a title with no name after it kept with the part after it (某市委书记
    甲、市委副书记、市长乙: 乙 holds both titles), each part as printed."""
    cuts = [m.span() for m in _PEOPLE_JOINED.finditer(text)]
    spans = list(zip([0] + [b for _, b in cuts], [a for a, _ in cuts] + [len(text)], strict=True))
    parts: list[str] = []
    begin: int | None = None
    for i, (a, b) in enumerate(spans):
        begin = a if begin is None else begin
        if i + 1 < len(spans) and _title_alone(text[a:b]):
            continue  # (its person is named after the next title)
        parts.append(text[begin:b])
        begin = None
    return parts


_PEOPLE_JOINED: Final = re.compile("[、和与]")


def _title_alone(part: str) -> bool:
    """Whether ``part`` is a title with no name after it (市委副书记, not 市委副书记甲)."""
    return ends_with_title(part) and described_name(part) is None


def described_whole(part: str) -> bool:
    """Whether ``part`` is a person described by a post and nothing more (某局局长甲, 副总经理乙先生)."""
    return described_name(part) is not None


def described_name(part: str) -> tuple[int, str] | None:
    """The name of ``part`` when it is a person described by a post and nothing more, how he is
    addressed after it left out (某局局长甲同志: 甲): (offset, name); else None."""
    bare = without_address(part)
    found = named_after_title(bare)
    return found if found is not None and found[0] + len(found[1]) == len(bare) else None


def without_address(part: str) -> str:
    """``part`` without how its person is addressed at its end (副总经理乙先生 -> 副总经理乙)."""
    return next((part.removesuffix(a) for a in ADDRESSES if part.endswith(a)), part)


# A clause opening with a body's name (某钢铁股份有限公司党委书记…): no word of an act before it.
_BODY_NAMED: Final = re.compile(f"[^任为曾时代的由原转调,]{{2,24}}?(?:{'|'.join(BODY_ENDS)})")


def place_named_before(c: Compact, start: int, place: str) -> bool:
    """Whether ``place`` (a name's characters and a level's: 兰泉新区) was printed earlier in the
    sentence before ``start``: then it is that place, not a name and its post's level."""
    if len(place) < 3 or place[-1] not in "省市县区州旗镇乡":
        return False
    return c.key.find(place, sentence_start(c.key, start), start) >= 0


def whole_post(c: Compact, start: int, key: str) -> bool:
    """Whether the clause is nothing but posts that name their organisation (中共某镇纪律检查委员会书记)."""
    if not (PLACE_START.match(key) or _BODY_NAMED.match(key, 0, 30)):
        return False  # a post that names its place (中共某镇…) or body (某股份有限公司…), not a clause
    return only_posts(c, start, key)


def only_posts(c: Compact, start: int, key: str) -> bool:
    """Whether the clause is nothing but posts, each with its organisation, and no act's word."""
    if len(key) > 40 or not is_han(key[:1]) or not ends_with_title(key) or CUE.search(key):
        return False  # (a list's mark opening it, ，、委员: no post of its own)
    posts = read_posts(c.text[start : start + len(key)], key)
    return bool(posts) and posts[0].start == 0 and all(p.org for p in posts) and posts[-1].end == len(key)


def bare_titles_described(c: Compact, start: int, descriptor: str, reading: Reading) -> Reading:
    """``reading`` with each bare title (区长) that a post describing the person ends with read as
    that post (北城区区长孙斌被免去区长职务 -> 北城区区长)."""
    if all(p.org for p in reading.posts):
        return reading
    described = described_posts(c, start, descriptor)
    by_title = {d.title: d for d in described}
    # A title the description does not hold is of the description's organisation: 某区副区长刘建
    # 代理区长 -> 某区代理区长 (when the description names one organisation).
    # (交通处长甲升任秘书长: 交通 is no body of a 秘书长)
    orgs = {d.org for d in described if d.org and not contracted_head(d)}
    org = orgs.pop() if len(orgs) == 1 else ""
    posts = tuple(
        p
        if p.org
        else replace(p, post=d.post, org=d.org)
        if (d := by_title.get(p.title))
        else replace(p, post=(own := _unit_headed(p.title, org)) + p.post, org=own)
        if not _governs_elsewhere(p.title, org)
        else p
        for p in reading.posts
    )
    return replace(reading, posts=posts)


def of_each_own(reading: Reading) -> bool:
    """Whether a reading's posts name no body but each person's own (各自公司董事长)."""
    return any(to_key(p.org).startswith("各自") for p in reading.posts)


def each_own_body(c: Compact, start: int, subjects: str, reading: Reading) -> Reading:
    """甲、乙分别升任各自公司董事长、总经理: each title is of the body its person is described by
    (``subjects``: the described people, at ``start``); unchanged unless each has one."""
    orgs, at = [], 0
    for part in described_parts(subjects):
        found = named_after_title(part)  # (原某公司董事长甲: the body is 某公司, its 原 aside)
        posts = [without_yuan(p) for p in described_posts(c, start + at, part[: found[0]])] if found else []
        orgs.append(posts[0].org if posts else "")
        at += len(part) + 1
    if len(orgs) != len(reading.posts) or not all(orgs):
        return reading
    own = tuple(replace(p, post=org + p.title, org=org) for p, org in zip(reading.posts, orgs, strict=True))
    return replace(reading, posts=own)


def party_units_described(c: Compact, start: int, descriptor: str, reading: Reading) -> Reading:
    """``reading`` with each post that opens with a bare party unit (党委组织部部长) read as of the
    body the person's description names that unit of (某自治区党委常委甲兼任党委组织部部长)."""
    if not any(to_key(p.org).startswith(_PARTY_UNITS_OPENING) for p in reading.posts):
        return reading
    described = [d for d in described_posts(c, start, descriptor) if d.org]
    posts = []
    for p in reading.posts:
        unit = next((u for u in _PARTY_UNITS_OPENING if to_key(p.org).startswith(u)), "")
        body = next((d.org[: -len(unit)] for d in described if unit and to_key(d.org).endswith(unit)), "")
        posts.append(replace(p, post=body + p.post, org=body + p.org) if body else p)
    return replace(reading, posts=tuple(posts))


_PARTY_UNITS_OPENING: Final = ("党委", "党组")


# What a place's (or its government's) name ends with.
_PLACE_ENDS: Final = (*"省市区县州旗盟乡镇府", "公所")  # (某乡公所: the township's office)


def _governs_elsewhere(title: str, org: str) -> bool:
    """Whether ``title`` heads a government and ``org`` is no place (原某处处长甲升任副县长: not the
    处's 副县长)."""
    return bool(org) and heads_a_place(title) and not to_key(org).endswith(_PLACE_ENDS)


def _unit_headed(title: str, org: str) -> str:
    """``org``, or the unit inside it that ``title`` heads when ``org`` is a unit of another kind
    (某局办公室主任甲升任副局长: 某局; 某会专委甲接任局长: none). 客家局长's 局 is in the title alone."""
    unit, key = title[-2:-1], to_key(org)
    if (
        not title.endswith("长")
        or unit not in _UNIT_HEADED
        or key[-1:] not in _UNIT_ENDS
        or key.endswith(unit)
    ):
        return org
    return org[: key.rfind(unit) + 1]


def org_of_its_kind(title: str, state: State) -> str:
    """The body the sentence is about (某医院召开干部大会) when the bare ``title`` heads a unit of its
    kind and not of the last post's organisation (…甲调任市卫健委副主任，乙任院长: the 医院's 院长);
    else ''."""
    head = HEAD_TITLE_ALONE.fullmatch(title)
    if head and (left := org_of_title(state.left, title)):
        return left  # 某医院院长甲调任…，乙任院长: the post 甲's move left
    if state.announcer == state.org or not (body := announced_body(title, state)):
        return ""
    org, unit = to_key(state.org)[-1:], head["unit"] if head else ""  # (董事长: a company's, no unit's)
    return body if org in _UNIT_ENDS and org != unit else ""


# The units a bare title names by its own character (局长 heads a 局, 处长 a 处), and the last
# characters of units of any kind.
_UNIT_HEADED: Final = frozenset("局处厅署所")  # (not 科: 科技局, 科学院 hold it inside their names)
_UNIT_ENDS: Final = frozenset("局处厅署科所会院校部委办室司组队站")


# Verbs by which a body assigns someone it then describes (县政府指派某乡公所秘书甲代理乡长).
_ASSIGNING: Final = ("指派", "委派", "指定", "核派")
# A body (or its meeting, its decision) accepting or approving what the person it then describes asked
# (会议接受县长甲辞去…; 董事会一致同意总经理乙辞去…; 县委批准…): the last such verb, unless a body's
# own word follows it (市慈善捐赠接受中心: the verb is part of the body's name).
_ACCEPTING_WORD: Final = re.compile("|".join(ACCEPTING))
_BODY_WORDS_AFTER: Final = ("中心", "站", "所", "处", "办")


def descriptor_org(c: Compact, start: int, descriptor: str, title: str) -> str:
    """The organisation of the first post in a descriptor before a name, as printed, for the bare
    ``title`` after the verb ('' if none): a place whose government the described post heads is no
    organisation of another kind's title (某市副市长甲升任部长助理: no 某市部长助理)."""
    posts = described_posts(c, start, descriptor)
    if not posts or (heads_a_place(posts[0].title) and not heads_a_place(title)):
        return ""
    if contracted_head(posts[0]) and to_key(posts[0].title) not in title:
        # 台中市交通局长甲调任副秘书长: 交通 is no body of a 秘书长, its place is (of a 局长 again,
        # the office is); with no place, no body at all
        return place_of(posts[0].org)
    # (某医院原院长甲…不再担任院长职务: 原 says the post is the one left, no part of it)
    return _unit_headed(title, without_yuan(posts[0]).org)


def described_posts(c: Compact, start: int, descriptor: str, elided: str = "") -> list[PostMention]:
    """The posts of a descriptor before a name, without its lead-in (决定, 原任) and a closing 的
    (原任某区委副书记的张三: 某区委副书记); ``elided``: the body its bare titles are of."""
    # (县政府指派某乡公所秘书甲…: the body that assigns and its verb are no part of the post; so are
    # the body that accepts a request and its verb, 县人大常委会接受县长甲辞去县长职务的请求, not a
    # body's own word, 市慈善捐赠接受中心主任)
    assigned = max(
        (descriptor.rfind(verb) + len(verb) for verb in _ASSIGNING if verb in descriptor), default=0
    )
    accepted = last_match(_ACCEPTING_WORD, descriptor, 0, len(descriptor))
    if accepted and not descriptor.startswith(_BODY_WORDS_AFTER, accepted.end()):
        assigned = max(assigned, accepted.end())
    # (…(中央社记者某某台北30日电)某县议长甲: the dateline's bracket closes before the description)
    assigned = max(assigned, descriptor.rfind(")") + 1)
    lead = assigned or DESCRIPTOR_LEAD.match(descriptor).end()
    lead += descriptor.startswith("而", lead)  # (而此前任某院党组书记的甲: the clause's 而, then the post)
    lead = NOW_HELD.match(descriptor, lead).end()
    if party := _PARTY_MEMBER.match(descriptor, lead):
        lead = party.end()  # 国民党籍某县议长甲: the party he belongs to, no part of the post
    end = len(descriptor) - descriptor.endswith("的")
    return read_posts(c.text[start + lead : start + end], descriptor[lead:end], elided)


# A party a person belongs to, printed before his posts (国民党籍, 民进党籍, 无党籍).
_PARTY_MEMBER: Final = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?党|无党)籍")


def with_qualifier(reading: Reading, code: str) -> Reading:
    posts = tuple(
        p
        if code in p.qualifiers
        else PostMention(p.post, p.org, p.title, (*p.qualifiers, code), p.start, p.end)
        for p in reading.posts
    )
    return replace(reading, posts=posts)
