"""Resolved entities and derived tenures as rows of the graph schema, made column by column.

A million events make millions of rows: held as dicts they cost gigabytes. Instead each table is a
row count and a function that makes the columns of rows ``[lo, hi)`` from the resolution on demand,
so a store loads a large table in Arrow batches and only one batch exists at a time. Dict rows are
still available (``rows.nodes[label]``) for diffs, Neo4j batches and tests.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from graph_builder.resolve import ids
from graph_builder.resolve.ids import norm_key
from graph_builder.resolve.posts import Mention, date_iso
from graph_builder.resolve.resolution import Resolution
from graph_builder.resolve.timeline import MAX_DAY, Derived
from graph_builder.resolve.vacancy import vacancies
from graph_builder.store.schema import (
    BOOL,
    INT,
    LINK_HASH,
    MAX_DATE,
    MIN_DATE,
    NODE_BY_LABEL,
    REL_BY_TYPE,
    STRINGS,
    is_link,
)
from graph_builder.types import Event, FuzzyDate, HeldSpan, Kind

_ARROW = {"STRING": pa.string(), BOOL: pa.bool_(), INT: pa.int64(), STRINGS: pa.list_(pa.string())}
BATCH_ROWS = 50_000  # rows per Arrow batch (a Parquet row group)
PY_ROWS = 8_192  # rows made as Python objects at once (see GraphRows.batches)

Columns = dict[str, list]


@dataclass(frozen=True)
class _Table:
    """One label or relationship type: how many rows, and how to make the columns of a slice."""

    size: int
    make: Callable[[int, int], Columns]


def _fields(name: str) -> list[tuple[str, pa.DataType]]:
    """Arrow fields of a table in COPY order (``from``, ``to`` first for relationships), without ``h``."""
    if name in NODE_BY_LABEL:
        props = NODE_BY_LABEL[name].props
        ends: list[tuple[str, pa.DataType]] = []
    else:
        props = REL_BY_TYPE[name].props
        ends = [("from", pa.string()), ("to", pa.string())]
    return ends + [(n, _ARROW[t]) for n, t in props if n != "h"]


def _names(name: str) -> list[str]:
    """Column names of a table in COPY order, without ``h``."""
    return [n for n, _ in _fields(name)]


def _has_hash(name: str) -> bool:
    table = NODE_BY_LABEL.get(name) or REL_BY_TYPE[name]
    return any(n == "h" for n, _ in table.props)


def row_hashes(arrays: Sequence[pa.Array]) -> pa.Array:
    """``h`` for each row: a 64-bit hash of all its values, so incremental builds see what changed.

    Vectorised (Arrow joins the values, pandas' fixed-key SipHash hashes them): a hash per row in
    Python cost more than the rest of the row.
    """
    parts = []
    for a in arrays:
        if pa.types.is_list(a.type):
            a = pc.binary_join(a, "\x1e")
        elif not pa.types.is_string(a.type):
            a = pc.cast(a, pa.string())
        parts.append(a)
    joined = pc.binary_join_element_wise(*parts, "\x1f")
    # pandas hashes Python strings; callers pass a slice of PY_ROWS rows, so they never all exist
    # at once (a whole batch of TenureDetail as Python strings, with pandas' copy, cost 1.8 GB at 1M).
    hashed = pd.util.hash_array(joined.to_numpy(zero_copy_only=False))
    return pa.array(hashed.view(np.int64))


class GraphRows:
    """Every node and relationship table of the graph, made on demand."""

    def __init__(self) -> None:
        self.tables: dict[str, _Table] = {}
        self.nodes = _RowsView(self, tuple(NODE_BY_LABEL))
        self.rels = _RowsView(self, tuple(REL_BY_TYPE))

    @classmethod
    def from_rows(cls, name: str, rows: list[dict]) -> GraphRows:
        """A graph of one table given as dict rows (a diff's new rows, say)."""
        g = cls()
        names = _names(name)
        g.tables[name] = _Table(len(rows), lambda lo, hi: {n: [r[n] for r in rows[lo:hi]] for n in names})
        return g

    def release(self) -> None:
        """Drop what makes the rows (the resolution and tenures behind them); sizes stay, rows go.

        A full build writes every table to Parquet first, then releases the rows, so that the
        resolution (about 1.2 GB at a million events) is freed before the store's COPY begins.
        """
        for name, table in self.tables.items():
            self.tables[name] = _Table(table.size, _released)

    def counts(self) -> dict[str, int]:
        """Number of rows per label and relationship type."""
        return {k: t.size for k, t in self.tables.items()}

    def size(self, name: str) -> int:
        """Number of rows of one table (0 when absent)."""
        t = self.tables.get(name)
        return t.size if t else 0

    def batches(self, name: str, size: int = BATCH_ROWS) -> Iterator[pa.Table]:
        """The rows of one table as Arrow tables of at most ``size`` rows, in schema order with ``h``."""
        table = self.tables.get(name)
        if table is None:
            return
        for lo in range(0, table.size, size):
            hi = min(lo + size, table.size)
            # Python rows a slice at a time: Arrow holds a batch compactly, Python objects do not
            # (a 50k-row batch of TenureDetail cost 315 MB made at once, 106 MB in 8k slices).
            parts = [self._arrow_slice(name, at, min(at + PY_ROWS, hi)) for at in range(lo, hi, PY_ROWS)]
            yield pa.concat_tables(parts)

    def _arrow_slice(self, name: str, lo: int, hi: int) -> pa.Table:
        """Rows ``[lo, hi)`` of one table as Arrow, in schema order, with ``h`` where the table has it."""
        fields = _fields(name)
        cols = self.tables[name].make(lo, hi)
        arrays = [pa.array(cols[n], t) for n, t in fields]
        names = [n for n, _ in fields]
        if _has_hash(name):
            # the hash covers the properties and, for relationships, both ends
            arrays.append(row_hashes(arrays))
            names.append("h")
        return pa.Table.from_arrays(arrays, names)

    def arrow(self, name: str) -> pa.Table:
        """One whole table as Arrow (what COPY loads)."""
        parts = list(self.batches(name))
        if parts:
            return pa.concat_tables(parts)
        fields = _fields(name) + ([("h", pa.int64())] if _has_hash(name) else [])
        return pa.schema(fields).empty_table()

    node_arrow = arrow
    rel_arrow = arrow

    def rows(self, name: str) -> list[dict]:
        """One table as dict rows; relationships carry ``id`` and ``h`` (links: ``from>to``, constant)."""
        out = self.arrow(name).to_pylist()
        if name in REL_BY_TYPE and is_link(REL_BY_TYPE[name]):
            for r in out:
                r["id"], r["h"] = link_id(r["from"], r["to"]), LINK_HASH
        return out


def _released(lo: int, hi: int) -> Columns:
    raise RuntimeError("these graph rows were released after they were written")


class _RowsView(Mapping):
    """``rows.nodes[label]`` / ``rows.rels[type]``: dict rows, made once when first asked for."""

    def __init__(self, graph: GraphRows, names: tuple[str, ...]) -> None:
        self._graph, self._names, self._cache = graph, names, {}

    def __getitem__(self, name: str) -> list[dict]:
        if name not in self._names or name not in self._graph.tables:
            raise KeyError(name)
        if name not in self._cache:
            self._cache[name] = self._graph.rows(name)
        return self._cache[name]

    def __iter__(self) -> Iterator[str]:
        return (n for n in self._names if n in self._graph.tables)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def link_id(src: str, dst: str) -> str:
    """The id of a property-less relationship: its two ends (ids never contain '>')."""
    return f"{src}>{dst}"


# ---------------------------------------------------------------- values


class _Text:
    """Per-build caches of the text forms of dates (many events share a date)."""

    def __init__(self) -> None:
        self.days: dict[date, str] = {}

    def day(self, value: date | None, default: str) -> str:
        if value is None or value == MAX_DAY:
            return default
        s = self.days.get(value)
        if s is None:
            s = self.days[value] = value.isoformat()
        return s

    def dated(self, d: FuzzyDate | None) -> tuple[str, str, str, str]:
        """A fact's date columns: as printed, earliest, latest, precision (sentinels when unknown)."""
        if d is None:
            return "", MIN_DATE, MAX_DATE, "unknown"
        return date_iso(d), self.day(d.earliest, MIN_DATE), self.day(d.latest, MAX_DATE), d.precision


def _search_key(*names: str) -> str:
    """'|'-separated simplified forms: CONTAINS finds a fragment in either script; '|x|' an exact name."""
    keys = sorted({norm_key(n) for n in names if n})
    return "|" + "|".join(keys) + "|"


def document_key(e: Event) -> str:
    """The Document (one notice of a file) an event belongs to."""
    return ids.document_id(e.doc, e.notice, e.doc_number, None)


# ---------------------------------------------------------------- the graph


def build_rows(res: Resolution, tenures: Sequence[Derived], notices: Iterable[Mapping] = ()) -> GraphRows:
    """All graph tables for a resolution and its tenures; ``notices`` adds notices that had no events."""
    g = GraphRows()
    text = _Text()
    mentions = res.mentions
    _people(g, res)
    _organisations(g, res)
    _posts(g, res)
    doc_of, copied_in = _documents(g, res, notices, text)
    mentions, doc_of, attested = _split_attestations(mentions, doc_of)
    g.tables["Event"] = _Table(len(mentions), lambda lo, hi: _event_columns(mentions[lo:hi], text))
    held = sorted(tenures, key=lambda d: d.tenure.id)
    g.tables["HELD"] = _Table(len(held), lambda lo, hi: _held_columns(held[lo:hi], text))
    near = neighbours(held, text)  # over every tenure: a slice of them may split a post's holders
    g.tables["TenureDetail"] = _Table(len(held), lambda lo, hi: _detail_columns(held[lo:hi], res, text, near))
    vacant = _vacancy_rows(held, res, text)
    g.tables["VACATED_BY"] = _Table(len(vacant), lambda lo, hi: _columns(_names("VACATED_BY"), vacant[lo:hi]))
    posts = sorted(res.posts.values(), key=lambda p: p.id)
    g.tables["OF"] = _Table(len(posts), lambda lo, hi: _ends([(p.id, p.org_id) for p in posts[lo:hi]]))
    orgs = [o for o in sorted(res.organisations.values(), key=lambda o: o.id) if o.parent_id]
    g.tables["PART_OF"] = _Table(len(orgs), lambda lo, hi: _ends([(o.id, o.parent_id) for o in orgs[lo:hi]]))
    person = res.event_person
    g.tables["ABOUT"] = _Table(
        len(mentions), lambda lo, hi: _ends([(m.event_id, person[m.event_id]) for m in mentions[lo:hi]])
    )
    g.tables["ABOUT_POST"] = _Table(
        len(mentions), lambda lo, hi: _ends([(m.event_id, m.post_id) for m in mentions[lo:hi]])
    )
    # each event in its document, then the kept events in the copies of their notice
    in_doc = len(mentions)
    g.tables["IN_DOCUMENT"] = _Table(
        in_doc + len(copied_in),
        lambda lo, hi: _ends(
            [(m.event_id, d) for m, d in zip(mentions[lo:hi], doc_of[lo:hi], strict=True)]
            + copied_in[max(lo - in_doc, 0) : max(hi - in_doc, 0)]
        ),
    )
    _attestations(g, attested, person, text)
    return g


def _split_attestations(
    mentions: Sequence[Mention], doc_of: list[str]
) -> tuple[Sequence[Mention], list[str], list[tuple[Mention, str]]]:
    """Event mentions with their documents, and attestation mentions with theirs (none: unchanged)."""
    if not any(m.event.kind is Kind.ATTEST for m in mentions):
        return mentions, doc_of, []
    events, docs, attested = [], [], []
    for m, d in zip(mentions, doc_of, strict=True):
        if m.event.kind is Kind.ATTEST:
            attested.append((m, d))
        else:
            events.append(m)
            docs.append(d)
    return events, docs, attested


def _attestations(g: GraphRows, attested: list[tuple[Mention, str]], person: Mapping, text: _Text) -> None:
    """Attestation nodes and their links to the person, the post and the document."""
    rows = []
    for m, _ in attested:
        e, d = m.event, m.event.date
        rows.append(
            (
                m.event_id,
                e.note or "",  # the form (Attestation.as_event keeps it there)
                e.person,
                e.post,
                *text.dated(d),
                e.evidence,
                e.span[0],
                e.span[1],
                e.doc,
                e.notice or "",
                e.doc_number or "",
                e.issuer or "",
                e.extractor_version,
            )
        )
    n = len(attested)
    g.tables["Attestation"] = _Table(n, lambda lo, hi: _columns(_names("Attestation"), rows[lo:hi]))
    g.tables["ATTESTS"] = _Table(
        n, lambda lo, hi: _ends([(m.event_id, person[m.event_id]) for m, _ in attested[lo:hi]])
    )
    g.tables["ATTESTS_POST"] = _Table(
        n, lambda lo, hi: _ends([(m.event_id, m.post_id) for m, _ in attested[lo:hi]])
    )
    g.tables["ATTESTED_IN"] = _Table(n, lambda lo, hi: _ends([(m.event_id, d) for m, d in attested[lo:hi]]))


def _ends(pairs: list[tuple[str, str]]) -> Columns:
    return {"from": [a for a, _ in pairs], "to": [b for _, b in pairs]}


def _columns(names: Sequence[str], rows: Iterable[tuple]) -> Columns:
    cols = list(zip(*rows, strict=True)) or [()] * len(names)
    return {n: list(c) for n, c in zip(names, cols, strict=True)}


def _people(g: GraphRows, res: Resolution) -> None:
    jur: dict[str, str] = {}
    for m in res.mentions:
        jur.setdefault(res.event_person[m.event_id], m.jurisdiction or "")
    people = sorted(res.people.values(), key=lambda p: p.id)
    names = ("id", "name", "names", "key", "jurisdiction", "merge_reasons")
    g.tables["Person"] = _Table(
        len(people),
        lambda lo, hi: _columns(
            names,
            (
                (p.id, p.name, list(p.names), _search_key(*p.names), jur.get(p.id, ""), list(p.merge_reasons))
                for p in people[lo:hi]
            ),
        ),
    )


def _organisations(g: GraphRows, res: Resolution) -> None:
    orgs = sorted(res.organisations.values(), key=lambda o: o.id)
    names = ("id", "name", "aliases", "key", "jurisdiction")
    g.tables["Organisation"] = _Table(
        len(orgs),
        lambda lo, hi: _columns(
            names,
            (
                (o.id, o.name, list(o.aliases), _search_key(o.name, *o.aliases), o.jurisdiction or "")
                for o in orgs[lo:hi]
            ),
        ),
    )


def _posts(g: GraphRows, res: Resolution) -> None:
    orgs = res.organisations
    posts = sorted(res.posts.values(), key=lambda p: p.id)
    names = ("id", "name", "title", "principal", "org_name", "aliases", "key")
    g.tables["Post"] = _Table(
        len(posts),
        lambda lo, hi: _columns(
            names,
            (
                (
                    p.id,
                    p.name,
                    p.title,
                    p.principal,
                    orgs[p.org_id].name,
                    list(p.aliases),
                    _search_key(p.name, *p.aliases),
                )
                for p in posts[lo:hi]
            ),
        ),
    )


def _event_columns(mentions: Sequence[Mention], text: _Text) -> Columns:
    """Event node columns: the extracted fact with all its provenance."""
    rows = []
    for m in mentions:
        e = m.event
        d: FuzzyDate | None = e.date
        rows.append(
            (
                m.event_id,
                e.action,
                e.kind,
                e.person,
                e.post,
                *text.dated(d),
                e.qualifiers,
                e.evidence,
                e.span[0],
                e.span[1],
                e.doc,
                e.notice or "",
                e.doc_number or "",
                e.issuer or "",
                e.extractor_version,
                e.note or "",
            )
        )
    names = _names("Event")
    return _columns(names, rows)


def _documents(
    g: GraphRows, res: Resolution, notices: Iterable[Mapping], text: _Text
) -> tuple[list[str], list[tuple[str, str]]]:
    """The Document table; the document id of each mention, and (event, copy) pairs for IN_DOCUMENT.

    A notice read from several documents (resolve/copies.py) has one Document per copy; each copy's
    ``copy_of`` names the Document kept, and the kept events link to every copy.
    """
    docs: dict[str, tuple] = {}
    copy_of, copied_in = _copies(res)
    for n in notices:
        did = ids.document_id(n["path"], n.get("title"), n.get("doc_number"), None)
        docs[did] = (
            did,
            n["path"],
            n.get("title") or "",
            n.get("doc_number") or "",
            n.get("issuer") or "",
            n.get("date") or "",
            _earliest(n.get("date")),
            n.get("url") or "",
            n.get("source_title") or "",
            copy_of.get(did, ""),
        )
    key_of: dict[tuple, str] = {}  # many events per notice: hash each notice once

    def document_of(e: Event) -> str:
        k = (e.doc, e.notice, e.doc_number)
        did = key_of.get(k)
        if did is None:
            did = key_of[k] = ids.document_id(e.doc, e.notice, e.doc_number, None)
            if did not in docs:
                docs[did] = (
                    did,
                    e.doc,
                    e.notice or "",
                    e.doc_number or "",
                    e.issuer or "",
                    date_iso(e.date) if e.date else "",
                    text.day(e.date.earliest, MIN_DATE) if e.date else MIN_DATE,
                    "",
                    "",
                    copy_of.get(did, ""),
                )
        return did

    doc_of = [document_of(m.event) for m in res.mentions]
    for copies in res.copies.values():
        for c in copies:
            document_of(c)
    ordered = [docs[k] for k in sorted(docs)]
    names = _names("Document")
    g.tables["Document"] = _Table(len(ordered), lambda lo, hi: _columns(names, ordered[lo:hi]))
    return doc_of, copied_in


def _copies(res: Resolution) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Copy Document id → the Document kept; and (kept event id, copy Document id) links, once each."""
    if not res.copies:
        return {}, []
    kept = {m.event_id: m.event for m in res.mentions if m.event_id in res.copies}
    copy_of: dict[str, str] = {}
    links: dict[tuple[str, str], None] = {}
    for eid, copies in res.copies.items():
        for c in copies:
            did = document_key(c)
            copy_of.setdefault(did, document_key(kept[eid]))
            if kept[eid].kind is not Kind.ATTEST:  # IN_DOCUMENT links events; an attestation keeps its own
                links[(eid, did)] = None
    return copy_of, sorted(links)


def _earliest(iso: str | None) -> str:
    return FuzzyDate.parse(iso).earliest.isoformat() if iso else MIN_DATE


# ---------------------------------------------------------------- tenures

_ROLE = {
    "appoint": "start",
    "confirm": "confirm",
    "remove": "end",
    "nominate_appoint": "nomination",
    "nominate_remove": "proposed removal",
    "other": "end",
}


def _start_bounds(d: Derived, text: _Text) -> tuple[str, str]:
    """Earliest / latest start; with no start recorded, bounded by what the record shows."""
    s, e = d.tenure.start, d.tenure.end
    if s is not None:
        return text.day(s.earliest, MAX_DATE), text.day(s.latest, MAX_DATE)
    if d.pending_since is not None and d.tenure.status.value == "nominated":
        # a nomination is shown from its date on, as pending
        return text.day(d.pending_since, MAX_DATE), MAX_DATE
    latest = min(d.sure_from, e.latest if e else MAX_DAY)
    return MIN_DATE, text.day(latest, MAX_DATE)


def _sources_meta(d: Derived, res: Resolution) -> list[list[str]]:
    """[event id, role] of each event a tenure rests on; the API reads the rest from the Event nodes.

    The events' text is stored once, on Event: repeated here it made the table too large for
    LadybugDB to checkpoint in a bounded buffer pool (about seven times the string bytes of a node
    group are needed).
    """
    t = d.tenure
    last = len(t.event_ids) - 1
    out = []
    for i, (eid, idx) in enumerate(zip(t.event_ids, d.mention_idx, strict=True)):
        ev = res.mentions[idx].event
        role = "successor (inferred end)" if t.end_inferred and i == last else _ROLE[ev.action.value]
        if ev.kind is Kind.ATTEST and role != "successor (inferred end)":
            role = "attested"
        out.append([eid, role])
    return out


def _bound(iso: str) -> str | None:
    return None if iso in ("", MIN_DATE, MAX_DATE) else iso


def _held_columns(held: Sequence[Derived], text: _Text) -> Columns:
    """HELD columns: the tenure's dates, flags and status (what queries filter on)."""
    rows = []
    for d in held:
        t = d.tenure
        s, e = t.start, t.end
        start_earliest, start_latest = _start_bounds(d, text)
        rows.append(
            (
                t.person_id,
                t.post_id,
                t.id,
                date_iso(s) if s else "",
                start_earliest,
                start_latest,
                s.precision if s else "unknown",
                t.start_inferred,
                date_iso(e) if e else "",
                text.day(e.earliest, MAX_DATE) if e else MAX_DATE,
                text.day(e.latest, MAX_DATE) if e else MAX_DATE,
                e.precision if e else "unknown",
                t.end_inferred,
                text.day(d.sure_from, MAX_DATE),
                text.day(d.sure_until, MAX_DATE),
                t.status,
                t.concurrent,
                t.acting,
                text.day(d.probation_until, ""),
                d.pending,
                text.day(d.pending_since, ""),
                t.event_ids,
                t.notes,
            )
        )
    names = _names("HELD")
    return _columns(names, rows)


def _vacancy_rows(held: Sequence[Derived], res: Resolution, text: _Text) -> list[tuple]:
    """VACATED_BY rows: the vacancy spans of the principal posts, from the tenures' HELD bounds."""
    spans, removal = [], {}
    for d in held:
        t, e = d.tenure, d.tenure.end
        end = (date_iso(e), text.day(e.earliest, MAX_DATE), text.day(e.latest, MAX_DATE)) if e else None
        removed = end is not None and not t.end_inferred
        if removed:
            removal[t.id] = (t.person_id, *end, t.event_ids)
        start_earliest = _start_bounds(d, text)[0]
        end_earliest, end_latest = (end[1], end[2]) if end else (MAX_DATE, MAX_DATE)
        nominated = t.status.value == "nominated"
        sure = (text.day(d.sure_from, MAX_DATE), text.day(d.sure_until, MAX_DATE))
        spans.append(
            HeldSpan(t.post_id, t.id, start_earliest, end_latest, nominated, removed, end_earliest, *sure)
        )
    principal = {p.id for p in res.posts.values() if p.principal}
    rows = []
    for v in vacancies(spans, principal):
        person, *since, event_ids = removal[v.tenure_id]
        tid, lo, hi = v.tenure_id, v.vacant_from, v.vacant_until
        rows.append((v.post_id, person, f"{tid}@{lo}", tid, lo, hi, *since, event_ids, v.certain))
    return rows


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _detail_columns(
    held: Sequence[Derived],
    res: Resolution,
    text: _Text,
    near: tuple[Mapping[str, Derived], Mapping[str, Derived]],
) -> Columns:
    """TenureDetail columns: each tenure's answer item as JSON, all but what depends on the day asked.

    ``near``: each tenure's predecessor and successor in its post (see :func:`neighbours`).
    """
    people, posts, orgs = res.people, res.posts, res.organisations
    ids_, details = [], []
    before, after = near
    for d in held:
        t = d.tenure
        s, e = t.start, t.end
        start_earliest, start_latest = _start_bounds(d, text)
        post = posts[t.post_id]
        detail = {  # the order of the API's answer items
            "person": people[t.person_id].name,
            "person_id": t.person_id,
            "post": post.name,
            "post_id": t.post_id,
            "org": orgs[post.org_id].name,
            "start": date_iso(s) if s else None,
            "end": date_iso(e) if e else None,
            "start_earliest": _bound(start_earliest),
            "start_latest": _bound(start_latest),
            "end_earliest": _bound(text.day(e.earliest, MAX_DATE)) if e else None,
            "end_latest": _bound(text.day(e.latest, MAX_DATE)) if e else None,
            "start_inferred": t.start_inferred,
            "end_inferred": t.end_inferred,
            "status": None,  # depends on the day: filled in by the API
            "concurrent": t.concurrent,
            "acting": t.acting,
            "pending": d.pending or None,
            "notes": list(t.notes),
            "replaces": _holder(before.get(t.id), people),
            "replaced_by": _holder(after.get(t.id), people),
            "sources": None,  # read from the Event nodes by the API (see _sources_meta)
            "_sources": _sources_meta(d, res),
        }
        ids_.append(t.id)
        details.append(_ENCODE(detail))
    return {"id": ids_, "detail": details}


def _holder(tenure: Derived | None, people: Mapping) -> dict | None:
    """A neighbouring tenure as an answer names it: the person and the tenure's id."""
    if tenure is None:
        return None
    t = tenure.tenure
    return {"person": people[t.person_id].name, "person_id": t.person_id, "tenure_id": t.id}


def neighbours(held: Sequence[Derived], text: _Text) -> tuple[dict[str, Derived], dict[str, Derived]]:
    """Whom each tenure replaced and who replaced it, in the same post: (before, after) by tenure id.

    The predecessor is the other person's tenure that ended last on or before this one began (its
    latest start), the successor the one that began first on or after this one ended: deputies
    serving side by side replace nobody, a tenure with no recorded start follows nobody, and a
    nomination (no decision seen) neither replaces nor is replaced. Sorted and bisected per post:
    a post may have thousands of holders.
    """
    by_post: dict[str, list[tuple[str, str, str, str, Derived]]] = {}
    for d in held:
        t = d.tenure
        if t.status.value == "nominated":
            continue
        start_earliest, start_latest = _start_bounds(d, text)
        end_latest = text.day(t.end.latest, MAX_DATE) if t.end else MAX_DATE
        known = t.start is not None
        by_post.setdefault(t.post_id, []).append((start_earliest, start_latest, end_latest, t.id, d, known))
    before: dict[str, Derived] = {}
    after: dict[str, Derived] = {}
    for tenures in by_post.values():
        ended = sorted((end, start, tid, d) for start, _, end, tid, d, _ in tenures if end != MAX_DATE)
        ends = [e[0] for e in ended]
        begun = sorted((late, start, tid, d) for start, late, _, tid, d, known in tenures if known)
        starts = [b[0] for b in begun]
        for _, start_latest, end, tid, d, known in tenures:
            person = d.tenure.person_id
            if known:
                k = bisect.bisect_right(ends, start_latest) - 1
                while k >= 0 and ended[k][3].tenure.person_id == person:
                    k -= 1
                if k >= 0:
                    before[tid] = ended[k][3]
            if end != MAX_DATE:
                k = bisect.bisect_left(starts, end)
                while k < len(begun) and begun[k][3].tenure.person_id == person:
                    k += 1
                if k < len(begun):
                    after[tid] = begun[k][3]
    return before, after
