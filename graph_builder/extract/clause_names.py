"""The names a clause's people are printed by: where they start, how long they are, and what
description, reason or address may stand around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from graph_builder.extract.anaphora import OWN_UNIT_WORDS, refers_back
from graph_builder.extract.clause_words import (
    AFTER_A_DUTY,
    BY_PROCEDURE,
    DAY_TOLD_TWICE,
    DESCRIPTOR_LEAD,
    ITEM_OPENING,
    PROPOSING,
    SINCE_DAY,
    TO_WHOM,
)
from graph_builder.extract.listings import (
    name_length_after_title,
    named_after_title,
    names_after_shared_title,
    people_in_slot,
)
from graph_builder.extract.names import (
    ADDRESSES,
    HONORIFIC,
    MINISTERS,
    PROFESSIONS_OF_SURNAMES,
    is_dai_name,
    is_name,
    is_name_after_verb,
    is_name_in_slot,
    is_name_word,
    split_names,
    split_names_after_verb,
    split_names_in_slot,
)
from graph_builder.extract.places import (
    ONE_CHARACTER_COUNTIES,
    is_common_word,
    known_place_at,
    times_seen,
)
from graph_builder.extract.posts import BODY_ENDS
from graph_builder.extract.reading import without_tail
from graph_builder.extract.titles import ends_with_title, split_post
from graph_builder.extract.transfers import (
    FORMER_DESCRIPTOR,
    REASON_LEAD,
)
from graph_builder.read.normalise import Compact, is_han


def names_before(
    text: str, seps: tuple[str, ...], slot: bool = False
) -> tuple[list[tuple[int, str]], int] | None:
    """Names at the start of ``text`` up to the first separator that leaves a valid list; ``slot``
    says only names can stand there (after 任命 / 免去, not after a bare 任, itself a surname)."""
    candidates = []
    reach = 160 if "(" in text[:20] else 60  # 补选甲(某市委常委、纪委书记)、乙(…)三位同志为…: notes run long
    if text.count("、", 0, reach) >= _LONG_LIST_MARKS:
        reach = _LONG_LIST_REACH  # 任命甲、乙、…（二十人）为某法院人民陪审员: a court's jurors, one by one
    for order, sep in enumerate(seps):
        i = text.find(sep, 2, reach)
        while i >= 0:
            candidates.append((i, order, sep))
            i = text.find(sep, i + 1, reach)
    candidates.sort()
    if "为为" in text or "为、" in text:  # 任命李大为为X / 任命姜有为、李晋修为X: 为 ends a name there
        candidates = [c for c in candidates if c[2] != "为" or not text.startswith(("为", "、"), c[0] + 1)]
    if "、任" in text:  # 任命甲、任乙为X: a 任 after a list's 、 is the next name's surname
        candidates = [(i, order, sep) for i, order, sep in candidates if sep != "任" or text[i - 1] != "、"]
    for i, _, sep in candidates:
        names = split_names(text[:i]) or _described_list(text[:i])
        if names:
            return names, i + len(sep)
    if not candidates:
        return None
    first, _, sep = candidates[0]
    # 任命宓云飞为…: where only a name can stand, a surname the list lacks still makes a name
    if names := (slot and split_names_after_verb(text[:first])) or _after_descriptor(text[:first]):
        return names, first + len(sep)
    for i, _, sep in candidates if slot else ():  # 任命曾担任X的甲为Y: the name after the post held
        if (held := FORMER_DESCRIPTOR.match(text, 0, i)) and is_name(name := text[held.end() : i]):
            return [(held.end(), name)], i + len(sep)
    return None


# A list of names so dense that it runs past a short reach (ten 、 in the reach's first stretch),
# and how far it may then run (a court's forty jurors).
_LONG_LIST_MARKS: Final = 10
_LONG_LIST_REACH: Final = 480
_NOT_NAME_END: Final = frozenset("已调将拟现曾在于任兼此前后")


_NOT_BEFORE_REN: Final = frozenset("前继现曾历接连留新")


def ren_in_a_word(key: str, at: int) -> bool:
    """Whether the 任 at ``at`` ends a word (前任, 现任, 时任) rather than standing as the verb (同时任…)."""
    if not at:
        return False
    return key[at - 1] in _NOT_BEFORE_REN or (key[at - 1] == "时" and not key.endswith("同时", 0, at))


def _after_descriptor(text: str) -> list[tuple[int, str]] | None:
    """Names after a post that describes the first of them (我校校长石铁矛等24人): the names."""
    for k in range(2, min(len(text) - 1, 24)):
        if ends_with_title(text[:k]) and (names := split_names(text[k:])):
            if any(name[-1] in _NOT_NAME_END for _, name in names):  # 韩俊已, 任泽锋调
                return None
            return [(at + k, name) for at, name in names]
    return None


PLACE_START: Final = re.compile(
    r"^(?:[\u4e00-\u9fff]{2}(?:省|市|镇|乡)|[\u4e00-\u9fff]{2,3}(?:区|县)|[区市县省]|中共|中国|国家"
    # (the parties and the league, by the short names that open their bodies: 免去甲民盟某省委员会…)
    # (before 中央 or a place: not 王利民|建设局, 张国民|进出口…)
    r"|(?:民盟|民革|民建|民进|农工党|致公党|九三学社|台盟|共青团)"
    r"(?=中央|第|[\u4e00-\u9fff]{2,3}(?:省|市|自治区)|[\u4e00-\u9fff]{1,4}[县区]委)"
    # counties of one character (免去郭亮生临县地税局局长职务: 郭亮生, not 郭亮 before a "生临县")
    rf"|[{ONE_CHARACTER_COUNTIES}]县)"
)


# Honours a text prints before a name it appoints (聘请中国科学院院士甲为…, 聘请知名教授乙为…).
# (and a party's membership or none: 民盟盟员甲, 九三学社社员乙, 无党派人士丙, 中共党员丁)
_HONOURS: Final = (
    "院士",
    "教授",
    "研究员",
    "博士",
    "盟员",
    "社员",
    "党员",
    "会员",
    "无党派人士",
    "党外人士",
    "工程师",
)
# A firm or a school a name is printed after, and the honorific after the name (某律师事务所甲律师).
_FIRM_ENDS: Final = ("事务所", "大学", "学院", "公司", "研究院", "研究所", "医院")
_HONORIFICS_AFTER: Final = ("律师", "教授", "先生", "女士", "博士")


def _named_after_honour(text: str) -> tuple[int, str] | None:
    """The name that ends ``text`` after an honour (中国工程院院士赵嘉诚): (offset, name), or None."""
    for n in (3, 2):
        if len(text) > n + 2 and text[:-n].endswith(_HONOURS) and is_name(text[-n:]):
            return len(text) - n, text[-n:]
    return None


def _unaddressed(item: str) -> str:
    """``item`` without how it addresses its person (独立董事王平先生 -> 独立董事王平)."""
    return next((item.removesuffix(a) for a in ADDRESSES if item.endswith(a)), item)


def _named_between_firm_and_honorific(text: str) -> tuple[int, str] | None:
    """The name between a firm (or a school) and its honorific (某律师事务所符某律师): (offset, name)."""
    honorific = next((h for h in _HONORIFICS_AFTER if text.endswith(h)), "")
    body = text[: len(text) - len(honorific)] if honorific else ""
    for n in (3, 2):
        if len(body) > n + 2 and body[:-n].endswith(_FIRM_ENDS) and is_name(body[-n:]):
            return len(body) - n, body[-n:]
    return None


def _described_list(text: str) -> list[tuple[int, str]] | None:
    """Names after a description of the first (委任前高等法院法官张三为…, 递补候补委员张三、李四为…):
    [(offset, name)], or None."""
    first, _, rest = text.partition("、")
    found = named_after_title(_unaddressed(first)) or _named_after_honour(first)
    if not found and rest:  # (聘请某所甲律师、某所乙律师为…; one such alone, 清华大学甲教授, is left)
        found = _named_between_firm_and_honorific(first)
    if not found:
        return None
    more = split_names(rest) if rest else []
    if more is None:  # (民进会员甲、农工党党员乙: each described)
        more = _names_each_described(rest)
    if more is None:
        return None
    return [found, *((len(first) + 1 + at, name) for at, name in more)]


def _names_each_described(text: str) -> list[tuple[int, str]] | None:
    """Names each after its own description, parted by 、 (农工党党员乙、无党派人士丙): [(offset, name)]."""
    out, at = [], 0
    for part in text.split("、"):
        found = (
            _named_after_honour(part)
            or named_after_title(_unaddressed(part))
            or _named_between_firm_and_honorific(part)
        )
        if not found:
            return None
        out.append((at + found[0], found[1]))
        at += len(part) + 1
    return out


def names_by_length(text: str) -> tuple[list[tuple[int, str]], int] | None:
    """免去张三上海市…职务 (no 的): a name of the usual length before a place name; after a list of
    names (免去甲、乙、丙某市副市长职务) the last one is. Of a list of such items (免去甲X职务、乙Y
    职务) the first item's words are read."""
    if duty := AFTER_A_DUTY.search(text):
        text = text[: duty.start() + 2]
    # (the last name may follow 和 / 及: 解聘甲和乙副总经理职务)
    for at in (i for i, ch in enumerate(text[:41]) if ch in "、和及" and i > 0):
        # the last item stands where only a name can (免去甲、乙、买某某市…: a surname the table lacks)
        if (names := split_names(text[:at])) and (last := name_by_length(text[at + 1 :], is_name_in_slot)):
            return [*names, (at + 1, last[0][0][1])], at + 1 + last[1]
    return name_by_length(text)


