"""Read personnel events out of the notices of a compact window: rules over characters.

Each sentence of a notice body is cut into clauses; each clause is read by the first rule that
fits it (其-clauses, verb-first, subject-first, inherited verb, table row). A clause that names
no person, or whose post ends in no title, yields nothing.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Final

from graph_builder.extract.acting_bodies import (
    BODY_LINE,
    BODY_LINE_ENDS,
    GROUP_HEADING,
    GROUP_ITEM_PERSON,
    GROUP_ITEM_VERB_WORDS,
    GROUP_NAMED,
    REAPPOINTMENTS,
    ROSTER_BODIES,
    SOCIETY_CONGRESS,
    announced_above,
    announcing_body,
    announcing_body_at,
    body_above,
    congress_place,
    congress_society,
    elected_by_its_congress,
    elected_posts_body,
    electing_org,
    full_stop_after,
    group_heading_above,
    list_body,
    post_before_colon,
    post_over_names,
    roster_heading,
    society_named,
    unit_deciding,
)
from graph_builder.extract.anaphora import BOARD_OWN_WORDS
from graph_builder.extract.appointees import (
    body_joined,
    honoured_appointees,
    members_by_role,
    members_roster_heading,
    members_subhead,
    post_below,
)
from graph_builder.extract.board_composition import Section, composition_line, composition_section
from graph_builder.extract.clause_names import (
    ACTING_VERBS,
    NAMES_LEADS,
    PLACE_START,
    PROFESSIONS,
    SLOT_LEADS,
    clause_without_reason,
    name_before_a_post,
    names_at_end,
    names_before,
    names_by_length,
    profiled,
    ren_in_a_word,
    subject_with_reason,
    successor,
    without_reason,
)
from graph_builder.extract.clause_spans import (
    SENTENCE_STOP,
    alone_on_its_line,
    cut_clauses,
    cut_spans,
    names_run_on,
)
from graph_builder.extract.clause_words import (
    BY_PROCEDURE,
    CUE,
    DEATH,
    DESCRIPTOR_LEAD,
    ENDING_KINDS,
    ITEM_OPENING,
    LETTER_HANDED_IN,
    LEXICON,
    NOT_AFTER_SHORT_REMOVAL,
    PRONOUNS,
    PROPOSED,
    PROPOSING,
    REMOVING_KINDS,
    SINCE_DAY,
    TO_WHOM,
    VERBS,
    at_first_characters,
)
from graph_builder.extract.columns import may_head_columns, without_dates
from graph_builder.extract.committees import committee_members
from graph_builder.extract.compositions import (
    COMPOSED_BELOW,
    body_formed,
    members_listed,
    members_of_the_elected,
)
from graph_builder.extract.deputies import by_elected_deputies
from graph_builder.extract.described_removals import (
    a_holders_death,
    demanded,
    dismissed_by_body,
    posts_of_each,
    removed_by_description,
    removed_from_described,
)
from graph_builder.extract.descriptions import (
    bare_titles_described,
    described_name,
    described_people,
    described_posts,
    descriptor_org,
    each_own_body,
    of_each_own,
    only_posts,
    org_of_its_kind,
    party_units_described,
    place_named_before,
    whole_post,
    with_qualifier,
    without_address,
)
from graph_builder.extract.event_dates import EventDates, adopted_above, clause_start, sentence_start
from graph_builder.extract.events import NOMINATED, events_of
from graph_builder.extract.led_bodies import counted_then_named, heads_of_the_elected_body
from graph_builder.extract.letters import (
    WRITTEN_BY,
    letter_handed,
    letter_received,
)
from graph_builder.extract.list_items import item_reading
from graph_builder.extract.list_rows import (
    BRACKETED_ITEMS,
    CONFIRMED,
    FORMER_POST,
    UNIT_BEFORE_COLON,
    as_confirmed,
    company_announcing,
    first_board,
    name_then_post,
    names_with_bracketed_posts,
    place_label,
    post_after_the_name,
    post_and_holders,
    post_row,
    probation_served,
)
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
    cleft_holders,
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
    outgoing_members,
    pairs,
    pairs_announced,
    person_in,
    post_clause_before,
    post_name_pairs,
    they_are_inline,
    they_are_listed,
    title_runs_in_its_unit,
    unit_and_name,
    unit_titled_names,
)
from graph_builder.extract.names import (
    ADDRESSES,
    HEAD_COUNT,
    PROFESSIONS_OF_SURNAMES,
    dotted_name_starts,
    is_name,
    is_transcribed_name,
    split_names,
    split_names_in_slot,
    xin_ends_a_name,
)
from graph_builder.extract.posts import (
    BODY_ENDS,
    SOCIETY_ENDS,
    PostMention,
    ended_by_move,
    names_its_body,
    post_of,
    qualifier_codes,
    read_posts,
    unit_head_after_its_party,
)
from graph_builder.extract.proposals import (
    PROPOSED_KINDS,
    adopted_next,
    as_elected,
    as_proposed,
    decided_in,
    effective,
    motion_carried,
    proposes,
    put_to_a_vote,
    terms_of_the_announcer,
)
from graph_builder.extract.reading import (
    Reading,
    State,
    last_match,
    printed,
    without_tail,
)
from graph_builder.extract.records import record_reading, without_profile
from graph_builder.extract.signatures import (
    SIGNATURE_LONGEST,
    signature,
)
from graph_builder.extract.table_rows import (
    act_name_post_row,
    columns_reset,
    table_header,
    table_row,
)
from graph_builder.extract.titles import ends_with_title, title_word_ends
from graph_builder.extract.transfers import (
    FORMER_DESCRIPTOR,
    FORMER_HELD,
    FORMER_YUAN,
    MOVE_DIRECTIONS,
    TRANSFER,
    handed_over,
    moved_from,
    moved_in_from,
    moved_into,
    moves_into_a_body,
    sent_to_serve,
    with_ended,
)
from graph_builder.read.dates import DATE, parse_date
from graph_builder.read.normalise import (
    CIRCLED,
    Compact,
    is_han,
    to_key,
)
from graph_builder.read.patterns import ROW_UNIT_ENDS, date_line
from graph_builder.read.segment import Block
from graph_builder.types import ENDS, Action, Event, FuzzyDate, Kind, Precision, Qualifier

# Whether a text holds a title word (asked of the text cut to the stretch: see title_word_ends).
_TITLE_WORD = title_word_ends()  # (not Final: a test stands in for it, compiled too)
# Qualifier codes read once: an enum member's .value goes through a descriptor on every access.
_CONCURRENT, _ACTING = Qualifier.CONCURRENT.value, Qualifier.ACTING.value
_PROBATION_COMPLETE: Final = Qualifier.PROBATION_COMPLETE.value
_PROBATION_TERMINATED: Final = Qualifier.PROBATION_TERMINATED.value
# What a sentence of names alone holds beside them: an item's number and its stop.
_ITEM_MARKS: Final = 6
# A count of people inside a heading's organisation (某委员会23位副主席): no body's name.
_HEAD_COUNT_IN: Final = re.compile(HEAD_COUNT)
# A post described as held till now by 原 before it, the name after (县府表示，原社会处长甲…).
_YUAN_DESCRIBED: Final = re.compile(rf"(?:^|[,:]|表示|宣布|决定|获悉){FORMER_YUAN}(?!任)[^,;:的]{{2,30}}$")


# (What follows the verb, to the clause's end, is its rest: names, then posts.)
_VERB_FIRST: Final = at_first_characters(
    # (提请区人大常委会任命甲为…: the body asked, between 提请 and its verb)
    # (提请常委会第二十次会议任命…, 提请本次常委会会议任命…: the sitting asked)
    rf"(?P<nom>提请(?:[\u4e00-\u9fff]{{0,12}}?(?:人大常委会|常委会|人民代表大会常务委员会)"
    rf"(?:第[\d一二三四五六七八九十]{{1,4}}次)?(?:会议)?)?|拟|建议|提名(?=免)"
    rf"|报请(?:中央人民政府|国务院)?)?(?:决定|同意|研究决定)?"
    rf"(?P<verb>{LEXICON.pattern('verb_first')})(?:了)?",
    "提拟建报" + "决同研" + LEXICON.first_characters("verb_first"),
)  # (行政长官提名，报请中央人民政府任命甲为…: proposed to the appointing body, not done; 提名免去…)
# A long lead before a verb is the deciding body, its meeting and when: the verb still governs.
_DECIDING_LEAD: Final = re.compile(r"会议|决定|通过|依法|宣布|表决|近日|日前|[】\]]")
# 为 and 的 continue a list whose verb was stated once: 任命A为X；B为Y.
# (被国务院任命为, 获行政长官委任为: the appointing body between 被 / 获 and the verb.)
_SUBJECT_VERB: Final = at_first_characters(
    # (the body that acts between: 甲被某市政府任命为…, 乙被某省人大常委会补选为全国人大代表)
    f"[被获][\u4e00-\u9fff、]{{2,24}}?(?P<by>任命为|聘任为|聘为|委任为|免去|补选为|增补为|选举为|选为)"
    f"|{LEXICON.pattern('subject_first')}|为|的",
    "被获" + LEXICON.first_characters("subject_first") + "为的",
)
# The pronouns of the person before (其, 该同志, 他, 她).
_ITS: Final = "其|该同志|他|她"
_OTHER_PERSON: Final = re.compile(
    rf"^(?:会议|大会|随后|并|同时|另|还|又){{0,2}}{BY_PROCEDURE}?(?P<nom>提请|提名|拟)?(?P<verb>免去|免除|免|解聘|任命|任|决定|撤销|罢免)"
    # (免去其X职务; 免去该同志X职务, 免去他的X职务, 免去其本人兼任的X职务: the same person)
    rf"(?P<its>{_ITS})(?:本人)?(?:原任的|原任|原|兼任的)?(?:的|为|担任|出任|兼任|任)?(?P<rest>.+)$"
)
_ITS_PERSON: Final = re.compile(_ITS)  # (where the pronoun may stand in a clause)
# The verbs a pronoun other than 其 may follow (免去他的X职务), and what must follow it: his post.
_REMOVING_VERBS: Final = frozenset({"免去", "免除", "免", "解聘", "撤销", "罢免"})
_ITS_OWN: Final = re.compile(
    r"本人|兼任的|原任的|的(?:[\u4e00-\u9fff、]{2,40}?(?:职务|资格)$)|(?<=该同志)(?!的)"
)
# The person before acting in a post (任命甲为某县副县长，并决定由其代理县长职务).
_ACTING_ITS: Final = re.compile(r"^(?:会议|并|同时){0,2}(?:决定)?由其(?P<rest>代理.+)$")
# …and with the person left unsaid (任命甲为某市副市长，并决定代理市长): the one the clause before named.
_ACTING_UNSAID: Final = re.compile(r"^(?:并|同时)决定(?P<rest>代理[^,;:。]+)$")
_ACCEPTED_ITS: Final = re.compile(
    r"^(?:会议|并|同时|还|决定){0,2}(?:(?:同意|接受)(?:其|他|她|该同志)|其(?:因[\u4e00-\u9fff]{1,12}?(?:原因|因素)?)?(?:申请|提出)?)"
    r"辞去(?P<rest>.+)$"
)
# A letter of resignation received, named by its writer (收到董事甲的书面辞职报告).
_LETTER_OF_RESIGNATION: Final = re.compile(r"的(?:书面)?(?:(?:辞职|辞任)(?:报告|信|函|申请)|辞呈)$")
_PROFILE: Final = re.compile(r"[\u4e00-\u9fff·]{2,4}[,(](?:男|女)")
# Verbs that go on with the person of the clause before in the same sentence (no name of their own).
_CONTINUING: Final = frozenset(
    {
        "不再担任",
        "不再兼任",
        "不再任",
        "兼任",
        "兼",
        "免去",
        "免",
        "辞去",
        "调任",
        "转任",
        "改任",
        "先任",
        "任命为",
        "建议免去",
    }
)  # (甲同志任某学院党委副书记，任命为某学院院长: the party post, then the one the government gives;
# 免去甲某局党委书记职务，建议免去其某局局长职务: the government's post, proposed to it;
# 甲任某局局长，免某局副局长职务: a 任免表 cell's or a brief notice's short removal)
_TAKEN_AFTER_LEAVING: Final = frozenset({"出任", "担任", "履新", "接任", "升任"})
_TAKEN_BESIDES: Final = _TAKEN_AFTER_LEAVING | {"当选为", "当选"}
_LEFT: Final = frozenset({Kind.CEASE, Kind.RESIGN, Kind.REMOVE})
_BARE_VERB: Final = re.compile(
    # (鉴于甲同志已到退休年龄，决定免去其…: the decision's 其 is the subject's)
    r"^(?:同时|并|亦|也|则|随后|随即)?(?:一并|相应)?(?:经?(?:[\u4e00-\u9fff]{0,12}?(?:政府|委|党组|会|会议))?(?:研究)?(?:同时)?决定(?=免去其)|会议(?:还|也|并)?同时(?=免去其))?(?:(?:已|将)?于?(?:近日|日前|近期|今日|今天|昨日|昨天|当天|当日)(?:[上下]午)?(?:已|正式)?|已|将|(?:今日|今天|明日|明天|即日|同日)起|跨(?:省|公司|地区|区域|系统)|"
    rf"(?:{MOVE_DIRECTIONS})(?=出任|履新|任)"
    # (…收到董事甲提交的书面辞职报告，因个人原因请求辞去…: the writer's request)
    r"|(?:已|将)?因[\u4e00-\u9fff]{1,8}?(?:原因|变动|调动|调整|需要)(?:本人)?特?(?:书面)?(?:申请|提出|主动|请求)?|(?:已|将)?(?:本人)?特?(?:书面)?(?:申请|提出|主动|请求))?"
    # 向公司董事会辞去…, 向县人大常委会申请辞去…: to whom the letter goes
    # (向镇人民代表大会提出辞去…, 向镇人大主席团提出…: a township's congress, which has no standing committee)
    r"(?:向(?:(?:公司|[\u4e00-\u9fff]{1,4}?人大)?(?:董事会|监事会|党委|常委会)"
    r"|[\u4e00-\u9fff]{0,8}?(?:人民代表大会|人大)(?:主席团)?)(?:书面)?(?:申请|提出|提交了?|递交了?)?)?"
    rf"{BY_PROCEDURE}?"
    # 3月30日起出任…, 将于十一月一日兼任…: a day of this year (a year's date is a career step's)
    # (甲…，已于3月出任…: a month of this year, its day untold)
    # (本月18日起出任…, 将于下月九日出任…, 本月底接替乙任…: a day of the month the news is of)
    r"(?P<day>(?:(?:已|将)?于?(?:\d{1,2}|[一二三四五六七八九十]{1,3}|本|下个?)月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"|(?:已|将)?于?(?:本|下个?)月(?:底|初|中)|(?:下|本|上)?(?:周|星期)[一二三四五六日天]"
    r"|(?:已|将)?于(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    # (甲，3日起出任…: a day of the month the news is of, from which he serves; not a profile's 8月任…)
    r"|(?:已|将)?[于自]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?=起))起?(?:正式)?)?"
    r"(?P<where>在[^,;。]{2,24}?会议?上)?"  # 昨日在省人大常委会会议上被任命为…: where it was decided
    r"(?:以[\u4e00-\u9fff]{2,8}?方式)?(?:续期)?"  # (甲—…，以定期委任方式续期担任…: a Macao dispatch)
    r"(?:分别)?"  # (甲、乙不再担任X职务，分别出任Y、Z: the people of the clause before, in turn)
    # (甲北上，接替乙出任X: 甲 takes X)
    r"(?:接替(?P<succeeded>[\u4e00-\u9fff·]{2,4}?)(?:同志)?(?=出任|担任|兼任|任(?![命免])))?"
    r"(?:责令其?)?"  # (对甲实行问责，责令其辞去X职务: the order's act on the subject)
    rf"(?P<verb>被任命为|被免去|被罢免|被聘任为|被聘为|被增补为|被选举为|被选为|任命为|任(?![命免])|免去|免(?![{NOT_AFTER_SHORT_REMOVAL}])|兼任|兼|担任|不再担任|不再兼任|不再任(?![命免])|辞去|辞任|卸任|退任"
    r"|挂任|按期正式任命为|按期正式任|被正式任命为|正式任命为|正式聘任为|正式任|拟聘任|拟任用为|拟提拔为|拟提拔任|拟提任|拟晋升为|拟转任|拟交流任|拟任命为|拟提请任命为|拟提请免去|提请任命为|拟免去|提请免去|建议免去|拟任|出任|接任|升任为|擢升为|升任|晋升为|晋升|调任|调升|转任|改任|先任|履新|获委任为|获任命为|成为新的|成为新一任|成为新任"
    r"|(?<=方式)委任为|(?<=续期)委任为"  # (甲——…，以定期委任方式委任为X: a Macao dispatch's subject)
    r"|当选为|当选)(?!过)"  # 担任过: a post held once, not taken
)
# 为甲、乙颁发聘书，分别聘任为…: hired, the persons named in the clause before (or by a pronoun).
_HIRED_AS: Final = re.compile(
    r"^(?:并|同时)?(?:分别)?(?P<verb>聘任|聘请)(?:其|他们|她们|他|她)?(?:分别)?(?:为|担任)"
)
# 他 / 她 and the verb of the clause (他已出任…, 她任…).
_PRONOUN_VERB: Final = re.compile(
    r"^[他她](?P<plural>们)?(?:近日|日前|已|将|也|又|随后|分别)*(?:同时)?"
    r"(?:因[\u4e00-\u9fff]{1,10}?(?:原因|因素|理由|需要|安排))?(?:申请|提出|主动)?"  # (他因个人原因辞去…)
    r"(?P<verb>担任|出任|任|兼任|调任|转任|当选为|当选|辞去|辞任|请辞|不再担任)"  # (他同时申请辞去…)
)
# A name as a text names a person: 张三同志, 张三，男 / 张三(女).
# (关于周斌同志任职的决定: 于 after 关, 对, 鉴, 由, 至 is the word's, not a surname)
_NAMED: Final = re.compile(r"(?<![关对鉴由至])(?P<name>[\u4e00-\u9fff]{2,3})(?:同志|[,(](?:男|女))")
# An item's number standing as a sentence of its own (一、 opening a line is a stop).
_ITEM_NUMBER_ALONE: Final = re.compile(r"[一二三四五六七八九十]|\d{1,2}|\([一二三四五六七八九十\d]")
# A post told as held now (目前，甲兼任某区委书记、区长; 目前，某市委书记由乙兼任; 甲目前还担任…), which
# no act of change or 已 in the sentence turns into news; and one held for years (甲任X的八年多来).
_HELD_NOW: Final = re.compile(r"目前(?:还|仍|仍然|也|亦)?,?")
_HELD_NOW_VERB: Final = re.compile(r"兼任|担任|任")
_CHANGE_TOLD: Final = re.compile(
    r"已|决定|研究|任命|免去|免职|调任|转任|出任|接任|接替|升任|辞去|辞职|当选|选举|聘任|就任|履新|卸任|不再|代理"
)
_HELD_FOR_YEARS: Final = re.compile(r"任[^,。;]{2,40}?的[一二三四五六七八九十两\d]+年多?(?:来|里|间|中)")


def _currently_held(sentence: str) -> bool:
    """Whether ``sentence`` tells a post held now (目前，甲兼任X), not a change."""
    now = _HELD_NOW.search(sentence)
    if now is None or _CHANGE_TOLD.search(sentence):
        return False
    return _HELD_NOW_VERB.search(sentence, now.end()) is not None


# A question asked of an act (甲、乙为何要辞去…职务？ 是否免去甲的X职务？): the act told elsewhere or not at
# all, never by the question (a "?" alone may stand for a character a page's encoding lost: 王?为…).
_ASKING: Final = re.compile(r"为何|为什么|是否|怎样|怎么|如何|何时|何种|何以|谁|哪|吗|呢")
_GROUP_ITEM_VERBS: Final = frozenset(GROUP_ITEM_VERB_WORDS)
# (Hong Kong's digests of bodies: （一）某委员会：再度委任甲为主席；新委任乙为成员)
_INLINE_ITEM_VERBS: Final = (*GROUP_ITEM_VERB_WORDS, "委任", "再度委任", "新委任", "委聘")
_INLINE_GROUP: Final = re.compile(
    rf"(?:[^:;]{{0,60}}?决定:)?{GROUP_NAMED}:(?={'|'.join(_INLINE_ITEM_VERBS)})"
)
# The names of a list announced by the sentence before (…按期正式任职。名单如下：).
_NAMES_FOLLOW: Final = re.compile(r"(?:具体|现将)?(?:人员)?(?:名单)?(?:公布)?如下:?")
# A term noted after a heading post (聘任下列同志为市政府参事，聘期五年：).
_TERM_NOTE: Final = re.compile(r"(?:聘期|任期|为期)[^,;:]{1,30}")


def _opens_item(below: str) -> bool:
    """Whether the start of the next line opens a numbered item (1. / 一、 / (一))."""
    return below[:1].isdigit() or below[:1] in "一二三四五六七八九十(（"


# A class of units heading a list's items (（一）区政府工作部门, （二）区属事业单位, 市直单位).
# (一、临床科室⏎心血管内科：主任甲: a hospital's)
_CATEGORIES: Final = ("部门", "单位", "机构", "企业", "科室")
_CATEGORY_LONGEST: Final = 12
_GROUP_OF_APPOINTEES: Final = re.compile(
    r"[\u4e00-\u9fff]{2,12}(?:成员|人士|委员|代表):"
    rf"|(?:{REAPPOINTMENTS}):"  # (再度委任：⏎甲先生: the group's post is the heading's above)
)
_NOTE: Final = re.compile(r"[(（][^()（）]{1,12}[)）]")
_NOTE_AT_END: Final = re.compile(_NOTE.pattern + "$")
# A successor named after the post just left: 由政务次长李四接任 / 其职务由李四接替.
_TAKES_OVER: Final = re.compile(
    r"^并?(?:其职务|其职位|其职缺|其职|其遗缺|遗缺|悬缺|职缺|该职务|该职|其原职|原职)?(?:改|将|暂|暂时|临时)?由(?P<who>(?:(?!出任|担任)[^,由]){2,24}?)(?:同志|先生|女士)?"
    # (其职缺由乙接掌; 甲请辞，改由乙接任; 董事长一职由乙暂代; Hong Kong: 其职位由副署长乙署理, not
    # 由乙出任某署理校长: 署理 there is the post's)
    r"(?:暂时|临时)?(?P<verb>接任|接替|继任|调任|转任|接掌|接手|升任|代理|暂代|代任|署理|兼任)"
    r"(?P<post>.{0,12})$"
)
# The vacancy a move leaves (遗缺由乙接任): never the post the move took up.
_VACANCY: Final = ("遗缺", "其遗缺", "悬缺", "职缺", "其职缺")
# 免去甲X职务，乙接任: a successor named with no 由, after the clause that ended the post.
# (甲卸任X，该省某委副主任乙接替其职: the successor described, the post named by 其职)
# Words of talk, a proposal, a hope or a refusal before a successor's description (外界预测某副书记乙
# 继任, 董事会提名副总经理乙接任, 卫健委否认副院长乙接任): no successor named as done.
_SUCCESSOR_TALK: Final = re.compile(
    "预计|预测|预料|猜测|看好|盛传|传出|传闻|传言|据传|否认|提名|提议|推荐|建议|希望|期待|尚未|不同意|反对|透露|拟"
    "|可能|有望|或将|料将|料由|^传|外传|相传|坊间"
    "|不排除|考虑|打算|准备|愿意|拒绝|婉拒|不愿|未能|没有|不会|暂不"
)
_SUCCEEDS: Final = re.compile(
    # (甲退休，乙接任 / 某院院长乙正式接任: the successor, maybe described by the post he holds, which
    # goes on; what stands between him and the verb, and words of talk or refusal: see _taken_over)
    r"^(?:(?P<successor>(?:(?![由缺将])[\u4e00-\u9fff·]){2,24}?)(?:同志|先生|女士)?(?:接任|继任)"
    r"|(?P<described>(?:(?![由缺将])[\u4e00-\u9fff·、]){2,30}?)(?:同志)?(?:接替|接任|继任)(?:其职务|其职位|其职)"
    r"|其?(?:接任|继任)(?:者|人选)(?:为|是)(?P<named>[\u4e00-\u9fff·]{2,30}))$"  # (接任者为某司司长乙)
)
_SUCCESSOR_NAMED: Final = ("接任者", "继任者", "其接任者", "其继任者", "接任人选", "继任人选")
_SUCCEEDS_ENDS: Final = ("接任", "继任", "其职", "其职务", "其职位")
# A line "POST：NAMES" of a list under one verb (任命：⏎某院检察员：张三、李四).
_POST_COLON_NAMES: Final = re.compile(r"^[^:,]{3,40}:[\u4e00-\u9fff·、()]{2,80}$")
_CONFIRMED_ROW_LONGEST: Final = 40  # (甲同志某市某局副局长；)
# (现将选举结果公布如下：the results' lines below)
_ELECTION_RESULTS: Final = (
    "选举结果",
    "当选名单",
    "当选人名单",
    "人选的表决结果",
    *(f"选举结果{how}如下" for how in ("", "公布", "公告", "报告")),
)
_VOTED: Final = ("投票", "无记名投票", "投票表决")
# A society's name as a clause prints it (no 和 / 及 / 与 / 的 / 在 of the clause's own inside).
_SOCIETY_NAME: Final = rf"(?:(?![和及与的在])[\u4e00-\u9fff]){{2,30}}?(?:{'|'.join(SOCIETY_ENDS)})"
# A society, and the organ of its term, whose election's results are listed below (某协会第三届理事会).
_SOCIETY_ORGAN: Final = re.compile(
    rf"(?P<body>{_SOCIETY_NAME}(?:第[一二三四五六七八九十\d]{{1,3}}届(?:常务理事会|理事会|委员会))?)"
)
# The committee whose plenary elected the officers below (中国共产党某市第四届纪律检查委员会第一次全体会议).
_PLENARY_OF: Final = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,40}?委员会)第[一二三四五六七八九十\d]{1,3}次全体(?:会议)?"
)
# An appointment of a count of people, named after it (委任五名政治助理，分别为：).
_COUNTED_APPOINTED: Final = re.compile(
    r"(?P<verb>委任|任命|聘任)[\d一二三四五六七八九十两]{1,3}名[\u4e00-\u9fff]{2,12}$"
)
# An announcement of the appointments listed below it (公布以下首长级人员的任命).
_ANNOUNCED_BELOW: Final = re.compile(r"(?:公布|宣布)(?:以下|下列)[\u4e00-\u9fff]{0,16}的(?:任命|委任)$")
# The votes told after a name elected (甲得赞成票74票, 乙以71票).
_VOTES_AFTER: Final = re.compile(r"(?:得|获得?|以)(?:赞成票)?\d+票$")
# A list's title naming a body and the posts it lists (某委员会主席、副主席、秘书长、常务委员名单; 某自治区
# 人民政府主席、副主席名单).
_POSTS_ROSTER: Final = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,40}?(?:人民代表大会常务委员会|委员会|常委会|人民代表大会|人民政府|国务院))"
    r"(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}名单"
)
# The note of when and by whom a result or list was adopted, printed after its title: (某日某会议选举).
_ADOPTION_NOTE: Final = re.compile(r"(?:\([^()]*\))?$")


def _roster_titled(c: Compact, start: int, key: str, state: State) -> bool:
    """Note a list titled by a body and the posts it elected (政协某县第十一届委员会主席、副主席、
    秘书长名单, its note saying 选举 after it or on the line below): its lines are elections to
    that body's posts. Whether ``key`` is such a title."""
    heading = _without_adoption_note(key)
    posts_of = _POSTS_ROSTER.fullmatch(heading)
    note = _note_after(c, start + len(heading)) if posts_of else ""
    if posts_of and not _elected_in(note) and (again := _title_again(c, start, heading)) >= 0:
        note = _note_after(c, again + len(heading))  # (a page's headline, its date line, the title again)
    if not _elected_in(note) or "提请" in note or "提交" in note or "候选人" in heading or "人选" in heading:
        return False  # (a candidates' list, 提请大会选举, 建议人选名单…提交大会选举: no one elected yet)
    if c.key.find("历届", max(0, start - _PAST_TERMS_REACH), start) >= 0:
        return False  # 某县政协历届领导名单⏎…名单(2016年…选举): the rosters of past terms, history
    state.kind, state.list_org = Kind.ELECT, c.text[start : start + posts_of.end("body")]
    return True


