"""Where a place's name begins: provinces and prefecture-level divisions, known by name."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from importlib import resources
from typing import Final

from graph_builder.read.normalise import to_key
from graph_builder.read.patterns import PROVINCES
from graph_builder.read.segment import by_first_character

# A division's name, then the suffix of its kind (an autonomous one's peoples first: 恩施土家族苗族
# 自治州, 广西壮族自治区).
_SUFFIX: Final = r"(?:(?:[\u4e00-\u9fff]{1,3}?族){0,3}(?:自治区|自治州)|特别行政区|地区|省|市|州|盟)"


@lru_cache(maxsize=1)
def _place_names() -> str:
    """The known provinces' and prefectures' names without their suffix, as one alternation."""
    data = resources.files("graph_builder.extract").joinpath("data/places.txt")
    text = data.read_text(encoding="utf-8")
    names = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    names.update(PROVINCES)  # (the provinces' names, shared with the reader of a page's lines)
    longest_first = sorted(names, key=len, reverse=True)  # (张家口 before a shorter name it starts)
    return f"(?:{by_first_character(longest_first)})"


@lru_cache(maxsize=1)
def _known_place() -> re.Pattern[str]:
    return re.compile(_place_names() + _SUFFIX)


# What a place's name ends with, as a word of jieba's dictionary (石景山区, 城关镇).
_PLACE_ENDS: Final = frozenset("省市州盟区县旗镇乡")
_LONGEST_PLACE_WORD: Final = 10  # (恩施土家族苗族自治州)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """jieba's word frequencies (its dictionary holds the country's counties and districts)."""
    import jieba  # (loaded on first use: building its dictionary takes about a second)

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ


# How often jieba's corpus must have seen a word for it to count as one (通运, seen 3 times, does not).
_COMMON: Final = 100


def times_seen(text: str) -> int:
    """How often jieba's corpus saw ``text`` as a word (0 if never)."""
    return _dictionary().get(text, 0) or 0


def is_common_word(text: str, seen: int = _COMMON) -> bool:
    """Whether jieba's dictionary holds ``text`` as a word seen at least ``seen`` times (交通, 财政;
    not 通部)."""
    return times_seen(text) >= seen


# Counties named by one character and 县 (临县, 沛县, 歙县): too short for the dictionary's words.
# (not those whose character often ends a given name: 兴县, 岚县, 夏县 … — 王建兴县财政局局长 is 王建兴)
ONE_CHARACTER_COUNTIES: Final = "临沛滑萧泾蠡献杞睢莘浚磁淇歙黟陇徽岷绛隰沁盂藤曹单代冠祁澧莒郏眉"


def is_place_alone(key: str, levels: str) -> bool:
    """Whether ``key`` is a known place's name and nothing more, of one of ``levels`` (银川市 for
    市: a roundup's label, the body a bare title after it is of)."""
    return bool(key) and key[-1] in levels and known_place_at(key) == len(key)


@lru_cache(maxsize=1)
def _known_place_bare() -> re.Pattern[str]:
    return re.compile(f"{_place_names()}(?![\u4e00-\u9fff]{{0,2}}?{_SUFFIX})")


def known_place_bare_at(key: str) -> int:
    """The length of a province's or prefecture's name ``key`` opens with printed without its
    suffix (杭州铁路运输中级法院 → 2, 浙江大学 → 2), or 0 (杭州市… has its suffix: ``known_place_at``)."""
    m = _known_place_bare().match(to_key(key[:12]))
    return m.end() if m else 0


def known_place_at(key: str) -> int:
    """The length of the place's name (with its suffix) ``key`` opens with, or 0: a province or
    prefecture of the data file (张家口市财政局… → 4), else a county's or district's name of three
    or more characters that jieba's dictionary holds (石景山区…, 九龙坡区…)."""
    key = to_key(key[:12])
    if m := _known_place().match(key):
        return m.end()
    if key[1:2] == "县" and key[:1] in ONE_CHARACTER_COUNTIES:
        return 2
    words = _dictionary()
    for n in range(min(len(key), _LONGEST_PLACE_WORD), 2, -1):
        if key[n - 1] in _PLACE_ENDS and words.get(key[:n]):
            return n
    return 0


# A place's congress by its term (某镇第十八届人民代表大会, 某镇召开第十五届人民代表大会), and how far
# above a tally or an election its title stands.
_PLACE_CONGRESS: Final = re.compile(
    r"(?P<place>(?:(?![为选举的在了和与及])[\u4e00-\u9fff]){1,10}?[省市县区镇乡旗州盟])(?:召开|举行|举办)?"
    r"第[\d一二三四五六七八九十]{1,3}届人民代表大会"
)
_CONGRESS_TITLE_REACH: Final = 300


def congress_place_above(key: str, text: str, start: int) -> str:
    """The place (as ``text`` prints it) whose congress the nearest title within reach above
    ``start`` names (某镇第十八届人民代表大会), or ''."""
    titles = list(_PLACE_CONGRESS.finditer(key, max(0, start - _CONGRESS_TITLE_REACH), start))
    return text[titles[-1].start("place") : titles[-1].end("place")] if titles else ""
