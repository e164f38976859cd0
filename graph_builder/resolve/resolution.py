"""Resolution (pure), everything at once: organisations, posts and people for a set of events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from graph_builder.resolve.copies import Duplicate, fold_copies
from graph_builder.resolve.people import Judgement, resolve_people
from graph_builder.resolve.posts import (
    Mention,
    attestation_key,
    build_orgs_posts,
    event_key,
    make_mentions,
    where,
)
from graph_builder.types import Attestation, Event, Organisation, Person, Post


@dataclass
class Resolution:
    """Everything resolution decides, ready for the timeline and the graph rows."""

    mentions: list[Mention]
    organisations: dict[str, Organisation]
    posts: dict[str, Post]
    people: dict[str, Person]
    event_person: dict[str, str]
    warnings: list[str]
    copies: dict[str, list[Event]] = field(default_factory=dict)  # event id → the same read from copies
    duplicates: list[Duplicate] = field(default_factory=list)  # notices read from several documents


def resolve(
    events: Iterable[Event], judgements: Sequence[Judgement] = (), attestations: Iterable[Attestation] = ()
) -> Resolution:
    """Resolve organisations, posts and people for a set of events and attestations (pure).

    An attestation becomes a mention like an event's (kind ATTEST): its post and person are resolved
    the same way, and the timeline reads it among the events, in date order.
    """
    unique = {event_key(e): e for e in events}  # the same event read twice counts once
    for a in attestations:
        e = a.as_event()
        unique.setdefault(attestation_key(e), e)
    folded = fold_copies(unique)  # and the same notice read from two documents, once
    mentions = make_mentions(folded.events)
    orgs, posts = build_orgs_posts(mentions)
    people = resolve_people(mentions, judgements)
    warnings = [
        f"event with no recognised title: {m.event.post!r} ({where(m)})"
        for m in mentions
        if not posts[m.post_id].title
    ]
    return Resolution(
        mentions,
        orgs,
        posts,
        people.people,
        people.event_person,
        warnings + people.warnings,
        folded.copies,
        folded.duplicates,
    )
