"""Domain types of renmian: plain frozen dataclasses and str Enums, shared by every stage.

Events are facts read from documents (with provenance); tenures are interpretations derived
from events. Nothing here does I/O.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

EXTRACTOR_VERSION = "renmian-rules/0.1.0"


class Action(StrEnum):
    """The action vocabulary of GOLD_SCHEMA.md."""

    APPOINT = "appoint"
    REMOVE = "remove"
    CONFIRM = "confirm"
    NOMINATE_APPOINT = "nominate_appoint"
    NOMINATE_REMOVE = "nominate_remove"
    OTHER = "other"


class Kind(StrEnum):
    """A finer reading of the action: what the text literally said."""

    APPOINT = "appoint"  # 任命 / 任 / 决定任命
    HIRE = "hire"  # 聘任 / 聘为
    ELECT = "elect"  # 当选 / 选举…为
    ACTING = "acting"  # 代理 / 代…长
    REMOVE = "remove"  # 免去 / 免职
    DISMISS = "dismiss"  # 解聘
    REVOKE = "revoke"  # 撤销…职务
    RESIGN = "resign"  # 辞去 / 接受…辞去…职务的请求
    CEASE = "cease"  # 不再担任
    CONFIRM = "confirm"  # 按期正式任 / （试用期满）
    TERMINATE_PROBATION = "terminate_probation"  # 终止试用期
    TERM_ENDED = "term_ended"  # 任期届满离任: the post ends, and not by a removal (reported as other)
    DIED = "died"  # 逝世 / 去世: the post ends with its holder's death (reported as other)
    MOVED_AWAY = "moved_away"  # 调离: the holder moved away from the post (reported as other)
    NOMINATE_APPOINT = "nominate_appoint"  # 提请任命
    NOMINATE_REMOVE = "nominate_remove"  # 提请免去
    ATTEST = "attest"  # not an event: an attestation (lists, signatures, 现任) read as a mention


# Which gold action each kind is reported as; resign / cease / terminate end a post.
KIND_ACTION: dict[Kind, Action] = {
    Kind.APPOINT: Action.APPOINT,
    Kind.HIRE: Action.APPOINT,
    Kind.ELECT: Action.OTHER,  # an election is reported as such, not as an appointment
    Kind.ACTING: Action.APPOINT,
    Kind.REMOVE: Action.REMOVE,
    Kind.DISMISS: Action.REMOVE,
    Kind.REVOKE: Action.OTHER,
    Kind.RESIGN: Action.OTHER,
    Kind.CEASE: Action.REMOVE,  # 不再担任, 卸任: the post ends (docs/design.md#events)
    Kind.CONFIRM: Action.CONFIRM,
    Kind.TERMINATE_PROBATION: Action.OTHER,
    Kind.TERM_ENDED: Action.OTHER,  # 任满离任 is reported as such (dev2/ANNOTATION.md)
    Kind.DIED: Action.OTHER,  # so is a death
    Kind.MOVED_AWAY: Action.OTHER,  # and a move away (调离, dev2/ANNOTATION.md)
    Kind.NOMINATE_APPOINT: Action.NOMINATE_APPOINT,
    Kind.NOMINATE_REMOVE: Action.NOMINATE_REMOVE,
    Kind.ATTEST: Action.OTHER,  # never written as an event (see Attestation.as_event)
}

# Kinds that start a tenure, end one, or only propose.
STARTS = frozenset({Kind.APPOINT, Kind.HIRE, Kind.ELECT, Kind.ACTING})
ENDS = frozenset(
    {Kind.REMOVE, Kind.DISMISS, Kind.REVOKE, Kind.RESIGN, Kind.CEASE, Kind.TERMINATE_PROBATION}
    | {Kind.TERM_ENDED, Kind.DIED, Kind.MOVED_AWAY}
)
PROPOSALS = frozenset({Kind.NOMINATE_APPOINT, Kind.NOMINATE_REMOVE})


class Qualifier(StrEnum):
    """Qualifiers of GOLD_SCHEMA.md; grades are free text as ``grade:<text>``."""

    PROBATION_1Y = "probation_1y"
    PROBATION_COMPLETE = "probation_complete"
    PROBATION_TERMINATED = "probation_terminated"
    CONCURRENT = "concurrent"
    SECONDMENT_1Y = "secondment_1y"
    ACTING = "acting"


class Precision(StrEnum):
    """How exactly a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    SPAN = "span"  # a period, e.g. a quarterly list 二〇二三年四月~六月份
    UNKNOWN = "unknown"


