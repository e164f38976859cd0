"""Listings that print the post before the people (docs/design.md#forms).

- A heading post, then the names: 市政府聘任的参事有：A、B、C等18人; 出任委员的11人分别是：A、B.
- Post and name pairs under one verb: 任命了一批干部，包括县财政局局长张三、县教育局局长李四;
  新任院长陈光; 此次任命中，新任市科技局局长杨帆….

Pure functions over the matching text of a clause; the clause reader turns what they find into
readings.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.anaphora import OWN_UNIT_WORDS
from graph_builder.extract.deputies import deputy_of_text, leaving_deputies
from graph_builder.extract.event_dates import clause_start, sentence_start
from graph_builder.extract.lexicon import lexicon
from graph_builder.extract.names import (
    HEAD_COUNT,
    dotted_name_starts,
    is_name,
    is_word_surname_name,
    split_names,
    split_names_in_slot,
    surnames,
    xin_ends_a_name,
)
from graph_builder.extract.places import known_place_at
from graph_builder.extract.posts import (
    BODY_ENDS,
    SOCIETY_ENDS,
    PostMention,
    ended_by_move,
    post_of,
    qualifier_codes,
    read_posts,
)
from graph_builder.extract.reading import Reading, State, announced_body, last_match, printed
from graph_builder.extract.titles import ends_with_title, split_post
from graph_builder.read.normalise import Compact, is_han, to_key
from graph_builder.read.patterns import NUMBERED
from graph_builder.types import Kind

_VERBS: Final = {**lexicon().verb_first, **lexicon().subject_first}

# 聘任的参事有 / 将出任行政会委员的11人分别是 / 新任命的局长名单如下 (the names follow after a colon).
HEADING: Final = re.compile(
    # (and elections: 会议选出的某委员会副主席是：, 当选为某委员会委员的有：)
    # (此前担任某市市长的是甲: who held it before, no act)
    r"(?<!此前)(?<!之前)(?<![曾原])(?P<verb>聘任|聘请|任命|委任|出任|担任|增补|新聘|续聘|录用|选出|选举产生|当选|新任|补选|增选)"
    # (任命了4名…，分别是：; 补选了3名市人大代表，分别是…)
    r"(?:为|(?<=任命|补选|增选)了|(?<=补选|增选)出)?(?:的)?(?:[\d一二两三四五六七八九十百]+(?:位|名))?"
    r"(?P<post>[^的,]{2,30}?)(?:的)?"
    # (…选举甲为书记，当选为省委常委的还有乙、丙: those elected besides)
    r"(?:[\d一二两三四五六七八九十百]+(?:人|名))?(?:名单)?(?:分别是|分别为|计有|共有|还有|有|是|为|如下|包括)$"
)
# 聘任下列同志为市人民政府参事： / 任命以下人员为人民陪审员 (the names follow after a colon).
HEADING_BELOW: Final = re.compile(
    r"(?P<verb>聘任|聘请|任命|委任|增补|新聘|续聘)(?:下列|以下|如下)(?:[\d一二两三四五六七八九十百]+(?:名|位|人))?"
    # (聘任以下同志担任学院副院长：, 任命下列同志任某局副局长：)
    r"(?:同志|人员|人士|专家)?(?:为|担任|(?<=同志|人员|人士)任)(?P<post>[^,]{2,40}?)$"
    # 免去下列同志的某法院审判员职务： (the names whose post ends follow after the colon; counted,
    # 免去以下4名同志的…; 免除 as a court's removal words it)
    r"|(?P<ended>免去|免除|解聘)(?:下列|以下)(?:[\d一二两三四五六七八九十百]+(?:名|位|人))?(?:同志|人员|人士)的"
    r"(?P<left>[^,]{2,40}?)职务$"
    # 接受下列同志辞去某常委会委员职务：甲、乙 (their resignations accepted, the names after the colon)
    r"|接受(?:下列|以下)(?:同志|人员|人士)(?P<quit>辞去)(?P<gone>[^,]{2,40}?)职务$"
    # 免去某法院审判员职务的有：甲、乙 (the post first, those who leave it after the colon)
    r"|(?P<cut>免去|免除)(?P<held>[^,的]{2,40}?)职务的(?:同志|人员)?(?:有|是|为)$"
)
# A bare 选举 opens a clause after another or follows the meeting (会议选举县长甲、副县长乙), not
# 选举委员会, 选举代理人, 选举事务处 or 某会议选举的某检察长甲.
_BARE_ELECTION: Final = (
    r"(?:(?<![\u4e00-\u9fff]选举)|(?<=会议选举|大会选举)|(?<=并选举|还选举))了?"
    r"(?!的|委员|代理|法|管理|结果|办法|工作|产生|事务|指导|监督|督导|领导|日程|大会|主席团)"
)
# The bare 选举, which opens a clause after another's comma or semicolon (…机构，选举某主任甲), never
# a sentence.
_BARE_VERBS: Final = ("选举", "选举了")
# Where pairs of post and name begin: after 包括 (under an appointing verb), 新任 or 选举.
PAIRS_AT: Final = re.compile(
    rf"包括|新任命的?|新任(?!命)|选举(?:产生了?|出(?!的)|{_BARE_ELECTION})|新当选的|批准任命的"
)
# Characters that start the words after a name (此前, 已经, 正式, 同志, 进行, 宣誓, 跟诵 …), never a
# given name's last.
# (分: 甲、乙分别作了发言)
_AFTER_NAME: Final = frozenset("此前在已将为于同正等的是出表曾也均和与及任兼今昨作向面对把被率则进宣跟颁分")
_BRACKET: Final = re.compile(r"[(（][^()（）]{0,12}[)）]")
# Words of organisations' names: a name that ends with their first character is none (东川大|学).
_ORG_WORDS: Final = frozenset({"大学", "学院", "公司", "集团", "医院", "政府", "银行", "中心"})


# The order of the names below a heading, noted after it (（按姓氏笔画为序）).
_ORDER: Final = r"\(按[^()]{2,12}\)"
# A clause announcing a list of post and name pairs below its colon (调整情形如下：, 人事异动如下：).
_LIST_BELOW: Final = re.compile(
    r"(?:调整|异动|任免|任命|人事)(?:情形|情况|结果)?如下$"  # (名单如下: names by their posts, below)
    r"|(?<!拟)新任[\u4e00-\u9fff]{0,12}?(?:人员|负责人|干部)名单如下$"  # 新任部门负责人名单如下：某庭庭长｜甲
    r"|(?<!拟)新任[\u4e00-\u9fff]{0,6}?(?:主管|首长)(?:名单)?如下$"  # (Taiwan: 新任一级主管如下：)
    r"|(?P<verb>辞职|任命|免职|当选|卸任)的[\u4e00-\u9fff]{0,16}有$"  # 近期辞职的副省级官员有
    # 此次调整的干部分别是, 新提任的8名干部是(按姓氏笔画为序): the posts named are the new ones (not
    # 拟提任的…: proposed, nor a 考察 list)
    # (名单中新上任的负责人包括：某机构副负责人甲、…: news of a cabinet's new members)
    r"|(?<![拟曾])(?P<moved>调整|提任|提拔|新任|任职|新上任)的(?:[\d一二两三四五六七八九十]+(?:名|位))?"
    rf"(?:(?!考察|人选)[\u4e00-\u9fff]){{0,16}}(?:有|分别是|是|名单如下|包括)(?:{_ORDER})?$"
)
_LISTED_KIND: Final = {
    "辞职": Kind.RESIGN,
    "任命": Kind.APPOINT,
    "免职": Kind.REMOVE,
    "当选": Kind.ELECT,
    "卸任": Kind.CEASE,
}
# A clause that turns to the people of its sentence's act, listed after its colon.
THEY_ARE: Final = ("他们分别是", "分别是", "他们是")
# The same before its colon, with the order noted (他们分别是(按行政区划排序)：).
_THEY_ARE_COLON: Final = re.compile(r"(?:他们分别是|分别是|他们是)(?:\([^()]{1,12}\))?:$")
# …and printed without the colon, the pairs right after it in its clause.
_THEY_ARE_INLINE: Final = re.compile(f"(?:{'|'.join(THEY_ARE)})(?=[\u4e00-\u9fff])")


def they_are_inline(sentence: str) -> bool:
    """Whether ``sentence`` opens with 他们分别是 run into the first pair (no colon after it)."""
    return _THEY_ARE_INLINE.match(sentence) is not None


def _listed_kind(key: str, begin: int, act: re.Match[str]) -> Kind:
    """The act of the people listed after a sentence that names it: an acting head's 转正 is his
    election (代省长转正。他们分别是…), another 转正 a probation served."""
    if act.group() == "转正":
        return Kind.ELECT if "代" in key[begin : act.start()] else Kind.CONFIRM
    return _LISTED_KIND.get(act.group(), Kind.APPOINT)


# The act of a sentence whose people are listed after 他们分别是 (宣布了一批干部的任职决定).
_ACT_IN_SENTENCE: Final = re.compile(
    r"任命|当选|辞职|免职|新任|到任|履新|上任|转正"
    r"|任职(?:决定|通知)"
)
# (原某局科长) after a listed name: the post held before.
_FORMERLY: Final = re.compile(r"\((?:原任|原)(?P<post>[^()]{2,30})\)")
# 东山省省长一职由王五担任: the post, then the person in the passive.
# (昨天新增卫福部长由…担任, 增设一位副县长由…升任: the day and 新增 are no part of the post, nor is
# Taiwan's 空缺 after it; 由某会副主席、律师甲出任: a
# description of several posts before the name; 由副处长乙暂时兼任)
# (则由, 已由, 分别由: what may stand before the passive's 由; Taiwan's 遗缺则是乙接手)
_PASSIVE_LEAD: Final = r"(?:则|亦|也|就)?(?:已|将|暂|现|先|改|临时)?(?:分别)?(?:由|(?<=则)是)"
_HELD_BY: Final = re.compile(
    # (所遗X一职由乙接任: the post the person just named left)
    r"^(?:其中|至于|至於|另外|此外|同时|而)?(?:宣布|决定)?(?:昨天|今天|昨日|今日|日前|近日|目前)?(?:新增|新任的?|所遗|其所遗|另?(?:增设|新设)(?:一位|一名|一个)?)?"
    r"(?P<his>其(?!中))?"  # 某县委书记甲调任…，其县委书记职务由乙接任: his post, no part of its name
    # (某署署长的空缺由乙接任: the post's vacancy, its 的 no part of it)
    rf"(?P<post>[^,由]{{2,40}}?)(?:的?(?:一职|职务|职位|职缺|遗缺|空缺|悬缺),?|(?P<comma>,))?{_PASSIVE_LEAD}"
    r"(?P<name>[\u4e00-\u9fff·、]{2,30}?)"
    # (由助理关长乙晋升接任: promoted as the post is taken; 由副院长甲教授代理: how he is addressed)
    r"(?:同志|先生|女士|教授|博士)?(?:晋升|擢升)?"
    r"(?:暂时|暂|正式|临时)?(?P<verb>担任|接任|出任|接掌|接手|接棒|回任|兼任|升任|继任|调任|转任|续任|代理|暂代|署任|署理)"
)
# X职务暂由甲代理 / 由丙署任: an acting post (代理 stays in the title, after the organisation).
_ACTING_BY: Final = ("代理", "暂代", "署任", "署理")  # (董事长一职由总经理甲暂代: acting, 代理董事长)
# 至于某司长一职，将由甲出任: the post in a clause of its own before the passive.
_POST_ALONE_BEFORE: Final = ("一职,", "职务,", "职缺,", "遗缺,", "空缺,", "悬缺,")
# A new body's description before its post (新成立的科技部部长，由甲出任).
_NEW_BODY: Final = re.compile(r"(?:新成立|新组建|新设立|新设)的")
# Words of an act, of a copula or of someone's post (的) in the clause before: then it is no post alone.
_ACT_IN_POST_CLAUSE: Final = re.compile(
    r"辞|免|聘|当选|接|调|升|卸|离|退|换|的|为|自|[他她其也]|公布|发布|宣布|[近日]日|今天|昨天"
)
_PASSIVE_BY: Final = re.compile(_PASSIVE_LEAD)
# 乙之前，…由甲担任: the clause before tells of the holder before someone.
_BEFORE_THEM: Final = ("之前", "以前")
# A working group's own office (办公室主任由张三兼任) is a group role, not a post (docs/design.md#forms).
_GROUP_UNITS: Final = ("办公室", "小组", "领导小组", "工作组", "专班")


def name_closing(slot: str) -> tuple[int, str] | None:
    """The name that closes a slot where only a described person stands (由资深大律师叶定邦接任:
    a profession, not a title, before the name): (offset, name)."""
    if len(slot) > 5 and slot[-4:-2] in surnames()[1] and is_name(slot[-4:]):
        return len(slot) - 4, slot[-4:]  # 收到上官军亮: a compound surname's name of four
    for n in (3, 2):
        if len(slot) > n + 1 and is_name(slot[-n:]) and not is_name(slot[-n - 1 :]):
            return len(slot) - n, slot[-n:]
    return None


def person_in(slot: str) -> tuple[int, str] | None:
    """The person a slot where only a person stands names: a name, or a name after its post
    (副院长甲) or its profession (资深大律师乙), a general's rank after it or not (乙中将): (offset, name)."""
    slot = slot.removesuffix(next((r for r in _RANKS_AFTER_NAMES if slot.endswith(r)), ""))
    return (0, slot) if is_name(slot) else named_after_title(slot) or name_closing(slot)


