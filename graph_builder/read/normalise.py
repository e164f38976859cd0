"""Normalise a stretch of source text while keeping a map back to the original characters.

The normalised text has no whitespace inside lines (PDF text puts spaces inside names: 谢 健),
lines broken by the PDF layout joined again, and compatibility forms folded (NFKC, one
character for one character). A parallel *key* string folds traditional characters to
simplified too, so one set of rules reads both scripts; names and posts are reported from the
normalised text, i.e. as printed. Both strings have the same length, and every character maps
back to one source offset.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, takewhile
from typing import Final

import numpy as np

from graph_builder.read.dates import DATELINE_DAY, FULL_DAY, wordy_day_lines
from graph_builder.read.headline_clauses import clause_gaps
from graph_builder.read.patterns import (
    BRACKETED_ITEM,
    CLOSING,
    DATE_LINE,
    DOCNO_LINE,
    PROVINCES,
    PUBLICATION_WORDS,
    ROW_UNIT_ENDS,
    SOURCE_DATE_LINE,
    YEAR_HEADING,
)


def _below_a_break(pattern: re.Pattern[str], ahead: str = "") -> re.Pattern[str]:
    """A pattern that opens with ``(?m)^``, written after a literal line break instead: the engine
    skips ahead from break to break (a ``^`` under re.M leaves it trying the pattern at every
    character). See :func:`_line_matches`. ``ahead``: a lookahead every line the pattern matches
    passes, cheaper than the pattern, tried first."""
    body = pattern.pattern.removeprefix("(?m)").removeprefix("^")
    return re.compile(f"\n{ahead}(?:{body})", pattern.flags)


def _line_matches(pattern: re.Pattern[str], below: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose matches start a line and stay inside it
    (``below``: :func:`_below_a_break` of it): the match on the first line, then those after breaks."""
    # (each matches: the pattern matched the line just below the break)
    found = [m for b in below.finditer(text) if (m := pattern.match(text, b.start() + 1))]
    first = pattern.match(text)
    return [first, *found] if first else found


# A line that ends with one of these is a finished sentence or row: keep its line break.
TERMINATORS: Final = frozenset("；;。.．：:！!？?|】")
_PAGE_NUMBER: Final = re.compile(
    r"^[ \t\u3000]*[—–\-－·]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[—–\-－·]{1,2}[ \t\u3000]*$", re.M
)
# Not after a colon: there the gap spaces a label from its text (调任:  张三出任…), no cell's edge.
_CELL_GAP: Final = re.compile(
    r"(?<=[^\s:：;；])(?:[ \u3000\u00a0]*\t[ \t\u3000\u00a0]*|[ \u3000\u00a0]{2,})(?=\S)"
)
# The runs _CELL_GAP matches, found without its leading lookbehind (which makes the engine try
# every position): each maximal run of gap characters that holds a tab or is two or longer.
# Written as a class and then (more of the class, or the one character being a tab) so that the
# pattern starts with a class, which the engine skips ahead to: the same as [ \t\u3000\u00a0]{2,}|\t.
_GAP_RUN: Final = re.compile("[ \t\u3000\u00a0](?:[ \t\u3000\u00a0]+|(?<=\t))")
# A name (or a padded one: 利　娜) opening a line, then one full-width space and the post. Not a
# verb and the surname of a padded name (免去冯　涛的…职务, 任命陈　光为…, 补选王　伟为…): a clause, no cell.
_VERB_BEFORE_NAME: Final = (
    r"(?:任命|免去|免[职職]|聘任|解聘|接受|同意|[决決]定|提[请請]|[补補递遞增]?[选選]举?|[增递遞][补補]"
    r"|核派|派任)"  # (Taiwan's orders: 核派　甲　为本府某局局长)
)
# An item's number or bullet opening a line, if any (1、, 一、, 2., ①, ·), and a space after it (1. 甲).
_ITEM_NUMBER_LEAD: Final = r"(?:(?:[一二三四五六七八九十\d]{1,3}[、.．]|[\u2460-\u2473]|[·•●])[ \t\u3000]?)?"
# The compound surnames a name of four opens with (欧阳晓峰, 司马光明).
_COMPOUND_SURNAMES: Final = "|".join(
    ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯")
    + ("令狐", "端木", "独孤", "南宫", "呼延", "申屠", "澹台", "钟离", "淳于")
)
_NAME_CELL: Final = re.compile(
    # (its item's number first: 1、甲　某局副局长, ①乙　某局局长)
    rf"(?m)^[ \t\u3000]*{_ITEM_NUMBER_LEAD}"
    # (a list's verb, its one item on its line: 任命：甲　某市副市长; not 任命：甲　乙为…, two names)
    r"(?:(?:任命|免去|聘任|解聘)[:：]"
    r"(?=[\u4e00-\u9fff]{2,4}(?:同志|[(（][\u4e00-\u9fff]{1,4}[)）])?\u3000(?!任)[^\s为]{3,40}$))?"
    rf"(?!{_VERB_BEFORE_NAME}[\u4e00-\u9fff]?\u3000)"  # (一、任命　甲为…: the verb is no name)
    r"(?!本[报報刊网網台][讯訊]\u3000)"  # (本报讯　会议任命…: a paper's dateline before its lead, no name)
    # (张红（女）　某局局长: the name's note on sex or nation before the gap; a name of four with a
    # compound surname, 欧阳晓峰　某局副局长, and one with a dot, 艾尔肯·吐尔逊　某局副局长, one gap too)
    rf"(?:[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]|(?:{_COMPOUND_SURNAMES})(?![\u4e00-\u9fff]?(?:街道|社区|街|路|区|镇|乡|村))[\u4e00-\u9fff]{{1,2}}"
    r"|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})(?:同志|[(（][\u4e00-\u9fff]{1,4}[)）])?"
    # (not a cell opening with its own act: 1. 甲　当选为…, 辞去…, 拟任…, 调任…)
    r"\u3000(?=[\u4e00-\u9fff(（])(?!当选|辞去|辞职|拟任|拟提名|调任|转任|升任|出任|担任|任命|免去)"
)
# A table pasted as text: a line of a name, one plain space and the post, nothing else (孙南 县财政局
# 局长). Only below a line that ends a clause or is such a row itself: a PDF's text layer, wrapped
# mid-sentence, opens lines with a word and a space too (申请辞⏎去公司 董事…).
_NAME_ROW: Final = re.compile(
    rf"(?m)^(?!{_VERB_BEFORE_NAME}[\u4e00-\u9fff] )[\u4e00-\u9fff]{{2,3}} (?=[\u4e00-\u9fff][^\s]{{1,38}}$)"
)
_NAME_ROW_BELOW: Final = _below_a_break(_NAME_ROW)
# A line of a post, then names each after a full-width space (副县长　张建国　李红梅).
# (a name's note: its sex, its nation or its votes, 马国强（回族）, 杨文辉（得票196）; names after one gap
# may be listed with 、: 副县长　陈立、何勇)
_ROW_NAME: Final = r"[\u4e00-\u9fff]{2,4}(?:[(（](?:女|男|[\u4e00-\u9fff]{1,3}族|得票\d{1,5}票?)[)）])?"
_POST_FIRST_ROW: Final = re.compile(
    # (or its colon, then the first name: 某法院审判员：甲　乙　丙)
    rf"(?m)^(?P<post>[\u4e00-\u9fff()]{{2,40}}?)(?:[:：]{_ROW_NAME})?"
    rf"(?:\u3000+{_ROW_NAME}(?:、{_ROW_NAME})*)+[ \t\u3000]*$"
)
_ROW_ABOVE_ENDS: Final = tuple(":：;；。")
# …or below a list's heading without its colon (一、任命 by _LIST_VERB_LINE, 任免名单).
_ROSTER_HEADING_ENDS: Final = ("名单", "如下")
# A line of three or more names and nothing else, spaced apart (王德成　司马静　朱晓东), names of
# two among them perhaps padded to three (王　涛　刘　静　孙国梁).
# A character of a name, a pinyin gloss after it or not (劉長(zhǎng)林 on a mirror page).
_NAME_WORD: Final = r"(?:[\u4e00-\u9fff](?:\([a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]{1,7}\))?)"
# A note after a name in a line of names: the person's sex or people (王丽萍（女）　吉训海（黎族）).
_SEX_NOTE: Final = r"(?:[(（](?:[男女]|[\u4e00-\u9fff]{1,4}族)[)）])"
_NAMES_LINE: Final = re.compile(
    # (after a title and its colon, perhaps: 副 镇 长：肖红梅　罗建新　伍　斌)
    r"(?m)^[ \t\u3000]*(?P<head>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,24}[:：][ \u3000]*)?"
    rf"{_NAME_WORD}{{1,4}}{_SEX_NOTE}?(?:[ \u3000]{{1,2}}{_NAME_WORD}{{1,4}}{_SEX_NOTE}?){{2,}}[ \t\u3000]*$"
)
# A line of names holds two spaces at least (the one before each name after the first, all on its
# line): a line with fewer is passed by at one scan of it (possessive, so no backtracking), before
# the pattern's tries at a title's colon and at names.
_TWO_SPACES_AHEAD: Final = "(?=[^\n \u3000]*+[ \u3000][^\n \u3000]*+[ \u3000])"
_NAMES_LINE_BELOW: Final = _below_a_break(_NAMES_LINE, _TWO_SPACES_AHEAD)
_SPACES: Final = re.compile(r"[ \u3000]+")
# The names of a personnel table's columns (序号 姓名 性别 任命职务 表决结果).
_COLUMN_NAMES: Final = frozenset(
    {"序号", "编号", "姓名", "性别", "民族", "出生年月", "籍贯", "学历", "单位", "备注", "职务", "原职务"}
    | {
        "现任职务",
        "原任职务",
        "新职务",
        "任命职务",
        "免去职务",
        "拟任职务",
        "拟免职务",
        "拟免去职务",
        "任免职务",
        "任免事项",
        "当选职务",
    }
    | {"表决结果", "得票数", "得票", "任职", "免职", "任免", "新任职务", "现职务", "工作单位"}
    | {"选举单位", "原选举单位", "终止原因", "原因"}  # (a list of deputies whose mandates end)
    # (a 任前公示's profile columns)
    | {"政治面貌", "学历学位", "学历(学位)", "学位", "出生日期", "文化程度", "年龄", "出生年月(年龄)"}
    | {"参加工作时间", "入党时间"}
    | {"原任职称", "新任职称", "生效日期", "任职时间"}  # (a 人事令's table: 姓名 原任职称 新任职称 生效日期)
    | {"提请任命职务", "提请免去职务", "聘任职务", "解聘职务", "任职批准文号", "批准文号", "文号"}
    | {"职位", "原任职位", "新任职位"}  # (a press release's table: 职位 姓名 原任职位 生效日期)
    # (a unit's column: 科室 姓名 聘任职务; a row's act: 任免类别 姓名 职务)
    | {"科室", "科室(部门)", "科室/部门", "部门", "单位", "企业名称", "单位名称"}
    | {"任免类别", "类别", "任免情况"}
    | {"职称", "岗位", "职别"}
    # (a probation's end, by table)
    | {"试用职务", "试用期起始时间", "试用期起止时间", "试用期", "考核结果", "考核等次"}
)
# A name alone on its line (张梅, 欧阳晓东, 李娜(女)).
# (a note on why may follow it: 甲（调离本行政区域）, 乙（辞职）)
_NAME_ALONE: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[(（](?:[女男]|[\u4e00-\u9fff]{2,16})[)）])?")
# One-character cells of a profile table that a gap between them must keep apart (男  汉).
_CELL_WORDS: Final = frozenset("男女汉是否无有")
# 第 1 页, 第1页 共2页, and a gazette's running head (某某人民政府公报　2023年第6期, 国务院公报 2023·30),
# in either script (the raw text is read: 第1頁, 某某公報 2023年第6期).
# (2023 年第 8 期, and its running count after it: 2023年第5期（总第152期）)
_ISSUE: Final = (
    r"\d{4}[ \t\u3000]*年[ \t\u3000]*第[ \t\u3000]*\d{1,3}[ \t\u3000]*[期号號]"
    r"(?:[ \t\u3000]*[(（]总第[ \t\u3000]*\d{1,5}[ \t\u3000]*期[)）])?"
)
# A gazette's name (某某人民政府公报, and a city's 政报: 咸宁政报).
_GAZETTE: Final = "[公政][报報]"
# A page number between dashes (— 26 —), which a running head may share its line with.
_DASHED_NUMBER: Final = r"[—–\-－·]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[—–\-－·]{1,2}[ \t\u3000]*"
_PAGE_LINE: Final = re.compile(
    rf"^[ \t\u3000]*(?:{_DASHED_NUMBER})?(?:第[ \t\u3000]*\d{{1,4}}[ \t\u3000]*[页頁]"
    r"(?:[ \t\u3000,，/／]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*[页頁])?"
    # (a gazette's running head, its issue spaced out or before its name: 2023 年第 8 期 某某公报;
    # its page number before or after it on the line: — 26 —　某某公报 2023 年第 13 期)
    # (or between its name and its issue: 某某公报 — 12 — 2023年第6期)
    # (no clause before it: 任命甲为某市副市长，详见公报2023年第6期 is a sentence, not a running head)
    rf"|[^\n,，。;；:：]{{0,24}}{_GAZETTE}[ \t\u3000]*(?:{_DASHED_NUMBER})?(?:{_ISSUE}|\d{{4}}[·.]\d{{1,3}})"
    rf"|{_ISSUE}[ \t\u3000]+[^\n]{{2,24}}{_GAZETTE}"
    rf"|{_ISSUE})[ \t\u3000]*(?:{_DASHED_NUMBER})?$",  # (an even page's head: its issue alone)
    re.M,
)
# A web page's controls and path printed as a line of their own (首页 > 信息公开 > 人事信息,
# 【字体：大 中 小】 打印本页 关闭窗口, 分享到：微信 微博): no text of the notice, blanked like a page
# number so that they run into no title, name or post.
_CONTROL: Final = (
    r"(?:【?字[体體号號][:：]?[ \t\u3000]*(?:[大中小][ \t\u3000]*){2,3}】?"
    r"|【?(?:打印|列印)(?:本[页頁]|此[页頁]|文章)?】?|【?[关關]闭(?:窗口|本[页頁])?】?|【?收藏(?:本[页頁])?】?"
    r"|返回[顶頂]部|返回首[页頁]|分享到[:：]?|微信|微博|QQ空[间間]|扫一扫|掃一掃"
    # (a page's counter: 阅读量：1024, 浏览次数：356次)
    r"|(?:[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[访訪][问問])(?:量|次数|次數|数|數)[:：]?[ \t\u3000]*\d+次?)"
)
_CHROME_LINE: Final = re.compile(
    rf"^[ \t\u3000]*(?:(?:首[页頁]|[当當]前位置[:：]?)[ \t\u3000]*[>＞»›][^\n\d]*"  # (a date: the page's)
    rf"|{_CONTROL}(?:[ \t\u3000|/]*{_CONTROL})*)[ \t\u3000]*$",
    re.M,
)
# (a dash of _PAGE_NUMBER, or 页 / 公报 / 期 of _PAGE_LINE)
_PAGE_MARK: Final = re.compile("[—–\\-－·页报頁報期]")
_PAGE_MARKS: Final = "—–-－·页报頁報期"  # (the class as characters, each sought by str's own search)
# A pinyin gloss printed after a character (財政(zhèng), 長（zhǎng）): lower-case Latin letters with
# a tone mark, in brackets. Blanked like whitespace, so names and posts read as if it were not there.
TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS_FIRST: Final = frozenset("abcdefghijklmnopqrstuvwxyz\n" + TONED + "ü")  # (\n: a gloss wrapped at once)
_PINYIN_GLOSS: Final = re.compile(
    # (after its character, or after the line break that follows it: 环⏎(huán)境; a page wrapped
    # inside it: 政(zh⏎èng), 府(fǔ⏎))
    rf"[(（](?:(?<=[\u3400-\u9fff][(（])|(?<=[\u3400-\u9fff]\n[(（]))(?=[a-z{TONED}ü\n]*[{TONED}])"
    # (a space before the bracket closes, as some mirrors print it: 會(huì ))
    rf"(?:[a-z{TONED}ü]{{1,7}}|(?=[^\n]{{0,7}}\n)[a-z{TONED}ü]{{0,6}}\n[a-z{TONED}ü]{{0,6}}) ?[)）]"
)
# A tag opening a line with the line's text after it (not a heading line of its own).
# Lower-case Latin inside Han (中国福彩app官方下载): a page that prints the same three times or more
# was written over by a scraper's guard. (The Han before the run is checked after its first letter:
# a pattern that opens with a lookbehind is tried at every character of the window, one that opens
# with [a-z] only at the letters, which the engine skips ahead to.)
_LOWER_IN_HAN: Final = re.compile(r"[a-z](?<=[\u4e00-\u9fff][a-z])[a-z]{1,7}(?=[\u4e00-\u9fff])")
_INJECTED_AT_LEAST: Final = 3
_SECTION_TAG: Final = re.compile(r"【[^】\n]{1,8}】(?=[^\s])")
# A column's name in 《》 opening a line, run into its headline (not a paper, an outlet or a document:
# 《人民日报》报道, 《决定》指出)
_COLUMN_TAG: Final = re.compile(
    r"^[ \t\u3000]*《[\u4e00-\u9fff]{2,6}(?<![报報网網社刊台志法例定知书書见見划劃要案告令])》"
    r"(?=[\u4e00-\u9fff])",
    re.M,
)
_COLUMN_TAG_BELOW: Final = _below_a_break(_COLUMN_TAG)  # (its matches stay inside their line)
# A news page's date line carries its weekday or its time (2023年7月6日 星期四, 2023-10-20 18:00): a
# line of its own too, though not a notice's signing date.
_NEWS_DATE_LINE: Final = (
    rf"^{FULL_DAY}(?:\(?(?:星期|周|礼拜)[一二三四五六日天]\)?|\d{{1,2}}:\d\d(?::\d\d)?)$"
    # (or day first, as Hong Kong's sites print it: 11/09/2024 08:32; kept apart, not read as a date)
    r"|^\d{1,2}/\d{1,2}/(?:19|20)\d\d\|?(?:\d{1,2}:\d\d(?::\d\d)?)?$"
)
# A web page's publication line: its date among the page's words (2022年3月16日 来源:某报,
# 来源:某网 2022-03-16 08:00, 作者:某某 发布时间:…).
_PUBLICATION_LINE: Final = (
    rf"^(?=.{{0,60}}$)(?=.*(?:{PUBLICATION_WORDS.pattern}))"
    # (or a day of the Republic with dashes that no rewriting could make Gregorian: 113-12-15)
    rf".*?(?:{FULL_DAY}|1[01]\d-\d{{1,2}}-\d{{1,2}}(?![\d-])).*$"
)
# A dispatch's dateline as a line of its own (新华社北京12月27日电): the page's date.
_DATELINE_LINE: Final = rf"^[^,;:。\n]{{0,24}}?{DATELINE_DAY}$"
# A signing line of the place and the date, as Hong Kong's announcements sign (香港，2024年6月28日).
_PLACE_DATE_LINE: Final = rf"^[\u4e00-\u9fff]{{2,4}},{FULL_DAY}$"
# A document number in Taiwan's 字號 form under a decree's date (華總二榮字第11300079101號).
_WORD_NUMBER_LINE: Final = r"^[\u4e00-\u9fff]{1,10}字第\d{1,14}号$"
_STANDALONE: Final = re.compile(
    f"(?:{DATE_LINE.pattern})|(?:{DOCNO_LINE.pattern})|(?:{_NEWS_DATE_LINE})|(?:{_PUBLICATION_LINE})"
    f"|(?:{SOURCE_DATE_LINE.pattern})|(?:{_DATELINE_LINE})|(?:{_PLACE_DATE_LINE})|(?:{_WORD_NUMBER_LINE})",
    re.M,
)
# _STANDALONE without its alternatives that end their line with 号, ) or 电 / 讯 (a 文号, a 字號, a
# dispatch's dateline; none runs past its line): the same matches on a line that ends otherwise, as
# most lines holding a date do, for about half the engine's tries.
_STANDALONE_DATED: Final = re.compile(
    f"(?:{DATE_LINE.pattern})|(?:{_NEWS_DATE_LINE})|(?:{_PUBLICATION_LINE})"
    f"|(?:{SOURCE_DATE_LINE.pattern})|(?:{_PLACE_DATE_LINE})",
    re.M,
)
_NUMBERED_LINE_ENDS: Final = frozenset("号)电讯")
# What a _STANDALONE line must hold: a numeral before 年 or a digit before a separator (its date),
# a digit before 号 (its 文号), or 日电 / 日讯 (a dateline).
# (Written to start with a class, which the engine skips ahead to, with the character before
# checked behind it: the same as [\d〇○零一二三四五六七八九十]年|\d[号\-./]|日[电讯], shifted by one.)
_STANDALONE_CHAR: Final = re.compile(
    r"[年号\-./电讯](?<=[\d〇○零一二三四五六七八九十]年|\d[号\-./]|日[电讯])"
)
# The first characters of a _STARTS_ITEM match that does not run to 关于, besides the digits
# (re's \d): the class [|提任免决聘解一二三四五六七八九十\d], the bullets and ① … ⑳ as a set.
# Bullets that start the items of a news roundup (◆张三任…).
BULLETS: Final = "◆◇●○■□▲△★☆•▪►▶▍▌"  # (▍任命: a section's bar in a repost from a social-media account)
# Those that also part two items inside a line (荷川▶甲履新X▶乙履新Y); not ○ □ ●, which stand for
# a zero or a character withheld (二○一二年, 王●).
INLINE_BULLETS: Final = "◆■▲★►▶•▪"
# Circled numbers (①…⑳) number items too: the key keeps them (NFKC would make ② a bare 2).
CIRCLED: Final = "".join(chr(c) for c in range(0x2460, 0x2474))
_YEAR_END: Final = frozenset("年0123456789")
_DAY_OPENING: Final = re.compile(r"\d{1,2}月\d{1,2}日")  # (the lead's day of _STARTS_ITEM)
# (each opening of _STARTS_ITEM by its first character: numbers, verbs, a lead's source or day, credits)
_ITEM_FIRST_CHARS: Final = frozenset(
    "|提任免决聘解一二三四五六七八九十-"
    + "据本记近日昨今(（"
    + "责编相【以《[表"
    + "来稿抄附出原阅扫掃版E根获票增接"
    + BULLETS
    + CIRCLED
)
# The end of a group's heading inside a list (一、某县人民法院 / （一）某县人民政府组成人员): its body.
_GROUP_BODIES: Final = (
    "法院",
    "检察院",
    "政府",
    "委员会",
    "局",
    "厅",
    "办公室",
    "研究室",  # (中共某市委政策研究室⏎副主任：甲)
    "大学",
    "学院",
    "医院",
    "公司",
    "集团",
    "科",  # (a hospital's department heading its rows: 心血管内科⏎主任：甲)
    "院区",  # (聘任：⏎崂山院区：⏎甲同志为心内科护士长: a hospital's campus)
    "中心",
)
_GROUP_STAFF: Final = ("组成人员", "工作人员")
GROUP_BODY: Final = f"(?:{'|'.join(_GROUP_BODIES)})"
# A group's body by name: two characters or more before its kind, or a department of two (儿科, 骨科),
# or a college of three (文学院, 法学院, 商学院), or a hospital's campus (东院区).
GROUP_BODY_NAME: Final = rf"(?:[\u4e00-\u9fff]{{2,30}}?{GROUP_BODY}|[\u4e00-\u9fff](?:科|学院|院区))"
GROUP_STAFF: Final = f"(?:{'|'.join(_GROUP_STAFF)})?"  # (its staff named after it: 某县人民政府组成人员)
# The verbs of a move told from the post left (甲由某镇镇长调任某局局长).
_MOVES: Final = "调任|转任|改任|交流任"
# A line that starts a new clause or row even when the line before has no full stop.
_STARTS_ITEM: Final = re.compile(
    # (a dash opening a line is a list's bullet, as a site's markdown prints it: - 甲任某市副市长)
    rf"^(?:\||[{BULLETS}{CIRCLED}]|-(?=[\u4e00-\u9fff(（])|提请|任命|免去|决定(?![。.、])|聘任|解聘|增补|接受(?=[\u4e00-\u9fff]{{2,4}}(?:同志)?辞)"
    rf"|[一二三四五六七八九十\d]{{1,3}}[、.．]"
    # (（二）某县人民法院 / （一）某县人民政府组成人员: a list's group heading, alone on its line)
    rf"|[(（][一二三四五六七八九十]{{1,3}}[)）](?=[\u4e00-\u9fff]{{2,30}}?{GROUP_BODY}{GROUP_STAFF}[:：]?$)"
    # (（二）免去某的…职务 / (3)某同志任… / （二）乙的…职务 under 免去: an item of a list numbered in
    # brackets, opening with its act or its person)
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）](?=任命|免去|聘任|解聘|提请|[\u4e00-\u9fff]{2,4}(?:同志)?(?:任|不再|为|的))"
    rf"|(?!决定)[^,，。;；的]{{2,30}}关于"  # (…职务的⏎决定。 / …请求的决定、关于…: one sentence wrapped)
    # a news story's lead after its headline (他跨省履新，曾在央企任职⏎5月8日，…宣布): a day opens it
    r"|\d{1,2}月\d{1,2}日(?:上午|下午|晚间|晚|早上)?[,，]"
    # or its source or its day in words (某某官员接任⏎据某市发布消息，… / 本报讯 / 近日，…)
    r"|据[^,，。;；\n]{2,30}?(?:消息|报道|通报)[,，]|本报讯|记者[^,，。;；\n]{0,20}?获悉"
    # (…朱某辞任⏎《某通讯社11日专讯》某公司公布, 【本报讯】, (中央社记者甲台北23日电): its dateline
    r"|[《【\[(（][^》】\])）\n]{1,24}?(?:电|讯)[》】\])）]"
    r"|(?:近日|日前|昨天|昨日|今天|今日)[,，]"
    # a page's credits and chrome after the story (…已任某市委书记⏎责任编辑：甲)
    r"|(?:责任编辑|编辑)[:：｜|]|相关阅读|【纠错】|以上(?:信息|内容)均?来自"
    # (…免去乙的某职务⏎来源：某某发布 / 抄送：… / [图片] / 阅读原文: a page's trailer after the last item,
    # which has no stop; a notice's printing line, 某办公室 2023年12月1日印发)
    r"|(?:来源|稿源|抄送|附件|出处|原文链接)[:：]|阅读原文|扫一扫|掃一掃|版权所有|版權所有"
    # (…为某市人民政府副市长⏎根据市人民检察院检察长的提请，任命：: the next section's lead)
    r"|根据[^\n,，。]{2,30}?的?提请[,，]"
    r"|\[?图片\]?$|END$|(?=[^\n]{0,40}?\d{1,2}日印发$)"
    # a board's vote under each of its resolutions (聘任甲为总经理⏎表决结果：同意9票…)
    r"|表决(?:结果|情况)[:：]|(?:获得)?(?:选举)?票数[:：]"  # (…选举甲为董事⏎获得选举票数：…)
    # (某某集团有限公司⏎董事會變更⏎本公司董事會宣佈，…: an announcement's lead under its headings)
    r"|本公司董事[会會]"
    # (…研究决定)⏎甲由某镇镇长调任某局局长；: an item of moves, its name first
    rf"|[\u4e00-\u9fff]{{2,4}}(?:同志)?[ \u3000]*由[^\n,，。]{{2,40}}?(?:{_MOVES})"
    # a portal's column of acts, each line opening with its day in brackets ([2024-03-12] 市政府任命…)
    r"|[\[【]\d{4}-\d{1,2}-\d{1,2}[\]】])",
    re.M,
)


