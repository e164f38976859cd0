"""Find the stretches of a gazette that speak of appointments, and cut them into notices.

Most of a gazette is policy text. A cheap scan for trigger words picks the windows worth
reading; each window is normalised (:mod:`graph_builder.read.normalise`) and cut into notices at
their titles, with 文号, issuer and the dates that govern each line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, TypeVar

import numpy as np

from graph_builder.read.dates import DATE, FULL_DAY, find_period, parse_date
from graph_builder.read.normalise import TONED, Compact, pinyin_glosses
from graph_builder.read.patterns import CLOSING, DOCNO, NUMBERED, date_line
from graph_builder.types import FuzzyDate

# Scanned over the raw source (either script, spaces allowed inside table headers).
TRIGGER_WORDS: Final = [
    *("任命", "任免", "免去", "免职", "免職", "正式任", "试用期", "試用期", "聘任", "聘为", "聘為"),
    *("解聘", "辞去", "辭去", "不再担任", "不再擔任", "当选", "當選", "任\\s+命", "免\\s+去", "同志任"),
    *("兼任", "选举", "選舉", "撤销", "撤銷", "委任", "派任", "出任", "调任", "調任", "升任", "转任"),
    *("轉任", "提任", "晋升", "晉升", "拟任", "擬任", "聘请", "聘請", "补选", "補選", "罢免", "罷免"),
    *("卸任", "履新", "递补", "遞補", "代表资格", "代表資格", "新任", "增补", "增補", "代理", "宣布"),
    *("研究决定", "研究決定", "接任", "获任", "獲任", "一职由", "一職由", "免除", "续聘", "續聘"),
    *("留任", "连任", "連任", "续任", "續任", "特任", "简任", "簡任", "已任", "担任", "擔任", "改任", "接替"),
    *("辞职", "辭職", "请辞", "請辭", "撤职", "撤職", "就任", "辞任", "辭任", "选出", "選出"),
    *("暂代", "暫代"),  # 陆委会主委由副主委甲暂代 (acting, as 代理)
    *("接掌", "署理", "擢升", "挂任", "掛任", "挂职", "掛職", "委派", "上任", "到任", "到岗", "到崗"),
    *("聘书", "聘書", "新聘", "接棒", "调升", "調升", "調陞"),  # 为新聘的六名馆员颁发聘书; 甲接棒乙，任…
    *("任职名单", "任職名單"),  # 某医院护士长任职名单⏎某科护士长：甲 (a list titled: no verb)
    *("陞任", "晉陞", "提拔为", "提拔為", "职务调整", "職務調整"),  # 甲同志提拔为…, 乙同志职务调整为…
    *("遗缺", "遺缺", "职缺", "職缺", "回任"),  # 遗缺则是乙接手; 社会局长由前局长甲回任
    *("核派", "改派"),  # Taiwan: 核派　甲　为本府某局局长 (a name padded apart from the verb)
    *("解职", "解職"),  # 某县长甲遭内政部解职  # 核派原秘書甲陞任主任秘書 (陞: 升 as Taiwan prints it)
    *("卸去", "卸下", "卸职", "卸職"),  # 甲已卸下某省委书记职务, 某市有2位副市长卸职
    *("委员资格", "委員資格"),  # 甲的政协某市委员会委员资格自动终止
    *("下台", "下臺"),  # 某署长甲下台，由乙接手 (news: stepped down)
    *("调离", "調離"),  # 某县副县长甲调离 (other, as the annotation reads it)
    # 某县人大代表甲因病逝世: the posts end with a death
    *("逝世", "去世", "病逝", "辞世", "辭世", "殉职", "殉職"),
    *("人选的表决结果", "人選的表決結果"),  # 关于某人大专门委员会主任委员…人选的表决结果⏎the members
    *("移交(?:给|給|予|于|於)新", "交接(?:给|給|予|于|於)新", "交棒(?:给|給|予|于|於)新"),  # …交接给新校长乙
    *("宣誓就职", "宣誓就職"),  # 某县地政局长甲今天宣誓就职
    r"免兼?[\u4e00-\u9fff·、]{4,40}?[职職][。；;]",  # (总统令 免某部政务次长甲职。: Taiwan's removal)
    *("身份亮相", "身份公开亮相", "身份公開亮相", "身份首次", "身份首度"),  # (以某职身份公开亮相)
    *("获聘", "獲聘", "受聘"),  # 甲获聘省政府参事
    *("布达", "布達"),  # 布達甲為某局局長 (Taiwan: a head installed at a ceremony)
    "派(?=[\u4e00-\u9fff·、]{2,12}?[为為兼])",  # 派甲为某署署长 (Taiwan's orders; not 派出所, 党派)
    # 某部政务次长甲准免本职 / 应免本职 (Taiwan's orders)
    *("准免", "准予免", "應免本職", "应免本职", "應予免職", "应予免职"),
    # 决定甲同志为某局局长 / 明确乙同志为某办主任: a unit's notice naming the post with no 任
    *(f"{word}(?=[\u4e00-\u9fff]{{2,4}}同志[为為])" for word in ("决定", "決定", "明确", "明確")),
    # 会议经投票表决(，)决定甲、乙为国务院副总理 (a congress deciding on the premier's nominees, no 任命)
    "表[决決](?:[，,]\\s*)?[决決]定(?=[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*[为為])",
    # 第十四届全国人民代表大会第一次会议决定甲、乙为国务院副总理 (a congress or its meeting deciding)
    # (…根据某主席的提名，决定：⏎甲、乙为某委员会副主席；: the names on the line below)
    *(
        f"{w}(?=[:：][ \t\u3000]*\r?\n[ \t\u3000]*[\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,4}})*[为為])"
        for w in ("决定", "決定")
    ),
    # (…根据国务院总理的提名，决定甲、乙为…; …举行第五次全体会议，决定丙为…; 会议决定，丁为…)
    *(
        f"{w}(?=[\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,4}})*[为為])"
        for w in ("名，决定", "名,决定", "名，決定", "名,決定", "议，决定", "議，決定", "议,决定")
    ),
    *(f"{w}(?=[，,][\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,4}})*[为為])" for w in ("议决定", "議決定")),
    # (or its list below: …会议决定：⏎国务院副总理：甲　乙)
    *(
        f"{w}(?=[:：]?[\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,4}})*[为為]|[:：][ \t\u3000]*\r?\n)"
        for w in ("会决定", "會決定", "议决定", "議決定")
    ),
    # 异动名单如下：⏎机关|职称|姓名 (a table's lead); Taiwan's judicial orders (调派, 遴任)
    *("异动名单", "異動名單", "人事命令", "调派", "調派", "遴任"),
    # 聘甲、乙为总统府资政 (Taiwan's presidential orders; a body's own hires): names, then 为 (not 招聘,
    # nor 不聘, 未聘, 不再聘: no hire)
    "聘(?<![招应應不未再]聘)(?=[\u4e00-\u9fff、·]{2,40}?[为為])",  # (解聘, 续聘, 新聘: triggers of their own)
    *("增选", "增選"),  # 会议增选甲、乙为副省长
    *("被选为", "被選為", "推选", "推選", "推举", "推舉"),  # 甲被选为某联合会主席; 会议推选甲为副董事长
    *("获选为", "獲選為"),  # 甲獲選為某委員會主席 (Hong Kong, Taiwan)
    # 提名甲為某院副院長，咨請立法院同意 (Taiwan: a nomination the legislature consents to)
    *("咨请立法院", "咨請立法院", "諮請立法院", "行使同意权", "行使同意權"),
    "被免",  # 某报社总编辑甲被免总编辑职务 (news: 去 left out)
    *("正式成为", "正式成為"),  # 此前任职某市委书记的甲正式成为某市市长
    *("过渡至", "過渡至", "过渡到", "過渡到"),  # 某司长甲将过渡至新班子 (kept on for the next term)
    *("另有任用",),  # 原某大学党委书记甲另有任用 (a list's removal)
    *("拟提拔", "擬提拔", "拟任用", "擬任用"),  # 任前公示: 甲，…，拟提拔为某院院长
    "退任",  # 甲先生將於某日退任本公司行政總裁一職 (Hong Kong)
    *("辞呈", "辭呈"),  # 公司收到董事会秘书甲的书面辞呈
    *("改组名单", "改組名單", "人事名单", "人事名單"),  # 公布内阁改组名单：经济部长：甲
    *("内阁名单", "內閣名單"),  # 公布新内阁名单如下：⏎内政部长：甲
    *("掌门人", "掌門人"),  # 新“掌门人”包括：某学院院长甲，…
    # 某公司总经理甲离任。 大使乙任满离任回国 (not 离任审计)
    *("离任(?=[。，,；;]|回国)", "離任(?=[。，,；;]|回國)"),
    # 甲离任某局非执行董事 (a post after it; not 离任审计)
    "离任(?=[^，。；,;\\n]{2,30}?(?:董事|委员|成员|主席|长|书记|主任)[。，,；;])",
    "離任(?=[^，。；,;\\n]{2,30}?(?:董事|委員|成員|主席|長|書記|主任)[。，,；;])",
    "退休(?=[。，,；;]|前休假)",  # 某公司原董事长甲到龄退休。 (not 退休人员, 退休金); 开始退休前休假
    *("退伍(?=[。，,；;])", "归建", "歸建"),  # 某司令甲届龄退伍。 某馆长乙将于2月1日归建
    *("荣退", "榮退"),  # 某课长甲荣退 (Taiwan: retired with honour)
    *("退出领导班子", "退出領導班子"),  # 某公司原董事长甲到龄退出领导班子
    *("退出领导岗位", "退出領導崗位"),  # 某大学校长甲到龄到届，退出领导岗位
    *("委员名单", "委員名單", "成员名单", "成員名單", "名单如下", "名單如下"),
    *("组成人员如下", "組成人員如下", "成员如下", "成員如下"),  # 成立某委员会，其组成人员如下：
    # 大会表决通过了某专门委员会组成人员名单。⏎主任委员：甲 (a congress's committee, its members below)
    *("组成人员名单", "組成人員名單"),
    # A bare 任 only with a title close after it (张三任某市副市长), not inside a word (主任, 责任).
    "任(?<![主责責信兼担擔现現曾历歷前新原时時委到离離上]任)"
    "(?=[^，。；,;\\n]{1,14}?(?:长|長|书记|書記|主任|委员|委員|常委|主席|经理|經理"
    # (张三任某公司董事; 某市人民法院审判员; 驻某国大使; 某报总编辑; 某集团总会计师)
    "|董事|监事|監事|总监|總監|总裁|總裁|大使|总编辑|總編輯|总会计师|總會計師|总工程师|總工程師"
    "|审判员|審判員|检察员|檢察員|参事|參事|顾问|顧問|政委|专员|專員))",
]


def by_first_character(alternatives: list[str]) -> str:
    """One regex alternation of ``alternatives`` (each starting with a literal character), with
    those that share their first character grouped after it: 任(?:命|免)|免(?:去|职)….

    It matches as the plain alternation does: alternatives with different first characters
    never match at the same position, and within a group the order is kept. The engine then
    tries one group at a candidate character, not every alternative.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})") for first, rests in groups.items()
    )


