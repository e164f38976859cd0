"""Read personnel events out of the notices of a compact window: rules over characters.

Each sentence of a notice body is cut into clauses; each clause is read by the first rule that
fits it (其-clauses, verb-first, subject-first, inherited verb, table row). A clause that names
no person, or whose post ends in no title, yields nothing.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from graph_builder.extract.anaphora import BACK_REFERENCE_WORDS, BOARD_OWN_WORDS, OWN_UNIT_WORDS
from graph_builder.extract.appointees import honoured_appointees, members_by_role, members_subhead, post_below
from graph_builder.extract.columns import column_roles, column_row, may_head_columns, without_dates
from graph_builder.extract.committees import committee_members
from graph_builder.extract.compositions import COMPOSED_BELOW, body_formed, members_listed
from graph_builder.extract.deputies import by_elected_deputies, deputy_of_text
from graph_builder.extract.event_dates import EventDates, clause_start, sentence_start
from graph_builder.extract.events import NOMINATED, events_of
from graph_builder.extract.lexicon import lexicon
from graph_builder.extract.listings import (
    EACH_ARE,
    ENDING_MOVES,
    REMOVED_WITH_ITS_BODY,
    SUCCESSION_MOVES,
    THEY_ARE,
    acting,
    announces_team,
    appointment_of,
    bare_head,
    board_members,
    bodies_then_names,
    cell_pair,
    colon_roster,
    committee_roles,
    handed_letters,
    headed_names,
    heading,
    held_by,
    left_by_move,
    letters_handed,
    mandate_confirmed,
    mandate_ended,
    name_and_own_post,
    name_closing,
    named_after_title,
    names_after_shared_title,
    outgoing_members,
    pairs,
    pairs_announced,
    people_in_slot,
    person_in,
    post_name_pairs,
    they_are_listed,
    title_runs_in_its_unit,
    unit_and_name,
)
from graph_builder.extract.names import (
    ADDRESSES,
    HEAD_COUNT,
    HONORIFIC,
    PROFESSIONAL_RANKS,
    RANKS_OPENING_BODIES,
    dotted_name_starts,
    is_name,
    is_name_after_verb,
    is_name_in_slot,
    is_name_word,
    is_transcribed_name,
    split_names,
    split_names_after_verb,
    split_names_in_slot,
)
from graph_builder.extract.places import (
    ONE_CHARACTER_COUNTIES,
    is_common_word,
    is_place_alone,
    known_place_at,
    times_seen,
)
from graph_builder.extract.posts import (
    BODY_ENDS,
    BRACKETS,
    OPEN,
    SOCIETY_ENDS,
    TERM,
    PostMention,
    chair_and_deputy,
    contracted_head,
    ended_by_move,
    heads_a_place,
    names_its_body,
    place_of,
    post_of,
    qualifier_codes,
    read_posts,
    short_quotes,
    unit_head_after_its_party,
    unit_sibling,
    without_yuan,
)
from graph_builder.extract.reading import (
    HEAD_TITLE_ALONE,
    Reading,
    State,
    announced_body,
    last_match,
    org_of_title,
    printed,
    without_tail,
)
from graph_builder.extract.titles import ends_with_title, split_post, title_word, title_word_ends
from graph_builder.extract.transfers import (
    FORMER_DESCRIPTOR,
    FORMER_HELD,
    FORMER_YUAN,
    NOW_HELD,
    REASON_LEAD,
    TRANSFER,
    handed_over,
    moved_from,
    moved_in_from,
    moved_into,
    moves_into_a_body,
    sent_to_serve,
    with_ended,
)
from graph_builder.read.normalise import (
    CIRCLED,
    GROUP_BODY_NAME,
    GROUP_STAFF,
    INLINE_BULLETS,
    Compact,
    is_han,
    to_key,
)
from graph_builder.read.patterns import (
    BRACKETED_ITEM,
    ITEM_NUMBER,
    OTHER_MARKET_CODE,
    ROW_UNIT_ENDS,
    date_line,
)
from graph_builder.read.segment import Block
from graph_builder.types import ENDS, Action, Event, FuzzyDate, Kind, Qualifier

_LEXICON = lexicon()
# Whether a text holds a title word (asked of the text cut to the stretch: see title_word_ends).
_TITLE_WORD = title_word_ends()
# Qualifier codes read once: an enum member's .value goes through a descriptor on every access.
_CONCURRENT, _ACTING = Qualifier.CONCURRENT.value, Qualifier.ACTING.value
_PROBATION_COMPLETE = Qualifier.PROBATION_COMPLETE.value
_PROBATION_TERMINATED = Qualifier.PROBATION_TERMINATED.value
_VERBS = {**_LEXICON.verb_first, **_LEXICON.subject_first, "任命为": Kind.APPOINT}
# The characters after 免 in words that remove no one (免费, 免于, 免税, 免疫, 免责…): the short verb 免
# (甲任A，免B职务; a 任免表's cell |甲|免B|) is never followed by one.
_NOT_AFTER_SHORT_REMOVAL = "去除职费税于予遭受检试疫责息签单票"
# What a sentence of names alone holds beside them: an item's number and its stop.
_ITEM_MARKS = 6
# A count of people inside a heading's organisation (某委员会23位副主席): no body's name.
_HEAD_COUNT_IN = re.compile(HEAD_COUNT)
# A post described as held till now by 原 before it, the name after (县府表示，原社会处长甲…).
_YUAN_DESCRIBED = re.compile(rf"(?:^|[,:]|表示|宣布|决定|获悉){FORMER_YUAN}(?!任)[^,;:的]{{2,30}}$")


def _at_first_characters(pattern: str, firsts: str) -> re.Pattern[str]:
    """``pattern``, tried only where one of ``firsts`` stands (every character a match of it may
    start with): the same matches. A pattern that opens with an optional group gives the engine no
    character to skip ahead to, and it tries every branch at every position; the lookahead fails
    those positions at one test of a class."""
    return re.compile(f"(?=[{re.escape(firsts)}])(?:{pattern})")


# The words that name an organisation back (该校, 公司), for str.startswith.
_BACK_REFERENCES = tuple(BACK_REFERENCE_WORDS)
# (What follows the verb, to the clause's end, is its rest: names, then posts.)
_VERB_FIRST = _at_first_characters(
    # (提请区人大常委会任命甲为…: the body asked, between 提请 and its verb)
    # (提请常委会第二十次会议任命…, 提请本次常委会会议任命…: the sitting asked)
    rf"(?P<nom>提请(?:[\u4e00-\u9fff]{{0,12}}?(?:人大常委会|常委会|人民代表大会常务委员会)"
    rf"(?:第[\d一二三四五六七八九十]{{1,4}}次)?(?:会议)?)?|拟|建议|提名(?=免)"
    rf"|报请(?:中央人民政府|国务院)?)?(?:决定|同意|研究决定)?"
    rf"(?P<verb>{_LEXICON.pattern('verb_first')})(?:了)?",
    "提拟建报" + "决同研" + _LEXICON.first_characters("verb_first"),
)  # (行政长官提名，报请中央人民政府任命甲为…: proposed to the appointing body, not done; 提名免去…)
# A long lead before a verb is the deciding body, its meeting and when: the verb still governs.
_DECIDING_LEAD = re.compile(r"会议|决定|通过|依法|宣布|表决|近日|日前|[】\]]")
# 为 and 的 continue a list whose verb was stated once: 任命A为X；B为Y.
# (被国务院任命为, 获行政长官委任为: the appointing body between 被 / 获 and the verb.)
_SUBJECT_VERB = _at_first_characters(
    # (the body that acts between: 甲被某市政府任命为…, 乙被某省人大常委会补选为全国人大代表)
    f"[被获][\u4e00-\u9fff、]{{2,24}}?(?P<by>任命为|聘任为|聘为|委任为|免去|补选为|增补为|选举为|选为)"
    f"|{_LEXICON.pattern('subject_first')}|为|的",
    "被获" + _LEXICON.first_characters("subject_first") + "为的",
)
# 按照有关法律程序辞去…, 依法辞去…, 按程序免去其…: the procedure the act follows, no part of a name.
_BY_PROCEDURE = r"(?:(?:按照?|依照|遵照)(?:有关)?(?:法律|法定)?程序|依法)"
# The pronouns of the person before (其, 该同志, 他, 她).
_ITS = "其|该同志|他|她"
_OTHER_PERSON = re.compile(
    rf"^(?:会议|大会|随后|并|同时|另|还|又){{0,2}}{_BY_PROCEDURE}?(?P<nom>提请|提名|拟)?(?P<verb>免去|免除|免|解聘|任命|任|决定|撤销|罢免)"
    # (免去其X职务; 免去该同志X职务, 免去他的X职务, 免去其本人兼任的X职务: the same person)
    rf"(?P<its>{_ITS})(?:本人)?(?:原任的|原任|原|兼任的)?(?:的|为|担任|出任|兼任|任)?(?P<rest>.+)$"
)
_ITS_PERSON = re.compile(_ITS)  # (where the pronoun may stand in a clause)
# The verbs a pronoun other than 其 may follow (免去他的X职务), and what must follow it: his post.
_REMOVING_VERBS = frozenset({"免去", "免除", "免", "解聘", "撤销", "罢免"})
_ITS_OWN = re.compile(r"本人|兼任的|原任的|的(?:[\u4e00-\u9fff、]{2,40}?(?:职务|资格)$)|(?<=该同志)(?!的)")
# The person before acting in a post (任命甲为某县副县长，并决定由其代理县长职务).
_ACTING_ITS = re.compile(r"^(?:会议|并|同时){0,2}(?:决定)?由其(?P<rest>代理.+)$")
_ACCEPTED_ITS = re.compile(
    r"^(?:会议|并|同时|还|决定){0,2}(?:(?:同意|接受)(?:其|他|她|该同志)|其(?:因[\u4e00-\u9fff]{1,12}?(?:原因|因素)?)?(?:申请|提出)?)"
    r"辞去(?P<rest>.+)$"
)
# A letter of resignation received, named by its writer (收到董事甲的书面辞职报告).
_LETTER_OF_RESIGNATION = re.compile(r"的(?:书面)?(?:(?:辞职|辞任)(?:报告|信|函|申请)|辞呈)$")
_PROFILE = re.compile(r"[\u4e00-\u9fff·]{2,4}[,(](?:男|女)")
# Verbs that go on with the person of the clause before in the same sentence (no name of their own).
_CONTINUING = frozenset(
    {"不再担任", "不再兼任", "兼任", "兼", "免去", "免", "辞去", "调任", "转任", "改任", "先任", "任命为"}
)  # (甲同志任某学院党委副书记，任命为某学院院长: the party post, then the one the government gives;
# 甲任某局局长，免某局副局长职务: a 任免表 cell's or a brief notice's short removal)
_TAKEN_AFTER_LEAVING = frozenset({"出任", "担任", "履新", "接任", "升任"})
_LEFT = frozenset({Kind.CEASE, Kind.RESIGN, Kind.REMOVE})
# Taiwan's 今(1)日, 昨天(20日): a relative day, and the day of the month it is.
_DAY_TOLD_TWICE = r"(?:[今昨明][天日]?\((?:\d{1,2}月)?\d{1,2}日?\)日?)"  # (明日(2月11日) too)
# To whom a resignation or a request goes, between the name and the act (甲向县人大常委会申请辞去…, 乙今天
# 上午向行政院长丙请辞, 丁已向行政长官提出辞职); 向 is a surname too (向阳明提出辞去…).
_TO_WHOM = (
    r"(?:向(?:(?!向)[\u4e00-\u9fff]){0,14}?(?:常委会|董事会|监事会|党委|组织|委员会|政府|院长|市长|县长|部长|校长|长官"
    r"|主席|董事长|主任|人民代表大会|人大|主席团)"
    r"(?:[\u4e00-\u9fff]{2,3})?(?=申请|提出|书面|请辞|递交|提交|辞职|$))"
)
_BARE_VERB = re.compile(
    # (鉴于甲同志已到退休年龄，决定免去其…: the decision's 其 is the subject's)
    r"^(?:同时|并|亦|也|则|随后|随即)?(?:经?(?:[\u4e00-\u9fff]{0,12}?(?:政府|委|党组|会|会议))?(?:研究)?(?:同时)?决定(?=免去其)|会议(?:还|也|并)?同时(?=免去其))?(?:(?:已|将)?于?(?:近日|日前|近期|今日|今天|昨日|昨天|当天|当日)(?:已|正式)?|已|将|(?:今日|今天|明日|明天|即日|同日)起|跨(?:省|公司|地区|区域|系统)|(?:已|将)?(?:因[\u4e00-\u9fff]{1,8}?原因)?(?:本人)?(?:书面)?(?:申请|提出|主动))?"
    # 向公司董事会辞去…, 向县人大常委会申请辞去…: to whom the letter goes
    # (向镇人民代表大会提出辞去…, 向镇人大主席团提出…: a township's congress, which has no standing committee)
    r"(?:向(?:(?:公司|[\u4e00-\u9fff]{1,4}?人大)?(?:董事会|监事会|党委|常委会)"
    r"|[\u4e00-\u9fff]{0,8}?(?:人民代表大会|人大)(?:主席团)?)(?:书面)?(?:申请|提出)?)?"
    rf"{_BY_PROCEDURE}?"
    # 3月30日起出任…, 将于十一月一日兼任…: a day of this year (a year's date is a career step's)
    # (甲…，已于3月出任…: a month of this year, its day untold)
    r"(?P<day>(?:(?:已|将)?于?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"|(?:已|将)?于(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)起?(?:正式)?)?"  # (not a profile's 8月任…)
    r"(?P<where>在[^,;。]{2,24}?会议?上)?"  # 昨日在省人大常委会会议上被任命为…: where it was decided
    r"(?:以[\u4e00-\u9fff]{2,8}?方式)?(?:续期)?"  # (甲—…，以定期委任方式续期担任…: a Macao dispatch)
    r"(?:分别)?"  # (甲、乙不再担任X职务，分别出任Y、Z: the people of the clause before, in turn)
    # (甲北上，接替乙出任X: 甲 takes X)
    r"(?:接替(?P<succeeded>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?=出任|担任|兼任|任(?![命免])))?"
    rf"(?P<verb>被任命为|被免去|被罢免|被聘任为|被聘为|被增补为|任命为|任(?![命免])|免去|免(?![{_NOT_AFTER_SHORT_REMOVAL}])|兼任|兼|担任|不再担任|不再兼任|辞去|辞任|卸任|退任"
    r"|按期正式任|被正式任命为|正式任命为|正式聘任为|正式任|拟聘任|拟任用为|拟提拔为|拟提拔任|拟提任|拟晋升为|拟转任|拟交流任|拟任命为|提请任命为|拟免去|提请免去|拟任|出任|接任|升任为|擢升为|升任|晋升为|晋升|调任|调升|转任|改任|先任|履新|获委任为|获任命为|成为新的|成为新一任|成为新任"
    r"|(?<=方式)委任为|(?<=续期)委任为"  # (甲——…，以定期委任方式委任为X: a Macao dispatch's subject)
    r"|当选为|当选)(?!过)"  # 担任过: a post held once, not taken
)
# 为甲、乙颁发聘书，分别聘任为…: hired, the persons named in the clause before (or by a pronoun).
_HIRED_AS = re.compile(
    r"^(?:并|同时)?(?:分别)?(?P<verb>聘任|聘请)(?:其|他们|她们|他|她)?(?:分别)?(?:为|担任)"
)
# A removal with no post after it (the posts are those the person is described by).
_REMOVED_BARE = re.compile(
    # (某大学校长甲教授因个人理由请辞: how the person is addressed, after the name)
    r"(?:同志|先生|女士|教授|博士)?(?:已于?(?=日前|近日|今日|今天|昨日|昨天|当天))?(?:已经|已|日前|近日|今日|今天|昨日|昨天|当天)?"
    rf"{_DAY_TOLD_TWICE}?"
    # (甲、乙均因年龄原因卸任; 某校副校长甲近日突然被免职; 甲及乙都将在22日退休)
    # (甲今天上午向行政院长请辞; 某公司董事长乙也在事故后请辞: when, and to whom the letter went)
    r"(?:上午|下午|中午|晚间|晚上)?(?:也|亦|还)?(?:在[^,;:在后]{1,8}?后)?"
    rf"{_TO_WHOM}?"
    # (甲将于七月十五日开始退休前休假; 乙将于今年8月31日任满离任; 丙将于本月底离任: when, foretold)
    r"(?:均|都|皆)?(?:已|将(?=[在于]))?(?:[在于](?:今年|本年|明年|下月|本月|(?:19|20)\d\d年)?(?:[\d一二三四五六七八九十]{1,3}月)?"
    r"(?:[\d一二三四五六七八九十]{1,3}日|底|初|中旬|下旬))?(?:突然)?(?:因[\u4e00-\u9fff]{1,8}?(?:原因|因素)(?=卸任|离任))?"
    # (某县长甲遭内政部解职: by whom, between 被 / 遭 and the act)
    # (某镇镇长甲先期免职: an accountability's first step, the removal made before the inquiry ends)
    r"(?:(?:(?:被|遭)[\u4e00-\u9fff]{0,5}?|(?:先期|先行)(?=免职))(?P<remove>免职|免去其?(?:全部|所任|一切)?职务|解职)"
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
    r"(?:到龄|届龄|任满)?(?:\d{2}岁)?"
    # (Hong Kong's 开始退休前休假; Taiwan's 届龄退伍, an officer's age limit (not 某董事长甲退伍, who
    # left the army long before), and 归建, a seconded official back to his own post)
    # (某县副县长甲调离, 乙因工作调动调离本县: other, as the annotation reads 调离)
    r"(?P<resign>辞职|请辞|辞任|退休|荣退|退出领导班子|(?<=届龄)退伍|(?:开始|放取)?退休前休假|归建"
    r"|(?<![未拟请将不于日])调离(?:本县|本市|本区|本镇|本乡|本地|本单位)?"  # (not 未调离, 拟调离, 申请调离)
    # (甲辞去所任职务: no post named, the posts he is described by)
    r"|辞去(?:所任|现任|所有|一切|全部|各项|相关|上述)?(?:的)?职务)(?:获准|获批准?)?"
    # (廉政专员甲任期届满离任; 大使乙任满离任回国; 某委员会主任委员丙任期届满卸任)
    r"|(?:任期(?:已经|已)?届满|任满)(?P<term>离任|卸任)(?:回国)?"
    # (某委主任甲不再担任该职务 / 上述职务: the post he is described by; 某署长甲下台，由乙接手: news)
    r"|(?:便|就)?(?P<cease>卸任|卸职|离任|(?:不再担任|不再兼任)(?:(?:该|上述|此|这一|以上)(?:职务|职))?|下台)"
    # 某局副局长张三已于7月1日上任: the post taken up is the one the person is described by
    # (甲8日宣誓就职; 乙今日上午在县府大礼堂宣誓就职: the day, where)
    r"|(?:则|已|将)?(?:于?\d{1,2}月\d{1,2}日|\d{1,2}日)?(?:上午|下午)?(?:在[^,;。在]{2,12}?(?=宣誓))?"
    r"(?:继续|原职|原位|正式)?(?P<took>上任|到任|就任|宣誓就职|履新|到岗|延任|续任|留任"
    r"|过渡(?:至|到)(?:新班子|新一届政府|下届政府|新一届特区政府|新政府)"  # (a government's next term)
    r"|经(?:(?!提请|报请)[^,;。]){2,20}?批准任命))$"  # (某检察院检察长甲已经某省人大常委会批准任命)
)
# 他 / 她 and the verb of the clause (他已出任…, 她任…).
_PRONOUN_VERB = re.compile(
    r"^[他她](?P<plural>们)?(?:近日|日前|已|将|也|又|随后|分别)*(?:同时)?"
    r"(?:因[\u4e00-\u9fff]{1,10}?(?:原因|因素|理由|需要|安排))?(?:申请|提出|主动)?"  # (他因个人原因辞去…)
    r"(?P<verb>担任|出任|任|兼任|调任|转任|当选为|当选|辞去|辞任|请辞|不再担任)"  # (他同时申请辞去…)
)
# A name as a text names a person: 张三同志, 张三，男 / 张三(女).
# (关于周斌同志任职的决定: 于 after 关, 对, 鉴, 由, 至 is the word's, not a surname)
_NAMED = re.compile(r"(?<![关对鉴由至])(?P<name>[\u4e00-\u9fff]{2,3})(?:同志|[,(](?:男|女))")
# Words before the description of a person that are not part of it (决定由某区副区长刘建代理…).
_DESCRIPTOR_LEAD = re.compile(
    r"(?:[一二三四五六七八九十\d]{1,3}[、.])?(?:包括)?(?:会议)?(?:研究)?(?:并|另|则)?(?:决定|同意|宣布)?(?:改由|由|推选|指派|委派)?"
    r"(?:(?:审议|听取|审查|表决)(?:通过)?了?|通过了)?"  # (会议审议了某法院院长甲辞去院长职务的请求)
)
# A body's name standing as a line above its members (某市人大法制委员会, 某某委员会新一届成员名单).
_BODY_LINE = re.compile(
    r"^(?![^为]*为)(?P<body>[\u4e00-\u9fff()]{4,40}?(?:委员会|协会|学会|理事会|董事会|监事会))"
    r"(?:新一届|第[一二三四五六七八九十\d]+届)?(?:(?:成员|委员)?名单)?(?:如下)?$"
)
# A notice that is the list of a body's members, named at its head.
_MEMBERS_OF = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:委员会|协会|学会|理事会))(?:新一届|第[一二三四五六七八九十\d]+届)?(?:成员|委员)名单"
)
_BODY_LINE_ENDS = ("会", "名单", "如下")  # what a _BODY_LINE can end with
# An item's number standing as a sentence of its own (一、 opening a line is a stop).
_ITEM_NUMBER_ALONE = re.compile(r"[一二三四五六七八九十]|\d{1,2}|\([一二三四五六七八九十\d]")
# A heading that names the body of the group of items below it (二、某县人民检察院; its number may
# stand as a sentence of its own).
_GROUP_NAMED = (
    r"(?:[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\))?"
    # (（一）某县人民政府组成人员 / 某院：; not a signing line: 二零二四年二月五日于某司司长办公室)
    rf"(?![〇○零一二三四五六七八九\d]{{4}}年)(?P<body>{GROUP_BODY_NAME}){GROUP_STAFF}"
)
_GROUP_HEADING = re.compile(_GROUP_NAMED + ":?")
# The same heading opening a sentence, its items run on after its colon (决定：某县教育局：任命甲为局长，…；
# 某县卫生健康局：任命乙为…): the heading, and the decision before it, if any.
_GROUP_ITEM_VERB_WORDS = ("任命", "免去", "聘任", "解聘")  # the verbs a group's items open with
_GROUP_ITEM_VERBS = frozenset(_GROUP_ITEM_VERB_WORDS)
# …or with their person (一、县财政局⏎甲同志任局长；).
_GROUP_ITEM_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}同志任")
# (Hong Kong's digests of bodies: （一）某委员会：再度委任甲为主席；新委任乙为成员)
_INLINE_ITEM_VERBS = (*_GROUP_ITEM_VERB_WORDS, "委任", "再度委任", "新委任", "委聘")
_INLINE_GROUP = re.compile(rf"(?:[^:;]{{0,60}}?决定:)?{_GROUP_NAMED}:(?={'|'.join(_INLINE_ITEM_VERBS)})")
# The names of a list announced by the sentence before (…按期正式任职。名单如下：).
_NAMES_FOLLOW = re.compile(r"(?:具体|现将)?(?:人员)?(?:名单)?(?:公布)?如下:?")
# A term noted after a heading post (聘任下列同志为市政府参事，聘期五年：).
_TERM_NOTE = re.compile(r"(?:聘期|任期|为期)[^,;:]{1,30}")


def _opens_item(below: str) -> bool:
    """Whether the start of the next line opens a numbered item (1. / 一、 / (一))."""
    return below[:1].isdigit() or below[:1] in "一二三四五六七八九十(（"


# A class of units heading a list's items (（一）区政府工作部门, （二）区属事业单位, 市直单位).
_CATEGORIES = ("部门", "单位", "机构", "企业")
_CATEGORY_LONGEST = 12
# A group's heading inside a list of appointees (新委任成员：, 再度委任成员：, 艺术界别提名人士：).
# How a Hong Kong list marks its members new or kept on (新委任, 再度委任 …), longest first.
_REAPPOINTMENTS = "获再度委任|再度委任|再获委任|新获委任|新委任|续任"
_GROUP_OF_APPOINTEES = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:成员|人士|委员|代表):"
    rf"|(?:{_REAPPOINTMENTS}):"  # (再度委任：⏎甲先生: the group's post is the heading's above)
)
_REAPPOINTED = re.compile(rf"(?:{_REAPPOINTMENTS}|委任)?")
_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]")
# 张三（某局局长）、李四（某局局长）: names with their posts in brackets, the list's items.
_BRACKETED_ITEMS = re.compile(
    r"[\u4e00-\u9fff·]{2,4}\([^()]{3,40}\)(?:、[\u4e00-\u9fff·]{2,4}\([^()]{3,40}\))*"
)
# A successor named after the post just left: 由政务次长李四接任 / 其职务由李四接替.
_TAKES_OVER = re.compile(
    r"^并?(?:其职务|其职位|其职缺|其职|其遗缺|遗缺|悬缺|职缺|该职务|该职|其原职|原职)?(?:改|将|暂|暂时|临时)?由(?P<who>(?:(?!出任|担任)[^,由]){2,24}?)(?:同志|先生|女士)?"
    # (其职缺由乙接掌; 甲请辞，改由乙接任; 董事长一职由乙暂代; Hong Kong: 其职位由副署长乙署理, not
    # 由乙出任某署理校长: 署理 there is the post's)
    r"(?:暂时|临时)?(?P<verb>接任|接替|继任|调任|转任|接掌|接手|升任|代理|暂代|代任|署理)"
    r"(?P<post>.{0,12})$"
)
# The vacancy a move leaves (遗缺由乙接任): never the post the move took up.
_VACANCY = ("遗缺", "其遗缺", "悬缺", "职缺", "其职缺")
# 免去甲X职务，乙接任: a successor named with no 由, after the clause that ended the post.
# (甲卸任X，该省某委副主任乙接替其职: the successor described, the post named by 其职)
_SUCCEEDS = re.compile(
    r"^(?:(?P<who>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:接任|继任)"
    r"|(?P<described>(?:(?![由缺将])[\u4e00-\u9fff·、]){2,30}?)(?:同志)?(?:接替|接任|继任)(?:其职务|其职位|其职)"
    r"|其?(?:接任|继任)(?:者|人选)(?:为|是)(?P<named>[\u4e00-\u9fff·]{2,30}))$"  # (接任者为某司司长乙)
)
_SUCCESSOR_NAMED = ("接任者", "继任者", "其接任者", "其继任者", "接任人选", "继任人选")
_SUCCEEDS_ENDS = ("接任", "继任", "其职", "其职务", "其职位")
# A line "POST：NAMES" of a list under one verb (任命：⏎某院检察员：张三、李四).
_POST_COLON_NAMES = re.compile(r"^[^:,]{3,40}:[\u4e00-\u9fff·、()]{2,80}$")
_CONFIRMED = ("按期正式任职", "正式任职", "按期转正", "按期正式任", "予以正式任职", "予以转正")
_CONFIRMED_ROW_LONGEST = 40  # (甲同志某市某局副局长；)
# (现将选举结果公布如下：the results' lines below)
_ELECTION_RESULTS = (
    "选举结果",
    "当选名单",
    "当选人名单",
    *(f"选举结果{how}如下" for how in ("", "公布", "公告", "报告")),
)
_VOTED = ("投票", "无记名投票", "投票表决")
# An appointment of a count of people, named after it (委任五名政治助理，分别为：).
_COUNTED_APPOINTED = re.compile(
    r"(?P<verb>委任|任命|聘任)[\d一二三四五六七八九十两]{1,3}名[\u4e00-\u9fff]{2,12}$"
)
# An announcement of the appointments listed below it (公布以下首长级人员的任命).
_ANNOUNCED_BELOW = re.compile(r"(?:公布|宣布)(?:以下|下列)[\u4e00-\u9fff]{0,16}的(?:任命|委任)$")
# The votes told after a name elected (甲得赞成票74票, 乙以71票).
_VOTES_AFTER = re.compile(r"(?:得|获得?|以)(?:赞成票)?\d+票$")
# A heading over the people a congress elected, listed below by their posts (选举产生的某常委会组成
# 人员名单, 当选人员名单, 选举产生了新一届国家机构领导人员): the body, when it names one.
_ELECTED_ROSTER = re.compile(
    # (会议任命了某委员会组成人员：, 大会表决通过了某专门委员会组成人员名单。: appointed, or a
    # congress's committee, by its own vote)
    r"(?P<verb>选举产生|当选|(?<![拟请])任命|表决通过|通过)(?:了|的)?(?:新一届)?(?P<body>[\u4e00-\u9fff]{0,30}?)"
    r"(?:组成人员|领导人员|人员)(?:名单)?(?:如下)?$"
)
_ROSTER_BODIES = ("委员会", "常委会", "人民政府")
# A list's title naming a body and the posts it lists (某委员会主席、副主席、秘书长、常务委员名单).
_POSTS_ROSTER = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,40}?(?:人民代表大会常务委员会|委员会|常委会|人民代表大会))"
    r"(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}名单"
)
# The note of when and by whom a result or list was adopted, printed after its title: (某日某会议选举).
_ADOPTION_NOTE = re.compile(r"(?:\([^()]*\))?$")


def _roster_titled(c: Compact, start: int, key: str, state: State) -> bool:
    """Note a list titled by a body and the posts it elected (政协某县第十一届委员会主席、副主席、
    秘书长名单, its note saying 选举 after it or on the line below): its lines are elections to
    that body's posts. Whether ``key`` is such a title."""
    heading = _without_adoption_note(key)
    posts_of = _POSTS_ROSTER.fullmatch(heading)
    note = _note_after(c, start + len(heading)) if posts_of else ""
    if "选举" not in note or "提请" in note or "提交" in note or "候选人" in heading or "人选" in heading:
        return False  # (a candidates' list, 提请大会选举, 建议人选名单…提交大会选举: no one elected yet)
    if c.key.find("历届", max(0, start - _PAST_TERMS_REACH), start) >= 0:
        return False  # 某县政协历届领导名单⏎…名单(2016年…选举): the rosters of past terms, history
    state.kind, state.list_org = Kind.ELECT, c.text[start : start + posts_of.end("body")]
    return True


_SWORN_LIST_OPENINGS = ("参加宣誓的", "参加宪法宣誓的", "宣誓人员有")
_PAST_TERMS_REACH = 200  # (how far above a roster the page may say it lists past terms)


def _note_after(c: Compact, at: int) -> str:
    """The rest of the line at ``at`` and the line after it: where a title's adoption note stands
    (某名单(某日某会议选举), or on the line below)."""
    line_end = c.key.find("\n", at)
    if line_end < 0:
        return c.key[at:]
    below_end = c.key.find("\n", line_end + 1)
    return c.key[at : below_end if below_end >= 0 else len(c.key)]


def _without_adoption_note(key: str) -> str:
    """``key`` without the bracket that ends it (its adoption note). Only a key ending with ')' can
    lose one: the search, which tries every position, runs on such keys alone."""
    return key.removesuffix(_ADOPTION_NOTE.search(key)[0]) if key.endswith(")") else key


# 终止甲的试用期; 自本月十五日起终止甲某局局长的定期委任 (Macao: a fixed-term appointment ended).
# 续期甲作为某局副局长的定期委任 (Macao: a fixed-term appointment renewed, an appointment anew).
# (续期甲、乙为某委员会委员的委任; 终止甲先生出任某局非执行董事的委任: Hong Kong's too)
_TERMINATE = re.compile(
    # (决定终止…: the decision's word before it)
    r"(?:(?:研究)?决定)?(?:自[^,]{2,14}?起)?(?P<verb>终止|续期)(?P<rest>.+?)(?:的)?"
    r"(?:(?P<probation>试用期)|(?:定期)?委任)$"
)
# 甲担任某局局长的定期委任自某日起续期一年 (Macao: the renewal told of the appointment).
_RENEWED = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:担任|出任)(?P<post>[^,]{2,40}?)的(?:定期)?委任(?:自[^,]{2,20}?起)?续期"
    r"(?=[一二两三四五六\d]|$)"  # (续期一年; not 续期事宜正在研究中)
)
_LIST_VERB = re.compile(
    # (决定按期正式任命：, 按期正式任命：: a probation served, the list confirms)
    r"(?:.{0,20}?决定|提请|批准)?(?:按期)?(?:正式)?(任命|免去|聘任|解聘|撤销|罢免|委任|委派|增补|任|免)(?:(?<=免)职)?"
    r"(?:如下|(?:下列|以下)(?:同志|人员)(?:的?职务)?(?:如下)?)?"
    # the verb over a list below a Hong Kong gazette notice: 委任——
    r"(?:—+|-+)?"
    # the deciding body or its meeting as the subject of the list verb: 县人大常委会任命：,
    # 县十八届人大常委会第五次会议任命：, 国务院12月5日任命：
    # (Hong Kong: 行政长官委任：, 特区政府今日宣布委任：)
    r"|.{0,20}?(?:委员会|常委会|人民政府|政府|党委|党组|董事会|会议|国务院|行政长官)(?:\d{1,2}月\d{1,2}日|今天|今日)?"
    # (某政协常务委员会第十二次会议决定撤销：⏎甲的…委员资格: the meeting's decision over the rows)
    r"(?:宣布|决定)?(任命|免去|聘任|解聘|委任|撤销|增补)(?:如下|了)?"  # (经表决，会议免去了：⏎rows)
    # the people first, then their act (决定下列同志任职：⏎甲：某学院院长)
    r"|(?:.{0,20}?决定)?(?:下列|以下)(?:同志|人员)(任|免)职(?:如下)?"
    # a 任免名单's own section of decisions (决定：⏎甲为某县人民政府代理县长)
    r"|(决定)"
    # the law's article the verb acts under, run into it (行政长官根据《某条例》(第302章)第4条委任：)
    r"|.{0,20}?(?:根据|依据|按照).{2,60}?第[\d一二三四五六七八九十百]+条(委任|任命)(?:—+|-+)?"
)
# The same after a long run-in (a 任免名单's title and adoption line printed on one line).
_LIST_VERB_AT_END = re.compile(
    # (董事会…同意聘任：甲为总经理；乙为副总经理: a board's consent, the acts done)
    r"(?:决定|提请|批准|(?<![不未])同意)(任命|免去|聘任|解聘|增补)(?:如下)?$|(补选|选举)(?:如下)?$"
    r"|(?<![结成])(宣布)$"  # 组织部在某大学宣布，甲为学校党委书记 (宣布结果: no act)
)
# (拟聘任以下同志为…: a 公示 of those proposed, nominations)
_HIRED_BELOW = re.compile(
    # (a short subject before the verb: 我公司聘任下列人员为…, 学校党委任命下列同志为…)
    r"(?:.{0,20}?(?:决定|同意))?[,:]?(?:(?![不未暂停])[\u4e00-\u9fff]){0,8}?(?P<proposed>拟)?(?P<verb>聘任|任命|委任)(?:以下|下列)(?:同志|人员)(?:为|担任|$"
    # (Macao: 委任以下人员以定期委任方式担任下列职务，为期一年：⏎甲——某局副局长；)
    r"|[^,:。]{0,12}?担任(?:下列|以下)职务)"
)
# A row of such a list: a name, a dash, the post (甲——某局副局长).
_NAME_DASH_POST = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,8})—{1,2}(?P<post>[^—]{3,40})")
# A roundup's sections by the act of their rows (新任：⏎甲　某省副省长; 【卸任】).
_ROUNDUP_SECTIONS = {"新任": Kind.APPOINT, "卸任": Kind.CEASE, "离任": Kind.CEASE}
# The staff a list's heading appoints, after the body they serve (为公司高级管理人员：): the rows below
# name their titles, of that body.
_STAFF_OF = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:高级管理人员|高管人员|领导班子成员|中层干部)$")
# A body asked to make the appointments a list below names (提请市人大常委会任命：), not the 提请
# of whoever proposed them to a body that made them (根据市长的提请，决定任命：).
_ASKED_TO = re.compile(
    r"(?<!的)提请(?:[\u4e00-\u9fff]{1,12}?(?:人大常委会|常委会|人民代表大会常务委员会))?(?:任命|免去|免职|聘任)"
)
# A list verb over the officials of a government it names (任命下列香港特别行政区政府主要官员).
_OFFICIALS_BELOW = re.compile(
    r"(?P<verb>任命|免去)(?:下列|以下)(?P<org>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府))(?:第[一二三四五六七八九十\d]{1,3}(?:任|届)政府)?(?:主要官员|官员)$"
)
# A notice titled by its one decision (某常委会关于接受甲辞去X职务的决定, 关于乙代理Y的决定).
# A motion's vote below its title, carried (表决结果：同意9票，反对0票，弃权0票).
_MOTION_VOTE = re.compile(
    r"表决(?:结果|情况)?:?(?:(?:同意|赞成)(?P<yes>\d+)票|(?P<yes2>\d+)票(?:同意|赞成))"
    r"[,;]?(?:(?:反对(?P<no>\d+)票)|(?P<no2>\d+)票反对)?"
)
# How far below its title a motion may say it still goes to the shareholders (尚需提交股东大会审议).
_MOTION_TAIL_REACH = 120


def _motion_carried(key: str, at: int, end: int | None = None) -> bool:
    """Whether the vote at ``at`` (表决结果：同意9票，反对0票…) carries a motion the board decides
    itself: more for than against, not reported failed, and not to be put to the shareholders (本议案
    尚需提交股东大会审议: a nomination, no act yet). ``end``: where the notice ends."""
    end = len(key) if end is None else end
    vote = _MOTION_VOTE.match(key, at, end)
    if vote is None:
        return False
    yes, no = int(vote["yes"] or vote["yes2"]), int(vote["no"] or vote["no2"] or 0)
    tail = key[vote.end() : min(end, vote.end() + _MOTION_TAIL_REACH)].split("\n(", 1)[0]
    return yes > no and "未获通过" not in tail and "未通过" not in tail and "股东大会" not in tail


_DECISION_TITLE = re.compile(r"关于.{2,80}的(?:决定|决议|批复)$")  # (a reply: 关于同意甲辞去X职务的批复)
# (某市人大常委会决定任命人员名单: a body's list, its rows below)
# (a proposal's or a notice's list is none: 提请任命名单, 拟任命人员名单, 任前公示)
# The words announcing a list after its verb's clause (决定任命下列人员职务，名单如下：).
_LIST_ANNOUNCED = frozenset({"名单如下", "具体名单如下", "现将名单公布如下"})
_NAMES_LIST = re.compile(
    # (现将任职名单公布如下: the rows below, by group)
    r"(?:(?!提请|拟|建议|公示)[\u4e00-\u9fff]){0,24}?(?:决定|批准)?(任命|免职|任职)(?:人员)?名单(?:公布)?(?:如下)?"
)
# A roster of new office holders made public (公布内阁改组名单, 发布人事名单): "POST：NAME" items follow.
_ROSTER_PUBLISHED = re.compile(r"(?:公布|发布|宣布)[^,]{0,12}?(?:改组|人事|任命|新任|内阁|阁员)名单")
_LIST_ENDS = ("任命", "免去", "聘任", "解聘", "增补", "如下", "补选", "选举", "宣布")
_QUALIFIER_CLAUSE = re.compile(r"^(?:试用期|挂职|兼任?$|终止试用期)")
# Words of a decision being made (a notice's own sentence, not a step of a career).
_DECIDING = re.compile(r"决定|研究|会议|批准|通过|审议")
# A candidate named (提名甲同志为某市人民政府市长人选): no act, but the person the clauses after are of.
_NOMINEE = re.compile(r"提名(?P<who>[\u4e00-\u9fff·、]{2,20}?)(?:同志)?为[^,;。]{2,40}?(?:候选人|人选)")


