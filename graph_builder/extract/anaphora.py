"""Back-references in posts (公司, 该校, 本院 …) completed with the organisation the text names.

An announcement says "公司总经理" or "该校副校长" once it has named the company or the school; the
post is reported with that name (docs/design.md#events): the name the text defines for the
word (中农发种业集团股份有限公司（以下简称"公司"）), else the nearest such organisation printed
before the event, else the first one printed after it. Nothing is expanded from world knowledge.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Final

from graph_builder.extract.places import known_place_at
from graph_builder.extract.titles import split_post
from graph_builder.read.normalise import Compact, compact, is_han, to_key
from graph_builder.read.patterns import OTHER_MARKET_CODE, PROVINCES
from graph_builder.types import Event

_HAN: Final = r"[\u4e00-\u9fff]"
# The kinds of place a back-reference word may name (该市, 该县…), by the character ending their names.
_PLACE_WORD_ENDS: Final = "省市州县区旗镇乡"
# The kinds of society a text may name back by the kind alone (协会秘书长 after 某物流协会).
_SOCIETY_ENDS: Final = ("协会", "学会", "商会", "研究会")
# The back-reference words, by the kind of organisation they refer to.
_KINDS: Final = {
    # (该集团公司, 该股份公司 before 该集团: the whole word is the company)
    "company": (
        "本公司",
        "我司",
        "该公司",
        "该集团公司",
        "该股份公司",
        "集团公司",
        "公司",
        "本集团",
        "该集团",
        "集团",  # (某某集团有限公司召开干部大会…甲任集团党委书记、董事长: the group named)
    ),
    # a hospital's or a university's campus (某医院增城院区…该院区副院长), before 该院 / 该校 in it
    "campus": ("该院区", "本院区", "该校区", "本校区"),
    "school": ("该校", "我校", "本校", "学校"),
    "college": ("该学院", "本学院", "学院"),
    "committee": ("该委员会", "本委员会", "该会", "本会", "该委"),
    # a society named bare or as its own, of its own kind (某物流协会…聘任甲为协会秘书长; 本学会副理事长)
    **{f"society {end}": (end, f"该{end}", f"本{end}") for end in _SOCIETY_ENDS},
    "department": ("该厅", "本厅"),  # (某省教育厅…该厅副厅长)
    "centre": ("该中心", "本中心", "我中心"),
    "bureau": ("该局", "本局", "我局"),
    "agency": ("该署", "本署"),  # (Hong Kong's and Taiwan's 署: 地政总署, 中央气象署)
    "hospital": ("该院", "本院", "我院", "医院"),
    "bank": ("该行", "本行", "我行"),
    "research": ("该所", "本所", "我所", "研究所"),  # 聘任甲为某研究所所长；聘任乙为研究所副所长
    "ministry": ("该部",),  # 工业和信息化部网站更新…甲已任该部总工程师
    "division": ("该司",),  # a ministry's division (任命甲为某局电力司司长，乙为该司副司长), or a company
    "press": ("该社", "该台"),  # a news agency or a broadcaster (某报社…该社社长, 某广播电视台…该台台长)
    "hall": ("该馆", "本馆"),  # a museum, a library, an archive (某博物馆…该馆馆长)
    "troupe": ("该团", "本团"),  # a troupe, an orchestra (某歌舞团…该团副团长)
    "zone": ("该新区", "该园区", "该开发区", "该高新区", "该经开区", "该示范区", "该试验区"),
    "elected": ("本届委员会", "新一届委员会", "该届委员会"),  # the committee an election just formed
    "government": ("本府",),  # Taiwan: a city's or a county's government in its own releases
    # a place the text named (株洲市…该市副市长甲; 某县…该县县长乙)
    # (a congress's own place: 某县人大常委会决定：任命甲为本县公安局局长)
    # (某市发生…，当地市委书记甲被免职: the place the news is of)
    **{f"place {end}": (f"该{end}", f"本{end}", f"当地{end}") for end in _PLACE_WORD_ENDS},
}
_REFERENT: Final = {
    "company": re.compile(
        # (the longest ending: 某集团有限公司, not 某集团 before it; not a form of company alone, 於某地註冊
        # 成立的股份有限公司, as Hong Kong's announcements gloss the issuer)
        # (not 以顾问的形式继续参与集团: a clause's words before a bare 集团, no company's name)
        rf"(?<!的)(?!(?:股份)?有限(?:责任)?公司|{_HAN}{{0,24}}?的(?:股份)?有限(?:责任)?公司)(?:(?!参与|继续|加入|离开|回到){_HAN}){{2,24}}?(?:集团(?:股份有限公司|有限责任公司|有限公司|公司)?|股份有限公司|有限责任公司|有限公司"
        r"|\(集团\)(?:股份有限公司|有限责任公司|有限公司|公司))"  # (某保险(集团)公司)
        rf"(?!{_HAN}{{0,3}}(?:董事会|章程)?以下)"
        # (not a 文号's prefix: 鲁高速集团任〔2021〕17号 names no company, its signature does)
        rf"(?!{_HAN}{{0,2}}[〔\[(（【]\d{{4}}[〕\])）】])"
        # The issuer an announcement or a report of one names (某某公告 at a line's start, 某银行公告称,
        # 某某(603917.SH)发布公告): a short name, and 公司 in a bank's announcement is the bank.
        # (晋原车轴(600498.SH)今日发布关于公司董事长辞职的公告, 北辰国际(000068.SZ)公布, *ST搜途5月8日公告)
        # (its start: no character of a word before it, or a dateline's 讯 / 电 / 丨 run into it)
        rf"|(?:(?<!{_HAN})|(?<=[讯訊电電丨]))(?![日月年]|近日|今日|昨日|今天|昨天|同日|当日|此前|随后|截至|据)"
        rf"(?P<issuer>(?:\*?ST)?{_HAN}{{2,8}}?)"  # (the shortest: 某某发布公告 is 某某)
        # (its code in brackets: (600498.SH), (股票代码:600874), (601328.SH/03328.HK), (02600)(沪:601600))
        r"(?=(?:\((?:股票代码|证券代码|[沪深港])?:?[0-9A-Z./]{4,24}\)){0,2}(?:\d{1,2}月\d{1,2}日|今日|今天|昨日|昨天)?"
        r"(?:晚间|早间)?(?:对此)?(?:亦|也|又|还)?(?:(?:发布|公布|释出)(?:了)?(?:关于[^。,;]{0,30}?的|[^。,;关]{0,12}?)?)?公告"
        # (某某公布，甲已辞任公司独立非执行董事: a short name's announcement; not 董事会(欣然)宣布,
        # nor 据某部宣布)
        r"|(?<!董事会)(?<!欣然)(?:公布|宣布)(?:称)?,"
        # (丽尚国潮(600738.SH) +0.020 (+0.438%) 公布: a quote page's price and change after the code)
        rf"|\([0-9A-Z.]{{4,12}}\)(?:{OTHER_MARKET_CODE})?(?: ?[+-]\d+(?:\.\d+)? ?\([+-]?\d+(?:\.\d+)?%\) ?)?"
        r"(?:\d{1,2}月\d{1,2}日|今日)?(?:公布|宣布))"
        # The company a director writes to, by the name the text gives it (甲向某某董事会递交书面辞呈).
        rf"|(?<=向){_HAN}{{2,12}}?(?=董事会(?:递交|提交|呈交))",
    ),
    # (not a clause's words before a bare 学校: 此次会议就学校进一步发展…)
    "school": re.compile(
        rf"(?:(?!会议|召开|研究|通过|当选|选举|产生|任命|宣布|决定|[就的了])(?:{_HAN})){{2,16}}?(?:大学|学院|学校|中学|小学)"
    ),
    # (or a company, whose short 该司 it may be, 某物流有限公司…该司总经理; not a superior, 上司)
    "division": re.compile(rf"{_HAN}{{2,20}}?(?<!上)司(?![长])"),
    "college": re.compile(rf"{_HAN}{{2,20}}?学院"),
    # 该院 / 本院: a hospital, a college, a court, a procuratorate, an academy or institute the text named
    # (an academy's institute or hospital, named whole: 中国科学院深圳先进技术研究院, 某中医科学院某医院)
    "campus": re.compile(rf"{_HAN}{{2,10}}?(?:院区|校区)"),
    "hospital": re.compile(
        # (某大学医学院附属第一医院: the hospital, not the school whose it is)
        rf"{_HAN}{{2,16}}?(?:医院|保健院|卫生院|衛生院|学院(?:附属{_HAN}{{1,12}}?医院)?|研究院|法院|检察院|科学院(?:(?:(?![和及与任命为免去聘的属在]){_HAN}){{1,14}}?(?:医院|学院|研究院))?)"
    ),
    **{f"society {end}": re.compile(rf"{_HAN}{{2,24}}?{end}") for end in _SOCIETY_ENDS},
    # (a federation, a society, a foundation: 某市妇女联合会…该会副主席, 某红十字会, 某基金会)
    "committee": re.compile(
        # (a body's own committee named whole: 某基金会信托委员会)
        rf"{_HAN}{{2,24}}?(?:委员会|协会|学会|商会|联合会|红十字会|基金会|研究会|促进会|联谊会)"
        # (not past a verb to another committee: 某学会召开第八届委员会… names the 学会)
        rf"(?:(?:(?!召开|举行|选举|会议){_HAN}){{0,12}}?委员会)?"
    ),
    # (no word ending in 部 that names no ministry: 干部, 全部, 内部, 东部, 总部, 支部, 俱乐部)
    # (its name opens a clause or follows the word a source is named after: 据教育部…, 记者从外交部…,
    # 新华社北京3月1日电 工业和信息化部…; not 勤保障部 inside 中央军委后勤保障部)
    "ministry": re.compile(
        rf"(?:(?<!{_HAN})|(?<=[据从经在由电讯]))"
        rf"(?:(?![长该据从电讯]){_HAN}){{2,16}}?(?<![干全内外局东西南北中总本支分俱乐])部(?![长门署分])"
    ),
    "press": re.compile(
        rf"(?:(?!该){_HAN}){{2,16}}?(?:通讯社|新华社|报社|杂志社|出版社|电视台|广播电台|电台)"
    ),
    "hall": re.compile(
        rf"(?:(?!该){_HAN}){{2,16}}?(?:博物馆|图书馆|纪念馆|档案馆|文史馆|文史研究馆|美术馆|科技馆|文化馆|展览馆)"
    ),
    "zone": re.compile(rf"(?:(?!该){_HAN}){{2,16}}?(?:新区|园区|开发区|高新区|经开区|示范区|试验区)"),
    "troupe": re.compile(rf"(?:(?!该){_HAN}){{2,16}}?(?:艺术团|歌舞团|剧团|杂技团|乐团|合唱团)"),
    "department": re.compile(rf"(?:(?![长该]){_HAN}){{2,16}}?厅(?!长)"),
    "centre": re.compile(rf"(?:(?!该){_HAN}){{2,20}}?中心"),
    # (某局长由该局副局长甲升任: the bureau whose head's post is told, as Taiwan prints it)
    # (no title or back-reference inside: 副署长甲调升该署 names no agency; 部署, 签署 are verbs)
    "bureau": re.compile(rf"(?:(?![长该]){_HAN}){{2,16}}?局(?:(?!长)|(?=长(?:一职)?(?:则|将)?由))"),
    "agency": re.compile(
        rf"(?:(?![长该]){_HAN}){{2,16}}?(?<![部签布])署(?:(?!长)|(?=长(?:一职)?(?:则|将)?由))"
    ),
    # (某市政府人事处 names the government; 市政府 alone, or 县政府 after a clause, is no name)
    "government": re.compile(rf"{_HAN}{{1,10}}?(?<![两双各几])[市县]政府"),
    # (银行业: the industry, no bank; 某银行股份有限公司: the bank's full name, as a company's)
    # (某银行某省分行 … 该行: the branch)
    "bank": re.compile(
        rf"{_HAN}{{2,16}}?银行(?:股份有限公司|有限责任公司|有限公司|{_HAN}{{1,10}}?(?:分行|支行))?(?!业)"
    ),
    "institute": re.compile(rf"{_HAN}{{2,20}}?院(?![长士校区])"),
    "research": re.compile(rf"{_HAN}{{2,20}}?研究所"),
    # the committee that met to elect (某处党委召开党员大会，选举产生新一届委员会…本届委员会委员;
    # 某处党委委员选举大会…当选为本届委员会委员)
    "elected": re.compile(
        rf"{_HAN}{{2,30}}?(?:党委|党总支|党支部|委员会)(?=召开|举行|换届|委员选举|选举大会|第[一二三四五六七八九十\d]{{1,3}}次)"
    ),
}
# A company by the short name its board goes by, opening a clause (某某董事会选举甲为公司董事长, 某某
# 第五届董事会第十次会议召开): taken, as an announcement's issuer is, only when the text prints no
# full name. (No word of a clause in it: 授权期限自本次董事会…, 甲辞去公司董事会…)
_BOARD_OF: Final = re.compile(
    # (not a term's ordinal alone: ,第四届董事会 names no company)
    rf"(?<!{_HAN})(?!第[一二三四五六七八九十\d]{{1,3}}届董事会)"
    # (not a clause's subject and its lead-in: 甲向董事会提交…, 乙于近日向董事会…)
    # (nor a term's ordinal or a meeting's verb inside it: 某某召开第九届董事会, 某某第九届董事会决议)
    rf"(?:(?![辞选聘免任请经的公本自期次向于已第召]){_HAN}){{2,8}}(?=(?:第[一二三四五六七八九十\d]{{1,3}}届)?董事会)"
)
# A post starting with 院 or 校 and one of these names the institute or school the text is about
# (院党委书记, 院院长 after 院党委书记、; 任校党委书记, 任校长): the character stands for its name.
_OWN_UNITS: Final = {
    "院": ("institute", ("党委", "纪委", "团委", "院长", "副院长", "办公室")),
    "校": ("school", ("党委", "纪委", "团委", "校长", "副校长")),
}
# What a text that defines a short name prints (以下简称, or a closing quote before a bracket).
_DEFINING_MARKS: Final = ("以下简称", "以下簡稱", "下简称", "下簡稱", "下称", "下稱", "」(", "」（")
# 以下简称 cut by a line break (以下简⏎称), in either script: 以⏎下, 下⏎简, 下⏎簡, 简⏎称, 簡⏎稱.
# (One scan, from line break to line break, the character after each tested against one class and
# the two before it looked back at only then: five str.find scans of the page cost twice as much,
# and the lookbehinds tried at every break two and a half times.)
_MARK_CUT: Final = re.compile("\n[下简簡称稱](?:(?<=以\n下)|(?<=下\n[简簡])|(?<=简\n称)|(?<=簡\n稱))")
# The short name alone, found in the raw text (以下简称“省金融局”).
# (Two patterns, each with a literal start the engine searches for quickly.)
_DEFINED_SHORT: Final = re.compile(rf"以下[简簡][称稱][“\"「]?({_HAN}{{2,6}})")
# …and with 下称 or 下简称 (中国某集团公司(下称“某油”)), sought only when the text prints it, not as
# part of 以下简称 (which every gazette prints). (A bare 简称 in brackets, which every gazette prints
# for its policies, is not: its scan cost more than it found.)
_BRACKETED_SHORT: Final = re.compile(rf"[(（]下[简簡]?[称稱][“\"「]?({_HAN}{{2,6}})")
# (one scan of the text for both scripts; the lookbehind after the literal keeps the engine's skip)
_UNDER_MARK: Final = re.compile("下(?<!以下)[简簡]?[称稱]")
_QUOTED_SHORT: Final = re.compile(rf"」[(（]({_HAN}{{2,8}})[)）]")
# The words by which a page names its own unit (我院召开大会…), completed with the unit it prints first.
OWN_UNIT_WORDS: Final = ("我院", "本院", "我校", "本校")
# The words that name the page's own body, completed with the one it prints first (its heading):
# a unit's (我院) and a Taiwan government's in its own release (本府).
_FIRST_PRINTED: Final = (*OWN_UNIT_WORDS, "本府")
# Every back-reference word (posts.py leaves a post starting with one for the rules here).
BACK_REFERENCE_WORDS: Final = frozenset(w for words in _KINDS.values() for w in words)
# The words a company or a bank names itself by (本公司董事会, 该行董事会).
BOARD_OWN_WORDS: Final = (*_KINDS["company"], *_KINDS["bank"])
# (the first characters of the words above, in both scripts)
_FIRST: Final = frozenset("本该該公我学學医醫集新研协協商当當人")
_BACK_REFERENCES: Final = tuple(BACK_REFERENCE_WORDS)


def refers_back(key: str, at: int = 0) -> bool:
    """Whether ``key`` opens (at ``at``) with a back-reference word (该局, 本院): sought only where one of
    their first characters stands (startswith would try some ninety words one by one)."""
    return key[at : at + 1] in _FIRST and key.startswith(_BACK_REFERENCES, at)


# 某管理局(以下简称"省金融局"; 下称 alike), or a press release's 「某委员会」(委员会): the
# short name, then the full.
_DEFINED: Final = re.compile(
    rf"({_HAN}{{2,30}})[(（](?:以下简称|以下称|下简称|下称)[“\"「]?({_HAN}{{2,6}})[”\"」]?[)）]"
    rf"|「({_HAN}{{2,30}})」[(（]({_HAN}{{2,8}})[)）]"
)
# Words no organisation's name holds (a clause before the word: 张三同志任医院…, 免去其学校…;
# 我 anywhere: 厅党组对我院, a clause wrapped over a line).
_NOT_IN_A_NAME: Final = re.compile(
    r"^(?:本(?!府)|该)|我|任命|聘任|聘请|决定|研究(?![院所会中室馆])|为|的|在|由|(?<!财)经(?![济贸营])|了|同志|先生|女士|免去|其|(?<![责信])任(?![丘城泽])|[关鉴由对基至]于|宣布|宣读|召开|主持"
    r"|代表|校长|院长"  # 某校长代表理事会和学校: a clause, not a school's name
    r"|辞去|辞任|辞职"  # (甲讲师辞去学院团委书记职务: a clause's verb, in no body's name)
    r"|下设|[一二三四五六七八九十两\d]个"  # 某学院下设三个研究所: a count of units, no unit's name
    r"|让|各"  # 让市府各局处与各区公所…交流: a sentence about all the bureaus, not one of them
    # (局长一职该局副局长乙代理: a clause, no bureau's name; a procuratorate's 职务犯罪预防局 is one)
    r"|一职|职务(?!犯罪)|该(?=[局校院行所会])"
    r"|交易所"  # 香港联合交易所有限公司 (a listed company's exchange, in its disclaimer): never 本公司
    r"|[母子]公司"  # 某公司母公司某集团: two companies told apart, not one name
    r"|股东"  # (公司控股股东某集团有限公司, 股东某投资有限公司: a shareholder, never 本公司 itself)
    r"|注册成立|注册之"  # (于开曼群岛注册成立之有限公司): where a Hong Kong-listed company is registered
    r"|本集团|本公司"  # (…获授权有效地管理本集团整体业务: the company's words for itself, in no name)
)
# Words a clause puts before an organisation's name (甲任某大学…, 乙辞去某银行…): no part of it.
_LEADS: Final = re.compile(
    # (not 任丘, 任城, 任泽: places whose names open with 任)
    # (上海证券报讯 某集团…公告: a paper's dateline run into the name)
    r"(?:(?<=[报社网台])讯|辞去|辞任|(?<![责信])任(?![丘城泽])|在|由|的|(?<!财)经(?![济贸营])|据|为|与|和(?!改革|城乡|社会|信息化|旅游|体育|自然)|及|向|对|是|了|将|后|于|从|情况|公告"
    r"|到|赴|重回|回到"  # (甲重回某大学任职: where he went)
    r"|另"  # (另本府交通局局长甲请辞: the sentence's turn, no part of the bureau's name)
    r"|而原|而)"  # (…，而原某局代副局长乙则获委任为该局副局长: the clause's turn, and "former")
)


def complete_back_references(doc_text: str, events: list[Event]) -> list[Event]:
    """``events`` with posts that start with a back-reference, or with a short name the text
    defines (某某管理局（以下简称“省金融局”）), completed from ``doc_text``."""
    whole = cache(lambda: compact(doc_text))  # compacted once, and only if a rule below needs it
    events = _defined_names_expanded(doc_text, whole, events)
    events = _bracketed_shorts_expanded(doc_text, events)
    kinds = [(e, _reference(e.post)) for e in events]
    if not any(ref for _, ref in kinds):
        return events
    # The text is searched once for each back-reference word, however many events use it.
    named = cache(lambda kind, word: _names_for(whole(), kind, word))
    done = [_completed(e, ref, whole(), named(*ref)) if ref else e for e, ref in kinds]
    # A bureau named through its government's own word (该局 after 本府交通局局长): that word next
    # (only in the posts the pass above completed so: a 本府 it left is left).
    again = [
        (d, _reference(d.post) if d is not e and d.post.startswith("本府") else None)
        for (e, _), d in zip(kinds, done, strict=True)
    ]
    return [_completed(e, ref, whole(), named(*ref)) if ref else e for e, ref in again]


def _defined_names_expanded(doc_text: str, whole: Callable[[], Compact], events: list[Event]) -> list[Event]:
    """``events`` with a post that starts with a short name the text defines written in full (the
    back-reference words of an announcement are left to the rules below)."""
    # (a page's layout may break 以下简称 over two lines: read without its line breaks then)
    flat = doc_text.replace("\n", "") if _MARK_CUT.search(doc_text) else doc_text
    if not any(mark in flat for mark in _DEFINING_MARKS):
        return events
    # Gazettes define many short names (以下简称《办法》); the text is read in full only when an
    # event's post starts with one of them.
    quoted = _QUOTED_SHORT.finditer(flat) if "」" in flat else ()
    bracketed = _BRACKETED_SHORT.finditer(flat) if _UNDER_MARK.search(flat) else ()
    found = [*_DEFINED_SHORT.finditer(flat), *bracketed, *quoted]
    shorts = {to_key(m.group(1)) for m in found}
    shorts -= BACK_REFERENCE_WORDS
    starts = tuple(shorts)  # (made once, not once an event)
    if not any(to_key(e.post).startswith(starts) for e in events):
        return events
    c = whole()
    defined = {
        short: _trimmed(c, m.start(1), m.end(1)) if m.group(1) else c.text[m.start(3) : m.end(3)]
        for m in _DEFINED.finditer(c.key)
        if (short := m.group(2) or m.group(4)) not in BACK_REFERENCE_WORDS
    }
    out = []
    for e in events:
        short = next((w for w in defined if to_key(e.post).startswith(w) and len(e.post) > len(w)), None)
        if short is None:
            out.append(e)
            continue
        full = defined[short]
        org = full + e.org[len(short) :] if to_key(e.org).startswith(short) else e.org
        out.append(replace(e, post=full + e.post[len(short) :], org=org))
    return out


# Words a clause puts before the full name that a bracketed short name follows (为香港房屋委员会（房委会）;
# 行政长官以香港某大学（某大）校监的身份; not 和 / 及 / 等, which names hold: 中华人民共和国…,
# 食物及衞生局（食衞局）, nor 以 of 以色列); 据, 依据 and 从 of a report (记者从某厅（简称：某厅）获悉;
# not 从化区, 数据局).
_BEFORE_FULL: Final = re.compile(r".*(?:[为為任的在由]|以(?!色列|及)|[从從](?!化)|(?<!数)[据據])")
_HAN_BEFORE: Final = re.compile(f"{_HAN}+$")  # (the Han characters right before the bracket)
_LEVEL_WORDS: Final = frozenset({"自治区", "自治州", "自治县"})


def _bracketed_shorts_expanded(doc_text: str, events: list[Event]) -> list[Event]:
    """``events`` with their posts' short names defined in brackets written in full (see below);
    the text is searched only for the openings of the events' posts printed after a bracket."""
    wanted = {e.post[:2] for e in events}
    shorts = _bracketed_from(doc_text, wanted)
    for word in ("简称", "簡稱"):  # (某集团（简称「某某」）: each 简称 the page prints, a bracket before it)
        at = doc_text.find(word, 1)
        while at > 0:
            m = _GLOSSED_SHORT.match(doc_text, at + 2) if doc_text[at - 1] in "（(" else None
            if m and m[1][:2] in wanted:
                shorts.setdefault(m[1], (at - 1, True))
            at = doc_text.find(word, at + 2)
    if not shorts:
        return events
    openings = {short[:2] for short in shorts}
    return [_bracketed_short_expanded(doc_text, shorts, e) if e.post[:2] in openings else e for e in events]


