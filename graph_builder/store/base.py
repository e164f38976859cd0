"""The small store interface both LadybugDB and Neo4j implement, and the write statements they share.

Write statements are generated from the fixed schema in ``schema.py`` (labels never come from
input); named read queries live in ``queries/*.cypher``.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from graph_builder.store.schema import LINK_HASH, NODES, RELS, NodeTable, RelTable, is_link, prop_names

if TYPE_CHECKING:
    from graph_builder.graph.rows import GraphRows


KILL_AT_ENV = "RENMIAN_KILL_AT"  # the crash-safety tests: SIGKILL a build at this named point


def kill_point(name: str) -> None:
    """SIGKILL this process here when RENMIAN_KILL_AT names this point (the crash-safety tests)."""
    if os.environ.get(KILL_AT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


class QueryError(ValueError):
    """A user's statement the store could not run, with the store's own message.

    ``str()`` is the message's first line (what a command prints); ``detail`` keeps the rest (a
    parser's excerpt of the statement with a caret under the fault). ``kind`` says what went wrong:
    ``syntax``, ``semantic`` (an unknown label, relationship type, property or variable, a wrong
    type), ``timeout`` or ``runtime``.
    """

    kind = "runtime"

    def __init__(self, message: str, kind: str | None = None) -> None:
        first, _, rest = str(message).strip().partition("\n")
        super().__init__(first.strip())
        self.detail = rest.strip("\n")
        if kind:
            self.kind = kind


class QueryTimeout(QueryError):
    """A user's statement ran past its time limit and was stopped."""

    kind = "timeout"


class ReadOnlyError(ValueError):
    """A statement given as read-only would write."""


class WriteFailed(RuntimeError):
    """The store refused a write (a duplicate key, say); an atomic write changed nothing."""


@dataclass
class Page:
    """The rows a user's statement gave, or its first ``limit`` of them."""

    rows: list[dict]
    total: int | None  # how many rows the statement gave; None when rows were left unread, uncounted
    more: bool = False  # whether rows past ``rows`` were left out

    @property
    def shown_note(self) -> str:
        """'' when every row is here, else e.g. 'showing 1,000 of 52,311 rows'."""
        if not self.more:
            return ""
        if self.total is not None:
            return f"showing {len(self.rows):,} of {self.total:,} rows"
        return f"showing the first {len(self.rows):,} rows; more rows not shown"


class Store(Protocol):
    """What the builder and the API need from a graph store."""

    kind: str  # "ladybug" or "neo4j"

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[dict]:
        """Run a trusted named query; rows as dicts (the fast path: no checks)."""

    def read_only(
        self, cypher: str, params: Mapping[str, Any], timeout: float | None = None, limit: int | None = None
    ) -> Page:
        """Run a user's statement in a read-only transaction; a write raises ReadOnlyError, a statement
        past ``timeout`` seconds QueryTimeout. With ``limit``, only the first ``limit`` rows are read."""

    def keys(self) -> dict[str, dict[str, int]]:
        """For each label and relationship type: id → content hash of what is stored."""

    def replace_all(self, rows: GraphRows) -> None:
        """Make the store hold exactly ``rows`` (a full build)."""

    def apply(self, diff: GraphDiff) -> None:
        """Apply the difference to the stored graph (an incremental build)."""

    def warm_up(self) -> None:
        """Bring what the tenure queries read into memory (a long-lived reader calls it once)."""

    def close(self) -> None:
        """Release connections and files."""


@dataclass
class GraphDiff:
    """What changes between the stored graph and the wanted one, per label / relationship type."""

    new_nodes: dict[str, list[dict]] = field(default_factory=dict)
    changed_nodes: dict[str, list[dict]] = field(default_factory=dict)
    gone_nodes: dict[str, list[str]] = field(default_factory=dict)
    new_rels: dict[str, list[dict]] = field(default_factory=dict)  # new and changed (re-created)
    gone_rels: dict[str, list[str]] = field(default_factory=dict)  # removed and changed

    def size(self) -> int:
        """How many rows the diff touches."""
        parts = (self.new_nodes, self.changed_nodes, self.gone_nodes, self.new_rels, self.gone_rels)
        return sum(len(v) for d in parts for v in d.values())


