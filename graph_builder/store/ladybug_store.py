"""The embedded store: LadybugDB (ladybug==0.22.0, the Kùzu fork) in a directory.

Facts from STORES.md this module is built around: set buffer_pool_size and max_db_size (else 80 % of
RAM and 8 TiB of address space are reserved); one Database per path per process (two silently lose
writes); bulk loads by COPY from Arrow; the file never shrinks, so a full build writes a fresh file
and swaps it in, which also makes the full build all-or-nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import os
import shutil
import tempfile
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

from graph_builder.graph.rows import GraphRows
from graph_builder.store import base
from graph_builder.store.base import GraphDiff, Page, QueryError, QueryTimeout, ReadOnlyError, kill_point
from graph_builder.store.columns import written_names
from graph_builder.store.schema import NODE_BY_LABEL, NODES, REL_BY_TYPE, RELS, is_link

GRAPH_FILE = "graph.lbug"
BUFFER_POOL = int(os.environ.get("RENMIAN_BUFFER_POOL_MB", "512")) * 1024**2
# The pool of a full build (a fresh file written by COPY). Bounded, but larger than the reading pool:
# LadybugDB's COPY of a relationship table holds the whole table's properties in the pool until it
# commits (HELD, 533k tenures with 23 properties: fails with 768 MB, passes with 1 GB), and a COPY
# appended to a non-empty table is no way around it (3 slices of HELD: 200 s instead of 26 s).
BUILD_POOL = max(BUFFER_POOL, int(os.environ.get("RENMIAN_BUILD_POOL_MB", "1024")) * 1024**2)
MAX_DB_SIZE = 1 << 38  # 256 GiB of address space, far below the default 8 TiB
BATCH = 10_000
# COPY costs about 50 ms however few the rows; below this many rows one UNWIND batch is faster.
COPY_MIN_ROWS = int(os.environ.get("RENMIAN_COPY_MIN_ROWS", "5000"))
# Prepared statements kept per connection: the named queries, and a user's most recent ones.
PREPARED_MAX = 256

# A bookkeeping table beside the graph, written in the same transaction, or the same fresh file, as
# the graph itself (see graph/build.py): row 'graph' holds the stamp of the events it was built from,
# row 'built_at' the time of that build (a row, not a column: older graphs take it without a migration).
STAMP_TABLE = "RenmianBuild"
STAMP_DDL = f"CREATE NODE TABLE IF NOT EXISTS {STAMP_TABLE}(id STRING, stamp STRING, PRIMARY KEY(id))"
STAMP_SET = f"MERGE (b:{STAMP_TABLE} {{id: $key}}) SET b.stamp = $stamp"

_OPEN: dict[Path, ladybug.Database] = {}  # one Database per path per process


def ddl() -> list[str]:
    """CREATE NODE / REL TABLE statements of the schema."""
    out = []
    for t in NODES:
        cols = ", ".join(f"{n} {ty}" for n, ty in t.props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {t.label}({cols}, PRIMARY KEY(id))")
    for r in RELS:
        cols = "".join(f", {n} {ty}" for n, ty in r.props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {r.type}(FROM {r.src} TO {r.dst}{cols})")
    return out


def warm_up_statements() -> list[str]:
    """Statements that read every property of Event, TenureDetail and HELD, then their key lookups.

    A scan loads the columns; the UNWIND + MATCH {id: ...} form is planned as primary-key lookups,
    which is what loads the hash-index pages the queries probe.
    """
    event, detail, held = NODE_BY_LABEL["Event"], NODE_BY_LABEL["TenureDetail"], REL_BY_TYPE["HELD"]

    def counts(var: str, props: tuple[tuple[str, str], ...]) -> str:
        return ", ".join(f"count({var}.{name})" for name, _ in props)

    return [
        f"MATCH (e:Event) RETURN {counts('e', event.props)}",
        f"MATCH (t:TenureDetail) RETURN {counts('t', detail.props)}",
        f"MATCH ()-[h:HELD]->() RETURN {counts('h', held.props)}",
        "MATCH ()-[h:HELD]->() UNWIND h.event_ids AS eid MATCH (e:Event {id: eid}) RETURN count(e.id)",
        "MATCH ()-[h:HELD]->() UNWIND [h.id] AS tid MATCH (t:TenureDetail {id: tid}) RETURN count(t.id)",
        "MATCH (p:Post) UNWIND [p.id] AS pid MATCH (q:Post {id: pid}) RETURN count(q.id)",
    ]


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
        self._prepared: dict[str, ladybug.PreparedStatement] = {}
        self._stamps: dict[str, str] = {}  # recorded by the next write (see set_build_stamp)

    @property
    def conn(self) -> ladybug.Connection:
        """The cached connection (opened, and the schema created, on first use)."""
        if self._conn is None:
            fresh = not self.path.exists()
            self._conn = ladybug.Connection(_open(self.path, self.read_only_mode))
            if fresh and not self.read_only_mode:
                for stmt in ddl():
                    self._conn.execute(stmt)
                self._conn.execute(STAMP_DDL)
        return self._conn

    # ---- reads

    def read(self, cypher: str, params: Mapping[str, Any]) -> list[dict]:
        """Run a trusted named query (prepared once per connection); rows as dicts."""
        conn = self.conn
        params = dict(params)
        res = conn.execute(self._prepare(conn, cypher) if _all_text(params) else cypher, params)
        cols = res.get_column_names()
        return [dict(zip(cols, row, strict=True)) for row in res.get_all()]

    def _page(self, cypher: str, params: Mapping[str, Any], limit: int | None) -> Page:
        """A user's statement: every row as dicts, or with ``limit`` the first ``limit`` (the result
        counts them all without their being read into Python)."""
        conn = self.conn
        params = dict(params)
        res = conn.execute(self._prepare(conn, cypher) if _all_text(params) else cypher, params)
        cols = written_names(cypher, res.get_column_names())  # count(p), not COUNT(p._ID)
        raw = res.get_all() if limit is None else res.get_n(limit)
        total = res.get_num_tuples() if limit is not None else len(raw)
        rows = [dict(zip(cols, row, strict=True)) for row in raw]
        return Page(rows, total, more=total > len(rows))

    def _prepare(self, conn: ladybug.Connection, cypher: str) -> ladybug.PreparedStatement:
        """The prepared form of ``cypher``: parsing and planning cost two thirds of a small query.

        (At a million tenures who_held runs in 0.11 ms prepared against 0.31 ms when
        ``execute(text, params)`` plans it again each call.) LadybugDB 0.22 marks separate
        prepare + execute deprecated, with no cached path to replace it yet; the version is pinned.
        """
        stmt = self._prepared.get(cypher)
        if stmt is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                stmt = conn.prepare(cypher)
            if len(self._prepared) >= PREPARED_MAX:
                self._prepared.pop(next(iter(self._prepared)))
            self._prepared[cypher] = stmt
        return stmt

    def read_only(
        self, cypher: str, params: Mapping[str, Any], timeout: float | None = None, limit: int | None = None
    ) -> Page:
        """Run a user's statement inside BEGIN TRANSACTION READ ONLY; writes are refused.

        With ``timeout`` (seconds) the database interrupts the statement past it: QueryTimeout. With
        ``limit`` only the first ``limit`` rows become Python values (the page counts the rest).
        """
        base.check_read_only(cypher)
        conn = self.conn
        self._check(conn, cypher, params)
        conn.execute("BEGIN TRANSACTION READ ONLY")
        planned = self._prepare(conn, cypher)  # planned inside the transaction: a write is refused here
        if not planned.is_success():
            conn.execute("ROLLBACK")  # planning touched nothing: the transaction is still open (measured)
            raise _query_error(RuntimeError(planned.get_error_message()), None)
        if timeout:
            conn.set_query_timeout(max(1, int(timeout * 1000)))
        try:
            page = self._page(cypher, params, limit)
        except RuntimeError as e:
            # A statement that was planned but fails while it runs ends the transaction (measured: a
            # runtime error, a failed cast, an interrupt): there is nothing left to roll back.
            raise _query_error(e, timeout) from e
        except BaseException:
            conn.execute("ROLLBACK")  # failed in Python, reading the values: the transaction is open
            raise
        finally:
            if timeout:
                conn.set_query_timeout(0)
        conn.execute("ROLLBACK")  # read-only: nothing to keep
        return page

    def _check(self, conn: ladybug.Connection, cypher: str, params: Mapping[str, Any]) -> None:
        """Refuse, before any transaction begins, a statement that does not parse or bind, or lacks a
        parameter. Inside a transaction LadybugDB leaves it open after some of these (a parser error,
        a missing parameter) and ends it after others (a binder error): found here, outside it, no
        transaction has to be guessed at.

        The plan made here is thrown away, never cached: LadybugDB checks read-only at planning, and a
        plan made outside the READ ONLY transaction would run a write inside it (measured).
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            stmt = conn.prepare(cypher)
        if not stmt.is_success():
            raise _query_error(RuntimeError(stmt.get_error_message()), None)
        missing = [name for name in base.statement_params(cypher) if name not in params]
        if missing:
            raise QueryError(
                f"no value given for the parameter{'s' * (len(missing) > 1)} "
                f"{', '.join('$' + m for m in missing)}",
                "semantic",
            )

    def keys(self) -> dict[str, dict[str, int]]:
        """Stored id → hash for every label and relationship type (empty when nothing is stored)."""
        if not self.path.exists():
            return {}
        out = {t.label: dict(self.conn.execute(base.node_keys_cypher(t)).get_all()) for t in NODES}
        out |= {r.type: base.rel_keys(r, self.conn.execute(base.rel_keys_cypher(r)).get_all()) for r in RELS}
        return out

    def warm_up(self) -> None:
        """Read the tenure queries' tables and index entries into the buffer pool, least used first.

        A first call of who_held at a million tenures reads its pages from the file; a long-lived
        reader (the app, a script asking thousands of questions) pays that once here instead.
        Takes seconds at a million events; the pool holds what fits, the last tables read stay.
        """
        conn = self.conn
        for stmt in warm_up_statements():
            conn.execute(stmt)

    # ---- the build stamp, the version, leftovers

    def set_build_stamp(self, stamp: str, built_at: str | None = None) -> None:
        """The stamp (and build time) the next write (replace_all, load_staged or apply) records."""
        self._stamps = {"graph": stamp, **({"built_at": built_at} if built_at else {})}

    def build_stamp(self) -> str | None:
        """The stamp recorded with the graph (None for a graph built before stamps, or none at all)."""
        return self._recorded("graph")

    def built_at(self) -> str | None:
        """When the graph was built (ISO time, UTC), as recorded with it; None when not recorded."""
        return self._recorded("built_at")

    def signature(self) -> str:
        """What changes when another process rebuilds the graph: the file's identity, size and time.

        Read from the file system, not the database: a reader sees the graph as of its own open.
        """
        parts = []
        for path in (self.path, Path(str(self.path) + ".wal")):
            with contextlib.suppress(OSError):
                st = path.stat()
                parts.append(f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}")
        return "|".join(parts)

    def _recorded(self, key: str) -> str | None:
        if not self.path.exists():
            return None
        try:
            rows = self.conn.execute(f"MATCH (b:{STAMP_TABLE} {{id: $key}}) RETURN b.stamp", {"key": key})
        except RuntimeError:  # no such table: built by an older renmian
            return None
        found = rows.get_all()
        return found[0][0] if found else None

    def _record_stamps(self, conn: ladybug.Connection) -> None:
        for key, value in self._stamps.items():
            conn.execute(STAMP_SET, {"key": key, "stamp": value})

    def version(self) -> str:
        """The store and its version."""
        return f"LadybugDB {ladybug.__version__} ({self.path})"

    def remove_leftovers(self) -> list[str]:
        """Remove what a killed build left in the directory (staging dirs, a half-written graph file).

        Only with the build lock held (graph/build.py): a running build owns these.
        """
        gone = []
        for p in sorted(self.directory.glob("parquet-*")) + sorted(self.directory.glob(GRAPH_FILE + ".new*")):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            gone.append(p.name)
        return gone

    # ---- writes

    def replace_all(self, rows: GraphRows) -> None:
        """Write a fresh file by COPY, then swap it in: the old graph stays until the new one is whole.

        The rows are consumed: every table is written to Parquet first and ``rows`` released, so
        the Python objects behind them are gone before the database's buffer pool fills.
        """
        self._refuse_if_read_only()
        with tempfile.TemporaryDirectory(prefix="parquet-", dir=self.directory) as tmp:
            staged = stage_tables(rows, Path(tmp))
            rows.release()
            _return_freed_memory()
            kill_point("staged")
            self.load_staged(staged)

    def load_staged(self, staged: Mapping[str, Staged]) -> None:
        """Make the graph exactly the staged tables (see :func:`stage_tables`): COPY into a fresh file, swap.

        The staged Parquet files are deleted as they are loaded.
        """
        self._refuse_if_read_only()
        fresh = self.directory / (GRAPH_FILE + ".new")
        _remove_db_files(fresh)
        db = ladybug.Database(str(fresh), buffer_pool_size=BUILD_POOL, max_db_size=MAX_DB_SIZE)
        try:
            conn = ladybug.Connection(db)
            for stmt in ddl():
                conn.execute(stmt)
            for name in TABLE_NAMES:
                _copy(conn, name, staged.get(name))
                kill_point(f"copied-{name}")
            conn.execute(STAMP_DDL)
            self._record_stamps(conn)
            conn.execute("CHECKPOINT")
        finally:
            db.close()
        kill_point("copied")
        self.close()
        Path(str(self.path) + ".wal").unlink(missing_ok=True)  # the old file was checkpointed on close
        os.replace(fresh, self.path)  # atomic: readers see the old graph or the new, never half
        kill_point("swapped")

    def apply(self, diff: GraphDiff) -> None:
        """Apply a diff in one transaction: everything or nothing."""
        self._refuse_if_read_only()
        conn = self.conn
        conn.execute(STAMP_DDL)  # a graph built before stamps gets the table here
        conn.execute("BEGIN TRANSACTION")
        try:
            self._record_stamps(conn)
            for r in RELS:
                gone = diff.gone_rels.get(r.type, [])
                if is_link(r):
                    self._batched("rows", base.delete_rels_cypher(r), base.link_ends(gone))
                else:
                    self._batched("ids", base.delete_rels_cypher(r), gone)
            for t in NODES:
                self._batched("ids", base.delete_nodes_cypher(t), diff.gone_nodes.get(t.label, []))
                self._batched("rows", base.update_nodes_cypher(t), diff.changed_nodes.get(t.label, []))
            with tempfile.TemporaryDirectory(prefix="parquet-", dir=self.directory) as tmp:
                kill_point("applying")
                for t in NODES:
                    rows = GraphRows.from_rows(t.label, diff.new_nodes.get(t.label, []))
                    _copy(conn, t.label, _stage(t.label, rows, Path(tmp)), checkpoint=False)
                for r in RELS:
                    rows = GraphRows.from_rows(r.type, diff.new_rels.get(r.type, []))
                    _copy(conn, r.type, _stage(r.type, rows, Path(tmp)), checkpoint=False)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _batched(self, name: str, cypher: str, items: list) -> None:
        for i in range(0, len(items), BATCH):
            self.conn.execute(cypher, {name: items[i : i + BATCH]})

    def _refuse_if_read_only(self) -> None:
        if self.read_only_mode:
            raise ReadOnlyError(f"the store at {self.directory} is open read-only")

    def close(self) -> None:
        """Close the connection and the database (so the file can be swapped or reopened)."""
        self._prepared.clear()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        _forget(self.path)