# The short name after a bracket's 简称 (中国某集团(简称某某), （簡稱「某某」), (简称：某某), (简称为某某)).
_GLOSSED_SHORT: Final = re.compile(rf"[为為]?[:：]?[“「\"]?({_HAN}{{2,4}})[”」\"]?[）)]")


def _bracketed_from(doc_text: str, openings: set[str]) -> dict[str, tuple[int, bool]]:
    """Each short name of two to four characters printed in brackets that opens with one of
    ``openings`` (posts' first two characters: 房委會 in 香港房屋委員會（房委會）), at its first full-width
    bracket, else its first plain one (no 简称 before it: False)."""
    # (each bracket of the text looked at once, for all the openings: not the text searched once
    # for each opening; an opening shorter than two, of a post as short, compared as long as it is)
    lengths = sorted({len(opening) for opening in openings})
    found: dict[str, tuple[int, bool]] = {}
    for bracket, close in (("（", "）"), ("(", ")")):
        at = doc_text.find(bracket)
        while at >= 0:
            if any(doc_text[at + 1 : at + 1 + n] in openings for n in lengths):
                end = doc_text.find(close, at + 3, at + 6)
                if end > 0 and all(is_han(ch) for ch in doc_text[at + 1 : end]):
                    found.setdefault(doc_text[at + 1 : end], (at, False))
            at = doc_text.find(bracket, at + 1)
    return found


