"""The app's cached answers: the API opened once per process, and every question the pages ask of it.

Each loader takes the :class:`~graph_builder.app.state.Source`, so answers from two stores never mix;
"Reload graph" (:func:`reload_graph`) drops them all.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import streamlit as st

from graph_builder.app import docs as app_docs
from graph_builder.app.state import ROOT, Source
from graph_builder.graph.api import QUERY_TIMEOUT, SHOW_ROWS, Renmian, named_query
from graph_builder.store.base import Page


@st.cache_resource(show_spinner=False)
def get_api(source: Source) -> Renmian:
    """The API on the store, opened once per process (one LadybugDB Database per path) and read-only.

    Warmed: the app asks many questions, so the tables they read are loaded once, at the start.
    """
    return Renmian.open(source.db, neo4j_uri=source.neo4j or None, read_only=True, warm=True)


@st.cache_resource(show_spinner=False)
def get_nlp() -> Any:
    """The spaCy pipeline that marks people, organisations, titles, dates and 文号 (for displaCy)."""
    from graph_builder.extract.nlp import make_nlp

    return make_nlp()


@st.cache_data(show_spinner=False)
def load_overview(source: Source) -> dict:
    """Counts, events by issuer and year, latest events and warnings."""
    return get_api(source).overview(latest=15)


@st.cache_data(show_spinner=False)
def load_documents(source: Source) -> list[dict]:
    """Every source file with its notices."""
    return get_api(source).documents()


@st.cache_data(show_spinner=False)
def load_search(source: Source, text: str, kind: str) -> list[dict]:
    """Search hits of one type ("person", "post", "organisation") for ``text``."""
    return [hit for hit in get_api(source).search(text, limit=50) if hit["type"] == kind]


@st.cache_data(show_spinner=False)
def load_career(source: Source, person_id: str, as_of: str) -> list[dict]:
    """The career of one person, by id (a name would bring in every namesake)."""
    return get_api(source).career(person_id, as_of=as_of)


@st.cache_data(show_spinner=False)
def load_who_held(source: Source, post: str, day: str) -> list[dict]:
    """Who held ``post`` on ``day``."""
    return get_api(source).who_held(post, day)


@st.cache_data(show_spinner=False)
def load_succession(source: Source, post: str) -> list[dict]:
    """The holders of ``post`` in order."""
    return get_api(source).succession(post)


@st.cache_data(show_spinner=False)
def load_vacancies(source: Source, day: str, org: str) -> list[dict]:
    """Vacant principal posts on ``day``, optionally within ``org``."""
    return get_api(source).vacancies(day, org or None)


@st.cache_data(show_spinner=False)
def load_colleagues(source: Source, person_id: str) -> list[dict]:
    """The colleagues of one person, by id."""
    return get_api(source).colleagues(person_id)


@st.cache_data(show_spinner=False)
def load_post_ties(source: Source, person_id: str) -> list[dict]:
    """The person's predecessor and successor in each post held (each tenure's ``replaces`` and
    ``replaced_by``: deputies serving side by side replace nobody; nominations are left out)."""
    ties = []
    for mine in get_api(source).career(person_id):
        for relation, key in (("predecessor", "replaces"), ("successor", "replaced_by")):
            if mine.get(key):
                ties.append({**_who(mine[key]), "post": mine["post"], "relation": relation})
    return ties


def _who(holder: Mapping[str, Any]) -> dict:
    return {"person_id": holder["person_id"], "person": holder["person"]}


@st.cache_data(show_spinner=False)
def load_person(source: Source, person_id: str) -> dict:
    """One person by id: the printed forms, the reasons mentions were joined, the judgements file."""
    return get_api(source).person(person_id)


@st.cache_data(show_spinner=False)
def load_events_of(source: Source, path: str) -> list[dict]:
    """The events read from one source file."""
    return get_api(source).events_of_document(path)


@st.cache_data(show_spinner=False)
def load_source_text(path: str) -> str | None:
    """The text of a source file as the extractor read it (offsets match the events' spans)."""
    from graph_builder.read.sources import SourceError, read_source

    found = app_docs.resolve_source(path, (Path.cwd(), ROOT))
    if found is None:
        return None
    try:
        return read_source(found).text
    except SourceError:
        return None


@st.cache_data(show_spinner=False)
def load_highlight(text: str) -> str:
    """displaCy HTML of ``text`` with the pipeline's spans."""
    return app_docs.highlight_html(get_nlp(), text)


@st.cache_data(show_spinner=False)
def run_query(source: Source, cypher: str, params_json: str, timeout: float | None = QUERY_TIMEOUT) -> Page:
    """A user's read-only Cypher: its first SHOW_ROWS rows, stopped past ``timeout`` seconds (a write
    raises ReadOnlyError, a slow statement QueryTimeout; neither is cached)."""
    params = json.loads(params_json or "{}")
    return get_api(source).query_page(cypher, params, timeout=timeout, limit=SHOW_ROWS)


def example_queries() -> dict[str, str]:
    """The named queries of queries/*.cypher, by name."""
    names = sorted(p.name[:-7] for p in resources.files("queries").iterdir() if p.name.endswith(".cypher"))
    return {name: named_query(name) for name in names}


@st.cache_data(show_spinner=False)
def load_built_at(source: Source) -> str | None:
    """When the graph was built, as 'YYYY-MM-DD HH:MM' in UTC (None when the graph does not say)."""
    built = get_api(source).built_at()
    return f"{built[:10]} {built[11:16]}" if built else None


@st.cache_resource(show_spinner=False)
def _signatures() -> dict[Source, str]:
    """The graph signature each store had when its answers were cached (one dict per process)."""
    return {}


def follow_rebuilds(source: Source) -> bool:
    """Drop the cached store and answers if the graph was rebuilt since they were made; whether it was.

    Cheap enough for every run: a stat of the graph file (LadybugDB) or one lookup (Neo4j).
    """
    now = get_api(source).signature()
    seen = _signatures()
    if seen.setdefault(source, now) == now:
        return False
    reload_graph(source)
    seen[source] = now
    return True


def reload_graph(source: Source) -> None:
    """Drop the cached store and answers so the next run reads a rebuilt graph."""
    # LadybugDB allows one Database per path per process: close it before reopening (if it ever opened)
    with contextlib.suppress(OSError, RuntimeError, ValueError):
        get_api(source).close()
    get_api.clear()
    st.cache_data.clear()


# ---- permalinks and the Organisation page


@st.cache_data(show_spinner=False)
def load_name(source: Source, kind: str, node_id: str) -> str | None:
    """The name of a person or post (``kind``) by id, for a permalink: as its answers print it."""
    api = get_api(source)
    try:
        items = api.career(node_id) if kind == "person" else api.succession(node_id)
    except LookupError:
        return None
    return items[0]["person" if kind == "person" else "post"] if items else None


@st.cache_data(show_spinner=False)
def load_organisation(source: Source, text: str) -> dict:
    """The organisation ``text`` names (id, name); Ambiguous or NotFound otherwise (not cached)."""
    return get_api(source).organisation(text)


@st.cache_data(show_spinner=False)
def load_roster(source: Source, org_id: str, day: str) -> list[dict]:
    """Every post of the organisation (and those within it) with its holders on ``day``."""
    return get_api(source).roster(org_id, day)