TRIGGER: Final = re.compile(by_first_character(TRIGGER_WORDS))
LOOKBACK: Final = 600  # a notice's title and 文号 stand well within this before its first clause
LOOKAHEAD: Final = 400  # and its signing date within this after the last one

TITLE: Final = re.compile(
    r"^(?P<issuer>[^\n:;。]{0,40}?)关于[^\n;。]{1,120}?的?(?:通知|议案|决定|批复|通报|公告|函|报告|命令|决议)$"
    # (任免工作人员名单, and a period after it: …名单（二〇二三年四月~六月份）)
    # (某医院2023年中层干部聘任名单, 某医院护士长任职名单: an institution's list, its rows below)
    r"|^[【\[]?[^\n;。:|]{0,40}(?:人事任免|任免事项|任免[\u4e00-\u9fff]{0,6}名单|任免信息|人事信息|干部任免|任职通知"
    r"|(?:聘任|任职)名单)"
    r"[^\n;。:|,.]{0,16}[】\]]?$"
)
ISSUER: Final = re.compile(
    r"(?:人民政府|人民政府办公室|政府办公室|常务委员会|常委会|委员会|办公室|办公厅|人民法院|人民检察院|"
    r"组织部|人事局|人力资源和社会保障局|局|厅|部|大学|学院|医院|集团|公司|政府)$"
)
# The body a list's title names before the list (某市人大常委会任免名单, 某县第N届人民代表大会常务委员会
# 第N次会议任免名单, 某区人民政府人事任免): the list's issuer.
_LIST_ISSUER: Final = re.compile(
    r"[【\[]?(?P<issuer>[\u4e00-\u9fff]{2,40}?(?:常务委员会|常委会|人民政府|政府))"
    r"(?:第[一二三四五六七八九十百\d]{1,4}次(?:主任)?会议)?(?=人事任免|任免|干部任免)"
)
_PUBLISHED: Final = ("发布", "印发时间", "时间:", "日期:", "来源")
_PERIOD_LINE_LONGEST: Final = 20  # (二〇二三年四月~六月份) in brackets
# A signing date on one line with what is printed beside it: the issuer after it (2023年12月12日某县
# 人民政府), or the place before it (香港，二零二四年三月二十八日, as Hong Kong's announcements sign).
_SIGNED_WITH: Final = re.compile(
    rf"(?:{FULL_DAY})[\u4e00-\u9fff]{{2,24}}(?:人民政府|政府|委员会|常委会|办公室|办公厅|公司|董事会)$"
    # (the company's name above it may be run into the line: 某某控股有限公司香港，…)
    rf"|(?:[\u4e00-\u9fff]{{2,30}}?(?:公司|集团|银行))?[\u4e00-\u9fff]{{2,4}},(?:{FULL_DAY})$"
    # (or the signer before it, the line break between them lost: 某某股份有限公司董事会2024年1月2日)
    rf"|[\u4e00-\u9fff]{{0,30}}(?:董事会|监事会|委员会|常委会|人民政府|办公室|办公厅|公司)(?:{FULL_DAY})$"
    # (or a body, or an officer and his name, in cells before it: 某部　　2016年5月4日, 中华人民共和国主席
    # 　某某　一九九三年六月二十九日, as a decree signs)
    rf"|[\u4e00-\u9fff]{{1,30}}(?:[部局厅委院署府会室司]|主席|总理|[省市县区]长)(?:\|[\u4e00-\u9fff·]{{2,8}})?\|(?:{FULL_DAY})$"
    rf"|[\u4e00-\u9fff]{{2,20}}(?:主席|总理|总统)[\u4e00-\u9fff·]{{2,4}}(?:{FULL_DAY})$"
)
# A university, a hospital or an institute signing its notice with its date on the line (某大学
# 2024年5月8日): at the notice's foot only (at a news page's head the same is its credit line).
_SIGNED_BY_INSTITUTION: Final = re.compile(
    # (a centre, not a news centre: 某省血液中心, not 某大学新闻中心 or 某融媒体中心, credit lines)
    rf"[\u4e00-\u9fff]{{2,30}}(?:大学|学院|学校|医院|研究所|研究院|科学院|集团|(?<!新闻|宣传|传媒|媒体)中心)"
    rf"(?:{FULL_DAY})"
)
# A party committee or its department the same (中共某县委组织部　2024年5月8日): only where the notice
# prints no day of its own (a report of acts each dated keeps their days).
_SIGNED_BY_PARTY: Final = re.compile(
    rf"[\u4e00-\u9fff]{{2,30}}(?:[省市县区州旗盟]委|党委|党组|工委|委组织部|委办公室)(?:{FULL_DAY})"
)
# A day an act prints of its own: before the comma of its clause, after 于, or opening a note
# (2024年5月6日，县委常委会研究决定…; （2024年5月6日县委常委会议）), not a probation's start (试用期自2024年
# 5月1日起) or a birth.
_ACT_DAY: Final = re.compile(rf"(?:{FULL_DAY})(?=,)|(?:于|\()(?:{FULL_DAY})")
# A meeting's note in brackets, its name before its date (（某县第十八届人民代表大会第四次会议
# 2024年1月16日）, （某常委会第十九次会议2024年6月25日通过）): it dates the list above it, as a date
# line below a notice does.
_MEETING_NOTE: Final = re.compile(rf"\([^()]{{4,60}}?(?:会议|大会)(?:{FULL_DAY})(?:通过|批准|选举)?\)")
# A day and its weekday on a line of their own (二○二四年七月二十六日(星期五), 2024年8月30日 星期五).
_DAY_AND_WEEKDAY: Final = re.compile(rf"(?:{FULL_DAY})\(?(?:星期|礼拜)[一二三四五六日天]\)?")
# A note closing a list that dates its decision (以上任免经2024年1月19日区政府第42次常务会议研究决定,
# (2024年5月16日县政府第十九次常务会议)), when no signing date is printed.
_DECIDED_NOTE: Final = re.compile(
    rf"\([^()]{{0,12}}?(?:{FULL_DAY})[^()]{{2,40}}?会议?(?:研究)?(?:决定|通过)\)"
    # (the meeting alone after the day; the deciding body before it: (某区人大常委会2024年5月8日决定);
    # the meeting's time)
    rf"|\((?:{FULL_DAY})[^()]{{2,40}}?会议\)|\([^()]{{2,40}}?(?:常委会|常务委员会)(?:{FULL_DAY})(?:决定|通过)?\)"
    rf"|\(会议(?:时间|日期):(?:{FULL_DAY})\)"
)
# A dispatch's dateline printed in brackets at the foot of a reprinted notice (新华社北京2024年5月31日电).
_DISPATCH_NOTE: Final = re.compile(rf"\([\u4e00-\u9fff]{{2,12}}(?:{FULL_DAY})[电讯]\)")
_DATING_NOTES: Final = (_MEETING_NOTE, _DISPATCH_NOTE, _DECIDED_NOTE)
# The close of a notice and its signing date on one line: 特此公告 某市人民代表大会常务委员会 2019年12月24日.
_SIGNED_INLINE: Final = re.compile(
    rf"(?:{CLOSING})[。.]?[\u4e00-\u9fff()]{{2,40}}?(?:委员会|政府|董事会|公司|办公室|办公厅|局|院)"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\|?$"
)
_SIGNED_INLINE_ENDS: Final = ("日", "日|")  # how a line that _SIGNED_INLINE matches ends
_LINE_SPACE: Final = re.compile(r"[ \t\u3000]+")
_HAN_TAIL: Final = re.compile(r"[\u4e00-\u9fff]+$")
# (a place's name holds no word of a clause: 任命甲为某县人民政府副县长 names 某县, not 任命甲为某县;
# 会议根据县人民政府的提请, 甲同志被免去某市人民政府…, 会议经县人民政府提请: no 根据, 被免去, 经; but
# 任丘市, 会同县, 向阳区 are places)
_PLACE_CHAR: Final = (
    "(?:(?![为為的在由了是对對免去被据據命聘受按]|向(?!阳|陽)|经(?!济|濟)|經(?!济|濟)|会议|會議|决定|決定|同志)"
    "(?<!按)[\u4e00-\u9fff])"  # (按照县人民政府的部署: not 照县, though 日照 is a city)
)
_GOV_PREFIX: Final = re.compile(
    rf"(?:{_PLACE_CHAR}{{2,7}}?(?:省|自治区))?(?:{_PLACE_CHAR}{{2,7}}?(?:市|州|盟))?"
    rf"(?:{_PLACE_CHAR}{{1,7}}?(?:区|县|旗))?$"
)


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """A notice inside a compact window: its header and where its body lies (compact offsets)."""

    title: str | None
    doc_number: str | None
    issuer: str | None
    period: FuzzyDate | None
    start: int
    body_start: int
    end: int
    dates: tuple[tuple[int, FuzzyDate], ...]  # date lines in the body, by compact offset
    # a press release's day with its weekday at its foot: it dates the acts nothing else dates
    foot: FuzzyDate | None

    # (written out: mypyc compiles it, the one dataclass generates runs interpreted)
    def __init__(
        self,
        title: str | None,
        doc_number: str | None,
        issuer: str | None,
        period: FuzzyDate | None,
        start: int,
        body_start: int,
        end: int,
        dates: tuple[tuple[int, FuzzyDate], ...],
        foot: FuzzyDate | None = None,
    ) -> None:
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "doc_number", doc_number)
        object.__setattr__(self, "issuer", issuer)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "body_start", body_start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "foot", foot)

    def date_at(self, pos: int) -> FuzzyDate | None:
        """The date governing a line at ``pos``: the dated item header above, else the period in the
        title (a quarterly list), else the signing date below."""
        offsets = [p for p, _ in self.dates]
        k = bisect_right(offsets, pos)
        if k:
            return self.dates[k - 1][1]
        return self.period or (self.dates[0][1] if self.dates else None)


