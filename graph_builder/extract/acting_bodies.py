"""The bodies that act in a notice or head its lists: the committee or society whose meeting
elects, the body that announces a list, a group's heading naming the body of the items below it,
the body whose members a heading lists by role.
"""

from __future__ import annotations

import re
from typing import Final

from graph_builder.extract.clause_spans import (
    SENTENCE_STOP,
    alone_on_its_line,
    cut_spans,
)
from graph_builder.extract.clause_words import BACK_REFERENCES
from graph_builder.extract.columns import may_head_columns
from graph_builder.extract.names import split_names
from graph_builder.extract.posts import (
    SOCIETY_ENDS,
    TERM,
    PostMention,
    read_posts,
)
from graph_builder.extract.reading import State
from graph_builder.extract.titles import ends_with_title, title_word
from graph_builder.read.normalise import (
    GROUP_BODY_NAME,
    GROUP_STAFF,
    Compact,
    to_key,
)
from graph_builder.read.patterns import OTHER_MARKET_CODE
from graph_builder.read.segment import Block
from graph_builder.types import Kind

# A body's name standing as a line above its members (某市人大法制委员会, 某某委员会新一届成员名单).
BODY_LINE: Final = re.compile(
    r"^(?![^为]*为)(?P<body>[\u4e00-\u9fff()]{4,40}?(?:委员会|协会|学会|理事会|董事会|监事会))"
    r"(?:新一届|第[一二三四五六七八九十\d]+届)?(?:(?:成员|委员)?名单)?(?:如下)?$"
)
# A notice that is the list of a body's members, named at its head.
_MEMBERS_OF: Final = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:委员会|协会|学会|理事会))(?:新一届|第[一二三四五六七八九十\d]+届)?(?:成员|委员)名单"
)
BODY_LINE_ENDS: Final = ("会", "名单", "如下")  # what a BODY_LINE can end with


# A heading that names the body of the group of items below it (二、某县人民检察院; its number may
# stand as a sentence of its own).
GROUP_NAMED: Final = (
    r"(?:[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\))?"
    # (（一）某县人民政府组成人员 / 某院：; not a signing line: 二零二四年二月五日于某司司长办公室)
    rf"(?![〇○零一二三四五六七八九\d]{{4}}年)(?P<body>{GROUP_BODY_NAME}){GROUP_STAFF}"
)
GROUP_HEADING: Final = re.compile(GROUP_NAMED + ":?")
# The same heading opening a sentence, its items run on after its colon (决定：某县教育局：任命甲为局长，…；
# 某县卫生健康局：任命乙为…): the heading, and the decision before it, if any.
GROUP_ITEM_VERB_WORDS: Final = ("任命", "免去", "聘任", "解聘")  # the verbs a group's items open with


# …or with their person (一、县财政局⏎甲同志任局长；).
GROUP_ITEM_PERSON: Final = re.compile(r"[\u4e00-\u9fff]{2,4}同志任")


# A group's heading inside a list of appointees (新委任成员：, 再度委任成员：, 艺术界别提名人士：).
# How a Hong Kong list marks its members new or kept on (新委任, 再度委任 …), longest first.
REAPPOINTMENTS: Final = "获再度委任|再度委任|再获委任|新获委任|新委任|续任"


_REAPPOINTED: Final = re.compile(rf"(?:{REAPPOINTMENTS}|委任)?")


# A heading over the people a congress elected, listed below by their posts (选举产生的某常委会组成
# 人员名单, 当选人员名单, 选举产生了新一届国家机构领导人员): the body, when it names one.
_ELECTED_ROSTER: Final = re.compile(
    # (会议任命了某委员会组成人员：, 大会表决通过了某专门委员会组成人员名单。: appointed, or a
    # congress's committee, by its own vote)
    r"(?P<verb>选举产生|当选|(?<![拟请])任命|表决通过|通过)(?:了|的)?(?:新一届)?(?P<body>[\u4e00-\u9fff]{0,30}?)"
    r"(?:组成人员|领导人员|人员)(?:名单)?(?:如下)?$"
)
ROSTER_BODIES: Final = ("委员会", "常委会", "人民政府")


def full_stop_after(c: Compact, start: int) -> int:
    """Where the sentence at ``start`` ends at its full stop (the key's end if none): the sentence
    a clause's act belongs to, past its commas and semicolons."""
    stop = c.key.find("。", start)
    return stop if stop >= 0 else len(c.key)