def _bracketed_short_expanded(doc_text: str, shorts: dict[str, tuple[int, bool]], e: Event) -> Event:
    """``e`` with a post that opens with a short name the text defines in brackets after the full
    one, as Hong Kong's releases do (香港房屋委員會（房委會）… 房委會委員): the short name's characters
    stand in the full name in order. The first such definition in the text is taken."""
    for n in (4, 3, 2):
        short = e.post[:n]
        if len(e.post) <= n or to_key(short) in BACK_REFERENCE_WORDS or to_key(short) in _LEVEL_WORDS:
            continue  # (某自治区（自治区）…: a word, not a name defined)
        at, glossed = shorts.get(short, (-1, False))
        if at <= 0:
            continue
        if glossed and split_post(to_key(e.post[n:]))[0]:
            continue  # (中国银行（简称「中银」）… 中银香港副董事长: another body whose name opens so)
        run = _HAN_BEFORE.search(doc_text, max(0, at - 30), at)
        full = run.group() if run else ""
        full = full[len(m.group()) :] if (m := _BEFORE_FULL.match(full)) else full
        if len(full) > n and _in_order(short, full):
            org = full + e.org[n:] if e.org.startswith(short) else e.org
            return replace(e, post=full + e.post[n:], org=org)
    return e


def _in_order(short: str, full: str) -> bool:
    """Whether the characters of ``short`` stand in ``full`` in the same order (房委會 in 香港房屋委員會)."""
    at = 0
    for ch in short:
        at = full.find(ch, at) + 1
        if not at:
            return False
    return True


