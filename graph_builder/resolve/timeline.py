"""Tenures (pure): what the events of docs/design.md#tenures mean in time.

appoint starts a tenure; remove ends it; confirm formalises it (and, with no appointment seen,
implies a start about a year earlier, inferred, year precision); nominations change no tenure and
show as pending; 兼 is concurrent; a new holder of a principal post ends the previous tenure no
later than the new start (an inferred end). Attestations (kind ATTEST) start and end nothing: a
tenure covers each attested day, an attestation before the recorded start moves the start to no
later than that day, and attestations with no event make a tenure known only on their days
(status ``attested``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from graph_builder.resolve import ids
from graph_builder.resolve.posts import Mention, date_iso
from graph_builder.types import (
    ENDS,
    STARTS,
    Action,
    FuzzyDate,
    Kind,
    Precision,
    Qualifier,
    Tenure,
    TenureStatus,
)

PROBATION = timedelta(days=365)  # 试用期一年
MIN_DAY = date(1, 1, 1)
MAX_DAY = date(9999, 12, 31)


@dataclass(frozen=True, slots=True)
class Derived:
    """A tenure plus what queries need: when it is certain, and what is pending.

    ``sure_from`` / ``sure_until`` bound the days on which the record says the person certainly held
    the post (until is exclusive); outside them, within start.earliest … end.latest, it is possible.
    """

    tenure: Tenure
    sure_from: date
    sure_until: date
    probation_until: date | None = None
    pending: str = ""  # "appoint" / "remove" while a nomination awaits a decision
    pending_since: date | None = None
    mention_idx: tuple[int, ...] = ()  # Mention.index of each of tenure.event_ids (for the sources)
    seen_last: date | None = None  # the last day an event shows the person in the post


@dataclass(slots=True)
class _Open:
    """A tenure being assembled from the events of one (person, post)."""

    start: FuzzyDate | None = None
    end: FuzzyDate | None = None
    status: TenureStatus = TenureStatus.UNKNOWN
    concurrent: bool = False
    acting: bool = False
    start_inferred: bool = False
    end_inferred: bool = False
    events: list[str] = field(default_factory=list)
    idx: list[int] = field(default_factory=list)  # the mentions behind ``events``
    notes: list[str] = field(default_factory=list)
    seen_first: date | None = None  # first and last day the record shows the person in post
    seen_last: date | None = None
    probation_until: date | None = None
    pending: str = ""
    pending_since: date | None = None
    attested_first: date | None = None  # first and last day an attestation shows the person in post
    attested_last: date | None = None

    def see(self, d: FuzzyDate | None) -> None:
        if d is None:
            return
        self.seen_first = min(self.seen_first or d.latest, d.latest)
        self.seen_last = max(self.seen_last or d.earliest, d.earliest)


def derive_tenures(
    mentions: Sequence[Mention], event_person: Mapping[str, str], principal: Mapping[str, bool]
) -> list[Derived]:
    """All tenures of the resolved events, principal-post successions applied."""
    by_pair: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:  # mentions arrive in chronological order
        by_pair[(event_person[m.event_id], m.post_id)].append(m)
    out: list[Derived] = []
    for (person, post), ms in sorted(by_pair.items()):
        out += [_finish(t, person, post) for t in _pair_tenures(ms)]
    return _close_principal_posts(out, principal)


def _pair_tenures(ms: Sequence[Mention]) -> list[_Open]:
    """Walk one person's events on one post in order and cut them into tenures."""
    done: list[_Open] = []
    cur: _Open | None = None
    for m in ms:
        e, d = m.event, m.event.date
        where = _Where(m)
        if e.kind is Kind.ATTEST:
            cur = _attest(m, cur, where)
        elif e.action is Action.NOMINATE_APPOINT:
            if cur is None:
                cur = _Open(status=TenureStatus.NOMINATED, pending="appoint")
                cur.pending_since = d.earliest if d else None
                cur.notes.append(f"nominated {where}; no decision seen")
        elif e.action is Action.APPOINT or e.kind in STARTS:
            if cur is not None and cur.status not in _NOT_STARTED:
                cur.notes.append(f"appointed again {where}")
            else:
                cur = _appoint(m, cur)
        elif e.action is Action.CONFIRM:
            cur = _confirm(m, cur, where)
        elif e.action is Action.NOMINATE_REMOVE:
            cur = cur if cur is not None and cur.status is not TenureStatus.NOMINATED else _Open()
            cur.pending, cur.pending_since = "remove", d.earliest if d else None
            cur.notes.append(f"removal proposed {where}; no decision seen")
            cur.see(d)
        elif e.kind in ENDS or e.action is Action.REMOVE:
            cur = cur if cur is not None and cur.status is not TenureStatus.NOMINATED else _Open()
            cur.end, cur.status, cur.pending = d, TenureStatus.ENDED, ""
            if cur.start is None and not cur.start_inferred and cur.seen_first is None:
                cur.notes.append(f"start not recorded; removed {where}")
            cur.events.append(m.event_id)
            cur.idx.append(m.index)
            done.append(cur)
            cur = None
            continue
        else:
            continue
        cur.events.append(m.event_id)
        cur.idx.append(m.index)
    if cur is not None:
        done.append(cur)
    return done