def _bare_title_before_tail(text: str) -> bool:
    """Whether ``text`` is a bare title and its tail (副院长职务 after 免去甲): the organisation is
    the list's, elided."""
    title = without_tail(text)
    return 2 <= len(title) <= 6 and ends_with_title(title) and not split_post(title)[0]


def name_before_a_post(text: str) -> tuple[list[tuple[int, str]], int] | None:
    """A name of three characters (or two) where only a name can stand, then a post that ends in
    a title (终止甲体育局局长的定期委任: a bureau's name needs no place before it). The name is no
    common word (卫生健康局 names no one), and the post opens with one; of two such splits, the one
    whose opening word is commoner (王伟|交通部…, not 王伟交|通部…; 阙康|植物…, 王建国|土地…)."""
    if text[:1] in _NO_NAME_OPENS:
        return None  # 免去区交通运输局局长职务: a level or 原 before the post, no surname
    splits = [
        n
        for n in (3, 2)
        if is_name_in_slot(text[:n])
        and not is_common_word(text[:n], NAME_AS_WORD)  # (卫生健康局: 卫生 is a word, no one)
        and ends_with_title(text[n:])
        and len(text) - n >= 3
        and is_common_word(text[n : n + 2])
    ]
    if not splits and _company_short_name_after(text):
        return [(0, text[:3])], 3  # 免去熊维平中铝公司董事长职务: a body's short name is no common word
    if not splits:
        return None
    # both may open with a word (阙康|植物… or 阙康植|物资…; 王建国|土地… or 王建|国土…): the commoner
    n = max(splits, key=lambda n: times_seen(text[n : n + 2]))
    return [(0, text[:n])], n


