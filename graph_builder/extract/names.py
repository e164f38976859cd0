"""Is this run of characters a person's name? Rules over characters first (jieba's nr tags are
too weak for this: they split 欧阳坚 and fuse 王五为)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Final

from graph_builder.extract.titles import ends_with_title

# Characters no name holds after its surname here (为, 和, 长 … do occur in names: 李为民).
_NOT_IN_NAME: Final = set(
    "的等其被在是了区市县省局委办处职务、，,者们我您你他她仍还也并位因族谁某第"
)  # (族: 黎族, 东乡族; 谁: 未来谁接任…, a question; 某: 王某某, a name withheld, no one's;
# 第: 免去甲第十二届…, the term after the name)
# Surnames that make a word with 务 after them (常务, 商务, 党务, 任务): 务 opens a given name of two
# (张务锋) only after another surname.
_WU_WORDS: Final = frozenset("常商党任政财公特总要医教外内警税法义劳防军校院会乡县")
# Words that start like a name (原, 全, 同 are surnames) but are none.
_NOT_NAMES: Final = frozenset(
    {"原因", "全票", "同时", "其中", "任期", "期间", "曾担", "任职", "任内", "任命", "任免", "文件"}
    | {"任上"}  # (从某市委书记任上，调赴某省: the post left, 任 a surname)
    | {"荣幸"}  # (表示荣幸当选某镇镇长: a speech's words, 荣 a surname)
    | {"结果"}  # (选举结果：…: a result's word, 结 a surname)
    | {"议程"}  # (会议议程为补选…: a word 议 opens)
    | {"简历", "简介"}  # (新任某市市长简历: a profile's heading, 简 a surname)
    | {"荣退后", "荣退"}  # (某校长甲荣退后获聘为…: retired with honour, then after it)
    | {"免去", "免除", "免职"}  # (免去和某的…职务: 和 splits no 免去 off as a name)
    # words of time and sequence
    | {"此外", "另外", "目前", "随后", "今年", "去年", "明年", "今天", "昨天", "近日", "日前"}
    | {"之前", "之后", "先前", "早前", "此前", "当前"}  # (…院长甲，之前为某院检察长: no name 之前)
    | {"会后", "会前", "会上", "会中"}  # (…⏎会后，新任命的法官进行了宪法宣誓: after the meeting)
    | {"常委会", "人大", "政府", "会议", "大会", "决定", "通过", "提请", "同意", "姓名"}
    | {"关于", "对于", "鉴于", "由于"}
    | {"陆续", "相继", "随即", "从此", "连续", "当即"}  # adverbs starting with a surname
    # words starting with a surname
    | {"当选", "包括", "明日起", "今日起", "晋升", "位新", "时还", "南下", "北上", "曾调", "曾兼", "全国"}
    | {"时期", "任命前", "任前", "擢升", "官宣", "成功", "何会", "为何", "石油", "石化", "官员", "干部"}
    | {"安排", "全部", "全体"}  # 全部新常委: the whole of a list, no one
    | {"曾任", "曾长期"}  # (唐某，男，…，曾任某局局长等职务; 曾长期担任…: a profile's past)
    # a discipline's words (给予甲党内严重警告处分: 党 and 严 are surnames)
    | {"党内", "党外", "党员", "党政", "党纪", "党组", "严重"}
    # a degree's field (管理学博士, 经济学硕士), printed where a profile's name and honorific would be
    | {"管理学", "经济学", "金融学", "文学", "史学", "林学", "商学", "药学", "教育学", "法学", "工学", "理学"}
    | {"于同月", "于同日", "于当月", "于当日", "于次日", "于本月"}  # 甲于同月调任…
    | {"董事会", "监事会", "理事会"}  # 向公司董事会辞去…: the board, not a person
    | {"相关新闻", "相关阅读", "延伸阅读", "分享到", "上一篇", "下一篇"}  # a web page's (under a list)
)
# Words starting with a surname that a name never opens with.
# (向宪法宣誓; 宣示就任: a Taiwan oath; 将成为现任…省长: no name 成为现)
_NOT_NAME_STARTS: Final = (
    *("包括", "明确", "宣誓", "宣示", "宣布", "任命", "并提", "提名", "个别", "区议", "向宪", "成为"),
    *("截至", "截止"),  # (截至目前，…实有代表N名 below a list)
    *("次年", "同年", "当年"),  # (次年升任…: a year's word, though 次仁 and 当 open names)
    *("会议", "以上", "上述"),  # (…⏎会议强调，新任干部要…: the news goes on under the list)
    *("部分", "若干", "一批", "一些", "个别", "多名", "多位"),  # 增补部分同志为…: how many, no one
    "特此",  # (…⏎names⏎特此公告: the notice's closing line)
    *("因此", "于是", "所以"),  # (因此甲申请辞去…: the reason's connective, 因 and 于 surnames)
    *("周一起", "周二起", "周三起", "周四起", "周五起"),  # (下周四起出任…: a weekday, though 周 a surname)
    "公司",  # (聘任公司现任副总经理甲为…: 公 a surname, 公司 the company, no one's name)
    "人大",  # (选出人大副主任和副省长: a body, no one's name)
    *("建议", "议程"),  # (建议议程为补选…: a proposal's words)
    "责令",  # (决定责令甲辞去…: the order, 责 a surname)
)
# The words of an act that may run into a dotted name's first part (接受艾力·买买提辞去…).
_ACTS: Final = (
    *("接受", "同意", "决定", "任命", "免去", "聘任", "解聘", "选举", "补选", "提请", "批准", "推选"),
    *("宣布", "提名"),
)
# Characters that start the words that stand in a name's place (下列同志, 其他, 该同志, 上述人员).
_NOT_A_SURNAME: Final = frozenset(
    "下上其该此这那各本我他她有无新原现前后全同由对将已和及与或经据按根依在为是以副正主总代两几即"
)
# Words of when that follow a place's last character or a year's (到上海之后, 自明年起): no given name.
_WHEN_WORDS: Final = frozenset(
    {"之后", "之前", "以后", "以前", "之际", "年起", "年初", "年底"}
    | {"明年", "今年", "去年", "月底", "月初", "本月", "下月"}  # (陈大文将于明年3月离任: no 于明年)
)
# Words for people that are no one's name.
_NOT_PEOPLE: Final = frozenset(
    {"专家", "干部", "人员", "职工", "教师", "学者", "人选", "同志", "大家", "人才", "官员", "人事"}
    | {"关于", "对于", "鉴于", "由于", "根据", "按照", "经过", "通过", "依照", "任免"}
)
# What may follow a name in a list item and is not part of it: 同志, 先生 / 女士, a bracket (女,
# 简历附后, a place that tells namesakes apart), a head count (张三等24人, 李四3人).
# A count of people (3人, 两名, 十二位): no name, no body.
HEAD_COUNT: Final = r"[\d一二两三四五六七八九十百]+(?:人|名|位)"
# The professional ranks a notice's row may print between a name and a post (甲　主任医师　某科主任),
# longest first.
PROFESSIONAL_RANKS: Final = (
    "副主任医师",
    "主任医师",
    "主治医师",
    "高级工程师",
    "副研究员",
    "研究员",
    "副教授",
    "教授",
    "工程师",
    "讲师",
)
# Those that also open bodies' names (讲师团, 工程师学会, 教授委员会): a rank only as a cell of its own.
RANKS_OPENING_BODIES: Final = ("教授", "工程师", "讲师")
# A religious society's ministers, addressed so after the name (普仁法师当选会长, 唐某道长, 王某长老);
# a monastic name before them has no surname.
MINISTERS: Final = ("法师", "道长", "长老", "主教", "牧师", "阿訇", "活佛", "方丈")
# How a person is addressed after the name (余林女士, 陈立德医生), never part of it.
_HONORIFICS: Final = frozenset(
    {"女士", "先生", "同志", "博士", "教授", "院士", "律师", "医生", "小姐", "太太", "议员", "法官", "老师"}
    | {"大律师", "资深大律师"}  # Hong Kong: 委任甲资深大律师为…
    | {"硕士", "学士"}  # Macao's dispatches: 委任甲硕士担任…, 乙学士
    | {"建筑师", "测量师", "规划师", "园境师"}  # Hong Kong: 委任…甲测量师和乙建筑师为…
    # a professional rank a hospital's or a university's notice prints after the name (聘任甲主任医师为…)
    | set(PROFESSIONAL_RANKS)
    # (an engineer's post printed so, whole: 聘任甲副总工程师为…, not 甲副总 and 工程师)
    | {"总工程师", "副总工程师"}
    | set(MINISTERS)
)
# The honorifics as a pattern's alternation, the longest first (副主任医师 before 主任医师).
HONORIFIC: Final = "|".join(sorted(_HONORIFICS, key=len, reverse=True))
# How a notice addresses a person after the name.
ADDRESSES: Final = ("同志", "先生", "女士")
# What the people a list counts are called after the count (甲、乙、丙3名委员为常务委员, 甲、乙两位专家为…).
_COUNTED_AS: Final = "委员|代表|人员|专家|老师|同学|医生"
_ITEM_TAIL: Final = re.compile(
    rf"(?:{HONORIFIC})?(?:[(（][^()（）]{{1,30}}[)）])?"
    rf"(?:等?{HEAD_COUNT}(?:同志|{_COUNTED_AS})?|等(?:同志|人)?)?$"  # (委任甲等人为…: the names printed)
)
_COUNTED_COMRADES: Final = re.compile(r"[二两三四五六七八九十]同志$")  # (甲、乙二同志)
_COUNTS: Final = {
    ch: n
    for n, chars in enumerate(("", "", "二两", "三", "四", "五", "六", "七", "八", "九", "十"))
    for ch in chars
}
_HEAD_COUNT: Final = re.compile(rf"{HEAD_COUNT}(?:同志|{_COUNTED_AS})?$")
_TAIL_ENDS: Final = frozenset(
    "志生士授师姐太员官)）人名位等家学"
)  # the last characters _ITEM_TAIL can end with
_LIST_SEP: Final = re.compile(r"(以及|[、,，和及与])")  # 以及 before its 及 (张三、李四以及王五)
_SEPARATORS: Final = frozenset(("、", ",", "，", "和", "及", "与", "以及"))
_HAN: Final = re.compile(r"^[\u4e00-\u9fff]+(?:[·•][\u4e00-\u9fff]+)*$")


# Given names ending in 新, common enough that a title, a surname and one of them before 任 are a
# name (县长施立新任…); any other character before 新 leaves 新任 the word (副市长王强新任…).
XIN_NAMES: Final = frozenset(
    {"立新", "建新", "卫新", "志新", "国新", "永新", "红新", "爱新", "跃新", "振新", "维新", "德新", "树新"}
    | {"学新", "光新", "明新", "春新", "金新", "文新", "海新", "兴新", "庆新", "宏新", "焕新", "日新", "育新"}
)


def xin_ends_a_name(key: str, xin_at: int) -> bool:
    """Whether the 新 at ``xin_at`` (before 任) ends a name of three, a surname and one of the given
    names :data:`XIN_NAMES` (陈建新任某职), rather than opening the word 新任 (某市新任市长)."""
    return xin_at >= 2 and key[xin_at - 1 : xin_at + 1] in XIN_NAMES and key[xin_at - 2] in surnames()[0]


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, compound) surnames from the data file."""
    words = _data_words("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


@lru_cache(maxsize=65536)  # pure; the rules ask it of the same few candidate strings over and over
def is_name(text: str) -> bool:
    """True for a plausible personal name: 2-4 Han characters from a surname, or a name with '·'."""
    if not _HAN.match(text):
        return False
    if "·" in text or "•" in text:  # transcribed minority names: 买买提·艾力 (not 接受买买提·艾力)
        parts = re.split("[·•]", text)
        return (
            3 <= len(text) <= 20
            and all(1 <= len(part) <= 6 for part in parts)
            and not any(act in parts[0] for act in _ACTS)  # (省委决定古丽·克里木: the decision's words)
            and not parts[-1].endswith(ADDRESSES)  # (古丽娜·买买提女士: the name, then how she is addressed)
        )
    if 3 <= len(text) <= _LONGEST_TRANSCRIBED and is_transcribed_name(text) and not ends_with_title(text):
        return True  # 乌云其其格, 扎西顿珠: no Han surname, and often longer than four
    if not 2 <= len(text) <= 4 or text in _NOT_NAMES or ends_with_title(text):  # 区长, 王局长: a title
        return False
    if text[-1] == "族":  # 黎族, 苗族, 东乡族: a people, printed after a profile's name and sex
        return False
    if text.startswith(_NOT_NAME_STARTS):  # 包括新任…, 明确出任…: words, not a surname's name
        return False
    single, compound = surnames()
    # (罗洪, 马海: a Yi clan's name, and as often a common surname and its given name of one)
    if text[:2] in compound and not (len(text) == 2 and text[0] in _COMMON_SURNAMES):
        return len(text) >= 3 and _NOT_IN_NAME.isdisjoint(text[2:])
    if len(text) == 3 and is_dai_name(text):
        return True  # a Dai name of three (岩温香, 玉应香), no 玉溪 or 岩石
    # Four characters only with a compound surname (欧阳志远) or a married woman's two (梁何颖茵, as
    # Hong Kong prints them): else a name has run into the word after it (吴九当选, 张三先生).
    if len(text) == 4:
        return _two_surnames(text)
    # (多位官员出任…: 位 a measure word before a word for people, no surname)
    given = text[1:]
    return (
        text[0] in single
        and (_given_name(given) or _wu_opening(text))
        and given not in _NOT_PEOPLE
        and given not in _WHEN_WORDS
    )


def _wu_opening(text: str) -> bool:
    """A name of three whose given name opens with 务 (张务锋, 祝务平), after a surname that makes no
    word with it (not 常务副, 商务局)."""
    return (
        len(text) == 3 and text[1] == "务" and text[0] not in _WU_WORDS and _NOT_IN_NAME.isdisjoint(text[2])
    )


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """The words Mongolian and Tibetan names are made of (data/minority_names.txt)."""
    return _data_words("minority_names.txt")


def is_name_word(text: str) -> bool:
    """Whether ``text`` is one word of the Mongolian and Tibetan names (旦巴, 扎西), a name only where
    a name must stand."""
    return text in _name_words()


def _data_words(name: str, mark: str = "") -> frozenset[str]:
    """The words of a list in data/, separated by whitespace; lines opening with # are comments.
    A line opening with an ``@`` mark (``@amdo``) is a list of its own: its words are read only
    when ``mark`` names it, and then only they."""
    text = resources.files("graph_builder.extract").joinpath(f"data/{name}").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    if mark:
        return frozenset(w for line in lines if line.startswith(mark) for w in line.split()[1:])
    return frozenset(w for line in lines if not line.startswith("@") for w in line.split())


@lru_cache(maxsize=1)
def _amdo_openings() -> frozenset[str]:
    """The words an Amdo Tibetan name opens with before syllables of its own (才让东智)."""
    return _data_words("minority_names.txt", "@amdo")


_LONGEST_TRANSCRIBED: Final = 10  # (阿卜杜克然木吐尔洪: a Uyghur name of nine, its dot lost)
_LONGEST_NAME_WORD: Final = 5


@lru_cache(maxsize=65536)
def is_transcribed_name(text: str) -> bool:
    """Whether ``text`` is a Mongolian or Tibetan name as Chinese prints it: two or more of its words
    (那仁满都拉, 次仁卓玛), one of three characters or more (巴特尔), or a Han surname before them
    (包其木格)."""
    words = _name_words()
    if text in words:
        return len(text) >= 3
    if 3 <= len(text) <= 4 and text[:2] in _amdo_openings() and _amdo_rest(text[2:]):
        return True  # 才让东智, 才让太: an Amdo opening and syllables of its own
    if text[0] in surnames()[0] and _made_of(text[1:], words):
        return True
    return _made_of(text, words, least=2)


# Characters that end a place's or a body's name (尼玛县, 扎西镇): no syllable of a name ends so.
_PLACE_OR_BODY_ENDS: Final = frozenset("省市县区乡镇村州旗盟局厅委办处院校所部")


def _amdo_rest(rest: str) -> bool:
    """Whether ``rest`` may follow an Amdo opening in a name: syllables, no word of a notice."""
    return (
        _HAN.fullmatch(rest) is not None
        and _NOT_IN_NAME.isdisjoint(rest)
        and _NOT_GIVEN.isdisjoint(rest)
        and rest[-1] not in _PLACE_OR_BODY_ENDS
        and rest[0] not in _TITLE_OPENINGS  # (才让主任, 扎西书记: the name, then his title)
    )


# Characters that open a title after a name (主任, 书记, 副县长, 局长, 处长, 院长, 校长, 委员…).
_TITLE_OPENINGS: Final = frozenset("主书副局处科院校长委部厅司所队组总董经")


def _made_of(text: str, words: frozenset[str], least: int = 1) -> bool:
    """Whether ``text`` is ``least`` or more of ``words``, one after another."""
    if not text:
        return least <= 0
    return any(
        text[:n] in words and _made_of(text[n:], words, least - 1)
        for n in range(2, min(_LONGEST_NAME_WORD, len(text)) + 1)
    )


# Words 其 opens that are no given name (李其他…, 王其中…).
_QI_WORDS: Final = frozenset({"其他", "其余", "其中", "其职", "其实", "其后", "其间"})


def _given_name(given: str) -> bool:
    """Whether ``given`` may follow a surname: none of the words' characters, except 其 as the
    first of two (李其昌, 王其明), not a word it opens."""
    if given[:1] == "其" and len(given) == 2 and given not in _QI_WORDS:
        given = given[1:]
    return _NOT_IN_NAME.isdisjoint(given)


# Dai names (Xishuangbanna, Dehong) open with 岩 (a man's) or 玉 (a woman's), no Han surname.
_DAI_OPENINGS: Final = frozenset("岩玉")
# Words 岩 and 玉 open that are no Dai name of two (岩石, 玉米, 玉溪).
_DAI_WORDS: Final = frozenset(
    {"岩石", "岩层", "岩土", "岩画", "玉米", "玉溪", "玉林", "玉树", "玉环", "玉器", "玉石"}
)


def is_dai_name(text: str) -> bool:
    """Whether ``text`` is a Dai name of two or three (岩依, 岩温香, 玉喃), where only a name can stand."""
    return (
        2 <= len(text) <= 3
        and text[0] in _DAI_OPENINGS
        and text not in _DAI_WORDS
        and _HAN.match(text) is not None
        and _NOT_IN_NAME.isdisjoint(text[1:])
        and not ends_with_title(text)
    )


# The commonest surnames, which alone may stand as a married woman's two (梁何颖茵, 范刘绮雯).
_COMMON_SURNAMES: Final = frozenset(
    "陈李张黄何王林梁刘吴罗郑周曾叶邓冯蔡谢杨胡许苏郭卢潘钟余麦赵简容马庄温彭傅朱高方莫伍廖姚孔谭邱萧程关江杜邝施袁汤"
)
# …and the husband's surname a married woman puts first may be one of these too (丁叶燕薇, 尤曾家丽).
_HUSBANDS_SURNAMES: Final = _COMMON_SURNAMES | frozenset("丁尤唐孙徐沈汪韩石霍黎冼岑欧甘薛严游颜龚")
# Characters a given name after two surnames does not hold: a verb run into it (陈黄明任, 李王华出任).
_NOT_GIVEN: Final = frozenset("任出调升兼为将已于在当获辞免聘接代及和与等")


# Professions written with two characters that are common surnames too (律师, 教师): printed before a
# name of two (律师闻静), they are no married woman's two surnames.
PROFESSIONS_OF_SURNAMES: Final = frozenset({"律师", "教师", "医师", "老师", "牧师", "技师", "讲师", "法师"})


def _two_surnames(text: str) -> bool:
    """A four-character name of two common surnames and a given name of two (梁何颖茵)."""
    return (
        text[0] in _HUSBANDS_SURNAMES
        and text[1] in _COMMON_SURNAMES
        and text[:2] not in PROFESSIONS_OF_SURNAMES  # 律师甲乙: a profession, then a name of two
        and text[2:] not in _HONORIFICS  # 余林女士: a name of two and how it is addressed
        and _NOT_GIVEN.isdisjoint(text[2:])
        and _NOT_IN_NAME.isdisjoint(text[2:])
    )


def dotted_name_starts(text: str) -> list[int]:
    """Where a dotted name that ends ``text`` may start (局长热合曼·阿不都: its first part runs into
    what stands before it), its first part shortest first; [] if no dotted name ends it."""
    found = _DOTTED_AT_END.search(text) if "·" in text or "•" in text else None
    if found is None:
        return []
    dot = found.start()
    first = 0  # the Han characters right before the first dot (at most a part's six)
    while first < min(6, dot) and "\u4e00" <= text[dot - first - 1] <= "\u9fff":
        first += 1
    return [dot - n for n in range(1, first + 1)]


# The parts after a dotted name's first, at a text's end (·买买提, ·阿不都·热合曼).
_DOTTED_AT_END: Final = re.compile(r"(?:[·•][\u4e00-\u9fff]{1,6})+$")


def is_name_in_slot(text: str) -> bool:
    """A name where only a name can stand (任命__为, 免去__的): two or three characters that are
    no word of a notice, whatever the surname (宓云飞, 利娜: rare surnames the list lacks)."""
    if is_name(text):
        return True
    return (
        2 <= len(text) <= 4  # four: names of minority peoples printed without a dot (吉克阿果)
        and _HAN.match(text) is not None
        and text[0] not in _NOT_A_SURNAME
        and text not in _NOT_NAMES
        and not text.startswith(_NOT_NAME_STARTS)
        and text not in _NOT_PEOPLE
        and _NOT_IN_NAME.isdisjoint(_without_names_zhe(text))
        and not ends_with_title(text)
        and not text.endswith(_BODY_WORDS)  # (报导说，出版社为甲安排…: a body, no one)
        # (聘任谯宏先生为…: the name, then how he is addressed; 禚先生, a surname addressed, stays)
        and not any(text.endswith(h) and len(text) - len(h) >= 2 for h in _HONORIFICS)
        and "当选" not in text  # 在换届选举中当选为…: 选举 there is no verb before a name
        and text[:2] not in PROFESSIONS_OF_SURNAMES  # 聘请律师甲乙为…: a profession, then the name
        and "期" not in text  # 聘期三年, 任期五年 under a list of names
        and not _COUNT_OPENING.match(text)  # 再度委任八名现任成员: a count, no one
    )


def _without_names_zhe(text: str) -> str:
    """``text`` without its 者 where that may be a name's (者建平, 李者黑, 阿苏拉者: Hani and Yi names
    open, hold and end with it); never the last of two or three (记者, 违纪者: a word for people)."""
    if "者" not in text or (text[-1] == "者" and len(text) <= 3):
        return text
    return text.replace("者", "")


# Bodies that may stand where a name can (某社为甲安排…, 公司为乙颁发…): no one's name ends so.
_BODY_WORDS: Final = (
    "出版社",
    "报社",
    "通讯社",
    "杂志社",
    "旅行社",
    "合作社",
    "公司",
    "集团",
    "银行",
    "医院",
    "学校",
    "大学",
    "学院",
    "中学",
    "小学",
    "研究院",
    "研究所",
    "科室",  # (二、临床科室 heading a list's rows: a class of units, no one)
    "部门",
    "单位",
)
# A count of people opening a run of characters (八名, 十位, 两人).
_COUNT_OPENING: Final = re.compile(HEAD_COUNT)


def split_names_in_slot(text: str) -> list[tuple[int, str]] | None:
    """:func:`split_names` with each item read by :func:`is_name_in_slot`; in a list of five or
    more, an item of five characters is a minority name printed without a dot (额尔敦巴图)."""
    found = split_names(text, is_name_in_slot)
    if found is None and text.count("、") >= 2:  # 甲、代明道、乙: a surname that is a word's too, among names
        found = split_names(text, _in_a_list)
    if found is None and text.count("、") >= 4:
        found = split_names(text, _in_a_long_list)
    return found


def split_names_after_verb(text: str) -> list[tuple[int, str]] | None:
    """:func:`split_names_in_slot` for the slot right after an act's verb and before its 为 or 的
    (任命代红梅为…, 任命那顺为…), where a surname that is a word too opens a name."""
    return split_names_in_slot(text) or split_names(text, is_name_after_verb)


# Surnames that are words too (代理, 那些; 和, the Naxi's commonest surname, and a conjunction), names
# only where nothing but a name can stand (not 由, a word before names far more often than a name's:
# 由甲为…).
_WORD_SURNAMES: Final = frozenset("代那和")
_WORD_SURNAME_WORDS: Final = (
    "代理",
    "代表",
    "代行",
    "代为",
    "代管",
    "那些",
    "那个",
    "那位",
    "那么",
    "那里",
    *("和平", "和谐", "和睦"),  # (和 opens words: 和谐; and places, below)
)
# Places 和 opens (和田地区, 和顺县, 和静县): no name where their level follows (和静丹 is one).
_PLACES_OPENED_BY_HE: Final = ("和田", "和顺", "和政", "和龙", "和静", "和县", "和林")


def is_name_after_verb(text: str) -> bool:
    """A name right after an act's verb: :func:`is_name_in_slot`, or two or three characters opening
    with a surname that is a word too (代红梅, 那顺), not one of the words it opens."""
    return is_name_in_slot(text) or is_word_surname_name(text)


def is_word_surname_name(text: str) -> bool:
    """Two or three characters opening with a surname that is a word too (代红梅, 那顺, 和良辉), not
    one of the words or places it opens; a name only where a name may stand."""
    return (
        2 <= len(text) <= 3
        and text[0] in _WORD_SURNAMES
        and _HAN.match(text) is not None
        and not text.startswith(_WORD_SURNAME_WORDS)
        and not (
            text.startswith(_PLACES_OPENED_BY_HE) and (len(text) == 2 or text[2] in "县区市州旗镇乡地盟")
        )
        and _given_name(text[1:])
        and not ends_with_title(text)
    )


# Surnames that open words of a notice too (代理, 代表), taken as such only among other names.
_SURNAMES_AMONG_NAMES: Final = frozenset("代")


def _in_a_list(text: str) -> bool:
    """An item of a list of three or more names: a name in a slot, or three characters opening with
    a surname that also opens a notice's words (代明道, not 代理 or 代表)."""
    if is_name_in_slot(text):
        return True
    return (
        len(text) == 3
        and text[0] in _SURNAMES_AMONG_NAMES
        and _given_name(text[1:])
        and not ends_with_title(text)
        and not text.startswith(("代理", "代表", "代行", "代为"))
    )


def _in_a_long_list(text: str) -> bool:
    """An item of a long list of names: a name in a slot, or five characters with no word of an act
    in them (额尔敦巴图, not 接受胡荣君)."""
    if len(text) != 5:
        return is_name_in_slot(text)
    return is_name_in_slot(text[:4]) and _ACT_CHARACTERS.isdisjoint(text) and _NOT_IN_NAME.isdisjoint(text)


# Characters of the words of an act, which a minority name printed without a dot does not hold.
_ACT_CHARACTERS: Final = frozenset("接受辞任免聘选当提请同意决为是在由经对将已于")


def clean_name(text: str) -> str:
    """A name as reported: whitespace and 同志 removed."""
    return re.sub(r"\s+", "", text).replace("同志", "")


def _bracketed_whole(parts: list[str]) -> list[str]:
    """The pieces of a list split at its joints, with a note in brackets that holds a joint kept
    whole (拉毛(女、蒙古族): one item, not 拉毛(女 and 蒙古族))."""
    joined = "".join(parts)
    if "(" not in joined and "（" not in joined:
        return parts
    out: list[str] = []
    depth = 0
    for part in parts:
        if depth > 0:
            out[-1] += part
        else:
            out.append(part)
        depth += part.count("(") + part.count("（") - part.count(")") - part.count("）")
        depth = max(depth, 0)
    return out


# The joints that may stand inside a name, and how many of them a list is read every way for.
_JOINTS: Final = ("和", "及", "与")
_JOINTS_TRIED: Final = 4


def _glued(parts: list[str]) -> list[str]:
    """The pieces of a list split at its joints (``_LIST_SEP.split``), with 和 / 及 / 与 glued back
    into the name it ends where it is no joint: before a later 、 (程永和、朱鹏飞: a conjunction
    comes only before a list's last item) or at the very end (程永和)."""
    if len(parts) < 3 or not any(p in _JOINTS for p in parts[1::2]):
        return parts
    last_comma = max((i for i, p in enumerate(parts) if p == "、"), default=-1)
    out: list[str] = []
    skip = False
    for i, part in enumerate(parts):
        if skip:
            skip = False
            continue
        if part in _WORD_SURNAMES and i + 1 < len(parts) and (not out or not out[-1]):
            # 和志强 / 甲、和建红: 和 right after a joint (or opening the list) is the name's surname
            out[-1:] = [part + parts[i + 1]]  # (the empty item before it, if any, replaced)
            skip = True
            continue
        glue = part in _JOINTS and out and (i < last_comma or not "".join(parts[i + 1 :]))
        if glue:
            out[-1] += part + parts[i + 1] if i + 1 < len(parts) else part
            skip = i + 1 < len(parts)
        else:
            out.append(part)
    return out


def split_names(text: str, accept: Callable[[str], bool] = is_name) -> list[tuple[int, str]] | None:
    """Split a list of names (A、B和C) into (offset, name); None unless every item is a name
    (by ``accept``: :func:`is_name`, or a looser test where only names can stand)."""
    found = _split_names(text, accept)
    return None if found is None else list(found)  # (a list of the caller's own)


@lru_cache(maxsize=65536)  # pure; several rules try the same stretch of a clause as a list of names
def _split_names(text: str, accept: Callable[[str], bool]) -> tuple[tuple[int, str], ...] | None:
    """:func:`split_names`, as a tuple."""
    if text[:1] in _SEPARATORS and text[:1] not in _WORD_SURNAMES:  # a list does not open with its
        return None  # separator (和志勇: a name where a name must stand, else none)
    parts = _bracketed_whole(_LIST_SEP.split(text))
    found = _names_of(_glued(parts), accept)
    if found is None and len(parts) > 2:
        # 和 / 及 / 与 inside names the usual reading missed (张和平, 王五和赵六、钱七): each other reading
        found = next(filter(None, (_names_of(p, accept) for p in _other_gluings(parts))), None)
    return None if found is None else tuple(found)


def _other_gluings(parts: list[str]) -> Iterator[list[str]]:
    """``parts`` with each subset of its 和 / 及 / 与 joints glued into the names beside them."""
    joints = [i for i in range(1, len(parts), 2) if parts[i] in _JOINTS]
    if not joints or len(joints) > _JOINTS_TRIED:
        return
    for mask in range(1 << len(joints)):
        glued = {j for k, j in enumerate(joints) if mask >> k & 1}
        out: list[str] = []
        for i, part in enumerate(parts):
            if (i in glued or i - 1 in glued) and out:
                out[-1] += part
            else:
                out.append(part)
        yield out


def _names_of(parts: list[str], accept: Callable[[str], bool]) -> list[tuple[int, str]] | None:
    """(offset, name) of each item of a list cut into ``parts``; None unless every item is a name."""
    out, pos = [], 0
    items = sum(1 for part in parts if part and part not in _SEPARATORS)
    if any(not parts[i] and parts[i + 1] in _WORD_SURNAMES for i in range(0, len(parts) - 1, 2)):
        return None  # (甲、和建红 read as 甲、建红: 和 after a joint is a surname, never one more joint)
    for part in parts:
        if part and part not in _SEPARATORS:
            # (李华、王明两名同志: a head count is never part of the last name, even where any
            # characters pass for one)
            counted = _HEAD_COUNT.search(part)
            name = _ITEM_TAIL.sub("", part, count=1) if counted else part.removesuffix("同志")
            comrades = _COUNTED_COMRADES.search(part) if items >= 2 else None
            if comrades and _COUNTS[comrades.group()[0]] == items:
                name = part[: comrades.start()]  # 聘任甲、乙二同志为…: the list's count, no name's
            elif items == 2 and len(part) >= 3 and part[-1] == "两" and accept(part[:-1]):
                name = part[:-1]  # (甲、乙两同志任…, its 同志 cut before: the count left on the last name)
            if not accept(name) and items >= 3 and (pair := _two_glued(name)):
                out += [(pos, pair[0]), (pos + len(pair[0]), pair[1])]  # 梁振宇夏宝山 in a long list
                pos += len(part)
                continue
            if not accept(name) and name[:1] == "和" and items >= 2 and is_name_after_verb(name):
                # 甲、乙、和丙: 和 after a joint opens the last name (甲、乙、和王强: a joint, 王强 a name)
                out.append((pos + 1, name[1:]) if is_name(name[1:]) else (pos, name))
                pos += len(part)
                continue
            if not accept(name):
                longest = 44 if "(" in part or "（" in part else 20  # a note in brackets runs long
                if len(part) > longest or part[-1] not in _TAIL_ENDS:  # no name with a tail (等3人, 先生)
                    return None
                name = _ITEM_TAIL.sub("", part, count=1)
                if not accept(name):
                    return None
            out.append((pos, name))
        pos += len(part)
    return out or None


def _two_glued(item: str) -> tuple[str, str] | None:
    """Two names run together in one item of a list (a lost space: 梁振宇夏宝山), if it splits so
    by the surname rule alone (not 骆玉|隆先生, not 接受胡|荣君)."""
    if not 4 <= len(item) <= 6 or any(word in item for word in _HONORIFICS):
        return None  # (骆玉隆先生: one name and its honorific)
    for n in (3, 2):
        if len(item) - n in (2, 3) and is_name(item[:n]) and is_name(item[n:]):
            return item[:n], item[n:]
    return None