def _elected_in(note: str) -> bool:
    """Whether a roster's note says its people were elected (…会议选举, …会议选出)."""
    return "选举" in note or "选出" in note


def _title_again(c: Compact, start: int, heading: str) -> int:
    """Where a page prints the title at ``start`` again below its date line (the list's own title over
    its note), or -1."""
    after = start + len(heading)
    return c.key.find(heading, after, after + _TITLE_AGAIN_REACH + len(heading))


_TITLE_AGAIN_REACH: Final = 80  # (a headline's date line and source, then the title again)
_SWORN_LIST_OPENINGS: Final = ("参加宣誓的", "参加宪法宣誓的", "宣誓人员有")
_PAST_TERMS_REACH: Final = 200  # (how far above a roster the page may say it lists past terms)


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
    return key.removesuffix(_ADOPTION_NOTE.search(key)[0]) if key.endswith(")") else key  # type: ignore[index]


# 终止甲的试用期; 自本月十五日起终止甲某局局长的定期委任 (Macao: a fixed-term appointment ended).
# 续期甲作为某局副局长的定期委任 (Macao: a fixed-term appointment renewed, an appointment anew).
# (续期甲、乙为某委员会委员的委任; 终止甲先生出任某局非执行董事的委任: Hong Kong's too)
_TERMINATE: Final = re.compile(
    # (决定终止…: the decision's word before it)
    r"(?:(?:研究)?决定)?(?:自[^,]{2,14}?起)?(?P<verb>终止|续期)(?P<rest>.+?)(?:的)?"
    r"(?:(?P<probation>试用期)|(?:定期)?委任)$"
)
# 甲担任某局局长的定期委任自某日起续期一年 (Macao: the renewal told of the appointment).
_RENEWED: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:担任|出任)(?P<post>[^,]{2,40}?)的(?:定期)?委任(?:自[^,]{2,20}?起)?续期"
    r"(?=[一二两三四五六\d]|$)"  # (续期一年; not 续期事宜正在研究中)
)
_LIST_VERB: Final = re.compile(
    # (决定按期正式任命：, 按期正式任命：: a probation served, the list confirms)
    # (经局党组研究，拟聘任：⏎甲为某校校长: a 公示's, proposed)
    r"(?:.{0,20}?决定|提请|批准|(?:.{0,20}?研究,?)?拟)?(?:按期)?(?:正式)?(任命|免去|聘任|解聘|撤销|罢免|委任|委派|增补|任|免)"
    r"(?:(?<=免)职)?"
    r"(?:如下|(?:下列|以下)(?:同志|人员)(?:的?职务)?(?:如下)?)?"
    # the verb over a list below a Hong Kong gazette notice: 委任——
    r"(?:—+|-+)?"
    # the deciding body or its meeting as the subject of the list verb: 县人大常委会任命：,
    # 县十八届人大常委会第五次会议任命：, 国务院12月5日任命：
    # (Hong Kong: 行政长官委任：, 特区政府今日宣布委任：)
    # (国务院于2022年6月19日任命：; …提名和建议，12月13日任命：, its day a clause's subject alone)
    r"|(?:.{0,20}?(?:委员会|常委会|人民政府|政府|党委|党组|董事会|会议|国务院|行政长官))?"
    # (国务院一九九七年二月二十日任命：, 国务院十二月十七日任命：: the day in Chinese numerals)
    r"(?:于?(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|今天|今日)?"
    # (某政协常务委员会第十二次会议决定撤销：⏎甲的…委员资格: the meeting's decision over the rows)
    r"(?:宣布|决定)?(任命|免去|聘任|解聘|委任|撤销|增补)(?:如下|了)?"  # (经表决，会议免去了：⏎rows)
    # the people first, then their act (决定下列同志任职：⏎甲：某学院院长)
    r"|(?:.{0,20}?决定)?(?:下列|以下)(?:同志|人员)(任|免)职(?:如下)?"
    # a 任免名单's own section of decisions (决定：⏎甲为某县人民政府代理县长)
    r"|(决定)"
    # the law's article the verb acts under, run into it (行政长官根据《某条例》(第302章)第4条委任：)
    r"|.{0,20}?(?:根据|依据|按照).{2,60}?第[\d一二三四五六七八九十百]+条(委任|任命)(?:—+|-+)?"
)
# The characters a _LIST_VERB match may end with (its verbs, 职, 如下, 同志 / 人员 / 职务, a dash, 了,
# 决定), asked before it: most clauses end otherwise, and its lazy run-ins cost the engine many tries.
_LIST_VERB_LAST: Final = frozenset("命去任聘销免派补职下志员务—-了定")
# The same after a long run-in (a 任免名单's title and adoption line printed on one line).
_LIST_VERB_AT_END: Final = re.compile(
    # (董事会…同意聘任：甲为总经理；乙为副总经理: a board's consent, the acts done)
    r"(?:决定|提请|批准|(?<![不未])同意)(任命|免去|聘任|解聘|增补)(?:如下)?$|(补选|选举)(?:如下)?$"
    r"|(?<![结成])(宣布)$"  # 组织部在某大学宣布，甲为学校党委书记 (宣布结果: no act)
    r"|(选举)结果(?:公告|公布)?如下$"  # 现将选举结果公告如下：⏎职务|姓名 (the elected, in a table)
    r"|(?<=会议|大会)(决定)$"  # 根据…的提名，第N届全国人民代表大会第一次会议决定：⏎国务院副总理：甲　乙
)
# (拟聘任以下同志为…: a 公示 of those proposed, nominations)
_HIRED_BELOW: Final = re.compile(
    # (a short subject before the verb: 我公司聘任下列人员为…, 学校党委任命下列同志为…)
    r"(?:.{0,20}?(?:决定|同意))?[,:]?(?:(?![不未暂停])[\u4e00-\u9fff]){0,8}?(?P<proposed>拟)?(?P<verb>聘任|任命|委任)(?:以下|下列)(?:同志|人员)(?:为|担任|$"
    # (Macao: 委任以下人员以定期委任方式担任下列职务，为期一年：⏎甲——某局副局长；)
    r"|[^,:。]{0,12}?担任(?:下列|以下)职务)"
)
# A row of such a list: a name, a dash, the post (甲——某局副局长).
_NAME_DASH_POST: Final = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,8})—{1,2}(?P<post>[^—]{3,40})")
# A roundup's sections by the act of their rows (新任：⏎甲　某省副省长; 【卸任】).
_ROUNDUP_SECTIONS: Final = {"新任": Kind.APPOINT, "卸任": Kind.CEASE, "离任": Kind.CEASE}
# The staff a list's heading appoints, after the body they serve (为公司高级管理人员：): the rows below
# name their titles, of that body.
_STAFF_OF: Final = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:高级管理人员|高管人员|领导班子成员|中层干部)$")
# A body asked to make the appointments a list below names (提请市人大常委会任命：), not the 提请
# of whoever proposed them to a body that made them (根据市长的提请，决定任命：).
_ASKED_TO: Final = re.compile(
    r"(?<!的)提请(?:[\u4e00-\u9fff]{1,12}?(?:人大常委会|常委会|人民代表大会常务委员会))?(?:任命|免去|免职|聘任)"
)
# A list verb over the officials of a government it names (任命下列香港特别行政区政府主要官员).
_OFFICIALS_BELOW: Final = re.compile(
    r"(?P<verb>任命|免去)(?:下列|以下)(?P<org>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府))(?:第[一二三四五六七八九十\d]{1,3}(?:任|届)政府)?(?:主要官员|官员)$"
    # (国务院今日任命了某特区第六届政府主要官员和检察长。甲为某司司长，乙为…: the sentence after lists them)
    r"|(?P<told>任命)了(?P<told_org>[\u4e00-\u9fff]{2,12}?(?:特区|特别行政区))第[一二三四五六七八九十\d]{1,3}届政府主要官员(?:和检察长)?$"
)


# (a reply: 关于同意甲辞去X职务的批复)
_DECISION_TITLE: Final = re.compile(r"关于.{2,80}的(?:决定|决议|批复)$")
# (某市人大常委会决定任命人员名单: a body's list, its rows below)
# (a proposal's or a notice's list is none: 提请任命名单, 拟任命人员名单, 任前公示)
# The words announcing a list after its verb's clause (决定任命下列人员职务，名单如下：).
_LIST_ANNOUNCED: Final = frozenset({"名单如下", "具体名单如下", "现将名单公布如下"})
_NAMES_LIST: Final = re.compile(
    # (现将任职名单公布如下: the rows below, by group)
    # (某医院2023年中层干部聘任名单, 某医院护士长任职名单: an institution's, its rows below)
    # (九名获委任人士名单如下：某局局长政治助理甲；…: Hong Kong's, its pairs of post and name after it)
    r"(?:(?!提请|拟|建议|公示)[\u4e00-\u9fff\d]){0,30}?(?:决定|批准)?(任命|免职|任职|聘任|获委任)(?:人员|人士)?名单(?:公布)?(?:如下)?"
)
# A roster of new office holders made public (公布内阁改组名单, 发布人事名单): "POST：NAME" items follow.
_ROSTER_PUBLISHED: Final = re.compile(r"(?:公布|发布|宣布)[^,]{0,12}?(?:改组|人事|任命|新任|内阁|阁员)名单")
# A list announced after the sentence telling its act (…任命某政府主要官员。名单如下：), and that act:
# a verb not proposed nor nominated (拟任命, 提名), within the sentence or two before.
_LIST_FOLLOWS: Final = re.compile(r"(?:具体|现将)?(?:名单|异动名单|人员名单)(?:公布)?如下")
# (not 任命 as a noun: 公务员任命制度, 任命工作, 任命和免职名单)
_LIST_ACT_BEFORE: Final = re.compile(
    r"(?<![拟提])(?P<verb>任命|委任|聘任|免去)(?!制度|工作|程序|事项|名单|备案|和|权|书|文件|管理|的)"
)
_LIST_ACT_REACH: Final = 60
# A unit's leadership team named with the act that forms it (某学院行政领导班子换届聘任的决定, 聘任新一届某
# 研究所领导班子): its rows below give bare titles of that unit.
_TEAM_NAMED: Final = re.compile(
    r"(?:(?P<verb>聘任|任命)(?:新一届)?)?(?<!关)(?P<org>(?:(?!关于|宣读|宣布|决定|聘任|任命|新一届)[\u4e00-\u9fff]){1,24}?"
    r"(?:学院|研究所|研究院|医院|中心|学校))"
    r"(?:新一届)?(?:行政|党政)?领导班子(?:换届)?(?:(?P<after>聘任|任命|任免|调整)(?:的决定|决定|如下)?)?$"
)
# The team leaving, under a list of the new one (上届领导班子：, 原领导班子成员：).
_OUTGOING_TEAM: Final = re.compile(r"(?:上届|上一届|原|前任|原任)[^:]{0,12}(?:领导班子|班子成员|领导)")
# When an act told of the clause's subject takes effect, before its verb (自2024年4月22日起不再担任…).
_SINCE_LEAD: Final = re.compile(rf"{SINCE_DAY}(?=不再担任|不再兼任|辞去|担任|出任|兼任|任|免去|辞任)")


# A congress or its meeting deciding whom it names to a post (…第一次会议决定甲为…, 大会决定：甲为…).
# (…根据国务院总理的提名，决定甲为…; …举行第五次全体会议，决定乙为…; 会议决定，丙为…)
_CONGRESS_DECIDES: Final = re.compile(r"(?:(?:会议|大会|常委会|常务委员会),?|提名,)决定[:,]?$")


def _voted_on(c: Compact, start: int) -> bool:
    """Whether the sentence of the clause at ``start`` tells a vote before it (会议经投票表决，决定甲为…，
    决定乙为…): a decision naming a person for a post is then an appointment."""
    return c.key.find("表决,", sentence_start(c.key, start), start) >= 0


_LIST_ENDS: Final = ("任命", "免去", "聘任", "解聘", "增补", "如下", "补选", "选举", "宣布", "决定")
_QUALIFIER_CLAUSE: Final = re.compile(r"^(?:试用期|挂职|兼任?$|终止试用期)")
# Words of a decision being made (a notice's own sentence, not a step of a career).
_DECIDING: Final = re.compile(r"决定|研究|会议|批准|通过|审议")
# A candidate named (提名甲同志为某市人民政府市长人选): no act, but the person the clauses after are of.
_NOMINEE: Final = re.compile(
    r"提名(?P<who>[\u4e00-\u9fff·、]{2,20}?)(?:同志)?为[^,;。]{2,40}?(?:候选人|人选)"
)


def _nominee(key: str) -> list[tuple[int, str]] | None:
    """The names a clause nominates as candidates (提名甲同志为…人选), offsets after 提名; else None."""
    m = _NOMINEE.fullmatch(key)
    return split_names(m["who"]) if m else None


# Words that report a move as talk or expectation (据传, 或将, 有望出任): no act is reported.
_RUMOUR: Final = re.compile(
    r"可能|或将|或许|据传|传闻|传言|有消息称|未获证实|未获确认|热门人选|料将|预计[^,;。]{0,10}?将|有望"
    r"|人士认为|人士指出|分析认为|外界认为|尚需|尚待"  # (an opinion, or an approval still pending)
    # (北京消息人士称，甲将出任…; 网传甲已调任… (not 互联网传媒, 有线电视网传输); 一份任命的消息被广泛
    # 流传: literals all, so the search skips ahead (a lookbehind here made it eight times slower))
    r"|消息人士|网传(?![媒输])|广泛流传|网上流传"
    r"|知情人士|接近[\u4e00-\u9fff]{1,8}?的人士"  # (据知情人士透露，甲将出任…: talk, not an act)
)
# A move told as what will be, with no decision named in its sentence (X将接任Y, Y将由X接任).
# (将由同日起署理, 将由2024年12月20日起出任: when it takes effect, a day set)
_FORETOLD: Final = re.compile(
    r"将(?:接任|转任|由(?!同日|即日|当日|翌日|今日|明日|(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月))"
)
# The words of a leaving or a move, after which a successor may be told (甲请辞后，由乙接任).
_LEAVINGS: Final = "辞职|请辞|辞任|退休|荣退|卸任|离任|调离|免职|调任|调升|升任|转任"
# A leaving told before a successor foretold (甲请辞，将由乙接任): an act of its own.
_LEFT_BEFORE_SUCCESSOR: Final = re.compile(rf"{_LEAVINGS}|辞去|免去|另有任用")
# A general named with his rank as the successor (某司令由副参谋长甲中将接任): no 将 of what will be
# (a name ending in 中 before 将 is: 某市副市长李建中将接任某市市长).
_RANK_SUCCEEDING: Final = re.compile(r"由[^,;。]{2,20}?[上中少]将接任")
# ... and of an act announced (a move told as what will be is then no rumour: 宣布甲将接任…).
# An appointment's own verb, which an election before it does not make elected (…，聘任甲为秘书长).
_HIRED: Final = re.compile("聘|任命|委任")
_DECIDED: Final = re.compile(f"{_DECIDING.pattern}|任命|宣布|公布|批示|委任|交接|布达|就职|获准")
# A report that opens by announcing a reshuffle (某市长今日公布新任小内阁名单; 某省宣布人事调整): the
# moves it then tells as what will be (社会局长将由原劳动局长乙调任) are that decision's; an opinion
# about them (分析人士认为…将接任) is _RUMOUR's.
_RESHUFFLE_ANNOUNCED: Final = re.compile(r"(?:公布|宣布|发布)[^。;]{0,20}?(?:人事|名单|内阁|任免)")
# A report announces its reshuffle in its headline or lead, its first few sentences: an
# announcement further on is of another matter (a page's other article, a later event).
_ANNOUNCING_LEAD: Final = 200
# A decision of last year's month reported as news (去年12月，某省人大常委会举行会议，决定…), or of a
# day before the news (此前，1月7日，某部宣布任命…).
_DECIDED_BEFORE_THE_NEWS: Final = re.compile(
    r"(?:去年|前年)\d{1,2}月(?:\d{1,2}日)?,[^。;]{0,40}?(?:决定|会议)"
    # (此前，1月7日，… / 此前，在1月19日，… / 此前的9月29日，… / 此前一天，…: a day of this year, news)
    r"|此前(?:,在|,|的)?\d{1,2}月\d{1,2}日,?[^。;]{0,30}?(?:宣布|决定|任命|选举|当选|赴任|调任|出任|升任|转任|履新)"
    r"|此前一天,[^。;]{0,40}?(?:宣布|决定|任命|选举|当选|赴任|调任|出任|升任|转任|履新)"
    # (此前，前任校长甲已调任某部副部长: the predecessor's move, news beside the successor's; 此前，
    # 乙已被免去…职务: his removal, reported with it)
    r"|此前,[^,;。]{2,30}?已经?(?:调任|出任|升任|转任|履新)|此前,[\u4e00-\u9fff]{2,4}已经?被免(?:去|职)"
    # (此前不久，某新闻网亦曾报道，甲、乙分别任…: an earlier report of the news, not a career's past)
    r"|此前不久,[^,;。]{2,20}?(?:亦|也)?曾?(?:报道|报导|披露),"
)
_YEAR: Final = re.compile(r"\d{4}年")
# A span that runs up to now (去年10月以来, 今年以来): the sentence tells of the present.
_SINCE: Final = re.compile(r"(?:去年|前年)[^,;。]{0,8}以来,?")
# Words that report an act as news (the present, not a career step).
# (…此前任某庭庭长，会议同时免去其…: the meeting's act, told after the past)
_NOW: Final = re.compile(r"近日|日前|目前|近期|今天|今日|昨天|昨日|会议(?:还|也|并)?(?:同时|决定)")
# Every alternative opens with a literal (the lookbehinds sit after it: 时 not after 同 or 临; 此
# with nothing before it, as ^ says), so the engine skips ahead to candidate characters.
_PAST: Final = re.compile(
    r"曾(?:任|经|担任|在|于|被|是|作为)|时(?<![同临]时)任|历任|先后(?:任|担任|在|于|出任)|去年|前年|此前(?!的(?![一二三四五六七八九十两几数\d]))|早年|退休前"
    r"|担任过|出任过|任职过"  # 转战某省后，担任过某市委常委: a post held once
    # (此番履新前，甲任某局副局长: the post held before this move; not 在乙履新前，由甲署理: till then)
    r"|此番履新前(?!夕)|此次履新前(?!夕)|这次履新前(?!夕)"  # (literals, no group first: see CUE)
    r"|此次调整前|这次调整前|本次调整前|此轮调整前"  # (此次调整前，甲任某省委副秘书长: before this reshuffle)
    r"|此(?<![\s\S]此)后,?[他她]"  # 此后，他出任…: a profile's next steps (opening the clause)
)
# A body's founding told as the time of what follows (某委员会在二○○五年成立后，甲及乙分别出任主席及
# 委员: its first officers, thanked as they leave): the past.
_FOUNDED_THEN: Final = re.compile(
    r"[^,;。]{0,16}?[在于](?:\d{4}|[〇○零一二三四五六七八九]{4})年成立(?:之)?后,"
)
# An appointing verb with only names after it, whose post follows in the next clause (委任甲、乙，出任…).
_APPOINTING_NAMES: Final = re.compile(
    r"^[^,]{0,12}?(?:再度|再次|同时)?(?:委任|任命|聘任|聘请|委派)(?=[\u4e00-\u9fff])"
)
_TAKES_UP: Final = ("出任", "担任", "为")
_MOVED_UP: Final = ("任", "升任", "调任", "转任", "改任")  # (甲接替乙升任X: 乙 is who is succeeded)
_SUCCEEDING: Final = ("接替", "接任", "接棒", "接替了")  # 甲接替乙出任…: 甲 is the subject
# 接替 and what may describe the one succeeded before his name (接替退休的乙, 接替同样65岁的乙).
# (接替退休的乙 describes the one succeeded; 接替乙出任X的甲 describes 甲, who took X)
_SUCCEEDING_DESCRIBED: Final = re.compile(
    r"(?:接替|接任|接棒)了?(?:(?![^,;:。的]*(?:出任|担任|升任|调任|转任))[^,;:。的]{1,16}的)?$"
)


def _succeeding_at(key: str, name_at: int) -> int | None:
    """Where 接替 (of 甲接替乙出任X) stands before the name at ``name_at``, who is then the one
    succeeded, not the subject; None when no 接替 stands right before it."""
    m = _SUCCEEDING_DESCRIBED.search(key, max(0, name_at - 20), name_at)
    return m.start() if m else None