def _all_text(params: Mapping[str, Any]) -> bool:
    """Whether every parameter is a string or a non-empty list of strings.

    Only such statements are prepared once and reused: LadybugDB binds an int parameter at the
    width of the value seen at prepare time (a later larger value is corrupted), and a null or an
    empty list has no type to prepare with. Other statements go through ``execute(text, params)``.
    """
    return all(
        isinstance(v, str) or (isinstance(v, list) and v and all(isinstance(x, str) for x in v))
        for v in params.values()
    )


# LadybugDB's message prefixes → QueryError kinds (any other failure is a runtime one)
_ERROR_KINDS = {"Parser exception": "syntax", "Binder exception": "semantic", "Catalog exception": "semantic"}


def _query_error(e: RuntimeError, timeout: float | None) -> ValueError:
    """The project's own error for a user's statement LadybugDB refused or could not finish."""
    text = str(e)
    low = text.lower()
    if "read-only" in low or "read only" in low:
        return ReadOnlyError(f"refused: the statement writes: {text}")
    if timeout and "interrupted" in low:
        return QueryTimeout(
            f"stopped: the query ran past its time limit of {timeout:g} s "
            "(narrow it, add a LIMIT, or raise --timeout)"
        )
    kind = next((k for prefix, k in _ERROR_KINDS.items() if text.startswith(prefix)), "runtime")
    return QueryError(text, kind)