def _nominee(key: str) -> list[tuple[int, str]] | None:
    """The names a clause nominates as candidates (提名甲同志为…人选), offsets after 提名; else None."""
    m = _NOMINEE.fullmatch(key)
    return split_names(m["who"]) if m else None


# Words that report a move as talk or expectation (据传, 或将, 有望出任): no act is reported.
_RUMOUR = re.compile(
    r"可能|或将|或许|据传|传闻|传言|有消息称|未获证实|未获确认|热门人选|料将|预计将|有望"
    r"|人士认为|人士指出|分析认为|外界认为|尚需|尚待"  # (an opinion, or an approval still pending)
    # (北京消息人士称，甲将出任…; 网传甲已调任… (not 互联网传媒, 有线电视网传输); 一份任命的消息被广泛
    # 流传: literals all, so the search skips ahead (a lookbehind here made it eight times slower))
    r"|消息人士|网传(?![媒输])|广泛流传|网上流传"
)
# A move told as what will be, with no decision named in its sentence (X将接任Y, Y将由X接任).
# (将由同日起署理, 将由2024年12月20日起出任: when it takes effect, a day set)
_FORETOLD = re.compile(
    r"将(?:接任|转任|由(?!同日|即日|当日|翌日|今日|明日|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月))"
)
# ... and of an act announced (a move told as what will be is then no rumour: 宣布甲将接任…).
_DECIDED = re.compile(f"{_DECIDING.pattern}|任命|宣布|公布|批示|委任|交接|布达|就职|获准")
# A report that opens by announcing a reshuffle (某市长今日公布新任小内阁名单; 某省宣布人事调整): the
# moves it then tells as what will be (社会局长将由原劳动局长乙调任) are that decision's; an opinion
# about them (分析人士认为…将接任) is _RUMOUR's.
_RESHUFFLE_ANNOUNCED = re.compile(r"(?:公布|宣布|发布)[^。;]{0,20}?(?:人事|名单|内阁|任免)")
# A report announces its reshuffle in its headline or lead, its first few sentences: an
# announcement further on is of another matter (a page's other article, a later event).
_ANNOUNCING_LEAD = 200
# A decision of last year's month reported as news (去年12月，某省人大常委会举行会议，决定…), or of a
# day before the news (此前，1月7日，某部宣布任命…).
_DECIDED_BEFORE_THE_NEWS = re.compile(
    r"(?:去年|前年)\d{1,2}月(?:\d{1,2}日)?,[^。;]{0,40}?(?:决定|会议)"
    # (此前，1月7日，… / 此前，在1月19日，… / 此前的9月29日，… / 此前一天，…: a day of this year, news)
    r"|此前(?:,在|,|的)?\d{1,2}月\d{1,2}日,?[^。;]{0,30}?(?:宣布|决定|任命|选举|当选|赴任|调任|出任|升任|转任|履新)"
    r"|此前一天,[^。;]{0,40}?(?:宣布|决定|任命|选举|当选|赴任|调任|出任|升任|转任|履新)"
    # (此前，前任校长甲已调任某部副部长: the predecessor's move, news beside the successor's)
    r"|此前,[^,;。]{2,30}?已经?(?:调任|出任|升任|转任|履新)"
    # (此前不久，某新闻网亦曾报道，甲、乙分别任…: an earlier report of the news, not a career's past)
    r"|此前不久,[^,;。]{2,20}?(?:亦|也)?曾?(?:报道|报导|披露),"
)
_YEAR = re.compile(r"\d{4}年")
# A span that runs up to now (去年10月以来, 今年以来): the sentence tells of the present.
_SINCE = re.compile(r"(?:去年|前年)[^,;。]{0,8}以来,?")
# Words that report an act as news (the present, not a career step).
# (…此前任某庭庭长，会议同时免去其…: the meeting's act, told after the past)
_NOW = re.compile(r"近日|日前|目前|近期|今天|今日|昨天|昨日|会议(?:还|也|并)?(?:同时|决定)")
# Every alternative opens with a literal (the lookbehinds sit after it: 时 not after 同 or 临; 此
# with nothing before it, as ^ says), so the engine skips ahead to candidate characters.
_PAST = re.compile(
    r"曾(?:任|经|担任|在|于|被|是|作为)|时(?<![同临]时)任|历任|先后(?:任|担任|在|于|出任)|去年|前年|此前(?!的(?![一二三四五六七八九十两几数\d]))|早年|退休前"
    r"|担任过|出任过|任职过"  # 转战某省后，担任过某市委常委: a post held once
    # (此番履新前，甲任某局副局长: the post held before this move; not 在乙履新前，由甲署理: till then)
    r"|此番履新前(?!夕)|此次履新前(?!夕)|这次履新前(?!夕)"  # (literals, no group first: see _CUE)
    r"|此(?<![\s\S]此)后,?[他她]"  # 此后，他出任…: a profile's next steps (opening the clause)
)
# Every alternative a literal (not [|*]), so the engine skips ahead to candidate characters.
_HEADER_NOISE = re.compile(r"\||\*|姓名|序号|备注|编号|性别|出生年月|工作单位|现任职务|学历|民族")
_TABLE_HEADERS = _LEXICON.table_headers
# A table cell that states the act of its row (任免事项: 任某局局长 / 免去某局局长职务).
# (决定任命为X, 提请任命为X, 撤销X职务: a congress's vote table says who decided or proposed)
_CELL_VERB = re.compile(
    # (a 任免职务 cell's short verbs: |甲|任某局局长| and |甲|免某局副局长|, 免职 a kind's word)
    rf"(?:决定|(?P<ask>提请))?(?P<verb>任命|免去|聘任|解聘|撤销|不再担任|兼任|任|免(?![{_NOT_AFTER_SHORT_REMOVAL}]))为?(?=[\u4e00-\u9fff]{{3}})"
)
# An appointing verb with only names after it, whose post follows in the next clause (委任甲、乙，出任…).
_APPOINTING_NAMES = re.compile(
    r"^[^,]{0,12}?(?:再度|再次|同时)?(?:委任|任命|聘任|聘请|委派)(?=[\u4e00-\u9fff])"
)
_TAKES_UP = ("出任", "担任", "为")
_MOVED_UP = ("任", "升任", "调任", "转任", "改任")  # (甲接替乙升任X: 乙 is who is succeeded)
_SUCCEEDING = ("接替", "接任", "接棒", "接替了")  # 甲接替乙出任…: 甲 is the subject
# 接替 and what may describe the one succeeded before his name (接替退休的乙, 接替同样65岁的乙).
# (接替退休的乙 describes the one succeeded; 接替乙出任X的甲 describes 甲, who took X)
_SUCCEEDING_DESCRIBED = re.compile(
    r"(?:接替|接任|接棒)了?(?:(?![^,;:。的]*(?:出任|担任|升任|调任|转任))[^,;:。的]{1,16}的)?$"
)


def _succeeding_at(key: str, name_at: int) -> int | None:
    """Where 接替 (of 甲接替乙出任X) stands before the name at ``name_at``, who is then the one
    succeeded, not the subject; None when no 接替 stands right before it."""
    m = _SUCCEEDING_DESCRIBED.search(key, max(0, name_at - 20), name_at)
    return m.start() if m else None


# A body proposing, as a clause of its own before a verb (市委建议，免去…): what follows is proposed
# (not 根据…的提名和建议，任命…, where the proposal is the act's ground).
_PROPOSED = re.compile(r"(?:^|(?<=[,;:。\n]))[\u4e00-\u9fff]{1,8}(?<!的)(?:建议|提议)$")
_PROPOSING = ("建议", "提议")  # the words a _PROPOSED match ends with
# Kinds whose list items name a post after 的 (免去A的X职务、B的Y职务); these and the other kinds
# that end a post never go on with 为 (接受甲辞去X的决定，乙为Y的决定 is no resignation of 乙's).
_REMOVING_KINDS = (Kind.REMOVE, Kind.DISMISS, Kind.REVOKE, Kind.NOMINATE_REMOVE)
_ENDING_KINDS = (*_REMOVING_KINDS, Kind.RESIGN, Kind.CEASE)
# After 任: a term, an age limit, 任免 (appoints and removes: no post follows).
_NOT_AN_ACT = ("职年龄", "职期", "职资格", "期", "免", "满")
# (a gazette's items are lettered: (a) 甲先生为…)
_ITEM_NUMBER = re.compile(rf"^(?:{ITEM_NUMBER}|\([a-z]\))")
# A stop, or a full stop not between digits (2.5; 市长.2月22日 is a stop): the same as
# [;。\n!?]|(?<!\d)\.|\.(?!\d), its branches each starting with a character so the engine skips
# ahead (each stop a branch of its own: a branch opening with a class, [;。…], leaves the engine no
# characters to skip ahead to, and it tries every branch at every character). (A bullet inside a
# line starts a roundup's next item: 荷川▶甲履新X▶乙履新Y. The mark after an item's number opening
# a line, 一、 1. (一), ends the number as a sentence of its own: each item is read apart from it.)
_SENTENCE_STOP = re.compile(
    "|".join(re.escape(stop) for stop in f";。\n!?{INLINE_BULLETS.replace('•', '')}")
    # (• between two Han characters is a name's dot: 阿依努尔•吐尔地为…)
    # (not after a run longer than a name: 甲任某局局长•乙任…, a roundup's items)
    + r"|•(?:(?<![\u4e00-\u9fff]•)|(?![\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{7}•))"
    + r"|\.(?!(?<=\d\.)\d)|、(?<=(?<![^\n])[一二三四五六七八九十\d]、)"
    r"|\)(?<=(?<![^\n])\([一二三四五六七八九十\d]\))"
)
# 关于…的决定、关于…的决定 (or 和关于…) / 《…的决定》《…的决定》 / 《…》、《…》: each its own clause
# (由甲升任某课长、乙调任某馆长: after a post, a 、 before another person's move ends the clause)
_CLAUSE_STOP = re.compile(
    r":|,(?!(?<=\d,)\d{3}(?!\d))|[、和及](?=关于)|、(?=《|决定(?!为))|(?<=》)(?=《|以及|和|及)|(?<=的决[定议])、"
    # (审议了甲关于辞去X职务的请求、乙关于辞去Y职务的请求: each request a clause of its own)
    r"|、(?<=的请求、|的申请、|的报告、|的说明、)"
    # (通过了任命甲为X的决定和免去乙Y职务的决定: two decisions, each a clause)
    r"|和(?<=的决定和)(?=任命|免去|聘任|接受|决定)"
    # (劳动部长由甲接任、农委会主委由乙担任: items of a list each a clause, their verbs closing them)
    r"|、(?<=接任、|担任、|出任、|接掌、)"
    # (免去甲某委员会副主席职务、撤销其某政协委员资格: a second act on the same person)
    # (…副主席职务、撤销某政协委员资格: the same person, named once)
    r"|、(?<=职务、)(?=(?:撤销|罢免|免去|免除)其?)"
    # (甲医生获委任为某联网总监、乙医生获委任为某医院行政总监: each appointee's own clause)
    r"|(?<=[长员记书监])、(?=(?:(?![长记员委书主副])[\u4e00-\u9fff]){2,3}(?:医生|先生|女士|教授)?"
    r"(?:调任|升任|转任|出任|接任|获委任|获任命)[\u4e00-\u9fff])"
    # (选举甲为董事长聘任乙为总经理: a headline's second act, no stop printed before its verb)
    r"|(?<=[长员记书理监])(?=聘任[\u4e00-\u9fff]{2,4}为)"
    # (任命甲为某院副院长并免去其某庭庭长职务: the second act on the same person, no stop before it)
    r"|(?<=[长员记书理监])(?=(?:并|同时)免去其)"
    # (免去甲的某市副市长职务并撤销其某市人大代表资格: the second act on the same person)
    r"|(?<=职务)(?=(?:并|同时)(?:撤销|罢免)其)"
)
# What every match of _CLAUSE_STOP holds or stands after: a stop consumed, the 》 before a zero-width
# stop, or the 聘任 after one.
_CLAUSE_STOP_MARK = re.compile(r":|,|、|和|及|》|聘任|免去其|撤销其|罢免其")  # (literals: see _CUE)
# An acting appointment decided with no other cue (决定由甲代理…, 关于乙代理…的决定, 决定丙为某市
# 代理市长); 代理 alone is no cue (代理 in news is often of an agency or of a deputy standing in).
_ACTING_DECIDED = re.compile(
    r"(?:关于|由)[^,;。]{2,16}(?:代理|署任)|决定[,:]?[^,;。]{2,5}为[^,;。]{2,20}代理"
    # (决定：甲同志代理某县人民政府县长 / 甲同志代理某局局长: a notice's 同志, a head's title after it)
    r"|同志代理[^,;。]{2,20}?(?:长|主任|书记|主席)"
)
# Words without which a sentence holds no event of its own ("任" alone: 张三任…, not 主任/任务).
_CUE = re.compile(
    r"任命|任免|免去|免职|解职|正式任|试用期|聘|辞去|当选|选举|兼任|担任|终止|提请|解聘|撤销|职务|任职|委任|派任"
    r"|补选|增选|被选为|获选为|推选|推举|过渡[至到]|罢免|卸任|卸职|退任|卸去|卸下|出任|履新|递补|资格|增补|新任|宣布|留任|连任|免除|特任|简任|辞职|请辞|撤职|就任|辞任|选出|接掌|署理|擢升|挂任|委派"
    r"|上任|到任|到岗|宣誓就职|布达|退休|录用|另有任用|辞呈|改组名单|人事名单|内阁名单|接替|接棒|成为新|正式成为|挂职|升任|晋升|调升|由[^,;。]{2,40}升为|掌门人|离任(?=[。,;]|$|回国|[\u4e00-\u9fff]{2,30}?(?:董事|委员|成员|主席|长|书记|主任)(?:[。,;]|$))|不再任|成员为|委(?<=新委)员为|退出领导班子|遗缺|职缺|荣退"
    r"|身份(?:首次|首度)?(?:公开)?(?:亮相|露面)|组成人员如下|组成人员名单|成员如下|组成如下|咨请立法院"
    r"|调整的(?=[^,;。]{0,12}?(?:分别是|名单如下|有):)"  # (此次调整的干部分别是：the pairs below)
    r"|派(?=[\u4e00-\u9fff·、]{2,12}?[为兼])"  # (Taiwan's orders: 派甲为某署署长, 派乙兼…, 派甲、乙为…)
    r"|退伍|归建|下台|调离"  # (某司令甲届龄退伍; 某馆馆长乙将于2月1日归建; 某署长丙下台: the post ends)
    r"|移交[给予于]新|交接[给予于]新|交棒[给予于]新"  # (甲校长将…交接给新校长乙: the post handed over)
    r"|异动|人事命令|调派"  # (某市政府发布人事命令，异动名单如下：⏎a table: its header says the rest)
    r"|准予?免|应予?免"  # (Taiwan's orders: 某部政务次长甲准免本职 / 应免本职)
    r"|提拔为"  # (甲同志提拔为某局副局长: a notice's)
    # (a 任免职务 cell's short verb: |甲|免某局副局长|; a sentence opening with it, 甲|任A；免B|)
    rf"|免(?:(?<=\|免)|(?<![\s\S]免)(?![{_NOT_AFTER_SHORT_REMOVAL}]))"
    r"|决定(?=[\u4e00-\u9fff]{2,4}同志为)|明确(?=[\u4e00-\u9fff]{2,4}同志为)"  # (决定甲同志为某局局长)
    # The lookbehinds sit after a literal (任, 新委: they check the characters before it) and no
    # alternative opens with a group: every alternative then starts with a literal, so the engine
    # skips ahead to candidate characters (one that opens otherwise leaves it trying every branch at
    # every position).
    r"|任(?<![主责信兼担曾历现出前继连留再升新原时委到离上]任)(?![务职期何意命免用性满])"
)


def events_in_block(
    c: Compact,
    block: Block,
    doc: str,
    issuer: Callable[[], str | None] | None = None,
    page_dates: Callable[[], list[FuzzyDate]] | None = None,
) -> list[Event]:
    """All events of one notice; ``issuer`` gives their issuer when the notice names none (a
    bulletin section: the gazette's government), asked only once an event is found;
    ``page_dates`` the page's date lines outside the window, nearest first (asked only when a
    relative day finds no anchor in the window)."""
    # A company's announcement that calls the company 公司 (以下简称“公司”): a bare officer's title
    # (解聘甲副总经理职务) is the company's
    home = "公司" if _CALLED_COMPANY.search(c.key, block.start, block.end) else ""
    state = State(org=home)
    title = c.key[block.start : block.start + len(block.title)] if block.title else ""  # (printed: 提請)
    nominating = "提请" in title or "议案" in title
    out: list[Event] = []
    if nominating and _motion_carried(c.key, block.body_start, block.end):
        # （一）关于聘任甲为公司总经理的议案⏎表决结果：同意9票…: a board's motion carried, its act done
        return _title_events(c, block, doc, title, home, [], issuer, page_dates, carried=True)
    if not may_hold_a_post(c.key, block.body_start, block.end):
        return out  # no title, no post: nothing below can be an event
    first = _first_cue(c.key, block.body_start, block.end)
    if first is not None:
        cue = first
    elif "名单" in title:  # …委员名单的决定: "title：names" lines, no verb
        cue = block.body_start
    else:  # (a headline's act, its body telling of it in words of no act)
        return _title_events(c, block, doc, title, home, [], issuer, page_dates)
    # A 任前公示 profile stands above its 拟任 line: reading starts at the profile's line.
    profiles = [i for sex in (",男,", ",女,") if (i := c.key.find(sex, block.body_start, cue)) >= 0]
    at = min(profiles, default=cue)
    begin = _group_heading_above(c, max(c.key.rfind("\n", block.body_start, at) + 1, block.body_start), block)
    state.list_org = _body_above(c, block.start, begin)
    if not home and begin > block.body_start and (announcer := _announced_above(c, block.body_start, begin)):
        state.announcer = state.org = announcer  # 某协会第六次会员代表大会召开。⏎大会选举甲为主席
    line_end = c.key.find("\n", block.body_start, block.end)
    first_line = c.key[block.body_start : line_end] if line_end >= 0 and not title else ""
    head = (block.start, title) if title or line_end < 0 else (block.body_start, first_line)
    if "名单" in head[1]:  # 某委员会主席、副主席名单⏎(某日某会议选举): a title, or the body's first line
        _roster_titled(c, *head, state)
    dates = EventDates(c.key, page_dates)
    # A notice's own date lines and period govern; else a date in the sentence or above it.
    own = bool(block.dates or block.period)
    listed: tuple[PostMention, FuzzyDate | None] | None = None  # 委任以下人士…为X: the names below
    read_to = 0  # (where a list read whole ended: its sentences are not read again)
    for start, end in _spans(c.key, begin, block.end, _SENTENCE_STOP):
        if end <= read_to:
            continue
        sentence = c.key[start:end]
        if listed is not None and _GROUP_OF_APPOINTEES.fullmatch(sentence):
            continue  # 委任以下人士为某局成员：⏎新委任成员：⏎甲先生⏎再度委任成员：⏎乙女士: the list goes on
        if listed is not None and (found := honoured_appointees(c, start, end, listed[0])):
            out += [e for r in found for e in events_of(c, block, doc, r, nominating, listed[1], issuer)]
            if end - start <= sum(r.end - r.start for r in found) + _ITEM_MARKS:  # (names, honorifics)
                continue  # a sentence of names alone: the list may go on past a ； (（一）甲；⏎（二）乙。)
            # (…⏎丙资深大律师⏎行政长官亦委任丁为X: the clause on the line after the list, read alone)
            last = max(r.end for r in found)
            start = next((p for p in range(last, end) if c.broken_after(p - 1)), start)
            sentence = c.key[start:end]
        if "委任" in sentence and (inline := _members_inline(c, start, end, state)) is not None:
            date = _sentence_date(dates, block, own, sentence, start)
            out += [e for r in inline for e in events_of(c, block, doc, r, nominating, date, issuer)]
            continue  # 以下六名现任委员获再度委任：甲先生、乙女士: the names after the colon
        subhead = members_subhead(c, start, sentence, state.org) if sentence.endswith(":") else None
        if post := post_below(c, start, sentence) or subhead:
            listed = (post, _sentence_date(dates, block, own, sentence, start))
            state.org = post.org  # (…再度委任以下四名现任非执行董事：the body of the list before)
            if by_role := members_by_role(c, end, block.end, post):  # (（一）主席：甲；⏎（三）委员：…)
                date = listed[1]
                out += [e for r in by_role for e in events_of(c, block, doc, r, nominating, date, issuer)]
                read_to, listed = by_role[-1].end, None
            continue
        listed = None
        # (a post over names one a line is asked first: a sentence not worth reading ends the list)
        worth = _post_over_names(c, start, end, state) or _worth_reading(
            sentence, state, c.text[start:end], c.key[end + 1 : end + 9]
        )
        if not worth:
            continue
        if rumour := _RUMOUR.search(sentence):
            if (kept := _before_the_talk(sentence, rumour.start())) is not None:
                end, sentence = start + kept, sentence[:kept]  # 甲调任X，料将提名Y: the act, then the talk
            elif (confirmed := _confirmed_after(sentence, rumour.end())) is not None:
                start, sentence = start + confirmed, sentence[confirmed:]  # 网传…，今日集团宣布，聘任…
            else:
                continue  # 据传将接任…, 可能出任…: talk of a move, not one made
        if _FORETOLD.search(sentence) and not _decided(c.key, start, end):
            continue  # X将接任Y (nothing decided): talk of a move, not one made
        if _told_as_past(sentence, 12) and not _DECIDED_BEFORE_THE_NEWS.match(sentence):
            if (news := _news_after_past(sentence)) is None:
                continue
            start, sentence = start + news, sentence[news:]
        # (a deputy's mandate ending, 2017年…，其代表资格终止, is no step of a career)
        career = dates.is_career_step(sentence, start) and "资格" not in sentence
        if career and (not own or not _DECIDING.search(sentence)):
            continue  # 2017年5月，张三被任命为…: a career step (not a dated notice's 2023年12月，经研究决定)
        if sentence.find(":", 0, _INLINE_GROUP_LEAD) > 0 and (group := _INLINE_GROUP.match(sentence)):
            state.list_org = state.org = c.text[start + group.start("body") : start + group.end("body")]
            start, sentence = start + group.end(), sentence[group.end() :]  # its items, read as such
        elif "决定" in sentence[:_DECISION_LEAD] and (start == 0 or c.key[start - 1] in "。\n"):
            state.org = home  # a new decision (会议宣布某省委决定，…) starts a list of its own
            state.list_org = ""
        out += _sentence_events(c, _Sentence(block, doc, start, end, own, nominating), state, dates, issuer)
        if sentence.endswith(":"):
            state.listed = True  # 聘任下列人员为…：⏎姓名|职务: the heading announces the rows below
    return _title_events(c, block, doc, title, home, out, issuer, page_dates)


def _title_events(
    c: Compact,
    block: Block,
    doc: str,
    title: str,
    home: str,
    out: list[Event],
    issuer: Callable[[], str | None] | None,
    page_dates: Callable[[], list[FuzzyDate]] | None,
    carried: bool = False,
) -> list[Event]:
    """``out`` (the events of a block's body) and those of its title for people the body does not
    name in an event: 某常委会关于接受甲辞去某职务的决定 over a body that says 决定接受他辞去…, or a
    headline (香港政府再委任甲为某局主席) over a body that tells it in words of no act. A title that
    is a motion ``carried`` (its vote below) states acts done, not proposed."""
    if not block.title:
        return out
    # (a title that names no decision is read only over a body that gave nothing: a notice's title,
    # 关于甲等同志职务任免的通知, restates what its body reads)
    if not _DECISION_TITLE.search(title) and (out or _first_cue(title, 0, len(title)) is None):
        return out
    read = {e.person for e in out}
    own = bool(block.dates or block.period)
    proposed = not carried and ("提请" in title or "议案" in title)
    at = _Sentence(block, doc, block.start, block.start + len(title), own, proposed)
    dates = EventDates(c.key, page_dates)
    return out + [e for e in _sentence_events(c, at, State(org=home), dates, issuer) if e.person not in read]


def _members_inline(c: Compact, start: int, end: int, state: State) -> list[Reading] | None:
    """The names after a members' subheading in the same sentence (此外，以下六名现任委员获再度
    委任：甲先生、乙女士; 下列人士获委任为某法院法官：丙先生、丁女士), each appointed to that post;
    None for any other sentence."""
    colon = c.key.find(":", start, end)
    if colon < 0 or colon == end - 1 or "委任" not in c.key[start:colon]:
        return None
    head = c.key[start : colon + 1]
    post = members_subhead(c, start, head, state.org)
    if post is None and "获委任为" in head:  # (下列人士获委任为某法院法官：…: the release's passive)
        post = post_below(c, start, head)
    return (honoured_appointees(c, colon + 1, end, post) or None) if post else None


@dataclass(frozen=True)
class _Sentence:
    """A sentence of a notice, and what its events take from the notice."""

    block: Block
    doc: str
    start: int
    end: int
    own: bool  # the notice's own date lines or period govern its events
    nominating: bool  # a 提请 / 议案 notice: its verbs propose


def _sentence_events(
    c: Compact,
    at: _Sentence,
    state: State,
    dates: EventDates,
    issuer: Callable[[], str | None] | None,
) -> list[Event]:
    """The events of one sentence, clause by clause."""
    out: list[Event] = []
    block, start, own = at.block, at.start, at.own
    sentence = c.key[start : at.end]
    date, dated = None, False  # read when the sentence gives a reading: most give none
    last = read_to = 0  # (the events of the last clause read, and where that clause ended)
    # (免除乙上述职务: the title is the sentence before's)
    # (a row under a header whose name column says the title: 大同国小|甲 under 学校|新任校长)
    titled = _TITLE_WORD.search(sentence) is not None or state.columns is not None
    # (给予甲免职处理: the posts the text described 甲 by before)
    titled = titled or _ABOVE.search(sentence) is not None or "免职" in sentence
    body, role = state.members_of, state.members_role
    if body and (members := members_listed(c, start, at.end, body, role)):
        # 成立某委员会，其组成人员如下：⏎主任：甲 副市长⏎…: each member by role, read whole
        out = _listed_events(c, at, dates, issuer, members)
        final = members.more[-1] if members.more else members
        start, state.members_role = final.end, final.posts[0].title  # the sentence goes on after the list
    if start < at.end:  # the list ended (or none was read): the lines below are no members
        state.members_of = state.members_role = ""
    if titled and state.pairs_below and (roster := colon_roster(c, start, at.end, state.pairs_below)):
        # 他们分别是：⏎某区委书记：甲某区代区长：乙: a line of title and name pairs, read whole
        state.person, state.person_start = roster.names, roster.start
        out = _listed_events(c, at, dates, issuer, roster)
        start = (roster.more[-1] if roster.more else roster).end  # the sentence may go on after the roster
        if c.key.startswith("(", start) and c.key.find(")", start, at.end) == at.end - 1:
            start = at.end  # (…：甲（原任某区副区长）: the note after the last name, not read)
    clauses = _clauses(c.key, start, at.end)
    if len(clauses) > 1 and c.key.find(",", start, at.end) >= 0:
        clauses = _names_run_on(c.key, clauses)  # (选举甲，乙，丙为…: the names cut by commas, one list)
    for cs, ce in clauses:
        codes = _trailing_qualifiers(c.key[cs:ce])
        if codes and last:  # 任命A为X，试用期一年。: the qualifier stands as its own clause
            out[-last:] = [replace(e, qualifiers=(*e.qualifiers, *codes)) for e in out[-last:]]
            continue
        if not own and cs > start and c.key[cs - 1] == ":" and dates.is_career_step(c.key[cs:ce], cs):
            break  # 近年来…：2007年，某人不再兼任…: an example from the past, to the sentence's end
        if c.key.endswith("时", cs, ce) and not c.key.endswith(("同时", "临时"), cs, ce):
            continue  # 甲担任市长时，…: a time told by a post held, no act
        if c.key.endswith("后", cs, ce) and (act := _act_before_its_successor(c.key, cs, ce)):
            cs, ce = act  # 某董事长甲到龄退休后，由乙接任 / 继甲调升某职后，…: the act itself is news
        letter = titled and c.key.endswith(_LETTER_NOUNS, cs, ce)
        if letter and (act := _resignation_in_letter(c.key, cs, ce)):
            cs, ce = act  # 向公司董事会提交了辞去公司独立董事职务的辞职报告: the act the letter names
        # (接替调任某职的甲: the one succeeded, read apart; the subject of the sentence stays the successor)
        moved = _succeeded_moved(c, cs, ce) if titled and "接" in c.key[cs:ce] else None
        reading = moved or _read_clause(c, cs, ce, state, titled)
        if reading and cs < state.proposed_to:
            reading = _proposed(reading)  # 提请…任命甲为X，免去乙的Y职务: the removal proposed too
        elif reading and reading.kind in _PROPOSED_KINDS and _put_to_a_vote(c.key, cs, ce, block.end):
            reading = _effective(reading)  # 甲，现任X，提请任命为Y。会议经表决，通过了上述任命。
        if _proposes(c.key, cs, ce, reading):  # (to its 。: the items after its colon, cut by ；)
            full_stop = c.key.find("。", ce, block.end)
            state.proposed_to = full_stop if full_stop >= 0 else block.end
        if reading and state.announcer and any(p.org.startswith("第") for p in reading.posts):
            reading = _terms_of_the_announcer(reading, state.announcer)  # 第一届红十字会会长
        elected = reading and reading.kind is Kind.APPOINT and state.elected_at >= start
        if elected and not _DECIDED.search(c.key, state.elected_at, cs):
            reading = _as_elected(reading)  # 选举产生了新一届领导班子，甲任主席: elected to it
        if titled and "缺" in c.key[cs:ce] and (left := _vacancy_left_by(c, cs, ce)):
            reading = replace(reading, more=(*reading.more, left)) if reading else left
        # (任命甲为某大学校长（试用期一年），党委常委、副书记: his posts too, right after the clause read)
        next_to_read = not reading and last > 0 and read_to == cs - 1
        if next_to_read and (going_on := _posts_going_on(c, start, cs, ce, out[-last:])):
            out.extend(going_on)
            read_to = ce
            continue
        if reading:
            if not dated:  # (a row's cell of the date it takes effect tells no date of the act)
                told = without_dates(state.columns, sentence) if state.columns else sentence
                date, dated = _sentence_date(dates, block, own, told, start), True
            if own and cs > start:  # 12月3日下午，某常委会举行会议，决定…: the day read before the act
                date = dates.below_line_above(block, cs) or date
            found = events_of(c, block, at.doc, reading, at.nominating, date, issuer)
            if last and reading.kind is Kind.CEASE and _retired_then_ceased(c.key, cs, out[-last:], found):
                del out[-last:]  # 甲因到龄退休，不再担任X职务: one act, the removal
            out.extend(found)
            last, read_to = len(found), ce
    return out


def _proposes(key: str, cs: int, ce: int, reading: Reading | None) -> bool:
    """Whether the clause key[cs:ce] proposes the acts after it in its sentence: a 提请 read as a
    nomination (提请某常委会任命甲为X，…), or a 提请 heading items after its colon (拟提请某常委会审议的
    人事任免事项：任命…；免去…); not a proposer named (根据…的提请, 表决通过了…提请的人事任免事项), nor
    a proposal the sentence or the next reports decided or adopted (…，会议经表决，决定任命甲为X)."""
    if "提请" not in key[cs:ce] or not _TIQING_AS_VERB.search(key, cs, ce) or "根据" in key[cs:ce]:
        return False
    if reading and reading.kind not in _PROPOSED_KINDS:
        return False
    if not reading and (not key.startswith(":", ce) or _DECIDED_LATER.search(key, cs, ce)):
        return False
    return not _adopted_below(key, ce, len(key))


_PROPOSED_KINDS = (Kind.NOMINATE_APPOINT, Kind.NOMINATE_REMOVE)


def _put_to_a_vote(key: str, cs: int, ce: int, end: int) -> bool:
    """Whether the clause key[cs:ce] proposes to a body that votes (提请任命为, 拟免去: a proposal's
    items, not a 公示's 拟任) and the text reports the proposal adopted below it."""
    return ("提请" in key[cs:ce] or "拟免去" in key[cs:ce]) and _adopted_below(key, ce, end)


def _adopted_below(key: str, at: int, end: int) -> bool:
    """Whether a proposal read at ``at`` is reported adopted below it in its notice (the sentence
    after, or a closing line: 会议经表决，通过了上述任命)."""
    return adopted_next(key, at) or _DECIDED_LATER.search(key, at, min(end, at + _ADOPTION_REACH)) is not None


# 提请 as the verb of its clause, not a proposer's (根据县长的提请, 县长提请的人事任免事项).
_TIQING_AS_VERB = re.compile("(?<!的)提请(?!的)")
# The acts named back as adopted (通过了上述任免, 通过了该议案).
_ADOPTED_THESE = r"通过了?(?:上述|以上|该|这一|此项)(?:议案|任命|任免|提请|人事任免)"
# A decision or an adoption told anywhere after a proposal (…，会议经表决，决定任命…; 会议以无记名投票方式
# 表决通过了上述任免事项; 同意上述任免): not 请予审议决定, 该议案未获通过, 通过了组织考察.
_DECIDED_LATER = re.compile(
    r"决定(?=任命|免去|免职|聘任|:)|经(?:会议)?表决|表决通过|审议通过|(?<![未不])(?<!没有)(?<!未能)(?:获得?|予以)通过"
    rf"|{_ADOPTED_THESE}|同意(?:上述|以上)"
    r"|经(?:会议)?批准|(?:会议|随后|依法)任命"
)
# How far after a proposal its adoption may be told (the lines of its list, then the report's line).
_ADOPTION_REACH = 400


def _proposed(reading: Reading) -> Reading:
    """``reading`` and those it carries as proposals (an appointment nominated, a removal proposed)."""
    more = tuple(map(_proposed, reading.more))
    return replace(reading, kind=NOMINATED.get(reading.kind, reading.kind), more=more)


def _effective(reading: Reading) -> Reading:
    """``reading`` and those it carries as the acts done (a proposal reported adopted)."""
    more = tuple(map(_effective, reading.more))
    return replace(reading, kind=_ADOPTED_KINDS.get(reading.kind, reading.kind), more=more)


_ADOPTED_KINDS = {Kind.NOMINATE_APPOINT: Kind.APPOINT, Kind.NOMINATE_REMOVE: Kind.REMOVE}


def _terms_of_the_announcer(reading: Reading, announcer: str) -> Reading:
    """``reading`` with a post of a term of the body holding the meeting (某镇红十字会召开成立大会…选举
    甲为第一届红十字会会长) as that body's: the term's kind alone names no body."""
    posts = []
    for p in reading.posts:
        m = _TERM_OF.match(p.org)
        kind = m.group("kind") if m else ""
        if kind and to_key(announcer).endswith(to_key(kind)) and len(announcer) > len(kind):
            p = replace(p, post=announcer + p.post[len(p.org) :], org=announcer)
        posts.append(p)
    more = tuple(_terms_of_the_announcer(r, announcer) for r in reading.more)
    return replace(reading, posts=tuple(posts), more=more)


# A term's ordinal before the kind of body it is of (第一届红十字会, 第三届理事会).
_TERM_OF = re.compile(r"第[一二三四五六七八九十\d]{1,3}届(?P<kind>[\u4e00-\u9fff]{2,8})$")


def _as_elected(reading: Reading) -> Reading:
    """``reading`` (and the readings it carries) as an election's."""
    more = tuple(_as_elected(r) if r.kind is Kind.APPOINT else r for r in reading.more)
    return replace(reading, kind=Kind.ELECT, more=more)


def _posts_going_on(c: Compact, sentence: int, start: int, end: int, before: list[Event]) -> list[Event]:
    """The events of a clause that is nothing but posts (党委常委、副书记 / 党委委员、副书记职务) after
    a clause whose events (``before``) are one person's one act: the same act of the same person for
    these posts, each of the body of the post before it, with the sentence so far (from
    ``sentence``) as evidence. [] when the clause is anything else."""
    key = c.key[start:end].removesuffix("职务")
    if not key or len(key) > _POSTS_GOING_ON_LONGEST or _CUE.search(key) or not ends_with_title(key):
        return []
    if "为" in key or is_name(key[:2]) or is_name(key[:3]):
        return []  # (…，乙为某局局长: another person's appointment)
    first = before[0]
    if any(e.person != first.person or e.kind is not first.kind for e in before) or not first.org:
        return []
    if any(not ends_with_title(item) or is_name(item[-3:]) or is_name(item[-2:]) for item in key.split("、")):
        return []  # (…，副县长张三: another person's pair)
    text = c.text[start : start + len(key)]
    if any(p.org not in _UNITS_GOING_ON for p in read_posts(text, key)):
        return []  # (…，此前任某市政协主席 / 某学院教授、副院长: a body of its own, a description)
    posts = read_posts(text, key, before[-1].org)
    if not posts or any(not p.org for p in posts):
        return []
    span, evidence = c.evidence(sentence, start + len(key))
    first = replace(first, span=span, evidence=evidence)
    return [replace(first, post=p.post, org=p.org, title=p.title, qualifiers=p.qualifiers) for p in posts]


_POSTS_GOING_ON_LONGEST = 30  # (a clause of a few titles)
# The units of a body a clause of posts going on may name before its titles (党委常委、副书记).
_UNITS_GOING_ON = frozenset({"党委", "党组", "纪委", "审判委员会", "检察委员会", "董事会", "监事会", "工会"})


# A letter of resignation named by what it resigns (提交了辞去某职务的辞职报告).
_LETTER_NOUNS = ("的辞职报告", "的书面辞职报告", "的辞呈", "的辞职申请", "的辞职函")
_LETTER_OF = re.compile(r"(?:提交|递交|呈交|提出)了?(?:书面)?(?=辞去)")
# How a clause of the letter alone opens: to whom it went, maybe after when (…，于近日向公司董事会提交了…).
_LETTER_CLAUSE_LEAD = re.compile(
    r"[并已]|(?:[并已]?[于在]?(?:近日|日前|近期|今日|今天|昨日|昨天|当天|当日|(?:\d{4}年)?\d{1,2}月\d{1,2}日)[上下]?午?)?向"
)


