"""When each principal post stood empty: derived once at build, so "vacant on day D" is one scan.

A post is vacant on a day when a holder's recorded removal (not an inferred end) lies on or before
it and no tenure other than a nomination possibly covers it (``start_earliest <= day < end_latest``);
the answer names the latest such removal. It is possibly vacant, when not certainly, on a day on or
after a removal's earliest date that no tenure certainly covers (``sure_from <= day < sure_until``):
the removal may already have happened, or a successor may not yet have begun. Both conditions
change only at the tenures' bounds, so between consecutive bounds the answer is constant: each
post's days cut at those bounds give spans ``[vacant_from, vacant_until)`` with one answer each.
Dates are ISO strings, compared as strings.
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
    removed = [s for s in spans if s.removed]
    if not removed:
        return []
    certain_by = sorted((s.end_latest, s.tenure_id) for s in removed)  # removed for certain by then
    possible_by = sorted((s.end_earliest or s.end_latest, s.tenure_id) for s in removed)
    live = [s for s in spans if not s.nominated]
    covers = [(s.start_earliest, s.end_latest) for s in live]
    sure = [(s.sure_from or s.start_earliest, s.sure_until or s.end_latest) for s in live]
    bounds = sorted({b for c in covers + sure for b in c} | {end for end, _ in certain_by + possible_by})
    out: list[Vacancy] = []
    certain = _Latest(certain_by)
    possible = _Latest(possible_by)
    for k, day in enumerate(bounds):
        last_certain, last_possible = certain.by(day), possible.by(day)
        if last_certain is not None and not any(lo <= day < hi for lo, hi in covers):
            latest, is_certain = last_certain, True
        elif last_possible is not None and not any(lo <= day < hi for lo, hi in sure):
            latest, is_certain = last_possible, False
        else:
            continue
        until = bounds[k + 1] if k + 1 < len(bounds) else MAX_DATE
        if until <= day:  # the last bound is the open end of the calendar: no day follows it
            continue
        prev = out[-1] if out else None
        if prev and (prev.tenure_id, prev.certain, prev.vacant_until) == (latest, is_certain, day):
            out[-1] = Vacancy(post, latest, prev.vacant_from, until, is_certain)
        else:
            out.append(Vacancy(post, latest, day, until, is_certain))
    return out


class _Latest:
    """The latest of dated tenure ids on or before a day, asked for days in increasing order."""

    def __init__(self, dated: list[tuple[str, str]]) -> None:
        self.dated, self.i, self.latest = dated, 0, None

    def by(self, day: str) -> str | None:
        while self.i < len(self.dated) and self.dated[self.i][0] <= day:
            self.latest, self.i = self.dated[self.i][1], self.i + 1
        return self.latest