# A news roundup prints one appointment a line with no stop at its end (张三任某局局长⏎李四任…):
# the break before a line that starts with a name and its verb stays when the line before ends
# like a title does.
# A roundup's label of a region: a place by its level, or a province by its short name.
_REGION_LABEL: Final = rf"(?:[\u4e00-\u9fff]{{1,7}}[省市县区州盟旗]|{'|'.join(PROVINCES)})"
_NAME_VERB_LINE: Final = re.compile(
    # (a roundup's line may open with its day: 10月14日 甲任某大学校长)
    # (or with its region's label: 江苏：甲任某市副市长; not a decision's 决定：甲任…)
    rf"^(?:\d{{1,2}}月\d{{1,2}}日)?(?:{_REGION_LABEL}[:：])?"
    # (甲　任…: a gap; 甲、乙同志任…: two or more sharing the post)
    r"(?![区市县省局办公主副]|同志)(?:[\u4e00-\u9fff]{2,4}、){0,3}(?:(?!当选)[\u4e00-\u9fff]){2,4}?(?:同志)?\|?"
    r"(?:任|兼任|出任|调任|转任|当选为?|不再担任|为|的)(?![务职期命免用])(?=[\u4e00-\u9fff]{4})"
)
# A roundup's line that opens with the post its person leaves (时任某省副省长甲调任某市委书记).
_TIMELINE_LINE: Final = re.compile(
    r"^时任[\u4e00-\u9fff、]{4,40}?(?:跨省|跨区|异地)?(?:调任|升任|转任|改任|出任|担任)(?=[\u4e00-\u9fff]{4})"
)
# A roundup's line that opens with a person described, then the move (某省委常委、某市委书记甲履新
# 某省委副书记; 原某局长兼发言人甲转任…。 under a headline that tells it).
_DESCRIBED_MOVE_LINE: Final = re.compile(
    # (not a line opening with a word that goes on a clause: …，甲⏎由某校副校长改任…)
    r"^(?![由从到在并而和及与把将对向于])[\u4e00-\u9fff][\u4e00-\u9fff、]{5,39}?"
    r"(?:调任|升任|转任|改任|出任|履新)(?=[\u4e00-\u9fff]{4})"
    # (…担任: the plain verb of every notice, so only after a title run right into a name of two or
    # three, with no list's verb or 同志 before it: 某省委常委、秘书长甲担任某市委书记)
    r"|^(?:(?!任命|聘任|决定|同意|同志)[\u4e00-\u9fff、]){3,36}?[长记员委理监][\u4e00-\u9fff]{2,3}担任(?=[\u4e00-\u9fff]{4})"
)
_MOVE_VERBS: Final = ("调任", "升任", "转任", "改任", "出任", "履新", "担任")  # _DESCRIBED_MOVE_LINE's
# Marks that close what came before: a line never opens with one.
_OPENS_NO_LINE: Final = frozenset("》」』),。、;:!?")
# A roundup's line whose items follow a short place heading and a bullet (青阳▶甲履新…).
_HEADED_BULLET: Final = re.compile(rf"^[\u4e00-\u9fff]{{1,6}}[{INLINE_BULLETS}]")
# A timeline's month standing alone over its items (1月⏎时任…调任…⏎4月⏎…), and its longest.
_MONTH_HEADING: Final = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?$")
_MONTH_HEADING_LONGEST: Final = 5
# A roundup's item that opens with its month or day (10月，甲职务再度调整，升任…).
_DATED_ITEM: Final = re.compile(r"^\d{1,2}月(?:\d{1,2}日)?[,，]")
# The longest section heading of a roundup (中央部委, 省区市).
_SECTION_HEADING: Final = 6
# A 任前公示 profile starts a line of its own: 张三，男，1975年3月生….
_PROFILE_LINE: Final = re.compile(r"[\u4e00-\u9fff·]{2,4}[,，(（](?:男|女)[,，)）]")
# What a line before such a line ends with: a title (the roundup's previous item), or a notice's
# title or 文号 in brackets (…的通知(某政任〔2023〕5号)).
_TITLE_END: Final = frozenset("长记任员席理事委官监师)号务")
# A line that is only the verb of the list below it (一、任命 / 免去： / 批准任命).
_LIST_VERB_LINE: Final = re.compile(
    rf"^(?:[一二三四五六七八九十\d]{{1,3}}[、.．]|[(（][一二三四五六七八九十\d]{{1,3}}[)）]|[{BULLETS}])?"
    # (拟任命人员 / 拟免职人员: an explanation's sections of the people proposed)
    r"(?:决定|批准|拟|提请)?(?:任命|免去|免职|任职|聘任|解聘|撤销|罢免|接受辞职|新任|卸任|离任)(?:人员)?[:：]?$"
)
# A sentence ending by its election's verb and a colon (某县人民代表大会第一次会议于某日选举：⏎
# 县人民政府副县长⏎甲⏎乙): the posts and the names elected to each, one a line, below it.
_ELECTION_LEAD_LINE: Final = re.compile(r"(?:选举|补选|选出|选举产生了?)[:：]$")
# What a group's body ends with (GROUP_BODY's last characters, for a cheap test first).
_GROUP_BODY_ENDS: Final = tuple({word[-1] for word in (*_GROUP_BODIES, *_GROUP_STAFF)})
# A list's item opening with its person (王　强为某局局长；, 郑　平的某职务): a name, padded or not.
_ITEM_ROW: Final = re.compile(
    r"^(?:[一二三四五六七八九十\d]{1,3}[、.．])?[\u4e00-\u9fff][\u4e00-\u9fff·　 ]{1,6}?(?:同志)?[为的為]"
    # (甲同志任局长)
    r"|^(?:[一二三四五六七八九十\d]{1,3}[、.．])?[\u4e00-\u9fff][\u4e00-\u9fff·　 ]{1,6}?同志任"
)
# A unit's row in a list: its name, a colon, a title and a name (党政办公室：主任 甲；…, keyed without
# the space).
_BODY_COLON_ROW: Final = re.compile(
    rf"[\u4e00-\u9fff]{{2,24}}?[{''.join(sorted({w[-1] for w in _GROUP_BODIES}))}处部科心所站馆队][:：]"
    rf"[\u4e00-\u9fff]{{1,8}}?[{''.join(sorted(_TITLE_END - set(')号务')))}][\u4e00-\u9fff]"
)
_GROUP_HEADING_LONGEST: Final = 20  # (a body's name alone as a group's heading: 某市中级人民法院)
# A body's name alone on a line before a colon, heading a group of a list (某市中级人民法院：).
_BODY_HEADING_LINE: Final = re.compile(rf"{GROUP_BODY_NAME}{GROUP_STAFF}[:：]")
# The number of a group's heading (一、某县财政局 / （二）某县审计局).
_GROUP_NUMBER: Final = re.compile(
    r"^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])"
)
# A title short enough to stand alone without 关于 (某某人民代表大会常务委员会公告).
_SHORT_TITLE: Final = 24
_COMPANY_TITLE: Final = 60  # (a company's announcement, its name and meeting in the title)
# A congress notice's number in words (〔十四届〕第十二号).
_WORDS_NUMBER_LINE: Final = re.compile(
    r"^(?:[〔\[(][\u4e00-\u9fff\d]{1,6}[〕\])])?第[\d〇零一二三四五六七八九十百]{1,6}号$"  # (or 第9号 alone)
)
# An order's heading alone on its line (总统令, 行政院令, 人事令, 某部令): not a name (王令), 禁令, 口令.
_ORDER_HEADING: Final = re.compile(
    r"(?:总统|主席|国务院|行政院|考试院|监察院|司法院|立法院|人事|[\u4e00-\u9fff]{1,8}(?:部|院|府|政府|局))令"
)
# The last words of a notice's title (关于任免张三等同志职务的通知, 干部任前公示).
_TITLE_ENDS: Final = (
    *("通知", "议案", "决定", "批复", "通报", "公告", "报告", "决议"),
    *("名单", "命令", "选举结果", "公示"),
)
_NUMERALS: Final = frozenset("一二三四五六七八九十")
_ITEM_SEPARATORS: Final = ("、", ",", ";")
# How far into the line below a bracket left open may close for the break to be layout.
_BRACKET_TAIL: Final = 12
# How a list of names goes on in the line below it (…、林启元⏎为副校长, …⏎同志任…).
_LIST_GOES_ON: Final = ("为", "同志", "等", "的")
# Verbs that open a clause after a colon, not a list of names (组成人员：任命甲为…).
_LIST_VERBS: Final = ("任命", "免去", "聘任", "提请", "决定")
# What stands before a name that opens a clause or a list's item (决定:张三…, …;李四…, …、王五…).
_NAME_BEFORE_MARKS: Final = (*_ITEM_SEPARATORS, ":")
# The end of a list's last name, then the list's verb (…、郑长⏎青当选为…, …、王⏎强同志任…).
# (not 以上同志 under a list: 副主任：乙⏎以上同志的原任职务自然免除; keys: simplified)
_NAME_TAIL_BELOW: Final = re.compile(r"(?!以上|上述)(?P<rest>[\u4e00-\u9fff]{1,2}?)(?:当选|为|同志|等)")
# Words a line's end may cut in two (任⏎命, 调⏎任, 同⏎志): the line below opens with their second
# character.
_CUT_WORDS: Final = frozenset(
    {"任命", "免去", "聘任", "解聘", "提请", "选举", "补选", "辞去", "罢免", "撤销", "当选", "同志", "决定"}
    | {"调任", "升任", "转任", "出任", "担任", "兼任", "接任"}
    # (and words of bodies and titles: 受理中⏎心主任甲调任… is one sentence)
    | {"中心", "学校", "大学", "学院", "医院", "公司", "集团", "银行", "委员", "主任", "书记", "局长", "主席"}
)
# Last characters of a title (书记, 常委, 主席, …职务) no name ends with.
_TITLE_ITEM_ENDS: Final = frozenset("委记务席")
# …nor with the first character of a verb cut off by the line's end (…、牛丽萍当⏎选为副主任).
_VERB_FIRST_CHARS: Final = frozenset("当任为兼调出免聘拟")
# …and titles a name could end like, but that no list of names holds whole (…市副⏎市长、代市长。).
_TITLE_ITEMS: Final = (
    "市长",
    "县长",
    "区长",
    "省长",
    "镇长",
    "乡长",
    "局长",
    "厅长",
    "部长",
    "主任",
    "委员",
    "成员",
)
# A line that is a list of names (张三、李四、王五) stands alone: the breaks around it stay.
_NAME_LIST_LINE: Final = re.compile(
    r"^[\u4e00-\u9fff·]{2,4}(?:[、,][\u4e00-\u9fff·]{2,4}(?:\([男女]\))?)+[。.]?$"
)