def _company_short_name_after(text: str) -> bool:
    """Whether a name of three characters opens ``text`` before the short name of a body that ends
    the way bodies do, two characters before its ending (中铝公司, 国药集团), and a title."""
    n = 3
    rest = text[n:]
    return (
        rest[:1] not in _NO_NAME_OPENS
        and is_name_in_slot(text[:n])
        and ends_with_title(rest)
        # (a short name of two: 中铝公司, not 张伟中|铝公司 nor 王东宝|武钢铁集团)
        and any(rest.startswith(end, 2) for end in BODY_ENDS)
        # (张立哈|尔滨银行, 王刚佳|木斯大学: the name's last character opens a word, 哈尔滨, 佳木斯)
        and not (is_common_word(text[n - 1 : n + 1]) or times_seen(text[n - 1 : n + 2]))
    )


# What opens a post with no name before it (区交通运输局, 原交通运输局), though a surname too.
_NO_NAME_OPENS: Final = frozenset("区市县省州原现前")
# How often a name's characters may be seen as a word (李强, 159) before they are one (应急, 605).
NAME_AS_WORD: Final = 300


def name_by_length(
    text: str, accept: Callable[[str], bool] = is_name
) -> tuple[list[tuple[int, str]], int] | None:
    """The one name of the usual length that opens ``text`` before a place name (and the 原 that
    may stand between them: 免去吴鹏原自治区公安厅厅长职务, the post being the former one); none
    where a known place opens it (免去云浮市…职务: 云浮 is no one, the person is the clause's before)."""
    if known_place_at(text):
        return None
    for n in (2, 3, 4):  # 免去：⏎甲同志某区某局副局长职务: 同志 closes the name (not 甲同|志某区…)
        if text.startswith("同志", n) and accept(text[:n]):
            return [(0, text[:n])], n + 2
    for n in (3, 2, 4):
        after = text[n + 1 :]
        if (
            text[n : n + 1] == "原"
            and accept(text[:n])
            and (PLACE_START.match(after) or _bare_title_before_tail(after))
        ):
            return [(0, text[:n])], n + 1
    for n in (2, 3, 4):  # 张三张家口市…: the name ends where a known province or prefecture begins
        if accept(text[:n]) and known_place_at(text[n:]):
            return [(0, text[:n])], n
    for n in (3, 2, 4):
        if n == 2 and accept(text[:3]) and text[3:4] in "副正常代":
            continue  # 汤建业副县长: the name is 汤建业, not 汤建 before a place "业副县"
        if n == 3 and text[2:3] in "副正常代" and _bare_title_before_tail(text[2:]):
            continue  # 叶坚副院长职务: the name is 叶坚, the title 副院长
        if accept(text[:n]) and (
            PLACE_START.match(text[n:])
            or _bare_title_before_tail(text[n:])
            or refers_back(text, n)  # 解聘甲公司副总经理职务: the company named back
        ):
            return [(0, text[:n])], n
    return _name_before_a_unit(text, accept)


# The last characters of an institution's internal unit (总务科, 教务处, 护理部, 党政办, 信息中心).
_INNER_UNIT_ENDS: Final = frozenset("科处室部办站所队组")
_INNER_UNIT_LONGEST: Final = 6


def _name_before_a_unit(text: str, accept: Callable[[str], bool]) -> tuple[list[tuple[int, str]], int] | None:
    """A name of two or three characters before one of an institution's units that jieba knows as a
    word, then a bare title (免去甲总务科科长职务, 解聘乙普外科副主任职务); of two such splits the one
    whose unit is longer (乙|普外科, not 乙普|外科). A lone split that cuts a word in two (张伟生|产科:
    生产) is none."""
    found = [(size, n) for n in (2, 3) if (size := _unit_after_name(text, n, accept))]
    if len(found) == 1 and is_common_word(text[found[0][1] - 1 : found[0][1] + 1]):
        return None
    if not found:
        return None
    n = max(found)[1]
    return [(0, text[:n])], n


def _unit_after_name(text: str, n: int, accept: Callable[[str], bool]) -> int:
    """The length of the longest unit jieba knows right after a name of ``n`` characters, before a
    bare title; 0 if none (or if the name is a word: 免去应急管理处处长职务)."""
    if not accept(text[:n]) or is_common_word(text[:n], NAME_AS_WORD):
        return 0
    for size in range(min(_INNER_UNIT_LONGEST, len(text) - n), 1, -1):
        unit = text[n : n + size]
        if unit[-1] in _INNER_UNIT_ENDS and times_seen(unit) and _bare_title_before_tail(text[n + size :]):
            return size
    return 0


