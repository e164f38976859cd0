"""Attestations (pure): who held which post on a day, read from what is not an appointment.

A gazette shows holders of posts in four more shapes than its 任免 notices (docs/design.md#forms):
working groups' membership lists (组 长：肖文高 区长 / 成 员：… one member a line), signatures
(区长：肖文高, or a name alone under the issuing body), 任前公示 tables (the 现任职务 column), and
dated text naming a title before a name (区财政局局长黄继文出席; 时任… dated by its own sentence).
Each is dated by its notice (the signing date, a news item's date); none is an event. Past posts
without a date of their own (曾任, 历任, biographies) are not attestations.

Lists and tables are read on the raw lines (the spaces between a name and a post are what tells them
apart: 张 军 区房管局局长); dated text on the notice's compact form, like events.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Final

import yaml

from graph_builder.extract.names import is_name
from graph_builder.extract.posts import read_posts
from graph_builder.extract.titles import ends_with_title, title_word
from graph_builder.read.dates import DATE, parse_date
from graph_builder.read.normalise import Compact, compact, key_table
from graph_builder.read.patterns import date_line
from graph_builder.read.segment import ISSUER, Block, blocks, by_first_character, jurisdiction_government
from graph_builder.resolve.orgs import GOVERNMENT, jurisdiction_of
from graph_builder.types import Attestation, AttestForm, FuzzyDate

_GAP: Final = r"[ \t\u3000\u00a0]"
_GAPS: Final = re.compile(f"{_GAP}+")
# A government head's title names the jurisdiction's government (区长 in a 普陀区 notice).
_GOVERNMENT_TITLE: Final = re.compile(r"^(?:常务|第一|执行)?(?:副|代理|代)?(?:省|市|区|县|州|旗|镇|乡)长$")
_TABLE_SPLIT: Final = re.compile(r"\t+|\u3000{2,}| {2,}")
_CURRENT: Final = ("现任职务", "现职务", "现工作单位及职务", "现任单位及职务", "现工作单位职务")
_HAN_NAME: Final = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
_SIGNER: Final = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")  # a name alone on its line
_PUNCT: Final = re.compile(r"[，,。；;：:“”\"]")


@cache
def _vocab() -> dict:
    path = resources.files("graph_builder.extract").joinpath("data/attestations.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def _label() -> re.Pattern[str]:
    """A membership list's label at the start of a line, spaces allowed inside (副 组 长：)."""
    labels = sorted(_vocab()["list_labels"], key=len, reverse=True)
    spaced = "|".join(f"{_GAP}*".join(map(re.escape, label)) for label in labels)
    return re.compile(rf"^{_GAP}*(?:{spaced}){_GAP}*[:：]")


@cache
def _narrative() -> re.Pattern[str]:
    """A title word, then a name, then a verb or the end of an item (局长黄继文出席): where a title
    stands before a name in running text. Anchored on the title (literals), the engine skips ahead."""
    bases = title_word().pattern.split("|")  # the title words, longest first (Han: nothing escaped)
    after = "|".join(map(re.escape, _vocab()["narrative_after"]))
    return re.compile(
        rf"(?:{by_first_character(bases)})(?P<name>[\u4e00-\u9fff]{{2,3}})(?=(?:{after})|[、,，。；;)\n]|$)"
    )


@cache
def _not_held() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _vocab()["not_held"])))


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """The matching form of ``text`` character for character (read_posts needs equal lengths)."""
    key = text.translate(key_table())
    return key if len(key) == len(text) else text