# After 任: a term, an age limit, 任免 (appoints and removes: no post follows).
_NOT_AN_ACT: Final = ("职年龄", "职期", "职资格", "期", "免", "满")
# An acting appointment decided with no other cue (决定由甲代理…, 关于乙代理…的决定, 决定丙为某市
# 代理市长); 代理 alone is no cue (代理 in news is often of an agency or of a deputy standing in).
_ACTING_DECIDED: Final = re.compile(
    r"(?:关于|由)[^,;。]{2,16}(?:代理|署任)|决定[,:]?[^,;。]{2,5}为[^,;。]{2,20}代理"
    # (决定：甲同志代理某县人民政府县长 / 甲同志代理某局局长: a notice's 同志, a head's title after it)
    r"|同志代理[^,;。]{2,20}?(?:长|主任|书记|主席)"
    # (会议决定甲代理某县人民政府县长: the name, then the head's post, with no 职务 after it)
    r"|决定,?(?![请让要同由])[\u4e00-\u9fff·]{2,5}代理[^,;。]{2,24}?(?:长|主任|书记|主席)(?:[,;。]|$)"
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
    # (某常委会审议通过人事任免议案: a title that tells the motions adopted proposes nothing)
    nominating = ("提请" in title or "议案" in title) and not decided_in(title)
    out: list[Event] = []
    if nominating and motion_carried(c.key, block.body_start, block.end):
        # （一）关于聘任甲为公司总经理的议案⏎表决结果：同意9票…: a board's motion carried, its act done
        return _title_events(c, block, doc, title, home, [], issuer, page_dates, carried=True)
    if not may_hold_a_post(c.key, block.start, block.end):
        return out  # no title word in the notice (its own title too): nothing can be an event
    first = _first_cue(c.key, block.body_start, block.end)
    if first is not None:
        cue = first
    elif "名单" in title:  # …委员名单的决定: "title：names" lines, no verb
        cue = block.body_start
    else:  # (a headline's act, its body telling of it in words of no act)
        return _title_events(c, block, doc, title, home, [], issuer, page_dates)
    begin = _reading_begins(c, block, title, cue, state)
    dates = EventDates(c.key, page_dates)
    # A notice's own date lines and period govern; else a date in the sentence or above it.
    own = bool(block.dates or block.period)
    listed: tuple[PostMention, FuzzyDate | None] | None = None  # 委任以下人士…为X: the names below
    read_to = 0  # (where a list read whole ended: its sentences are not read again)
    section: Section | None = None  # 一、第九届董事会组成情况: its lines' body and act
    for start, end in cut_spans(c.key, begin, block.end, SENTENCE_STOP):
        if end <= read_to:
            continue
        sentence = c.key[start:end]
        if c.key.startswith("?", end) and _ASKING.search(sentence):
            continue  # (no act told by a question)
        if ("目前" in sentence and _currently_held(sentence)) or _HELD_FOR_YEARS.search(sentence):
            continue  # (目前，甲兼任X; 甲任X的八年多来: a post held, no act)
        if section is not None and (holders := composition_line(c, start, sentence, section)):
            date = _sentence_date(dates, block, own, sentence, start)
            out += events_of(c, block, doc, holders, nominating, date, issuer)
            continue  # 独立董事：甲、乙 under 一、第九届董事会组成情况
        if section is not None and _ITEM_NUMBER_ALONE.fullmatch(sentence):
            continue  # (1、董事长：甲: the line's number, read apart)
        section = composition_section(sentence) if len(sentence) <= _SECTION_LONGEST else None
        if section is not None and _ELECTION_AHEAD.search(c.key, block.start, end):
            section = None  # (…董事候选人…尚需提交股东大会选举: a slate, no one elected yet)
        if section is not None:
            continue
        if sentence.startswith("姓名:") and (
            record := record_reading(c, start, sentence, state.org or company_announcing(c, start))
        ):
            date = _sentence_date(dates, block, own, without_profile(sentence), start)
            out += events_of(c, block, doc, record, nominating, date, issuer)
            continue  # 姓名：甲⏎性别：男⏎…⏎职务：副总经理 under 一、聘任副总经理情况
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
            # (委任甲为某局主席，并委任以下人士为董事会成员：the act before the list's clause, read first)
            lead = sentence.rfind(",", 0, max(sentence.find("以下"), sentence.find("下列"), 0))
            if lead > 0 and CUE.search(sentence, 0, lead):
                out += _sentence_events(
                    c, _Sentence(block, doc, start, start + lead, own, nominating), state, dates, issuer
                )
            listed = (post, _sentence_date(dates, block, own, sentence, start))
            state.org = post.org  # (…再度委任以下四名现任非执行董事：the body of the list before)
            if by_role := members_by_role(c, end, block.end, post):  # (（一）主席：甲；⏎（三）委员：…)
                date = listed[1]
                out += [e for r in by_role for e in events_of(c, block, doc, r, nominating, date, issuer)]
                read_to, listed = by_role[-1].end, None
            continue
        listed = None
        if joined := body_joined(sentence):  # (委任五名新成员加入某议会。⏎新委任的成员为：⏎names)
            state.org = c.text[start + joined[0] : start + joined[1]]
        # (a post over names one a line is asked first: a sentence not worth reading ends the list)
        worth = post_over_names(c, start, end, state) or _worth_reading(
            sentence, state, c.text[start:end], c.key[end + 1 : end + 9]
        )
        if not worth:
            continue
        done = _told_as_done(c, start, end, dates, own)
        if done is None:
            continue
        start, end = done
        sentence = c.key[start:end]
        if sentence.find(":", 0, _INLINE_GROUP_LEAD) > 0 and (group := _INLINE_GROUP.match(sentence)):
            state.list_org = state.org = c.text[start + group.start("body") : start + group.end("body")]
            start, sentence = start + group.end(), sentence[group.end() :]  # its items, read as such
        elif "决定" in sentence[:_DECISION_LEAD] and (start == 0 or c.key[start - 1] in "。\n"):
            state.org = home  # a new decision (会议宣布某省委决定，…) starts a list of its own
            state.list_org = ""
        # (a motion's notice, then 某日，某会议审议了上述议案，经表决，任命甲为X: that sentence's acts done)
        proposing = nominating and not decided_in(sentence)
        out += _sentence_events(c, _Sentence(block, doc, start, end, own, proposing), state, dates, issuer)
        if sentence.endswith(":"):
            state.listed = True  # 聘任下列人员为…：⏎姓名|职务: the heading announces the rows below
    adopted = adopted_above(c.key, block.body_start, block.end) if out else None
    if adopted and not any(at > adopted[0] for at, _ in block.dates):
        # 以上任免事项经某日某会议表决通过: the day of the acts listed above the line (a notice's
        # signing date below it governs still: 以上任免经某日常务会议研究决定）⏎某区人民政府⏎某日)
        below = c.source_span(adopted[0], adopted[0] + 1)[0]
        out = [replace(e, date=adopted[1]) if e.span[0] < below else e for e in out]
    return _title_events(c, block, doc, title, home, out, issuer, page_dates)


def _reading_begins(c: Compact, block: Block, title: str, cue: int, state: State) -> int:
    """Where the reading of a notice begins (the line of its first cue, a 任前公示 profile above it, or
    a group's heading above both), noting in ``state`` the body a list above it names and a roster's
    title."""
    # A 任前公示 profile stands above its 拟任 line: reading starts at the profile's line.
    profiles = [i for sex in (",男,", ",女,") if (i := c.key.find(sex, block.body_start, cue)) >= 0]
    at = min(profiles, default=cue)
    begin = group_heading_above(c, max(c.key.rfind("\n", block.body_start, at) + 1, block.body_start), block)
    state.list_org = body_above(c, block.start, begin)
    # (state.org is still the notice's own 公司, if any: a company's notice names no announcer above)
    if (
        not state.org
        and begin > block.body_start
        and (announcer := announced_above(c, block.body_start, begin))
    ):
        state.announcer = state.org = announcer  # 某协会第六次会员代表大会召开。⏎大会选举甲为主席
    line_end = c.key.find("\n", block.body_start, block.end)
    first_line = c.key[block.body_start : line_end] if line_end >= 0 and not title else ""
    head = (block.start, title) if title or line_end < 0 else (block.body_start, first_line)
    if "名单" in head[1]:  # 某委员会主席、副主席名单⏎(某日某会议选举): a title, or the body's first line
        _roster_titled(c, *head, state)
    return begin


# A motion voted down (审议未通过《关于…的议案》, 未获通过): what it proposed is not done.
# (not 试用期考核未通过: a probation failed, an act of its own)
_REJECTED: Final = re.compile(
    r"(?:审议|表决)?(?:结果)?(?:未获?通过|没有通过)了?(?=《|关于|任命|免去|补选|选举|聘任|增补)"
)
# Where the motion voted down ends: its title's closing quote, or the word naming it.
_MOTION_END: Final = re.compile(r"》|议案|决定草案|决定")


# A sentence denying a post was held (并无在其他上市公司担任任何董事职务, 从未担任…): no act.
_DENIED: Final = re.compile(r"(?:并无|从未|未曾|并未)[^。;]{0,40}?担任")


# An example a text gives of how a post is filled, from a year past (例如，2013年3月，…; 比如2008年…).
# (例如，国务院于2003年任命…: the year after its body)
def _in_a_drafting_example(key: str, start: int) -> bool:
    """Whether the sentence at ``start`` goes on an example of how a notice is written that its line
    opened before it (…的写法，如：任命甲为X；免去乙的Y职务)."""
    # (the line's start sought back from the sentence, not the window scanned: a window of a
    # thousand notices holds as many sentences)
    lo = max(0, start - _EXAMPLE_REACH)
    example = key.rfind("如:", lo, start)
    if example < 0:
        return False  # (most sentences: no 如： within reach, one search)
    if key.find("。", example, start) >= 0 or key.find("\n", example, start) >= 0:
        return False  # (the example's line ended before this sentence)
    line = max(key.rfind("。", lo, example), key.rfind("\n", lo, example), lo - 1) + 1
    return _DRAFTING_EXAMPLE.search(key, line, start) is not None


_EXAMPLE_REACH: Final = 200  # (how far back a drafting example's line may open)
# An example given of how a notice is written (…的写法为“…”，如：任命甲为…; 填表说明：…，如：免去乙的…).
# (only after words of how it is written, 写法, 先写任职, 格式: 涉及多个部门，如：甲任X is a report's
# examples, all acts)
_DRAFTING_EXAMPLE: Final = re.compile(
    r"(?:写|格式|表述|填表|示例|范例|样式|规范)[^。\n]{0,60}?(?<=[,)”\"])(?:例如|比如|譬如|如):"
)
_EXAMPLE_OF_THE_PAST: Final = re.compile(
    r"(?:例如|比如|譬如|举例来说|举例而言|回顾历史|回顾|历史上)[,:]?[^。;]{0,16}?(?:\d{4}|[〇○零一二三四五六七八九]{4})年"
)


def _told_as_done(c: Compact, start: int, end: int, dates: EventDates, own: bool) -> tuple[int, int] | None:
    """The span of the sentence at [start, end) that tells acts done: without talk of what may come
    after them (甲调任X，料将提名Y) or before them (网传…，今日集团宣布，聘任…), or the past it opens with
    (此前担任…); None when it tells none (据传将接任…, X将接任Y with nothing decided, a career step)."""
    sentence = c.key[start:end]
    if "通过" in sentence and (rejected := _REJECTED.search(sentence)):
        # 审议未通过《关于补选甲为…的议案》: a motion voted down, no act; the acts told before it or
        # after it are read (…未通过任命甲为X的议案，通过了任命乙为Y的议案)
        motion = _MOTION_END.search(sentence, rejected.end())
        after = motion.end() if motion else len(sentence)
        lead = sentence.rfind(",", 0, rejected.start()) + 1
        if not lead or not CUE.search(sentence, 0, lead):
            start, sentence = start + after, sentence[after:]
            if not CUE.search(sentence):
                return None
        else:
            end, sentence = start + lead, sentence[:lead]
    if ("无" in sentence or "未" in sentence) and _DENIED.search(sentence):
        return None  # 除上文所披露者外，甲于过去三年并无在其他上市公司担任任何董事职务: a disclosure, no act
    if (
        "例" in sentence or "比如" in sentence or "回顾" in sentence or "历史" in sentence
    ) and _EXAMPLE_OF_THE_PAST.search(sentence):
        return None  # 例如，2013年3月，某会议决定任命甲为…: an example of how it is done, from the past
    if _in_a_drafting_example(c.key, start):
        return None  # (…，如：任命甲为X；免去乙的Y职务: the example goes on past its semicolon)
    if "如:" in sentence and (example := _DRAFTING_EXAMPLE.search(sentence)):
        # 任命的写法为“任命×××为××××”，如：任命王小明为某局副局长: how a notice is written, no act
        end, sentence = start + example.end() - 2, sentence[: example.end() - 2]
        if not CUE.search(sentence):
            return None
    if rumour := _RUMOUR.search(sentence):
        if (kept := _before_the_talk(sentence, rumour.start())) is not None:
            end, sentence = start + kept, sentence[:kept]  # 甲调任X，料将提名Y: the act, then the talk
        elif (confirmed := _confirmed_after(sentence, rumour.end())) is not None:
            start, sentence = start + confirmed, sentence[confirmed:]  # 网传…，今日集团宣布，聘任…
        else:
            return None  # 据传将接任…, 可能出任…: talk of a move, not one made
    if (
        (foretold := _FORETOLD.search(sentence))
        and not _decided(c.key, start, end)
        and not _RANK_SUCCEEDING.search(sentence)
    ):
        # X将接任Y (nothing decided): talk of a move, not one made; but 甲请辞，将由乙接任: the leaving before
        kept = _before_the_talk(sentence, foretold.start())
        if kept is None or not _LEFT_BEFORE_SUCCESSOR.search(sentence, 0, kept):
            return None
        end, sentence = start + kept, sentence[:kept]
    if _FOUNDED_THEN.match(sentence):
        return None  # (某委员会在二○○五年成立后，甲及乙分别出任…: its first officers, the past)
    if _told_as_past(sentence, 12) and not _DECIDED_BEFORE_THE_NEWS.match(sentence):
        if (news := _news_after_past(sentence)) is None:
            return None
        start, sentence = start + news, sentence[news:]
    # (a deputy's mandate ending, 2017年…，其代表资格终止, is no step of a career)
    career = dates.is_career_step(sentence, start) and "资格" not in sentence
    if career and (not own or not _DECIDING.search(sentence)) and not _PROPOSED_AFTER_STEPS.search(sentence):
        # 2017年5月，张三被任命为…: a career step (not a dated notice's 2023年12月，经研究决定; nor a
        # proposal's explanation, …2019年8月任某局副局长，拟任某局局长: the steps, then the post proposed)
        return None
    if not own and _after_a_profile(c.key, start, sentence):
        return None  # 甲曾任X等职。今年3月，甲出任Y: a dated step of the profile just begun
    return start, end


# A month opening a sentence, this year's or a year's (今年3月，…; 2025年1月，…; 在今年3月的…中，…).
_MONTH_STEP: Final = re.compile(
    r"^在?(?:今年|去年|前年|(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|初|底)?"
)
# A person's profile opening: 甲曾任…, 甲，男，…, 甲，1967年2月生，… (the name, then the words).
_PROFILE_OPENS: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,5}?)(?:同志)?(?:曾任|曾担任|历任|先后任|曾长期在|长期在"
    r"|,(?:男|女)[,，]|,(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:出)?生"
    r"|于\d{4}年(?:\d{1,2}月)?(?:加入|参加工作|入职|毕业))"  # (甲于2002年4月加入某办公室)
)
_PROFILE_REACH: Final = 160  # (how far back in its paragraph a profile may have opened)


def _after_a_profile(key: str, start: int, sentence: str) -> bool:
    """Whether ``sentence`` (at ``start``) opens with a month and names a person whose profile opened
    earlier in its paragraph (甲曾任X等职。今年3月，甲出任Y): a step of that profile, not news."""
    if not _MONTH_STEP.match(sentence):
        return False
    above = key[max(key.rfind("\n", 0, start) + 1, start - _PROFILE_REACH) : start]
    return any(m["name"] in sentence for m in _PROFILE_OPENS.finditer(above) if is_name(m["name"]))


# Officers told elected, their names below (选举产生了某公司职工董事、职工监事).
_OFFICERS_ELECTED: Final = re.compile("(?:选举产生|选出)了?")
# A decision of the meeting's own after its proposals (；决定任命…, ；会议还决定…, ；同时决定…).
_OWN_DECISION: Final = re.compile(r";(?:会议|会上)?(?:还|同时|并|另)?决定")
# The post proposed after a profile's dated steps (…，2019年8月任X，拟任Y).
_PROPOSED_AFTER_STEPS: Final = re.compile(
    r",(?:现)?(?:拟任|拟提请任命为|拟提请免去|拟免去|提请任命为|提请免去|拟聘任|拟提任)"
)


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


@dataclass(frozen=True, init=False)
class _Sentence:
    """A sentence of a notice, and what its events take from the notice."""

    block: Block
    doc: str
    start: int
    end: int
    own: bool  # the notice's own date lines or period govern its events
    nominating: bool  # a 提请 / 议案 notice: its verbs propose

    # (written out: mypyc compiles it, the generated one runs interpreted; one a sentence)
    def __init__(self, block: Block, doc: str, start: int, end: int, own: bool, nominating: bool) -> None:
        object.__setattr__(self, "block", block)
        object.__setattr__(self, "doc", doc)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "own", own)
        object.__setattr__(self, "nominating", nominating)


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
    listing = titled and "|" in sentence and state.kind is not None and state.kind not in ENDING_KINDS
    if listing and (row := unit_titled_names(c, start, c.key[start : at.end], state.kind)):  # type: ignore[arg-type]
        out = _listed_events(c, at, dates, issuer, row)  # 聘任以下同志为中层干部：⏎教务处|处长:甲|副处长:乙
        start = at.end
    clauses = cut_clauses(c.key, start, at.end)
    if len(clauses) > 1 and c.key.find(",", start, at.end) >= 0:
        clauses = names_run_on(c.key, clauses)  # (选举甲，乙，丙为…: the names cut by commas, one list)
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
            reading = as_proposed(reading)  # 提请…任命甲为X，免去乙的Y职务: the removal proposed too
        elif (
            reading
            and reading.kind in PROPOSED_KINDS
            and put_to_a_vote(c.key, cs, ce, block.end, reading.names)
        ):
            reading = effective(reading)  # 甲，现任X，提请任命为Y。会议经表决，通过了上述任命。
        if proposes(c.key, cs, ce, reading):  # (to its 。: the items after its colon, cut by ；)
            full_stop = c.key.find("。", ce, block.end)
            state.proposed_to = full_stop if full_stop >= 0 else block.end
            # (提请…任命甲为X，免去乙的Y职务；决定任命丙为Z: a decision of the body's own after them)
            if own_decision := _OWN_DECISION.search(c.key, ce, state.proposed_to):
                state.proposed_to = own_decision.start()
        if reading and state.announcer and any(p.org.startswith("第") for p in reading.posts):
            reading = terms_of_the_announcer(reading, state.announcer)  # 第一届红十字会会长
        elected = reading and reading.kind is Kind.APPOINT and state.elected_at >= start
        if elected and not _DECIDED.search(c.key, state.elected_at, cs) and not _HIRED.search(c.key, cs, ce):
            reading = as_elected(reading)  # type: ignore[arg-type]  # 选举产生了新一届领导班子，甲任主席: elected to it
        if reading and c.key[ce - 1 : ce] == ")" and (moved := _moved_in_note(c, cs, ce, reading)):
            reading = replace(reading, more=(*reading.more, moved))  # 免去甲X职务(已调任Y): Y taken
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
            elif not own and state.list_day and state.list_day[0] is state.kind and cs == start:
                date = state.list_day[1]  # 国务院于某日任命：⏎甲为…；: the day the list's head printed
            found = events_of(c, block, at.doc, reading, at.nominating, date, issuer)
            if last and reading.kind is Kind.CEASE and _retired_then_ceased(c.key, cs, out[-last:], found):
                del out[-last:]  # 甲因到龄退休，不再担任X职务: one act, the removal
            out.extend(found)
            last, read_to = len(found), ce
    return out


def _posts_going_on(c: Compact, sentence: int, start: int, end: int, before: list[Event]) -> list[Event]:
    """The events of a clause that is nothing but posts (党委常委、副书记 / 党委委员、副书记职务) after
    a clause whose events (``before``) are one person's one act: the same act of the same person for
    these posts, each of the body of the post before it, with the sentence so far (from
    ``sentence``) as evidence. [] when the clause is anything else."""
    key = c.key[start:end].removesuffix("职务")
    if not key or len(key) > _POSTS_GOING_ON_LONGEST or CUE.search(key) or not ends_with_title(key):
        return []
    if "为" in key or is_name(key[:2]) or is_name(key[:3]):
        return []  # (…，乙为某局局长: another person's appointment)
    first = before[0]
    if any(e.person != first.person or e.kind is not first.kind for e in before) or not first.org:
        return []
    if any(not ends_with_title(item) or is_name(item[-3:]) or is_name(item[-2:]) for item in key.split("、")):
        return []  # (…，副县长张三: another person's pair)
    text = c.text[start : start + len(key)]
    if any(not _going_on_in(p.org, before[-1].org) for p in read_posts(text, key)):
        return []  # (…，此前任某市政协主席 / 某学院教授、副院长: a body of its own, a description)
    posts = read_posts(text, key, before[-1].org)
    if not posts or any(not p.org for p in posts):
        return []
    span, evidence = c.evidence(sentence, start + len(key))
    first = replace(first, span=span, evidence=evidence)
    return [replace(first, post=p.post, org=p.org, title=p.title, qualifiers=p.qualifiers) for p in posts]


def _going_on_in(org: str, before: str) -> bool:
    """Whether a clause of posts may name ``org`` going on from a post of ``before``: a unit of a
    body (党委常委, 某部党组成员), or a body of the same place (某街道工作委员会副书记，某街道办事处主任)."""
    key = to_key(org)
    same_place = len(key) > 4 and key[:4] in to_key(before)
    return key in _UNITS_GOING_ON or key.endswith(_PARTY_GROUPS) or same_place


_PARTY_GROUPS: Final = ("党组", "党委")  # (a ministry's 党组, a body's 党委: 某部党组成员)
_POSTS_GOING_ON_LONGEST: Final = 30  # (a clause of a few titles)
# The units of a body a clause of posts going on may name before its titles (党委常委、副书记).
_UNITS_GOING_ON: Final = frozenset(
    {"党委", "党组", "纪委", "审判委员会", "检察委员会", "董事会", "监事会", "工会"}
)


# A letter of resignation named by what it resigns (提交了辞去某职务的辞职报告).
_LETTER_NOUNS: Final = ("的辞职报告", "的书面辞职报告", "的辞呈", "的辞职申请", "的辞职函")
_LETTER_OF: Final = re.compile(r"(?:提交|递交|呈交|提出)了?(?:书面)?(?=辞去)")
# How a clause of the letter alone opens: to whom it went, maybe after when (…，于近日向公司董事会提交了…).
_LETTER_CLAUSE_LEAD: Final = re.compile(
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
_CALLED_COMPANY: Final = re.compile(r"以下简称[\"“”「]?(?:本)?公司[\"“”」]?[)）]")
# How far into a sentence its deciding lead (…会议宣布某省委决定，) may reach.
_DECISION_LEAD: Final = 30
_INLINE_GROUP_LEAD: Final = 100  # (a decision's lead-in, a numbered heading and a body's name)


# An act confirmed after talk of it in the same sentence (网传…，今日集团正式宣布，聘任…; 市府今日证实).
_CONFIRMING: Final = re.compile(r"正式宣布|宣布|证实|回应称|发布公告")


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
_REPORTED_TALK: Final = re.compile(r"消息称|消息指|据传|传闻|传言|据悉|传出|有意|媒体报导|媒体报道")


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
    if not own:
        day = dates.of_sentence(sentence, start)
    else:  # (某会昨天下午举行。会上，甲向…颁发证书: under the page's date line, the meeting's day)
        day = dates.below_line_above(block, start) or dates.meeting_day_above(sentence, start, undated=True)
    return day if day is not None else block.foot  # (a press release's day at its foot: the last resort)


# A leaving or a move told as the time of what follows (甲请辞后，由乙接任; 继甲调升某职后，…).
_LEFT_THEN: Final = re.compile(rf"(?:{_LEAVINGS})[^,]{{0,20}}?(?:之)?后$")
# What opens the clause after one: the successor, or the post left to be filled.
# (…升任省委书记后，省长一职由乙代理: the post left, named before its successor)
_SUCCESSOR_NEXT: Final = re.compile(
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
    first = CUE.search(key, start, end)
    until = first.start() if first else end
    acting = _ACTING_DECIDED.search(key, start, until) if key.find("代", start, until) >= 0 else None
    return (acting or first).start() if acting or first else None


# A list's heads of one character (a township's, a unit's notices: 任：, 免：).
_SHORT_LIST_HEADS: Final = ("任:", "免:")


# How a list's adoption note ends ((某日某会议通过), (某日院长办公会研究确定)).
_ADOPTED: Final = ("通过)", "选举)", "确定)", "决定)")


def _worth_reading(sentence: str, state: State, printed: str = "", below: str = "") -> bool:
    """Whether a sentence (``printed`` as the page prints it; ``below``, the start of the next) can
    start an event or continue a list; a sentence that cannot ends the list."""
    # 某某任命人员名单⏎(某日某会议通过)⏎rows / 某会议选举结果⏎(2021年9月28日)⏎县长:甲: the list's
    # adoption note, or its day alone, and the list goes on
    if sentence.startswith("(") and (sentence.endswith(_ADOPTED) or date_line(sentence)):
        return False
    if sentence.startswith(_ORDER_CLOSED) or (sentence.startswith(_ATTENDING) and sentence.endswith(":")):
        # 此令⏎总统 甲⏎行政院院长 乙: the order's end, then its signers; 出席会议人员：⏎县委书记：甲: those
        # present, no list of acts
        state.kind = None
        return False
    if _first_cue(sentence, 0, len(sentence)) is not None:
        return True
    if "委员会:" in sentence[:16]:  # 审计委员会：甲（主任委员）、乙: a committee's members under its election
        return True
    if sentence[:2] in _SHORT_LIST_HEADS:  # 任：⏎甲为…⏎免：⏎乙的…职务: a unit's short list heads
        return True
    if sentence == "决定:":  # 任命：⏎…⏎决定：⏎甲为某县代理县长: a 任免名单's section of its decisions
        return True
    if sentence.endswith(":") and _LIST_FOLLOWS.fullmatch(sentence, 0, len(sentence) - 1):
        return True  # …任命某政府主要官员。名单如下：the act's list (told before) below
    if members_roster_heading(sentence):
        return True  # 政府今日公布某委员会的成员名单。…非官守成员名单如下：⏎names: its members below
    if sentence.endswith(":") and _OUTGOING_TEAM.match(sentence):
        state.kind, state.list_org = None, ""  # …⏎上届领导班子：⏎院长：甲: those leaving, no act of the list
        return False
    if "新" in sentence[:6] and _NEW_MEMBERS_NAMED.match(sentence):  # 新一届省委常委为甲、乙: elected
        return True
    opens_group = state.kind or below[:2] in _GROUP_ITEM_VERBS or GROUP_ITEM_PERSON.match(below)
    group = GROUP_HEADING.fullmatch(sentence) if opens_group else None
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
        columns_reset(state)  # (a line of no cells ends a table read by its columns)
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
    if sentence.startswith(THEY_ARE) and they_are_inline(sentence):
        return True  # 代省长转正。他们分别是某省省长甲、…: the pairs of the act told just before
    if state.heading or state.pairs_below:  # the names under a heading post (聘任下列同志为参事：⏎
        return True  # 张三、李四), the pairs under 调整情形如下：
    if (sentence.endswith(BODY_LINE_ENDS) and BODY_LINE.match(sentence)) or (
        state.list_org and ":" in sentence
    ):
        return True  # 某人大法制委员会⏎主任委员：张三: a body's name, then its members by title
    if ("男" in sentence or "女" in sentence) and (
        _PROFILE.match(sentence) or ",男," in sentence or ",女," in sentence
    ):
        return True  # 王六，女，…: a 任前公示 profile names whom its 拟任 line is about
    if state.kind and ("为" in sentence or "的" in sentence or _POST_COLON_NAMES.match(sentence)):
        return True
    if state.kind and sentence.endswith(")") and BRACKETED_ITEMS.fullmatch(sentence):
        return True  # …分别为：⏎甲（某局局长政治助理）⏎乙（…）: each name with its post
    if state.kind and post_row(sentence[sentence.find(":") + 1 :]):
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
    if announcing_body_at(sentence):  # 某大学召开干部大会。会上宣布，甲任副校长: the body is noted
        return True
    if _ITEM_NUMBER_ALONE.fullmatch(sentence):  # 二、 opening a line: a new item of the list (its verb
        state.subject = ()  # goes on); a name standing alone in the item before is not its subject
        return False
    if state.kind is Kind.CONFIRM and _NAMES_FOLLOW.fullmatch(sentence):
        return False  # …按期正式任职。名单如下：⏎甲　某局副局长: the list the sentence before announced
    category = len(sentence) <= _CATEGORY_LONGEST and sentence.endswith(_CATEGORIES)
    if state.kind and category and (_opens_item(below) or ":" in below):
        # （一）区政府工作部门⏎1.甲为… / 一、临床科室⏎心血管内科：主任甲: a class of units heading items
        return False  # (the list goes on)
    state.kind = None
    if len(sentence) > 20:
        state.table = None
        columns_reset(state)
    return False


def _names_on_a_line(sentence: str) -> bool:
    """Whether ``sentence`` is names alone, maybe after a gazette's item letter or the 及 before the
    list's last ((a) 甲先生, 及(b) 乙女士)."""
    lead = int(sentence.startswith(("及", "和")))
    numbered = ITEM_OPENING.match(sentence[lead:]) if "(" in sentence[:2] else None
    lead += numbered.end() if numbered else 0
    return len(sentence) - lead <= _NAMES_ALONE_LONGEST and bool(split_names(sentence[lead:]))


# Bullets that open a list's line but part no items inside one (● inside a line: a withheld character).
_OPENING_BULLETS: Final = ("●", "◎", *CIRCLED)  # (①甲　某局局长: the item's number, no part of the name)
# What follows 派 in words that send no one to a post (派出所, 派员, 派遣, 派驻).
_SENT_WORDS: Final = ("出", "员", "遣", "驻", "往", "赴", "送")
# What an order's line may print before its 派 (兹派甲为…, 五、派乙为…).
_ORDER_LEADS: Final = re.compile(ITEM_OPENING.pattern.removeprefix("^") + "?(?:兹|并|另)?")


def _opens_an_order(key: str, at: int, end: int) -> bool:
    """Whether the 派 at ``at`` (to ``end``) opens an order's line (派甲为…), not a word (派出所)."""
    return _ORDER_LEADS.fullmatch(key, 0, at) is not None and not key.startswith(_SENT_WORDS, end)


# How the list of those attending a meeting opens (出席会议人员：, 列席：).
_ATTENDING: Final = ("出席", "列席")
# The word that closes an order (Taiwan's 总统令: 此令, then the signers by title and name).
_ORDER_CLOSED: Final = "此令"


# A clause on the person of its item, after that item's act (同时免去其…, 并免去其…).
_ASIDE_ON_ITS_PERSON: Final = ("同时免去其", "并免去其", "免去其", "同时免其", "同时不再担任", "并不再担任")


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
    if "|" in key and (row := _VOTED_ROW.match(key)):
        # 1.01|选举甲为公司第六届董事会董事|312,456,789|99.87|是: a motion's row of a vote table
        if _row_end(c.key, start).endswith(_NOT_ELECTED):
            return None  # (…|8.55|否: the motion failed, no one elected)
        start, end, key = start + row.start("act"), start + row.end("act"), row.group("act")
    if (
        c.key.endswith("议案名称:", 0, start)
        and (named := _MOTION_NAMED.match(key))
        and _passed_below(c.key, end)
    ):
        # 议案名称：关于选举甲为公司董事的议案⏎审议结果：通过: the motion's act, done
        start, end, key = start + named.start("act"), start + named.end("act"), named.group("act")
    if key[:1] in "自从" and state.subject and (since := _SINCE_LEAD.match(key)):
        # 甲因工作调动，自2024年4月22日起不再担任…: when the act takes effect, before its verb
        start, key = start + since.end(), key[since.end() :]
    if table_header(c, start, key, state) or (len(key) <= SIGNATURE_LONGEST and signature(c, start, end)):
        return None
    if key.startswith("提名") and (nominee := _nominee(key)):
        # 提名甲同志为某市人民政府市长人选，任中共某市人民政府党组书记: no act, the subject of the next
        state.subject, state.subject_start, state.subject_held = printed(c, start + 2, nominee), start, ()
        return None
    # (each phase called directly, not looped over as a tuple of functions: compiled, a direct call)
    found = _under_a_heading(c, start, end, key, state, titled)
    if found is _UNREAD:
        found = _in_a_table(c, start, end, key, state, titled)
    if found is _UNREAD:
        found = _in_a_list(c, start, end, key, state, titled)
    if found is not _UNREAD:
        return found  # type: ignore[return-value]  # (not _UNREAD here)
    if titled and (reading := _by_the_rules(c, start, key, state)):
        return reading
    return _unread(c, start, end, key, state)


# A group of the names under a heading, by where they come from, and how many (某街道（3名）：甲、乙).
# (a place or a kind of unit: not a page's 责任编辑：甲 under the list)
_GROUP_LABEL: Final = re.compile(
    r"[\u4e00-\u9fff]{1,14}(?:街道|镇|乡|村|社区|区|县|市|单位|系统|片区|部门|行业|界)"
    r"(?:\((?:\d{1,3}|[一二三四五六七八九十]{1,3})[名人位]\))?"
)


def _names_grouped_by(c: Compact, colon: int, label: str) -> bool:
    """Whether ``label`` before the colon at ``colon`` groups the names after it under a heading post:
    a place or a unit (no name, no post), names alone to the line's end."""
    if not _GROUP_LABEL.fullmatch(label) or is_name(label) or may_hold_a_post(label):
        return False  # (某法院审判员职务：甲 under 二、免去: a post, its holder after the colon)
    line_end = c.key.find("\n", colon)
    names = c.key[colon + 1 : line_end if line_end >= 0 else len(c.key)].rstrip("。;")
    return bool(names) and split_names_in_slot(names) is not None


# A row of a shareholders' meeting's vote table: the motion's number, the motion (an act, or 关于…的议案
# naming it), the votes for it, their share, whether elected (the clause cut at the votes' thousands:
# …|312,456,789; the votes printed close up after the motion: …的议案　1,203,456,112).
_VOTED_ROW = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})?\|)?(?:关于)?(?P<act>(?:选举|聘任|任命|补选|增补)[^|]{4,60}?)(?:的议案)?"
    r"(?:\|?[\d,.%]+)*(?:\|[是否])?$"
)