_LONGEST_COLLEGE: Final = 12  # (a university's college by its field: 马克思主义学院, 电子信息与电气工程学院)


def college_of_a_university(name: str) -> bool:
    """Whether ``name`` (a key) is a university's college named by its field (机电工程学院, 外国语学院),
    not an institution of its own (某省职业技术学院 names its place)."""
    return (
        name.endswith("学院")
        and len(name) <= _LONGEST_COLLEGE
        and not known_place_at(name)
        and not name.startswith(PROVINCES)  # (湖南铁道职业技术学院, 北京体育学院: one of its own)
        and not any(word in name for word in _OWN_COLLEGE_WORDS)
    )


# Words of a college that is an institution of its own, not a university's (某某职业技术学院, 某师范学院).
_OWN_COLLEGE_WORDS: Final = ("职业", "师范", "专科", "技师", "干部", "高等", "技术学院")


def named_before(post_key: str, org_key: str) -> int:
    """The length of the back-reference word ``post_key`` opens with when ``org_key`` (the
    organisation named just before it in a list) is of the word's kind (湖南省人民医院院长、该院党委
    副书记: 该院 is that hospital); 0 otherwise."""
    ref = _reference(post_key)
    if ref is None or ref[1] in OWN_UNIT_WORDS or ref[0] == "research":
        return 0  # (我院 is the page's own unit; 研究所 after a 研究院 is one of its units)
    m = _REFERENT[ref[0]].fullmatch(org_key) if ref[0] in _REFERENT else None
    return len(ref[1]) if m and not m.groupdict().get("issuer") else 0