# What stands between a subject and its verb and is not the subject: 同志 / 先生 / 女士, a bracket
# (简历附后), a reason (因工作原因), an adverb (已, 拟, 均), a request (申请, 提出): 孙伟申请辞去.
_BEFORE_VERB: Final = re.compile(
    rf"(?:{HONORIFIC}|少将|中将|上将)?"  # (甲副教授因…: how the person is addressed)
    r"(?:[(（][^()（）]{1,20}[)）])?(?:已|将|也|亦)?(?:(?:是因为|是由于|由于|因为|因)(?!同志)[\u4e00-\u9fff]{1,16}?(?:[(（][^()（）]{1,12}[)）])?(?:原因|需要|变动|调动|调整|到龄)?、?"
    r"|以[\u4e00-\u9fff]{1,16}?为由)?"  # (甲以个人健康因素为由请辞: the reason, no part of the name)
    r"(?:(?:已|将|则)?[于在]?(?:今年|去年|本年)?[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日|上旬|中旬|下旬|初|底)?起?"
    r"|(?:已|将|则)?[于在]?\d{1,2}日)?"  # (甲15日当选…: a day of this month)
    r"(?:(?:已|将)?[于在]?(?:(?:上|本|下)(?:月|周)(?:初|底|[上中下]旬|[\d一二三四五六七八九十]{1,3}日)?|(?:上|本|下)?(?:周|星期)[一二三四五六日天]|月[初底]|[上中下]旬)起?)?(?:(?:已|将|则)?[于由自](?=近日|日前|近期|今日|今天|明日|明天|昨日|昨天|当天|当日|同日|同月|当月|稍早前|早前))?(?:(?:近日|日前|目前|近期|最近|今日|今天|明日|明天|昨日|昨天|当天|当日|同日|同月|当月|稍早前|早前)(?:[(（][^()（）]{1,12}[)）])?起?(?:上午|下午|中午|晚间|晚上)?|今晚|昨晚|当晚|晚间)?"
    # (甲晚间发表声明宣布辞去…; 甲在农历年前请辞: a statement, a season, before the act)
    r"(?:发表声明|在[\u4e00-\u9fff]{2,5}?[前后])?"
    rf"(?:{DAY_TOLD_TWICE}起?)?"
    # (甲先生自2024年5月20日起就任…: when it takes effect; 甲已于2024年4月19日出任…: the act's day, 已
    # telling news, not a career's past; 甲将于二〇二四年七月二日调任…: a move still to come)
    # (甲先生于2023年7月24日辞任…: the act's full day, which no profile's step gives)
    rf"(?:{SINCE_DAY}|已?于\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    r"|将[于由](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日起?)?"
    r"(?:(?:也|亦|又|还)?是?(?:于\d{1,2}月\d{1,2}日)?在[^,;:在]{0,40}?(?:会议|会|大会|全会|仪式|任)上)?(?:此次|此番|这次|本次)?(?:受命)?(?:连续|再次|再度|首度|首次)?(?:第[一二三四五六七八九十\d]次)?(?:已经|已先|现已|已|特|一并|均|皆|悉数|全部|全都|各自|也|亦|还|并|又|再|即|将会|将|正式|主动|本人|挂职|则|突然|突|同时|相应|相继|继续|随即|随后|南下|北上|现在|就地|顺利|光荣|成功|自动|引咎|提早|提前){0,2}(?:到龄到届|到龄|届龄)?(?:经[\u4e00-\u9fff]{2,6}批准)?(?:作为(?:正式)?候选人)?(?:晋级|晋升)?(?:跨省|跨省份|跨区域|跨校|跨系统)?(?:平级)?(?:分别)?(?:以(?:全票|最高票|高票|多数票|(?:赞成票)?(?:\d{1,3}(?:,\d{3})+|\d+|[一二三四五六七八九十百]+)票(?:、(?:反对票|弃权票)?\d+票)*(?:的投票结果)?)(?:的?(?:全票|高票))?|全票|高票|满票|零反对票|获得?(?:赞成票)?\d+票|得票\d+票)?"
    # (甲同志挂职期满，不再担任…; 甲先生任期届满，不再担任…)
    r"(?:(?:挂职|任职|聘任|聘用|任)?(?:期满|届满)后?|任期(?:已经|已)?届满|任满|另有任用|另有重用)?"
    rf"{TO_WHOM}?"
    # (甲关于辞去…职务的请求; 甲依法辞去…)
    # (甲—…，以定期委任方式续期担任X职务: a Macao dispatch's means, its person named before)
    r"(?:以[\u4e00-\u9fff]{2,8}?方式)?(?:续期)?"
    # (甲于近日向董事会提交了辞去X职务的辞职报告: the letter's words, its posts after 辞去)
    rf"{BY_PROCEDURE}?(?:书面)?(?:申请|提出的?|提交了?|递交了?|决定|请求|调职|关于|宣布)?(?:分别|先后)?(?:同志)?"
    r"获?"  # (甲教授和乙教授获续任副校长)
    r"(?:接受了?任命)?$"  # (甲和乙接受任命，出任…: the names of the clause after's verb)
)
# What _BEFORE_VERB can end with.
_BEFORE_VERB_LAST: Final = frozenset(
    "继职志生士授)）因要日前期经已均也亦还并又再即将式动人票请出定求别天后会则起突然上次番命省份域月旬初底周时级升于续下、果届龄在地准满用府委织面序法午间长官交了度应近咎"
    "皆数先自由获利功布部都早荣"
    "的"  # (甲提出的辞去…职务的请求)
)


# …and the words it can end with whose last characters end many other words (法师 as 教师 does,
# 跨校 as 学校): asked as words, so that a clause ending in 学校 is not read for nothing (主任医师,
# 律师, 法师, 长老: how a person is addressed before the verb).
_LAST_WORDS: Final = tuple(
    w for w in (*HONORIFIC.split("|"), "跨校", "跨系统") if w[-1] not in _BEFORE_VERB_LAST
)


