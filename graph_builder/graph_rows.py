"""Resolved entities and derived tenures as rows of the graph schema (and as Arrow tables)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyarrow as pa

from graph_builder import ids
from graph_builder.ids import norm_key
from graph_builder.resolve import Mention, Resolution
from graph_builder.store.schema import (
    BOOL,
    INT,
    MAX_DATE,
    MIN_DATE,
    NODE_BY_LABEL,
    REL_BY_TYPE,
    STRINGS,
)
from graph_builder.timeline import MAX_DAY, Derived
from graph_builder.types import Event, FuzzyDate

_ARROW = {"STRING": pa.string(), BOOL: pa.bool_(), INT: pa.int64(), STRINGS: pa.list_(pa.string())}


@dataclass
class GraphRows:
    """Every node and relationship of the graph as plain dict rows, keyed by label / type."""

    nodes: dict[str, list[dict]] = field(default_factory=dict)
    rels: dict[str, list[dict]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Number of rows per label and relationship type."""
        return {k: len(v) for k, v in {**self.nodes, **self.rels}.items()}

    def node_arrow(self, label: str) -> pa.Table:
        """One label's rows as an Arrow table in schema order (what COPY loads)."""
        table = NODE_BY_LABEL[label]
        rows = self.nodes.get(label, [])
        return pa.table({n: pa.array([r[n] for r in rows], _ARROW[t]) for n, t in table.props})

    def rel_arrow(self, rel: str) -> pa.Table:
        """One relationship type as an Arrow table: ``from``, ``to``, then properties."""
        table = REL_BY_TYPE[rel]
        rows = self.rels.get(rel, [])
        cols = {
            "from": pa.array([r["from"] for r in rows], pa.string()),
            "to": pa.array([r["to"] for r in rows], pa.string()),
        }
        cols |= {n: pa.array([r[n] for r in rows], _ARROW[t]) for n, t in table.props}
        return pa.table(cols)


def _hashed(row: dict) -> dict:
    """Add ``h``: a hash of the row's content, so incremental builds see what changed."""
    # repr of the values in construction order: several times cheaper than JSON, and as stable
    row["h"] = hashlib.sha1(repr(tuple(row.values())).encode("utf-8")).hexdigest()[:16]
    return row


def _d(value: date | None, default: str) -> str:
    return value.isoformat() if value is not None and value != MAX_DAY else default


def _search_key(*names: str) -> str:
    """'|'-separated simplified forms: CONTAINS finds a fragment in either script; '|x|' an exact name."""
    keys = sorted({norm_key(n) for n in names if n})
    return "|" + "|".join(keys) + "|"


def event_row(eid: str, e: Event) -> dict:
    """An Event node row: the extracted fact with all its provenance."""
    d: FuzzyDate | None = e.date
    return _hashed(
        {
            "id": eid,
            "action": e.action.value,
            "kind": e.kind.value,
            "person": e.person,
            "post": e.post,
            "date": d.iso() if d else "",
            "date_earliest": _d(d.earliest if d else None, MIN_DATE),
            "date_latest": _d(d.latest if d else None, MAX_DATE),
            "date_precision": d.precision.value if d else "unknown",
            "qualifiers": list(e.qualifiers),
            "evidence": e.evidence,
            "span_start": int(e.span[0]),
            "span_end": int(e.span[1]),
            "doc": e.doc,
            "notice": e.notice or "",
            "doc_number": e.doc_number or "",
            "issuer": e.issuer or "",
            "extractor_version": e.extractor_version,
            "note": e.note or "",
        }
    )


def document_key(e: Event) -> str:
    """The Document (one notice of a file) an event belongs to."""
    return _document_key(e.doc, e.notice, e.doc_number)


@lru_cache(maxsize=100_000)
def _document_key(doc: str, notice: str | None, doc_number: str | None) -> str:
    return ids.document_id(doc, notice, doc_number, None)


def build_rows(res: Resolution, tenures: Sequence[Derived], notices: Iterable[Mapping] = ()) -> GraphRows:
    """All graph rows for a resolution and its tenures; ``notices`` adds notices that had no events."""
    g = GraphRows()
    jur: dict[str, str] = {}
    for m in res.mentions:
        jur.setdefault(res.event_person[m.event_id], m.jurisdiction or "")
    g.nodes["Person"] = [
        _hashed(
            {
                "id": p.id,
                "name": p.name,
                "names": list(p.names),
                "key": _search_key(*p.names),
                "jurisdiction": jur.get(p.id, ""),
                "merge_reasons": list(p.merge_reasons),
            }
        )
        for p in sorted(res.people.values(), key=lambda p: p.id)
    ]
    g.nodes["Organisation"] = [
        _hashed(
            {
                "id": o.id,
                "name": o.name,
                "aliases": list(o.aliases),
                "key": _search_key(o.name, *o.aliases),
                "jurisdiction": o.jurisdiction or "",
            }
        )
        for o in sorted(res.organisations.values(), key=lambda o: o.id)
    ]
    orgs = res.organisations
    g.nodes["Post"] = [
        _hashed(
            {
                "id": p.id,
                "name": p.name,
                "title": p.title,
                "principal": p.principal,
                "org_name": orgs[p.org_id].name,
                "aliases": list(p.aliases),
                "key": _search_key(p.name, *p.aliases),
            }
        )
        for p in sorted(res.posts.values(), key=lambda p: p.id)
    ]
    g.nodes["Document"] = _documents(res.mentions, notices)
    g.nodes["Event"] = [event_row(m.event_id, m.event) for m in res.mentions]
    by_id = {m.event_id: m for m in res.mentions}
    g.rels["HELD"] = [_held_row(d, by_id) for d in sorted(tenures, key=lambda d: d.tenure.id)]
    g.rels["OF"] = [_link(p.id, p.org_id) for p in sorted(res.posts.values(), key=lambda p: p.id)]
    g.rels["PART_OF"] = [
        _link(o.id, o.parent_id) for o in sorted(orgs.values(), key=lambda o: o.id) if o.parent_id
    ]
    g.rels["ABOUT"] = [_link(m.event_id, res.event_person[m.event_id]) for m in res.mentions]
    g.rels["ABOUT_POST"] = [_link(m.event_id, m.post_id) for m in res.mentions]
    g.rels["IN_DOCUMENT"] = [_link(m.event_id, document_key(m.event)) for m in res.mentions]
    return g


