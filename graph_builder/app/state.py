"""The app's state between runs: which store it reads, the language, page switches and the URL.

A page switch asked for by a button (:func:`goto`) is carried out at the start of the next run by the
entry point (``app.py``), which also opens the page and language a URL names on a session's first run.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import streamlit as st

from graph_builder.app.i18n import LANGS
from graph_builder.store import DEFAULT_DB

ROOT = Path(__file__).resolve().parents[2]  # the project: app.py, docs/, data/
PAGES = ("overview", "person", "post", "organisation", "vacancies", "network", "documents", "cypher")


class Source(NamedTuple):
    """Which store the app reads: the embedded database directory, or a Neo4j URI."""

    db: str
    neo4j: str


def source_from(argv: Sequence[str], env: Mapping[str, str]) -> Source:
    """The store named by ``--db`` / ``--neo4j`` after ``--``, else RENMIAN_DB / NEO4J_URI, else the default.

    As in the CLI, NEO4J_URI from the environment applies only when no database directory was chosen.
    """
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)  # pytest's own flags pass by
    parser.add_argument("--db")
    parser.add_argument("--neo4j")
    args, _ = parser.parse_known_args(list(argv))
    db = args.db or env.get("RENMIAN_DB") or str(DEFAULT_DB)
    neo4j = args.neo4j or (env.get("NEO4J_URI", "") if Path(db) == DEFAULT_DB else "")
    return Source(db, neo4j)


def query_timeout(argv: Sequence[str]) -> float | None:
    """Seconds a Cypher-page statement may run: ``--query-timeout S`` after ``--`` (``renmian app
    --timeout S`` passes it), else the CLI's default; 0: no limit."""
    from graph_builder.graph.api import QUERY_TIMEOUT

    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--query-timeout", type=float, default=QUERY_TIMEOUT)
    args, _ = parser.parse_known_args(list(argv))
    return args.query_timeout or None


def current() -> tuple[Source, str]:
    """The store of this process and the language chosen in the sidebar: what every page draws with."""
    return source_from(sys.argv[1:], os.environ), st.session_state.get("lang") or "zh"


def goto(page: str, **state: Any) -> None:
    """Switch page and preset the widgets it opens with, at the start of the next run.

    Deferred because a widget's value cannot change once the widget is drawn in a run; the entry point
    applies the request (:func:`take_goto`) before any widget is drawn (after a callback or an
    st.rerun()).
    """
    st.session_state["_goto"] = {"page": page, **state}


def take_goto() -> str | None:
    """Preset the widgets asked for by goto() in the previous run or callback; the page to open, if any."""
    request = dict(st.session_state.pop("_goto", {}))
    page = request.pop("page", None)
    st.session_state.update(request)
    return page


def open_person(person_id: str, name: str) -> None:
    """Open ``name`` (one person, by id) on the Person page."""
    goto("person", person_q=name, person_pick=person_id)


def open_network(person_id: str, name: str) -> None:
    """Open the colleague network around one person."""
    goto("network", net_q=name, net_pick=person_id)


def url_to_state() -> str | None:
    """On a session's first run, take the language the URL names and return the page it names, if any.

    A page is named by its path (``/person``, handled by st.navigation) or, in links made before the
    app had page paths, by ``?page=person``. Not widget binding: a bound control keeps its *label* in
    the URL, which would change with the language.
    """
    if st.session_state.get("_url_read"):
        return None
    st.session_state["_url_read"] = True
    st.session_state.setdefault("lang", "zh")  # as state, not a widget default: the URL may override it
    if st.query_params.get("lang") in LANGS:
        st.session_state["lang"] = st.query_params["lang"]
    page = st.query_params.get("page")
    return page if page in PAGES else None
