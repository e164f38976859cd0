"""Appointees listed by name and honours under a sentence that names their post.

A Hong Kong or Macao press release appoints "the following persons" to a body and lists them one a
line, each with an honorific and post-nominal letters ("行政长官已委任以下人士，由…起为可持续发展委员会
委员，任期两年：⏎甲博士, GBS, JP（副主席）⏎乙女士⏎丙先生, JP"): each is appointed to the post the
sentence names, the one marked (副主席) to that role of the body too. See docs/design.md#forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter
from typing import Final

from graph_builder.extract.listings import named_after_title
from graph_builder.extract.names import HEAD_COUNT, is_name, is_name_in_slot, split_names_in_slot
from graph_builder.extract.posts import PostMention, post_of, read_posts
from graph_builder.extract.reading import Reading, last_match
from graph_builder.read.normalise import POST_NOMINALS, Compact, to_key
from graph_builder.types import Kind

# 委任以下人士，由…起为某委员会委员，任期两年： (the sentence that heads the list).
_BELOW: Final = re.compile(
    # (a count of them: 委任以下六名人士为…)
    r"(?:(?:续期)?(?:委任|任命|委聘)(?:以下|下列)(?:[\d一二三四五六七八九十两]{1,3}[名位])?"
    r"(?:(?:人士|人员|成员)[^:。]{0,40}?为(?P<post>[^,:。]{2,30}?)"
    # (再度委任以下五名某局大会成员，任期两年： the post counted, no 为)
    r"|(?<=[名位])(?P<counted>(?:(?!人士|人员|为)[^,:。]){2,30}?))"
    # (以下人士获委任为某委员会委员，任期两年：names — the release's passive; 获委任或再度委任为: new and
    # returning members under one heading)
    r"|(?:以下|下列)(?:[\d一二三四五六七八九十两]{1,3}[名位])?(?:人士|人员)获(?:再度)?委任(?:或再度委任)?为(?P<passive>[^,:。]{2,30}?)"
    # (Macao: 下列人员担任某局副局长的定期委任，自…起续期一年：names — renewed)
    r"|(?:以下|下列)(?:人士|人员)担任(?P<renewed>[^,:。]{2,30}?)的(?:定期)?委任)"
    # (a gazette's lead-in dashes: 委任以下人士为X——; the order of the names noted: (按姓氏笔画排序))
    # (任期两年, 任期由2024年4月1日起至2026年3月31日止; Macao's 为期两年, 续期委任; 即时生效)
    # (…为期两年：— in a gazette)
    r"(?:,?(?:任期|为期|即时生效|由|自)[^:。]{0,30})?(?:\([^()]{1,12}\))?(?::—?|——)$"
)
# A body's composition decided below (一、某委员会（下称“委员会”）的成员如下：): its members by role.
_COMPOSITION: Final = re.compile(
    # (not 于2019年成立的某委员会的成员如下：a body's story, no decision)
    r"(?:^|[、:])(?P<body>[^,:;。、的\d]{2,30}?(?:委员会|理事会|校董会|董事会))(?:\([^()]{1,16}\))?的(?P<role>成员)如下:$"
)
# A roster of a committee's members under a release that named the committee (非官守成员名单如下：),
# and how the release names it (公布「某委员会」的成员名单, 某委员会的成员名单).
_ROSTER_OF_MEMBERS: Final = re.compile(
    r"(?:[^,:;。]{0,12}?)(?:非官守|非官方|新|获委任的?)?(?P<role>成员)名单如下:"
)
_COMMITTEE_PUBLISHED: Final = re.compile(
    r"「(?P<body>[^「」,:;。]{2,40}?(?:委员会|理事会|局))」的?成员名单"
    r"|(?:公布|宣布|发表)(?P<bare>[\u4e00-\u9fff]{2,30}?(?:委员会|理事会))的成员名单"
)
_COMMITTEE_REACH: Final = 600


def members_roster_heading(sentence: str) -> bool:
    """Whether ``sentence`` (a key) heads a roster of a committee's members (非官守成员名单如下：)."""
    return sentence.endswith("名单如下:") and _ROSTER_OF_MEMBERS.fullmatch(sentence) is not None