def _resignation_in_letter(key: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the act inside a clause that names a letter by what it resigns (…向董事会提交了
    辞去公司独立董事职务的辞职报告 → 辞去公司独立董事职务), read with the clause's subject; None when
    the clause names no such letter."""
    handed = _LETTER_OF.search(key, start, end)
    if handed is None or not (handed.start() == start or _LETTER_CLAUSE_LEAD.match(key, start)):
        return None  # (甲向董事会提交了…: the writer in the clause, read whole)
    return handed.end(), end - len(next(n for n in _LETTER_NOUNS if key.endswith(n, start, end)))


def _retired_then_ceased(key: str, cs: int, before: list[Event], found: list[Event]) -> bool:
    """Whether the events ``before`` (the clause before ``cs``) retire the person whose posts the
    clause at ``cs`` ends (``found``): 甲因到龄退休，不再担任X职务 tells one act twice."""
    people = {e.person for e in found}
    if not all(e.action is Action.OTHER and e.person in people for e in before):
        return False
    return key.endswith(("退休", "荣退"), 0, cs - 1) and key.startswith(("不再担任", "不再兼任"), cs)


def _listed_events(
    c: Compact, at: _Sentence, dates: EventDates, issuer: Callable[[], str | None] | None, reading: Reading
) -> list[Event]:
    """The events of a list a sentence opens with, read whole (a roster's pairs, a committee's members),
    dated as the sentence is."""
    date = _sentence_date(dates, at.block, at.own, c.key[at.start : at.end], at.start)
    return events_of(c, at.block, at.doc, reading, at.nominating, date, issuer)


def may_hold_a_post(key: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``key[start:end]`` may tell of a post: it prints a title, or a deputy's mandate
    (以上3人的代表资格终止: the post is the congress's deputy, built from the text)."""
    end = len(key) if end is None else end
    # (cut: the pattern looks back from a word's last character, before ``start`` too)
    return _TITLE_WORD.search(key[start:end]) is not None or key.find("代表资格", start, end) >= 0


# 某某股份有限公司(以下简称"公司") / (以下简称“本公司”).
_CALLED_COMPANY = re.compile(r"以下简称[\"“”「]?(?:本)?公司[\"“”」]?[)）]")
# How far into a sentence its deciding lead (…会议宣布某省委决定，) may reach.
_DECISION_LEAD = 30
_INLINE_GROUP_LEAD = 100  # (a decision's lead-in, a numbered heading and a body's name)


# An act confirmed after talk of it in the same sentence (网传…，今日集团正式宣布，聘任…; 市府今日证实).
_CONFIRMING = re.compile(r"正式宣布|宣布|证实|回应称|发布公告")


def _confirmed_after(sentence: str, talk_end: int) -> int | None:
    """Where the clause confirming an act after talk at ``talk_end`` starts, when no talk follows
    it (网传甲将接任，集团今日宣布，聘任乙为…: the confirmation's clause); else None."""
    m = _CONFIRMING.search(sentence, talk_end)
    if m is None:
        return None
    at = sentence.rfind(",", 0, m.start()) + 1
    return at if at > talk_end and not _RUMOUR.search(sentence, at) else None


def _before_the_talk(sentence: str, talk: int) -> int | None:
    """Where a sentence's reported acts end when talk of what may come (料将, 或将, 据传) stands at
    ``talk``: the start of the talk's clause, when a clause before it holds an act and it is no
    rumour's own (甲调任某省委副书记，料将提名省长人选); else None (the sentence is talk)."""
    cut = sentence.rfind(",", 0, talk)
    if cut <= 0 or _first_cue(sentence, 0, cut) is None:
        return None
    if _REPORTED_TALK.search(sentence, 0, cut):  # 有消息称，甲将调任…: the talk opens it
        return None
    return cut


# Words that open talk reported before its content (有消息称，…; 据悉将…).
_REPORTED_TALK = re.compile(r"消息称|消息指|据传|传闻|传言|据悉|传出|有意|媒体报导|媒体报道")


def _news_after_past(sentence: str) -> int | None:
    """Where the news starts in a sentence that opens with the past (此前担任…): at the clause
    that reports the present (…，原任Y的张三近日已履新Z); None when no clause does."""
    now = _NOW.search(sentence, 12)
    if not now:
        return None
    return sentence.rfind(",", 0, now.start()) + 1 or None


def _trailing_qualifiers(clause: str) -> list[str] | None:
    """Qualifier codes of a clause that is nothing but qualifiers (试用期一年); else None."""
    if len(clause) > 12 or not _QUALIFIER_CLAUSE.match(clause):
        return None
    return qualifier_codes(clause)


def _decided(key: str, start: int, end: int) -> bool:
    """Whether the sentence at [start, end), with the sentences before it that ``;`` joins to it,
    names an act decided or announced (行政院昨天公布…：甲将由乙接任；丙将接任丁)."""
    begin = max(key.rfind("。", 0, start), key.rfind("\n", 0, start)) + 1
    if _DECIDED.search(key, begin, end):
        return True
    return _RESHUFFLE_ANNOUNCED.search(key, 0, min(start, _ANNOUNCING_LEAD)) is not None


def _sentence_date(dates: EventDates, block: Block, own: bool, sentence: str, start: int) -> FuzzyDate | None:
    """The date of the acts a sentence at ``start`` reports: under a notice's own date lines the
    anchor read between them and the sentence (else the notice's own, later), else the sentence's;
    else the day a press release prints at its foot."""
    if dates.tells_its_day(sentence):
        return dates.of_sentence(sentence, start)
    if (called := dates.meeting_called_above(sentence, start)) is not None:
        return called  # 7月9日，某市召开领导干部大会。会上宣布…: the meeting's day, not the page's
    day = dates.below_line_above(block, start) if own else dates.of_sentence(sentence, start)
    return day if day is not None else block.foot  # (a press release's day at its foot: the last resort)


# A leaving or a move told as the time of what follows (甲请辞后，由乙接任; 继甲调升某职后，…).
_LEFT_THEN = re.compile(
    r"(?:辞职|请辞|辞任|退休|荣退|卸任|离任|免职|调任|调升|升任|转任)[^,]{0,20}?(?:之)?后$"
)
# What opens the clause after one: the successor, or the post left to be filled.
# (…升任省委书记后，省长一职由乙代理: the post left, named before its successor)
_SUCCESSOR_NEXT = re.compile(
    r"由(?![于他她其])|改由|遗缺|其职|职缺|其遗缺|[^,;。]{2,16}?一职,?(?:将|暂|则)?由"
)


def _act_before_its_successor(key: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the act in a clause that tells it as the time of a successor's (某董事长甲到龄
    退休后，由乙接任) or opens with 继 (继秘书长甲调升副县长后，…), without 继 and 后; else None."""
    if not _LEFT_THEN.search(key, start, end):
        return None
    first = start + (key[start] == "继")
    if first == start and not _SUCCESSOR_NEXT.match(key, end + 1):
        return None  # 甲担任县长后，推动…: a time in a story, no act of its own
    return first, end - (2 if key.endswith("之后", start, end) else 1)


def _first_cue(key: str, start: int, end: int) -> int | None:
    """Where the first cue of an event in ``key[start:end]`` stands, or None."""
    first = _CUE.search(key, start, end)
    until = first.start() if first else end
    acting = _ACTING_DECIDED.search(key, start, until) if key.find("代", start, until) >= 0 else None
    return (acting or first).start() if acting or first else None


# A list's heads of one character (a township's, a unit's notices: 任：, 免：).
_SHORT_LIST_HEADS = ("任:", "免:")


def _worth_reading(sentence: str, state: State, printed: str = "", below: str = "") -> bool:
    """Whether a sentence (``printed`` as the page prints it; ``below``, the start of the next) can
    start an event or continue a list; a sentence that cannot ends the list."""
    if sentence.startswith("(") and sentence.endswith(("通过)", "选举)")):
        return False  # 某某任命人员名单⏎(某日某会议通过)⏎rows: the list's adoption note, the list goes on
    if sentence.startswith(_ORDER_CLOSED):
        state.kind = None  # 此令⏎总统 甲⏎行政院院长 乙: the order's end, then its signers
        return False
    if _first_cue(sentence, 0, len(sentence)) is not None:
        return True
    if "委员会:" in sentence[:16]:  # 审计委员会：甲（主任委员）、乙: a committee's members under its election
        return True
    if sentence[:2] in _SHORT_LIST_HEADS:  # 任：⏎甲为…⏎免：⏎乙的…职务: a unit's short list heads
        return True
    if sentence == "决定:":  # 任命：⏎…⏎决定：⏎甲为某县代理县长: a 任免名单's section of its decisions
        return True
    if "新" in sentence[:6] and _NEW_MEMBERS_NAMED.match(sentence):  # 新一届省委常委为甲、乙: elected
        return True
    opens_group = state.kind or below[:2] in _GROUP_ITEM_VERBS or _GROUP_ITEM_PERSON.match(below)
    group = _GROUP_HEADING.fullmatch(sentence) if opens_group else None
    if group:  # (决定：⏎（一）某市交通运输局⏎任命甲为局长；: a group opened by its items' verb)
        # 任命：⏎一、某县人民法院⏎甲为… / ⏎审判员：乙: a group's heading inside the list, which goes on;
        # a bare title below is its body's (the group's title heads no names of it)
        body = printed[group.start("body") : group.end("body")] if printed else group["body"]
        state.list_org, state.heading = body, None
        state.org = state.list_org  # (a bare title of the group is its body's, not the group's before)
        return False
    if (vote := sentence.find("投票,", 0, 30)) >= 0 and "为" in sentence[vote:]:
        return True  # 经委员投票，甲为某委员会主席: the vote's result
    if state.columns is not None and "|" not in sentence:
        _columns_reset(state)  # (a line of no cells ends a table read by its columns)
        state.table = None
    if (state.table or state.kind) and "|" in sentence:  # a row under a table header or a list verb
        return True
    if state.kind and "—" in sentence and _NAME_DASH_POST.fullmatch(sentence):
        return True  # 委任以下人员…担任下列职务：⏎甲——某局副局长
    if "|" in sentence and len(sentence) <= 60 and may_head_columns(sentence):
        return True  # 机关|职称|新任人员|原职: a header saying what each column holds
    if announces_team(sentence):  # 新一届班子成员为：院长甲，副院长乙 (no verb: the team is new)
        return True
    if sentence.startswith(_SWORN_LIST_OPENINGS):
        return True  # 参加宣誓的有：某局局长甲、…: those the meeting appointed, sworn in
    if sentence.endswith("名单") and _POSTS_ROSTER.fullmatch(sentence):
        return True  # 某纪律检查委员会书记、副书记名单⏎(某日某会议选举): another roster titled
    if state.members_of or (sentence.endswith(":") and sentence[:-1].endswith(COMPOSED_BELOW)):
        return True  # 成立某委员会，其组成人员如下：⏎主任：甲 副市长 (the members by role below)
    if sentence.startswith(THEY_ARE) and they_are_listed(sentence[: sentence.find(":", 0, 20) + 1]):
        # 他们是：names (a count above), 他们分别是(按行政区划排序)：
        return True
    if state.heading or state.pairs_below:  # the names under a heading post (聘任下列同志为参事：⏎
        return True  # 张三、李四), the pairs under 调整情形如下：
    if (sentence.endswith(_BODY_LINE_ENDS) and _BODY_LINE.match(sentence)) or (
        state.list_org and ":" in sentence
    ):
        return True  # 某人大法制委员会⏎主任委员：张三: a body's name, then its members by title
    if ("男" in sentence or "女" in sentence) and (
        _PROFILE.match(sentence) or ",男," in sentence or ",女," in sentence
    ):
        return True  # 王六，女，…: a 任前公示 profile names whom its 拟任 line is about
    if state.kind and ("为" in sentence or "的" in sentence or _POST_COLON_NAMES.match(sentence)):
        return True
    if state.kind and sentence.endswith(")") and _BRACKETED_ITEMS.fullmatch(sentence):
        return True  # …分别为：⏎甲（某局局长政治助理）⏎乙（…）: each name with its post
    if state.kind and _post_row(sentence[sentence.find(":") + 1 :]):
        return True  # 按期正式任职：⏎某局副局长甲、乙 / 某办公室：主任甲；副主任乙: a post, then its holders
    if state.kind and len(sentence) <= _NAMES_ALONE_LONGEST + 4 and _names_on_a_line(sentence):
        return True  # 任命：⏎甲⏎乙⏎以上人员为X: the names one a line, the list goes on
    if (
        state.kind is Kind.CONFIRM
        and len(sentence) <= _CONFIRMED_ROW_LONGEST
        and ends_with_title(sentence.rstrip("。;"))
    ):
        return True  # 试用期满正式任职：⏎甲某局副局长；: a confirmation's rows print no verb
    if state.kind and sentence.endswith(":") and ends_with_title(sentence[:-1]):
        return True  # 任命：⏎某法院审判员：⏎甲、乙: a post heading the names on the lines below
    if state.kind and (named := _NAME_COMMA_POST.match(sentence)) and is_name(named[1]):
        return True  # 任命：⏎张三，县财政局局长； (not 以上议案，请予审议: the list's end)
    if state.kind is Kind.ELECT and _TITLE_COLON_NAMES.match(sentence):  # 选举结果：⏎县长：张三
        return True  # (not after another list: 区长：陈明 signs a motion)
    if _ANNOUNCING_BODY.match(sentence):  # 某大学召开干部大会。会上宣布，甲任副校长: the body is noted
        return True
    if _ITEM_NUMBER_ALONE.fullmatch(sentence):  # 二、 opening a line: a new item of the list (its verb
        state.subject = ()  # goes on); a name standing alone in the item before is not its subject
        return False
    if state.kind is Kind.CONFIRM and _NAMES_FOLLOW.fullmatch(sentence):
        return False  # …按期正式任职。名单如下：⏎甲　某局副局长: the list the sentence before announced
    category = len(sentence) <= _CATEGORY_LONGEST and sentence.endswith(_CATEGORIES)
    if state.kind and category and _opens_item(below):
        return False  # （一）区政府工作部门⏎1.甲为…: a class of units heading items; the list goes on
    state.kind = None
    if len(sentence) > 20:
        state.table = None
        _columns_reset(state)
    return False


def _names_on_a_line(sentence: str) -> bool:
    """Whether ``sentence`` is names alone, maybe after a gazette's item letter or the 及 before the
    list's last ((a) 甲先生, 及(b) 乙女士)."""
    lead = sentence.startswith(("及", "和"))
    numbered = _ITEM_NUMBER.match(sentence[lead:]) if "(" in sentence[:2] else None
    lead += numbered.end() if numbered else 0
    return len(sentence) - lead <= _NAMES_ALONE_LONGEST and bool(split_names(sentence[lead:]))


# Bullets that open a list's line but part no items inside one (● inside a line: a withheld character).
_OPENING_BULLETS = ("●", "◎", *CIRCLED)  # (①甲　某局局长: the item's number, no part of the name)
# What follows 派 in words that send no one to a post (派出所, 派员, 派遣, 派驻).
_SENT_WORDS = ("出", "员", "遣", "驻", "往", "赴", "送")
# What an order's line may print before its 派 (兹派甲为…, 五、派乙为…).
_ORDER_LEADS = re.compile(_ITEM_NUMBER.pattern.removeprefix("^") + "?(?:兹|并|另)?")


def _opens_an_order(key: str, at: int, end: int) -> bool:
    """Whether the 派 at ``at`` (to ``end``) opens an order's line (派甲为…), not a word (派出所)."""
    return _ORDER_LEADS.fullmatch(key, 0, at) is not None and not key.startswith(_SENT_WORDS, end)


# The word that closes an order (Taiwan's 总统令: 此令, then the signers by title and name).
_ORDER_CLOSED = "此令"


# A clause on the person of its item, after that item's act (同时免去其…, 并免去其…).
_ASIDE_ON_ITS_PERSON = ("同时免去其", "并免去其", "免去其", "同时免其", "同时不再担任", "并不再担任")


def _short_quotes(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The short quotes of key[start:end] as brackets, whose stops are theirs (某市“产业强市，项目为王”
    攻坚行动指挥部办公室主任; a speech quoted at length does end its clauses): (position, ±1)."""
    return [pair for a, b in short_quotes(key, start, end) for pair in ((a, 1), (b - 1, -1))]


def _clauses(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """``_spans`` of key[start:end] at _CLAUSE_STOP. Most sentences of a notice are one clause: a
    sentence holding none of the characters a stop needs is one, without the pattern tried (its
    lookbehinds leave the engine no character to skip ahead to)."""
    if not _CLAUSE_STOP_MARK.search(key, max(start - 1, 0), end):  # (a lookbehind may see key[start - 1])
        return [(start, end)] if end > start else []
    return _spans(key, start, end, _CLAUSE_STOP)


def _names_run_on(key: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a list of names cut at its commas joined again (选举张三，李四，王五为副县长, as
    news prints it): a clause of names alone after a clause ending in a name, and the clause after
    them opening with a name, go on with it."""
    out: list[tuple[int, int]] = []
    names_only = False
    for a, b in spans:
        before = key[out[-1][0] : out[-1][1]] if out else ""
        # (a list opening its sentence, 甲，乙和丙不再担任…, goes on as one after a verb's does)
        names_only = names_only or (bool(out) and _names_alone(before))
        joined = bool(out) and key[a - 1 : a] == "," and (names_only or _ends_with_name(before))
        alone = joined and _names_alone(key[a:b])
        if joined and (alone or _opens_with_name(key[a:b])):
            out[-1] = (out[-1][0], b)
            names_only = alone
            continue
        out.append((a, b))
        names_only = False
    return out


def _names_alone(clause: str) -> bool:
    """A clause that is one or two names and nothing else (李四 / 陈五和赵六)."""
    return 2 <= len(clause) <= 9 and bool(split_names(clause))


def _ends_with_name(clause: str) -> bool:
    """Whether a clause ends with a name after a verb that names people (选举张三)."""
    return any(
        len(clause) > n and is_name(clause[-n:]) and clause[:-n].endswith(_VERBS_BEFORE_NAMES) for n in (2, 3)
    )


def _opens_with_name(clause: str) -> bool:
    """Whether a clause opens with a name and goes on to its post (王五为副县长)."""
    return any(
        is_name(clause[:n]) and clause.startswith(("为", "同志", "和", "及", "、", "的"), n) for n in (2, 3)
    )


# Verbs a comma-cut list of names may stand after (选举张三，李四，王五为…).
_VERBS_BEFORE_NAMES = (
    *("选举", "补选", "增选", "增补", "任命", "聘任", "聘请", "委任", "选出"),
    *("免去", "罢免", "撤销", "解聘", "接受", "同意"),  # (免去甲，乙和丙的…职务; 接受甲，乙辞去…)
)


def _spans(key: str, start: int, end: int, stops: re.Pattern[str]) -> list[tuple[int, int]]:
    """Cut key[start:end] at stop characters that stand outside brackets and quotes."""
    if not stops.search(key, start, end):  # no stop: one span, whatever the brackets
        return [(start, end)] if end > start else []
    # Each bracket's +1 (open) or -1 (close), in order: the depth at a stop is their sum so far,
    # as bracket_depth of the stretches between stops (no stop is a bracket) would add it up.
    brackets = [(m.start(), 1 if m.group() in OPEN else -1) for m in BRACKETS.finditer(key, start, end)]
    # A bracket never closed (page noise: "( x9e0 `") opens nothing, even when a stray closer
    # before it makes the counts balance (").("); nor does one closed only far away.
    brackets = _closed(brackets)
    if "“" in key[start:end]:
        brackets = sorted(brackets + _short_quotes(key, start, end))
    out, a, depth, k = [], start, 0, 0
    for m in stops.finditer(key, start, end):
        while k < len(brackets) and brackets[k][0] < m.start():
            depth += brackets[k][1]
            k += 1
        if depth <= 0:
            depth = 0
            if m.start() > a:
                out.append((a, m.start()))
            a = m.end()
    if end > a:
        out.append((a, end))
    return out


# A bracket in a notice holds a name, a rank or a date line; one closed only further on than this
# is page noise (q( O" … ) that would otherwise swallow every stop in between.
_BRACKET_REACH = 120


def _closed(brackets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``brackets`` without the opening ones that no later bracket closes within reach (and
    without the far closer of such a pair)."""
    drop, open_ = set(), []
    for i, (pos, d) in enumerate(brackets):
        if d > 0:
            open_.append(i)
        elif open_:
            j = open_.pop()
            if pos - brackets[j][0] > _BRACKET_REACH:
                drop.update((i, j))
    drop.update(open_)
    if not drop:
        return brackets
    return [b for i, b in enumerate(brackets) if i not in drop]


def _read_clause(c: Compact, start: int, end: int, state: State, titled: bool = True) -> Reading | None:
    """Read one clause with the first rule that fits, updating the reference state.

    ``titled`` False says the clause's sentence holds no title word: no rule can then find a
    post, so the rules (which change nothing unless they read) are passed by; what a clause
    without a reading notes (a table header, a name, a list verb) is still noted.
    """
    key = c.key[start:end]
    if 0 <= state.label_end <= start:  # (银川市：甲任市委副书记。⏎乙任某大学副校长: the label's item over)
        state.org, state.label_end = "", -1
    if key[:1] in _OPENING_BULLETS and len(key) > 1:  # (●某处处长　甲: the bullet no part of the post)
        start, key = start + 1, key[1:]
    if _table_header(c, start, key, state) or (len(key) <= _SIGNATURE_LONGEST and _signature(c, start, end)):
        return None
    if key.startswith("提名") and (nominee := _nominee(key)):
        # 提名甲同志为某市人民政府市长人选，任中共某市人民政府党组书记: no act, the subject of the next
        state.subject, state.subject_start, state.subject_held = printed(c, start + 2, nominee), start, ()
        return None
    note = _NOTE.match(key).end() if key.startswith(("(", "（")) and _NOTE.match(key) else 0
    if state.heading and bare_head(state.heading[1]):  # 新任校长有：某国中甲、某国小乙 (and only such
        return bodies_then_names(c, start, key, state.heading)  # items: no person is a bare 校长)
    # (split_names_in_slot drops a note on why after a name: 甲（辞职）)
    slot = key[note:]
    if state.heading and state.heading[0] is Kind.ELECT and "票" in slot:
        slot = _VOTES_AFTER.sub("", slot)  # 某镇镇长：甲得赞成票74票，当选: the name, its votes told
    if state.heading and c.key.startswith(":", end) and (row := _unit_colon_name(c, start, end, slot, state)):
        return row  # 聘任以下同志为临床科室主任：⏎消化内科：甲: the unit's head
    if state.heading and start and c.key[start - 1] == ":" and _after_a_unit(c, start - 1):
        return None  # (…：⏎消化内科：甲: the name, read with its unit above)
    # (a label before a colon is no name: …证券事务代表：甲⏎表决结果：9票同意)
    if state.heading and "|" in slot:
        if "姓名" in slot.split("|"):
            return None  # 乡镇|姓名: the header of the rows under the heading
        if reading := unit_and_name(c, start + note, slot, state.heading):
            return reading  # 聘任以下同志为学校校长：⏎某县某中学|甲: the school's head
        if reading := name_and_own_post(c, start + note, slot, state.heading):
            return reading  # 聘任以下同志为学院院长：⏎甲|化学学院院长: the row's own post
    labelled = c.key[end : end + 1] == ":" and not is_name(slot)  # (甲：某大学教授 is a name, described)
    names = split_names_in_slot(slot.replace("|", "、")) if state.heading and not labelled else None
    if state.heading and not names and "|" in slot:  # 聘任下列同志为参事：⏎甲　某大学教授: the name,
        first, *rest = slot.split("|")  # then who he is (not 神经内科|主任|甲: a unit, its title, its name)
        unit_row = any(map(is_name, rest)) and (not is_name(first) or ends_with_title(rest[0]))
        names = None if unit_row else split_names_in_slot(first)
    if state.heading and names:
        kind, posts, at = state.heading  # the names under a heading post, after a note (按姓氏笔画
        if c.key.startswith("。", end) and not c.key.startswith("\n", end + 1):  # 为序)
            state.heading = None  # (…：甲、乙。补选后，…: the paragraph goes on, its names over)
        return Reading(printed(c, start + note, names), kind, posts, at, start + len(key))
    if state.heading and _ITEM_NUMBER_ALONE.fullmatch(key):
        return None  # 增补以下同志为某政协委员：⏎1.甲⏎2.乙: an item's number, read apart, keeps the heading
    if state.heading and (_NOTE.fullmatch(key) or _TERM_NOTE.fullmatch(key)):
        return None  # 委员：（按姓氏笔画为序）⏎names / …参事，聘期五年：⏎names: the note keeps the heading
    if state.kind and "—" in key and (row := _name_dash_post(c, start, key, state.kind)):
        return row  # 委任以下人员…担任下列职务：⏎甲——某局副局长
    if "|" in key and state.pairs_below and (pair := cell_pair(c, start, key, state)):
        return pair  # 新提任的8名干部是：⏎甲|某县财政局副局长
    if "|" in key and state.table is None and (row := _act_name_post_row(c, start, key)):
        return row  # 任命|甲|某局局长 with no header above: the row's own act
    if "|" in key:
        reading = _table_row(c, start, end, state) if titled else None
        if reading:  # …|任某局局长,免去其某局副局长职务|: 其 is the row's person
            state.person, state.person_start = reading.names, reading.start
        return reading or _merged_columns(c, start, key, state, titled)
    if state.heading and "|" in c.key[c.key.rfind("\n", 0, start) + 1 : start]:
        return None  # 甲|某市|调离本行政区域,已辞去代表职务: the rest of a row's cell, the rows go on
    deputies = state.heading and state.heading[0] is Kind.REVOKE and len(state.heading[1]) == 1
    if deputies and key.endswith("代表") and to_key(state.heading[1][0].post) == key:
        return None  # 下列代表的代表资格终止：⏎某市第N届人民代表大会代表⏎names: the heading's own post line
    state.heading = None
    if "补选" in key and (reading := by_elected_deputies(c, start, key)):  # 某县补选3名（甲、乙、丙）
        return reading
    # 其…职务相应终止 / 某人的…职务相应撤销 / 撤销甲的某委员会委员资格
    ended = "终止" in key or key.endswith(("撤销", "被罢免"))
    ended = ended or (("撤销" in key or "罢免" in key) and "资格" in key)
    ended = ended or key.endswith(REMOVED_WITH_ITS_BODY)  # (机构改革后)
    if ended and (reading := mandate_ended(c, start, key, state)):  # its post may be printed before
        state.person, state.person_start = reading.names, reading.start  # 其…职务相应终止 is theirs
        return reading
    if key.endswith("资格有效") and (reading := mandate_confirmed(c, start, key)):
        return reading  # 确认甲的某届人大代表资格有效: elected
    if key in EACH_ARE and (found := heading(c, start, key)):
        state.heading, state.kind = found, state.kind or found[0]  # 任命了4名某职，分别是：names
        return None
    if pairs_announced(c, start, key, state):  # 他们分别是：⏎某厅厅长甲、…: the pairs follow
        return None
    opens_line = start == 0 or c.key[start - 1] == "\n"
    if c.key.startswith(":", end) and (opens_line or c.key[start - 1] in ";。") and _place_label(key):
        state.org = c.text[start:end]  # 银川市：甲任市委副书记；石嘴山市：乙任副市长: the place's,
        line_end = c.key.find("\n", end)  # (to its line's end: 杭州市：甲任市委副书记；乙任副市长。)
        state.label_end = line_end if line_end >= 0 else len(c.key)
        return None
    if state.kind and opens_line and c.key.startswith(":", end) and _UNIT_BEFORE_COLON.fullmatch(key):
        # 党政办公室：主任甲；副主任乙 / 某县人民法院：甲为副院长；乙为审判员: the unit of the items after it
        state.list_org = state.org = c.text[start:end]
        return None  # (no post: 某局副局长：甲 is one, read below)
    listed = titled or key in THEY_ARE  # (他们是：names, under a count of people elected above)
    if listed and (found := heading(c, start, key, state.org) or _post_before_colon(c, start, end, state)):
        state.heading = found
        state.kind = state.kind or found[0]  # 聘任以下同志为科室主任：⏎rows below are of this kind too
        org = found[1][-1].org if found[1] else ""
        # 某县人民政府县长：甲⏎副县长：乙: the next row's bare title (not 某委员会23位 of a count: no body)
        if org and not _HEAD_COUNT_IN.search(org):
            state.org = org
        return None
    if titled and (body := _list_body(c, start, end)):
        state.list_org = body
        return None
    if titled:
        rules = (
            _those_above,
            committee_members,
            committee_roles,
            _removed_from_the_post_above,
            _described_leave,
            _named_before,
            _other_person,
            _revoked_too,
            _terminate,
            _resignation_accepted,
            _term_renewed,
            _nominated_for_consent,
            moved_from,
            moved_in_from,
            moved_into,
            sent_to_serve,
            _verb_first,
            _pronoun_subject,
            _taken_over,
            _taken_over_in_turn,
            handed_over,
            _subject_first,
            pairs,
            handed_letters,
            headed_names,
            _continued,
            held_by,
            board_members,
            outgoing_members,
            _dismissed_by_body,
            _removed_from_described,
            _removed_by_description,
            appointment_of,
            _appeared_as,
            _post_then_elected,
            _elected_to_the_seat_before,
            _new_members_named,
            _new_heads_by_body,
            _name_then_post,
            _post_and_holders,
            _post_after_the_name,
            _names_with_bracketed_posts,
            _probation_served,
        )
        for rule in rules:
            reading = rule(c, start, key, state)
            confirming = reading and reading.kind is Kind.APPOINT and state.kind is Kind.CONFIRM
            if confirming and _REN_ITEM.match(key):
                reading = _confirmed(reading)  # 下列同志试用期满正式任职：⏎甲同志任X；: the list's act
            if reading:
                last = reading.more[-1] if reading.more else reading  # 其 is the last item's person
                # (任命：⏎甲为X，同时免去其Y职务；⏎乙为Z: the item's aside on its own person leaves the
                # list's verb as it was)
                aside = state.kind is not None and key.startswith(_ASIDE_ON_ITS_PERSON)
                state.person, state.person_start = last.names, last.start
                state.kind = state.kind if aside else reading.kind
                state.listed = False
                state.posts, state.left = last.posts, last.ended
                state.items_posts = _items_posts(reading)
                if last.posts[-1].org and not to_key(last.posts[-1].org).endswith("班子"):
                    state.org = last.posts[-1].org  # (某社区党组织班子成员: a team, no body of titles)
                state.subject = ()
                return reading
    # 甲先生；⏎乙女士；及⏎丙先生 / (a) 甲先生；及⏎(b) 乙女士: the last of names one a line
    last_listed = key.startswith(("及", "和")) and _next_to_counted(c, start, state)
    numbered = _ITEM_NUMBER.match(key[last_listed:])  # 二、张三因调离本行政区域，其…: no name's
    at = last_listed + (numbered.end() if numbered else 0)
    names = split_names(key[at:])
    reasoned = False
    if not names:  # 甲因调离本行政区域，…: a name with the reason its mandate ends
        names = _subject_with_reason(key[at:])
        reasoned = bool(names)
    base = start + at
    if not names and key.startswith("包括"):  # 包括甲和乙，他们将分别出任…
        names, base = split_names(key[2:]) or [], start + 2
    if not names and c.key.startswith(_TAKES_UP, end + 1) and (verb := _APPOINTING_NAMES.match(key)):
        # 再度委任甲、乙，出任…: the names are the subject of the post that follows
        names, base = split_names(key[verb.end() :]), start + verb.end()
    if not names:  # 张三接替李四 / a profile's name run into the line above: read from the clause's start
        names, base = _successor(key) or _profiled(c, key, end), start
    if names and state.subject and key.endswith("人"):  # 张三，男，…，东川人: a profile's birthplace
        names = []
    if not names and (letters := letters_handed(key)):  # 为甲、乙颁发聘书，聘请他们为…
        names, base = letters[1], start + letters[0]
    if names:  # 张三，任某局局长 / 张三先生因个人原因，申请辞去…: the name stands as a clause of its own
        who, at = printed(c, base, names), start
        # (甲得票73票，乙得票71票，当选为…; 任命：⏎甲⏎乙⏎以上人员为X: names one a line under a list's verb;
        # 甲因调离本行政区域，乙因病去世，其代表资格终止: each with a reason, their acts one)
        counted = key.endswith("票") or (state.kind is not None and _alone_on_its_line(c, start, len(key)))
        counted = counted or reasoned or last_listed
        if counted and _next_to_counted(c, start, state):
            who, at = (*state.subject, *who), state.subject_start
        state.subject, state.subject_start, state.subject_held = who, at, ()
        state.counted_end = start + len(key) if counted else -1
        return None
    resigning = "辞" in key  # (both letters of resignation below hold 辞呈, 辞职 or 辞任)
    if resigning and (handed := _LETTER_HANDED.search(key)):
        return _letter_handed(c, start, key, handed, state)
    writing = key[: letter.start()] if resigning and (letter := _LETTER_OF_RESIGNATION.search(key)) else ""
    if writing:  # (most clauses hold no letter: nothing to cut)
        writing = _WRITTEN_BY.sub("", writing)  # (…先生提交的: who wrote it, and how it came)
    if writing and (writer := named_after_title(writing) or name_closing(writing)):
        # 公司收到董事甲的辞职报告，其因个人原因辞去…: 其 is the writer of the letter
        state.person, state.person_start = printed(c, start, [writer]), start
        return _letter_received(c, start, key, writing, writer)
    return _noted_subject(c, start, key, state)


def _letter_handed(c: Compact, start: int, key: str, handed: re.Match[str], state: State) -> Reading | None:
    """甲(于某日)(向某公司董事会)递交(书面)辞呈: the writer (named here, after his posts, or in the
    clause before) resigns. The clause after may say which posts (，辞去公司董事长职务: those of the
    body he wrote to); else he resigns the posts he is described by."""
    writer = _WRITTEN_BY.sub("", key[: handed.start()])
    found = (0, writer) if is_name(writer) else named_after_title(writer) if writer else None
    several = _described_people(c, start, writer) if writer and found and found[0] else None
    # (…向某公司董事会递交…: the body written to, whose bare titles his are)
    written_to = c.text[start + handed.start("to") : start + handed.start("board")] if handed["board"] else ""
    if several:  # 副总经理甲先生、财务总监乙女士于近日递交书面辞职报告: each his own post
        state.subject, state.subject_held = several
        state.subject_start = start
    elif found and any(named_after_title(_without_address(p)) for p in writer[: found[0]].split("、")):
        return None  # (副总经理甲先生、财务总监乙女士…, their posts unread: no post is two people's)
    elif found:
        state.subject, state.subject_start = printed(c, start, [found]), start
        held = _described_posts(c, start, writer[: found[0]], written_to) if found[0] else []
        state.subject_held = tuple(held)  # (董事长暨总经理甲先生向公司董事会…: the board's company's)
    elif writer or not state.subject or _SENTENCE_STOP.search(c.key, state.subject_start, start):
        return None  # (公司财务负责人甲因工作调动原因，向董事会提交了辞职报告: the writer named before)
    state.joined = (start, written_to)
    if _RESIGNING.search(c.key, start + len(key), start + len(key) + _RESIGNED_POSTS_REACH):
        return None  # …递交书面辞职报告，申请辞去公司副总经理职务: the clause after names the posts
    held = state.subject_held
    if several is None and len(state.subject) == 1:
        # (…递交书面辞职报告，辞职后甲先生将继续担任公司董事: the post kept is not resigned)
        kept = _KEPT_ON.search(c.key, start + len(key), start + len(key) + _RESIGNED_POSTS_REACH)
        kept_posts = set(kept["posts"].removesuffix("职务").split("、")) if kept else set()
        held = tuple(p for p in held if p.title not in kept_posts and to_key(p.post) not in kept_posts)
    if not held or (several is None and len(state.subject) != 1):
        return None
    posts = tuple(replace(p, start=0, end=0) for p in held)  # (printed before the act)
    return Reading(
        state.subject, Kind.RESIGN, posts, state.subject_start, start + len(key), several is not None
    )


def _letter_received(
    c: Compact, start: int, key: str, writing: str, writer: tuple[int, str]
) -> Reading | None:
    """公司董事会收到董事长甲的书面辞职报告 (and nothing right after it resigns a post): the writer
    resigns the posts that describe him, a bare title the announcing company's (公司, completed with
    its name later); None when the text goes on to say which posts."""
    if _RESIGNING.search(c.key, start + len(key), start + len(key) + _RESIGNED_POSTS_REACH):
        return None  # …的辞职报告。其申请辞去公司副总经理职务: the text goes on to say which posts
    lead = writing.rfind("收到", 0, writer[0])
    lead = lead + 2 if lead >= 0 else 0
    if _OTHER_WRITER.search(writing, lead, writer[0]):
        return None  # 收到董事甲先生以及副总裁乙的辞职报告: two letters, their posts printed apart
    return _reading(c, start, printed(c, start, [writer]), Kind.RESIGN, lead, writer[0], start + lead, "公司")


# 甲(于某日)向某公司董事会递交书面辞呈: the writer as the clause's subject, and the body written to.
_LETTER_HANDED = re.compile(
    r"(?:已经|已)?(?:于[^,;]{2,14}?)?(?:向(?P<to>[^,;]{2,24}?)(?P<board>董事会|监事会)?)?"
    r"(?:递交|提交|呈交|提出)了?(?:书面)?(?:辞呈|辞职(?:报告|信|函|申请))$"
)
# The posts a letter's writer keeps, said after the letter (辞职后，甲先生将继续担任公司董事).
_KEPT_ON = re.compile(r"(?:继续|仍然|仍)(?:在公司)?(?:担任|任)(?P<posts>[^。;]{2,40})")
# What stands between the writer's name and 的 of a letter (甲先生提交的书面辞职报告).
_WRITTEN_BY = re.compile(r"(?:先生|女士|同志)?(?:提交|递交|呈交|发来)?$")
# (辞去 / 辞任 name the posts after them; 辞职 names none: 由于甲辞职将导致…, 甲因个人原因申请辞职)
_RESIGNING = re.compile(r"辞去|辞任(?!报告|函|信)")
# How far after a letter the text may say which posts its writer resigns.
_RESIGNED_POSTS_REACH = 200
_OTHER_WRITER = re.compile(r"先生|女士|以及|和|与")


# A name, then a dash: the person a dispatch is about (甲—根据…).
_NAME_DASH = re.compile(r"([\u4e00-\u9fff·]{2,4})[—－]")
# 甲同志已到退休年龄，…，免去其… / 鉴于乙同志工作调动 / 同意丙同志辞去公职: the comrade a clause opens with.
_COMRADE_OPENS = re.compile(r"(?:鉴于|由于|同意)?(?P<name>[\u4e00-\u9fff·]{2,8}?)同志")
# A vote's count for the person a clause opens with (甲得赞成票数超过半数，当选为…; 乙先生最终获得了
# 129票同意，被选举为…): the one elected in the clause after.
_VOTES_FOR = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志|先生|女士)?(?:最终|共|均)?(?:获得了?|获|得到?)(?=[^,]{0,6}票)"
)
# 甲已到某市某局任职: the unit a person joins (the post follows in the next clause).
# (王某随后赴某部任职 / 李某重回某大学任职: the adverbs of a news report between name and move)
_MOVE_ADVERBS = r"(?:随后|随即|也|则|又|再|已经|已)*"
# (not 返回原单位任职 / 重回母校任职: a place named by what it was to him, no body's name)
_JOINED_UNIT = re.compile(
    rf"{_MOVE_ADVERBS}(?:重回|到|赴)(?!原单位|本单位|母校|家乡|基层)(?P<org>[^,]{{2,30}}?)任职$"
)
# A person on the move, the post told in the clause after (甲回京，履新X; 乙跨公司，任Y; 某市副市长丙
# 也由政转企，出任Z): the clause names its person only.
_MOVES = ("回京", "进京", "赴京", "南下", "北上", "跨省", "跨省份", "跨公司", "跨界", "由政转企", "由企转政")
_ON_THE_MOVE = re.compile(rf"{_MOVE_ADVERBS}(?:{'|'.join(_MOVES)})$")


def _held_title(held: tuple[PostMention, ...], rest: str) -> PostMention | None:
    """The post among ``held`` whose title alone is what ``rest`` names (行长职务 after 某银行行长)."""
    bare = without_tail(rest)
    # (党委书记职务 after 某学院原党委书记: the title with its party unit)
    return next(
        (
            p
            for p in held
            if p.org and (to_key(p.title) == bare or _with_its_unit(to_key(p.post), to_key(p.title), bare))
        ),
        None,
    )


def _with_its_unit(post: str, title: str, bare: str) -> bool:
    """Whether ``bare`` is a post's title with the unit before it (党委书记 of 某学院党委书记)."""
    return len(bare) > len(title) and post.endswith(bare)


_NAMES_ALONE_LONGEST = 12  # (a line of names one a line: a name, maybe padded, or two)
# 以上人员为X / 以上同志的X职务 after names one a line under a list's verb (任命：⏎甲⏎乙⏎…).
# (Hong Kong's gazette prints 为X alone under its names: 委任——⏎甲先生；⏎乙女士；及⏎丙先生，⏎为X)
_THOSE_ABOVE = re.compile(
    r"^(?:(?:以上|上述)(?:人员|同志)?(?:(?P<as>为)|的)|(?P<bare>为))(?P<post>.{2,80}?)(?(as)|(?(bare)|职务))$"
)


def _those_above(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """以上人员为某法院审判员: the names listed one a line above take the post, by the list's verb."""
    m = _THOSE_ABOVE.match(key) if key.startswith(("以上", "上述", "为")) else None
    if not m or not state.subject or state.kind is None or not _next_to_counted(c, start, state):
        return None
    return _reading(c, start, state.subject, state.kind, m.start("post"), m.end("post"))


def _next_to_counted(c: Compact, start: int, state: State) -> bool:
    """Whether the clause at ``start`` comes right after the last clause of names counted (甲⏎乙, or
    a gazette's 甲先生；⏎乙女士: its stop and its line break between them)."""
    end = state.counted_end
    if end < 0:
        return False  # (no clause of names counted yet; -1 is none, not the one before offset 0)
    return end == start - 1 or (end == start - 2 and c.key[end] in ";," and c.key[end + 1] == "\n")


def _joined_subject(c: Compact, start: int, key: str, state: State) -> bool:
    """某县委副书记甲已到某市生态环境局任职(，任局长): note the person and the unit joined, whose a
    bare title after is; whether the clause was one."""
    joined = _JOINED_UNIT.search(key)
    if not joined or not (who := person_in(key[: joined.start()])):
        return False
    state.subject, state.subject_start, state.subject_held = printed(c, start, [who]), start, ()
    state.joined = start, c.text[start + joined.start("org") : start + joined.end("org")]
    return True


def _noted_subject(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """What a clause without a reading notes of its person (a name after a post, a candidate, the
    one a 的 describes) for the clauses after it."""
    # 现任某市市长张三，拟任… / 某市副市长张三，已出任… / 某银行行长张三因工作调整，辞去…
    # (the clause without its reason is asked only when it differs: named_after_title is pure)
    bare = _clause_without_reason(key)
    if ("及" in key or "、" in key) and (described := _described_people(c, start, key)):
        # 某局长甲及某所所长乙，都将在22日退休: each leaves the post he is described by
        state.subject, state.subject_held = described
        state.subject_start = start
        return None
    if found := named_after_title(key) or (bare != key and named_after_title(bare)):
        named = printed(c, start, [found])
        if bare != key and state.counted_end == start - 1:  # 市人大代表甲因…，区人大代表乙因…，其…
            named = (*state.subject, *named)
        state.subject, state.subject_start = named, start
        state.subject_held = tuple(ended_by_move(_described_posts(c, start, key[: found[0]])))
        # (某届人大代表甲因调离本行政区域，乙因病去世，其…: a reason's clause, which the next may join)
        state.counted_end = start + len(key) if bare != key else -1
        return None
    if key.endswith(_FAULTS) and (found := _at_fault(key)):
        # 某局局长甲在疫情防控中履职不力，…，被免去其…职务: the one at fault, by his posts
        state.subject, state.subject_start = printed(c, start, [found]), start
        state.subject_held = tuple(_described_posts(c, start, key[: found[0]]))
        return None
    if (dashed := _NAME_DASH.match(key)) and is_name(dashed[1]):
        # 甲—根据第15/2009号法律…的规定，…，其担任X的定期委任…: a Macao dispatch names its person first
        state.subject, state.subject_start = printed(c, start, [(0, dashed[1])]), start
        state.subject_held = ()
        return None
    if "给予" in key and (punished := _punished(key)):
        # 给予甲党内严重警告处分，免去其X职务: the one punished is 其
        state.subject = printed(c, start, [punished])
        state.subject_start, state.subject_held = start, ()
        return None
    m = _PUNISHED_DESCRIBED.search(key) if "给予" in key else None
    if m and "、" in m["who"]:
        # 对某镇党委书记甲、镇长乙分别给予…处分，免去其书记、镇长职务: each described by his posts
        # (对身为党员领导干部的某镇党委书记甲、…: what they are, before the first's posts)
        lead = m["who"].rfind("的", 0, m["who"].find("、")) + 1
        who = m["who"][lead:].removesuffix("分别")
        if punished := _posts_of_each(c, start + m.start("who") + lead, who):
            state.subject, state.subjects_held = punished[0], (start, punished[1])
            state.subject_start, state.subject_held = start, ()
            return None
    if m and (found := named_after_title(m["who"])):
        # 对某镇镇长甲给予党内严重警告处分，并免去其镇长职务: 其 is the one described, and his post
        at = m.start("who")
        state.subject, state.subject_start = printed(c, start, [(at + found[0], found[1])]), start
        state.subject_held = tuple(_described_posts(c, start + at, m["who"][: found[0]]))
        return None
    if "票" in key and (votes := _VOTES_FOR.match(key)) and is_name(votes["name"]):
        state.subject = printed(c, start, [(0, votes["name"])])
        state.subject_start, state.subject_held = start, ()
        return None
    if (comrade := _COMRADE_OPENS.match(key)) and is_name(comrade["name"]):
        state.subject = printed(c, start + comrade.start("name"), [(0, comrade["name"])])
        state.subject_start, state.subject_held = start, ()
        return None
    if key.endswith("任职") and _joined_subject(c, start, key, state):
        return None
    # (a clause ends with one of the moves before its whole pattern is sought: most end otherwise)
    moving = _ON_THE_MOVE.search(key) if key.endswith(_MOVES) else None
    if moving and (who := person_in(key[: moving.start()])):
        state.subject, state.subject_start = printed(c, start, [who]), start
        state.subject_held = tuple(ended_by_move(_described_posts(c, start, key[: who[0]])))
        return None
    if (at := key.rfind("候选人", 0, len(key) - 3)) >= 0 and (names := _subject_with_reason(key[at + 3 :])):
        # 人大代表正式候选人甲同志获得赞成票912票，…，当选…: the candidate is the subject
        state.subject, state.subject_start = printed(c, start + at + 3, names), start
        state.subject_held = ()
        state.counted_end = start + len(key) if key.endswith("票") else -1
        return None
    if (at := key.rfind("的", 0, len(key) - 1)) > 0 and (
        names := split_names(key[at + 1 :]) or _subject_with_reason(key[at + 1 :])
    ):
        # 此前担任某市委书记的孙二，已被任命为… / 原任X的甲同志另有任用，免去其X职务: the person the
        # clause ends with
        state.subject, state.subject_start = printed(c, start + at + 1, names), start
        state.subject_held = tuple(ended_by_move(_described_posts(c, start, key[: at + 1])))
        return None

    # 某大学召开干部大会，宣布甲任副校长: the body's 副校长 (not a site's name run into a headline,
    # 某大学某学院⏎学院举行…, whose 学院 the text goes on to use for the college)
    if announced := _announcing_body(c, start, start + len(key)):
        state.announcer, own = announced
        if own:  # (某局今天宣布，甲出任某专员: not the 局's)
            state.org = state.announcer
    if org := _electing_org(c, start, key):  # 在某团委第十七届委员会第一次全体会议上，选举甲为书记
        state.org = org
    elif "选举" in key and (society := _SOCIETY_ELECTED.search(key) or _SOCIETY_CONGRESS.search(key)):
        # 选举出某律师协会新一届领导班子。…并选举甲为会长 / 某协会第三次会员代表大会选举产生…: the
        # society's officers
        state.org = _society_named(c, start, society)
    if "选举" in key and (leadership := _LEADERSHIP_ELECTED.search(key)):
        # …选举产生了新一届领导班子，甲任主席: the posts taken are elected (from the election on: a
        # 会议 before it decides nothing)
        state.elected_at = start + leadership.start()
    verb = _LIST_VERB.fullmatch(key) or (_LIST_VERB_AT_END.search(key) if key.endswith(_LIST_ENDS) else None)
    if verb and "提名委员会" in key:
        verb = None  # 董事会提名委员会…同意聘任：甲为总裁，并提交董事会审议: a committee's advice, no act
    if verb:  # a verb stated once for the list below: 决定任命：
        state.kind = _VERBS[next(g for g in verb.groups() if g)]
        after = start + len(key) + 1
        line_end = c.key.find("\n", after)
        line = c.key[: line_end if line_end >= 0 else len(c.key)]
        if c.key.startswith(":", after - 1) and post_name_pairs(line, after):
            state.pairs_below = state.kind  # 会议决定任命：某局局长甲，某局局长乙。: pairs, a clause each
        if "提请" in key and _ASKED_TO.search(key):  # 会议决定，提请市人大常委会任命：⏎甲为X: proposed
            state.kind = NOMINATED.get(state.kind, state.kind)
        if state.kind is Kind.APPOINT and "按期正式" in key:
            state.kind = Kind.CONFIRM  # 县政府决定按期正式任命：⏎甲为X
        elif state.kind is Kind.APPOINT and key.startswith("正式") and _served_probation(c, start):
            state.kind = Kind.CONFIRM  # 试用期满，正式任命：⏎甲为X
    elif state.kind and key in _LIST_ANNOUNCED and c.key.startswith(":", start + len(key)):
        # 决定任命下列人员职务，名单如下：某局局长甲，副局长乙、丙: the pairs after the colon
        line_end = c.key.find("\n", start)
        line = c.key[: line_end if line_end >= 0 else len(c.key)]
        if post_name_pairs(line, start + len(key) + 1):
            state.pairs_below = state.kind
    elif key in _ROUNDUP_SECTIONS and (c.key.startswith(":", start + 2) or _alone_on_its_line(c, start, 2)):
        state.kind = _ROUNDUP_SECTIONS[key]  # 【新任】⏎甲　某省副省长⏎【卸任】⏎乙　…: a roundup's sections
    elif names_list := _NAMES_LIST.fullmatch(key):  # 任命名单如下： / 免职名单如下：
        state.kind = Kind.REMOVE if names_list.group(1) == "免职" else Kind.APPOINT
        if "正式" in key or "试用期满" in key:
            state.kind = Kind.CONFIRM  # 现将正式任职名单公布如下：a probation served
        state.listed = True  # (its rows below, under a header: 序号|姓名|职务)
    elif "名单" in key and key.endswith((")", "名单")) and _roster_titled(c, start, key, state):
        return None  # 某委员会书记、副书记名单(某日某会议选举) below a page's other lines: noted, rows below
    elif key.endswith(("名单", "名单如下")) and _ROSTER_PUBLISHED.search(key):
        state.kind = Kind.APPOINT  # 行政院今天公布内阁改组名单，经济部长：甲；交通部长：乙
    elif hired := _HIRED_BELOW.match(key):  # 聘任以下同志为本院科室负责人：rows follow
        kind = _VERBS[hired.group("verb")]
        state.kind = NOMINATED.get(kind, kind) if hired.group("proposed") else kind
        if staff := _STAFF_OF.search(key, hired.end()):  # 为公司高级管理人员：⏎甲|总经理: the company's
            state.list_org = c.text[start + hired.end() : start + staff.start()]
            if not state.list_org and "公司" in key[: hired.start("verb")]:
                state.list_org = "公司"  # 我公司聘任下列人员为高级管理人员： (completed from the text)
        elif c.key.startswith(":", start + len(key)) and not ends_with_title(key):
            # 任命下列人员为某特区第六届政府主要官员：⏎某司司长甲；…: pairs of post and name follow
            state.pairs_below = state.kind
    elif c.key.startswith(":", start + len(key)) and (officials := _OFFICIALS_BELOW.search(key)):
        # 国务院任命下列香港特别行政区政府主要官员：⏎甲为政务司司长；: name 为 post lines follow
        state.kind = _VERBS[officials.group("verb")]
        state.list_org = c.text[start + officials.start("org") : start + officials.end("org")]
    elif group := _GROUP_APPOINTED.search(key):  # 6名将领被分别任命为副主任委员。其中，甲为…
        state.kind = _VERBS["被" + group.group(1)]
    elif body := _elected_posts_body(c, start, key):  # 补选某常委会主任、副主任、委员。⏎主任：张三
        state.kind, state.list_org = Kind.ELECT, body
    elif (heading := _without_adoption_note(key)).endswith(_ELECTION_RESULTS):
        state.kind = Kind.ELECT  # 第一次会议选举结果(某日…会议选举): the lines below are elections
        if (
            heading.endswith("如下")
            and c.key.startswith(":", start + len(key))
            and not c.key.startswith(":\n", start + len(key))
        ):
            state.pairs_below = Kind.ELECT  # 选举结果如下：某县县长甲，副县长乙、丙: pairs, a clause each
    elif roster := _roster_heading(heading):  # 选举产生的县人大常委会组成人员名单⏎主任：甲
        verb = roster["verb"]
        state.kind = Kind.APPOINT if verb == "任命" else Kind.ELECT
        if roster["body"].endswith(_ROSTER_BODIES):
            a, b = roster.span("body")
            state.list_org = c.text[start + a : start + b]
        if verb.endswith("通过") and not _elected_by_its_congress(state.list_org):
            state.kind = Kind.APPOINT  # (通过: a congress elects its committees; another body appoints)
        after = start + len(key) + 1  # 某委员会组成人员：主任委员甲；副主任委员乙、丙: pairs on the line
        if state.kind and c.key.startswith(":", after - 1) and post_name_pairs(c.key, after):
            state.pairs_below = state.kind
    elif body := body_formed(c, start, key):  # 决定成立某委员会，其组成人员如下：members by role
        state.members_of = body
    elif (
        "名" in key
        and (counted := _COUNTED_APPOINTED.search(key))
        and c.key.startswith((",分别为", ",分别是", ":"), start + len(key))
    ):  # 宣布委任五名政治助理，分别为：⏎甲（某局局长政治助理）: each with its post below
        state.kind = _VERBS[counted["verb"]]
    elif key.endswith(("的任命", "的委任")) and _ANNOUNCED_BELOW.search(key):
        state.kind = Kind.APPOINT  # 政府今日公布以下首长级人员的任命：⏎职位 姓名 原任职位: the rows below
    elif key.endswith(_CONFIRMED):  # 下列同志试用期满，…按期正式任职：
        state.kind = Kind.CONFIRM
    elif key.endswith(_CHANGES_BELOW) and c.key.startswith(":", start + len(key)):
        state.kind = Kind.APPOINT  # 以下同志职务调整：⏎某市委副书记：甲: each post now held
    elif key.endswith(_VOTED):  # 经委员投票，甲为某委员会主席、乙为副主席: the vote elects
        state.kind = Kind.ELECT
    return None


# 正式担任 / 正式任: a probation's end in a notice (甲同志正式担任…, or one that speaks of a probation),
# else news of a post taken up.
_FORMALLY = ("正式担任", "正式任")
_PROBATION_WORDS = ("试用", "转正", "正式任职")
_PROBATION_REACH = 300  # (the list's heading: 下列同志试用期满，…正式任职：)


def _on_probation(c: Compact, start: int) -> bool:
    """Whether the text before ``start`` (within a list's reach) or its sentence speaks of a probation."""
    before = c.key[max(0, start - _PROBATION_REACH) : _full_stop_after(c, start)]
    return any(word in before for word in _PROBATION_WORDS)


def _full_stop_after(c: Compact, start: int) -> int:
    """Where the sentence at ``start`` ends at its full stop (the key's end if none): the sentence
    a clause's act belongs to, past its commas and semicolons."""
    stop = c.key.find("。", start)
    return stop if stop >= 0 else len(c.key)


# A term's committee or board opening a sentence with its meeting (在某某第十七届委员会第一次全体会议上,
# 某公司第九届董事会第一次会议于…召开, 某学会第十二届理事会召开第一次会议): a bare title elected
# after it in the sentence is that committee's.
_COMMITTEE_MEETING = re.compile(
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午)?,?)?在?"
    rf"(?P<org>[^,;:。]{{0,40}}?{TERM}[\u4e00-\u9fff]{{0,8}}?(?:委员会|理事会|董事会|监事会))"
    r"(?:召开了?)?第[一二三四五六七八九十\d]{1,3}次(?:全体)?(?:会议|全会)"
)
# What a committee's sentence says to elect its officers (not 选聘, 选派, 选拔).
_ELECTING_WORDS = ("选举", "当选", "选出", "补选", "推选")
# Committees that meet to decide others' posts, not to elect their own officers.
_DECIDING_COMMITTEES = ("人民代表大会", "人大", "常务委员会", "常委会")


# A cell that is a list's item of its own: a name, then its verb (甲任X, 乙为Y, 丙的Z职务).
_ITEM_CELL = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:同志)?(?:任|为|的)[\u4e00-\u9fff]")


def _act_name_post_row(c: Compact, start: int, key: str) -> Reading | None:
    """A row of three cells, its act, a name and a post (任命|甲|某局局长, 免去|乙|某局副局长职务), under
    no header: that act of that post (None for any other row)."""
    cells = _cells(key)
    if len(cells) != 3 or (kind := _ROW_ACTS.get(cells[0][1])) is None or not is_name(cells[1][1]):
        return None
    at, post = cells[2]
    post = post.removesuffix("职务")
    posts = read_posts(c.text[start + at : start + at + len(post)], post)
    if not posts:
        return None
    return Reading(
        printed(c, start + cells[1][0], [(0, cells[1][1])]), kind, tuple(posts), start, start + len(key)
    )


def _merged_columns(c: Compact, start: int, key: str, state: State, titled: bool) -> Reading | None:
    """Items of a list printed in columns and run into one line by the page's layout (甲任X    乙任Y,
    no stop between): each cell read as a clause of its own."""
    cells = key.split("|")
    if len(cells) < 2 or not all(_ITEM_CELL.match(cell) for cell in cells):
        return None
    readings, at = [], start
    for cell in cells:
        if reading := _read_clause(c, at, at + len(cell), state, titled):
            readings.append(reading)
        at += len(cell) + 1
    flat = [each for reading in readings for each in (replace(reading, more=()), *reading.more)]
    return replace(flat[0], more=tuple(flat[1:])) if flat else None


# A motion's votes that carry it, after the motion (…的议案获8票同意, …的议案以全票通过).
_CARRIED = re.compile(r"》?(?:获|以)?(?:[\d一二三四五六七八九十]+票同意|全票(?:同意|通过)|审议通过|通过)")


def _company_announcing(c: Compact, start: int) -> str:
    """公司 when the text before ``start`` acts through a board (本公司第N届董事会…, 经董事会研究): a
    bare title it appoints (会议同意聘任甲为总经理) is the company's, named back as 公司 and completed
    from the text like any 公司; else ''."""
    return "公司" if 0 <= _first_board(c.key) < start else ""


def _board_owner(c: Compact, start: int) -> str:
    """The word a company or bank names itself by where the text's first board is its own (公司董事会,
    该行董事会, 本公司第五届董事会…) before ``start``, or '': a university's or a foundation's board
    (某大学第三届董事会) makes no bare title a company's."""
    board = _first_board(c.key)
    if not 0 <= board < start:
        return ""
    lead = c.key[max(board - 12, 0) : board]
    return own[1] if (own := _BOARD_OWNER.search(lead)) else ""


# A company's or bank's word for itself before its board (and its term: 本公司第五届董事会).
_BOARD_OWNER = re.compile(rf"({'|'.join(BOARD_OWN_WORDS)})(?:第[一二三四五六七八九十\d]{{1,3}}届)?$")


@lru_cache(maxsize=4)
def _first_board(key: str) -> int:
    """Where ``key`` first names a board (董事会), or -1: asked of every clause, found once a text."""
    return key.find("董事会")


# The unit a text is about, deciding under the word it names itself by (公司决定聘任…, 经医院党委研究).
_UNIT_DECIDING = re.compile(
    rf"经?(?P<ref>{'|'.join(sorted(_BACK_REFERENCES, key=len, reverse=True))})"
    r"(?:董事会|党委会?|行政)?(?:研究)?"
)


def _unit_deciding(lead: str) -> str:
    """The back-reference word (公司, 医院, 本校) when ``lead``, the words before a verb, is the
    text's own unit deciding (公司决定解聘甲…): a bare title it names is that unit's; else ''."""
    m = _UNIT_DECIDING.fullmatch(lead) if lead else None
    return m["ref"] if m else ""


def _electing_org(c: Compact, start: int, key: str) -> str:
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
    sentence = c.key[start : _full_stop_after(c, start)]
    return meeting if any(word in sentence for word in _ELECTING_WORDS) else None


def _congress_society(c: Compact, start: int, key: str) -> str:
    """The society (as printed) whose congress elects at ``key``'s end (某作家协会第五次会员代表大会
    选举…), or ''."""
    if not key.endswith("选举") or not (congress := _SOCIETY_CONGRESS.search(key)):
        return ""
    return _society_named(c, start, congress)


def _society_named(c: Compact, start: int, m: re.Match[str]) -> str:
    """The society (as printed) that ``m``'s org group holds, without the words before it that
    describe its meeting (昨日召开的某作家协会…, 在某侨联…)."""
    org = c.text[start + m.start("org") : start + m.end("org")]
    return org[org.rfind("的") + 1 :].removeprefix("在")


# A society's new leadership elected (选举出某律师协会新一届领导班子, 选举产生了某学会第五届理事会).
_SOCIETY_ELECTED = re.compile(
    # (选举产生了新一届某作家协会领导班子: the term before the society's name, or after it)
    rf"选举(?:出|产生了?)(?P<new>新一届)?(?P<org>(?:(?![和及与])[\u4e00-\u9fff]){{2,20}}?(?:{'|'.join(SOCIETY_ENDS)})"
    # (选举产生某归国华侨联合会第十届委员会新一届领导机构: the term's committee, as printed)
    r"(?:第[一二三四五六七八九十\d]{1,3}届(?:委员会|理事会)(?=新一届))?)"
    r"(?:新一届|第[一二三四五六七八九十\d]{1,3}届|(?(new)|(?!)))(?:领导班子|理事会|领导机构)"
)
# A society's congress that elects (某作家协会第三次会员代表大会选举产生…): the society.
_SOCIETY_CONGRESS = re.compile(
    rf"(?P<org>(?:(?![和及与])[\u4e00-\u9fff]){{2,20}}?(?:{'|'.join(SOCIETY_ENDS)}))"
    r"第[一二三四五六七八九十\d]{1,3}次(?:会员)?代表大会(?:上)?(?:差额|等额)?选举"
)
# A body's leadership told as elected, its officers in the clauses after (大会选举产生了新一届领导
# 班子，甲任主席，乙任副主席 / 选举产生新一届理事会，由甲任会长).
_LEADERSHIP_ELECTED = re.compile(
    r"选举(?:产生|出)了?(?:新一届|第[一二三四五六七八九十\d]{1,3}届)(?:[\u4e00-\u9fff]{0,20}?)"
    r"(?:领导班子|领导机构|理事会|委员会|主席团|支委会)$"
)
# An institution opening a sentence as the one that meets, announces or decides (某大学召开干部大会,
# 某医院宣布, 某集团党委决定, 某区议会举行会议): a bare title after it in the sentence is its own.
# Its heads change, after a body's name: titles alone before 换人 (的社长和总编辑同时换人, 行长易人; not
# 附属医院宣布院长换人, 旗下某公司总经理换人, 更换人事), or 换帅.
_A_TITLE = f"(?:副|常务副)?(?:{title_word().pattern})"
_HEADS_CHANGE = f"(?:的)?{_A_TITLE}(?:[、和及]{_A_TITLE})*(?:同时|双双)?(?:换人|易人)|换帅"
_ANNOUNCING_BODY = re.compile(
    # (《某通讯社11日专讯》某公司公布, (香港电台)某区议会举行: the story's dateline or credit first)
    r"(?:[《【(][^》】()]{2,24}?[》】)]){0,2}"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚间)?,?)?(?:据)?"
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
    r"(?:会员代表大会|会员大会|(?:人民)?代表大会|代表会议)"
    r"(?:第[一二三四五六七八九十\d]{1,3}次会议)?"
    r"(?:于?(?:\d{4}年)?\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日)?(?:上午|下午)?(?:在[^,;:。在]{2,24}?)?(?:顺利|隆重|成功|胜利)?(?=召开|举行|举办|闭幕|开幕))?"
    # (今(5)日 with its 日, not 今(25) of a roundup's lead: 全岛各县市议会今(25)举行…)
    rf"(?:党委|党组|董事会)?(?:今天|今日|近日|日前|昨天|昨日|[今昨]\(\d{{1,2}}\)日|\d{{1,2}}月\d{{1,2}}日)?(?:上午|下午|晚间)?"
    # (某大学官网栏目更新 / 据某大学官网消息: the body's own site, telling of its own posts)
    r"(?:召开|举行|举办(?=[^,]{0,12}?(?:交接|就职|就任))|(?(congress)举办|(?!))|宣布|决定|发布|公布|公告|研究决定|官网|官方网站|网站|发表声明|声明|表示"
    r"|闭幕|开幕"  # (某协会第九次代表大会在某地闭幕)
    # (某通讯社的社长和总编辑同时换人, 某银行行长换人: the body whose heads change, named first)
    rf"|{_HEADS_CHANGE})"
)