# A term's committee or board opening a sentence with its meeting (在某某第十七届委员会第一次全体会议上,
# 某公司第九届董事会第一次会议于…召开, 某学会第十二届理事会召开第一次会议): a bare title elected
# after it in the sentence is that committee's.
_COMMITTEE_MEETING: Final = re.compile(
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午)?,?)?在?"
    rf"(?P<org>[^,;:。]{{0,40}}?{TERM}[\u4e00-\u9fff]{{0,8}}?(?:委员会|理事会|董事会|监事会))"
    r"(?:召开了?)?第[一二三四五六七八九十\d]{1,3}次(?:全体)?(?:会议|全会)"
)
# What a committee's sentence says to elect its officers (not 选聘, 选派, 选拔).
_ELECTING_WORDS: Final = ("选举", "当选", "选出", "补选", "推选")
# Committees that meet to decide others' posts, not to elect their own officers.
_DECIDING_COMMITTEES: Final = ("人民代表大会", "人大", "常务委员会", "常委会")


# The unit a text is about, deciding under the word it names itself by (公司决定聘任…, 经医院党委研究).
_UNIT_DECIDING: Final = re.compile(
    rf"经?(?P<ref>{'|'.join(sorted(BACK_REFERENCES, key=len, reverse=True))})"
    r"(?:董事会|党委会?|行政)?(?:研究)?"
)


def unit_deciding(lead: str) -> str:
    """The back-reference word (公司, 医院, 本校) when ``lead``, the words before a verb, is the
    text's own unit deciding (公司决定解聘甲…): a bare title it names is that unit's; else ''."""
    m = _UNIT_DECIDING.fullmatch(lead) if lead else None
    return m["ref"] if m else ""


def electing_org(c: Compact, start: int, key: str) -> str:
    """The committee (as printed) whose meeting opens ``key`` and elects its officers, or ''."""
    if not (meeting := _electing_committee(c, start, key)):
        return ""
    # (在随后召开的某委员会…: the committee's name starts after the words describing the meeting)
    org_at = max(meeting.start("org"), key.rfind("的", 0, meeting.end("org")) + 1)
    return c.text[start + org_at : start + meeting.end("org")]


def _electing_committee(c: Compact, start: int, key: str) -> re.Match[str] | None:
    """The meeting of a term's committee or board that opens ``key``, when the sentence goes on to
    elect its officers (a board's meeting that 聘任 a manager names no post of the board)."""
    meeting = _COMMITTEE_MEETING.match(key) if "届" in key else None
    if not meeting or any(word in meeting["org"] for word in _DECIDING_COMMITTEES):
        return None
    sentence = c.key[start : full_stop_after(c, start)]
    return meeting if any(word in sentence for word in _ELECTING_WORDS) else None


# A place's people's congress in session before its verb (南江省十二届人大四次会议举行第三次全体会议选举…;
# 某市第十六届人民代表大会第三次会议选举…): the place whose government's posts it fills.
_PLACE_CONGRESS: Final = re.compile(
    r"(?:\d{1,2}月\d{1,2}日,?)?(?P<place>[\u4e00-\u9fff]{2,8}?[省市县区州])"
    r"(?:第?[一二三四五六七八九十]{1,3}届)?(?:人大|人民代表大会)(?!常委会|常务委员会)[^,;。]{0,24}?会议"
)


def congress_place(c: Compact, start: int, key: str) -> str:
    """The place (as printed) whose people's congress is in session at ``key``'s start, electing the
    heads of its government (某省十二届人大四次会议…选举甲为省长), or ''."""
    m = _PLACE_CONGRESS.match(key) if "会议" in key else None
    return c.text[start + m.start("place") : start + m.end("place")] if m else ""


def congress_society(c: Compact, start: int, key: str) -> str:
    """The society (as printed) whose congress elects at ``key``'s end (某作家协会第五次会员代表大会
    选举…), or ''."""
    if not key.endswith("选举") or not (congress := SOCIETY_CONGRESS.search(key)):
        return ""
    return society_named(c, start, congress)


def society_named(c: Compact, start: int, m: re.Match[str]) -> str:
    """The society (as printed) that ``m``'s org group holds, without the words before it that
    describe its meeting (昨日召开的某作家协会…, 在某侨联…)."""
    org = c.text[start + m.start("org") : start + m.end("org")]
    return org[org.rfind("的") + 1 :].removeprefix("在")


# A society's congress that elects (某作家协会第三次会员代表大会选举产生…): the society.
SOCIETY_CONGRESS: Final = re.compile(
    rf"(?P<org>(?:(?![和及与])[\u4e00-\u9fff]){{2,20}}?(?:{'|'.join(SOCIETY_ENDS)}))"
    r"第[一二三四五六七八九十\d]{1,3}次(?:会员)?代表大会(?:上)?(?:差额|等额)?选举"
)


