"""The server store: Neo4j through the official ``neo4j`` driver (py2neo is end-of-life).

Writes go in ``UNWIND $rows`` batches of BATCH rows. A diff of up to ATOMIC_MAX_ROWS rows is applied
in one transaction (everything or nothing, as on LadybugDB); a larger one in one transaction per
batch, so that the server's transaction memory stays bounded: every write is keyed by id, so a build
interrupted there is finished by running it again. Larger graphs load faster offline with
``renmian export --format neo4j-csv`` and ``neo4j-admin database import``.

Users' statements (``renmian query``, the app's Cypher page) run in READ access-mode transactions with
a timeout: the server refuses a write as well as the keyword check does.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph_builder.graph.rows import GraphRows
from graph_builder.store import base
from graph_builder.store.base import GraphDiff, Page, QueryError, QueryTimeout, ReadOnlyError, WriteFailed
from graph_builder.store.schema import NODE_BY_LABEL, NODES, REL_BY_TYPE, RELS, is_link

BATCH = 10_000
ATOMIC_MAX_ROWS = 200_000  # a diff up to this size is applied in a single transaction
QUERY_TIMEOUT = 60.0  # seconds: the server ends a user's statement that runs longer (unless told)
# Notification kinds not asked for on a user's statement (the driver logs each one it receives);
# the ones every Neo4j 5 server knows: a newer name makes an older server refuse the statement.
QUIET = ["HINT", "DEPRECATION", "PERFORMANCE", "GENERIC"]
# Bookkeeping nodes: {id: 'graph'} the stamp of the events the graph was built from, {id: 'built_at'}
# the time of that build (as on LadybugDB).
STAMP_LABEL = "RenmianBuild"
STAMP_SET = f"MERGE (b:{STAMP_LABEL} {{id: $key}}) SET b.stamp = $stamp"


# The driver logs every warning it receives at WARNING level and gives its logger no handler, so
# Python would print it to stderr beside our own error. A handler that drops them is added: an
# application that configures logging still gets them through its own handlers.
logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())


def ddl() -> list[str]:
    """Constraints (unique ids) and indexes the named queries use."""
    out = [
        f"CREATE CONSTRAINT {t.label.lower()}_id IF NOT EXISTS FOR (n:{t.label}) REQUIRE n.id IS UNIQUE"
        for t in NODES
    ]
    out += [
        f"CREATE INDEX {r.type.lower()}_id IF NOT EXISTS FOR ()-[x:{r.type}]-() ON (x.id)"
        for r in RELS
        if not is_link(r)
    ]
    out += [
        "CREATE TEXT INDEX person_key IF NOT EXISTS FOR (n:Person) ON (n.key)",
        "CREATE TEXT INDEX post_key IF NOT EXISTS FOR (n:Post) ON (n.key)",
        "CREATE TEXT INDEX organisation_key IF NOT EXISTS FOR (n:Organisation) ON (n.key)",
        "CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path)",
        "CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.doc_number)",
        # vacancies.cypher: a range over the vacancy spans, whatever the number of posts
        "CREATE INDEX vacated_from IF NOT EXISTS FOR ()-[v:VACATED_BY]-() ON (v.vacant_from)",
    ]
    return out


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the server is: from options, else NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE."""

    uri: str
    user: str = "neo4j"
    password: str = ""
    database: str = "neo4j"

    @classmethod
    def from_env(cls, uri: str | None = None) -> Neo4jSettings | None:
        """Settings from the environment (``uri`` overrides NEO4J_URI); None when no URI is set."""
        uri = uri or os.environ.get("NEO4J_URI")
        if not uri:
            return None
        return cls(
            uri,
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE", "neo4j"),
        )


