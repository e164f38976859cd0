"""A string a site injects into its pages against copying is no part of the text read."""

from __future__ import annotations

from graph_builder.read.normalise import compact

GUARD = "快乐彩票app官方下载"


def test_a_guard_printed_three_times_is_blanked_where_it_stands() -> None:
    page = f"任命李志刚为南岭省{GUARD}人民政府副省长。{GUARD}:主任主持会议。{GUARD}:颁发任命书。"
    c = compact(page)
    assert "app" not in c.key
    assert "南岭省人民政府副省长" in c.key
    assert "主任主持会议" in c.key
    for i, ch in enumerate(c.text):  # what stays maps to the same character of the page
        assert page[c.source_offset(i)] == ch


def test_latin_printed_twice_stays() -> None:
    page = "任命李志刚为南岭vivo公司总经理。南岭vivo公司召开大会。"
    assert compact(page).key.count("vivo") == 2
