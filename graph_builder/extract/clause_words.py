"""The words the clause reader's modules share: the verbs and the kinds of act they state, the cue
without which a sentence tells no event, and what may stand around a name (a procedure, the one
a request goes to, a day told twice).
"""

from __future__ import annotations

import re
from typing import Final

from graph_builder.extract.anaphora import BACK_REFERENCE_WORDS
from graph_builder.extract.lexicon import lexicon
from graph_builder.read.patterns import ITEM_NUMBER
from graph_builder.types import Kind

LEXICON: Final = lexicon()


VERBS: Final = {**LEXICON.verb_first, **LEXICON.subject_first, "任命为": Kind.APPOINT}
# The characters after 免 in words that remove no one (免费, 免于, 免税, 免疫, 免责…): the short verb 免
# (甲任A，免B职务; a 任免表's cell |甲|免B|) is never followed by one.
NOT_AFTER_SHORT_REMOVAL: Final = "去除职费税于予遭受检试疫责息签单票"


# The words that name an organisation back (该校, 公司), for str.startswith.
BACK_REFERENCES: Final = tuple(BACK_REFERENCE_WORDS)


# 按照有关法律程序辞去…, 依法辞去…, 按程序免去其…: the procedure the act follows, no part of a name.
BY_PROCEDURE: Final = r"(?:(?:按照?|依照|遵照)(?:有关)?(?:法律|法定)?程序|依法)"


# Taiwan's 今(1)日, 昨天(20日): a relative day, and the day of the month it is.
DAY_TOLD_TWICE: Final = r"(?:[今昨明][天日]?\((?:\d{1,2}月)?\d{1,2}日?\)日?)"  # (明日(2月11日) too)
# To whom a resignation or a request goes, between the name and the act (甲向县人大常委会申请辞去…, 乙今天
# 上午向行政院长丙请辞, 丁已向行政长官提出辞职); 向 is a surname too (向阳明提出辞去…).
TO_WHOM: Final = (
    r"(?:向(?:(?!向)[\u4e00-\u9fff]){0,14}?(?:常委会|董事会|监事会|党委|组织|委员会|政府|院长|市长|县长|部长|校长|长官"
    # (某县长甲今天向内政部递出辞呈: a ministry, which names no head)
    r"|主席|董事长|主任|人民代表大会|人大|主席团|内政部|民政部|人事部|组织部|经济部)"
    r"(?:[\u4e00-\u9fff]{2,3})?(?=申请|提出|书面|请辞|递交|递出|呈交|提交|辞职|$))"
)


# A resignation's letter handed in (递出辞呈, 提交了辞呈), and a death told with its cause, day and place
# (因病医治无效，于2024年3月8日在长沙逝世): each ends the posts the person is described by.
LETTER_HANDED_IN: Final = r"(?:递出|递交|提交|呈交|提出)了?辞呈"
DEATH: Final = (
    # (今天上午因心肌梗塞病逝: when, and the illness named)
    r"(?:(?:今天|今日|昨天|昨日|日前)?(?:上午|下午|凌晨|清晨|晚上|晚间)?因[\u4e00-\u9fff]{1,8}?(?:医治无效)?,?)?"
    r"(?:因病(?:医治无效)?|不幸)?(?:[于在](?:(?:19|20)\d\d年)?(?:[\d一二三四五六七八九十]{1,3}月)?"
    r"(?:[\d一二三四五六七八九十]{1,3}日)?)?(?:在[\u4e00-\u9fff]{2,6}?)?(?:不幸)?(?:因公)?(?P<died>逝世|去世|病逝|辞世|殉职|殉職)"
)


