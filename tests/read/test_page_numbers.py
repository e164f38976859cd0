"""A page's own 文号 from its header: listed companies, numbered announcements and orders, dispatches."""

from __future__ import annotations

import pytest

from graph_builder.pipeline import extract_text
from graph_builder.read.page_numbers import page_number

PAGES = {
    "listed_company_header": (
        "证券代码：601234 证券简称：东江股份 公告编号：临2024-015\n东江股份有限公司关于聘任总经理的公告\n"
        "公司董事会同意聘任张立明先生为公司总经理。",
        "临2024-015",
    ),
    "announcement_numbered_under_its_name": (
        "东江市人民代表大会常务委员会公告\n（第12号）\n常务委员会第五次会议决定任命李红为东江市人民政府副市长。",
        "第12号",
    ),
    "order_numbered_on_the_next_line": (
        "东江省人民政府令\n第88号\n现任命王强为东江省人民政府参事。",
        "东江省人民政府令第88号",
    ),
    "order_and_number_on_one_line": (
        "中华人民共和国国务院令 第616号\n任命梁海为某某局局长。",
        "中华人民共和国国务院令第616号",
    ),
    "dispatch_cited_in_a_news_text": (
        "2025年1月2日 根据第03/2025号行政长官批示，委任何志明为文化局局长。",
        "第03/2025号行政长官批示",
    ),
    "full_width_digits": ("东江县人民代表大会常务委员会公告\n（第３号）\n任命赵一为县长。", "第3号"),
}

NO_NUMBER = {
    "number_not_under_an_announcement": "第二批名单\n（第3号）\n任命赵一为县长。",
    "two_dispatches_cited": "根据第03/2025号行政长官批示及第04/2025号行政长官批示，委任何志明为文化局局长。",
    "number_deep_in_the_page": "\n".join("甲乙丙丁戊己庚辛壬") + "\n某市政府公告\n（第3号）\n任命赵一。",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_number(name: str) -> None:
    text, number = PAGES[name]
    assert page_number(text) == number


@pytest.mark.parametrize("name", sorted(NO_NUMBER))
def test_no_page_number(name: str) -> None:
    assert page_number(NO_NUMBER[name]) is None


def test_the_page_number_reaches_its_events_and_notices() -> None:
    result = extract_text("n.txt", PAGES["announcement_numbered_under_its_name"][0])
    assert [(e.person, e.doc_number) for e in result.events] == [("李红", "第12号")]
    assert [n.doc_number for n in result.notices] == ["第12号"]


def test_a_notice_numbered_of_its_own_keeps_its_number() -> None:
    text = (
        "证券代码：601234 公告编号：临2024-015\n关于任免干部的通知\n沪府任〔2024〕3号\n任命张立明为某局局长。"
    )
    assert [e.doc_number for e in extract_text("n.txt", text).events] == ["沪府任〔2024〕3号"]
