"""Resolution (pure): organisations, posts and people behind the names printed in events.

Organisations: short forms become full names within the issuer's jurisdiction (alias table in
``data/org_aliases.yaml``), and nest (internal unit < department < government < district < city).
Posts: an organisation plus a title; the same post written differently is one post.
People: identity is decided on evidence, each merge records why, and an analysts' judgements
file overrides the rules (docs/design.md#identity).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path

import yaml

from graph_builder.extract.titles import is_principal, split_post
from graph_builder.resolve import ids
from graph_builder.resolve.ids import norm_key
from graph_builder.types import STARTS, Action, Event, FuzzyDate, Organisation, Person, Post, Qualifier

# ---------------------------------------------------------------- jurisdictions

_ISSUER_SUFFIX = re.compile(
    r"(人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|政府)$"
)
_LEVEL = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|州|县|区|旗)")
GOVERNMENT = "人民政府"


@lru_cache(maxsize=4096)
def jurisdiction_levels(issuer: str | None) -> tuple[str, ...]:
    """The nested jurisdictions of an issuer: 上海市普陀区人民政府 → (上海市, 上海市普陀区)."""
    if not issuer:
        return ()
    core = _ISSUER_SUFFIX.sub("", norm_key(issuer))
    parts = _LEVEL.findall(core)
    if not parts or "".join(parts) != core:
        return ()
    return tuple("".join(parts[: i + 1]) for i in range(len(parts)))


def jurisdiction_of(issuer: str | None) -> str | None:
    """The innermost jurisdiction of an issuer, or None."""
    levels = jurisdiction_levels(issuer)
    return levels[-1] if levels else None


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True)
class AliasTable:
    """The organisation alias data: short forms, per-jurisdiction names, nesting words."""

    short_forms: dict[str, str]
    local: dict[str, dict[str, str]]
    departments: tuple[str, ...]
    units: tuple[str, ...]


@lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    """The packaged alias table (``graph_builder/resolve/data/org_aliases.yaml``)."""
    path = resources.files("graph_builder.resolve").joinpath("data/org_aliases.yaml")
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return AliasTable(
        short_forms={norm_key(k): v for k, v in raw["short_forms"].items()},
        local={norm_key(j): {norm_key(k): v for k, v in m.items()} for j, m in raw["local"].items()},
        departments=tuple(raw["departments"]),
        units=tuple(sorted(raw["units"], key=len, reverse=True)),
    )


def _clean(text: str) -> str:
    """Printed text without whitespace (names are kept as printed otherwise)."""
    return re.sub(r"\s+", "", text)


def resolve_org(text: str, levels: Sequence[str]) -> tuple[str, str | None]:
    """The full name of an organisation as printed in a document of jurisdiction ``levels``.

    Returns (full name, how it was resolved or None when already full).
    """
    printed = _clean(text)
    key = norm_key(printed)
    table = alias_table()
    for level in reversed(levels):
        hit = table.local.get(level, {}).get(key)
        if hit:
            return hit, f"local alias of {level}"
    for level in reversed(levels):
        # "普陀区科委" / "长宁区司法局": the jurisdiction named without its city
        short = level[len(levels[0]) :] if level != levels[0] else ""
        for prefix in filter(None, (level, short)):
            if key.startswith(prefix) and len(key) > len(prefix) and len(key) == len(printed):
                rest = printed[len(prefix) :]
                full = table.short_forms.get(norm_key(rest), rest)
                # keep the jurisdiction as printed (either script); add only what was left out
                head = level[: len(level) - len(prefix)] + printed[: len(prefix)]
                return head + full, None if prefix == level and full == rest else f"completed from {level}"
    marker = key[:1]
    if marker and len(key) > 1:
        for level in reversed(levels):
            if level.endswith(marker):
                rest = printed[1:]
                return level + table.short_forms.get(norm_key(rest), rest), f"short form in {level}"
    return printed, None


def parent_name(name: str, known: Mapping[str, str], levels: Sequence[str]) -> str | None:
    """The organisation ``name`` nests under: a known prefix, its department, or its government.

    ``known`` maps the key of each known organisation to its name.
    """
    key = norm_key(name)
    # the longest known organisation whose name is a proper prefix of this one
    best = next((known[key[:i]] for i in range(len(key) - 1, 0, -1) if key[:i] in known), None)
    dept = _department_of(name)
    if dept and (best is None or len(dept) > len(best)):
        best = dept
    jur = next((lv for lv in reversed(levels) if key.startswith(lv)), None)
    if jur is None:
        return best
    gov = jur + GOVERNMENT
    if key == gov:
        return jur
    if key == jur:
        return levels[levels.index(jur) - 1] if levels.index(jur) > 0 else None
    if best is None or len(norm_key(best)) <= len(jur):
        return gov
    return best


def _department_of(name: str) -> str | None:
    """For an internal unit (…执法局执法大队) the department it belongs to, else None."""
    table = alias_table()
    for unit in table.units:
        if name.endswith(unit) and len(name) > len(unit):
            head = name[: -len(unit)]
            for dep in table.departments:
                i = head.rfind(dep)
                if i > 0:
                    return head[: i + len(dep)]
    return None


# ---------------------------------------------------------------- posts and mentions


@dataclass(slots=True)
class Mention:
    """One event with its id, jurisdiction and resolved organisation and post.

    Not frozen: a million of them are made per build, and a frozen dataclass costs three times as
    much to create. Nothing changes one after :func:`make_mentions`.
    """

    index: int
    event_id: str
    event: Event
    levels: tuple[str, ...]
    org: str  # full organisation name
    post: str  # canonical full post
    post_id: str
    name_key: str
    notice_key: tuple = ()  # which notice this mention is in: (doc, notice, 文号, date)

    @property
    def jurisdiction(self) -> str | None:
        """The innermost jurisdiction of the issuer."""
        return self.levels[-1] if self.levels else None


@lru_cache(maxsize=65_536)
def date_iso(d: FuzzyDate) -> str:
    """``d.iso()``, remembered: a few thousand distinct dates recur across a million events."""
    return d.iso()


def event_key(e: Event) -> str:
    """The deterministic id of an event."""
    return ids.event_id(
        e.doc,
        e.doc_number,
        date_iso(e.date) if e.date else None,
        e.action,  # a str enum: its text is its value
        e.person,
        e.post,
        e.span,
        e.evidence,
    )


def _levels_for(issuer: str | None, org: str) -> tuple[str, ...]:
    levels = jurisdiction_levels(issuer)
    if levels:
        return levels
    # No issuer: take the jurisdiction the post itself names ("上海市普陀区…").
    m = _LEVEL.findall(norm_key(org)[:12])
    return tuple("".join(m[: i + 1]) for i in range(min(len(m), 2))) if m else ()


def make_mentions(events: Mapping[str, Event]) -> list[Mention]:
    """Resolve each event (by id) to its organisation and post; in date, document and position order."""
    out: list[Mention] = []
    # Per-build caches: posts, names and notices recur, and the module's LRU caches are smaller
    # than a million-event build's working set.
    posts: dict[tuple, tuple] = {}
    names: dict[str, str] = {}
    notices: dict[tuple, tuple] = {}
    for i, eid in enumerate(_in_sort_order(events)):
        e = events[eid]
        pk = (e.post, e.org, e.title, e.issuer)
        resolved = posts.get(pk)
        if resolved is None:
            resolved = posts[pk] = _resolve_post(*pk)
        name = names.get(e.person)
        if name is None:
            name = names[e.person] = norm_key(e.person)
        nk = (e.doc, e.notice, e.doc_number, date_iso(e.date) if e.date else None)
        notice = notices.setdefault(nk, nk)  # one tuple per notice, shared by its mentions
        out.append(Mention(i, eid, e, *resolved, name, notice))
    return out


def _in_sort_order(events: Mapping[str, Event]) -> Iterator[str]:
    """The ids of ``events`` in :func:`sort_key` order (ties in the mapping's order).

    Bucketed by date first, then each bucket sorted by the rest of the key: one ``sorted`` over a
    million events held a million seven-field key tuples at once (about 200 MB).
    """
    by_date: dict[tuple[date, date], list[str]] = defaultdict(list)
    for eid, e in events.items():
        d = e.date
        by_date[(d.earliest, d.latest) if d is not None else (_FAR, _FAR)].append(eid)
    for day in sorted(by_date):
        bucket = by_date.pop(day)  # free each bucket once it is done
        # list.sort is stable, as one sort by the whole key was
        bucket.sort(key=lambda eid: _rest_of_sort_key(events[eid]))
        yield from bucket


def _rest_of_sort_key(e: Event) -> tuple:
    """:func:`sort_key` without its leading dates."""
    return (_RANK[e.action], e.doc, e.span, e.post, e.person)


def _resolve_post(printed: str, org_text: str, title: str, issuer: str | None) -> tuple:
    """(levels, full organisation, canonical post, post id): shared by every event naming this post."""
    levels = _levels_for(issuer, org_text or printed)
    if not (org_text and title):
        org_text, title = split_either_script(printed)
    org, _ = resolve_org(org_text or printed, levels)
    post = org + _clean(title)
    return levels, org, post, ids.post_id(post)


def split_either_script(post: str) -> tuple[str, str]:
    """split_post on the simplified form, cut where it cuts in the text as printed."""
    printed = _clean(post)
    key = ids.to_simplified(printed)
    org, _ = split_post(key)
    if len(key) != len(printed):
        return split_post(printed)
    return printed[: len(org)], printed[len(org) :]


def sort_key(e: Event) -> tuple:
    """Chronological order, then document order; undated events last."""
    d = e.date
    if d is None:
        return (_FAR, _FAR, *_rest_of_sort_key(e))
    return (d.earliest, d.latest, *_rest_of_sort_key(e))


_RANK = {
    Action.NOMINATE_APPOINT: 0,
    Action.APPOINT: 1,
    Action.CONFIRM: 2,
    Action.NOMINATE_REMOVE: 3,
    Action.OTHER: 4,
    Action.REMOVE: 5,
}
_FAR = date(9999, 12, 31)


def build_orgs_posts(mentions: Sequence[Mention]) -> tuple[dict[str, Organisation], dict[str, Post]]:
    """Organisations (with parents up to the city) and posts seen in the mentions."""
    names: dict[str, set[str]] = defaultdict(set)  # full name -> printed short forms
    levels_of: dict[str, tuple[str, ...]] = {}
    seen: set[tuple] = set()
    for m in mentions:
        # many mentions share an organisation, printing and jurisdiction: handle each combination once,
        # in first-seen order (setdefault keeps the first, as a pass over every mention would)
        e = m.event
        k = (m.org, m.levels, e.org, e.post if not e.org else "")
        if k in seen:
            continue
        seen.add(k)
        printed = _clean(e.org) if e.org else split_either_script(e.post)[0]
        names[m.org].add(printed)
        levels_of.setdefault(m.org, m.levels)
        for lv in m.levels:
            levels_of.setdefault(lv, m.levels[: m.levels.index(lv) + 1])
            names.setdefault(lv, set())
        for i, lv in enumerate(m.levels):
            names.setdefault(lv + GOVERNMENT, set())
            levels_of.setdefault(lv + GOVERNMENT, m.levels[: i + 1])
    _add_departments(names, levels_of)
    known = {norm_key(n): n for n in sorted(names)}
    orgs: dict[str, Organisation] = {}
    for name in sorted(names):
        levels = levels_of.get(name, ())
        parent = parent_name(name, known, levels)
        jur = next((lv for lv in reversed(levels) if norm_key(name).startswith(lv)), None)
        aliases = tuple(sorted(a for a in names[name] if a != name))
        orgs[ids.org_id(name)] = Organisation(
            ids.org_id(name), name, aliases, ids.org_id(parent) if parent else None, jur
        )
    _add_missing_parents(orgs)
    posts: dict[str, Post] = {}
    printed_posts: dict[str, set[str]] = defaultdict(set)  # only which printings, not how often
    cleaned: dict[str, str] = {}
    for m in mentions:
        p = cleaned.get(m.event.post)
        if p is None:
            p = cleaned[m.event.post] = _clean(m.event.post)
        printed_posts[m.post_id].add(p)
    for m in mentions:
        if m.post_id in posts:
            continue
        title = m.post[len(m.org) :]
        aliases = tuple(sorted(p for p in printed_posts[m.post_id] if p != m.post))
        principal = is_principal(norm_key(title))  # the title table is in simplified script
        posts[m.post_id] = Post(m.post_id, m.post, ids.org_id(m.org), title, principal, aliases)
    return orgs, posts


def _add_departments(names: dict[str, set[str]], levels_of: dict[str, tuple[str, ...]]) -> None:
    for name in list(names):
        dept = _department_of(name)
        if dept and dept not in names:
            names[dept] = set()
            levels_of.setdefault(dept, levels_of.get(name, ()))


def _add_missing_parents(orgs: dict[str, Organisation]) -> None:
    """Parents named only through a prefix rule but never seen get a node too (no dangling edges)."""
    for o in list(orgs.values()):
        if o.parent_id and o.parent_id not in orgs:
            orgs[o.parent_id] = Organisation(o.parent_id, "?", (), None, None)


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


def _one_char_variant(x: str, y: str) -> bool:
    """Same length (three or more), same surname, one other character differs (an OCR or variant glyph).

    In a two-character name that one character is the whole given name: a different person.
    """
    return len(x) == len(y) >= 3 and x[0] == y[0] and sum(c != d for c, d in zip(x, y, strict=True)) == 1


def _where(m: Mention) -> str:
    e = m.event
    return f"{e.doc_number or e.doc} {date_iso(e.date) if e.date else '?'}"


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
    return f"{a.event.person}: one clause names both posts ({_where(a)})"


def _continuity_reason(f: Mention, m: Mention) -> str:
    return f"{m.event.person}: career continuity on {m.post} ({_where(f)} → {_where(m)})"


def _variant_reason(a: Mention, b: Mention) -> str:
    return (
        f"{a.event.person} / {b.event.person}: one-character variant on the same post {a.post} "
        f"({_where(a)}; {_where(b)})"
    )


def _jurisdiction_reason(head: Mention, m: Mention) -> str:
    return (
        f"{m.event.person}: same name under the same issuer jurisdiction {m.jurisdiction or '?'} with no "
        f"conflicting evidence (weak; {_where(head)} / {_where(m)})"
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
            c = cleaned[m.event.person] = _clean(m.event.person)
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


# ---------------------------------------------------------------- everything at once


@dataclass
class Resolution:
    """Everything resolution decides, ready for the timeline and the graph rows."""

    mentions: list[Mention]
    organisations: dict[str, Organisation]
    posts: dict[str, Post]
    people: dict[str, Person]
    event_person: dict[str, str]
    warnings: list[str]


def resolve(events: Iterable[Event], judgements: Sequence[Judgement] = ()) -> Resolution:
    """Resolve organisations, posts and people for a set of events (pure)."""
    unique = {event_key(e): e for e in events}  # the same event read twice counts once
    mentions = make_mentions(unique)
    orgs, posts = build_orgs_posts(mentions)
    people = resolve_people(mentions, judgements)
    warnings = [
        f"event with no recognised title: {m.event.post!r} ({_where(m)})"
        for m in mentions
        if not posts[m.post_id].title
    ]
    return Resolution(mentions, orgs, posts, people.people, people.event_person, warnings + people.warnings)


def expand_query(text: str) -> list[str]:
    """Keys to try for what a user typed: as typed, and with short forms expanded (科委 → 科学技术委员会)."""
    key = norm_key(text)
    out = [key]
    table = alias_table()
    for local in table.local.values():
        for short, full in local.items():
            if short in key:
                out.append(key.replace(short, norm_key(full), 1))
    for short, full in sorted(table.short_forms.items(), key=lambda kv: -len(kv[0])):
        if short in key and norm_key(full) not in key:
            out.append(key.replace(short, norm_key(full), 1))
            break
    return list(dict.fromkeys(k for k in out if k))