_SECTION_LONGEST = 40  # (a section's heading: 三、聘任高级管理人员及证券事务代表情况)
# Words of a notice whose slate is still to be elected or hired (候选人, 尚需提交股东大会, 将选举, 拟).
_ELECTION_AHEAD = re.compile("候选人|尚[需须]提交|将选举|将于|拟")


_NOT_ELECTED = ("否", "未当选", "未通过")
# A motion named by a resolution announcement (议案名称：关于选举甲为公司董事的议案), and its result below.
_MOTION_NAMED = re.compile(r"(?:关于)?(?P<act>(?:选举|聘任|任命|补选|增补)[^:]{4,60}?)的议案$")
_PASSED_BELOW = re.compile(r"\n?审议结果:通过")
_PASSED_REACH = 12


def _passed_below(key: str, end: int) -> bool:
    """Whether the line after a motion named at ``end`` says it passed (审议结果：通过), and it is no
    board's nomination still to go to the shareholders (本议案尚需提交公司股东大会审议)."""
    if _PASSED_BELOW.match(key, end, end + _PASSED_REACH) is None:
        return False
    return _TO_THE_SHAREHOLDERS.search(key, end, end + _SHAREHOLDERS_REACH) is None


_TO_THE_SHAREHOLDERS = re.compile("尚[需须]提交")
_SHAREHOLDERS_REACH = 80  # (the motion's result, its votes, then 本议案尚需提交…)


def _row_end(key: str, start: int) -> str:
    """The rest of the line at ``start`` (a row's last cell, past the commas that cut its clauses)."""
    end = key.find("\n", start)
    return key[start : end if end >= 0 else len(key)].rstrip("|")


class _Unread:
    """What a phase of ``_read_clause`` returns when it leaves the clause to the phases after it."""


_UNREAD: Final = _Unread()


def _under_a_heading(
    c: Compact, start: int, end: int, key: str, state: State, titled: bool
) -> Reading | None | _Unread:
    """A clause under a heading that announced the rows below it (聘任以下同志为…：⏎names, units and
    names, rows of cells), or ``_UNREAD``."""
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
    if state.heading and c.key.startswith(":", end) and _names_grouped_by(c, end, slot):
        return None  # 任命以下同志为某法院人民陪审员：⏎一、某街道（3名）：甲、乙: where they are from
    if state.heading and "|" in slot and (number := slot[: slot.find("|")]).isdigit() and slot.count("|") > 1:
        # 任命下列同志为某法院人民陪审员：⏎序号|姓名|性别|工作单位⏎1|甲|男|某街道办事处: the row's number
        note += len(number) + 1
        slot = slot[len(number) + 1 :]
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
    return _UNREAD


def _in_a_table(
    c: Compact, start: int, end: int, key: str, state: State, titled: bool
) -> Reading | None | _Unread:
    """A row of a table or of a list printed in columns (|name|post|, name——post), or ``_UNREAD``."""
    if state.kind and "—" in key and (row := _name_dash_post(c, start, key, state.kind)):
        return row  # 委任以下人员…担任下列职务：⏎甲——某局副局长
    if "|" in key and state.pairs_below and (pair := cell_pair(c, start, key, state)):
        return pair  # 新提任的8名干部是：⏎甲|某县财政局副局长
    if "|" in key and state.table is None and (row := act_name_post_row(c, start, key)):
        return row  # 任命|甲|某局局长 with no header above: the row's own act
    if "|" in key:
        reading = table_row(c, start, end, state) if titled else None
        if reading:  # …|任某局局长,免去其某局副局长职务|: 其 is the row's person
            state.person, state.person_start = reading.names, reading.start
        return reading or _merged_columns(c, start, key, state, titled)
    if state.heading and "|" in c.key[c.key.rfind("\n", 0, start) + 1 : start]:
        return None  # 甲|某市|调离本行政区域,已辞去代表职务: the rest of a row's cell, the rows go on
    return _UNREAD


def _in_a_list(
    c: Compact, start: int, end: int, key: str, state: State, titled: bool
) -> Reading | None | _Unread:
    """What a clause tells of a list's structure (its heading, its body's line, a place's label, a
    mandate ended, deputies by-elected), or ``_UNREAD``."""
    deputies = state.heading and state.heading[0] is Kind.REVOKE and len(state.heading[1]) == 1
    if deputies and key.endswith("代表") and to_key(state.heading[1][0].post) == key:  # type: ignore[index]
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
    if c.key.startswith(":", end) and (opens_line or c.key[start - 1] in ";。") and place_label(key):
        state.org = c.text[start:end]  # 银川市：甲任市委副书记；石嘴山市：乙任副市长: the place's,
        line_end = c.key.find("\n", end)  # (to its line's end: 杭州市：甲任市委副书记；乙任副市长。)
        state.label_end = line_end if line_end >= 0 else len(c.key)
        return None
    if state.kind and opens_line and c.key.startswith(":", end) and UNIT_BEFORE_COLON.fullmatch(key):
        # 党政办公室：主任甲；副主任乙 / 某县人民法院：甲为副院长；乙为审判员: the unit of the items after it
        state.list_org = state.org = c.text[start:end]
        return None  # (no post: 某局副局长：甲 is one, read below)
    listed = titled or key in THEY_ARE  # (他们是：names, under a count of people elected above)
    if listed and (found := heading(c, start, key, state.org) or post_before_colon(c, start, end, state)):
        state.heading = found
        state.kind = state.kind or found[0]  # 聘任以下同志为科室主任：⏎rows below are of this kind too
        org = found[1][-1].org if found[1] else ""
        # 某县人民政府县长：甲⏎副县长：乙: the next row's bare title (not 某委员会23位 of a count: no body)
        if org and not _HEAD_COUNT_IN.search(org):
            state.org = org
        return None
    if titled and (body := list_body(c, start, end)):
        state.list_org = body
        return None
    return _UNREAD


def _by_the_rules(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """The reading of the first rule that reads the clause, noted in ``state`` (its person for 其, its
    act for the items after it, its posts for a successor); None if no rule reads it."""
    # (the rules called one by one, not looped over as a tuple of functions: compiled, each is then a
    # direct call, where a call through a function object parses its arguments anew, and the tuple
    # was built anew for every clause)
    reading = (
        _those_above(c, start, key, state)
        or committee_members(c, start, key, state)
        or committee_roles(c, start, key, state)
        or _removed_from_the_post_above(c, start, key, state)
        or _described_leave(c, start, key, state)
        or _moved_away(c, start, key, state)
        or _named_before(c, start, key, state)
        or _sanctioned(c, start, key, state)
        or _other_person(c, start, key, state)
        or _revoked_too(c, start, key, state)
        or _terminate(c, start, key, state)
        or _resignation_accepted(c, start, key, state)
        or _resigned_then_removed(c, start, key, state)
        or _term_renewed(c, start, key, state)
        or _nominated_for_consent(c, start, key, state)
        or moved_from(c, start, key, state)
        or moved_in_from(c, start, key, state)
        or moved_into(c, start, key, state)
        or sent_to_serve(c, start, key, state)
        or heads_of_the_elected_body(c, start, key, state)
        or counted_then_named(c, start, key, state)
        or members_of_the_elected(c, start, key)
        or _verb_first(c, start, key, state)
        or _removed_by_order(c, start, key, state)
        or _pronoun_subject(c, start, key, state)
        or _taken_over(c, start, key, state)
        or _taken_over_in_turn(c, start, key, state)
        or handed_over(c, start, key, state)
        or _subject_first(c, start, key, state)
        or pairs(c, start, key, state)
        or handed_letters(c, start, key, state)
        or cleft_holders(c, start, key, state)
        or headed_names(c, start, key, state)
        or _continued(c, start, key, state)
        or held_by(c, start, key, state)
        or board_members(c, start, key, state)
        or outgoing_members(c, start, key, state)
        or dismissed_by_body(c, start, key, state)
        or removed_from_described(c, start, key, state)
        or removed_by_description(c, start, key, state)
        or appointment_of(c, start, key, state)
        or _appeared_as(c, start, key, state)
        or _post_then_elected(c, start, key, state)
        or _elected_to_the_seat_before(c, start, key, state)
        or _new_members_named(c, start, key, state)
        or _new_heads_by_body(c, start, key, state)
        or name_then_post(c, start, key, state)
        or post_and_holders(c, start, key, state)
        or post_after_the_name(c, start, key, state)
        or names_with_bracketed_posts(c, start, key, state)
        or probation_served(c, start, key, state)
    )
    if reading is None:
        return None
    if reading.kind is Kind.APPOINT and state.kind is Kind.CONFIRM and _REN_ITEM.match(key):
        reading = as_confirmed(reading)  # 下列同志试用期满正式任职：⏎甲同志任X；: the list's act
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
        state.org = _as_quoted(c, last, last.posts[-1].org)  # (某社区党组织班子成员: a team, no body)
    state.subject = ()
    return reading


def _as_quoted(c: Compact, reading: Reading, org: str) -> str:
    """``org`` in the quotes the reading's clause set it in (委任甲为「某某及某某委员会」主席), so that
    the list's next bare title (乙为委员会委员) takes the body's name whole, its words a name's."""
    for a, b in ("「」", "“”"):
        if a + org + b in c.text[reading.start : reading.end]:
            return a + org + b
    return org


def _unread(c: Compact, start: int, end: int, key: str, state: State) -> Reading | None:
    """What a clause no rule read notes: names standing alone (the subject of the clause after), a
    letter of resignation and its writer, or a subject described by posts."""
    elected = _OFFICERS_ELECTED.match(key)
    posts = read_posts(c.text[start + elected.end() : end], key[elected.end() :]) if elected else []
    if posts and to_key(posts[0].org).endswith(("公司", "集团")):
        state.org = posts[0].org  # 选举产生了集团公司职工董事、职工监事。⏎职工董事：甲: the titles' company
    # 甲先生；⏎乙女士；及⏎丙先生 / (a) 甲先生；及⏎(b) 乙女士: the last of names one a line
    last_listed = key.startswith(("及", "和")) and _next_to_counted(c, start, state)
    numbered = ITEM_OPENING.match(key[last_listed:])  # 二、张三因调离本行政区域，其…: no name's
    at = last_listed + (numbered.end() if numbered else 0)
    names = split_names(key[at:])
    reasoned = False
    if not names:  # 甲因调离本行政区域，…: a name with the reason its mandate ends
        names = subject_with_reason(key[at:])
        reasoned = bool(names)
    base = start + at
    if not names and key.startswith("包括"):  # 包括甲和乙，他们将分别出任…
        names, base = split_names(key[2:]) or [], start + 2
    if not names and c.key.startswith(_TAKES_UP, end + 1) and (verb := _APPOINTING_NAMES.match(key)):
        # 再度委任甲、乙，出任…: the names are the subject of the post that follows
        names, base = split_names(key[verb.end() :]), start + verb.end()
    if not names:  # 张三接替李四 / a profile's name run into the line above: read from the clause's start
        names, base = successor(key) or profiled(c, key, end), start
    if names and state.subject and key.endswith("人"):  # 张三，男，…，东川人: a profile's birthplace
        names = []
    if not names and (letters := letters_handed(key)):  # 为甲、乙颁发聘书，聘请他们为…
        names, base = letters[1], start + letters[0]
    if names:  # 张三，任某局局长 / 张三先生因个人原因，申请辞去…: the name stands as a clause of its own
        who, at = printed(c, base, names), start
        # (甲得票73票，乙得票71票，当选为…; 任命：⏎甲⏎乙⏎以上人员为X: names one a line under a list's verb;
        # 甲因调离本行政区域，乙因病去世，其代表资格终止: each with a reason, their acts one)
        counted = key.endswith("票") or (state.kind is not None and alone_on_its_line(c, start, len(key)))
        counted = counted or reasoned or last_listed
        if counted and _next_to_counted(c, start, state):
            who, at = (*state.subject, *who), state.subject_start
        state.subject, state.subject_start, state.subject_held = who, at, ()
        state.counted_end = start + len(key) if counted else -1
        return None
    resigning = "辞" in key  # (both letters of resignation below hold 辞呈, 辞职 or 辞任)
    if resigning and (handed := _LETTER_HANDED.search(key)):
        return letter_handed(c, start, key, handed, state)
    writing = key[: letter.start()] if resigning and (letter := _LETTER_OF_RESIGNATION.search(key)) else ""
    if writing:  # (most clauses hold no letter: nothing to cut)
        writing = WRITTEN_BY.sub("", writing)  # (…先生提交的: who wrote it, and how it came)
    if writing and (writer := named_after_title(writing) or name_closing(writing)):
        # 公司收到董事甲的辞职报告，其因个人原因辞去…: 其 is the writer of the letter
        state.person, state.person_start = printed(c, start, [writer]), start
        return letter_received(c, start, key, writing, writer)
    return _noted_subject(c, start, key, state)


# 甲(于某日)向某公司董事会递交书面辞呈: the writer as the clause's subject, and the body written to.
_LETTER_HANDED: Final = re.compile(
    r"(?:已经|已)?(?:于[^,;]{2,14}?)?(?:向(?P<to>[^,;]{2,24}?)(?P<board>董事会|监事会)?)?"
    r"(?:递交|提交|呈交|提出)了?(?:书面)?(?:辞呈|辞职(?:报告|信|函|申请))$"
)


# A name, then a dash: the person a dispatch is about (甲—根据…).
_NAME_DASH: Final = re.compile(r"([\u4e00-\u9fff·]{2,4})[—－]")
# 甲同志已到退休年龄，…，免去其… / 鉴于乙同志工作调动 / 同意丙同志辞去公职: the comrade a clause opens with.
_COMRADE_OPENS: Final = re.compile(r"(?:鉴于|由于|同意)?(?P<name>[\u4e00-\u9fff·]{2,8}?)同志")
# A vote's count for the person a clause opens with (甲得赞成票数超过半数，当选为…; 乙先生最终获得了
# 129票同意，被选举为…): the one elected in the clause after.
_VOTES_FOR: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志|先生|女士)?(?:最终|共|均)?(?:获得了?|获|得到?)(?=[^,]{0,6}票)"
)
# 甲已到某市某局任职: the unit a person joins (the post follows in the next clause).
# (王某随后赴某部任职 / 李某重回某大学任职: the adverbs of a news report between name and move)
_MOVE_ADVERBS: Final = r"(?:随后|随即|也|则|又|再|已经|已)*"
# (not 返回原单位任职 / 重回母校任职: a place named by what it was to him, no body's name)
_JOINED_UNIT: Final = re.compile(
    rf"{_MOVE_ADVERBS}(?:重回|到|赴)(?!原单位|本单位|母校|家乡|基层)(?P<org>[^,]{{2,30}}?)任职$"
)
# A person on the move, the post told in the clause after (甲回京，履新X; 乙跨公司，任Y; 某市副市长丙
# 也由政转企，出任Z): the clause names its person only.
_MOVES: Final = (
    "回京",
    "进京",
    "赴京",
    "南下",
    "北上",
    "跨省",
    "跨省份",
    "跨公司",
    "跨界",
    "由政转企",
    "由企转政",
)
_ON_THE_MOVE: Final = re.compile(rf"{_MOVE_ADVERBS}(?:{'|'.join(_MOVES)})$")


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


_NAMES_ALONE_LONGEST: Final = 12  # (a line of names one a line: a name, maybe padded, or two)
# 以上人员为X / 以上同志的X职务 after names one a line under a list's verb (任命：⏎甲⏎乙⏎…).
# (Hong Kong's gazette prints 为X alone under its names: 委任——⏎甲先生；⏎乙女士；及⏎丙先生，⏎为X)
_THOSE_ABOVE: Final = re.compile(
    r"^(?:(?:以上|上述)(?:人员|同志)?(?:(?P<as>为)|的)|(?P<bare>为))(?P<post>.{2,80}?)(?(as)|(?(bare)|职务))$"
)