def diff(stored: Mapping[str, Mapping[str, int]], wanted: GraphRows) -> GraphDiff:
    """Compare stored id → hash maps with the wanted rows."""
    d = GraphDiff()
    for t in NODES:
        have = stored.get(t.label, {})
        rows = wanted.nodes.get(t.label, [])
        ids = {r["id"] for r in rows}
        d.new_nodes[t.label] = [r for r in rows if r["id"] not in have]
        d.changed_nodes[t.label] = [r for r in rows if r["id"] in have and have[r["id"]] != r["h"]]
        d.gone_nodes[t.label] = sorted(i for i in have if i not in ids)
    for r in RELS:
        have = stored.get(r.type, {})
        rows = wanted.rels.get(r.type, [])
        hashes = {x["id"]: x["h"] for x in rows}
        d.new_rels[r.type] = [x for x in rows if have.get(x["id"]) != x["h"]]
        d.gone_rels[r.type] = sorted(i for i, h in have.items() if hashes.get(i) != h)
    return d


# ---- write statements, generated from the fixed schema


def create_nodes_cypher(t: NodeTable) -> str:
    """UNWIND $rows AS r CREATE (:Label {…})."""
    props = ", ".join(f"{p}: r.{p}" for p in prop_names(t))
    return f"UNWIND $rows AS r CREATE (:{t.label} {{{props}}})"


def update_nodes_cypher(t: NodeTable) -> str:
    """UNWIND $rows AS r MATCH (n:Label {id: r.id}) SET n.p = r.p, …."""
    sets = ", ".join(f"n.{p} = r.{p}" for p in prop_names(t) if p != "id")
    return f"UNWIND $rows AS r MATCH (n:{t.label} {{id: r.id}}) SET {sets}"


def delete_nodes_cypher(t: NodeTable) -> str:
    """Delete nodes (and their relationships) by id."""
    return f"MATCH (n:{t.label}) WHERE n.id IN $ids DETACH DELETE n"


def create_rels_cypher(t: RelTable) -> str:
    """Two separate MATCH clauses: one comma pattern is planned as a cross product (STORES.md)."""
    props = ", ".join(f"{p}: r.{p}" for p in prop_names(t))
    return (
        f"UNWIND $rows AS r MATCH (a:{t.src} {{id: r.from}}) MATCH (b:{t.dst} {{id: r.to}}) "
        f"CREATE (a)-[:{t.type}{f' {{{props}}}' if props else ''}]->(b)"
    )


def delete_rels_cypher(t: RelTable) -> str:
    """Delete relationships by id (``$ids``), or links by their ends (``$rows`` of from / to)."""
    if is_link(t):
        return (
            f"UNWIND $rows AS r MATCH (a:{t.src} {{id: r.from}})-[x:{t.type}]->(b:{t.dst} {{id: r.to}}) "
            "DELETE x"
        )
    return f"MATCH (:{t.src})-[x:{t.type}]->(:{t.dst}) WHERE x.id IN $ids DELETE x"


def link_ends(ids: list[str]) -> list[dict]:
    """The ``from`` / ``to`` rows of link ids (``from>to``), for :func:`delete_rels_cypher`."""
    return [dict(zip(("from", "to"), i.split(">", 1), strict=True)) for i in ids]


def node_keys_cypher(t: NodeTable) -> str:
    """Every stored id and hash of a label."""
    return f"MATCH (n:{t.label}) RETURN n.id AS id, n.h AS h"


def rel_keys_cypher(t: RelTable) -> str:
    """Every stored id and hash of a relationship type (links: both ends, see :func:`rel_keys`)."""
    if is_link(t):
        return f"MATCH (a:{t.src})-[:{t.type}]->(b:{t.dst}) RETURN a.id AS src, b.id AS dst"
    return f"MATCH (:{t.src})-[x:{t.type}]->(:{t.dst}) RETURN x.id AS id, x.h AS h"


def rel_keys(t: RelTable, rows: list[tuple]) -> dict[str, int]:
    """id → hash from the rows of :func:`rel_keys_cypher`."""
    if is_link(t):
        return {f"{a}>{b}": LINK_HASH for a, b in rows}
    return dict(rows)


# ---- read-only checking of user statements

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_WRITE = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|USE|IMPORT|EXPORT|"
    r"CHECKPOINT|BEGIN|COMMIT|ROLLBACK|CALL|FOREACH|GRANT|DENY|REVOKE)\b",
    re.I,
)


def check_read_only(cypher: str) -> None:
    """Refuse a statement that would write (or manage the database), naming the clause found."""
    code = _STRINGS.sub("''", cypher)
    m = _WRITE.search(code)
    if m:
        raise ReadOnlyError(
            f"refused: {m.group(1).upper()} is not allowed in a read-only query: {cypher.strip()!r}"
        )


def statement_params(cypher: str) -> list[str]:
    """The ``$parameters`` a statement uses, in order (those in strings and comments are not)."""
    code = _STRINGS.sub("''", cypher)
    return list(dict.fromkeys(re.findall(r"\$(\w+)", code)))
