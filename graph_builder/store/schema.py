"""The graph schema shared by every store: labels, relationship types, properties and their types.

Labels and relationship types come from this fixed set only, never from input. Dates are ISO
strings ("YYYY-MM-DD"), compared as strings, which both stores do the same way; unknown bounds
are the sentinels MIN_DATE / MAX_DATE so that no property is ever null.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_DATE = "0001-01-01"
MAX_DATE = "9999-12-31"

STRING, BOOL, INT, STRINGS = "STRING", "BOOLEAN", "INT64", "STRING[]"


@dataclass(frozen=True)
class NodeTable:
    """A node label with its properties (``id`` first: the primary key)."""

    label: str
    props: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RelTable:
    """A relationship type between two labels, with its properties (``id`` first)."""

    type: str
    src: str
    dst: str
    props: tuple[tuple[str, str], ...]


_H = (("h", INT),)  # 64-bit hash of the row's content: what incremental builds compare

NODES: tuple[NodeTable, ...] = (
    NodeTable(
        "Person",
        (
            ("id", STRING),
            ("name", STRING),
            ("names", STRINGS),
            ("key", STRING),
            ("jurisdiction", STRING),
            ("merge_reasons", STRINGS),
            *_H,
        ),
    ),
    NodeTable(
        "Organisation",
        (
            ("id", STRING),
            ("name", STRING),
            ("aliases", STRINGS),
            ("key", STRING),
            ("jurisdiction", STRING),
            *_H,
        ),
    ),
    NodeTable(
        "Post",
        (
            ("id", STRING),
            ("name", STRING),
            ("title", STRING),
            ("principal", BOOL),
            ("org_name", STRING),
            ("aliases", STRINGS),
            ("key", STRING),
            *_H,
        ),
    ),
    NodeTable(
        "Document",
        (
            ("id", STRING),
            ("path", STRING),
            ("title", STRING),
            ("doc_number", STRING),
            ("issuer", STRING),
            ("date", STRING),
            ("date_earliest", STRING),
            ("url", STRING),
            ("source_title", STRING),
            ("copy_of", STRING),
            *_H,
        ),
    ),
    NodeTable(
        "Event",
        (
            ("id", STRING),
            ("action", STRING),
            ("kind", STRING),
            ("person", STRING),
            ("post", STRING),
            ("date", STRING),
            ("date_earliest", STRING),
            ("date_latest", STRING),
            ("date_precision", STRING),
            ("qualifiers", STRINGS),
            ("evidence", STRING),
            ("span_start", INT),
            ("span_end", INT),
            ("doc", STRING),
            ("notice", STRING),
            ("doc_number", STRING),
            ("issuer", STRING),
            ("extractor_version", STRING),
            ("note", STRING),
            *_H,
        ),
    ),
    # Who held which post on a day, as a document shows it without appointing anyone: a membership
    # list's line, a signature, a 现任职务 cell, a dated mention (docs/design.md#tenures).
    NodeTable(
        "Attestation",
        (
            ("id", STRING),
            ("form", STRING),
            ("person", STRING),
            ("post", STRING),
            ("date", STRING),
            ("date_earliest", STRING),
            ("date_latest", STRING),
            ("date_precision", STRING),
            ("evidence", STRING),
            ("span_start", INT),
            ("span_end", INT),
            ("doc", STRING),
            ("notice", STRING),
            ("doc_number", STRING),
            ("issuer", STRING),
            ("extractor_version", STRING),
            *_H,
        ),
    ),
    # The answer item of each HELD (same id) as JSON: names, dates as printed, flags, notes and the
    # sources. A node, not a HELD property: LadybugDB loads long strings on relationships very
    # slowly (a 1 KB property needs ~8x its size of buffer pool), on nodes at disk speed.
    NodeTable("TenureDetail", (("id", STRING), ("detail", STRING), *_H)),
)

# Property-less links: a link is its two ends, so it needs no stored id or hash (at millions of
# events those two columns cost more to load than the links themselves).
_LINK: tuple[tuple[str, str], ...] = ()
LINK_HASH = 0  # the hash of every link: nothing but its ends can change, and they are its id

RELS: tuple[RelTable, ...] = (
    RelTable(
        "HELD",
        "Person",
        "Post",
        (
            ("id", STRING),
            ("start_date", STRING),
            ("start_earliest", STRING),
            ("start_latest", STRING),
            ("start_precision", STRING),
            ("start_inferred", BOOL),
            ("end_date", STRING),
            ("end_earliest", STRING),
            ("end_latest", STRING),
            ("end_precision", STRING),
            ("end_inferred", BOOL),
            ("sure_from", STRING),
            ("sure_until", STRING),
            ("status", STRING),
            ("concurrent", BOOL),
            ("acting", BOOL),
            ("probation_until", STRING),
            ("pending", STRING),
            ("pending_since", STRING),
            ("event_ids", STRINGS),
            ("notes", STRINGS),
            *_H,
        ),
    ),
    # A principal post with no holder (``certain``) or possibly none on any day of [vacant_from,
    # vacant_until), since the removal of the person it points to (the tenure ``tenure_id``); derived
    # at build (see vacancy.py).
    RelTable(
        "VACATED_BY",
        "Post",
        "Person",
        (
            ("id", STRING),
            ("tenure_id", STRING),
            ("vacant_from", STRING),
            ("vacant_until", STRING),
            ("since", STRING),
            ("since_earliest", STRING),
            ("since_latest", STRING),
            ("event_ids", STRINGS),
            ("certain", BOOL),  # false: possibly empty (see vacancy.py)
            *_H,
        ),
    ),
    RelTable("OF", "Post", "Organisation", _LINK),
    RelTable("PART_OF", "Organisation", "Organisation", _LINK),
    RelTable("ABOUT", "Event", "Person", _LINK),
    RelTable("ABOUT_POST", "Event", "Post", _LINK),
    RelTable("IN_DOCUMENT", "Event", "Document", _LINK),
    RelTable("ATTESTS", "Attestation", "Person", _LINK),
    RelTable("ATTESTS_POST", "Attestation", "Post", _LINK),
    RelTable("ATTESTED_IN", "Attestation", "Document", _LINK),
)

NODE_BY_LABEL = {t.label: t for t in NODES}
REL_BY_TYPE = {t.type: t for t in RELS}


def is_link(table: RelTable) -> bool:
    """A relationship type with no properties: identified by its two ends."""
    return not table.props


def prop_names(table: NodeTable | RelTable) -> list[str]:
    """Property names of a table, in schema order."""
    return [name for name, _ in table.props]