ACCEPTING: Final = ("接受", "同意", "批准", "接纳")  # (行政长官已接纳某局局长甲提出的辞职)
ANNOUNCING: Final = ("宣布", "公布", "决定", "获悉", "据悉")
# 大会选举甲、乙当选为…: the electing verb before the names their 当选 repeats.
_ELECTING: Final = ("选举", "补选", "推选")
# Words after which a clause's subjects stand (关于甲、乙同志辞去… as well as 接受甲、乙辞去…).
NAMES_LEADS: Final = (*ACCEPTING, *ANNOUNCING, "关于", "收到", "确认", "通过")  # (收到甲辞去…职务的书面报告)


# Words that may open a clause before its subject's name (决定甲同志任…, 提议乙同志不再担任…).
# (我校甲、乙获聘…: a school's or a body's own people, its name a lead, not part of a name)
# (…退任某职，而乙先生将获委任为…: 而 joins the clauses, no name's; so does 另: 另乙被任命为…)
_CAUSING: Final = ("让", "使", "而", "另")
SLOT_LEADS: Final = (*PROPOSING, "决定", "同意", *OWN_UNIT_WORDS, "我所", "我局", "至于")  # (至于甲、乙则…)
# Moves a resignation is for, told first after 因 (甲因调任某局局长，申请辞去…).
_MOVES_FOR_A_REASON: Final = frozenset({"调任", "转任", "升任", "调升", "出任"})
_CONNECTIVES: Final = ("因此", "于是", "所以")  # (因此甲申请辞去…: no reason of 因, nor a name)
_SENDING: Final = ("选派", "调派", "调")  # (a notice's 调甲同志任某局局长: moved there by the body)
# (调整, 调入, 调研…: words that open with 调; not 调任志强同志, 调查明同志: 任, 查 open names too)
_DIAO_WORDS: Final = frozenset("整入研动离出配度控")


_SURNAME_ENDED_WORDS: Final = (
    *("关于", "对于", "由于", "鉴于", "基于", "至于"),
    *("决定由", "并由", "同意由", "改由", "拟由"),
    *("卸任", "离任", "上任", "到任", "就任"),  # 甲卸任不久即出任…: no name 任不久
)


ACTING_VERBS: Final = ("代理", "署理")


# Two-character words ending in a surname-like character that is their verb (委任, 聘任).
_VERB_WORDS: Final = frozenset(
    {"委任", "聘任", "出任", "担任", "兼任", "接任", "调任", "升任", "转任", "新任", "现任", "拟任"}
)


# Adverbs before a verb that end given names too (张顺利, 骆光荣, 王成功).
_ADVERB_NAMES: Final = ("顺利", "光荣", "成功", "自动")
_REASON_LEAD: Final = re.compile(REASON_LEAD)  # (由于年龄原因甲同志不再担任…)
# When, opening a clause before its names (本年度, 今年, 近日).
_TIME_LEAD: Final = re.compile(r"(?:本年度|今年|去年|本月|上月|近日|日前|近期|今天|今日|昨天|昨日|同日|当天)")


def _names_after(text: str, lead: int, verb: str) -> tuple[int, list[tuple[int, str]]] | None:
    """``names_at_end`` of ``text`` after the ``lead`` characters that are no name's, with its
    offsets in ``text``."""
    found = names_at_end(text[lead:], verb)
    return (found[0] + lead, [(at + lead, name) for at, name in found[1]]) if found else None


# A profession ending in 师 before a name (副主任医师, 主管护师, 律师): its last character is no surname.
_SHI_PROFESSIONS: Final = sorted(
    {*PROFESSIONS_OF_SURNAMES, "护师", "药师", "工程师", "会计师", "经济师", "审计师", "设计师"}
)
_PROFESSION_BEFORE_NAME: Final = re.compile(rf"[\u4e00-\u9fff]{{0,5}}?(?:{'|'.join(_SHI_PROFESSIONS)})")


# A name and the note of its sex or people after it (娜四（女，拉祜族）, 扎西（藏族）, 纳晓燕（女）).
_NOTED_NAME: Final = re.compile(
    r"([\u4e00-\u9fff]{2,4})\((?:[男女](?:,[\u4e00-\u9fff]{1,5}族)?|[\u4e00-\u9fff]{1,5}族)\)"
)