class _Where:
    """Where an event was read ("文号 date"), written only if a note needs it."""

    __slots__ = ("m",)

    def __init__(self, m: Mention) -> None:
        self.m = m

    def __format__(self, spec: str) -> str:
        e = self.m.event
        return f"{e.doc_number or e.doc} {date_iso(e.date) if e.date else '?'}"


def _appoint(m: Mention, cur: _Open | None) -> _Open:
    e, d = m.event, m.event.date
    t = cur or _Open()
    t.notes = [n for n in t.notes if not n.startswith("nominated")] if cur else t.notes
    t.start, t.pending, t.pending_since = d, "", None
    t.seen_first = t.seen_last = None
    t.see(d)
    probation = Qualifier.PROBATION_1Y.value in e.qualifiers
    t.status = TenureStatus.PROBATION if probation else TenureStatus.FORMAL
    if probation and d is not None:
        t.probation_until = d.latest + PROBATION
    t.concurrent = Qualifier.CONCURRENT.value in e.qualifiers
    t.acting = e.kind.value == "acting" or Qualifier.ACTING.value in e.qualifiers
    return t


# A tenure in these states has seen no start: an appointment or confirmation starts it.
_NOT_STARTED = (TenureStatus.NOMINATED, TenureStatus.ATTESTED)


def _attest(m: Mention, cur: _Open | None, where: _Where) -> _Open:
    """An attestation: the person held the post on its day (docs/design.md#tenures)."""
    d = m.event.date
    if cur is None or cur.status is TenureStatus.NOMINATED:
        cur = cur or _Open()
        # no start seen: known only on the attested days (a nomination seen before stays a note)
        cur.status, cur.pending, cur.pending_since = TenureStatus.ATTESTED, "", None
    if d is not None:
        cur.attested_first = min(cur.attested_first or d.latest, d.latest)
        cur.attested_last = max(cur.attested_last or d.earliest, d.earliest)
    cur.see(d)
    cur.notes.append(f"attested {where} ({m.event.note or 'attestation'})")
    return cur


def _confirm(m: Mention, cur: _Open | None, where: _Where) -> _Open:
    d = m.event.date
    if cur is None or cur.status in _NOT_STARTED:
        cur = cur or _Open()
        if d is not None:
            # Probation is a year: an unseen appointment was about a year before confirmation.
            cur.start = FuzzyDate.year((d.earliest - PROBATION).year)
            cur.start_inferred = True
        cur.notes.append(f"start inferred from confirmation {where} (probation of one year)")
    cur.status, cur.probation_until, cur.pending = TenureStatus.FORMAL, None, ""
    cur.see(d)
    return cur


def _finish(t: _Open, person: str, post: str) -> Derived:
    _attested_bounds(t)
    tenure = Tenure(
        id=ids.tenure_id(person, post, t.events[0]),
        person_id=person,
        post_id=post,
        start=t.start,
        end=t.end,
        status=t.status,
        concurrent=t.concurrent,
        acting=t.acting,
        start_inferred=t.start_inferred,
        end_inferred=t.end_inferred,
        event_ids=tuple(t.events),
        notes=tuple(t.notes),
    )
    sure_from, sure_until = _certainty(tenure, t.seen_first, t.seen_last, t.pending)
    pending = (t.probation_until, t.pending, t.pending_since)
    return Derived(tenure, sure_from, sure_until, *pending, tuple(t.idx), t.seen_last)


