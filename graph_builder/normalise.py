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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from graph_builder.patterns import DATE_LINE, DOCNO_LINE

# A line that ends with one of these is a finished sentence or row: keep its line break.
TERMINATORS = frozenset("；;。.．：:！!？?|】")
_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*[—–\-－·]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[—–\-－·]{1,2}[ \t\u3000]*$", re.M
)
_CELL_GAP = re.compile(r"(?<=\S)(?:[ \u3000\u00a0]*\t[ \t\u3000\u00a0]*|[ \u3000\u00a0]{2,})(?=\S)")
_STANDALONE = re.compile(f"(?:{DATE_LINE.pattern})|(?:{DOCNO_LINE.pattern})", re.M)
# A line that starts a new clause or row even when the line before has no full stop.
_STARTS_ITEM = re.compile(
    r"^(?:\||提请|任命|免去|决定|聘任|解聘|[一二三四五六七八九十\d]{1,3}[、.．]|[^,，。;；]{2,30}关于)", re.M
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
    return table


def to_key(text: str) -> str:
    """The matching form of ``text``: NFKC and simplified, whitespace removed."""
    return re.sub(r"\s+", "", text.translate(key_table()))


@lru_cache(maxsize=1)
def _luts() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code-point lookup tables: the printed fold, the matching fold (NFKC + simplified), whitespace."""
    printed = np.arange(0x110000, dtype=np.uint32)
    for code, char in printed_table().items():
        printed[code] = ord(char)
    key = np.arange(0x110000, dtype=np.uint32)
    for code, char in key_table().items():
        key[code] = ord(char)
    space = np.zeros(0x110000, dtype=bool)
    space[[c for c in range(0x3001) if chr(c).isspace()] + [0x200B, 0x200C, 0x200D, 0xFEFF]] = True
    return printed, key, space


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _decode(codes: np.ndarray) -> str:
    return codes.astype(np.uint32).tobytes().decode("utf-32-le")


@dataclass(frozen=True, slots=True)
class Compact:
    """Normalised text of a stretch of source, with a map back to source offsets."""

    text: str  # as printed: whitespace removed, digits folded, lines joined; '\n' between kept lines
    key: str  # ``text`` with traditional characters folded to simplified
    sources: np.ndarray  # source offset of every character of ``text`` ('\n': the one before)
    source: str  # the whole source text the offsets point into

    def evidence(self, start: int, end: int) -> tuple[tuple[int, int], str]:
        """The source span of compact [start, end) and the source text it covers."""
        a, b = self.source_span(start, end)
        return (a, b), self.source[a:b]

    def source_offset(self, i: int) -> int:
        """Source offset of compact character ``i``."""
        return int(self.sources[i])

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering compact characters ``start`` up to ``end`` (exclusive)."""
        if not len(self.sources):
            return 0, 0
        if end <= start:
            s = self.source_offset(start) if start < len(self.text) else self.source_offset(start - 1) + 1
            return s, s
        return self.source_offset(start), self.source_offset(end - 1) + 1


def compact(source: str, start: int = 0, end: int | None = None) -> Compact:
    """Normalise ``source[start:end]``: drop whitespace in lines, join broken lines, fold forms."""
    end = len(source) if end is None else end
    printed, key_lut, space = _luts()
    window = source[start:end]
    raw = _cells(window, _drop_furniture(window, _codes(window)))
    kept = np.flatnonzero(~space[raw])
    if not len(kept):
        return Compact("", "", np.empty(0, dtype=np.int64), source)
    newlines = np.cumsum(raw == 10)[kept]
    line_starts = np.flatnonzero(np.diff(newlines) > 0) + 1  # compact index where a new line begins
    codes = raw[kept]
    lines = _decode(key_lut[np.insert(codes, line_starts, 10)]).split("\n")
    keep_break = _kept_breaks(lines)
    breaks = line_starts[keep_break]
    codes = np.insert(codes, breaks, 10)
    sources = np.insert(kept, breaks, kept[breaks] - 1) + start
    return Compact(_decode(printed[codes]), _decode(key_lut[codes]), sources, source)


def _drop_furniture(text: str, raw: np.ndarray) -> np.ndarray:
    """Blank page numbers (— 3 —, - 12 -) so the sentence a page break cut joins up again."""
    marks = [m.span() for m in _PAGE_NUMBER.finditer(text)]
    if not marks:
        return raw
    out = raw.copy()
    for a, b in marks:
        out[a:b] = ord(" ")
    return out


def _cells(text: str, raw: np.ndarray) -> np.ndarray:
    """Mark table cells separated by a tab or a wide gap with '|' so a name never fuses with its post.

    The '|' takes the place of the gap's last character, so offsets stay one-to-one.
    """
    if "\t" not in text and "  " not in text and "\u3000\u3000" not in text:
        return raw
    gaps = [m.end() - 1 for m in _CELL_GAP.finditer(text)]
    if not gaps:
        return raw
    out = raw.copy()
    out[gaps] = ord("|")
    return out


def _kept_breaks(lines: list[str]) -> np.ndarray:
    """For each line after the first: is the break before it real (not PDF layout)?"""
    ends = np.fromiter(
        (line[-1] in TERMINATORS or "|" in line for line in lines), dtype=bool, count=len(lines)
    )
    starts = np.cumsum([0] + [len(line) + 1 for line in lines[:-1]])
    joined = "\n".join(lines)
    whole = np.zeros(len(lines), dtype=bool)  # a date line or a 文号 line stands alone
    whole[np.searchsorted(starts, [m.start() for m in _STANDALONE.finditer(joined)])] = True
    item = np.zeros(len(lines), dtype=bool)  # a line that starts a clause, a row or a title
    item[np.searchsorted(starts, [m.start() for m in _STARTS_ITEM.finditer(joined)])] = True
    return (ends | whole)[:-1] | whole[1:] | item[1:]