class Neo4jStore:
    """A graph in a Neo4j database."""

    kind = "neo4j"

    def __init__(self, settings: Neo4jSettings, read_only: bool = False) -> None:
        import neo4j  # imported here: the embedded default must not need a server driver loaded

        self._neo4j = neo4j
        self.settings = settings
        self.read_only_mode = read_only
        # No notifications: a graph loaded by neo4j-admin import has no key for a property no row set
        # (probation_until, say), and the server would warn about it on every named query.
        self.driver = neo4j.GraphDatabase.driver(
            settings.uri, auth=(settings.user, settings.password), notifications_min_severity="OFF"
        )
        self._schema_done = read_only
        self._stamps: dict[str, str] = {}

    def _ensure_schema(self) -> None:
        if not self._schema_done:
            with self.driver.session(database=self.settings.database) as s:
                for stmt in ddl():
                    s.run(stmt).consume()
            self._schema_done = True

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[dict]:
        """Run a trusted named query on a reader."""
        records, _, _ = self.driver.execute_query(
            cypher, dict(params), database_=self.settings.database, routing_=self._neo4j.RoutingControl.READ
        )
        return [r.data() for r in records]

    def read_only(
        self, cypher: str, params: Mapping[str, Any], timeout: float | None = None, limit: int | None = None
    ) -> Page:
        """Run a user's statement in a READ access-mode transaction (the server refuses writes too),
        ended by the server after ``timeout`` seconds (QUERY_TIMEOUT when not given): QueryTimeout.
        With ``limit`` the first ``limit`` rows are read and the rest left on the server (uncounted)."""
        base.check_read_only(cypher)
        neo4j = self._neo4j
        seconds = timeout or QUERY_TIMEOUT

        @neo4j.unit_of_work(timeout=seconds)
        def work(tx):
            result = tx.run(cypher, dict(params))
            rows: list[dict] = []
            more = False
            for record in result:
                if len(rows) == limit:
                    more = True  # the rest stays on the server
                    break
                rows.append(record.data())
            _refuse_unknown_names(result.consume())
            return Page(rows, None if more else len(rows), more=more)

        # Unknown names' warnings on for this session: an error on LadybugDB, only a warning on Neo4j.
        session = self.driver.session(
            database=self.settings.database,
            default_access_mode=neo4j.READ_ACCESS,
            notifications_min_severity="WARNING",
            notifications_disabled_classifications=QUIET,
        )
        try:
            with session:
                return session.execute_read(work)
        except neo4j.exceptions.Neo4jError as e:
            raise _query_error(e, seconds) from e

    def set_build_stamp(self, stamp: str, built_at: str | None = None) -> None:
        """The stamp (and build time) the next write records with the graph."""
        self._stamps = {"graph": stamp, **({"built_at": built_at} if built_at else {})}

    def build_stamp(self) -> str | None:
        """The stamp recorded with the graph (None when there is none)."""
        return self._recorded("graph")

    def built_at(self) -> str | None:
        """When the graph was built (ISO time, UTC), as recorded with it; None when not recorded."""
        return self._recorded("built_at")

    def signature(self) -> str:
        """What changes when the graph is rebuilt: its stamp and build time (one lookup on the server)."""
        rows = self.read(f"MATCH (b:{STAMP_LABEL}) RETURN b.id AS id, b.stamp AS stamp ORDER BY id", {})
        return "|".join(f"{r['id']}={r['stamp']}" for r in rows)

    def _recorded(self, key: str) -> str | None:
        rows = self.read(f"MATCH (b:{STAMP_LABEL} {{id: $key}}) RETURN b.stamp AS stamp", {"key": key})
        return rows[0]["stamp"] if rows else None

    def version(self) -> str:
        """The server and its version."""
        info = self.driver.get_server_info()
        return f"Neo4j {info.agent} at {self.settings.uri} (database {self.settings.database})"

    def keys(self) -> dict[str, dict[str, int]]:
        """Stored id → hash for every label and relationship type."""
        out = {t.label: self._pairs(base.node_keys_cypher(t)) for t in NODES}
        return out | {
            r.type: base.rel_keys(r, [tuple(x.values()) for x in self.read(base.rel_keys_cypher(r), {})])
            for r in RELS
        }

    def _pairs(self, cypher: str) -> dict[str, int]:
        return {r["id"]: r["h"] for r in self.read(cypher, {})}

    def replace_all(self, rows: GraphRows) -> None:
        """A full build on a server is the diff against what is there (nothing is dropped first)."""
        self.apply(base.diff(self.keys(), rows))

    def apply(self, diff: GraphDiff) -> None:
        """Write the diff: in one transaction up to ATOMIC_MAX_ROWS rows, else a transaction per batch.

        A write the server refuses raises WriteFailed; in a single transaction nothing was changed.
        """
        if self.read_only_mode:
            raise ReadOnlyError(f"the Neo4j store at {self.settings.uri} is open read-only")
        self._ensure_schema()
        steps: list[tuple[str, str, list]] = []
        for r in RELS:
            gone = diff.gone_rels.get(r.type, [])
            if is_link(r):
                steps.append((base.delete_rels_cypher(r), "rows", base.link_ends(gone)))
            else:
                steps.append((base.delete_rels_cypher(r), "ids", gone))
        for t in NODES:
            steps.append((base.delete_nodes_cypher(t), "ids", diff.gone_nodes.get(t.label, [])))
            steps.append((base.update_nodes_cypher(t), "rows", diff.changed_nodes.get(t.label, [])))
            steps.append((base.create_nodes_cypher(t), "rows", diff.new_nodes.get(t.label, [])))
        for r in RELS:
            steps.append((base.create_rels_cypher(r), "rows", diff.new_rels.get(r.type, [])))
        steps = [step for step in steps if step[2]]
        stamp = dict(self._stamps)
        try:
            with self.driver.session(database=self.settings.database) as session:
                if diff.size() <= ATOMIC_MAX_ROWS:
                    session.execute_write(
                        lambda tx: [_run_batches(tx, *step) for step in steps] + _stamp(tx, stamp)
                    )
                else:
                    for cypher, name, items in steps:
                        for i in range(0, len(items), BATCH):
                            session.execute_write(_run_batches, cypher, name, items[i : i + BATCH])
                    session.execute_write(_stamp, stamp)  # last: the graph is whole before it says so
        except self._neo4j.exceptions.Neo4jError as e:
            raise WriteFailed(f"Neo4j refused the write: {e.message}") from e

    def clear(self) -> None:
        """Delete every node of the schema's labels (tests use a scratch database)."""
        with self.driver.session(database=self.settings.database) as s:
            for label in [t.label for t in NODES] + [STAMP_LABEL]:
                s.run(
                    f"MATCH (n:{label}) CALL {{ WITH n DETACH DELETE n }} IN TRANSACTIONS OF 10000 ROWS"
                ).consume()

    def warm_up(self) -> None:
        """Nothing: the server keeps its page cache warm across clients (and warms it at start)."""

    def close(self) -> None:
        """Close the driver."""
        self.driver.close()


