"""Signers' lines that close a notice (市长　李振雄), which name no one appointed."""

from __future__ import annotations

import re
from typing import Final

from graph_builder.read.normalise import Compact
from graph_builder.read.patterns import date_line

# A notice signed by its head, title then name (市长　李振雄, 代市长：何晓东), over its date.
# The heads who sign and countersign a state's orders (中华人民共和国主席令, 总统令), each line one
# (总统　甲⏎行政院院长　乙): only such lines make a block of signers (a list of 某院院长　甲 lines is none).
_STATE_SIGNER: Final = (
    r"(?:中华人民共和国主席|国务院总理|总统|总理|行政院院长|行政院长|国务院院长)[|:]?[\u4e00-\u9fff·]{2,4}"
)
_SIGNED_BY: Final = re.compile(
    rf"{_STATE_SIGNER}|"
    # (its body first: 某县人民法院院长　甲 signs the court's proposal to the congress)
    r"(?:[\u4e00-\u9fff]{2,16}?(?:人民政府|人民法院|人民检察院|委员会|常委会))?"
    r"(?:代理|代|常务副|副)?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|院长|校长|董事长|局长|厅长|主席|行长|检察长)"
    r"[|:]?[\u4e00-\u9fff·]{2,4}"
    # (独立董事：甲、乙、丙 under a listed company's opinion: each signs; a head signs alone, so
    # 副院长：甲、乙 over a date is a list's line, not a signature)
    r"|(?:独立董事|董事|监事)[|:]?[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){0,4}"
)
SIGNATURE_LONGEST: Final = 24
_BY_ORDER: Final = "承董事会命"
# The signer's title and name ending the clause under it (主席　甲, 公司秘书　乙).
_BY_ORDER_SIGNER: Final = re.compile(
    r"(?:主席|董事长|执行董事|董事|公司秘书|行政总裁|总裁|总经理)[|:]?[\u4e00-\u9fff·]{2,4}$"
)
_BY_ORDER_REACH: Final = 40  # (承董事会命, then the company's name, a line or two above its signer)


def signature(c: Compact, start: int, end: int) -> bool:
    """Whether the clause stands on a line that signs the notice (市长　李振雄): the line above ends
    the notice's text with a stop, and the line below is its date or there is none."""
    # (its line is short: the breaks around it are sought near the clause only)
    line_start = c.key.rfind("\n", max(0, start - SIGNATURE_LONGEST - 1), start) + 1
    line_end = c.key.find("\n", end, end + SIGNATURE_LONGEST + 1)
    line_end = len(c.key) if line_end < 0 and len(c.key) - end <= SIGNATURE_LONGEST else line_end
    if (line_start == 0 and start > SIGNATURE_LONGEST) or line_end < 0:
        return False
    # 承董事会命⏎某有限公司⏎主席　甲: a Hong Kong announcement's signature, by order of its board
    ordered = _BY_ORDER in c.key[max(0, start - _BY_ORDER_REACH) : start + len(_BY_ORDER)]
    if ordered and _BY_ORDER_SIGNER.search(c.key, start, end):
        return True
    if line_end - line_start > SIGNATURE_LONGEST or not _SIGNED_BY.fullmatch(c.key, line_start, line_end):
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
    return len(line) <= SIGNATURE_LONGEST and _STATE_SIGNING.fullmatch(line) is not None


_STATE_SIGNING: Final = re.compile(_STATE_SIGNER)