_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date known to lie in [earliest, latest], printed as the gold schema wants."""

    earliest: date
    latest: date
    precision: Precision

    @classmethod
    def day(cls, d: date) -> FuzzyDate:
        """An exact day."""
        return cls(d, d, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> FuzzyDate:
        """A whole month."""
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> FuzzyDate:
        """A whole year."""
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)

    @classmethod
    def span(cls, first: FuzzyDate, last: FuzzyDate) -> FuzzyDate:
        """From the start of ``first`` to the end of ``last``."""
        return cls(first.earliest, last.latest, Precision.SPAN)

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read the ISO forms of :meth:`iso` back ("2024-04-22", "2024-04", "2024", "2023-04/2023-06")."""
        if "/" in text:
            first, last = text.split("/", 1)
            return cls.span(cls.parse(first), cls.parse(last))
        m = _ISO.match(text.strip())
        if not m:
            raise ValueError(f"cannot read date {text!r}")
        y, mo, d = m.groups()
        if d:
            return cls.day(date(int(y), int(mo), int(d)))
        if mo:
            return cls.month(int(y), int(mo))
        return cls.year(int(y))

    def iso(self) -> str:
        """ISO text: YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-MM/YYYY-MM for a span."""
        if self.precision is Precision.DAY:
            return self.earliest.isoformat()
        if self.precision is Precision.MONTH:
            return self.earliest.isoformat()[:7]
        if self.precision is Precision.YEAR:
            return str(self.earliest.year)
        return f"{self.earliest.isoformat()[:7]}/{self.latest.isoformat()[:7]}"


