"""Read the post part of a clause: several posts, qualifiers, elided organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from graph_builder.extract.anaphora import college_of_a_university, named_before, refers_back
from graph_builder.extract.places import is_place_alone, known_place_at, known_place_bare_at
from graph_builder.extract.titles import ends_with_title, split_post
from graph_builder.read.normalise import to_key
from graph_builder.types import Qualifier

OPEN, CLOSE = "(（[〔【", ")）]〕】"
# A people's congress's standing committee, as bodies' names end with it.
_STANDING_COMMITTEES: Final = ("人大常委会", "人民代表大会常务委员会")
_TRAILING_BRACKET: Final = re.compile(r"[(（]([^()（）]*)[)）]$")
_DUTY: Final = re.compile(r"(?:的)?(?:职务|职)$")
# A piece starting like this names its own organisation; otherwise it continues the previous one
# (免去吴刚的…执法局副局长、执法大队副大队长职务: the second post is in the same 执法局).
_OWN_ORG: Final = re.compile(
    r"^(?:[区市县省州乡镇](?!场|域)|中共|中国|国家|全国|共青团|[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|自治州|州|县|旗|(?<!城)[镇乡])"
    r"|(?![\u4e00-\u9fff]?[社小园校景片矿营郊])[\u4e00-\u9fff]{2,5}?区)"
)
# An organisation that a name of its own heads (兴业控股集团, 某某经济技术开发区), never a unit
# inside the organisation before it in a list of posts.
_NAMED_BODY: Final = re.compile(
    r"^(?:[\u4e00-\u9fff()（）]{4,}(?:集团|公司|开发区|高新区|新区)|[\u4e00-\u9fff()（）]{2,}(?:大学|学院|医院|银行)"
    # (某镇中心学校校长甲、因果小学校长乙: a school of its own; not 附属中学, nor 第一中学, its place's)
    r"|(?!第)[\u4e00-\u9fff]{2,}(?<!附属)(?:小学|中学))"
)
# The place an organisation's name starts with (某省某市某区, 香港特别行政区政府), two characters or more
# before each level word: a bare 市 / 区 names no place.
# (a district's name runs to ten characters before its 区: 某某高新技术产业开发区)
# (no county's or district's level word inside a city's name: 寿县城市管理局 is 寿县's, no 寿县城市;
# no committee's either: 市纪委市 is no city)
_JURISDICTION: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区))?(?:(?:(?![县区旗委])[\u4e00-\u9fff]){2,8}?(?:市|自治州|盟))?"
    # (a county of one character: 寿县, 歙县; not 本县, 全县, 该县, 某县)
    r"(?:[\u4e00-\u9fff]{2,10}?(?:区|县|旗)|(?:(?<![\u4e00-\u9fff])|(?<=[省市州盟]))(?![本该全各我此两每某这那])[\u4e00-\u9fff]县)?"
    r"(?:人民政府|政府)?(?<=[省区市州盟县旗府])"
)
# An editorial gloss inside a post: the short name the text will use (以下简称高新区管委会).
_GLOSS: Final = re.compile(r"[(（](?:以下)?简称[^()（）]{1,20}[)）]")
# How a post is held, printed before it (担任的, 挂职的, 所兼任的): no part of it.
_HELD_AS: Final = re.compile(r"所?(?:担任|兼任|挂职|挂任)的")
_HELD_AS_FIRST: Final = "所担兼挂"  # (the characters it may open with: most pieces are asked no further)
_LATIN_LEAD: Final = re.compile(r"[A-Za-z]+(?=[\u4e00-\u9fff])")
_PARTY_SECRETARY: Final = frozenset({"书记", "副书记", "常务副书记"})
# (组织委员, 宣传委员 …: the members of a township's or a subdistrict's party committee by duty)
_PARTY_TITLES: Final = (
    _PARTY_SECRETARY
    | {"常委", "委员", "成员", "党委委员", "党委常委"}
    | {"组织委员", "宣传委员", "政法委员", "统战委员", "纪检委员"}
)
# Titles that name their organisation by themselves (the issuer's government): 副区长, 代市长.
_BARE_TITLE: Final = re.compile(r"^(?:常务|第一|执行)?(?:副|代理|代)?(?:省|市|区|县|州|旗|镇|乡)长$")
# An assistant to a place's head (县长助理, 市长助理): a post with no organisation printed, like 副县长.
_HEAD_ASSISTANT: Final = re.compile(r"(?:省|市|区|县|州|旗|盟)长助理")
# Titles that are whole posts with no organisation printed (国务委员: a State Councillor).
_POSTS_ALONE: Final = frozenset({"国务委员"})
# A government head's title, and a party committee a list's previous post may name: 省委常委、副省长.
# The heads of a place's government (县长, 副市长, 代理乡长), and with 主席 an autonomous region's too.
_PLACE_HEADS: Final = "省长|市长|区长|县长|州长|旗长|盟长|乡长|镇长"
_GOVERNMENT_HEAD: Final = re.compile(rf"^(?:常务|第一|执行)?(?:副|代理|代)?(?:{_PLACE_HEADS}|主席)$")
_PLACE_HEAD: Final = re.compile(rf"^(?:常务|第一|执行)?(?:副|代理|代)?(?:{_PLACE_HEADS})$")
# A prefecture's head (行署专员, 行署副专员): the 地区's, after its party committee 地委.
_PREFECTURE_HEAD: Final = re.compile(r"^(?:行署)?(?:常务)?副?专员$")
# A unit's own head (院长, 副校长, 所长): never a title of the unit's party committee.
_UNIT_HEAD: Final = re.compile(r"^(?:常务|执行)?(?:副)?(?:院长|校长|所长|馆长|总经理|董事长)$")
# The party committee of a unit (中共某大学委员会): the unit's name inside it.
_UNIT_PARTY_COMMITTEE: Final = re.compile(
    r"^中共([\u4e00-\u9fff]{2,20}?(?:大学|学院|学校|医院|研究院|研究所|集团|公司))委员会$"
)
# Posts a court or procuratorate holds itself, never one of its divisions (庭, 处, 局).
_COURT_BRANCH: Final = re.compile(r"[\u4e00-\u9fff]{2,12}?分院")
_COURT_LEVEL: Final = re.compile(
    r"^(?:助理)?(?:审判员|检察员)$|^(?:审判|检察)委员会(?:副主任|委员)$|^(?:副)?(?:院长|检察长)$"
)
# Words that refer back to an organisation the text named (completed by extract.anaphora).
# The titles a board's committee gives its members (any other title is the company's).
_COMMITTEE_ROLES: Final = frozenset({"委员", "主任委员", "副主任委员", "召集人", "主任", "成员", "主席"})
# Quotes around an organisation's name, and the short name in brackets after the closing one.
_QUOTES: Final = re.compile('[「」『』“”"]')
# (and the short name a release defines in brackets: 选举管理委员会（下称「选管会」）)
_SHORT_AFTER_QUOTE: Final = re.compile(
    '(?<=[」』”"])[(（][^()（）]{1,12}[)）]|[(（](?:以下简称|以下称|下称|下稱|以下簡稱)[^()（）]{1,12}[)）]'
)
# Words of a clause that no organisation's name holds: what was read as a post is a clause.
# Words before a post that are no part of it: a photo caption's (右图为), a conjunction or a lead
# (其中, 时年), a headcount (1名), a description of the holder's charge (负责高校工作的).
_NO_PART_BEFORE: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{0,12}?包括)?"  # 此次异动人员名单包括某局主秘甲升任副局长: a list's lead
    # 另服务30余年之社会课长 (Taiwan): the years served, before the post
    r"(?:另(?!外))?(?:[\u4e00-\u9fff\d]{1,10}?年之)?"
    # 现年60岁的某银行行长, 出身基层、48岁的某局副局长: an age, perhaps after a word of praise
    r"(?:(?:[\u4e00-\u9fff]{1,6}、)?(?:现年|年满|年届)?[\d一二三四五六七八九十]{2,3}岁的)?"
    r"(?:[左右上下中]?图为|而|且|其中|另外|此外|特别是|时年|至于|至於|让|加上|为|新的|新任|现任|原任|任职)?(?:[\d一二三四五六七八九十两]{1,3}[名位个])?"
    r"(?:负责[^,的]{1,16}工作的)?"
)
# What a _NO_PART_BEFORE match opens with: each of its groups is optional and none matches empty, so
# it matches more than nothing only where one of them does, each at the start; and each needs one
# of these first characters (a number's: re's \d, str.isdecimal) or one of these words within reach
# (…包括, …年之, …岁的), looked for before the pattern's lazy runs are tried.
_NO_PART_FIRST: Final = frozenset("另左右上下中图而且其此特时至让加为新现原任一二三四五六七八九十两负")
_NO_PART_WORDS: Final = ("包括", "年之", "岁的")
_NO_PART_REACH: Final = 14  # (the furthest any of those words may end: 12 characters and the word)
# (every alternative opens with a literal, so the engine skips ahead to candidate characters: a
# ^ is a lookbehind that nothing stands before the character, and a number opening the text is
# :func:`_clause_in_org`'s to see)
_CLAUSE_IN_ORG: Final = re.compile(
    r"了|主持|今天|昨天|今日|卸任|卸下|接任|出任|调任|调升|免去|任命|命(?<![\s\S]命)|由(?<![\s\S]由)|的(?<![\s\S]的)"
    r"|由原|将由|则由|同志|名[^,]{0,4}任|职务|交接|不久|是否|成为"
    # 董事长甲与总经理: a title, a name and a conjunction
    r"|长[\u4e00-\u9fff]{2,3}[与和]|记[\u4e00-\u9fff]{2,3}[与和]|任[\u4e00-\u9fff]{2,3}[与和]"
    # 某省代理省长甲乙丙任副, 某主席甲乙连任副主席: two headlines run together
    r"|长[\u4e00-\u9fff]{2,12}?任(?![务职期])|书记[\u4e00-\u9fff]{2,12}?任(?![务职期])"
    r"|主席[\u4e00-\u9fff]{2,12}?任(?![务职期])|连任|当选"
    # 处长由某处副处长…, 情形类似的还有…, 暂时悬空, 依靠…: words of a sentence
    r"|长由|情形|分享|悬空|暂时|依靠"
    # 某局长甲因个人健康因素请辞某局长 (a headline run into its lead), 执掌因甲落马而空缺的…, 获准遗缺由…,
    # 某新闻网/地方/某市某府小内阁再异动: a sentence or a page's path, never a body's name
    r"|请辞|辞职|落马|空缺|遗缺|获准|异动|暂无|举行|被(?=[免撤任选罢聘调解停外])"  # (被服厂 is a name)
    # 选举甲为董事长聘任乙为总经理 (a headline's two acts with no stop between): a clause's verb
    r"|聘任|聘请"
    # (某协会现任会长：甲, 选举结果为会长：乙: those holding it now, a result's words, no body's name)
    r"|现任|结果"
)


def _clause_in_org(org_key: str) -> bool:
    """Whether an organisation read (non-empty) is a clause's words, not a body's name (of
    _CLAUSE_IN_ORG, or opening with a number: 6年…, 9494分享…, a page's counter)."""
    return org_key[0].isdecimal() or _CLAUSE_IN_ORG.search(org_key) is not None


# The last characters of government offices that stand side by side (局, 厅, 署, 处), never one
# inside another of the same kind.
_BUREAUS: Final = frozenset("局厅署处")
# Bodies a list of posts may name again at the start of a post (董事会 after 某公司董事会董事).
_REPEATED_BODIES: Final = ("董事会", "监事会", "理事会", "委员会", "党委", "党组")
# (中共某县某镇委员会: a township's committee, named in full)
_PARTY_COMMITTEE: Final = re.compile(r"(?<=[省市区县州旗盟])委$|(?<=[省市区县州旗盟镇乡])委员会$")
# …and one of its departments after it (某省委政法委, 某市委组织部): the party committee's 委 there.
_COMMITTEE_BEFORE_ITS_DEPARTMENT: Final = re.compile(
    r"(?<=[省市区县州旗])委(?=(?:政法委|组织部|宣传部|统战部|政研室|办公厅|办公室)$)"
)
# A word in brackets inside a post (某办公室(市招办)主任): maybe a gloss of the name's short form.
_BRACKETED_WORD: Final = re.compile(r"\(([\u4e00-\u9fff]{2,6})\)")
# How the names of bodies that may print a person or a unit right after them end (某大学甲任…,
# 某大学原党委书记).
BODY_ENDS: Final = (
    *("大学", "学院", "学校", "医院", "公司", "集团", "银行", "研究所", "研究院", "中心"),
    *("保健院", "卫生院", "疗养院", "科学院", "设计院"),  # (某市妇幼保健院院长, 某镇卫生院院长)
)
# The openings of national bodies' names, which take no place from the posts before them.
_NATIONAL: Final = ("中央", "国家", "国务院", "全国", "中国", "中华人民共和国")
# The bodies of the state and the party at the top, whose names no other body's unit opens with.
_NATIONAL_BODIES: Final = (
    "国务院",
    "中共中央",
    "全国人大",
    "全国人民代表大会",
    "全国政协",
    "中央军委",
    "国家",
)
# A ministry named by its field alone (内政部, 外交部, 教育部): a national body, in Taiwan as on the
# mainland, where a place's own are 厅 and 局 (not 部门, a department in general).
_MINISTRY: Final = re.compile(
    r"(?:内政|外交|国防|公安|教育|财政|商务|司法|民政|经济|法务|卫福|卫生福利|科技|文化|农业|劳动|交通|环境"
    r"|审计|水利|自然资源|生态环境|工业和信息化|人力资源和社会保障|住房和城乡建设|数位发展|退役军人事务"
    r"|交通运输|农业农村|文化和旅游|应急管理|国家安全|科学技术)部(?!门)"
)
# A party unit printed without the body it belongs to (党委副书记): the body is the list's.
_BARE_PARTY_UNITS: Final = frozenset({"党委", "党组", "党总支", "党支部", "纪委"})
_PARTY_UNIT: Final = re.compile(r"(?:机关)?(?:党组|党委|党工委|党总支|党支部|纪检组|纪委|(?<!总)工会)$")
_UNION_TITLES: Final = frozenset({"主席", "副主席", "常务副主席"})
# A body's members by their title alone (委任乙为新成员: of the body named before).
_MEMBERS: Final = frozenset({"成员", "委员", "董事", "理事", "常委", "非官守议员"})
# A place's commissions for discipline and supervision (after its party committee: the place's own).
_DISCIPLINE: Final = ("纪委", "监委")
# A company's director, of whatever kind.
_DIRECTOR: Final = re.compile(r"(?:副)?(?:独立|非执行|独立非执行|执行|职工|外部)?董事")
# A member of a body or its board, of whatever kind (成员, 非官方成员, 独立非执行董事).
_A_MEMBER: Final = re.compile(rf"(?:非官方|非官守|当然)?(?:成员|委员|理事|常委|校董)|{_DIRECTOR.pattern}")
# A party committee's own departments and officer (after 党委常委, they are the committee's).
_PARTY_DEPARTMENT: Final = re.compile(
    r"^(?:组织部|宣传部|统战部|统一战线工作部|政法委员会|政法委)[\u4e00-\u9fff]{1,4}$|^副?秘书长$"
)
# What _PARTY_UNIT can end with (or before a final '\n'): a cheap test before the regex.
_PARTY_UNIT_ENDS: Final = ("组", "委", "会", "支", "部", "\n")
# Posts in a list are joined by 、 or a comma, and in announcements by 以及 / 及 / 和 (split only after
# a title, so 发展和改革委员会 and 政制及内地事务局 stay whole).
# 某组副书记兼纪检组组长: 兼 starts a post; 副市长并代理市长: 并 joins two
# (tried only at its first characters, 兼 that of the empty stop before it: the same matches, with
# no try of every alternative at every position; see clause_words.at_first_characters)
_SPLIT_AT: Final = re.compile(
    "(?=[、,，暨以及和并兼])(?:[、,，暨]|以及|及|和|并(?:决定其?)?(?=代理|兼)|(?=兼(?!职)))"
)
# Qualifier codes read once: an enum member's .value goes through a descriptor on every access.
_CONCURRENT, _ACTING = Qualifier.CONCURRENT.value, Qualifier.ACTING.value
_PROBATION_COMPLETE, _PROBATION_1Y = Qualifier.PROBATION_COMPLETE.value, Qualifier.PROBATION_1Y.value
_PROBATION_TERMINATED, _SECONDMENT_1Y = Qualifier.PROBATION_TERMINATED.value, Qualifier.SECONDMENT_1Y.value
BRACKETS: Final = re.compile(r"[(（\[〔【)）\]〕】]")  # the characters bracket_depth counts


# (init=False and an __init__ of its own, here and below: mypyc compiles a written __init__, while
# the one dataclass generates runs interpreted, some ten times slower for a class built per post)
@dataclass(frozen=True, slots=True, init=False)
class PostMention:
    """One post read from a clause: its text, where it stands in the clause, and its qualifiers."""

    post: str
    org: str
    title: str
    qualifiers: tuple[str, ...]
    start: int  # offset of the printed post in the clause text
    end: int  # end of the post including its qualifier brackets

    def __init__(
        self, post: str, org: str, title: str, qualifiers: tuple[str, ...], start: int, end: int
    ) -> None:
        object.__setattr__(self, "post", post)
        object.__setattr__(self, "org", org)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "qualifiers", qualifiers)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


