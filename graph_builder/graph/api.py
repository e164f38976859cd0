"""The Python API the CLI and the app call: questions about the graph, answered as lists of dicts.

Every answer item carries, where it applies, ``person``, ``post``, ``start``, ``end``, ``status``,
``certainty`` and ``sources`` (each with 文号 ``doc_number``, ``date``, ``document``, ``evidence``);
a tenure also what the record leaves open (``uncertainty``, ``note``, ``sure_from``/``sure_until``)
and its neighbours in the post (``replaces``, ``replaced_by``). POST and NAME accept what a user
types: the full post, a shorter form, either script; a fragment naming several raises Ambiguous,
one naming none NotFound (with suggestions). The store and the dates are injected: nothing here
reads the clock.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Any

from graph_builder.graph.lookup import Ambiguous, NotFound
from graph_builder.graph.wording import note_text, uncertainty
from graph_builder.resolve import ids
from graph_builder.resolve.ids import norm_key
from graph_builder.resolve.orgs import expand_query
from graph_builder.resolve.people import JUDGEMENTS_FILE
from graph_builder.store import DEFAULT_DB, Store, open_store
from graph_builder.store.base import Page, check_read_only
from graph_builder.store.schema import MAX_DATE, MIN_DATE
from graph_builder.types import Event

QUERY_NAMES = (
    "who_held",
    "career",
    "succession",
    "vacancies",
    "colleagues",
    "search",
    "events_of_document",
    "roster",
    "source_events",
    "source_attestations",
)
EXPORT_FORMATS = ("graphml", "gexf", "neo4j-csv", "jsonl")
QUERY_TIMEOUT = 10.0  # seconds: a user's statement (renmian query, the app's Cypher page) stops past it
SHOW_ROWS = 1000  # rows of a user's statement shown by renmian query and the app's Cypher page
CANDIDATES = 50  # people or posts listed back when what was typed matches several


@cache
def named_query(name: str) -> str:
    """The text of ``queries/<name>.cypher``."""
    return resources.files("queries").joinpath(f"{name}.cypher").read_text(encoding="utf-8")


def parse_day(value: date | str) -> str:
    """An ISO day string from a date or 'YYYY-MM-DD' text; a clear error names a bad value."""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"cannot read date {value!r}: expected YYYY-MM-DD") from None


class Renmian:
    """Questions about the appointments graph in ``store``; ``data_dir`` keeps the events for builds."""

    def __init__(self, store: Store, data_dir: str | Path | None = None) -> None:
        self.store = store
        self.data_dir = Path(data_dir) if data_dir else getattr(store, "directory", DEFAULT_DB)
        self._posts: _NameIndex | None = None
        self._people: _NameIndex | None = None
        self._links: _Links | None = None

    @classmethod
    def open(
        cls,
        db: str | Path | None = None,
        neo4j_uri: str | None = None,
        read_only: bool = False,
        warm: bool = False,
    ) -> Renmian:
        """Open the embedded store in ``db`` (default .renmian/db) or Neo4j at ``neo4j_uri`` / NEO4J_URI.

        ``warm`` reads the tenure tables into memory first: for a process that will ask many questions.
        """
        store = open_store(db, neo4j_uri, read_only=read_only)
        if warm:
            store.warm_up()
        return cls(store, db or DEFAULT_DB)

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    # ---- building

    def build(
        self,
        paths: Iterable[str | Path] | None = None,
        events: Iterable[Event] | None = None,
        *,
        replace: bool = False,
        incremental: bool | None = None,
        judgements: str | Path | None = None,
    ) -> dict:
        """Build from source files (``paths``) or from extracted ``events``; returns the build report.

        The documents read are added to the graph (one read again replaces its own events); with
        ``replace`` the graph is made afresh from exactly these. ``incremental=False`` is the older
        spelling of ``replace=True``. Paths that yield no document raise NothingRead, changing nothing.
        """
        from graph_builder.graph import build

        if (paths is None) == (events is None):
            raise ValueError("build needs either paths or events")
        replace = replace or incremental is False
        self._posts = self._people = self._links = None
        if paths is not None:
            report = build.build_paths(
                self.store, paths, self.data_dir, replace=replace, judgements=judgements
            )
        else:
            report = build.build_events(
                self.store, events, self.data_dir, replace=replace, judgements=judgements
            )
        return report.as_dict()

    def rebuild(self, judgements: str | Path | None = None, generation: int | str | None = None) -> dict:
        """Rebuild the graph from the events kept in the data directory (after editing judgements, say).

        ``generation`` (1 = the newest kept, or its name) builds from an earlier generation's events,
        which become the current ones (the current ones are kept as a generation in turn).
        """
        from graph_builder.graph import build

        self._posts = self._people = self._links = None
        return build.rebuild(
            self.store, self.data_dir, judgements=judgements, generation=generation
        ).as_dict()

    def status(self) -> dict:
        """Documents, events, kept generations, the store, and whether it holds the graph of the events."""
        from graph_builder.graph import build

        out = build.status(self.store, self.data_dir)
        out["duplicates"] = self.duplicates()
        return out

    def built_at(self) -> str | None:
        """When the graph was built (ISO time, UTC), as recorded with it; None when not recorded."""
        read = getattr(self.store, "built_at", None)
        return read() if read is not None else None

    def signature(self) -> str:
        """A cheap token that changes when the graph is rebuilt, even by another process (see the stores)."""
        read = getattr(self.store, "signature", None)
        return read() if read is not None else ""

    # ---- the questions of docs/design.md#questions

    def who_held(self, post: str, on: date | str) -> list[dict]:
        """Who held ``post`` on ``on``: each holder certainly or possibly, with the documents of both ends."""
        day = parse_day(on)
        exact = _exact_post_id(post)  # a post typed in full hashes to its id: one primary-key lookup
        query = named_query("who_held")
        rows = self.store.read(query, {"post_id": exact, "day": day})
        if not rows and not self._post_exists(exact):
            for pid in self.post_ids(post):
                rows += self.store.read(query, {"post_id": pid, "day": day})
        # Oldest first (then by tenure id), the same order on every store. Sorted here, not in
        # who_held.cypher: an ORDER BY there took LadybugDB twice the time (0.2 → 0.4 ms at 20k events).
        made = self._items(rows, lambda r, item: (_start_order(item), r["id"], _tenure_item(r, item, day)))
        return [item for *_, item in sorted(made, key=itemgetter(0, 1))]

    def _items(self, rows: list[dict], make: Callable[[dict, dict], dict]) -> list[dict]:
        """Answer items from a tenure query's rows (one per tenure and source event): ``make(row, item)``.

        ``item`` is the stored answer item (``detail``) with its ``sources`` filled in the order the
        tenure lists them; ``row`` the query's own columns (equal on all rows of one answer).
        """
        if not rows:
            return []
        rows = self._with_sources(rows)
        # every row has the same columns: the answer's own ones are picked once
        key = itemgetter(*[k for k in rows[0] if not k.startswith("source_")])
        groups: dict[Any, list[dict]] = {}
        for r in rows:
            groups.setdefault(key(r), []).append(r)
        out = []
        for group in groups.values():
            item = json.loads(group[0]["detail"])
            events = {r["source_event_id"]: r for r in group}
            item["sources"] = [self._linked(_source(events[eid], role)) for eid, role in item.pop("_sources")]
            out.append(make(group[0], item))
        return out

    def _with_sources(self, rows: list[dict]) -> list[dict]:
        """``rows`` with the source_* columns of the event or attestation each names, read by id in
        one batch per label (a lookup per row inside the tenure query scanned the table)."""
        ids = list({r["source_event_id"] for r in rows})
        found = {s["source_event_id"]: s for s in self.store.read(named_query("source_events"), {"ids": ids})}
        if missing := [i for i in ids if i not in found]:
            attested = self.store.read(named_query("source_attestations"), {"ids": missing})
            found |= {s["source_event_id"]: s for s in attested}
        return [r | found.get(r["source_event_id"], _NO_SOURCE) for r in rows]

    def _linked(self, source: dict) -> dict:
        """A source with the URL its document was published at, and the other documents printing it."""
        if self._links is None:
            self._links = _Links(self.store.read(named_query("document_links"), {}))
        return self._links.add_to(source)

    def _with_links(self, items: list[dict]) -> list[dict]:
        """``items`` with their sources linked (see :meth:`_linked`)."""
        for item in items:
            item["sources"] = [self._linked(s) for s in item["sources"]]
        return items

    def _post_exists(self, post_id: str) -> bool:
        """Whether a post id is in the graph: the loaded post index if there is one, else one lookup."""
        if self._posts is not None:
            return post_id in self._posts.ids
        return bool(self.store.read(named_query("post_exists"), {"post_id": post_id}))

    def career(self, name: str, as_of: date | str | None = None) -> list[dict]:
        """Every post of the people called ``name`` (a name, a fragment, either script; or a person id).

        Each item also carries the person's printed forms (``person_names``) and the reasons its
        mentions were joined (``merge_reasons``); :meth:`person` adds the judgements file to edit.
        """
        day = parse_day(as_of) if as_of is not None else None
        query = named_query("career")
        people = {pid: self._person(pid) for pid in self.person_ids(name)}
        rows = [r for pid in people for r in self.store.read(query, {"person_id": pid})]
        items = self._items(rows, lambda r, item: _tenure_item(r, item, day, in_post=False))
        for item in items:  # the printed forms and merge reasons, where analysts look
            who = people[item["person_id"]]
            item |= {k: who[k] for k in ("person_names", "merge_reasons")}
        return items

    def person(self, name: str) -> dict:
        """One person (a name, a fragment or an id; namesakes raise Ambiguous): display name, every
        printed form (``person_names``), the reasons mentions were joined (``merge_reasons``) and the
        judgements file that splits or joins people (``judgements``)."""
        found = self.person_ids(name)
        if len(found) > 1:
            raise Ambiguous("person", name, self._candidates(found, "person"), len(found))
        return self._person(found[0])

    def _person(self, person_id: str) -> dict:
        (r,) = self.store.read(named_query("person"), {"person_id": person_id})
        return {
            "person": r["person"],
            "person_id": r["person_id"],
            "person_names": list(r["names"] or []),
            "merge_reasons": list(dict.fromkeys(r["reasons"] or [])),  # one reason per pair of mentions
            "judgements": str(self.data_dir / JUDGEMENTS_FILE),
        }

    def succession(self, post: str) -> list[dict]:
        """The holders (and nominees) of ``post`` in order, each with start, end and sources."""
        query = named_query("succession")
        rows = [r for pid in self.post_ids(post) for r in self.store.read(query, {"post_id": pid})]
        return self._items(rows, lambda r, item: _tenure_item(r, item, None, in_post=False))

    def vacancies(self, on: date | str, org: str | None = None) -> list[dict]:
        """Principal posts whose last recorded holder was removed with no successor by ``on``; since when."""
        day = parse_day(on)
        query = named_query("vacancies")
        rows = []
        for key in expand_query(org) if org else [""]:
            rows += self.store.read(query, {"day": day, "org": key})
        items = {i["post_id"]: i for i in self._items(rows, _vacancy_item)}  # a post found by two keys: once
        return sorted(items.values(), key=lambda i: (i["since_latest"], i["post"]))

    def organisation(self, text: str) -> dict:
        """The organisation ``text`` names (its id, a name, an alias or a fragment, either script): ``id``,
        ``name``, ``parent`` (the id of the one it is part of). Several: Ambiguous; none: NotFound."""
        from graph_builder.graph import roster

        return roster.find_org(self.store.read(named_query("org_names"), {}), text)

    def roster(self, org: str, on: date | str) -> list[dict]:
        """Every post of the organisation ``org`` and of those within it, with its holders on ``on``.

        ``org``: a name, an alias or a fragment, either script; a fragment naming several organisations
        (none of which holds the others) raises :class:`~graph_builder.graph.lookup.Ambiguous`
        listing them. Each item is a who_held item (certainty, sources) with the post's ``org`` and
        ``principal``, and the ``organisation`` asked about; a post nobody possibly held on the day has
        one item with no ``person`` and the status ``no holder recorded``.
        """
        from graph_builder.graph import roster

        day = parse_day(on)
        found = self.organisation(org)
        params = {"org_id": found["id"], "day": day}
        rows = self.store.read(named_query("roster"), params)
        holders: dict[str, list[dict]] = defaultdict(list)
        made = self._items(
            rows, lambda r, item: (r["post_id"], _start_order(item), _tenure_item(r, item, day))
        )
        for post_id, _, item in sorted(made, key=itemgetter(0, 1)):
            holders[post_id].append(item)
        posts = self.store.read(named_query("org_posts"), {"org_id": found["id"]})
        named = {"organisation": found["name"], "organisation_id": found["id"]}
        return [item | named for item in roster.roster_items(posts, holders, day)]

    def colleagues(self, name: str) -> list[dict]:
        """People who served in the same organisation as ``name`` (or the person id) at overlapping times."""
        out = []
        for pid in self.person_ids(name):
            rows = self.store.read(named_query("colleagues"), {"person_id": pid})
            out += self._items(rows, lambda r, item, pid=pid: _colleague_item(r, pid, item))
        return out

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """People, posts and organisations whose name contains ``text`` (either script)."""
        found: dict[str, dict] = {}
        for key in expand_query(text):
            for r in self.store.read(named_query("search"), {"q": key, "limit": int(limit)}):
                found.setdefault(r["id"], r)
        items = list(found.values())
        for item in items:
            if item["type"] == "person":
                posts = self.store.read(named_query("person_posts"), {"person_id": item["id"]})
                item["posts"] = [p["post"] for p in posts]
        return items

    def events_of_document(self, doc: str) -> list[dict]:
        """The events read from a document: a path as built, its file name, a 文号 or a document id."""
        keys = [doc] + [
            d["path"] for d in self.documents() if Path(d["path"]).name == doc and d["path"] != doc
        ]
        rows = [r for k in keys for r in self.store.read(named_query("events_of_document"), {"doc": k})]
        if not rows:
            raise LookupError(f"no document matches {doc!r}")
        return self._with_links([_event_item(r) for r in rows])

    # ---- for the app

    def overview(self, latest: int = 10) -> dict:
        """Counts, events by issuer and year, the latest events, and data-quality warnings."""
        counts = {r["what"]: r["total"] for r in self.store.read(named_query("overview_counts"), {})}
        by_year: dict[tuple[str, str], int] = defaultdict(int)
        for r in self.store.read(named_query("overview_by_issuer"), {}):
            year = r["date_earliest"][:4] if r["date_earliest"] != MIN_DATE else "unknown"
            by_year[(r["issuer"] or "unknown", year)] += r["events"]
        latest_rows = self.store.read(named_query("latest_events"), {"limit": int(latest)})
        return {
            "counts": counts,
            "by_issuer_year": [
                {"issuer": i, "year": y, "events": n} for (i, y), n in sorted(by_year.items())
            ],
            "latest": self._with_links([_latest_item(r) for r in latest_rows]),
            "warnings": [_warning_item(r) for r in self.store.read(named_query("warnings"), {})],
            "merges": self.store.read(named_query("merged_people"), {}),
            "duplicates": self.duplicates(),
        }

    def duplicates(self) -> list[dict]:
        """Notices read from several documents, counted once: the 文号, the document kept, and each copy.

        Each item: ``doc_number``, ``title``, ``kept`` (path), ``copies`` (paths) and ``events`` (how
        many events the copies print that the kept document gives; each counted once in every answer).
        """
        out: dict[str, dict] = {}
        for r in self.store.read(named_query("duplicate_documents"), {}):
            notice = {"doc_number": r["doc_number"], "title": r["title"], "kept": r["kept"]}
            item = out.setdefault(r["kept_id"], {**notice, "copies": [], "events": 0})
            item["copies"].append(r["copy"])
            item["events"] += r["events"]
        return list(out.values())

    def documents(self) -> list[dict]:
        """Each source file with its notices (title, 文号, issuer, date, URL, the Document it is a copy of,
        number of events)."""
        files: dict[str, dict] = {}
        for r in self.store.read(named_query("documents"), {}):
            f = files.setdefault(r["path"], {"path": r["path"], "notices": [], "events": 0})
            fields = ("id", "title", "doc_number", "issuer", "date", "url", "copy_of", "events")
            f["notices"].append({k: r[k] for k in fields})
            f["events"] += r["events"]
        return list(files.values())

    def query(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        timeout: float | None = QUERY_TIMEOUT,
        limit: int | None = None,
    ) -> list[dict]:
        """Run a user's read-only Cypher; a write is refused with ReadOnlyError and changes nothing.

        The store stops a statement running past ``timeout`` seconds (QueryTimeout); None: no limit.
        Every row is returned unless ``limit`` asks for only the first ones.
        """
        return self.query_page(cypher, params, timeout=timeout, limit=limit).rows

    def query_page(
        self,
        cypher: str,
        params: Mapping[str, Any] | None = None,
        timeout: float | None = QUERY_TIMEOUT,
        limit: int | None = SHOW_ROWS,
    ) -> Page:
        """As :meth:`query`, for showing: the first ``limit`` rows (None: all), how many there were when
        the store knows (``total``) and whether some were left out (``more``, see ``Page.shown_note``)."""
        check_read_only(cypher)
        if limit is not None and limit < 1:
            raise ValueError(f"a row limit must be at least 1, not {limit}")
        page = self.store.read_only(cypher, dict(params or {}), timeout=timeout, limit=limit)
        return Page([_plain(r) for r in page.rows], page.total, page.more)

    def export(self, fmt: str, path: str | Path) -> Path:
        """Write the graph as graphml | gexf | neo4j-csv (a directory) | jsonl; returns the path."""
        from graph_builder.graph import export

        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
        return export.export(self.store, fmt, Path(path))

    # ---- what the user typed → ids

    def post_ids(self, text: str) -> list[str]:
        """Posts matching ``text``: a post id, the exact post, else those whose name contains it."""
        if _is_id(text, "post") and self.store.read(named_query("post_exists"), {"post_id": text}):
            return [text]
        if self._posts is None:
            self._posts = _NameIndex(self.store.read(named_query("post_names"), {}))
        return self._one(self._posts, text, "post")

    def person_ids(self, text: str) -> list[str]:
        """A person id, else the people named ``text`` (any printed form, either script), else partly."""
        if _is_id(text, "per") and self.store.read(named_query("person_exists"), {"person_id": text}):
            return [text]
        if self._people is None:
            self._people = _NameIndex(self.store.read(named_query("person_names"), {}))
        return self._one(self._people, text, "person")

    def _one(self, index: _NameIndex, text: str, what: str) -> list[str]:
        """The ids ``text`` names: an exact name (namesakes: each), or the one a fragment matches.

        A fragment matching several raises Ambiguous with the candidates, nothing raises NotFound
        with the nearest names.
        """
        found, exact = index.match(text, what)
        if not exact and len(found) > 1:
            raise Ambiguous(what, text, self._candidates(found, what), len(found))
        return found

    def _candidates(self, found: list[str], what: str) -> list[dict]:
        """What tells the first CANDIDATES ``found`` people (their posts) or posts (organisation) apart."""
        names = dict((i, n) for n, i, _ in (self._people if what == "person" else self._posts).rows)
        out = []
        for i in found[:CANDIDATES]:
            if what == "person":
                posts = self.store.read(named_query("person_posts"), {"person_id": i})
                held = list(dict.fromkeys(p["post"] for p in posts))
                out.append({"id": i, "name": names[i], "posts": held})
            else:
                out.append({"id": i, "name": names[i], "org": self._posts.org.get(i, "")})
        return out


class _NameIndex:
    """Exact names (every printed form, simplified) → ids, with a substring scan as the fallback.

    Built once per open store; an exact name is a dict lookup, only a fragment scans the names.
    """

    def __init__(self, rows: list[dict]) -> None:
        self.rows = sorted((r["name"], r["id"], r["key"]) for r in rows)
        self.org = {r["id"]: r["org"] for r in rows if r.get("org")}
        self.ids = frozenset(i for _, i, _ in self.rows)
        self.exact: dict[str, list[str]] = defaultdict(list)
        for _, i, key in self.rows:
            for k in filter(None, key.split("|")):
                self.exact[k].append(i)
        self.answers: dict[str, tuple[list[str], bool]] = {}  # typed → (ids, exact); names repeat

    def match(self, text: str, what: str) -> tuple[list[str], bool]:
        """The ids ``text`` matches, and whether it was an exact name (else a fragment)."""
        found = self.answers.get(text)
        if found is None:
            found = self._match(text, what)
            if len(self.answers) < 100_000:
                self.answers[text] = found
        return list(found[0]), found[1]

    def _match(self, text: str, what: str) -> tuple[list[str], bool]:
        keys = expand_query(text)
        if not keys:
            raise ValueError(f"empty {what}: give a name")
        for k in keys:
            if k in self.exact:
                return list(dict.fromkeys(self.exact[k])), True
        for k in keys:
            part = [i for _, i, key in self.rows if _contains(key, k)]
            if part:
                return part, False
        raise NotFound(what, text, self.near(keys[0]))

    def near(self, key: str, n: int = 5) -> list[str]:
        """Up to ``n`` names close to ``key`` (a typo, a wrong character): the best-matching stretch of
        each name, of the key's length, at least 75% alike (a key of three or four characters: all but
        one alike; two characters are too few to guess from)."""
        if len(key) < 3:
            return []
        chars = set(key)
        need = min(0.75, (len(key) - 1) / len(key) - 0.01)
        scored: dict[str, float] = {}
        for name, _, names in self.rows:
            if 2 * len(chars.intersection(names)) < len(chars):  # cheap test before difflib
                continue
            best = max(_alike(key, form) for form in filter(None, names.split("|")))
            if best >= need:
                scored[name] = max(scored.get(name, 0.0), best)
        return sorted(scored, key=lambda name: (-scored[name], len(name), name))[:n]


def _alike(key: str, name: str) -> float:
    """How alike ``key`` is to the most similar stretch of ``name`` of its length (0 to 1)."""
    width = min(len(key), len(name))
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    best = 0.0
    for i in range(len(name) - width + 1):
        matcher.set_seq1(name[i : i + width])
        best = max(best, matcher.ratio())
    return best


def _contains(names: str, fragment: str) -> bool:
    """Whether a fragment is in a '|'-joined key, not as the tail of a deputy's title: 局长 matches
    审计局局长 but not 审计局副局长 (unless the fragment itself says 副)."""
    at = names.find(fragment)
    while at >= 0:
        if fragment.startswith("副") or names[at - 1 : at] != "副":
            return True
        at = names.find(fragment, at + 1)
    return False


_ID = re.compile(r"(per|post)_[0-9a-f]{16}")


def _is_id(text: str, prefix: str) -> bool:
    """Whether ``text`` has the form of an id made by :mod:`ids` with ``prefix`` (no name has it)."""
    m = _ID.fullmatch(text)
    return m is not None and m.group(1) == prefix


@lru_cache(maxsize=100_000)
def _exact_post_id(text: str) -> str:
    """The id a post typed in full would have (normalising what was typed costs more than the query)."""
    return ids.post_id(text)


# ---- answer items


def _sources(text: str) -> list[dict]:
    return json.loads(text) if text else []


_SOURCE_FIELDS = ("action", "person", "date", "doc_number", "document", "notice", "evidence")
_NO_SOURCE = {f"source_{k}": None for k in _SOURCE_FIELDS}  # an id no longer in the store


class _Links:
    """Where each document was published (URL, title), and which other documents print an event."""

    def __init__(self, rows: list[dict]) -> None:
        self.urls: dict[str, tuple[str, str]] = {}
        self.copies: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            if r["url"]:
                self.urls[r["path"]] = (r["url"], r["source_title"])
            if r["copy"] and r["event_id"]:
                self.copies[r["event_id"]].append(r["path"])

    def add_to(self, source: dict) -> dict:
        """``source`` with ``url`` and ``source_title`` (None when unknown) and ``copies``: the other
        documents printing the same notice, each with its URL."""
        url, title = self.urls.get(source.get("document") or "", (None, None))
        source["url"], source["source_title"] = url, title or None
        copies = self.copies.get(source.get("event_id") or "", [])
        source["copies"] = [{"document": p, "url": self.urls.get(p, (None,))[0]} for p in copies]
        return source


def _source(row: Mapping, role: str) -> dict:
    """One source of an answer (a row's source_* columns): document, evidence, what it did to the tenure.

    An attestation's source says so in a line to cite ("listed in 普府办〔2022〕20号 of 2022-07-06: …").
    """
    found = {k: row[f"source_{k}"] for k in _SOURCE_FIELDS}
    out = {"event_id": row["source_event_id"], "role": role} | found
    if role == ATTESTED:
        where = found["doc_number"] or Path(found["document"] or "").name
        how = _ATTESTED_AS.get(found["action"], ATTESTED)  # an attestation's action is its form
        out["cite"] = f"{how} in {where} of {found['date']}: {' '.join(found['evidence'].split())}"
    return out


ATTESTED = "attested"  # the role of an attestation among a tenure's sources, and its certainty
# How each form of attestation shows the holder, for the line to cite.
_ATTESTED_AS = {
    "list": "listed",
    "signature": "signed",
    "current_post": "current post (现任职务)",
    "narrative": "named",
    "at_the_time": "named as then holding (时任)",
}


def _attested_only(item: Mapping) -> bool:
    """A tenure whose sources are attestations only (and a successor that ended it)."""
    roles = {s["role"] for s in item.get("sources") or ()}
    return ATTESTED in roles and roles <= {ATTESTED, "successor (inferred end)"}


def attested_points(item: Mapping) -> list[dict]:
    """The attestations of a tenure as points: date, 文号 and the line to cite."""
    return [
        {"date": s["date"], "doc_number": s["doc_number"], "cite": s["cite"]}
        for s in item.get("sources") or ()
        if s["role"] == ATTESTED
    ]


def _bound(iso: str) -> str | None:
    return None if iso in ("", MIN_DATE, MAX_DATE) else iso


def _certainty(r: Mapping, day: str) -> str:
    if r["status"] == "nominated":
        return "pending"
    return "certainly" if r["sure_from"] <= day < r["sure_until"] else "possibly"


def _status_on(r: Mapping, day: str | None) -> str:
    """The status on ``day`` (probation lasts until confirmed or about a year); recorded status otherwise."""
    status = r["status"]
    if day is None or status == "nominated":
        return status
    if r["probation_until"] and status == "probation" and day >= r["probation_until"]:
        return "formal"  # 试用期一年: presumed over (no confirmation seen)
    return status


def _start_order(item: Mapping) -> tuple[str, str]:
    """A tenure's start bounds as stored (an unknown bound is the earliest / latest day), to sort by."""
    return (item["start_earliest"] or MIN_DATE, item["start_latest"] or MAX_DATE)


def _tenure_item(r: Mapping, item: dict, day: str | None, in_post: bool = True) -> dict:
    """One tenure as an answer item: its stored ``item``, with the status (and certainty) on ``day``."""
    status = _status_on(r, day)
    if in_post and status == "ended":
        status = "probation" if r["probation_until"] and day < r["probation_until"] else "formal"
    item["status"] = status
    if day is not None:
        item["certainty"] = _certainty(r, day)
        if item["certainty"] == "certainly" and _attested_only(item):
            item["certainty"] = ATTESTED  # it rests on attestations alone: the answer says so
        item["on"] = day
    item["attested"] = attested_points(item)
    return _stated(r, item)


def _stated(r: Mapping, item: dict) -> dict:
    """The item with what the record leaves uncertain stated: the days it makes the holding certain
    (``sure_from`` / ``sure_until``), the facts (``uncertainty``) and an English ``note``."""
    item["sure_from"], item["sure_until"] = _bound(r["sure_from"]), _bound(r["sure_until"])
    item["uncertainty"] = uncertainty(item)
    item["note"] = note_text(item["uncertainty"])
    return item


def _vacancy_item(r: Mapping, tenure: Mapping) -> dict:
    sources = tenure["sources"]
    return {
        "post": r["post"],
        "post_id": r["post_id"],
        "org": r["org"],
        "status": "vacant",
        "since": r["end_date"],
        "since_earliest": r["end_earliest"],
        "since_latest": r["end_latest"],
        "person": r["person"],
        "person_id": r["person_id"],
        "last_holder": r["person"],
        "certainty": "certainly" if r["certain"] else "possibly",
        "sources": [s for s in sources if s["role"] == "end"] or sources,
    }


def _colleague_item(r: Mapping, of: str, tenure: Mapping) -> dict:
    # the overlap's bounds, each printed at the precision of the tenure it comes from (2021, not 2021-01-01)
    own_first = r["own_start"] >= r["start_earliest"]
    start = r["own_start_date"] if own_first else r["start_date"]
    own_last = r["own_end"] <= r["end_latest"]
    end = r["own_end_date"] if own_last else r["end_date"]
    sure = max(r["own_sure_from"], r["sure_from"]) < min(r["own_sure_until"], r["sure_until"])
    return {
        "person": r["person"],
        "person_id": r["person_id"],
        "colleague_of": of,
        "org": r["org"],
        "post": r["post"],
        "own_post": r["own_post"],
        "start": start or None,
        "end": end or None,
        "certainty": "certainly" if sure else "possibly",
        "sources": tenure["sources"],
    }


def _event_item(r: Mapping) -> dict:
    return {
        "document": r["path"],
        "document_id": r["document_id"],
        "title": r["title"],
        "doc_number": r["doc_number"],
        "event_id": r["event_id"],
        "action": r["action"],
        "kind": r["kind"],
        "date": r["date"] or None,
        "person": r["person"],
        "person_id": r["person_id"],
        "person_printed": r["person_printed"],
        "post": r["post"],
        "post_id": r["post_id"],
        "post_printed": r["post_printed"],
        "qualifiers": list(r["qualifiers"] or []),
        "evidence": r["evidence"],
        "span": [r["span_start"], r["span_end"]],
        "sources": [
            {
                "event_id": r["event_id"],
                "doc_number": r["doc_number"],
                "date": r["date"],
                "document": r["path"],
                "evidence": r["evidence"],
            }
        ],
    }


def _latest_item(r: Mapping) -> dict:
    return {
        "date": r["date"] or None,
        "action": r["action"],
        "person": r["person"],
        "person_id": r["person_id"],
        "post": r["post"],
        "sources": [
            {
                "event_id": r["event_id"],
                "doc_number": r["doc_number"],
                "date": r["date"],
                "document": r["document"],
                "evidence": r["evidence"],
            }
        ],
    }


def _warning_item(r: Mapping) -> dict:
    kind = "pending nomination" if r["pending"] else "inferred date"
    return {
        "warning": kind,
        "person": r["person"],
        "person_id": r["person_id"],
        "post": r["post"],
        "notes": list(r["notes"] or []),
    }


def _plain(row: Mapping) -> dict:
    """A user's query row with store-specific values (nodes, relationships) made JSON-friendly."""
    return {k: _plain_value(v) for k, v in row.items()}


def _plain_value(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain_value(x) for k, x in v.items() if not k.startswith("_")}
    if isinstance(v, list):
        return [_plain_value(x) for x in v]
    if isinstance(v, str | int | float | bool) or v is None:
        return v
    if hasattr(v, "items"):  # neo4j Node / Relationship
        return {k: _plain_value(x) for k, x in v.items()}
    return str(v)


__all__ = [
    "EXPORT_FORMATS",
    "QUERY_NAMES",
    "Ambiguous",
    "NotFound",
    "Renmian",
    "named_query",
    "norm_key",
    "parse_day",
]