def _attested_bounds(t: _Open) -> None:
    """Attested days the record's own bounds leave out: the start is no later than the first, and the
    last is seen (an appointment resets what was seen before it)."""
    first, last = t.attested_first, t.attested_last
    if first is None or last is None:
        return
    t.seen_first = min(t.seen_first or first, first)
    t.seen_last = max(t.seen_last or last, last)
    s = t.start
    if s is None or first >= s.latest:
        return
    if first < s.earliest:
        t.start = None  # held before the recorded start: when it began is not known
        t.start_inferred = False
    else:
        t.start = FuzzyDate(s.earliest, first, Precision.SPAN)
    t.notes.append(f"start no later than {first.isoformat()}: attested in post before the recorded start")


def _certainty(t: Tenure, seen_first: date | None, seen_last: date | None, pending: str) -> tuple[date, date]:
    """When the record makes the holding certain (an inferred boundary never does)."""
    if t.status is TenureStatus.NOMINATED:
        return MAX_DAY, MAX_DAY
    if t.status is TenureStatus.ATTESTED and seen_first and seen_last:
        return seen_first, seen_last + timedelta(days=1)  # known only from the first to the last attested day
    sure_from = t.start.latest if t.start and not t.start_inferred else (seen_first or MAX_DAY)
    if t.end is not None:
        sure_until = (seen_last + timedelta(days=1)) if t.end_inferred and seen_last else t.end.earliest
    elif pending == "remove" and seen_last:
        sure_until = seen_last + timedelta(days=1)  # held on the day of the proposal, not beyond
    else:
        sure_until = MAX_DAY  # no end recorded: the record shows the person still in post
    if t.end is not None and not t.end_inferred and t.end.precision is not Precision.DAY:
        sure_until = min(sure_until, t.end.earliest)
    return sure_from, sure_until


def _close_principal_posts(tenures: list[Derived], principal: Mapping[str, bool]) -> list[Derived]:
    """A principal post has one holder: a later holder's start ends an open earlier tenure."""
    by_post: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(tenures):
        if principal.get(d.tenure.post_id) and d.tenure.status is not TenureStatus.NOMINATED:
            by_post[d.tenure.post_id].append(i)
    out = list(tenures)
    for idx in by_post.values():
        order = sorted(idx, key=lambda i: (_begin(out[i]), out[i].tenure.id))
        for k, i in enumerate(order):
            if out[i].tenure.end is not None:
                continue
            nxt = next((j for j in order[k + 1 :] if _successor(out[i], out[j])), None)
            if nxt is not None:
                out[i] = _end_by_successor(out[i], out[nxt])
    return out


def _begin(d: Derived) -> date:
    t = d.tenure
    return t.start.earliest if t.start else d.sure_from if d.sure_from != MAX_DAY else MIN_DAY


def _last_seen(d: Derived) -> date:
    """The last day the record shows ``d``'s holder in post (a later confirmation counts)."""
    last = d.sure_until - timedelta(days=1) if d.sure_until != MAX_DAY else d.sure_from
    if d.seen_last and (last == MAX_DAY or d.seen_last > last):
        return d.seen_last
    return last


def _start_latest(d: Derived) -> date | None:
    """The last day a tenure can have begun: its start's, or for one known only from attestations the
    first attested day."""
    if d.tenure.start is not None:
        return d.tenure.start.latest
    if d.tenure.status is TenureStatus.ATTESTED and d.sure_from != MAX_DAY:
        return d.sure_from
    return None


def _successor(prev: Derived, nxt: Derived) -> bool:
    """``nxt`` is another person's tenure that begins after the last day ``prev`` is seen."""
    latest = _start_latest(nxt)
    if nxt.tenure.person_id == prev.tenure.person_id or latest is None:
        return False
    return latest > _last_seen(prev)


def _end_by_successor(prev: Derived, nxt: Derived) -> Derived:
    t = prev.tenure
    last = _last_seen(prev)
    last = t.start.earliest if last == MAX_DAY and t.start else last
    until = _start_latest(nxt) or MAX_DAY
    end = FuzzyDate(min(last, until), until, Precision.SPAN)
    note = f"ended no later than {until.isoformat()}: a successor took this principal post"
    new = replace(
        t,
        end=end,
        end_inferred=True,
        status=TenureStatus.ENDED,
        event_ids=t.event_ids + (nxt.tenure.event_ids[0],),
        notes=t.notes + (note,),
    )
    sure_until = min(prev.sure_until, last + timedelta(days=1))
    cited = prev.mention_idx + nxt.mention_idx[:1]
    return replace(prev, tenure=new, sure_until=sure_until, mention_idx=cited)