def _link(src: str, dst: str) -> dict:
    # the id names both ends: nothing else can change, so the hash is constant
    return {"from": src, "to": dst, "id": f"{src}>{dst}", "h": "-"}


def _documents(mentions: Sequence[Mention], notices: Iterable[Mapping]) -> list[dict]:
    docs: dict[str, dict] = {}
    for n in notices:
        did = ids.document_id(n["path"], n.get("title"), n.get("doc_number"), None)
        docs[did] = {
            "id": did,
            "path": n["path"],
            "title": n.get("title") or "",
            "doc_number": n.get("doc_number") or "",
            "issuer": n.get("issuer") or "",
            "date": n.get("date") or "",
            "date_earliest": _earliest(n.get("date")),
        }
    for m in mentions:
        e = m.event
        did = document_key(e)
        if did not in docs:
            docs[did] = {
                "id": did,
                "path": e.doc,
                "title": e.notice or "",
                "doc_number": e.doc_number or "",
                "issuer": e.issuer or "",
                "date": e.date.iso() if e.date else "",
                "date_earliest": _d(e.date.earliest if e.date else None, MIN_DATE),
            }
    return [_hashed(docs[k]) for k in sorted(docs)]


def _earliest(iso: str | None) -> str:
    return FuzzyDate.parse(iso).earliest.isoformat() if iso else MIN_DATE


_ROLE = {
    "appoint": "start",
    "confirm": "confirm",
    "remove": "end",
    "nominate_appoint": "nomination",
    "nominate_remove": "proposed removal",
    "other": "end",
}


def _start_bounds(d: Derived) -> dict:
    """Earliest / latest start; with no start recorded, bounded by what the record shows."""
    s, e = d.tenure.start, d.tenure.end
    if s is not None:
        return {"start_earliest": s.earliest.isoformat(), "start_latest": s.latest.isoformat()}
    if d.pending_since is not None and d.tenure.status.value == "nominated":
        # a nomination is shown from its date on, as pending
        return {"start_earliest": d.pending_since.isoformat(), "start_latest": MAX_DATE}
    latest = min(d.sure_from, e.latest if e else MAX_DAY)
    return {"start_earliest": MIN_DATE, "start_latest": _d(latest, MAX_DATE)}


def _held_row(d: Derived, by_id: Mapping[str, Mention]) -> dict:
    t = d.tenure
    s, e = t.start, t.end
    sources = []
    for i, eid in enumerate(t.event_ids):
        ev = by_id[eid].event
        role = _ROLE[ev.action.value]
        if t.end_inferred and i == len(t.event_ids) - 1:
            role = "successor (inferred end)"
        sources.append(
            {
                "event_id": eid,
                "role": role,
                "action": ev.action.value,
                "person": ev.person,
                "date": ev.date.iso() if ev.date else "",
                "doc_number": ev.doc_number or "",
                "document": ev.doc,
                "notice": ev.notice or "",
                "evidence": ev.evidence,
            }
        )
    return _hashed(
        {
            "from": t.person_id,
            "to": t.post_id,
            "id": t.id,
            "start_date": s.iso() if s else "",
            **_start_bounds(d),
            "start_precision": s.precision.value if s else "unknown",
            "start_inferred": t.start_inferred,
            "end_date": e.iso() if e else "",
            "end_earliest": _d(e.earliest if e else None, MAX_DATE),
            "end_latest": _d(e.latest if e else None, MAX_DATE),
            "end_precision": e.precision.value if e else "unknown",
            "end_inferred": t.end_inferred,
            "sure_from": _d(d.sure_from, MAX_DATE),
            "sure_until": _d(d.sure_until, MAX_DATE),
            "status": t.status.value,
            "concurrent": t.concurrent,
            "acting": t.acting,
            "probation_until": _d(d.probation_until, ""),
            "pending": d.pending,
            "pending_since": _d(d.pending_since, ""),
            "event_ids": list(t.event_ids),
            "notes": list(t.notes),
            "sources": json.dumps(sources, ensure_ascii=False),
        }
    )
