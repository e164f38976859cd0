"""Events → resolved graph → store, full or incremental.

The extracted events, kept as ``events.jsonl`` in the data directory, are the source of truth; the
store is a projection rebuilt from all of them each time (resolution and tenures are global: a new
document can end an old tenure or join two names), then written as a diff (incremental) or whole.
Either way the stored graph equals what a full rebuild from the same documents gives.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _json_str  # json.dumps(str, ensure_ascii=False)
from pathlib import Path

from graph_builder.graph.rows import GraphRows, build_rows
from graph_builder.resolve.people import Judgement, load_judgements
from graph_builder.resolve.resolution import resolve
from graph_builder.resolve.timeline import derive_tenures
from graph_builder.store import Store, diff
from graph_builder.types import DocumentResult, Event, FuzzyDate, SharedValues, release_shared

EVENTS_FILE = "events.jsonl"
NOTICES_FILE = "notices.jsonl"
JUDGEMENTS_FILE = "judgements.yaml"
# A rebuild from an events file this large (about 90k events) derives the graph in a child process.
APART_MIN_BYTES = 64 * 2**20
FULL_RELOAD_SHARE = 0.5  # an incremental diff touching more than this share of rows reloads instead


@dataclass
class BuildReport:
    """What a build did."""

    mode: str  # "full" or "incremental"
    documents: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    changed_rows: int = 0
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Plain-dict form for JSON output."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def graph_from_events(
    events: Iterable[Event], judgements: Sequence[Judgement] = (), notices: Iterable[dict] = ()
) -> tuple[GraphRows, list[str]]:
    """The whole graph for a set of events (pure): resolve, derive tenures, make rows."""
    res = resolve(events, judgements)
    principal = {p.id: p.principal for p in res.posts.values()}
    tenures = derive_tenures(res.mentions, res.event_person, principal)
    return build_rows(res, tenures, notices), res.warnings


def build_events(
    store: Store,
    events: Iterable[Event],
    data_dir: str | Path,
    *,
    incremental: bool = False,
    docs: Iterable[str] | None = None,
    notices: Iterable[dict] = (),
    judgements: str | Path | None = None,
) -> BuildReport:
    """Build the graph from ``events`` (all of them, or with ``incremental`` added to those kept).

    ``docs`` names the documents these events come from (default: those the events name); in an
    incremental build their earlier events are replaced.
    """
    data = Path(data_dir)
    # The events were read before this call: the table that shared their values is no longer needed.
    release_shared()
    new = events if isinstance(events, list) else list(events)  # a million-event list is not copied
    docs = set(docs) if docs is not None else {e.doc for e in new}
    notices = list(notices)
    all_events, all_notices = new, notices
    if incremental:
        all_events = [e for e in load_events(data / EVENTS_FILE) if e.doc not in docs]
        all_events += new
        all_notices = [n for n in _read_jsonl(data / NOTICES_FILE) if n["path"] not in docs] + notices
    rows, warnings = graph_from_events(all_events, _judgements(data, judgements), all_notices)
    report = BuildReport("incremental" if incremental else "full", len(docs), len(new), warnings=warnings)
    report.changed_rows = _write(store, rows, incremental)
    report.counts = rows.counts()
    save_events(data / EVENTS_FILE, all_events)
    _write_jsonl(data / NOTICES_FILE, all_notices)
    return report


def build_paths(
    store: Store,
    paths: Iterable[str | Path],
    data_dir: str | Path,
    *,
    incremental: bool = False,
    judgements: str | Path | None = None,
) -> BuildReport:
    """Extract events from files and directories, then build; unreadable files are reported, not fatal."""
    from graph_builder.pipeline import extract_paths
    from graph_builder.read.sources import SourceError

    events: list[Event] = []
    docs: list[str] = []
    notices: list[dict] = []
    errors: list[str] = []
    for item in extract_paths(paths):
        if isinstance(item, SourceError):
            errors.append(str(item))
            continue
        docs.append(item.doc)
        events.extend(item.events)
        notices.extend(_notice_rows(item))
    report = build_events(
        store, events, data_dir, incremental=incremental, docs=docs, notices=notices, judgements=judgements
    )
    report.errors = errors
    return report


def rebuild(store: Store, data_dir: str | Path, judgements: str | Path | None = None) -> BuildReport:
    """Rebuild the store from the events kept in ``data_dir`` (after editing judgements, say).

    A large graph for the embedded store is derived in a child process (see :func:`_rebuild_apart`).
    """
    data = Path(data_dir)
    events_file = data / EVENTS_FILE
    if store.kind == "ladybug" and events_file.exists() and events_file.stat().st_size >= APART_MIN_BYTES:
        return _rebuild_apart(store, data, judgements)
    events, notices, docs = _kept(data)
    return build_events(store, events, data, docs=docs, notices=notices, judgements=judgements)


def _kept(data: Path) -> tuple[list[Event], list[dict], set[str]]:
    """The events and notices kept in ``data``, and the documents they come from."""
    events = load_events(data / EVENTS_FILE)
    notices = _read_jsonl(data / NOTICES_FILE)
    return events, notices, {e.doc for e in events} | {n["path"] for n in notices}


def _rebuild_apart(store: Store, data: Path, judgements: str | Path | None) -> BuildReport:
    """Derive and stage the graph in a child process, then load it here.

    Python keeps the memory it freed: in one process the million-event resolution (about 1.5 GB)
    would still be counted beside the store's buffer pool during the load. The child returns it all
    when it exits. Spawned, not forked: the parent may hold the store's threads.
    """
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="parquet-", dir=store.directory) as tmp:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as child:
            job = child.submit(_derive_and_stage, str(data), str(judgements) if judgements else None, tmp)
            staged, report = job.result()
        store.load_staged(staged)
    return report


def _derive_and_stage(data_dir: str, judgements: str | None, out: str) -> tuple[dict, BuildReport]:
    """In the child: the kept events → graph rows → staged tables in ``out``; with the build report."""
    from graph_builder.store.ladybug_store import stage_tables

    data = Path(data_dir)
    events, notices, docs = _kept(data)
    rows, warnings = graph_from_events(events, _judgements(data, judgements), notices)
    counts = rows.counts()
    report = BuildReport("full", len(docs), len(events), warnings=warnings, counts=counts)
    report.changed_rows = sum(counts.values())
    return stage_tables(rows, Path(out)), report


def _write(store: Store, rows: GraphRows, incremental: bool) -> int:
    """Write the rows: a diff when incremental (or on a server), else a whole new graph."""
    if not incremental and store.kind == "ladybug":
        store.replace_all(rows)
        return sum(rows.counts().values())
    d = diff(store.keys(), rows)
    if store.kind == "ladybug" and d.size() > FULL_RELOAD_SHARE * max(1, sum(rows.counts().values())):
        store.replace_all(rows)  # bulk COPY of everything beats a large diff, and compacts the file
    else:
        store.apply(d)
    return d.size()


def _judgements(data: Path, path: str | Path | None) -> list[Judgement]:
    return load_judgements(Path(path) if path else data / JUDGEMENTS_FILE)


def _notice_rows(result: DocumentResult) -> list[dict]:
    return [
        {
            "path": result.doc,
            "title": n.title,
            "doc_number": n.doc_number,
            "issuer": n.issuer,
            "date": n.date.iso() if n.date else None,
            "start": n.start,
            "end": n.end,
        }
        for n in result.notices
    ]


# ---- events.jsonl: the source of truth


def load_events(path: str | Path) -> list[Event]:
    """Events from a JSONL file (the ``Event.gold()`` form); none when the file is missing.

    Read line by line, repeated values shared: the rows as dicts never exist all at once.
    """
    shared = SharedValues()
    return [Event.from_gold(row, shared) for row in _iter_jsonl(Path(path))]


def save_events(path: str | Path, events: Iterable[Event]) -> None:
    """Write events as JSONL atomically, in a stable order (the text ``json.dumps(e.gold())`` gives)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    line = _EventLines()
    chunk: list[str] = []
    with tmp.open("w", encoding="utf-8") as f:
        for e in _save_order(events):
            chunk.append(line(e))
            if len(chunk) == 10_000:
                f.write("".join(chunk))
                chunk.clear()
        f.write("".join(chunk))
    os.replace(tmp, path)