# Words of a clause that may follow the list in its sentence: the list ends before them.
# (not inside a name's tag: 甲（新委任）)
_CLAUSE_VERB: Final = re.compile(r"(?:委任|任命)(?![^()\n]*\))")
# The honorifics a release prints after a name (matched in the key: simplified).
_AFTER_NAME: Final = (
    "先生|女士|博士|教授|医生|资深大律师|大律师|律师|高级工程师|工程师|注册会计师|会计师"
    "|建筑师|测量师|规划师|园境师"  # (Hong Kong's professions: 甲建築師, 乙測量師)
    "|议员"  # (a legislator: 甲議員,SBS,JP)
)
# 甲博士,GBS,JP(副主席): a name, its honorific, post-nominal letters, a role in the body.
_HONOURED: Final = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,5}}?)(?:{_AFTER_NAME})(?:,[A-Z]{{2,4}})*"
    r"(?:\((?P<role>副主席|主席)\))?"
)


def post_below(c: Compact, start: int, sentence: str) -> PostMention | None:
    """The post a sentence appoints the persons listed below it to, or None."""
    if sentence.endswith("如下:") and (m := _COMPOSITION.search(sentence)):
        body = c.text[start + m.start("body") : start + m.end("body")]  # (某委员会的成员如下：)
        role = c.text[start + m.start("role") : start + m.end("role")]
        return post_of(body, role)
    if sentence.endswith("名单如下:") and (m := _ROSTER_OF_MEMBERS.fullmatch(sentence)):
        # 政府今日公布「某委员会」的成员名单。…非官守成员名单如下：⏎names: that committee's 成员
        named = last_match(_COMMITTEE_PUBLISHED, c.key, max(0, start - _COMMITTEE_REACH), start)
        if named is not None:
            group = "body" if named.group("body") else "bare"
            body = c.text[named.start(group) : named.end(group)]
            return post_of(body, c.text[start + m.start("role") : start + m.end("role")])
    m = _BELOW.search(sentence) if "以下" in sentence or "下列" in sentence else None
    if not m:
        return None
    group = next(g for g in ("post", "passive", "renewed", "counted") if m.group(g))
    if group == "renewed" and ("续期" not in sentence or "不再续期" in sentence):
        return None  # (…的定期委任，自某日起终止：the commissions end, none renewed)
    at = start + m.start(group)
    posts = read_posts(c.text[at : at + len(m.group(group))], m.group(group))
    if len(posts) != 1 or not posts[0].org:
        return None
    # (以下五名某局大会成员: a counted post names its body; 以下三名非官方委员, 现任成员 name none)
    return posts[0] if group != "counted" or to_key(posts[0].org).endswith(_COUNTED_BODY_ENDS) else None


# A subheading of the members a release appoints to the body it just named (…委任甲为某委员会主席，
# 并委任七名新成员及再度委任八名现任成员。⏎新委任的成员为：⏎names; 以下六名现任委员获再度委任：names).
# (行政长官亦再度委任以下四名现任非执行董事，任期两年：names: the members counted, their body
# the one named before)
_MEMBER_ROLE: Final = "(?:非官方|非官守|独立)?(?:成员|委员|非执行董事|董事|理事)"
_MEMBER_COUNT: Final = f"(?:{HEAD_COUNT})?"
_MEMBERS_SUBHEAD: Final = re.compile(
    rf"(?:此外|另外|另|同时)?,?(?:(?:新委任|再度委任|获再度委任|新获委任|新加入)的{_MEMBER_COUNT}"
    rf"(?P<role>{_MEMBER_ROLE})(?:为|是|包括|分别为|分别是|如下)"
    rf"|以下{_MEMBER_COUNT}(?:现任)?(?P<again>{_MEMBER_ROLE})获?(?:再度|重新)委任"
    rf"|[^,:]{{0,8}}?(?:再度|重新)委任以下{_MEMBER_COUNT}(?:现任)?(?P<counted>{_MEMBER_ROLE}))"
    r"(?:,任期[^:]{1,20})?:"
)


