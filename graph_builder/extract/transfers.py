"""Transfers: a person moved from one post to another (调任, 转任, 由X转任Y); the old post ends.

The old post is printed before the name (原任X的张三调任Y; X张三调任Y) or after 由 (张三由X转任Y);
a plain 任 after a descriptor ends nothing (docs/design.md#events).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.listings import named_after_title
from graph_builder.extract.names import is_name, split_names
from graph_builder.extract.posts import PostMention, ended_by_move, read_posts
from graph_builder.extract.reading import TAIL, Reading, State, body_of_its_kind, printed
from graph_builder.extract.titles import split_post
from graph_builder.read.normalise import CIRCLED, Compact
from graph_builder.read.patterns import ITEM_NUMBER
from graph_builder.types import Kind

# Verbs that move a person from one post to another: the old post ends (docs/design.md#events).
TRANSFER: Final = frozenset({"调任", "被调任", "转任", "改任", "履新", "调升"})
# The directions a news report moves an official in (乙南下某省任…, 甲，北上出任…).
MOVE_DIRECTIONS: Final = "南下|北上|西进|东进"
# 原 as "former" (原住民族委员会 is a body's name: its 原 is none).
FORMER_YUAN: Final = "原(?!住民)"
# Why, opening a clause before its person with no comma (由于年龄原因甲…, 因工作需要调整乙…).
REASON_LEAD: Final = r"(?:由于|因)(?:年龄|工作|身体|健康|个人|家庭)(?:原因|需要|调整|调动|交流)+"
# Where a descriptor before a transferred person's name begins: after the clause's lead-in words.
_DESCRIPTOR_LEAD: Final = re.compile(
    r"^.*(?:决定|宣布|获悉|据悉|日前|近日|目前|此外|另外|同时|其中|今年以来|消息|原任|前任|接纳|接受)"
    rf"|^{REASON_LEAD}(?:{FORMER_YUAN})?|^{FORMER_YUAN}|^除|^时任"
    r"|^[一二三四五六七八九十\d]{1,3}[、.]"  # a list item's number (4、某局局长甲调任…)
    # a dateline (…3月5日电(记者甲)原X乙调任; its day numbered: 中日电子 is a company's name)
    r"|^.{0,24}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯][)）]?(?:[(（][^()（）]{1,16}[)）])?"
    r"|^本报讯"
)
# What may stand before a post describing a person, saying it is held now or was till now (现任X甲,
# 原X甲, 因原某区长甲退休, a handover's 卸任局长甲): no part of the post.
NOW_HELD: Final = re.compile(
    rf"(?:因)?(?:现任|原任|当时任|时任|此前任|此前担任|之前任|之前担任|此前的|卸任|{FORMER_YUAN})?"
)
# A descriptor that says the post was held until now (原任X的张三, 此前任X的张三): a move that
# follows it ends X, whatever its verb (升任 too), as a 调任 ends the post printed before the name.
# (not 此前任职X的: the 职 of 任职, no post's)
_HELD_LEAD: Final = r"(?:原任|时任|此前任|此前担任|之前任|之前担任)(?!职)"
_FORMER: Final = _HELD_LEAD + r"[^,;:]{2,40}?的"  # (时任X的甲调任Y: X held till then)
FORMER_HELD: Final = re.compile(_FORMER + "$")
# (现任X的甲: the post held now, before the one the act gives: 提请任命现任X的甲为Y)
# Such a descriptor anywhere (or one of a post held once, 曾任X的甲): its 此前 / 曾 tells of a post
# held before, not that the sentence is of the past (曾任X的甲已于今年6月出任Y: the move is news).
# 时任X甲调任Y (a roundup's line, the title run into the name): 时任 describes the post left by the
# move, which is the news.
FORMER_DESCRIPTOR: Final = re.compile(
    # (此前卸任某部部长的甲被增补为…: the describing clause's past, the act after it news)
    r"(?:原任|时任|此前任|此前担任|此前卸任|此前调任|刚刚?卸任|之前任|之前担任|曾任|曾担任|现任|现担任)[^,;:]{2,40}?的"
    # (时任某报总编辑甲，南下出任…: a name, its comma, and a move; a plain 出任 ends nothing; not
    # 时任X乙提名/邀/属意丙出任: the then-holder acts on another, who is proposed, not moved)
    r"|时任(?:(?!提名|推荐|建议|希望|属意|邀|请|聘)[^,;:的]){4,40}?"
    rf"(?=,?(?:{MOVE_DIRECTIONS}|跨省|跨区|异地)?(?:调任|升任|转任|改任|出任|履新)|卸任|离任)"
)
# 甲调至某集团任董事长: a move into a body named before the titles taken there. A person who goes
# there (甲到某省任省委副书记, 乙南下某省任…, 丙跨省到某省担任…) takes the titles; only a 调 or 赴
# ends the post he is described by (a plain 任 after a descriptor ends nothing).
_MOVED_INTO: Final = re.compile(
    rf"(?:(?P<moved>调至|调到|调往|调入|调任|赴)|(?:{MOVE_DIRECTIONS}|跨省|跨区)?(?:到|至)|{MOVE_DIRECTIONS}|派驻)"
    r"(?P<org>[\u4e00-\u9fff]{2,20}?)(?:挂职)?(?:(?<![主兼])任(?![职期务命教])|担任|出任)(?P<titles>[^,;。]+)$"
)
_GOING: Final = ("调", "赴", "到", "至", *MOVE_DIRECTIONS.split("|"), "派驻")
_MOVED: Final = re.compile(
    # (公司董事会同意甲先生由公司副总经理改任总经理: the body agreeing before the name)
    # (⑴甲由X转任Y, ①…, (1)…: an item's number before the name; ⑴ and ⒈ stay so in a key)
    rf"^(?:{ITEM_NUMBER}|[{CIRCLED}\u2474-\u249b])?(?:[^,由从]{{0,12}}?(?:同意|决定|批准))?"
    # (甲从某集团董事长的位置上调任…: the post left as the seat he moved from)
    # (甲女士已由执行董事调任…: how the person is addressed, and 已, before 由)
    r"(?P<name>[^,由从]{2,12}?)(?:同志|先生|女士)?(?:已经|已|将)?[由从](?P<old>.+?)(?:的位置上|任上|的岗位上|岗位上)?"
    r"(?:转任|调任|改任|升任|升为|调升|提任|交流任)(?P<new>.+)$"
)


# (经研究，)选派甲同志到某县挂职任副县长: a person sent to a body to serve there, the titles its own.
_SENT_TO_SERVE: Final = re.compile(
    # (选派县教育局干部甲到某村任第一书记: the person described by his post before his name)
    r"^(?:[^,]{0,12}?决定)?(?:选派|派出|派遣|选调|派)(?P<name>[^,到赴]{2,20}?)(?:同志)?(?:到|赴)"
    r"(?P<org>[^,;。任]{2,24}?)(?:挂职|挂任)?(?:任|担任)(?P<titles>[^,;。]+)$"
)
# 甲任某大学党委书记，由该校校长转任: the clause after an appointment names the post it moved from.
_MOVED_IN_FROM: Final = re.compile(r"^(?:系|是)?由(?P<old>[^,由]{2,30}?)(?:转任|调任|改任)$")

# What marks a described post as the one left (原院长甲, 卸任局长乙).
_FORMER_MARKS: Final = ("原", "原任", "卸任")


def with_ended(
    c: Compact,
    start: int,
    key: str,
    names: list[tuple[int, str]],
    reading: Reading,
    state: State | None = None,
) -> Reading:
    """A transfer also ends the posts printed before each name (原任X的张三调任Y, X张三调任Y;
    甲区区长王五和乙区区长赵六调任: each their own); a plain 任 after a descriptor ends nothing. A bare
    head's title is of its kind's body in ``state`` (某医院召开干部大会，原院长甲调任…)."""
    if names[0][0] <= 0:
        return reading
    lead = _DESCRIPTOR_LEAD.search(key, 0, names[0][0])
    begin = lead.end() if lead else 0
    ended: list[Reading] = []
    for i, (at, _name) in enumerate(names):
        a = begin if i == 0 else names[i - 1][0] + len(names[i - 1][1]) + 1
        a = NOW_HELD.match(key, a).end()  # (现任体育局长甲转任…: the post is 体育局长)
        b = at - 1 if key[at - 1] == "的" else at
        former = key.endswith(_FORMER_MARKS, 0, a)  # (原院长甲: the one succeeded, if a successor was named)
        elided = body_of_its_kind(key[a:b], state, former) if state else ""
        posts = ended_by_move(read_posts(c.text[start + a : start + b], key[a:b], elided))
        if posts:
            ended.append(Reading((reading.names[i],), Kind.REMOVE, tuple(posts), reading.start, reading.end))
    if len(names) == 1:
        return replace(reading, ended=ended[0].posts) if ended else reading
    return replace(reading, more=(*reading.more, *ended))


def _posts_at_body(
    c: Compact, start: int, key: str, org: tuple[int, int], titles: tuple[int, int], level: str = ""
) -> list[PostMention]:
    """The posts of the titles at ``titles`` in the body named at ``org`` (spans of the clause),
    the place's ``level`` word put after it where its head's title tells it."""
    text = c.text[start + org[0] : start + org[1]] + level + c.text[start + titles[0] : start + titles[1]]
    return read_posts(text, key[org[0] : org[1]] + level + TAIL.sub("", key[titles[0] : titles[1]]))


# A place's head (副省长, 市长): the level of the place gone to when it is named bare (到某某任副省长).
_PLACE_HEAD: Final = re.compile(r"副?(?P<level>[省市县])长")


def _level_told(key: str, org: tuple[int, int], titles: tuple[int, int]) -> str:
    """The level word a bare place lacks, told by the head's title after it (某某 + 副省长: 省)."""
    head = _PLACE_HEAD.match(key, titles[0])
    bare = key[org[1] - 1] not in "省市县区州旗盟委府部厅局"
    return head.group("level") if head and bare and org[1] - org[0] == 2 else ""


