"""Removals that name no post (某市委书记甲被免职; 对某所所长甲等2人予以免职): each person leaves the
posts the text describes him by.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.clause_names import (
    ACCEPTING,
    ANNOUNCING,
)
from graph_builder.extract.clause_words import (
    DAY_TOLD_TWICE,
    DEATH,
    LETTER_HANDED_IN,
    PROPOSING,
    TO_WHOM,
    at_first_characters,
)
from graph_builder.extract.descriptions import (
    described_name,
    described_parts,
    described_posts,
    described_whole,
    each_described,
)
from graph_builder.extract.event_dates import clause_start
from graph_builder.extract.list_items import item_reading
from graph_builder.extract.listings import named_after_title
from graph_builder.extract.names import (
    is_name,
    split_names,
)
from graph_builder.extract.posts import (
    PostMention,
    read_posts,
    without_yuan,
)
from graph_builder.extract.reading import (
    Reading,
    State,
    announced_body,
    printed,
)
from graph_builder.extract.transfers import NOW_HELD
from graph_builder.read.normalise import (
    Compact,
    to_key,
)
from graph_builder.types import Kind

# Every character a _REMOVED_BARE match may start with, besides a digit (of a day, an age): its
# leads' (同志, 已, 近日, 上午, 在…后, 向…, 均, 因…) and its acts' (被, 准, 调任, 辞职, 卸任 …). The
# pattern opens with optional words only, so the engine would try all of it at every character;
# tried at these alone, it reads the 2,266 clauses of the 4,463 texts it is asked of 4.5 times as fast.
_REMOVED_BARE_FIRSTS: Final = (
    "上下不中也于亦今以任便先准凌分则到博卸原去同向呈因在均女宣将就届履已应延开引归当提放教日明昨晚正殉清申留"
    "病皆离突经继续荣被请调辞过近还退递逝遭都双免解主达发"
)
# A removal with no post after it (the posts are those the person is described by).
_REMOVED_BARE: Final = at_first_characters(
    # (某大学校长甲教授因个人理由请辞: how the person is addressed, after the name)
    r"(?:同志|先生|女士|教授|博士)?(?:已于?(?=日前|近日|今日|今天|昨日|昨天|当天))?(?:已经|已|日前|近日|今日|今天|昨日|昨天|当天|今晚|昨晚)?"
    rf"{DAY_TOLD_TWICE}?"
    # (甲、乙均因年龄原因卸任; 某校副校长甲近日突然被免职; 甲及乙都将在22日退休)
    # (甲今天上午向行政院长请辞; 某公司董事长乙也在事故后请辞: when, and to whom the letter went)
    # (甲、乙双双在农历年前请辞: both, before a season; 甲已经主动向…提出辞职)
    r"(?:上午|下午|中午|晚间|晚上)?(?:也|亦|还|双双)?(?:在[^,;:在后前]{1,8}?[前后])?(?:主动)?"
    rf"{TO_WHOM}?"
    # (甲将于七月十五日开始退休前休假; 乙将于今年8月31日任满离任; 丙将于本月底离任: when, foretold)
    # (甲已于今年3月卸任: the month alone)
    r"(?:均|都|皆)?(?:已|将(?=[在于]))?(?:[在于](?:今年|本年|明年|下月|本月|(?:19|20)\d\d年)?"
    r"(?:[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日|底|初|中旬|下旬)?"
    r"|[\d一二三四五六七八九十]{1,3}日|底|初|中旬|下旬))?(?:突然)?(?:因[\u4e00-\u9fff]{1,8}?(?:原因|因素)(?=卸任|离任))?"
    # (某县长甲遭内政部解职: by whom, between 被 / 遭 and the act)
    # (某镇镇长甲先期免职: an accountability's first step, the removal made before the inquiry ends)
    # (某镇镇长甲、副镇长乙就地免职: an accountability's removal on the spot; 某院院长甲同志免职: an
    # order's item)
    r"(?:(?:(?:被|遭)[\u4e00-\u9fff]{0,5}?|(?:先期|先行|就地)(?=免职)|(?<=同志)(?=免职))"
    r"(?P<remove>免职|免去其?(?:全部|所任|一切)?职务|解职)"
    r"|被(?P<revoke>撤职)"
    # (Taiwan's orders: 某部政务次长甲准免本职; 甲另有任用，应免本职)
    r"|(?:准予?|应予?)(?P<relieved>免本职|免职)"
    # (某市委书记甲调任某省任职: moved to a place, no post named; the post he is described by ends)
    r"|(?P<moved>(?:调任|调往|调赴)(?:(?!担任|任)[\u4e00-\u9fff]){2,8}?(?:任职|工作))"
    # (因个人原因, 以家庭因素, 以个人及家庭理由: the reason before the act)
    # (以 only with its reason's word: 李以明辞职 is a name's 以)
    # (呈请辞职: a Taiwan order's official asking to leave)
    # (准辞职: an order granting the resignation)
    r"|(?:因[\u4e00-\u9fff]{1,8}?(?:原因|因素|理由)?|以[\u4e00-\u9fff]{1,10}?(?:原因|因素|理由)(?:为由)?)?(?:同时)?"
    # (某集团董事长甲宣布辞职: his own word of it; 某市副市长乙引咎辞职, 丙被责令辞职: an accountability's)
    r"(?:分别|先后|均)?(?:宣布|申请|提出|呈请|准予?|引咎|被责令)?"  # (甲、乙分别提出辞职: each his own)
    # (某总队原政委甲达到服役最高年龄退休: an officer's age limit)
    r"(?:到龄|届龄|任满|达到(?:服役)?最高年龄|达到退休年龄)?(?:\d{2}岁)?"
    # (Hong Kong's 开始退休前休假; Taiwan's 届龄退伍, an officer's age limit (not 某董事长甲退伍, who
    # left the army long before), and 归建, a seconded official back to his own post)
    # (某县副县长甲调离, 乙因工作调动调离本县: other, as the annotation reads 调离)
    r"(?P<resign>辞职|请辞|辞任|退休|荣退|退出领导班子|(?<=届龄)退伍|(?:开始|放取)?退休前休假|归建"
    rf"|{LETTER_HANDED_IN}"  # (某县长甲今天向内政部递出辞呈: his resignation handed in)
    r"|(?:发出|发表)(?:请辞|辞职)声明"  # (某部长甲发出请辞声明: his statement of it)
    # (行政院长批准某署长甲、某部长乙辞呈: the letters accepted, 的 left out)
    r"|(?<=[\u4e00-\u9fff])(?<!的)辞呈(?=$)"
    r"|(?<![未拟请将不于日])调离(?:本县|本市|本区|本镇|本乡|本地|本单位)?"  # (not 未调离, 拟调离, 申请调离)
    # (甲辞去所任职务: no post named, the posts he is described by)
    r"|辞去(?:所任|现任|所有|一切|全部|各项|相关|上述)?(?:的)?职务)(?:获准|获批准?)?"
    # (廉政专员甲任期届满离任; 大使乙任满离任回国; 某委员会主任委员丙任期届满卸任)
    r"|因?(?:任期(?:已经|已)?届满|任满)(?P<term>离任|卸任)(?:回国)?"  # (丁因任期届满离任)
    # (某委主任甲不再担任该职务 / 上述职务: the post he is described by; 某署长甲下台，由乙接手: news)
    r"|(?:便|就|正式)?(?P<cease>卸任|卸职|离任|退出领导岗位|(?:不再担任|不再兼任)(?:(?:该|上述|此|这一|以上)(?:职务|职))?|下台)"
    # 某局副局长张三已于7月1日上任: the post taken up is the one the person is described by
    # (甲8日宣誓就职; 乙今日上午在县府大礼堂宣誓就职: the day, where)
    r"|(?:则|已|将)?(?:于?\d{1,2}月\d{1,2}日|\d{1,2}日)?(?:上午|下午)?(?:在[^,;。在]{2,12}?(?=宣誓))?"
    r"(?:继续|原职|原位|正式)?(?P<took>上任|到任|就任|宣誓就职|履新|到岗|延任|续任|留任"
    r"|过渡(?:至|到)(?:新班子|新一届政府|下届政府|新一届特区政府|新政府)"  # (a government's next term)
    # (某检察院检察长甲已经某省人大常委会批准任命; 已经第十二届全国人民代表大会常务委员会第三十次会议…)
    r"|经(?:(?!提请|报请)[^,;。]){2,36}?批准任命)"
    # (某省人大代表甲因病于2024年4月逝世: the posts end with their holder's death)
    rf"|{DEATH})$",
    _REMOVED_BARE_FIRSTS,
    digits=True,
)


# 免去某办副主任甲的职务: the person named after the posts removed, 的职务 with no post after it
# (免去某镇镇长甲职务, 免去某镇镇长甲一切职务: the 的 left out; 免去现任某处处长乙的主要官员职务: Hong
# Kong's principal officials).
_REMOVED_DESCRIBED: Final = re.compile(
    # (免去某县县长甲、主管安全的副县长乙职务: a deputy's charge, its 的 inside the description)
    # (免去某局党委书记甲，党委副书记、局长乙职务: a list the clauses' cut joined again, its commas kept)
    r"(?:免去|免除|撤销)(?P<described>(?:[^;:。的]|(?:分管|主管)[^,;:。的]{1,10}的){4,60}?)的?"
    r"(?:一切|全部|所有|主要官员)?职务$"
)


def removed_by_description(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """免去港澳办副主任钟波的职务: the posts that describe the person are the posts removed."""
    if not key.endswith("职务") or (m := _REMOVED_DESCRIBED.search(key)) is None:
        return None
    several = "、" in m["described"] or "," in m["described"]
    if several and (each := posts_of_each(c, start + m.start("described"), m["described"])):
        # 免去某县县长甲、副县长乙职务: each person the posts he is described by
        return _each_of_his_posts(each, Kind.REMOVE, (start + m.start(), start + len(key)))
    found = named_after_title(m["described"])
    if found is None:
        return None
    at = m.start("described")
    who = printed(c, start, [(at + found[0], found[1])])
    return item_reading(c, start, who, Kind.REMOVE, at, at + found[0], elided=state.org)


def removed_from_described(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某市委书记张三被免职 / 辞职: a removal or a resignation that names no post is of the posts the
    person is described by."""
    if not (marker := _removal_marker(c, start, key)):
        return None
    at, kind = marker
    described = key[:at]
    if demanded(described):
        return None  # 多名议员要求某局长甲提出辞呈: a demand, no act
    if kind is Kind.DIED and not a_holders_death(c, start + len(key), described):
        return None
    if kind is Kind.APPOINT and (each := each_described(c, start, key, at, Kind.APPOINT)):
        return each
    if kind is Kind.APPOINT and not named_after_title(described):
        return None  # (某县副县长、代理县长甲到任: one person of several posts, read below)
    # (…及… inside one body's name, 创新科技及工业局局长甲: one person, read below)
    # (行政院长批准某署长甲、某部长乙辞职: the people after the body's word of acceptance)
    accepted = _accepted_at(key, at)
    lead = accepted[0] + 1 if accepted and kind is not Kind.APPOINT else 0
    several = len(described_parts(described[lead:])) > 1 and each_described(
        c, start + lead, key[lead:], at - lead, kind
    )
    if several:
        return several  # 原某局局长甲和某局局长乙同时退休: each described by the post they leave
    if kind is Kind.REMOVE and (former := _NAME_THEN_FORMER.fullmatch(described)) and is_name(former["name"]):
        # 甲(原某大学党委书记)另有任用: the post in the bracket ends
        a, b = former.span("post")
        posts = read_posts(c.text[start + a : start + b], key[a:b])
        who = printed(c, start, [(0, former["name"])])
        return Reading(who, kind, tuple(posts), start, start + len(key)) if posts else None
    if (
        at == 0
        and kind in _LEFT_AS_DESCRIBED
        and (before := _described_clauses_before(c, start, kind))
        and not demanded(c.key[before[0].start : start])
    ):  # 某局局长甲，因健康因素请辞获准: the clause before describes who leaves (not 议员们要求市长甲，…)
        *rest, last = before
        first, *more = (*rest, replace(last, end=start + len(key)))
        return replace(first, more=tuple(more))
    if not (found := named_after_title(described)):
        return _left_to_the_successor(c, start, key, described, kind, state)
    # The description starts after a bracket before it closes (…(中央社记者某某台北15日电)某部长张三).
    # …or after the body that accepts the resignation (会议接受现任某市市长张三辞职)
    # …or after the 的 of how the person came to the posts (经某常委会任命的某县副县长、代理县长甲到任)
    told = key.rfind("的", 0, found[0]) if kind is Kind.APPOINT else -1
    closed = max(key.rfind(")", 0, found[0]), key.rfind("]", 0, found[0]))
    if closed == found[0] - 1 and (grade := _GRADE_BEFORE_NAME.search(key, 0, found[0])):
        closed = max(
            key.rfind(")", 0, grade.start()), key.rfind("]", 0, grade.start())
        )  # 某县委书记(正处级)甲卸任
    # (决定对某局局长甲先期免职: the one the act is on, after 对; 建议对…: proposed, no act)
    on = max((m for m in _ON_WHOM.finditer(key, 0, found[0])), key=lambda m: m.end(), default=None)
    if on is not None and on.group().startswith(PROPOSING):
        return None
    lead = max(closed, told, on.end() - 1 if on else -1, *_accepted_at(key, found[0])) + 1
    lead += len(NOW_HELD.match(key, lead).group())  # 现任旅游局局长某某卸任: the post is 旅游局局长
    # (甲任某报社社长，原社长乙卸任: a bare title is of the post the clause before gave)
    elided = state.org if key.startswith("原", lead - 1) else ""
    # (某公司举行董事长交接典礼，卸任董事长甲届龄退休: the company's)
    elided = announced_body(key[lead : found[0]], state) or elided
    reading = item_reading(c, start, printed(c, start, [found]), kind, lead, found[0], start + lead, elided)
    # 某公司原董事长甲到龄退休: the post left is 某公司董事长
    if reading is None:
        return None
    reading = replace(reading, end=start + len(key), posts=tuple(map(without_yuan, reading.posts)))
    removed = kind in (Kind.REMOVE, Kind.REVOKE) and lead == 0
    if removed and (before := _described_clauses_before(c, start, kind)):
        # 某镇党委书记甲，某镇镇长乙，某局副局长丙先期免职: each clause before names one of them
        first, *rest = (*before, replace(reading, more=()))
        return replace(first, more=tuple(rest))
    return reading


