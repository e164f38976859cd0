"""Copies of one notice (pure): the same notice saved under two file names, or printed in both scripts.

Gazettes are republished on several sites. Read as they are, every copy adds its events again: a
holder listed twice, a removal that ends nothing and opens a phantom tenure. Two notices of different
documents are one notice when they carry the same 文号 from the same issuer (compared in simplified
script, with one bracket style), or, when one of them has no 文号 that holds a year (a congress's
公告（第12号） is numbered again each term), when their events say the same in the same words (the
same normalised evidence in either script).

One copy is kept (the one printed most in simplified script, then the first document by path), and
each event of another copy that says what a kept event says (the same person, post and action) is
folded into it: the kept event stands for both, and the copy is recorded as another source of it.
The events as extracted (``events.jsonl``) stay one per document; only derivation counts the notice
once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from graph_builder.resolve.ids import norm_key, to_simplified
from graph_builder.types import Event, Kind

NoticeKey = tuple[str, str | None, str | None]  # (document, notice title, 文号): one notice of a file
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NO_DAY = date.max  # an undated event, in a notice's shape
_ROUND = str.maketrans({"(": "[", ")": "]"})  # norm_key has made 〔〕［］【】 into [] and （） into ()


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A notice read from several documents: the one kept, its copies, how many events were folded."""

    doc_number: str
    title: str
    kept: str
    copies: tuple[str, ...]
    events: int  # events folded (attestations of the copies are folded too, not counted here)

    def as_dict(self) -> dict:
        """Plain-dict form for build reports and JSON."""
        return {
            "doc_number": self.doc_number,
            "title": self.title,
            "kept": self.kept,
            "copies": list(self.copies),
            "events": self.events,
        }


@dataclass
class Folded:
    """The events with copies folded out, and what was folded."""

    events: dict[str, Event]  # the kept events, by id, in the order given
    copies: dict[str, list[Event]] = field(default_factory=dict)  # kept event id → the same from copies
    duplicates: list[Duplicate] = field(default_factory=list)


def doc_number_key(doc_number: str | None) -> str:
    """A 文号 as compared: simplified script, NFKC, no spaces, every bracket style as ``[]``."""
    return norm_key(doc_number).translate(_ROUND)


def fold_copies(events: Mapping[str, Event]) -> Folded:
    """Fold the events of every copy of a notice into the events of the copy kept (see the module)."""
    notices: dict[NoticeKey, list[str]] = defaultdict(list)
    for eid, e in events.items():
        notices[(e.doc, e.notice, e.doc_number)].append(eid)
    if len({doc for doc, _, _ in notices}) < 2:  # one document: no copies (and no cost)
        return Folded(dict(events))
    folded: dict[str, str] = {}  # copy event id → kept event id
    duplicates = []
    for group in _same_notices(notices, events):
        kept, *others = sorted(group, key=lambda k: _keep_order(k, notices[k], events))
        copies: dict[str, None] = {}
        count = 0
        for other in others:
            pairs = _pair_events(notices[kept], notices[other], events)
            folded.update(pairs)
            if pairs:
                copies[other[0]] = None
                count += sum(events[eid].kind is not Kind.ATTEST for eid in pairs)
        if copies:
            duplicates.append(Duplicate(kept[2] or "", kept[1] or "", kept[0], tuple(copies), count))
    if not folded:
        return Folded(dict(events))
    out = Folded({eid: e for eid, e in events.items() if eid not in folded}, duplicates=duplicates)
    for copy, eid in folded.items():
        out.copies.setdefault(eid, []).append(events[copy])
    return out