def read_held_posts(post_text: str, issuer: str | None) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The posts of a list cell or line (区委常委、副区长 is two): (post, org, title, qualifiers).

    A bare government title is the jurisdiction's government's (副区长 → 上海市普陀区人民政府副区长);
    a title with no organisation at all (组长, 委员) is a working group's role, not a post.
    """
    text = _GAPS.sub("", post_text)
    if not text or len(text) > 60 or _PUNCT.search(text):
        return []
    out = []
    for pm in read_posts(text, _key(text)):
        org, title, post = pm.org, pm.title, pm.post
        if not org:
            jur = jurisdiction_of(issuer)
            if not jur or not _GOVERNMENT_TITLE.match(_key(title)):
                continue
            org = jur + GOVERNMENT
            post = org + title
        out.append((post, org, title, pm.qualifiers))
    return out


# ---------------------------------------------------------------- notices


class _Notices:
    """The notices of a whole document, to date and attribute a line at any source offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.c: Compact = compact(text)
        self.blocks: list[Block] = blocks(self.c) if self.c.text else []
        self._starts: list[int] | None = None  # made on first use: the source map costs most

    @cached_property
    def government(self) -> str | None:
        """The government the gazette speaks for (its most printed …人民政府)."""
        return jurisdiction_government(self.text)

    def at(self, offset: int) -> tuple[Block, int] | None:
        """The notice holding source ``offset`` and the compact position there."""
        if not self.blocks:
            return None
        if self._starts is None:
            self._starts = [self.c.source_offset(b.start) for b in self.blocks]
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        pos = max(0, bisect_right(self.c.sources, offset) - 1)
        return self.blocks[k], pos

    def issuer(self, block: Block) -> str | None:
        """The notice's issuer; one naming no jurisdiction (中共…区委组织部) gives way to the gazette's
        government, whose jurisdiction completes the posts (区商务委 → 上海市…区商务委员会)."""
        if block.issuer and (jurisdiction_of(block.issuer) or not self.government):
            return block.issuer
        return self.government or block.issuer


@dataclass(frozen=True)
class _Found:
    """One person in one post at a source span, before the notice's context is added."""

    person: str
    post_text: str
    span: tuple[int, int]
    form: AttestForm
    date: FuzzyDate | None = None  # its own date (时任): else the notice's


def attestations_in_text(doc: str, text: str) -> list[Attestation]:
    """Every attestation in one document's text, in text order, with the notice's date and issuer."""
    notices = _Notices(text)
    lines = list(_lines(text))
    found = [*_list_members(lines), *_table_rows(lines), *_signatures(lines, notices)]
    taken = [f.span for f in found]
    found += [f for f in _narratives(notices) if not any(a < f.span[1] and f.span[0] < b for a, b in taken)]
    out: dict[tuple, Attestation] = {}
    for f in sorted(found, key=lambda f: f.span):
        where = notices.at(f.span[0])
        if where is None:
            continue
        block, pos = where
        day = f.date or (block.date_at(pos) if f.form is AttestForm.NARRATIVE else _signed_after(block, pos))
        if day is None:
            continue  # an undated mention shows nothing about a day
        issuer = notices.issuer(block)
        for post, org, title, qualifiers in read_held_posts(f.post_text, issuer):
            a = Attestation(
                doc,
                block.title,
                block.doc_number,
                issuer,
                day,
                _GAPS.sub("", f.person),
                post,
                org,
                title,
                f.form,
                text[f.span[0] : f.span[1]],
                f.span,
                qualifiers,
            )
            out.setdefault((a.person, a.post, a.span), a)
    return list(out.values())


def _signed_after(block: Block, pos: int) -> FuzzyDate | None:
    """A list's or table's date: the signing date below it in its notice, else the date above it (an
    attachment printed after the signature)."""
    below = next((d for at, d in block.dates if at > pos), None)
    return below or block.date_at(pos)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


# ---------------------------------------------------------------- lists


def _member(rest: str) -> tuple[str, str] | None:
    """(name, post text) of a list line's member part: 朱  铮 宜川街道主任, 顾薇玲\t区体育局局长."""
    tokens = _GAPS.split(rest.strip())
    if len(tokens) >= 3 and len(tokens[0]) == len(tokens[1]) == 1:
        name, post = tokens[0] + tokens[1], tokens[2:]  # a two-character name spaced to align: 张 军
    elif len(tokens) >= 2:
        name, post = tokens[0], tokens[1:]
    else:
        return None
    if not _list_name(name) or not _is_post("".join(post)):
        return None
    return name, " ".join(post)