def post_of(body: str, title: str) -> PostMention:
    """The post of ``title`` in ``body``, both as printed (某委员会 and 主席: 某委员会主席), read from
    no clause (no offsets, no qualifiers)."""
    return PostMention(body + title, body, title, (), 0, 0)


# 正副主席, 正、副议长: a chair and their deputy elected together, named in that order.
_CHAIR_AND_DEPUTY: Final = ("正、", "正")
_BARE_OR_BOTH: Final = ("", *_CHAIR_AND_DEPUTY)  # (the organisation split off a bare title, or off 正副X)


def chair_and_deputy(p: PostMention) -> tuple[PostMention, ...] | None:
    """The chair's and the deputy's posts of ``p`` when it names both (某议会正、副议长), else None."""
    cut = next((len(s) for s in _CHAIR_AND_DEPUTY if p.org.endswith(s)), 0)
    if not cut or not p.title.startswith("副"):
        return None
    org = p.org[:-cut]
    return tuple(replace(p, post=org + title, org=org, title=title) for title in (p.title[1:], p.title))


def qualifier_codes(content: str) -> list[str] | None:
    """The qualifier codes of one bracket's content (items it does not know are left out);
    None when nothing in it is a qualifier."""
    codes = [code for item in re.split(r"[,，、;；]", content) if (code := _qualifier(item))]
    return codes or None


def _qualifier(item: str) -> str | None:
    if item in ("兼", "兼任", "兼职"):
        return _CONCURRENT
    if item in ("试用期满", "试用期已满"):
        return _PROBATION_COMPLETE
    if item.startswith("终止试用"):
        return _PROBATION_TERMINATED
    if item.startswith("试用期"):
        return _PROBATION_1Y  # 试用期一年 / 试用期为一年: the rule is one year
    if item.startswith("挂职"):
        return _SECONDMENT_1Y
    if item.startswith("代理") or item == "代":
        return _ACTING
    if re.search(r"岗位|职级|级$|正处|副处|正科|副科|正局|副局级", item):
        return f"grade:{item}"
    return None


# Roles that name no post (某局分管负责人): a piece of a list of posts ends after them all the same.
_ROLES_NO_POST: Final = ("负责人", "联系人", "责任人")


def split_pieces(text: str) -> list[tuple[int, int]]:
    """Cut a list of posts at 、 (outside brackets, after a title): [(start, end), ...]."""
    pieces, start = [], 0
    for m in _SPLIT_AT.finditer(text):
        i = m.start()
        left = text[start:i]
        if bracket_depth(left) > 0:
            if _bracketed_concurrent(text, i):  # 某科副主任（兼护士长）: a second post in the bracket
                pieces.append((start, i - 1))
                start = i
            continue  # 、 inside an organisation's bracketed names
        if left.count("「") > left.count("」") or left.count("“") > left.count("”"):
            continue  # 「某成员、某议员及某官员薪津委员会」主席: a body's quoted name holds 、 and 及
        role = m.group() == "、" and left.endswith(_ROLES_NO_POST)  # (某局分管负责人、某局副局长)
        if role or ends_with_title(_strip_qualifiers(left)[0]):
            pieces.append((start, i))
            start = m.end()
    pieces.append((start, len(text)))
    return [(a, b) for a, b in pieces if b > a]


def _bracketed_concurrent(text: str, at: int) -> bool:
    """Whether a bracket opened just before ``at`` holds 兼 and a title of its own and closes the
    text (某科副主任（兼护士长）), not a bare 兼 nor an organisation's bracketed names."""
    if text[at - 1 : at] not in ("(", "（") or not text.startswith("兼", at):
        return False
    close = max(text.find(")", at), text.find("）", at))
    inside = text[at + 1 : close] if close > at else ""
    return close == len(text) - 1 and len(inside) >= 2 and ends_with_title(inside)


def bracket_depth(text: str) -> int:
    """How many brackets ``text`` leaves open (an organisation's bracketed names hold 、 and ,)."""
    if not BRACKETS.search(text):
        return 0
    return sum(text.count(ch) for ch in OPEN) - sum(text.count(ch) for ch in CLOSE)


@lru_cache(maxsize=65536)
def _strip_qualifiers(piece: str) -> tuple[str, tuple[str, ...]]:
    """Remove trailing qualifier brackets (and 职务) from a post; return it and the codes.

    A bracket after a title is an annotation (另有任用, 任期五年) even when it holds no qualifier;
    a bracket before the title belongs to the organisation's name and stays.
    """
    codes: tuple[str, ...] = ()
    while True:
        piece = _DUTY.sub("", piece)
        m = _TRAILING_BRACKET.search(piece)
        if not m:
            return piece, codes
        found = qualifier_codes(m.group(1))
        if found is None and not ends_with_title(_DUTY.sub("", piece[: m.start()])):
            return piece, codes
        codes = (*(found or ()), *codes)
        piece = piece[: m.start()]


# Titles a Hong Kong or Macao body divides by portfolio, printed in brackets after them: 副校长（研究
# 及创新）, 常任秘书长（福利）, 副秘书长（2）, 副署长（1）. The bracket is then part of the post.
_PORTFOLIO_TITLES: Final = (
    "副校长",
    "常任秘书长",
    "副秘书长",
    "副署长",
    "助理署长",
    "首席助理秘书长",
    "助理处长",
)
_PORTFOLIO: Final = re.compile(r"\d{1,2}|[\u4e00-\u9fff、]{1,10}")
# What such a bracket may hold that is no portfolio: how the post is held.
_NO_PORTFOLIO: Final = ("主持", "留任", "兼", "代理", "署理", "退休", "任用", "正式", "级")


def _portfolio(piece_key: str) -> tuple[int, int] | None:
    """Where the portfolio bracketed after a piece's title stands in it (副校长（学术）, 副秘书长（2）
    职务), or None: the bracket is then part of the post, not an annotation on it."""
    if ")" not in piece_key:
        return None
    m = _TRAILING_BRACKET.search(_DUTY.sub("", piece_key)) if piece_key.endswith((")", "职务")) else None
    if m is None or not piece_key.endswith(_PORTFOLIO_TITLES, 0, m.start()):
        return None
    inside = m.group(1)
    if not _PORTFOLIO.fullmatch(inside) or any(word in inside for word in _NO_PORTFOLIO):
        return None
    if qualifier_codes(inside) is not None:
        return None  # (试用期一年, 挂职: how the post is held, a qualifier)
    return m.span()


def _place_committee(piece_key: str, elided_key: str) -> bool:
    """Whether a bare title of a party committee (市委副书记) follows a place of its level named
    alone (银川市), whose committee it is (not a province's: 省委常委 is printed so, and kept)."""
    return piece_key.startswith(elided_key[-1:] + "委") and is_place_alone(elided_key, "市县区州旗")


# Places listed, counted and given their level once, before the title each has (四川、贵州两省省委秘书长;
# 成都、重庆两市市长): one post a place.
_PLACES_COUNTED: Final = re.compile(
    r"(?P<places>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)[两三四五六七八九](?P<level>[省市县区])"
    r"(?P<rest>(?:[省市县区]委|人民政府|政府|人大常委会|政协)?[\u4e00-\u9fff]{2,6})$"
)


def _titled_each(m: re.Match[str]) -> bool:
    """Whether what follows counted places is each place's own title (省委秘书长, 副市长), not a body
    they share (合作办公室主任, 联合工作组组长)."""
    rest = m["rest"]
    if rest[0] in "省市县区" and rest[0] != m["level"]:
        return False  # (某区、某县两区县委书记: two levels, no one title each)
    organ = next((o for o in ("人大常委会", "人民政府", "政府", "政协") if rest.startswith(o)), "")
    if not organ and len(rest) > 2 and rest[1] == "委" and rest[0] in "省市县区":
        organ = rest[:2]
    body, title = split_post(rest[len(organ) :])
    return not body and bool(title)