def _return_freed_memory(collect: bool = True) -> None:
    """Hand the freed heap (C's and Arrow's) back to the system, after a collection if ``collect``.

    Allocators keep freed memory for reuse: each table staged left its high-water mark behind, and
    the next table's grew on top (350 MB at 250k events; 30 MB with this after each table).
    ``malloc_trim`` exists on glibc only.
    """
    if collect:
        gc.collect()
    pa.default_memory_pool().release_unused()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)


Staged = Path | list[dict] | None  # a Parquet file, a few rows, or nothing
TABLE_NAMES = [t.label for t in NODES] + [r.type for r in RELS]  # the order of a full load


def stage_tables(rows: GraphRows, directory: Path) -> dict[str, Staged]:
    """Every table of ``rows`` ready for :meth:`LadybugStore.load_staged` (Parquet files in ``directory``)."""
    staged = {}
    for name in TABLE_NAMES:
        staged[name] = _stage(name, rows, directory)
        _return_freed_memory(collect=False)
    return staged


def _stage(name: str, rows: GraphRows, tmp: Path) -> Staged:
    """One table ready to load: its Arrow batches written to one Parquet file; tiny ones as rows.

    The batches are made and written one at a time, so the whole table never exists in Python or
    Arrow memory.
    """
    n = rows.size(name)
    if n == 0:
        return None
    if n < COPY_MIN_ROWS:
        return [r for batch in rows.batches(name, BATCH) for r in batch.to_pylist()]
    path = tmp / f"{name}.parquet"
    writer: pq.ParquetWriter | None = None
    try:
        for batch in rows.batches(name):
            if writer is None:
                writer = pq.ParquetWriter(path, batch.schema, compression="none")
            writer.write_table(batch)
    finally:
        if writer is not None:
            writer.close()
    return path


def _copy(conn: ladybug.Connection, name: str, staged: Staged, checkpoint: bool = True) -> None:
    """Load one staged table: one COPY of its Parquet file, or UNWIND batches of a few rows.

    One COPY per table, never slices: a COPY into a table that already has rows needs far more
    pool at its checkpoint (and rewrites a relationship table's columns), so slicing both failed
    and took minutes where one COPY of the file takes seconds.
    """
    if staged is None:
        return
    if isinstance(staged, list):
        cypher = (
            base.create_nodes_cypher(NODE_BY_LABEL[name])
            if name in NODE_BY_LABEL
            else (base.create_rels_cypher(REL_BY_TYPE[name]))
        )
        for i in range(0, len(staged), BATCH):
            conn.execute(cypher, {"rows": staged[i : i + BATCH]})
        return
    quoted = staged.as_posix().replace("\\", "\\\\").replace("'", "\\'")
    conn.execute(f"COPY {name} FROM '{quoted}'")
    staged.unlink()
    if checkpoint:
        conn.execute("CHECKPOINT")  # frees what the COPY pinned before the next table


def _remove_db_files(path: Path) -> None:
    for suffix in ("", ".wal", ".shadow", ".tmp"):
        p = Path(str(path) + suffix)
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