# A government named without its place, before its head's title (人民政府市长, 人民政府副县长), and
# the level the title is of.
_GOVERNMENT: Final = "人民政府"
_GOVERNMENT_HEAD: Final = re.compile(r"(?:常务)?(?:副|代理)?([省市县区州旗镇乡])长")
# What follows 当地 + a level character when the character opens a word (当地市场, 当地区域, 当地乡村).
_NOT_LEVEL: Final = frozenset("场域村镇")


def _reference(post: str) -> tuple[str, str] | None:
    """(kind, word) of the back-reference ``post`` starts with, if any."""
    if (own := _OWN_UNITS.get(post[:1])) and to_key(post[1:]).startswith(own[1]):
        return own[0], post[:1]
    if post.startswith(_GOVERNMENT) and (level := _GOVERNMENT_HEAD.fullmatch(to_key(post), len(_GOVERNMENT))):
        # 某市人大会议选举甲为人民政府市长: the government of the place the deciding body is of
        return f"place {level[1]}", _GOVERNMENT
    if post[:1] not in _FIRST:
        return None
    head = to_key(post[:6])
    for kind, words in _KINDS.items():
        for word in words:
            if head.startswith(word):
                # (医院管理局: Hong Kong's Hospital Authority, a body's name opening with the word)
                # (当地市场监管局, 当地区域: words the place's level character opens, no place)
                local = word.startswith("当地") and head[len(word) : len(word) + 1] in _NOT_LEVEL
                if local or word == "医院" and head.startswith("管理局", 2):
                    return None
                return kind, word
    return None