# Words before the description of a person that are not part of it (决定由某区副区长刘建代理…).
DESCRIPTOR_LEAD: Final = re.compile(
    # (至于现任某局局长甲…: news turning to the next person)
    r"(?:[一二三四五六七八九十\d]{1,3}[、.])?(?:至于)?(?:包括)?(?:会议)?(?:研究)?(?:并|另|则)?(?:决定|同意|宣布)?"
    # (即日起由副局长甲代理局长职务: when, before the one who acts)
    # (责令某局局长甲辞去…: the order, before whom it is on)
    r"(?:自?(?:即日|今日|今天|明日|明天)起|目前|暂时|暂)?(?:改由|由|推选|指派|委派|责令)?"
    r"(?:(?:审议|听取|审查|表决)(?:通过)?了?|通过了)?"  # (会议审议了某法院院长甲辞去院长职务的请求)
)


# The day an act takes effect from, before its verb (自2024年4月22日起, 自11月21日起, 从某日起).
SINCE_DAY: Final = r"[自从由](?:\d{4}年)?\d{1,2}月\d{1,2}日起"  # (甲由4月1日起出任…: Hong Kong's 由)
# The pronouns a clause may open with for the person just named (其将不再担任…, 彼亦已获委任为…).
PRONOUNS: Final = ("其", "彼", "他", "她")


# A body proposing, as a clause of its own before a verb (市委建议，免去…): what follows is proposed
# (not 根据…的提名和建议，任命…, where the proposal is the act's ground).
PROPOSED: Final = re.compile(r"(?:^|(?<=[,;:。\n]))[\u4e00-\u9fff]{1,8}(?<!的)(?:建议|提议)$")
PROPOSING: Final = ("建议", "提议")  # the words a PROPOSED match ends with
# Kinds whose list items name a post after 的 (免去A的X职务、B的Y职务); these and the other kinds
# that end a post never go on with 为 (接受甲辞去X的决定，乙为Y的决定 is no resignation of 乙's).
REMOVING_KINDS: Final = (Kind.REMOVE, Kind.DISMISS, Kind.REVOKE, Kind.NOMINATE_REMOVE)
ENDING_KINDS: Final = (*REMOVING_KINDS, Kind.RESIGN, Kind.CEASE)


# (a gazette's items are lettered: (a) 甲先生为…)
ITEM_OPENING: Final = re.compile(rf"^(?:{ITEM_NUMBER}|\([a-z]\))")