@lru_cache(maxsize=1)
def nfkc_table() -> dict[int, str]:
    """NFKC for every BMP character that NFKC maps to exactly one other character."""
    table: dict[int, str] = {}
    for code in range(0x80, 0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    for char in CIRCLED:  # ① stays ①: an item's number, not a digit of the text
        table.pop(ord(char), None)
    # Bracket variants of 文号 and qualifiers read alike.
    for wide, narrow in zip("〔〕［］【】", "〔〕[]【】", strict=True):
        table[ord(wide)] = narrow
    return table


@lru_cache(maxsize=1)
def printed_table() -> dict[int, str]:
    """What reported text folds: digits, letters and compatibility ideographs (OCR's Kangxi
    radicals), not punctuation — the gold schema keeps parentheses as printed."""
    return {
        code: char
        for code, char in nfkc_table().items()
        if not unicodedata.category(char).startswith(("P", "S", "Z"))
    }


@lru_cache(maxsize=1)
def key_table() -> dict[int, str]:
    """``nfkc_table`` plus traditional -> simplified, character by character (OpenCC's table)."""
    table = dict(nfkc_table())
    path = resources.files("opencc").joinpath("dictionary/TSCharacters.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            table[ord(parts[0])] = parts[1]
    for code, char in list(table.items()):  # fold compatibility forms of traditional characters too
        table[code] = table.get(ord(char), char) if len(char) == 1 else char
    for dot in "・･‧":  # the dots a minority name's parts are printed apart by (努尔兰・哈力木), as ·
        table[ord(dot)] = "·"
    table[ord("吿")] = "告"  # (Hong Kong's 公吿, a variant OpenCC leaves: 某某發佈公吿, the issuer's)
    return table


@lru_cache(maxsize=65536)  # pure; the rules fold the same posts and organisations over and over
def to_key(text: str) -> str:
    """The matching form of ``text``: NFKC and simplified, whitespace removed."""
    return _WHITESPACE.sub("", text.translate(key_table()))


_WHITESPACE: Final = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _luts() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code-point lookup tables: the printed fold, the matching fold (NFKC + simplified), and
    which characters a compact text keeps (all but whitespace; line breaks kept to mark the lines)."""
    printed = np.arange(0x110000, dtype=np.uint32)
    for code, char in printed_table().items():
        printed[code] = ord(char)
    key = np.arange(0x110000, dtype=np.uint32)
    for code, char in key_table().items():
        key[code] = ord(char)
    kept = np.ones(0x110000, dtype=bool)
    kept[[c for c in range(0x3001) if chr(c).isspace()] + [0x200B, 0x200C, 0x200D, 0xFEFF]] = False
    kept[10] = True
    return printed, key, kept


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _decode(codes: np.ndarray) -> str:
    # The tables are uint32 already: no copy for them (astype copies even then).
    return codes.astype(np.uint32, copy=False).tobytes().decode("utf-32-le", "surrogatepass")


@dataclass(frozen=True, slots=True)
class Compact:
    """Normalised text of a stretch of source, with a map back to source offsets."""

    text: str  # as printed: whitespace removed, digits folded, lines joined; '\n' between kept lines
    key: str  # ``text`` with traditional characters folded to simplified
    source: str  # the whole source text the offsets point into
    # The map back, worked out on first use (most windows yield no event and never need it):
    # [the list], or [the _SourceMap that makes it, and reads single offsets without it].
    _sources: list[list[int] | _SourceMap]

    @property
    def sources(self) -> list[int]:
        """Source offset of every character of ``text`` (a line break: the one before its line)."""
        found = self._sources[0]
        if isinstance(found, _SourceMap):
            found = self._sources[0] = found.all()
        return found

    def evidence(self, start: int, end: int) -> tuple[tuple[int, int], str]:
        """The source span of compact [start, end) and the source text it covers."""
        a, b = self.source_span(start, end)
        return (a, b), self.source[a:b]

    def source_offset(self, i: int) -> int:
        """Source offset of compact character ``i``."""
        found = self._sources[0]
        # An evidence span needs two offsets: read them without making the whole list.
        return found.offset(i) if isinstance(found, _SourceMap) else found[i]

    def gap_after(self, i: int) -> str:
        """The source between compact characters ``i`` and ``i + 1`` (the spaces and line breaks the
        compaction dropped: a run-in roster's items, a name and the post printed after it)."""
        return self.source[self.source_offset(i) + 1 : self.source_offset(i + 1)]

    def broken_after(self, i: int) -> bool:
        """Whether the source breaks its line between compact characters ``i`` and ``i + 1``."""
        return "\n" in self.gap_after(i)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering compact characters ``start`` up to ``end`` (exclusive)."""
        if not self.text:
            return 0, 0
        if end <= start:
            s = self.source_offset(start) if start < len(self.text) else self.source_offset(start - 1) + 1
            return s, s
        return self.source_offset(start), self.source_offset(end - 1) + 1


def compact(source: str, start: int = 0, end: int | None = None) -> Compact:
    """Normalise ``source[start:end]``: drop whitespace in lines, join broken lines, fold forms."""
    found = compact_if(source, start, end)
    assert found is not None  # (None only when a test is given)
    return found


def compact_if(
    source: str, start: int = 0, end: int | None = None, wanted: Callable[[str], bool] | None = None
) -> Compact | None:
    """``compact(source, start, end)``, or None when ``wanted`` is given and is false of its key's
    lines joined with no break between them. The key joins its lines with or without a break, so
    whatever holds no match of a pattern that spans no break holds none either: the test on them
    says no for the key before the costly part (which breaks stay) is done."""
    end = len(source) if end is None else end
    printed, key_lut, kept_lut = _luts()
    codes = _codes(_marked(source[start:end]))
    # (take: a gather through a table, cheaper than indexing with an array, which goes the general way)
    kept = np.flatnonzero(kept_lut.take(codes))  # window offsets of the kept characters and of '\n'
    codes = codes.take(kept)
    # Folding keeps every '\n' where it is (no table maps a character to or from '\n'), so both
    # folds cut into the same lines; empty lines (nothing but whitespace) vanish.
    key_lines = [line for line in rewritten_dates(_decode(key_lut.take(codes))).split("\n") if line]
    if wanted is not None and not wanted("".join(key_lines)):
        return None
    if not key_lines:
        return Compact("", "", source, [[]])
    text_lines = [line for line in _decode(printed.take(codes)).split("\n") if line]
    keep = _kept_breaks(key_lines)
    seps = ["\n" if k else "" for k in keep]
    text, key = _joined(text_lines, seps), _joined(key_lines, seps)
    return Compact(text, key, source, [_SourceMap(kept, codes, key_lines, keep, start)])


def rewritten_dates(key: str) -> str:
    """``key`` with dates the readers of dates do not know written as they do, each in its own
    length (so every offset stays): a year of the Republic of China as the Gregorian year, and a
    day printed day first (22/07/2022, 29.06.2016: Hong Kong, Macao and mirrored pages) year first
    (2022/07/22)."""
    if "民国" in key:
        key = _ROC_YEAR_WORDED.sub(_gregorian_padded, _ROC_YEAR.sub(_gregorian, key))
    if "1" in key and _ROC_DAY_MARK.search(key):  # (113年7月10日: a Taiwan order's date line, 民国 left out)
        key = _ROC_DAY.sub(_roc_day_dotted, key)
    if "-" in key and _ROC_DASHED_MARK.search(key):  # (发布日期:113-05-02: a Taiwan site's day)
        key = _ROC_DASHED.sub(_roc_dashed_dotted, key)
    if "O" in key or "l" in key:
        key = _MISREAD_DIGITS.sub(_digits_restored, key)
    # (most windows print none: a look for its separators, then one scan, decide)
    if ("/" in key or "." in key) and _YEAR_LAST_MARK.search(key):
        key = _YEAR_LAST.sub(_year_first, key)
    return key


# A day printed with its year last: 22/07/2022 (day first, as Hong Kong and Macao print it), or
# 07/22/2022 (month first) when the second number cannot be a month. No digit, / or . stands
# before it (checked in _year_first: a lookbehind first would make the engine try every position).
# (its time may follow, the space between compacted away: 01.03.2015 16:03 is 01.03.201516:03)
_YEAR_LAST: Final = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?:(?![\d/.])|(?=\d{1,2}:\d\d))")
_YEAR_LAST_MARK: Final = re.compile(r"[/.](?:19|20)\d\d")


def _year_first(m: re.Match[str]) -> str:
    first, sep, second, year = m.groups()
    if m.start() and m.string[m.start() - 1] in "0123456789/.":
        return m.group()  # part of a longer number (1.29.06.2016, 2024/29/06/2016)
    day, month = (second, first) if int(second) > 12 else (first, second)  # 07/22/2022: month first
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return m.group()
    return f"{year}{sep}{month}{sep}{day}"


# Letters typed or recognised for digits in a date: a Latin O for 〇 (二O一七年, common on web
# pages) or for 0 (2O12年8月2O日, OCR's), and OCR's l for 1 (20l9年7月3l日). Only a run ending at
# 年/月/日 that holds one is read.
_MISREAD_DIGITS: Final = re.compile(
    r"[一二][〇○零一二三四五六七八九O]{3}(?=年)"
    r"|(?<![A-Za-z\d])[12l][\dlO]{3}(?=年)|(?<=[年月])[\dlO]{1,2}(?=[月日])"
)
_DIGITS_FOR_LETTERS: Final = str.maketrans("Ol", "〇1")
# (among Arabic digits a Latin O is a zero: 2O12年8月2O日)
_ARABIC_FOR_LETTERS: Final = str.maketrans("Ol", "01")


def _digits_restored(m: re.Match[str]) -> str:
    arabic = any(ch.isascii() and ch.isdigit() for ch in m.group()) or "O" not in m.group()
    return m.group().translate(_ARABIC_FOR_LETTERS if arabic else _DIGITS_FOR_LETTERS)


# A year of the Republic of China (Taiwan: 中華民國112年 = 2023), matched in the key. Its
# "国" and three digits are read as the four digits of the Gregorian year, so the key keeps its
# length (and every later reader of dates sees 民2023年).
# (its three digits in numerals too: 中華民國一一二年八月一日, as presidential orders print it)
# (or its day printed with dots: 中华民国113.09.02)
_ROC_YEAR: Final = re.compile(r"国(1\d\d|一[〇○零一][〇○零一二三四五六七八九])(?=年|\.\d{1,2}\.\d{1,2})")
# A day of a year of the Republic printed without 民国 (113年7月10日): only a year of three digits,
# written as the Gregorian day with dots in the same length (2024.7.10).
_ROC_DAY: Final = re.compile(r"(?<![\d.第])(1[01]\d)年(\d{1,2})月(\d{1,2})日")
# _ROC_DAY without its leading lookbehind (which makes the engine try every position): it opens with
# a literal, which the engine skips ahead to; a text with no match of it has none of _ROC_DAY.
_ROC_DAY_MARK: Final = re.compile(r"1[01]\d年\d{1,2}月\d{1,2}日")
_ROC_OFFSET: Final = 1911
_ROC_NUMERALS: Final = str.maketrans("〇○零一二三四五六七八九", "000123456789")


# …and one of two digits or in words (民國97年, 民國八十九年, 中華民國一百零五年), with its 民国, read
# as the Gregorian year padded with 民 to the same length (民国97 -> 2008, 民国八十九 -> 民2000).
_ROC_YEAR_WORDED: Final = re.compile(r"民国(?:[1-9]\d|[一二三四五六七八九十百零〇]{2,5})(?=年)")
_ROC_WORDS: Final = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}


def _gregorian_padded(m: re.Match[str]) -> str:
    number = m.group()[2:]
    year = int(number) if number.isdigit() else _roc_words(number)
    if not 1 <= year <= 150 or len(m.group()) < 4:
        return m.group()
    return str(year + _ROC_OFFSET).rjust(len(m.group()), "民")


def _roc_words(words: str) -> int:
    """八十九 -> 89, 九十 -> 90, 一百零五 -> 105, 一百一十三 -> 113 (0 for what is no number)."""
    total, digit = 0, 0
    for char in words:
        if char in _ROC_WORDS:
            digit = _ROC_WORDS[char]
        elif char in "十百":
            total += (digit or 1) * (10 if char == "十" else 100)
            digit = 0
        else:
            return 0
    return total + digit


def _gregorian(m: re.Match[str]) -> str:
    return str(int(m.group(1).translate(_ROC_NUMERALS)) + _ROC_OFFSET)


def _roc_day_dotted(m: re.Match[str]) -> str:
    return f"{int(m.group(1)) + _ROC_OFFSET}.{m.group(2)}.{m.group(3)}"


# A day of the Republic with dashes after a page's date label (发布日期：113-05-02), written as the
# Gregorian day with dots in the same length: a leading zero of the month or the day gives way to
# the year's fourth digit (2024.5.02); a day with none (113-12-15) is left as it is.
_ROC_DASHED: Final = re.compile(r"(?<=日期:)(1[01]\d)-(\d{1,2})-(\d{1,2})(?![\d-])")
_ROC_DASHED_MARK: Final = re.compile(r"日期:1[01]\d-")


def _roc_dashed_dotted(m: re.Match[str]) -> str:
    year, month, day = int(m.group(1)) + _ROC_OFFSET, m.group(2), m.group(3)
    if month.startswith("0"):
        return f"{year}.{month[1:]}.{day}"
    if day.startswith("0"):
        return f"{year}.{month}.{day[1:]}"
    return m.group()


def _joined(lines: list[str], seps: list[str]) -> str:
    """``lines`` with ``seps[i]`` between line i and line i + 1."""
    # One join over the interleaved pieces: no string made per line as pairwise adding would.
    pieces = [""] * (2 * len(lines) - 1)
    pieces[::2] = lines
    pieces[1::2] = seps
    return "".join(pieces)


def _source_map(
    kept: np.ndarray, codes: np.ndarray, lines: list[str], keep: list[bool], start: int
) -> list[int]:
    """The source offset of every compact character: ``kept`` holds the window offsets of the
    kept characters and line breaks (``codes``), ``lines`` the compact lines, ``keep`` which
    breaks between them stay."""
    offsets = kept[codes != 10]  # window offsets of the characters of the lines
    line_starts = np.cumsum([len(line) for line in lines[:-1]], dtype=np.int64)
    breaks = line_starts[np.array(keep, dtype=bool)]
    # A kept break maps to the source character just before its line's first character.
    return (np.insert(offsets, breaks, offsets[breaks] - 1) + start).tolist()


class _SourceMap:
    """The arguments of ``_source_map`` for one compact text: the whole list made on demand
    (``all``), or single offsets read from the characters' offsets and where the kept breaks
    stand (``offset``), which is all an event's evidence span needs."""

    __slots__ = ("_args", "_offsets", "_breaks")

    def __init__(self, kept: np.ndarray, codes: np.ndarray, lines: list[str], keep: list[bool], start: int):
        self._args = (kept, codes, lines, keep, start)
        self._offsets: np.ndarray | None = None
        self._breaks: list[int] = []

    def all(self) -> list[int]:
        """The source offset of every compact character."""
        return _source_map(*self._args)

    def offset(self, i: int) -> int:
        """``all()[i]``, without making the list (an IndexError where indexing it would raise one)."""
        kept, codes, lines, keep, start = self._args
        if self._offsets is None:
            self._offsets = kept[codes != 10]  # window offsets of the characters of the lines
            # Compact positions of the kept breaks: each stands before its line's first character,
            # shifted by the breaks kept before it (as np.insert places them in _source_map).
            line_starts = accumulate(len(line) for line in lines[:-1])
            kept_at = [at for at, k in zip(line_starts, keep, strict=True) if k]
            self._breaks = [at + m for m, at in enumerate(kept_at)]
        size = len(self._offsets) + len(self._breaks)
        if not -size <= i < size:
            raise IndexError("compact offset out of range")
        i = i + size if i < 0 else i
        m = bisect_left(self._breaks, i)  # kept breaks before compact character i
        # (item: the element as a Python int, without the numpy scalar int() would be given)
        if m < len(self._breaks) and self._breaks[m] == i:  # a kept break: the character before its line
            return self._offsets.item(i - m) - 1 + start
        return self._offsets.item(i - m) + start


# Markup left in a page's text: markdown's bold marks (**任命**甲为…) and a source's tag inside a
# sentence (…副区长【来源：某网】，免去…): neither is part of the clause around it.
# (not a line of asterisks under a headline, *********: the page's rule, which parts its paragraphs)
_MARKUP_LEFT: Final = re.compile(r"(?<![*\s])\*\*(?!\*)|(?<!\*)\*\*(?![*\s])|【来源[:：][^】\n]{1,20}】")


# A site's mark against copying, bracketed inside a sentence or a name (陈学[ www.example.com ]军,
# 王[来源:某网]建国, 李(本文来自www.example.net)明): its source or its address, no word of the text.
# (inside the words, Han on either side: not a page's closing line, （来源：某报 2014年3月29日）)
_WATERMARK = re.compile(
    r"(?<=[\u4e00-\u9fff])[\[［(（]\s*(?:来源[:：][^\]］)）\n]{1,30}|[^\]］)）\n]{0,12}?(?:www\.|https?://)"
    r"[^\]］)）\n]{3,40}?)\s*[\]］)）](?=[\u4e00-\u9fff])"
)


# A comma printed before a list's 、 (何鲁丽,、韩启德: a copy's slip), which would cut the list's clause.
_COMMA_BEFORE_LIST_MARK: Final = re.compile("[,，](?=、)")


def _marked(window: str) -> str:
    """The window with page numbers blanked, cell gaps marked '|' and the spaces that part a headline's
    clauses marked '，' (same length, same offsets)."""
    if "<" in window or "&" in window:  # (a page's markup left in its text: 任命：<br>甲为…&nbsp;)
        window = _without_markup(window)
    if "姓名\n" in window:  # (a table pasted one cell a line: its rows put back on their lines first)
        window = _cells_one_a_line(window)
    window = _names_over_posts(window)
    window = _names_over_their_acts(window)
    gaps = _cell_gaps(window)  # found before the blanking, and marked after it (a '|' wins)
    stops = [g for g in clause_gaps(window) if g not in gaps]  # (甲任某市代市长 乙辞去…: a comma)
    lettered = _LATIN_OR_PICTOGRAPH.search(window) is not None  # (else the four scans below find none)
    blanks = [*_page_numbers(window), *pinyin_glosses(window), *_section_tags(window), *_chrome_lines(window)]
    blanks += _injected(window) if lettered else []
    blanks += _verb_brackets(window) + _heads_inside_a_sentence(window)
    blanks += _jammer_strings(window) if lettered and _JAMMER_MARK.search(window) else []
    blanks += [m.span() for m in _PICTOGRAPH.finditer(window)] if lettered else []
    if "**" in window or "【来源" in window:
        blanks += [m.span() for m in _MARKUP_LEFT.finditer(window)]
    if "www." in window or "http" in window or "来源:" in window or "来源：" in window:
        blanks += [m.span() for m in _WATERMARK.finditer(window)]
    if lettered and _POST_NOMINAL.search(window):
        blanks += [m.span() for m in POST_NOMINALS.finditer(window)]
    blanks += [m.span() for m in _LINE_END_HYPHEN.finditer(window)] if "-\n" in window else []
    if ",、" in window or "，、" in window:  # (甲,、乙,、丙: a mirror's stray comma before each 、)
        blanks += [m.span() for m in _COMMA_BEFORE_LIST_MARK.finditer(window)]
    for a, b in blanks:
        window = window[:a] + " " * (b - a) + window[b:]
    for at in _dot_bullets(window):
        window = window[:at] + "•" + window[at + 1 :]
    if gaps and blanks:  # a gap inside a running head is blanked with it
        gaps = [g for g in gaps if not any(a <= g < b for a, b in blanks)]
    if not gaps and not stops:
        return window
    pieces: list[str] = []
    prev = 0
    for i, mark in sorted([(g, "|") for g in gaps] + [(g, "，") for g in stops]):
        pieces += (window[prev:i], mark)
        prev = i + 1
    pieces.append(window[prev:])
    return "".join(pieces)


# HTML left in a page's text: tags that end a line (<br>, <p>, </p>, <div>, <li>, <tr>), other tags
# (<span>, <font>, <td>), and the entities of spaces and marks.
_MARKUP: Final = re.compile(
    r"<(/?)(br|p|div|li|ul|ol|tr|td|th|table|tbody|span|font|strong|b|i|em|u|a|h[1-6]|section|center)"
    # (entities as pages write them, in lower case: &LT; is text, not the mark)
    r"(?:\s[^<>\n]{0,120}?)?\s*/?>|&(?-i:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|#160|#12288);",
    re.IGNORECASE,
)
_LINE_TAGS: Final = frozenset({"br", "p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4"})
_ENTITY_MARKS: Final = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}


def _without_markup(window: str) -> str:
    """The window with HTML tags and entities a page's text kept written as what they stand for, in
    their own length: a line's end (then spaces) for <br> or <p>, spaces for other tags and for
    &nbsp;, the mark for &amp; (same offsets)."""

    def plain(m: re.Match[str]) -> str:
        found, n = m.group(), len(m.group())
        if found[0] == "&":
            return _ENTITY_MARKS.get(found, " ").ljust(n)
        return ("\n" if m.group(2).lower() in _LINE_TAGS else " ").ljust(n)

    return _MARKUP.sub(plain, window)


# The header cells that name a post's column (a table pasted one cell a line is read by them).
_POST_HEADERS: Final = frozenset(
    {"任命职务", "免去职务", "任免职务", "任职", "免职", "拟任职务", "新任职务", "现职务", "职务"}
)


# _LIST_VERB_LINE sought over a window's lines at once (a line of its own, padded or not).
_LIST_VERB_LINES: Final = re.compile(
    rf"(?m)^[ \t\u3000]*(?:{_LIST_VERB_LINE.pattern.removeprefix('^').removesuffix('$')})[ \t\u3000]*$"
)
_LIST_VERB_LINES_BELOW: Final = _below_a_break(_LIST_VERB_LINES)  # (each match a line's: _line_matches)


def _names_over_posts(window: str) -> str:
    """The window with the names printed each over its post under a list's verb (▍任命⏎张三⏎某局局长⏎
    李四⏎某局副局长, a table pasted with no header) put beside them: the break after each name a tab
    (same length, same offsets)."""
    heads = [m.start() for m in _line_matches(_LIST_VERB_LINES, _LIST_VERB_LINES_BELOW, window)]
    if not heads:
        return window  # (most windows: no list's verb on a line of its own)
    lines = window.split("\n")
    starts = list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))
    cut: list[str] | None = None
    for i in (bisect_right(starts, at) - 1 for at in heads):
        row = i + 1
        while row + 1 < len(lines) and _a_name_cell(lines[row].strip()) and _post_line(lines[row + 1]):
            cut = cut or list(window)
            cut[starts[row] + len(lines[row])] = "\t"
            row += 2
    return "".join(cut) if cut else window


