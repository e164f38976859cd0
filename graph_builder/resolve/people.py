"""People (pure): which mentions are one person, decided on evidence, each merge with its reason.

An analysts' judgements file overrides the rules (docs/design.md#identity). The mentions, with their
resolved posts, come from :mod:`graph_builder.resolve.posts`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import yaml

from graph_builder.resolve import ids
from graph_builder.resolve.ids import norm_key
from graph_builder.resolve.orgs import clean
from graph_builder.resolve.posts import Mention, where
from graph_builder.types import STARTS, Action, Kind, Person, Qualifier

# ---------------------------------------------------------------- judgements


@dataclass(frozen=True, slots=True)
class Selector:
    """Which mentions a judgement is about: a printed name, optionally narrowed by post or document."""

    name: str
    post: str | None = None
    doc: str | None = None

    def matches(self, m: Mention) -> bool:
        """True when mention ``m`` is one of those selected."""
        if norm_key(self.name) != m.name_key:
            return False
        if self.post and norm_key(self.post) not in norm_key(m.post):
            return False
        e = m.event
        return not self.doc or self.doc in (e.doc, e.doc_number, Path(e.doc).name)


@dataclass(frozen=True, slots=True)
class Judgement:
    """An analyst's decision that two selections are the same person, different people, or unsure."""

    a: Selector
    b: Selector
    verdict: str  # same | different | unsure
    note: str = ""


VERDICTS = ("same", "different", "unsure")
JUDGEMENTS_FILE = "judgements.yaml"  # the judgements of a data directory (beside its events)


def load_judgements(path: Path | None) -> list[Judgement]:
    """Read the judgements file (YAML or JSON list); a missing file means no judgements."""
    if path is None or not path.exists():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for i, item in enumerate(raw):
        verdict = str(item.get("judgement", item.get("verdict", ""))).strip()
        if verdict not in VERDICTS:
            raise ValueError(
                f"{path}: judgement #{i + 1} has verdict {verdict!r}; expected one of {VERDICTS}"
            )
        a, b = (_selector(item.get(k), path, i) for k in ("a", "b"))
        out.append(Judgement(a, b, verdict, str(item.get("note") or "")))
    return out


def _selector(raw: object, path: Path, i: int) -> Selector:
    if isinstance(raw, str):
        return Selector(raw)
    if isinstance(raw, dict) and raw.get("name"):
        return Selector(str(raw["name"]), raw.get("post"), raw.get("doc"))
    raise ValueError(
        f"{path}: judgement #{i + 1} needs `a` and `b`, each a name or {{name, post, doc}}: {raw!r}"
    )


# ---------------------------------------------------------------- people


