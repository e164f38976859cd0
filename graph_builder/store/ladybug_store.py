"""The embedded store: LadybugDB (ladybug==0.22.0, the Kùzu fork) in a directory.

Facts from STORES.md this module is built around: set buffer_pool_size and max_db_size (else 80 % of
RAM and 8 TiB of address space are reserved); one Database per path per process (two silently lose
writes); bulk loads by COPY from Arrow; the file never shrinks, so a full build writes a fresh file
and swaps it in, which also makes the full build all-or-nothing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ladybug

from graph_builder.graph_rows import GraphRows
from graph_builder.store import base
from graph_builder.store.base import GraphDiff, ReadOnlyError
from graph_builder.store.schema import NODES, RELS, NodeTable, RelTable

GRAPH_FILE = "graph.lbug"
BUFFER_POOL = int(os.environ.get("RENMIAN_BUFFER_POOL_MB", "512")) * 1024**2
MAX_DB_SIZE = 1 << 38  # 256 GiB of address space, far below the default 8 TiB
BATCH = 10_000
# COPY costs about 50 ms however few the rows; below this many rows one UNWIND batch is faster.
COPY_MIN_ROWS = 5_000

_OPEN: dict[Path, ladybug.Database] = {}  # one Database per path per process


def ddl() -> list[str]:
    """CREATE NODE / REL TABLE statements of the schema."""
    out = []
    for t in NODES:
        cols = ", ".join(f"{n} {ty}" for n, ty in t.props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {t.label}({cols}, PRIMARY KEY(id))")
    for r in RELS:
        cols = ", ".join(f"{n} {ty}" for n, ty in r.props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {r.type}(FROM {r.src} TO {r.dst}, {cols})")
    return out


def _open(path: Path, read_only: bool) -> ladybug.Database:
    db = _OPEN.get(path)
    if db is None:
        db = ladybug.Database(
            str(path), buffer_pool_size=BUFFER_POOL, max_db_size=MAX_DB_SIZE, read_only=read_only
        )
        _OPEN[path] = db
    return db


def _forget(path: Path) -> None:
    db = _OPEN.pop(path, None)
    if db is not None:
        db.close()


class LadybugStore:
    """A LadybugDB graph in ``directory`` (the file ``graph.lbug`` inside it)."""

    kind = "ladybug"

    def __init__(self, directory: str | Path, read_only: bool = False) -> None:
        self.directory = Path(directory).resolve()
        self.path = self.directory / GRAPH_FILE
        self.read_only_mode = read_only
        if read_only and not self.path.exists():
            raise FileNotFoundError(
                f"no graph at {self.directory}: run `renmian build PATH --db {directory}` first"
            )
        if not read_only:
            self.directory.mkdir(parents=True, exist_ok=True)
        self._conn: ladybug.Connection | None = None

    @property
    def conn(self) -> ladybug.Connection:
        """The cached connection (opened, and the schema created, on first use)."""
        if self._conn is None:
            fresh = not self.path.exists()
            self._conn = ladybug.Connection(_open(self.path, self.read_only_mode))
            if fresh and not self.read_only_mode:
                for stmt in ddl():
                    self._conn.execute(stmt)
        return self._conn

    # ---- reads

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[dict]:
        """Run a trusted named query; rows as dicts."""
        res = self.conn.execute(cypher, dict(params))
        cols = res.get_column_names()
        return [dict(zip(cols, row, strict=True)) for row in res.get_all()]

    def read_only(self, cypher: str, params: Mapping[str, Any]) -> list[dict]:
        """Run a user's statement inside BEGIN TRANSACTION READ ONLY; writes are refused."""
        base.check_read_only(cypher)
        conn = self.conn
        conn.execute("BEGIN TRANSACTION READ ONLY")
        try:
            return self.read(cypher, params)
        except RuntimeError as e:
            if "read-only" in str(e).lower() or "read only" in str(e).lower():
                raise ReadOnlyError(f"refused: the statement writes: {e}") from e
            raise
        finally:
            conn.execute("ROLLBACK")

    def keys(self) -> dict[str, dict[str, str]]:
        """Stored id → hash for every label and relationship type."""
        if not self.path.exists():
            return {}
        out = {t.label: self._pairs(base.node_keys_cypher(t)) for t in NODES}
        out |= {r.type: self._pairs(base.rel_keys_cypher(r)) for r in RELS}
        return out

    def _pairs(self, cypher: str) -> dict[str, str]:
        return dict(self.conn.execute(cypher).get_all())

    # ---- writes

    def replace_all(self, rows: GraphRows) -> None:
        """Write a fresh file by COPY, then swap it in: the old graph stays until the new one is whole."""
        self._refuse_if_read_only()
        fresh = self.directory / (GRAPH_FILE + ".new")
        _remove_db_files(fresh)
        db = ladybug.Database(str(fresh), buffer_pool_size=BUFFER_POOL, max_db_size=MAX_DB_SIZE)
        try:
            conn = ladybug.Connection(db)
            for stmt in ddl():
                conn.execute(stmt)
            _copy_all(conn, rows)
            conn.execute("CHECKPOINT")
        finally:
            db.close()
        self.close()
        Path(str(self.path) + ".wal").unlink(missing_ok=True)  # the old file was checkpointed on close
        os.replace(fresh, self.path)  # atomic: readers see the old graph or the new, never half

    def apply(self, diff: GraphDiff) -> None:
        """Apply a diff in one transaction: everything or nothing."""
        self._refuse_if_read_only()
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            for r in RELS:
                self._batched_ids(base.delete_rels_cypher(r), diff.gone_rels.get(r.type, []))
            for t in NODES:
                self._batched_ids(base.delete_nodes_cypher(t), diff.gone_nodes.get(t.label, []))
                self._batched_rows(base.update_nodes_cypher(t), diff.changed_nodes.get(t.label, []))
                _copy_nodes(conn, t, GraphRows(nodes={t.label: diff.new_nodes.get(t.label, [])}))
            for r in RELS:
                _copy_rels(conn, r, GraphRows(rels={r.type: diff.new_rels.get(r.type, [])}))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _batched_ids(self, cypher: str, ids: list[str]) -> None:
        for i in range(0, len(ids), BATCH):
            self.conn.execute(cypher, {"ids": ids[i : i + BATCH]})

    def _batched_rows(self, cypher: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), BATCH):
            self.conn.execute(cypher, {"rows": rows[i : i + BATCH]})

    def _refuse_if_read_only(self) -> None:
        if self.read_only_mode:
            raise ReadOnlyError(f"the store at {self.directory} is open read-only")

    def close(self) -> None:
        """Close the connection and the database (so the file can be swapped or reopened)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        _forget(self.path)


def _copy_all(conn: ladybug.Connection, rows: GraphRows) -> None:
    for t in NODES:
        _copy_nodes(conn, t, rows)
    for r in RELS:
        _copy_rels(conn, r, rows)


def _copy_nodes(conn: ladybug.Connection, t: NodeTable, rows: GraphRows) -> None:
    items = rows.nodes.get(t.label) or []
    if 0 < len(items) < COPY_MIN_ROWS:
        _unwind(conn, base.create_nodes_cypher(t), items)
    elif items:
        arrow_rows = rows.node_arrow(t.label)  # noqa: F841  (COPY reads the local variable by name)
        conn.execute(f"COPY {t.label} FROM arrow_rows")


def _copy_rels(conn: ladybug.Connection, r: RelTable, rows: GraphRows) -> None:
    items = rows.rels.get(r.type) or []
    if 0 < len(items) < COPY_MIN_ROWS:
        _unwind(conn, base.create_rels_cypher(r), items)
    elif items:
        arrow_rows = rows.rel_arrow(r.type)  # noqa: F841  (COPY reads the local variable by name)
        conn.execute(f"COPY {r.type} FROM arrow_rows")


def _unwind(conn: ladybug.Connection, cypher: str, items: list[dict]) -> None:
    for i in range(0, len(items), BATCH):
        conn.execute(cypher, {"rows": items[i : i + BATCH]})


def _remove_db_files(path: Path) -> None:
    for suffix in ("", ".wal", ".shadow", ".tmp"):
        p = Path(str(path) + suffix)
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