# A name alone on its line over its act on the next (甲⏎任某局局长⏎乙⏎免去某局副局长职务: a table of
# two columns pasted one cell a line, no header).
_NAME_OVER_ACT = re.compile(
    r"\n[ \t\u3000]*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\u3000·]{1,5}?)[ \t\u3000]*"
    r"\n[ \t\u3000]*(?:任|免去|聘任|兼任)"
)


# The line an act opens (⏎任某局局长), sought first: few lines open so, and _NAME_OVER_ACT is tried
# from the line above each (tried from every line break, it cost some five times as much).
_ACT_LINE: Final = re.compile(r"\n[ \t\u3000]*(?:任|免去|聘任|兼任)")


def _names_over_acts(window: str) -> list[re.Match[str]]:
    """``list(_NAME_OVER_ACT.finditer(window))``: each match ends on the line of an act, and starts
    at the break before the line above it (the name's line holds no break)."""
    found: list[re.Match[str]] = []
    resume = 0  # (as finditer: a match is sought from where the last ended)
    for act in _ACT_LINE.finditer(window):
        above = window.rfind("\n", 0, act.start())
        if above >= resume and (m := _NAME_OVER_ACT.match(window, above)):
            found.append(m)
            resume = m.end()
    return found


def _names_over_their_acts(window: str) -> str:
    """The window with each name printed over its act (甲⏎任某局局长) put beside it, when two or more
    such pairs stand in it: the break after each name a tab (same length, same offsets)."""
    found = [
        m
        for m in _names_over_acts(window)
        if _a_name_cell(m.group("name")) and not _numbered_row(window, m.start())
    ]
    if len(found) < 2:
        return window  # (one name over a clause may be a signature or a heading's last line)
    cut = list(window)
    for m in found:
        cut[window.index("\n", m.end("name"))] = "\t"
    return "".join(cut)


def _numbered_row(window: str, at: int) -> bool:
    """Whether the line that ends at ``at`` is a row's number alone (1⏎甲⏎任…: a table's row, read
    by its header's columns, its cells maybe wrapped)."""
    return window[window.rfind("\n", 0, at) + 1 : at].strip(" \t\u3000").isdigit()


def _post_line(line: str) -> bool:
    """Whether a line holds a post alone (某局局长, 某局副局长职务), not a clause of a name's (为某局局长)."""
    line = line.strip()
    return (
        3 <= len(line) <= 40
        and line[-1] in _TITLE_END
        and not line.startswith(_CLAUSE_OF_A_NAME)
        and _NAME_ALONE.fullmatch(line) is None
        and not any(mark in line for mark in "，,。;；:：")
    )


# A lead ending with its colon or a list's title over a table of posts taken or left (决定任命下列同志
# 职务：, 现将任免事项通知如下：, 某市人民政府任命名单).
_ACTS_LEAD: Final = re.compile(r"(?:任命|免去|免职|任职|聘任|解聘|任免)[^。]{0,16}(?:[:：]|名单)$")


def _a_name_cell(cell: str) -> bool:
    """Whether a cell of a table pasted one cell a line holds a name (张梅, 李娜（女）, 徐　瑞 padded to
    the column's width), not a header."""
    return _NAME_ALONE.fullmatch(cell.replace("\u3000", "")) is not None and cell not in _COLUMN_NAMES


def _cells_one_a_line(window: str) -> str:
    """The window with a table pasted one cell a line put back one row a line (姓名⏎任命职务⏎周某⏎
    某局局长 → 姓名⇥任命职务⏎周某⇥某局局长): the breaks inside each row become tabs, for as many rows
    as each holds a name in its 姓名 column (same length, same offsets)."""
    lines = window.split("\n")
    starts = list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))
    cut = list(window)
    i = 0
    while i < len(lines):
        header = list(takewhile(lambda j: lines[j].strip() in _COLUMN_NAMES, range(i, len(lines))))
        cells = [lines[j].strip() for j in header]
        # (a post's column headed 职务 alone: only under an act's heading, 任职：, or beside an act's
        # column; a table of those retiring, under its own words, is no list of posts taken)
        bare = _POST_HEADERS.intersection(cells) == {"职务"} and "任免" not in cells
        above = lines[i - 1].strip() if i else ""
        if bare and not (
            _LIST_VERB_LINE.match(above) or _ELECTION_LEAD_LINE.search(above) or _ACTS_LEAD.search(above)
        ):
            header = []
        if len(header) < 2 or "姓名" not in cells or _POST_HEADERS.isdisjoint(cells):
            i += len(header) or 1
            continue
        width, name_at = len(header), cells.index("姓名")
        row = header[-1] + 1
        rows = [header]
        # (a header's cell is no name: 任职：⏎序号⏎姓名… under the rows opens the next table)
        while row + width <= len(lines) and _a_name_cell(lines[row + name_at].strip()):
            rows.append(list(range(row, row + width)))
            row += width
        if len(rows) > 1:
            for each in rows:
                for j in each[:-1]:
                    cut[starts[j] + len(lines[j])] = "\t"
        i = row
    return "".join(cut)


def _injected(window: str) -> list[tuple[int, int]]:
    """The spans of a string a site injects into its pages against copying (中国福彩app官方下载,
    printed again and again inside the words): lower-case Latin inside Han, three times or more,
    with the Han every printing shares around it (and a colon after it, when every one has it)."""
    runs: dict[str, list[re.Match[str]]] = {}
    for m in _LOWER_IN_HAN.finditer(window):
        runs.setdefault(m.group(), []).append(m)
    spans: list[tuple[int, int]] = []
    for found in runs.values():
        if len(found) < _INJECTED_AT_LEAST:
            continue
        before = _shared_len([window[max(0, m.start() - 8) : m.start()][::-1] for m in found])
        after = _shared_len([window[m.end() : m.end() + 8] for m in found])
        colon = all(window[m.end() + after : m.end() + after + 1] in (":", "：") for m in found)
        spans += [(m.start() - before, m.end() + after + colon) for m in found]
    return spans


# A forum's strings against copying (Discuz!'s "jammer"): short tokens of Latin letters, digits and
# marks, spaced, printed inside the words (某厅5 R3 g! X副厅长, 公告" y$ l: K8 G% q( O).
_JAMMER: Final = re.compile(r"(?<![A-Za-z0-9])[!-~]{1,3}(?:[ \t]+[!-~]{1,3}){3,}(?![A-Za-z0-9])")
# (what a token that mixes holds: a letter beside a digit or a mark, either side; asked before the
# whole search, so it must hold wherever _jammer_strings finds a span: 0A 0A 0 0 too)
# (a letter with a mark before or after it: written from the letter, so that the engine skips ahead
# to letters, which few windows hold, rather than trying each of the many digits and marks)
_JAMMER_MARK: Final = re.compile(r"[A-Za-z](?:(?<=[!-@\[-`{-~][A-Za-z])|(?=[!-@\[-`{-~]))")
_MIXED_TOKEN: Final = re.compile(r"[A-Za-z][^A-Za-z\s]|[^A-Za-z\s][A-Za-z]")


def _jammer_strings(window: str) -> list[tuple[int, int]]:
    """The spans of a forum's strings against copying: four spaced tokens or more, two of them at
    least mixing a letter with a digit or a mark (a table's | 1 | a | row mixes none)."""
    return [
        m.span()
        for m in _JAMMER.finditer(window)
        if sum(1 for token in m.group().split() if _MIXED_TOKEN.search(token)) >= 2
    ]


def _shared_len(texts: list[str]) -> int:
    """How many Han characters all of ``texts`` open with alike."""
    n = 0
    while all(len(t) > n and is_han(t[n]) and t[n] == texts[0][n] for t in texts):
        n += 1
    return n


def _chrome_lines(window: str) -> list[tuple[int, int]]:
    """The spans of the lines of a web page's controls and path (【字体：大 中 小】, 首页 > …): tried
    only at the starts of lines whose first character may start one (found after a literal line
    break, which the engine skips ahead to)."""
    starts = [0] if window[:1] in _CHROME_FIRST or window[:1].isspace() else []
    starts += [m.start() + 1 for m in _CHROME_LINE_START.finditer(window)]
    return [m.span() for at in starts if (m := _CHROME_LINE.match(window, at))]


# A line drawn with one symbol over and over (a press release's ****** under its masthead, a
# page's ===== or ───── between parts): layout, never words of a clause.
_RULE_SYMBOLS: Final = "*=_~-─━—～＊＝－"
_RULE_LINE: Final = re.compile(rf"^[ \t\u3000]*([{re.escape(_RULE_SYMBOLS)}])\1{{4,}}[ \t\u3000]*$", re.M)
_RULE_MARKS: Final = tuple(ch * 5 for ch in _RULE_SYMBOLS)


# A page's path through its site's sections (人民网>>时政>>地方, 北国网>辽宁>教育): short names between
# arrows, a line of its own (never the first words of the headline below it). (Not », which closes
# a title as 》 does: 《某某办法» 的通知.)
_BREADCRUMB: Final = re.compile(r"[^>,。:;]{1,12}(?:>>?[^>,。:;]{1,12})+")


def _breadcrumb_lines(lines: list[str]) -> list[int]:
    """The lines (by index) that are a page's path of sections."""
    return [i for i, line in enumerate(lines) if _BREADCRUMB.fullmatch(line)]


def _rule_lines(lines: list[str], joined: str) -> list[int]:
    """The lines drawn with one symbol (******), each five times or more: they part what is above
    from what is below."""
    if not any(mark in joined for mark in _RULE_MARKS):
        return []
    return [i for i, line in enumerate(lines) if _RULE_LINE.fullmatch(line)]