def _those_above(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """以上人员为某法院审判员: the names listed one a line above take the post, by the list's verb."""
    m = _THOSE_ABOVE.match(key) if key.startswith(("以上", "上述", "为")) else None
    if not m or not state.subject or state.kind is None or not _next_to_counted(c, start, state):
        return None
    return item_reading(c, start, state.subject, state.kind, m.start("post"), m.end("post"))


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
    if not _subject_noted(c, start, key, state):
        _announcer_noted(c, start, key, state)
        _list_kind_noted(c, start, key, state)
    return None


# A person's going to a place, a clause of its own before the post he takes there (甲交流到某县，任…; not
# 受到, 得到, 达到…: no going).
_GONE_TO: Final = re.compile(
    r"[^,]{2,30}?(?<![回受感遇得达收])(?P<go>(?:交流|调|挂职)?(?:到达|到|赴))[\u4e00-\u9fff]{2,24}?(?:挂职|任职|工作)?"
)


def _subject_noted(c: Compact, start: int, key: str, state: State) -> bool:
    """Whether the clause names a person whom the clauses after it act on (noted in ``state``)."""
    # 现任某市市长张三，拟任… / 某市副市长张三，已出任… / 某银行行长张三因工作调整，辞去…
    # (the clause without its reason is asked only when it differs: named_after_title is pure)
    bare = clause_without_reason(key)
    if ("及" in key or "、" in key) and (described := described_people(c, start, key)):
        # 某局长甲及某所所长乙，都将在22日退休: each leaves the post he is described by
        state.subject, state.subject_held = described
        state.subject_start = start
        return True
    if ("到" in key or "赴" in key) and (gone := _GONE_TO.fullmatch(key)):
        # 某市发改委副主任甲交流到某县，任某县副县长 / 某团成员乙到达某州，挂任…: who went, then his post
        went = key[: gone.start("go")]
        if moved := named_after_title(went) or ((0, went) if is_name(went) else None):
            state.subject, state.subject_start = printed(c, start, [moved]), start
            state.subject_held = ()
            return True
    if found := named_after_title(key) or (bare != key and named_after_title(bare)):
        named = printed(c, start, [found])
        if bare != key and state.counted_end == start - 1:  # 市人大代表甲因…，区人大代表乙因…，其…
            named = (*state.subject, *named)
        state.subject, state.subject_start = named, start
        state.subject_held = tuple(ended_by_move(described_posts(c, start, key[: found[0]])))
        # (某届人大代表甲因调离本行政区域，乙因病去世，其…: a reason's clause, which the next may join)
        state.counted_end = start + len(key) if bare != key else -1
        return True
    if key.endswith(_FAULTS) and (found := _at_fault(key)):
        # 某局局长甲在疫情防控中履职不力，…，被免去其…职务: the one at fault, by his posts
        state.subject, state.subject_start = printed(c, start, [found]), start
        state.subject_held = tuple(described_posts(c, start, key[: found[0]]))
        return True
    if (dashed := _NAME_DASH.match(key)) and is_name(dashed[1]):
        # 甲—根据第15/2009号法律…的规定，…，其担任X的定期委任…: a Macao dispatch names its person first
        state.subject, state.subject_start = printed(c, start, [(0, dashed[1])]), start
        state.subject_held = ()
        return True
    if "给予" in key and (punished := _punished(key)):
        # 给予甲党内严重警告处分，免去其X职务: the one punished is 其
        state.subject = printed(c, start, [punished])
        state.subject_start, state.subject_held = start, ()
        return True
    # 对某局局长甲实行问责，责令其辞去…: the one held to account; 某医院副院长甲受到党内严重警告处分，
    # 其副院长职务被免去: the one punished (each by his posts)
    sanctioned = _HELD_ACCOUNTABLE.search(key) if "问责" in key else None
    sanctioned = sanctioned or (_RECEIVED.fullmatch(key) if "受到" in key else None)
    if sanctioned and _subject_described(c, start, start + sanctioned.start("who"), sanctioned["who"], state):
        return True
    m = _PUNISHED_DESCRIBED.search(key) if "给予" in key else None
    if m and "、" in m["who"]:
        # 对某镇党委书记甲、镇长乙分别给予…处分，免去其书记、镇长职务: each described by his posts
        # (对身为党员领导干部的某镇党委书记甲、…: what they are, before the first's posts)
        lead = m["who"].rfind("的", 0, m["who"].find("、")) + 1
        who = m["who"][lead:].removesuffix("分别")
        if each := posts_of_each(c, start + m.start("who") + lead, who):
            state.subject, state.subjects_held = each[0], (start, each[1])
            state.subject_start, state.subject_held = start, ()
            return True
    if m and (found := named_after_title(m["who"])):
        # 对某镇镇长甲给予党内严重警告处分，并免去其镇长职务: 其 is the one described, and his post
        at = m.start("who")
        state.subject, state.subject_start = printed(c, start, [(at + found[0], found[1])]), start
        state.subject_held = tuple(described_posts(c, start + at, m["who"][: found[0]]))
        return True
    if "票" in key and (votes := _VOTES_FOR.match(key)) and is_name(votes["name"]):
        state.subject = printed(c, start, [(0, votes["name"])])
        state.subject_start, state.subject_held = start, ()
        return True
    if (comrade := _COMRADE_OPENS.match(key)) and is_name(comrade["name"]):
        state.subject = printed(c, start + comrade.start("name"), [(0, comrade["name"])])
        state.subject_start, state.subject_held = start, ()
        return True
    if key.endswith("任职") and _joined_subject(c, start, key, state):
        return True
    # (a clause ends with one of the moves before its whole pattern is sought: most end otherwise)
    moving = _ON_THE_MOVE.search(key) if key.endswith(_MOVES) else None
    if moving and (who := person_in(key[: moving.start()])):
        state.subject, state.subject_start = printed(c, start, [who]), start
        state.subject_held = tuple(ended_by_move(described_posts(c, start, key[: who[0]])))
        return True
    if (at := key.rfind("候选人", 0, len(key) - 3)) >= 0 and (names := subject_with_reason(key[at + 3 :])):
        # 人大代表正式候选人甲同志获得赞成票912票，…，当选…: the candidate is the subject
        state.subject, state.subject_start = printed(c, start + at + 3, names), start
        state.subject_held = ()
        state.counted_end = start + len(key) if key.endswith("票") else -1
        return True
    if (at := key.rfind("的", 0, len(key) - 1)) > 0 and (
        names := split_names(key[at + 1 :]) or subject_with_reason(key[at + 1 :])
    ):
        # 此前担任某市委书记的孙二，已被任命为… / 原任X的甲同志另有任用，免去其X职务: the person the
        # clause ends with
        state.subject, state.subject_start = printed(c, start + at + 1, names), start
        state.subject_held = tuple(ended_by_move(described_posts(c, start, key[: at + 1])))
        return True
    return False


def _announcer_noted(c: Compact, start: int, key: str, state: State) -> None:
    """Note the body a clause says meets, announces or elects, whose bare titles follow."""
    # 某大学召开干部大会，宣布甲任副校长: the body's 副校长 (not a site's name run into a headline,
    # 某大学某学院⏎学院举行…, whose 学院 the text goes on to use for the college)
    if announced := announcing_body(c, start, start + len(key)):
        state.announcer, own = announced
        if own:  # (某局今天宣布，甲出任某专员: not the 局's)
            state.org = state.announcer
    if org := electing_org(c, start, key):  # 在某团委第十七届委员会第一次全体会议上，选举甲为书记
        state.org = org
    elif _society_meets(key) and (meeting := _SOCIETY_MEETS.search(key)):
        # 某校友分会成立大会在某地举行，会议选举甲为会长: the society's officers, its name in the clause
        # that tells its meeting
        state.org = society_named(c, start, meeting)
        # (某协会换届大会召开，甲连任主席: the posts the meeting's sentence goes on to give are elected)
        state.elected_at = start + meeting.end()
    elif "选举" in key and (society := _SOCIETY_ELECTED.search(key) or SOCIETY_CONGRESS.search(key)):
        # 选举出某律师协会新一届领导班子。…并选举甲为会长 / 某协会第三次会员代表大会选举产生…: the
        # society's officers
        state.org = society_named(c, start, society)
    if "选举" in key and (leadership := _LEADERSHIP_ELECTED.search(key)):
        # …选举产生了新一届领导班子，甲任主席: the posts taken are elected (from the election on: a
        # 会议 before it decides nothing)
        state.elected_at = start + leadership.start()
    elif "选举产生" in key and (body := _BODY_ELECTED.search(key)):
        # 会议选举产生了由18人组成的某区人大常委会，甲为主任；乙、丙为副主任: the body's officers, elected
        state.org = c.text[start + body.start("body") : start + body.end("body")]
        state.elected_at, state.kind = start + body.start(), Kind.ELECT


def _list_kind_noted(c: Compact, start: int, key: str, state: State) -> None:
    """Note the act of a list a clause heads (决定任命：, 任免名单如下：, 选举结果：, 【新任】)."""
    _list_kind_of(c, start, key, state)
    elected = state.kind is Kind.ELECT and not state.list_org and "选举结果" in key
    if elected and (society := _SOCIETY_ORGAN.match(key)):  # 某协会第三届理事会选举结果如下：⏎会长：甲
        state.list_org = c.text[start + society.start("body") : start + society.end("body")]


def _list_kind_of(c: Compact, start: int, key: str, state: State) -> None:
    """:func:`_list_kind_noted`'s reading of the list's act (and body, where the heading names it)."""
    # (聘任下列同志职务（聘期四年）：: the term noted after the verb's clause)
    note = _NOTE_AT_END.search(key) if key.endswith(")") else None
    bare = key[: note.start()] if note else key
    verb: re.Match[str] | None = _LIST_VERB.fullmatch(bare) if bare[-1:] in _LIST_VERB_LAST else None
    if not verb and bare.endswith(_LIST_ENDS):
        verb = _LIST_VERB_AT_END.search(bare)
    if not verb and ")" in bare and bare[-1:] in _LIST_VERB_LAST and c.key.startswith(":", start + len(key)):
        # (1998年3月16日…会议通过)任命：⏎甲为X: a gazette's adoption line and its list's verb on one line
        close = bare.rfind(")")
        verb = _LIST_VERB.fullmatch(bare, close + 1) if "通过" in bare[:close] else None
    if verb and "提名委员会" in key:
        verb = None  # 董事会提名委员会…同意聘任：甲为总裁，并提交董事会审议: a committee's advice, no act
    if verb:  # a verb stated once for the list below: 决定任命：
        _list_verb_noted(c, start, key, verb, state)
    elif (
        key.endswith(_RESIGNATIONS_ENDS)
        and _RESIGNATIONS.fullmatch(key)
        and c.key.startswith(":", start + len(key))
    ):
        state.kind = Kind.RESIGN  # 接受辞职：⏎甲　某县副县长 / 乙的某局局长职务: the resignations below
    elif state.kind and key in _LIST_ANNOUNCED and c.key.startswith(":", start + len(key)):
        # 决定任命下列人员职务，名单如下：某局局长甲，副局长乙、丙: the pairs after the colon
        line_end = c.key.find("\n", start)
        line = c.key[: line_end if line_end >= 0 else len(c.key)]
        if post_name_pairs(line, start + len(key) + 1):
            state.pairs_below = state.kind
    elif key in _ROUNDUP_SECTIONS and (c.key.startswith(":", start + 2) or alone_on_its_line(c, start, 2)):
        state.kind = _ROUNDUP_SECTIONS[key]  # 【新任】⏎甲　某省副省长⏎【卸任】⏎乙　…: a roundup's sections
    elif "名单" in key and (names_list := _NAMES_LIST.fullmatch(key)):  # 任命名单如下： / 免职名单如下：
        state.kind = Kind.REMOVE if names_list.group(1) == "免职" else Kind.APPOINT
        if "正式" in key or "试用期满" in key:
            state.kind = Kind.CONFIRM  # 现将正式任职名单公布如下：a probation served
        state.listed = True  # (its rows below, under a header: 序号|姓名|职务)
        if c.key.startswith(":", start + len(key)) and post_name_pairs(c.key, start + len(key) + 1):
            state.pairs_below = state.kind  # (…名单如下：某局局长政治助理甲；某局局长政治助理乙)
    elif "名单" in key and key.endswith((")", "名单")) and _roster_titled(c, start, key, state):
        return None  # 某委员会书记、副书记名单(某日某会议选举) below a page's other lines: noted, rows below
    elif key.endswith(("名单", "名单如下")) and _ROSTER_PUBLISHED.search(key):
        state.kind = Kind.APPOINT  # 行政院今天公布内阁改组名单，经济部长：甲；交通部长：乙
    elif (
        _LIST_FOLLOWS.fullmatch(key)
        and c.key.startswith(":", start + len(key))
        and (verb := last_match(_LIST_ACT_BEFORE, c.key, start - _LIST_ACT_REACH, start))
    ):
        # 国务院今日任命某特区政府主要官员。名单如下：⏎某司司长：甲: the act the sentence before told
        state.kind = VERBS[verb.group("verb")]
    elif hired := _HIRED_BELOW.match(key):  # 聘任以下同志为本院科室负责人：rows follow
        kind = VERBS[hired.group("verb")]
        state.kind = NOMINATED.get(kind, kind) if hired.group("proposed") else kind
        if staff := _STAFF_OF.search(key, hired.end()):  # 为公司高级管理人员：⏎甲|总经理: the company's
            state.list_org = c.text[start + hired.end() : start + staff.start()]
            if not state.list_org and "公司" in key[: hired.start("verb")]:
                state.list_org = "公司"  # 我公司聘任下列人员为高级管理人员： (completed from the text)
        elif c.key.startswith(":", start + len(key)) and not ends_with_title(key):
            # 任命下列人员为某特区第六届政府主要官员：⏎某司司长甲；…: pairs of post and name follow
            state.pairs_below = state.kind
    elif c.key.startswith((":", "。"), start + len(key)) and (officials := _OFFICIALS_BELOW.search(key)):
        # 国务院任命下列香港特别行政区政府主要官员：⏎甲为政务司司长；: name 为 post lines follow
        if officials.group("told"):  # (…任命了某特区第六届政府主要官员。甲为…: the officials' titles alone)
            state.kind = VERBS[officials.group("told")]
        elif c.key.startswith(":", start + len(key)):
            state.kind = VERBS[officials.group("verb")]
            state.list_org = c.text[start + officials.start("org") : start + officials.end("org")]
    elif group := _GROUP_APPOINTED.search(key):  # 6名将领被分别任命为副主任委员。其中，甲为…
        state.kind = VERBS["被" + group.group(1)]
    elif body := elected_posts_body(c, start, key):  # 补选某常委会主任、副主任、委员。⏎主任：张三
        state.kind, state.list_org = Kind.ELECT, body
    elif (
        c.key.startswith(":", start + len(key))
        and (team := _TEAM_NAMED.search(key))
        and (act := team.group("verb") or team.group("after"))
    ):
        # 关于外国语学院行政领导班子换届聘任的决定：⏎院长：甲⏎副院长：乙、丙: the unit's new team by title
        state.kind = Kind.APPOINT if act in ("任免", "调整") else VERBS[act]
        state.list_org = c.text[start + team.start("org") : start + team.end("org")]
    elif (heading := _without_adoption_note(key)).endswith(_ELECTION_RESULTS):
        state.kind = Kind.ELECT  # 第一次会议选举结果(某日…会议选举): the lines below are elections
        if plenary := _PLENARY_OF.match(heading):  # 某委员会第一次全体会议选举结果⏎书记：甲: its officers
            state.list_org = c.text[start + plenary.start("body") : start + plenary.end("body")]
        if (
            heading.endswith("如下")
            and c.key.startswith(":", start + len(key))
            and not c.key.startswith(":\n", start + len(key))
        ):
            state.pairs_below = Kind.ELECT  # 选举结果如下：某县县长甲，副县长乙、丙: pairs, a clause each
    elif roster := roster_heading(heading):  # 选举产生的县人大常委会组成人员名单⏎主任：甲
        roster_verb = roster["verb"]
        state.kind = Kind.APPOINT if roster_verb == "任命" else Kind.ELECT
        if roster["body"].endswith(ROSTER_BODIES):
            a, b = roster.span("body")
            state.list_org = c.text[start + a : start + b]
        if roster_verb.endswith("通过") and not elected_by_its_congress(state.list_org):
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
        state.kind = VERBS[counted["verb"]]
    elif key.endswith(("的任命", "的委任")) and _ANNOUNCED_BELOW.search(key):
        state.kind = Kind.APPOINT  # 政府今日公布以下首长级人员的任命：⏎职位 姓名 原任职位: the rows below
    elif key.endswith(CONFIRMED):  # 下列同志试用期满，…按期正式任职：
        state.kind = Kind.CONFIRM
    elif key.endswith(_CHANGES_BELOW) and c.key.startswith(":", start + len(key)):
        state.kind = Kind.APPOINT  # 以下同志职务调整：⏎某市委副书记：甲: each post now held
    elif key.endswith(_VOTED):  # 经委员投票，甲为某委员会主席、乙为副主席: the vote elects
        state.kind = Kind.ELECT


# A list's section of the resignations it accepts (接受辞职：, 决定接受辞去职务：, 接受下列同志辞去职务：).
_RESIGNATIONS: Final = re.compile(
    r"(?:[一二三四五六七八九十\d]{1,3}、)?(?:决定)?接受(?:(?:下列|以下)(?:同志|人员))?辞(?:职|去职务)"
)
_RESIGNATIONS_ENDS: Final = ("辞职", "辞去职务")


def _list_verb_noted(c: Compact, start: int, key: str, verb: re.Match[str], state: State) -> None:
    """Note the act a list's verb states once for its items below (决定任命：, 提请任命：, 按期正式任命：)."""
    state.kind = VERBS[next(g for g in verb.groups() if g)]
    at = next(verb.start(i) for i, g in enumerate(verb.groups(), 1) if g)
    if key[at - 1 : at] == "拟":
        state.kind = NOMINATED.get(state.kind, state.kind)  # 拟聘任：⏎甲为…: proposed in a 公示
    day = next((d for m in DATE.finditer(key) if (d := parse_date(m)) and d.precision is Precision.DAY), None)
    state.list_day = (state.kind, day) if day else None  # (国务院于2022年6月19日任命：)
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


# 正式担任 / 正式任: a probation's end in a notice (甲同志正式担任…, or one that speaks of a probation),
# else news of a post taken up.
_FORMALLY: Final = ("正式担任", "正式任")
_PROBATION_WORDS: Final = ("试用", "转正", "正式任职")
_PROBATION_REACH: Final = 300  # (the list's heading: 下列同志试用期满，…正式任职：)


def _on_probation(c: Compact, start: int) -> bool:
    """Whether the text before ``start`` (within a list's reach) or its sentence speaks of a probation."""
    before = c.key[max(0, start - _PROBATION_REACH) : full_stop_after(c, start)]
    return any(word in before for word in _PROBATION_WORDS)


# A cell that is a list's item of its own: a name, then its verb (甲任X, 乙为Y, 丙的Z职务).
_ITEM_CELL: Final = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:同志)?(?:任|为|的)[\u4e00-\u9fff]")


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


def _board_owner(c: Compact, start: int) -> str:
    """The word a company or bank names itself by where the text's first board is its own (公司董事会,
    该行董事会, 本公司第五届董事会…) before ``start``, or '': a university's or a foundation's board
    (某大学第三届董事会) makes no bare title a company's."""
    board = first_board(c.key)
    if not 0 <= board < start:
        return ""
    lead = c.key[max(board - 12, 0) : board]
    return own[1] if (own := _BOARD_OWNER.search(lead)) else ""


# A company's or bank's word for itself before its board (and its term: 本公司第五届董事会).
_BOARD_OWNER: Final = re.compile(rf"({'|'.join(BOARD_OWN_WORDS)})(?:第[一二三四五六七八九十\d]{{1,3}}届)?$")


# What stands between a society's name and its meeting (某学会召开第三次会员代表大会).
_MEETING_OPENS: Final = r"(?:召开了?|举行了?)?(?:第[一二三四五六七八九十\d]{1,3}[次届])?"
# A society's meeting that elects its officers, told in a clause of its own (某校友分会成立大会在某地举行).
_SOCIETY_MEETS: Final = re.compile(
    rf"(?P<org>{_SOCIETY_NAME}){_MEETING_OPENS}(?:会员代表大会|会员大会|成立大会|换届大会|换届选举大会"
    r"|换届选举会议|换届会议|代表会议)"  # (某学会某分会换届选举会议在某地召开。甲当选为主任委员)
)


def _society_meets(key: str) -> bool:
    """Whether ``key`` may hold a match of _SOCIETY_MEETS (its end found first)."""
    return ("大会" in key or "会议" in key) and _MEETING_AFTER_SOCIETY.search(key) is not None


# The end of _SOCIETY_MEETS (a society's last word, then its meeting's), sought first: a literal
# opens it, where the whole pattern's lazy name would be tried at every character of every clause
# that holds 会议.
_MEETING_AFTER_SOCIETY: Final = re.compile(
    rf"(?:{'|'.join(SOCIETY_ENDS)}){_MEETING_OPENS}(?:会员代表大会|会员大会|成立大会|换届|代表会议)"
)
# A society's new leadership elected (选举出某律师协会新一届领导班子, 选举产生了某学会第五届理事会).
_SOCIETY_ELECTED: Final = re.compile(
    # (选举产生了新一届某作家协会领导班子: the term before the society's name, or after it)
    rf"选举(?:出|产生了?)(?P<new>新一届)?(?P<org>(?:(?![和及与])[\u4e00-\u9fff]){{2,20}}?(?:{'|'.join(SOCIETY_ENDS)})"
    # (选举产生某归国华侨联合会第十届委员会新一届领导机构: the term's committee, as printed)
    r"(?:第[一二三四五六七八九十\d]{1,3}届(?:委员会|理事会)(?=新一届))?)"
    r"(?:新一届|第[一二三四五六七八九十\d]{1,3}届|(?(new)|(?!)))(?:领导班子|理事会|领导机构)"
)
# A body whose members an election produced, named whole, its officers listed after it.
_BODY_ELECTED: Final = re.compile(
    r"选举产生了?(?:由[\d一二三四五六七八九十]{1,3}(?:人|名[\u4e00-\u9fff]{0,4}?)组成的)?"
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人大常委会|委员会))(?:组成人员)?$"
)
# A body's leadership told as elected, its officers in the clauses after (大会选举产生了新一届领导
# 班子，甲任主席，乙任副主席 / 选举产生新一届理事会，由甲任会长).
_LEADERSHIP_ELECTED: Final = re.compile(
    r"选举(?:产生|出)了?(?:新一届|第[一二三四五六七八九十\d]{1,3}届)(?:[\u4e00-\u9fff]{0,20}?)"
    r"(?:领导班子|领导机构|理事会|委员会|主席团|支委会)$"
)


# A group appointed, its members named next with 为 (…被分别任命为6个专门委员会副主任委员。其中，甲为…).
_GROUP_APPOINTED: Final = re.compile(r"被分别(任命为|聘任为|聘为|免去)")


# A heading over posts and their new holders (以下同志职务调整：⏎某市委副书记：甲).
_CHANGES_BELOW: Final = ("同志职务调整", "职务调整如下", "人事调整如下", "职务任免如下")


def _other_person(c: Compact, start: int, key: str, state: State) -> Reading | None:
    if (
        state.person
        and (acting := _ACTING_UNSAID.match(key))
        and state.person_start >= sentence_start(c.key, start)  # (the clause before, in its sentence)
    ):  # 任命甲为某市副市长，并决定代理市长
        at = acting.start("rest")
        return item_reading(c, start, state.person, Kind.APPOINT, at, len(key), state.person_start, state.org)
    # Its 其 stands at most 8 characters in (two lead-ins such as 会议 / 随后, 提请, 任命 before it).
    if not (state.person or state.subject) or not _ITS_PERSON.search(key, 0, 11):
        return None
    who, at = state.person, state.person_start
    # (甲—根据…规定，免除其担任X职务: the one named since, alone before the dash)
    if state.subject and (not who or state.subject_start > at):
        who, at = state.subject, state.subject_start
    if accepted := _ACCEPTED_ITS.match(key):  # 任命甲为X，接受其辞去Y职务的请求
        return item_reading(c, start, who, Kind.RESIGN, accepted.start("rest"), len(key), at)
    if acting := _ACTING_ITS.match(key):  # 任命甲为某县副县长，并由其代理县长职务
        return item_reading(c, start, who, Kind.APPOINT, acting.start("rest"), len(key), at, state.org)
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
    kind = VERBS[m.group("verb")]
    if m.group("nom"):
        kind = NOMINATED.get(kind, kind)
    # (撤销其某政协委员资格(的决定): the membership is the post)
    end = len(key) - next((len(tail) for tail in _STANDING_ENDS if key.endswith(tail)), 0)
    return item_reading(c, start, who, kind, m.start("rest"), end, at, state.org)


# A membership taken away from the person a removal just named, who is not named again
# (免去甲的某政协副主席职务、撤销某政协委员资格).
_REVOKED_TOO: Final = re.compile(r"(?P<verb>撤销|罢免)(?P<rest>[^,;:的]{2,40}?(?:委员|代表))资格$")