# The acts a clause of its own may tell of the person the clause before describes (…局长甲，因病请辞).
_LEFT_AS_DESCRIBED: Final = frozenset({Kind.RESIGN, Kind.REMOVE, Kind.CEASE, Kind.REVOKE, Kind.TERM_ENDED})


def _described_clauses_before(c: Compact, start: int, kind: Kind) -> list[Reading]:
    """The people the clauses right before ``start`` name, each a clause of posts and a name and
    nothing more (某镇党委书记甲，某镇党委副书记、镇长乙，…), a comma between each: each leaving those
    posts by the act ``kind``, first first; [] when the clause before is no such."""
    readings: list[Reading] = []
    end = start - 1
    while end > 0 and c.key[end] == ",":
        begin = clause_start(c.key, end)
        clause = c.key[begin:end]
        found = described_name(clause)
        if found is None:
            break
        de = clause.rfind("的", 0, found[0]) + 1  # (分管安全工作的负责人、某镇党委委员甲: after 的)
        posts = described_posts(c, begin + de, clause[de : found[0]])
        if not posts:
            break
        who = printed(c, begin, [found])
        readings.insert(0, Reading(who, kind, tuple(posts), begin, end))
        end = begin - 1
    return readings


def dismissed_by_body(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """决定对某所所长甲、副所长乙等2人予以免职: each person leaves the post described before the name
    (a bare title of the first's organisation)."""
    if key.endswith(")") and (note := key.rfind("(")) > 0:
        key = key[:note]  # (…予以免职(有关行政职务按法定程序办理): a note on the procedure)
    m = _DISMISSED_BY.search(key) if key.endswith(("职", "理", "分")) else None
    if not m or key.endswith(PROPOSING, 0, m.start()):
        return None  # (调查组建议对甲先期免职: proposed, not done)
    if "," in m.group("who") and not m.group().startswith("对"):
        return None  # (给予甲…处分，…: a clause of its own after the sanction)
    parts = m.group("who").split("、")
    if all(map(is_name, parts)):  # 对甲、乙予以免职 / 给予甲免职处理: each described earlier on
        return _dismissed_described_before(c, start, key, m, parts)
    # (对前期带队到现场调查的某局局长甲就地免职: what he did is no part of his post)
    skip = m.group("who").rfind("的") + 1
    described = posts_of_each(c, start + m.start("who") + skip, m.group("who")[skip:])
    # (one person may hold several: 对某局党委书记、局长甲给予免职处理)
    several = described is not None and len(described[0]) > 1 and "," not in m.group("who")
    if described is None or (several and any(len(held) != 1 for held in described[1])):
        return None  # (each one post: 对某所所长甲、副所长乙予以免职; the comma parts persons of several)
    kind = _DISMISSAL_KINDS[m.group("act")]
    return _each_of_his_posts(described, kind, (start + m.start(), start + len(key)))


def _each_of_his_posts(
    each: tuple[tuple[str, ...], tuple[tuple[PostMention, ...], ...]], kind: Kind, span: tuple[int, int]
) -> Reading:
    """One reading of ``kind`` for each person of :func:`posts_of_each`, of the posts he is described by."""
    readings = [
        Reading((name,), kind, tuple(replace(p, start=0, end=0) for p in posts), *span)
        for name, posts in zip(*each, strict=True)
    ]
    return replace(readings[0], more=tuple(readings[1:]))


# The 对 that opens the one an act is on (决定对某局局长甲…), not 对外 of a body's name (对外联络部).
# (责令某市副市长甲辞职: the body's order on whom, no part of the post)
_ON_WHOM: Final = re.compile(r"(?:^|决定|研究|建议|提议|同意)对(?!外)|责令")


def posts_of_each(
    c: Compact, start: int, who: str
) -> tuple[tuple[str, ...], tuple[tuple[PostMention, ...], ...]] | None:
    """Several people each described by posts before the name (某镇党委书记甲、党委副书记兼镇长乙, the
    list's body carried on), ``who`` at ``start`` in ``c``: their names, and each one's posts; None
    unless every item is one."""
    if "," in who:  # (某局党委书记甲，党委副书记、局长乙: the comma parts the persons, 、 one's titles)
        return _described_parts(c, start, who.split(","))
    found = _described_parts(c, start, who.split("、"))
    if found is None and "和" in who:  # (某镇党委书记甲、镇长乙和某镇党委书记丙: 和 parts the last pair)
        found = _described_parts(c, start, re.split("[、和]", who))
    if found is None and "、" in who:  # (对某局党委书记、局长甲给予免职处理: one person, his titles listed)
        found = _described_parts(c, start, [who])
    return found


def _described_parts(
    c: Compact, start: int, parts: list[str]
) -> tuple[tuple[str, ...], tuple[tuple[PostMention, ...], ...]] | None:
    """:func:`posts_of_each` of the items ``parts`` (cut at one separator character each); a bare
    name after a described one shares its posts (给予某办副主任甲、乙撤职处分)."""
    items: list[tuple[int, str]] = []
    described: list[tuple[int, int]] = []
    at = 0
    sharing: list[int] = []  # (the items of a bare name, after the first)
    for i, part in enumerate(parts):
        if i and described and is_name(part):
            items.append((at, part))
            sharing.append(i)
            at += len(part) + 1
            continue
        found = named_after_title(part)
        if not found or found[0] + len(found[1]) != len(part):
            return None
        items.append((at + found[0], found[1]))
        described.append((at, at + found[0]))
        at += len(part) + 1
    # (the descriptors read as one list: a later one's bare titles take the body of the one before)
    offsets, text = [], ""
    for a, b in described:
        offsets.append(len(text))
        text += c.text[start + a : start + b] + "、"
    posts = read_posts(text[:-1], to_key(text[:-1]))
    bounds = [*offsets[1:], len(text)]
    each = [tuple(p for p in posts if o <= p.start < e) for o, e in zip(offsets, bounds, strict=True)]
    if not all(each):
        return None
    for i in sharing:
        each.insert(i, each[i - 1])
    return printed(c, start, items), tuple(each)


# 对某所所长甲、副所长乙等2人予以免职 / 给予撤职处分: a body's dismissal of the persons it names
# (给予某镇镇长甲免职处理: the dismissal given, its person after 给予).
_DISMISSED_BY: Final = re.compile(
    # (对某局局长甲就地免职: dismissed on the spot)
    # (对某镇党委书记甲、镇长乙免职: the bare act after the persons, their titles before each name)
    # (对某局党委书记、局长甲，某局副局长乙予以免职: the persons cut by commas, as clause_spans joined them)
    r"(?:对(?=[^;:对]{2,80}?(?:予以|作出|给予|作|先期|先行|就地)?(?:免职|撤职))|给予)"
    r"(?P<who>[^;:对]{2,80}?)(?:等[\d一二三四五六七八九十]{1,3}人|等)?(?:同志)?"
    # (给予某区局长甲撤销党内职务、政务撤职处分: a party sanction with it, and the sanction's kind)
    # (给予某公司总经理甲党内警告处分并免职; 给予某局副局长乙责令辞职处分: told to resign)
    r"(?:予以|作出|给予|作|先期|先行|就地)?(?:(?:撤销党内职务|留党察看[一二两]年|党内严重警告|党内警告)(?:处分并|、)?)?"
    r"(?:政务|行政)?(?P<act>免职|撤职|责令辞职)(?:处理|处分)?$"
)


# The act each dismissal is (撤职 takes the post away, other; 责令辞职 is a resignation ordered, other).
_DISMISSAL_KINDS: Final = {"免职": Kind.REMOVE, "撤职": Kind.REVOKE, "责令辞职": Kind.RESIGN}


def _dismissed_described_before(
    c: Compact, start: int, key: str, m: re.Match[str], names: list[str]
) -> Reading | None:
    """Each of ``names`` dismissed (``m``: _DISMISSED_BY's match) leaves the posts the text described
    the name by before (因某区区长甲、某委主任乙履职不力，…决定对甲、乙予以免职); None unless each was."""
    kind = _DISMISSAL_KINDS[m.group("act")]
    readings, at = [], m.start("who")
    for name in names:
        posts = _posts_described_earlier(c, start, name)
        if not posts:
            return None
        who = printed(c, start, [(at, name)])
        readings.append(Reading(who, kind, posts, start + m.start(), start + len(key)))
        at += len(name) + 1
    return replace(readings[0], more=tuple(readings[1:]))


def _posts_described_earlier(c: Compact, before: int, name: str) -> tuple[PostMention, ...]:
    """The posts ``name`` was described by where the text last printed it before ``before``, posts then
    name (某区委副书记、区长甲在…); () if it was not so printed."""
    at = c.key.rfind(name, 0, before)
    while at > 0:
        lo = clause_start(c.key, at, ",;:。\n(")
        # (某委主任甲、某中心主任乙: 乙's posts start after the person described before)
        lo = max([lo] + [k + 1 for k in range(lo, at) if c.key[k] == "、" and described_whole(c.key[lo:k])])
        found = named_after_title(c.key[lo : at + len(name)])
        if found and found[1] == name and lo + found[0] == at:
            posts = described_posts(c, lo, c.key[lo:at])
            if posts:
                return tuple(replace(p, start=0, end=0) for p in posts)
        at = c.key.rfind(name, 0, at)
    return ()


# A description of someone who no longer held the post (原某县县长甲, 某县政协原副主席乙, 印度前总理丙,
# 已故…, 离休干部…), or one the posts are not what it is about (著名经济学家、某大学教授).
# (原 and 前 in words: 太原, 平原, 草原, 中原, 高原; 目前, 此前, 生前 …)
_FORMERLY: Final = re.compile(
    r"(?<![太平草中高])原(?=[\u4e00-\u9fff])|(?<![目当此之日年月以生提事会节战空眼面跟门从先])前(?=[\u4e00-\u9fff])"
    r"|已故|老(?=[\u4e00-\u9fff]{0,2}(?:长|领导|干部|同志|书记))|首任|离休|退休"
    r"|著名|知名|院士|专家|学家|艺术家|作家|英雄|劳模|红军|惊悉|沉痛"
)
# What says, soon after a death, that the deputy's or member's mandate ended: that end tells the act.
_MANDATE_AFTER: Final = re.compile(r"(?:代表|委员)资格")
_MANDATE_REACH: Final = 80


# Words of others asking for the act before the person's description (议员要求某局长甲请辞, 外界呼吁…).
_DEMANDED: Final = re.compile("要求|呼吁|促请|敦促|希望|逼|施压|建议")


def demanded(description: str) -> bool:
    """Whether the words before a person's description ask others' act of him (议员要求某局长甲…,
    外界呼吁县长乙…): what follows is a demand, not an act done."""
    return _DEMANDED.search(description) is not None


def a_holders_death(c: Compact, after: int, description: str) -> bool:
    """Whether a death told after ``description`` (the posts before a name, the clause ending at
    ``after``) ends those posts: not a former holder's (原某县县长, 某县政协原副主席, 离休干部), not one
    described by honours (著名经济学家、某大学教授), and not a deputy's whose mandate's end the text
    tells right after (…因病去世，其代表资格终止: the one act, read there)."""
    if _FORMERLY.search(description):
        return False
    return _MANDATE_AFTER.search(c.key, after, after + _MANDATE_REACH) is None


def _removal_marker(c: Compact, start: int, key: str) -> tuple[int, Kind] | None:
    """Where the words that end (or take up) the posts a clause's person is described by start,
    and the act they tell: 被免职, 辞职, 卸任, 上任…; 另有任用 before 应予免职 (an order's removal)."""
    if key.endswith(_REASSIGNED) and (
        c.key.startswith(_DISMISSED, start + len(key))
        or c.key.startswith(_SUCCEEDED, start + len(key))
        or _FORMER_POST_BEFORE.search(key, 0, len(key) - 4)
    ):  # 某部政务次长甲另有任用，应予免职; 原某大学党委书记甲另有任用 / 甲(原某大学党委书记)另有任用
        # (某会主委甲另有任用，由乙接任: the post left to the successor)
        return len(key) - len(_REASSIGNED), Kind.REMOVE
    if _DISMISSED_AFTER.match(c.key, start + len(key)) and (named := _name_ends_at(key)):
        return named, Kind.REMOVE  # 某处处长甲督导不周，即日起予以免职: from the posts he is described by
    if not key.endswith(_REMOVED_BARE_ENDS) or not (m := _REMOVED_BARE.search(key)):  # …卸任
        return None
    if m.group("took"):
        return m.start(), Kind.APPOINT
    if m.group("resign") and c.key.startswith(_DISMISSED, start + len(key)):
        return m.start(), Kind.REMOVE  # 某部常务次长甲已届龄退休，应予免职: the order's act
    if m.group("remove") or m.group("moved") or m.group("relieved"):
        return m.start(), Kind.REMOVE
    if m.group("term"):
        return m.start(), Kind.TERM_ENDED
    if m.group("died"):
        return m.start(), Kind.DIED
    return m.start(), Kind.REVOKE if m.group("revoke") else Kind.CEASE if m.group("cease") else Kind.RESIGN


# A grade in brackets between a post and its holder's name (某县委书记(正处级)甲): part of the description.
_GRADE_BEFORE_NAME: Final = re.compile(r"\([^()]{1,8}级\)$")
# What a clause _REMOVED_BARE reads can end with (a cheap test before the regex).
_REMOVED_BARE_ENDS: Final = tuple("职务辞任准批新岗休退子府命作国假伍建台离县市区镇乡地位世逝呈明")
# An order's removal: 某部政务次长甲另有任用，应予免职 (the posts the person is described by end);
# so is a list's item that describes the person by the post held before (原…, (原…)).
_REASSIGNED: Final = "另有任用"
_NAME_THEN_FORMER: Final = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\(原(?P<post>[^()]{2,30})\)")
_FORMER_POST_BEFORE: Final = re.compile(r"^原|\(原[^()]{2,30}\)$")
_DISMISSED: Final = (",应予免职", ",予以免职", ",均应予免职", ",均予免职")  # (甲、乙另有任用，均应予免职)
# …or before the successor who takes the post (某会主委甲另有任用，由乙接任).
_SUCCEEDED: Final = (",由", ",改由", ",其职务由", ",遗缺由", ",其遗缺由")


# A removal told in the clause after the one describing the person and his fault (，即日起予以免职).
_DISMISSED_AFTER: Final = re.compile(r",(?:自?即日起)?(?:予以|应予|均予)免职(?:[。;,]|$)")


def _name_ends_at(key: str) -> int:
    """Where a person described by posts (某处处长甲督导不周) ends in a clause that opens with him; 0
    when none does."""
    for at in range(min(len(key), 40), 3, -1):
        if (found := named_after_title(key[:at])) and found[0] + len(found[1]) == at:
            return at
    return 0


def _accepted_at(key: str, end: int) -> list[int]:
    """Where the last accepting or announcing word before ``end`` ends, less one (for a lead after
    it: 会议接受…, 中国宣布…); [] if none."""
    at = max(key.rfind(word, 0, end) for word in (*ACCEPTING, *ANNOUNCING))
    return [at + 1] if at >= 0 else []


def _left_to_the_successor(
    c: Compact, start: int, key: str, name: str, kind: Kind, state: State
) -> Reading | None:
    """甲任某部党组书记，乙卸任: a name alone leaving, right after a clause that gave a post, leaves
    that post (the successor's); 甲、乙分别任A、B，丙、丁不再担任: each the post in his place (a
    note in brackets after a name, 丙(1967年11月生), is none of it)."""
    if kind is not Kind.CEASE or state.kind is not Kind.APPOINT or not state.posts:
        return None
    if start < 1 or c.key[start - 1] != ",":
        return None
    names = split_names(name)
    if not names or (len(names) > 1 and len(names) != len(state.posts)):
        return None
    posts = tuple(replace(p, start=0, end=0) for p in state.posts)  # printed in the clause before
    return Reading(printed(c, start, names), kind, posts, start, start + len(key), pairwise=len(names) > 1)