# The first characters of _CHROME_LINE's lines, and where a line may start with one.
_CHROME_FIRST: Final = frozenset("首当當【字打列关關收返分微Q扫掃阅閱浏瀏点點访訪")
_CHROME_LINE_START: Final = re.compile(rf"\n(?=[ \t\u3000]*[{''.join(sorted(_CHROME_FIRST))}])")


# A list's verb set in brackets as its section's heading (【任命】, 〔免去〕, [决定任命]); the
# brackets are layout, the verb is the clause's (tried at the brackets, a class the engine skips to).
_VERB_IN_BRACKETS: Final = re.compile(
    # (as printed: 撤銷, 罷免, 離任 in traditional script)
    r"[【〔\[［](?=(?:决定|決定|批准)?(?:任命|免去|免职|免職|聘任|解聘|撤销|撤銷|罢免|罷免|新任|卸任|离任|離任)"
    r"(?:人员|人員)?(?P<close>[】〕\]］]))"
)


def _holds_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds any of ``chars``: one str search a character, each far quicker over a
    window than a regex scan for their class (which tests the class at every character)."""
    return any(ch in text for ch in chars)


_VERB_BRACKETS_OPEN: Final = "【〔[［"  # the brackets _VERB_IN_BRACKETS opens with


# A middle dot opening a line, as a portal's list of headlines prints its bullets (·甲任X).
_DOT_OPENING: Final = re.compile(r"^[ \t\u3000]*([·・‧])(?=[ \t\u3000]*[\u4e00-\u9fff])", re.MULTILINE)
_LINE_CLOSED: Final = frozenset("。；;！!？?：:")


def _dot_bullets(window: str) -> list[int]:
    """The offsets of middle dots that are a line's bullet, not a name's dot wrapped to the line's
    start (艾尔肯⏎·吐尼亚孜): a space after it, a closed line or nothing before it, or a line
    next to another that opens so."""
    if not _holds_any(window, "·・‧"):
        return []
    found = list(_DOT_OPENING.finditer(window))
    rows = [window.count("\n", 0, m.start()) for m in found]
    bullets = []
    for m, row in zip(found, rows, strict=True):
        before = window[: m.start()].rstrip()
        spaced = window[m.end(1) : m.end(1) + 1] in " \t\u3000"
        in_a_run = row - 1 in rows or row + 1 in rows
        if spaced or not before or before[-1] in _LINE_CLOSED or in_a_run:
            bullets.append(m.start(1))
    return bullets


def _verb_brackets(window: str) -> list[tuple[int, int]]:
    """The spans of the brackets around a list's verb that opens a line (【任命】⏎甲为X；): the
    pattern tried at the brackets that open a line only (each match is its one bracket, so these
    are the matches of a scan that open a line), found by str's search."""
    spans = []
    for at in _line_openings(window, _VERB_BRACKETS_OPEN):
        if m := _VERB_IN_BRACKETS.match(window, at):
            spans += [(m.start(), m.start() + 1), (m.start("close"), m.end("close"))]
    return spans


def _line_openings(window: str, chars: str) -> list[int]:
    """The offsets, in order, of the characters of ``chars`` that open a line of ``window``."""
    found = [0] if window and window[0] in chars else []
    for ch in chars:
        at = window.find("\n" + ch)
        while at >= 0:
            found.append(at + 1)
            at = window.find("\n" + ch, at + 1)
    return sorted(found)


# A reporter's byline in brackets opening a paragraph (〔記者蔡佳玲／嘉義報導〕, (记者王芳 报道)).
_BYLINE_TAG: Final = re.compile(
    r"[〔【\[(（](?:本[报報])?[记記]者[^〕】\]）)\n]{1,24}?(?:[报報][导導道]|[电電]|[讯訊])[〕】\]）)]"
)


def _section_tags(window: str) -> list[tuple[int, int]]:
    """The spans of tags that open a line of a news page (【云泽】…, 【本报讯】…, a reporter's byline
    〔記者甲／某地報導〕): they name the item's place or source, and are part of no name or post."""
    # (sought only where a reporter is named: 者 alone, in 或者, 作者, 学者, is in most windows)
    reporter = "记者" in window or "記者" in window
    spans = [m.span() for m in _BYLINE_TAG.finditer(window)] if reporter else []
    at = window.find("【")
    while at >= 0:
        if (
            (at == 0 or window[at - 1] == "\n")
            and (m := _SECTION_TAG.match(window, at))
            and not _VERB_IN_BRACKETS.match(window, at)
        ):
            spans.append(m.span())
        at = window.find("【", at + 1)
    if "》" in window:  # (《公司动向》某公司总裁甲辞任: a financial site's column, opening its headline)
        spans += [m.span() for m in _line_matches(_COLUMN_TAG, _COLUMN_TAG_BELOW, window)]
    return spans


def pinyin_glosses(window: str) -> list[tuple[int, int]]:
    """The spans of pinyin glosses in ``window``: tried only at its brackets, found by str.find
    (a regex scan of the whole window for toned vowels costs a quarter of extraction)."""
    spans = []
    for opener in "(（":
        at = window.find(opener)
        while at >= 0:
            if window[at + 1 : at + 2] in _GLOSS_FIRST and (m := _PINYIN_GLOSS.match(window, at)):
                spans.append(m.span())
            at = window.find(opener, at + 1)
    return sorted(spans)


def _cell_gaps(text: str) -> list[int]:
    """Where table cells separated by a tab or a wide gap get a '|', so a name never fuses with
    its post: the gap's last character, so offsets stay one-to-one. A name that opens a line and
    a single full-width space after it (张三　某局副局长) is such a gap too, and so is a plain one in a
    row of a table pasted as text (任命：⏎张三 某局副局长)."""
    gaps = [m.end() - 1 for m in _NAME_CELL.finditer(text)] if "\u3000" in text else []
    gaps += _post_first_rows(text) if "\u3000" in text else []
    gaps += names_line_gaps(text) + (_name_rows(text) if " " in text else [])
    spaced: set[int] = set()  # the spaces inside letter-spaced column names (姓　　名): no gaps
    if "姓名" in text or _SPACED_NAME_HEAD.search(text):
        gaps += _rows_under_header(text, spaced)
    if "姓名," in text or "姓名，" in text:
        gaps += _comma_separated_rows(text)
    if "\t" not in text and "  " not in text and "\u3000\u3000" not in text:
        return sorted(g for g in set(gaps) if not _gap_in_a_clause(text, g))
    for m in _GAP_RUN.finditer(text):
        a, b = m.span()
        # _CELL_GAP's lookarounds: a non-space character on either side of the run, no colon before
        # (nor an item's end: 甲为X；　　　乙为Y, two items of a list on one line, no cells)
        edges = a and b < len(text) and not text[a - 1].isspace() and not text[b].isspace()
        if not edges or text[a - 1] in ":：;；":
            continue
        if not _padded_name(text, a, b) and not _padded_in_a_clause(text, a, b) and a not in spaced:
            gaps += _tab_cells(text, a, b)
    return sorted(g for g in set(gaps) if not _gap_in_a_clause(text, g))


# A verb opening a line before the name it acts on, spaced apart from it (任命　甲　为…).
_VERB_OPENING_LINE: Final = re.compile(rf"[ \t\u3000]*{_ITEM_NUMBER_LEAD}(?:{_VERB_BEFORE_NAME}|任|免)$")
# …or opening a clause, after a letter's or a decision's lead (兹任命　甲　同志为…, 决定任命 甲 同志为…；
# 任命 乙 同志为…), when the name goes on with its clause (not a table's row: 决定任命　甲　某局局长).
_VERB_OPENING_CLAUSE: Final = re.compile(
    rf"(?:^|[;；,，:：。])[ \t\u3000]*(?:兹|现|特)?(?:决定)?(?:{_VERB_BEFORE_NAME}|任|免)$", re.M
)
_NAME_THEN_ITS_CLAUSE: Final = re.compile(
    r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}[ \u3000]*(?:同志|为|的)"
)


# A move told from the post left (由某镇镇长调任某局局长), on one line.
_MOVED_FROM: Final = re.compile(rf"由[^\n|]{{2,60}}?(?:{_MOVES}|升任|提任|任)")


def _gap_in_a_clause(text: str, gap: int) -> bool:
    """Whether the space ending at ``gap`` pads a name inside a clause rather than parting cells:
    before the name's 同志 / 先生 / 女士 (陆明 同志任…), before a list's 为 / 的 after a name (任命　甲　为…,
    免去　乙　的…), or after the verb that opens the line (任命　甲…)."""
    if text.startswith(("同志", "先生", "女士"), gap + 1):
        return True
    start = gap
    while start > 0 and text[start - 1] in " \t\u3000\xa0":
        start -= 1
    if (
        text[gap + 1 : gap + 2] in ("为", "的")
        and is_han(text[gap + 2 : gap + 3])
        and is_han(text[start - 1 : start])
    ):
        return True
    if (
        text[gap + 1 : gap + 2] == "由"
        and is_han(text[start - 1 : start])
        and _MOVED_FROM.match(text, gap + 1)
    ):
        return True  # 1．甲  由某镇镇长调任某局局长: the name, then its move told from the post left
    # (spaces, not a tab: a table's 任\t甲 are cells)
    after_verb = "\t" not in text[start : gap + 1] and is_han(text[gap + 1 : gap + 2])
    line = text.rfind("\n", 0, start) + 1
    opening = after_verb and _VERB_OPENING_LINE.match(text, line, start) is not None
    if opening and gap == start:  # (one space: 任命　甲　某局局长 is a clause's name, not a row's cell)
        return True
    # (任命　　甲同志为…: a wider gap too, when the name goes on with its clause)
    clause = opening or (
        after_verb and gap == start and _VERB_OPENING_CLAUSE.search(text, line, start) is not None
    )
    if clause and _NAME_THEN_ITS_CLAUSE.match(text, gap + 1) is not None:
        return True
    return _spaced_out_name(text, start, gap + 1)


_WORD: Final = re.compile(r"[^ \t\u3000\xa0\n]+")


def _spaced_out_name(text: str, a: int, b: int) -> bool:
    """Whether the space [a, b) is inside a name of three characters spaced out to a cell's width
    (褚　建　平　为…, 褚　建　平　　某局局长): three Han characters standing alone, the same space
    between each, and no character alone beside them."""
    if a < 1 or b >= len(text) or not (is_han(text[a - 1]) and is_han(text[b])):
        return False
    if a >= 2 and is_han(text[a - 2]) and b + 1 < len(text) and is_han(text[b + 1]):
        return False  # (a word on each side: no character stands alone there)
    line_start = text.rfind("\n", 0, a) + 1
    line_end = len(text) if (end := text.find("\n", b)) < 0 else end
    words = [m.span() for m in _WORD.finditer(text, line_start, line_end)]
    k = next((i for i, (_, e) in enumerate(words) if e == a), -1)
    if k < 0 or k + 1 >= len(words):
        return False
    for j in (k - 1, k):
        if j < 0 or j + 2 >= len(words):
            continue
        three = words[j : j + 3]
        spaces = {text[e:s] for (_, e), (s, _) in zip(three[:-1], three[1:], strict=True)}
        alone = all(e - s == 1 and is_han(text[s]) for s, e in three)
        before = j == 0 or words[j - 1][1] - words[j - 1][0] > 1
        after = j + 3 == len(words) or words[j + 3][1] - words[j + 3][0] > 1
        if alone and len(spaces) == 1 and before and after:
            return True
    return False


def _tab_cells(text: str, a: int, b: int) -> list[int]:
    """The '|' marks of the gap ``text[a:b]``: its last character, or each of its tabs when it is
    tabs alone (甲\t\t某局副局长: a table's empty cell between them, kept as one)."""
    if b - a > 1 and text.count("\t", a, b) == b - a:
        return list(range(a, b))
    return [b - 1]


def _post_first_rows(text: str) -> list[int]:
    """The full-width spaces of each line that prints a post, then its holders' names, a space
    before each (某县人民政府县长　杨文辉 / 副县长　张建国　李红梅): a result table's rows as text."""
    gaps: list[int] = []
    for m in _POST_FIRST_ROW.finditer(text):
        post = m.group("post")
        if post[-1] in _TITLE_END and (post[-1] != "任" or post.endswith("主任")):  # (聘任 is no post)
            gaps += [m.start() + g.end() - 1 for g in re.finditer("\u3000+", m.group()) if g.start() > 0]
    return gaps


def _rows_under_header(text: str, spaced: set[int]) -> list[int]:
    """The spaces of a table pasted as text, one space a cell (序号 姓名 任命职务 免去职务⏎1 张三 某局局长
    某局副局长): in the header, a line of column names only, and in each line below it that splits
    into two cells or more, up to as many as the header has. Adds to ``spaced`` where each wider
    space inside a name (姓　　名, 沈　　杰) starts: none of them is a gap."""
    gaps: list[int] = []
    lines = text.split("\n")
    at, columns = 0, 0
    for line in lines:
        words = _SPACES.split(line.strip(" \u3000"))
        inside = _padded_pairs(words)  # (2 沈　杰 某法院审判员: a name padded to the width of three)
        if len(words) >= 2 and (named := _column_names(words, line)) is not None:
            columns, inside = len(words) - len(named), named  # a header: the rows follow
        elif columns and len(words) == 1 and _WRAPPED_TAIL.fullmatch(words[0]):
            pass  # (某局党组⏎ 书记、局长: a cell's wrapped tail, and the rows go on below it)
        elif not columns or not 2 <= len(words) - len(inside) <= columns or words[-1].endswith(_COLONS):
            columns = 0  # (免　去：, a list's next heading, is no row)
        if columns:
            lead = len(line) - len(line.lstrip(" \u3000"))
            spaces = list(_SPACES.finditer(line.rstrip(" \u3000"), lead))
            gaps += [at + m.end() - 1 for i, m in enumerate(spaces) if i not in inside]
            spaced.update(at + m.start() for i, m in enumerate(spaces) if i in inside and len(m[0]) > 1)
        at += len(line) + 1
    return gaps


_COLONS: Final = (":", "：")


def _comma_separated_rows(text: str) -> list[int]:
    """The commas of a table saved as comma-separated lines (序号,姓名,任免,职务,备注⏎1,甲,任,某局副局长,):
    a header line naming its columns, and each line below it with as many commas: each comma a gap."""
    gaps: list[int] = []
    at, commas, comma = 0, 0, ","
    for line in text.split("\n"):
        if not commas:
            comma = "," if "姓名," in line else "，"
            names = line.strip(" \u3000").split(comma)
            if len(names) >= 3 and "姓名" in names and all(len(name) <= 6 for name in names):
                commas = line.count(comma)  # a header: the rows follow, its commas gaps too
                gaps += [at + i for i, char in enumerate(line) if char == comma]
            at += len(line) + 1
            continue
        if line.count(comma) != commas:
            commas = 0  # (the table ended)
        else:
            gaps += [at + i for i, char in enumerate(line) if char == comma]
        at += len(line) + 1
    return gaps


# A header's 姓名 letter-spaced (姓　名, 姓  名).
_SPACED_NAME_HEAD: Final = re.compile("姓[ \u3000]+名")


def _column_names(words: list[str], line: str) -> set[int] | None:
    """The spaces inside the names of a header's columns, letter-spaced or not (序号　姓　名　任　　职
    免　　职): by index, space i following word i; None unless the words are column names only, and
    (when spaced) the spaces between them are the wider ones (姓 名 免 去 职 务, evenly spaced, is
    one heading)."""
    if all(to_key(word) in _COLUMN_NAMES for word in words):
        return set()
    inside: set[int] = set()
    i = 0
    while i < len(words):
        fitting = (n for n in (4, 3, 2, 1) if i + n <= len(words))
        n = next((n for n in fitting if to_key("".join(words[i : i + n])) in _COLUMN_NAMES), 0)
        if not n:
            return None
        inside.update(range(i, i + n - 1))
        i += n
    widths = [len(gap) for gap in _SPACES.findall(line.strip(" \u3000"))]
    between = [w for i, w in enumerate(widths) if i not in inside]
    if not between:
        return None
    whole = sum(len(word) > 1 and to_key(word) in _COLUMN_NAMES for word in words)
    if max(w for i, w in enumerate(widths) if i in inside) >= max(between) and whole < 2:
        # (no wider gap between the names than inside them: no columns to tell, unless names
        # printed whole stand among them: 序号　姓名　任　职　免　职　备注)
        return None
    return inside


def _padded_pairs(words: list[str]) -> set[int]:
    """The spaces (by index, space i following word i) between two Han characters standing alone
    side by side in a row of cells: the halves of a padded name (沈　杰)."""
    inside: set[int] = set()
    i = 0
    while i + 1 < len(words):
        pair = words[i] + words[i + 1]
        if len(pair) == 2 and is_han(pair[0]) and is_han(pair[1]) and not _CELL_WORDS.intersection(pair):
            inside.add(i)
            i += 2
        else:
            i += 1
    return inside


def _name_rows(text: str) -> list[int]:
    """The space of each _NAME_ROW line whose line above ends a clause (任命：) or is a row too."""
    gaps: list[int] = []
    for m in _line_matches(_NAME_ROW, _NAME_ROW_BELOW, text):
        if m.start() == 0:
            continue  # (no line above)
        above_start = text.rfind("\n", 0, m.start() - 1) + 1
        row_above = bool(gaps) and gaps[-1] >= above_start
        above = text[above_start : m.start() - 1].strip()
        heading = above.endswith(_ROSTER_HEADING_ENDS) or _LIST_VERB_LINE.match(above) is not None
        if row_above or heading or above.endswith(_ROW_ABOVE_ENDS):
            gaps.append(m.end() - 1)
    return gaps