def names_at_end(text: str, verb: str = "") -> tuple[int, list[tuple[int, str]]] | None:
    """The names a clause starts with, ending at ``text``'s end: (offset, names)."""
    if (reason := _REASON_LEAD.match(text)) and (found := _names_after(text, reason.end(), verb)):
        return found  # 由于年龄原因甲同志不再担任…: why, before the names
    if text.startswith(_CONNECTIVES) and (names := split_names(text[2:])):
        return 2, [(at + 2, name) for at, name in names]  # (only names: 因此指派…的甲代理… no subject)
    # 则 stands before a verb (甲则出任…), in a name before 的 or 为 (阿苏惹则的…职务, 张保则为…)
    text_ = text if verb in ("为", "的") and text.endswith("则") else without_reason(text)
    if text_.endswith("因") and verb in _MOVES_FOR_A_REASON:
        text_ = text_[:-1]  # 甲因调任某局局长，申请辞去…: the move his resignation is for (not 因任X)
    # only names stand before 为 in a list item under its verb (A、B为X: 祈子健), and before 同志
    # opening a clause (凤立军同志任…): a surname the list lacks still makes a name there
    if text_.startswith(SLOT_LEADS) and (found := _names_after(text_, 2, verb)):
        return found  # 提议甲同志不再担任…
    sent = next((w for w in _SENDING if text_.startswith(w)), "")
    if sent == "调" and text_[1:2] in _DIAO_WORDS:
        sent = ""  # (调整, 调入, 调研: words, no sending)
    if sent and (found := _names_after(text_, len(sent), verb)):
        return found  # 调甲同志任…, 选派乙同志任…: the word that sends him, before the name
    if (numbered := ITEM_OPENING.match(text_)) and (found := _names_after(text_, numbered.end(), verb)):
        return found  # 四、甲、乙同志不再担任…: the item's number is no name
    if (time := _TIME_LEAD.match(text_)) and (found := _names_after(text_, time.end(), verb)):
        return found  # 本年度甲先生、乙女士任满卸任…: when, before the names
    if text_.startswith(_CAUSING) and (found := _names_after(text_, 1, verb)):
        return found  # 让甲同志担任…: 让 is no name's
    # (a name addressed so, or three characters alone before a verb that takes a person, stand
    # where only a name can: 杞世明同志因年龄原因不再担任…, 笪海林先生因个人原因申请辞去…, 普成勇任…)
    addressed = text.startswith(text_) and text.startswith(ADDRESSES, len(text_))
    # (年俊峰已任…: the name, then a word of time before the verb)
    alone = (
        len(text_) == 3
        and (text == text_ or text[3:] in _ALONE_BEFORE_VERB)
        and verb in _TAKES_A_PERSON
        and _rare_name(text_)
    )
    slot = verb in ("为", "的") or addressed or alone
    if names := split_names(text_):
        return 0, names
    if "、" in text_ and (each := _names_each_described(text_)):
        return 0, each  # 某董事会非独立董事甲先生、独立董事乙先生不再担任…: each after his title
    if (job := _PROFESSION_BEFORE_NAME.match(text_)) and (names := split_names(text_[job.end() :])):
        # (，副主任医师乙为急诊科主任: what the person is, then the name; never 师乙)
        return job.end(), [(at + job.end(), name) for at, name in names]
    if verb in _TAKES_A_PERSON and (is_name_word(text_) or is_dai_name(text_)):
        return 0, [(0, text_)]  # 次仁当选…, 达娃辞去…, 岩依任…: a Tibetan or Dai name, all the clause holds
    if verb in _TAKES_A_PERSON and _monastic_name(text, text_):
        return 0, [(0, text_)]  # 普仁法师当选…: a monastic name, which no surname opens
    if (noted := _NOTED_NAME.fullmatch(text)) and is_name_in_slot(noted[1]):
        return 0, [(0, noted[1])]  # 娜四（女，拉祜族）任…: a note of sex or people only a person's name takes
    if (bare := text.removesuffix("同志")).endswith(_ADVERB_NAMES) and (names := split_names(bare)):
        return 0, names  # (张顺利当选…, 王成功当选…: a given name that reads as an adverb)
    # (not 接受甲、乙辞去…, whose first name the lead's verb would open: read below)
    listed = "、" in text_ and not text_.startswith(NAMES_LEADS)
    if listed and (loose := split_names_in_slot(text_)) and _mostly_names(loose):
        return 0, loose  # 甲、乙、奇峰当选为…: a list of names holds a surname the table lacks
    if (de := text_.rfind("的")) > 0 and (names := split_names(text_[de + 1 :])):
        return de + 1, [(at + de + 1, name) for at, name in names]  # 年满60岁的甲、乙不再任…
    # 接受张三、李四辞去… (after the deciding body: 某常委会决定接受张三、李四辞去…; 宣布甲、乙被聘为…)
    accept = max(text_.rfind(word) for word in NAMES_LEADS)
    if verb.startswith("当选") and (elect := max(text_.rfind(w) for w in _ELECTING)) > accept:
        accept = elect if "、" in text_[elect:] else accept  # (a list of names only)
    if accept >= 0 and text_.startswith("了", accept + 2):
        accept += 1  # 会议接受了甲、乙等5名同志辞去…
    if accept >= 0 and (names := split_names_in_slot(text_[accept + 2 :])):  # only names stand there
        return accept + 2, [(at + accept + 2, name) for at, name in names]
    if accept >= 0 and (titled := named_after_title(text_[accept + 2 :])):  # 接受现任某市市长张三辞职
        return accept + 2 + titled[0], [(accept + 2 + titled[0], titled[1])]
    if accept >= 0 and (names := split_names_after_verb(text_[accept + 2 :])):  # 接受和良辉辞去…: a
        return accept + 2, [(at + accept + 2, name) for at, name in names]  # surname that is a word too
    if slot and (names := split_names_after_verb(text_)):  # (和志强同志任…: a word surname too)
        return 0, names
    if (alone or verb in ("为", "的")) and (names := split_names_after_verb(text_)):
        return 0, names  # 任命甲为X，那日苏为Y / 代小红任X: a name of a surname that is a word too
    by = text_.rfind("由")  # 决定由甲和乙(接替)出任…, 由集团董事甲、乙担任…: only people stand after 由
    if by >= 0 and (names := people_in_slot(text_[by + 1 :].removesuffix("接替"))):  # (one: read below)
        return by + 1, [(at + by + 1, name) for at, name in names]
    for n in (2, 3, 4):  # 藏族高官旦巴已履新…: a word for an official, then only a name (not 官旦巴)
        at = len(text_) - n
        if at > 1 and text_.endswith(_OFFICIALS, 0, at) and _named_after_official(text_[at:]):
            return _joined_subjects(text_, at)
    # A post before the name marks where the name starts (副主任吴九, not 任吴九).
    for n in (4, 3, 2):  # 4: a compound surname (局长司徒文杰)
        described = text_[:-n]
        after_title = ends_with_title(described) or _named_by_trade(described)
        if len(text_) > n + 1 and is_name(text_[-n:]) and after_title:
            return _joined_subjects(text_, len(text_) - name_length_after_title(text_, n))
    if verb in _TAKES_A_PERSON and len(text_) > 4 and _rare_name_after_title(text_):
        return _joined_subjects(text_, len(text_) - 3)  # 某局局长普成勇被免职: a surname the table lacks
    titled = named_after_title(text_) if "·" in text_ or "•" in text_ else None
    if titled and any(dot in titled[1] for dot in "·•"):  # 局长热合曼·阿不都 (not 阿不都 alone)
        return _joined_subjects(text_, titled[0])
    if "、" in text_ and (shared := names_after_shared_title(text_)):
        return shared  # 某市人大代表甲、乙辞去…: the names share the title before the first
    for n in (4, 3, 2):  # a short lead-in before the subject: 经研究决定张三任…
        if text_[-n - 1 : len(text_) - n] in ("·", "•"):
            continue  # …·阿不都: the last part of a dotted name, no name of its own
        if text_[-n - 1 : len(text_) - n + 1] in _VERB_WORDS:
            continue  # 委任新任…: 任 ends the verb 委任, it starts no name (任新)
        if text_.endswith(_SURNAME_ENDED_WORDS, 0, len(text_) - n + 1):
            continue  # 关于阳晋代理…: 于 ends the word 关于, it starts no name (于阳晋)
        longer = is_name(text_[-n - 1 :]) and not text_.endswith(_SURNAME_ENDED_WORDS, 0, len(text_) - n)
        if len(text_) > n and is_name(text_[-n:]) and not longer:
            return len(text_) - n, [(len(text_) - n, text_[-n:])]
    if verb in ACTING_VERBS:  # 高原副区长代理区长职务: the name, then the post the person holds now
        lead = DESCRIPTOR_LEAD.match(text_).end()  # 决定高原副区长代理…
        for n in (3, 2):
            name = text_[lead : lead + n]
            held = text_[lead + n :]
            if len(name) == n and is_name(name) and name[-1] not in "副正常代" and ends_with_title(held):
                return lead, [(lead, name)]
    return None