def _revoked_too(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """…职务、撤销某政协委员资格: the membership of the person whose post the clause before ended."""
    if not state.person or not c.key.endswith("职务、", 0, start) or not (m := _REVOKED_TOO.fullmatch(key)):
        return None
    return item_reading(
        c, start, state.person, Kind.REVOKE, m.start("rest"), m.end("rest"), state.person_start, state.org
    )


# What ends a clause that takes a membership away (撤销其某政协委员资格的决定).
_STANDING_ENDS: Final = ("资格的决定", "资格")


def _named_at_its(key: str, at: int) -> bool:
    """Whether the 其 at ``at`` opens a transcribed name standing in a name's slot (免去其其格的…,
    任命其木格为…), not the pronoun."""
    ends = ("的", "为", "同志")
    return any(is_transcribed_name(key[at : at + n]) and key.startswith(ends, at + n) for n in (3, 4, 5, 6))


# 其担任某局局长的定期委任，自某日起续期一年 (Macao: the person a dispatch names before its dash).
# (终止其担任X的定期委任: the term ended)
_FIXED_TERM_HELD: Final = re.compile(r"^(?P<ended>终止)?其?担任(?P<post>[^,]{2,40}?)的定期委任$")


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
_NOMINATED_FOR_CONSENT: Final = re.compile(
    r"^(?:[^,]{0,30}规定,)?[^,提]{0,12}?(?:并|另)?提名(?P<who>[^,为]{2,40}?)(?:等[\d一二三四五六七八九十]{1,3}人)?为(?P<post>[^,]{3,30})$"
)
_CONSENT: Final = re.compile("咨请立法院|立法院(?:同意|行使同意权)")


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
    return item_reading(
        c, start, who, Kind.NOMINATE_APPOINT, m.start("post"), len(key), start + m.start("who")
    )


# 委任甲为X。免除乙上述职务 (Macao, and mainland 免去乙上述职务): the post the act before gave.
# (该职务, 这一职务, 此职: the post just told, as 上述职务)
_THE_POST_ABOVE: Final = r"(?:上述|该|这一|这个|此)(?:职务|职位|职)"
_POST_ABOVE: Final = re.compile(
    rf"^(?:同时|并)?(?P<verb>免去|免除|解聘)(?P<name>[\u4e00-\u9fff·]{{2,5}}?)(?:同志|先生|女士)?的?{_THE_POST_ABOVE}$"
)


# 甲任X；乙同志不再担任上述职务: the one who leaves them names himself first.
_CEASED_ABOVE: Final = re.compile(
    rf"^(?:同时|并)?(?P<name>[\u4e00-\u9fff·]{{2,5}}?)(?:同志)?(?:将|已)?(?P<verb>不再担任|不再兼任){_THE_POST_ABOVE}$"
)
# 免去甲的X职务。乙近日已接任该职务: the one who takes them up after.
_TAKEN_ABOVE: Final = re.compile(
    rf"^(?:同时|并)?(?P<name>[\u4e00-\u9fff·]{{2,5}}?)(?:同志)?(?:近日|日前)?(?:将|已)?(?P<verb>接任|继任){_THE_POST_ABOVE}$"
)
_ENDS_ABOVE: Final = ("职务", "职位", "职")
_ABOVE: Final = re.compile(_THE_POST_ABOVE)


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
    kind = Kind.APPOINT if m["verb"] == "继任" else VERBS[m["verb"]]  # (继任 is read here only)
    return Reading(who, kind, tuple(state.posts), start, start + len(key))


def _terminate(c: Compact, start: int, key: str, state: State) -> Reading | None:
    if "续期" in key and (renewed := _RENEWED.search(key)) and is_name(renewed["name"]):
        who = printed(c, start + renewed.start("name"), [(0, renewed["name"])])
        return item_reading(c, start, who, Kind.APPOINT, renewed.start("post"), renewed.end("post"))
    numbered = ITEM_OPENING.match(key)  # (一、续期甲为…的委任: an order's item)
    lead = numbered.end() if numbered else 0
    # (自…起 before it)
    m = _TERMINATE.match(key, lead) if "终止" in key[: lead + 18] or key.startswith("续期", lead) else None
    if not m or (m["verb"] == "续期" and m["probation"]):
        return None
    rest = key[m.start("rest") : m.end("rest")]
    if rest.startswith("其") and m.group("probation") and (who := state.subject or state.person):
        # 甲同志试用期满考核不合格，…，终止其某处副处长试用期: 其 is the sentence's person
        return item_reading(c, start, who, Kind.TERMINATE_PROBATION, m.start("rest") + 1, m.end("rest"))
    found = names_before(rest, (*_HELD_AS_SEPS, "同志的", "作为", "为", "的", "同志"))
    if not found and not m.group("probation"):  # 终止甲某局局长的定期委任 (no 的 after the name)
        found = names_by_length(rest) or name_before_a_post(rest)
    if not found:
        return None
    found_names, post_at = found
    names = printed(c, start + m.start("rest"), found_names)
    kind = Kind.TERMINATE_PROBATION if m.group("probation") else Kind.REMOVE
    kind = Kind.APPOINT if m["verb"] == "续期" else kind
    return item_reading(c, start, names, kind, m.start("rest") + post_at, m.end("rest"))


# How an appointment ended or renewed names its post after its person (甲同志担任, 甲先生出任).
_HELD_AS_SEPS: Final = tuple(
    f"{who}{how}{verb}"
    for verb in ("担任", "出任")
    # (Macao: 终止甲以兼任方式担任某局副局长的委任: how the post was held, between the name and 担任)
    for how in ("", "以兼任方式", "以定期委任方式", "以委任方式")
    for who in (*ADDRESSES, "")
)


# 行政长官已接纳某局局长甲(提出)的辞职: the one described resigns from the post he is described by.
_RESIGNATION_ACCEPTED: Final = re.compile(
    # (not 未同意, 拒绝接纳: a resignation refused)
    # (Hong Kong: 接纳某局局长甲基于个人及家庭理由提出的辞职: the reason between the name and 提出)
    r"^(?:[^,]{0,12}?)(?<![未不没尚])(?<!没有)(?<!拒绝)(?:已|已经)?(?:接纳|接受|批准|同意)了?(?P<who>[^,的]{3,40}?)"
    r"(?:(?:基于|因|以)[^,的]{1,12}?(?:理由|原因|因素))?(?:提出)?的(?:辞职|辞呈|请辞)"
    r"(?:请求|申请)?$"
)


# 某局委员甲的辞职已获接纳 (a Hong Kong gazette's or release's passive form).
_RESIGNATION_ACCEPTED_BY: Final = re.compile(
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
    if m and (several := _resignations_accepted(c, start, m)):
        return several
    found = named_after_title(without_address(m["who"])) if m else None  # (…委员甲女士的辞职)
    if not found:
        return None
    at = m.start("who")
    names = printed(c, start + at, [found])
    return item_reading(c, start, names, Kind.RESIGN, at, at + found[0], start + at)


_PERSONS_JOINED: Final = re.compile("[和及、]")


def _resignations_accepted(c: Compact, start: int, m: re.Match[str]) -> Reading | None:
    """接受某司司长甲和某局局长乙的辞职: each described person resigns the post before his name."""
    who, at = m["who"], m.start("who")
    pieces: list[tuple[int, tuple[int, str]]] = []  # (where each described person starts, his name)
    begin = 0
    for sep in _PERSONS_JOINED.finditer(who):  # (运输及房屋局局长甲: a 及 inside a bureau's name)
        found = named_after_title(without_address(who[begin : sep.start()]))
        if found and found[0] and found[0] + len(found[1]) == sep.start() - begin:
            pieces.append((begin, found))
            begin = sep.end()
    last = named_after_title(without_address(who[begin:])) if pieces else None
    if not last or not last[0]:
        return None  # (one person, or a last piece with no post and name)
    readings = []
    for a, found in (*pieces, (begin, last)):
        names = printed(c, start + at + a, [found])
        reading = item_reading(c, start, names, Kind.RESIGN, at + a, at + a + found[0], start + at + a)
        readings += [reading] if reading else []
    return replace(readings[0], more=(*readings[0].more, *readings[1:])) if readings else None


# 接受甲辞职，免去其某职务: a resignation accepted (the name, then 辞职 with no post), of the posts the
# removal right after it names.
_RESIGNED_THEN_REMOVED: Final = re.compile(
    r"^(?:[^,]{0,12}?)(?<![未不没])(?:接受|同意|批准)(?P<who>[^,的]{2,8}?)(?:同志)?的?(?:辞职|请辞)(?:请求|申请)?$"
)
_REMOVAL_OF_ITS_PERSON: Final = re.compile(r",(?:同时|并)?免去其(?P<posts>[^,;。\n]{2,80}?)职务")


def _resigned_then_removed(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """接受甲辞职，免去其某职务: 甲 resigns the posts the removal after the clause names (other; the
    removal, read next, is its 其's)."""
    m = _RESIGNED_THEN_REMOVED.match(key) if key.endswith(("辞职", "请辞", "请求", "申请")) else None
    names = split_names(m["who"]) if m else None
    if m is None or not names or len(names) > 1:
        return None
    removal = _REMOVAL_OF_ITS_PERSON.match(c.key, start + len(key))
    if removal is None:
        return None
    who = printed(c, start + m.start("who"), names)
    posts_at, posts_end = removal.start("posts") - start, removal.end("posts") - start
    return item_reading(c, start, who, Kind.RESIGN, posts_at, posts_end, start)


# A congress's own verbs of election (not 推选: a body choosing among its members, no government's head).
_CONGRESS_ELECTING: Final = ("选举", "补选")


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
        if key.endswith(_NOT_DONE, 0, m.start("verb")):
            continue  # 是否免去甲的X职务, 并未免去乙的…: an act asked about or denied, not done
        if m.group("verb") == "任" and (
            ren_in_a_word(key, m.start("verb")) or key.startswith("满", m.end("verb"))
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
            elided = electing_org(c, start, key[: m.start()]) if m.start() else ""
            if not elided and m.start() and m.group("verb") in _CONGRESS_ELECTING:
                # (某省人大会议选举甲为省长: the province's, not the body of the sentence before)
                elided = congress_place(c, start, key[: m.start()])
            elided = elided or state.org
            elided = elided or (congress_society(c, start, key[: m.end("verb")]) if m.start() else "")
            elided = elided or company_announcing(c, start) or unit_deciding(key[: m.start()])
        reading = _removed_subject(c, start, m, elided) or _verb_first_at(c, start, m, elided)
        if reading:
            return reading
    return None


def _removed_by_order(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """免某部政务次长甲、某部常务次长乙职 (a presidential order's removal, each item a post and its
    holder's name before 职): each leaves his post."""
    m = _ORDER_REMOVAL.fullmatch(key) if key.startswith("免") else None
    if m is None:
        return None
    readings: list[Reading] = []
    at = m.start("items")
    for item in m.group("items").split("、"):
        found = named_after_title(item)
        if found is None:
            return None
        who = printed(c, start + at + found[0], [(0, found[1])])
        if reading := item_reading(c, start + at, who, Kind.REMOVE, 0, found[0], start):
            readings.append(replace(reading, end=start + len(key)))
        at += len(item) + 1
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


# 免某部政务次长甲、某部常务次长乙职 / 免兼某委员会委员长职: Taiwan's orders, the posts and names before 职.
_ORDER_REMOVAL: Final = re.compile(r"免兼?(?P<items>[\u4e00-\u9fff·、]{4,80}?)职")


# How an accountability notice tells a fault (…在某工作中履职不力 / 失职失责 / 处置失当).
_FAULTS: Final = (
    "不力",
    "失职",
    "失责",
    "不到位",
    "不当",
    "失当",
    "不够",
    "不严",
    "不实",
    "不足",
    "不强",
    "违纪",
    "责任",  # (某镇镇长甲负有主要领导责任，受到…撤职处分)
)


# Where the liability a person bears is told (对事故负有主要领导责任, 负有直接责任).
_LIABLE: Final = re.compile(r"(?:对[^,]{1,12}?)?负有")


def _at_fault(key: str) -> tuple[int, str] | None:
    """(offset, name) of the person a clause telling a fault opens with, described by posts (某局局长
    甲在某工作中履职不力, 某镇镇长乙负有主要领导责任), or None."""
    at = key.find("在")
    if at <= 2 and (liable := _LIABLE.search(key)):
        at = liable.start()  # (某局局长甲(对事故)负有主要领导责任)
    found = named_after_title(key[:at]) if at > 2 else None
    return found if found and found[0] + len(found[1]) == at else None


# A punishment given (决定给予甲党内严重警告处分): the person punished, whom a removal after it names 其.
_PUNISHMENT: Final = re.compile(r"给予(?P<rest>[\u4e00-\u9fff·]{2,30}?)处分")
# (对某镇党委书记甲给予…处分: the one punished described by his posts, before 给予)
_PUNISHED_DESCRIBED: Final = re.compile(
    r"对(?P<who>[^,;:。对]{3,60}?)(?:同志)?给予[\u4e00-\u9fff]{2,20}?处分"
)
_PUNISHMENT_WORDS: Final = (
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


# 对甲实行问责 / 决定对某局局长乙进行问责: the one held to account.
_HELD_ACCOUNTABLE: Final = re.compile(r"对(?P<who>[^,;:。对]{2,40}?)(?:同志)?(?:实行|进行|启动|予以)?问责$")
# 甲受到党内严重警告处分 / 某局局长乙已受到政务撤职处分: the one punished opens the clause.
_RECEIVED: Final = re.compile(
    r"(?P<who>[^,;:。]{2,40}?)(?:同志)?(?:已|近日|日前)?受到[\u4e00-\u9fff]{2,24}?处分"
)


def _subject_described(c: Compact, start: int, at: int, who: str, state: State) -> bool:
    """Whether ``who`` (at ``at``) is a name, or posts and a name, noted then as the subject of the
    clause at ``start`` with the posts it is described by."""
    found = (0, who) if is_name(who) else named_after_title(who)
    if not found or found[0] + len(found[1]) != len(who):
        return False
    state.subject, state.subject_start = printed(c, at, [found]), start
    state.subject_held = tuple(described_posts(c, at, who[: found[0]]))
    return True


def _punished(key: str) -> tuple[int, str] | None:
    """(offset, name) of the person a punishment is given (给予甲政务记过处分), or None."""
    m = _PUNISHMENT.search(key)
    if not m:
        return None
    rest, at = m["rest"], m.start("rest")
    n = next((n for n in (3, 2, 4) if is_name(rest[:n]) and rest.startswith(_PUNISHMENT_WORDS, n)), 0)
    if n:
        return at, rest[:n]
    # (给予某镇党委书记甲党内严重警告处分: the one punished described by his post before his name)
    for j in sorted({i for w in _PUNISHMENT_WORDS if (i := rest.find(w)) > 2}):
        n = next((n for n in (3, 2, 4) if is_name(rest[j - n : j]) and ends_with_title(rest[: j - n])), 0)
        if n:
            return at + j - n, rest[j - n : j]
    return None


# A clause that opens with its person, then 免去 and the post (1．甲　免去X职务, 甲同志免去X职务).
_SUBJECT_THEN_REMOVAL: Final = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志)?\|?")


def _removed_subject(c: Compact, start: int, m: re.Match[str], elided: str) -> Reading | None:
    """甲同志免去X职务: the person named before 免去 is removed (not a name read after it)."""
    if m.group("verb") != "免去" or not m.start() or m.group("nom"):
        return None
    own = _SUBJECT_THEN_REMOVAL.fullmatch(m.string, 0, m.start())
    if not own or not is_name(own["name"]) or m.string.startswith("其", m.end()):
        return None
    names = printed(c, start, [(0, own["name"])])
    return item_reading(c, start, names, Kind.REMOVE, m.end(), len(m.string), start, elided)


# A company's board or board of supervisors acting (某某股份有限公司第五届董事会第十次会议选举…).
_BOARD_BEFORE: Final = re.compile(
    r"(?P<company>[\u4e00-\u9fff]{2,30}?(?:公司|集团|银行))(?:第[一二三四五六七八九十\d]{1,3}届)?"
    r"(?:董事会|监事会)(?:第[一二三四五六七八九十\d]{1,3}次(?:临时)?会议)?(?:审议通过|决定|同意)?$"
)


# 被 and what may stand between it and the act (被依法罢免).
_PASSIVE_END: Final = re.compile(r"被(?:依法|依纪依法|依规依纪依法)?$")
# 决定甲副区长为某区代理区长: a name, the deputy head's title he holds, then 为.
_NAME_THEN_HEAD: Final = re.compile(
    r"([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:常务)?副[省市区县州旗镇乡]长(?:同志)?为"
)


_DESCRIBED_LONGEST: Final = 24  # (the longest description and name before 为 read so)
# What a person is, printed before the name (立法会议员乙, 教授丙), besides a title or a profession.
# (…and a military rank, as Taiwan's orders print it before the name: 任命陆军中将甲为某部副部长)
_DESCRIBED_ENDS: Final = (
    *("教授", "医生", "博士", "议员", "干部", "会士"),
    *("带头人", "骨干", "青年", "能手"),  # (学科带头人甲, 返乡创业青年乙: what the person is known as)
    *("上将", "中将", "少将", "上校", "中校", "少校"),
)


def _described_slot(rest: str) -> tuple[int, list[tuple[int, str]]] | None:
    """Where 为 stands after people each described by a title or a profession and named (立法会议员甲为,
    大律师乙为, 县政协委员丙、退休干部丁为, 律师戊、己为: not 作为, nor two names run together), and
    the names: (offset of 为, [(offset, name)…])."""
    cut = rest.find("为")
    if not 3 < cut <= _DESCRIBED_LONGEST * 2 or rest[cut - 1] == "作":
        return None
    # (前申诉专员甲及执业会计师乙为: 及 or 和 parting the people, when 、 alone parts none read so)
    found = [f for f in (_described_people(rest, cut, p) for p in _PARTINGS) if f]
    return max(found, key=lambda f: len(f[1])) if found else None


_PARTINGS: Final = (re.compile("、"), re.compile("、|及|和"))


def _described_people(
    rest: str, cut: int, parts: re.Pattern[str]
) -> tuple[int, list[tuple[int, str]]] | None:
    """:func:`_described_slot`'s people before 为 at ``cut``, parted by ``parts`` (one character)."""
    pieces = parts.split(rest[:cut])
    names: list[tuple[int, str]] = []
    at = 0
    for piece in pieces:
        found = _described_person(piece, rest, cut) if not names or not is_name(piece) else (0, piece)
        if found is None and not names and piece.endswith((*PROFESSIONS, *_DESCRIBED_ENDS)):
            found = (len(piece), "")  # 国际知名化学家、某学会会士甲教授: a description of the next
        if found is None or (names and found[0] and len(piece) > _DESCRIBED_LONGEST):
            return None
        if found[1]:
            names.append((at + found[0], found[1]))
        at += len(piece) + 1
    return (cut, names) if names else None


def _described_person(piece: str, rest: str, cut: int) -> tuple[int, str] | None:
    """The name in ``piece`` (one of the people before 为 at ``cut`` in ``rest``) after what describes
    it (立法会议员甲, 某大学乙教授, 某医院某科丙主任医师), or None."""
    addressed = next((a for a in _ADDRESSED_AFTER if piece.endswith(a)), "")
    named = piece[: len(piece) - len(addressed)]
    # (律师甲乙, 大律师丙丁, 教师丁戊: the name after a profession, never one run into its last character)
    ends = (named.find(w) + len(w) for w in _JOBS if w in named)
    found = next(((at, named[at:]) for at in ends if is_name(named[at:])), None) or person_in(named)
    if not found or found[0] == 0 or found[0] + len(found[1]) != len(piece) - len(addressed):
        return None
    described = piece[: found[0]]
    known = ends_with_title(described) or described.endswith(_DESCRIBED_ENDS)
    # (某大学乙教授, 某医院心内科丙主任医师: a scholar or a doctor of it)
    of_a_body = bool(addressed) and (
        described.endswith(_ACADEMIC_BODIES) or ("医院" in described and described.endswith("科"))
    )
    if of_a_body and rest.startswith(_OWN_BODY_WORDS, cut + 1):
        return None  # 聘任某大学乙教授为本校客座教授: 本校 is the hiring school, which the text names not
    return found if known or of_a_body or described.endswith(_JOBS) else None


# The professions a person may be described by before the name (律师, 化学家, 教师, 讲师).
_JOBS: Final = (*PROFESSIONS, *sorted(PROFESSIONS_OF_SURNAMES))


# How a person described is addressed after the name (甲教授, 乙博士), and the bodies whose scholar
# such an address makes him (某大学甲教授为…).
_ADDRESSED_AFTER: Final = ("副教授", "教授", "博士", "副研究员", "研究员", "院士", "副主任医师", "主任医师")
_ACADEMIC_BODIES: Final = ("大学", "学院", "研究院", "研究所", "科学院", "医院")
_OWN_BODY_WORDS: Final = ("本校", "我校", "该校", "学校", "本院", "我院", "该院", "本所", "我所", "本单位")


# What separates the name from the post after a removing verb (免去张三兼任的某局局长职务; 解聘甲先生
# 公司财务总监职务; 免除甲担任某局副局长的职务, a Macao dispatch; 免去甲、乙分别担任的X、Y职务: each
# his own), and after an appointing one (聘任甲连任该行行长 / 委任乙续任某局局长: 连任, 续任, not a
# name's 连 or 续).
_REMOVAL_SEPARATORS: Final = (
    "分别担任的",
    "同志的",
    "兼任的",
    "担任的",
    "所任的",
    "先生的",
    "女士的",
    "的",
    "在",  # 免除甲在某局副局长的职务 (a Macao dispatch)
    "同志",
    "先生",
    "女士",
    "担任",
)
_APPOINTMENT_SEPARATORS: Final = (
    *("同志分别为", "分别为", "同志为", "为", "分别担任", "同志担任", "担任"),
    *("分别出任", "出任", "同志任", "连任", "续任", "任"),
)
_CONCURRENT_SEPARATORS: Final = ("同志兼任", "兼任", *_APPOINTMENT_SEPARATORS)


# A name, 等 and a head count before a post with no 为 (任命甲等13名人民陪审员; not 等13名同志为…).
_NAMED_AND_COUNTED: Final = re.compile(
    r"(?P<name>[^,等]{2,60}?)(?:同志)?等(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:名|位)(?!同志|人员|干部|人士|人)"
    # (增补甲、乙等两位教授为X, 聘请丙等9名资深律师为Y: what they are, then 为 and the post)
    r"(?:[\u4e00-\u9fff]{1,4}?为)?"
)


# A removal's unit printed before the name, the titles after its 的 (免去县教育局林立新的党组书记、局长职务).
_UNIT_NAME_TITLES: Final = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|委|办|院|校|中学|小学|中心|公司|所|站|馆|厅))"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:同志)?的(?P<titles>[^,;。的]{2,40}?)(?:职务|一职)"
)


def _unit_then_name(rest: str) -> re.Match[str] | None:
    """The unit, the name and the titles of a removal's rest printed so (县教育局林立新的党组书记、局长职务),
    or None."""
    u = _UNIT_NAME_TITLES.fullmatch(rest)
    return u if u and is_name(u["name"]) and not ends_with_title(u["unit"]) else None


def _verb_first_at(c: Compact, start: int, m: re.Match[str], elided: str = "") -> Reading | None:
    """任命A为X / 免去A的X职务 read from the verb at ``m``."""
    verb = m.group("verb")
    kind = VERBS[verb]
    removing = kind in _VERB_FIRST_REMOVING
    seps: tuple[str, ...] = _REMOVAL_SEPARATORS if removing else _APPOINTMENT_SEPARATORS
    slot = verb in _NAMING_VERBS
    if slot and not removing:
        seps = _CONCURRENT_SEPARATORS  # 任命甲兼任X: 兼 is no name's last character
    if verb in ("宣布", "决定", "明确", "终止委任"):  # these name a post only as 宣布A为X
        seps = ("同志为", "为")
    rest = m.string[m.end() :]
    # (解除 only with 同志 or 的 after its name: 解除某县长一职 names a place, not a person)
    by_length = removing and verb != "解除"
    found = names_before(rest, seps, slot) or (names_by_length(rest) if by_length else None)
    if not found and removing and slot and (bare := without_tail(rest)) != rest:
        # 免除甲交通部政务次长(的)职务; 免去乙某部副部长、党委副书记等职位 (the items' words after the last)
        found = name_before_a_post(bare.removesuffix("的"))
    if not found and removing and slot and "的" in rest and (unit := _unit_then_name(rest)):
        # 免去县教育局林立新的党组书记、局长职务: the unit, then the name, then the titles that are the unit's
        found = [(unit.start("name"), unit["name"])], unit.start("titles")
        elided = c.text[start + m.end() + unit.start("unit") : start + m.end() + unit.end("unit")]
    counted = _NAMED_AND_COUNTED.match(rest) if not found and slot and "等" in rest[:24] else None
    if counted and (listed := split_names_in_slot(counted["name"])):
        found = listed, counted.end()  # 任命甲等13名人民陪审员; 免去甲、乙等6位X的职务: a head count, no 为
    if not found and verb == "决定" and (own := _NAME_THEN_HEAD.match(rest)) and is_name(own[1]):
        found = [(0, own[1])], own.end()  # 决定甲副省长为某省代理省长: his post between name and 为
    # (委任立法会议员甲为行政会议成员: after what he is; 聘请律师甲乙、丙为…: the names after a
    # description, where the names read alone left the first out)
    described = (
        _described_slot(rest)
        if kind in (Kind.APPOINT, Kind.HIRE, Kind.ELECT) and slot and (not found or found[0][0][0] > 0)
        else None
    )
    if described and (not found or len(described[1]) > len(found[0])):
        found = described[1], described[0] + 1
    addressee = _addressee(c, start) if not found and rest.startswith(_YOU_AS) else None
    if addressee:  # 甲同志：⏎…决定聘任你为X: a letter's 你 is whom it is addressed to
        found = [(0, rest[0])], 2
    if not found:
        return None
    found_names, post_at = found
    if verb in _NOTICE_MOVES and _rank_only(rest, post_at):
        return None  # 明确甲同志为某局四级调研员: a rank, no post
    adopted = m.group("nom") and (
        _ADOPTED_PROPOSAL.search(m.string, 0, m.start())
        or adopted_next(c.key, start + len(m.string))
        or _a_further_motion_adopted(c.key, start, m.string[: m.start()])
    )
    if (m.group("nom") and not adopted) or (m.start() == 0 and _proposed_before(c.key, start)):
        kind = NOMINATED.get(kind, kind)  # 市委建议，免去甲…职务: proposed, not done
    if kind is Kind.APPOINT and m.string.endswith("正式", 0, m.start("verb")) and _served_probation(c, start):
        kind = Kind.CONFIRM  # 甲同志试用期满，…，市政府决定正式任命甲为X
    names = (addressee,) if addressee else printed(c, start + m.end(), found_names)
    post_at += m.end()
    return item_reading(c, start, names, kind, post_at, len(m.string), start + m.start(), elided)


_YOU_AS: Final = ("你为", "您为", "你的", "您的")
# A letter's salutation on its own line (甲同志：).
_SALUTATION: Final = re.compile(r"(?:^|\n)(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:同志|先生|女士):\n")
_SALUTATION_REACH: Final = 300


def _addressee(c: Compact, start: int) -> str | None:
    """The person a letter above ``start`` is addressed to (甲同志：⏎…), as printed; None if none."""
    # (the last salutation before the clause)
    last = deque(_SALUTATION.finditer(c.key, max(0, start - _SALUTATION_REACH), start), maxlen=1)
    if not last or not is_name(last[0]["name"]):  # (not 致甲先生, 小张同志: no name printed whole)
        return None
    return printed(c, last[0].start("name"), [(0, last[0]["name"])])[0]


# A proposal the clause reports adopted (会议审议通过了某市市长关于提请任命甲为X的议案): the act done.
_ADOPTED_PROPOSAL: Final = re.compile(r"(?:审议|表决)(?:并|和)?(?:表决)?通过了?[^,;。]{0,30}?关于$")
# Motions listed after the first one a sentence tells adopted (审议通过了…的议案、某院关于提请…的议案和关于…).
_MOTIONS_ADOPTED: Final = re.compile(
    r"(?:审议|表决)(?:并|和)?(?:表决)?通过了?[^,;。]{0,30}?关于[^;。]*?的议案$"
)


def _a_further_motion_adopted(key: str, start: int, lead: str) -> bool:
    """Whether a motion's clause at ``start`` (its ``lead`` ending with 关于) follows others in a list
    its sentence tells adopted (…审议通过了甲关于提请任命X的议案、乙关于提请…: each is done)."""
    if not lead.endswith("关于") or key[start - 1 : start] not in ("、", "和"):
        return False
    return _MOTIONS_ADOPTED.search(key, sentence_start(key, start), start - 1) is not None


# A civil servant's rank (职级) with no post: 一级主任科员, 四级调研员, 二级巡视员, 副调研员.
_RANK: Final = re.compile(
    r"(?:(?:[一二三四]级|副)?(?:主任科员|调研员|巡视员|科员)"
    # (Hong Kong's directorate grades: 首长级甲一级政务官, 首长级薪级第三点)
    r"|首长级[甲乙丙丁]?[一二三四五六七八]?级?[\u4e00-\u9fff]{0,6}?(?:政务官|官|薪级第[一二三四五六七八]点))(?:[,;。]|$)"
)
# A notice's words that move a cadre to a post or a rank alike (提拔为, 职务调整为, 明确…为).
_NOTICE_MOVES: Final = ("提拔为", "职务调整为", "明确")


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


_PROBATION_SERVED: Final = ("试用期满", "试用期已满", "试用期届满")


def _proposed_before(key: str, start: int) -> bool:
    """Whether the clause before the one at ``start`` ends with a proposal (市委建议，免去…): a
    PROPOSED match in the 12 characters before it, looked for only when they end with its word."""
    lo, hi = max(start - 12, 0), max(start - 1, 0)
    hi_word = hi - (key[hi - 1 : hi] == "\n")  # ($ stands at the end, or before a last line break)
    if not key.endswith(PROPOSING, lo, hi) and not key.endswith(PROPOSING, lo, hi_word):
        return False
    return PROPOSED.search(key, lo, hi) is not None


def _own_person_after(key: str, at: int) -> bool:
    """Whether the clause names its own person right after its verb (同时免去甲的X职务, 任命乙为Y):
    then it goes on with no person of a clause before."""
    return any(is_name(key[at : at + n]) and key.startswith(("的", "同志", "为"), at + n) for n in (2, 3, 4))


# A leaving told in a clause of its own after its people (…，都将在22日退休 / ，已卸任).
_LEAVES: Final = re.compile(
    r"^(?:都|均|也|亦|则)?(?:已|将)?(?:于|在)?(?:\d{1,2}日|近日|日前|月底|年底|今天|今日|昨天|昨日)?(?:到龄|届龄)?"
    # (某县长甲，今天向内政部递出辞呈 / 请辞: the letter, to whom it went)
    rf"(?:{TO_WHOM})?(?P<verb>退休|荣退|卸任|被免职|被撤职|请辞|辞职|{LETTER_HANDED_IN})$"
    # (Taiwan's orders: 某会主任委员甲另有任用，应免本职)
    r"|^(?P<relieved>(?:应予?|准予?)免(?:本职|职))$"
    # (某县人大常委会副主任甲同志，因病医治无效，于某日在某地逝世: the posts end with the death)
    rf"|^{DEATH}$"
)
_LEAVING_KINDS: Final = {
    "退休": Kind.RESIGN,
    "荣退": Kind.RESIGN,
    "卸任": Kind.CEASE,
    "被免职": Kind.REMOVE,
    "被撤职": Kind.REVOKE,
    "请辞": Kind.RESIGN,
    "辞职": Kind.RESIGN,
}


# A holder described by his post, moving away from it (原院长甲同志因工作需要调离; 学校党委副书记乙同志
# 调离某学院, 另有任用; 因原乡人大主席丙已调离某乡，会议补选…): the post ends, no removal told (reported
# as other).
_MOVED_AWAY = re.compile(
    r"^(?:鉴于|因|由于)?(?:原|学校|我院|我校)?(?P<head>[\u4e00-\u9fff·]{4,28}?)(?:同志)?"
    r"(?:因[\u4e00-\u9fff]{1,10}?)?(?:已)?调离(?P<unit>[\u4e00-\u9fff]{0,20})$"
)


_LEVELS = "省市县区乡镇"  # (a post opening with its place's level: 乡人大主席, 县长)
_MOVE_NOT_MADE = ("拟", "申请", "未", "要求", "将", "准备")  # (before 调离: a move not made)


def _moved_away(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A holder described by his post who moves away from it (原院长甲同志因工作需要调离): that post,
    of the unit he leaves (调离某学院) or the one read last; None for a bare title of no unit."""
    if "调离" not in key or not (m := _MOVED_AWAY.match(key)) or m["head"].endswith(_MOVE_NOT_MADE):
        return None  # (拟调离, 申请调离, 未调离: a move not made)
    head = m["head"]
    n = next((n for n in (3, 2, 4) if is_name(head[-n:]) and ends_with_title(head[:-n])), 0)
    unit = c.text[start + m.start("unit") : start + m.end("unit")]
    if not n or unit.startswith("本") or (unit and not may_hold_a_post(to_key(unit) + "长")):
        return None  # (某区人大代表甲调离本区，其代表资格终止: a deputy's mandate, read as such)
    at, post = start + m.start("head"), head[:-n]
    who = printed(c, at + len(post), [(0, head[-n:])])
    printed_post = c.text[at : at + len(post)]
    if (former := post.rfind("原")) > 0 and ends_with_title(post[former + 1 :]):
        # (某局原局长甲已调离: the post he held, 某局局长)
        printed_post, post = (
            printed_post[:former] + printed_post[former + 1 :],
            post[:former] + post[former + 1 :],
        )
    if unit and post[0] in _LEVELS and to_key(unit).endswith(post[0]) and not post[1:].startswith("长"):
        # (原乡人大主席甲已调离某乡: that 乡's, 某乡人大主席; 原镇长乙调离某镇: 某镇镇长, read below)
        printed_post, post = unit + printed_post[1:], to_key(unit) + post[1:]
    posts = read_posts(printed_post, post, unit or state.org)
    if len(posts) != 1 or not posts[0].org:
        return None  # (原院长甲调离, no unit named: whose 院长 the text does not say here)
    return Reading(who, Kind.MOVED_AWAY, (replace(posts[0], start=0, end=0),), start, start + len(key))


def _described_leave(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """People described each by his post in the clause before, leaving in this one (民航局长甲及某所
    所长乙，都将在22日退休): each the post he is described by."""
    one = len(state.subject) == 1 and state.subject_held  # (one person may hold several posts)
    if not state.subject or not (one or len(state.subject_held) == len(state.subject)):
        return None
    if not (m := _LEAVES.match(key)):
        return None
    posts = tuple(replace(p, start=0, end=0) for p in state.subject_held)  # (printed in the clause before)
    if m["verb"]:
        kind = _LEAVING_KINDS.get(m["verb"], Kind.RESIGN)  # (…递出辞呈: a resignation)
    else:
        kind = Kind.DIED if m["died"] else Kind.REMOVE  # (应免本职: relieved of the post)
    if demanded(c.key[state.subject_start : start]):
        return None  # 议员们要求市长甲，今天请辞: a demand, no act
    if kind is Kind.DIED and not a_holders_death(c, start + len(key), c.key[state.subject_start : start]):
        return None  # 某市人大常委会原副主任甲同志，因病医治无效，于某日逝世: a former holder's
    return Reading(state.subject, kind, posts, state.subject_start, start + len(key), len(state.subject) > 1)


# Words that open a kind of unit, not one body (乡镇, 公立医院, 国有企业, 县直单位 …).
_KINDS_OF_UNITS: Final = (
    "乡镇",
    "乡(镇)",
    "县直",
    "市直",
    "区直",
    "公立",
    "国有",
    "事业单位",
    "中学",
    "小学",
    "高校",
    "街道(",
)
# The verbs of posts held that a profile lists (兼任某学会副会长), and what marks a profile above them.
_HELD: Final = frozenset({"兼任", "担任", "任"})
_PROFILED: Final = re.compile(r"现任|曾任|历任|先后任|,[男女],")


# A sanction that takes a post away, its person named in the clause before
# (…，受到撤销党内职务、行政撤职处分).
_SANCTIONED: Final = re.compile(
    r"(?:并|均|被)?(?:受到|给予)(?:撤销党内职务|留党察看[一二两]年|党内严重警告|党内警告)?、?(?:政务|行政)?撤职处分"
)


def _sanctioned(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某镇镇长甲负有主要领导责任，受到…撤职处分: the posts he is described by are taken away (撤职)."""
    if not key.endswith("撤职处分") or not state.subject_held or not _SANCTIONED.fullmatch(key):
        return None
    if SENTENCE_STOP.search(c.key, state.subject_start, start):
        return None  # (the person of this sentence only)
    return Reading(state.subject, Kind.REVOKE, state.subject_held, start, start + len(key))


# 甲受到…处分，其X职务被免去: the removal told of the subject in the passive.
_REMOVED_PASSIVE: Final = re.compile(r"其(?P<posts>[^,;]{2,40}?)职务(?:也|已|已经)?被(?:依法|依规|依纪)?免去")


def _named_before(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A verb and a post whose person stood alone in the clause before (名单: 张三，任某局局长)."""
    if not state.subject:
        return None  # (no person stood alone before: the verbs, costly to try, are not)
    if key.startswith("其") and (passive := _REMOVED_PASSIVE.fullmatch(key)):
        if SENTENCE_STOP.search(c.key, state.subject_start, start):
            return None  # (the person of this sentence only)
        held = _held_title(state.subject_held, passive["posts"])
        elided = held.org if held else ""
        return item_reading(
            c, start, state.subject, Kind.REMOVE, 1, passive.end("posts"), state.subject_start, elided
        )
    m = _BARE_VERB.match(key) or _HIRED_AS.match(key)
    if not m or _own_person_after(key, m.end()) or _before_the_act(key, m.end(), m.group("verb")):
        return None
    if m.groupdict().get("succeeded") in state.subject:
        return None  # 甲辞去X职务，接替甲出任…: the one succeeded is no subject taking a post
    if _conditional(c, start, key):
        return None  # 若甲当选县长，则不再担任某局局长: what would follow, no act
    if m.group("verb") == "调任" and moves_into_a_body(key):
        return None  # …的甲，则调任某院任党组书记: the body moved into, then the titles (moved_into)
    same_sentence = not SENTENCE_STOP.search(c.key, state.subject_start, start)
    if not same_sentence and m.group("verb") in _HELD and _PROFILED.search(c.key, state.subject_start, start):
        return None  # 甲，男，…。现任某校校长。曾任…。兼任某学会副会长: a profile's posts held, no act
    if not same_sentence and m.re is _BARE_VERB and (m.group("day") or m.group("where")):
        return None  # 林某⏎…。2021年1月，在某会议上当选为…: a profile's step, not the name's own clause
    if not same_sentence and _DATED_STEP.fullmatch(c.key, sentence_start(c.key, start), start):
        return None  # 张某，男，…。⏎2021年6月起，任某县委书记: a profile's last step, dated by its year
    if same_sentence and _YEAR_STEP.match(c.key, clause_start(c.key, max(0, start - 1))):
        return None  # 甲，…，2015年任某市委副书记，兼某党校校长: the step's second post, a profile's too
    kind = VERBS[m.group("verb")]
    if m.group("verb").endswith(("正式任命为", "正式聘任为")) and _served_probation(c, start):
        kind = Kind.CONFIRM  # 甲同志试用期满，经考核合格，正式任命为X: the probation served
    after = m.end() + key.startswith("其", m.end())  # (给予甲…处分，并免去其X职务: 其 is the subject)
    held_each = state.subjects_held[0] == state.subject_start and same_sentence
    if len(state.subject) > 1 and held_each and kind in REMOVING_KINDS:
        return _each_by_title(start, key, after, kind, state)
    # 甲已到某局任职，任局长: the unit the subject joined, named in its clause
    elided = state.joined[1] if same_sentence and state.joined[0] == state.subject_start else ""
    if not elided and same_sentence and (held := _held_title(state.subject_held, key[after:])):
        # 某市原副市长甲，…，不再担任副市长职务 / 现年60岁的某银行行长乙，已于日前辞去行长职务: the
        # bare title is the post the subject is described by
        elided = held.org
    # (该行董事会收到甲的辞职报告。甲因个人原因，辞去副董事长、行长职务: the bank's titles)
    elided = elided or _board_owner(c, start)
    # (…，拟任某院副检察长人选: the post proposed, its holder to be chosen)
    candidate = kind is Kind.NOMINATE_APPOINT and key.endswith("人选")
    end = len(key) - 2 if candidate else len(key)
    reading = item_reading(c, start, state.subject, kind, after, end, state.subject_start, elided)
    if reading and candidate and any(to_key(p.post).startswith(_KINDS_OF_UNITS) for p in reading.posts):
        return None  # 拟任乡镇党委书记人选: a kind of post, no body's (no post to pair the person with)
    if reading and _paired_by_he(key, reading):
        reading = replace(reading, pairwise=True)  # 甲和乙接受任命，出任X和Y: the first X, the second Y
    if reading and of_each_own(reading):
        # 甲公司总经理A、乙集团副总经理B，分别升任各自公司董事长、总经理: each his own body, or none
        subjects = c.key[state.subject_start : start].rstrip(",")
        reading = each_own_body(c, state.subject_start, without_reason(subjects), reading)
        if of_each_own(reading):
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
_DATED_STEP: Final = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:起|至今|以来)?,")
# A profile's step told with its year before its verb (2015年任某市委副书记, 2019年3月起担任…).
_YEAR_STEP: Final = re.compile(
    r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:起|至今|以来)?,?(?:任|担任|调任|升任|兼任|出任|转任)"
)
# 接替调任某职的甲 / 接替刚升任某职的前省长乙: the one succeeded has moved to the posts told.
_SUCCEEDED_MOVED: Final = re.compile(
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
    return item_reading(c, start, printed(c, start + at, [(0, found[1])]), Kind.APPOINT, a, b, start)


# 填补甲调任某职后留下的职缺 / 因乙升任某职而产生的某职务空缺: the move told as the vacancy's cause.
_VACANCY_CAUSE: Final = re.compile(
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
    moved = item_reading(c, start, who, Kind.APPOINT, a, b, start)
    if moved is None or not m["left"]:
        return moved
    a, b = m.start("left") - start, m.end("left") - start
    left = item_reading(c, start, who, Kind.REMOVE, a, b, start)
    return replace(moved, more=(*moved.more, left)) if left else moved


# 甲首次以某省委常委、组织部部长身份公开亮相: news of a post taken, told by the first appearance in it.
_APPEARED_AS: Final = re.compile(
    r"(?:首次|首度|已)?以(?P<posts>[^,;。]{3,60}?)(?:的)?(?:新)?身份(?:首次|首度)?(?:公开)?(?:亮相|露面)$"
)


def _appeared_as(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """甲首次以某职身份公开亮相: the person named before it has taken up the posts."""
    m = _APPEARED_AS.search(key) if key.endswith(("亮相", "露面")) else None
    if not m or not (names := names_at_end(key[: m.start()])):
        return None
    who, (a, b) = printed(c, start, names[1]), m.span("posts")
    return item_reading(c, start, who, Kind.APPOINT, a, b, start + names[0], state.org)


# An item of a list told with a bare 任 after its person (甲同志任某镇副镇长), not with a verb of its own.
_REN_ITEM: Final = re.compile(r"[\u4e00-\u9fff·]{2,5}?(?:同志)?任(?![命免职])")


# An election's result line: a title of two characters, then the names (县长：张三).
_TITLE_COLON_NAMES: Final = re.compile(r"^[\u4e00-\u9fff]{2}:[\u4e00-\u9fff·、()]{2,80}$")
# A row of a list printed as a sentence: a name, a comma, a post (张三，县财政局局长).
_NAME_COMMA_POST: Final = re.compile(r"^([\u4e00-\u9fff·]{2,4}),[^,]{3,40}$")


# A post made new, in a clause of its own before the one who fills it (另新设副秘书长一职，由乙升任).
_NEW_POST: Final = re.compile(r"(?:增设|新设)[^,;。]{2,20}(?:一职|职位),$")


def _taken_over(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """某部长张三请辞获准，由政务次长李四接任(部长): the successor takes the post just left (免去甲X
    职务，乙接任: named alone after a removal; 甲调任Y，其职由乙接任: the post the move ended)."""
    if not state.posts:
        return None
    if c.key.endswith(("一职,", "职位,"), 0, start) and _NEW_POST.search(c.key, max(0, start - 30), start):
        return None  # (…，另新设副秘书长一职，由乙升任: the post just made, not the one left above)
    if key.startswith("由") and post_clause_before(c, start, key) is not None:
        return None  # (…。科技部长，由乙接任: the post its own clause names, not the one read before)
    if key.startswith(
        ("由", "其", "遗", "悬缺", "职缺", "原职", "改由", "并由", "将由", "暂由", "暂时由", "临时由")
    ):
        m = _TAKES_OVER.match(key) or (_SUCCEEDS.match(key) if key.startswith(_SUCCESSOR_NAMED) else None)
    elif not (key.startswith(("该", *_SUCCESSOR_NAMED)) or key.endswith(_SUCCEEDS_ENDS)):
        return None
    elif SENTENCE_STOP.search(c.key, state.person_start, start):
        return None  # (该职务由乙接任, 乙接任: of a post read in the same sentence only)
    else:
        m = _TAKES_OVER.match(key) if key.startswith("该") else None  # 该职务由乙接任
        # (a post ended above: 乙接任 / 该省某委副主任乙接替其职 / 接任者为乙)
        if m is None and (state.kind in ENDS or state.left):
            m = _SUCCEEDS.match(key)
    if m is None:
        return None
    titled = m.groupdict().get("post") or ""
    if titled.endswith(")") and (note := _NOTE_AT_END.search(titled)):
        titled = titled[: note.start()]  # (其职务由乙接任（详见…）: a note after the act, no post)
    if m.groupdict().get("verb") == "署理" and titled:
        return None  # 由乙署理某局副局长: the post printed after 署理, read as printed elsewhere
    at = next(g for g in ("who", "described", "named", "successor") if m.groupdict().get(g))
    who = m.group(at)
    if at == "successor":  # (乙接任 / 某研究院院长乙正式接任: a name, maybe after a post, nothing else)
        who = without_reason(who)
        found = None if _SUCCESSOR_TALK.search(who) else (0, who) if is_name(who) else described_name(who)
    else:
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
    if m.groupdict().get("verb") == "兼任":
        return with_qualifier(reading, _CONCURRENT)  # 该职务由乙兼任: held besides his own
    if m.groupdict().get("verb") in SUCCESSION_MOVES and found[0]:  # 遗缺由某局长乙调任: his post ends
        return replace(reading, ended=left_by_move(c, start, key, m.start(at), m.start(at) + found[0]))
    return reading


def _unit_run_in(p: PostMention) -> PostMention:
    """``p`` with the unit its two-character head runs into made part of its organisation (交通部长:
    交通部's 部长; 台北市长: 台北市's 市长), so that its acting form is 交通部代理部长."""
    if not p.org or to_key(p.title)[:1] not in _RUN_IN_UNITS or not title_runs_in_its_unit(p):
        return p
    return replace(p, org=p.org + p.title[0])  # (the title keeps its unit: 部长)


_RUN_IN_UNITS: Final = frozenset("部局处厅署院市县省区")


# 遗缺分别由甲及乙调任 / 并分别由原某区长丙、某区长丁转任: the successors of the people just read,
# in their order.
_TAKE_OVER_IN_TURN: Final = re.compile(
    r"^(?:并|而)?(?:其遗缺|遗缺|其职务|职缺)?(?:则|将)?分别由(?P<who>[^,由]{4,60}?)(?:同志)?"
    r"(?P<verb>接任|接替|继任|调任|转任|升任|出任|担任)$"
)
# What joins the successors (甲、乙, 甲及乙, 甲和乙).
_SUCCESSORS_JOINED: Final = re.compile(r"[、及和与]")


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


# An acting post added to the appointment before, with no name of its own (…，代理市长 / …，并决定为
# 代理市长: the congress's decision on the same person).
_ACTING_GOES_ON: Final = ("代理", "并代理", "同时代理", "并决定为代理", "决定为代理", "同时决定为代理")


def _continued(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """张三任X，不再担任Y职务: a clause with a verb and no name of its own goes on with the person
    of the clause before (tried after every rule that reads a name)."""
    if not state.person:
        return None
    # a list of posts goes on in its sentence only (…仉延民，现任某部副部长，某市副市长: not the
    # person of a sentence before)
    same_sentence = not SENTENCE_STOP.search(c.key, state.person_start, start)
    acting = key.startswith(_ACTING_GOES_ON)
    # (甲任某市政府副秘书长，某市政府办公室主任（兼）: the post held besides, marked after it)
    post = key.removesuffix("(兼)").removesuffix("(兼任)")
    whole = acting or whole_post(c, start, post) or unit_head_after_its_party(post, state.org)
    if state.kind in (Kind.APPOINT, Kind.HIRE) and same_sentence and whole:
        # 任命A为某院副检察长、检察员，代理检察长 / 张三任某镇委员会委员，某镇纪委书记: the list goes on
        lead = key.find("代理") if acting else 1 if key.startswith("并") else 0
        reading = item_reading(
            c, start, state.person, state.kind, lead, len(post), state.person_start, state.org
        )
        return with_qualifier(reading, _CONCURRENT) if reading and post != key else reading
    removing = state.kind if state.kind in _VERB_FIRST_REMOVING else None
    found = names_by_length(key) if removing and key.endswith("职务") else None
    if removing and found and not place_named_before(c, start, key[: found[1] + 1]):
        # 免去甲某县县长职务，乙县环保局副局长职务: the verb stated once, each item a name and posts
        # (兰泉新区管理委员会主任职务 after 免去…中共兰泉新区工委书记: a place named before, no name)
        names, post_at = found
        return item_reading(c, start, printed(c, start, names), removing, post_at, len(key), start, state.org)
    if state.kind in _REMOVING and same_sentence and key.endswith("职务") and only_posts(c, start, key[:-2]):
        # 张三不再担任某市委副书记、常委，某市人民政府市长职务: the list of posts goes on (职务 closes
        # it, so its first post need not open with a place: 某经济技术开发区党工委书记职务; each names
        # its body, so none is taken from the clause before)
        return item_reading(c, start, state.person, state.kind, 0, len(key), state.person_start)
    m = _BARE_VERB.match(key)
    if not m or _own_person_after(key, m.end()) or m["succeeded"] in state.person:
        return None  # (甲辞去X职务，接替甲出任…: the one succeeded takes no post)
    if _conditional(c, start, key):
        return None  # (若甲当选县长，则不再担任某局局长: what would follow)
    # (甲卸任X，出任Y / 甲辞去X职务，出任Y: a post taken after one left goes on with the person)
    taken_after_leaving = m.group("verb") in _TAKEN_AFTER_LEAVING and state.kind in _LEFT
    # (甲调任X，并出任Y / 乙出任X，同时担任Y: a post taken besides, joined to the one before)
    # (补选甲为某常委会委员，并当选为常务委员会秘书长: elected besides)
    taken_besides = m.group("verb") in _TAKEN_BESIDES and key.startswith(("并", "同时"))
    if m.group("verb") not in _CONTINUING and not taken_after_leaving and not taken_besides:
        return None
    if not same_sentence and not _removal_in_the_item(c, start, key, state, m):
        return None  # the person was named in a sentence before: this clause's own went unread
    if key.startswith("各自", m.end()):
        return None  # 甲、乙不再担任X，分别任各自公司董事长: each one's own body, named nowhere here
    kind = VERBS[m.group("verb")]
    if m.group("verb") == "兼任" and state.kind in _REMOVING and key.endswith("职务"):
        kind = state.kind  # 免去A的X，兼任Y职务: the concurrent post is removed too
    # (某公司董事会收到副总经理甲的辞职函，因个人原因申请辞去副总经理职务: the board's company's title)
    elided = state.org or (_board_owner(c, start) if kind is Kind.RESIGN else "")
    return item_reading(c, start, state.person, kind, m.end(), len(key), state.person_start, elided)


# An item's removal after its appointment, parted by a semicolon (甲同志任A；免去B职务).
_ITEM_REMOVALS: Final = frozenset({"免去", "免", "不再担任", "不再兼任", "不再任"})


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
        and not SENTENCE_STOP.search(between.replace(";", ""))
        and (key.endswith("职务") or in_a_cell)
        and bool(PLACE_START.match(posts))
        and whole_post(c, start + m.end(), posts)
    )


def _pronoun_subject(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """他任X / 她已出任X: the person is the one the text named last (关于张三同志任职的决定：她任…)."""
    if not key.startswith(("他", "她")) or not (m := _PRONOUN_VERB.match(key)):
        return None
    if _profile_step_after_its_past(c, start):
        return None  # 甲曾任…。2016年10月，他出任某市副市长: the profile's last step, no act
    if m.group("plural"):  # 包括甲和乙，他们将分别出任…: the names of the clause before
        who, at = state.subject, state.subject_start
    else:
        who, at = (state.person, state.person_start) if state.person else _named_above(c, start)
        begin = sentence_start(c.key, start)
        if at < begin and (described := _described_then_is(c, begin, start)):
            who, at = described  # 此外，某省委常委甲是…高官，他出任…: 他 is 甲, not one read before
    if not who:
        return None
    return item_reading(c, start, who, VERBS[m.group("verb")], m.end(), len(key), at)


# A step a profile dates by its year (2016年10月，他出任…), after a sentence of the posts held before.
_YEAR_STEP_OPENING: Final = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:起|以来|后)?,")
_POSTS_HELD_BEFORE: Final = re.compile(r"曾任|历任|先后任|先后担任")


def _profile_step_after_its_past(c: Compact, start: int) -> bool:
    """Whether the clause at ``start`` is opened by a year's date only, right after a sentence that
    lists the posts its person held (甲曾任A、B。2016年10月，他出任C): a profile's step."""
    begin = sentence_start(c.key, start)
    if not _YEAR_STEP_OPENING.fullmatch(c.key, begin, start) or begin < 1:
        return False
    return _POSTS_HELD_BEFORE.search(c.key, sentence_start(c.key, begin - 1), begin) is not None


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
        and not SENTENCE_STOP.search(key, at, de)
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
_NOT_YET: Final = ("尚未", "并未", "还未", "仍未", "没有", "未")
# …and words before a verb that open it (免去…) as a question or a denial (是否免去, 未提及免去).
_NOT_DONE: Final = (*_NOT_YET, "是否", "有无", "会否", "未提及", "未提到")
# Words before a verb that say the post is still held (乙不再担任董事长，但仍担任董事). (Not 继续:
# 继续担任 for a new term is a reappointment, as 留任 is.)
_STILL: Final = ("仍", "仍然", "依然", "将继续", "將繼續")  # (辞任后，甲将继续担任X: what stays, told ahead)
# A leaving told as the time of what follows (辞职后, 辭任後): 继续担任 after it keeps a post.
_AFTER_LEAVING: Final = re.compile("(?:辞职|辞任|辭任|辭職|辞去[^,]{0,20}?)[后後]")
# (甲目前担任X: the post he holds, told as background; 目前已任, 目前不再担任, 现在被任命为: acts)
_AT_PRESENT: Final = ("目前", "现在")
# (甲还担任X: the other posts he holds, a profile's; 甲还兼任X一职 is news of a post added)
_ALSO_HOLDING: Final = ("还", "還", "现还", "目前还")
_HOLDING: Final = frozenset({"担任", "任", "兼任"})
# A verb followed by these tells a time before the act (履新前, 上任之前), not the act.
_BEFORE_IT: Final = ("前", "之前", "以前")
# Verbs of taking up a post that take no post after them (担任前海管理局局长: 前 opens a place).
_TAKING_UP: Final = frozenset({"履新", "上任", "就任", "到任", "赴任", "履任", "任职"})


def _before_the_act(key: str, at: int, verb: str) -> bool:
    """Whether the verb ending at ``at`` tells a time before the act (履新前为…, 就任之前): a verb of
    taking up a post, which names none after it (任前进汽车董事长, 担任前海管理局局长: 前 opens a name)."""
    return verb in _TAKING_UP and key.startswith(_BEFORE_IT, at)


# Verbs of leaving a post that name it after them, and what tells a time around the act instead
# (甲卸任前曾任某县县长, 乙卸职后赴某局任局长: no post left after the verb).
_LEAVING: Final = frozenset({"卸任", "卸职", "离任"})
_BEFORE_OR_AFTER: Final = ("前", "后", "之前", "之后", "以前", "以后")


# Last characters of transcribed names that open a verb too (买买提任…: 提任 is a verb).
_NAME_ENDS_OPENING_VERBS: Final = frozenset("提")


# (某人代表常委会向甲担任代理市长表示祝贺: 向 is "to", no surname)
_CONGRATULATING: Final = re.compile(r"表示(?:热烈|衷心)?的?(?:祝贺|感谢)|致以(?:热烈|衷心)?的?祝贺")


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
_SESSION_ROLES: Final = ("执行主席", "常务主席", "总监票人", "监票人", "总计票人", "计票人")
_SESSION: Final = re.compile(r"(?:大会|会议)由|主席团")


def _conditional(c: Compact, start: int, key: str) -> bool:
    """Whether a clause opening with 则 is what follows a condition its sentence states (若…，则…)."""
    return key.startswith("则") and _CONDITION.search(c.key, sentence_start(c.key, start), start) is not None


# A society's standing presidium (某省残联主席团会议选举甲为常务主席): its 常务主席 is a post.
_SOCIETY_PRESIDIUM: Final = re.compile(rf"(?:残联|妇联|{'|'.join(SOCIETY_ENDS)})主席团")
# (若甲当选…，则…: a condition, what follows it not done)
_CONDITION: Final = re.compile(r"(?:^|[,;:。\n])(?:若|如果|假如|倘若|一旦|如)")
# (主席团会议推选甲、乙为常务主席: a role in the sitting given by its presidium, no post; a society's
# standing presidium, 某商会主席团选举甲为常务主席, elects to a post)
_SESSION_PRESIDIUM: Final = re.compile(
    r"(?:大会|会议)主席团|主席团(?:第[一二三四五六七八九十\d]{1,3}次)?会议"
)
_ROLE_IN_SESSION: Final = re.compile(rf"为(?:大会)?(?:{'|'.join(_SESSION_ROLES)})$")


# (a name has two characters at least, but a letter's 你 one, and a pronoun: 你任…, 其不再担任…)
_ONE_CHARACTER_SUBJECTS: Final = ("你", "您", *PRONOUNS)


def _subject_verbs(key: str, state: State) -> Iterator[re.Match[str]]:
    """The subject-first verbs of ``key`` in order; under a list verb that goes on with 为, the 为 of
    each 成为 too (任命甲为X，王建成为Y: a name ending with 成, then the list's 为)."""
    listing = state.kind is not None and state.kind not in ENDING_KINDS
    first = 1 if key[:1] in _ONE_CHARACTER_SUBJECTS else 2
    for m in _SUBJECT_VERB.finditer(key, first, 100):  # described lists run long (原甲省委副书记A、…先后卸任)
        yield m
        if listing and m.group() == "成为" and (wei := _SUBJECT_VERB.match(key, m.start() + 1)):
            yield wei


# A province each of several people has his own of (甲、乙分别当选本省区…): none named. (各自公司 is
# read: each one's body is the one he is described by.)
_EACH_OWN_PLACE: Final = ("本省区", "本省市", "本省(区", "本省份")


def _inside_a_reason(key: str, start: int, end: int) -> bool:
    """Whether the verb at ``key[start:end]`` is a word of a reason told between a subject and its
    act (甲因所在单位任职要求原因请求辞去…): a 因 before it and 原因 after, in one clause."""
    because = key.rfind("因", max(0, start - 16), start)
    told = key.find("原因", end, end + 12) if because >= 0 else -1
    return told >= 0 and "," not in key[because:told]


def _subject_first(c: Compact, start: int, key: str, state: State) -> Reading | None:
    for m in _subject_verbs(key, state):
        decided = False  # (a congress's decision naming the post, read only when it names the body)
        if _list_verb_idle(c, start, key, m, state):
            continue  # (the names before it, costly to read, would be read for nothing)
        m = _past_dotted_name(key, m)
        names = names_at_end(key[: m.start()], m.group()) or _successor_before(key, m.start())
        you = _addressee(c, start) if not names and key[m.start() - 1 : m.start()] in ("你", "您") else None
        if you:  # 甲同志：⏎经县委研究决定，你任某镇党委副书记: a letter's 你 is whom it is addressed to
            names = (m.start() - 1, [(m.start() - 1, key[m.start() - 1])])
            stand_in: tuple[str, ...] = (you,)
        elif (
            not names
            and state.person
            and _named_just_before(c, start, state.person_start)
            and (pronoun := _PRONOUN_SUBJECT.match(key))
            and pronoun.end() == m.start()
        ):
            # 委任甲为本公司主席。彼亦已获委任为…; 乙已辞任…。其将不再担任…: the person just named
            names, stand_in = (0, [(0, key[0])]), state.person
        else:
            stand_in = ()
        if names and (succeeded := _succeeding_at(key, names[0])) is not None:
            # 张三接替(退休的)李四出任X: 张三 takes X
            names = names_at_end(key[:succeeded], m.group())
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
        if verb == "代理" and key.startswith("履行", m.end()):
            continue  # 推举甲代理履行董事长的职责: duties done in the chair's stead, no post
        if "因" in key[names[0] : m.start()] and _inside_a_reason(key, m.start(), m.end()):
            continue  # 甲因所在单位任职要求原因请求辞去…: a word of the reason, not the verb
        if len(names[1]) > 1 and key.startswith(_EACH_OWN_PLACE, m.end()):
            return None  # 甲、乙分别当选本省区人大常委会主任: each his own province, named nowhere here
        if (
            key.endswith(_STILL, 0, m.start())
            or (verb in _HOLDING and key.endswith(_AT_PRESENT, 0, m.start()))
            or (verb == "担任" and key.endswith(_ALSO_HOLDING, 0, m.start()))
            or (key.endswith(("继续", "繼續"), 0, m.start()) and _AFTER_LEAVING.search(key, 0, m.start()))
        ):
            continue  # 乙仍担任…, 丙目前担任…, 辞职后丁继续担任…: the post still held, no act
        if verb in _SUCCEEDING and _succeeded_then_verb(key, m.end()):
            continue  # 甲接任乙任X: 乙 is who is succeeded; the verb is the 任 after him
        if (
            verb == "为"
            and key[m.start() - 1] in "作成称视评代认因更较"
            and not _name_ends_with_cheng(c, start, names, m, state)
        ):
            continue  # 作为, 成为, 代为: no list's 为
        if verb == "成为" and "新任" not in key[m.end() : m.end() + 16]:
            continue  # 成为…的一员: no act; 甲成为公司新任总经理: one
        if verb == "续任" and key[m.start() - 1] in "连陆持":
            continue  # 甲连续任三届县长: a span of terms, no act
        if (verb.startswith("晋升") and _RANK.match(key, m.end())) or (
            verb in _NOTICE_MOVES and _rank_only(key, m.end())
        ):
            # 甲晋升为一级主任科员, 职务调整为某局四级调研员: a rank, no post (no event); the one promoted
            # is the subject of a post taken in the clause after (…晋升为首长级甲一级政务官，并出任某职)
            state.subject, state.subject_start, state.subject_held = printed(c, start, names[1]), start, ()
            continue
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
        elif verb == "为" and names[0] == 2 and key.startswith("决定") and _voted_on(c, start):
            kind = Kind.APPOINT  # 会议经投票表决，决定甲、乙为国务院副总理: the congress names the post
        elif verb == "为" and _CONGRESS_DECIDES.search(key, 0, names[0]):
            kind = Kind.APPOINT  # 第十四届全国人民代表大会第一次会议决定甲、乙为国务院副总理: likewise
            decided = True
        elif verb in ("为", "的"):  # 任命A为X；B为Y — the verb was stated once, before
            if state.kind is None or (
                not _ended_by_its_item(c, start, state.kind, key)
                if verb == "的"
                else state.kind in ENDING_KINDS
            ):
                continue
            stopped = start and c.key[start - 1] == "。" and not CUE.search(key, 0, m.start())
            if stopped and not _officials_told_before(c, start) and not _items_after_colon(c, start):
                continue  # 任命甲为X。乙为本澳知名商人…: a full stop in running text ends the list
            if verb == "为" and FORMER_POST.match(key, m.end()):
                continue  # 任命甲为X。⏎乙为前某县县长: a profile's post held before, no list item
            kind = state.kind
        else:
            kind = VERBS["被" + m.group("by")] if m.group("by") else VERBS[verb]
            if verb == "任" and names[0] == 0 and _elected_in_turn(c, start):
                kind = Kind.ELECT  # 选举甲任会长，乙任副会长: the election's list goes on
            elif verb == "连任" and _election_told(c, start + m.start()):
                kind = Kind.ELECT  # 选举产生了新一届领导机构。甲连任主席: re-elected
        if verb in _FORMALLY and not key.endswith("同志", 0, m.start()) and not _on_probation(c, start):
            kind = Kind.APPOINT  # 经核准，甲正式担任某公司董事长: news of a post taken up (no notice's 同志)
        if _told_as_past(key, m.end()) or _past_after_name(key, m.start()):  # (先后出任: the verb too)
            return None
        if key.startswith(PROPOSING, names[0] - 2):  # 省委提议甲不再担任某市市长: proposed, not done
            kind = NOMINATED.get(kind, kind)
        if key.startswith(_RECOMMENDING, names[0] - 2):
            return None  # 控股股东推荐甲担任公司董事: a recommendation, no act (the board elects later)
        if key.startswith(_SESSION_ROLES, m.end()) and _SESSION.search(key, 0, names[0]):
            return None  # 大会由主席团常务主席甲、乙担任执行主席: a role in the sitting, no post
        post_from = m.start() if verb in ACTING_VERBS else m.end()  # 代理 stays in the post: 代理区长
        if verb == "不再代理":
            post_from = m.end() - 2  # 甲不再代理某市委书记职务: the acting post ends (某市委代理书记)
        if (
            verb in _SUCCEEDING
            and (de := key.find("的", post_from, post_from + 5)) > 0
            and is_name(key[post_from:de])
        ):
            post_from = de + 1  # 甲接任乙的某部部长职务: 乙 is who held it, no part of the post
        if kind in _REMOVING or kind is Kind.RESIGN:  # 甲被罢免了某人大代表职务 (担任了5年多的… is a span)
            post_from += key.startswith("了", post_from)
        who = stand_in or printed(c, start, names[1])
        if verb == "的" and kind is Kind.REVOKE and key.endswith(("委员资格", "代表资格")):
            key = key[:-2]  # 撤销：⏎甲的政协某市委员会委员资格: a member's seat under the list's verb
        if (term := key.find("为期", post_from)) > post_from:
            key = key[:term]  # 甲获委任某会主席 为期3年…: the term ends the post (its space compacted away)
        reading = _subject_reading(c, start, key, who, kind, post_from, names[0], state)
        if reading and decided and not all(p.org for p in reading.posts):
            return None  # (会议决定甲为代理市长: a bare title, which the report names in full elsewhere)
        if reading and names[0] > 0:
            reading = bare_titles_described(c, start, key[: names[0]], reading)
            reading = party_units_described(c, start, key[: names[0]], reading)
        if reading and reading.pairwise and of_each_own(reading):
            reading = each_own_body(c, start, without_reason(key[: m.start()]), reading)
        if reading and verb == "兼任":
            reading = with_qualifier(reading, _CONCURRENT)
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


def _name_ends_with_cheng(
    c: Compact, start: int, names: tuple[int, list[tuple[int, str]]], m: re.Match[str], state: State
) -> bool:
    """Whether the last name before a list's 为 ends with its 成 (任命：⏎王建成为某局局长；), not 成为's
    (…，乙成为某部排名第一的副部长: "became"): only where the list goes on, after an item's stop or
    the colon of its verb, or after a comma in the sentence of the item before."""
    at, name = names[1][-1]
    numbered = names[0] > 0 and ITEM_OPENING.fullmatch(m.string, 0, names[0]) is not None  # ((一)王建成为…)
    if not name.endswith("成") or at + len(name) != m.start() or (names[0] > 0 and not numbered):
        return False
    # (任命王芳为副县长，王芳成为该县首位女副县长: the one just named became; not 王建国…，王建成为…)
    if name[:-1] in state.person or name[:-1] in state.subject or _BECAME.match(m.string, m.end()):
        return False
    before = c.key[start - 2 : start] if start > 1 else "\n"
    if before[-1:] in ";:" or (before[-1:] == "\n" and before[:1] != "。"):
        return True  # (not a paragraph after a full stop: …局长。⏎张伟成为…)
    line = c.key.rfind("\n", 0, start) + 1
    if numbered or ITEM_OPENING.fullmatch(c.key[line:start]):
        # 任命：⏎一、王建成为… / (一)王建成为…: an item's number opens its line (not after a sentence
        # that ends its paragraph, unless that one is an item too: …局长。⏎一、王建成为全省优秀…)
        above = c.key.rfind("\n", 0, max(line - 1, 0)) + 1
        return (
            line == 0
            or c.key[line - 2 : line - 1] != "。"
            or ITEM_OPENING.match(c.key[above:line]) is not None
        )
    return before[-1:] == "," and bool(state.person) and state.person_start > c.key.rfind("。", 0, start)


# What follows 成为 when it says what someone became, not a post a list gives (该县首位女副县长,
# 全县最年轻的局长, 唯一留任的检察员, 该局成立以来…).
_BECAME: Final = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:首位|首个|首任|第一位|第一个|唯一|最年轻|最年长|历史上|成立以来|任职时间最长)"
)


def _ended_by_its_item(c: Compact, start: int, kind: Kind | None, key: str) -> bool:
    """Whether a list's item 乙的某职务 (``key`` at ``start``) ends a post by the list's ``kind``: a
    removal's, or a resignation's when the item opens its line and ends with 职务 (接受辞职：⏎乙的某局
    局长职务; not news going on after a resignation, 该行的高管层将形成…, nor 会议决定，保留丙的某职务)."""
    if kind in REMOVING_KINDS:
        return True
    opens_its_line = start == 0 or c.key[start - 1] in "\n;:"
    return kind in ENDING_KINDS and opens_its_line and key.endswith("职务")


def _moved_in_note(c: Compact, cs: int, ce: int, reading: Reading) -> Reading | None:
    """The post a removed person has moved to, told in a note closing the clause (免去甲同志某报
    总编辑职务（已调任某市委常委、宣传部长）): an appointment of that person; None if there is none."""
    if reading.kind is not Kind.REMOVE or len(reading.names) != 1 or reading.more:
        return None
    opened = c.key.rfind("(", cs, ce)
    m = _MOVED_NOTE.fullmatch(c.key, opened + 1, ce - 1) if opened > cs else None
    if m is None:
        return None
    a, b = m.span("posts")
    posts = read_posts(c.text[a:b], c.key[a:b])
    if not posts or not posts[0].org:
        return None
    return Reading(reading.names, Kind.APPOINT, tuple(posts), a, b)


# A note of the move that ended the post removed (已调任某市委常委、宣传部长; 已转任某局局长).
_MOVED_NOTE: Final = re.compile(
    r"(?:已|现已)(?:调任|转任|调升|升任|出任)(?P<posts>[^()]{3,40}?)(?:职务|工作)?"
)


def _election_told(c: Compact, start: int) -> bool:
    """Whether the sentence holding ``start`` (to it) or the one before tells an election (选举, 当选,
    换届, 投票): a 连任 there is a re-election."""
    own = sentence_start(c.key, start)
    before = sentence_start(c.key, own - 1) if own > 0 else own
    return _ELECTION_WORDS.search(c.key, before, start) is not None


_ELECTION_WORDS: Final = re.compile("选举|当选|换届|投票|票数")


def _elected_in_turn(c: Compact, start: int) -> bool:
    """Whether the clauses before ``start`` in its sentence are an election's list of the form
    选举甲任X，乙任Y, which the clause at ``start`` goes on."""
    before = c.key[sentence_start(c.key, start) : start]
    at = before.rfind("选举")
    return at >= 0 and _ELECTED_TO_TAKE.fullmatch(before, at) is not None


# 选举甲任X，乙任Y， (each item a name, 任 and a post, no other verb).
_ELECTED_TO_TAKE: Final = re.compile(r"选举(?:[\u4e00-\u9fff·]{2,5}?任(?![命免职])[^,;:。聘选]{2,30}?,)+")


def _items_after_colon(c: Compact, start: int) -> bool:
    """Whether the line holding ``start`` opened with a list's verb and its colon, its items cut by
    full stops (决定任命：甲为X。乙为Y。): each item goes on with the verb."""
    line = c.key[c.key.rfind("\n", 0, start) + 1 : start]
    return _ACT_COLON.match(line) is not None


# A line opening with an act's verb and a colon, its items after it (决定任命：, 任命：, 会议决定任命：).
_ACT_COLON: Final = re.compile(r"[^:。]{0,12}?(?:决定)?(?:任命|聘任|委任)(?:如下)?:")


def _officials_told_before(c: Compact, start: int) -> bool:
    """Whether the sentence before ``start`` told the officials appointed, who this one lists
    (国务院任命了某特区第六届政府主要官员和检察长。甲为某司司长，乙为…)."""
    told = _OFFICIALS_BELOW.search(c.key[sentence_start(c.key, start - 1) : start - 1])
    return told is not None and told.group("told") is not None


def _list_verb_idle(c: Compact, start: int, key: str, m: re.Match[str], state: State) -> bool:
    """Whether a list's 为 or 的 at ``m`` gives no reading in ``_subject_first`` whatever names
    stand before it: no list verb stated before that goes on with it, and (for 为) no decision's
    title (关于甲为…) or deciding lead (决定，甲为…) to name the post. (A one-character match is never
    moved by ``_past_dotted_name``.)"""
    verb = m.group()
    if verb == "的":
        return not _ended_by_its_item(c, start, state.kind, key)
    if verb != "为" or (state.kind is not None and state.kind not in ENDING_KINDS):
        return False
    if key.find("决定", 0, m.start()) >= 0:
        return False  # (…会议决定甲为…: the congress may name the post)
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
    body = body or org_of_its_kind(key[post_from:], state)
    # (某自治区党委常委甲兼任党委组织部部长: the 党委 is the description's, not the last sentence's
    # body; party_units_described completes it)
    own_party = key.startswith(("党委", "党组"), post_from) and _PARTY_COMMITTEE_IN.search(key, 0, at)
    # (本公司董事會宣佈，甲已獲委任為非執行董事: a bare title of the company whose board announces)
    elided = body or ("" if own_party else state.org) or company_announcing(c, start)
    reading = item_reading(c, start, who, kind, post_from, len(key), start + at, elided)
    if at == 0 or body:
        return reading
    # (某集团公司总经理甲升任董事长、党组书记: a bare party unit's title, and the bare titles beside
    # it, of the body the description names; a bare title alone is completed after, by the title)
    read = reading is not None and not any(p.org and not names_its_body(p) for p in reading.posts)
    if not read and reading is not None and _PARTY_COMMITTEE_IN.search(key, 0, at):
        return reading  # 区委副书记、副区长甲任党组书记: a party committee has no 党组; whose it is, unsaid
    if read and not state.org:
        return reading
    if read and (not ends_with_title(key[:at]) or item_reading(c, start, who, kind, post_from, len(key))):
        return reading  # a description that ends in no post, or a post that names its organisation
    if kind is Kind.ELECT:
        return reading  # 某医院副院长甲当选副主任委员: the body electing him is not his employer
    org = descriptor_org(c, start, key[:at], key[post_from:])
    return (org and item_reading(c, start, who, kind, post_from, len(key), start + at, org)) or reading


# 议长甲以23票当选 / 副议长乙获得连任: the post printed before the name, the election after it
# (开票结果 before the post: the count's result, no part of it).
_ELECTED_AFTER_NAME: Final = re.compile(
    r"(?:也是|也|亦)?(?:以?(?:[\d一二三四五六七八九十百]{1,4}票(?:的?高票)?|全票|高票|满票))?(?:顺利|获得|成功)?(?:当选|连任)$"
)
_RESULT_LEAD: Final = re.compile(r"(?:而|另|其中)?(?:开票结果|选举结果|投票结果|结果)?")


def _post_then_elected(c: Compact, start: int, key: str, state: State) -> Reading | None:
    """A person elected, named after the post and before 当选 / 连任 with no post of its own (开票结果
    议长甲以23票当选); a bare title is of the council the sentence names (某县议会…议长选举)."""
    m = _ELECTED_AFTER_NAME.search(key) if key.endswith(("当选", "连任")) else None
    if not m or not (found := named_after_title(key[: m.start()])):
        return None
    at, name = found
    lead = _RESULT_LEAD.match(key).end()
    if key.startswith(("前", "原", "由前", "由原"), lead):
        return None  # 由前议长甲以18票当选: the post he held, not the one he is elected to
    council = _council_of_sentence(c, start)
    posts = read_posts(c.text[start + lead : start + at], key[lead:at], council)
    if len(posts) != 1:
        return None
    return Reading(printed(c, start + at, [(0, name)]), Kind.ELECT, tuple(posts), start, start + len(key))


# Bodies' new heads listed body and name after the clause that names the title (6所大学新校长上任，
# 包括某大学甲、某大学乙及某大学丙): each the head of the body printed before the name.
_NEW_HEADS: Final = re.compile(r"新任?(?P<title>[\u4e00-\u9fff]{1,3}长)(?:上任|到任|就任|履新|产生|出炉)?$")
_BODY_END: Final = ("大学", "大", "学院", "中学", "小学", "医院", "院", "局", "馆", "所", "中心", "公司")


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
_NEW_MEMBERS_NAMED: Final = re.compile(
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
_SEAT_ELECTED: Final = re.compile(
    r"(?:选举产生|补选|选举|增选|推选|选出)了?(?:新一届)?(?P<post>[^,;:。]{3,40})$"
)


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
_COUNCIL: Final = re.compile(
    r"(?!上午|下午|今天|昨天|今日|昨日|明天|本届|全县|全市)[\u4e00-\u9fff]{2}(?:[县市]议会|[乡镇市]民?代表?会)"
    r"(?:第[\d一二三四五六七八九十]{1,3}届)?"  # (某镇代会, 某乡民代表会: a township's council, its 主席)
)


# A party committee or its department in a description (区委副书记, 省委组织部副部长).
_PARTY_COMMITTEE_IN: Final = re.compile(r"[省市县区州旗镇乡]委|党委|党工委")


def _body_before_name(key: str, at: int) -> str:
    """The organisation a clause prints right before its subject's name (清澜大学仇勇任…), as the
    key has it ('' if none): the body a bare title after the verb belongs to."""
    lead = DESCRIPTOR_LEAD.match(key, 0, at).end()
    body = key[lead:at]
    if body.endswith("由") and body[:-1].endswith(_STAFFED_BODIES):
        return body[:-1]  # 某开发办公室由甲同志任主任，乙同志兼任副主任: the body staffed so
    return body if 2 < len(body) <= 20 and body.endswith(BODY_ENDS) and not ends_with_title(body) else ""


# Bodies a notice staffs in the passive (某办公室由甲任主任): the body before 由 the titles' own.
_STAFFED_BODIES: Final = ("办公室", "委员会", "领导小组", "小组", "指挥部", *BODY_ENDS)


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


# A pronoun opening a clause as its subject, and the words of time before the verb (其将, 彼亦已).
_PRONOUN_SUBJECT: Final = re.compile(rf"^(?:{'|'.join(PRONOUNS)})(?:亦|也|并|同时|将|已|会|随即|于同日)*")


def _named_just_before(c: Compact, start: int, named_at: int) -> bool:
    """Whether a person read at ``named_at`` was named in the sentence of the clause at ``start``
    or the one before it (委任甲为主席，自…起生效。彼亦已获委任为…): a pronoun there stands for him,
    not for someone a story named since (第二任市长为乙。半年后，他改任…)."""
    own = sentence_start(c.key, start)
    before = sentence_start(c.key, own - 1) if own else 0
    # (任前公示：甲拟任X，其不再担任Y; 建议委任乙…，惟须待股东批准。彼亦将获委任…: what is proposed is
    # not done, and the pronoun's clause is no act either)
    return before <= named_at <= start and not _PROPOSED_ACT.search(c.key, before, start)


# Words of an act proposed, not done: a pronoun's clause after them tells no act.
_PROPOSED_ACT: Final = re.compile(r"拟|建议|提名(?!委员会)|提请|须待|待股东|将获|人选|公示")


# A head count after 任 (某市新任两名副市长): the posts of people the sentence does not name.
_HEAD_COUNT_AFTER: Final = re.compile(r"[一两二三四五六七八九十\d]{1,3}[名位]")


def _new_to_the_post(key: str, name_at: int, verb_at: int) -> bool:
    """Whether the 新 a name read before 任 ends is the word 新任 after a place or a body run into
    the name (广东新任副省长): the name stands after a Han character that no clause's lead ends with."""
    if key[verb_at - 1] != "新" or name_at == 0 or not is_han(key[name_at - 1]):
        return False
    # (县长施立新任某县委书记, 新华社某地某日电 王立新任…: a name of three after a title or a dateline,
    # its 新 its own)
    three = verb_at - name_at == 3 and xin_ends_a_name(key, verb_at - 1)
    if three and (key[name_at - 1] in "电讯" or ends_with_title(key[:name_at])):
        return False
    # (the words a clause's subject may follow directly: 决定甲任…, 宣布乙新任…, 提名丙任…)
    return not key.endswith((*SLOT_LEADS, *NAMES_LEADS, "提名", "任命", "研究"), 0, name_at)


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


_SURNAME_REN: Final = re.compile(r"任[\u4e00-\u9fff]{1,2}同志")


_RECOMMENDING: Final = ("推荐", "举荐")
# Characters that make a word with the 任 after them (聘任, 出任, 兼任, 主任): never a name's last
# before the verb 任.
# (原任: held before; 上任, 到任, 就任, 赴任, 离任: words of their own, 上任前任… no act of 任)
_VERB_BEFORE_REN: Final = frozenset("聘委派特简候辞出担兼调转升接主责原上到就赴离现")
_REMOVING: Final = frozenset({Kind.REMOVE, Kind.DISMISS, Kind.REVOKE, Kind.CEASE})
_VERB_FIRST_REMOVING: Final = frozenset({Kind.REMOVE, Kind.DISMISS, Kind.REVOKE})  # 免去 / 解聘 / 撤销 lists
# Verbs after which only names stand before 为 / 的 (任命宓云飞为…): not 任, a surname itself.
_NAMING_VERBS: Final = frozenset(
    {"任命", "免去", "聘任", "聘请", "委任", "委派", "解聘", "撤销", "罢免", "免除", "终止委任"}
    | {"选举", "补选", "增补", "增选", "选出", "选举出", "选举产生"}  # 选举拉毛为…: any surname
)