_MEETS = re.compile("召开|举行|举办|闭幕|开幕")


def _announced_above(c: Compact, start: int, end: int) -> str:
    """The body (as printed) that the last sentence of ``c.key[start:end]`` opening with it meets or
    announces in (某协会第六次会员代表大会在某处召开。), read before the first cue; else ''."""
    if not _MEETS.search(c.key, start, end):
        return ""  # (a body that meets is what is sought: most notices' lines above print none)
    for a, b in reversed(_spans(c.key, start, end, _SENTENCE_STOP)):
        if (announced := _announcing_body(c, a, b)) and announced[1]:
            return announced[0]
    return ""


def _announcing_body(c: Compact, start: int, end: int) -> tuple[str, bool] | None:
    """The body (as printed) that ``c.key[start:end]`` opens with as the one that meets, announces or
    decides, and whether bare titles after it are its own (an office's are not); else None."""
    body = _ANNOUNCING_BODY.match(c.key, start, end)
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


# A post held before (前某县县长), not 前进区, 前郭县 or 前海, places whose names open with 前.
_FORMER_POST = re.compile("前(?![进郭海])")
# Government offices announcing: a bare title of their own kind after them is theirs (某局召开干部大会，
# 原局长甲调任…), any other they may only announce.
_OFFICES = ("局", "署")
# A group appointed, its members named next with 为 (…被分别任命为6个专门委员会副主任委员。其中，甲为…).
_GROUP_APPOINTED = re.compile(r"被分别(任命为|聘任为|聘为|免去)")
# An election of posts whose holders are listed below (补选某常委会主任、副主任、委员).
# (补选了…, 选举产生了…: the same, told as done)
_ELECTED_POSTS = re.compile(r"(?:选举产生|补选|选举|选出)了?(?P<posts>[\u4e00-\u9fff、]{6,80})$")


def _elected_posts_body(c: Compact, start: int, key: str) -> str:
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


# A page's credits before a colon (栏目主编：甲, 责任编辑：乙).
_CREDIT = re.compile(
    r"(?:栏目|责任|文字|值班|美术|图片|视频|网络)?(?:主编|编辑|审核|审校|校对|监制|编审|统筹)"
)


def _post_before_colon(
    c: Compact, start: int, end: int, state: State
) -> tuple[Kind, tuple[PostMention, ...], int] | None:
    """任命：⏎某院检察员：张三、李四 — under a list verb, a post before a colon heads the names after it;
    under a body's name standing as a line (某人大法制委员会⏎主任委员：张三), a bare title is that body's."""
    if c.key[end : end + 1] != ":" and not _post_over_names(c, start, end, state):
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
    kind = state.kind or (Kind.ELECT if _elected_by_its_congress(state.list_org) else Kind.APPOINT)
    return kind, tuple(posts), start


def _roster_heading(heading: str) -> re.Match[str] | None:
    """The match of a heading over a body's members by role (选举产生的某常委会组成人员名单, 会议任命了
    某委员会组成人员：): one that appoints or adopts them names its body (not 拟任命人员名单, a 公示's)."""
    m = _ELECTED_ROSTER.search(heading)
    if m and m["verb"] not in ("选举产生", "当选") and not m["body"].endswith(_ROSTER_BODIES):
        return None
    return m


def _elected_by_its_congress(body: str) -> bool:
    """Whether ``body`` is a congress's own committee (or a CPPCC's), which the congress elects;
    other bodies' members are appointed."""
    return any(word in to_key(body) for word in ("人民代表大会", "政协", "政治协商会议"))


# A heading over posts and their new holders (以下同志职务调整：⏎某市委副书记：甲).
_CHANGES_BELOW = ("同志职务调整", "职务调整如下", "人事调整如下", "职务任免如下")
# An election told before the post its colon heads (…会议选举产生了某镇人民政府镇长：甲).
# (not a body named for elections: 某县选举委员会主任：甲)
_ELECTED_BEFORE_COLON = re.compile(r"(?:选举产生|选举|选出|补选)了?(?!委员会|工作|办公室)")


def _post_over_names(c: Compact, start: int, end: int, state: State) -> bool:
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


_NAME_LINE_LONGEST = 8  # (a name and its note: 章倩(女))


def _group_heading_above(c: Compact, begin: int, block: Block) -> int:
    """Where reading starts: at ``begin``, or at the line above it when that line is the heading of
    the first group of items (决定：⏎（一）某市发展和改革委员会⏎任命甲为主任；) or a table's
    header saying what its columns hold (单位|职称|姓名|异动情形⏎某课|课长|甲|新任)."""
    if begin <= block.body_start:
        return begin
    above = max(c.key.rfind("\n", block.body_start, begin - 1) + 1, block.body_start)
    if "|" in (line := c.key[above : begin - 1]) and may_head_columns(line):
        return above
    if not c.key.startswith(_GROUP_ITEM_VERB_WORDS, begin) and not _GROUP_ITEM_PERSON.match(c.key, begin):
        return begin  # (the items open with their verb or their person: 甲同志任局长)
    return above if _GROUP_HEADING.fullmatch(c.key, above, begin - 1) else begin


def _body_above(c: Compact, start: int, end: int) -> str:
    """The body whose members' list the notice is (某某委员会新一届成员名单 at its head), as printed."""
    m = _MEMBERS_OF.match(c.key, start, end)
    return c.text[m.start("body") : m.end("body")] if m else ""


def _list_body(c: Compact, start: int, end: int) -> str:
    """The body a line of its own names, for the "title：names" lines below it (某市人大法制委员会;
    某某委员会新一届成员名单), as printed; '' when the line is no such name."""
    if not _alone_on_its_line(c, start, end - start):
        return ""
    key = c.key[start:end]
    m = _BODY_LINE.match(key) if key.endswith(_BODY_LINE_ENDS) else None
    return c.text[start : start + m.end("body")] if m else ""


def _reading(
    c: Compact,
    start: int,
    names: tuple[str, ...],
    kind: Kind,
    post_from: int,
    post_to: int,
    evidence_start: int | None = None,
    elided: str = "",
) -> Reading | None:
    """A reading of the clause at ``start``: posts sit at [post_from, post_to) of the clause;
    ``elided`` is the organisation a bare title belongs to (the previous clause's)."""
    key_posts = key_posts_all = c.key[start + post_from : start + post_to]
    item = _next_item(key_posts, kind)  # 任命A任X、B任Y: B任Y is read on its own, after X
    if item is not None:
        key_posts = key_posts[: item[0] - 1]  # before the item's separator (and its description)
    if key_posts.endswith("的") and _IS_AT.search(c.key, start, start + post_from):
        key_posts = key_posts[:-1]  # 甲是在…会议上当选某市市长的: 是…的 frames the act
    # 审议通过了《关于聘任甲为X的议案》, 听取了关于提请免去甲X职务的议案的说明，表决通过了该议案: adopted
    if key_posts.endswith(("的议案", "的议案》", "的议案的说明")) and _adopted(c.key, start + post_from):
        key_posts = key_posts[: key_posts.rfind("的议案")]
    elif (motion := key_posts.find("的议案")) > 0 and (
        _CARRIED.match(key_posts, motion + 3) or _carried_below(c.key, start + post_from + motion + 3)
    ):
        key_posts = key_posts[:motion]  # 聘任甲为总经理兼财务总监的议案获8票同意: carried by its votes
    key_posts = without_tail(key_posts)
    if (news := key_posts.find("的消息")) > 0 and ends_with_title(key_posts[:news]):
        key_posts = key_posts[:news]  # 甲调任某职的消息由官方确认: the news is of the move
    lead = c.key[max(start, start + post_from - 10) : start + post_from]  # (分别获再度委任为)
    respectively = "分别" in lead or "先后" in lead
    # (分别 before the verb pairs only as many names as posts: else every name takes every post)
    in_turn = not respectively and _RESPECTIVELY_VERB.search(c.key, start, start + post_from) is not None
    if (
        respectively
        and len(names) > 1
        and (each := _bodies_sharing_titles(c, start + post_from, key_posts, names, kind))
    ):
        return each  # 甲、乙分别担任A、B的董事长、党组书记: each the titles of his own body
    if respectively and len(names) > 1:
        elided = ""  # 分别任武汉、合肥市委书记: the places are printed, one a person
    posts = read_posts(c.text[start + post_from : start + post_from + len(key_posts)], key_posts, elided)
    respectively = respectively or (in_turn and len(posts) == len(names))
    if not posts and key_posts == "代表" and kind in _ENDING_KINDS:
        # 某市第十七届人民代表大会代表甲辞去代表职务: a deputy of the congress the clause names
        posts = [deputy] if (deputy := deputy_of_text(c, start + post_from, start)) else []
    if not posts:
        return None
    ev_start = start if evidence_start is None else evidence_start
    if respectively and len(names) > 1 and len(posts) == 1:  # 先后卸任武汉、合肥市委书记
        posts = _shared_title(posts[0], len(names)) or posts
    if respectively and len(names) > 1 and len(posts) > 1 and len(names) != len(posts):
        return None  # people and posts that cannot be paired give nothing
    pairwise = (respectively or _chair_then_deputy(posts)) and len(names) == len(posts)
    more: tuple[Reading, ...] = ()
    if item is not None:  # B's bare title (、B担任副院长) is of X's organisation
        described, at, name_end, sep_end, item_kind, ends = item
        base = start + post_from
        names_ = printed(c, base + at, [(0, c.key[base + at : base + name_end])])
        held: list[PostMention] = []  # a named item has no description: nothing to read
        if described < at:  # 、原简任技正丙接任Y: 丙's body is none of 原
            described_posts = read_posts(c.text[base + described : base + at], key_posts_all[described:at])
            held = [without_yuan(p) for p in described_posts]
        # a bare title is of the body describing the item's person (、某局主秘乙升任副局长), else X's
        org = next((p.org for p in held if p.org), "") or posts[-1].org or elided
        nxt = _reading(c, start, names_, item_kind, post_from + sep_end, post_to, start + post_from + at, org)
        if nxt and ends:  # 、某分局长乙调任Y: the post that describes 乙 ends
            nxt = replace(nxt, ended=tuple(ended_by_move(held)))
        more = tuple(replace(r, more=()) for r in ((nxt, *nxt.more) if nxt else ()))
    return Reading(names, kind, tuple(posts), ev_start, start + post_to, pairwise, more=more)


# 分别 before the verb over the names (会议分别任命甲、乙为X、Y; 分别免去丙、丁的X、Y职务): in turn.
_RESPECTIVELY_VERB = re.compile(r"分别(?:决定)?(?:任命|免去|聘任|解聘|聘请|委任|选举|补选|撤销|罢免)")


def _chair_then_deputy(posts: list[PostMention]) -> bool:
    """Whether two posts are a body's chair and its deputy, in that order (议长、副议长; 正副主席):
    two people named before them hold them in turn, 分别 printed or not."""
    if len(posts) != 2:
        return False
    chair, deputy = posts
    return deputy.title == "副" + chair.title and to_key(deputy.org) == to_key(chair.org)


def _places_sharing_a_title(parts: list[str], post: PostMention) -> list[PostMention]:
    """某市甲县、乙县县委书记: places of one level (each ending with its 县 / 市 …), the last one's
    title (县委书记, with its level) printed once; else []."""
    keys = [to_key(p) for p in parts]  # (compared as keys: 縣 is 县)
    level = keys[0][-1]
    if level not in "省市县区州旗" or any(k[-1] != level or len(k) < 2 for k in keys[:-1]):
        return []
    last = parts[-1]
    at = keys[-1].find(level, 1)
    tail = last[at + 1 :] if at > 0 else ""
    if not to_key(tail).startswith(level) or not ends_with_title(to_key(tail)):
        return []
    places = [*parts[:-1], last[: at + 1]]
    return [
        PostMention(
            p + tail,
            p + tail[: len(tail) - len(post.title)],
            post.title,
            post.qualifiers,
            post.start,
            post.end,
        )
        for p in places
    ]


def _units_sharing_a_title(parts: list[str], post: PostMention) -> list[PostMention]:
    """甲研究中心、乙研究中心、丙研究中心名誉主任: each unit (named in full, all of the kind the last
    one ends with) with the title printed once at the end; else []."""
    org, title = split_post(to_key(parts[-1]))
    kind = org[-2:]
    if len(kind) < 2 or not title or any(not to_key(p).endswith(kind) or len(p) < 4 for p in parts[:-1]):
        return []
    title = parts[-1][len(org) :]
    units = [parts[0]]
    for p in (*parts[1:-1], parts[-1][: len(org)]):  # 某研究院甲研究中心、乙研究中心: 某研究院's too
        n = unit_sibling(to_key(p) + "主任", to_key(parts[0]), longest=24)
        units.append(parts[0][:n] + p)
    return [PostMention(u + title, u, title, post.qualifiers, post.start, post.end) for u in units]


# Bodies listed before 的 and the titles each of them gives (A、B和C的董事长、党组书记).
_BODIES_THEN_TITLES = re.compile(r"^(?P<bodies>[^的,;]{2,80}?)的(?P<titles>[^的,;]{2,40})$")


def _bodies_sharing_titles(
    c: Compact, at: int, key: str, names: tuple[str, ...], kind: Kind
) -> Reading | None:
    """甲、乙分别担任A、B的董事长、党组书记 (``key`` from ``at``): a reading whose n-th name holds
    each title in the n-th body; None unless there are as many bodies as names."""
    m = _BODIES_THEN_TITLES.match(key)
    bodies = [b for b in re.split("、|和|及|与", m.group("bodies")) if b] if m else []
    if len(bodies) != len(names):
        return None
    titles_at = at + m.start("titles")
    titles = c.text[titles_at : at + m.end("titles")]
    readings = []
    for name, body in zip(names, bodies, strict=True):
        b = c.key.find(body, at, titles_at)
        posts = read_posts(c.text[b : b + len(body)] + titles, body + m.group("titles"))
        if not posts:
            return None
        posts = [replace(p, start=0, end=0) for p in posts]  # (printed apart: body, then titles)
        readings.append(Reading((name,), kind, tuple(posts), at, at + len(key)))
    return replace(readings[0], more=tuple(readings[1:]))