def _completed(e: Event, ref: tuple[str, str], c: Compact, named: list[tuple[int, str]]) -> Event:
    """``e`` with its back-reference replaced by the name printed nearest before it (else the first)."""
    if not named:
        return e
    # (where the word stands in the evidence: 聘任甲为某研究所副所长，兼任该所党支部书记 — the 研究所
    # named in the same item, after the item's start, is the one 该所 refers to)
    # (院 / 校 alone are too common a character to be sought: 院长 later in the evidence)
    inside = e.evidence.rfind(e.post[: len(ref[1])]) if len(ref[1]) > 1 else 0
    at = bisect_right(c.sources, e.span[0] + max(inside, 0)) if c.text else 0
    before = [name for end, name in named if end <= at]
    if ref[1] == "校":  # (校团委书记 after 某学院副院长: the university's, not its college's)
        named = [(end, name) for end, name in named if not college_of_a_university(to_key(name))]
        before = [name for name in before if not college_of_a_university(to_key(name))]
        if not named:
            return e
    if ref[1] == "集团":  # (a bare 集团 names back a group named in full, 某集团有限公司: not 大会补选集团)
        named = [(end, name) for end, name in named if to_key(name).endswith("公司")]
        before = [name for name in before if to_key(name).endswith("公司")]
        if not named:
            return e
    groups = {name for _, name in named if "集团" in ref[1] and _the_group(c, name)}
    if groups:
        # (集团公司审计部部长 after 聘任甲为某路桥工程有限公司总经理, or after 某集团第三建设有限公司:
        # the group in full that heads and signs the notice, not one of its companies)
        named = [(end, name) for end, name in named if name in groups]
        before = [name for name in before if name in groups]
    if ref[0].startswith("place") and (opening := _place_opening_clause(c, named, at)):
        before = [opening]  # 某市人大常委会任命原乙市某局局长甲为该市…: the clause's own place
    # 我院 / 我校 is the unit whose page it is: the first printed (the site's heading)
    name = before[-1] if before and ref[1] not in _FIRST_PRINTED else named[0][1]
    if not ref[0].startswith(("place", "committee", "elected")):
        # (中共某医院委员会…医院院长助理: the hospital the party committee is of, not the committee)
        name = name.removeprefix("中国共产党").removeprefix("中國共產黨").removeprefix("中共")
    word = ref[1]
    if word == _GOVERNMENT:  # (the word kept: 某市人民政府市长)
        return replace(e, post=name + e.post, org=name + e.org)
    post = name + _without_of(e.post[len(word) :])
    org = name + _without_of(e.org[len(word) :]) if e.org.startswith(e.post[: len(word)]) else e.org
    return replace(e, post=post, org=org)


