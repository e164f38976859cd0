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
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# A line that ends with one of these is a finished sentence or row: keep its line break.
TERMINATORS = frozenset("；;。.．：:！!？?|】")
_RUN = re.compile(r"\S+")
_HAS_SPACE = re.compile(r"\s")
_WIDE_SPACES = re.compile(r"[ \t\u3000\u00a0]{2,}|\t")
_DATE_LINE = re.compile(
    r"^[(（]?(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
    r"(?:[\d一二三四五六七八九十]{1,3}日)?(?:[^()（）]{0,60}(?:通过|批准))?[)）]?$"
)
_DOCNO_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［(（【]\d{4}[〕\]］)）】]第?\d{1,5}号$")
# A line that starts a new clause or row even when the line before has no full stop.
_STARTS_ITEM = re.compile(
    r"^(?:\||提请|任命|免去|决定|聘任|解聘|[一二三四五六七八九十\d]{1,3}[、.．]|[^,，。;；]{2,30}关于)"
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


@dataclass(frozen=True, slots=True)
class Compact:
    """Normalised text of ``source[start:end]`` with a map back to source offsets."""

    text: str  # as printed: whitespace removed, NFKC, lines joined; '\n' between kept lines
    key: str  # ``text`` with traditional characters folded to simplified
    seg_starts: tuple[int, ...]  # compact offset where each run of characters begins
    seg_sources: tuple[int, ...]  # source offset of that run's first character

    def source_offset(self, i: int) -> int:
        """Source offset of compact character ``i``."""
        k = bisect_right(self.seg_starts, i) - 1
        return self.seg_sources[k] + (i - self.seg_starts[k])

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering compact characters ``start`` up to ``end`` (exclusive)."""
        if end <= start:
            s = self.source_offset(start) if start < len(self.text) else self.source_offset(start - 1) + 1
            return s, s
        return self.source_offset(start), self.source_offset(end - 1) + 1


def _keeps_break(prev: str, line: str) -> bool:
    """Whether the line break between two compact lines is real (not PDF layout)."""
    if prev[-1] in TERMINATORS or line[0] == "|" or "|" in prev:
        return True
    return any(p.match(prev) or p.match(line) for p in (_DATE_LINE, _DOCNO_LINE)) or bool(
        _STARTS_ITEM.match(line)
    )


def compact(source: str, start: int = 0, end: int | None = None) -> Compact:
    """Normalise ``source[start:end]``: drop whitespace in lines, join broken lines, fold forms."""
    end = len(source) if end is None else end
    texts: list[str] = []
    keys: list[str] = []
    seg_starts: list[int] = []
    seg_sources: list[int] = []
    pos = 0
    prev = ""
    line_start = start
    nfkc = nfkc_table()
    fold = key_table()
    for raw in source[start:end].split("\n"):
        runs = _runs(raw, line_start)
        line_start += len(raw) + 1
        if not runs:
            continue
        joined = "".join(r for r, _ in runs) if len(runs) > 1 else runs[0][0]
        key = joined.translate(fold)
        if prev and _keeps_break(prev, key):
            texts.append("\n")
            keys.append("\n")
            pos += 1
        for run, src in runs:
            seg_starts.append(pos)
            seg_sources.append(src)
            pos += len(run)
        texts.append(joined.translate(nfkc))
        keys.append(key)
        prev = key
    if not seg_starts:
        seg_starts, seg_sources = [0], [start]
    return Compact("".join(texts), "".join(keys), tuple(seg_starts), tuple(seg_sources))


def _runs(raw: str, line_start: int) -> list[tuple[str, int]]:
    """The non-space runs of a line with their source offsets.

    Cells separated by a tab or a wide gap (tables flattened to text) get a '|' in front,
    standing for the last character of the gap, so a name cell never fuses with its post.
    """
    if not _HAS_SPACE.search(raw):  # most PDF lines: one run, nothing to map
        return [(raw, line_start)] if raw else []
    out: list[tuple[str, int]] = []
    prev_end = None
    for m in _RUN.finditer(raw):
        run, src = m.group(), line_start + m.start()
        if prev_end is not None and _WIDE_SPACES.fullmatch(raw[prev_end : m.start()]):
            run, src = "|" + run, src - 1
        out.append((run, src))
        prev_end = m.end()
    return out
