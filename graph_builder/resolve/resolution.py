"""Resolution (pure), everything at once: organisations, posts and people for a set of events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from graph_builder.resolve.people import Judgement, resolve_people
from graph_builder.resolve.posts import Mention, build_orgs_posts, event_key, make_mentions, where
from graph_builder.types import Event, Organisation, Person, Post


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
        f"event with no recognised title: {m.event.post!r} ({where(m)})"
        for m in mentions
        if not posts[m.post_id].title
    ]
    return Resolution(mentions, orgs, posts, people.people, people.event_person, warnings + people.warnings)
