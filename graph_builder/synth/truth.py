"""Ground truth: the tenures a perfect reader derives from the printed events.

Derived from what the documents support (docs/design.md#tenures), not from what the simulated
world knows: an unprinted removal leaves a tenure open until something printed ends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from graph_builder.synth.dates import YEAR
from graph_builder.types import FuzzyDate


@dataclass(slots=True)
class JurisdictionTruth:
    """What a finished jurisdiction adds to the truth beyond its documents."""

    tenures: list[dict]
    posts: list[dict]
    people: int
    forms: dict[str, int]


# Events share few distinct dates (a notice's date, a quarter): parse each once.
_parse_date = lru_cache(maxsize=8192)(FuzzyDate.parse)


def derive_tenures(rows: list[dict]) -> list[dict]:
    """Tenures that the printed events support, by the rules of docs/design.md#tenures.

    - appoint starts a tenure (probation with 试用期一年); on a principal post it ends the open
      tenure of anyone else on that post no later than that date (an inferred end);
    - confirm makes the open tenure formal, or starts one inferred a year earlier (year precision);
    - remove ends the open tenure (or replaces an inferred end), or records one of unknown start;
    - a nomination changes no tenure: a nominee never appointed is a pending, nominated tenure.

    ``sure_from`` / ``sure_until`` (exclusive; None = still in post) bound the days on which the
    record makes the holding certain: an inferred boundary never does, so an inferred start is
    certain only from the first event that shows the person in post, and an inferred end only up to
    the last one. Events are taken in print order, which is chronological within a jurisdiction.
    """
    tenures: list[dict] = []
    open_: dict[tuple[str, str], dict] = {}
    by_post: dict[str, set[tuple[str, str]]] = {}
    closed_inferred: dict[tuple[str, str], dict] = {}
    nominated: dict[tuple[str, str], dict] = {}

    def new(ev: dict, start: str | None, precision: str, inferred: bool, status: str) -> dict:
        t = {
            "person": ev["person"],
            "person_id": ev["person_id"],
            "post": ev["post"],
            "canonical_post": ev["canonical_post"],
            "org": ev["org"],
            "title": ev["title"],
            "principal": ev["principal"],
            "jurisdiction": ev["jurisdiction"],
            "start": start,
            "start_precision": precision,
            "start_inferred": inferred,
            "end": None,
            "end_precision": None,
            "end_inferred": False,
            "status": status,
            "concurrent": "concurrent" in ev["qualifiers"],
            "start_doc": ev["doc"],
            "end_doc": None,
            "_seen": None,
        }
        tenures.append(t)
        return t

    def see(t: dict, when: FuzzyDate) -> None:
        first, last = t["_seen"] or (when.latest, when.earliest)
        t["_seen"] = (min(first, when.latest), max(last, when.earliest))

    def close(t: dict, ev: dict, inferred: bool) -> None:
        t.update(
            end=ev["date"],
            end_precision=ev["date_precision"],
            end_inferred=inferred,
            status="ended",
            end_doc=ev["doc"],
        )

    for ev in rows:
        key = (ev["person_id"], ev["canonical_post"])
        post, action = ev["canonical_post"], ev["action"]
        when = _parse_date(ev["date"])
        holders = by_post.setdefault(post, set())
        if action == "appoint":
            nominated.pop(key, None)
            if ev["principal"]:
                for other in list(holders - {key}):
                    t = open_.pop(other)
                    close(t, ev, inferred=True)
                    closed_inferred[other] = t
                    holders.discard(other)
            if key not in open_:
                status = "probation" if "probation_1y" in ev["qualifiers"] else "formal"
                open_[key] = new(ev, ev["date"], ev["date_precision"], False, status)
                see(open_[key], when)
                holders.add(key)
        elif action == "confirm":
            t = open_.get(key)
            if t is None:
                # 试用期一年: the unseen appointment was about a year before the confirmation.
                year = str((when.earliest - date.resolution * YEAR).year)
                t = open_[key] = new(ev, year, "year", True, "formal")
                holders.add(key)
            t["status"] = "formal"
            see(t, when)
        elif action in ("remove", "other"):
            t = open_.pop(key, None)
            holders.discard(key)
            if t is None:
                t = closed_inferred.pop(key, None) or new(ev, None, "unknown", False, "ended")
            close(t, ev, inferred=False)
        elif action == "nominate_appoint":
            nominated[key] = ev
    for ev in nominated.values():
        t = new(ev, None, "unknown", False, "nominated")
        t["nominated_on"] = ev["date"]
    for t in tenures:
        _certain_days(t)
    return tenures


def _certain_days(t: dict) -> None:
    """Set sure_from / sure_until of a derived tenure (and drop its working fields)."""
    seen = t.pop("_seen")
    t["sure_from"] = t["sure_until"] = None
    if t["status"] == "nominated":
        return
    if t["start"] is not None and not t["start_inferred"]:
        t["sure_from"] = _parse_date(t["start"]).latest.isoformat()
    elif seen is not None:
        t["sure_from"] = seen[0].isoformat()
    if t["end"] is not None:
        if t["end_inferred"]:
            last = seen[1] if seen else _parse_date(t["end"]).earliest
            t["sure_until"] = (last + date.resolution).isoformat()
        else:
            t["sure_until"] = _parse_date(t["end"]).earliest.isoformat()
