"""An organisation's roster on a date: what the user typed → one organisation, and its posts.

Used by :meth:`graph_builder.graph.api.Renmian.roster`; the posts and their holders come from the
named queries ``org_posts`` and ``roster``, the holders' items from the same tenure items as
``who_held``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from graph_builder.graph.lookup import Ambiguous, NotFound
from graph_builder.resolve.orgs import expand_query

NO_HOLDER = "no holder recorded"  # the status of a post nobody possibly held on the day


def find_org(rows: Sequence[Mapping], text: str) -> dict:
    """The organisation ``text`` names, from the rows of ``org_names.cypher`` (id, name, key, parent).

    An id, or an exact name (any alias, either script) wins; else the organisations whose name contains it. Of
    several, the one all the others are part of answers (普陀区 → 上海市普陀区, whose roster holds its
    bureaus); else Ambiguous lists the outermost ones. No match: NotFound.
    """
    by_id = {r["id"]: r for r in rows}
    if text in by_id:  # an id (a permalink, a script)
        return dict(by_id[text])
    keys = expand_query(text)
    if not keys:
        raise ValueError("empty organisation: give a name")
    for key in keys:
        exact = [r for r in rows if f"|{key}|" in (r["key"] or "")]
        if exact:
            return _outermost(exact, by_id, text)
    for key in keys:
        found = [r for r in rows if key in (r["key"] or "")]
        if found:
            return _outermost(found, by_id, text)
    raise NotFound("organisation", text, [])


def _outermost(found: Sequence[Mapping], by_id: Mapping[str, Mapping], text: str) -> dict:
    """The one organisation of ``found`` that is not part of another of them; else Ambiguous."""
    ids = {r["id"] for r in found}
    tops = [r for r in found if not (_ancestors(r["id"], by_id) & ids)]
    if len(tops) == 1:
        return dict(tops[0])
    tops = sorted(tops, key=lambda r: r["name"])
    raise Ambiguous("organisation", text, [{"id": r["id"], "name": r["name"]} for r in tops])


def _ancestors(org_id: str, by_id: Mapping[str, Mapping]) -> set[str]:
    """The organisations ``org_id`` is part of, however far up."""
    seen: set[str] = set()
    parent = by_id.get(org_id, {}).get("parent")
    while parent and parent not in seen:
        seen.add(parent)
        parent = by_id.get(parent, {}).get("parent")
    return seen


def roster_items(posts: Sequence[Mapping], holders: Mapping[str, list[dict]], day: str) -> list[dict]:
    """One item per holder of each post on ``day`` (certain ones first), and one for each post with none.

    ``posts`` are the rows of ``org_posts.cypher`` (in its order: by organisation, then post);
    ``holders`` the tenure items by post id.
    """
    out = []
    for p in sorted(posts, key=lambda p: (p["org"], not p["principal"], p["post"])):
        found = sorted(holders.get(p["post_id"], []), key=lambda i: i.get("certainty") != "certainly")
        for item in found or [_empty(p, day)]:
            out.append(item | {"org": p["org"], "principal": bool(p["principal"])})
    return out


def _empty(post: Mapping, day: str) -> dict:
    return {
        "post": post["post"],
        "post_id": post["post_id"],
        "person": None,
        "person_id": None,
        "start": None,
        "end": None,
        "status": NO_HOLDER,
        "on": day,
        "sources": [],
    }


__all__ = ["NO_HOLDER", "find_org", "roster_items"]