def _carried_below(key: str, at: int) -> bool:
    """Whether a motion's title ending at ``at`` has its vote, carried, on the line below
    (（一）关于聘任甲为总经理的议案⏎表决结果：同意9票…)."""
    at += key.startswith("》", at)
    return key.startswith("\n", at) and _motion_carried(key, at + 1)


def _adopted(key: str, at: int) -> bool:
    """Whether the sentence up to ``at`` reports a motion adopted (审议通过了《关于…的议案》), not only
    reviewed (审议了…提请的…议案), or the sentence after it does (…的议案。经表决，议案获得通过)."""
    return "通过" in key[sentence_start(key, at) : at] or adopted_next(key, at)


def adopted_next(key: str, at: int) -> bool:
    """Whether the sentence after the one holding ``at`` reports the proposal in it adopted
    (…提请任命甲为X。会议表决通过了上述任命 / 经表决，议案获得通过), or its own sentence does after
    ``at`` (…提请任命甲为X的议案，表决通过了该议案)."""
    stop = key.find("。", at)
    lo = at - len("议案的说明") if key.endswith(("议案", "议案的说明"), 0, at) else at  # (the clause's own)
    motion = key.find("议案", max(lo, 0), stop if stop >= 0 else len(key))  # (its own, not another's after)
    if motion >= 0 and _ADOPTED_AFTER.match(key, motion):
        return True
    if _ADOPTED_LATER.search(key, at, stop if stop >= 0 else len(key)):
        return True  # (…，免去乙的Y职务，会议表决通过了上述任免。)
    return stop >= 0 and _ADOPTED_NEXT.match(key, stop + 1) is not None


# The acts of a sentence adopted at its end (…，会议表决通过了上述任免).
_ADOPTED_LATER = re.compile(
    r"[,;](?:会议|大会)?经?(?:投票)?(?:表决)?,?通过了?(?:上述|以上)(?:任命|任免|人事任免)"
)
# A proposal's adoption told in its own sentence, after a comma (…的议案，表决通过了该议案).
_ADOPTED_AFTER = re.compile(
    r"议案(?:的说明)?[,;](?:会议|大会)?(?:经)?(?:投票)?(?:表决|审议)?(?:并|和)?(?:表决)?"
    r"(?:通过了?(?:该|上述|以上|这一|此项)(?:议案|任命|任免|人事任免)|(?:获得?|予以)(?:表决)?通过)"
)


# The sentence after a proposal that reports it adopted (经表决，议案获得通过; 会议表决通过了上述任命).
_ADOPTED_NEXT = re.compile(
    r"(?:经|会议|大会)?经?(?:投票)?(?:表决)?,?(?:会议)?(?:表决)?"  # (会议经表决，通过了上述任命)
    rf"(?:{_ADOPTED_THESE}"
    r"|(?:上述|以上|该|此)?(?:议案|任命|任免事项|提请)(?:均|已|全部)?(?:获得?|予以)?(?:表决)?通过)"
)


def _shared_title(post: PostMention, count: int) -> list[PostMention]:
    """武汉、合肥、成都市委书记 as three posts sharing the last one's title, when there are
    ``count`` places of the same length, or 甲研究中心、乙研究中心名誉主任 (``count`` units of one
    kind); else []."""
    parts = post.post.split("、")
    if len(parts) != count:
        return []
    if count == 2 and (both := chair_and_deputy(post)):  # 正、副主席: no place called 正
        return list(both)
    if units := _units_sharing_a_title(parts, post) or _places_sharing_a_title(parts, post):
        return units
    width = len(parts[0])
    if any(len(p) != width for p in parts[:-1]) or len(parts[-1]) <= width:
        return []
    title = parts[-1][width:]
    org_tail = title[: len(title) - len(post.title)]
    return [
        PostMention(p + title, p + org_tail, post.title, post.qualifiers, post.start, post.end)
        for p in (*parts[:-1], parts[-1][:width])
    ]


def _next_item(key_posts: str, kind: Kind) -> tuple[int, int, int, int, Kind, bool] | None:
    """Where the next item of a list with its verb stated once starts in ``key_posts``: (item
    start, name start, name end, end of the word after the name, the item's kind, whether the
    item's move ends the post describing its person), or None; an item starts at its name unless
    a description stands before it. An item may state a verb of its own (免去甲的X职务、任命乙为X):
    it is of that verb's kind."""
    named = described = None
    pos = 0
    quotes = short_quotes(key_posts) if "“" in key_posts else []
    # (each separator tried in turn: a match from an earlier one may have run over the next, as
    # 、委员和乙同志请辞 over 和乙同志请辞)
    while (m := _ITEM_START.search(key_posts, pos)) is not None:
        pos = m.start() + 1
        if any(a < m.start() < b for a, b in quotes):
            continue  # 某市“产业强市,项目为王”攻坚行动…: a slogan's words, no item
        if key_posts[m.start()] in "和及" and (  # (免去甲的X职务及乙的Y职务)
            (not key_posts.endswith("职务", 0, m.start()) and not key_posts.startswith("同志", m.end("name")))
            or m.group("name")[-1] in _BODY_KIND_ENDS  # (…职务及党校的校长职务: the same person's post)
        ):
            continue  # (…委员和乙同志请辞Y: a person's item)
        item_kind = _VERBS[m.group("verb")] if m.group("verb") else kind
        removing = item_kind in _REMOVING_KINDS
        if (m.group("sep") in ("的", "")) == removing and is_name(m.group("name")):
            named = m.start("name"), m.start("name"), m.end("name"), m.end(), item_kind, False
            break
    if named is None and kind in _REMOVING_KINDS and "职务" in key_posts:
        named = _removal_item_without_de(key_posts, kind)
    # 甲调任X、某分局长乙调任Y: an item of a move with the person described before the name (one
    # starting after the named item's separator cannot be the nearer)
    last = named[0] - 1 if named else len(key_posts)
    for m in _MOVED_ITEM.finditer(key_posts):
        if m.start() > last:
            break
        if found := named_after_title(m.group("described")):
            at = m.start("described") + found[0]
            ends = m.group("verb") in ENDING_MOVES  # a plain 出任 ends no describing post
            described = m.start("described"), at, at + len(found[1]), m.end(), _VERBS[m.group("verb")], ends
            break
    if described is None and kind not in _REMOVING_KINDS and "为" in key_posts:
        # 聘任甲为X、某学院院长乙为Y: an item of the list's verb with its person described first
        for m in _DESCRIBED_ITEM.finditer(key_posts, 0, last):
            if found := named_after_title(m.group("described")):
                at = m.start("described") + found[0]
                described = m.start("described"), at, at + len(found[1]), m.end(), kind, False
                break
    if named and described:  # the nearer item is the next (、某局主秘乙升任X、原简任技正丙接任Y: not
        return described if described[0] <= named[0] else named  # 原简 at the third)
    return described or named


# Where an item of a removal list printed without 的 may start: after a post's 职务 and the
# separator between items (a list wrapped over clauses may separate them with , or ; too).
_AFTER_A_DUTY = re.compile(r"职务[、,;]")


def _removal_item_without_de(key_posts: str, kind: Kind) -> tuple[int, int, int, int, Kind, bool] | None:
    """The next item of a removal list whose names run straight into their posts (免去甲县财政局局长
    职务、乙县教育局副局长职务): a name of the usual length where the item after a 职务 opens, read
    on the item's own words up to its 职务; as _next_item gives it, or None."""
    for m in _AFTER_A_DUTY.finditer(key_posts):
        end = key_posts.find("职务", m.end())
        if end < 0:
            return None
        found = _name_by_length(key_posts[m.end() : end + 2])
        if found and _no_body_word(name := found[0][0][1]):
            at = m.end()
            return at, at, at + len(name), at + found[1], kind, False
    return None


def _no_body_word(name: str) -> bool:
    """Whether a name read before a post is no word of a body's that a surname opens (党组, 党校,
    文联, 宣传部: 免去甲的X职务、党组书记职务 is the same person's second post)."""
    body_word = name[-1] in _BODY_KIND_ENDS or name[-1] in "组联"
    return not body_word and not is_common_word(name, _NAME_AS_WORD)


def _other_person(c: Compact, start: int, key: str, state: State) -> Reading | None:
    # Its 其 stands at most 8 characters in (two lead-ins such as 会议 / 随后, 提请, 任命 before it).
    if not (state.person or state.subject) or not _ITS_PERSON.search(key, 0, 11):
        return None
    who, at = state.person, state.person_start
    # (甲—根据…规定，免除其担任X职务: the one named since, alone before the dash)
    if state.subject and (not who or state.subject_start > at):
        who, at = state.subject, state.subject_start
    if accepted := _ACCEPTED_ITS.match(key):  # 任命甲为X，接受其辞去Y职务的请求
        return _reading(c, start, who, Kind.RESIGN, accepted.start("rest"), len(key), at)
    if acting := _ACTING_ITS.match(key):  # 任命甲为某县副县长，并由其代理县长职务
        return _reading(c, start, who, Kind.APPOINT, acting.start("rest"), len(key), at, state.org)
    if not (m := _OTHER_PERSON.match(key)):
        return None
    own = (
        _ITS_OWN.match(key, m.end("its"))
        if m["verb"] in _REMOVING_VERBS
        else key.startswith("为", m.end("its"))
    )
    if m["its"] != "其" and not own:
        return (
            None  # (任命她的丈夫乙为…, 免去他推荐的乙的…: another person; 免去他的X职务, 任命他为X are his)
        )
    if m["its"] == "其" and _named_at_its(key, m.start("its")):
        return None  # 免去其其格的某职务: a Mongolian name opening with 其, not 其 the person before
    kind = _VERBS[m.group("verb")]
    if m.group("nom"):
        kind = NOMINATED.get(kind, kind)
    # (撤销其某政协委员资格(的决定): the membership is the post)
    end = len(key) - next((len(tail) for tail in _STANDING_ENDS if key.endswith(tail)), 0)
    return _reading(c, start, who, kind, m.start("rest"), end, at, state.org)


# A membership taken away from the person a removal just named, who is not named again
# (免去甲的某政协副主席职务、撤销某政协委员资格).
_REVOKED_TOO = re.compile(r"(?P<verb>撤销|罢免)(?P<rest>[^,;:的]{2,40}?(?:委员|代表))资格$")