# How a person is addressed right after the name, in notices and announcements.
# Characters that make a word with 任 or end one before a verb (履新前任…, 作为新任…, 接受他辞去…).
_CLAUSE_WORD_END: Final = frozenset("前新现时原曾继接升拟候专兼他她其受意")
# Last characters of a time told before a verb (一年后调任…, 多年来担任…, 第二天出任…), no name's.
_TIME_WORD_ENDS: Final = frozenset("后後来來天年间間内內时時")
# Verbs whose subject can only be a person (a name of a surname the table lacks alone before them).
# What may stand between a name alone and its verb (甲已任…, 乙将出任…).
_ALONE_BEFORE_VERB: Final = frozenset({"已", "已经", "将", "现已", "日前已", "近日已"})
_TAKES_A_PERSON: Final = frozenset(
    {
        "任",
        "担任",
        "出任",
        "兼任",
        "被任命为",
        "当选为",
        "当选",
        "不再担任",
        "辞去",
        "被免去",
        "被选举为",
        "被聘为",
    }
    | {"调任", "升任", "转任", "已任", "接任", "就任"}
)


# Words for an official that may stand right before a name (官 is a surname too: 高官旦巴, not 官旦巴).
_OFFICIALS: Final = ("高官", "官员", "法官", "警官", "长官", "检察官", "外交官")


def _named_after_official(text: str) -> bool:
    """Whether ``text``, right after a word for an official, is a name: by the surname rule, a
    transcribed name's word (旦巴), or three characters that stand where only a name can (not 亲自,
    nor 助理王明 after 法官: a title of its own)."""
    if is_name(text) or is_name_word(text):
        return True
    return len(text) == 3 and _rare_name(text) and not ends_with_title(text[:2])


def _rare_name_after_title(text: str) -> bool:
    """Whether ``text`` ends with a title and a name of three of a surname the table lacks (局长
    普成勇), no word of a clause."""
    return ends_with_title(text[:-3]) and _rare_name(text[-3:])


def _rare_name(text: str) -> bool:
    """Whether three characters where a name can stand are one of a surname the table lacks: no
    word of a clause (作为新任, 接受他) and no time told before a verb (一年后, 多年来, 第二天)."""
    # (近日，代小红任…: a surname that is a word too, alone before the verb)
    return (
        is_name_after_verb(text)
        and _CLAUSE_WORD_END.isdisjoint(text)
        and text[-1] not in _TIME_WORD_ENDS
        and text[-1] not in _PEOPLE_WORD_ENDS
    )


# Last characters of words for kinds of people (年轻人, 企业家, 老党员, 大学生), no name of a surname
# the table lacks.
_PEOPLE_WORD_ENDS: Final = frozenset("人家员者们生士")


def _mostly_names(items: list[tuple[int, str]]) -> bool:
    """Whether a list of three or more items is mostly names by the surname rule (the rest are
    names of surnames the table lacks, not words)."""
    return len(items) >= 3 and 2 * sum(is_name(name) for _, name in items) > len(items)