def names_line_gaps(text: str) -> list[int]:
    """The last character of each space between the names of a line of names only (王德成　司马静
    朱晓东): each is a cell's edge, as a '、' would be. Characters standing alone pair up as the
    halves of a padded name (王　涛); a line with no name unpadded, or with a half left over, is
    no line of names (批 示 摘 錄 is a word spaced out), nor is one of fewer than three names."""
    gaps = []
    for line in _line_matches(_NAMES_LINE, _NAMES_LINE_BELOW, text):
        body = line.group().rstrip(" \t\u3000")
        lead = len(body) - len(body.lstrip(" \t\u3000"))
        if line.group("head"):  # (the names after a title's colon)
            lead = line.end("head") - line.start()
        spaces = list(_SPACES.finditer(body, lead))
        words = _SPACES.split(body[lead:])
        if all(len(word) == 1 for word in words):
            continue
        inside = _padding(words)
        if inside is not None and len(words) - len(inside) >= 3:  # (总 理  温家宝: a signature)
            gaps += [line.start() + g.end() - 1 for i, g in enumerate(spaces) if i not in inside]
    return gaps


def _padding(words: list[str]) -> set[int] | None:
    """The spaces (by index, space i following word i) inside padded names, or None if a
    character alone is left without a partner."""
    inside: set[int] = set()
    i = 0
    while i < len(words):
        if len(words[i]) > 1:
            i += 1
        elif i + 1 < len(words) and len(words[i + 1]) == 1:
            inside.add(i)
            i += 2
        else:
            return None
    return inside


def _padded_name(text: str, a: int, b: int) -> bool:
    """Whether the gap [a, b) pads a two-character name to the width of three (禹  婷, 利　娜): one
    character alone on each side of it, each a Han character."""
    return (
        is_han(text[a - 1])
        and is_han(text[b])
        and _cell_edge(text[max(0, a - 3) : a - 1][::-1])
        and _cell_edge(text[b + 1 : b + 3])
        and text[a - 1] not in _CELL_WORDS
        and text[b] not in _CELL_WORDS
    )


# A padded name inside a clause: after its verb (任命王  伟为…, 免去刘  芳的…, 聘任李  蕾为…), or
# opening its line after an indent or an item's number (　　王  伟同志任…, 2.杨  帆为…), and before
# 为 / 的 / 同志 / a list's mark; after a removal's verb, before the post itself (免去孙  丽某局局长职务).
_CLAUSE_AFTER_NAME: Final = ("为", "的", "同志", "先生", "女士", "任", "兼", "、", "，", ",", "（", "(")
_MARKS_BEFORE_NAME: Final = frozenset("、，,：:")
_NAME_SLOT_LEAD: Final = re.compile(
    r"[ \t\u3000\xa0]*(?:(?:[一二三四五六七八九十\d]{1,3}[、.．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|[\u2460-\u2473]|[·•●])[ \t\u3000]?)?"
)
_VERB_BEFORE_PADDED: Final = re.compile(rf"(?:{_VERB_BEFORE_NAME}|聘|派|由|撤销)$")
_REMOVAL_BEFORE_PADDED: Final = ("免去", "解聘", "撤销")


def _padded_in_a_clause(text: str, a: int, b: int) -> bool:
    """Whether the gap [a, b) pads a two-character name standing in a clause's name slot (任命王  伟为…):
    one Han character on each side of it, the clause's verb, a list's mark or the line's start
    (after an indent, an item's number) before, 为 / 的 / 同志 after."""
    if a < 1 or not (is_han(text[a - 1]) and is_han(text[b])):
        return False
    # the line before the surname (决定任命 王  刚 同志为…: the verb, a space, then the padded name)
    before = text[text.rfind("\n", 0, a - 1) + 1 : a - 1].rstrip(" \u3000")
    after = b + 1  # (the name's column may be padded after it too: 王　　伟　为…)
    while text[after : after + 1] in (" ", "\u3000"):
        after += 1
    named = text.startswith(_CLAUSE_AFTER_NAME, after)
    if before[-1:] in _MARKS_BEFORE_NAME or _NAME_SLOT_LEAD.fullmatch(before):
        return named
    if _VERB_BEFORE_PADDED.search(before) is None:
        return False
    return named or (before.endswith(_REMOVAL_BEFORE_PADDED) and is_han(text[b + 1 : b + 2]))


def _cell_edge(beside: str) -> bool:
    """Whether the (up to two) characters beside a character, nearest first, end its cell: nothing,
    a line break, a '|', a bracket, a colon (书  记：甲, 主任：王  伟), or spaces not followed by a
    character (姓　名 is a word spaced out letter by letter, not a name)."""
    if not beside or beside[0] in "\n\t|(（:：":
        return True  # (a tab parts cells: 3⏎程  鹏⏎⏎某局副局长, a row pasted from a table)
    return beside[0] in " \u3000\t" and (len(beside) == 1 or beside[1] in " \u3000\t\n|")


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a (common) Han character; False for '' and for marks."""
    return "\u4e00" <= ch <= "\u9fff"


def _page_numbers(window: str) -> list[tuple[int, int]]:
    """The spans of page numbers and running heads (— 14 —, 第 1 页 共 2 页, 某某公报 2023年第6期),
    each one whole line, with the patterns tried only at the start of lines that hold one of
    their marks (a dash, 页, 公报)."""
    if not _holds_any(window, _PAGE_MARKS):
        return []
    spans, tried = [], -1
    for m in _PAGE_MARK.finditer(window):
        at = window.rfind("\n", 0, m.start()) + 1
        if at != tried:
            tried = at
            if page := _PAGE_NUMBER.match(window, at) or _PAGE_LINE.match(window, at):
                spans.append(page.span())
    return spans


# Pictographs a post on social media sets before its lines' words (🔹, ✅, 📌): no part of a name
# or a post. (★ and ☆ stay: a roundup's bullets; so does a line of pictographs alone, 👇👇👇, which
# ends the item above it.)
# (the class, then more of it: a pattern that opens with a class, not a repeat of one, lets the
# engine skip ahead to its characters)
_PICTOGRAPHS: Final = "\U0001f300-\U0001faff\u2600-\u2604\u2607-\u27bf"  # (a class's ranges)
_PICTOGRAPH: Final = re.compile(f"[{_PICTOGRAPHS}][{_PICTOGRAPHS}]*(?=[ \t\u3000]*[\u4e00-\u9fff])")
# What a window holds if any scan for a string of Latin letters (a site's injected strings, a
# forum's jammers, post-nominal letters) or for pictographs may find one: a window of Han alone, as
# most are, is passed by at one scan of a class rather than four scans (a quarter of the cost).
_LATIN_OR_PICTOGRAPH: Final = re.compile(f"[A-Za-z{_PICTOGRAPHS}]")


# Post-nominal letters a Hong Kong release prints after a name and its honorific (甲先生, GBS, JP;
# 乙女士，MH; 丙教授, JP): no part of a name, and the comma before them no separator of a list.
_POST_NOMINAL: Final = re.compile(
    r"[,，][ \u3000]?(?:G[BS]M|[GSB]BS|MH|JP|SC|ISO|[A-Z][A-Za-z]{0,3}[DM]SM|[MOC]BE|KC|QC)(?![A-Za-z])"
)
# (after the honorific only: 主席，JP摩根 is a bank's name, 经理，ISO内审员 a description)
POST_NOMINALS: Final = re.compile(rf"(?<=[生士授师師])(?:[ \u3000]?{_POST_NOMINAL.pattern})+")


# A hyphen a PDF set where a line broke a word (副局-⏎长): no character of it.
_LINE_END_HYPHEN: Final = re.compile(r"(?<=[\u4e00-\u9fff])-(?=\n[ \t\u3000]*[\u4e00-\u9fff])")


# A page's running head without its number (某某市人民政府文件, 某某人民政府公报), a line of its own.
_BARE_HEAD_LINE: Final = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{2,24}(?:文件|[公政][报報])[ \t\u3000]*$", re.M
)
_BARE_HEAD_LINE_BELOW: Final = _below_a_break(_BARE_HEAD_LINE)


def _heads_inside_a_sentence(window: str) -> list[tuple[int, int]]:
    """The spans of running heads printed where a page broke a sentence (任命甲为某局⏎某市人民政府文件⏎
    副局长): the line above ends with no stop, and a line follows. (A masthead over a notice, after a
    stop or at the top, stays.)"""
    if "文件" not in window and not any(head in window for head in ("公报", "公報", "政报", "政報")):
        return []
    spans = []
    for m in _line_matches(_BARE_HEAD_LINE, _BARE_HEAD_LINE_BELOW, window):
        last = m.start() - 2  # (the last character of the line above, its trailing spaces passed by)
        while last >= 0 and window[last] in " \t\u3000":
            last -= 1
        if (
            last >= 0
            and window[last] not in TERMINATORS
            and window[last] != "\n"
            and m.end() < len(window) - 1
        ):
            spans.append(m.span())
    return spans


# A line "POST：NAMES" (某院检察员：张三、李四) of an election's results or a list under one verb.
_POST_NAMES_LINE: Final = re.compile(
    r"^[\u4e00-\u9fff]{1,30}[长员任记席官师理][:：] ?[\u4e00-\u9fff·]{2,9}(?:\([男女兼]\))?"
    r"(?:(?:、| +)[\u4e00-\u9fff·]{2,9}(?:\([男女兼]\))?)*$"  # (names apart by spaces: 甲  乙  丙)
)


def _starts_profile(line: str) -> bool:
    """A line opening a 任前公示 profile (张三，男，…); its sex stands within the first 8 characters."""
    head = line[:8]
    return ("男" in head or "女" in head) and _PROFILE_LINE.match(line) is not None


def _stands_as_list(line: str) -> bool:
    """A line of names (张三、李四) or of a post and its names (某院检察员：张三、李四)."""
    if "、" in line and _NAME_LIST_LINE.match(line):
        # (a list of titles, 市委书记、常委、委员职务, wrapped onto its own line, is no names)
        return not any(
            item[-1] in _TITLE_ITEM_ENDS or item[-1] in _VERB_FIRST_CHARS or item.endswith(_TITLE_ITEMS)
            for item in re.split("[、,]", line.rstrip("。."))
        )
    if not (":" in line or "：" in line) or _POST_NAMES_LINE.match(line) is None:
        return False
    # (…组成人员：任命甲为⏎某委员会主任: the colon opens a clause, wrapped after its 为)
    after = line[max(line.rfind(":"), line.rfind("：")) + 1 :].lstrip()
    return not (after.startswith(_LIST_VERBS) or after.endswith("为"))


def _kept_breaks(lines: list[str]) -> list[bool]:
    """For each line after the first: is the break before it real (not PDF layout)?"""
    starts = list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))
    joined = "\n".join(lines)
    # a date line or a 文号 line stands alone: the breaks before and after it stay
    whole = _standalone_lines(lines, joined, starts)
    whole += [bisect_right(starts, at) - 1 for at, _ in wordy_day_lines(joined)]  # (Apr. 9, 2024)
    whole += _rule_lines(lines, joined)
    whole += _breadcrumb_lines(lines) if ">" in joined else []
    # a line that starts a clause, a row or a title: the break before it stays
    item = _lines_matching(_STARTS_ITEM, joined, starts, _item_candidates(lines, joined, starts))
    # (…于2024年⏎5月8日，…: a date wrapped after its year goes on)
    item += _dated_items(lines) if "月" in joined else []
    item += _below_section_headings(lines)
    item = [i for i in item if not (i and lines[i - 1][-1] in _YEAR_END and _DAY_OPENING.match(lines[i]))]
    return breaks_kept_by(lines, whole, item)


# A section's numbered heading that names what the section tells (一、原董事长离任情况, （二）基本情况):
# the line below opens the section's first sentence, whatever the heading ends with.
_SECTION_HEADING_LINE: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])"
    # (or a class of units a list's rows are grouped by: 二、临床科室, （一）区政府工作部门)
    r"[\u4e00-\u9fff]{0,14}(?:情况|概况|说明|事项|简介|简历|原因|安排|科室|部门|单位|机构)"
)
_SECTION_HEADING_ENDS: Final = (
    "情况",
    "概况",
    "说明",
    "事项",
    "简介",
    "简历",
    "原因",
    "安排",
    "科室",
    "部门",
    "单位",
    "机构",
)
_SECTION_HEADING_LAST: Final = frozenset(word[-1] for word in _SECTION_HEADING_ENDS)  # (asked first)


def _below_section_headings(lines: list[str]) -> list[int]:
    """The lines (by index) just below a section's numbered heading (一、原董事长离任情况⏎甲因…)."""
    return [
        i
        for i in range(1, len(lines))
        if lines[i - 1][-1] in _SECTION_HEADING_LAST
        and lines[i - 1].endswith(_SECTION_HEADING_ENDS)
        and "因" not in lines[i - 1]  # (二、张伟因工作安排⏎不再担任…: a reason, wrapped before its verb)
        and _SECTION_HEADING_LINE.fullmatch(lines[i - 1])
    ]


# A roundup's item opened by its day (11月2日　甲任某委副主任), under its heading or another such item.
_DAY_ITEM: Final = re.compile(_DAY_OPENING.pattern + r"(?![,\d])(?=.*(?:任|免|辞|当选|选举))")


def _dated_items(lines: list[str]) -> list[int]:
    """The lines (by index) that open an item of a list by its day, below the list's colon or
    another such item: each starts its own item, whatever the line above ends with."""
    return [
        i
        for i in range(1, len(lines))
        if lines[i][:1].isdigit()  # (asked first: most lines open with no digit)
        and _DAY_ITEM.match(lines[i])
        and (lines[i - 1][-1] == ":" or _DAY_ITEM.match(lines[i - 1]))
    ]


def breaks_kept_by(lines: list[str], whole: list[int], item: list[int]) -> list[bool]:
    """For each line after the first, whether the break before it stays, given the lines that
    stand alone (``whole``) and those that start an item (``item``), and the rules of a line."""
    settled = [_settled_break(line, nxt) for line, nxt in zip(lines, lines[1:], strict=False)]
    for i in _signatures_above_dates(lines, whole):
        settled[i] = True  # (a signature never runs on from the line above, whatever it ends with)
    # The rules of a line are asked only about the breaks the two lines beside them leave open:
    # most lines of prose end a sentence, and their breaks stay whatever the rules say.
    open_ = {i for i, kept in enumerate(settled) if kept is None}
    by_match = _breaks_named(lines, whole, item, open_) if open_ else set()
    return [i in by_match if kept is None else kept for i, kept in enumerate(settled)]


# A line that names the issuing body alone (某县人大常委会, 某市人民政府), as a signature prints it.
_BODY_ALONE: Final = re.compile(
    r"(?:中共)?[\u4e00-\u9fff]{2,24}?(?:人民代表大会常务委员会|人大常委会|常务委员会|人民政府|委员会|人民法院"
    r"|人民检察院|组织部|董事会|党委|[省市县区州旗盟]委)"  # (中共某县委: a place's party committee)
)


_SIGNATURE_LONGEST: Final = 26  # (a body's name as a signature prints it, alone on its line)


def _names_its_body_alone(line: str) -> bool:
    """Whether ``line`` names an issuing body and nothing else, as a signature does (某县人大常委会)."""
    return len(line) <= _SIGNATURE_LONGEST and _BODY_ALONE.fullmatch(line) is not None


def _signatures_above_dates(lines: list[str], whole: list[int]) -> list[int]:
    """The breaks before each line that names the issuing body alone right above a date line (⏎某县
    人大常委会⏎2024年4月26日): a signature stands on its own line, not run on from the list's last
    item (乙为某局局长⏎某县人大常委会)."""
    # (the break after line i is the i-th: the one above the signature is the date line's less two)
    return [i - 2 for i in whole if i >= 2 and _names_its_body_alone(lines[i - 1])]


_VERB_HEAD_LONGEST: Final = 8  # (二、免去：, 提请任命：)
# A heading over the holders of a post that opens a list's line (任命为某院检察员的有：names, 免去某院
# 检察员职务的有：names).
_HOLDERS_HEADING_OPENINGS: Final = ("任命", "免去", "聘任")
_HOLDERS_HEADING: Final = re.compile(r"(?:任命为?|免去|聘任为?)[^:,。]{2,40}?的有:")
_GAZETTE_HEADINGS: Final = frozenset({"辞职", "委任", "终止委任", "再度委任"})


# A line of a title, a colon and the names that hold it (独立董事:甲、乙), as a key prints it.
_TITLE_THEN_NAMES = re.compile(r"(?:\d{1,2}[、.])?[\u4e00-\u9fff]{2,14}:[\u4e00-\u9fff·、]{2,80}")


def _titled_names(line: str) -> bool:
    """Whether ``line`` is a title and its holders (总经理:甲, 副总经理:乙、丙)."""
    colon = line.find(":")
    if colon <= 1 or (line[colon - 1] not in _TITLE_END and line[colon - 1] not in _MORE_TITLE_ENDS):
        return False
    return _TITLE_THEN_NAMES.fullmatch(line) is not None


# Titles a company's rows print besides a post's usual ends (董事会秘书, 证券事务代表, 顾问, 负责人).
_MORE_TITLE_ENDS = frozenset("书表问人")


# The labels of a page's contact lines (电话：, 地址：), which no sentence runs on into.
_CONTACT_LABELS: Final = ("电话:", "電話:", "传真:", "傳真:", "地址:", "邮编:", "郵編:", "邮箱:", "郵箱:")