# When a move is told between the name and 平调 (甲已平调至…, 乙近日平调至…).
_WHEN_BEFORE_MOVE: Final = re.compile(r"(?:已经|已|将|近日|日前)+$")


def _level_again(key: str, org: tuple[int, int], titles: tuple[int, int]) -> int:
    """1 when the place's level word ending ``org`` opens the titles again (到某某县任县委副书记: the
    county's 县委副书记, its 县 printed once in the post), else 0; a place of one character and its
    level word keeps both (攸县县委书记)."""
    level = key[org[1] - 1]
    return int(org[1] - org[0] > 2 and level in "省市县区州旗" and key.startswith(level + "委", titles[0]))


def moved_into(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某公司原董事长甲调至某集团任董事长、党组书记: the titles are of the body moved into, and the
    post describing the person ends."""
    m = _MOVED_INTO.search(key) if any(word in key for word in _GOING) else None
    if not m:
        return None
    before = key[: m.start()]
    comrade = before.endswith("同志")  # (某处甲同志派驻…: a name, addressed so, after his unit)
    if not m.group("moved") and not _went_to(key[m.start("org") : m.end("org")]):
        return None  # (到达某县后任…, 到某县任职期间任…, 到当地任…: no body gone to and its titles)
    if from_post := _FROM_POST.search(before):
        before = before[: from_post.start()]  # 甲从某县县长任上到某市任副市长: the name before it
    if not m.group("moved"):  # (钟某同志将到某省任…: how he is named and when, before he goes)
        before = _WHEN_BEFORE_MOVE.sub("", before.removesuffix("同志"))
    # (a name alone before the move: 甲赴某局任局长, with no post described)
    found = named_after_title(before) or ((0, before) if is_name(before) else None)
    if not found and not m.group("moved") and comrade:
        found = _named_after_unit(before)  # 某处甲同志派驻某村担任第一书记: his unit, then his name
    if not found and before.endswith("平"):  # 某区委书记甲平调至…: moved at the same rank (not 伍烈平调任…)
        found = named_after_title(_WHEN_BEFORE_MOVE.sub("", before[:-1]))
    if not found:
        return _moved_subject_before(c, start, key, m, state) if before in _JOINING else None
    at, name = found
    org, titles = m.span("org"), m.span("titles")
    again = _level_again(key, org, titles)  # (调至某区任区委书记: the district's 区委书记, 区 once)
    level = _level_told(key, org, titles)  # (到某某任副省长: the province's, 某某省副省长)
    posts = _posts_at_body(c, start, key, org, (titles[0] + again, titles[1]), level)
    if not posts:
        return None
    lead = 1 if re.match(FORMER_YUAN, key) else 0  # (原某集团总经理甲调任…: the post he held till now)
    held = (
        ended_by_move(read_posts(c.text[start + lead : start + at], key[lead:at])) if m.group("moved") else []
    )
    names = printed(c, start, [(at, name)])
    return Reading(names, Kind.APPOINT, tuple(posts), start + at, start + len(key), ended=tuple(held))


# The post a move leaves, told before the move (甲从某县县长任上到…, 乙自某局局长岗位上调任…).
_FROM_POST: Final = re.compile(r"(?:从|自)[^,]{2,30}?(?:任上|岗位上|位置上)$")
# What a body gone to never holds (到达, 到岗后, 挂职, 任职期间, 当地, 前曾: time, manner, no name).
_NO_BODY: Final = ("任", "后", "前", "将", "期间", "当地", "本地", "基层", "一线")
_ARRIVING: Final = ("达", "岗", "会", "龄", "期", "位", "底", "今", "此", "于")  # (至于: as for)


# The last characters of a unit a person is named after, sent from it (计划财务处甲, 园艺学院乙).
_UNIT_ENDS: Final = ("处", "科", "室", "厅", "局", "院", "中心", "学院", "办公室")


def _named_after_unit(before: str) -> tuple[int, str] | None:
    """(offset, name) of a name ending ``before`` after the unit the person comes from, or None."""
    for n in (3, 2):
        at = len(before) - n
        if at >= 2 and is_name(before[at:]) and before[:at].endswith(_UNIT_ENDS) and "," not in before:
            return at, before[at:]
    return None


def _went_to(org: str) -> bool:
    """Whether ``org`` (after 到, 南下…) names a body gone to, not a word of time or manner."""
    return not org.startswith(_ARRIVING) and not any(word in org for word in _NO_BODY)


def moves_into_a_body(key: str) -> bool:
    """Whether ``key`` is a move into a body named before the titles taken there (调任某院任党组书记):
    :func:`moved_into` reads it."""
    return (m := _MOVED_INTO.search(key)) is not None and key[: m.start()] in _JOINING


# A description of the post held till now, whole (原任X的甲, 而此前担任X的乙, 原X甲): its post ends
# with a move.
# (one description only: no 、 in it)
_HELD_TILL_NOW: Final = re.compile(
    rf"(?:而)?(?:{_HELD_LEAD}[^,;:、]{{2,40}}?的|原(?!任)[^,;:、的]{{2,40}}?)[^,;:、的]{{2,4}}$"
)
# What may open a clause whose subject the clause before named (原任X的甲，则调任某院任党组书记).
_JOINING: Final = ("", "则", "并", "随后", "随即")


def _moved_subject_before(c: Compact, start: int, key: str, m: re.Match[str], state: State) -> Reading | None:
    """…的甲，则调任某院任党组书记: the one person the clause before named, in the same sentence, takes
    the titles of the body moved into; a 调 ends the posts he was described by."""
    who, at = (state.subject, state.subject_start) if state.subject else (state.person, state.person_start)
    if len(who) != 1 or "。" in c.key[at:start] or not _went_to(key[m.start("org") : m.end("org")]):
        return None  # (则调任某市后任…: no body gone to)
    org, titles = m.span("org"), m.span("titles")
    posts = _posts_at_body(c, start, key, org, (titles[0] + _level_again(key, org, titles), titles[1]))
    described = c.key[at : start - 1]  # (原任X的甲 / 而此前任X的乙: the post held till the move)
    held = (
        state.subject_held if m.group("moved") and state.subject and _HELD_TILL_NOW.match(described) else ()
    )
    return Reading(who, Kind.APPOINT, tuple(posts), start, start + len(key), ended=held) if posts else None


def moved_in_from(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """…，由X转任 after a clause that appointed someone: X, the post that person left, ends."""
    m = _MOVED_IN_FROM.match(key) if state.person and key.endswith(("转任", "调任", "改任")) else None
    if not m:
        return None
    old = m.span("old")
    posts = read_posts(c.text[start + old[0] : start + old[1]], key[old[0] : old[1]])
    return Reading(state.person, Kind.REMOVE, tuple(posts), start, start + len(key)) if posts else None


# Words for what a person sent is, before his name (县教育局干部甲, 某医院医生乙).
_KINDS_OF_STAFF: Final = ("干部", "职工", "教师", "医生", "民警", "科员", "党员")


def _named_after_kind(text: str) -> tuple[int, str] | None:
    """(offset, name) of the name ending ``text`` after a word for what he is (县教育局干部甲), or None."""
    for n in (3, 2):
        if len(text) > n + 1 and text[:-n].endswith(_KINDS_OF_STAFF) and is_name(text[-n:]):
            return len(text) - n, text[-n:]
    return None


def sent_to_serve(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """选派甲同志到某局挂职任副局长: appointed to the titles taken at the body sent to."""
    m = _SENT_TO_SERVE.match(key) if "派" in key[:16] or "选调" in key[:16] else None
    if not m:
        return None
    who = m.group("name")
    found = (0, who) if is_name(who) else named_after_title(who) or _named_after_kind(who)
    if not found:
        return None
    org, titles = m.span("org"), m.span("titles")
    again = _level_again(key, org, titles)
    posts = _posts_at_body(c, start, key, org, (titles[0] + again, titles[1]))
    names = printed(c, start, [(m.start("name") + found[0], found[1])])
    return Reading(names, Kind.APPOINT, tuple(posts), start, start + len(key)) if posts else None


def moved_from(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """张三由X转任Y: X ends and Y begins; a bare Y is of X's organisation (由校长转任党委书记)."""
    m = _MOVED.match(key) if "由" in key[:24] or "从" in key[:24] else None
    if not m or not (names := split_names(m.group("name"))):
        return None
    names = [(at + m.start("name"), name) for at, name in names]
    old, new = m.span("old"), m.span("new")
    text = c.text[start + old[0] : start + old[1]] + "、" + c.text[start + new[0] : start + new[1]]
    posts = read_posts(text, key[old[0] : old[1]] + "、" + TAIL.sub("", key[new[0] : new[1]]))
    ended = [p for p in posts if p.start < old[1] - old[0]]
    begun = tuple(p for p in posts if p.start > old[1] - old[0])
    if not begun:
        return None
    names_ = printed(c, start, names)
    return Reading(names_, Kind.APPOINT, begun, start, start + len(key), ended=tuple(ended))


# A post handed over at its ceremony (卸任校长甲将印信交接予新任校长乙): the one leaves it, the other
# takes it.
# (…，甲校长将学校资料及钥匙交接给新校长乙: what is handed over between 将 and the verb)
_HANDED_OVER: Final = re.compile(
    r"(?:卸任|原)?(?P<old>[^,;:。将把]{3,24}?)(?:则|也|亦|已)?(?:(?:将|把)[^,;:。]{0,30}?)?"
    r"(?:移交|交接|交棒|交)(?:给|予|于)新任?(?P<new>[^,;:。]{3,24})$"  # (…将印信交给新任部长乙)
)


def handed_over(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """卸任校长甲将印信交接予新任校长乙: 甲's post ends and 乙 takes it up; a bare title is of the
    body the sentence is about (某大学举办校长交接典礼)."""
    m = _HANDED_OVER.search(key) if "交" in key and "新" in key else None
    if m is None:
        return None
    readings: dict[str, Reading] = {}
    body = ""  # (…交接给新校长乙: the school the one leaving heads, when the sentence names no other)
    for group, kind in (("old", Kind.REMOVE), ("new", Kind.APPOINT)):
        if not (found := _titled(m[group])):
            return None
        (a, b), (n, name) = found
        at = m.start(group)
        title = key[at + a : at + b]
        printed_title = c.text[start + at + a : start + at + b]
        if former := _FORMER_HEAD.search(title):  # (某医院原院长甲: the hospital's 院长, 原 no part of it)
            title = title[: former.start()] + title[former.end() :]
            printed_title = printed_title[: former.start()] + printed_title[former.end() :]
        posts = read_posts(printed_title, title, body_of_its_kind(title, state) or body)
        if len(posts) != 1 or not posts[0].org:
            return None
        body = posts[0].org
        who = printed(c, start + at + n, [(0, name)])
        readings[group] = Reading(who, kind, tuple(posts), start + m.start(), start + len(key))
    return replace(readings["new"], more=(readings["old"],))


# 原 / 前任 right before the bare title of the one who leaves (某医院原院长甲将…交接给新任院长乙).
_FORMER_HEAD: Final = re.compile(r"(?:原|前任)(?=[\u4e00-\u9fff]{1,4}$)")


def _titled(text: str) -> tuple[tuple[int, int], tuple[int, str]] | None:
    """((start, end) of the post, (offset, name)) of a name after its post (卸任校长甲) or before
    the bare title it is addressed by (卜琴华校长), or None."""
    if found := named_after_title(text):
        return (0, found[0]), found
    for n in (3, 2, 4):
        post = split_post(text[n:])
        if len(text) > n + 1 and is_name(text[:n]) and not post[0] and post[1]:
            return (n, len(text)), (0, text[:n])
    return None