# A general's or a police chief's rank printed after the name (海军司令由副参谋长甲中将接任).
_RANKS_AFTER_NAMES: Final = ("上将", "中将", "少将", "大校", "上校", "警监")


def held_by(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A post held by a person named after it in the passive (某局局长一职由张三接任), and the
    items of the same form that follow it after 、 (民政处长由甲出任、卫生局长由乙出任)."""
    reading = _held_by_at(c, start, key, state)
    if reading is None and (before := post_clause_before(c, start, key)) is not None:
        reading = _held_by_at(c, before, c.key[before : start + len(key)], state)
    if reading is None:
        return None
    items: list[Reading] = []
    at = reading.end - start
    while key.startswith("、", at) and (item := _held_by_at(c, start + at + 1, key[at + 1 :], state)):
        items.append(item)
        at = item.end - start
    return replace(reading, more=tuple(items)) if items else reading


def people_in_slot(slot: str) -> list[tuple[int, str]] | None:
    """The two or more people of a slot where only people stand (由__出任), each a name or a name
    after its post (甲和乙, 副院长甲、教授乙; 某行总经理甲及某行副总经理乙): (offset, name) each;
    None unless every item is one."""
    names = split_names_in_slot(slot)
    if names:
        return names if len(names) > 1 else None
    return _people_between(slot, _LISTED) or _people_between(slot, _JOINED, described=True)


def _people_between(
    slot: str, items: re.Pattern[str], described: bool = False
) -> list[tuple[int, str]] | None:
    """The people of ``slot`` between the separators ``items`` skips, each described by a post when
    ``described``; None unless every item is one and there are two or more."""
    found_all = []
    for piece in items.finditer(slot):
        found = person_in(piece.group())
        if not found or (described and found[0] == 0):
            return None
        found_all.append((piece.start() + found[0], found[1]))
    return found_all if len(found_all) > 1 else None


# The items of a slot where only people stand, between 、; or between 、, 及, 和 and 与 when each is a
# person described by a post (由甲行总经理乙及丙行副总经理丁接任: a bare name may hold 和).
_LISTED: Final = re.compile("[^、]+")
_JOINED: Final = re.compile("[^、及和与]+")


def post_clause_before(c: Compact, start: int, key: str) -> int | None:
    """Where the clause before ``start`` starts when it is only the post a passive clause at
    ``start`` is about (至于某司长一职，将由甲出任), else None."""
    if not _PASSIVE_BY.match(key) or c.key[start - 1 : start] != ",":
        return None
    begin = clause_start(c.key, start - 1)
    if not c.key.endswith(_POST_ALONE_BEFORE, 0, start):
        # (新成立的某部部长，由甲出任: the post alone, a new body's, its title last)
        begin += len(new.group()) if (new := _NEW_BODY.match(c.key, begin, start)) else 0
        if not _only_a_post(c, begin, start - 1):
            return None
    if start - begin > 44 or _ACT_IN_POST_CLAUSE.search(c.key, begin, start):
        return None  # 甲请辞某局长一职，由乙接任: an act of its own, not the post alone
    return begin


def _post_named_before(c: Compact, start: int, title: str) -> list[PostMention]:
    """The post whose bare title ``title`` a passive clause at ``start`` names again, printed in
    full earlier in its sentence (某县县长甲收到解职令，县长一职由乙代理; 某公司董事长甲请辞获准，目前
    董事长一职由乙代理): the same post, of the same organisation; else none."""
    if len(split_post(title)[0]) > 1:
        return []  # (an organisation printed: no bare title; 总院长's 总 is none)
    begin = sentence_start(c.key, start)
    at = c.key.rfind(title, begin, start)
    if at <= begin or c.key[at - 1] in "副理":  # (副总监, 助理总监: another title)
        return []
    clause = max(c.key.rfind(ch, begin, at) for ch in ",;:、") + 1 or begin
    clause = max(clause, begin)
    if c.key.startswith("原", clause):
        clause += 1  # 原某市市长甲升任…，市长一职由乙代理: no 原 in the post
    end = at + len(title)
    posts = read_posts(c.text[clause:end], c.key[clause:end])
    if not posts or len(posts[-1].post) <= len(title) or not to_key(posts[-1].post).endswith(title):
        return []
    return [replace(posts[-1], start=0, end=0)]


def _only_a_post(c: Compact, begin: int, end: int) -> bool:
    """Whether ``c.key[begin:end]`` is posts and nothing more (某部部长; 某集团董事、总经理及党组副书记)."""
    if not ends_with_title(c.key[begin:end]) or _ACT_IN_POST_CLAUSE.search(c.key, begin, end):
        return False
    posts = read_posts(c.text[begin:end], c.key[begin:end])
    if not posts or posts[0].start != 0 or posts[-1].end != end - begin:
        return False
    gaps = (c.key[begin + a.end : begin + b.start] for a, b in itertools.pairwise(posts))
    return all(gap in _POST_SEPARATORS for gap in gaps)


# What stands between the posts of a list (董事、总经理及党组副书记).
_POST_SEPARATORS: Final = frozenset({"、", "及", "和", "兼"})


def _held_by_at(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """The reading of one ``_HELD_BY`` item at the start of ``key`` (at ``start`` in ``c``)."""
    if ("由" not in key and "则是" not in key) or c.key.endswith(_BEFORE_THEM, 0, max(start - 1, 0)):
        return None  # 乙之前，该局局长一职由甲担任: the holder before, no act
    if not (m := _HELD_BY.match(key)):
        return None
    # The person may be described first (由原省长王东接任): the name is what follows the title.
    slot = m.group("name")
    people = people_in_slot(slot)  # 由甲和乙出任, 分别由副市长丙、丁出任: each of them
    if people is None and "、" in slot and is_name(slot.split("、", 1)[0]):
        return None  # 由甲、乙担任 with more than names in it: not one described by two posts
    found = person_in(slot)
    if not found and not people:
        return None
    at, name = found or people[0]  # type: ignore[index]
    a, b = m.span("post")
    if m.group("comma") and not _only_a_post(c, start + a, start + b):
        return None  # (某部部长，由甲出任: a post alone before the comma; not 某厅公布两名发言人，由…)
    a = count.end() if (count := _HEADCOUNT.match(key, a, b)) else a  # 3名副市长职务由…: no part of it
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    if len(posts) < 2 and len(posts[0].org if posts else "") < 2:  # 县长一职由乙代理: the county named before
        posts = _post_named_before(c, start + a, key[a:b]) or posts
    kind = Kind.APPOINT
    if not (posts and posts[0].org) and (body := announced_body(key[a:b], state)):
        posts = read_posts(c.text[start + a : start + b], key[a:b], body)  # 某局召开大会…新任局长由乙接任
    elif not (posts and posts[0].org) and (body := _society_meeting(state)):
        # 某学会召开换届大会…理事长由甲担任: the society's officers, elected at its meeting
        posts, kind = read_posts(c.text[start + a : start + b], key[a:b], body), Kind.ELECT
    if m.group("his") and len(posts) == 1:  # 其县委书记职务由乙接任: the post his move left
        posts = [p for p in state.left if to_key(p.post).endswith(key[a:b])][-1:] or posts
    if not posts or to_key(posts[0].org) in _GROUP_UNITS:  # (辦公室 printed)
        return None
    if m.group("verb") in _ACTING_BY:
        posts = [acting(p) for p in posts]
    who = printed(c, start + m.start("name"), people or [(at, name)])
    # (A及B分别由甲及乙接任: each the post in the same place)
    pairwise = "分别" in key[m.end("post") : m.start("name")] and len(who) == len(posts) > 1
    reading = Reading(who, kind, tuple(posts), start, start + m.end(), pairwise)
    if m.group("verb") in SUCCESSION_MOVES and at:  # 社会局长由原劳动局长甲调任: the post he left ends
        return replace(reading, ended=left_by_move(c, start, key, m.start("name"), m.start("name") + at))
    return reading


# The moves that end the post describing the person moved (由原某局长甲调任, 、某分局长乙调任Y).
ENDING_MOVES: Final = frozenset({"调任", "转任", "调升"})
# …and where a post's successor is named after 由, 升任 too: the vacancy is filled from the post he
# leaves (某局长由该局副局长甲升任, 遗缺由某署主任秘书乙升任). Elsewhere a promotion after a
# description ends nothing (某局副局长甲升任局长), as a plain 出任 does not.
SUCCESSION_MOVES: Final = ENDING_MOVES | {"升任"}


def _society_meeting(state: State) -> str:
    """The society whose meeting the text told (its officers' bare titles are its own), or ''."""
    return state.org if to_key(state.org).endswith(SOCIETY_ENDS) else ""


def left_by_move(c: Compact, start: int, key: str, a: int, b: int) -> tuple[PostMention, ...]:
    """The posts a successor leaves by his move, printed as his description at ``key[a:b]`` before
    his name (由原劳动局长甲调任: 劳动局长), its 原 aside."""
    a += key.startswith("原", a)
    return tuple(ended_by_move(read_posts(c.text[start + a : start + b], key[a:b])))


def title_runs_in_its_unit(post: PostMention) -> bool:
    """Whether a two-character head's first character is its unit run into the title (交通部长: 部;
    综合发展处长: 处), not a unit printed before it (某局局长) nor a government's own head (某县人民政府
    县长, whose acting form is 某县人民政府代理县长)."""
    head, org = to_key(post.title), to_key(post.org)
    return len(head) == 2 and head[1] == "长" and not org.endswith(head[0]) and not org.endswith("政府")


def acting(post: PostMention) -> PostMention:
    """The acting form of a post: 代理 after the organisation (某局代理局长), or before a unit's
    head whose unit is run into the title (代理综合发展处长: 综合发展处 is no organisation before 处长)."""
    if "代" in post.title:
        return post
    if title_runs_in_its_unit(post):
        return replace(post, post="代理" + post.post, org="", title="代理" + post.post)
    return replace(post, post=f"{post.org}代理{post.title}", title="代理" + post.title)


def board_members(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """两名新成员为甲及乙 / 三名再度获委任两年的成员为丙、丁博士及戊 under a press release that
    appoints members of a board (政府今日宣布委任两名某委员会(某会)新成员…): each appointed a member."""
    m = _MEMBERS_ARE.match(key) if "员为" in key else None
    if not m or not (names := split_names(m.group("names"))):
        return None
    # (再度委任某局(某局)主席…，同时委任七名新委员。七名新委员为…: the board its chair is of)
    board = _board_above(c, start)
    if not board:
        return None
    a, b = board.span("board")
    role = start + m.start("role")
    text = c.text[a:b] + c.text[role : role + 2]  # 成员 / 委员 as printed
    posts = read_posts(text, to_key(text))
    if not posts:
        return None
    at = m.start("names")
    return Reading(printed(c, start + at, names), Kind.APPOINT, tuple(posts), start, start + len(key))


def outgoing_members(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """感谢即将卸任的成员甲、乙及丙 / 即将卸任的主席甲和成员乙教授 under a press release that names
    the board: each leaves it, as the member or the title printed before the names (a title goes on
    over the names after it)."""
    m = _OUTGOING.search(key) if "卸任" in key else None
    if not m or not (board := _board_above(c, start, appointed=False)):
        return None
    board_text = c.text[board.start("board") : board.end("board")]
    title = "成員" if board_text != to_key(board_text) else "成员"  # (in the page's script)
    runs = [(start + m.start("who"), m.group("who"))]
    end = start + len(key)
    if m.end() == len(key) and (more := _OUTGOING_MORE.match(c.key, end)):
        # (即将卸任的主席甲、副主席乙，以及委员丙和丁: the list goes on after its comma)
        runs.append((more.start("who"), more.group("who")))
        end = more.end()
    readings = []
    for at, run in runs:
        for item in re.split("[、和及]", run):
            head = next((t for t in _BOARD_TITLES if item.startswith(t)), "")
            title = c.text[at : at + len(head)] if head else title
            name = _HONORIFIC_AFTER.sub("", item[len(head) :])
            if not is_name(name):
                return None
            posts = read_posts(board_text + title, to_key(board_text + title))
            if not posts:
                return None
            who = printed(c, at + len(head), [(0, name)])
            readings.append(Reading(who, Kind.CEASE, tuple(posts), start, end))
            at += len(item) + 1
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


# 即将卸任的成员甲、乙及丙在过去6年… / …的甲资深大律师、乙博士对…: the members thanked as they go.
# (离任 and 退任 were tried as a term ended: held-out sets 26 and 31 went down.)
# …，以及委员丙和丁: the outgoing list's last items after a comma.
_OUTGOING_MORE: Final = re.compile(
    r",(?:以及|及)(?P<who>[\u4e00-\u9fff][^,;:。]{1,40}?)(?=在|于|对|过去|[,;。]|$)"
)
# (感谢卸任成员甲和乙: no 的 before the title)
_OUTGOING: Final = re.compile(
    r"(?:即将)?卸任(?:的|(?=成员|委员|主席|副主席))(?P<who>[^,;:]{2,80}?)(?=在|于|对|过去|$)"
)
# The board a press release names as it appoints its members or its chair (委任甲出任某委员会主席,
# 再度委任某局现任主席…, 委任两名某委员会(某会)新成员).
_BOARD_NAMED: Final = re.compile(
    r"(?:委任|出任|为)(?:[\d两二三四五六七八九十]+名)?(?P<board>[^,。委任为]{3,30}?(?:委员会|理事会|咨询会|议会|局))"
    r"(?:\([^()]{1,10}\))?(?:新任|新|现任)?(?:主席|成员|委员)"
)
_BOARD_TITLES: Final = ("副主席", "主席", "召集人", "成员", "委员")
_HONORIFIC_AFTER: Final = re.compile("(?:资深大律师|大律师|太平绅士|博士|教授|先生|女士|法官|医生)$")


# 两名新成员为甲及乙 / 三名再度获委任两年的成员为丙、丁 (the names of a board's members appointed).
_MEMBERS_ARE: Final = re.compile(
    r"^(?:[\d两二三四五六七八九十]+名)?(?:新|再度获委任[^的,]{0,6}的|获再度委任的|新委任的)(?P<role>成员|委员)为"
    r"(?P<names>[^,;:]{2,80})$"
)
# 宣布委任两名某委员会(某会)新成员: the board whose members a press release appoints.
_BOARD_APPOINTED: Final = re.compile(
    r"(?:委任|委出)[\d两二三四五六七八九十]*名?(?P<board>[\u4e00-\u9fff]{3,30}?(?:委员会|理事会|咨询会|议会|局))"
    r"(?:\([^()]{1,10}\))?(?:新|现任)?成员"
)
# 委任五名新成员加入某委员会: the board new members join.
_BOARD_JOINED: Final = re.compile(
    r"委任[\d两二三四五六七八九十]*名?新?(?:成员|委员)加入(?P<board>[\u4e00-\u9fff]{3,30}?(?:委员会|理事会|咨询会|议会|局))"
)
_BOARD_REACH: Final = 600  # how far above the names the release's opening may stand


def _board_above(c: Compact, start: int, appointed: bool = True) -> re.Match[str] | None:
    """The board a press release named in the ``_BOARD_REACH`` characters above ``start`` as it
    appointed members to it (or its chair): the match, its group ``board``; None if none."""
    lo = start - _BOARD_REACH
    found = last_match(_BOARD_APPOINTED, c.key, lo, start) if appointed else None
    return found or last_match(_BOARD_NAMED, c.key, lo, start) or last_match(_BOARD_JOINED, c.key, lo, start)


def _name_after_title(text: str) -> bool:
    """Whether ``text``, right after a title, is a name: by the surname rule, or three characters
    opening with a surname that is a word too whose given name is no name of its own (主任和良辉: 和
    the Naxi surname; not 局长和王五, "and 王五")."""
    if is_name(text):
        return True
    return len(text) == 3 and not is_name(text[1:]) and is_word_surname_name(text)


def name_length_after_title(text: str, n: int) -> int:
    """The length of the name of ``n`` characters that ends ``text`` after a title, one less where
    its first character ends the title and the rest is a name too (董事长孙明: 长 ends 董事长, 孙 opens
    the name; not 董事 and the compound surname 长孙)."""
    return n - 1 if n > 2 and is_name(text[1 - n :]) and ends_with_title(text[: 1 - n]) else n


def named_after_title(key: str) -> tuple[int, str] | None:
    """The name that ends ``key`` after a post (现任某市市长张三, 原省长王东): (offset, name)."""
    for n in (4, 3, 2):  # 4: a compound surname (局长政治助理司徒文杰)
        if len(key) >= n + 2 and _name_after_title(key[-n:]) and ends_with_title(_without_grade(key[:-n])):
            n = name_length_after_title(key, n)
            return len(key) - n, key[-n:]
    for at in dotted_name_starts(key):  # 局长热合曼·阿不都
        if at >= 2 and is_name(key[at:]) and ends_with_title(_without_grade(key[:at])):
            return at, key[at:]
    return None


def names_after_shared_title(text: str) -> tuple[int, list[tuple[int, str]]] | None:
    """Two or more names listed after the title they share, to ``text``'s end (某市人大代表甲、乙;
    副市长甲、乙): (offset of the first, names), or None."""
    # (the first name ends before one of the 、s: titles may be listed with 、 too, 董事、副总经理甲、乙)
    seps = [i for i, ch in enumerate(text) if ch == "、"]
    for sep in seps:
        for at in range(sep - 2, max(sep - 5, 0), -1):  # a name of two to four characters
            if ends_with_title(text[:at]) and (names := split_names(text[at:])) and len(names) > 1:
                return at, [(at + offset, name) for offset, name in names]
    return None


def _described_names(key: str) -> tuple[int, list[tuple[int, str]]] | None:
    """The names ending ``key`` after the deputy's title they share (某市人大代表甲 / 某市人大代表甲、乙):
    (offset of the first, names), or None."""
    if "、" in key:
        found = names_after_shared_title(key)
    else:
        found = (one[0], [one]) if (one := named_after_title(key)) else None
    return found if found and key[: found[0]].endswith("代表") else None  # (a deputy's, no other title)


def _without_grade(descriptor: str) -> str:
    """A descriptor without the grade in brackets it may end with (某市委副秘书长(正局级))."""
    return _BRACKET.sub("", descriptor) if descriptor.endswith((")", "）")) else descriptor


def _runs_into_org(item: str, at: int, n: int) -> bool:
    """Whether an organisation's word (大学, 公司) starts within the ``n`` characters at ``at`` or
    just after them: those characters begin an organisation's name, not a person's."""
    near = to_key(item[at : at + n + 2])
    return any(0 <= near.find(word) <= n for word in _ORG_WORDS)


def heading_post(key: str) -> tuple[str, int, int] | None:
    """(verb, start, end) of the post a heading clause names, when it ends in a title."""
    m = HEADING_BELOW.search(key) or HEADING.search(key)
    # (免去下列同志的X职务：, 接受下列同志辞去X职务： name their verb and post in groups of their own)
    groups = m.groupdict() if m else {}
    verb_group, post_group = next(
        ((v, p) for v, p in (("ended", "left"), ("quit", "gone"), ("cut", "held")) if groups.get(v)),
        ("verb", "post"),
    )
    if not m or not ends_with_title(_BRACKET.sub("", m.group(post_group))):
        return None
    return m.group(verb_group), m.start(post_group), m.end(post_group)


def post_name_pairs(key: str, start: int) -> list[tuple[int, int, int]]:
    """Items "POST NAME" of a list starting at ``start`` in ``key``, cut at 、 or ，: each as
    (post start, post end = name start, name end). Stops at the first item that is no such pair."""
    out: list[tuple[int, int, int]] = []
    pos = start
    while pos < len(key):
        end = min((i for i in (key.find(ch, pos) for ch in "、,;") if i >= 0), default=len(key))
        if out and (joined := _name_before_and(key[pos:end])):
            out.append((pos, pos, pos + joined))  # 、丙及某省副省长丁: 丙 shares the pair's post
            pos += joined + 1
            continue
        split = _name_split(key[pos:end])
        alone = _BRACKET.sub("", key[pos:end]) if out else ""  # 、向某（土家族）: a note after it
        if split is None and alone and is_name(alone) and key.startswith(alone, pos):
            split = (0, len(alone))  # a name alone after a pair: it shares the pair's post
        if split is None and out and (n := _name_before_adverb(key[pos:end])):
            out.append((pos, pos, pos + n))  # 、丙先后作表态发言: the last name, then what they did
            break
        if split is None:
            break
        if key.startswith("以及", pos + split[1] - 1) and is_name(key[pos + split[0] : pos + split[1] - 1]):
            split = (split[0], split[1] - 1)  # 某区主席刘慧以及某省省长乙: 以 opens 以及, no name's
        out.append((pos, pos + split[0], pos + split[1]))
        joined = pos + split[1]
        word = 2 if key.startswith("以及", joined) else 1
        if joined < end and key[joined] in "和及以" and _name_split(key[joined + word : end]):
            end = joined + word - 1  # 某学院院长甲和某学院院长乙: the next pair after 和 (以及)
        pos = end + 1
    return out


# Adverbs after a list of names, before what the people did (甲、乙先后作表态发言).
# (甲、乙今天亦集体亮相: a day, then what they did)
_ADVERBS_AFTER_NAMES: Final = (
    *("先后", "分别", "依次", "均", "一同", "共同", "集体"),
    *("今天", "今日", "昨天", "昨日", "当天"),
)


def _name_before_adverb(item: str) -> int:
    """The length of a name that opens ``item`` before an adverb of a list (丙先后作表态发言); 0 if none."""
    for n in (3, 2):
        if item.startswith(_ADVERBS_AFTER_NAMES, n) and is_name(item[:n]):
            return n
    return 0


def _name_before_and(item: str) -> int:
    """The length of a name that opens ``item`` before 及 / 和 and a further pair (丙及某省副省长丁);
    0 if none."""
    if item.startswith("区") and item[3:4] in "和及" and item[4:5] not in _PLACE_LEVELS:
        return 0  # 区住房和城乡建设局局长甲: a district's department (区 opens it), not the name 区住房
    for n in (3, 2, 4):
        if len(item) > n + 3 and item[n] in "及和" and is_name(item[:n]) and _name_split(item[n + 1 :]):
            return n
    return 0


_PLACE_LEVELS = "省市县区州"


def _name_split(item: str) -> tuple[int, int] | None:
    """(start, end) of the first name in ``item`` that follows a post (text ending in a title)."""
    # (新任发言人由某局局长甲担任: the post, then who holds it, read elsewhere; not 自由贸易区)
    by = item.find("由")
    last = by if by > 0 and item[by - 1] != "自" else len(item) - 1
    for i in range(2, last):  # the post ends at i, the name follows
        # (“经建会主委”甲: a post quoted, as mainland outlets print Taiwan's titles)
        if not ends_with_title(_BRACKET.sub("", item[:i]).strip("“”")):
            continue
        for n in (4, 3, 2):
            name = item[i : i + n]
            ends = i + n == len(item)  # (a name closing its item may end in 正, 前 …: 时先正)
            if len(name) == n and is_name(name) and (ends or name[-1] not in _AFTER_NAME):
                if _runs_into_org(item, i, n):
                    continue  # 东川|大学: the "name" is an organisation's
                if item.startswith(_WORDS_AFTER_NAMES, i + n - 1):
                    continue  # 新任某大学校长王建到任 / 陈洲现年55岁: 到, 现 open the next word, no name's
                return i, i + n
    return None


# Words whose first character may end a name read too long: taking up a post (王建|到任), an age
# (陈洲|现年55岁), and what the new holder does at the meeting (陈竺|讲话, 王明|表示), of characters
# that seldom end a name (not 发言, 强调: 李国发, 王志强).
_WORDS_AFTER_NAMES: Final = (
    *("到任", "上任", "就任", "到岗", "现年", "今年"),
    *("讲话", "致辞", "表示", "指出", "主持", "出席", "介绍", "表态", "宣读", "谈到", "会见", "率领", "带领"),
    *("亮相", "首次", "首度"),  # (新任副省长甲亮相 / 首次公开亮相: the new holder seen)
    # (…局长乙参加宣誓, 甲领誓, 新任副市长丙列席会议, 丁先后发表讲话: what they do at the sitting)
    *("参加", "领誓", "列席", "先后", "进行", "举行"),
    *("简历", "简介"),  # (新任某县县长甲简历: a profile's heading)
)


_SUBJECT_ORG: Final = re.compile(
    r"[\u4e00-\u9fff]{1,16}?(?:人民政府|政府|常委会|委员会|行政会|大学|学院|医院|公司|集团|法院|检察院)"
    r"(?=(?:新|此次|本次|首批|近日|日前|决定|研究决定)*$)"
)
# 张三、李四的代表资格终止 / 其市第十届人民代表大会代表资格依法终止.
_MANDATE: Final = re.compile(
    # (甲代表资格自行终止: a name right before 代表资格, no 的)
    # (甲因调离本行政区域，代表资格终止: no 其, the clause before names whose mandate it is)
    # (…被免职，他的某省人大代表资格亦被终止: 他的 is the subject's, as 其 is)
    r"(?:^|[,]|确认|宣布)(?:依法)?(?:(?P<names>(?:(?!确认|宣布)[^,的其]){2,40}?)的"
    r"|(?P<qi>其|[他她]的|(?<![^,])(?=代表资格))"
    r"|(?P<bare>[\u4e00-\u9fff·]{2,4}?)(?=代表资格))"
    # (甲的政协某市委员会委员资格自动终止: a CPPCC member's seat too)
    r"(?P<post>[^,的]{2,30}?(?:代表|委员))?(?:代表)?"
    r"资格(?:亦|也|同时)?(?:自然|依法|相应|自行|自动|随之)?被?终止"
)
# 终止甲的县人大代表资格, 撤销乙政协某市委员会委员资格: the act, the name, the post, 资格.
# (终止了甲的…, 罢免乙的某市人大代表资格: a recall takes the seat away too)
_MANDATE_ENDED_BY: Final = re.compile(r"(?:终止|撤销|取消|罢免)了?(?P<rest>[^,]{4,50}?(?:代表|委员))资格")
# 确认甲、乙的某届人大代表资格有效: the names, the deputy's post, 资格有效.
_MANDATE_VALID: Final = re.compile(
    r"(?:确认|^(?!.*确认))(?P<names>[^,的]{2,40}?)的(?P<post>[^,的]{2,30}?代表)资格有效$"
)  # (会议确认甲、乙的…: the names start after 确认)
# Words a post of a deputy or a member opens with; characters that go on such a word (政协, 人大).
_POST_OPENERS: Final = ("政协", "人大", "全国", "中国", "中共", "第")
_INSIDE_A_WORD: Final = frozenset("协大国共届")
# Those just listed, by their number (以上6人, 上述3名代表).
_THOSE_ABOVE: Final = re.compile(r"(?:以上|上述)[\d一二两三四五六七八九十]+(?:人|名|位)(?:代表)?")
# 其市人大常委会委员职务相应终止 / 张三的…职务自然终止: a post ends with the mandate.
_DUTY_ENDED: Final = re.compile(
    # (甲的代表资格终止，某委员会委员职务相应终止: the subject's, the lead left out)
    # (其原某局局长职务自然免除, 甲同志原某局局长职务…: the post held till then, 原 no part of it)
    r"^(?:(?P<names>[^,的其]{2,40}?)(?:的|同志(?=原))|其|原任?|(?P<bare>)(?=[^,]{2,90}?职务相应终止$))"
    r"(?:(?<=其)原任?(?![平阳州])|(?<=同志)原任?(?![平阳州]))?(?P<post>[^,]{2,90}?)职务(?:相应|自然|依法|自行|随之)?"
    # (机构改革后，甲、乙的某局副局长职务自然免除: the body gone, its posts removed)
    r"(?:终止|撤销|被罢免|(?<=自然|相应|随之)(?P<removed>免除|免去))$"
)
_DUTY_ENDS: Final = ("终止", "撤销", "被罢免", "免除", "免去")
# How a post removed with its body ends a clause (机构改革…职务自然免除): _DUTY_ENDED's removals.
REMOVED_WITH_ITS_BODY: Final = tuple(
    f"{how}{verb}" for how in ("自然", "相应", "随之") for verb in ("免除", "免去")
)
_DESCRIBED_DEPUTIES: Final = re.compile(
    # (某区人大代表甲同志调离某区，其…: moved away, no reason told)
    r"代表(?P<names>[\u4e00-\u9fff·、]{2,30}?)(?:同志)?(?:\([男女]\))?(?:因|,|已|于|调离)"
)
# The words opening the names of a heading's clause before (…，分别是：甲、乙).
EACH_ARE: Final = ("分别是", "分别为")
_HEADING_ENDS: Final = (*EACH_ARE, "有", "是", "为", "如下", "包括")
_APPOINTING: Final = re.compile(r"任命|任免|聘任|调整|新任|履新|掌门人|新一届")


# 任前公示 printed post first: 一、拟任某学院院长⏎甲，男，1977年3月生，… (the profile's name below).
_PROPOSED_POST: Final = re.compile(r"拟任(?P<post>[^,]{3,40})$")
_PROFILE_BELOW: Final = re.compile(r"\n[\u4e00-\u9fff·]{2,5},(?:男|女)")


def _proposed_above_profile(
    c: Compact, start: int, key: str
) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """A line naming the post proposed for the person whose profile the next line opens with:
    a heading whose holder is that name (nominate_appoint)."""
    if not (m := _PROPOSED_POST.match(key)) or not _PROFILE_BELOW.match(c.key, start + len(key)):
        return None
    line_start = c.key.rfind("\n", 0, start) + 1
    if line_start < start and not NUMBERED.fullmatch(c.key, line_start, start):
        return None  # (…，现任某局局长，拟任某局局长⏎乙，女，…: a profile's end with no stop, no heading)
    a = m.start("post")
    posts = read_posts(c.text[start + a : start + len(key)], key[a:])
    return (Kind.NOMINATE_APPOINT, tuple(posts), start) if posts else None


# A list's verb and post over the names after its colon, with no 下列 (任命为某法院审判员：甲、乙;
# 免去某法院审判员职务：丙).
_VERB_POST_OVER_NAMES: Final = re.compile(
    # (任命某法院审判员：甲、乙: the post right after the verb, 为 left out)
    r"(?:决定|批准)?(?:(?P<verb>任命|聘任)为?(?P<post>[^,]{2,40})|(?P<ended>免去)(?P<left>[^,的]{2,40})职务)"
    # 某党代会选举产生中共某县第N届委员会委员（按姓氏笔画为序）：names (the meeting, then the post)
    rf"|[^,]{{2,40}}?(?:代表大会|全体会议)(?P<chose>选举产生)(?P<chosen>[^,]{{2,50}}?)(?:{_ORDER})?"
)


_VERB_POST_GROUPS: Final = (("verb", "post"), ("ended", "left"), ("chose", "chosen"))
# A list's title naming the act and the post of the people below it (聘任某市人民政府参事名单).
_HIRED_ROSTER: Final = re.compile(r"(?P<verb>聘任|任命|增聘|续聘)(?P<post>[^,的]{2,40}?)(?:人员)?名单")
_ORDER_NOTE: Final = re.compile(rf"(?:{_ORDER}|\(共?{HEAD_COUNT}\))$")
# A head count closing a heading (任命某检察院检察员5名：names).
_COUNT_END: Final = re.compile(HEAD_COUNT + "$")


def heading(
    c: Compact, start: int, key: str, elided: str = ""
) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """A clause naming a post whose holders are listed next (市政府聘任的参事有): its kind and posts;
    ``elided``, the body of the heading before (当选为某委员会主席的是：⏎甲⏎当选为副主席的有：)."""
    if key in EACH_ARE:  # 任命了4名某法院人民陪审员，分别是：names (the post before)
        return _heading_before(c, start)
    if key.startswith("拟任") and (proposed := _proposed_above_profile(c, start, key)):
        return proposed
    if key.startswith(_NO_LONGER) and (ceased := _ceased_over_names(c, start, key)):
        return ceased
    # (当选为某副市长的有(按姓氏笔画为序)：the heading before its note)
    # (任命某法院人民陪审员（共5人）：the count in a bracket; 任命某检察院检察员5名：after the post)
    bare = key[: order.start()] if key.endswith(")") and (order := _ORDER_NOTE.search(key)) else key
    colon = c.key.startswith(":", start + len(key))
    if colon and (count := _COUNT_END.search(bare)):
        bare = bare[: count.start()]  # 任命某检察院检察员5名：names
    if (bare != key and "按" not in key[len(bare) :]) and colon:
        bare += "为"  # (the count stands where 为 would: 任命某法院人民陪审员（共5人）：names)
    heads = bare.endswith(_HEADING_ENDS) or "下列" in key or "以下" in key
    found = heading_post(bare) if heads else None
    over = _VERB_POST_OVER_NAMES.fullmatch(key) if not found and colon else None
    bare_verb = over is not None and over["post"] is not None and not key.startswith("为", over.end("verb"))
    if over and bare_verb and not ends_with_title(over["post"]):
        over = None  # (任命下列同志：names a list's people, no post)
    if over:
        verb, post = next((v, p) for v, p in _VERB_POST_GROUPS if over[v])  # 任命为某法院审判员：甲、乙
        found = over[verb], over.start(post), over.end(post)
    if not found and key.endswith("名单") and (roster := _HIRED_ROSTER.fullmatch(key)):
        found = roster["verb"], roster.start("post"), roster.end("post")  # 聘任某市人民政府参事名单⏎rows
    if not found:
        return _elected_counted_above(c, start, key)
    verb, a, b = found
    posts = read_posts(c.text[start + a : start + b], key[a:b], elided)
    if not posts and (org := _SUBJECT_ORG.search(key, 0, key.find(verb))):
        # 市政府聘任的参事有: a bare title is of the body that made the appointment
        text = c.text[start + org.start() : start + org.end()] + c.text[start + a : start + b]
        posts = read_posts(text, org.group() + key[a:b])
    if not posts:
        posts = _named_in_text(c, key[a:b])
    if verb == "新任" and not any(p.org for p in posts) and (owned := _new_head_of(c, start, key, a, b)):
        posts = owned  # 某市财政局新任局长为甲: the body named before its new head
    if verb == "新任" and _BARE_HEAD.fullmatch(key[a:b]) and not any(p.org for p in posts):
        # 新任校长有：某国中甲、某国小乙: each item names its school, then its person
        posts = [PostMention(c.text[start + a : start + b], "", c.text[start + a : start + b], (), 0, 0)]
    if not posts:
        return None
    return _VERBS.get(verb, Kind.APPOINT), tuple(posts), start


# The last characters of bodies headed by their kind's 长 (局长, 院长…), and of those headed by a
# 主任 or a 书记 (某委, 某办).
_HEADED_BY_ITS_KIND: Final = frozenset("局厅院校部行司所馆")
_HEADED_BY_DIRECTOR: Final = frozenset("委办")


def _own_head(body_last: str, title: str) -> bool:
    """Whether ``title`` is the head (or deputy head) of a body whose name ends with ``body_last``."""
    head = title.removeprefix("副")
    if body_last in _HEADED_BY_ITS_KIND:
        return head == body_last + "长"
    return body_last in _HEADED_BY_DIRECTOR and head in ("主任", "书记")


def _new_head_of(c: Compact, start: int, key: str, a: int, b: int) -> list[PostMention]:
    """The posts of a heading's bare title (at [a, b) of ``key``) in the body named right before its
    新任 (某市财政局新任局长为甲); [] if no body stands there."""
    v = key.rfind("新任", 0, a)
    if v < 3 or not _own_head(key[v - 1], key[a:b]) or any(mark in key[:v] for mark in "和及、"):
        return []  # (某县教育局新任校长: a school's, not the bureau's; 某局和某局新任局长: two bodies)
    return read_posts(c.text[start : start + v] + c.text[start + a : start + b], key[:v] + key[a:b])


_NO_LONGER: Final = ("不再担任", "不再兼任")
_FOLLOWING_PEOPLE: Final = re.compile(r"(?:以下|下列)(?:同志|人员)")


def _ceased_over_names(c: Compact, start: int, key: str) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """以下同志因年龄原因，不再担任某市人民政府参事：⏎names: the post the names below cease to hold."""
    if not c.key.startswith(":", start + len(key)):
        return None
    if not _FOLLOWING_PEOPLE.search(c.key, sentence_start(c.key, start), start):
        return None
    a = len(next(verb for verb in _NO_LONGER if key.startswith(verb)))
    b = len(key) - (2 if key.endswith("职务") else 0)
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    return (Kind.CEASE, tuple(posts), start) if posts else None


def _elected_counted_above(
    c: Compact, start: int, key: str
) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """他们是： after a count of the people elected to a post a sentence or two above (会议选举产生
    的298名全国政协常委中，…有16人。他们是：names): the names below are elected to that post."""
    if key not in THEY_ARE or not c.key.startswith(":", start + len(key)):
        return None
    if not (m := last_match(_ELECTED_COUNT, c.key, start - _COUNT_REACH, start)):  # the last count above
        return None
    a, b = m.span("post")
    posts = read_posts(c.text[a:b], c.key[a:b])
    return (Kind.ELECT, tuple(posts), start) if posts and posts[0].org else None


# 选举产生的298名全国政协常委 / 会议选出了5名副主席: the post of a count of people elected.
_ELECTED_COUNT: Final = re.compile(
    r"(?:选举产生|选出|当选|获选)(?:了)?(?:的)?[\d一二两三四五六七八九十百]+(?:位|名)(?P<post>[^,;:。的]{2,24}?)(?=中|,|。)"
)
_COUNT_REACH: Final = 80  # how far above the list its count may stand

# A head's bare title under 新任 (新任校长有：), whose organisations the items print.
_BARE_HEAD: Final = re.compile(r"(?:副)?(?:校长|院长|局长|所长|馆长|园长|站长|县长|乡长|镇长|区长)")
# An item that prints its body before its person's name (新浦国中林景灿).
# The last characters of a body an item under a bare head's heading names (新浦国中, 东山高中, 某小学).
_BODY_LAST: Final = frozenset("中小学院校所馆园站县乡镇区局")


def bare_head(posts: tuple[PostMention, ...]) -> bool:
    """Whether a heading's post is a head's bare title under 新任 (its items name their bodies): the
    one post no clause printed (read_posts always gives a span)."""
    return len(posts) == 1 and not posts[0].org and posts[0].start == posts[0].end == 0


def bodies_then_names(
    c: Compact, start: int, key: str, heading: tuple[Kind, tuple[PostMention, ...], int]
) -> Reading | None:
    """The items under a bare head's heading (新任校长有：新浦国中甲、鹿寮国中乙): each its body's head."""
    kind, posts, at = heading
    readings = []
    pos = 0
    title = posts[0].title
    for item in key.split("、"):
        if (found := _body_then_name(item, to_key(title))) is None:  # (區長 printed, 区长 in the key)
            return None
        body, name = found
        org = c.text[start + pos : start + pos + body]
        post = post_of(org, title)
        who = printed(c, start + pos + len(item) - len(name), [(0, name)])
        readings.append(Reading(who, kind, (post,), at, start + len(key)))
        pos += len(item) + 1
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


def _body_then_name(item: str, title: str) -> tuple[int, str] | None:
    """(length of the body, name) of an item under a bare head's heading that prints its body, then
    perhaps the title again, then its person (新浦国中林景灿, 东山高中校长吴明哲); None if it is none."""
    if (at := item.rfind(title)) > 1 and is_name(name := item[at + len(title) :]):
        return at, name
    # (双桥中学罗强: the body may end at 中 or at 学; the name decides, of two or three characters)
    for n in (3, 2):
        body = item[: len(item) - n]
        if 2 < len(body) <= 13 and body[-1] in _BODY_LAST and all(map(is_han, body)) and is_name(item[-n:]):
            return len(body), item[-n:]
    return None


# Where a heading's names may follow in the same clause: 这次录用的六名馆员分别是张三、李四.
_HEADING_END_INSIDE: Final = re.compile(r"分别是|分别为|包括|有(?!关)|是|为")  # (not 有关事项)


def headed_names(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A heading post and its holders in one clause (新聘的参事分别是张三、李四，…), or the holders
    after a clause that named the post (委任2名某委员会新成员，分别是会计师甲及某医院前任主席乙)."""
    if key.startswith(EACH_ARE) and (found := _heading_before(c, start)):
        names = split_names(key[3:]) or _described_people(key[3:])
        if names:
            kind, posts, at = found
            return Reading(printed(c, start + 3, names), kind, posts, at, start + len(key))
    for m in _HEADING_END_INSIDE.finditer(key, 4):
        names = split_names(key[m.end() :]) or _described_people(key[m.end() :])
        # (甲当选为某协会会长，当选为副会长的还有乙、丙: a bare title of the body just read, where the
        # clause names none before its verb)
        elided = state.org if key.startswith(("当选", "新当选", "新委任", "再度委任", "再委任")) else ""
        if not names or not (found := heading(c, start, key[: m.end()], elided)):
            continue
        kind, posts, _ = found
        return Reading(printed(c, start + m.end(), names), kind, posts, start, start + len(key))
    return None


def _heading_before(c: Compact, start: int) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """The post the clause before ``start`` names for people listed next (委任2名某委员会新成员，|分别是…):
    as :func:`heading` reads it with 分别是 after it; None if it names none."""
    if start < 2 or c.key[start - 1] != ",":
        return None
    begin = clause_start(c.key, start - 1)
    found = heading_post(c.key[begin : start - 1] + "分别是")
    if not found:
        return _counted_then_act(c, begin, start - 1)
    verb, a, b = found
    posts = read_posts(c.text[begin + a : begin + b], c.key[begin + a : begin + b])
    return (_VERBS.get(verb, Kind.APPOINT), tuple(posts), begin) if posts else None


# A count of the holders of a post, then what befell them, the names told next (某市也有2位副市长卸职，
# 分别是甲和乙; 3名新任副县长已到任，分别为…): the place before the count is the post's.
_COUNTED_ACT: Final = re.compile(
    r"(?:此外|另外|同时|其中)?(?:[今去]年(?:[\d一二三四五六七八九十]{1,2}月)?)?(?P<place>[\u4e00-\u9fff]{1,9}?[省市县区州])?"
    r"(?:也|还|亦|另|共)?(?:有|共有)?[\d一二两三四五六七八九十]+(?:位|名)(?P<former>原)?(?:新任)?(?P<post>[^的,]{2,20}?)"
    r"(?:已|均|同时)?(?P<verb>卸任|卸职|被免职|离职|履新|到任|获任命)"
)
_COUNTED_KINDS: Final = {"卸任": Kind.CEASE, "卸职": Kind.CEASE, "被免职": Kind.REMOVE, "离职": Kind.CEASE}


def _counted_then_act(c: Compact, begin: int, end: int) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """The act and the post of a clause counting the people it befell (某市有2位副市长卸职), for the
    names after it; None if the clause is no such count."""
    if not (m := _COUNTED_ACT.fullmatch(c.key, begin, end)):
        return None
    (a, b), (p, q) = m.span("post"), m.span("place")
    if m["former"] and m["verb"] not in _COUNTED_KINDS:
        return None  # 2名原副市长获任命: the post they left, no post taken
    if p >= 0 and c.key.startswith(c.key[q - 1], a):
        q -= 1  # 杭州市有2位市委常委卸任: the city's 市委, its 市 printed once
    place = (c.text[p:q], c.key[p:q]) if p >= 0 else ("", "")
    posts = read_posts(place[0] + c.text[a:b], place[1] + c.key[a:b])
    kind = _COUNTED_KINDS.get(m["verb"], Kind.APPOINT)
    return (kind, tuple(posts), begin) if posts and ends_with_title(c.key[a:b]) else None


_PAIRED: Final = re.compile("[为是由]|新任")


def _described_people(text: str) -> list[tuple[int, str]] | None:
    """Two or more people each named after what they are (会计师甲及某医院前任主席乙): (offset, name)
    each; None unless every item is one."""
    items, at = [], 0
    for piece in re.split("[、及和]", text):
        found = person_in(piece) if not _PAIRED.search(piece) else None  # (not 新任某部长为甲、…)
        if not found or found[0] + len(found[1]) != len(piece):
            return None
        items.append((at + found[0], found[1]))
        at += len(piece) + 1
    return items if len(items) > 1 else None


# A ceremony that hands the new holders their letters: 为张三、李四等12位新聘馆员颁发聘书; 新聘参事代表
# 张三、李四发言. The post is a bare title, named in full elsewhere in the text.
_HANDED: Final = re.compile(
    r"(?:为|向)(?P<names>[\u4e00-\u9fff·、]{2,120}?)(?:等)?(?:[\d一二两三四五六七八九十]+(?:位|名))?"
    r"(?:新聘(?:请|任)?|新任|受聘)的?(?P<post>[\u4e00-\u9fff]{2,12}?)颁发(?:了)?(?:聘书|任命书|证书)"
    r"|新聘(?:请|任)?的?(?P<post2>[\u4e00-\u9fff]{2,12}?)代表(?P<names2>[\u4e00-\u9fff·、]{2,60}?)"
    r"(?=就|在|作|发表|先后|分别|$)"
    # (or the post before its holders: 向新聘任的市政府参事甲、乙和文史馆馆员丙颁发聘书)
    r"|(?:为|向)(?:新聘(?:请|任)?|新任|受聘)的?(?P<held>[\u4e00-\u9fff·、]{4,160}?)颁发(?:了)?(?:聘书|任命书|证书)"
)
# An organisation's name before a title printed in the text (长沙市人民政府参事, 某省文史研究馆馆员).
# (Not from a date's 年 / 月 / 日: 2021年市政府参事 names 市政府.)
_ORG_BEFORE: Final = (
    r"(?![年月日号])[\u4e00-\u9fff]{1,20}?(?:政府|馆|院|会|局|委|室|所|中心|大学|学院|医院|银行|公司|集团)"
)
# Characters that end the words before an organisation's name (举行的|在|为).
_LEAD_END: Final = "的在了为由是和与及对向"


def handed_letters(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """New holders named at the ceremony that hands them their letters (为…新聘馆员颁发聘书)."""
    m = _HANDED.search(key) if ("颁发" in key or "代表" in key) else None
    if not m:
        return None
    if m.group("held"):
        return _holders_handed(c, start, key, m)
    names_at, post_at = ("names", "post") if m.group("names") else ("names2", "post2")
    names = split_names_in_slot(m.group(names_at))  # only names stand there
    if not names:
        return None
    a, b = m.span(post_at)
    posts = read_posts(c.text[start + a : start + b], key[a:b]) or _named_in_text(c, key[a:b])
    if not posts:
        return None
    base = start + m.start(names_at)
    return Reading(printed(c, base, names), Kind.APPOINT, tuple(posts), start + m.start(), start + m.end())


# The people an act concerned, told after it as its object (被免去某省政府副秘书长职务的6人是甲、乙等).
_CLEFT: Final = re.compile(
    r"被(?P<verb>免去|任命为|任命)(?P<post>[\u4e00-\u9fff]{3,30}?)(?:职务)?的"
    r"[\d一二两三四五六七八九十]{1,3}(?:人|位|名)(?:分别)?(?:是|为)(?P<names>[\u4e00-\u9fff·、]{2,80}?)(?:等人?)?$"
)


def cleft_holders(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """The people a removal or an appointment concerned, named after it (被免去X职务的6人是甲、乙等)."""
    m = _CLEFT.search(key) if "被" in key and "的" in key else None
    names = split_names_in_slot(m["names"]) if m else None
    if not m or not names:
        return None
    a, b = m.span("post")
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    if not posts:
        return None
    kind = Kind.REMOVE if m["verb"] == "免去" else Kind.APPOINT
    return Reading(
        printed(c, start + m.start("names"), names), kind, tuple(posts), start + m.start(), start + m.end()
    )


def _holders_handed(c: Compact, start: int, key: str, m: re.Match[str]) -> Reading | None:
    """The holders a ceremony names after their post (向新聘任的市政府参事甲、乙和某馆馆员丙颁发聘书):
    one reading a post, each group's names after the post they share."""
    readings: list[Reading] = []
    at, span = m.start("held"), (start + m.start(), start + m.end())
    for group in re.split("[和及]", m.group("held")):
        one = named_after_title(group) if "、" not in group else None
        found = names_after_shared_title(group) or ((one[0], [one]) if one else None)
        if not found:
            return None
        first, names = found
        posts = read_posts(c.text[start + at : start + at + first], key[at : at + first])
        if not posts:
            return None
        readings.append(Reading(printed(c, start + at, names), Kind.APPOINT, tuple(posts), *span))
        at += len(group) + 1
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


# 为甲、乙颁发聘书 as a clause of its own: the post they are hired to follows (，分别聘任为X、Y).
_LETTERS_ONLY: Final = re.compile(
    r"(?:为|向)(?P<names>[\u4e00-\u9fff·、]{2,80}?)(?:等)?(?:[\d一二两三四五六七八九十]+(?:位|名|人))?(?:同志|专家|教授)?"
    r"颁发(?:了)?(?:聘书|聘任书|任命书|聘任证书)$"
)


def letters_handed(key: str) -> tuple[int, list[tuple[int, str]]] | None:
    """Where the names a clause hands letters of appointment to start, and the names (为甲、乙颁发
    聘书), when the clause names no post; else None."""
    m = _LETTERS_ONLY.search(key) if key.endswith("书") else None
    names = split_names_in_slot(m.group("names")) if m else None
    return (m.start("names"), names) if m and names else None


def _named_in_text(c: Compact, title: str) -> list[PostMention]:
    """The post ``title`` as the text prints it in full, after an organisation (参事 -> 长沙市人民
    政府参事 of 长沙市人民政府参事聘任仪式), the first such printing; [] when there is none."""
    for m in re.finditer(f"({_ORG_BEFORE}){re.escape(title)}", c.key):
        org_at = max(m.start(1), max(m.group(1).rfind(ch) for ch in _LEAD_END) + m.start(1) + 1)
        posts = read_posts(c.text[org_at : m.end()], c.key[org_at : m.end()])
        if posts and posts[-1].org:
            return [replace(posts[-1], start=0, end=0)]  # printed elsewhere, not in the clause
    return []


# 新一届(党政)领导班子成员为： a unit's new leadership team, each member by title below.
_TEAM_BELOW: Final = re.compile(r"新一届(?:党政|行政|党委)?(?:领导)?班子(?:成员)?(?:名单)?(?:为|是|如下)$")
# The unit before 新一届 (某附院新一届党政领导班子…), its name ending as a unit's does.
_UNIT_NEW_TEAM: Final = re.compile(r"([\u4e00-\u9fff]{2,16}?)新一届(?:党政|行政|党委)?(?:领导)?班子")


def announces_team(sentence: str) -> bool:
    """Whether a sentence lists a unit's new team after a colon (新一届班子成员为：院长甲，…)."""
    return "班子" in sentence and _TEAM_BELOW.search(sentence.split(":", 1)[0]) is not None


def _team_body(c: Compact, at: int) -> str:
    """The unit whose new team the text names last before ``at`` (某医院 of 某医院新一届领导班子),
    as printed; '' if none."""
    found = _UNIT_NEW_TEAM.finditer(c.key, max(0, at - 1500), at)
    units = [m for m in found if m.group(1).endswith(_ORG_FINAL)]
    if not units:
        return ""
    m = units[-1]
    lead = max((i + 1 for i in (m.group(1).rfind(ch) for ch in _LEAD_END + "于") if i >= 0), default=0)
    return c.text[m.start(1) + lead : m.end(1)]


def they_are_listed(key: str) -> bool:
    """Whether ``key`` ends in a turn to the people listed after its colon (他们分别是：,
    他们是(按姓氏笔画排序)：)."""
    return _THEY_ARE_COLON.search(key) is not None


def pairs_announced(c: Compact, start: int, key: str, state: State) -> bool:
    """Whether the clause at ``start`` announces post and name pairs after its colon (调整情形如下：,
    近期辞职的官员有：, 他们分别是： in a sentence naming the act); if so their kind is noted."""
    if not c.key.startswith(":", start + len(key)):
        return False
    below = _LIST_BELOW.search(key)
    if below and below.group("moved") == "任职" and _PAST_HOLDERS.search(key):
        return False  # 先后在该校任职的校长有：: the holders of the past, no act
    heading_over_names = below and below.group("verb") and heading_post(key)
    if heading_over_names and not post_name_pairs(c.key, start + len(key) + 1):
        return False  # 县政府任命的县财政局副局长有：甲、乙: a post named, bare names below (a heading)
    if below:
        # 调整情形如下：某区区长张三（原…），… / 近期辞职的官员有：某省副省长甲；…
        state.pairs_below = _LISTED_KIND.get(below.group("verb") or "", Kind.APPOINT)
        return True
    if key.endswith(_SWORN_ENDS) and (sworn := _SWORN.search(c.key, max(0, start - _SWORN_REACH), start)):
        # 本次会议任命的国家工作人员进行宪法宣誓。参加宣誓的有：某局局长甲、某局局长乙: those appointed
        state.pairs_below = Kind.ELECT if sworn.group("how") != "任命" else Kind.APPOINT
        return True
    if _TEAM_BELOW.search(key) and (body := _team_body(c, start + len(key))):
        # 新一届班子成员为：院长甲，副院长乙、丙，党委书记丁: the titles are of the unit named with
        # 新一届 (某医院新一届领导班子…), in the heading or a sentence above
        state.pairs_below, state.own_unit = Kind.APPOINT, body
        return True
    if not they_are_listed(key + ":"):
        return False
    begin = sentence_start(c.key, start)
    if begin == start and begin > 1:  # 一把手纷纷到任。他们分别是：the act is the sentence's before
        begin = sentence_start(c.key, begin - 1)
    if act := _ACT_IN_SENTENCE.search(c.key, begin, start):
        # 新任命的…一把手中，有14个新面孔，他们分别是：某厅厅长甲、某委员会主任乙…
        state.pairs_below = _listed_kind(c.key, begin, act)
        return True
    return False


# 此次被免去职务的有校长甲和副校长乙、丙: the act, then its people by their posts in the clause.
# (Taiwan's cabinet news: 而留任者为某部长甲、某部长乙; 留任 a reappointment, as the annotation reads it)
_LISTED_HERE: Final = re.compile(
    r"(?:被)?(?P<verb>免去职务|免去|免职|任命|辞职|卸任|当选|留任|续任)(?:的(?:人员|官员|干部)?还?有|者(?:为|有|包括))(?=.)"
)
_LISTED_HERE_KIND: Final = {
    **_LISTED_KIND,
    "免去职务": Kind.REMOVE,
    "免去": Kind.REMOVE,
    "留任": Kind.APPOINT,
    "续任": Kind.APPOINT,
}
# An institution the sentence names before its list (某大学是某省的一所高校，此次…).
_INSTITUTION_NAMED: Final = re.compile(rf"[\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(BODY_ENDS)})")


_ELECTED_AGAIN: Final = re.compile(r"(?:并|还|另)?选举(?:产生)?了?")


def pairs(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """Post and name pairs after 包括 (under 任命 / 任免) or 新任: 包括财政局局长张三、教育局局长李四."""
    if ("有" in key or "者" in key) and (here := _LISTED_HERE.search(key)) and not state.pairs_below:
        # 被免去职务的有校长甲和副校长乙: bare titles of the institution the sentence named before
        body = last_match(_INSTITUTION_NAMED, c.key, sentence_start(c.key, start), start)
        elided = c.text[body.start() : body.end()] if body else state.org
        kind = _LISTED_HERE_KIND[here.group("verb")]
        return _pairs_from(c, start, key, here.start(), "", here.end(), kind=kind, elided=elided)
    they = _THEY_ARE_INLINE.match(key) if key.startswith(THEY_ARE) and not state.pairs_below else None
    # 先来看履新省级党政一把手的中央委员，他们分别是某省委书记甲、某省省长乙: the act before it
    begin = sentence_start(c.key, start) if they else 0
    if they and begin == start and begin > 1:  # (…实现代省长转正。他们分别是…: the sentence before)
        before = begin - 1
        while before > 0 and c.key[before - 1] in "\n。":  # (its paragraph's break too)
            before -= 1
        begin = sentence_start(c.key, before)
    if they and (act := _ACT_IN_SENTENCE.search(c.key, begin, start)):
        return _pairs_from(c, start, key, 0, "", they.end(), kind=_listed_kind(c.key, begin, act))
    if state.pairs_below:  # 包括：⏎某局局长张三，某局局长李四: each clause a pair, and nothing else
        kind = state.pairs_below  # (区委书记周洋主持大会 is none)
        # (…；选举某法院院长甲: the verb said again before the next clause's pairs)
        again = m.end() if kind is Kind.ELECT and (m := _ELECTED_AGAIN.match(key)) else 0
        again = again or (2 if key.startswith("以及") else 0)  # (…；以及某局局长政治助理丁: the last)
        # (某委员会组成人员：主任委员甲；副主任委员乙: the bare titles are of the body the heading named)
        elided = state.list_org or state.org
        found = _pairs_from(c, start, key, 0, "", again, kind=kind, elided=elided, own=state.own_unit)
        if found and _PAIRS_CLOSED.search(key):
            state.pairs_below = None  # (…，某局局长乙颁发任命书，县长丙出席: the list ended with the verb)
        # …within the sentence of the pairs before, what the people then did may follow
        # (新任院长甲，副院长乙、丙先后作表态发言)
        if found and (sentence_start(c.key, start) <= state.person_start or _pairs_only(found, start, key)):
            return found
        state.pairs_below = None
    m = PAIRS_AT.search(key)
    if m and m.group() != "包括" and key.endswith("包括"):
        m = PAIRS_AT.search(key, len(key) - 2)  # 这批新任领导包括：the pairs follow the colon
    elif m and m.group() != "包括" and (at := key.find("包括", m.end(), m.end() + 12)) >= 0:
        m = PAIRS_AT.search(key, at)  # 宣示就任的新任校长包括某大学校长甲、…: the pairs follow 包括
    if not m:
        return None
    if m.group() == "新任" and key.endswith(("简历", "简介")):
        return None  # 新任某县县长甲简历: a profile's heading, no act
    if (
        m.group() == "新任"
        and xin_ends_a_name(key, m.start())
        and not is_han(key[m.start() - 3 : m.start() - 2])
    ):
        return None  # 陈建新任驻某国大使 (a headline): a name and its 任, no new holder's pairs
    if m.group() in _BARE_VERBS and m.start() == 0 and (start == 0 or c.key[start - 1] not in ",;"):
        return None  # (选举事务处处长甲表示…: a sentence opening with an office's name, no election)
    if m.group() == "批准任命的" and "宣誓" not in key[m.end() :]:
        return None  # (批准任命的某检察长甲日前接受审查: how he came to the post, told of another matter)
    lead_from = max(sentence_start(c.key, start), start - 40)  # (the act named in 包括's sentence)
    if m.group() == "包括" and not _APPOINTING.search(c.key, lead_from, start + m.start()):
        return None
    if m.group() == "包括" and m.end() == len(key):
        state.pairs_below = Kind.APPOINT  # the pairs follow the colon, a clause each
        return None
    new = m.group() in ("新任", "新任命的")
    lead = key[: m.start()] if new and len(key[: m.start()]) <= 12 else ""
    if lead.startswith(_LEAD_WORDS):
        lead = ""  # (在某市政府新任副市长乙的陪同下: a clause's word before the body, no body read)
    if lead and not lead.endswith(_ORG_FINAL):
        lead = ""  # 并祝福新任院长甲, 其中新任校长…: no body before 新任
    if new and not lead and (own := _own_unit(c, start)):
        # 我院…。新任院长甲，副院长乙、丙…: bare titles of the unit the text calls its own
        found = _pairs_from(c, start, key, m.start(), "", m.end(), own=own)
        if found:
            state.pairs_below, state.own_unit = Kind.APPOINT, own
        return found
    if not m.group().startswith(("选举", "新当选的")):
        # 新任校长计有某高中校长甲、某国小校长乙等12人: the pairs follow the head's title and 计有
        items_at = counted.end() if new and (counted := _TITLE_THEN_LIST.match(key, m.end())) else m.end()
        found = _pairs_from(c, start, key, m.start(), lead, items_at)
        at_work = found and new and _at_work_after(c.key, found, start + len(key))
        if at_work and not _announced_before(c.key, start):
            return None
        if (
            found
            and m.group().startswith("新任命")
            and c.key.startswith(",", start + len(key))
            and not _PAIRS_CLOSED.search(key)
        ):
            # 为新任命的某副县长甲，某局局长乙，某法院审判员丙颁发任命书: the pairs go on past the comma
            state.pairs_below = Kind.APPOINT
        return found
    # 选举产生镇人大主席张三、副主席李四，镇长王五、副镇长赵六、钱七 / 新当选的某主任张三，某秘书长
    # 李四…宣誓 / 选举县长甲、副县长乙等7名 (a chronicle's record): the next clauses go on
    items_at = m.end() + key.startswith("的", m.end())  # 选举产生的八位副市长甲、乙
    items_at += key.startswith("以", items_at)  # (选举产生了以主席甲为首的新一届理事会)
    found = _pairs_from(c, start, key, m.start(), "", items_at, kind=Kind.ELECT, elided=state.org)
    if found and m.group() == "新当选的" and _at_work_after(c.key, found, start + len(key)):
        return None  # 新当选的县长乙主持会议: the one elected, described at his work
    if found:
        state.pairs_below = Kind.ELECT
    return found


# The verbs a list of pairs ends with (为新任命的A甲，B乙颁发任命书; …进行宪法宣誓).
_PAIRS_CLOSED: Final = re.compile("颁发|颁授|宣誓")
# A decision announced before (召开领导干部大会，宣布省委关于…的决定): the newcomer named after it is its act.
_ANNOUNCED: Final = re.compile("宣布|宣读")
_ANNOUNCED_REACH: Final = 200


def _announced_before(key: str, start: int) -> bool:
    """Whether the text announces a decision shortly before ``start`` (宣布…的决定), so that 新任某职甲
    then names its act, whatever he does in the clause."""
    return _ANNOUNCED.search(key, max(0, start - _ANNOUNCED_REACH), start) is not None


# What a newcomer named by his new post does in the clause (新任县委书记甲到某乡调研, 新任某办主任乙今日
# 抵达某地): he is described at his work, the report is not of his appointment.
_AT_WORK: Final = re.compile(
    r"调研|出席|列席|主持(?!工作)|走访|考察|会见|看望|慰问|抵达|前往|检查|督导|率队|带队|陪同|来到|视察"
    r"|接受[\u4e00-\u9fff]{0,6}采访"
)  # (not 讲话, 表示: 闭幕会上，某会新任会长甲讲话 is the one the meeting just elected)


def _at_work_after(key: str, found: Reading, end: int) -> bool:
    """Whether the clause ending at ``end`` goes on, after the last pair ``found`` read, to what the
    one named does (出席会议, 到某乡调研): 新任 / 新当选的 then only describe him."""
    last = found.more[-1] if found.more else found
    # (新任局长甲今日由县长主持布达就任: the work is his taking office, the report's act)
    return _AT_WORK.search(key, last.end, end) is not None and not _TAKING_OFFICE.search(key, last.end, end)


_TAKING_OFFICE: Final = re.compile(r"布达|就任|就职|到任|上任|履新|宣誓|交接|任职|表态")


def cell_pair(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A row of two cells under a roster's heading (新提任的8名干部是：⏎甲|某县财政局副局长, or
    某局局长|乙（原任…）): the person's cell and the post's, in either order; a note in brackets
    after the name is not read."""
    if state.pairs_below is None or key.count("|") != 1:
        return None
    left, _, right = key.partition("|")
    for name_cell, name_at, post_cell, post_at in (
        (left, 0, right, len(left) + 1),
        (right, len(left) + 1, left, 0),
    ):
        name = name_cell.split("(", 1)[0]
        if not is_name(name) or not ends_with_title(post_cell) or post_cell.startswith(_FORMER_LEADS):
            continue  # (甲|原某局副局长: the post held before, not the new one)
        a = start + post_at
        posts = read_posts(c.text[a : a + len(post_cell)], post_cell, state.org)
        if posts:
            who = printed(c, start + name_at, [(0, name)])
            return Reading(who, state.pairs_below, tuple(posts), start, start + len(key))
    return None


# The bodies a heading names only by their kind (聘任以下同志为学校校长：): each row names its own.
# (新任乡镇党委书记名单如下：⏎某镇|甲: the body's kind, then its unit: 某镇党委书记)
_GENERIC_BODIES: Final = ("各单位", "各校", "学校", "单位", "科室", "部门", "乡镇", "街道")
# The units of a body a generic heading may name after its kind (乡镇党委书记).
_PARTY_UNITS: Final = ("", "党委", "党组", "党工委", "党总支", "党支部")
# Notes after a row's name that leave the heading's title as it is (a former post, a concurrent
# one, a qualifier: （原任…）, （兼…）, （试用期一年）).
_NOTES_KEEPING_TITLE: Final = ("原", "现", "曾", "兼", "试用期", "挂职")


def unit_and_name(
    c: Compact, start: int, key: str, heading: tuple[Kind, tuple[PostMention, ...], int]
) -> Reading | None:
    """A row of a body and a name under a heading whose post names its body only by kind (聘任以下同志
    为学校校长：⏎某县某中学|甲, or 某中心|乙（主任）with the row's own title in brackets): the
    row's body's post; None for any other row or heading, or a note that may change the title."""
    kind, posts, at = heading
    org = to_key(posts[0].org) if len(posts) == 1 else ""
    # (a kind of units qualified before it: 临床科室, 职能部门)
    generic = next((org[: org.find(g) + len(g)] for g in _GENERIC_BODIES if 0 <= org.find(g) <= 2), None)
    if generic is None or org[len(generic) :] not in _PARTY_UNITS or key.count("|") != 1:
        return None
    unit, cell = key.split("|")
    name, _, note = cell.partition("(")
    if not is_name(name) or len(unit) < 3 or ends_with_title(unit):
        return None
    body = c.text[start : start + len(unit)] + posts[0].org[len(generic) :]  # (党委 of 乡镇党委)
    title = posts[0].title
    if _OWN_TITLE_NOTE.fullmatch(note) and ends_with_title(note[:-1]):
        at_note = start + len(unit) + 1 + len(name) + 1
        title = c.text[at_note : at_note + len(note) - 1]  # 某中心|乙（主任）: the row's own title
    elif note and not note.startswith(_NOTES_KEEPING_TITLE):
        return None  # (乙（副校长主持工作）: a title of its own, not read here)
    post = PostMention(body + title, body, title, posts[0].qualifiers, 0, 0)
    who = printed(c, start + len(unit) + 1, [(0, name)])
    return Reading(who, kind, (post,), at, start + len(key))


def unit_titled_names(c: Compact, start: int, key: str, kind: Kind) -> Reading | None:
    """A row of a unit, then each of its titles with their holders (教务处|处长:甲|副处长:乙、丙) under a
    list's verb (聘任以下同志为学院中层领导干部：): each title the unit's; None for any other row."""
    cells = key.split("|")
    unit = cells[0]
    if len(cells) < 2 or ":" in unit or len(unit) < 2 or is_name(unit) or ends_with_title(unit):
        return None
    readings: list[Reading] = []
    pos = len(unit) + 1
    for cell in cells[1:]:
        title, colon, holders = cell.partition(":")
        names = split_names(holders) if colon else None
        if not names or not ends_with_title(title) or split_post(title)[0]:
            return None  # (every cell after the unit a bare title and its holders)
        post = post_of(c.text[start : start + len(unit)], c.text[start + pos : start + pos + len(title)])
        who = printed(c, start + pos + len(title) + 1, names)
        readings.append(Reading(who, kind, (post,), start, start + pos + len(cell)))
        pos += len(cell) + 1
    return replace(readings[0], more=tuple(readings[1:]))


def name_and_own_post(
    c: Compact, start: int, key: str, heading: tuple[Kind, tuple[PostMention, ...], int]
) -> Reading | None:
    """A row of a name and a post of the heading's own title (聘任以下同志为学院院长：⏎甲|化学学院院长):
    the row's post, which names what the heading leaves general; None for any other row (甲|某大学教授
    under 聘任下列同志为参事 says who he is)."""
    kind, posts, at = heading
    if key.count("|") != 1 or len(posts) != 1 or not _generic_body(to_key(posts[0].org)):
        return None  # (a heading's full post, 聘任下列同志为某馆馆员：⏎甲　某馆研究馆员: who he is)
    name, cell = key.split("|")
    if not is_name(name) or not cell.endswith(posts[0].title) or len(cell) <= len(posts[0].title):
        return None
    at_cell = start + len(name) + 1
    own = read_posts(c.text[at_cell : at_cell + len(cell)], cell)
    if len(own) != 1 or own[0].title != posts[0].title:
        return None
    return Reading(printed(c, start, [(0, name)]), kind, (own[0],), at, start + len(key))


def _generic_body(org: str) -> bool:
    """Whether a heading names its post's body only by kind (学院, 各学院, 二级学院, 县直部门): each
    row under it names its own."""
    return len(org) <= 2 or org.startswith(_GENERIC_BODY_LEADS) or org in _GENERIC_BODIES


_GENERIC_BODY_LEADS: Final = ("各", "二级", "县直", "市直", "区直", "医院")


# A row's own short title in brackets after its name (（主任）), not a former post (（原任…）).
_OWN_TITLE_NOTE: Final = re.compile(r"(?![原现曾兼])[\u4e00-\u9fff]{2,6}\)")


# Who takes the oath, listed after the colon (参加宣誓的有：), and the act that made them, told
# just before (本次会议任命的国家工作人员进行宪法宣誓 / 新当选的…宣誓).
_SWORN_ENDS: Final = ("参加宣誓的有", "参加宪法宣誓的有", "参加宣誓的人员有", "宣誓人员有")
_SWORN: Final = re.compile(r"(?P<how>任命|当选|选举产生)的[^。:]{0,24}?(?:进行|举行)?(?:了)?宪法宣誓")
_SWORN_REACH: Final = 80
# Words that make a list of those who served one of the past (先后在该校任职的, 历任).
_PAST_HOLDERS: Final = re.compile(r"先后|曾|历任|历届|以来")
# The words before a post held before or now, not the one taken (原任, 现任, 曾任).
_FORMER_LEADS: Final = ("原", "现任", "曾")


# A head's title and the words that open its list of pairs (新任校长计有…, 新任局长共有…).
_TITLE_THEN_LIST: Final = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:计有|共有)")
# The act by which those listed took their posts, printed before the post (选举产生的, 表决通过的).
_ACT_OF_THE_POST: Final = re.compile(r"(?:产生|通过|当选|任命|选举|补选)的")
# What a body's name ends with, before 新任 (该院新任院长, 某市新任市长).
# Words of a clause before a body's name (在, 由, 与…): no part of it.
_LEAD_WORDS: Final = tuple("在由与和及据同随")
_ORG_FINAL: Final = tuple("省市县区州镇乡局委厅部院校所会处司行社") + ("公司", "集团", "中心", "政府")
# A headcount before a title (八位副市长, 3名委员).
_HEADCOUNT: Final = re.compile(r"[\d一二三四五六七八九十两]{1,3}[位名个]")
# The words by which a page names its own unit (我院召开大会…): a back-reference completed later.
_OWN_UNIT: Final = re.compile("|".join(OWN_UNIT_WORDS))


def _own_unit(c: Compact, start: int) -> str:
    """The word by which the text before ``start`` names its own unit, the last one ('' if none)."""
    found = [m.group() for m in _OWN_UNIT.finditer(c.key, max(0, start - 400), start)]
    return found[-1] if found else ""


def _pairs_from(
    c: Compact,
    start: int,
    key: str,
    at: int,
    lead: str,
    items_at: int | None = None,
    kind: Kind = Kind.APPOINT,
    elided: str = "",
    own: str = "",
) -> Reading | None:
    """The post and name pairs of ``key`` from ``items_at`` (default ``at``), as one reading whose
    evidence starts at ``at``; ``lead`` is a body named before 新任 that a bare title belongs to,
    ``elided`` the organisation of the list's clause before, ``own`` the word (我院) by which the
    text names its own unit, for a bare title with neither. A name alone after a pair holds the
    same post (副镇长张三、李四)."""
    items = post_name_pairs(key, at if items_at is None else items_at)
    if not items:
        return None
    readings: list[Reading] = []
    for a, b, e in items:
        if a == b:  # a name alone: the post of the pair before
            if readings:
                last = readings[-1]
                readings.append(replace(last, names=(c.text[start + b : start + e],), end=start + e))
            continue
        if act := _ACT_OF_THE_POST.search(key, a, b):
            a = act.end()  # 表决通过的某委员会主任委员甲, 选举产生的副市长乙: the post after the act
        if count := _HEADCOUNT.match(key, a, b):
            a = count.end()  # 选举产生的八位副市长甲、乙: a headcount is no part of the post
        posts = read_posts(c.text[start + a : start + b], key[a:b], elided)
        if lead and not (
            posts and posts[0].org
        ):  # 该院新任院长陈光, 某市政府新任副市长乙: of the body before 新任
            text = c.text[start : start + len(lead)] + c.text[start + a : start + b]
            posts = read_posts(text, lead + key[a:b])
        if not posts and own:  # 我院…新任院长陈光: of the unit the text calls its own (resolved later)
            posts = read_posts(own + c.text[start + a : start + b], own + key[a:b])
        item_kind = _act_after_name(key, e) or kind
        if key.startswith("原任", a) and item_kind in (Kind.APPOINT, Kind.ELECT):
            continue  # 原任某馆主任甲于某日调职: a post held before, and no act read of it
        if posts:
            names = (c.text[start + b : start + e],)
            held = _held_before(c, start, key, e)
            readings.append(Reading(names, item_kind, tuple(posts), start + at, start + e, ended=held))
            if posts[-1].org:
                elided = posts[-1].org
    if not readings:
        return None
    return replace(readings[0], more=tuple(readings[1:]))


# An item's own act after its name (某中心主任甲于1月16日退休): leaving its post.
_LEAVING_AFTER_NAME: Final = re.compile(r"[^、,;]{0,16}?(?:退休|辞职|请辞|离任|卸任)(?=[、,;]|$)")


def _act_after_name(key: str, at: int) -> Kind | None:
    """The kind of the act an item prints after its name at ``at`` (…甲于某日退休: leaving), else None."""
    m = _LEAVING_AFTER_NAME.match(key, at)
    return None if m is None else (Kind.CEASE if m.group().endswith(("离任", "卸任")) else Kind.RESIGN)


def _pairs_only(found: Reading, start: int, key: str) -> bool:
    """Whether the pairs read are all the clause at ``start`` holds (notes in brackets aside)."""
    last = found.more[-1] if found.more else found
    return _BRACKET.sub("", key[last.end - start :]) == ""


def _held_before(c: Compact, start: int, key: str, at: int) -> tuple[PostMention, ...]:
    """The posts a bracket right after a listed name says the person held before (某区区长张三
    （原某局科长）): the move ends them."""
    m = _FORMERLY.match(key, at)
    if not m:
        return ()
    a, b = m.span("post")
    return tuple(read_posts(c.text[start + a : start + b], key[a:b]))


# 某市第十七届人民代表大会下列代表的代表资格终止： (the deputies below, one a line)
# (确认下列代表的代表资格终止：, the congress named elsewhere in the text)
_MANDATES_BELOW: Final = re.compile(
    # (根据代表法…规定，下列代表的代表资格终止：⏎某市第N届人民代表大会代表⏎甲（…）: the post on the
    # line below the colon)
    r"(?:(?P<body>[^,:的]{2,30}?人民代表大会)|确认|^|(?<=,))"
    # (下列某县第N届人民代表大会代表的代表资格终止：the congress between 下列 and 代表)
    r"(?:下列|以下)(?:(?P<inner>[^,:的]{2,30}?(?:人民代表大会|人大))?代表|同志)的代表资格(?:依法)?终止$"
    # (以下代表因调离本行政区域，其代表资格终止：⏎the deputies below, the reason between)
    r"|(?<=^)(?P<their>其)代表资格(?:依法)?终止$"
)
# The clause before 其代表资格终止 that says the deputies are listed below (以下代表因…).
_THOSE_BELOW_LEAVING: Final = re.compile(r"(?:^|[\n。])(?:以下|下列)(?:代表|同志)因[^,;。\n]{2,20},$")
# A deputy's post standing alone on the line below such a heading.
_DEPUTY_LINE: Final = re.compile(r"[^,;:。\n]{2,30}?(?:人民代表大会|人大)代表")


def mandate_ended(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A deputy's mandate ends (张三的代表资格终止; 其市人大代表资格终止): other, for the deputy post
    printed in the clause, or before the name earlier in the text (市人大代表张三因…)."""
    below = _MANDATES_BELOW.search(key) if c.key.startswith(":", start + len(key)) else None
    if below and below.group("their") and not _THOSE_BELOW_LEAVING.search(c.key, max(0, start - 24), start):
        below = None  # (甲因…，其代表资格终止: the person before, no list below)
    if below:
        # 某市第十七届人民代表大会下列代表的代表资格终止：⏎甲（辞职）: the names below, each one's
        after = start + len(key) + 1
        after += c.key.startswith("\n", after)
        line = _DEPUTY_LINE.match(c.key, after)
        if named := next((g for g in ("body", "inner") if below.group(g)), None):
            body = c.text[start + below.start(named) : start + below.end(named)]
            posts = read_posts(body + "代表", to_key(body) + "代表")
        elif line and c.key[line.end() : line.end() + 1] in ("\n", "", ":"):
            posts = read_posts(c.text[after : line.end()], line.group())
        else:
            posts = [post] if (post := _congress_named(c, start + below.start())) else []
        state.heading = (Kind.REVOKE, tuple(posts), start) if posts else None
        return None
    m = _MANDATE.search(key) if "资格" in key else None
    if not m:
        return _mandate_ended_by(c, start, key) or _duty_ended(c, start, key, state)
    if m.group("names") and (m.group("names").endswith("他们") or _THOSE_ABOVE.fullmatch(m.group("names"))):
        return leaving_deputies(c, start, start + m.end())  # 甲和乙调离…，他们(以上2人)的代表资格终止
    names = split_names(m.group("names")) if m.group("names") else None
    described = not names and m.group("names") and _described_names(m.group("names"))
    if described:  # 某市第N届人民代表大会代表甲、乙的代表资格终止: the deputies the names are described as
        names = described[1]
    who = printed(c, start + m.start("names"), names) if names else ()
    if m.group("bare") and is_name(m.group("bare")):
        who = printed(c, start + m.start("bare"), [(0, m.group("bare"))])
    if m.group("qi") is not None and not (m.group("qi") == "" and start == sentence_start(c.key, start)):
        # the name that stood as a clause just before (张三因调离本行政区域，其…), else the deputy the
        # sentence describes, else the last person read
        # (a subject from a sentence before gives way to the deputies this sentence describes:
        # …代表甲因病去世，其…。⏎…代表乙、丙因调离…，其…)
        current = state.subject if state.subject_start >= sentence_start(c.key, start) else ()
        who = current or _sentence_subject(c, start) or state.subject or state.person
    if not who:
        return None
    post_at = m.span("post") if m.group("post") else None
    if post_at is None and described:  # (the description before the names: 某市第N届人民代表大会代表)
        post_at = (m.start("names"), m.start("names") + described[0])
    if post_at:
        posts = read_posts(c.text[start + post_at[0] : start + post_at[1]], key[post_at[0] : post_at[1]])
        return Reading(who, Kind.REVOKE, tuple(posts), start, start + m.end()) if posts else None
    readings = [r for name in who if (r := _deputy_post(c, start, name, m.end()))]
    if not readings and m.group("qi") is None and (deputy := _congress_named(c, start)):
        # 某省第N届人大常委会会议确认，甲、乙的代表资格终止: deputies of the congress the text names
        readings = [Reading((name,), Kind.REVOKE, (deputy,), start, start + m.end()) for name in who]
    if readings and len(readings) < len(who):  # 某届人大代表甲因…，乙因…，其…: 乙 is one of them too
        found = {r.names[0]: r for r in readings}  # (a deputy described by a post of his own keeps it)
        readings = [found.get(name) or replace(readings[0], names=(name,)) for name in who]
    if not readings:  # 甲的代表资格终止，其某委员会副主任委员职务相应终止: 其 is 甲, whose seat is untold
        state.subject, state.subject_start, state.subject_held = who, start, ()
        return None
    return replace(readings[0], more=tuple(readings[1:]))


def _congress_named(c: Compact, before: int) -> PostMention | None:
    """The deputy post of the congress the text names before ``before``, when its place is one
    known (a place read from a longer run of text, 接受甲辞去某市…, is none)."""
    deputy = deputy_of_text(c, before)
    return deputy if deputy and known_place_at(deputy.org) else None


def _mandate_ended_by(c: Compact, start: int, key: str) -> Reading | None:
    """终止甲的县人大代表资格 / 撤销乙、丙政协某市委员会委员资格: a body ends named deputies' or
    members' mandates (other, for the post printed before 资格)."""
    m = _MANDATE_ENDED_BY.search(key) if "资格" in key else None
    if not m or not (found := _names_then_post(m.group("rest"))):
        return None
    names, at = found
    a, b = m.start("rest") + at, m.end("rest")
    a += key.startswith("的", a)
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    if not posts:
        return None
    who = printed(c, start + m.start("rest"), names)
    return Reading(who, Kind.REVOKE, tuple(posts), start, start + m.end())


def mandate_confirmed(c: Compact, start: int, key: str) -> Reading | None:
    """确认甲、乙的某届人大代表资格有效: deputies elected (a by-election's result confirmed)."""
    m = _MANDATE_VALID.search(key)
    if not m or not (names := split_names(m.group("names"))):
        return None
    a, b = m.span("post")
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    if not posts:
        return None
    who = printed(c, start + m.start("names"), names)
    return Reading(who, Kind.ELECT, tuple(posts), start, start + m.end())


def _names_then_post(rest: str) -> tuple[list[tuple[int, str]], int] | None:
    """The names that open ``rest`` (甲、乙政协某委员会委员) and where the post after them starts:
    at the first word a post opens with (政协, 人大, 全国, 第…届, a known place), else after a name."""
    for i in range(2, min(len(rest) - 1, 40)):
        opens = rest.startswith(_POST_OPENERS, i) or rest.startswith("的", i) or known_place_at(rest[i:])
        if opens and (names := split_names(rest[:i])):
            return names, i
    for n in (3, 2, 4):  # 乙渚阳市政协委员: a place no list knows
        if is_name(rest[:n]) and rest[n : n + 1] not in _INSIDE_A_WORD:
            return [(0, rest[:n])], n
    return None


def _duty_ended(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A post that ends with a deputy's mandate (其市人大常委会委员职务相应终止 / 相应撤销): other."""
    m = _DUTY_ENDED.match(key) if key.endswith(_DUTY_ENDS) else None  # (甲、乙的…职务被罢免)
    if not m:
        return None
    if key.startswith("原") and not key.startswith("原任") and c.key[start - 1 : start] != ",":
        return None  # 原某街道领导班子成员职务自然免除 opening a sentence: all of them, no one person
    names = split_names(m.group("names")) if m.group("names") else None
    if m.group("bare") is not None:  # (no lead: only the subject of a clause before in the sentence)
        who = state.subject if state.subject_start >= sentence_start(c.key, start) else ()
    else:  # (甲因任某职，其…职务相应终止: the subject of a clause that read no act of its own)
        who = printed(c, start + m.start("names"), names) if names else state.person or state.subject
    posts = read_posts(c.text[start + m.start("post") : start + m.end("post")], m.group("post"))
    kind = Kind.REMOVE if m.group("removed") else Kind.REVOKE  # (…职务自然免除: removed, as 免去 is)
    return Reading(who, kind, tuple(posts), start, start + m.end()) if who and posts else None


_LONGEST_NAME: Final = 4  # (not counting transcribed names with a dot)


def _deputy_post(c: Compact, start: int, name: str, end: int) -> Reading | None:
    """The deputy post printed just before ``name`` earlier in the window, as a reading."""
    key_name = to_key(name)
    at = c.key.rfind(key_name, 0, start)
    while at > 0:
        first = at
        while first > 1 and c.key[first - 1] == "、":  # 市人大代表张三、李四: back over the list
            prev = max(c.key.rfind(ch, 0, first - 1) for ch in "、。;,:\n代表")
            # (an item of up to four characters: 欧阳琳海, a compound surname's name)
            first = prev + 1 if prev >= 0 and first - 1 - prev <= _LONGEST_NAME + 1 else first - 1
            if c.key[first - 1] != "、":
                break
        lead = c.key[max(0, first - 50) : first]
        desc = lead[max(lead.rfind(ch) for ch in "。;,:\n、") + 1 :]
        desc = desc[desc.rfind("选出的") + 3 :] if "选出的" in desc else desc  # 某市选出的…代表
        before = len(lead) - len(desc) - 1  # (某市人大代表、某局原局长甲: the deputy's item before his other)
        if not desc.endswith("代表") and before > 0 and lead[before] == "、":
            item = lead[max(lead.rfind(ch, 0, before) for ch in "。;,:\n、") + 1 : before]
            if item.endswith("代表"):
                posts = read_posts(c.text[first - len(desc) - 1 - len(item) : first - len(desc) - 1], item)
                return Reading((name,), Kind.REVOKE, tuple(posts), start, start + end) if posts else None
        if desc.endswith("代表"):
            posts = read_posts(c.text[first - len(desc) : first], desc)
            return Reading((name,), Kind.REVOKE, tuple(posts), start, start + end) if posts else None
        at = c.key.rfind(key_name, 0, at)
    return None


# A list of names opening a clause (after 先后有 / 有), then 等代表 and why they left (因…, 调离…).
_LISTED_LEAVING: Final = re.compile(
    r"(?:^|(?<=[,。]))(?:先后有|另有|有)?(?P<names>[\u4e00-\u9fff·、]{5,120}?)等(?:[\d一二三四五六七八九十]+名)?(?:代表|同志)?"
    r"(?=因|调离|已|先后)"
)


def _sentence_subject(c: Compact, start: int) -> tuple[str, ...]:
    """The name a sentence opens with (王军因调离…，其…), if any."""
    begin = sentence_start(c.key, start)
    # (因工作调动，王军已调离…，其…: the name may open a clause after the sentence's reason)
    for at in (begin, *(i + 1 for i in range(begin, start) if c.key[i] == ",")):
        for n in (3, 2):
            name = c.key[at : at + n]
            after = c.key[at + n : at + n + 1]
            if is_name(name) and (after in ("因", "同", ",", "于", "已") or c.key.startswith("调离", at + n)):
                return (c.text[at : at + n],)
    # 先后有甲、乙、丙等代表因工作变动调离某区，…其…代表资格终止: the deputies listed
    for m in _LISTED_LEAVING.finditer(c.key, begin, start):
        if names := split_names(m.group("names")):
            return printed(c, m.start("names"), names)
    # 某省人民代表大会代表张三、李四因病去世，其代表资格…: the deputies the sentence describes
    at = c.key.rfind("代表", begin, start)
    while at >= 0:
        d = _DESCRIBED_DEPUTIES.match(c.key, at, start)
        if d and (names := split_names(d.group("names"))):
            return printed(c, d.start("names"), names)
        at = c.key.rfind("代表", begin, at)
    return ()


# 对某法院提请的甲等70名人民陪审员进行分批任命 / 通过了对甲、乙两位审判委员会委员的任命: the people a
# body appointed, named (some of them) before their count and the post.
_APPOINTMENT_OF: Final = re.compile(
    r"对(?:(?P<body>[\u4e00-\u9fff]{2,20}?)(?:提请|推荐|提名)的)?(?P<names>[\u4e00-\u9fff·、]{2,40}?)"
    r"(?:等|同志)?(?P<count>[\d一二两三四五六七八九十百]+(?:名|位|人))(?:同志)?(?P<post>[^,;。和及对]{2,30}?)"
    r"(?:和[^,;。]{0,30})?(?:进行了?|予以|作出的?|的)(?:分批)?任命"
)


def appointment_of(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """对某法院提请的甲等70名人民陪审员进行任命 / 对甲、乙两位审判委员会委员的任命: each name printed
    before the count is appointed to the post after it (of the proposing body, when it names one)."""
    m = _APPOINTMENT_OF.search(key) if "任命" in key and "对" in key else None
    if not m or not (names := split_names(m["names"])):
        return None
    a, b = m.span("post")
    elided = c.text[start + m.start("body") : start + m.end("body")] if m["body"] else state.org
    posts = read_posts(c.text[start + a : start + b], key[a:b], elided)
    if not posts:
        return None
    at = m.start("names")
    return Reading(printed(c, start + at, names), Kind.APPOINT, tuple(posts), start, start + len(key))


# A committee appointed or set up, named at its clause's end (任命某选举总核算委员会, 成立某委员会): the
# roles and members the sentence's next clauses name are its.
_COMMITTEE_FORMED: Final = re.compile(
    r"(?:任命|委任|成立|组成|组建|设立)了?(?P<body>[^,;:。任命]{2,30}?委员会)(?=,)"
)
_ROLE_BY: Final = re.compile(
    r"^(?P<role>副?主席|副?主任委员|召集人)(?:一职)?(?:则|将)?由(?P<who>[^,;:。]{2,30}?)(?:担任|出任)$"
)
_MEMBERS_INCLUDE: Final = re.compile(r"^(?P<role>成员|委员)(?:包括|为|有)(?P<who>[^,;:。]{2,120})$")
_ROLE_FIRST: Final = frozenset("副主召成委")  # the first characters of their matches


def committee_roles(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """任命某委员会，主席由检察官甲担任，成员包括乙、某局副局长丙: each named person appointed to the role
    in the committee the sentence named before (a post describing a member is no appointment)."""
    if key[:1] not in _ROLE_FIRST:
        return None  # (most clauses: neither pattern can match)
    m = _ROLE_BY.match(key) or _MEMBERS_INCLUDE.match(key)
    if m is None:
        return None
    body = last_match(_COMMITTEE_FORMED, c.key, sentence_start(c.key, start), start)
    if body is None:
        return None
    a, b = m.span("role")
    post = c.text[body.start("body") : body.end("body")] + c.text[start + a : start + b]
    people, at = [], m.start("who")
    parts = re.split("(以及|[、及])", m["who"])  # (not 和, which names hold: 王和平)
    for item, sep in zip(parts[::2], [*parts[1::2], ""], strict=True):
        found = person_in(item)
        if not found or found[0] + len(found[1]) != len(item):
            break  # (…以及由主席指派的一名秘书: no person named)
        people.append((at + found[0], found[1]))
        at += len(item) + len(sep)
    posts = read_posts(post, to_key(post))
    if not people or not posts:
        return None
    return Reading(printed(c, start, people), Kind.APPOINT, tuple(posts), start, start + len(key))


def colon_roster(c: Compact, start: int, end: int, kind: Kind) -> Reading | None:
    """A roster line under a list's heading, each title before its colon and the person after it,
    the pairs printed on one line or run together (某区委书记：甲某区代区长：乙): one reading, the
    further pairs its ``more``; None unless the whole line is such pairs."""
    key = c.key[start:end]
    if ":" not in key or key.endswith(":"):
        return None
    readings: list[Reading] = []
    post_at, cut = 0, key.find(":")
    while cut > 0:
        nxt = key.find(":", cut + 1)
        run = key[cut + 1 : nxt] if nxt > 0 else key[cut + 1 :]
        note = _NOTE_AFTER_NAME.search(run)  # 某局局长：甲（原任某区副区长）: the note is not read
        bare = run[: note.start()] if note else run
        name_len = _name_opening(c, start + cut + 1, bare, key[post_at:cut], last=nxt < 0 or bool(note))
        posts = read_posts(c.text[start + post_at : start + cut], key[post_at:cut])
        if not name_len or not posts or not all(p.org for p in posts) or (note and name_len != len(bare)):
            return None
        who = printed(c, start + cut + 1, [(0, run[:name_len])])
        if note and (codes := qualifier_codes(note.group()[1:-1])):  # 乙（试用期一年）: the note's qualifiers
            posts = [replace(p, qualifiers=(*p.qualifiers, *codes)) for p in posts]
        readings.append(Reading(who, kind, tuple(posts), start + post_at, start + cut + 1 + name_len))
        post_at, cut = cut + 1 + (note.end() if note else name_len), nxt
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


# A note in brackets right after a roster's name, before the next pair's title or the line's end.
_NOTE_AFTER_NAME: Final = re.compile(r"(?<=[\u4e00-\u9fff])\([^()]{2,30}\)")


def _name_opening(c: Compact, at: int, run: str, post: str, last: bool) -> int:
    """How long the name is that opens ``run`` (at ``at`` in ``c``), 0 if none: the whole run, or
    the name before a line break, or (run into the next pair's title: 甲某区代区长) where the next
    title names the same place as ``post``. The last pair's name is the run or ends at a break."""
    if is_name(run):
        return len(run)
    names = [n for n in (2, 3) if len(run) > n and is_name(run[:n])]
    at_break = [n for n in names if c.broken_after(at + n - 1)]
    if last:
        return at_break[0] if at_break else 0
    fits = [n for n in names if ends_with_title(run[n:])]
    same_place = [n for n in fits if run[n : n + 2] == post[:2]]
    return ([n for n in at_break if n in fits] or same_place or fits or [0])[0]