def _settled_break(line: str, below: str) -> bool | None:
    """Whether the break between ``line`` and the line below stays, by the two lines alone; None
    when it stays only if a rule of a line names it (see ``_breaks_named``)."""
    if below[0] in _OPENS_NO_LINE:
        return False  # (…的决定⏎》。: a closing mark goes on the line above)
    if below.startswith("姓名:"):
        return True  # (人事任免信息⏎姓名：甲⏎任免类别：任命: a record's first field opens its own line)
    if below.startswith(_CONTACT_LABELS):
        return True  # (…当选为某公司职工监事⏎⏎电话：021-…: a page's contact lines under its last sentence)
    if line in _GAZETTE_HEADINGS:
        return True  # (辞职⏎某局委员甲的辞职已获接纳: a Hong Kong gazette notice's heading stands alone)
    if below[-1] == ":" and len(below) <= _VERB_HEAD_LONGEST and _LIST_VERB_LINE.match(below):
        return True  # 任命：⏎…⏎甲⏎免去：: a list's next verb opens its own line, whatever ends the one above
    if below.startswith(_HOLDERS_HEADING_OPENINGS) and _HOLDERS_HEADING.match(below):
        return True  # …的有：甲⏎免去某法院审判员职务的有：乙: the next post's heading opens its own line
    if below.count("|") >= 2 and "|" not in line and line[-1] in _TITLE_END:
        return True  # (a row of cells opens its own line after a cell's wrapped tail: 书记、局长)
    if below.count("|") >= 2 and "|" not in line and "姓名" in below.split("|"):
        return True  # (…有效票：43张⏎职务|姓名|得票数|当选情况: a table's header opens its own line)
    if "|" in below and "|" not in line and line[-1] in _TITLE_END and _a_name_row(below):
        return True  # (…委员、检察员⏎乙|某院第二检察部: a name's row after a post's wrapped tail)
    if line[-1] in _TITLE_END and _NAME_COMMA_ROW.fullmatch(below) and _NAME_COMMA_ROW.fullmatch(line):
        return True  # (甲，某局局长⏎乙，某局局长: rows of a name, a comma and a post, no stop printed)
    if ":" in line and (_titled_names(below) or below[-1] == "。") and _titled_names(line):
        return True  # (非独立董事：甲、乙⏎独立董事：丙、丁⏎上述人员任期三年。: a title and its holders a row)
    if (
        line[-1] in TERMINATORS
        and (line[-1] != "." or not _code_cut(line, below))
        # a line ending with a quoted title (审议通过《关于聘任…的议案》) heads its item; 委任——
        # introduces the list below
        or line[-1] in "》—"
        or ("|" in line and not _cell_goes_on(line, below))
    ):
        return True
    if "|" in line or not _runs_on(line, below):  # (…陈南梁、舒⏎慧生同志的…: one list)
        return None
    return False


def _breaks_named(lines: list[str], whole: list[int], item: list[int], wanted: set[int]) -> set[int]:
    """The breaks (named by the line before them) that the matches and the rules of a line keep,
    among ``wanted`` (others may be named too): a rule is tried only at the lines whose breaks
    it could name, the break before a line and the one after it."""
    by_match = {
        *(_bracket_closed_by(lines, i) for i in whole),
        *(i - 1 for i in whole),
        *(i - 1 for i in item),
    }
    wanted = wanted - by_match  # (a break a match keeps, a date's or a 文号's, no rule can undo)
    if not wanted:
        return by_match
    near = sorted(wanted | {i + 1 for i in wanted})  # the lines whose rules may name a wanted break
    text = "\n".join(lines)  # (for the rare marks, sought once a window rather than a line)
    opens = _RoundupOpeners(lines, any(verb in text for verb in _MOVE_VERBS))
    by_match.update(
        i
        for i in wanted
        # (a line ending with a title is a roundup's item or heading, unless it runs on from a
        # clause: …，某市委常委、秘书长⏎甲调任… is one sentence wrapped)
        if (lines[i][-1] in _TITLE_END and opens.plain(i + 1) and _no_clause_runs_on(lines[i]))
        or _starts_profile(lines[i + 1])
        or (_ROUNDUP_HEADING.fullmatch(lines[i]) and opens.plain(i + 1))
        or _numbers_a_place(lines, i)
        or _CLOSING_LINE.fullmatch(lines[i + 1])  # …⏎甲为某乡人大主席⏎特此公告: the notice's closing
        or _PUBLIC_NOTICE_CLOSING.match(lines[i + 1])  # …拟任某局局长⏎公示期间，…: a 任前公示's closing
    )
    # (a roundup's rule names the break after its line and the one after that)
    by_match.update(_roundup_breaks(lines, opens.either, sorted(wanted | {i - 1 for i in wanted if i})))
    if any(bullet in text for bullet in INLINE_BULLETS):
        by_match.update(i - 1 for i in near if i and _HEADED_BULLET.match(lines[i]))
    for i in near:
        line = lines[i]
        if len(line) <= 240 and _stands_as_list(line):  # (副主席：24 names)
            by_match.update((i - 1, i))
        elif _heads_lines_below(line):
            by_match.add(i)
            if len(line) <= 10 and _LIST_VERB_LINE.match(line):
                by_match.add(i - 1)  # a list's verb alone ((二)免去) opens its line too
        elif line[-1] == ")" and BRACKETED_ITEM.fullmatch(line):
            by_match.update((i - 1, i))  # 分别为：⏎甲（某局局长政治助理）⏎乙（…）: an item a line
        elif i and _BODY_COLON_ROW.match(line):
            by_match.update((i - 1, i))  # 县委办公室：副主任 甲、乙⏎某局：副局长 丙: a unit's row, a line
        elif _heads_a_group(lines, i):
            by_match.update((i - 1, i))  # 任命：⏎…⏎某市中级人民法院：⏎甲为…: a group of the list, by its body
        elif len(line) <= _MONTH_HEADING_LONGEST and _MONTH_HEADING.match(line) and _takes_up_below(lines, i):
            by_match.update((i - 1, i))  # a timeline's month stands alone (1月⏎时任…调任…)
        elif len(line) <= _YEAR_HEADING_LONGEST and _entry_below(lines, i) and YEAR_HEADING.fullmatch(line):
            by_match.add(i)  # 2023年大事记⏎1月5日　…任命…: a chronicle's year over its dated entries
    by_match.update(_names_one_a_line(lines))
    if ":" in text:  # (a list's heading ends with a colon)
        by_match.update(_pairs_one_a_line(lines))
    tried = sorted(wanted)  # (the rules below each name the break after the line they test)
    by_match.update(_last_items_of_runs(lines, tried))
    by_match.update(_before_a_mark_line(lines, tried))
    by_match.update(i - 1 for i in near if i and _post_heading(lines[i]))
    by_match.update(i for i, line in enumerate(lines) if _is_outlet_line(line))
    # (a notice's number, （第十二号）, stands alone under its title)
    numbers = [i for i, line in enumerate(lines) if line[-1] in "号)" and _NOTICE_NUMBER_LINE.fullmatch(line)]
    by_match.update(j for i in numbers for j in (i - 1, i))
    if "记者" in text:  # (a byline's word, sought once a window)
        by_match.update(j for i, line in enumerate(lines) if _is_byline(line) for j in (i - 1, i))
    return by_match


# A roundup's heading line over its items: a place alone, perhaps after a bullet (◆ 杭州市), or the
# item's number alone (01).
_ROUNDUP_HEADING: Final = re.compile(r"[◆●■▲◇□]?[\u4e00-\u9fff]{1,7}[省市县区州盟旗]")
# …or the item's number alone over such a place (01⏎湖州市: not a page's number inside a wrapped item).
_ROUNDUP_NUMBER: Final = re.compile(r"\d{1,2}")


def _numbers_a_place(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a roundup item's number alone over its place's heading (01⏎湖州市)."""
    return (
        i + 1 < len(lines)
        and _ROUNDUP_NUMBER.fullmatch(lines[i]) is not None
        and _ROUNDUP_HEADING.fullmatch(lines[i + 1]) is not None
    )


_CLOSING_LINE: Final = re.compile(rf"(?:{CLOSING})[。.]?")
# The paragraph that closes a notice of people proposed for posts (任前公示): when and where to object.
_PUBLIC_NOTICE_CLOSING: Final = re.compile(r"公示(?:期间|时间|期为|期限|期自)")


def _no_clause_runs_on(line: str) -> bool:
    """Whether ``line`` ends no sentence's clause that runs on into the line below: it holds no comma,
    or its last clause opens with a name and its verb (甲辞去某省省长职务，乙任代理省长: a headline of
    two acts, whole; not …，某市委常委、秘书长⏎甲调任…, a description wrapped)."""
    return "," not in line or _opens_roundup_item(line[line.rfind(",") + 1 :])


class _RoundupOpeners:
    """Which lines open a roundup's item, each line tried when first asked (most never are)."""

    __slots__ = ("_lines", "_moves", "_plain")

    def __init__(self, lines: list[str], moves: bool) -> None:
        self._lines = lines
        self._moves = moves  # the window holds a move's verb: a described move may open an item
        self._plain: dict[int, bool] = {}

    def plain(self, i: int) -> bool:
        """Whether line ``i`` opens with a name and its verb (or a timeline's 时任…)."""
        found = self._plain.get(i)
        if found is None:
            line = self._lines[i]
            nxt = self._lines[i + 1] if i + 1 < len(self._lines) else ""
            # (a short line or a timeline's tried with the start of the line below: its verb may be
            # cut, 跨省调⏎任…)
            found = self._plain[i] = _opens_roundup_item(
                line + nxt[:6] if len(line) < 16 or line.startswith("时任") else line
            )
        return found

    def either(self, i: int) -> bool:
        """``plain``, or (a described move opens an item only beside another: alone it may be a
        wrapped line) a line opening with a described person's move."""
        return self.plain(i) or self._moves and _described_move(self._lines[i])


def _heads_a_group(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a body's name heading a group of a list: with a colon (某市中级人民法院：),
    or alone over a row of a title and its names or a list's verb (某县人民检察院⏎检察员：甲); or a
    body's name signing the list at its end (over its date, if any)."""
    number = _GROUP_NUMBER.match(lines[i])  # (一、县财政局⏎甲同志任局长: a numbered group)
    line = lines[i][number.end() :] if number else lines[i]
    if not line:
        return False
    if line[-1] in ":：":
        return _BODY_HEADING_LINE.fullmatch(line) is not None
    if len(line) > _GROUP_HEADING_LONGEST or not line.endswith(_GROUP_BODY_ENDS):
        return False  # (a longer line is a sentence's part, wrapped: …决定⏎任命甲为…)
    if not _BODY_HEADING_LINE.fullmatch(line + ":"):
        return False
    if i + 1 == len(lines):
        return True  # …免去甲的X职务⏎某市人民政府: the issuer signing below the list
    below = lines[i + 1]
    if i + 2 == len(lines) and DATE_LINE.match(below):
        return True  # …⏎某市人民政府⏎2024年3月4日: the issuer over the signing date, last
    # (inside a list: after its verb's line or another group's row, or an item that ends with its
    # 职务 (免去：⏎甲的某法院审判员职务⏎某检察院⏎任命：), not after a story's prose)
    above = lines[i - 1] if i else ""
    if not above or not (_list_row(above) or _item_row(above) or above.endswith("职务")):
        return False
    return _list_row(below) or _item_row(below)  # (三、任命⏎某县人民法院⏎甲为副院长；)


def _item_row(line: str) -> bool:
    """Whether a line is a list's item or verb alone: 三、任命, 甲为…, 乙的…职务 (a name, then 为 or 的)."""
    return _LIST_VERB_LINE.match(line) is not None or _ITEM_ROW.match(line) is not None


def _list_row(line: str) -> bool:
    """Whether a line is a list's verb or row: 任命：, 任命甲为…, 免去乙的…, 审判员：甲、乙."""
    return line.startswith(_LIST_VERBS) or line.find(":", 0, 12) > 0 or line.find("：", 0, 12) > 0


# How the items of a list open: a bullet, or a list's verb (任命甲为…⏎免去乙的…职务).
_ITEM_VERBS: Final = ("任命", "免去", "聘任", "解聘", "免职")
# What opens a line that goes on with a post's item above it (…局长⏎职务, …局长⏎、副局长, …⏎（挂职一年）,
# and a body's name cut before its last character: …街道办事⏎处主任职务)…
_GOES_ON_WITH_POST: Final = frozenset("职的兼、,及和与并为(（") | frozenset(
    "处局室部科所院会厅委办站队庭司署馆团组"
)
# …and the words that go on with its title (…副主任⏎委员, …副市长⏎助理职务).
_TITLE_GOES_ON: Final = ("委员", "助理", "秘书", "书记", "成员", "主任", "理事", "常委")


# What a line that goes on with the line above may open with, besides Han characters, letters and
# digits: brackets, quotes and stops.
_GOES_ON_MARKS: Final = frozenset("(（[［【《〔「『“‘\"'、,，;；.。:：!！?？)）]］】》〕」』”’·…-—～~")


# A line that is only an outlet's name or a page's heading over a headline (南方+, 澎湃新闻,
# 央视新闻客户端, 明報新聞網, 人事调整): no post goes on from it (南方+⏎广州市委书记甲到任).
_OUTLET_LINE: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{1,8}(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|早报|早報|在线|在線|融媒|(?<!电)网|網)"
    r"(?:客户端|客戶端|APP|app)?|[\u4e00-\u9fff]{1,6}\+|人事(?:调整|調整|动态|動態|速递|观察|觀察)?)$"
)
_OUTLET_LONGEST: Final = 12
# The last characters of the lines _OUTLET_LINE matches (闻 of 新闻, 端 of 客户端, + of 南方+, 整 of
# 人事调整 …), or a final line break ($ matches before it): a line ending otherwise is tried no further
# (most lines of a window).
_OUTLET_LAST: Final = frozenset("闻聞报報线線媒网網端Pp+事整态態递察\n")
# A 公告's number on a line of its own: (第十二号), 第3号.
_NOTICE_NUMBER_LINE: Final = re.compile(r"\(?第[一二三四五六七八九十百零〇\d]{1,6}号\)?")


def _is_outlet_line(line: str) -> bool:
    """Whether ``line`` is only an outlet's name or a page's heading (澎湃新闻, 人事调整)."""
    return len(line) <= _OUTLET_LONGEST and line[-1:] in _OUTLET_LAST and _OUTLET_LINE.match(line) is not None


def _post_heading(line: str) -> bool:
    """A short line that is a post and its colon (县人民代表大会常务委员会副主任：): it heads the names
    on the lines below, and the names above it are another post's."""
    # (and a group's heading in a list of appointees: 艺术界别提名人士：, 其他人士：)
    if len(line) > _POST_HEADING_LONGEST or line[-1] != ":":
        return False
    return line[-2:-1] in _TITLE_END or line[-3:-1] == "人士"


_POST_HEADING_LONGEST: Final = 30


def _before_a_mark_line(lines: list[str], tried: Iterable[int]) -> list[int]:
    """The lines (among ``tried``, each but the last) ending with a title over a line of symbols or
    emoji (…党委书记⏎👇👇👇, ⏎▼): no word goes on there."""
    return [
        i
        for i in tried
        if lines[i][-1] in _TITLE_END
        and not (first := lines[i + 1][0]).isalnum()
        and first not in _GOES_ON_MARKS
        and first not in BULLETS
    ]


# A reporter's byline, a line of its own (记者陈斯颖／新竹报导, 【记者甲/某地报导】, 本报记者 甲 乙).
_BYLINE: Final = re.compile(
    r"[【\[(（]?(?:文[/／]|图[/／]|文图[/／])?(?:本报|本网)?(?:见习)?记者(?P<who>[\u4e00-\u9fff、]{2,16}?)"
    r"(?:[／/|｜][\u4e00-\u9fff]{2,8}?(?:报导|报道)?)?[】\])）]?"
)
# Characters of a report's lead, never of reporters' names (记者今天从某部获悉…).
_NOT_IN_BYLINE: Final = frozenset("从今昨获悉已任在向对的了据日月说称将于是")


def _is_byline(line: str) -> bool:
    """Whether a line is a reporter's byline and nothing else."""
    if "记者" not in line[:8] or len(line) > 30 or not (m := _BYLINE.fullmatch(line)):
        return False
    return _NOT_IN_BYLINE.isdisjoint(m["who"])


# A notice's item opening with its person (甲同志任…, 乙同志不再担任…).
_NAMED_ITEM: Final = re.compile(r"[\u4e00-\u9fff·]{2,6}?同志(?:任|兼任|不再担任|为)")


def _item_opener(line: str) -> str | None:
    """The bullet a line opens with, "verb" for a list's verb, "named" for a name and its verb
    (甲同志任…); None for any other line."""
    if line[0] in BULLETS:
        return line[0]
    if line.startswith(_ITEM_VERBS):
        return "verb"
    return "named" if _NAMED_ITEM.match(line) else None


def _last_items_of_runs(lines: list[str], tried: Iterable[int]) -> list[int]:
    """The lines that end a run of two or more items opened alike (◆甲任X⏎◆乙任Y, 任命…⏎免去…, 甲同志任…) with
    a post's title or 职务, over a line that does not go on with it: the item ends with its line
    (◆乙不再担任某局局长⏎下周继续关注。, 免去乙的某局副局长职务⏎审核｜王芳). Only the lines ``tried``
    (each but the last) are looked at."""
    return [
        i
        for i in tried
        if i
        and lines[i][-1] in _TITLE_END
        and lines[i + 1][0] not in _GOES_ON_WITH_POST
        and not lines[i + 1].startswith(_TITLE_GOES_ON)
        and (opener := _item_opener(lines[i])) is not None
        and _item_opener(lines[i - 1]) == opener
    ]


def _names_one_a_line(lines: list[str]) -> list[int]:
    """The lines of names standing one a line below a line ending with a colon (任命以下同志为某法院
    审判员：⏎张梅⏎刘洋: two or more), or below a post's line under a list's verb (任命：⏎某法院审判员⏎
    张梅: one or more, the post line's break kept too): each ends its item, as a 、 would end it."""
    out: list[int] = []
    for i, line in enumerate(lines[:-1]):
        roster = line[-1] == "单" and line[-2:-1] == "名"  # (附：⏎某法院人民陪审员名单⏎甲⏎乙: two or more)
        if line[-1] != ":" and not roster and not (line[-1] in _TITLE_END and _under_a_list_verb(lines, i)):
            continue
        run = list(takewhile(lambda j: _NAME_ALONE.fullmatch(lines[j]) is not None, range(i + 1, len(lines))))
        if roster:
            out += run if len(run) > 1 else []
            continue
        # (one name between two headings: 当选为某主任的是：⏎甲⏎当选为某副主任的有：⏎乙|丙)
        # (or over a sentence of its own: 当选为秘书长的是：⏎甲⏎大会还选举产生了…。, not 决定：⏎甲⏎任某局
        # 局长。, the name's own clause)
        below = lines[run[0] + 1] if run and run[0] + 1 < len(lines) else ""
        alone = len(run) == 1 and (
            not below or below[-1] == ":" or below[-1] == "。" and not below.startswith(_CLAUSE_OF_A_NAME)
        )
        if len(run) > 1 or run and (line[-1] != ":" or alone):
            out += [i, *run] if line[-1] != ":" else run
    return out


# An item a line that prints a post, then its holder's name (东区区公所区长陈明华, 某庭庭长　甲), or
# the post, a colon and its holders (某局局长：甲, 副总经理：乙、丙), a note in brackets after the name or not
# (（原任某局科长）, (试用期一年)); or a former post in brackets alone under such an item.
_ITEM_TITLE_ENDS: Final = "长记任员席理官监师书表委议事"  # (the last characters of the titles items end with)
_POST_THEN_NAME: Final = re.compile(
    rf"[{BULLETS}]?[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,30}}?[{_ITEM_TITLE_ENDS}](?::[\u4e00-\u9fff·]{{2,4}}(?:[、|][\u4e00-\u9fff·]{{2,4}})*"
    rf"|\|?[\u4e00-\u9fff·]{{2,4}})(?:\([^()]{{2,30}}\))?"
)
_FORMER_POST_LINE: Final = re.compile(r"\((?:原任|原|现任)[^()]{2,30}\)")
# A unit and its head's name under a heading that named the title (聘任以下同志为临床科室主任：⏎
# 消化内科：甲⏎内分泌科：乙).
_UNIT_THEN_NAME: Final = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}}?(?:{'|'.join(ROW_UNIT_ENDS)}):[\u4e00-\u9fff·]{{2,4}}"
)


