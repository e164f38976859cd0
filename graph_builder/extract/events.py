"""Events made from a clause's reading: one per (person, post), with the notice's provenance."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from graph_builder.extract.attached_names import attached_names
from graph_builder.extract.places import congress_place_above
from graph_builder.extract.posts import PostMention, chair_and_deputy, is_graded_rank
from graph_builder.extract.reading import Reading
from graph_builder.read.normalise import Compact, to_key
from graph_builder.read.segment import Block
from graph_builder.types import KIND_ACTION, Event, FuzzyDate, Kind, Qualifier

# Qualifier codes read once: an enum member's .value goes through a descriptor on every access.
_ACTING: Final = Qualifier.ACTING.value
_PROBATION_COMPLETE: Final = Qualifier.PROBATION_COMPLETE.value
_PROBATION_TERMINATED: Final = Qualifier.PROBATION_TERMINATED.value
# A proposal (提请, 议案) of each kind.
NOMINATED: Final = {
    Kind.APPOINT: Kind.NOMINATE_APPOINT,
    Kind.HIRE: Kind.NOMINATE_APPOINT,
    Kind.ELECT: Kind.NOMINATE_APPOINT,
    Kind.REMOVE: Kind.NOMINATE_REMOVE,
    Kind.DISMISS: Kind.NOMINATE_REMOVE,
    Kind.CEASE: Kind.NOMINATE_REMOVE,  # 提议甲不再担任…
}


def events_of(
    c: Compact,
    block: Block,
    doc: str,
    r: Reading,
    nominating: bool,
    date: FuzzyDate | None = None,
    issuer: Callable[[], str | None] | None = None,
) -> list[Event]:
    """One event per (name, post) of a reading; ``date`` overrides the notice's when given, and
    ``issuer`` gives the issuer when the notice names none."""
    span, evidence = c.evidence(r.start, r.end)
    date = date or block.date_at(r.start)
    by = issuer() if block.issuer is None and issuer is not None else block.issuer
    names = r.names
    if len(names) == 1 and not r.pairwise and "等" in c.key[r.start : r.end]:
        # 任命甲等8名同志为X。⏎附：名单⏎甲|乙…: the list below names them all
        title = to_key(r.posts[0].title) if r.posts else ""
        names = attached_names(c.key, names[0], r.start, r.end, title) or names
    posts = (
        tuple(_without_clause(p) for p in r.posts)
        if any(_CLAUSE_WORD.search(p.org) for p in r.posts)
        else r.posts
    )
    if r.kind is Kind.ELECT and any(not p.org or p.org == "人大" for p in posts):
        posts = tuple(_of_the_congress_place(c, r.start, p) for p in posts)
    pairs = zip(r.names, posts, strict=True) if r.pairwise else ((n, p) for n in names for p in posts)
    if len(r.names) == 2 and len(posts) == 1 and (both := chair_and_deputy(posts[0])):
        pairs = zip(r.names, both, strict=True)  # 甲、乙当选正、副主席: the chair, then the deputy
    found = [
        _event(block, doc, name, p, _final_kind(r.kind, p.qualifiers, nominating), date, span, evidence, by)
        for name, p in pairs
        # (甲当选正副主席: one person holds not both; which, the text leaves open)
        if chair_and_deputy(p) is None and not is_graded_rank(p)
    ]
    # (a post both taken and ended is the one the description already names: 某大学党委书记甲，…升任书记)
    if r.ended:
        taken = {p.post for p in r.posts}
        ended = ((n, p) for n in r.names for p in r.ended if p.post not in taken and not is_graded_rank(p))
        found += [_event(block, doc, n, p, Kind.REMOVE, date, span, evidence, by) for n, p in ended]
    for item in r.more:
        found += events_of(c, block, doc, item, nominating, date, issuer)
    return found


# An act's or an announcement's word, which no organisation's name holds: what stands before it in a
# post is a clause run into it (梁某当选学校工会委员会主席 read as a post, 宣布医院医务部主任).
_CLAUSE_WORD: Final = re.compile(
    "当选|當選|拟任|擬任|辞去|辭去|任命|免去|出任|接任|调任|調任|宣布|宣佈|决定|決定"
)


def _without_clause(p: PostMention) -> PostMention:
    """``p`` without the clause run into its organisation: the organisation after the clause's last
    act word (梁某当选学校工会委员会主席 -> 学校工会委员会主席)."""
    cut = max((m.end() for m in _CLAUSE_WORD.finditer(p.org)), default=0)
    if not cut:
        return p
    return replace(p, post=p.post[cut:], org=p.org[cut:])


# The heads a town's or a township's congress elects (镇长, 乡长; 人大主席, the presidium's chair, its
# congress having no standing committee), whom its news names bare. (A county's or a city's head is
# printed with its government, 县人民政府县长, and named bare again only in passing; completing a bare
# 县长 or 市长 after its congress was tried in the forty-fifth session: coders write it both ways.)
_PLACE_HEADS: Final = re.compile(r"副?(?P<level>[镇乡])长|人大副?主席")


def _of_the_congress_place(c: Compact, start: int, p: PostMention) -> PostMention:
    """A bare head's post (梁某当选为镇长) of the place whose congress the text names above the
    election (某镇召开第十五届人民代表大会…), at the same level; else as read."""
    if p.org not in ("", "人大") or not (m := _PLACE_HEADS.fullmatch(to_key(p.post))):
        return p
    level = m.group("level") or "镇乡"
    place = congress_place_above(c.key, c.text, start)
    if not place or to_key(place)[-1] not in level:
        return p
    return replace(p, post=place + p.post, org=place + p.org)


def _event(
    block: Block,
    doc: str,
    name: str,
    p: PostMention,
    kind: Kind,
    date: FuzzyDate | None,
    span: tuple[int, int],
    evidence: str,
    issuer: str | None,
) -> Event:
    return Event(
        doc=doc,
        notice=block.title,
        doc_number=block.doc_number,
        issuer=issuer,
        date=date,
        action=KIND_ACTION[kind],
        kind=kind,
        person=name,
        post=p.post,
        org=p.org,
        title=p.title,
        qualifiers=_without(p.qualifiers, _ACTING),
        evidence=evidence,
        span=span,
    )


def _without(items: tuple[str, ...], item: str) -> tuple[str, ...]:
    """``items`` less ``item`` (the same tuple when it holds none)."""
    return tuple(q for q in items if q != item) if item in items else items


def _final_kind(kind: Kind, qualifiers: tuple[str, ...], nominating: bool) -> Kind:
    if _PROBATION_COMPLETE in qualifiers and kind in (Kind.APPOINT, Kind.HIRE):
        return Kind.CONFIRM
    if _PROBATION_TERMINATED in qualifiers:
        return Kind.TERMINATE_PROBATION
    if _ACTING in qualifiers and kind is Kind.APPOINT:
        return Kind.ACTING
    return NOMINATED.get(kind, kind) if nominating else kind
