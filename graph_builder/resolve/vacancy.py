"""When each principal post stood empty: derived once at build, so "vacant on day D" is one scan.

A post is vacant on a day when a holder's recorded removal (not an inferred end) lies on or before
it and no tenure other than a nomination possibly covers it (``start_earliest <= day < end_latest``);
the answer names the latest such removal. Both conditions change only at the tenures' bounds, so
between consecutive bounds the answer is constant: each post's days cut at those bounds give spans
``[vacant_from, vacant_until)`` with one answer each. Dates are ISO strings, compared as strings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph_builder.store.schema import MAX_DATE
from graph_builder.types import HeldSpan, Vacancy


def vacancies(spans: Iterable[HeldSpan], principal: set[str]) -> list[Vacancy]:
    """The vacancy spans of the ``principal`` posts, by post then date."""
    by_post: dict[str, list[HeldSpan]] = defaultdict(list)
    for s in spans:
        if s.post_id in principal:
            by_post[s.post_id].append(s)
    return [v for post in sorted(by_post) for v in _post_vacancies(post, by_post[post])]


def _post_vacancies(post: str, spans: list[HeldSpan]) -> list[Vacancy]:
    removals = sorted((s.end_latest, s.tenure_id) for s in spans if s.removed)
    if not removals:
        return []
    covers = [(s.start_earliest, s.end_latest) for s in spans if not s.nominated]
    bounds = sorted({b for c in covers for b in c} | {end for end, _ in removals})
    out: list[Vacancy] = []
    latest, i = None, 0
    for k, day in enumerate(bounds):
        while i < len(removals) and removals[i][0] <= day:
            latest, i = removals[i][1], i + 1
        if latest is None or any(lo <= day < hi for lo, hi in covers):
            continue
        until = bounds[k + 1] if k + 1 < len(bounds) else MAX_DATE
        if until <= day:  # the last bound is the open end of the calendar: no day follows it
            continue
        if out and out[-1].tenure_id == latest and out[-1].vacant_until == day:
            out[-1] = Vacancy(post, latest, out[-1].vacant_from, until)
        else:
            out.append(Vacancy(post, latest, day, until))
    return out