def _pair_line(line: str) -> bool:
    """Whether ``line`` is a post and its holder's name (某局局长：甲) or a unit and its head's name."""
    return _POST_THEN_NAME.fullmatch(line) is not None or _UNIT_THEN_NAME.fullmatch(line) is not None


_ELECTED_IN: Final = re.compile("选举产生|选出|当选|选举")


def _pairs_one_a_line(lines: list[str]) -> list[int]:
    """The lines of a post and its holders' names standing one a line below a line ending with a
    colon (新任区长有：⏎东区区长甲⏎北区区长乙, 此次调整的干部分别是：⏎某局局长：丙（原任…）⏎…: two or
    more, a bracketed former post under any of them), up to a sentence or the window's end: each
    ends its item, as a 、 would end it."""
    out: list[int] = []
    for i, line in enumerate(lines[:-1]):
        # (or a sentence telling them elected: …选举产生了公司职工董事、职工监事。⏎职工董事：甲⏎职工监事：乙)
        if line[-1] != ":" and not (line[-1] == "。" and _ELECTED_IN.search(line)):
            continue
        pairs = 0
        after = i + 1
        while after < len(lines) and (
            (paired := _pair_line(lines[after])) or _FORMER_POST_LINE.fullmatch(lines[after])
        ):
            pairs += paired
            after += 1
        # (the list ends the window or a sentence or a label follows it (来源：…): 区域法院法官甲⏎
        # 乙资深大律师 is a list of other items, read whole)
        # (or a signature follows: …⏎财务总监：乙⏎某某股份有限公司董事会⏎2024年3月25日)
        ended = after == len(lines) or any(mark in lines[after] for mark in "。,，:")
        ended = ended or _names_its_body_alone(lines[after])
        if ended and pairs > 1:
            out += range(i + 1, after)
    return out


# How the clause of a name standing alone on the line above may go on (甲⏎任某局局长 / 为… / 同志…).
_CLAUSE_OF_A_NAME: Final = (
    *("任", "免", "为", "兼", "调", "辞", "聘", "因", "于", "("),
    *("同志", "当选", "出任", "担任", "不再"),
)


def _under_a_list_verb(lines: list[str], i: int) -> bool:
    """Whether line ``i`` (a post's) stands in a list under its verb: the line above is the verb
    (任命：), or the last name of a group that a post's line under the verb heads in turn (任命：⏎
    某法院审判员⏎甲⏎某院检察员). Names over posts (任命：⏎甲⏎某局局长) are no such list."""
    while True:
        j = i - 1
        while j >= 0 and _NAME_ALONE.fullmatch(lines[j]):
            j -= 1
        if j < 0:
            return False
        if _LIST_VERB_LINE.match(lines[j]) or _ELECTION_LEAD_LINE.search(lines[j]):
            return j == i - 1
        if j == i - 1 or lines[j][-1] not in _TITLE_END:
            return False
        i = j  # (the post line heading the group above: is it under the verb?)


def _code_cut(line: str, below: str) -> bool:
    """Whether a line ending with '.' ends inside a stock code's bracket that the line below goes
    on with (北辰国际(000068.⏎SZ)公布): no sentence ends there."""
    return below[:1].isascii() and below[:1].isalnum() and line.count("(") > line.count(")")


def _bracket_closed_by(lines: list[str], i: int) -> int:
    """The line that ends line ``i``'s item: the line below when it closes a bracket line ``i``
    leaves open ((2022年1月14日某市人民代表大会第一次会⏎议通过): one date line wrapped)."""
    line = lines[i]
    if "(" in line and i + 1 < len(lines) and line.count("(") > line.count(")") and ")" in lines[i + 1]:
        return i + 1
    return i


def _runs_on(line: str, below: str) -> bool:
    """A line whose list of names goes on in the line below: it ends with 、 or with a name's first
    character after 、 or a comma (…、何雪卿(女)、黄⏎如楷、林金城), or the line below opens with the last
    character of a name before its 、 (…、王嘉⏎睿、汪正蔚; not a number: 一、); a line whose
    open bracket the line below closes within a few characters; one the line below goes on with a
    list's 为 or 同志, or a word cut in two (新⏎任命)."""
    if line[-1] == "、" or line[-2:-1] in _ITEM_SEPARATORS and is_han(line[-1]):
        return True  # (…辞去某省省长职务,郝⏎志远任代理省长: one character after a comma opens no clause)
    if "(" in line and line.count("(") > line.count(")") and 0 <= below.find(")") < _BRACKET_TAIL:
        return True  # 晋原车轴(600498.S⏎H)今日发布…: a bracket closed just below
    if below.startswith(_LIST_GOES_ON) or line[-1] in "新拟被" and below.startswith(_LIST_VERBS):
        return True  # …、陆晓、林启元⏎为副校长 / 新⏎任命的某局局长: the clause goes on
    if line[-1] + below[:1] in _CUT_WORDS:
        return True  # 会议决定任⏎命甲为…: a verb cut in two by the line's end
    if "《" in line and line.count("《") > line.count("》"):
        return True  # 《⏎某常委会关于…的决定》: a title in quotes goes on below
    if (m := _NAME_TAIL_BELOW.match(below)) and is_han(line[-1]):
        # …、吴元发、郑长⏎青当选为… / 决定:张⏎晓锋同志任…: a name cut (its parts two to four characters)
        cut = max(line.rfind(mark) for mark in _NAME_BEFORE_MARKS)
        return cut >= 0 and 2 <= len(line) - cut - 1 + m.end("rest") <= 4
    return below[1:2] in ("、", "。") and below[0] not in _NUMERALS and is_han(below[0])


# A chronicle entry's opening day, perhaps after its bullet or number (·3月5日, （1）3月5日, 1.3月5日).
_ENTRY_DAY: Final = re.compile(r"(?:[·•\-—]|[(（]\d{1,2}[)）]|\d{1,2}[.、])?\s*\d{1,2}月\d{1,2}日")


def _entry_below(lines: list[str], i: int) -> bool:
    """Whether the line after line ``i`` is a chronicle's entry: its month and day, then an act
    (not a profile's step, 2015年⏎任某县县长, nor a date split over lines, 2022年⏎10月20日)."""
    return _takes_up_below(lines, i) and _ENTRY_DAY.match(lines[i + 1]) is not None


def _takes_up_below(lines: list[str], i: int) -> bool:
    """Whether the line after line ``i`` names a post taken (its 任)."""
    return i + 1 < len(lines) and "任" in lines[i + 1]


def _roundup_breaks(lines: list[str], opens: Callable[[int], bool], tried: Iterable[int]) -> list[int]:
    """A news roundup's lines (张三任某局局长⏎李四任…⏎省区市⏎…): after a line that opens with a
    name and its verb (``opens`` says which do), the break stays before another such line, one
    opening with its day or a short section heading, and after that heading. (Breaks are named by
    the line before them; only the lines ``tried``, in order, are looked at.)"""
    out = []
    for i in tried:
        if not opens(i):
            continue
        below = lines[i + 1]
        if (
            opens(i + 1)
            or (below[0].isdigit() and _DATED_ITEM.match(below))
            or _numbers_a_place(lines, i + 1)
        ):
            out.append(i)
        elif len(below) <= _SECTION_HEADING and i + 2 < len(lines) and _heads_items(below, lines[i + 2]):
            out += (i, i + 1)
    return out


def _opens_roundup_item(line: str) -> bool:
    """A line that opens with a name and its verb, or with the post its person leaves and a move."""
    if line.startswith("时任"):
        return _TIMELINE_LINE.match(line) is not None
    if _NAME_VERB_LINE.match(line) is not None:
        return True
    if len(line) > _LABELLED_SHORT_LONGEST or ":" not in line:
        return False
    return _LABELLED_SHORT_ITEM.fullmatch(line) is not None


# A roundup's line under its place's label with a short title (石嘴山市：李四任副市长).
_LABELLED_SHORT_ITEM: Final = re.compile(
    rf"{_REGION_LABEL}:[\u4e00-\u9fff]{{2,4}}?(?:同志)?\|?(?:任|兼任|出任)[\u4e00-\u9fff]{{2,3}}"
)
# (the longest it matches: a label of 8, its colon, a name of 4 and 同志, a bar, 兼任 and a title of 3;
# a longer line, or one without a colon, is passed by before the engine's tries)
_LABELLED_SHORT_LONGEST: Final = 21


def _described_move(line: str) -> bool:
    """A line that opens with a described person's move (某市委书记甲履新某省委副书记)."""
    return _DESCRIBED_MOVE_LINE.match(line) is not None


def _heads_items(heading: str, below: str) -> bool:
    """A roundup's section heading (省区市) over an item that names a post taken (…兼任…)."""
    return "任" in below and "任" not in heading and heading[-1] not in TERMINATORS


# (a chronicle's year heading: 二〇二三年度干部任免 at most)
_YEAR_HEADING_LONGEST: Final = 12


def _heads_lines_below(line: str) -> bool:
    """A notice's title (关于…的通知 / 议案, 某常务委员会公告), its number in words (〔十四届〕第十二号)
    or a list's verb alone (一、任命): its line ends there."""
    if ("关于" in line or len(line) <= _SHORT_TITLE) and line.endswith(_TITLE_ENDS):
        return True
    if line.endswith("公告") and "公司" in line and len(line) <= _COMPANY_TITLE and "," not in line:
        return True  # 某某股份有限公司2023年第一次临时股东大会决议公告: a company's, long, no 关于
    if len(line) <= 12 and line.endswith("号") and _WORDS_NUMBER_LINE.match(line):
        return True
    if _ORDER_HEADING.fullmatch(line):
        return True  # 总统令⏎派甲为…: the order's kind heads it (not a post: 总统令某部次长)
    return len(line) <= 10 and _LIST_VERB_LINE.match(line) is not None


# A row of a name, a comma and its post (黄志强，县交通运输局局长), an item's number before it or not.
_NAME_COMMA_ROW: Final = re.compile(
    r"(?:[一二三四五六七八九十\d]{1,3}[、.]\s*)?[\u4e00-\u9fff·]{2,6}(?:\([男女]\))?[,，][\u4e00-\u9fff、()（）]{3,40}"
)


def _a_name_row(row: str) -> bool:
    """Whether a row of cells opens with a name's cell (乙|某院第二检察部), not a title's run into a
    gap (关于汪|洋等同志…的通知)."""
    first = row[: row.find("|")]
    return not first.startswith("关于") and _NAME_ALONE.fullmatch(first) is not None


def _cell_goes_on(row: str, below: str) -> bool:
    """A table row whose last cell ends with a list's comma (某庭庭长、⏎审判员), or is cut inside a
    word (某局党组⏎书记、局长, 审判委员会委员、审⏎判员), goes on in the line below when that line is
    no row of its own (and, cut inside a word, a short tail of it: no sentence, no signature)."""
    if "|" in below:
        return False
    if row[-1] in "、,":
        return True
    # (cut: a long cell, a post's, not a name or an act word; a tail that ends a title, not a
    # heading's body, a signature or a closing line: 市人民检察院, 县委组织部, 特此通知, (此件主动公开))
    last = row[row.rfind("|") + 1 :]
    cut = row.count("|") >= 2 and len(last) > _WRAPPED_CELL_SHORTEST and last[-1] not in _TITLE_END
    cut = cut and is_han(last[-1])
    if cut:
        return _WRAPPED_TAIL.fullmatch(below) is not None and (len(below) <= 2 or below[-1] in _TITLE_END)
    # (a row of two cells, a name and a long post cut after its body: 甲|某区人民检察院检察委员会⏎
    # 委员、检察员, 乙|某检察院第二检察部⏎主任; the tail a title's, never a name's)
    body_cut = row.count("|") == 1 and is_han(last[-1:]) and last[-1] not in _TITLE_END
    longest = _WRAPPED_POST_LONGEST if last[-1:] in _BODY_LAST else _WRAPPED_WORD_LONGEST
    body_cut = body_cut and len(last) >= longest
    return body_cut and _WRAPPED_TAIL.fullmatch(below) is not None and below[-1] in _TITLE_END


# The rest of a cell wrapped onto a line of its own (书记、局长, 判员, 委员、审判员).
_WRAPPED_TAIL: Final = re.compile(r"(?!中共)[\u4e00-\u9fff][\u4e00-\u9fff、()（）]{0,9}")
_WRAPPED_CELL_SHORTEST: Final = 4  # (a name or an act, 周红, 决定免去, is never a cell cut short)
_WRAPPED_POST_LONGEST: Final = 8  # (a post cut after its body, in a row of two cells, is this long at least)
# (the last characters of a body cut before its title)
_BODY_LAST: Final = frozenset("会院部局处厅委室所庭队")
_WRAPPED_WORD_LONGEST: Final = 12  # (a post cut inside a word, 某法院审判委员会委员、民事审判⏎第二庭庭长)


def _lines_matching(
    pattern: re.Pattern[str], joined: str, starts: list[int], candidates: list[int]
) -> list[int]:
    """The lines (indices) a match of a ``^``-anchored multiline ``pattern`` starts on.

    The same matches as ``pattern.finditer(joined)``: such a match can only start at a line
    start, and the next one is sought from where the last ended (a match may run over lines).
    The pattern is tried only at the start of ``candidates`` (sorted line indices, a superset of
    the lines a match may start on), which skips the engine's attempts everywhere else.
    """
    found = []
    resume = 0
    for i in candidates:
        at = starts[i]
        if at >= resume and (m := pattern.match(joined, at)):
            found.append(i)
            resume = m.end()
    return found


def _standalone_lines(lines: list[str], joined: str, starts: list[int]) -> list[int]:
    """``_lines_matching(_STANDALONE, …)`` of the lines ``joined`` joins: each candidate tried with
    ``_STANDALONE_DATED`` unless it ends as a 文号 or a dateline may."""
    found = []
    resume = 0
    for i in _standalone_candidates(joined, starts):
        at = starts[i]
        pattern = _STANDALONE if lines[i][-1] in _NUMBERED_LINE_ENDS else _STANDALONE_DATED
        if at >= resume and (m := pattern.match(joined, at)):
            found.append(i)
            resume = m.end()
    return found


def _standalone_candidates(joined: str, starts: list[int]) -> list[int]:
    """Lines a _STANDALONE match may start on: its date or 文号 lies within its line, and a date
    holds 年 or a separator (2024-04-22), a 文号 holds 号. The lines (in order, each once) that
    the marks fall on."""
    lines: list[int] = []
    next_start, last = 0, len(starts) - 1  # where the line after the last one found begins
    for mark in _STANDALONE_CHAR.finditer(joined):
        if mark.start() >= next_start:
            i = bisect_right(starts, mark.start()) - 1
            lines.append(i)
            if i == last:
                break  # the last line: every later mark is on it too
            next_start = starts[i + 1]
    return lines


def _item_candidates(lines: list[str], joined: str, starts: list[int]) -> list[int]:
    """Lines a _STARTS_ITEM match may start on: those whose first character starts one of its
    words or numbers, and those where 关于 stands 2 to 30 characters on (it may run over lines)."""
    # The first character of each line tested against the class (re's \d is Unicode's decimal
    # digits, str.isdecimal): a set lookup a line instead of a regex scan of the window.
    found = {
        i
        for i, line in enumerate(lines)
        if line[0] in _ITEM_FIRST_CHARS
        or line[0].isdecimal()
        or line.endswith("印发")
        or line.find("由", 2, 7) >= 0  # (甲由某镇镇长调任…: a name, then its move)
    }
    at = joined.find("关于")
    while at >= 0:
        found.update(range(bisect_left(starts, at - 30), bisect_right(starts, at - 2)))
        at = joined.find("关于", at + 1)
    return sorted(found)
