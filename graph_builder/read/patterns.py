"""Whole-line patterns of gazettes, shared by the normaliser (which line breaks are real) and the
segmenter (dates and 文号 of notices). They match the matching form of the text (NFKC, simplified)."""

from __future__ import annotations

import re
from typing import Final

from graph_builder.read.dates import DATE, DATE_MARK, FULL_DAY

# 普府〔2024〕32号, 长发改规(2023)6号: the issuer's prefix, the year, the number.
DOCNO: Final = re.compile(r"([\u4e00-\u9fff]{1,12})[〔\[(【]((?:19|20)\d\d)[〕\])】]第?(\d{1,5})号")
# (a gazette reprinting a notice prints its 文号 in brackets under the title: （十干〔2019〕31号）)
DOCNO_LINE: Final = re.compile(f"^\\(?(?:{DOCNO.pattern})\\)?$", re.M)
# A date on its own line, a web page's 发布日期：…, or a congress decision's adoption line
# (2022年11月3日…会议通过).
DATE_LINE: Final = re.compile(
    # (中华民国113年6月24日, its year written as the Gregorian one in the key: 中华民2024年6月24日)
    # (发布时间:16:01 2025-12-09 HKT: a Hong Kong page's time before its day, its zone after)
    r"^(?:(?:发布|印发|成文|签发)?(?:日期|时间):(?:\d{1,2}:\d\d)?)?[(]?(?:(?:中华)?民)?(?:"
    + DATE.pattern
    # ((2019年3月6日院长办公会研究确定): an institution's list adopted so)
    + r")(?:HKT|CST)?(?:[^()]{0,60}(?:通过|批准|确定|决定))?[)]?(?:印发|发布|签发)?"
    # a notice's publication mark after its signing date (此件公开发布)
    + r"(?:\(此件[^()]{2,8}\))?$",
    re.M,
)


# A short line naming a page's source and ending with its date (某区人大网 2023-12-29, (某办公室
# 供稿 2024年8月30日)): the page's date, as a line of its own. The words before the date are no
# sentence (no stop, no colon) and do not end like a clause wrapped mid-sentence (会议于⏎…).
# Or the date first, then the source by a word such sources end with (2024-03-12 新华网, 2024年6月12日
# 新华社, 2024-04-02 院办): not a sentence's opening date (2024年3月11日上午 / 2024年3月11日某会议).
SOURCE_DATE_LINE: Final = re.compile(
    rf"^(?=.{{4,40}}$)[(]?[^,;:。\n]{{2,30}}?(?<![于在自至从到经止的为和与及、]){FULL_DAY}"
    r"(?:\d{1,2}:\d\d(?::\d\d)?)?[)]?$"
    rf"|^(?=.{{4,40}}$){FULL_DAY}(?:\d{{1,2}}:\d\d(?::\d\d)?)?"
    # (二零二四年三月一日于某司长办公室: a signing line, its place after 于)
    r"于?(?:(?![起任向在为于的是])[^,;:。\n\d]){0,8}?(?:网|网站|社|报|电视台|广播|办|办公室|新闻|发布|客户端|公众号|头条|资讯|周末|周刊|杂志|频道|人大|在线|共青团|融媒|融媒体|之声|政府|中心)$"
    # (2024-03-02 某新闻网 记者 甲 某地报导: the page's date, then its outlet and byline)
    # (a reporter's names: none of a lead's words, 记者从某部获悉…)
    rf"|^(?=.{{4,50}}$){FULL_DAY}(?:\d{{1,2}}:\d\d(?::\d\d)?)?[^,;:。\n\d]{{0,12}}?记者[^,;:。\n\d从今昨获悉已任在向对的了据日月说称将于是]{{1,16}}$",
    re.M,
)


# How an institution's unit ends, named on a row before its head's name (消化内科：甲, 护理部：乙).
ROW_UNIT_ENDS: Final = ("科", "部", "室", "中心", "学院", "系", "所", "病区")


# A chronicle's year heading, a line of its own (2022年, 2023年大事记, 【2021年】, 二〇二三年度人事任免):
# the year of the entries below it, which print their month and day alone.
YEAR_HEADING: Final = re.compile(
    # (a chronicle's name before it, 平原县2021年大事记, or its year after it, 大事记（2017年）)
    # (大事记⏎2018年, its lines run together: 大事记2018年)
    r"^[【\[(]?(?:[\u4e00-\u9fff]{2,20}?(?=(?:19|20)\d\d年度?大事)|[\u4e00-\u9fff]{0,20}?大事记\(?)?"
    r"(?P<year>(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})年度?"
    r"(?:大事记|大事纪要|人事任免|干部任免)?[】\])]?$",
    re.M,
)


def date_line(line: str) -> re.Match[str] | None:
    """``DATE_LINE.match(line)`` for one line, without running the regex where no date can be."""
    # A date line's date starts at most 11 characters in (after 发布时间:16:01), and every date holds
    # its 年 or first separator 4 characters after its start: without one at 4 to 15, no date line.
    if DATE_MARK.search(line, 4, 16):
        return DATE_LINE.match(line)
    return None


# Words of a web page's publication line, which dates the page (来源:某网 2022-03-16, 某日报
# 2022年9月16日 第A02版), not the acts reported on it.
PUBLICATION_WORDS: Final = re.compile(
    r"来源|稿源|发布|时间|日期|编辑|作者|浏览|字号|点击|日报|晚报|早报|时报|商报|第\w{1,4}版"
)


# The words that close a notice above its signature and signing date.
CLOSING: Final = "特此公告|现予公告|特此通知|特此公布"


# The provinces, autonomous regions, municipalities and special administrative regions, by their
# names without a suffix (a roundup's labels, 江苏：; the places the extractor knows by name).
PROVINCES: Final = (
    *("北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江"),
    *("安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州"),
    *("云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾"),
)


# An item's number opening a line or a clause (一、 1. (一)).
ITEM_NUMBER: Final = r"(?:[一二三四五六七八九十\d]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\))"
NUMBERED: Final = re.compile(ITEM_NUMBER)


# A name with its post in brackets (甲（某局局长政治助理）): an item of a list, in a line or a clause.
BRACKETED_ITEM: Final = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4})\((?P<post>[^()]{3,40})\)")


# A listed company's code on another market, in brackets after its first (某某(02600)(沪:601600)).
OTHER_MARKET_CODE: Final = r"\((?:[沪深港]|[A-Z]{2}):\d{4,6}\)"