def _list_name(name: str) -> bool:
    """A member's name: a known surname's, or any two or three Han characters that are no title
    (the line's shape, name then post, already says it is a name: 奉典旭, 索华伟)."""
    return is_name(name) or (
        bool(_HAN_NAME.match(name)) and not ends_with_title(name) and name not in _vocab()["not_names"]
    )


def _is_post(text: str) -> bool:
    """A post with its organisation, or a government head's bare title (区长)."""
    if not text or len(text) > 60 or _PUNCT.search(text):
        return False
    return bool(read_posts(text, _key(text))) and (
        any(pm.org for pm in read_posts(text, _key(text))) or bool(_GOVERNMENT_TITLE.match(_key(text)))
    )


def _list_members(lines: list[tuple[int, str]]) -> Iterator[_Found]:
    """Members of membership lists: a labelled line opens a list; unlabelled lines go on with it."""
    label = _label()
    open_list = False
    for pos, line in lines:
        if not line.strip():
            continue  # a blank line (a page break) keeps a list open
        m = label.match(line)
        rest = line[m.end() :] if m else line
        member = _member(rest) if (m or open_list) else None
        if member:
            yield _member_found(pos, line, rest, member)
        open_list = bool(member) or bool(m and _only_note(rest))


def _only_note(rest: str) -> bool:
    """A label with no member after it: nothing, or a note like （按姓氏笔画排序）."""
    r = _GAPS.sub("", rest)
    return not r or (r[0] in "(（" and r[-1] in ")）")


def _member_found(pos: int, line: str, rest: str, member: tuple[str, str]) -> _Found:
    start = pos + len(line) - len(rest.lstrip())
    end = pos + len(line.rstrip())
    return _Found(member[0], member[1], (start, end), AttestForm.LIST)


# ---------------------------------------------------------------- 现任职务 tables


def _cells(line: str) -> list[str]:
    """A table row's cells: between '|' when it has them (a cell may hold spaces: 孙  丽), else
    between tabs or runs of spaces."""
    row = line.strip()
    if "|" in row:
        return [c.strip() for c in row.strip("|").split("|")]
    return _TABLE_SPLIT.split(row)


def _table_rows(lines: list[tuple[int, str]]) -> Iterator[_Found]:
    """Rows of a table whose header has 姓名 and 现任职务: each row's name in its current post."""
    cols: tuple[int, int] | None = None
    for pos, line in lines:
        if not line.strip() or (cols is None and "姓名" not in line):
            continue  # nothing is read before a header naming 姓名
        cells = _cells(line)
        keys = [_GAPS.sub("", c) for c in cells]
        name_col = next((i for i, k in enumerate(keys) if k == "姓名"), None)
        post_col = next((i for i, k in enumerate(keys) if k in _CURRENT), None)
        if name_col is not None and post_col is not None:
            cols = (name_col, post_col)
            continue
        if cols is None:
            continue
        if len(cells) <= max(cols) or set(line.strip()) <= set("|-: "):
            cols = None if len(cells) <= max(cols) else cols
            continue
        name = keys[cols[0]]
        if is_name(name):
            start = pos + line.find(cells[cols[0]])
            yield _Found(name, cells[cols[1]], (start, pos + len(line.rstrip())), AttestForm.CURRENT_POST)


# ---------------------------------------------------------------- signatures


_SIGNED: Final = re.compile(
    rf"^{_GAP}*(?P<title>[\u4e00-\u9fff]{{2,6}}){_GAP}*[:：]{_GAP}*(?P<name>[\u4e00-\u9fff]{{2,4}}){_GAP}*$"
)