# A group's name in full (某集团有限公司, 某集团股份有限公司, 某集团公司).
_GROUP_IN_FULL = re.compile(r"集团(?:股份有限公司|有限责任公司|有限公司|公司)$")


def _the_group(c: Compact, name: str) -> bool:
    """Whether ``name`` is a group's in full that the text prints more than once (its notice's head
    and signature): the group its 集团公司 names back, not a clause's words before the word."""
    key = to_key(name)
    return _GROUP_IN_FULL.search(key) is not None and c.key.count(key) >= 2


def _place_opening_clause(c: Compact, named: list[tuple[int, str]], at: int) -> str:
    """The first place of ``named`` printed in the clause before ``at`` (the deciding body's, 某市
    人大常委会任命…), not the one describing the person (原乙市某局局长甲) nor a source's in a clause
    before (记者从乙市获悉，某市人大常委会…); '' if none is."""
    begin = max(c.key.rfind(stop, 0, at) for stop in "。;\n,") + 1
    return next((name for end, name in named if begin < end <= at), "")


def _without_of(rest: str) -> str:
    """What follows a back-reference without a classical 之 (本公司之公司秘书: 之 is 的)."""
    return rest.removeprefix("之")


# The offices whose names may be of three characters when their own titles follow (财政局长, 公路局副局长).
_OFFICES: Final = ("bureau", "agency")
_HEADS: Final = ("长", "副", "局长", "署长")


def _names_for(c: Compact, kind: str, word: str) -> list[tuple[int, str]]:
    """(end offset, printed name) of each organisation ``word`` may refer to in ``c``: the one the
    text defines for the word alone (at offset 0, so it is always 'before'), else every one printed."""
    for m in _DEFINED.finditer(c.key):
        if m.group(2) == word:
            return [(0, _trimmed(c, m.start(1), m.end(1)))]
    if kind.startswith("place"):
        return _places_named(c, kind[-1])
    titled = "《" in c.key
    matches = list(_REFERENT[kind].finditer(c.key))
    found = [
        (m.end(), _trimmed(c, m.start(), m.end()), bool(m.groupdict().get("issuer")))
        for i, m in enumerate(matches)
        if not (titled and _in_a_title(c.key, m.end() - 1))
        and not (kind == "company" and i and _run_on(c.key, matches[i - 1].end(), m.start()))
    ]
    if kind == "company" and "董事会" in c.key:
        found += [(m.end(), _trimmed(c, m.start(), m.end()), True) for m in _BOARD_OF.finditer(c.key)]
        found.sort()
    # A name, not the bare word again or a clause ending in it (聘任刘洋为学校… names no school);
    # an announcement's issuer may be a short name of three (晋誉堂公告), and is taken only when the
    # text prints no full name (某某股份有限公司发布…公告 … 图源：某某公告), unless its stock code
    # follows it (某某股份(01871.HK)公布: as sure as a full name, on a page of one company an item).
    named = [
        (end, name, issuer)
        for end, name, issuer in found
        # (a bureau's name of three only before its own titles: 财政局长由该局副局长甲升任, 公路局副局长
        # 甲升任该局局长; not 邮政局代表列席 before 该局局长…)
        # (a ministry's name of three: 外交部, 教育部, its start bounded in the pattern)
        if len(name)
        >= (3 if issuer or kind == "ministry" or (kind in _OFFICES and c.key.startswith(_HEADS, end)) else 4)
        and (not _NOT_IN_A_NAME.search(key := to_key(name)) or _heads_a_line(c.source, name))
        and key not in BACK_REFERENCE_WORDS  # (…为集团公司: the word again, after a clause's 为)
    ]
    full = [(end, name) for end, name, issuer in named if not issuer or c.key.startswith("(", end)]
    # (an issuer printed before any full name stands for the text above that name: 某某(600872.SH)
    # 董事会…公告…甲辞去公司总经理职务。…乙为宝能投资集团总裁助理: 公司 is 某某's)
    first_full = full[0][0] if full else len(c.key)
    early = [
        (end, name) for end, name, issuer in named if issuer and end < first_full and (end, name) not in full
    ]
    found_names = sorted(full + early) if full else [(end, name) for end, name, _ in named]
    if kind in _PARTY_NAMED:  # (中共某大学委员会 signing: 学校党委… is 某大学党委…, not 中共某大学党委…)
        return [(end, name.removeprefix("中共")) for end, name in found_names]
    return found_names


