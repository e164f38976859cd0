"""Dates the date readers do not know are rewritten in the key in their own length (offsets stay)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph_builder.read.normalise import rewritten_dates


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("中华民国113年3月11日", "中华民2024年3月11日"),  # the Republic's year after 民国
        ("中华民国112.05.16", "中华民2023.05.16"),  # …printed with dots
        ("行政院人事命令\n113年7月10日\n派甲为", "行政院人事命令\n2024.7.10\n派甲为"),  # 民国 left out
        ("112年11月3日", "2023.11.3"),
        ("22/07/2022", "2022/07/22"),  # day first (Hong Kong)
    ],
)
def test_dates_rewritten(key: str, expected: str) -> None:
    assert rewritten_dates(key) == expected


@pytest.mark.parametrize(
    "key",
    [
        "第113年7月1日",  # an ordinal, no year
        "2113年7月1日",  # a longer number's end
        "98年7月10日",  # a year of two digits would not keep its length
        "成立113年",  # a count of years, no day
    ],
)
def test_not_a_republic_day(key: str) -> None:
    assert rewritten_dates(key) == key


@given(st.text(alphabet="0123456789年月日民国./第\n甲", max_size=40))
def test_rewriting_keeps_the_length(key: str) -> None:
    assert len(rewritten_dates(key)) == len(key)
