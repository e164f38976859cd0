"""Events → resolved graph → store: adding (the default), replacing, or rebuilding from kept events.

The extracted events, kept as ``events.jsonl`` in the data directory, are the source of truth; the
store is a projection rebuilt from all of them each time (resolution and tenures are global: a new
document can end an old tenure or join two names), then written as a diff (adding) or whole.
Either way the stored graph equals what a full rebuild from the same documents gives.

Nothing a build does loses the graph:

- a build that read no document raises :class:`NothingRead` before anything is touched;
- one build at a time per data directory (``build.lock``, released by the system if the process dies);
- the new events are written beside the old (``events.jsonl.next``), the store is written with a
  stamp of them inside (:func:`stamp_of`), and only then are they swapped in; a build killed at any
  point leaves the old graph and old events, or the new graph whose stamp names the waiting events,
  which the next build (or ``recover``) then puts in place;
- the events replaced are kept as a generation (``generations/<time>/``, the newest KEEP_GENERATIONS),
  from which ``rebuild(generation=N)`` builds again.
"""

from __future__ import annotations

import contextlib
import fcntl
import filecmp
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from json.encoder import encode_basestring as _json_str  # json.dumps(str, ensure_ascii=False)
from pathlib import Path
from typing import TYPE_CHECKING

from graph_builder.graph.rows import GraphRows, build_rows
from graph_builder.resolve.people import JUDGEMENTS_FILE, Judgement, load_judgements
from graph_builder.resolve.resolution import resolve
from graph_builder.resolve.timeline import derive_tenures
from graph_builder.store import Store, diff
from graph_builder.store.base import kill_point
from graph_builder.types import Attestation, DocumentResult, Event, FuzzyDate, SharedValues, release_shared

EVENTS_FILE = "events.jsonl"
NOTICES_FILE = "notices.jsonl"
# Attestations (who held what on a day, from lists, signatures, 现任职务, dated mentions): kept beside
# the events, read again by every rebuild.
ATTESTATIONS_FILE = "attestations.jsonl"
# A rebuild from an events file this large (about 90k events) derives the graph in a child process.
APART_MIN_BYTES = 64 * 2**20
FULL_RELOAD_SHARE = 0.5  # an incremental diff touching more than this share of rows reloads instead
NEXT = ".next"  # events.jsonl.next: the events of a build whose store write has not finished
GENERATIONS_DIR = "generations"
KEEP_GENERATIONS = 3
LOCK_FILE = "build.lock"

if TYPE_CHECKING:  # reading links needs BeautifulSoup: imported by the builds that read files
    from graph_builder.read.links import Manifests, SourceLink