def _signatures(lines: list[tuple[int, str]], notices: _Notices) -> Iterator[_Found]:
    """区长：肖文高 above a signing date; or a name alone between the issuing body and the date."""
    for i, (pos, line) in enumerate(lines):
        if not 2 <= len(line) <= 30:  # a signature is a short line
            continue
        m = _SIGNED.match(line)
        name = _GAPS.sub("", line)
        if not (m or _SIGNER.match(name)) or not _dated_soon(lines, i):
            continue
        if m and is_name(m["name"]) and _GOVERNMENT_TITLE.match(_key(m["title"])):
            span = (pos + m.start("title"), pos + m.end("name"))
            yield _Found(m["name"], m["title"], span, AttestForm.SIGNATURE)
            continue
        body = _GAPS.sub("", _previous(lines, i))
        if is_name(name) and ISSUER.search(body) and len(body) <= 30 and (head := _head_post(body)):
            start = pos + len(line) - len(line.lstrip())
            yield _Found(name, head, (start, pos + len(line.rstrip())), AttestForm.SIGNATURE)


def _dated_soon(lines: list[tuple[int, str]], i: int) -> bool:
    """The next non-empty line after line ``i`` is a date line (the signing date)."""
    for _, line in lines[i + 1 : i + 4]:
        if line.strip():
            return bool(date_line(_key(_GAPS.sub("", line))))
    return False


def _previous(lines: list[tuple[int, str]], i: int) -> str:
    for _, line in reversed(lines[max(0, i - 3) : i]):
        if line.strip():
            return line
    return ""


def _head_post(body: str) -> str | None:
    """The post of whoever signs for ``body``: its head (上海市普陀区财政局 → …局长; 人民政府 → 区长)."""
    for suffix, title in _vocab()["head_titles"].items():
        if body.endswith(suffix):
            if title:
                return body + title
            level = body.removesuffix(suffix)[-1:]
            return body + level + "长" if level in "省市区县镇乡" and level else None
    return None


# ---------------------------------------------------------------- dated text


def _narratives(notices: _Notices) -> Iterator[_Found]:
    """区财政局局长黄继文出席: a title before a name in a dated notice; 时任… with its sentence's date."""
    c = notices.c
    key = c.key
    for m in _narrative().finditer(key):
        start = _post_start(key, m.start())
        if start is None:
            continue
        name = c.text[m.start("name") : m.end("name")]
        if not is_name(name) or ends_with_title(m["name"]) or m["name"] in _vocab()["not_names"]:
            continue
        clause = _clause(key, start, m.end())
        if _not_held().search(clause):
            continue
        then = key.startswith("时任", start - 2)
        day = None
        if then:
            day = _sentence_date(key, start)
            if day is None:
                continue  # 时任 with no date of its own: when is not known
        elif "时任" in clause:
            continue
        span = c.source_span(start, m.end("name"))
        post = c.text[start : m.start("name")]
        yield _Found(name, post, span, AttestForm.AT_THE_TIME if then else AttestForm.NARRATIVE, day)


# What may stand just before a post in running text (由区建管委主任王庆滨, 时任区财政局局长…).
_BEFORE_POST: Final = frozenset("由和及与、,，。；;:：(（\n时任为是在")
_LEVEL_MARK: Final = frozenset("区市县镇省")
_MAX_POST: Final = 24  # characters from a post's level mark to its title


def _post_start(key: str, title_at: int) -> int | None:
    """Where the post ending in the title at ``title_at`` starts: the nearest level mark (区, 市 …)
    before it that follows a word boundary (副区长: the 区 of 副区长 starts no post)."""
    for p in range(title_at - 1, max(-1, title_at - _MAX_POST - 1), -1):
        ch = key[p]
        if ch in "，,。；;\n、":
            return None
        if ch in _LEVEL_MARK and (p == 0 or key[p - 1] in _BEFORE_POST):
            return p
    return None


def _clause(key: str, start: int, end: int) -> str:
    lo = max(key.rfind(ch, 0, start) for ch in "，,。；;\n")
    his = [i for i in (key.find(ch, end) for ch in "，,。；;\n") if i >= 0]
    return key[lo + 1 : min(his) if his else len(key)]


def _sentence_date(key: str, at: int) -> FuzzyDate | None:
    """The last date printed in the sentence before ``at`` (2019年3月，时任…)."""
    lo = max(key.rfind(ch, 0, at) for ch in "。\n")
    found = None
    for m in DATE.finditer(key, lo + 1, at):
        found = parse_date(m) or found
    return found
