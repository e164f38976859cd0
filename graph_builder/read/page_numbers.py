"""A page's own document number (文号) when it is not printed in the 〔年〕号 form under a title.

Three headers number a whole page rather than one notice in it, and each is printed in the page's
first lines: a listed company's announcement (证券代码：600000 证券简称：某某 公告编号：临2024-015),
a numbered announcement or order under its name (某市人民代表大会常务委员会公告 / （第9号）; 某省人民政府令 /
第88号), and a Macao or Hong Kong dispatch (第12/2025号行政长官批示), which news pages also cite in
their text. Digits are given as ASCII (the gold schema's 文号 form); the rest as printed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# How far into the page a header may stand (a page's chrome can come first).
_HEAD_LINES: Final = 8
# (its number maybe spaced out: 公告编号：临 2024-100 号)
_LISTED: Final = re.compile(
    r"(?:证券|股票|證券)代[码碼].{0,40}?(?:公告)?[编編][号號]\s*[:：]\s*"
    r"([^\s，,；;]{1,6}(?:[ \u3000]?[0-9０-９][0-9０-９\-—－]*)+(?:[ \u3000]?[号號])?|[^\s，,；;]{2,24})"
)
_DASHES: Final = ("-", "—", "－")
_DIGITS_OPENING: Final = re.compile(r"[0-9０-９]{1,6}(?:[ \u3000]?[号號])?")
_NUMBERED: Final = re.compile(r"^[(（【\[]?\s*第\s*([0-9０-９]{1,4})\s*[号號]\s*[)）】\]]?$")
_ORDER: Final = re.compile(r"^(\S{2,30}令)\s*(第\s*[0-9０-９]{1,4}\s*[号號])$")
_DISPATCH: Final = re.compile(r"第\s*[0-9０-９]{1,4}/[0-9０-９]{4}\s*[号號](?:[\u4e00-\u9fff]{0,8})?批示")


def page_number(text: str) -> str | None:
    """The document number a page's header gives the whole page, else None."""
    lines = [line.strip() for line in text.lstrip().split("\n", _HEAD_LINES)[:_HEAD_LINES]]
    lines = [line for line in lines if line]
    for i, line in enumerate(lines):
        if m := _LISTED.search(line):
            number = m.group(1)
            if (
                number.endswith(_DASHES)
                and i + 1 < len(lines)
                and (cut := _DIGITS_OPENING.match(lines[i + 1]))
            ):
                number += cut.group()  # 公告编号：临 2022-⏎011: the number wrapped at its dash
            return _ascii(number)
        if m := _ORDER.match(line):
            return _ascii(m.group(1) + m.group(2))
        if i and (number := _numbered_under(lines[i - 1], line)):
            return _ascii(number)
    dispatches = {_ascii(m.group()) for m in _DISPATCH.finditer(text)}
    return dispatches.pop() if len(dispatches) == 1 else None


def _numbered_under(name: str, line: str) -> str | None:
    """（第9号） under an announcement's or an order's name: the number (an order keeps its name)."""
    m = _NUMBERED.match(line)
    if m is None or not name.endswith(("公告", "通告", "令")):
        return None
    number = f"第{m.group(1)}号" if "号" in line else f"第{m.group(1)}號"
    return name + number if name.endswith("令") else number


def _ascii(number: str) -> str:
    """Full-width digits as ASCII and no spaces (the number as the gold schema writes it)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", number))