def _of_each_place(text: str, key: str, m: re.Match[str], elided: str) -> list[PostMention]:
    """The post of each place :data:`_PLACES_COUNTED` lists: the place, its level (unless the title
    opens with it: 省委…), then the title."""
    level, rest = m["level"], m.start("rest")
    joint = "" if key.startswith(level + "委", rest) else level
    out: list[PostMention] = []
    at = 0
    for place in m["places"].split("、"):
        own_joint = "" if place.endswith(("省", "市", "县", "区")) else joint  # (南京市、苏州市两市: printed)
        own = text[at : at + len(place)] + own_joint + text[rest:]
        out += [
            replace(p, start=0, end=len(key)) for p in read_posts(own, place + own_joint + key[rest:], elided)
        ]
        at += len(place) + 1
    return out


def read_posts(text: str, key: str, elided: str = "") -> list[PostMention]:
    """All posts in the post part of a clause (``key`` is its matching form, same length).

    ``elided`` is the organisation (as printed) of the list's previous clause: a bare title
    (聘请A为某馆馆长，聘请B为副馆长) is of that organisation.
    """
    if "、" in key and (places := _PLACES_COUNTED.match(key)) and _titled_each(places):
        return _of_each_place(text, key, places, elided)
    if key.startswith("核心"):
        return []  # (以某某同志为核心的党中央对参事…: a political formula's 为, no post)
    out: list[PostMention] = []
    prior = _NOTHING_BEFORE  # what the post before in this clause named
    for a, b in split_pieces(key):
        if key[a : a + 1] in "“「" and key[b - 1 : b] in "”」" and b - a > 2:
            a, b = a + 1, b - 1  # 任命甲为“行政院副院长”: a post set in quotes whole
        if ")" in key[a:b]:  # 宣布…(包括委任甲为主席)及委任…: the post ends with its aside
            b = a + _before_unopened_close(key[a:b])
        piece_key, stripped = _strip_qualifiers(key[a:b])
        codes = list(stripped)
        portfolio = _portfolio(key[a:b])  # (副校长（学术）: kept, added back once the post is read)
        lead = _joined_lead(piece_key)
        if lead and _CONCURRENT not in codes:
            codes.append(_CONCURRENT)
        lead = _lead_words(piece_key, lead)
        piece_key = piece_key[lead:]
        if not piece_key or not ends_with_title(piece_key):
            continue
        printed = text[a + lead : a + lead + len(piece_key)]
        if piece_key[:1] in "其于在" and (held_in := _HELD_IN_BODY.match(piece_key)):
            # 辞任其于公司担任的主席及执行董事职务: the company's posts he held
            b0, b1, n = held_in.start("body"), held_in.end("body"), held_in.end()
            printed, piece_key = printed[b0:b1] + printed[n:], piece_key[b0:b1] + piece_key[n:]
        if (new := _not_of_the_post(piece_key)) is not None:
            # 学院新一届党委委员, 某市新任市长, 某行57岁行长: words that are no part of the post
            at, n = new
            printed = printed[:at] + printed[at + n :]
            piece_key = piece_key[:at] + piece_key[at + n :]
        if "简称" in piece_key and (gloss := _GLOSS.search(piece_key)):  # 管委会(以下简称…)主任
            printed = printed[: gloss.start()] + printed[gloss.end() :]
            piece_key = piece_key[: gloss.start()] + piece_key[gloss.end() :]
        elif "(" in piece_key and (short := _short_form_gloss(piece_key)):  # 某办公室(市招办)主任
            printed = printed[: short[0]] + printed[short[1] :]
            piece_key = piece_key[: short[0]] + piece_key[short[1] :]
        if piece_key.startswith("驻") and (sent := _sender(prior.org or elided)):
            # 中华人民共和国驻斐济共和国特命全权大使，兼任驻汤加王国…: the sender is elided
            printed, piece_key = sent + printed, to_key(sent) + piece_key
        if piece_key.startswith(_NATIONAL_BODIES) and split_post(piece_key)[0]:
            pass  # 中共中央某办公室主任、国务院某办公室主任: a national body names itself in full
        elif (before := prior.org or elided) and (town := _town_again(piece_key, to_key(before))):
            # 甲任某县某镇党委书记，免去其该镇镇长职务: the town just named (few towns a list of places
            # knows, so not left to the back-references of the whole text)
            n, word = town
            printed, piece_key = before[:n] + printed[word:], to_key(before)[:n] + piece_key[word:]
        elif not prior.org and elided in ("", "公司") and _TERMED_BOARD.match(piece_key):
            # 辞去第四届董事会董事…: a board named by its term alone is the company's (公司, named back)
            printed, piece_key = "公司" + printed, "公司" + piece_key
        elif not prior.org:
            printed, piece_key = _completed_from_elided(printed, piece_key, elided)
        else:
            printed, piece_key = _completed_from_previous(printed, piece_key, prior)
        org_key, title_key = split_post(piece_key)
        if _no_post(piece_key, org_key, title_key):
            continue
        if portfolio:
            printed += text[a + portfolio[0] : a + portfolio[1]]
        org, title = printed[: len(org_key)], printed[len(org_key) :]
        for own in _bodies_sharing(org, org_key):  # (薪酬委员会及提名委员会成员: one title, two bodies)
            out.append(_as_written(PostMention(own + title, own, title, tuple(codes), a + lead, b)))
        prior = _before_next(prior, org, org_key, title_key)
    return out


# The last characters of a body's whole name (某集团有限公司, 省文联, 省作协, 市财政局, 市发展改革委).
_BODY_ENDS: Final = ("公司", "集团", "局", "委", "联", "协", "院", "部", "厅", "办", "中心", "署", "政府")


def _bodies_sharing(org: str, org_key: str) -> list[str]:
    """The bodies of a post whose organisation lists bodies, each named whole, before the title they
    share (某城市发展集团有限公司、某水务集团有限公司专职外部董事; 某研究院甲中心、乙中心名誉主任, the
    later units the institute's too), or committees of one board (:func:`_committees_sharing`);
    ``[org]`` for any other organisation (省文联、省作协党组成员: a party group after the two bodies, left
    whole)."""
    if "、" not in org_key or "委员会" in org_key:
        return _committees_sharing(org, org_key)
    parts = org_key.split("、")
    if not all(len(part) >= 3 and part.endswith(_BODY_ENDS) for part in parts):
        return [org]
    owner = _OWNER_FIRST.match(parts[0])
    out, at = [], 0
    for i, part in enumerate(parts):
        own = org[at : at + len(part)]
        out.append(org[: owner.end()] + own if i and owner and not part.startswith(owner[0][:2]) else own)
        at += len(part) + 1
    return out


# An institution that owns the unit after it in a body's name (某研究院 in 某研究院某研究中心).
_OWNER_FIRST: Final = re.compile(
    r"[\u4e00-\u9fff]{2,20}?(?:研究院|研究所|科学院|大学|学院|医院|博物馆|博物館|图书馆|圖書館|纪念馆|美术馆)"
    r"(?=[\u4e00-\u9fff]{2,})"
)


# Committees of one board listed before the title they share (审计委员会、提名委员会及薪酬委员会各自的成员).
_COMMITTEES_JOINED: Final = re.compile(r"(?:、|以及|及|和)(?=[^、及和]{1,12}?委员会)")
_EACH_OWN: Final = re.compile(r"(?:各自的?|的)$")


def _committees_sharing(org: str, org_key: str) -> list[str]:
    """The bodies of a post whose organisation lists committees sharing one title, each with the board
    or company named before the first (公司薪酬委员会及提名委员会 -> 公司薪酬委员会, 公司提名委员会);
    ``[org]`` for any other organisation."""
    if org_key.count("委员会") < 2 or not _COMMITTEES_JOINED.search(org_key):
        return [org]
    own_end = _EACH_OWN.search(org_key)
    end = own_end.start() if own_end else len(org_key)
    cuts = [m.span() for m in _COMMITTEES_JOINED.finditer(org_key, 0, end)]
    starts, ends = [0] + [e for _, e in cuts], [s for s, _ in cuts] + [end]
    spans = list(zip(starts, ends, strict=True))
    if not all(org_key.endswith("委员会", a, b) and b - a > 3 for a, b in spans):
        return [org]  # (某委员会主任、某局局长: a list's pieces, not committees sharing a title)
    first_at = spans[0][1] - len(_committee_name(org_key[: spans[0][1]]))
    board = org[:first_at]
    return [org[:b] if i == 0 else board + org[a:b] for i, (a, b) in enumerate(spans)]


def _committee_name(key: str) -> str:
    """The committee's own name at the end of ``key`` (公司薪酬委员会 -> 薪酬委员会): after the board,
    company or group it belongs to, or the whole key."""
    owners = ("董事会", "董事局", "监事会", "公司", "集团")
    at = max((key.rfind(owner) + len(owner) for owner in owners if owner in key), default=0)
    return key[at:] if at < len(key) else key


def _before_next(prior: _Before, org: str, org_key: str, title_key: str) -> _Before:
    """What the post just read (``org`` as printed, ``org_key``, ``title_key``) tells the post after
    it in the clause; a post naming no body keeps the body of the one before."""
    if not org:
        p = prior
        return _Before(p.org, p.org_key, p.parent, p.parent_key, p.party, p.party_key, title_key)
    # 某局党组书记、局长: the 局长 is of the 局, not of its 党组
    cut = 0
    if org_key.endswith(("组", "委", "会", "支", "部", "\n")):  # as _PARTY_UNIT does (or before a final '\n')
        cut = len(org_key) - len(_PARTY_UNIT.sub("", org_key))
    own, own_key = org[: len(org) - cut], org_key[: len(org_key) - cut]
    if _GRADE_AT_END.search(own_key):  # (某局一级主任科员、办公室主任: the grade is the rank's)
        own, own_key = own[:-2], own_key[:-2]
    # (省纪委委员、常委、书记: a discipline commission's titles stay its own, as a 党委's do)
    party = cut and org_key.endswith(("党委", "党组", "党工委", "党总支", "党支部", "纪委", "纪工委"))
    above = _committee_cut(own_key)
    party_org, party_key = (org, org_key) if party else ("", "")
    return _Before(own, own_key, own[:above], own_key[:above], party_org, party_key, title_key)


# Titles that head a body of their own under a government whose departments are 司 (Hong Kong's,
# Macao's): 检察长, 廉政专员, 审计长, 海关关长 never take the 司 of the item before.
_HEADS_OF_THEIR_OWN: Final = frozenset({"检察长", "廉政专员", "审计长", "关长"})
# Titles held only in a court or a procuratorate (no other body named before gives them its name).
_COURT_ONLY: Final = re.compile(r"人民陪审员|(?:助理)?(?:审判员|检察员)|(?:审判|检察)委员会(?:副主任|委员)")
# A zone's administrative body and its party unit, side by side (某开发区管委会 and 某开发区党工委).
_ZONE_BODIES: Final = ("管委会", "管理委员会")
_ZONE_UNITS: Final = (*_ZONE_BODIES, "党工委")


def _zone_of(org_key: str) -> int | None:
    """Where the zone's name ends in a body of the zone's (某开发区 of 某开发区管委会 / 党工委), or None."""
    for body in _ZONE_UNITS:
        if org_key.endswith(body):
            return len(org_key) - len(body)
    return None