def members_subhead(c: Compact, start: int, sentence: str, body: str) -> PostMention | None:
    """The post of the members a subheading at ``start`` lists (新委任的成员为：), of ``body`` (the
    organisation read last, as printed); None when the sentence is no such subheading or the body none."""
    m = _MEMBERS_SUBHEAD.fullmatch(sentence) if sentence.endswith(":") else None
    if not m or not to_key(body).endswith(_MEMBERS_BODY_ENDS):
        return None
    group = next(g for g in ("role", "again", "counted") if m.group(g))
    role = c.text[start + m.start(group) : start + m.end(group)]
    # (委任两名新成员，担任某委员会委员。⏎新委任的成员如下：: they are its 委员, as the act says)
    taken = last_match(_MEMBERS_JOIN, c.key, max(0, start - _TAKEN_REACH), start)
    if taken is not None and taken.group("taken_role"):
        role = c.text[taken.start("taken_role") : taken.end("taken_role")]
    return post_of(body, role)


_TAKEN_REACH: Final = 400  # how far above its subheading the act naming the members' role stands


# The members a release counts as joining a body, their list under subheadings below (委任五名新成员及
# 再度委任四名现任成员加入某议会（议会），任期两年。⏎新委任的成员为：⏎names).
_MEMBERS_JOIN = re.compile(
    rf"委任{HEAD_COUNT}(?:新|现任)?{_MEMBER_ROLE}[^,:。]{{0,24}}?加入(?P<body>[^,:;。()]{{2,30}}?)(?=\(|,|。|$)"
    # (委任两名新成员，担任某委员会(某会)委员: the body of the role they take)
    rf"|委任{HEAD_COUNT}(?:新|现任)?{_MEMBER_ROLE}[^,:。]{{0,24}}?,?担任(?P<taken>[^,:;。()]{{2,30}}?)(?:\([^()]{{1,10}}\))?"
    rf"(?P<taken_role>{_MEMBER_ROLE})(?=,|。|$)"
)


def body_joined(sentence: str) -> tuple[int, int] | None:
    """Where in ``sentence`` (a key) the body stands that the members it counts join, or None."""
    m = _MEMBERS_JOIN.search(sentence) if "加入" in sentence or "担任" in sentence else None
    body = ("body" if m.group("body") else "taken") if m else ""
    return m.span(body) if m and to_key(m.group(body)).endswith(_MEMBERS_BODY_ENDS) else None


# How the name of a body whose members are counted ends (某局大会, 某委员会, 某理事会).
_COUNTED_BODY_ENDS: Final = ("会", "局", "署", "院", "委", "所", "中心", "基金", "办公室")
# How the body the members of a subheading belong to ends (某委员会, 某局, 某专责小组).
_MEMBERS_BODY_ENDS: Final = (*_COUNTED_BODY_ENDS, "小组")


# What a line holds that is a statement after a list, not an item of it (局长表示：「我感谢…」).
_STATEMENT: Final = re.compile(r"感谢|感謝|表示|指出|[「“]")


def _source_line(c: Compact, at: int) -> str:
    """The source's line that holds the compact text's character at ``at``."""
    a, _ = c.source_span(at, at + 1)
    begin = c.source.rfind("\n", 0, a) + 1
    end = c.source.find("\n", a)
    return c.source[begin : end if end >= 0 else len(c.source)]