# Names a decision names for a post (甲、乙为…), not for an acting one (为代理…, read as such).
_NAMED_AS: Final = r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*为(?!代理)"
# Words without which a sentence holds no event of its own ("任" alone: 张三任…, not 主任/任务).
CUE: Final = re.compile(
    r"任命|任免|免去|免职|解职|正式任|试用期|聘|辞去|当选|选举|兼任|担任|终止|提请|解聘|撤销|职务|任职|委任|派任"
    r"|补选|增选|被选为|获选为|推选|推举|过渡[至到]|罢免|卸任|卸职|退任|卸去|卸下|出任|履新|递补|资格|增补|新任|宣布|留任|连任|免除|特任|简任|辞职|请辞|撤职|就任|辞任|选出|接掌|署理|暂代|擢升|挂任|委派"
    r"|上任|到任|到岗|宣誓就职|布达|退休|录用|另有任用|辞呈|改组名单|人事名单|内阁名单|接替|接棒|成为新|正式成为|挂职|升任|晋升|调升|由[^,;。]{2,40}升为|掌门人|离任(?=[。,;]|$|回国|[\u4e00-\u9fff]{2,30}?(?:董事|委员|成员|主席|长|书记|主任)(?:[。,;]|$))|不再任|成员为|委(?<=新委)员为|退出领导班子|退出领导岗位|遗缺|职缺|荣退"
    r"|身份(?:首次|首度)?(?:公开)?(?:亮相|露面)|组成人员如下|组成人员名单|成员如下|组成如下|咨请立法院"
    r"|调整的(?=[^,;。]{0,12}?(?:分别是|名单如下|有):)"  # (此次调整的干部分别是：the pairs below)
    r"|派(?=[\u4e00-\u9fff·、]{2,12}?[为兼])"  # (Taiwan's orders: 派甲为某署署长, 派乙兼…, 派甲、乙为…)
    r"|退伍|归建|下台|调离"  # (某司令甲届龄退伍; 某馆馆长乙将于2月1日归建; 某署长丙下台: the post ends)
    r"|逝世|去世|病逝|辞世|殉职|殉職"  # (某县人大代表甲因病逝世, 某副县长乙因公殉职: so it does with a death)
    r"|人选的表决结果"  # (关于某人大专门委员会主任委员、副主任委员、委员人选的表决结果: those voted in)
    # (甲校长将…交接给新校长乙, 卸任某部长甲将印信交给新任部长乙: the post handed over)
    r"|移交[给予于]新|交接[给予于]新|交棒[给予于]新|交[给予]新"
    r"|异动|人事命令|调派"  # (某市政府发布人事命令，异动名单如下：⏎a table: its header says the rest)
    r"|准予?免|应予?免"  # (Taiwan's orders: 某部政务次长甲准免本职 / 应免本职)
    r"|免(?=兼?[\u4e00-\u9fff·、]{4,40}?职(?:[。;]|$))"  # (Taiwan's orders: 免某部政务次长甲职)
    r"|提拔为"  # (甲同志提拔为某局副局长: a notice's)
    # (a 任免职务 cell's short verb: |甲|免某局副局长|; a sentence opening with it, 甲|任A；免B|)
    rf"|免(?:(?<=\|免)|(?<![\s\S]免)(?![{NOT_AFTER_SHORT_REMOVAL}]))"
    r"|决定(?=[\u4e00-\u9fff]{2,4}同志为)|明确(?=[\u4e00-\u9fff]{2,4}同志为)"  # (决定甲同志为某局局长)
    # (会议经投票表决(，)决定甲、乙为国务院副总理: a congress deciding on a head's nominees)
    r"|决定(?:(?<=表决,决定)|(?<=表决决定))(?=[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*为)"
    # (第十四届全国人民代表大会第一次会议决定甲、乙为国务院副总理, 大会决定：甲为…: the congress deciding)
    # (not 为代理…: an acting post's decision is read as such, its body named, 决定甲为某县代理县长)
    rf"|决定(?<=[会议]决定)(?=:?{_NAMED_AS}|:(?:\n|$))"
    rf"|决定(?<=提名,决定)(?=:|{_NAMED_AS})"  # (…的提名，决定：⏎甲、乙为…; …的提名，决定甲为…)
    rf"|决定(?<=会议,决定)(?={_NAMED_AS})"  # (…举行第五次全体会议，决定甲为…)
    rf"|决定(?<=[会议]决定)(?=,{_NAMED_AS})"  # (会议决定，甲为…)
    # The lookbehinds sit after a literal (任, 新委: they check the characters before it) and no
    # alternative opens with a group: every alternative then starts with a literal, so the engine
    # skips ahead to candidate characters (one that opens otherwise leaves it trying every branch at
    # every position).
    r"|任(?<![主责信兼担曾历现出前继连留再升新原时委到离上]任)(?![务职期何意命免用性满])"
)


# Where an item of a removal list printed without 的 may start: after a post's 职务 and the
# separator between items (a list wrapped over clauses may separate them with , or ; too).
AFTER_A_DUTY: Final = re.compile(r"职务[、,;]")


def at_first_characters(pattern: str, firsts: str, digits: bool = False) -> re.Pattern[str]:
    """``pattern``, tried only where one of ``firsts`` stands (every character a match of it may
    start with, or stand before when the match is empty: (?<=》)(?=《)), or any digit (``\\d``) when
    ``digits``: the same matches. A pattern that opens with an optional group or a zero-width stop
    gives the engine no character to skip ahead to, and it tries every branch at every position;
    the lookahead fails those positions at one test of a class."""
    digit = r"\d" if digits else ""
    return re.compile(f"(?=[{re.escape(firsts)}{digit}])(?:{pattern})")