def _completed_from_elided(printed: str, piece_key: str, elided: str) -> tuple[str, str]:
    """The first post of a clause (``printed`` and its ``piece_key``) completed with the body its
    list's clause before named (``elided``), where the post's words say it is of that body."""
    if not elided:
        return printed, piece_key
    # (each asked once: the rules below ask them again and again, and each is a cached call)
    elided_key, piece_org = to_key(elided), split_post(piece_key)[0]
    if _COURT_LEVEL.match(piece_key) and (court := _court_end(elided_key)):
        # 甲为某法院刑事审判庭庭长；乙为副院长: the court's title, not its division's
        printed, piece_key = elided[:court] + printed, elided_key[:court] + piece_key
    elif _BOARD_MEMBER.fullmatch(piece_key) and _company_of(elided) == elided:
        company = elided  # (after 某公司第七届董事会, its board's own: below)
        # 职工董事：甲⏎职工监事：乙 under 选举产生了某公司职工董事、职工监事: the company's too
        printed, piece_key = company + printed, to_key(company) + piece_key
    elif _place_committee(piece_key, elided_key):
        # 银川市：甲任市委副书记: the place's own party committee (银川市委副书记)
        printed, piece_key = elided[:-1] + printed, elided_key[:-1] + piece_key
    elif _MINISTER.match(piece_key) and "部" not in elided_key:
        pass  # 部长助理 after a bureau or a city named before: a ministry's title, not theirs
    elif piece_key in _HEADS_OF_THEIR_OWN and elided_key.endswith("司"):
        pass  # 甲为某司司长，乙为检察长: the procurator heads a body of his own, no 司's
    elif _COURT_ONLY.fullmatch(piece_key) and "法院" not in elided_key and "检察院" not in elided_key:
        pass  # 任命甲为某县监察委员会委员，任命乙等80名同志为人民陪审员: a court's, not the body's before
    elif _DIRECTOR.fullmatch(piece_key) and elided_key.endswith("委员会"):
        pass  # 甲获委任为审核委员会主席；乙辞任非执行董事: a director is the company's, not a committee's
    elif (
        piece_org in _BARE_OR_BOTH  # (正副议长: both bare)
        and not _BARE_TITLE.match(piece_key)
        and piece_key not in _POSTS_ALONE
    ):
        # a party title is the party unit's own (原任某党委副书记的甲升任书记): it keeps the unit
        # (so is a union's chair: 选举甲为某大学工会主席、乙为副主席)
        union = piece_key in _UNION_TITLES and elided_key.endswith("工会")
        party = piece_key in _PARTY_TITLES or union
        org_printed, org_key = (elided, elided_key) if party else elided_org(elided)
        if piece_key in _UNION_TITLES and org_key.endswith(("镇", "乡")):
            # (某镇人民代表大会选举甲为主席: the town congress's own 人大主席, no 镇主席)
            org_printed, org_key = org_printed + "人大", org_key + "人大"
        printed, piece_key = org_printed + printed, org_key + piece_key
    elif piece_org in _BARE_PARTY_UNITS:
        # 免去甲同志党委副书记、院长职务 after 任命乙为某医院副院长: the hospital's 党委 (after
        # 某党委组织部部长, the body above that 党委, if it is named: no 党委组织部党委秘书长)
        org_printed, org_key = elided_org(elided)
        unit = org_key.find(piece_org)
        if unit < 0 and (zone := _zone_of(org_key)) is not None and org_key.endswith(_ZONE_BODIES):
            unit = zone  # (…⏎乙任党工委委员 after 某开发区管委会: the zone's, beside it)
        if unit >= 0:
            org_printed, org_key = org_printed[:unit], org_key[:unit]
        elif piece_org == "党委" and (gov := _GOVERNMENT_END.search(org_key)):
            # (某自治区政府副主席甲升任党委副书记: the region's party committee; a government has none)
            org_printed, org_key = org_printed[: gov.start()], org_key[: gov.start()]
        printed, piece_key = org_printed + printed, org_key + piece_key
    elif piece_key.startswith(_BOARDS) and (company := _company_of(elided)):
        # 甲辞去公司董事长职务，同时辞去董事会某委员会委员职务: the board is the company's
        printed, piece_key = company + printed, to_key(company) + piece_key
    elif _organ_of_society(piece_key, elided):
        # 甲当选某作家协会主席，乙当选主席团委员: an organ of the society named before, not its place's
        printed, piece_key = elided + printed, elided_key + piece_key
    elif elided_key[:1] in "「“" and (n := _same_body_again(piece_key, elided_key[1:-1])):
        # 委任甲为「某某委员会」主席，并委任乙为委员会委员: the quoted body (its quotes kept, so that
        # its words are read as a name's)
        printed, piece_key = elided + printed[n:], elided_key + piece_key[n:]
    elif n := _same_body_again(piece_key, elided_key):
        # 委任甲为某规划委员会主席…再度委任乙为委员会副主席: the committee named before
        printed, piece_key = elided + printed[n:], elided_key + piece_key[n:]
    elif n := _court_over(piece_key, elided_key):
        # 任命甲为某县人民法院副院长，乙为执行局局长: the division is the court's, not its county's
        printed, piece_key = elided[:n] + printed, elided_key[:n] + piece_key
    elif n := _standing_committee_over(piece_key, elided_key):
        # 任命甲为某市人大常委会法制工作委员会主任，乙为预算工作委员会副主任: the committee's unit
        printed, piece_key = elided[:n] + printed, elided_key[:n] + piece_key
    elif n := _institution_over(piece_key, elided_key):
        # 某医院召开大会，宣布甲任医务部主任: the department is the institution's, not its city's
        printed, piece_key = elided[:n] + printed, elided_key[:n] + piece_key
    elif n := _department_of_elided(piece_key, elided_key):
        # 甲任某市财政局预算科科长，乙任国库科副科长: 乙's section is of that bureau too
        printed, piece_key = elided[:n] + printed, elided_key[:n] + piece_key
    elif place := _jurisdiction_for(piece_key, elided):
        # 任命A为某市发展和改革委员会主任，B为财政局局长: B's 财政局 is 某市's too
        printed, piece_key = place + printed, to_key(place) + piece_key
    elif not refers_back(piece_key) and (n := unit_sibling(piece_key, elided_key)):
        # (学院 / 研究所 alone refer back to the body named before, not a sibling of it: anaphora's)
        # 任命甲为某大学文学院院长，乙为理学院院长: 乙's 学院 is of that university too
        printed, piece_key = elided[:n] + printed, elided_key[:n] + piece_key
    return printed, piece_key


@dataclass(frozen=True, init=False)
class _Before:
    """What the post before in the same clause named: its body (without a party unit it ends with),
    the body above that body's committee, its party unit, and its title (each as printed and keyed)."""

    org: str
    org_key: str
    parent: str
    parent_key: str
    party: str
    party_key: str
    title_key: str

    def __init__(
        self,
        org: str = "",
        org_key: str = "",
        parent: str = "",
        parent_key: str = "",
        party: str = "",
        party_key: str = "",
        title_key: str = "",
    ) -> None:  # (written out: see PostMention)
        object.__setattr__(self, "org", org)
        object.__setattr__(self, "org_key", org_key)
        object.__setattr__(self, "parent", parent)
        object.__setattr__(self, "parent_key", parent_key)
        object.__setattr__(self, "party", party)
        object.__setattr__(self, "party_key", party_key)
        object.__setattr__(self, "title_key", title_key)


_NOTHING_BEFORE: Final = _Before()  # (a clause's first post: no post before it)


def _completed_from_previous(printed: str, piece_key: str, before: _Before) -> tuple[str, str]:
    """A post after another in the same clause (``printed`` and its ``piece_key``), completed with
    the body the post before named where it leaves its own out (某市委常委、副市长; 某大学文学院院长、
    理学院院长; 公司董事、总经理)."""
    prev_org, prev_org_key, prev_title_key = before.org, before.org_key, before.title_key
    parent_org, parent_org_key = before.parent, before.parent_key
    party_org, party_org_key = before.party, before.party_key
    if refers_back(piece_key):
        # 湘潭大学校长、该校党委书记: 该校 is the school just named (no unit of it); else anaphora's
        if n := named_before(piece_key, prev_org_key):
            printed, piece_key = prev_org + printed[n:], prev_org_key + piece_key[n:]
    elif (zone := _zone_of(prev_org_key)) is not None and piece_key.startswith(_ZONE_UNITS):
        # 某开发区管委会主任、党工委副书记 (and the other way round): the zone's two bodies side by side
        printed, piece_key = prev_org[:zone] + printed, prev_org_key[:zone] + piece_key
    elif (
        not parent_org_key and prev_org_key.endswith("委员会") and split_post(piece_key)[0].endswith("委员会")
    ):
        pass  # 审核委员会主席、提名委员会成员: committees side by side, of no body named
    elif n := unit_sibling(piece_key, prev_org_key):
        # 某大学文学院院长、理学院院长: units side by side under the body both belong to
        printed, piece_key = prev_org[:n] + printed, prev_org_key[:n] + piece_key
    elif _sibling(piece_key, prev_org_key) or _contracted_sibling(piece_key, prev_org_key, prev_title_key):
        # 环境局副局长、保安局副局长 / 民政局长、财政局长 (某市社会局长、劳动局长): bureaus side by
        # side, the place (if any) shared
        place = place_of(prev_org)
        if place and not piece_key.startswith(to_key(place)[:2]):
            printed, piece_key = place + printed, to_key(place) + piece_key
    elif n := _same_place(piece_key, prev_org_key):
        # 甘肃省委常委、省委组织部部长: the second 省委 is the same province's
        printed, piece_key = prev_org[:n] + printed[1:], prev_org_key[:n] + piece_key[1:]
    elif piece_key.startswith(_DISCIPLINE) and (m := _PARTY_COMMITTEE.search(prev_org_key)):
        # 某区委常委、纪委书记: the place's commission for discipline, not one inside the 区委
        printed, piece_key = prev_org[: m.start()] + printed, prev_org_key[: m.start()] + piece_key
    elif n := department_beside(piece_key, prev_org_key, prev_title_key):
        # 某医院医务科科长、护理部主任: the head of one department, then of another of the body
        printed, piece_key = prev_org[:n] + printed, prev_org_key[:n] + piece_key
    elif (unit := university_unit_beside(piece_key, prev_org_key)) is not None:
        # 某大学文学院院长、图书馆馆长: the library is the university's, beside its college
        printed, piece_key = prev_org[:unit] + printed, prev_org_key[:unit] + piece_key
    elif _continues(piece_key, prev_org_key):
        # (not a CPPCC's committee: 政协某市委员会主席、副主席 are both the CPPCC's)
        cppcc = "政协" in prev_org_key or "政治协商" in prev_org_key
        if _PREFECTURE_HEAD.match(piece_key) and prev_org_key.endswith("地委"):
            # 喀什地委副书记、行署专员: the prefecture's commissioner (喀什地区行署专员), not the party's
            cpc = len(prev_org_key) - len(prev_org_key.removeprefix("中共"))
            printed, piece_key = prev_org[cpc:-1] + "区" + printed, prev_org_key[cpc:-1] + "区" + piece_key
        elif (
            _GOVERNMENT_HEAD.match(piece_key)
            and not cppcc
            and (m := _party_committee_in(prev_org_key, piece_key))
        ):
            # X市委常委、副市长: the government title is the jurisdiction's, not the party's
            cpc = len(prev_org_key) - len(prev_org_key.removeprefix("中共"))
            level = piece_key.removeprefix("常务").removeprefix("副")[:1]
            # (中共滑县县委, 中共某县县委: the place, then its committee 县委; no 滑县县)
            end = m.start() - (prev_org_key[m.start() - 2 : m.start()] == level * 2)
            if prev_org_key[cpc:end] != level:  # 区委副书记、(副)区长: no 区区长
                printed = prev_org[cpc:end] + printed
                piece_key = prev_org_key[cpc:end] + piece_key
        elif unit_head_after_its_party(piece_key, prev_org):
            # 中共某学院委员会委员、副书记、院长: the head's title is the college's, not its party's
            org_printed, org_key = elided_org(prev_org)
            printed, piece_key = org_printed + printed, org_key + piece_key
        elif _COMPANY_OFFICER.fullmatch(piece_key) and 0 < len(company := _company_of(prev_org)) < len(
            prev_org
        ):
            # 公司第三届董事会董事、总经理: the officer is the company's, not its board's (or its term's)
            printed, piece_key = company + printed, to_key(company) + piece_key
        elif (
            (termed := _TERMED_BOARD.search(prev_org_key))
            and termed.end() == len(prev_org_key)
            and _BOARD_OFFICER.fullmatch(piece_key)
        ):
            # 辞去(公司)第四届董事会董事、董事长、总裁: the chairman and the officers are the company's
            # (公司 if it is named back), the board's term no part of their posts
            company = prev_org[: termed.start()] or "公司"
            printed, piece_key = company + printed, to_key(company) + piece_key
        elif _COURT_LEVEL.match(piece_key) and (court := _court_end(prev_org_key)):
            # 某法院民事审判第一庭庭长、审判员: a judge is the court's, not the division's
            printed, piece_key = prev_org[:court] + printed, prev_org_key[:court] + piece_key
        elif (
            parent_org
            and split_post(piece_key)[0].endswith("委员会")
            and not piece_key.startswith("常务")
            and not (
                prev_org_key.endswith(_STANDING_COMMITTEES)
                and _STANDING_COMMITTEES_OWN.search(split_post(piece_key)[0])
            )
        ):
            # a sibling committee (a standing committee is the committee's own)
            parent, parent_key = parent_org, parent_org_key
            if piece_key.startswith("管理委员会") and parent_key.startswith("中共"):
                parent, parent_key = parent[2:], parent_key[2:]  # the zone's government, not the party's
            kept = _kept_before(parent_key, piece_key)  # 董事会某委员会委员、董事会另一委员会委员
            printed = parent[:kept] + printed
            piece_key = parent_key[:kept] + piece_key
        elif party_org and _PARTY_DEPARTMENT.match(piece_key):
            # 某自治区党委常委、宣传部部长: the party committee's department, not the region's
            cut = _overlap(party_org_key, piece_key)
            printed = party_org[: len(party_org) - cut] + printed
            piece_key = party_org_key[: len(party_org_key) - cut] + piece_key
        elif party_org and piece_key in _PARTY_TITLES:
            # 某大学党委书记、常委、委员 (or 党委常委、党委委员): the party titles stay the 党委's
            cut = _overlap(party_org_key, piece_key)
            printed = party_org[: len(party_org) - cut] + printed
            piece_key = party_org_key[: len(party_org_key) - cut] + piece_key
        elif (
            (board := prev_org_key.find("董事会")) >= 0
            and not prev_org_key.endswith("董事会")
            and piece_key not in _COMMITTEE_ROLES
            and "董事" not in piece_key
        ):
            # 公司董事、董事会战略委员会委员及行长: an officer's title is the company's
            printed, piece_key = prev_org[:board] + printed, prev_org_key[:board] + piece_key
        elif prev_org_key.endswith("常务委员会") and piece_key in _PARTY_SECRETARY:
            # 中共某市委员会委员、常务委员会委员、书记: the secretary is the committee's
            printed, piece_key = prev_org[:-5] + printed, prev_org_key[:-5] + piece_key
        elif (gov := _GOVERNMENT_END.search(prev_org_key)) and _a_department(split_post(piece_key)[0]):
            # 某县人民政府副县长兼公安局局长: the county's bureau, not its government's
            printed, piece_key = (
                prev_org[: -len(gov.group())] + printed,
                prev_org_key[: gov.start()] + piece_key,
            )
        elif piece_key.startswith(_BOARDS) and 0 < len(company := _company_of(prev_org)) < len(prev_org):
            # 公司第四届董事会独立董事及董事会审计委员会主任委员: the company's board as printed, its
            # term not carried over
            printed, piece_key = company + printed, to_key(company) + piece_key
        else:
            # 公司董事会董事、董事会战略委员会委员: the body the piece names again is not doubled
            kept = _kept_before(prev_org_key, piece_key)
            printed = prev_org[:kept] + printed
            piece_key = prev_org_key[:kept] + piece_key
    return printed, piece_key