def _revoked_too(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """…职务、撤销某政协委员资格: the membership of the person whose post the clause before ended."""
    if not state.person or not c.key.endswith("职务、", 0, start) or not (m := _REVOKED_TOO.fullmatch(key)):
        return None
    return _reading(
        c, start, state.person, Kind.REVOKE, m.start("rest"), m.end("rest"), state.person_start, state.org
    )


# What ends a clause that takes a membership away (撤销其某政协委员资格的决定).
_STANDING_ENDS = ("资格的决定", "资格")


def _named_at_its(key: str, at: int) -> bool:
    """Whether the 其 at ``at`` opens a transcribed name standing in a name's slot (免去其其格的…,
    任命其木格为…), not the pronoun."""
    ends = ("的", "为", "同志")
    return any(is_transcribed_name(key[at : at + n]) and key.startswith(ends, at + n) for n in (3, 4, 5, 6))


# 其担任某局局长的定期委任，自某日起续期一年 (Macao: the person a dispatch names before its dash).
# (终止其担任X的定期委任: the term ended)
_FIXED_TERM_HELD = re.compile(r"^(?P<ended>终止)?其?担任(?P<post>[^,]{2,40}?)的定期委任$")


def _term_renewed(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A fixed-term appointment renewed (甲—根据…，其担任X的定期委任，自某日起续期一年): appointed
    for the new term, the person being the dispatch's subject; or ended (终止其担任X的定期委任)."""
    m = _FIXED_TERM_HELD.match(key) if key.endswith("定期委任") and state.subject else None
    if not m:
        return None
    after = start + len(key)
    stop = c.key.find("。", after, after + 40)  # (the rest of its sentence: 自某日起续期一年)
    if not m.group("ended") and "续期" not in c.key[after : stop if stop >= 0 else after + 40]:
        return None
    a, b = m.span("post")
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    kind = Kind.REMOVE if m.group("ended") else Kind.APPOINT
    return Reading(state.subject, kind, tuple(posts), start, after) if posts else None


# Taiwan's president nominating to posts the Legislative Yuan consents to (提名甲为监察院副院长，并提名
# 乙、丙等2人为监察院监察委员，咨请立法院同意): proposed, not done.
_NOMINATED_FOR_CONSENT = re.compile(
    r"^(?:[^,]{0,30}规定,)?[^,提]{0,12}?(?:并|另)?提名(?P<who>[^,为]{2,40}?)(?:等[\d一二三四五六七八九十]{1,3}人)?为(?P<post>[^,]{3,30})$"
)
_CONSENT = re.compile("咨请立法院|立法院(?:同意|行使同意权)")


def _nominated_for_consent(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """提名甲为X under the Legislative Yuan's consent (咨请立法院同意, in the text): a nomination."""
    m = _NOMINATED_FOR_CONSENT.match(key) if "提名" in key[:40] else None
    if not m or m.group("post").endswith(("候选人", "人选")) or not _CONSENT.search(c.key):
        return None
    names = split_names(m.group("who"))
    if not names:
        return None
    who = printed(c, start + m.start("who"), names)
    state.kind = Kind.NOMINATE_APPOINT  # (…，乙为Y: the items after it are nominated too)
    return _reading(c, start, who, Kind.NOMINATE_APPOINT, m.start("post"), len(key), start + m.start("who"))


# 委任甲为X。免除乙上述职务 (Macao, and mainland 免去乙上述职务): the post the act before gave.
# (该职务, 这一职务, 此职: the post just told, as 上述职务)
_THE_POST_ABOVE = r"(?:上述|该|这一|这个|此)(?:职务|职位|职)"
_POST_ABOVE = re.compile(
    rf"^(?:同时|并)?(?P<verb>免去|免除|解聘)(?P<name>[\u4e00-\u9fff·]{{2,5}}?)(?:同志|先生|女士)?的?{_THE_POST_ABOVE}$"
)


# 甲任X；乙同志不再担任上述职务: the one who leaves them names himself first.
_CEASED_ABOVE = re.compile(
    rf"^(?:同时|并)?(?P<name>[\u4e00-\u9fff·]{{2,5}}?)(?:同志)?(?:将|已)?(?P<verb>不再担任|不再兼任){_THE_POST_ABOVE}$"
)
# 免去甲的X职务。乙近日已接任该职务: the one who takes them up after.
_TAKEN_ABOVE = re.compile(
    rf"^(?:同时|并)?(?P<name>[\u4e00-\u9fff·]{{2,5}}?)(?:同志)?(?:近日|日前)?(?:将|已)?(?P<verb>接任|继任){_THE_POST_ABOVE}$"
)
_ENDS_ABOVE = ("职务", "职位", "职")
_ABOVE = re.compile(_THE_POST_ABOVE)


def _removed_from_the_post_above(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """免除乙上述职务 / 乙不再担任上述职务: 乙 leaves the posts the reading before gave (its
    successor's)."""
    m = (
        (_POST_ABOVE.match(key) or _CEASED_ABOVE.match(key) or _TAKEN_ABOVE.match(key))
        if key.endswith(_ENDS_ABOVE)
        else None
    )
    if not m or not state.posts or not (names := split_names(m["name"])):
        return None
    if m["verb"] in ("接任", "继任") and state.kind not in _REMOVING | {Kind.RESIGN}:
        return None  # (免去甲的X，任命乙为Y。丙接任该职务: which post is untold; only one just left)
    who = printed(c, start + m.start("name"), names)
    kind = Kind.APPOINT if m["verb"] == "继任" else _VERBS[m["verb"]]  # (继任 is read here only)
    return Reading(who, kind, tuple(state.posts), start, start + len(key))


def _terminate(c: Compact, start: int, key: str, state: State) -> Reading | None:
    if "续期" in key and (renewed := _RENEWED.search(key)) and is_name(renewed["name"]):
        who = printed(c, start + renewed.start("name"), [(0, renewed["name"])])
        return _reading(c, start, who, Kind.APPOINT, renewed.start("post"), renewed.end("post"))
    numbered = _ITEM_NUMBER.match(key)  # (一、续期甲为…的委任: an order's item)
    lead = numbered.end() if numbered else 0
    # (自…起 before it)
    m = _TERMINATE.match(key, lead) if "终止" in key[: lead + 18] or key.startswith("续期", lead) else None
    if not m or (m["verb"] == "续期" and m["probation"]):
        return None
    rest = key[m.start("rest") : m.end("rest")]
    if rest.startswith("其") and m.group("probation") and (who := state.subject or state.person):
        # 甲同志试用期满考核不合格，…，终止其某处副处长试用期: 其 is the sentence's person
        return _reading(c, start, who, Kind.TERMINATE_PROBATION, m.start("rest") + 1, m.end("rest"))
    found = _names_before(rest, (*_HELD_AS_SEPS, "同志的", "作为", "为", "的", "同志"))
    if not found and not m.group("probation"):  # 终止甲某局局长的定期委任 (no 的 after the name)
        found = _names_by_length(rest) or _name_before_a_post(rest)
    if not found:
        return None
    names, post_at = found
    names = printed(c, start + m.start("rest"), names)
    kind = Kind.TERMINATE_PROBATION if m.group("probation") else Kind.REMOVE
    kind = Kind.APPOINT if m["verb"] == "续期" else kind
    return _reading(c, start, names, kind, m.start("rest") + post_at, m.end("rest"))


# How an appointment ended or renewed names its post after its person (甲同志担任, 甲先生出任).
_HELD_AS_SEPS = tuple(
    f"{who}{how}{verb}"
    for verb in ("担任", "出任")
    # (Macao: 终止甲以兼任方式担任某局副局长的委任: how the post was held, between the name and 担任)
    for how in ("", "以兼任方式", "以定期委任方式", "以委任方式")
    for who in (*ADDRESSES, "")
)


# 行政长官已接纳某局局长甲(提出)的辞职: the one described resigns from the post he is described by.
_RESIGNATION_ACCEPTED = re.compile(
    # (not 未同意, 拒绝接纳: a resignation refused)
    # (Hong Kong: 接纳某局局长甲基于个人及家庭理由提出的辞职: the reason between the name and 提出)
    r"^(?:[^,]{0,12}?)(?<![未不没尚])(?<!没有)(?<!拒绝)(?:已|已经)?(?:接纳|接受|批准|同意)了?(?P<who>[^,的]{3,40}?)"
    r"(?:(?:基于|因|以)[^,的]{1,12}?(?:理由|原因|因素))?(?:提出)?的(?:辞职|辞呈|请辞)"
    r"(?:请求|申请)?$"
)


# 某局委员甲的辞职已获接纳 (a Hong Kong gazette's or release's passive form).
_RESIGNATION_ACCEPTED_BY = re.compile(
    r"^(?P<who>[^,的]{3,40}?)(?:(?:提出)?的(?:辞职|辞呈)(?:请求|申请)?)(?:已经|已)?(?:获|被)(?:接纳|接受|批准)$"
)


def _resignation_accepted(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """接纳某局局长甲的辞职 / 某局委员甲的辞职已获接纳: 甲 resigns the post before his name (a
    resignation, reported as other)."""
    if key.endswith(("接纳", "接受", "批准")):
        m = _RESIGNATION_ACCEPTED_BY.match(key)
    else:
        m = (
            _RESIGNATION_ACCEPTED.match(key)
            if key.endswith(("辞职", "辞呈", "请辞", "请求", "申请"))
            else None
        )
    found = named_after_title(_without_address(m["who"])) if m else None  # (…委员甲女士的辞职)
    if not found:
        return None
    at = m.start("who")
    names = printed(c, start + at, [found])
    return _reading(c, start, names, Kind.RESIGN, at, at + found[0], start + at)


def _verb_first(c: Compact, start: int, key: str, state: State) -> Reading | None:
    # A verb stands within 30 characters, or further in after the deciding body and its meeting.
    reach = 100 if len(key) > 30 and _DECIDING_LEAD.search(key, 0, 100) else 40
    for m in _VERB_FIRST.finditer(key, 0, reach):  # the verb within reach; its rest runs on past it
        if m.group("verb") == "委任" and key.startswith("命", m.end("verb")):
            m = _VERB_FIRST.match(key, m.start("verb") + 1) or m  # 省委任命甲: 省委 then 任命, no 委任
        if m.end() >= len(key):
            continue  # a verb with nothing after it
        if key.startswith("方式", m.end("verb")):
            continue  # 以定期委任方式担任…: the means of an appointment, no verb over a name (方式)
        if m.group("verb") == "派" and not _opens_an_order(key, m.start("verb"), m.end("verb")):
            continue  # (派甲为… opens an order's line: 某派出所所长甲…, 该党派成员乙, 派出所… hold no verb)
        if m.start() > 30 and not _DECIDING_LEAD.search(key, 0, m.start()):
            return None
        if _told_as_past(key, m.start()):
            return None
        if m.group("verb") == "任" and (
            _ren_in_a_word(key, m.start("verb")) or key.startswith("满", m.end("verb"))
        ):
            continue  # 前任, 新任, 现任, 时任, 任满: a word, not the verb
        if m.group("verb") == "任" and _SURNAME_REN.match(key, m.start("verb")):
            continue  # 任华海同志任…: 任 is the surname of the person named
        if m.start("verb") and _PASSIVE_END.search(key, 0, m.start("verb")):
            continue  # 张三被免去… / 张三被依法罢免…: the person stands before the verb
        if (
            _ROLE_IN_SESSION.search(key)
            and _SESSION_PRESIDIUM.search(key, 0, m.start())
            and not _SOCIETY_PRESIDIUM.search(key, 0, m.start())
        ):
            return None  # 主席团会议推选甲为常务主席: a role in the sitting
        board = _BOARD_BEFORE.search(key, 0, m.start()) if "会" in key[: m.start()] else None
        if board:  # (某公司董事会选举甲为董事长: the company's)
            elided = c.text[start + board.start("company") : start + board.end("company")]
        else:  # (中共某县第N届委员会第一次全体会议选举甲为书记: the committee's)
            elided = (_electing_org(c, start, key[: m.start()]) if m.start() else "") or state.org
            elided = elided or (_congress_society(c, start, key[: m.end("verb")]) if m.start() else "")
            elided = elided or _company_announcing(c, start) or _unit_deciding(key[: m.start()])
        reading = _removed_subject(c, start, m, elided) or _verb_first_at(c, start, m, elided)
        if reading:
            return reading
    return None


# How an accountability notice tells a fault (…在某工作中履职不力 / 失职失责 / 处置失当).
_FAULTS = ("不力", "失职", "失责", "不到位", "不当", "失当", "不够", "不严", "不实", "不足", "不强", "违纪")


def _at_fault(key: str) -> tuple[int, str] | None:
    """(offset, name) of the person a clause telling a fault opens with, described by posts (某局局长
    甲在某工作中履职不力), or None."""
    at = key.find("在")
    found = named_after_title(key[:at]) if at > 2 else None
    return found if found and found[0] + len(found[1]) == at else None


# A punishment given (决定给予甲党内严重警告处分): the person punished, whom a removal after it names 其.
_PUNISHMENT = re.compile(r"给予(?P<rest>[\u4e00-\u9fff·]{2,30}?)处分")
# (对某镇党委书记甲给予…处分: the one punished described by his posts, before 给予)
_PUNISHED_DESCRIBED = re.compile(r"对(?P<who>[^,;:。对]{3,60}?)(?:同志)?给予[\u4e00-\u9fff]{2,20}?处分")
_PUNISHMENT_WORDS = (
    "同志",
    "党内",
    "政务",
    "行政",
    "警告",
    "严重",
    "记过",
    "记大过",
    "降级",
    "撤职",
    "开除",
    "留党",
)


def _punished(key: str) -> tuple[int, str] | None:
    """(offset, name) of the person a punishment is given (给予甲政务记过处分), or None."""
    m = _PUNISHMENT.search(key)
    if not m:
        return None
    rest, at = m["rest"], m.start("rest")
    n = next((n for n in (3, 2, 4) if is_name(rest[:n]) and rest.startswith(_PUNISHMENT_WORDS, n)), 0)
    return (at, rest[:n]) if n else None


# A clause that opens with its person, then 免去 and the post (1．甲　免去X职务, 甲同志免去X职务).
_SUBJECT_THEN_REMOVAL = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志)?\|?")


def _removed_subject(c: Compact, start: int, m: re.Match[str], elided: str) -> Reading | None:
    """甲同志免去X职务: the person named before 免去 is removed (not a name read after it)."""
    if m.group("verb") != "免去" or not m.start() or m.group("nom"):
        return None
    own = _SUBJECT_THEN_REMOVAL.fullmatch(m.string, 0, m.start())
    if not own or not is_name(own["name"]) or m.string.startswith("其", m.end()):
        return None
    names = printed(c, start, [(0, own["name"])])
    return _reading(c, start, names, Kind.REMOVE, m.end(), len(m.string), start, elided)


# A company's board or board of supervisors acting (某某股份有限公司第五届董事会第十次会议选举…).
_BOARD_BEFORE = re.compile(
    r"(?P<company>[\u4e00-\u9fff]{2,30}?(?:公司|集团|银行))(?:第[一二三四五六七八九十\d]{1,3}届)?"
    r"(?:董事会|监事会)(?:第[一二三四五六七八九十\d]{1,3}次(?:临时)?会议)?(?:审议通过|决定|同意)?$"
)


# 被 and what may stand between it and the act (被依法罢免).
_PASSIVE_END = re.compile(r"被(?:依法|依纪依法|依规依纪依法)?$")
# 决定甲副区长为某区代理区长: a name, the deputy head's title he holds, then 为.
_NAME_THEN_HEAD = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:常务)?副[省市区县州旗镇乡]长(?:同志)?为")


_DESCRIBED_LONGEST = 24  # (the longest description and name before 为 read so)
# What a person is, printed before the name (立法会议员乙, 教授丙), besides a title or a profession.
_DESCRIBED_ENDS = ("教授", "医生", "博士", "议员")


def _described_slot(rest: str) -> tuple[int, tuple[int, str]] | None:
    """Where 为 stands after a person described by a title or a profession and named (立法会议员甲为,
    大律师乙为: not 作为, nor two names run together), and the name: (offset of 为, (offset, name))."""
    cut = rest.find("为")
    if not 3 < cut <= _DESCRIBED_LONGEST or rest[cut - 1] == "作":
        return None
    found = person_in(rest[:cut])
    if not found or found[0] == 0 or found[0] + len(found[1]) != cut:
        return None
    described = rest[: found[0]]
    known = ends_with_title(described) or described.endswith(_DESCRIBED_ENDS)
    return (cut, found) if known or described.endswith(_PROFESSIONS) else None


def _verb_first_at(c: Compact, start: int, m: re.Match[str], elided: str = "") -> Reading | None:
    """任命A为X / 免去A的X职务 read from the verb at ``m``."""
    kind = _VERBS[m.group("verb")]
    removing = kind in _VERB_FIRST_REMOVING
    seps = (
        # 免去张三兼任的某局局长职务; 解聘甲先生公司财务总监职务
        # (免除甲担任某局副局长的职务: a Macao dispatch)
        # (免去甲、乙分别担任的X、Y职务: each his own)
        (
            "分别担任的",
            "同志的",
            "兼任的",
            "担任的",
            "所任的",
            "先生的",
            "女士的",
            "的",
            "同志",
            "先生",
            "女士",
            "担任",
        )
        if removing
        else (
            *("同志分别为", "分别为", "同志为", "为", "分别担任", "同志担任", "担任"),
            # 聘任甲连任该行行长 / 委任乙续任某局局长: 连任, 续任, not a name's 连 or 续
            *("分别出任", "出任", "同志任", "连任", "续任", "任"),
        )
    )
    slot = m.group("verb") in _NAMING_VERBS
    if slot and not removing:
        seps = ("同志兼任", "兼任", *seps)  # 任命甲兼任X: 兼 is no name's last character
    if m.group("verb") in ("宣布", "决定", "明确", "终止委任"):  # these name a post only as 宣布A为X
        seps = ("同志为", "为")
    rest = m.string[m.end() :]
    # (解除 only with 同志 or 的 after its name: 解除某县长一职 names a place, not a person)
    by_length = removing and m.group("verb") != "解除"
    found = _names_before(rest, seps, slot) or (_names_by_length(rest) if by_length else None)
    if not found and removing and slot and (bare := without_tail(rest)) != rest:
        # 免除甲交通部政务次长(的)职务; 免去乙某部副部长、党委副书记等职位 (the items' words after the last)
        found = _name_before_a_post(bare.removesuffix("的"))
    if not found and m.group("verb") == "决定" and (own := _NAME_THEN_HEAD.match(rest)) and is_name(own[1]):
        found = [(0, own[1])], own.end()  # 决定甲副省长为某省代理省长: his post between name and 为
    if not found and kind in (Kind.APPOINT, Kind.HIRE) and slot and (described := _described_slot(rest)):
        found = [described[1]], described[0] + 1  # 委任立法会议员甲为行政会议成员: after what he is
    addressee = _addressee(c, start) if not found and rest.startswith(_YOU_AS) else None
    if addressee:  # 甲同志：⏎…决定聘任你为X: a letter's 你 is whom it is addressed to
        found = [(0, rest[0])], 2
    if not found:
        return None
    names, post_at = found
    if m.group("verb") in _NOTICE_MOVES and _rank_only(rest, post_at):
        return None  # 明确甲同志为某局四级调研员: a rank, no post
    adopted = m.group("nom") and (
        _ADOPTED_PROPOSAL.search(m.string, 0, m.start()) or adopted_next(c.key, start + len(m.string))
    )
    if (m.group("nom") and not adopted) or (m.start() == 0 and _proposed_before(c.key, start)):
        kind = NOMINATED.get(kind, kind)  # 市委建议，免去甲…职务: proposed, not done
    if kind is Kind.APPOINT and m.string.endswith("正式", 0, m.start("verb")) and _served_probation(c, start):
        kind = Kind.CONFIRM  # 甲同志试用期满，…，市政府决定正式任命甲为X
    names = (addressee,) if addressee else printed(c, start + m.end(), names)
    post_at += m.end()
    return _reading(c, start, names, kind, post_at, len(m.string), start + m.start(), elided)


_YOU_AS = ("你为", "您为", "你的", "您的")
# A letter's salutation on its own line (甲同志：).
_SALUTATION = re.compile(r"(?:^|\n)(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:同志|先生|女士):\n")
_SALUTATION_REACH = 300


def _addressee(c: Compact, start: int) -> str | None:
    """The person a letter above ``start`` is addressed to (甲同志：⏎…), as printed; None if none."""
    # (the last salutation before the clause)
    last = deque(_SALUTATION.finditer(c.key, max(0, start - _SALUTATION_REACH), start), maxlen=1)
    if not last or not is_name(last[0]["name"]):  # (not 致甲先生, 小张同志: no name printed whole)
        return None
    return printed(c, last[0].start("name"), [(0, last[0]["name"])])[0]


# A proposal the clause reports adopted (会议审议通过了某市市长关于提请任命甲为X的议案): the act done.
_ADOPTED_PROPOSAL = re.compile(r"(?:审议|表决)(?:并|和)?(?:表决)?通过了?[^,;。]{0,30}?关于$")


# A civil servant's rank (职级) with no post: 一级主任科员, 四级调研员, 二级巡视员, 副调研员.
_RANK = re.compile(r"(?:[一二三四]级|副)?(?:主任科员|调研员|巡视员|科员)(?:[,;。]|$)")
# A notice's words that move a cadre to a post or a rank alike (提拔为, 职务调整为, 明确…为).
_NOTICE_MOVES = ("提拔为", "职务调整为", "明确")


def _rank_only(key: str, at: int) -> bool:
    """Whether what ``key`` names from ``at`` is one rank, maybe of a body (某局四级调研员), not a post."""
    rank = _RANK.search(key, at)
    return rank is not None and "、" not in key[at : rank.start()]


def _served_probation(c: Compact, start: int) -> bool:
    """Whether the sentence before ``start`` tells of a probation served (甲同志试用期满，经考核称职，
    决定正式任命…; 试用期满，正式任命：): a 正式 appointment after it is a confirmation. (Narrower
    than _on_probation, which any mention of a probation in a list's reach satisfies: a 正式任命
    later in a list that set a probation (试用期一年) is no confirmation.)"""
    told = c.key[sentence_start(c.key, start) : start]
    return any(word in told for word in _PROBATION_SERVED)


_PROBATION_SERVED = ("试用期满", "试用期已满", "试用期届满")


def _proposed_before(key: str, start: int) -> bool:
    """Whether the clause before the one at ``start`` ends with a proposal (市委建议，免去…): a
    _PROPOSED match in the 12 characters before it, looked for only when they end with its word."""
    lo, hi = max(start - 12, 0), max(start - 1, 0)
    hi_word = hi - (key[hi - 1 : hi] == "\n")  # ($ stands at the end, or before a last line break)
    if not key.endswith(_PROPOSING, lo, hi) and not key.endswith(_PROPOSING, lo, hi_word):
        return False
    return _PROPOSED.search(key, lo, hi) is not None


def _own_person_after(key: str, at: int) -> bool:
    """Whether the clause names its own person right after its verb (同时免去甲的X职务, 任命乙为Y):
    then it goes on with no person of a clause before."""
    return any(is_name(key[at : at + n]) and key.startswith(("的", "同志", "为"), at + n) for n in (2, 3, 4))


# A leaving told in a clause of its own after its people (…，都将在22日退休 / ，已卸任).
_LEAVES = re.compile(
    r"^(?:都|均|也|亦|则)?(?:已|将)?(?:于|在)?(?:\d{1,2}日|近日|日前|月底|年底)?(?:到龄|届龄)?"
    r"(?P<verb>退休|荣退|卸任|被免职|被撤职)$"  # (某镇镇长甲在防汛中失职失责，被免职)
    # (Taiwan's orders: 某会主任委员甲另有任用，应免本职)
    r"|^(?P<relieved>(?:应予?|准予?)免(?:本职|职))$"
)
_LEAVING_KINDS = {
    "退休": Kind.RESIGN,
    "荣退": Kind.RESIGN,
    "卸任": Kind.CEASE,
    "被免职": Kind.REMOVE,
    "被撤职": Kind.REVOKE,
}


def _described_leave(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """People described each by his post in the clause before, leaving in this one (民航局长甲及某所
    所长乙，都将在22日退休): each the post he is described by."""
    one = len(state.subject) == 1 and state.subject_held  # (one person may hold several posts)
    if not state.subject or not (one or len(state.subject_held) == len(state.subject)):
        return None
    if not (m := _LEAVES.match(key)):
        return None
    posts = tuple(replace(p, start=0, end=0) for p in state.subject_held)  # (printed in the clause before)
    kind = _LEAVING_KINDS[m["verb"]] if m["verb"] else Kind.REMOVE  # (应免本职: relieved of the post)
    return Reading(state.subject, kind, posts, state.subject_start, start + len(key), len(state.subject) > 1)


def _named_before(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A verb and a post whose person stood alone in the clause before (名单: 张三，任某局局长)."""
    if not state.subject:
        return None  # (no person stood alone before: the verbs, costly to try, are not)
    m = _BARE_VERB.match(key) or _HIRED_AS.match(key)
    if not m or _own_person_after(key, m.end()) or _before_the_act(key, m.end(), m.group("verb")):
        return None
    if m.groupdict().get("succeeded") in state.subject:
        return None  # 甲辞去X职务，接替甲出任…: the one succeeded is no subject taking a post
    if _conditional(c, start, key):
        return None  # 若甲当选县长，则不再担任某局局长: what would follow, no act
    if m.group("verb") == "调任" and moves_into_a_body(key):
        return None  # …的甲，则调任某院任党组书记: the body moved into, then the titles (moved_into)
    same_sentence = not _SENTENCE_STOP.search(c.key, state.subject_start, start)
    if not same_sentence and m.re is _BARE_VERB and (m.group("day") or m.group("where")):
        return None  # 林某⏎…。2021年1月，在某会议上当选为…: a profile's step, not the name's own clause
    if not same_sentence and _DATED_STEP.fullmatch(c.key, sentence_start(c.key, start), start):
        return None  # 张某，男，…。⏎2021年6月起，任某县委书记: a profile's last step, dated by its year
    if same_sentence and _YEAR_STEP.match(c.key, clause_start(c.key, max(0, start - 1))):
        return None  # 甲，…，2015年任某市委副书记，兼某党校校长: the step's second post, a profile's too
    kind = _VERBS[m.group("verb")]
    if m.group("verb").endswith(("正式任命为", "正式聘任为")) and _served_probation(c, start):
        kind = Kind.CONFIRM  # 甲同志试用期满，经考核合格，正式任命为X: the probation served
    after = m.end() + key.startswith("其", m.end())  # (给予甲…处分，并免去其X职务: 其 is the subject)
    held_each = state.subjects_held[0] == state.subject_start and same_sentence
    if len(state.subject) > 1 and held_each and kind in _REMOVING_KINDS:
        return _each_by_title(start, key, after, kind, state)
    # 甲已到某局任职，任局长: the unit the subject joined, named in its clause
    elided = state.joined[1] if same_sentence and state.joined[0] == state.subject_start else ""
    if not elided and same_sentence and (held := _held_title(state.subject_held, key[after:])):
        # 某市原副市长甲，…，不再担任副市长职务 / 现年60岁的某银行行长乙，已于日前辞去行长职务: the
        # bare title is the post the subject is described by
        elided = held.org
    # (该行董事会收到甲的辞职报告。甲因个人原因，辞去副董事长、行长职务: the bank's titles)
    elided = elided or _board_owner(c, start)
    reading = _reading(c, start, state.subject, kind, after, len(key), state.subject_start, elided)
    if reading and _paired_by_he(key, reading):
        reading = replace(reading, pairwise=True)  # 甲和乙接受任命，出任X和Y: the first X, the second Y
    if reading and _of_each_own(reading):
        # 甲公司总经理A、乙集团副总经理B，分别升任各自公司董事长、总经理: each his own body, or none
        subjects = c.key[state.subject_start : start].rstrip(",")
        reading = _each_own_body(c, state.subject_start, _without_reason(subjects), reading)
        if _of_each_own(reading):
            return None
    if reading and m.group("verb") in ENDING_MOVES and len(state.subject) == 1 and same_sentence:
        return replace(reading, ended=state.subject_held)  # 原某大学党委书记甲，转任…: that post ends
    return reading


def _paired_by_he(key: str, reading: Reading) -> bool:
    """Whether two people named before take two posts of two bodies joined by 和 (甲和乙…，出任某院代院长和
    某检察院代检察长): one each, in turn (a list by 、 is of posts each holds: 任某局副局长、党组成员)."""
    posts = reading.posts
    return (
        len(reading.names) == len(posts) == 2
        and "和" in key
        and "、" not in key
        and posts[0].org != posts[1].org
        and all(p.org for p in posts)
    )


def _each_by_title(start: int, key: str, after: int, kind: Kind, state: State) -> Reading | None:
    """…，免去其书记、镇长职务 after several people each described by posts: each leaves the post of
    the title told in turn (the first the 书记 he is described by, the next his 镇长)."""
    titles = key[after:].removesuffix("职务").split("、")
    each = state.subjects_held[1]
    if not len(titles) == len(state.subject) == len(each):
        return None  # (the titles are not one each)
    readings = []
    for name, held, title in zip(state.subject, each, titles, strict=True):
        post = next((p for p in held if to_key(p.post).endswith(title)), None)
        if post is None:
            return None
        readings.append(Reading((name,), kind, (replace(post, start=0, end=0),), start, start + len(key)))
    return replace(readings[0], more=tuple(readings[1:]))


# A profile's step opened by its year and month alone (2021年6月起，任…; 2019年3月，…).
_DATED_STEP = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:起|至今|以来)?,")
# A profile's step told with its year before its verb (2015年任某市委副书记, 2019年3月起担任…).
_YEAR_STEP = re.compile(
    r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:起|至今|以来)?,?(?:任|担任|调任|升任|兼任|出任|转任)"
)
# 接替调任某职的甲 / 接替刚升任某职的前省长乙: the one succeeded has moved to the posts told.
_SUCCEEDED_MOVED = re.compile(
    r"^(?:并|而|准备|将)?(?:接替|接任)了?(?:已|刚|刚刚|此前)?(?:调任|升任|转任|改任|出任)"
    r"(?P<posts>[^,;:。的]{2,40})的(?P<who>[^,;:。的]{2,16})$"
)


def _succeeded_moved(c: Compact, start: int, end: int) -> Reading | None:
    """A clause that tells only whom the subject succeeds and where that one moved (…，接替调任省发改委
    党组书记的甲): the one succeeded is appointed to those posts (read apart from the clause reader, so
    the sentence's subject stays the successor: …，接替…的甲，出任某职 is the subject's)."""
    key = c.key[start:end]
    if (m := _SUCCEEDED_MOVED.match(key)) is None:
        return None
    who = m["who"]
    found = person_in(who)
    if found is None or found[0] + len(found[1]) != len(who):
        return None
    at = m.start("who") + found[0]
    a, b = m.span("posts")
    return _reading(c, start, printed(c, start + at, [(0, found[1])]), Kind.APPOINT, a, b, start)


# 填补甲调任某职后留下的职缺 / 因乙升任某职而产生的某职务空缺: the move told as the vacancy's cause.
_VACANCY_CAUSE = re.compile(
    r"(?:填补了?因?|因)(?P<who>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:调任|升任|转任|调往)(?P<posts>[^,;:。]{2,40}?)"
    r"(?:后|而)(?:留下|产生|空出)的(?P<left>[^,;:。]{0,30}?)(?:职务)?(?:职缺|空缺)"
)


def _vacancy_left_by(c: Compact, start: int, end: int) -> Reading | None:
    """填补甲调任某职后留下的职缺: the one who left moved to those posts (and left the post the
    vacancy is, when the clause names it: …而产生的某省委秘书长职务空缺)."""
    m = _VACANCY_CAUSE.search(c.key, start, end)
    if m is None or not is_name(m["who"]):
        return None
    who = printed(c, m.start("who"), [(0, m["who"])])
    a, b = m.start("posts") - start, m.end("posts") - start
    moved = _reading(c, start, who, Kind.APPOINT, a, b, start)
    if moved is None or not m["left"]:
        return moved
    a, b = m.start("left") - start, m.end("left") - start
    left = _reading(c, start, who, Kind.REMOVE, a, b, start)
    return replace(moved, more=(*moved.more, left)) if left else moved


# 甲首次以某省委常委、组织部部长身份公开亮相: news of a post taken, told by the first appearance in it.
_APPEARED_AS = re.compile(
    r"(?:首次|首度|已)?以(?P<posts>[^,;。]{3,60}?)(?:的)?(?:新)?身份(?:首次|首度)?(?:公开)?(?:亮相|露面)$"
)


def _appeared_as(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """甲首次以某职身份公开亮相: the person named before it has taken up the posts."""
    m = _APPEARED_AS.search(key) if key.endswith(("亮相", "露面")) else None
    if not m or not (names := _names_at_end(key[: m.start()])):
        return None
    who, (a, b) = printed(c, start, names[1]), m.span("posts")
    return _reading(c, start, who, Kind.APPOINT, a, b, start + names[0], state.org)


# 免去某办副主任甲的职务: the person named after the posts removed, 的职务 with no post after it
# (免去某镇镇长甲职务, 免去某镇镇长甲一切职务: the 的 left out; 免去现任某处处长乙的主要官员职务: Hong
# Kong's principal officials).
_REMOVED_DESCRIBED = re.compile(
    r"(?:免去|免除|撤销)(?P<described>[^,;:。的]{4,40}?)的?(?:一切|全部|所有|主要官员)?职务$"
)


def _removed_by_description(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """免去港澳办副主任钟波的职务: the posts that describe the person are the posts removed."""
    if not key.endswith("职务") or (m := _REMOVED_DESCRIBED.search(key)) is None:
        return None
    found = named_after_title(m["described"])
    if found is None:
        return None
    at = m.start("described")
    who = printed(c, start, [(at + found[0], found[1])])
    return _reading(c, start, who, Kind.REMOVE, at, at + found[0], elided=state.org)


def _removed_from_described(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某市委书记张三被免职 / 辞职: a removal or a resignation that names no post is of the posts the
    person is described by."""
    if not (marker := _removal_marker(c, start, key)):
        return None
    at, kind = marker
    described = key[:at]
    if kind is Kind.APPOINT and (each := _each_described(c, start, key, at, Kind.APPOINT)):
        return each
    if kind is Kind.APPOINT and not named_after_title(described):
        return None  # (某县副县长、代理县长甲到任: one person of several posts, read below)
    # (…及… inside one body's name, 创新科技及工业局局长甲: one person, read below)
    several = len(_described_parts(described)) > 1 and _each_described(c, start, key, at, kind)
    if several:
        return several  # 原某局局长甲和某局局长乙同时退休: each described by the post they leave
    if kind is Kind.REMOVE and (former := _NAME_THEN_FORMER.fullmatch(described)) and is_name(former["name"]):
        # 甲(原某大学党委书记)另有任用: the post in the bracket ends
        a, b = former.span("post")
        posts = read_posts(c.text[start + a : start + b], key[a:b])
        who = printed(c, start, [(0, former["name"])])
        return Reading(who, kind, tuple(posts), start, start + len(key)) if posts else None
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
    if on is not None and on.group().startswith(_PROPOSING):
        return None
    lead = max(closed, told, on.end() - 1 if on else -1, *_accepted_at(key, found[0])) + 1
    lead += len(NOW_HELD.match(key, lead).group())  # 现任旅游局局长某某卸任: the post is 旅游局局长
    # (甲任某报社社长，原社长乙卸任: a bare title is of the post the clause before gave)
    elided = state.org if key.startswith("原", lead - 1) else ""
    # (某公司举行董事长交接典礼，卸任董事长甲届龄退休: the company's)
    elided = announced_body(key[lead : found[0]], state) or elided
    reading = _reading(c, start, printed(c, start, [found]), kind, lead, found[0], start + lead, elided)
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


def _described_clauses_before(c: Compact, start: int, kind: Kind) -> list[Reading]:
    """The people the clauses right before ``start`` name, each a clause of posts and a name and
    nothing more (某镇党委书记甲，某镇党委副书记、镇长乙，…), a comma between each: each leaving those
    posts by the act ``kind``, first first; [] when the clause before is no such."""
    readings: list[Reading] = []
    end = start - 1
    while end > 0 and c.key[end] == ",":
        begin = clause_start(c.key, end)
        clause = c.key[begin:end]
        if not _described_whole(clause):
            break
        found = named_after_title(clause)
        de = clause.rfind("的", 0, found[0]) + 1  # (分管安全工作的负责人、某镇党委委员甲: after 的)
        posts = _described_posts(c, begin + de, clause[de : found[0]])
        if not posts:
            break
        who = printed(c, begin, [found])
        readings.insert(0, Reading(who, kind, tuple(posts), begin, end))
        end = begin - 1
    return readings


def _dismissed_by_body(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """决定对某所所长甲、副所长乙等2人予以免职: each person leaves the post described before the name
    (a bare title of the first's organisation)."""
    if key.endswith(")") and (note := key.rfind("(")) > 0:
        key = key[:note]  # (…予以免职(有关行政职务按法定程序办理): a note on the procedure)
    m = _DISMISSED_BY.search(key) if key.endswith(("职", "理", "分")) else None
    if not m or key.endswith(_PROPOSING, 0, m.start()):
        return None  # (调查组建议对甲先期免职: proposed, not done)
    parts = m.group("who").split("、")
    if all(map(is_name, parts)):  # 对甲、乙予以免职 / 给予甲免职处理: each described earlier on
        return _dismissed_described_before(c, start, key, m, parts)
    described = _posts_of_each(c, start + m.start("who"), m.group("who"))
    if described is None or any(len(posts) != 1 for posts in described[1]):
        return None  # (each one post: 对某所所长甲、副所长乙予以免职)
    kind = Kind.REVOKE if m.group("act") == "撤职" else Kind.REMOVE
    span = (start + m.start(), start + len(key))
    readings = [
        Reading((name,), kind, (replace(posts[0], start=0, end=0),), *span)
        for name, posts in zip(*described, strict=True)
    ]
    return replace(readings[0], more=tuple(readings[1:]))


# The 对 that opens the one an act is on (决定对某局局长甲…), not 对外 of a body's name (对外联络部).
# (责令某市副市长甲辞职: the body's order on whom, no part of the post)
_ON_WHOM = re.compile(r"(?:^|决定|研究|建议|提议|同意)对(?!外)|责令")


def _posts_of_each(
    c: Compact, start: int, who: str
) -> tuple[tuple[str, ...], tuple[tuple[PostMention, ...], ...]] | None:
    """Several people each described by posts before the name (某镇党委书记甲、党委副书记兼镇长乙, the
    list's body carried on), ``who`` at ``start`` in ``c``: their names, and each one's posts; None
    unless every item is one."""
    items, described, at = [], [], 0
    for part in who.split("、"):
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
    each = tuple(tuple(p for p in posts if o <= p.start < e) for o, e in zip(offsets, bounds, strict=True))
    if not all(each):
        return None
    return printed(c, start, items), each


# 对某所所长甲、副所长乙等2人予以免职 / 给予撤职处分: a body's dismissal of the persons it names
# (给予某镇镇长甲免职处理: the dismissal given, its person after 给予).
_DISMISSED_BY = re.compile(
    r"(?:对(?=[^,;:对]{2,80}?(?:予以|作出|给予|作|先期|先行)(?:免职|撤职))|给予)"
    r"(?P<who>[^,;:对]{2,80}?)(?:等[\d一二三四五六七八九十]{1,3}人|等)?(?:同志)?"
    r"(?:予以|作出|给予|作|先期|先行)?(?P<act>免职|撤职)(?:处理|处分)?$"
)


def _dismissed_described_before(
    c: Compact, start: int, key: str, m: re.Match[str], names: list[str]
) -> Reading | None:
    """Each of ``names`` dismissed (``m``: _DISMISSED_BY's match) leaves the posts the text described
    the name by before (因某区区长甲、某委主任乙履职不力，…决定对甲、乙予以免职); None unless each was."""
    kind = Kind.REVOKE if m.group("act") == "撤职" else Kind.REMOVE
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
        lo = max([lo] + [k + 1 for k in range(lo, at) if c.key[k] == "、" and _described_whole(c.key[lo:k])])
        found = named_after_title(c.key[lo : at + len(name)])
        if found and found[1] == name and lo + found[0] == at:
            posts = _described_posts(c, lo, c.key[lo:at])
            if posts:
                return tuple(replace(p, start=0, end=0) for p in posts)
        at = c.key.rfind(name, 0, at)
    return ()


def _removal_marker(c: Compact, start: int, key: str) -> tuple[int, Kind] | None:
    """Where the words that end (or take up) the posts a clause's person is described by start,
    and the act they tell: 被免职, 辞职, 卸任, 上任…; 另有任用 before 应予免职 (an order's removal)."""
    if key.endswith(_REASSIGNED) and (
        c.key.startswith(_DISMISSED, start + len(key)) or _FORMER_POST_BEFORE.search(key, 0, len(key) - 4)
    ):  # 某部政务次长甲另有任用，应予免职; 原某大学党委书记甲另有任用 / 甲(原某大学党委书记)另有任用
        return len(key) - len(_REASSIGNED), Kind.REMOVE
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
    return m.start(), Kind.REVOKE if m.group("revoke") else Kind.CEASE if m.group("cease") else Kind.RESIGN


# A grade in brackets between a post and its holder's name (某县委书记(正处级)甲): part of the description.
_GRADE_BEFORE_NAME = re.compile(r"\([^()]{1,8}级\)$")
# What a clause _REMOVED_BARE reads can end with (a cheap test before the regex).
_REMOVED_BARE_ENDS = tuple("职务辞任准批新岗休退子府命作国假伍建台离县市区镇乡地位")
# An order's removal: 某部政务次长甲另有任用，应予免职 (the posts the person is described by end);
# so is a list's item that describes the person by the post held before (原…, (原…)).
_REASSIGNED = "另有任用"
_NAME_THEN_FORMER = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\(原(?P<post>[^()]{2,30})\)")
_FORMER_POST_BEFORE = re.compile(r"^原|\(原[^()]{2,30}\)$")
_DISMISSED = (",应予免职", ",予以免职", ",均应予免职", ",均予免职")  # (甲、乙另有任用，均应予免职)


def _accepted_at(key: str, end: int) -> list[int]:
    """Where the last accepting or announcing word before ``end`` ends, less one (for a lead after
    it: 会议接受…, 中国宣布…); [] if none."""
    at = max(key.rfind(word, 0, end) for word in (*_ACCEPTING, *_ANNOUNCING))
    return [at + 1] if at >= 0 else []


def _each_described(c: Compact, start: int, key: str, verb_at: int, kind: Kind) -> Reading | None:
    """某局副局长甲和某局副局长乙已于7月1日上任 / 原某局局长甲和某局局长乙同时退休: each person takes
    up or leaves the post they are described by."""
    readings: list[Reading] = []
    at = 0
    for part in _described_parts(key[:verb_at]):
        # 原某局局长: the post is 某局局长 (and 某会议选举的某检察院检察长甲: it starts after 的)
        de = part.rfind("的") + 1
        de += len(_ASIDE_LEAD.match(part, de).group())  # (另外原某局长甲…退休: 另外 leads the clause)
        lead = de + len(NOW_HELD.match(part, de).group())
        if not _described_whole(part[lead:]):
            return None
        found = named_after_title(part[lead:])
        names = printed(c, start + at + lead, [found])
        span = (at + lead, at + lead + found[0])
        reading = _reading(c, start, names, kind, *span, start)
        if readings and (reading is None or not reading.posts[0].org):
            # 某镇党委书记甲、镇长乙 / 、副书记乙: the bare titles are of the body before
            posts = _of_the_body_before(c, start, readings[-1], span)
            reading = Reading(names, kind, posts, start, start + len(key)) if posts else reading
        if reading is None:
            return None
        # (某公司原董事长甲、某公司原董事长乙退出: the posts left are 某公司董事长)
        readings.append(replace(reading, end=start + len(key), posts=tuple(map(without_yuan, reading.posts))))
        at += len(part) + 1
    if not readings:
        return None
    return replace(readings[0], more=tuple(readings[1:]))


def _of_the_body_before(
    c: Compact, start: int, before: Reading, span: tuple[int, int]
) -> tuple[PostMention, ...] | None:
    """The posts printed at ``span`` of the clause, which name no body, read with the body of the
    post ``before`` holds, as if printed after it (某镇党委书记、镇长: 某镇镇长); None unless each
    then names one."""
    held = before.posts[-1]
    a, b = span
    titles = c.key[start + a : start + b]
    if (level := _LEVEL_HEAD.fullmatch(titles)) is not None:
        # 某县县委书记甲、县长乙: the county's 县长 (not 某交通局局长甲、副市长乙: no 市 of the bureau's)
        place = re.match(f"[^{level['level']}]+{level['level']}", to_key(held.org))
        if place is None or len(place.group()) < 3:
            return None
        return (post_of(held.org[: place.end()], c.text[start + a : start + b]),)
    text = f"{held.post}、{c.text[start + a : start + b]}"
    posts = read_posts(text, f"{to_key(held.post)}、{titles}")[1:]
    if not posts or not all(p.org for p in posts):
        return None
    return tuple(replace(p, start=0, end=0) for p in posts)


# The head of a place's government, its level named by the title (县长, 副市长, 常务副区长), bare.
_LEVEL_HEAD = re.compile(r"(?:代理|代|常务副|副)?(?P<level>[省市县区镇乡州旗])长")


# A report turning to another matter (另外原某局长甲…退休): the turn is no part of the post.
_ASIDE_LEAD = re.compile(r"(?:另外|此外|同时|其中|而)?")


def _described_people(
    c: Compact, start: int, key: str
) -> tuple[tuple[str, ...], tuple[PostMention, ...]] | None:
    """Two or more people each described by one post and nothing more (民航局长甲及运输研究所所长乙):
    their names and their posts, one each in order; else None."""
    parts = _described_parts(key)
    if len(parts) < 2 or not all(map(_described_whole, parts)):
        return None
    names: list[str] = []
    posts: list[PostMention] = []
    at = 0
    for part in parts:
        found = named_after_title(_without_address(part))
        held = read_posts(c.text[start + at : start + at + found[0]], part[: found[0]])
        if len(held) != 1:
            return None
        names += printed(c, start + at, [found])
        posts.append(held[0])
        at += len(part) + 1
    return tuple(names), tuple(posts)


def _described_parts(text: str) -> list[str]:
    """``text`` cut into its described people at 、, 和, 与, and at 及 where a described person
    stands on both sides (某局长甲及某所长乙; not 文化体育及旅游局副局长甲)."""
    parts = []
    for part in re.split("[、和与]", text):
        ands = (i for i, ch in enumerate(part) if ch == "及")
        cut = next((i for i in ands if _described_whole(part[:i]) and _described_whole(part[i + 1 :])), 0)
        parts.extend((part[:cut], part[cut + 1 :]) if cut else (part,))
    return parts


def _described_whole(part: str) -> bool:
    """Whether ``part`` is a person described by a post and nothing more (某局局长甲, 副总经理乙先生)."""
    bare = _without_address(part)
    found = named_after_title(bare)
    return found is not None and found[0] + len(found[1]) == len(bare)


def _without_address(part: str) -> str:
    """``part`` without how its person is addressed at its end (副总经理乙先生 -> 副总经理乙)."""
    return next((part.removesuffix(a) for a in ADDRESSES if part.endswith(a)), part)


# A clause opening with a body's name (某钢铁股份有限公司党委书记…): no word of an act before it.
_BODY_NAMED = re.compile(f"[^任为曾时代的由原转调,]{{2,24}}?(?:{'|'.join(BODY_ENDS)})")


def _place_named_before(c: Compact, start: int, place: str) -> bool:
    """Whether ``place`` (a name's characters and a level's: 兰泉新区) was printed earlier in the
    sentence before ``start``: then it is that place, not a name and its post's level."""
    if len(place) < 3 or place[-1] not in "省市县区州旗镇乡":
        return False
    return c.key.find(place, sentence_start(c.key, start), start) >= 0


def _whole_post(c: Compact, start: int, key: str) -> bool:
    """Whether the clause is nothing but posts that name their organisation (中共某镇纪律检查委员会书记)."""
    if not (_PLACE_START.match(key) or _BODY_NAMED.match(key, 0, 30)):
        return False  # a post that names its place (中共某镇…) or body (某股份有限公司…), not a clause
    return _only_posts(c, start, key)


def _only_posts(c: Compact, start: int, key: str) -> bool:
    """Whether the clause is nothing but posts, each with its organisation, and no act's word."""
    if len(key) > 40 or not is_han(key[:1]) or not ends_with_title(key) or _CUE.search(key):
        return False  # (a list's mark opening it, ，、委员: no post of its own)
    posts = read_posts(c.text[start : start + len(key)], key)
    return bool(posts) and posts[0].start == 0 and all(p.org for p in posts) and posts[-1].end == len(key)


def _name_then_post(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A line "NAME POST" under a list's verb (按期正式任职：⏎张三　某局副局长)."""
    if state.kind is None or not _alone_on_its_line(c, start, len(key)):
        return None
    found = _names_by_length(key)
    if not found:
        return None
    names, at = found
    if _FORMER_POST.match(key, at) or (key.startswith("为", at) and _FORMER_POST.match(key, at + 1)):
        return None  # 乙为前某县县长: a profile's post held before, no row
    if key.startswith(("晋升", "晋级"), at):
        return None  # 乙同志晋升为一级主任科员: a rank, in a list of posts (no post: no event)
    elided = state.list_org or _company_announcing(c, start)  # (经董事会研究，决定聘任：⏎甲　总经理)
    return _reading(c, start, printed(c, start, names), state.kind, at, len(key), elided=elided)


# An item of a list told with a bare 任 after its person (甲同志任某镇副镇长), not with a verb of its own.
_REN_ITEM = re.compile(r"[\u4e00-\u9fff·]{2,5}?(?:同志)?任(?![命免职])")


def _confirmed(reading: Reading) -> Reading:
    """``reading`` (and its further items) as the confirmation of the posts it appointed to."""
    more = tuple(replace(r, kind=Kind.CONFIRM) if r.kind is Kind.APPOINT else r for r in reading.more)
    return replace(reading, kind=Kind.CONFIRM, more=more)


def _post_and_holders(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A row "POST NAMES" under a list's verb (按期正式任职：⏎县委办公室副主任甲、乙; 党政办公室：
    主任甲；副主任乙、丙, after its unit's clause): the post, then its holders."""
    if state.kind is None or not _a_row(c, start, len(key)) or (row := _post_row(key)) is None:
        return None
    above = c.key[c.key.rfind("\n", 0, max(0, c.key.rfind("\n", 0, start))) + 1 : start]
    if _ATTENDING.search(above):
        return None  # 出席会议的有：⏎县人大常委会副主任甲、乙: who attended, no act
    at, names = row
    return _reading(c, start, printed(c, start, names), state.kind, 0, at, elided=state.list_org or state.org)


def _a_row(c: Compact, start: int, length: int) -> bool:
    """Whether the clause at ``start`` is a row: alone on its line, or one of the pairs after a
    unit's name and colon opening its line (党政办公室：主任甲；副主任乙)."""
    if _alone_on_its_line(c, start, length):
        return True
    end = start + length
    if c.key[start - 1 : start] not in (":", ";") or not (end == len(c.key) or c.key[end] in "\n。;"):
        return False
    line = c.key.rfind("\n", 0, start) + 1
    colon = c.key.find(":", line, start)
    return colon > line and _UNIT_BEFORE_COLON.fullmatch(c.key, line, colon) is not None


def _name_inside(post: str) -> bool:
    """Whether a name follows a title inside ``post`` (某局副局长甲某局副局长): two rows, not one post."""
    return any(
        post[p - 1] in _TITLE_LAST
        and any(is_name(post[p : p + n]) for n in (2, 3))
        and ends_with_title(post[:p])
        for p in range(2, len(post) - 2)
    )


_TITLE_LAST = frozenset("长任员记理师")


def _post_row(key: str) -> tuple[int, list[tuple[int, str]]] | None:
    """(where its names start, the names) of a row that prints a post, then the names of its
    holders; None if it is none."""
    if len(key) > _POST_ROW_LONGEST or not is_han(key[-1:]) or "," in key or "为" in key or "的" in key:
        return None  # (a clause of a sentence, 甲为X, 乙的X职务: no row)
    if _NO_ROW_WORDS.search(key):
        return None
    for at in range(max(2, len(key) - _NAMES_ROW_LONGEST), len(key) - 1):
        names = split_names(key[at:]) if ends_with_title(key[:at]) else None
        if names and len(names) == key.count("、", at) + 1:  # (one name an item: 甲、乙出席会议 is none)
            # (two rows run together, 某局副局长甲、乙某局副局长丙, make no post of the first)
            if "、" in key[:at] or _name_inside(key[:at]):
                return None
            return at, [(n + at, name) for n, name in names]
    return None


_POST_ROW_LONGEST = 60
_ATTENDING = re.compile("出席|列席|参加|到会")  # (the line above a list of those present)
# Words of a sentence, not of a row's post (正部级干部则是某职甲, 承董事会命 某公司秘书甲).
_NO_ROW_WORDS = re.compile("则是|就是|即是|[是了被]|将[于在要会]|已[经于]|承[\u4e00-\u9fff]{0,6}命")
_NAMES_ROW_LONGEST = 30  # (the names of a row: 甲、乙、丙)


# A unit's name before a row's colon (党政办公室：, 机电工程学院：, 县发展和改革局：).
def _place_label(key: str) -> bool:
    """Whether ``key`` is a place's name alone, a roundup's label before its items (银川市：)."""
    return 3 <= len(key) <= 10 and is_place_alone(key, "市县区州盟旗")


_UNIT_BEFORE_COLON = re.compile(
    r"[\u4e00-\u9fff]{1,24}(?:委员会|办公室|局|处|部|科|中心|学院|院|所|站|馆|队|厅|府|室|团|司|校)"
)


def _post_after_the_name(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A line "NAME，POST；" under a list's verb (任命：⏎张三，县财政局局长；): the post of the name
    standing as the clause before it on the same line."""
    if state.kind is None or not state.subject or start < 1 or c.key[start - 1] != ",":
        return None
    row_start = state.subject_start == 0 or c.key[state.subject_start - 1] == "\n"
    if not row_start or c.key.rfind(",", 0, start - 1) + 1 > state.subject_start:
        return None  # (a row opens its line with the name, the post right after: not 甲，现任…，某职)
    if not c.key.startswith(_ROW_ENDS, start + len(key)):
        return None
    if not _whole_post(c, start, key):
        return None
    return _reading(c, start, state.subject, state.kind, 0, len(key), state.subject_start)


# An election's result line: a title of two characters, then the names (县长：张三).
_TITLE_COLON_NAMES = re.compile(r"^[\u4e00-\u9fff]{2}:[\u4e00-\u9fff·、()]{2,80}$")
# A row of a list printed as a sentence: a name, a comma, a post (张三，县财政局局长).
_NAME_COMMA_POST = re.compile(r"^([\u4e00-\u9fff·]{2,4}),[^,]{3,40}$")
# What ends a row of a list printed as sentences (张三，县财政局局长；): a stop, the line's end.
_ROW_ENDS = (";", "。", "\n")


def _probation_served(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """张三同志某局副局长试用期满，按期正式任职: the person holds the post formally."""
    if not key.endswith("满") or not (m := _SERVED.match(key)):
        return None
    end = start + len(key)
    after = next((words for words in _CONFIRMED_AFTER if c.key.startswith(words, end)), None)
    if after is None or not is_name(m.group("name")):
        return None
    who = printed(c, start, [(0, m.group("name"))])
    reading = _reading(c, start, who, Kind.CONFIRM, m.start("post"), m.end("post"))
    return reading and replace(reading, end=end + len(after))  # the evidence runs to 正式任职


# (经考核合格，)按期正式任职 after a clause whose probation is served.
# (甲同志任某局副局长试用期满: the post may follow 任, as a county's notices print it)
# (甲同志（某镇党委副书记）试用期满: or in brackets)
_SERVED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,3})同志(?:任)?\(?(?P<post>[^,;:()]{3,40}?)\)?试用期(?:已)?满"
)
_CONFIRMED_AFTER = tuple(
    f",{lead}{done}" for lead in ("", "经考核合格,", "考核合格,", "经考核,") for done in _CONFIRMED
)


def _names_with_bracketed_posts(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """任命：张三（某局局长）、李四（某局局长） — under a list's verb, each name with its post in brackets."""
    if state.kind is None or not key.endswith(")") or not _BRACKETED_ITEMS.fullmatch(key):
        return None
    readings = []
    for m in BRACKETED_ITEM.finditer(key):
        a, b = m.span("post")
        posts = read_posts(c.text[start + a : start + b], key[a:b])
        if not is_name(m.group("name")) or not posts:
            return None
        who = printed(c, start + m.start("name"), [(0, m.group("name"))])
        readings.append(Reading(who, state.kind, tuple(posts), start + m.start(), start + m.end()))
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


# A notice signed by its head, title then name (市长　李振雄, 代市长：何晓东), over its date.
# The heads who sign and countersign a state's orders (中华人民共和国主席令, 总统令), each line one
# (总统　甲⏎行政院院长　乙): only such lines make a block of signers (a list of 某院院长　甲 lines is none).
_STATE_SIGNER = (
    r"(?:中华人民共和国主席|国务院总理|总统|总理|行政院院长|行政院长|国务院院长)[|:]?[\u4e00-\u9fff·]{2,4}"
)
_SIGNED_BY = re.compile(
    rf"{_STATE_SIGNER}|"
    # (its body first: 某县人民法院院长　甲 signs the court's proposal to the congress)
    r"(?:[\u4e00-\u9fff]{2,16}?(?:人民政府|人民法院|人民检察院|委员会|常委会))?"
    r"(?:代理|代|常务副|副)?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|院长|校长|董事长|局长|厅长|主席|行长|检察长)"
    r"[|:]?[\u4e00-\u9fff·]{2,4}"
    # (独立董事：甲、乙、丙 under a listed company's opinion: each signs; a head signs alone, so
    # 副院长：甲、乙 over a date is a list's line, not a signature)
    r"|(?:独立董事|董事|监事)[|:]?[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){0,4}"
)
_SIGNATURE_LONGEST = 24
_BY_ORDER = "承董事会命"
# The signer's title and name ending the clause under it (主席　甲, 公司秘书　乙).
_BY_ORDER_SIGNER = re.compile(
    r"(?:主席|董事长|执行董事|董事|公司秘书|行政总裁|总裁|总经理)[|:]?[\u4e00-\u9fff·]{2,4}$"
)
_BY_ORDER_REACH = 40  # (承董事会命, then the company's name, a line or two above its signer)


def _signature(c: Compact, start: int, end: int) -> bool:
    """Whether the clause stands on a line that signs the notice (市长　李振雄): the line above ends
    the notice's text with a stop, and the line below is its date or there is none."""
    # (its line is short: the breaks around it are sought near the clause only)
    line_start = c.key.rfind("\n", max(0, start - _SIGNATURE_LONGEST - 1), start) + 1
    line_end = c.key.find("\n", end, end + _SIGNATURE_LONGEST + 1)
    line_end = len(c.key) if line_end < 0 and len(c.key) - end <= _SIGNATURE_LONGEST else line_end
    if (line_start == 0 and start > _SIGNATURE_LONGEST) or line_end < 0:
        return False
    # 承董事会命⏎某有限公司⏎主席　甲: a Hong Kong announcement's signature, by order of its board
    ordered = _BY_ORDER in c.key[max(0, start - _BY_ORDER_REACH) : start + len(_BY_ORDER)]
    if ordered and _BY_ORDER_SIGNER.search(c.key, start, end):
        return True
    if line_end - line_start > _SIGNATURE_LONGEST or not _SIGNED_BY.fullmatch(c.key, line_start, line_end):
        return False
    return _signers_closed(c, line_start, line_end)


def _signers_closed(c: Compact, line_start: int, line_end: int) -> bool:
    """Whether the signer's line at [line_start, line_end) stands in a block of signers (总统　甲⏎
    行政院院长　乙: an order is countersigned) that the notice's last sentence opens and its date,
    or the page's end, closes."""
    above_start = c.key.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = c.key[above_start : max(0, line_start - 1)]
    return (above.endswith("。") or _signer_line(above)) and _signers_close_below(c, line_end)


def _signers_close_below(c: Compact, line_end: int) -> bool:
    """Whether the lines below a signer's are more signers, then a date line or nothing."""
    while True:
        below_end = c.key.find("\n", line_end + 1)
        below = c.key[line_end + 1 : below_end if below_end >= 0 else len(c.key)]
        if not below or date_line(below) is not None:
            return True
        if not _signer_line(below):
            return False
        if below_end < 0:
            return True
        line_end = below_end


def _signer_line(line: str) -> bool:
    return len(line) <= _SIGNATURE_LONGEST and _STATE_SIGNING.fullmatch(line) is not None


_STATE_SIGNING = re.compile(_STATE_SIGNER)


def _alone_on_its_line(c: Compact, start: int, length: int) -> bool:
    end = start + length
    return (start == 0 or c.key[start - 1] == "\n") and (end == len(c.key) or c.key[end] in "\n。;")


def _taken_over(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某部长张三请辞获准，由政务次长李四接任(部长): the successor takes the post just left (免去甲X
    职务，乙接任: named alone after a removal; 甲调任Y，其职由乙接任: the post the move ended)."""
    if not state.posts:
        return None
    if key.startswith(
        ("由", "其", "遗", "悬缺", "职缺", "原职", "改由", "并由", "将由", "暂由", "暂时由", "临时由")
    ):
        m = _TAKES_OVER.match(key) or (_SUCCEEDS.match(key) if key.startswith(_SUCCESSOR_NAMED) else None)
    elif not (key.startswith(("该", *_SUCCESSOR_NAMED)) or key.endswith(_SUCCEEDS_ENDS)):
        return None
    elif _SENTENCE_STOP.search(c.key, state.person_start, start):
        return None  # (该职务由乙接任, 乙接任: of a post read in the same sentence only)
    else:
        m = _TAKES_OVER.match(key) if key.startswith("该") else None  # 该职务由乙接任
        # (a post ended above: 乙接任 / 该省某委副主任乙接替其职 / 接任者为乙)
        if m is None and (state.kind in ENDS or state.left):
            m = _SUCCEEDS.match(key)
    if m is None:
        return None
    titled = m.groupdict().get("post") or ""
    if m.groupdict().get("verb") == "署理" and titled:
        return None  # 由乙署理某局副局长: the post printed after 署理, read as printed elsewhere
    at = next(g for g in ("who", "described", "named") if m.groupdict().get(g))
    who = m.group(at)
    found = person_in(who)  # (由前任外长乙接任: a description that ends in no title of the table)
    if not found:
        return None
    left = state.left[-1:]  # (某省委常委、组织部部长甲调任Y，其职由乙接任: the office, not the rank)
    if not left and key.startswith((*_VACANCY, "并由")) and state.kind in (Kind.APPOINT, Kind.HIRE):
        return None  # 甲升任主委，遗缺由乙接任: the post he left, which the text has not named as left
    posts = tuple(p for p in left or state.posts if not titled or to_key(p.post).endswith(titled))
    if not posts:
        return None
    if m.groupdict().get("verb") in ("代理", "暂代", "代任", "署理"):  # 遗缺由副局长乙代理(局长): acting
        posts = tuple(acting(_unit_run_in(p)) for p in posts[-1:])  # (the office, not the ranks before it)
    names = printed(c, start + m.start(at) + found[0], [(0, found[1])])
    reading = Reading(names, Kind.APPOINT, posts, start, start + len(key))
    if m.groupdict().get("verb") in SUCCESSION_MOVES and found[0]:  # 遗缺由某局长乙调任: his post ends
        return replace(reading, ended=left_by_move(c, start, key, m.start(at), m.start(at) + found[0]))
    return reading


def _unit_run_in(p: PostMention) -> PostMention:
    """``p`` with the unit its two-character head runs into made part of its organisation (交通部长:
    交通部's 部长; 台北市长: 台北市's 市长), so that its acting form is 交通部代理部长."""
    if not p.org or to_key(p.title)[:1] not in _RUN_IN_UNITS or not title_runs_in_its_unit(p):
        return p
    return replace(p, org=p.org + p.title[0])  # (the title keeps its unit: 部长)


_RUN_IN_UNITS = frozenset("部局处厅署院市县省区")


# 遗缺分别由甲及乙调任 / 并分别由原某区长丙、某区长丁转任: the successors of the people just read,
# in their order.
_TAKE_OVER_IN_TURN = re.compile(
    r"^(?:并|而)?(?:其遗缺|遗缺|其职务|职缺)?(?:则|将)?分别由(?P<who>[^,由]{4,60}?)(?:同志)?"
    r"(?P<verb>接任|接替|继任|调任|转任|升任|出任|担任)$"
)
# What joins the successors (甲、乙, 甲及乙, 甲和乙).
_SUCCESSORS_JOINED = re.compile(r"[、及和与]")


def _items_posts(reading: Reading) -> tuple[PostMention, ...]:
    """The post of each person a reading names, in order (甲、乙分别任X、Y: X, Y; 某局长甲、某所长乙
    退休: the items' posts), for successors named in turn after it; () unless one post each."""
    if reading.pairwise:
        return reading.posts if len(reading.posts) == len(reading.names) else ()
    items = (reading, *reading.more)
    if any(len(r.names) != 1 or len(r.posts) != 1 for r in items):
        return ()
    return tuple(r.posts[0] for r in items)


def _taken_over_in_turn(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某局长甲及某所长乙退休，遗缺分别由丙及丁调任: each successor takes the post of the person in
    the same place of the clause before; a move's successor leaves the post printed before the name."""
    m = _TAKE_OVER_IN_TURN.match(key) if "分别由" in key else None
    if not m or len(state.items_posts) < 2:
        return None
    a = m.start("who")
    pieces = _SUCCESSORS_JOINED.split(m.group("who"))
    if len(pieces) != len(state.items_posts):
        return None
    readings = []
    for piece, post in zip(pieces, state.items_posts, strict=True):
        found = person_in(piece)
        if not found:
            return None
        at, name = found
        moved = m.group("verb") in SUCCESSION_MOVES and at  # 由原某区长甲转任: the post he leaves ends
        ended = left_by_move(c, start, key, a, a + at) if moved else ()
        who = printed(c, start + a + at, [(0, name)])
        readings.append(
            Reading(who, Kind.APPOINT, (replace(post, start=0, end=0),), start, start + len(key), ended=ended)
        )
        a += len(piece) + 1
    return replace(readings[0], more=tuple(readings[1:]))


def _continued(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """张三任X，不再担任Y职务: a clause with a verb and no name of its own goes on with the person
    of the clause before (tried after every rule that reads a name)."""
    if not state.person:
        return None
    # a list of posts goes on in its sentence only (…仉延民，现任某部副部长，某市副市长: not the
    # person of a sentence before)
    same_sentence = not _SENTENCE_STOP.search(c.key, state.person_start, start)
    acting = key.startswith(("代理", "并代理", "同时代理"))
    # (甲任某市政府副秘书长，某市政府办公室主任（兼）: the post held besides, marked after it)
    post = key.removesuffix("(兼)").removesuffix("(兼任)")
    whole = acting or _whole_post(c, start, post) or unit_head_after_its_party(post, state.org)
    if state.kind in (Kind.APPOINT, Kind.HIRE) and same_sentence and whole:
        # 任命A为某院副检察长、检察员，代理检察长 / 张三任某镇委员会委员，某镇纪委书记: the list goes on
        lead = 1 if key.startswith("并") else 2 if key.startswith("同时代理") else 0
        reading = _reading(c, start, state.person, state.kind, lead, len(post), state.person_start, state.org)
        return _with_qualifier(reading, _CONCURRENT) if reading and post != key else reading
    found = _names_by_length(key) if state.kind in _VERB_FIRST_REMOVING and key.endswith("职务") else None
    if found and not _place_named_before(c, start, key[: found[1] + 1]):
        # 免去甲某县县长职务，乙县环保局副局长职务: the verb stated once, each item a name and posts
        # (兰泉新区管理委员会主任职务 after 免去…中共兰泉新区工委书记: a place named before, no name)
        names, post_at = found
        return _reading(c, start, printed(c, start, names), state.kind, post_at, len(key), start, state.org)
    if state.kind in _REMOVING and same_sentence and key.endswith("职务") and _only_posts(c, start, key[:-2]):
        # 张三不再担任某市委副书记、常委，某市人民政府市长职务: the list of posts goes on (职务 closes
        # it, so its first post need not open with a place: 某经济技术开发区党工委书记职务; each names
        # its body, so none is taken from the clause before)
        return _reading(c, start, state.person, state.kind, 0, len(key), state.person_start)
    m = _BARE_VERB.match(key)
    if not m or _own_person_after(key, m.end()) or m["succeeded"] in state.person:
        return None  # (甲辞去X职务，接替甲出任…: the one succeeded takes no post)
    if _conditional(c, start, key):
        return None  # (若甲当选县长，则不再担任某局局长: what would follow)
    # (甲卸任X，出任Y / 甲辞去X职务，出任Y: a post taken after one left goes on with the person)
    taken_after_leaving = m.group("verb") in _TAKEN_AFTER_LEAVING and state.kind in _LEFT
    if m.group("verb") not in _CONTINUING and not taken_after_leaving:
        return None
    if not same_sentence and not _removal_in_the_item(c, start, key, state, m):
        return None  # the person was named in a sentence before: this clause's own went unread
    if key.startswith("各自", m.end()):
        return None  # 甲、乙不再担任X，分别任各自公司董事长: each one's own body, named nowhere here
    kind = _VERBS[m.group("verb")]
    if m.group("verb") == "兼任" and state.kind in _REMOVING and key.endswith("职务"):
        kind = state.kind  # 免去A的X，兼任Y职务: the concurrent post is removed too
    return _reading(c, start, state.person, kind, m.end(), len(key), state.person_start, state.org)


# An item's removal after its appointment, parted by a semicolon (甲同志任A；免去B职务).
_ITEM_REMOVALS = frozenset({"免去", "免", "不再担任", "不再兼任"})


def _removal_in_the_item(c: Compact, start: int, key: str, state: State, m: re.Match[str]) -> bool:
    """Whether a bare removal after a semicolon is the item's own person's (甲同志任A；免去B职务):
    only a semicolon parts them, the person is one, and the posts, closed by 职务, open with their
    place (免去某某的B职务, 免去某某B职务: another person's, named in a way the reader missed).
    A table's cell needs no 职务 (甲|任A；免B: the row names one person)."""
    between = c.key[state.person_start : start]
    in_a_cell = "|" in c.key[c.key.rfind("\n", 0, start) + 1 : start]
    posts = key[m.end() : -2] if key.endswith("职务") else key[m.end() :]
    return (
        m.group("verb") in _ITEM_REMOVALS
        and (m.group("verb") != "免" or in_a_cell)  # (the short 免 past a ；only in a cell: 甲|任A；免B)
        and len(state.person) == 1
        and not _SENTENCE_STOP.search(between.replace(";", ""))
        and (key.endswith("职务") or in_a_cell)
        and bool(_PLACE_START.match(posts))
        and _whole_post(c, start + m.end(), posts)
    )


def _pronoun_subject(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """他任X / 她已出任X: the person is the one the text named last (关于张三同志任职的决定：她任…)."""
    if not key.startswith(("他", "她")) or not (m := _PRONOUN_VERB.match(key)):
        return None
    if m.group("plural"):  # 包括甲和乙，他们将分别出任…: the names of the clause before
        who, at = state.subject, state.subject_start
    else:
        who, at = (state.person, state.person_start) if state.person else _named_above(c, start)
        begin = sentence_start(c.key, start)
        if at < begin and (described := _described_then_is(c, begin, start)):
            who, at = described  # 此外，某省委常委甲是…高官，他出任…: 他 is 甲, not one read before
    if not who:
        return None
    return _reading(c, start, who, _VERBS[m.group("verb")], m.end(), len(key), at)


def _described_then_is(c: Compact, begin: int, end: int) -> tuple[tuple[str, ...], int] | None:
    """The person a sentence's first clause describes by a post and then says is something (某省委
    常委甲是…): (name, offset), or None."""
    clause = c.key[begin:end]
    lead = 3 if clause.startswith("此外,") else 0
    is_at = clause.find("是", lead)
    if is_at < 0 or "," in clause[lead:is_at]:
        return None
    if not (found := named_after_title(clause[lead:is_at])):
        return None
    at = begin + lead + found[0]
    return printed(c, at, [(0, found[1])]), at


def _successor_before(key: str, at: int) -> tuple[int, list[tuple[int, str]]] | None:
    """The name before ``at`` that follows 接任 / 接替 (甲接任乙任X: 乙 at its offset), whose
    successor the caller reads before it; None if there is none."""
    for n in (3, 2):
        if at > n + 2 and is_name(key[at - n : at]) and key.endswith(_SUCCEEDING, 0, at - n):
            return at - n, [(at - n, key[at - n : at])]
    return None


def _succeeded_then_verb(key: str, at: int) -> bool:
    """Whether the one succeeded is named at ``at``, described or not, with a verb of taking a post
    right after his name (…接任乙任X, …接替已退休的乙任X)."""
    at += key.startswith("了", at)  # (甲接替了乙担任X)
    if _named_then_verb(key, at):
        return True
    de = key.find("的", at, at + 17)
    return (
        de > 0
        and not _SENTENCE_STOP.search(key, at, de)
        and "," not in key[at:de]
        and _named_then_verb(key, de + 1)
    )


def _named_then_verb(key: str, at: int) -> bool:
    """Whether a name stands at ``at`` with a verb of taking a post right after it (…接任乙任X)."""
    return any(is_name(key[at : at + n]) and key.startswith(_TAKES_UP + _MOVED_UP, at + n) for n in (2, 3))


def _named_above(c: Compact, start: int) -> tuple[tuple[str, ...], int]:
    """The last person named in the 80 characters above ``start`` (张三同志 / 张三，男), or none."""
    above = c.key[max(0, start - 80) : start]
    found = [m for m in _NAMED.finditer(above) if is_name(m.group("name"))]
    if not found:
        return (), 0
    at = start - len(above) + found[-1].start("name")
    return (c.text[at : at + len(found[-1].group("name"))],), at


def _past_dotted_name(key: str, m: re.Match[str]) -> re.Match[str]:
    """The verb after a dotted name whose last part ends with the verb's first character
    (艾力·买买提任…: 买买提 is the name's, 任 the verb; not 提任): the verb one character on."""
    dotted = "·" in key or "•" in key  # (a dotted name's tail is sought only where a dot is)
    if m.end() - m.start() < 2 or not dotted or key[m.start()] not in _NAME_ENDS_OPENING_VERBS:
        return m  # (艾尔肯·吐尼亚孜被任命为…, 阿依古丽·买买提出任…: the verb whole)
    if not dotted_name_starts(key[: m.start()]):
        return m
    return _SUBJECT_VERB.match(key, m.start() + 1) or m


# Words before a verb that deny the act (甲尚未正式任命为…, 乙并未担任…).
_NOT_YET = ("尚未", "并未", "还未", "仍未", "没有", "未")
# Words before a verb that say the post is still held (乙不再担任董事长，但仍担任董事). (Not 继续:
# 继续担任 for a new term is a reappointment, as 留任 is.)
_STILL = ("仍", "仍然", "依然")
# (甲目前担任X: the post he holds, told as background; 目前已任, 目前不再担任, 现在被任命为: acts)
_AT_PRESENT = ("目前", "现在")
_HOLDING = frozenset({"担任", "任", "兼任"})
# A verb followed by these tells a time before the act (履新前, 上任之前), not the act.
_BEFORE_IT = ("前", "之前", "以前")
# Verbs of taking up a post that take no post after them (担任前海管理局局长: 前 opens a place).
_TAKING_UP = frozenset({"履新", "上任", "就任", "到任", "赴任", "履任", "任职"})


def _before_the_act(key: str, at: int, verb: str) -> bool:
    """Whether the verb ending at ``at`` tells a time before the act (履新前为…, 就任之前): a verb of
    taking up a post, which names none after it (任前进汽车董事长, 担任前海管理局局长: 前 opens a name)."""
    return verb in _TAKING_UP and key.startswith(_BEFORE_IT, at)


# Verbs of leaving a post that name it after them, and what tells a time around the act instead
# (甲卸任前曾任某县县长, 乙卸职后赴某局任局长: no post left after the verb).
_LEAVING = frozenset({"卸任", "卸职", "离任"})
_BEFORE_OR_AFTER = ("前", "后", "之前", "之后", "以前", "以后")


# Last characters of transcribed names that open a verb too (买买提任…: 提任 is a verb).
_NAME_ENDS_OPENING_VERBS = frozenset("提")


# (某人代表常委会向甲担任代理市长表示祝贺: 向 is "to", no surname)
_CONGRATULATING = re.compile(r"表示(?:热烈|衷心)?的?(?:祝贺|感谢)|致以(?:热烈|衷心)?的?祝贺")


def _congratulated(
    key: str, names: tuple[int, list[tuple[int, str]]], end: int
) -> tuple[int, list[tuple[int, str]]]:
    """``names`` without the 向 before the one congratulated on the act (向甲担任X表示祝贺)."""
    at, found = names
    if len(found) != 1 or not key.startswith("向", at) or not _CONGRATULATING.search(key, end):
        return names
    if at == 0 or key[at - 1] in "对向":
        return names  # (对向阳明担任县长表示祝贺, 向向阳明…: 向 the surname, the preposition before it)
    name = found[0][1][1:]
    return (at + 1, [(at + 1, name)]) if is_name(name) else names


# Roles in a congress's sitting, not posts (大会由甲、乙担任执行主席; 丙为总监票人).
_SESSION_ROLES = ("执行主席", "常务主席", "总监票人", "监票人", "总计票人", "计票人")
_SESSION = re.compile(r"(?:大会|会议)由|主席团")


def _conditional(c: Compact, start: int, key: str) -> bool:
    """Whether a clause opening with 则 is what follows a condition its sentence states (若…，则…)."""
    return key.startswith("则") and _CONDITION.search(c.key, sentence_start(c.key, start), start) is not None


# A society's standing presidium (某省残联主席团会议选举甲为常务主席): its 常务主席 is a post.
_SOCIETY_PRESIDIUM = re.compile(rf"(?:残联|妇联|{'|'.join(SOCIETY_ENDS)})主席团")
# (若甲当选…，则…: a condition, what follows it not done)
_CONDITION = re.compile(r"(?:^|[,;:。\n])(?:若|如果|假如|倘若|一旦|如)")
# (主席团会议推选甲、乙为常务主席: a role in the sitting given by its presidium, no post; a society's
# standing presidium, 某商会主席团选举甲为常务主席, elects to a post)
_SESSION_PRESIDIUM = re.compile(r"(?:大会|会议)主席团|主席团(?:第[一二三四五六七八九十\d]{1,3}次)?会议")
_ROLE_IN_SESSION = re.compile(rf"为(?:大会)?(?:{'|'.join(_SESSION_ROLES)})$")


def _subject_first(c: Compact, start: int, key: str, state: State) -> Reading | None:
    for m in _SUBJECT_VERB.finditer(key, 2, 100):  # described lists run long (原甲省委副书记A、…先后卸任)
        if _list_verb_idle(c, start, key, m, state):
            continue  # (the names before it, costly to read, would be read for nothing)
        m = _past_dotted_name(key, m)
        names = _names_at_end(key[: m.start()], m.group()) or _successor_before(key, m.start())
        if names and (succeeded := _succeeding_at(key, names[0])) is not None:
            # 张三接替(退休的)李四出任X: 张三 takes X
            names = _names_at_end(key[:succeeded], m.group())
        gone_to = (
            names and names[0] and key[names[0] - 1] in "到至赴" and not key.endswith("收到", 0, names[0])
        )
        if not names or gone_to:
            continue  # 甲跨省到秦川任副省长: a place gone to, not a person (秦川)
        names = _congratulated(key, names, m.end())
        verb = m.group()
        if _before_the_act(key, m.end(), verb) or (
            verb in _LEAVING and key.startswith(_BEFORE_OR_AFTER, m.end())
        ):
            continue  # 甲履新前为某厅厅长, 乙卸任后赴…: what the person was before or did after, no act
        if key.endswith(_NOT_YET, 0, m.start()):
            continue  # 甲尚未正式任命为…: an act not done
        if key.endswith(_STILL, 0, m.start()) or (
            verb in _HOLDING and key.endswith(_AT_PRESENT, 0, m.start())
        ):
            continue  # 乙仍担任…, 丙目前担任…: the post still held, no act
        if verb in _SUCCEEDING and _succeeded_then_verb(key, m.end()):
            continue  # 甲接任乙任X: 乙 is who is succeeded; the verb is the 任 after him
        if verb == "为" and key[m.start() - 1] in "作成称视评代认因更较":  # 作为, 成为, 代为: no list's 为
            continue
        if verb == "成为" and "新任" not in key[m.end() : m.end() + 16]:
            continue  # 成为…的一员: no act; 甲成为公司新任总经理: one
        if verb == "续任" and key[m.start() - 1] in "连陆持":
            continue  # 甲连续任三届县长: a span of terms, no act
        if (verb.startswith("晋升") and _RANK.match(key, m.end())) or (
            verb in _NOTICE_MOVES and _rank_only(key, m.end())
        ):
            continue  # 甲晋升为一级主任科员, 职务调整为某局四级调研员: a rank, no post (no event)
        if verb == "任" and (
            (key[m.start() - 1] in _VERB_BEFORE_REN and not key.endswith("北上", 0, m.start()))
            or key.startswith(_NOT_AN_ACT, m.end())
        ):
            # 关于聘任…, 候任…, 曾出任…, 因任职年龄到限: no subject's 任 (将任职某局副局长 is one,
            # and 甲北上任…)
            continue
        if verb == "任" and (
            _new_to_the_post(key, names[0], m.start()) or _HEAD_COUNT_AFTER.match(key, m.end())
        ):
            continue  # 广东新任副省长 / 宁波新任一名副市长: 新任 is "newly appointed", no name ends in 新
        if verb == "为" and key.endswith("关于", 0, names[0]):
            kind = Kind.APPOINT  # 《…关于甲为某法院代理院长的决定》: a decision's title names the post
        elif verb == "为" and names[0] == 0 and c.key.endswith(("决定,", "决定:"), 0, start):
            kind = Kind.APPOINT  # 会议决定，甲为某县人民政府代理县长: the decision names the post
        elif verb in ("为", "的"):  # 任命A为X；B为Y — the verb was stated once, before
            if state.kind is None or (
                state.kind not in _REMOVING_KINDS if verb == "的" else state.kind in _ENDING_KINDS
            ):
                continue
            if start and c.key[start - 1] == "。" and not _CUE.search(key, 0, m.start()):
                continue  # 任命甲为X。乙为本澳知名商人…: a full stop in running text ends the list
            if verb == "为" and _FORMER_POST.match(key, m.end()):
                continue  # 任命甲为X。⏎乙为前某县县长: a profile's post held before, no list item
            kind = state.kind
        else:
            kind = _VERBS["被" + m.group("by")] if m.group("by") else _VERBS[verb]
        if verb in _FORMALLY and not key.endswith("同志", 0, m.start()) and not _on_probation(c, start):
            kind = Kind.APPOINT  # 经核准，甲正式担任某公司董事长: news of a post taken up (no notice's 同志)
        if _told_as_past(key, m.end()) or _past_after_name(key, m.start()):  # (先后出任: the verb too)
            return None
        if key.startswith(_PROPOSING, names[0] - 2):  # 省委提议甲不再担任某市市长: proposed, not done
            kind = NOMINATED.get(kind, kind)
        if key.startswith(_RECOMMENDING, names[0] - 2):
            return None  # 控股股东推荐甲担任公司董事: a recommendation, no act (the board elects later)
        if key.startswith(_SESSION_ROLES, m.end()) and _SESSION.search(key, 0, names[0]):
            return None  # 大会由主席团常务主席甲、乙担任执行主席: a role in the sitting, no post
        post_from = m.start() if verb in _ACTING_VERBS else m.end()  # 代理 stays in the post: 代理区长
        if (
            verb in _SUCCEEDING
            and (de := key.find("的", post_from, post_from + 5)) > 0
            and is_name(key[post_from:de])
        ):
            post_from = de + 1  # 甲接任乙的某部部长职务: 乙 is who held it, no part of the post
        if kind in _REMOVING or kind is Kind.RESIGN:  # 甲被罢免了某人大代表职务 (担任了5年多的… is a span)
            post_from += key.startswith("了", post_from)
        who = printed(c, start, names[1])
        if verb == "的" and kind is Kind.REVOKE and key.endswith(("委员资格", "代表资格")):
            key = key[:-2]  # 撤销：⏎甲的政协某市委员会委员资格: a member's seat under the list's verb
        if (term := key.find("为期", post_from)) > post_from:
            key = key[:term]  # 甲获委任某会主席 为期3年…: the term ends the post (its space compacted away)
        reading = _subject_reading(c, start, key, who, kind, post_from, names[0], state)
        if reading and names[0] > 0:
            reading = _bare_titles_described(c, start, key[: names[0]], reading)
            reading = _party_units_described(c, start, key[: names[0]], reading)
        if reading and reading.pairwise and _of_each_own(reading):
            reading = _each_own_body(c, start, _without_reason(key[: m.start()]), reading)
        if reading and verb == "兼任":
            reading = _with_qualifier(reading, _CONCURRENT)
        # (升任 ends the post described as held until then: 原任X的甲升任Y, 时任X甲升任Y, 原X甲升任Y)
        held = verb == "升任" and (
            FORMER_HELD.search(key, 0, names[0])
            or "时任" in key[: names[0]]
            or _YUAN_DESCRIBED.search(key, 0, names[0])
        )
        if reading and (verb in TRANSFER or held):
            reading = with_ended(c, start, key, names[1], reading, state)
        if reading:
            return reading
    return None


def _list_verb_idle(c: Compact, start: int, key: str, m: re.Match[str], state: State) -> bool:
    """Whether a list's 为 or 的 at ``m`` gives no reading in ``_subject_first`` whatever names
    stand before it: no list verb stated before that goes on with it, and (for 为) no decision's
    title (关于甲为…) or deciding lead (决定，甲为…) to name the post. (A one-character match is never
    moved by ``_past_dotted_name``.)"""
    verb = m.group()
    if verb == "的":
        return state.kind is None or state.kind not in _REMOVING_KINDS
    if verb != "为" or (state.kind is not None and state.kind not in _ENDING_KINDS):
        return False
    return key.find("关于", 0, m.start()) < 0 and not c.key.endswith(("决定,", "决定:"), 0, start)


def _subject_reading(
    c: Compact, start: int, key: str, who: tuple[str, ...], kind: Kind, post_from: int, at: int, state: State
) -> Reading | None:
    """The reading of a clause whose subject's name stands at ``at``: a bare title is of the body
    printed right before the name (某大学甲任党委常务副书记), else of the post describing the person
    (该院党委书记、院长张平…不再担任院长职务; 某局主秘甲升任副局长), else of the last post's organisation."""
    body = _body_before_name(key, at)
    if not body and kind is Kind.ELECT:  # 某县议会…选举，…甲以28票当选议长: the council's 议长
        body = _council_of_sentence(c, start)
    body = body or _org_of_its_kind(key[post_from:], state)
    # (某自治区党委常委甲兼任党委组织部部长: the 党委 is the description's, not the last sentence's
    # body; _party_units_described completes it)
    own_party = key.startswith(("党委", "党组"), post_from) and _PARTY_COMMITTEE_IN.search(key, 0, at)
    elided = body or ("" if own_party else state.org)
    reading = _reading(c, start, who, kind, post_from, len(key), start + at, elided)
    if at == 0 or body:
        return reading
    # (某集团公司总经理甲升任董事长、党组书记: a bare party unit's title, and the bare titles beside
    # it, of the body the description names; a bare title alone is completed after, by the title)
    read = reading is not None and not any(p.org and not names_its_body(p) for p in reading.posts)
    if not read and reading is not None and _PARTY_COMMITTEE_IN.search(key, 0, at):
        return reading  # 区委副书记、副区长甲任党组书记: a party committee has no 党组; whose it is, unsaid
    if read and not state.org:
        return reading
    if read and (not ends_with_title(key[:at]) or _reading(c, start, who, kind, post_from, len(key))):
        return reading  # a description that ends in no post, or a post that names its organisation
    if kind is Kind.ELECT:
        return reading  # 某医院副院长甲当选副主任委员: the body electing him is not his employer
    org = _descriptor_org(c, start, key[:at], key[post_from:])
    return (org and _reading(c, start, who, kind, post_from, len(key), start + at, org)) or reading


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


# 议长甲以23票当选 / 副议长乙获得连任: the post printed before the name, the election after it
# (开票结果 before the post: the count's result, no part of it).
_ELECTED_AFTER_NAME = re.compile(
    r"(?:也是|也|亦)?(?:以?(?:[\d一二三四五六七八九十百]{1,4}票|全票|高票|满票))?(?:顺利|获得|成功)?(?:当选|连任)$"
)
_RESULT_LEAD = re.compile(r"(?:而|另|其中)?(?:开票结果|选举结果|投票结果|结果)?")


def _post_then_elected(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A person elected, named after the post and before 当选 / 连任 with no post of its own (开票结果
    议长甲以23票当选); a bare title is of the council the sentence names (某县议会…议长选举)."""
    m = _ELECTED_AFTER_NAME.search(key) if key.endswith(("当选", "连任")) else None
    if not m or not (found := named_after_title(key[: m.start()])):
        return None
    at, name = found
    lead = _RESULT_LEAD.match(key).end()
    council = _council_of_sentence(c, start)
    posts = read_posts(c.text[start + lead : start + at], key[lead:at], council)
    if len(posts) != 1:
        return None
    return Reading(printed(c, start + at, [(0, name)]), Kind.ELECT, tuple(posts), start, start + len(key))


# Bodies' new heads listed body and name after the clause that names the title (6所大学新校长上任，
# 包括某大学甲、某大学乙及某大学丙): each the head of the body printed before the name.
_NEW_HEADS = re.compile(r"新任?(?P<title>[\u4e00-\u9fff]{1,3}长)(?:上任|到任|就任|履新|产生|出炉)?$")
_BODY_END = ("大学", "大", "学院", "中学", "小学", "医院", "院", "局", "馆", "所", "中心", "公司")


def _new_heads_by_body(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """包括某大学甲、某大学乙 after a clause that names new heads (6所大学新校长上任): each the head of
    the body printed before the name."""
    if not key.startswith("包括") or start < 2 or c.key[start - 1] != ",":
        return None
    head = _NEW_HEADS.search(c.key, max(c.key.rfind(",", 0, start - 1) + 1, start - 30), start - 1)
    if head is None or not (items := split_names(key[2:], _body_and_name)):
        return None
    title = c.text[head.start("title") : head.end("title")]  # (as printed: 校長)
    readings = []
    for at, item in items:
        cut = len(item) - _name_length(item)
        post = post_of(c.text[start + 2 + at : start + 2 + at + cut], title)
        who = printed(c, start + 2 + at + cut, [(0, item[cut:])])
        readings.append(Reading(who, Kind.APPOINT, (post,), start + 2 + at, start + 2 + at + len(item)))
    return replace(readings[0], more=tuple(readings[1:]))


def _name_length(item: str) -> int:
    """The length of the name that ends a body-and-name item (某大学甲), 0 if none."""
    return next((n for n in (3, 2, 4) if len(item) > n + 1 and is_name(item[-n:])), 0)


def _body_and_name(item: str) -> bool:
    """A body and a name run together (聯合大學蔡東湖, 市人民医院王建国)."""
    return (n := _name_length(item)) > 0 and item[:-n].endswith(_BODY_END)


# A new body's members named after its post (13位新一届省委常委分别为甲、乙…; 新当选的副主席是丙、丁).
_NEW_MEMBERS_NAMED = re.compile(
    r"^(?:[\d一二三四五六七八九十两]{1,3}[位名])?(?:新一届|新当选的?)(?P<post>[^,;:。]{2,30}?)(?:分别)?(?:为|是)"
    r":?(?P<names>[^,;:。]+)$"
)


def _new_members_named(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """The members of a new body named after its post (新一届省委常委分别为甲、乙): each elected to it."""
    m = _NEW_MEMBERS_NAMED.match(key) if "新" in key[:6] else None
    if not m or not ends_with_title(m["post"]) or not (names := split_names(m["names"])):
        return None
    a, b = m.span("post")
    posts = read_posts(c.text[start + a : start + b], key[a:b])
    if len(posts) != 1:
        return None
    who = printed(c, start + m.start("names"), names)
    return Reading(who, Kind.ELECT, tuple(posts), start, start + len(key))


# The seat an election fills, told in the clause before its result (会议补选了某市出席某省人民代表大会
# 代表，甲、乙当选).
_SEAT_ELECTED = re.compile(r"(?:选举产生|补选|选举|增选|推选|选出)了?(?:新一届)?(?P<post>[^,;:。]{3,40})$")


def _elected_to_the_seat_before(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """Names and a bare 当选 after the clause that told the seat an election filled: elected to it."""
    m = _ELECTED_AFTER_NAME.search(key) if key.endswith("当选") and start else None
    if not m or c.key[start - 1] != "," or not (names := split_names(key[: m.start()].removesuffix("同志"))):
        return None
    seat = _SEAT_ELECTED.search(c.key, sentence_start(c.key, start), start - 1)
    if seat is None:
        return None
    a, b = seat.span("post")
    posts = read_posts(c.text[a:b], c.key[a:b])
    if len(posts) != 1:
        return None
    return Reading(printed(c, start, names), Kind.ELECT, tuple(posts), start, start + len(key))


def _council_of_sentence(c: Compact, start: int) -> str:
    """The council a sentence names before ``start`` (某县议会25日举行…选举), the last one, as
    printed; '' if none."""
    found = last_match(_COUNCIL, c.key, sentence_start(c.key, start), start)
    return c.text[found.start() : found.end()] if found else ""


# A county's or a city's council holding its own election (某县议会, 某市议会第20届): its 议长 and
# 副议长 are its own.
_COUNCIL = re.compile(
    r"(?!上午|下午|今天|昨天|今日|昨日|明天|本届|全县|全市)[\u4e00-\u9fff]{2}(?:[县市]议会|[乡镇市]民?代表?会)"
    r"(?:第[\d一二三四五六七八九十]{1,3}届)?"  # (某镇代会, 某乡民代表会: a township's council, its 主席)
)


# A party committee or its department in a description (区委副书记, 省委组织部副部长).
_PARTY_COMMITTEE_IN = re.compile(r"[省市县区州旗镇乡]委|党委|党工委")


def _body_before_name(key: str, at: int) -> str:
    """The organisation a clause prints right before its subject's name (清澜大学仇勇任…), as the
    key has it ('' if none): the body a bare title after the verb belongs to."""
    lead = _DESCRIPTOR_LEAD.match(key, 0, at).end()
    body = key[lead:at]
    return body if 2 < len(body) <= 20 and body.endswith(BODY_ENDS) and not ends_with_title(body) else ""


def _told_as_past(key: str, end: int) -> bool:
    """Whether ``key[:end]`` tells of the past (曾任, 此前, 去年); a descriptor of the post held until
    now does not (此前任X的张三调任Y: the move is news)."""
    if not _PAST.search(key, 0, end):
        return False  # most clauses: no word of the past at all
    if (since := _SINCE.match(key)) and since.end() <= end + 10:
        key, end = key[since.end() :], max(end - since.end(), 0)  # 去年10月以来: up to now, no past
    former = FORMER_DESCRIPTOR.search(key, 0, end + 40)
    if former and key.startswith("曾", former.start()) and _YEAR.search(key, 0, former.start()):
        former = None  # 例如2020年9月曾任X的甲调任Y: a dated example from the past
    if not former:
        return _PAST.search(key, 0, end) is not None
    return any(_PAST.search(key, a, b) for a, b in ((0, min(former.start(), end)), (former.end(), end)))


# A head count after 任 (某市新任两名副市长): the posts of people the sentence does not name.
_HEAD_COUNT_AFTER = re.compile(r"[一两二三四五六七八九十\d]{1,3}[名位]")


# Given names ending in 新, common enough that a title, a surname and one of them before 任 are a
# name (县长施立新任…); any other character before 新 leaves 新任 the word (副市长王强新任…).
_XIN_NAMES = frozenset(
    {"立新", "建新", "卫新", "志新", "国新", "永新", "红新", "爱新", "跃新", "振新", "维新", "德新", "树新"}
    | {"学新", "光新", "明新", "春新", "金新", "文新", "海新", "兴新", "庆新", "宏新", "焕新", "日新", "育新"}
)


def _new_to_the_post(key: str, name_at: int, verb_at: int) -> bool:
    """Whether the 新 a name read before 任 ends is the word 新任 after a place or a body run into
    the name (广东新任副省长): the name stands after a Han character that no clause's lead ends with."""
    if key[verb_at - 1] != "新" or name_at == 0 or not is_han(key[name_at - 1]):
        return False
    if verb_at - name_at == 3 and ends_with_title(key[:name_at]) and key[name_at + 1 : verb_at] in _XIN_NAMES:
        return False  # 县长施立新任某县委书记: a name of three after a title, its 新 its own
    # (the words a clause's subject may follow directly: 决定甲任…, 宣布乙新任…, 提名丙任…)
    return not key.endswith((*_SLOT_LEADS, *_NAMES_LEADS, "提名", "任命", "研究"), 0, name_at)


def _past_after_name(key: str, verb_at: int) -> bool:
    """Whether the 曾 before a verb is the adverb of a past post (覃岗曾任…), not a name's last
    character: the name without it is one."""
    if verb_at < 3 or key[verb_at - 1] != "曾":
        return False
    return any(is_name(key[verb_at - 1 - n : verb_at - 1]) for n in (3, 2))


def _after_a_unit(c: Compact, colon: int) -> bool:
    """Whether the text from its line's start to ``colon`` is a unit's name (消化内科, 护理部)."""
    line = c.key[c.key.rfind("\n", 0, colon) + 1 : colon]
    return 2 <= len(line) <= 14 and line.endswith(ROW_UNIT_ENDS)


def _unit_colon_name(c: Compact, start: int, end: int, unit: str, state: State) -> Reading | None:
    """A line "unit：name" under a heading that named the title of a kind of units (聘任以下同志为临床
    科室主任：⏎消化内科：甲): the unit's head, read as a row "unit|name"; None for any other line."""
    line_end = c.key.find("\n", end)
    name = c.key[end + 1 : line_end if line_end >= 0 else len(c.key)].rstrip(";。")
    if "|" in unit or not is_name(name) or state.heading is None:
        return None
    return unit_and_name(c, start, f"{unit}|{name}", state.heading)


def _name_dash_post(c: Compact, start: int, key: str, kind: Kind) -> Reading | None:
    """A list's row "name——post" (Macao's dispatches) read under the list's verb, or None."""
    m = _NAME_DASH_POST.fullmatch(key)
    names = split_names(m["name"]) if m else None
    if not m or not names or len(names) != 1:
        return None
    at = start + m.start("post")
    posts = read_posts(c.text[at : start + len(key)], m["post"])
    return Reading(printed(c, start, names), kind, tuple(posts), start, start + len(key)) if posts else None


def _table_row(c: Compact, start: int, end: int, state: State) -> Reading | None:
    """A row `|name|post(s)|` of a 任免 table; the header above says appoint or remove, and which column."""
    if state.columns is not None and state.table:
        return column_row(c, start, c.key[start:end], state.columns, state.table)
    cells = _cells(c.key[start:end])
    if state.table_kind_column is not None:
        return _kind_cell_row(c, start, cells, state)
    if state.kind and not state.table and len(cells) == 3 and cells[1][1] in PROFESSIONAL_RANKS:
        cells = [cells[0], cells[2]]  # 甲|主任医师|某科主任 under 决定聘任：: who the person is, no post
    numbered = len(cells) > 2 and cells[0][1].isdigit() and (state.listed or state.table)
    if state.table_column is None and numbered:
        cells = cells[1:]  # 1|某县县长|甲 under 序号|职务|姓名: the row's number, with no column to keep
    # A list's verb above (按期正式任职：) heads "name|post" lines; without one, a table of
    # members or of anything else gives attestations at most, not events.
    kind = state.table or (state.kind if len(cells) == 2 else None)
    if kind and not state.table and _CELL_VERB.match(cells[-1][1]):
        kind = None  # 甲　任某局副局长。 under a list that removed last: the row says its own act
    # (not under a header that says which cell holds the new holder: 职称|原任|新任)
    listed = (state.table or state.kind) if state.table_holder is None else None
    if listed in _POST_ROW_KINDS and (row := _post_then_names(c, start, cells, listed)):
        return row  # (under a list's verb or election only: 出席会议的有：⏎副县长　甲　乙 is no act)
    if kind is None:
        return _row_with_verb_cell(c, start, cells, state) or _row_unit_title_name(c, start, cells, state)
    # a name cell may carry (女) or 同志 after the name
    names = [(pos, found[0][1]) for pos, cell in cells if (found := split_names(cell)) and len(found) == 1]
    if state.table_holder is not None:  # 职称|原任|新任: only the new holder's cell
        held = cells[state.table_holder] if state.table_holder < len(cells) else (0, "")
        names = [(pos, name) for pos, name in names if pos == held[0]]
    # (a table's first cell under its header holds the name: 姓名|原任职务|新任职务⏎毋建军|…)
    first_is_name = len(cells) == 2 or (state.table and state.table_holder is None)
    if not names and first_is_name and (found := split_names_in_slot(cells[0][1])) and len(found) == 1:
        names = [(0, found[0][1])]  # "name|post": the first cell can only hold the name (利娜, 毋建军)
    if not names:
        return None
    name_pos, name = names[0]
    if state.table_column is not None and state.table_column < len(cells):
        post_pos, post = cells[state.table_column]
    else:  # no column known: the first filled cell after the name
        post_pos, post = next(((p, s) for p, s in cells if p > name_pos and s), (0, ""))
    if not post and len(cells) == 2 and name_pos == cells[1][0] and ends_with_title(cells[0][1]):
        post_pos, post = cells[0]  # "post|name": a table printed post first (某局局长　　张三)
    who = (c.text[start + name_pos : start + name_pos + len(name)],)
    if not post and state.table_column is not None:  # 甲||某局副局长: the 任职 cell empty, the 免职 not
        more = _other_columns(c, start, cells, who, state) + _former_ended(c, start, cells, who, state)
        return replace(more[0], more=tuple(more[1:])) if more else None
    if not post:
        return None
    rank = next((r for r in PROFESSIONAL_RANKS if post.startswith(r) and len(post) > len(r) + 1), "")
    # (甲　主任医师　某科主任: the rank's column, run in; not 主任医师工作室主任, 研究员级高级工程师: a
    # unit or a grade named by the rank)
    rest_org = split_post(post[len(rank) :])[0] if rank else ""
    if rank and rank not in RANKS_OPENING_BODIES and rest_org.endswith(_DEPARTMENT_ENDS):
        post_pos, post = post_pos + len(rank), post[len(rank) :]
    # (a bare title's body is the one the list's heading named: 聘任下列人员为公司高级管理人员：)
    post_end = post_pos + len(post)
    elided = _unit_cell(c, start, cells, state) or state.list_org or _company_announcing(c, start)
    reading = _reading(c, start, who, kind, post_pos, post_end, start + name_pos, elided)
    more = _other_columns(c, start, cells, who, state) + _former_ended(c, start, cells, who, state)
    if not reading:  # 甲|某局局长|—|免去原任职务: no new post, the former one ended
        return replace(more[0], more=tuple(more[1:])) if more else None
    return replace(reading, more=(*reading.more, *more)) if more else reading


def _unit_cell(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> str:
    """The unit a row's cell names under a unit's column (心血管内科|甲|主任), as printed; ''."""
    if state.table_unit is None or state.table_unit >= len(cells):
        return ""
    pos, cell = cells[state.table_unit]
    return c.text[start + pos : start + pos + len(cell)]


def _former_ended(
    c: Compact, start: int, cells: list[tuple[int, str]], who: tuple[str, ...], state: State
) -> list[Reading]:
    """The removal from the row's former post when a cell of the row says so (原任职务 column, 备注:
    免去原职务); [] otherwise (the former post only describes the person)."""
    former = state.table_former
    if former is None or former >= len(cells):
        return []
    line_end = c.key.find("\n", start)  # (the row's remark may hold a comma: 试用期一年，免去原任职务)
    row = c.key[start : line_end if line_end >= 0 else len(c.key)]
    if not any(ended in row for ended in _FORMER_ENDED):
        return []
    pos, cell = cells[former]
    kind = Kind.NOMINATE_REMOVE if state.table in NOMINATED.values() else Kind.REMOVE  # (a 公示's remark)
    reading = _reading(c, start, who, kind, pos, pos + len(cell)) if cell else None
    return [reading] if reading else []


def _other_columns(
    c: Compact, start: int, cells: list[tuple[int, str]], who: tuple[str, ...], state: State
) -> list[Reading]:
    """The readings of a row's further columns of posts, each of its header's kind (序号|姓名|任命职务|
    免去职务: the 免去职务 cell's post ends)."""
    out = []
    for column, kind in state.table_more:
        pos, cell = cells[column] if column < len(cells) else (0, "")
        unit = _unit_cell(c, start, cells, state)  # (企业名称|姓名|聘任职务|解聘职务: the unit's both)
        if cell and (reading := _reading(c, start, who, kind, pos, pos + len(cell), elided=unit)):
            out.append(reading)
    return out


# The acts whose lists may print a post, then its people (任命：⏎某法院审判员　甲　乙　丙).
_POST_ROW_KINDS = frozenset({Kind.ELECT, Kind.APPOINT, Kind.REMOVE, Kind.HIRE})


def _post_then_names(c: Compact, start: int, cells: list[tuple[int, str]], kind: Kind) -> Reading | None:
    """A row "post|name|name…" under a list's verb or heading: one post and its holders, as a
    result table prints them (副县长　张建国　李红梅)."""
    if cells and (colon := cells[0][1].find(":")) > 0:  # 某法院审判员:甲|乙|丙: a name after the colon
        pos, cell = cells[0]
        cells = [(pos, cell[:colon]), (pos + colon + 1, cell[colon + 1 :]), *cells[1:]]
    if len(cells) < 2 or not ends_with_title(cells[0][1]):
        return None
    found = [split_names(cell) for _, cell in cells[1:]]
    if not all(found):
        return None  # (every cell after the post holds names: 副县长　甲、乙　丙)
    names = [(pos + at, name) for (pos, _), one in zip(cells[1:], found, strict=True) for at, name in one]
    if len(names) < 2 and len(cells) == 2:
        return None  # ("post|name" alone: the table row's own reading)
    who = tuple(c.text[start + pos : start + pos + len(name)] for pos, name in names)
    return _reading(c, start, who, kind, 0, len(cells[0][1]), start + names[0][0])


def _row_unit_title_name(
    c: Compact, start: int, cells: list[tuple[int, str]], state: State
) -> Reading | None:
    """A row |unit|title|name| under a list's verb (聘任以下同志为科室主任：⏎神经内科 主任 黄立伟):
    the unit and the title make the post."""
    filled = [(pos, cell) for pos, cell in cells if cell and not cell.isdigit()]  # no 序号 cell
    if state.kind is None or len(filled) != 3 or not (found := split_names(filled[2][1])) or len(found) != 1:
        return None
    (unit_at, unit), (title_at, title), (name_at, _) = filled
    text = (
        c.text[start + unit_at : start + unit_at + len(unit)]
        + c.text[start + title_at : start + title_at + len(title)]
    )
    posts = read_posts(text, unit + title)
    if not posts or posts[-1].end < len(unit + title):
        return None
    who = (c.text[start + name_at : start + name_at + len(found[0][1])],)
    return Reading(who, state.kind, tuple(posts), start + unit_at, start + name_at + len(found[0][1]))


def _row_with_verb_cell(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> Reading | None:
    """A row whose 任免事项 cell says what is done (|张三|原任职务|任某局局长|): that cell read as
    the clause of the row's name."""
    names = [(pos, found[0][1]) for pos, cell in cells if (found := split_names(cell)) and len(found) == 1]
    acts = [(pos, cell, m) for pos, cell in cells if (m := _CELL_VERB.match(cell))]
    if not acts:
        return None
    pos, cell, m = acts[-1]
    kind = _VERBS[m.group("verb")]
    kind = NOMINATED.get(kind, kind) if m.group("ask") else kind
    if names:
        name_pos, name = names[0]
        who = (c.text[start + name_pos : start + name_pos + len(name)],)
        return _reading(c, start, who, kind, pos + m.end(), pos + len(cell), start + name_pos)
    if pos == 0 and state.person and cell.startswith(("免去其", "兼任")):  # …,免去其某局副局长职务|
        post_from = pos + m.end() + (1 if cell.startswith("免去其") else 0)
        return _reading(c, start, state.person, kind, post_from, len(cell), state.person_start)
    row_above = state.person_start >= c.key.rfind("\n", 0, max(start - 1, 0))  # (the person of the row above)
    if (
        state.person
        and row_above
        and pos > 0
        and not any(text for _, text in cells[: cells.index((pos, cell))])
    ):
        # 甲|任某局局长⏎　|免去某局副局长职务: a row whose name cell is left empty, the person above
        return _reading(c, start, state.person, kind, pos + m.end(), pos + len(cell), state.person_start)
    return None


def _cells(row: str) -> list[tuple[int, str]]:
    """The cells of a `|a|b|` row with their offsets in the row."""
    cells, pos = [], 0
    for cell in row.split("|"):
        cells.append((pos, cell))
        pos += len(cell) + 1
    return cells


def _table_header(c: Compact, start: int, key: str, state: State) -> bool:
    """Note a 任免 table header (任命职务 / 免去职务 / 拟任职务, a row or a line of its own)."""
    if len(key) > 80:
        return False
    if state.table_kind_column is not None and "姓名" not in key and not _table_header_cells(key):
        return False  # 1|任命|甲|某局局长 under 序号|任免类别|姓名|职务: a row, whose act is a cell's
    if "|" in key and _holder_header(key, state):
        return True
    if "|" in key:
        heads = [
            (i, _TABLE_HEADERS.get(_HEADER_NOISE.sub("", cell))) for i, (_, cell) in enumerate(_cells(key))
        ]
        found = [(i, kind) for i, kind in heads if kind]
        if found and _act_name_post_row(c, start, key):
            return False  # 任命|甲|某局局长: a row with its act, no header (a header names no one)
        if not found:
            return (
                _kind_column_header(key, state)
                or _post_column_header(key, state)
                or _roles_header(c, start, key, state)
            )
        _columns_reset(state)
        (state.table_column, kind), state.table_more = found[0], tuple(found[1:])
        cells = [cell for _, cell in _cells(key)]
        state.table_former = next((i for i, cell in enumerate(cells) if cell in _FORMER_HEADS), None)
        state.table_unit = next((i for i, cell in enumerate(cells) if cell in _UNIT_HEADS), None)
    else:
        kind = _TABLE_HEADERS.get(_HEADER_NOISE.sub("", _ITEM_NUMBER.sub("", key)))  # 一、任命
        if kind is None:
            return False
        _columns_reset(state)
    state.table = state.kind = kind  # a bare 任命： also heads a list of "A为X" lines
    state.pairs_below = None  # (二、免去：⏎甲|某中心副主任: a new list, under its own verb)
    return True


def _roles_header(c: Compact, start: int, key: str, state: State) -> bool:
    """Note a header whose every cell says what its column holds (机关|职称|新任人员|原职) under a
    lead announcing acts done (异动名单如下：): each row below is read by those columns."""
    if not (columns := column_roles(c, start, key, c.key[max(0, start - _ROLES_LEAD) : start])):
        return False
    _columns_reset(state)
    state.columns, state.heading = columns, None  # (新任校长名单如下：⏎学校|新任校长|原任校长: the header's)
    # (免去下列人员职务：⏎header: removals; not the kind of a clause read before the lead)
    state.table = state.kind = state.kind if state.kind in _LISTING_KINDS else Kind.APPOINT
    return True


# The acts of a list's verb that a table below it may go on with.
_LISTING_KINDS = (Kind.APPOINT, Kind.HIRE, Kind.ELECT, Kind.REMOVE, Kind.CONFIRM)
# How far before a header its lead may stand (某市政府今日发布人事命令。异动名单如下：, then the header).
_ROLES_LEAD = 160


def _columns_reset(state: State) -> None:
    """Forget what an earlier table's header said of its columns (a new header, or the table's end)."""
    state.columns = None
    state.table_column = state.table_holder = state.table_former = state.table_unit = None
    state.table_kind_column = state.table_name_column = state.row_kind = None
    state.table_more, state.table_width = (), 0


def _kind_column_header(key: str, state: State) -> bool:
    """Note a header row with a column that says each row's act (序号|任免类别|姓名|职务|备注,
    类别|姓名|职务): each row is read by its own act."""
    cells = [cell for _, cell in _cells(key)]
    act = next((i for i, cell in enumerate(cells) if cell in _KIND_HEADS), None)
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS), None)
    if act is None or post is None or "姓名" not in cells:
        return False
    _columns_reset(state)
    state.table, state.table_column = Kind.APPOINT, post
    state.table_kind_column, state.table_name_column, state.table_width = act, cells.index("姓名"), len(cells)
    return True


def _kind_cell_row(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> Reading | None:
    """A row under a header with an act's column (1|任命|甲|某局局长): the act its cell says, or the
    row's above when the cell is left out (a row under 任命 printing only 乙|某局局长)."""
    act = state.table_kind_column
    assert act is not None and state.table_name_column is not None and state.table_column is not None
    if len(cells) == state.table_width - 1 and (act >= len(cells) or cells[act][1] not in _ROW_ACTS):
        cells = [*cells[:act], (cells[act][0] if act < len(cells) else 0, ""), *cells[act:]]
    if len(cells) <= max(act, state.table_name_column, state.table_column):
        return None
    word = cells[act][1]
    kind = _ROW_ACTS.get(word) if word else state.row_kind
    if kind is None:
        return None
    state.row_kind = kind
    (name_pos, name_cell), (post_pos, post) = cells[state.table_name_column], cells[state.table_column]
    names = split_names(name_cell)
    if not names or len(names) != 1 or not post:
        return None
    who = (c.text[start + name_pos : start + name_pos + len(names[0][1])],)
    elided = _unit_cell(c, start, cells, state) or state.list_org
    return _reading(c, start, who, kind, post_pos, post_pos + len(post), start + name_pos, elided)


def _post_column_header(key: str, state: State) -> bool:
    """Note a header row under a list's verb that names the post's column only (…正式任职。名单如下：
    ⏎序号|姓名|职务|试用期起止时间): the rows are of the list's kind, their post in that column."""
    cells = [cell for _, cell in _cells(key)]
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS), None)
    if post is None or state.kind is None or "姓名" not in cells:
        return False
    if not state.listed and state.kind is not Kind.CONFIRM:
        return False  # (a table after a sentence read as an event, not under a list's heading)
    # (科室|职务|姓名: a unit's column, the body of the title's; any other column before the post
    # is left to the rows' own reading)
    unit = next((i for i, cell in enumerate(cells) if cell in _UNIT_HEADS), None)
    if unit is None and post - 1 not in (-1, cells.index("姓名")) and cells[post - 1] != "序号":
        return False
    _columns_reset(state)
    state.table, state.table_column, state.table_unit = state.kind, post, unit
    return True


def _table_header_cells(key: str) -> bool:
    """Whether a row's cells are all a header's words (任命职务|人选), none a row's act alone (任命)."""
    cells = [cell for _, cell in _cells(key) if cell]
    return (
        bool(cells)
        and not any(cell in _ROW_ACTS for cell in cells)
        and any(_TABLE_HEADERS.get(_HEADER_NOISE.sub("", cell)) for cell in cells)
    )


def _holder_header(key: str, state: State) -> bool:
    """Note a header row naming the post's column and the new holder's (职称|原任|新任: each row
    below appoints the person in the 新任 column to the post in the 职称 one)."""
    cells = [cell for _, cell in _cells(key)]
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS), None)
    holder = next((i for i, cell in enumerate(cells) if cell in _NEW_HOLDER_HEADS), None)
    if post is None or holder is None:
        return False
    _columns_reset(state)
    state.table = state.kind = Kind.APPOINT
    state.table_column, state.table_holder = post, holder
    return True


_POST_HEADS = frozenset({"职称", "职务", "职位", "职别", "岗位", "试用职务"})
# The departments a rank's column may stand before (某科, 某处, 某室, 某部): not 主任医师工作室, 主治医师
# 培训中心, 研究员级, units or grades named by a rank.
_DEPARTMENT_ENDS = ("科", "处", "病区")
# A column of the posts held before (序号|姓名|原任职务|新任职务|备注): it ends one only where the row
# says so (备注: 免去原职务).
_FORMER_HEADS = frozenset({"原任职务", "原职务", "原任职称", "现任职务"})
# A column saying each row's act (任免类别: 任命 / 免职), and the acts its cells say.
_KIND_HEADS = frozenset({"任免类别", "类别", "任免", "任免情况", "任免事项"})
# (the verbs' own kinds; 任职 and 免职, a table's words, are no verbs of a clause)
_ROW_ACTS = {
    **{how + verb: _VERBS[verb] for verb in ("任命", "聘任", "免去", "解聘") for how in ("", "决定", "批准")},
    **{"任职": Kind.APPOINT, "免职": Kind.REMOVE},
    **{"任": Kind.APPOINT, "免": Kind.REMOVE},  # (任免|姓名|职务⏎任|甲|某局局长: the short cells)
}
# A column of the units a row's bare titles are of (序号|科室(部门)|姓名|聘任职务, 企业名称|姓名|聘任职务).
_UNIT_HEADS = frozenset({"科室", "科室(部门)", "科室/部门", "部门", "单位", "企业名称", "单位名称"})
_FORMER_ENDED = ("免去原职务", "免去原任职务", "免去原职", "免原职务", "免去原职称")
_NEW_HOLDER_HEADS = frozenset({"新任", "新任人选", "接任", "接任者", "继任"})


def _names_before(
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
_LONG_LIST_MARKS = 10
_LONG_LIST_REACH = 480
_NOT_NAME_END = frozenset("已调将拟现曾在于任兼此前后")
_SURNAME_REN = re.compile(r"任[\u4e00-\u9fff]{1,2}同志")
_NOT_BEFORE_REN = frozenset("前继现曾历接连留新")


def _ren_in_a_word(key: str, at: int) -> bool:
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


# A list item after the first, under a verb stated once: 、B任Y / ，B为Y / 、B的Y职务 / 、B担任Y.
_ITEM_START = re.compile(
    # the verb may be stated again, the same or of the same kind (任命A为X、聘A为Y)
    # (和 / 及 only after a post's 职务: 接受甲辞去X职务和乙辞去Y职务的请求; tested in _next_item)
    r"[、,;和及](?P<verb>任命|聘任|聘请|聘|委任|免去|解聘|选举|补选)?(?P<name>[\u4e00-\u9fff·]{2,8}?)"
    rf"(?:等?同志|{HONORIFIC})?"  # (、乙副教授为Y: how the item's person is addressed)
    r"(?:\([^()]{1,12}\))?"  # a note on the person: 乙(女)为Y, 乙(女,满族)为Y
    # (a removal's item may give the post right after 同志: 免去甲同志X职务、乙同志Y职务; an election's
    # its votes: 甲以28票当选议长、乙以23票当选副议长)
    r"(?:以[\d一二两三四五六七八九十百]+票)?"
    r"(?P<sep>担任|兼任|出任|任|为|的|辞去|请辞|当选为|当选|(?<=同志))(?![务职期命免用])"
)
# The last characters of a body's name (党校, 金山厂, 林业站, 张江集团): no person's.
_BODY_KIND_ENDS = frozenset("校厂站团司院局所部委会社场")
# 、某分局长乙调任Y: an item whose person is described before the name, with a verb of its own.
_MOVED_ITEM = re.compile(
    r"[、,;](?P<described>[\u4e00-\u9fff·]{4,20}?)(?P<verb>调任|转任|调升|升任|出任|接任)"
)
# …、某学院院长乙为Y: an item whose person is described before the name, under the list's verb.
_DESCRIBED_ITEM = re.compile(r"[、,;](?P<described>[\u4e00-\u9fff·]{4,20}?)为")
_PLACE_START = re.compile(
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
_HONOURS = ("院士", "教授", "研究员", "博士", "盟员", "社员", "党员", "会员", "无党派人士", "党外人士")


def _named_after_honour(text: str) -> tuple[int, str] | None:
    """The name that ends ``text`` after an honour (中国工程院院士赵嘉诚): (offset, name), or None."""
    for n in (3, 2):
        if len(text) > n + 2 and text[:-n].endswith(_HONOURS) and is_name(text[-n:]):
            return len(text) - n, text[-n:]
    return None


def _described_list(text: str) -> list[tuple[int, str]] | None:
    """Names after a description of the first (委任前高等法院法官张三为…, 递补候补委员张三、李四为…):
    [(offset, name)], or None."""
    first, _, rest = text.partition("、")
    found = named_after_title(first) or _named_after_honour(first)
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
        found = _named_after_honour(part) or named_after_title(part)
        if not found:
            return None
        out.append((at + found[0], found[1]))
        at += len(part) + 1
    return out


def _names_by_length(text: str) -> tuple[list[tuple[int, str]], int] | None:
    """免去张三上海市…职务 (no 的): a name of the usual length before a place name; after a list of
    names (免去甲、乙、丙某市副市长职务) the last one is. Of a list of such items (免去甲X职务、乙Y
    职务) the first item's words are read."""
    if duty := _AFTER_A_DUTY.search(text):
        text = text[: duty.start() + 2]
    # (the last name may follow 和 / 及: 解聘甲和乙副总经理职务)
    for at in (i for i, ch in enumerate(text[:41]) if ch in "、和及" and i > 0):
        # the last item stands where only a name can (免去甲、乙、买某某市…: a surname the table lacks)
        if (names := split_names(text[:at])) and (last := _name_by_length(text[at + 1 :], is_name_in_slot)):
            return [*names, (at + 1, last[0][0][1])], at + 1 + last[1]
    return _name_by_length(text)


def _bare_title_before_tail(text: str) -> bool:
    """Whether ``text`` is a bare title and its tail (副院长职务 after 免去甲): the organisation is
    the list's, elided."""
    title = without_tail(text)
    return 2 <= len(title) <= 6 and ends_with_title(title) and not split_post(title)[0]


def _name_before_a_post(text: str) -> tuple[list[tuple[int, str]], int] | None:
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
        and not is_common_word(text[:n], _NAME_AS_WORD)  # (卫生健康局: 卫生 is a word, no one)
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
_NO_NAME_OPENS = frozenset("区市县省州原现前")
# How often a name's characters may be seen as a word (李强, 159) before they are one (应急, 605).
_NAME_AS_WORD = 300


def _name_by_length(
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
            and (_PLACE_START.match(after) or _bare_title_before_tail(after))
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
            _PLACE_START.match(text[n:])
            or _bare_title_before_tail(text[n:])
            or text.startswith(_BACK_REFERENCES, n)  # 解聘甲公司副总经理职务: the company named back
        ):
            return [(0, text[:n])], n
    return _name_before_a_unit(text, accept)


# The last characters of an institution's internal unit (总务科, 教务处, 护理部, 党政办, 信息中心).
_INNER_UNIT_ENDS = frozenset("科处室部办站所队组")
_INNER_UNIT_LONGEST = 6


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
    if not accept(text[:n]) or is_common_word(text[:n], _NAME_AS_WORD):
        return 0
    for size in range(min(_INNER_UNIT_LONGEST, len(text) - n), 1, -1):
        unit = text[n : n + size]
        if unit[-1] in _INNER_UNIT_ENDS and times_seen(unit) and _bare_title_before_tail(text[n + size :]):
            return size
    return 0


# What stands between a subject and its verb and is not the subject: 同志 / 先生 / 女士, a bracket
# (简历附后), a reason (因工作原因), an adverb (已, 拟, 均), a request (申请, 提出): 孙伟申请辞去.
_BEFORE_VERB = re.compile(
    rf"(?:{HONORIFIC}|少将|中将|上将)?"  # (甲副教授因…: how the person is addressed)
    r"(?:[(（][^()（）]{1,20}[)）])?(?:已|将)?(?:因(?!同志)[\u4e00-\u9fff]{1,16}?(?:[(（][^()（）]{1,12}[)）])?(?:原因|需要|变动|调动|调整|到龄)?、?"
    r"|以[\u4e00-\u9fff]{1,16}?为由)?"  # (甲以个人健康因素为由请辞: the reason, no part of the name)
    r"(?:(?:已|将|则)?[于在]?(?:今年|去年|本年)?[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日|上旬|中旬|下旬|初|底)?起?"
    r"|(?:已|将|则)?[于在]?\d{1,2}日)?"  # (甲15日当选…: a day of this month)
    r"(?:(?:已|将)?于?(?:(?:上|本|下)(?:月|周)(?:初|底|[上中下]旬|[\d一二三四五六七八九十]{1,3}日)?|月[初底]|[上中下]旬))?(?:(?:已|将)?[于由自](?=近日|日前|近期|今日|今天|明日|明天|昨日|昨天|当天|当日|同日|同月|当月|稍早前|早前))?(?:(?:近日|日前|目前|近期|今日|今天|明日|明天|昨日|昨天|当天|当日|同日|同月|当月|稍早前|早前)(?:[(（][^()（）]{1,12}[)）])?起?(?:上午|下午|中午|晚间|晚上)?)?"
    rf"(?:{_DAY_TOLD_TWICE}起?)?"
    # (甲先生自2024年5月20日起就任…: when it takes effect; 甲已于2024年4月19日出任…: the act's day, 已
    # telling news, not a career's past; 甲将于二〇二四年七月二日调任…: a move still to come)
    r"(?:自\d{4}年\d{1,2}月\d{1,2}日起|已于\d{4}年\d{1,2}月\d{1,2}日"
    r"|将[于由](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日起?)?"
    r"(?:(?:也|亦|又|还)?是?(?:于\d{1,2}月\d{1,2}日)?在[^,;:在]{0,40}?(?:会议|会|大会|全会|仪式)上)?(?:此次|此番|这次)?(?:受命)?(?:已经|已先|现已|已|均|皆|悉数|全部|全都|各自|也|亦|还|并|又|再|即|将会|将|正式|主动|本人|挂职|则|突然|突|同时|相继|继续|随即|随后|南下|北上|现在|就地|顺利|成功|自动){0,2}(?:到龄到届|到龄|届龄)?(?:经[\u4e00-\u9fff]{2,6}批准)?(?:作为(?:正式)?候选人)?(?:晋级|晋升)?(?:跨省|跨省份|跨区域)?(?:分别)?(?:以(?:全票|最高票|高票|多数票|(?:赞成票)?(?:\d{1,3}(?:,\d{3})+|\d+|[一二三四五六七八九十百]+)票(?:、(?:反对票|弃权票)?\d+票)*(?:的投票结果)?)(?:全票|高票)?|全票|高票|满票|零反对票|获得?(?:赞成票)?\d+票|得票\d+票)?"
    r"(?:(?:挂职|任职|聘任|聘用|任)?(?:期满|届满)后?|任满|另有任用|另有重用)?"  # (甲同志挂职期满，不再担任…)
    rf"{_TO_WHOM}?"
    # (甲关于辞去…职务的请求; 甲依法辞去…)
    # (甲—…，以定期委任方式续期担任X职务: a Macao dispatch's means, its person named before)
    r"(?:以[\u4e00-\u9fff]{2,8}?方式)?(?:续期)?"
    # (甲于近日向董事会提交了辞去X职务的辞职报告: the letter's words, its posts after 辞去)
    rf"{_BY_PROCEDURE}?(?:书面)?(?:申请|提出的?|提交了?|递交了?|决定|请求|调职|关于|宣布)?(?:分别|先后)?(?:同志)?"
    r"获?"  # (甲教授和乙教授获续任副校长)
    r"(?:接受了?任命)?$"  # (甲和乙接受任命，出任…: the names of the clause after's verb)
)
# What _BEFORE_VERB can end with.
_BEFORE_VERB_LAST = frozenset(
    "继职志生士授)）因要日前期经已均也亦还并又再即将式动人票请出定求别天后会则起突然上次番命省份域月旬初底周时级升于续下、果届龄在地准满用府委织面序法午间长官交了"
    "皆数先自由获利功布部都"
    "的"  # (甲提出的辞去…职务的请求)
)


_ACCEPTING = ("接受", "同意", "批准", "接纳")  # (行政长官已接纳某局局长甲提出的辞职)
_ANNOUNCING = ("宣布", "公布", "决定", "获悉", "据悉")
# 大会选举甲、乙当选为…: the electing verb before the names their 当选 repeats.
_ELECTING = ("选举", "补选", "推选")
# Words after which a clause's subjects stand (关于甲、乙同志辞去… as well as 接受甲、乙辞去…).
_NAMES_LEADS = (*_ACCEPTING, *_ANNOUNCING, "关于", "收到", "确认", "通过")  # (收到甲辞去…职务的书面报告)
_RECOMMENDING = ("推荐", "举荐")
# Words that may open a clause before its subject's name (决定甲同志任…, 提议乙同志不再担任…).
# (我校甲、乙获聘…: a school's or a body's own people, its name a lead, not part of a name)
_CAUSING = ("让", "使", "而")  # (…退任某职，而乙先生将获委任为…: 而 joins the clauses, no name's)
_SLOT_LEADS = (*_PROPOSING, "决定", "同意", *OWN_UNIT_WORDS, "我所", "我局", "至于")  # (至于甲、乙则…)
_SENDING = ("选派", "调派", "调")  # (a notice's 调甲同志任某局局长: moved there by the body)
# (调整, 调入, 调研…: words that open with 调; not 调任志强同志, 调查明同志: 任, 查 open names too)
_DIAO_WORDS = frozenset("整入研动离出配度控")
# Words ending in a surname (于, 由): a name after them starts after that character (关于阳晋,
# 决定由于东任…).
# 是在 / 是于 (甲是在…会议上当选…的): the frame 是…的 around an act.
_IS_AT = re.compile(r"是(?:在|于)(?!\d{4}年)")  # (not 是在2016年…: a step of a career)
_SURNAME_ENDED_WORDS = (
    *("关于", "对于", "由于", "鉴于", "基于", "至于"),
    *("决定由", "并由", "同意由", "改由", "拟由"),
    *("卸任", "离任", "上任", "到任", "就任"),  # 甲卸任不久即出任…: no name 任不久
)
# Characters that make a word with the 任 after them (聘任, 出任, 兼任, 主任): never a name's last
# before the verb 任.
# (原任: held before; 上任, 到任, 就任, 赴任, 离任: words of their own, 上任前任… no act of 任)
_VERB_BEFORE_REN = frozenset("聘委派特简候辞出担兼调转升接主责原上到就赴离现")
_ACTING_VERBS = ("代理", "署理")
_REMOVING = frozenset({Kind.REMOVE, Kind.DISMISS, Kind.REVOKE, Kind.CEASE})
_VERB_FIRST_REMOVING = frozenset({Kind.REMOVE, Kind.DISMISS, Kind.REVOKE})  # 免去 / 解聘 / 撤销 lists
# Verbs after which only names stand before 为 / 的 (任命宓云飞为…): not 任, a surname itself.
_NAMING_VERBS = frozenset(
    {"任命", "免去", "聘任", "聘请", "委任", "委派", "解聘", "撤销", "罢免", "免除", "终止委任"}
    | {"选举", "补选", "增补", "增选", "选出", "选举出"}  # 选举拉毛为…: any surname
)
# Two-character words ending in a surname-like character that is their verb (委任, 聘任).
_VERB_WORDS = frozenset(
    {"委任", "聘任", "出任", "担任", "兼任", "接任", "调任", "升任", "转任", "新任", "现任", "拟任"}
)


# Adverbs before a verb that end given names too (张顺利, 王成功).
_ADVERB_NAMES = ("顺利", "成功", "自动")
_REASON_LEAD = re.compile(REASON_LEAD)  # (由于年龄原因甲同志不再担任…)
# When, opening a clause before its names (本年度, 今年, 近日).
_TIME_LEAD = re.compile(r"(?:本年度|今年|去年|本月|上月|近日|日前|近期|今天|今日|昨天|昨日|同日|当天)")


def _names_after(text: str, lead: int, verb: str) -> tuple[int, list[tuple[int, str]]] | None:
    """``_names_at_end`` of ``text`` after the ``lead`` characters that are no name's, with its
    offsets in ``text``."""
    found = _names_at_end(text[lead:], verb)
    return (found[0] + lead, [(at + lead, name) for at, name in found[1]]) if found else None


def _names_at_end(text: str, verb: str = "") -> tuple[int, list[tuple[int, str]]] | None:
    """The names a clause starts with, ending at ``text``'s end: (offset, names)."""
    if (reason := _REASON_LEAD.match(text)) and (found := _names_after(text, reason.end(), verb)):
        return found  # 由于年龄原因甲同志不再担任…: why, before the names
    # 则 stands before a verb (甲则出任…), in a name before 的 or 为 (阿苏惹则的…职务, 张保则为…)
    text_ = text if verb in ("为", "的") and text.endswith("则") else _without_reason(text)
    # only names stand before 为 in a list item under its verb (A、B为X: 祈子健), and before 同志
    # opening a clause (凤立军同志任…): a surname the list lacks still makes a name there
    if text_.startswith(_SLOT_LEADS) and (found := _names_after(text_, 2, verb)):
        return found  # 提议甲同志不再担任…
    sent = next((w for w in _SENDING if text_.startswith(w)), "")
    if sent == "调" and text_[1:2] in _DIAO_WORDS:
        sent = ""  # (调整, 调入, 调研: words, no sending)
    if sent and (found := _names_after(text_, len(sent), verb)):
        return found  # 调甲同志任…, 选派乙同志任…: the word that sends him, before the name
    if (numbered := _ITEM_NUMBER.match(text_)) and (found := _names_after(text_, numbered.end(), verb)):
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
    if text == text_ and verb in _TAKES_A_PERSON and is_name_word(text_):
        return 0, [(0, text_)]  # 次仁当选…, 达娃辞去…: a Tibetan name of one word, all the clause holds
    if (bare := text.removesuffix("同志")).endswith(_ADVERB_NAMES) and (names := split_names(bare)):
        return 0, names  # (张顺利当选…, 王成功当选…: a given name that reads as an adverb)
    if "、" in text_ and (loose := split_names_in_slot(text_)) and _mostly_names(loose):
        return 0, loose  # 甲、乙、奇峰当选为…: a list of names holds a surname the table lacks
    if (de := text_.rfind("的")) > 0 and (names := split_names(text_[de + 1 :])):
        return de + 1, [(at + de + 1, name) for at, name in names]  # 年满60岁的甲、乙不再任…
    # 接受张三、李四辞去… (after the deciding body: 某常委会决定接受张三、李四辞去…; 宣布甲、乙被聘为…)
    accept = max(text_.rfind(word) for word in _NAMES_LEADS)
    if verb.startswith("当选") and (elect := max(text_.rfind(w) for w in _ELECTING)) > accept:
        accept = elect if "、" in text_[elect:] else accept  # (a list of names only)
    if accept >= 0 and text_.startswith("了", accept + 2):
        accept += 1  # 会议接受了甲、乙等5名同志辞去…
    if accept >= 0 and (names := split_names_in_slot(text_[accept + 2 :])):  # only names stand there
        return accept + 2, [(at + accept + 2, name) for at, name in names]
    if accept >= 0 and (titled := named_after_title(text_[accept + 2 :])):  # 接受现任某市市长张三辞职
        return accept + 2 + titled[0], [(accept + 2 + titled[0], titled[1])]
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
        titled = ends_with_title(described) or _named_by_trade(described)
        if len(text_) > n + 1 and is_name(text_[-n:]) and titled:
            return _joined_subjects(text_, len(text_) - n)
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
    if verb in _ACTING_VERBS:  # 高原副区长代理区长职务: the name, then the post the person holds now
        lead = _DESCRIPTOR_LEAD.match(text_).end()  # 决定高原副区长代理…
        for n in (3, 2):
            name = text_[lead : lead + n]
            held = text_[lead + n :]
            if len(name) == n and is_name(name) and name[-1] not in "副正常代" and ends_with_title(held):
                return lead, [(lead, name)]
    return None


# How a person is addressed right after the name, in notices and announcements.
# Characters that make a word with 任 or end one before a verb (履新前任…, 作为新任…, 接受他辞去…).
_CLAUSE_WORD_END = frozenset("前新现时原曾继接升拟候专兼他她其受意")
# Last characters of a time told before a verb (一年后调任…, 多年来担任…, 第二天出任…), no name's.
_TIME_WORD_ENDS = frozenset("后後来來天年间間内內时時")
# Verbs whose subject can only be a person (a name of a surname the table lacks alone before them).
# What may stand between a name alone and its verb (甲已任…, 乙将出任…).
_ALONE_BEFORE_VERB = frozenset({"已", "已经", "将", "现已", "日前已", "近日已"})
_TAKES_A_PERSON = frozenset(
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
_OFFICIALS = ("高官", "官员", "法官", "警官", "长官", "检察官", "外交官")


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
_PEOPLE_WORD_ENDS = frozenset("人家员者们生士")


def _mostly_names(items: list[tuple[int, str]]) -> bool:
    """Whether a list of three or more items is mostly names by the surname rule (the rest are
    names of surnames the table lacks, not words)."""
    return len(items) >= 3 and 2 * sum(is_name(name) for _, name in items) > len(items)


@lru_cache(maxsize=65536)  # pure; a clause is asked again by each rule (its scan tries every position)
def _without_reason(key: str) -> str:
    """A clause without what may stand between a subject and its verb (因工作调整, 已, 申请)."""
    if not key or (key[-1] not in _BEFORE_VERB_LAST and "因" not in key[-17:]):
        return key
    return _BEFORE_VERB.sub("", key, count=1)


def _clause_without_reason(key: str) -> str:
    """:func:`_without_reason` of a whole clause, which its verb does not follow: a clause ending in
    宣布 is kept whole (甲今天宣布，邀请乙担任…: what he announced follows, no act of his own)."""
    return key if key.endswith("宣布") else _without_reason(key)


def _subject_with_reason(key: str) -> list[tuple[int, str]]:
    """The name of a clause that is only a name and what stands between a subject and its verb
    (张三先生因工作调整原因): the verb follows in the next clause."""
    # (张三同志试用期满，正式任…: confirmed in the next clause)
    over = _PROBATION_OVER.search(key) if "试用期" in key else None
    stripped = key[: over.start()] if over else _clause_without_reason(key)  # 张三因任期届满
    if stripped == key and key.endswith("退休"):
        stripped = _RETIRED.sub("", key)  # 张三到龄退休，不再担任…: the retirement, then its removal
    return split_names(stripped) if stripped != key else []


_RETIRED = re.compile(r"(?:已|因)?(?:到龄|届龄|年龄原因)?退休$")
# (张三同志试用期满 / 试用期已满 / 试用期内考核不合格: the probation's end, the person its subject)
_PROBATION_OVER = re.compile(r"试用期(?:已经|已)?届?满$|试用期(?:内|间)?(?:考核|考察)?(?:不合格|不称职)$")


def _profiled(c: Compact, key: str, end: int) -> list[tuple[int, str]]:
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


def _successor(key: str) -> list[tuple[int, str]]:
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
_PROFESSIONS = ("媒体人", "律师", "会计师", "工程师", "企业家", "学者", "商人", "作家", "专家")
_TRADE_LONGEST = 8  # (a profession's description: a few words, never a clause)


def _named_by_trade(described: str) -> bool:
    """Whether ``described`` ends with a profession after another person described (某局专员甲、媒体人):
    the name after it is the list's next, as after a title."""
    return "、" in described and _by_trade(described[described.rfind("、") + 1 :])


def _by_trade(described: str) -> bool:
    """Whether ``described`` is a short description ending in a profession (资深媒体人, 执业律师)."""
    return len(described) <= _TRADE_LONGEST and described.endswith(_PROFESSIONS)


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


def _bare_titles_described(c: Compact, start: int, descriptor: str, reading: Reading) -> Reading:
    """``reading`` with each bare title (区长) that a post describing the person ends with read as
    that post (北城区区长孙斌被免去区长职务 -> 北城区区长)."""
    if all(p.org for p in reading.posts):
        return reading
    described = _described_posts(c, start, descriptor)
    by_title = {d.title: d for d in described}
    # A title the description does not hold is of the description's organisation: 某区副区长刘建
    # 代理区长 -> 某区代理区长 (when the description names one organisation).
    # (交通处长甲升任秘书长: 交通 is no body of a 秘书长)
    orgs = {d.org for d in described if d.org and not contracted_head(d)}
    org = orgs.pop() if len(orgs) == 1 else ""
    posts = tuple(
        p
        if p.org
        else replace(p, post=d.post, org=d.org)
        if (d := by_title.get(p.title))
        else replace(p, post=(own := _unit_headed(p.title, org)) + p.post, org=own)
        if not _governs_elsewhere(p.title, org)
        else p
        for p in reading.posts
    )
    return replace(reading, posts=posts)


def _of_each_own(reading: Reading) -> bool:
    """Whether a reading's posts name no body but each person's own (各自公司董事长)."""
    return any(to_key(p.org).startswith("各自") for p in reading.posts)


def _each_own_body(c: Compact, start: int, subjects: str, reading: Reading) -> Reading:
    """甲、乙分别升任各自公司董事长、总经理: each title is of the body its person is described by
    (``subjects``: the described people, at ``start``); unchanged unless each has one."""
    orgs, at = [], 0
    for part in _described_parts(subjects):
        found = named_after_title(part)  # (原某公司董事长甲: the body is 某公司, its 原 aside)
        posts = [without_yuan(p) for p in _described_posts(c, start + at, part[: found[0]])] if found else []
        orgs.append(posts[0].org if posts else "")
        at += len(part) + 1
    if len(orgs) != len(reading.posts) or not all(orgs):
        return reading
    posts = tuple(replace(p, post=org + p.title, org=org) for p, org in zip(reading.posts, orgs, strict=True))
    return replace(reading, posts=posts)


def _party_units_described(c: Compact, start: int, descriptor: str, reading: Reading) -> Reading:
    """``reading`` with each post that opens with a bare party unit (党委组织部部长) read as of the
    body the person's description names that unit of (某自治区党委常委甲兼任党委组织部部长)."""
    if not any(to_key(p.org).startswith(_PARTY_UNITS_OPENING) for p in reading.posts):
        return reading
    described = [d for d in _described_posts(c, start, descriptor) if d.org]
    posts = []
    for p in reading.posts:
        unit = next((u for u in _PARTY_UNITS_OPENING if to_key(p.org).startswith(u)), "")
        body = next((d.org[: -len(unit)] for d in described if unit and to_key(d.org).endswith(unit)), "")
        posts.append(replace(p, post=body + p.post, org=body + p.org) if body else p)
    return replace(reading, posts=tuple(posts))


_PARTY_UNITS_OPENING = ("党委", "党组")


# What a place's (or its government's) name ends with.
_PLACE_ENDS = (*"省市区县州旗盟乡镇府", "公所")  # (某乡公所: the township's office)


def _governs_elsewhere(title: str, org: str) -> bool:
    """Whether ``title`` heads a government and ``org`` is no place (原某处处长甲升任副县长: not the
    处's 副县长)."""
    return bool(org) and heads_a_place(title) and not to_key(org).endswith(_PLACE_ENDS)


def _unit_headed(title: str, org: str) -> str:
    """``org``, or the unit inside it that ``title`` heads when ``org`` is a unit of another kind
    (某局办公室主任甲升任副局长: 某局; 某会专委甲接任局长: none). 客家局长's 局 is in the title alone."""
    unit, key = title[-2:-1], to_key(org)
    if (
        not title.endswith("长")
        or unit not in _UNIT_HEADED
        or key[-1:] not in _UNIT_ENDS
        or key.endswith(unit)
    ):
        return org
    return org[: key.rfind(unit) + 1]


def _org_of_its_kind(title: str, state: State) -> str:
    """The body the sentence is about (某医院召开干部大会) when the bare ``title`` heads a unit of its
    kind and not of the last post's organisation (…甲调任市卫健委副主任，乙任院长: the 医院's 院长);
    else ''."""
    head = HEAD_TITLE_ALONE.fullmatch(title)
    if head and (left := org_of_title(state.left, title)):
        return left  # 某医院院长甲调任…，乙任院长: the post 甲's move left
    if state.announcer == state.org or not (body := announced_body(title, state)):
        return ""
    org, unit = to_key(state.org)[-1:], head["unit"] if head else ""  # (董事长: a company's, no unit's)
    return body if org in _UNIT_ENDS and org != unit else ""


# The units a bare title names by its own character (局长 heads a 局, 处长 a 处), and the last
# characters of units of any kind.
_UNIT_HEADED = frozenset("局处厅署所")  # (not 科: 科技局, 科学院 hold it inside their names)
_UNIT_ENDS = frozenset("局处厅署科所会院校部委办室司组队站")


# Verbs by which a body assigns someone it then describes (县政府指派某乡公所秘书甲代理乡长).
_ASSIGNING = ("指派", "委派", "指定", "核派")


def _descriptor_org(c: Compact, start: int, descriptor: str, title: str) -> str:
    """The organisation of the first post in a descriptor before a name, as printed, for the bare
    ``title`` after the verb ('' if none): a place whose government the described post heads is no
    organisation of another kind's title (某市副市长甲升任部长助理: no 某市部长助理)."""
    posts = _described_posts(c, start, descriptor)
    if not posts or (heads_a_place(posts[0].title) and not heads_a_place(title)):
        return ""
    if contracted_head(posts[0]) and to_key(posts[0].title) not in title:
        # 台中市交通局长甲调任副秘书长: 交通 is no body of a 秘书长, its place is (of a 局长 again,
        # the office is); with no place, no body at all
        return place_of(posts[0].org)
    # (某医院原院长甲…不再担任院长职务: 原 says the post is the one left, no part of it)
    return _unit_headed(title, without_yuan(posts[0]).org)


def _described_posts(c: Compact, start: int, descriptor: str, elided: str = "") -> list[PostMention]:
    """The posts of a descriptor before a name, without its lead-in (决定, 原任) and a closing 的
    (原任某区委副书记的张三: 某区委副书记); ``elided``: the body its bare titles are of."""
    # (县政府指派某乡公所秘书甲…: the body that assigns and its verb are no part of the post)
    assigned = max(
        (descriptor.rfind(verb) + len(verb) for verb in _ASSIGNING if verb in descriptor), default=0
    )
    # (…(中央社记者某某台北30日电)某县议长甲: the dateline's bracket closes before the description)
    assigned = max(assigned, descriptor.rfind(")") + 1)
    lead = assigned or _DESCRIPTOR_LEAD.match(descriptor).end()
    lead += descriptor.startswith("而", lead)  # (而此前任某院党组书记的甲: the clause's 而, then the post)
    lead = NOW_HELD.match(descriptor, lead).end()
    if party := _PARTY_MEMBER.match(descriptor, lead):
        lead = party.end()  # 国民党籍某县议长甲: the party he belongs to, no part of the post
    end = len(descriptor) - descriptor.endswith("的")
    return read_posts(c.text[start + lead : start + end], descriptor[lead:end], elided)


# A party a person belongs to, printed before his posts (国民党籍, 民进党籍, 无党籍).
_PARTY_MEMBER = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?党|无党)籍")


def _with_qualifier(reading: Reading, code: str) -> Reading:
    posts = tuple(
        p
        if code in p.qualifiers
        else PostMention(p.post, p.org, p.title, (*p.qualifiers, code), p.start, p.end)
        for p in reading.posts
    )
    return replace(reading, posts=posts)