def _run_on(key: str, before_end: int, start: int) -> bool:
    """Whether a company's name found at ``start`` runs on from the registered name found before it
    (某某集团有限公司　新闻中心⏎集团公司举行…, 某某集团有限公司 > 集团要闻⏎集团公司召开…: a site's
    header, its section and a headline's 集团公司 joined into one line, naming no second company)."""
    # (not a subsidiary named after its group, 某某集团华东工程有限公司: the group's name ends in 集团)
    registered = key.endswith("公司", 0, before_end)
    return registered and 0 <= start - before_end <= 1 and key[before_end:start] in _CRUMBS


# What parts a site's name from its section in a header (某某集团有限公司 > 集团要闻), if anything.
_CRUMBS: Final = ("", ">", "|", "/", "»", "›")


def _in_a_title(key: str, at: int) -> bool:
    """Whether ``at`` lies inside the title of a law in 《》 (《中华人民共和国人民法院组织法》 names a
    law, no court), or after a notice title's 关于 (《某大学关于甲同志任职的通知》 names its issuer
    only before it)."""
    opening = key.rfind("《", 0, at + 1)
    if opening <= key.rfind("》", 0, at):
        return False
    close = key.find("》", at)
    # (《某市人民政府关于调整某局领导班子的通知》: what follows 关于 is its matter, not its issuer)
    return close > 0 and (key.endswith(_LAW_ENDS, 0, close) or key.find("关于", opening, at) >= 0)


_LAW_ENDS: Final = ("法", "条例", "办法", "规定", "规则", "章程")


# The kinds of body a party committee's signature names with 中共 before it (中共某大学委员会).
_PARTY_NAMED: Final = frozenset({"school", "college"})


def _places_named(c: Compact, end: str) -> list[tuple[int, str]]:
    """(end offset, printed name) of each place of the kind ``end`` names (市, 县…) printed in ``c``
    by a name the place list or the dictionary knows (株洲市, not 城市 or 全市)."""
    found = []
    at = c.key.find(end)
    while at > 0:
        starts = range(max(at - 9, 0), at - 1)  # (the longest name first: 株洲市, not 洲市)
        start = next((s for s in starts if known_place_at(c.key[s:]) == at + 1 - s), -1)
        if start >= 0:
            found.append((at + 1, c.text[start : at + 1]))
        at = c.key.find(end, at + 1)
    return found


# The shortest name an organisation's line break may leave (某某有限公司): a shorter rest is a
# name wrapped over two lines, not a heading above it.
_SHORTEST_AFTER_BREAK: Final = 6


def _trimmed(c: Compact, start: int, end: int) -> str:
    """The printed name at [start, end) of ``c``, without the words a sentence or the line above
    (一、高级管理人员辞职情况⏎某某有限公司) put before it."""
    newline = c.source.rfind("\n", c.sources[start], c.sources[end - 1])
    after = bisect_right(c.sources, newline, start, end) if newline >= 0 else start
    if end - after >= _SHORTEST_AFTER_BREAK or (newline >= 0 and after - start <= 2):
        start = after  # (a word of two ending the line above is page chrome: 正文⏎学院…)
    key = c.key[start:end]
    cut = max((m.end() for m in _LEADS.finditer(key) if m.end() <= len(key) - 4), default=0)
    if cut and _heads_a_line(c.source, c.text[start:end]):
        return c.text[start:end]  # 美的集团…, 对外经济贸易大学: the name as its heading prints it, whole
    return c.text[start + cut : end]


def _heads_a_line(source: str, name: str) -> bool:
    """Whether ``source`` prints ``name`` as a heading or a signature does (美的集团股份有限公司关于…的
    公告, 某某公司董事会 or 某大学 alone on a line; not 经某公司董事会审议, 在某大学召开…, 据某银行公告):
    a name so printed is whole."""
    at = source.find(name)
    while at >= 0:
        line_start = source.rfind("\n", 0, at) + 1
        if not source[line_start:at].strip() and _SIGNATURE_OR_HEADING.match(source, at + len(name)):
            return True
        at = source.find(name, at + 1)
    return False


# What follows an organisation's name opening a heading or a signature line (its 董事会 and nothing
# else on the line, or 关于 of a notice's title).
# (or its head's dispatch, as Macao titles one: 某局局长批示)
_SIGNATURE_OR_HEADING: Final = re.compile(
    r"关于|(?:局长|局長|司长|司長)批示|(?:董事会)?[ \t\u3000]*(?:\r?\n|$)"
)