def _kept_before(org_key: str, piece_key: str) -> int:
    """How much of the body before a post that names part of it again (董事会…) the post takes: all
    but the words it repeats, and none of a board's term (第十一届董事会独立董事、董事会提名委员会主任委员:
    the board the item names, not its term)."""
    cut = _overlap(org_key, piece_key)
    kept = len(org_key) - cut
    if cut and (term := _TERM_AT_END.search(org_key, 0, kept)):
        return term.start()
    return kept


def _joined_lead(piece_key: str) -> int:
    """How many characters before a post join it to the one before (并, 兼任, 兼) or are page noise."""
    # (续任并兼代理某会主委: 并 joins the concurrent post to the one before)
    # (兼职副主席, 兼职督学: a part-time post's own word, not 兼 joining it)
    joined = piece_key.removeprefix("并")
    joined = joined if joined.startswith("兼职") else joined.removeprefix("兼任").removeprefix("兼")
    lead = len(piece_key) - len(joined)
    if piece_key[:1].isascii() and (noise := _LATIN_LEAD.match(piece_key)):  # page noise: bttvb某代表
        lead = noise.end()
    return lead


# The body a resigning director held his posts in, before them (其于公司担任的主席: 公司主席).
_HELD_IN_BODY: Final = re.compile(
    r"其?(?:于|在)(?P<body>本?公司|本集团|本行|该行|该公司)(?:所)?(?:担任|出任)的"
)


def _lead_words(piece_key: str, lead: int) -> int:
    """Where the post of a piece starts: after ``lead`` and the words before it that are no part of
    it (决定为, 新任, 其, how it is held, a caption's words)."""
    if piece_key.startswith(("决定为", "决定其为")):  # 任命甲为某区副区长、决定(其)为代理区长: the
        lead = 3 if piece_key[2] == "为" else 4  # second post
    elif piece_key.startswith(("新任", "所任")) and len(piece_key) > 3:  # 当选新任董事长, 辞去所任…
        lead = 2
    elif piece_key.startswith(("新一任", "新一届")) and len(piece_key) > 4:  # 委任甲为新一任主席
        lead = 3  # (the holder's turn, or the body's term: 当选新一届立法会主席)
    elif piece_key.startswith("其") and len(piece_key) > 3 and piece_key[1] not in "中他余它":
        # (甲另有任用，免去其X职务: whose; 其中, 其他 are words of their own)
        lead = 1
    elif (
        piece_key[:1] in _HELD_AS_FIRST
        and (held := _HELD_AS.match(piece_key))
        and len(piece_key) > held.end() + 2
    ):
        lead = held.end()  # 其担任的某委员职务相应终止, 免去甲挂职的某局副局长职务: how it is held
    elif piece_key.startswith("新") and (piece_key[1:] in _MEMBERS or _bare_title(piece_key[1:])):
        lead = 1  # 并委任乙为新成员, 获委任为新校董: a member, a bare title
    elif (
        _may_open_with_no_part(piece_key, lead)
        and (words := _NO_PART_BEFORE.match(piece_key, lead).end()) > lead
        and len(piece_key) > words + 2
    ):
        lead = words  # (右图为外交部长, 而负责某工作的市委书记: a caption's, a clause's words)
    return lead


def _may_open_with_no_part(key: str, at: int) -> bool:
    """Whether a _NO_PART_BEFORE match at ``at`` may be more than empty (see _NO_PART_FIRST)."""
    first = key[at : at + 1]
    if first in _NO_PART_FIRST or first.isdecimal():
        return True
    return any(key.find(word, at, at + _NO_PART_REACH) >= 0 for word in _NO_PART_WORDS)


# Orders or a list made public, run into a post by a headline's gap (某部发布将级人事　某司令): no body.
_ORDERS_PUBLISHED: Final = re.compile(r"(?:发布|宣布|公布)[^,;。]{0,12}?(?:人事|命令|名单)")


def _no_post(piece_key: str, org_key: str, title_key: str) -> bool:
    """Whether a piece that ends with a title is still no post: a working group's role, a sitting's,
    duties done in a chair's stead, a judge's grade, or a clause read as an organisation."""
    if not org_key and not _BARE_TITLE.match(title_key) and title_key not in _POSTS_ALONE:
        # 组长, 委员 with no organisation: a working group's member, not a post (but 县长助理: an
        # assistant to the place's head, a post of its government)
        return not _HEAD_ASSISTANT.fullmatch(title_key)
    if "会" in org_key and _MEETING.search(org_key):  # (both of its words hold 会)
        return True  # 大会执行主席, 某届三次会议主席团成员: a role in a session, no post
    if piece_key.startswith("履行"):
        return True  # 推举董事甲代为履行董事长职务: duties done in the chair's stead, no post
    if org_key.startswith(("相关", "有关")):
        return True  # 甲、乙等5人分别担任相关支部的书记: which units, the text does not say
    if _ORDERS_PUBLISHED.search(org_key):
        return True  # 国防部发布7月1日将级人事　陆军司令由甲接任 (a headline): a clause, not a body's name
    if piece_key.endswith("主席团常务主席"):
        return True  # 推选甲、乙为主席团常务主席: a session's presidium, its standing chairs no post
    if (
        "官" in title_key
        and _JUDICIAL_GRADE.fullmatch(title_key)
        and not (org_key.endswith(_COURTS) and title_key in _JUDGES)
    ):
        return True  # 晋升为一级高级法官: a judge's grade, no post (某法院法官 is one)
    # (了5年多的母校校长, 今天卸任院长甲和院长: a clause read as a post, not a post; a body's name
    # set in quotes is a name whatever its words: 「前任行政长官及政治委任官员离职后工作谘询委员会」)
    return bool(org_key) and not _QUOTED_BODY.fullmatch(org_key) and _clause_in_org(org_key)


# A body's name set in quotes, and the short name and 的 a release may print after it
# (「某某委员会」(委员会)的成员).
_QUOTED_BODY: Final = re.compile(r"「[^」]+」(?:\([^()]{1,12}\))?的?|“[^”]+”(?:\([^()]{1,12}\))?的?")


# A minister's titles (部长, 副部长, 部长助理): a ministry's (部) alone.
_MINISTER: Final = re.compile(r"副?部长")

# A judge's or procurator's grade (一级高级法官, 四级检察官, 大法官): a rank, not a post.
_JUDICIAL_GRADE: Final = re.compile(r"(?:[一二三四五]级|首席)?(?:高级|大)?(?:法官|检察官)")
# (a court's or a procuratorate's own: 区域法院法官, 区域法院首席法官, Hong Kong, Macao)
_JUDGES: Final = ("法官", "检察官", "首席法官", "首席检察官")
_COURTS: Final = ("法院", "检察院", "法庭", "检察署")

# A civil servant's graded rank since 2019 (一级主任科员, 四级调研员, 二级巡视员): no post; and its grade
# as split_post leaves it at the end of the organisation (某局一级 | 主任科员).
_GRADED_RANK: Final = re.compile(r"[一二三四]级(?:主任科员|调研员|巡视员|科员)$")
_GRADE_AT_END: Final = re.compile(r"[一二三四]级$")


def is_graded_rank(post: PostMention) -> bool:
    """Whether ``post`` is a civil servant's graded rank (某局一级主任科员), which gives no event
    (the reading keeps it: a clause after it may go on from it, 某局一级调研员，兼办公室主任)."""
    return ("级" in post.post or "級" in post.post) and _GRADED_RANK.search(to_key(post.post)) is not None


# A session as the body of a title (大会执行主席, 县政协十届三次会议主席团常务主席): its roles end
# with it (a congress itself, 人民代表大会, is a body: 大会 is its whole name's end only there).
_MEETING: Final = re.compile(r"(?:^|次)(?:大会|会议)(?:主席团|执行)?$")

# A company's boards (董事会, 监事会) and what ends a company's name.
_BOARDS: Final = ("董事会", "监事会")
# A company's officers (not its board's members): 总经理, 副总裁, 财务总监, 首席执行官.
_COMPANY_OFFICER: Final = re.compile(
    r"(?:常务)?副?(?:总经理|总裁|行长)|财务总监|财务负责人|总会计师|总工程师|首席[\u4e00-\u9fff]{1,4}官"
)
# A company's chairman and officers (the company's titles, not its board's term's: 董事长, 总裁).
_BOARD_OFFICER: Final = re.compile(rf"(?:副)?董事长|监事会主席|{_COMPANY_OFFICER.pattern}")
# A company board's members and officers by a bare title (职工董事, 职工代表监事, 独立董事, 副总经理).
_BOARD_MEMBER: Final = re.compile(
    rf"(?:职工(?:代表)?|独立|非执行|执行)?(?:董事|监事)|{_BOARD_OFFICER.pattern}"
)
# A term's ordinal (第十二届), as a pattern with no groups to be part of others.
TERM: Final = r"第[一二三四五六七八九十\d]{1,4}届"
# A board named by its term alone (第四届董事会).
_TERMED_BOARD: Final = re.compile(TERM + "(?:董事会|监事会)")
_TERM_AT_END: Final = re.compile(f"{TERM}$")
_TERM_OPENING: Final = re.compile(TERM)
COMPANY_ENDS: Final = ("公司", "集团", "银行")


def _company_of(org: str) -> str:
    """The company ``org`` (as printed) is or belongs to (某公司董事会 -> 某公司); '' if none."""
    key = to_key(org)
    board = min((i for i in (key.find(b) for b in _BOARDS) if i > 0), default=-1)
    if board > 0:  # (公司第三届董事会: the board's term is no part of the company)
        term = _TERM_AT_END.search(key, 0, board)
        return org[: board - len(term.group())] if term else org[:board]
    return org if key.endswith(COMPANY_ENDS) else ""