def honoured_appointees(c: Compact, start: int, end: int, post: PostMention) -> list[Reading]:
    """The names with an honorific in ``c.key[start:end]``, each appointed to ``post`` (and to the
    body's role the name is marked with); else names printed one a line, numbered or not (张三⏎李四,
    （一）张三；⏎（二）李四。)."""
    out = []
    # (…⏎丙先生⏎行政长官并委任丁先生为某局主席: a clause of its own after the list, no item of it)
    end = verb.start() if (verb := _CLAUSE_VERB.search(c.key, start, end)) else end
    if not _HONOURED.search(c.key, start, end):
        return _named_a_line(c, start, end, post) or _names_run(c, start, end, post)
    # (区域法院法官甲⏎乙资深大律师: a line may name its person after the post held, not with an honorific)
    titled = _named_a_line(c, start, end, post)
    for m in _HONOURED.finditer(c.key, start, end):
        if _STATEMENT.search(_source_line(c, m.start())):
            break  # (…丙先生⏎某局局长表示：「我感谢卸任主席丁教授…」: the list has ended)
        if _describes_the_next(c, m, end):
            continue  # (某大学历史系教授乙博士: a description before a name, 教授 its title)
        seat = c.key[max(0, m.end("name") - 3) : m.end("name")]
        if c.key.startswith("议员", m.end("name")) and "官守" in seat:
            continue  # (委任以下人士为行政会议非官守议员：the members' seat, no one named 官守)
        item = m.group("name")
        # (a name by the surname table first: 颖芝⏎彭嘉乐资深大律师 run together is 彭嘉乐, not 芝彭嘉乐)
        cut = next((n for n in (4, 3, 2) if len(item) >= n and is_name(item[-n:])), 0) or next(
            (n for n in (4, 3, 2) if len(item) >= n and is_name_in_slot(item[-n:])), 0
        )
        if not cut:
            continue
        at = m.end("name") - cut
        name = (c.text[at : m.end("name")],)
        posts = [post]
        if role := m.group("role"):
            posts.append(post_of(post.org, role))
        out.append(Reading(name, Kind.APPOINT, tuple(posts), at, m.end()))
    honoured = {r.names for r in out}
    return sorted([*out, *(r for r in titled if r.names not in honoured)], key=attrgetter("start"))


def _describes_the_next(c: Compact, m: re.Match[str], end: int) -> bool:
    """Whether an honoured match is a department and its 教授 run into the next honoured name on
    the same line (某大学历史系教授乙博士), not a name of its own (甲教授⏎乙博士: a list one a line)."""
    title_end = m.end("name") + 2
    if title_end >= end or not c.key.startswith("教授", m.end("name")) or c.broken_after(title_end - 1):
        return False
    return _HONOURED.match(c.key, title_end, end) is not None


# A line of a list of names: an item's number, the name, its stop (（一）张三；).
# (a tag after the name: 甲（新委任）, 乙（主席）, 丙（Mr Kwan）; a bullet before it: * 甲)
_NAME_LINE: Final = re.compile(
    r"^(?P<number>\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.])?"
    # (a bullet, or Macao's dashes: ——甲；)
    rf"\s*(?:[*•]\s*|—{{1,2}})?(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:{_AFTER_NAME})?"
    r"\s*(?:\((?P<tag>[^()\n]{1,30})\))?\s*[;,。]?$"
)


def _named_a_line(c: Compact, start: int, end: int, post: PostMention) -> list[Reading]:
    """Names printed one a line in the source under the heading (the compact text joins them), to
    the first line that is none: each appointed to ``post``, or to the body's role a line names
    before them (（一）主席：甲；⏎（三）委员：⏎乙；⏎1）某局代表：丙)."""
    a, b = c.source_span(start, end)
    names: list[tuple[str, str]] = []  # (name, role or tag)
    role = ""
    for line in _lines(c.source, a, b):
        key = to_key(line)  # (read in the key: one spelling of each mark and honorific)
        # (主席：甲先生, JP: the letters after the name, which the source still prints)
        if by_role := _ROLE_LINE.match(POST_NOMINALS.sub("", key) if "," in key else key):
            if by_role.group("role"):  # (某局代表：甲: a member of the role above)
                role = _as_printed(line, by_role["role"])
            # (主席：某司司长: a role held by an office, no one named)
            names += [(name, role) for name in _role_names(by_role)]
            continue
        m = _NAME_LINE.match(key)
        # (a numbered item holds only a name; a bare line must be one by the surname table: 特此公告 is none)
        named = m is not None and (is_name_in_slot if m.group("number") else is_name)(m.group("name"))
        if not named and (titled := named_after_title(key)):
            names.append((titled[1], role))  # 区域法院法官甲: the name after the post the person holds
            continue
        if not named:
            break  # the list ends (the next heading may follow in the same sentence)
        names.append((m.group("name"), role or m.group("tag") or ""))
    out, at = [], start
    for name, tag in names:
        at = c.key.find(name, at, end)
        if at < 0:
            return []
        posts = [post]
        if tag in _ROLES or (role and tag == role):  # 甲（副主席）/ 主席：甲: that role of the body
            by = post_of(post.org, tag)
            posts = [post, by] if tag in _ROLES and not role else [by]
        out.append(Reading((c.text[at : at + len(name)],), Kind.APPOINT, tuple(posts), at, at + len(name)))
        at += len(name)
    return out


