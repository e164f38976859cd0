"""The gazette as printed matter: a jurisdiction's style, and files of text with truth spans in them.

:class:`Gazette` collects text into files of ~100-300 KB and pins every truth row to the span of
text it was printed in; :func:`wrap` breaks lines as text extracted from PDF arrives.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from graph_builder.synth.profile import Profile
from graph_builder.synth.world import Place

_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Style:
    """How one jurisdiction prints (fixed for its whole run, like a real gazette)."""

    form: str  # notice, table, bulletin
    date_style: str
    docno: str  # 普府
    tongzhi: bool  # 任命唐伟军同志为…
    wrap: int  # line width of PDF-style text, 0 for none
    hire: bool
    bracket: tuple[str, str]  # the 文号 brackets as printed


def choose_style(rng: random.Random, place: Place, profile: Profile, form: str | None) -> Style:
    """Draw how a place's gazette prints; ``form`` forces notice, table or bulletin (a city: bulletin)."""
    p = profile
    if place.name is None:
        form = "bulletin"
    elif form is None:
        form = "table" if p.tables and rng.random() < 0.25 else "notice"
    if form == "bulletin":
        date_style = "full"
    elif p.chinese_dates and rng.random() < 0.1:
        date_style = "cn"
    else:
        date_style = rng.choice(["plain", "plain", "spaced", "spaced2"])
    base = (place.name or place.city)[0]
    docno = base + rng.choice(["府", "府", "府任", "政发", "政任", "府发"])
    wrap_width = rng.randint(30, 40) if p.pdf_wrap and form == "notice" and rng.random() < 0.5 else 0
    bracket = rng.choices([("〔", "〕"), ("[", "]"), ("［", "］")], [0.85, 0.1, 0.05])[0]
    return Style(
        form,
        date_style,
        docno,
        rng.random() < 0.3,
        wrap_width,
        p.hire and form == "notice" and rng.random() < 0.4,
        bracket,
    )


@dataclass(slots=True)
class Document:
    """One generated gazette file: its text and the truth rows that point into it."""

    name: str
    text: str
    events: list[dict]
    attestations: list[dict]


class Gazette:
    """Assembles one jurisdiction's text into files of ~100-300 KB, with truth rows and spans."""

    def __init__(self, code: str, rng: random.Random, head: str, section: str) -> None:
        self.code = code
        self._rng = rng
        self.head = head  # 上海市普陀区人民政府公报
        self.section = section  # 区政府文件
        self._parts: list[str] = []
        self._len = 0
        self._events: list[dict] = []
        self._attest: list[dict] = []
        self._seq = 0
        self._target = 0
        self.name = ""
        self.issues: Counter[int] = Counter()  # files started per year: the issue number
        self.page = 1
        self.done: list[Document] = []
        self.form_counts: Counter[str] = Counter()

    def start(self, year: int) -> None:
        """Open a new file (the caller closed the previous one)."""
        self._seq += 1
        self.issues[year] += 1
        self.name = f"{self.code}_{year}_{self._seq:02d}.txt"
        # Characters, not bytes: CJK text is about 3 bytes a character in UTF-8.
        self._target = self._rng.randint(100_000, 300_000) // 3
        # A cover as gazette PDFs have it, then a section heading before the first document.
        self.add(f" {self.head}\n\n{year}年第{self.issues[year]}期\n\n【{self.section}】\n\n")

    @property
    def length(self) -> int:
        """Characters in the current file so far."""
        return self._len

    @property
    def full(self) -> bool:
        """The file reached its size."""
        return self._len >= self._target

    @property
    def half_full(self) -> bool:
        """Past half its size: a new year may start a new file."""
        return self._len >= self._target // 2

    def add(
        self,
        text: str,
        events: Iterable[tuple[dict, int, int]] = (),
        attestations: Iterable[tuple[dict, int, int]] = (),
    ) -> None:
        """Append text; each truth row gets this file's name, its span and its evidence."""
        base = self._len
        for rows, out in ((events, self._events), (attestations, self._attest)):
            for row, a, b in rows:
                row["doc"] = self.name
                row["evidence"] = _WS.sub("", text[a:b])
                row["span"] = [base + a, base + b]
                out.append(row)
        self._parts.append(text)
        self._len += len(text)

    def close(self) -> None:
        """Finish the current file."""
        if self._parts:
            self.done.append(Document(self.name, "".join(self._parts), self._events, self._attest))
        self._parts, self._len, self._events, self._attest = [], 0, [], []


def wrap(line: str, width: int, sep: str = "\n\n") -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """Break ``line`` every ``width`` characters as PDF text does; also return a span mapper."""
    if not width or len(line) <= width:
        return line, lambda a, b: (a, b)
    text = sep.join(line[i : i + width] for i in range(0, len(line), width))
    k = len(sep)
    return text, lambda a, b: (a + (a // width) * k, b + ((b - 1) // width) * k)