_AGE: Final = re.compile(r"\d{2}岁(?:的)?")


def _before_unopened_close(piece_key: str) -> int:
    """Where a closing bracket that opens nowhere in ``piece_key`` stands (the end of an aside the
    post was written in), or the piece's length."""
    depth = 0
    for at, ch in enumerate(piece_key):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if not depth:
                return at
            depth -= 1
    return len(piece_key)


# What may follow a body's 领导班子 in a post: its members, or a bare title (主席, 副主席).
_TEAMS_TITLE: Final = re.compile(r"成员|副?(?:主席|书记|主任|会长|院长|校长|局长|部长|主委|秘书长)")


# What a deputy is in charge of, told before his title (某局分管安全的副局长, 分管日常工作的副主任).
DUTY_OF_THE_HOLDER: Final = re.compile(r"(?:分管|主管)[\u4e00-\u9fff]{1,10}?的")
_TITLE_AFTER_DUTY: Final = 6  # (the title after it, the post's end: 副局长, 常务副主任)


def _not_of_the_post(piece_key: str) -> tuple[int, int] | None:
    """(offset, length) of the words inside a post that are no part of it: the term or the holder's
    turn (学院新一届党委委员, 我校新一任校长, 某市新任市长), the holder's age (某行57岁行长), a body's
    committee set up under it (董事会下设的战略委员会), its leaders as a team (某总工会领导班子成员:
    the members are the body's), a deputy's charge (某局分管安全的副局长), or None."""
    plain = "新" not in piece_key and "岁" not in piece_key and "班子" not in piece_key
    if plain and "下设" not in piece_key and "管" not in piece_key:
        return None  # (most posts: every word below holds one of these)
    duty = DUTY_OF_THE_HOLDER.search(piece_key) if "管" in piece_key else None
    if duty and 0 < len(piece_key) - duty.end() <= _TITLE_AFTER_DUTY:
        return duty.start(), len(duty.group())  # 某局分管安全的副局长: the holder's charge, no part of it
    for word in ("新一届", "新一任", "下设的"):
        if (at := piece_key.find(word)) > 0:
            return at, len(word)
    if (at := piece_key.find("下设")) > 1 and piece_key.endswith(_BOARDS, 0, at):
        return at, 2  # 董事会下设薪酬与考核委员会主任委员: the board's committee, 下设 no part of it
    # (a team before its members or a bare title only: not 某县领导班子建设办公室主任, a unit's name)
    if (at := piece_key.find("领导班子")) > 0 and _TEAMS_TITLE.fullmatch(piece_key, at + 4):
        return at, 4
    if "岁" in piece_key and (age := _AGE.search(piece_key)):
        return age.start(), len(age.group())
    if (at := piece_key.rfind("新")) > 0 and _A_MEMBER.fullmatch(piece_key, at + 1):  # 某委员会新成员
        return at, 1  # (某管理局新非执行董事, 某局新非官方成员)
    at = piece_key.find("新任")  # only before a title: 某市新任市长, 某部新任新闻发言人 (not 新任务)
    return (
        (at, 2)
        if at > 0 and piece_key[at + 2 : at + 3] != "务" and ends_with_title(piece_key[at + 2 :])
        else None
    )


def _short_form_gloss(piece_key: str) -> tuple[int, int] | None:
    """The span of a bracket after an organisation that only glosses its short form (市招生考试委员会
    办公室(市招办): every character of the gloss in the name before it, in order), or None."""
    m = _BRACKETED_WORD.search(piece_key)
    if not m or m.start() < 4:
        return None
    rest = iter(piece_key[: m.start()])
    return m.span() if all(ch in rest for ch in m.group(1)) else None


def _overlap(org_key: str, piece_key: str) -> int:
    """How many characters the end of ``org_key`` shares with the start of ``piece_key`` when
    that is a body's whole name (董事会, 党委, 委员会), 0 otherwise."""
    for word in _REPEATED_BODIES:
        if org_key.endswith(word) and piece_key.startswith(word) and len(piece_key) >= len(word) + 2:
            return len(word)
    return 0


def _sender(org: str) -> str:
    """The body that stations the previous post's holder (中华人民共和国 of 中华人民共和国驻某国), or ''."""
    at = to_key(org).find("驻")
    return org[:at] if at >= 2 else ""


def _court_end(org_key: str) -> int:
    """Where the court or procuratorate a division belongs to ends in ``org_key`` (某法院刑事庭
    -> after 法院); 0 when the organisation is no division of one."""
    for court in ("法院", "检察院"):
        at = org_key.rfind(court)
        if at > 0 and at + len(court) < len(org_key):
            end = at + len(court)
            # a branch is a court of its own (某省人民检察院某铁路运输分院检察长、检察员)
            if branch := _COURT_BRANCH.match(org_key, end):
                return branch.end() if branch.end() < len(org_key) else 0
            return end
    return 0


def _town_again(piece_key: str, org_key: str) -> tuple[int, int] | None:
    """For a post opening with 该镇 / 该乡 / 该街道: (the length of ``org_key`` through the town it
    names, the length of the back-reference), or None when it names none."""
    if not piece_key.startswith("该"):
        return None
    word = next((w for w in _TOWN_WORDS if piece_key.startswith(w, 1)), "")
    if not word or len(piece_key) < len(word) + 3:
        return None
    at = org_key.rfind(word)
    end = at + len(word)
    if at < 2 or (end < len(org_key) and org_key[end] not in _AFTER_A_TOWN):
        return None  # (某县乡村振兴局 names no 乡)
    if "驻" in org_key[:at]:
        return None  # (某县纪委监委驻甲镇纪检监察组: an office stationed there, not the town's body)
    return end, 1 + len(word)


_TOWN_WORDS: Final = ("街道", "镇", "乡")
_AFTER_A_TOWN: Final = frozenset("党人政纪监办工委")  # (某镇党委, 某镇人民政府, 某街道办事处, 某街道工委)


# A court's or a procuratorate's own divisions (立案庭, 刑事审判第一庭, 执行局, 第三检察部, 政治部).
# (only bare offices: 财政局办公室, 人大常委会办公室 are other bodies')
_COURT_DIVISION: Final = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?<![局委会办])庭|[\u4e00-\u9fff]{0,6}检察部"
    r"|执行局|检察室|政治部|办公室|研究室|审判管理办公室|法警[支大]?队"
)


_PLACE_LEVELS: Final = frozenset("省市县区州旗镇乡")


def _court_over(piece_key: str, elided_key: str) -> int:
    """The length of the court or procuratorate the previous post's organisation names, for a post of
    one of its divisions named bare (执行局局长, 第三检察部主任 after 某县人民法院副院长); 0 if none."""
    org = split_post(piece_key)[0]
    if not org or refers_back(org) or not _COURT_DIVISION.fullmatch(org):
        return 0  # (该院立案庭: the back-reference names the court itself, completed by anaphora's rules)
    if "政府" in org or any(ch in _PLACE_LEVELS for ch in org):
        return 0  # (某县人民政府办公室: a body of a place, named with it)
    return _court_end(elided_key) or (len(elided_key) if elided_key.endswith(("法院", "检察院")) else 0)


def _standing_committee_over(piece_key: str, elided_key: str) -> int:
    """The length up to the standing committee of a people's congress the previous post's
    organisation names, for a post of one of its own units named bare (预算工作委员会副主任,
    研究室主任 after 某市人大常委会法制工作委员会主任); 0 if none."""
    org = split_post(piece_key)[0]
    if not org or any(ch in _PLACE_LEVELS for ch in org):
        return 0
    if org not in _STANDING_COMMITTEES_OFFICES and not _STANDING_COMMITTEES_OWN.search(org):
        return 0
    m = _STANDING_COMMITTEE.search(elided_key)
    return m.end() if m and m.end() < len(elided_key) else 0


# A people's congress's standing committee, and its offices (its committees: _STANDING_COMMITTEES_OWN).
_STANDING_COMMITTEE: Final = re.compile("|".join(_STANDING_COMMITTEES))
_STANDING_COMMITTEES_OFFICES: Final = frozenset({"办公室", "研究室", "办公厅", "代表联络处"})


# A body named again by its kind alone (委员会副主席, 该委员会委员) after its full name.
_BODY_AGAIN: Final = re.compile(r"该?(常务委员会|常委会|委员会|理事会|基金会|协会|学会|领导小组)")


# A society's organs (its presidium, its board and its standing members) and how societies end.
_SOCIETY_ORGANS: Final = frozenset({"主席团", "理事会", "常务理事会", "监事会", "常务"})
SOCIETY_ENDS: Final = (
    "协会",
    "学会",
    "联合会",
    "商会",
    "文联",
    "科协",
    "侨联",
    "工商联",
    "总工会",
    "促进会",
    "研究会",
    "红十字会",
    "慈善总会",  # (某市慈善总会, 某县慈善会: a charity federation)
    "慈善会",
    "基金会",
    "校友会",  # (某大学某地校友会, 某校友分会: alumni associations elect their officers too)
    "校友分会",
    "联谊会",
    "分会",  # (某医学会心血管病学分会, 某协会某专业分会: a society's branch elects its own officers)
)


def _organ_of_society(piece_key: str, elided: str) -> bool:
    """Whether ``piece_key`` is a title in an organ of the society ``elided`` names (主席团委员,
    常务理事 after 某作家协会)."""
    organ = split_post(piece_key)[0]
    if organ.startswith("第") and (term := _TERM_OPENING.match(organ)):
        organ = organ[term.end() :]  # (甲当选第八届理事会会长 after 某道教协会: the society's organ)
    return organ in _SOCIETY_ORGANS and to_key(elided).endswith(SOCIETY_ENDS)


def _same_body_again(piece_key: str, elided_key: str) -> int:
    """The length of a post's lead that names the previous post's body by its kind alone
    (委员会 after 某规划委员会); 0 if the post names a body of its own."""
    m = _BODY_AGAIN.match(piece_key)
    if m is None or len(split_post(piece_key)[0]) != m.end() or len(elided_key) <= len(m[1]):
        return 0
    return m.end() if elided_key.endswith(m[1]) else 0


# A party or congress body named by its level alone (省委, 市纪委, 县人大常委会): of the place the post
# before named. (Not 省政府: a government so named would carry its place into the clauses after.)
_LEVEL_BODY: Final = re.compile(r"^([省市县区州])(?:委|人大|政协|纪委|监委)")


def _same_place(piece_key: str, prev_org_key: str) -> int:
    """The length of the place (its level included) the previous organisation names, for a post
    whose body is named by the same level alone (省委 after 甘肃省委); 0 if none."""
    m = _LEVEL_BODY.match(piece_key)
    if m is None:
        return 0
    at = prev_org_key.find(m[1])
    # (after 某市纪委书记 the previous body is the place itself: 某市, its 纪委 a party unit cut off)
    after = prev_org_key[at + 1 : at + 2]
    return at + 1 if 2 <= at <= 8 and after in ("委", "人", "纪", "监", "政", "") else 0


def _institution_over(piece_key: str, elided_key: str) -> int:
    """The length of the institution (a hospital, a university, a company) the previous post's
    organisation names, for a post of one of its departments (医务部主任, 财务处处长); 0 if none."""
    org = split_post(piece_key)[0]
    if not org.endswith(_DEPARTMENTS) or len(org) > _LONGEST_DEPARTMENT or org[:1] in "省市县区州镇乡":
        return 0
    named = _INSTITUTION.match(org) or _OWN_ORG.match(org) or known_place_at(org)
    if named or refers_back(org) or org in _MINISTRIES:
        return 0  # 某集团有限公司审计部, 本院财务处, 教育部: the post names its body already
    m = _INSTITUTION.search(elided_key)
    if m and org.endswith(_UNIVERSITY_UNITS) and college_of_a_university(m.group()):
        return 0  # 甲任机电工程学院院长；乙任教务处副处长: the 处 is the university's, not the college's
    return m.end() if m and m.end() >= 4 else 0


# A university's units beside its colleges, none inside one (教务处, 公共体育部, 分析测试中心, 图书馆).
_UNIVERSITY_UNITS: Final = ("处", "部", "中心", "馆", "研究院")