def _as_printed(line: str, role: str) -> str:
    """``role`` (read in the key of ``line``, before its first colon) as ``line`` prints it (委員),
    whatever blanks the line prints around it (（二）委員：　乙)."""
    colon = min((i for i in (line.find(":"), line.find("：")) if i >= 0), default=-1)
    printed = line[:colon].rstrip()[-len(role) :] if colon > 0 else ""
    return printed if to_key(printed) == role else role


def _lines(text: str, start: int, end: int) -> Iterator[str]:
    """The non-blank lines of ``text[start:end]``, stripped, one at a time (a list is read to its
    first line that is none: the rest of a long page is not split for it)."""
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if line := text[start:stop].strip():
            yield line
        start = stop + 1


# A line of a body's members by role (（一）主席：甲（某局局长）；, （三）委员：, 1）某局代表：乙；,
# 6）社会人士：丙、丁): the role (none for a group's label), then the names, if any on the line.
_ROLE_LINE: Final = re.compile(
    r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.)])?"
    r"(?:(?P<role>主席|副主席|委员|成员|秘书长|秘书|司库|召集人)|[\u4e00-\u9fff]{2,12}(?:代表|人士)):"
    r"(?P<names>[^:]*?)[;。,]?$"
)
# A name's note (its post, 女): no part of the name.
_NAME_NOTE: Final = re.compile(r"\([^()]{1,30}\)")


def _role_names(m: re.Match[str]) -> list[str]:
    """The names a role's line prints after its colon; [] for none (the names follow below, or
    the role is held by an office: 主席：某司司长)."""
    found = split_names_in_slot(_NAME_NOTE.sub("", m.group("names")))
    return [name for _, name in found] if found else []


def members_by_role(c: Compact, start: int, end: int, post: PostMention) -> list[Reading]:
    """The members a heading (委任下列人士为某委员会成员：) lists below ``start`` by role, one a line
    to the list's end ((一)主席：甲；⏎（三）委员：⏎乙；…); [] unless the first line names a role."""
    a, b = c.source_span(start, min(end, start + _FIRST_LINE_REACH))  # (the first line only, first)
    first = next(filter(None, map(str.strip, c.source[a:b].splitlines())), "")
    return _named_a_line(c, start, end, post) if _ROLE_LINE.match(to_key(first)) else []


# How far below a heading its first line is sought (a role's line is short: （一）主席：甲（某局局长）；).
_FIRST_LINE_REACH: Final = 60


_ROLES: Final = frozenset({"主席", "副主席"})


def _names_run(c: Compact, start: int, end: int, post: PostMention) -> list[Reading]:
    """Names run together under the heading, several a line, spaced or listed with 、 (甲　乙　丙⏎丁
    戊): each appointed to ``post``; none unless every item of the run is a name, and there are two
    or more (特此公告 after the list is no run of one name)."""
    run = c.key[start:end].rstrip("。;")
    found = split_names_in_slot(run.replace("|", "、").replace("\n", "、"))
    if len(found or ()) < 2:
        return []
    spans = [(start + at, start + at + len(name)) for at, name in found]
    return [Reading((c.text[a:b],), Kind.APPOINT, (post,), a, b) for a, b in spans]
