"""Posts and mentions (pure): each event resolved to its jurisdiction, organisation and post.

A post is an organisation plus a title; the same post written differently is one post. Mentions come in
date, document and position order, and :func:`build_orgs_posts` makes the organisation and post nodes
they name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from graph_builder.extract.titles import is_principal, split_post
from graph_builder.resolve import ids
from graph_builder.resolve.ids import norm_key
from graph_builder.resolve.orgs import (
    GOVERNMENT,
    clean,
    department_of,
    levels_for,
    parent_name,
    resolve_org,
)
from graph_builder.types import Action, Event, FuzzyDate, Organisation, Post


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


def attestation_key(e: Event) -> str:
    """The deterministic id of an attestation (read as an event of kind ATTEST): never an event's."""
    day = date_iso(e.date) if e.date else None
    return ids.event_id(e.doc, e.doc_number, day, "attest", e.person, e.post, e.span, e.evidence)


def full_post(printed: str, org: str, title: str, issuer: str | None) -> str:
    """The canonical full post, organisation completed from the issuer's jurisdiction (区财政局局长 in a
    普陀区 notice → 上海市普陀区财政局局长), as resolution completes every event's."""
    return _resolve_post(printed, org, title, issuer)[2]


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
    levels = levels_for(issuer, org_text or printed)
    if not (org_text and title):
        org_text, title = split_either_script(printed)
    org, _ = resolve_org(org_text or printed, levels)
    post = org + clean(title)
    return levels, org, post, ids.post_id(post)


def split_either_script(post: str) -> tuple[str, str]:
    """split_post on the simplified form, cut where it cuts in the text as printed."""
    printed = clean(post)
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
        printed = clean(e.org) if e.org else split_either_script(e.post)[0]
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
            p = cleaned[m.event.post] = clean(m.event.post)
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
        dept = department_of(name)
        if dept and dept not in names:
            names[dept] = set()
            levels_of.setdefault(dept, levels_of.get(name, ()))


def _add_missing_parents(orgs: dict[str, Organisation]) -> None:
    """Parents named only through a prefix rule but never seen get a node too (no dangling edges)."""
    for o in list(orgs.values()):
        if o.parent_id and o.parent_id not in orgs:
            orgs[o.parent_id] = Organisation(o.parent_id, "?", (), None, None)


def where(m: Mention) -> str:
    """Where a mention was printed, for a reason or a warning: its 文号 (else file) and date."""
    e = m.event
    return f"{e.doc_number or e.doc} {date_iso(e.date) if e.date else '?'}"