def _run_batches(tx: Any, cypher: str, name: str, items: list) -> None:
    for i in range(0, len(items), BATCH):
        tx.run(cypher, {name: items[i : i + BATCH]}).consume()


def _stamp(tx: Any, stamps: dict[str, str]) -> list:
    for key, value in stamps.items():
        tx.run(STAMP_SET, {"key": key, "stamp": value}).consume()
    return []


# GQL statuses of a label / relationship type the database has never seen (the name in backticks)
_UNKNOWN_NAME = {"01N50", "01N51"}


def _refuse_unknown_names(summary: Any) -> None:
    """Raise QueryError for a label or relationship type that neither the schema nor the database knows.

    Neo4j only warns (and answers nothing); LadybugDB refuses the statement: refused here too, in
    the server's own words. A schema name is let through: an empty graph may never have stored one.
    """
    for status in summary.gql_status_objects:
        m = re.search(r"`([^`]+)`", status.status_description or "")
        if status.gql_status in _UNKNOWN_NAME and m and m.group(1) not in NODE_BY_LABEL | REL_BY_TYPE:
            raise QueryError(status.status_description.removeprefix("warn: "), "semantic")


def _query_error(e: Any, seconds: float) -> ValueError:
    """The project's own error for a user's statement the server refused or stopped (a Neo4jError)."""
    code = (e.code or "").lower()
    message = e.message or str(e)
    low = message.lower()
    if code == "neo.clienterror.statement.accessmode" or ("read" in low and "writ" in low):
        return ReadOnlyError(f"refused: the statement writes: {message}")
    if "timedout" in code.replace("_", "") or "timeout" in code:
        return QueryTimeout(
            f"stopped: the query ran past its time limit of {seconds:g} s "
            "(narrow it, add a LIMIT, or raise --timeout)"
        )
    if code.endswith(".syntaxerror"):
        return QueryError(message, "syntax")
    if code.startswith("neo.clienterror.statement."):
        return QueryError(message, "semantic")
    return QueryError(message, "runtime")