def _save_order(events: Iterable[Event]) -> Iterator[Event]:
    """Events by document, then span, person, post and action (ties in the order given).

    Bucketed by document, each bucket sorted on its own: a key tuple per event for a million
    events at once cost about 200 MB.
    """
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[e.doc].append(e)
    for doc in sorted(by_doc):
        bucket = by_doc.pop(doc)
        bucket.sort(key=_save_key)  # stable, as one sort by the whole key was
        yield from bucket


def _save_key(e: Event) -> tuple:
    """Order within a document (``tuple`` returns a tuple span itself, and lets a list span compare)."""
    return (tuple(e.span), e.person, e.post, e.action)


class _EventLines:
    """``json.dumps(e.gold(), ensure_ascii=False) + "\\n"``, five times faster.

    A million events are written at every build; most of their fields (document, notice, issuer,
    post, date) repeat, so their JSON text is made once per distinct value.
    """

    def __init__(self) -> None:
        self.cache: dict[object, str] = {}
        self.dates: dict[FuzzyDate, tuple[str, str]] = {}

    def text(self, value: str | None) -> str:
        """JSON of a repeated string (or null)."""
        out = self.cache.get(value)
        if out is None:
            out = self.cache[value] = "null" if value is None else _json_str(value)
        return out

    def date(self, d: FuzzyDate | None) -> tuple[str, str]:
        if d is None:
            return "null", '"unknown"'
        out = self.dates.get(d)
        if out is None:
            out = self.dates[d] = (_json_str(d.iso()), _json_str(d.precision.value))
        return out

    def __call__(self, e: Event) -> str:
        t = self.text
        day, precision = self.date(e.date)
        qualifiers = ", ".join(map(t, e.qualifiers))
        note = "null" if e.note is None else _json_str(e.note)
        return (
            f'{{"doc": {t(e.doc)}, "notice": {t(e.notice)}, "doc_number": {t(e.doc_number)}, '
            f'"issuer": {t(e.issuer)}, "date": {day}, "date_precision": {precision}, '
            f'"action": {t(e.action.value)}, "kind": {t(e.kind.value)}, "person": {_json_str(e.person)}, '
            f'"post": {t(e.post)}, "org": {t(e.org)}, "title": {t(e.title)}, "qualifiers": [{qualifiers}], '
            f'"evidence": {_json_str(e.evidence)}, "span": [{int(e.span[0])}, {int(e.span[1])}], '
            f'"extractor_version": {t(e.extractor_version)}, "note": {note}}}\n'
        )


def _read_jsonl(path: Path) -> list[dict]:
    return list(_iter_jsonl(path))


def _iter_jsonl(path: Path) -> Iterator[dict]:
    """The rows of a JSONL file one at a time (nothing when it is missing)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