class _Groups:
    """Union-find over the notices (by position)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, members: list[int]) -> None:
        for i in members[1:]:
            self.parent[self.find(i)] = self.find(members[0])


def _same_notices(
    notices: Mapping[NoticeKey, list[str]], events: Mapping[str, Event]
) -> list[list[NoticeKey]]:
    """Groups of two or more notices, of more than one document, that are one notice."""
    keys = list(notices)
    groups = _Groups(len(keys))
    by_digits: dict[tuple, list[int]] = defaultdict(list)
    by_shape: dict[tuple, list[int]] = defaultdict(list)
    for i, (_, _, number) in enumerate(keys):
        if _numbered_alone(number):
            by_digits[_digits(number)].append(i)
        by_shape[_shape(notices[keys[i]], events)].append(i)
    for members in by_digits.values():
        # 文号 are normalised only where two documents print the same numbers (most 文号 are unique)
        if len(members) > 1 and len({keys[i][0] for i in members}) > 1:
            by_number: dict[tuple[str, str], list[int]] = defaultdict(list)
            for i in members:
                issuer = events[notices[keys[i]][0]].issuer
                by_number[(doc_number_key(keys[i][2]), norm_key(issuer))].append(i)
            for same in by_number.values():
                groups.join(same)
    for members in by_shape.values():
        # words are compared only where a notice without 文号 shares its shape with another document's
        if (
            len(members) > 1
            and any(not _numbered_alone(keys[i][2]) for i in members)
            and len({keys[i][0] for i in members}) > 1
        ):
            by_content: dict[tuple, list[int]] = defaultdict(list)
            for i in members:
                by_content[_content(notices[keys[i]], events)].append(i)
            for same_content in by_content.values():
                if len(same_content) > 1:
                    for same in _same_words(same_content, keys, notices, events):
                        groups.join(same)
    out: dict[int, list[NoticeKey]] = defaultdict(list)
    for i, k in enumerate(keys):
        out[groups.find(i)].append(k)
    return [g for g in out.values() if len({doc for doc, _, _ in g}) > 1]


def _numbered_alone(doc_number: str | None) -> bool:
    """Whether a 文号 tells one notice from every other: it holds a year (普府〔2024〕99号, 临2024-015).
    A congress's 公告（第12号） is numbered again each term, so such notices are compared by words."""
    return bool(doc_number) and _YEAR.search(doc_number) is not None


def _digits(doc_number: str) -> tuple[int, ...] | str:
    """The numbers of a 文号 (普府〔2024〕99号 → 2024, 99; full-width digits too), else the 文号 itself."""
    found = _DIGITS.findall(doc_number)
    return tuple(map(int, found)) if found else doc_number_key(doc_number)


def _shape(eids: list[str], events: Mapping[str, Event]) -> tuple:
    """What two copies of a notice share, read without normalising any text: events and dates."""
    days = sorted(_NO_DAY if events[e].date is None else events[e].date.earliest for e in eids)
    return (days[0], days[-1], *sorted(events[e].action for e in eids))


def _content(eids: list[str], events: Mapping[str, Event]) -> tuple:
    """What a notice says: its events' people, posts, actions and dates, in either script."""
    return tuple(sorted((*_says(events[e]), *_days(events[e])) for e in eids))


def _days(e: Event) -> tuple[date, date]:
    return (e.date.earliest, e.date.latest) if e.date is not None else (_NO_DAY, _NO_DAY)


def _says(e: Event) -> tuple[str, str, str, bool]:
    """What an event (or attestation) says, in either script: who, which post, what was done."""
    return (norm_key(e.person), norm_key(e.post), e.action, e.kind is Kind.ATTEST)


def _same_words(
    members: list[int],
    keys: list[NoticeKey],
    notices: Mapping[NoticeKey, list[str]],
    events: Mapping[str, Event],
) -> list[list[int]]:
    """Among notices saying the same, those printed in the same words that no two 文号 tell apart.

    The evidence is normalised only here, for the few notices whose events already agree. Two notices
    that both carry a 文号 were compared by it: different numbers, different notices.
    """
    by_words: dict[tuple, list[int]] = defaultdict(list)
    for i in members:
        by_words[tuple(sorted(norm_key(events[e].evidence) for e in notices[keys[i]]))].append(i)
    out = []
    for same in by_words.values():
        numbered = [i for i in same if _numbered_alone(keys[i][2])]
        unnumbered = [i for i in same if not _numbered_alone(keys[i][2])]
        if unnumbered and len(same) > 1:
            out.append(numbered[:1] + unnumbered)
    return out


def _keep_order(key: NoticeKey, eids: list[str], events: Mapping[str, Event]) -> tuple:
    """The copy kept first: the one printed most in simplified script, then the first document by path.

    Counted, not tested: a simplified notice may still print a name in a traditional character (顾铖禕).
    """
    traditional = sum(_traditional_chars(events[eid].person + events[eid].post) for eid in eids)
    return (traditional, key[0], key[1] or "")


def _traditional_chars(text: str) -> int:
    return sum(a != b for a, b in zip(text, to_simplified(text), strict=False))


def _pair_events(kept: list[str], other: list[str], events: Mapping[str, Event]) -> dict[str, str]:
    """Each event of ``other`` saying what an event of ``kept`` says, paired with it (each used once)."""
    waiting: dict[tuple, list[str]] = defaultdict(list)
    for eid in kept:
        waiting[_says(events[eid])].append(eid)
    pairs = {}
    for eid in other:
        match = waiting.get(_says(events[eid]))
        if match:
            pairs[eid] = match.pop(0)
    return pairs