_Codes = TypeVar("_Codes", int, np.ndarray)
# The slots of the table of first pairs: two pairs may share a slot (then a position is tried that
# need not be, as when the table held the second characters alone: 提升 for 提任 and 晋升).
_PAIR_SLOTS: Final = 1 << 20


def _pair_slot(first: _Codes, second: _Codes) -> _Codes:
    """The slot of the pair of code points ``first``, ``second`` (ints, or arrays of uint32)."""
    return ((first << 11) ^ second) & (_PAIR_SLOTS - 1)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _trigger_starts() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lookup tables of where a trigger may start: its first characters (by code point); its
    first two characters where the second is a literal (by :func:`_pair_slot`); the first
    characters some alternative follows with anything else (任\\s+命, the bare 任)."""
    first, free = np.zeros(0x110000, dtype=bool), np.zeros(0x110000, dtype=bool)
    pairs = np.zeros(_PAIR_SLOTS, dtype=bool)
    for word in TRIGGER_WORDS:
        first[ord(word[0])] = True
        if len(word) > 1 and word[1] not in "\\()[]{}?*+.|^$":
            pairs[_pair_slot(ord(word[0]), ord(word[1]))] = True
        else:
            free[ord(word[0])] = True
    return first, pairs, free


def _code_points(source: str) -> np.ndarray:
    return np.frombuffer(source.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


# The code points pinyin's toned vowels lie between (à … ǜ): a page that prints glosses holds some.
_TONED_LOW, _TONED_HIGH = min(map(ord, TONED)), max(map(ord, TONED))


def _may_hold_glosses(codes: np.ndarray) -> bool:
    """Whether any code point lies among the toned vowels' (one subtraction and one comparison of
    unsigned integers: those below the range wrap around above it)."""
    return bool(((codes - np.uint32(_TONED_LOW)) <= np.uint32(_TONED_HIGH - _TONED_LOW)).any())


def _triggers(source: str, codes: np.ndarray) -> Iterator[re.Match[str]]:
    """The matches of ``TRIGGER.finditer(source)`` (``codes``: its code points), with the pattern
    tried only where a trigger's first two characters stand (found with lookup tables over the
    code points). A search tries it at every one of the many first characters (一, 新, 提 …), at
    a cost per character of the text; this costs about half."""
    first, pairs, free = _trigger_starts()
    # (take: a gather through a table, cheaper than indexing with an array, which goes the general way)
    at = np.flatnonzero(first.take(codes))
    heads = codes.take(at)
    after = codes.take(np.minimum(at + 1, len(codes) - 1))  # the last character: itself (a superset)
    resume = 0  # matches do not overlap: the next is sought from where the last ended
    for pos in at[pairs.take(_pair_slot(heads, after)) | free.take(heads)].tolist():
        if pos >= resume and (m := TRIGGER.match(source, pos)):
            yield m
            resume = m.end()


def find_windows(source: str) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows of the source around trigger words, on line boundaries."""
    codes = _code_points(source)
    spans = [m.span() for m in _triggers(source, codes)]
    if _may_hold_glosses(codes):  # 任(rèn)命: a gloss printed inside a trigger
        spans = sorted({*spans, *_triggers_without(source, pinyin_glosses(source))})
    windows: list[list[int]] = []
    for start, end in spans:
        lo, hi = start - LOOKBACK, end + LOOKAHEAD
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    out = []
    for lo, hi in windows:
        lo = 0 if lo <= 0 else source.rfind("\n", 0, lo) + 1
        hi = len(source) if hi >= len(source) else _extend_table(source, hi)
        out.append((lo, hi))
    return out