def _monastic_name(text: str, name: str) -> bool:
    """Whether ``text`` is ``name``, two to four characters, and a minister's address after it
    (普仁法师, 明学长老)."""
    addressed = text.startswith(name) and text[len(name) :] in MINISTERS
    return addressed and 2 <= len(name) <= 4 and all(map(is_han, name))


@lru_cache(maxsize=65536)  # pure; a clause is asked again by each rule (its scan tries every position)
def without_reason(key: str) -> str:
    """A clause without what may stand between a subject and its verb (因工作调整, 已, 申请)."""
    quick = key[-1:] not in _BEFORE_VERB_LAST and "因" not in key[-17:]
    if not key or (quick and not key.endswith(_LAST_WORDS)):
        return key
    return _BEFORE_VERB.sub("", key, count=1)


def clause_without_reason(key: str) -> str:
    """:func:`without_reason` of a whole clause, which its verb does not follow: a clause ending in
    宣布 is kept whole (甲今天宣布，邀请乙担任…: what he announced follows, no act of his own)."""
    return key if key.endswith("宣布") else without_reason(key)


def subject_with_reason(key: str) -> list[tuple[int, str]] | None:
    """The name of a clause that is only a name and what stands between a subject and its verb
    (张三先生因工作调整原因): the verb follows in the next clause."""
    # (张三同志试用期满，正式任…: confirmed in the next clause)
    over = _PROBATION_OVER.search(key) if "试用期" in key else None
    stripped = key[: over.start()] if over else clause_without_reason(key)  # 张三因任期届满
    if stripped == key and key.endswith("退休"):
        stripped = _RETIRED.sub("", key)  # 张三到龄退休，不再担任…: the retirement, then its removal
    return split_names(stripped) if stripped != key else []


_RETIRED: Final = re.compile(r"(?:已|因)?(?:到龄|届龄|年龄原因)?退休$")
# (张三同志试用期满 / 试用期已满 / 试用期内考核不合格: the probation's end, the person its subject)
_PROBATION_OVER: Final = re.compile(
    r"试用期(?:已经|已)?届?满$|试用期(?:内|间)?(?:考核|考察)?(?:不合格|不称职)$"
)


def profiled(c: Compact, key: str, end: int) -> list[tuple[int, str]]:
    """The name a clause ends with when a profile follows it (…2010年2月9日王五，女，汉族): on a
    page printed without its line breaks the profile's name runs on from the line before."""
    if not c.key.startswith((",男,", ",女,"), end):
        return []
    if is_name_after_verb(key):
        return [(0, key)]  # 和文光，男，纳西族: the clause is the name (a surname that is a word too)
    for n in (3, 2):
        if len(key) > n and is_name(key[-n:]) and not is_name(key[-n - 1 :]):
            return [(len(key) - n, key[-n:])]
    return []


def successor(key: str) -> list[tuple[int, str]]:
    """张三接替李四 (a clause of its own; the verb and post follow): 张三, described or not
    (某省委秘书长张三接替李四, 张三接替落马的李四)."""
    at = max(key.find("接替"), key.find("接棒"))  # 张三接棒李四，任…
    if at < 2:
        return []
    after = key[at + 2 :].removeprefix("了")
    predecessor = after[after.rfind("的") + 1 :]
    if not (split_names(after) or named_after_title(after) or split_names(predecessor)):
        return []
    before = _BEFORE_VERB.sub("", key[:at], count=1)
    return split_names(before) or ([found] if (found := named_after_title(before)) else [])


def _joined_subjects(text: str, at: int) -> tuple[int, list[tuple[int, str]]]:
    """The described name at ``at`` and the described names joined before it by 和 / 与 / 、
    (原甲区区长王五和原乙区区长赵六): (offset of the first, names in order)."""
    names = [(at, text[at:])]
    while (found := _described_before(text, at)) is not None:
        at, name = found
        names.insert(0, (at, name))
    return names[0][0], names


# A person described by a profession rather than a post (媒体人, 律师, 会计师, 企业家, 学者).
PROFESSIONS: Final = ("媒体人", "律师", "会计师", "工程师", "企业家", "学者", "学家", "商人", "作家", "专家")
_TRADE_LONGEST: Final = 8  # (a profession's description: a few words, never a clause)


def _named_by_trade(described: str) -> bool:
    """Whether ``described`` ends with a profession after another person described (某局专员甲、媒体人):
    the name after it is the list's next, as after a title."""
    return "、" in described and _by_trade(described[described.rfind("、") + 1 :])


def _by_trade(described: str) -> bool:
    """Whether ``described`` is a short description ending in a profession (资深媒体人, 执业律师)."""
    return len(described) <= _TRADE_LONGEST and described.endswith(PROFESSIONS)


def _described_before(text: str, at: int) -> tuple[int, str] | None:
    """The described name joined to the description at ``at`` (…区长王五和原乙区区长|赵六):
    (its offset, the name), trying the nearest joint first (a 、 may join two posts of one person)."""
    joints = sorted((i for ch in "和与、" if (i := text.rfind(ch, 0, at)) > 0), reverse=True)
    for joint in joints:
        described = text[joint + 1 : at]
        if not ends_with_title(described) and not _by_trade(described):
            continue  # (…专员甲、媒体人乙: a profession describes the later name as a title would)
        head = text[:joint]
        for n in (4, 3, 2):
            if len(head) > n + 1 and is_name(head[-n:]) and ends_with_title(head[:-n]):
                return joint - n, head[-n:]
    return None