# An institution opening a sentence as the one that meets, announces or decides (某大学召开干部大会,
# 某医院宣布, 某集团党委决定, 某区议会举行会议): a bare title after it in the sentence is its own.
# Its heads change, after a body's name: titles alone before 换人 (的社长和总编辑同时换人, 行长易人; not
# 附属医院宣布院长换人, 旗下某公司总经理换人, 更换人事), or 换帅.
_A_TITLE: Final = f"(?:副|常务副)?(?:{title_word().pattern})"
_HEADS_CHANGE: Final = f"(?:的)?{_A_TITLE}(?:[、和及]{_A_TITLE})*(?:同时|双双)?(?:换人|易人)|换帅"
ANNOUNCING_BODY: Final = re.compile(
    # (《某通讯社11日专讯》某公司公布, (香港电台)某区议会举行: the story's dateline or credit first)
    r"(?:[《【(][^》】()]{2,24}?[》】)]){0,2}"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚间)?,?)?(?:据)?"  # (11月18日至19日，)
    # (今天，某协会第九次代表大会在某地闭幕: a relative day before a society's congress only)
    r"(?:(?:今天|今日|昨天|昨日|近日|日前),(?=[^,;。]{2,20}?第[一二三四五六七八九十\d]{1,3}[次届](?:会员)?代表大会))?"
    # (某区议会举行会议，甲当选主席; 某商会召开换届大会，乙当选会长: a council's or a society's own)
    # (not a body the sentence does not name: 涉事医院, 多所大学, 一家上市公司, 该公司)
    r"(?P<org>(?![在于由据]|涉事|有关|相关|多[家所个]|[一两几]家|本地|当地|某些|部分|该|这|那|各|其他)"
    r"[\u4e00-\u9fff]{2,20}?(?P<body>大学|学院|学校|中学|小学|医院|集团|公司|银行|研究院|研究所|科学院"
    rf"|议会|政协|{'|'.join(SOCIETY_ENDS)}|局|署|股份|县政府|市政府|电视台"
    rf"|社(?={_HEADS_CHANGE})"  # (某通讯社的社长和总编辑同时换人; not 社保局, 法新社表示)
    r"|[镇乡](?=第[^,;。]{1,8}?人民代表大会))"  # (某镇第十届人民代表大会第二次会议召开: its 镇长)
    r"(?P<again>(?P=body))?"
    # (某某光学(00917.HK)公布: a listed company by a short name, the sentence's first words, before
    # its stock code; a longer run holds a lead: 港股上市公司某某, 周五晚间某某)
    r"|(?![在于由])[\u4e00-\u9fff]{2,6}(?=\([0-9A-Z.]{4,12}\)))"
    # (and the other market's code after it: 某某(02600)(沪:601600)公布)
    rf"(?:\([0-9A-Z.]{{4,12}}\)(?:{OTHER_MARKET_CODE})?)?"
    # (某大学校长甲今日公布: its head, named, announcing for it)
    r"(?:(?:校长|院长|董事长|主席|行长|总裁|县长|市长)[\u4e00-\u9fff·]{2,3}?)?"
    # (某协会第五次会员代表大会7月27日召开: a society's congress that elects its officers)
    r"(?P<congress>第[一二三四五六七八九十\d]{1,3}(?:次|届[一二三四五六七八九十\d]{0,3}次?)"
    # (第十一次全国会员代表大会: the congress of the whole country's members)
    r"(?:全国|全省|全市|全区|全县)?(?:会员代表大会|会员大会|(?:人民)?代表大会|代表会议)"
    r"(?:第[一二三四五六七八九十\d]{1,3}次会议)?"
    r"(?:于?(?:\d{4}年)?\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日)?(?:上午|下午)?(?:在[^,;:。在]{2,24}?)?(?:顺利|隆重|成功|胜利)?(?=召开|举行|举办|闭幕|开幕))?"
    # (今(5)日 with its 日, not 今(25) of a roundup's lead: 全岛各县市议会今(25)举行…)
    # (某公司于11月17日下午召开…: the day after 于)
    rf"(?:党委|党组|董事会)?(?:今天|今日|近日|日前|昨天|昨日|[今昨]\(\d{{1,2}}\)日|于?(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)?"
    r"(?:上午|下午|晚间)?"
    # (某大学官网栏目更新 / 据某大学官网消息: the body's own site, telling of its own posts)
    r"(?:召开|举行|举办(?=[^,]{0,12}?(?:交接|就职|就任))|(?(congress)举办|(?!))|宣布|决定|发布|公布|公告|研究决定|官网|官方网站|网站|发表声明|声明|表示"
    r"|闭幕|开幕"  # (某协会第九次代表大会在某地闭幕)
    # (某通讯社的社长和总编辑同时换人, 某银行行长换人: the body whose heads change, named first)
    rf"|{_HEADS_CHANGE})"
)
# A word every ANNOUNCING_BODY match holds: its closing group (召开, 宣布, 官方网站, 发表声明, 换人…)
# is not optional, and each of its words holds one of these (换人, 易人, 换帅: _HEADS_CHANGE). Most
# sentences hold none: searched first, it spares the match its many tries at a body's name.
_ANNOUNCING_WORD: Final = re.compile(
    "召开|举行|举办|宣布|决定|发布|公布|公告|官网|网站|声明|表示|闭幕|开幕|换人|易人|换帅"
)