def _triggers_without(source: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The source spans of trigger words found in the text without the spans ``cuts`` (sorted, not
    overlapping: glosses printed inside a word), mapped back."""
    if not cuts:
        return []
    bare, back = without_spans(source, cuts)
    return [(back(m.start()), back(m.end() - 1) + 1) for m in _triggers(bare, _code_points(bare))]


def without_spans(source: str, cuts: list[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """``source`` without the spans ``cuts`` (sorted, not overlapping), and the map from an offset
    in that text back to the source's."""
    kept, starts, shifts, shift, prev = [], [], [], 0, 0
    for a, b in cuts:  # each kept stretch: where it starts without the cuts, and its shift
        starts.append(prev - shift)
        shifts.append(shift)
        kept.append(source[prev:a])
        shift += b - a
        prev = b
    starts.append(prev - shift)
    shifts.append(shift)
    kept.append(source[prev:])

    def back(i: int) -> int:
        return i + shifts[bisect_right(starts, i) - 1]

    return "".join(kept), back


def letter_spacing(source: str) -> list[tuple[int, int]]:
    """The spaces a page printed with a space after each character (当 选 为, 2 0 2 3 年: a PDF's
    text layer) adds, [] for a page printed plainly: a single space, and half of a longer run (a
    space of the page, 张 三 ,   李 四, is printed spaced too)."""
    spaces = source.count(" ")
    if spaces * 4 < len(source):  # (a plain page has few: one character in four or more)
        return []
    cuts, single = [], 0
    for m in _SPACES_BETWEEN.finditer(source):
        a, b = m.span()
        if "\u3000" in m.group():  # 王 德 成 　 司 马 静: the page's own full-width space stays
            cuts += [(i, i + 1) for i in range(a, b) if source[i] == " "]
        else:
            cuts.append((a, a + (b - a + 1) // 2))
            single += b - a == 1
    # (a table laid out in spaces has many, in runs: its characters stand together, not spaced)
    return cuts if single * 3 >= len(source) - spaces else []


_SPACES_BETWEEN: Final = re.compile("(?<=\\S)[ \u3000]+(?=\\S)")


# Characters a page may print that its reading takes as another, one for one: a web page's
# no-break space (&nbsp;, where a document had a full-width space), an old Mac's line end, and the
# radicals a PDF's text layer may print for the characters of their shape (局⻓, 人⺠: the radicals'
# supplement, which NFKC leaves as they are; it folds the Kangxi radicals, ⼈ -> 人).
_RADICALS_AS_PRINTED: Final = "⺠⻄⻅⻆⻉⻋⻑⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰"
_RADICALS_AS_READ: Final = "民西见角贝车長长门韦页风飞马鱼鸟卤麦黄黾齐齿龙"
_AS_READ: Final = str.maketrans(
    {"\xa0": "\u3000", "\r": "\n"} | dict(zip(_RADICALS_AS_PRINTED, _RADICALS_AS_READ, strict=True))
)


def printed_plainly(source: str) -> tuple[str, Callable[[int], int] | None]:
    """``source`` as the readers expect a page (lines ending in \\n, no no-break spaces, no
    zero-width characters, no letter spacing), and the map from its offsets back to the source's
    (None: the source itself, or a text of the same length)."""
    # (one quick look for each rare character: most pages print none, and a regex scan for all of
    # them at once costs as much as the trigger search)
    odd = [ch for ch in _PRINTED_OTHERWISE if ch in source]
    text = source.translate(_AS_READ) if any(ch in _READ_AS_ANOTHER for ch in odd) else source
    cuts = letter_spacing(text)
    if any(ch in _UNSEEN_MARKS for ch in odd):  # \r before \n and zero-width marks are cut (not read)
        unseen = [(m.start(), m.end()) for m in _UNSEEN.finditer(source)]
        cuts = sorted(cuts + unseen) if cuts else unseen
    if not cuts:
        return text, None
    return without_spans(text, cuts)


# The characters a page may print otherwise than the readers expect it (the rarer zero-width joiners
# are cut with these, not looked for: each look is a scan of the page).
_UNSEEN_MARKS: Final = "\r\u200b\ufeff\xad"
_READ_AS_ANOTHER: Final = "\r\xa0" + _RADICALS_AS_PRINTED
_PRINTED_OTHERWISE: Final = "\xa0" + _UNSEEN_MARKS + _RADICALS_AS_PRINTED
# Characters no reader sees: \r before \n, zero-width spaces and joiners, a byte-order mark inside
# the text, a soft hyphen (a PDF's, where it wrapped a word: 人力资源和社会\xad⏎保障局).
_UNSEEN: Final = re.compile("\r(?=\n)|[\u200b-\u200d\u2060\ufeff\xad]+")


def _extend_table(source: str, hi: int) -> int:
    """Move a window's end past the table or line it falls in, so no row is cut."""
    while True:
        nl = source.find("\n", hi)
        if nl < 0:
            return len(source)
        rest = source[nl + 1 : nl + 200].lstrip()
        if not rest.startswith("|"):
            return nl
        hi = nl + 1


def jurisdiction_government(source: str) -> str | None:
    """The government a gazette speaks for: its most printed full ``…人民政府`` name."""
    # A gazette prints its government's name dozens of times after a handful of heads: each
    # distinct head is read once, and counted as often as it stands.
    heads = Counter(_han_head(source[max(0, at - 16) : at]) for at in _occurrences(source, "人民政府"))
    counts: Counter[str] = Counter()
    for head, n in heads.items():
        prefix = _GOV_PREFIX.search(head)
        if prefix and len(prefix.group()) >= 2:
            counts[prefix.group() + "人民政府"] += n
    if not counts:
        return None
    # A district gazette prints its city-and-district name; prefer the longest among the common.
    top = counts.most_common(3)
    best = max(top, key=lambda kv: (kv[1] >= top[0][1] / 3, len(kv[0]), kv[1]))
    return best[0]


def _han_head(before: str) -> str:
    """The Han characters that end the line of ``before`` (spaces inside it dropped)."""
    # The name starts its line (a signature, a title): never run into the date line above it.
    line = before.rsplit("\n", 1)[-1]
    head = _HAN_TAIL.search(_LINE_SPACE.sub("", line))
    return head.group() if head else ""


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, without overlaps (as ``re.finditer`` of the literal)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def blocks(c: Compact) -> list[Block]:
    """Cut a compact window into notices at title lines."""
    lines = _lines(c.key)
    starts = [i for i, (_, line) in enumerate(lines) if _title(line)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    out = []
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else len(lines)
        out.append(_block(c, lines[first:last]))
    return out


# What TITLE's two forms need: a 关于 title ends with its kind of document and is at most
# 40 + 2 + 120 + 1 + 2 characters long; a 任免 title (人事任免, 任职通知 …, all of which hold 任 but
# 人事信息) is at most 1 + 40 + 4 + 10 + 1 characters long. Long lines of prose are never tried.
_TITLE_KINDS: Final = ("通知", "议案", "决定", "批复", "通报", "公告", "函", "报告", "命令", "决议")


# The longest line TITLE's 任免 branch matches: a bracket, 40 characters, 任免 and six more and 名单,
# 16 characters and a bracket.
_TENURE_TITLE_LONGEST: Final = 1 + 40 + 10 + 16 + 1


def _title(line: str) -> re.Match[str] | None:
    """``TITLE.match(line)``, without running the regex on lines that cannot be a title."""
    if "关于" in line and len(line) <= 165 and line.endswith(_TITLE_KINDS):
        if line.endswith("议案") and NUMBERED.match(line):
            return None  # (一)关于聘任甲为总经理的议案: a motion listed in a board's resolution, no notice
        return TITLE.match(line)
    # Each word of a 任免 title (人事任免, 任免事项, 任免名单, 任免信息, 干部任免; 任职通知; 人事信息)
    # holds 任免, 任职通知 or 人事信息: a line printing 任 without them (most lines that print 任) is
    # no such title, and one that reaches this test with 关于 but no kind of document at its end
    # is no 关于 title either. (任 first: the one test most lines fail.)
    tenure = "任" in line and ("任免" in line or "任职通知" in line) or "人事信息" in line
    if len(line) <= _TENURE_TITLE_LONGEST and tenure:
        return TITLE.match(line)
    return None


def _lines(key: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in key.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _block(c: Compact, lines: list[tuple[int, str]]) -> Block:
    start, head = lines[0]
    end = lines[-1][0] + len(lines[-1][1])
    title_m = _title(head)
    title = c.text[start : start + len(head)] if title_m else None
    body_from = 1 if title_m else 0
    doc_number = None
    for pos, line in lines[body_from : body_from + 3]:
        # a 文号 line is short: no search in prose, nor in a table's row (甲|副总经理|某金复〔2024〕31号)
        m = DOCNO.search(line) if len(line) <= 40 and "|" not in line else None
        if m:
            issuer_part, hao = c.text[pos + m.start(1) : pos + m.end(1)], c.text[pos + m.end() - 1]
            doc_number = f"{issuer_part}〔{m.group(2)}〕{m.group(3)}{hao}"  # 号 or 號 as printed
            body_from = max(body_from, lines.index((pos, line)) + 1)
            break
    # A web page's 发布日期 / 发布时间 line dates the page, not the notice's acts (its signing date
    # or the meeting in its text does): it is no date line of the notice. (Every day the tests read
    # holds its 年 or a separator: most lines hold none, and are passed by at once.)
    dated = [
        (pos, d, bracketed is _DECIDED_NOTE)
        for pos, line in lines[body_from:]
        if not line.startswith(_PUBLISHED)
        and _holds_a_date_mark(line)
        and ((bracketed := _bracketed_note(line)) or date_line(line) or _SIGNED_WITH.match(line))
        and (found := DATE.search(line))
        and (d := parse_date(found))
    ]
    # (a note dating the decisions, 以上任免经…会议研究决定, only where no signing date is printed)
    signed = tuple((pos, d) for pos, d, decided in dated if not decided)
    dates = signed or tuple((pos, d) for pos, d, _ in dated) or _signed_inline(lines[body_from:])
    if not dates and (institution := _dated_at_foot(lines[body_from:], _SIGNED_BY_INSTITUTION)):
        dates = (institution,)
    if not dates and (party := _dated_at_foot(lines[body_from:], _SIGNED_BY_PARTY)):
        own = any(_ACT_DAY.search(line) for pos, line in lines[body_from:] if pos != party[0])
        dates = () if own else (party,)
    issuer = _issuer(c, title_m, lines)
    period = find_period(head) if title_m else None
    if title_m and period is None and len(lines) > 1 and len(lines[1][1]) <= _PERIOD_LINE_LONGEST:
        # a title, then its period on a line of its own: (二〇二三年四月~六月份)
        period = find_period(lines[1][1])
    body_start = lines[body_from][0] if body_from < len(lines) else end
    weekday = None if dates else _dated_at_foot(lines[body_from:], _DAY_AND_WEEKDAY)
    foot = weekday[1] if weekday else None
    return Block(title, doc_number, issuer, period, start, body_start, end, dates, foot)


def _dated_at_foot(lines: list[tuple[int, str]], pattern: re.Pattern[str]) -> tuple[int, FuzzyDate] | None:
    """(offset, day) of one of a notice's last two lines that ``pattern`` matches whole: an
    institution's name and its signing date (某大学　2024年5月8日), a press release's day with its
    weekday (…生效。⏎二○二四年七月二十六日(星期五)⏎香港时间16时00分). (At a page's head the same lines
    are a credit line or the page's date, read as such.)"""
    for pos, line in lines[-2:]:
        if pattern.fullmatch(line) and (m := DATE.search(line)) and (d := parse_date(m)):
            return pos, d
    return None


def _bracketed_note(line: str) -> re.Pattern[str] | None:
    """The pattern of the note a bracketed line is, if it dates its notice: a meeting's adoption
    note, a note of the decision (以上任免经…会议研究决定) or a dispatch's dateline; else None."""
    if line[:1] != "(":
        return None
    return next((note for note in _DATING_NOTES if note.fullmatch(line)), None)


def _holds_a_date_mark(line: str) -> bool:
    """Whether ``line`` holds 年 or a date's separator (what dates.DATE_MARK finds): four str
    searches of a short line, quicker than a call of the regex."""
    return "年" in line or "-" in line or "." in line or "/" in line


def _signed_inline(lines: list[tuple[int, str]]) -> tuple[tuple[int, FuzzyDate], ...]:
    """A signing date printed on the line of the text it closes (a page that lost its line breaks:
    …特此公告 某市人民代表大会常务委员会 2019年12月24日), when the notice has no date line."""
    for pos, line in reversed(lines):
        if not line.endswith(_SIGNED_INLINE_ENDS):
            continue  # (most lines: the pattern, sought at every position, would fail at their end)
        m = _SIGNED_INLINE.search(line)
        if m and (found := DATE.match(line, m.start("date"))) and (d := parse_date(found)):
            return ((pos + m.start("date"), d),)
    return ()


def _issuer(c: Compact, title_m: re.Match[str] | None, lines: list[tuple[int, str]]) -> str | None:
    """Who issued a notice: the title's prefix, else the signature above the signing date."""
    if title_m and title_m.group("issuer") and ISSUER.search(title_m.group("issuer")):
        pos = lines[0][0]
        return c.text[pos : pos + len(title_m.group("issuer"))]
    if title_m and (listed := _LIST_ISSUER.match(title_m.group())):  # 某市人大常委会任免名单
        pos = lines[0][0] + listed.start("issuer")
        return c.text[pos : pos + len(listed.group("issuer"))]
    for i, (_, line) in enumerate(lines[1:], 1):  # the signature line just above the signing date
        if date_line(line) and ISSUER.search(lines[i - 1][1]) and len(lines[i - 1][1]) <= 30:
            pos = lines[i - 1][0]
            return c.text[pos : pos + len(lines[i - 1][1])]
    return None