def university_unit_beside(piece_key: str, prev_org_key: str) -> int | None:
    """For a post of a university's unit (处, 部, 中心, 馆) after a post of one of its colleges: how
    much of the college's organisation is the university's (某大学文学院院长、图书馆馆长: 某大学; 机电
    工程学院院长、分析测试中心主任: none printed, 0); None when the posts are no such pair."""
    org = split_post(piece_key)[0]
    if len(org) < 3 or not org.endswith(_UNIVERSITY_UNITS) or not prev_org_key.endswith("学院"):
        return None
    at = prev_org_key.rfind("大学") + 2 if "大学" in prev_org_key[:-2] else 0
    return at if college_of_a_university(prev_org_key[at:]) else None


# A ministry by its short name (财政部, 经济部, 国防部, 卫生福利部): one of its own beside another.
# (not a party committee's department: 市委宣传部部长、统战部部长 are the same 市委's)
_SHORT_MINISTRY: Final = re.compile(r"(?:(?!委)[\u4e00-\u9fff]){2,4}部")
# The State Council's ministries by their usual names: no institution's department (调任教育部副部长).
_MINISTRIES: Final = frozenset(
    {"教育部", "外交部", "国防部", "公安部", "民政部", "司法部", "财政部", "商务部", "文化部", "水利部"}
    | {"农业部", "科技部", "工信部", "住建部", "交通部", "卫生部", "铁道部", "监察部", "审计署", "人社部"}
    | {"自然资源部", "生态环境部", "应急管理部", "退役军人事务部", "国家安全部", "文化和旅游部"}
)
# An institution's name (its last such word) and the units inside one.
_INSTITUTION: Final = re.compile(r".*(?:医院|大学|学院|学校|公司|集团|银行|研究院|研究所)")
_DEPARTMENTS: Final = ("科", "处", "部", "室", "中心")
_LONGEST_DEPARTMENT: Final = 10


# The last characters of a short name opening with 中 that a place's own unit has (中医院, 中学, 中心,
# 中队, 中山市): no central company's.
_LOCAL_UNIT_ENDS: Final = frozenset("院学心队市县区镇乡州所站")


def _jurisdiction_for(piece_key: str, elided: str) -> str:
    """The place (as printed) the previous post's organisation names, for a post whose department
    names none (财政局局长 after 某市发展和改革委员会主任); '' when either does not hold. A party
    committee's officer after it is the committee's own (…支部委员会书记，乙当选为组织委员)."""
    if piece_key in _COMMITTEE_OFFICERS and to_key(elided).endswith(_PARTY_COMMITTEES):
        return elided
    if piece_key.startswith("常务委员会") and to_key(elided).endswith("委员会"):
        return elided  # 某县第N届委员会书记…，常务委员会委员: the committee's own standing committee
    if _BARE_TITLE.match(piece_key) and (at := (elided_key := to_key(elided)).rfind(piece_key[-2])) >= 0:
        # 某镇人大主席张三，镇长李四: the head of that same place (of its government, if named);
        # 县人民政府县长甲，副县长乙: of the government the list names by its level alone
        government = next((g for g in ("人民政府", "政府") if elided_key.startswith(g, at + 1)), "")
        if at >= 2 or (at == 0 and government):
            return elided[: at + 1 + len(government)]
    if piece_key.startswith(_NATIONAL) or _MINISTRY.match(piece_key):
        return ""  # 某省长甲调任中央某部部长, 某市消防局…转任内政部…: a national body belongs to no place
    org = split_post(piece_key)[0]
    if _OWN_ORG.match(piece_key) or not org or refers_back(piece_key):
        return ""  # 该校校长 is completed from the text's school, not from a place
    if org.endswith(_REGISTERED_COMPANY):
        return ""  # 某环境科技股份有限公司董事: a joint-stock company's name is whole as printed
    if org[:1] == "中" and 3 <= len(org) <= 4 and org[-1] not in _LOCAL_UNIT_ENDS:
        return ""  # 中石油董事长 after 天津市委常委: a central company's short name, of no place
    if to_key(elided).startswith(_NATIONAL):
        return ""  # 国家市场监督管理总局 names no place (国家市 is none)
    m = _JURISDICTION.match(to_key(elided))  # (asked only of a post that names no place of its own)
    place = m.group().removeprefix("中共") if m else ""  # (某开发区管委会 after 中共某开发区工委)
    if place in ("政府", "人民政府"):
        return ""  # (破产管理署署长 after 政府飞行服务队总监: Hong Kong's 政府 names no place)
    if not m or m.end() == len(elided) or piece_key.startswith(place[:2]) or known_place_at(piece_key):
        return ""  # 上海电力大学 after 上海市…, 阿拉善盟审计局 after 某市…: the post names its place already
    if known_place_bare_at(piece_key):
        return ""  # 杭州铁路运输中级法院 after 浙江省…: so does a body named by its city without 市
    # (某街道办事处副主任 after 中共某县某街道工作委员会副书记: the place, not the party's 中共)
    return elided[len(m.group()) - len(place) : m.end()]


# The officers a party committee (a branch's too) elects from its members, and how such a committee's
# name ends.
_COMMITTEE_OFFICERS: Final = frozenset(
    {"组织委员", "宣传委员", "纪检委员", "统战委员", "青年委员", "保密委员"}
)
_PARTY_COMMITTEES: Final = ("委员会", "党支部", "党总支", "党委")
# A government's name's end, and the ends of its departments' names (a bureau, a commission).
_GOVERNMENT_END: Final = re.compile("(?:人民政府|政府)$")
_BUREAU_ENDS: Final = ("局", "厅", "委员会")


def _a_department(org_key: str) -> bool:
    """Whether ``org_key`` is a government's department of its place (公安局, 卫生健康委员会), not its
    own office (办公厅, 办公室: 某省政府副秘书长、办公厅主任 is the government's)."""
    return org_key.endswith(_BUREAU_ENDS) and not org_key.endswith("办公厅")


# How a joint-stock company's name ends: it carries a trade name of its own, whole whatever place
# the list named before (a local company, 交通投资有限公司 after 某县交通运输局, is the place's).
_REGISTERED_COMPANY: Final = ("股份有限公司",)


def elided_org(org: str) -> tuple[str, str]:
    """(printed, key) of the organisation a later bare title in the list belongs to: ``org``
    without a party unit at its end (某公司党组 -> 某公司)."""
    key = to_key(org)
    if unit := _UNIT_PARTY_COMMITTEE.match(key):  # 中共某学院委员会 -> 某学院
        return org[2 : unit.end(1)], unit.group(1)
    cut = len(key) - len(_PARTY_UNIT.sub("", key)) if key.endswith(_PARTY_UNIT_ENDS) else 0
    return org[: len(org) - cut], key[: len(key) - cut]


def _bare_title(key: str) -> bool:
    """Whether ``key`` is a title and nothing else (校董, 副校长), no organisation before it."""
    return ends_with_title(key) and not split_post(key)[0]


def heads_a_place(title: str) -> bool:
    """Whether ``title`` heads a place's government (县长, 副市长, 代理乡长): never a department's."""
    return _PLACE_HEAD.match(to_key(title)) is not None


def unit_head_after_its_party(title_key: str, org: str) -> bool:
    """Whether a bare head's title (院长) follows posts in the unit's party committee (中共某学院
    委员会副书记，院长): it is the unit's."""
    return _UNIT_HEAD.match(title_key) is not None and _UNIT_PARTY_COMMITTEE.match(to_key(org)) is not None


def _committee_cut(org_key: str) -> int:
    """Where the body a committee (or a standing committee's office) belongs to ends (董事会战略委员会
    -> after 董事会; 中共某开发区工作委员会 -> after 某开发区, 中共某公司委员会 -> after 某公司; 某人大常委会
    某工作室 -> after 常委会); 0 if none."""
    if org_key.endswith(("工作室", "办公室")) and (at := org_key.rfind("常委会")) > 0:
        return at + 3  # 某区人大常委会人事代表工作室主任、内务司法工作委员会副主任: the 常委会's
    if org_key.endswith(_STANDING_COMMITTEES):
        # 某人大常委会委员、内务司法委员会主任委员: a congress's special committee is the congress's
        return len(org_key) - (3 if org_key.endswith("常委会") else 5)
    if not org_key.endswith("委员会"):
        return 0
    if "政协" in org_key or "政治协商会议" in org_key:
        # 某政协第N届委员会常委、文史委员会主任: the special committee is that 委员会's; after one of its
        # special committees (政协某市委员会文史委员会主任、提案委员会副主任, 市政协社会和法制委员会副主任、
        # 农业和农村委员会委员), another is the CPPCC's own, beside it
        if org_key.count("委员会") >= 2:
            return org_key.find("委员会") + 3
        cppcc = org_key.find("政协") + 2
        named = org_key[cppcc:-3]
        if (
            cppcc >= 2
            and named
            and not named.endswith(tuple("省市县区州旗盟国届"))
            and "政治协商" not in org_key
        ):
            return cppcc
        return len(org_key)
    if (at := org_key.rfind("会", 0, len(org_key) - 3) + 1) > 0:
        return at
    at = len(org_key) - len(_OWN_COMMITTEE.search(org_key).group())
    if org_key.endswith(_COMMITTEE_HOLDER_ENDS, 0, at):
        return at  # 中共某县委员会, 中共某开发区工作委员会: the place's or zone's
    # (某公司提名委员会: the company's; 审核委员会 alone: a committee of its function, of no body named)
    return max((m.end() for m in _COMMITTEE_HOLDER.finditer(org_key, 0, at)), default=0)


# A congress standing committee's own bodies (某人大常委会法制工作委员会, 代表资格审查委员会): they stay
# the standing committee's.
_STANDING_COMMITTEES_OWN: Final = re.compile(r"工作委员会$|代表资格审查委员会$")

# The committee word at the end of a body's own (party) committee: 中共某区工作委员会.
_OWN_COMMITTEE: Final = re.compile(r"(?:工作|党)?委员会$")
# What the name of a body holding a committee ends with (某公司, 某县, 某大学): its committees of a
# function (提名委员会, 学术委员会) are named after it.
_COMMITTEE_HOLDER_ENDS: Final = (
    "公司",
    "集团",
    "银行",
    "大学",
    "学院",
    "医院",
    "政府",
    "中心",
    *"省市县区乡镇州旗盟府局厅部院所社行校",
)
_COMMITTEE_HOLDER: Final = re.compile(f"(?:{'|'.join(_COMMITTEE_HOLDER_ENDS)})")


# What a place's or its government's name ends with (某县, 某县人民政府): a head's title follows it whole.
_PLACE_OR_GOVERNMENT_ENDS: Final = tuple("省市县区乡镇州旗盟府")


def _as_written(post: PostMention) -> PostMention:
    """A post as the conventions write it: 代理某市人民政府市长 -> 某市人民政府代理市长 (代理 stays in
    the title, after the organisation); 「某委员会」(委员会)的主席 -> 某委员会主席."""
    org, title = _unquoted(post.org), post.title
    if org.startswith("代理") and len(org) > 2:
        org, title = org[2:], "代理" + title
        own_end = to_key(org).endswith(_PLACE_OR_GOVERNMENT_ENDS)  # (溪口鎮 too)
        if heads_a_place(post.title) and len(org) <= 4 and not own_end:
            org += post.title[-2]  # 代理礁屿乡长: 礁屿乡代理乡长 (the place's name keeps its 乡)
    if to_key(org).endswith("党委") and _PARTY_COMMITTEE_NAMED.match(to_key(org[:-2])):
        org = org[:-2]  # 中共某医院第四届委员会 + 党委书记: the committee is that 党委 (…委员会书记)
    if (
        "董事会" in org
        and (board := _A_BOARD.search(org))
        and not any(word in title for word in _BOARD_TITLE_WORDS)
    ):
        org = org[: board.start()]  # 某公司第七届董事会…聘任甲为总经理: the company's officer
    if "届" in org:  # (某公司第九届 + 董事会秘书: the term is the board's, not the company's)
        org = _TERM_LEFT_OVER.sub("", org)
    if org == post.org and title == post.title:
        return post
    return replace(post, post=org + title, org=org, title=title)


# A party committee named in full (中共某某第四届委员会), whose 党委 a title need not name again.
_PARTY_COMMITTEE_NAMED: Final = re.compile(
    rf"^(?:中共|中国共产党)[\u4e00-\u9fff]{{2,30}}委员会$|^[\u4e00-\u9fff]{{2,30}}{TERM}委员会$"
)
# A term's ordinal left at an organisation's end when its board went to the title (某公司第九届).
_TERM_LEFT_OVER: Final = re.compile(f"(?<=公司){TERM}$")
# A company's board (of a term) ending an organisation, and what the titles of its own members hold.
_A_BOARD: Final = re.compile(f"(?:{TERM})?董事会$")
_BOARD_TITLE_WORDS: Final = ("董事", "委员", "秘书", "主席", "成员")