def announcing_body_at(key: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The match of a body that meets, announces or decides opening ``key[start:end]`` (某大学召开干部
    大会; 某集团换帅), or None."""
    end = len(key) if end is None else end
    return ANNOUNCING_BODY.match(key, start, end) if _ANNOUNCING_WORD.search(key, start, end) else None


_MEETS: Final = re.compile("召开|举行|举办|闭幕|开幕")


def announced_above(c: Compact, start: int, end: int) -> str:
    """The body (as printed) that the last sentence of ``c.key[start:end]`` opening with it meets or
    announces in (某协会第六次会员代表大会在某处召开。), read before the first cue; else ''."""
    if not _MEETS.search(c.key, start, end):
        return ""  # (a body that meets is what is sought: most notices' lines above print none)
    for a, b in reversed(cut_spans(c.key, start, end, SENTENCE_STOP)):
        if (announced := announcing_body(c, a, b)) and announced[1]:
            return announced[0]
    return ""


def announcing_body(c: Compact, start: int, end: int) -> tuple[str, bool] | None:
    """The body (as printed) that ``c.key[start:end]`` opens with as the one that meets, announces or
    decides, and whether bare titles after it are its own (an office's are not); else None."""
    body = announcing_body_at(c.key, start, end)
    if not body or body.group("again"):
        return None
    at = c.key.rfind("的", start, body.end("org")) + 1 or body.start("org")  # (五大集团之一的某集团: 某集团)
    if _doubled(c.key[at : body.end("org")]):
        at += (body.end("org") - at) // 2  # 2. 某大学⏎某大学官网…: a roundup item's heading run into it
    return c.text[at : body.end("org")], body["body"] not in _OFFICES


def _doubled(text: str) -> bool:
    """Whether ``text`` is one word printed twice (某大学某大学)."""
    half = len(text) // 2
    return len(text) % 2 == 0 and text[:half] == text[half:]


# Government offices announcing: a bare title of their own kind after them is theirs (某局召开干部大会，
# 原局长甲调任…), any other they may only announce.
_OFFICES: Final = ("局", "署")


# An election of posts whose holders are listed below (补选某常委会主任、副主任、委员).
# (补选了…, 选举产生了…: the same, told as done)
_ELECTED_POSTS: Final = re.compile(r"(?:选举产生|补选|选举|选出)了?(?P<posts>[\u4e00-\u9fff、]{6,80})$")


def elected_posts_body(c: Compact, start: int, key: str) -> str:
    """The body whose posts a clause elects with no name (the names are listed below under each
    title), as printed; '' when the clause is no such election."""
    m = _ELECTED_POSTS.search(key) if key.endswith(("主任", "委员", "主席", "长", "书记")) else None
    if not m:
        return ""
    a, b = m.span("posts")
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    if len(posts) < 2 or not posts[0].org or posts[-1].end != b - a:
        return ""
    # (某团市委第十五届委员会常务委员会委员、书记、副书记: the committee, not its standing committee)
    return min((p.org for p in posts if p.org), key=len)


# A page's credits before a colon (栏目主编：甲, 责任编辑：乙, a newsroom's 值班主任：丙).
_CREDIT: Final = re.compile(
    r"(?:栏目|责任|文字|值班|美术|图片|视频|网络)?(?:主编|编辑|审核|审校|校对|监制|编审|统筹)|值班(?:主任|总编)"
)


def post_before_colon(
    c: Compact, start: int, end: int, state: State
) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """任命：⏎某院检察员：张三、李四 — under a list verb, a post before a colon heads the names after it;
    under a body's name standing as a line (某人大法制委员会⏎主任委员：张三), a bare title is that body's."""
    if c.key[end : end + 1] != ":" and not post_over_names(c, start, end, state):
        return None
    key = c.key[start:end]
    if c.key[end : end + 1] == ":" and (elected := _ELECTED_BEFORE_COLON.search(key)):
        # 某镇第十届人民代表大会第一次会议选举产生了某镇人民政府镇长：甲；副镇长：乙、丙
        state.kind, start, key = Kind.ELECT, start + elected.end(), key[elected.end() :]
    if state.kind is None and not state.list_org:
        return None
    if _CREDIT.fullmatch(key):
        return None  # 栏目主编：甲 under a page: the page's credits, no post
    lead = _REAPPOINTED.match(key).end()  # 新委任委员 / 再度委任委员: the title is 委员
    posts = read_posts(c.text[start + lead : end], key[lead:], state.list_org or state.org)
    if not posts or posts[-1].end < len(key) - lead:
        return None
    kind = state.kind or (Kind.ELECT if elected_by_its_congress(state.list_org) else Kind.APPOINT)
    return kind, tuple(posts), start


def roster_heading(heading: str) -> re.Match[str] | None:
    """The match of a heading over a body's members by role (选举产生的某常委会组成人员名单, 会议任命了
    某委员会组成人员：): one that appoints or adopts them names its body (not 拟任命人员名单, a 公示's)."""
    m = _ELECTED_ROSTER.search(heading)
    if m and m["verb"] not in ("选举产生", "当选") and not m["body"].endswith(ROSTER_BODIES):
        return None
    return m


def elected_by_its_congress(body: str) -> bool:
    """Whether ``body`` is a congress's own committee (or a CPPCC's), which the congress elects;
    other bodies' members are appointed."""
    return any(word in to_key(body) for word in ("人民代表大会", "政协", "政治协商会议"))


# An election told before the post its colon heads (…会议选举产生了某镇人民政府镇长：甲).
# (not a body named for elections: 某县选举委员会主任：甲)
_ELECTED_BEFORE_COLON: Final = re.compile(r"(?:选举产生|选举|选出|补选)了?(?!委员会|工作|办公室)")


def post_over_names(c: Compact, start: int, end: int, state: State) -> bool:
    """Whether the line ``start:end`` is a post over names one a line, under a list's verb
    (任命：⏎某法院审判员⏎甲⏎乙): it heads them as a post before a colon would."""
    # (免去：⏎某院检察员职务⏎甲: the post, 职务 after it)
    if (
        state.kind is None
        or c.key[end : end + 1] != "\n"
        or not ends_with_title(c.key[start:end].removesuffix("职务"))
    ):
        return False
    below_end = c.key.find("\n", end + 1)
    below = c.key[end + 1 : below_end if below_end >= 0 else len(c.key)].replace("|", "、")
    # (or a line of names spaced apart: 某院检察员⏎甲　乙　丙)
    return (len(below) <= _NAME_LINE_LONGEST or "、" in below) and bool(split_names(below))


_NAME_LINE_LONGEST: Final = 8  # (a name and its note: 章倩(女))


def group_heading_above(c: Compact, begin: int, block: Block) -> int:
    """Where reading starts: at ``begin``, or at the line above it when that line is the heading of
    the first group of items (决定：⏎（一）某市发展和改革委员会⏎任命甲为主任；) or a table's
    header saying what its columns hold (单位|职称|姓名|异动情形⏎某课|课长|甲|新任)."""
    if begin <= block.body_start:
        return begin
    above = max(c.key.rfind("\n", block.body_start, begin - 1) + 1, block.body_start)
    if "|" in (line := c.key[above : begin - 1]) and may_head_columns(line):
        return above
    if not c.key.startswith(GROUP_ITEM_VERB_WORDS, begin) and not GROUP_ITEM_PERSON.match(c.key, begin):
        return begin  # (the items open with their verb or their person: 甲同志任局长)
    return above if GROUP_HEADING.fullmatch(c.key, above, begin - 1) else begin


def body_above(c: Compact, start: int, end: int) -> str:
    """The body whose members' list the notice is (某某委员会新一届成员名单 at its head), as printed."""
    m = _MEMBERS_OF.match(c.key, start, end)
    return c.text[m.start("body") : m.end("body")] if m else ""


def list_body(c: Compact, start: int, end: int) -> str:
    """The body a line of its own names, for the "title：names" lines below it (某市人大法制委员会;
    某某委员会新一届成员名单), as printed; '' when the line is no such name."""
    if not alone_on_its_line(c, start, end - start):
        return ""
    key = c.key[start:end]
    m = BODY_LINE.match(key) if key.endswith(BODY_LINE_ENDS) else None
    return c.text[start : start + m.end("body")] if m else ""