class NothingRead(ValueError):
    """A build read no document: nothing was changed."""

    def __init__(self, message: str, errors: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.errors = list(errors)


class BuildBusy(ValueError):
    """Another build holds the data directory."""


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
    duplicates: list[dict] = field(default_factory=list)  # notices read from several documents, once

    def as_dict(self) -> dict:
        """Plain-dict form for JSON output."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class Derived:
    """The graph of a set of events, with what the build reports about it."""

    rows: GraphRows
    warnings: list[str]
    duplicates: list[dict]  # notices read from several documents (resolve/copies.py)

    def report(self, mode: str, documents: int, events: int) -> BuildReport:
        """A build report of this graph (rows written: filled in by the writer)."""
        report = BuildReport(mode, documents, events, counts=self.rows.counts(), warnings=self.warnings)
        report.duplicates = self.duplicates
        return report


def derive(
    events: Iterable[Event],
    judgements: Sequence[Judgement] = (),
    notices: Iterable[dict] = (),
    attestations: Iterable[Attestation] = (),
) -> Derived:
    """The whole graph for a set of events and attestations (pure): resolve, derive tenures, make rows."""
    res = resolve(events, judgements, attestations)
    principal = {p.id: p.principal for p in res.posts.values()}
    tenures = derive_tenures(res.mentions, res.event_person, principal)
    rows = build_rows(res, tenures, notices)
    return Derived(rows, res.warnings, [d.as_dict() for d in res.duplicates])


def graph_from_events(
    events: Iterable[Event],
    judgements: Sequence[Judgement] = (),
    notices: Iterable[dict] = (),
    attestations: Iterable[Attestation] = (),
) -> tuple[GraphRows, list[str]]:
    """The graph rows and warnings for a set of events and attestations (see :func:`derive`)."""
    d = derive(events, judgements, notices, attestations)
    return d.rows, d.warnings


def build_events(
    store: Store,
    events: Iterable[Event],
    data_dir: str | Path,
    *,
    replace: bool | None = None,
    incremental: bool | None = None,
    docs: Iterable[str] | None = None,
    notices: Iterable[dict] = (),
    judgements: str | Path | None = None,
    attestations: Iterable[Attestation] = (),
) -> BuildReport:
    """Build the graph from ``events``: added to those kept (the default), or with ``replace`` alone.

    ``docs`` names the documents these events come from (default: those the events name); when
    adding, their earlier events are replaced and every other document's stay. ``incremental`` is
    the older spelling: ``incremental=False`` means ``replace=True``.
    """
    if replace is None:
        replace = incremental is False
    data = Path(data_dir)
    # The events were read before this call: the table that shared their values is no longer needed.
    release_shared()
    new = events if isinstance(events, list) else list(events)  # a million-event list is not copied
    docs = set(docs) if docs is not None else {e.doc for e in new}
    notices = list(notices)
    with build_lock(data, store):
        all_events, all_notices, all_attested = new, notices, list(attestations)
        if not replace:
            all_events = [e for e in load_events(data / EVENTS_FILE) if e.doc not in docs]
            all_events += new
            all_notices = [n for n in _read_jsonl(data / NOTICES_FILE) if n["path"] not in docs] + notices
            kept = [a for a in load_attestations(data / ATTESTATIONS_FILE) if a.doc not in docs]
            all_attested = kept + all_attested
        _save_next(data, all_events, all_notices)
        save_attestations(_next(data / ATTESTATIONS_FILE), all_attested)
        derived = derive(all_events, _judgements(data, judgements), all_notices, all_attested)
        report = derived.report("full" if replace else "incremental", len(docs), len(new))
        _set_stamp(store, stamp_of(_next(data / EVENTS_FILE), _next(data / NOTICES_FILE)))
        report.changed_rows = _write(store, derived.rows, not replace)
        kill_point("written")
        _promote(data)
    return report


def build_paths(
    store: Store,
    paths: Iterable[str | Path],
    data_dir: str | Path,
    *,
    replace: bool = False,
    judgements: str | Path | None = None,
) -> BuildReport:
    """Extract events from files and directories, then build; unreadable files are reported, not fatal.

    A build that reads no document at all (no path exists, every file failed, an empty directory)
    raises :class:`NothingRead` and changes nothing.
    """
    from graph_builder.pipeline import extract_paths
    from graph_builder.read.links import Manifests
    from graph_builder.read.sources import SourceError

    paths = list(paths)
    events: list[Event] = []
    attested: list[Attestation] = []
    docs: list[str] = []
    notices: list[dict] = []
    errors: list[str] = []
    manifests = Manifests()
    for item in extract_paths(paths, attestations=True):
        if isinstance(item, SourceError):
            errors.append(str(item))
            continue
        docs.append(item.doc)
        events.extend(item.events)
        attested.extend(item.attestations)
        notices.extend(_notice_rows(item, _link(item.doc, manifests, errors)))
    if not docs:
        named = ", ".join(str(p) for p in paths) or "no path"
        raise NothingRead(f"no document read from {named}: nothing changed in {Path(data_dir)}", errors)
    kill_point("extracted")
    report = build_events(
        store,
        events,
        data_dir,
        replace=replace,
        docs=docs,
        notices=notices,
        judgements=judgements,
        attestations=attested,
    )
    report.errors = errors
    return report


def rebuild(
    store: Store,
    data_dir: str | Path,
    judgements: str | Path | None = None,
    generation: int | str | None = None,
) -> BuildReport:
    """Rebuild the store from the events kept in ``data_dir`` (after editing judgements, say).

    With ``generation`` (1 = the newest kept, or its name) the graph is built from those events,
    which become the current ones; the current events are kept as a generation in turn.
    A large graph for the embedded store is derived in a child process (see :func:`_rebuild_apart`).
    """
    data = Path(data_dir)
    with build_lock(data, store):
        if generation is not None:
            gen = generation_dir(data, generation)
            for name in (EVENTS_FILE, NOTICES_FILE, ATTESTATIONS_FILE):
                target = _next(data / name)
                target.unlink(missing_ok=True)
                if (gen / name).exists():
                    os.link(gen / name, target)  # the generation's files are never written again
                else:
                    target.write_text("", encoding="utf-8")
            events_file, notices_file = _next(data / EVENTS_FILE), _next(data / NOTICES_FILE)
        else:
            events_file, notices_file = data / EVENTS_FILE, data / NOTICES_FILE
        _set_stamp(store, stamp_of(events_file, notices_file))
        if store.kind == "ladybug" and events_file.exists() and events_file.stat().st_size >= APART_MIN_BYTES:
            report = _rebuild_apart(store, data, judgements, events_file, notices_file)
        else:
            events, notices, docs = _kept(events_file, notices_file)
            release_shared()
            attested = load_attestations(_attestations_beside(events_file))
            derived = derive(events, _judgements(data, judgements), notices, attested)
            report = derived.report("full", len(docs), len(events))
            report.changed_rows = _write(store, derived.rows, False)
        kill_point("written")
        if generation is not None:
            _promote(data)
    return report


def _attestations_beside(events_file: Path) -> Path:
    """The attestations kept with an events file (``events.jsonl.next`` → ``attestations.jsonl.next``)."""
    return events_file.with_name(events_file.name.replace(EVENTS_FILE, ATTESTATIONS_FILE))


def _kept(events_file: Path, notices_file: Path) -> tuple[list[Event], list[dict], set[str]]:
    """The events and notices kept in these files, and the documents they come from."""
    events = load_events(events_file)
    notices = _read_jsonl(notices_file)
    return events, notices, {e.doc for e in events} | {n["path"] for n in notices}


def _rebuild_apart(
    store: Store, data: Path, judgements: str | Path | None, events_file: Path, notices_file: Path
) -> BuildReport:
    """Derive and stage the graph in a child process, then load it here.

    Python keeps the memory it freed: in one process the million-event resolution (about 1.5 GB)
    would still be counted beside the store's buffer pool during the load. The child returns it all
    when it exits. Spawned, not forked: the parent may hold the store's threads.
    """
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="parquet-", dir=store.directory) as tmp:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as child:
            job = child.submit(
                _derive_and_stage,
                str(data),
                str(judgements) if judgements else None,
                tmp,
                str(events_file),
                str(notices_file),
            )
            staged, report = job.result()
        store.load_staged(staged)
    return report


def _derive_and_stage(
    data_dir: str, judgements: str | None, out: str, events_file: str, notices_file: str
) -> tuple[dict, BuildReport]:
    """In the child: the kept events → graph rows → staged tables in ``out``; with the build report."""
    from graph_builder.store.ladybug_store import stage_tables

    data = Path(data_dir)
    events, notices, docs = _kept(Path(events_file), Path(notices_file))
    attested = load_attestations(_attestations_beside(Path(events_file)))
    derived = derive(events, _judgements(data, judgements), notices, attested)
    report = derived.report("full", len(docs), len(events))
    report.changed_rows = sum(report.counts.values())
    return stage_tables(derived.rows, Path(out)), report


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


def _notice_rows(result: DocumentResult, link: SourceLink | None = None) -> list[dict]:
    """The notices of a document as kept in ``notices.jsonl``, with where it was published if known."""
    published = {"url": link.url, "source_title": link.title} if link and (link.url or link.title) else {}
    return [
        {
            "path": result.doc,
            "title": n.title,
            "doc_number": n.doc_number,
            "issuer": n.issuer,
            "date": n.date.iso() if n.date else None,
            "start": n.start,
            "end": n.end,
            **published,
        }
        for n in result.notices
    ]


def _link(doc: str, manifests: Manifests, errors: list[str]) -> SourceLink | None:
    """Where ``doc`` was published; a bad manifest is reported with the build's errors, not fatal."""
    from graph_builder.read.links import source_link
    from graph_builder.read.sources import SourceError

    try:
        return source_link(doc, manifests)
    except SourceError as e:
        errors.append(str(e))
        return None


# ---- safety: one build at a time, stamps, staged events, generations


@contextlib.contextmanager
def build_lock(data: Path, store: Store | None = None) -> Iterator[None]:
    """Hold ``data/build.lock`` for a build; first finish or undo what a killed build left behind.

    The lock is an advisory ``flock``: the system releases it when its holder dies, so anything
    found under it (staging directories, a half-written graph file, waiting events) is a leftover.
    """
    data.mkdir(parents=True, exist_ok=True)
    with (data / LOCK_FILE).open("a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildBusy(f"another build is running on {data}: wait for it to finish") from None
        try:
            if store is not None:
                recover(store, data)
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def recover(store: Store, data: Path) -> list[str]:
    """Clean up after a build that was killed (call with the build lock held); what was done.

    Staging leftovers are removed. Events still waiting beside the kept ones (``events.jsonl.next``)
    are put in place if the store holds the graph made from them (its stamp says so), else dropped:
    the store then still holds the graph of the kept events.
    """
    done = []
    remove = getattr(store, "remove_leftovers", None)
    if remove is not None:
        done += [f"removed {p}" for p in remove()]
    waiting = _next(data / EVENTS_FILE)
    if waiting.exists():
        notices = _next(data / NOTICES_FILE)
        if not notices.exists():  # the notices were put in place before the build was killed
            notices = data / NOTICES_FILE
        if store_stamp(store) == stamp_of(waiting, notices):
            _promote(data)
            done.append("finished putting a killed build's events in place (the store held its graph)")
        else:
            waiting.unlink()
            _next(data / NOTICES_FILE).unlink(missing_ok=True)
            _next(data / ATTESTATIONS_FILE).unlink(missing_ok=True)
            done.append("dropped a killed build's events (the store holds the graph of the kept ones)")
    return done


def stamp_of(events_file: Path, notices_file: Path) -> str:
    """A fingerprint of an events file and its notices file (the store records the one it was built from)."""
    h = hashlib.sha256()
    for path in (events_file, notices_file):
        if path.exists():
            with path.open("rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()[:32]


def store_stamp(store: Store) -> str | None:
    """The stamp the store was last built with (None when it has none)."""
    read = getattr(store, "build_stamp", None)
    return read() if read is not None else None


def _set_stamp(store: Store, stamp: str) -> None:
    """Have the store record the stamp with the graph, and the time of the build (the clock dates a
    build for its readers, nothing more: the graph itself never depends on it)."""
    setter = getattr(store, "set_build_stamp", None)
    if setter is not None:
        setter(stamp, datetime.now(UTC).isoformat(timespec="seconds"))


def _next(path: Path) -> Path:
    return path.with_name(path.name + NEXT)


def _save_next(data: Path, events: list[Event], notices: list[dict]) -> None:
    save_events(_next(data / EVENTS_FILE), events)
    _write_jsonl(_next(data / NOTICES_FILE), notices)


def _promote(data: Path) -> None:
    """Put the waiting events in place, the replaced ones kept as a generation (if they differ)."""
    events, notices = data / EVENTS_FILE, data / NOTICES_FILE
    waiting_events, waiting_notices = _next(events), _next(notices)
    if events.exists() and not _same(events, waiting_events, notices, waiting_notices):
        _keep_generation(data)
    kill_point("promoting")
    if waiting_notices.exists():
        _rename(waiting_notices, notices)
    if _next(data / ATTESTATIONS_FILE).exists():
        _rename(_next(data / ATTESTATIONS_FILE), data / ATTESTATIONS_FILE)
    _rename(waiting_events, events)  # last: while it waits, recover() knows a build was under way


def _rename(src: Path, dst: Path) -> None:
    """``os.replace``, also when both are links to one file (a generation rebuilt: rename does nothing)."""
    if dst.exists() and os.path.samefile(src, dst):
        src.unlink()
    else:
        os.replace(src, dst)


def _same(events: Path, waiting_events: Path, notices: Path, waiting_notices: Path) -> bool:
    if not waiting_notices.exists():
        waiting_notices = notices
    return filecmp.cmp(events, waiting_events, shallow=False) and (
        notices.exists() == waiting_notices.exists()
        and (not notices.exists() or filecmp.cmp(notices, waiting_notices, shallow=False))
    )


def _keep_generation(data: Path) -> None:
    """Hard-link the current events and notices into ``generations/<UTC time>/``; keep the newest few.

    The files are never written in place (each save writes a new file and renames it), so a link
    costs nothing and stays as it was. A generation equal to the newest kept one is not kept twice.
    """
    events = data / EVENTS_FILE
    kept = generations(data)
    if (
        kept
        and (kept[0]["path"] / EVENTS_FILE).exists()
        and os.path.samefile(kept[0]["path"] / EVENTS_FILE, events)
    ):
        return
    root = data / GENERATIONS_DIR
    root.mkdir(exist_ok=True)
    name = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")  # the clock names a generation, nothing more
    tmp = root / f".{name}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for file in (EVENTS_FILE, NOTICES_FILE, ATTESTATIONS_FILE):
        if (data / file).exists():
            os.link(data / file, tmp / file)
    os.replace(tmp, root / name)
    for old in generations(data)[KEEP_GENERATIONS:]:
        shutil.rmtree(old["path"], ignore_errors=True)


_GENERATION = re.compile(r"^\d{8}T\d{6}\.\d{6}Z$")


def generations(data: str | Path) -> list[dict]:
    """The kept generations, newest first: ``n`` (1 = newest), ``name`` and ``path``."""
    root = Path(data) / GENERATIONS_DIR
    names = (
        sorted((p.name for p in root.iterdir() if _GENERATION.match(p.name)), reverse=True)
        if root.is_dir()
        else []
    )
    return [{"n": i, "name": name, "path": root / name} for i, name in enumerate(names, 1)]


def generation_dir(data: Path, which: int | str) -> Path:
    """The directory of generation ``which`` (its number, 1 = newest, or its name)."""
    kept = generations(data)
    for g in kept:
        if str(which) in (str(g["n"]), g["name"]):
            return g["path"]
    listed = ", ".join(f"{g['n']} ({g['name']})" for g in kept) or "none kept yet"
    raise LookupError(f"no generation {which!r} in {data}: {listed}")


def file_summary(events_file: Path, notices_file: Path) -> dict:
    """Documents and events in an events file and its notices, read without parsing every event."""
    docs: set[str] = set()
    count = 0
    if events_file.exists():
        with events_file.open(encoding="utf-8") as f:
            for line in f:
                m = _DOC.match(line)
                if m:
                    count += 1
                    docs.add(json.loads(m.group(1)))
    docs |= {n["path"] for n in _iter_jsonl(notices_file)}
    return {"documents": len(docs), "events": count}


_DOC = re.compile(r'\{"doc": ("(?:[^"\\]|\\.)*")')


def status(store: Store | None, data_dir: str | Path) -> dict:
    """What ``data_dir`` holds: documents, events, generations, the store and whether it matches."""
    data = Path(data_dir)
    events, notices = data / EVENTS_FILE, data / NOTICES_FILE
    out: dict = {"db": str(data), **file_summary(events, notices)}
    out["generations"] = [
        {"n": g["n"], "name": g["name"], **file_summary(g["path"] / EVENTS_FILE, g["path"] / NOTICES_FILE)}
        for g in generations(data)
    ]
    out["store"] = getattr(store, "version", lambda: None)() if store is not None else None
    stamp = store_stamp(store) if store is not None else None
    out["store_matches_events"] = None if stamp is None else stamp == stamp_of(events, notices)
    out["built_at"] = getattr(store, "built_at", lambda: None)() if store is not None else None
    leftovers = [p.name for p in data.glob("parquet-*")] + [p.name for p in data.glob("graph.lbug.new*")]
    if _next(events).exists():
        leftovers.append(_next(events).name)
    out["leftovers"] = sorted(leftovers)
    return out


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


def load_attestations(path: str | Path) -> list[Attestation]:
    """Attestations from a JSONL file (the ``Attestation.record()`` form); none when it is missing."""
    return [Attestation.from_record(row) for row in _iter_jsonl(Path(path))]


def save_attestations(path: str | Path, attestations: Iterable[Attestation]) -> None:
    """Write attestations as JSONL atomically, by document and span."""
    rows = sorted(attestations, key=lambda a: (a.doc, a.span, a.person, a.post))
    _write_jsonl(Path(path), (a.record() for a in rows))


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