def _unquoted(org: str) -> str:
    """An organisation's name without the quotes a press release sets it in, the short name given
    after them, and a 的 before the title (「某委员会」(委员会)的 -> 某委员会)."""
    if not org.endswith("的") and not _QUOTES.search(org) and "称" not in org and "稱" not in org:
        return org
    org = _SHORT_AFTER_QUOTE.sub("", org)
    # (a short quote inside the name is part of it as printed: 某市“产业强市，项目为王”攻坚行动指挥部)
    kept = {i for a, b in short_quotes(org) if a > 0 and b < len(org) for i in (a, b - 1)}
    return "".join(ch for i, ch in enumerate(org) if i in kept or not _QUOTES.match(ch)).removesuffix("的")


# A short quote (a slogan, a word of a name): its stops and words are its own, not the clause's.
_SHORT_QUOTE: Final = re.compile(r"“[^“”。;:]{1,14}”")


def short_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the short quotes in text[start:end]."""
    return [m.span() for m in _SHORT_QUOTE.finditer(text, start, len(text) if end is None else end)]


def _sibling(piece_key: str, prev_org_key: str) -> bool:
    """Whether a post's organisation is a bureau beside the previous one, not inside it (保安局
    after 环境局): both end with the same kind of government office."""
    org = split_post(piece_key)[0]
    # (文化馆 then 博物馆, 图书馆 then 档案馆: halls side by side too)
    hall = org[-1:] == "馆" and not org.endswith("分馆")  # (图书馆副馆长、少儿分馆馆长: its branch)
    same_kind = bool(org) and (org[-1] in _BUREAUS or hall) and prev_org_key[-1:] == org[-1]
    return same_kind and not _OWN_ORG.match(piece_key)


# The heads of government offices whose office runs into the title (财政局长, 教育处长, 卫生署长).
_CONTRACTED_HEADS: Final = ("局长", "处长", "署长", "厅长")


def _contracted_sibling(piece_key: str, prev_org_key: str, prev_title_key: str) -> bool:
    """Whether a post is the head of another office like the previous one, both offices run into
    their titles (民政局长 then 财政局长): a sibling, not inside it. (After 某大学教务处处长, whose
    office is printed whole, 学生处长 is the university's: not so.)"""
    org, title = split_post(piece_key)
    if title != prev_title_key or prev_org_key[-1:] in _BUREAUS:
        return False
    return _contracted(org, title)


def _contracted(org: str, title: str) -> bool:
    """Whether ``org`` + ``title`` is an office's head with the office run into the title (财政局长:
    org 财政, the 局 in 局长)."""
    return title in _CONTRACTED_HEADS and len(org) >= 2 and org[-1] not in _BUREAUS


def names_its_body(post: PostMention) -> bool:
    """Whether a post names the body it is of: not a bare title (董事长) nor a bare party unit's
    (党组书记, whose 党组 is some body's)."""
    return bool(post.org) and post.org not in _BARE_PARTY_UNITS


def place_of(org: str) -> str:
    """The place (and its government) an organisation's name opens with, as printed (台中市 of 台中市
    交通, 某县 of 某县财政局), or ''."""
    m = _JURISDICTION.match(to_key(org))
    return org[: m.end()] if m else ""


def contracted_head(post: PostMention) -> bool:
    """Whether a post heads an office whose name runs into the title (交通处长): its organisation as
    read (交通) is no body's whole name, to lend a bare title of another kind (秘书长)."""
    return _contracted(to_key(post.org), to_key(post.title))


# Units a body holds several of (a university's 学院, a bank's 支行), and the bodies that hold them.
_UNITS: Final = ("学院", "研究所", "研究中心", "中心", "分院", "分行", "支行", "分公司", "系", "馆")
_UNIT_HOLDERS: Final = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?(?:大学|集团|公司|银行|研究院|科学院|医院|博物馆|图书馆|美术馆)(?=[\u4e00-\u9fff]{2})"
)


def unit_sibling(piece_key: str, prev_org_key: str, longest: int = 10) -> int:
    """How much of the previous organisation a post's unit shares when it is another unit of the
    same kind under the same body (某大学文学院 then 理学院: 某大学); 0 when it is not. A unit
    longer than ``longest`` names a body of its own, unless the list is known to be of units."""
    org = split_post(piece_key)[0]
    if not org.endswith(_UNITS) or not prev_org_key.endswith(_UNITS):
        return 0  # (most posts: no unit ends both, and the pairs below need not be tried)
    unit = next((u for u in _UNITS if org.endswith(u) and prev_org_key.endswith(u)), None)
    if unit is None or len(org) > longest or _OWN_ORG.match(piece_key):
        return 0
    holder = _UNIT_HOLDERS.match(prev_org_key)
    if not holder or len(prev_org_key) - holder.end() <= len(unit) or org.startswith(holder.group()[:2]):
        return 0
    return holder.end()


# A body that holds departments, and a department of it (某医院|医务科, 某市公安局|刑事侦查大队).
_DEPARTMENT_NAME: Final = r"[\u4e00-\u9fff]{1,8}(?:科|股|处|部|室|研究所|庭|大队|支队|中队|中心|站)"
_BODY_AND_DEPARTMENT: Final = re.compile(
    # (a commission for discipline and its supervisory commission, as one: 某县纪委监委|案件审理室)
    r"^(?P<body>.{2,30}(?:医院|大学|学院|学校|公司|集团|银行|研究院|局|厅|法院|检察院|委员会|党委|政府|纪委监委|纪委|监委))"
    rf"(?P<department>{_DEPARTMENT_NAME})$"
)
_DEPARTMENT: Final = re.compile(f"{_DEPARTMENT_NAME}$")
_DEPARTMENT_ENDS: Final = frozenset("科股处部室所庭队心站")  # (the last characters of a _DEPARTMENT_NAME)


def department_beside(piece_key: str, prev_org_key: str, prev_title_key: str) -> int:
    """How much of the previous organisation a department's post takes when the previous post
    headed a department of a body and this one names another (某大学发展规划处处长、高等教育研究所
    所长: 某大学); 0 otherwise (某市公安局副局长、刑侦大队大队长: the 局's own unit)."""
    org = split_post(piece_key)[0]
    if not org or not _DEPARTMENT.fullmatch(org) or _OWN_ORG.match(piece_key) or _NAMED_BODY.search(org):
        return 0
    m = _BODY_AND_DEPARTMENT.match(prev_org_key)
    if m is None or org.startswith(m["body"][:2]):
        return 0
    head = prev_title_key.removeprefix("常务").removeprefix("执行").removeprefix("副")
    headed = head == "主任" or (head.endswith("长") and m["department"].endswith(head[:-1]))
    return m.end("body") if headed else 0


def _department_of_elided(piece_key: str, elided_key: str) -> int:
    """How much of the organisation a clause before named a department's post takes, when that
    organisation is a department of a body too (某市财政局预算科 then 国库科: 某市财政局); 0 otherwise."""
    if elided_key[-1:] not in _DEPARTMENT_ENDS or refers_back(piece_key):
        return 0  # (本院财务处, 学院科研处: the body the word refers to, completed by anaphora)
    org = split_post(piece_key)[0]
    if not org or not _DEPARTMENT.fullmatch(org) or _OWN_ORG.match(piece_key) or _NAMED_BODY.search(org):
        return 0
    m = _BODY_AND_DEPARTMENT.match(elided_key)
    return m.end("body") if m and not org.startswith(m["body"][:2]) else 0


def _party_committee_in(org_key: str, title_key: str) -> re.Match[str] | None:
    """The 委 of a place's party committee that ``org_key`` ends with, or (before a place's head,
    ``title_key``) that one of its departments follows (某省委, 某省委政法委: 副省长 after it is the
    place's; no 主席 is a city's)."""
    if m := _PARTY_COMMITTEE.search(org_key):
        return m
    return _COMMITTEE_BEFORE_ITS_DEPARTMENT.search(org_key) if _PLACE_HEAD.match(title_key) else None


def _continues(piece_key: str, prev_org_key: str) -> bool:
    """Whether a post names no organisation of its own and so belongs to the previous one."""
    org = split_post(piece_key)[0]
    if not org:  # a bare title: 副局长、代理区长 (国务委员 is a post of its own)
        return piece_key not in _POSTS_ALONE
    if _NAMED_BODY.search(org):  # 某集团副总经理、兴业控股集团董事长: a company of its own
        return False
    if prev_org_key.startswith(_NATIONAL) and _MINISTRY.match(piece_key):
        return False  # 国家发展和改革委员会主任、财政部部长: a ministry, a national body of its own
    if _SHORT_MINISTRY.fullmatch(org) and _SHORT_MINISTRY.fullmatch(prev_org_key):
        return False  # 分别出任经济部常务次长、财政部政务次长: two ministries, side by side
    office = prev_org_key.endswith(("工作室", "办公室")) and _committee_cut(prev_org_key)
    if office and org.endswith("委员会"):
        return True  # 某常委会人事代表工作室主任、人事代表工作委员会副主任: a sibling of the 常委会's
    if len(org) >= 4 and org[:4] in prev_org_key[2:]:
        return False  # 中央纪委驻自然资源部纪检监察组组长、自然资源部党组成员: a body named again
    return not _OWN_ORG.match(piece_key) and not piece_key.startswith(prev_org_key[:2])


# 原 after the name of a body, inside an organisation (某大学原党委): the body's former unit.
# (某市委原宣传部部长: 原 after a party committee or a government, the list's place put before it)
# (东陵市原市委书记: after a place, before its party committee or government, 原 too; so after a
# city's name printed without its level, as news prints it: 南京原市委书记)
_YUAN_AFTER_BODY: Final = re.compile(
    f"({'|'.join((*BODY_ENDS, '市委', '省委', '县委', '区委', '党委', '政府'))}"
    "|[省市县区州](?=原(?:[省市县区州]委|人民政府|政府|(?:(?![省市县区州旗])[\u4e00-\u9fff]){1,6}?(?:[厅局]长|$)))|^(?!中共)[\u4e00-\u9fff]{2,3}(?=原[省市县区州]委))原"
    # (某市政府原住民族委员会, 行政院原子能委员会: a body's own name, no former post; 某自治区原公安厅长:
    # a department of the place, 厅 in the title read)
    "(?!住民|子能)"
)


def ended_by_move(described: list[PostMention]) -> list[PostMention]:
    """The posts a move ends of those describing the person moved: not one the description already
    calls former (上海前市长), and one it calls 原 without it (某大学原校长 -> 某大学校长); when it
    calls some 原, those alone (某市委常委、原宣传部部长甲调任…: he stays 常委)."""
    current = [p for p in described if not p.org.endswith("前")]
    marked = [bare for p in current if (bare := without_yuan(p)) != p]
    return marked if marked and len(marked) < len(current) else [without_yuan(p) for p in current]


# Characters a unit's name or a level ends with (局原主秘, 县原副县长: 原 is "former" there).
_UNIT_CHARACTERS: Final = frozenset("省市县区州旗镇乡局处厅部院校所司署委会队办科")


def without_yuan(post: PostMention) -> PostMention:
    """A post without the 原 or 前 (former), 前任 or 时任 (then) printed between its organisation and
    title, or 原 after a body inside its organisation (某大学原党委书记 -> 某大学党委书记;
    某公司时任董事长)."""
    if post.org.endswith("原") and not (len(post.org) == 2 and post.org[0] not in _UNIT_CHARACTERS):
        org = post.org[:-1]  # (not 青原书记: a place's short name ending in 原)
        return replace(post, post=org + post.title, org=org)
    if to_key(post.org[-2:]) in ("时任", "前任"):  # (某集团前任总经理甲已于今年6月卸任)
        org = post.org[:-2]
        return replace(post, post=org + post.title, org=org)
    if post.org.endswith("前") and (len(post.org) == 1 or post.org[-2] in _UNIT_CHARACTERS):
        org = post.org[:-1]  # (前董事长甲请辞, 某局前局长: 前 is "former" as 原 is; not 台前, a place's)
        return replace(post, post=org + post.title, org=org)
    key = to_key(post.org)  # (寧夏回族自治區原公安廳: the traditional forms read as the simplified)
    if m := _YUAN_AFTER_BODY.search(key if len(key) == len(post.org) else post.org):
        org = post.org[: m.start() + len(m.group(1))] + post.org[m.end() :]
        return replace(post, post=org + post.title, org=org)
    return post