class _Clusters:
    """Union-find over mentions with cannot-link constraints and recorded reasons."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.apart: dict[int, set[int]] = defaultdict(set)  # root -> mentions it may not join
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def keep_apart(self, i: int, j: int) -> None:
        self.apart[self.find(i)].add(j)
        self.apart[self.find(j)].add(i)

    def allowed(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or not self.apart:
            return True
        return not (
            any(self.find(k) == rj for k in self.apart.get(ri, ()))
            or any(self.find(k) == ri for k in self.apart.get(rj, ()))
        )

    def union(self, i: int, j: int, reason: str | Callable[[], str], force: bool = False) -> bool:
        """Join the clusters of i and j unless kept apart; ``reason`` (or what it returns) is recorded.

        A callable reason is only called for a real merge: most candidate pairs are already joined,
        and writing their reasons cost more than the clustering itself.
        """
        ri, rj = self.find(i), self.find(j)
        if ri == rj or not (force or self.allowed(i, j)):
            return False
        lo, hi = min(ri, rj), max(ri, rj)
        self.parent[hi] = lo
        if hi in self.apart:
            self.apart[lo] |= self.apart.pop(hi)
        self.reasons[lo] += self.reasons.pop(hi, []) + [reason() if callable(reason) else reason]
        return True


def _same_clause(a: Mention, b: Mention) -> bool:
    """Two events read from one clause (a 其 link, or one verb over several posts)."""
    if a.notice_key != b.notice_key:
        return False
    sa, sb = a.event.span, b.event.span
    if sa != (0, 0) and sb != (0, 0):
        return sa[0] < sb[1] and sb[0] < sa[1]
    ea, eb = a.event.evidence, b.event.evidence
    return bool(ea and eb) and (ea in eb or eb in ea)


def _starts(m: Mention) -> bool:
    return m.event.kind in STARTS or m.event.action in (Action.CONFIRM, Action.NOMINATE_APPOINT)


def _conflict(a: Mention, b: Mention) -> bool:
    """Evidence against: one list names this name twice for two posts, in separate clauses."""
    if a.event.kind is Kind.ATTEST or b.event.kind is Kind.ATTEST:
        return _attested_apart(a, b)
    concurrent = Qualifier.CONCURRENT.value
    return (
        a.notice_key == b.notice_key
        and a.post_id != b.post_id
        and _starts(a)
        and _starts(b)
        and concurrent not in a.event.qualifiers
        and concurrent not in b.event.qualifiers
        and not _same_clause(a, b)
    )


def _attested_apart(a: Mention, b: Mention) -> bool:
    """Two attestations in one notice, one name in two posts on separate lines: two people (the two
    张军 of one working group). An attestation beside an event of the same notice is no evidence."""
    return (
        a.event.kind is Kind.ATTEST
        and b.event.kind is Kind.ATTEST
        and a.notice_key == b.notice_key
        and a.post_id != b.post_id
        and not _same_clause(a, b)
    )


def _one_char_variant(x: str, y: str) -> bool:
    """Same length (three or more), same surname, one other character differs (an OCR or variant glyph).

    In a two-character name that one character is the whole given name: a different person.
    """
    return len(x) == len(y) >= 3 and x[0] == y[0] and sum(c != d for c, d in zip(x, y, strict=True)) == 1


@dataclass
class PeopleResult:
    """Resolved people and which person each event is about."""

    people: dict[str, Person]
    event_person: dict[str, str]
    warnings: list[str] = field(default_factory=list)


def resolve_people(mentions: Sequence[Mention], judgements: Sequence[Judgement] = ()) -> PeopleResult:
    """Cluster mentions into people on evidence; judgements override the rules."""
    uf = _Clusters(len(mentions))
    notes: dict[int, list[str]] = defaultdict(list)
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name_key].append(m)
    _apply_judgements(uf, by_name, judgements, notes)
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.jurisdiction, m.name_key)].append(m)
    for group in groups.values():
        _link_clauses_and_conflicts(uf, group)
    for group in groups.values():
        _merge_same_post(uf, group)
    _merge_attested_post(uf, mentions)
    _merge_variants(uf, mentions)
    for group in groups.values():
        _merge_same_jurisdiction(uf, group)
    return _people_from_clusters(uf, mentions, notes)


def _apply_judgements(uf: _Clusters, by_name: dict, judgements: Sequence[Judgement], notes: dict) -> None:
    for j in judgements:
        side_a = [m for m in by_name.get(norm_key(j.a.name), []) if j.a.matches(m)]
        side_b = [m for m in by_name.get(norm_key(j.b.name), []) if j.b.matches(m)]
        for a in side_a:
            for b in side_b:
                if j.verdict == "different":
                    uf.keep_apart(a.index, b.index)
                elif j.verdict == "same":
                    uf.union(
                        a.index,
                        b.index,
                        f"analyst judgement: same person ({j.note or 'no note'})",
                        force=True,
                    )
        if j.verdict == "unsure" and side_a:
            notes[side_a[0].index].append(f"analyst unsure about {j.a.name} / {j.b.name}: {j.note}")


def _link_clauses_and_conflicts(uf: _Clusters, group: list[Mention]) -> None:
    by_notice: dict[tuple, list[Mention]] = defaultdict(list)
    for m in group:
        by_notice[m.notice_key].append(m)
    for ms in by_notice.values():
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                if _same_clause(a, b):
                    uf.union(a.index, b.index, partial(_clause_reason, a))
                elif _conflict(a, b):
                    uf.keep_apart(a.index, b.index)


def _merge_same_post(uf: _Clusters, group: list[Mention]) -> None:
    first: dict[str, Mention] = {}
    for m in group:
        f = first.setdefault(m.post_id, m)
        if f is not m:
            uf.union(f.index, m.index, partial(_continuity_reason, f, m))


def _merge_attested_post(uf: _Clusters, mentions: Sequence[Mention]) -> None:
    """One name in one post, attested at least once, joins across issuers (a city's list naming a
    district's head): the post itself is the evidence, whatever jurisdiction printed it."""
    first: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        f = first.setdefault((m.name_key, m.post_id), m)
        attested = f.event.kind is Kind.ATTEST or m.event.kind is Kind.ATTEST
        if f is not m and attested and f.jurisdiction != m.jurisdiction:
            uf.union(f.index, m.index, partial(_attested_reason, f, m))


def _merge_variants(uf: _Clusters, mentions: Sequence[Mention]) -> None:
    by_post: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_post[(m.jurisdiction, m.post_id)].append(m)
    for ms in by_post.values():
        names: dict[str, Mention] = {}
        starts: set[str] = set()
        for m in ms:
            names.setdefault(m.name_key, m)
            if _starts(m):
                starts.add(m.name_key)
        keys = sorted(names)
        for i, x in enumerate(keys):
            for y in keys[i + 1 :]:
                # one career, printed two ways: one printing starts the tenure, the other only ends or
                # confirms it; two appointments are two people (王晗 / 王琦 are two deputies)
                if _one_char_variant(x, y) and not (x in starts and y in starts):
                    a, b = names[x], names[y]
                    uf.union(a.index, b.index, partial(_variant_reason, a, b))


def _merge_same_jurisdiction(uf: _Clusters, group: list[Mention]) -> None:
    head = group[0]
    for m in group[1:]:
        uf.union(head.index, m.index, partial(_jurisdiction_reason, head, m))


# Merge reasons, written only for merges that happen (see _Clusters.union).


def _clause_reason(a: Mention) -> str:
    return f"{a.event.person}: one clause names both posts ({where(a)})"


def _continuity_reason(f: Mention, m: Mention) -> str:
    return f"{m.event.person}: career continuity on {m.post} ({where(f)} → {where(m)})"


def _attested_reason(f: Mention, m: Mention) -> str:
    return f"{m.event.person}: attested in the same post {m.post} by two issuers ({where(f)} → {where(m)})"


def _variant_reason(a: Mention, b: Mention) -> str:
    return (
        f"{a.event.person} / {b.event.person}: one-character variant on the same post {a.post} "
        f"({where(a)}; {where(b)})"
    )


def _jurisdiction_reason(head: Mention, m: Mention) -> str:
    return (
        f"{m.event.person}: same name under the same issuer jurisdiction {m.jurisdiction or '?'} with no "
        f"conflicting evidence (weak; {where(head)} / {where(m)})"
    )


def _people_from_clusters(uf: _Clusters, mentions: Sequence[Mention], notes: dict) -> PeopleResult:
    clusters: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[uf.find(m.index)].append(m)
    cleaned: dict[str, str] = {}  # printed name -> without whitespace (a regex each: do it once)
    keys: dict[str, str] = {}  # cleaned printed name -> its matching key (the mention's name_key)
    for m in mentions:
        c = cleaned.get(m.event.person)
        if c is None:
            c = cleaned[m.event.person] = clean(m.event.person)
        keys.setdefault(c, m.name_key)
    display: dict[int, str] = {}
    for root, ms in clusters.items():
        printed = [cleaned[m.event.person] for m in ms]
        if len(printed) == 1:
            display[root] = printed[0]
            continue
        counts = Counter(printed)
        # the most frequent printing; on a tie the earliest
        display[root] = max(counts, key=lambda n: (counts[n], -printed.index(n)))
    namesakes = Counter((clusters[r][0].jurisdiction, keys[display[r]]) for r in clusters)
    people: dict[str, Person] = {}
    event_person: dict[str, str] = {}
    for root in sorted(clusters):
        ms = clusters[root]
        jur, name = ms[0].jurisdiction, display[root]
        anchor = f"{ms[0].post_id}|{ms[0].event_id}" if namesakes[(jur, keys[name])] > 1 else None
        pid = ids.person_id(jur, name, anchor, name_key=keys[name])
        names = tuple(sorted({cleaned[m.event.person] for m in ms}))
        reasons = tuple(uf.reasons.get(root, [])) + tuple(n for m in ms for n in notes.get(m.index, []))
        people[pid] = Person(pid, name, names, reasons)
        for m in ms:
            event_person[m.event_id] = pid
    return PeopleResult(people, event_person)