@dataclass(frozen=True, slots=True)
class Notice:
    """One notice (or dated section) of a document, located in the source text."""

    title: str | None
    doc_number: str | None
    issuer: str | None
    date: FuzzyDate | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One (person, post, action) read from a document, with its provenance."""

    doc: str  # the source path as given
    notice: str | None
    doc_number: str | None
    issuer: str | None
    date: FuzzyDate | None
    action: Action
    kind: Kind
    person: str  # as printed, spaces and 同志 removed
    post: str  # organisation + title, elided organisation filled in
    org: str
    title: str
    qualifiers: tuple[str, ...]
    evidence: str  # exactly source[span[0]:span[1]]
    span: tuple[int, int]  # character offsets in the source text
    extractor_version: str = EXTRACTOR_VERSION
    note: str | None = None

    def gold(self) -> dict:
        """This event as a row of GOLD_SCHEMA.md, plus span, kind, precision and version."""
        return {
            "doc": self.doc,
            "notice": self.notice,
            "doc_number": self.doc_number,
            "issuer": self.issuer,
            "date": self.date.iso() if self.date else None,
            "date_precision": self.date.precision.value if self.date else Precision.UNKNOWN.value,
            "action": self.action.value,
            "kind": self.kind.value,
            "person": self.person,
            "post": self.post,
            "org": self.org,
            "title": self.title,
            "qualifiers": list(self.qualifiers),
            "evidence": self.evidence,
            "span": list(self.span),
            "extractor_version": self.extractor_version,
            "note": self.note,
        }

    @classmethod
    def from_gold(cls, row: dict, shared: SharedValues | None = None) -> Event:
        """Inverse of :meth:`gold` (fields the gold schema lacks get defaults).

        Repeated values (document, notice, post, date…) are taken from ``shared`` (by default one
        table per process, see :func:`release_shared`), so a million events hold one copy of each.
        """
        sh = shared if shared is not None else _default_shared()
        text = sh.text
        action = Action(row["action"])
        kind = Kind(row["kind"]) if row.get("kind") else _default_kind(action)
        return cls(
            doc=text(row["doc"]),
            notice=text(row.get("notice")),
            doc_number=text(row.get("doc_number")),
            issuer=text(row.get("issuer")),
            date=sh.date(row.get("date")),
            action=action,
            kind=kind,
            person=text(row["person"]),
            post=text(row["post"]),
            org=text(row.get("org") or ""),
            title=text(row.get("title") or ""),
            qualifiers=sh.tuple(row.get("qualifiers")),
            evidence=row.get("evidence") or "",  # nearly every event's own: not worth a table entry
            span=sh.tuple(row.get("span") or (0, 0)),
            extractor_version=text(row.get("extractor_version") or EXTRACTOR_VERSION),
            note=row.get("note"),
        )


class SharedValues:
    """One copy of each repeated value read from JSON: strings, dates and small tuples.

    ``json.loads`` makes a new object for every value of every line; at a million events the copies
    of the same document, notice, post and date names cost about 0.8 GB.
    """

    __slots__ = ("texts", "dates", "tuples")

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.dates: dict[str, FuzzyDate] = {}
        self.tuples: dict[tuple, tuple] = {}

    def __len__(self) -> int:
        return len(self.texts) + len(self.dates) + len(self.tuples)

    def text(self, value: str | None) -> str | None:
        """The first-seen string equal to ``value`` (None stays None)."""
        if value is None:
            return None
        return self.texts.setdefault(value, value)

    def date(self, iso: str | None) -> FuzzyDate | None:
        """The date of ISO text (None or empty → None), parsed once per distinct text."""
        if not iso:
            return None
        d = self.dates.get(iso)
        if d is None:
            d = self.dates[iso] = FuzzyDate.parse(iso)
        return d

    def tuple(self, items: list | tuple | None) -> tuple:
        """``tuple(items)`` (strings shared), one object per distinct value."""
        if not items:
            return ()
        t = tuple(self.text(x) if isinstance(x, str) else x for x in items)
        return self.tuples.setdefault(t, t)


# The table Event.from_gold uses when given none. Bounded, so that a long-lived process reading
# events again and again does not keep every value it ever saw.
_SHARED_LIMIT = 4_000_000
_shared = SharedValues()


def _default_shared() -> SharedValues:
    global _shared
    if len(_shared) > _SHARED_LIMIT:
        _shared = SharedValues()
    return _shared


def release_shared() -> None:
    """Drop the default table of :meth:`Event.from_gold`: call when loading is over.

    The events keep the values they share; only the lookup table (tens of MB at a million events)
    goes.
    """
    global _shared
    _shared = SharedValues()


def _default_kind(action: Action) -> Kind:
    return {
        Action.APPOINT: Kind.APPOINT,
        Action.REMOVE: Kind.REMOVE,
        Action.CONFIRM: Kind.CONFIRM,
        Action.NOMINATE_APPOINT: Kind.NOMINATE_APPOINT,
        Action.NOMINATE_REMOVE: Kind.NOMINATE_REMOVE,
        Action.OTHER: Kind.CEASE,
    }[action]


class AttestForm(StrEnum):
    """How a document shows that someone held a post on a day (docs/design.md#forms)."""

    LIST = "list"  # a working group's membership list: 组长：张三 区长 / 成员：李四 区财政局局长
    SIGNATURE = "signature"  # 区长：张三 under a notice, or a name under the issuing body
    CURRENT_POST = "current_post"  # the 现任职务 column of a 任前公示 table
    NARRATIVE = "narrative"  # title before the name in a dated text: 区财政局局长黄继文出席
    AT_THE_TIME = "at_the_time"  # 时任区财政局局长黄继文, dated by its own sentence


@dataclass(frozen=True, slots=True)
class Attestation:
    """A mention showing that on ``date`` this person held this post: evidence, not an event.

    ``post`` is as printed (a bare government title completed with the jurisdiction's government);
    resolution completes the organisation from the issuer's jurisdiction, as for events.
    """

    doc: str
    notice: str | None
    doc_number: str | None
    issuer: str | None
    date: FuzzyDate | None
    person: str
    post: str
    org: str
    title: str
    form: AttestForm
    evidence: str  # exactly source[span[0]:span[1]]
    span: tuple[int, int]
    qualifiers: tuple[str, ...] = ()
    extractor_version: str = EXTRACTOR_VERSION

    def record(self) -> dict:
        """This attestation as a JSON row (``record`` tells it from an event row)."""
        return {
            "record": "attestation",
            "doc": self.doc,
            "notice": self.notice,
            "doc_number": self.doc_number,
            "issuer": self.issuer,
            "date": self.date.iso() if self.date else None,
            "date_precision": self.date.precision.value if self.date else Precision.UNKNOWN.value,
            "form": self.form.value,
            "person": self.person,
            "post": self.post,
            "org": self.org,
            "title": self.title,
            "qualifiers": list(self.qualifiers),
            "evidence": self.evidence,
            "span": list(self.span),
            "extractor_version": self.extractor_version,
        }

    @classmethod
    def from_record(cls, row: dict) -> Attestation:
        """Inverse of :meth:`record`."""
        return cls(
            doc=row["doc"],
            notice=row.get("notice"),
            doc_number=row.get("doc_number"),
            issuer=row.get("issuer"),
            date=FuzzyDate.parse(row["date"]) if row.get("date") else None,
            person=row["person"],
            post=row["post"],
            org=row.get("org") or "",
            title=row.get("title") or "",
            form=AttestForm(row["form"]),
            evidence=row.get("evidence") or "",
            span=tuple(row.get("span") or (0, 0)),
            qualifiers=tuple(row.get("qualifiers") or ()),
            extractor_version=row.get("extractor_version") or EXTRACTOR_VERSION,
        )

    def as_event(self) -> Event:
        """The attestation in the shape resolution reads (kind ATTEST): it starts or ends nothing."""
        return Event(
            doc=self.doc,
            notice=self.notice,
            doc_number=self.doc_number,
            issuer=self.issuer,
            date=self.date,
            action=Action.OTHER,
            kind=Kind.ATTEST,
            person=self.person,
            post=self.post,
            org=self.org,
            title=self.title,
            qualifiers=self.qualifiers,
            evidence=self.evidence,
            span=self.span,
            extractor_version=self.extractor_version,
            note=self.form.value,
        )


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What extraction read from one source file."""

    doc: str
    notices: tuple[Notice, ...]
    events: tuple[Event, ...]
    attestations: tuple[Attestation, ...] = ()


# ---- the graph: resolved entities and derived tenures ----


class TenureStatus(StrEnum):
    """Where a tenure stands."""

    NOMINATED = "nominated"
    PROBATION = "probation"
    FORMAL = "formal"
    ENDED = "ended"
    UNKNOWN = "unknown"
    ATTESTED = "attested"  # no event at all: known only on the days attestations name


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation with its full name, the short forms seen, and its parent."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parent_id: str | None = None
    jurisdiction: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """An organisation plus a title; principal posts have one holder at a time."""

    id: str
    name: str  # canonical full post
    org_id: str
    title: str
    principal: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """A resolved person: one identity behind possibly several printed names."""

    id: str
    name: str
    names: tuple[str, ...] = ()
    merge_reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tenure:
    """Person HELD Post from start to end: derived from events, never read directly."""

    id: str
    person_id: str
    post_id: str
    start: FuzzyDate | None
    end: FuzzyDate | None
    status: TenureStatus
    concurrent: bool = False
    acting: bool = False
    start_inferred: bool = False
    end_inferred: bool = False
    event_ids: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class HeldSpan:
    """What vacancy needs of one tenure (the HELD row's values)."""

    post_id: str
    tenure_id: str
    start_earliest: str
    end_latest: str
    nominated: bool
    removed: bool  # the end is a recorded removal, not inferred from a successor
    # The removal's earliest day and the days the holding is certain ([sure_from, sure_until));
    # "" means the same as the bounds above (a removal on a known day, a tenure certain throughout).
    end_earliest: str = ""
    sure_from: str = ""
    sure_until: str = ""


@dataclass(frozen=True)
class Vacancy:
    """A post empty on every day of ``[vacant_from, vacant_until)`` since the removal ``tenure_id``."""

    post_id: str
    tenure_id: str
    vacant_from: str
    vacant_until: str
    certain: bool = True  # False: possibly empty (the removal may be later, a successor may be in post)
