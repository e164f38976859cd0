"""The renmian app: careers, who held a post on a date, successions, vacancies, networks and sources.

A view over :class:`graph_builder.graph.api.Renmian` (CONVENTIONS.md 13): ``main()`` dispatches to small
``*_ui()`` functions that draw a page and return the user's choices; cached loaders call the API.
There is no Cypher here: the Cypher page passes the user's own statement to ``Renmian.query``.

Run with ``renmian app --db DIR`` or ``streamlit run app.py -- --db DIR [--neo4j URI]``; the store is
also read from ``RENMIAN_DB`` / ``NEO4J_URI``. It is opened read-only, so ``renmian build`` can run
beside the app (press "Reload graph" afterwards).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import streamlit as st

from graph_builder.app import charts as app_charts
from graph_builder.app import docs as app_docs
from graph_builder.app import network as app_network
from graph_builder.app.i18n import LANG_NAMES, LANGS, term, tr
from graph_builder.graph.api import Renmian, named_query
from graph_builder.store import DEFAULT_DB, ReadOnlyError

ROOT = Path(__file__).resolve().parent
PAGES = ("overview", "person", "post", "vacancies", "network", "documents", "cypher")
DEFAULT_EXAMPLE = "career"  # has a parameter, filled from the graph, so the first result is a real person
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
_MD_SPECIAL = re.compile(r"[\\`*_\[\]$<>|~:]")  # inline Markdown; no line of ours starts with text
_BREAK = re.compile(r"[ \t]*\n\s*")


class Source(NamedTuple):
    """Which store the app reads: the embedded database directory, or a Neo4j URI."""

    db: str
    neo4j: str


# ---- the store and the cached answers


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
    """The person's predecessor and successor in each post held: the nearest holders whose time in
    the post ended before theirs began, or began after theirs ended (deputies serve side by side,
    so a mere place in the chain is not succession; nominations are left out)."""
    api = get_api(source)
    ties = []
    for mine in api.career(person_id):
        if mine["status"] == "nominated":
            continue
        others = [
            c
            for c in api.succession(mine["post_id"])
            if c["status"] != "nominated" and c["person_id"] != person_id
        ]
        before = [c for c in others if _ends_by(c, mine["start_earliest"])]
        after = [c for c in others if _ends_by(mine, c["start_latest"] or c["start_earliest"])]
        if before:
            ties.append(_tie(max(before, key=lambda c: c["end_latest"]), mine["post"], "predecessor"))
        if after:
            ties.append(_tie(min(after, key=lambda c: c["start_earliest"] or ""), mine["post"], "successor"))
    return ties


def _ends_by(tenure: Mapping[str, Any], day: str | None) -> bool:
    """Whether ``tenure`` is known to have ended on or before ``day`` (both bounds known)."""
    return bool(day and tenure.get("end_latest") and tenure["end_latest"] <= day)


def _tie(other: Mapping[str, Any], post: str, relation: str) -> dict:
    return {"person_id": other["person_id"], "person": other["person"], "post": post, "relation": relation}


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
def run_query(source: Source, cypher: str, params_json: str) -> list[dict]:
    """A user's read-only Cypher (writes raise ReadOnlyError, which is not cached)."""
    return get_api(source).query(cypher, json.loads(params_json or "{}"))


def example_queries() -> dict[str, str]:
    """The named queries of queries/*.cypher, by name."""
    names = sorted(p.name[:-7] for p in resources.files("queries").iterdir() if p.name.endswith(".cypher"))
    return {name: named_query(name) for name in names}


def reload_graph(source: Source) -> None:
    """Drop the cached store and answers so the next run reads a rebuilt graph."""
    # LadybugDB allows one Database per path per process: close it before reopening (if it ever opened)
    with contextlib.suppress(OSError, RuntimeError, ValueError):
        get_api(source).close()
    get_api.clear()
    st.cache_data.clear()


# ---- small helpers shared by the pages


def latest_day(overview: Mapping[str, Any]) -> date:
    """The date of the newest event: the default "as of" day, so pages open on what the gazettes say."""
    for item in overview.get("latest", []):
        d = app_charts.day(item.get("date"))
        if d is not None:
            return d
    return date.today()  # an empty graph: the clock is read here, in the view, never in the library


def doc_label(source: Mapping[str, Any]) -> str:
    """How a source is cited: its 文号, else its notice's title (bulletins have none), else the file."""
    return source.get("doc_number") or source.get("notice") or Path(source.get("document", "")).name


def md(text: str) -> str:
    """Text from the gazettes made inert in Markdown (Streamlit reads $…$ as LaTeX, :red[…] as colour)."""
    return _MD_SPECIAL.sub(r"\\\g<0>", text)


def one_line(text: str | None) -> str:
    """Evidence without the source's line breaks (gazettes wrap lines mid-name, e.g. 普陀 | 区)."""
    return _BREAK.sub("", text or "")


def table(
    rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str], lang: str, terms: Sequence[str] = ()
) -> pd.DataFrame:
    """A DataFrame of ``rows`` with ``columns`` (field → label key) and vocabulary fields translated."""
    data = [
        {tr(label, lang): _cell(r.get(field), lang, field in terms) for field, label in columns.items()}
        for r in rows
    ]
    return pd.DataFrame(data, columns=[tr(label, lang) for label in columns.values()])


def _cell(value: Any, lang: str, is_term: bool) -> Any:
    if is_term:
        return term(value, lang)
    if isinstance(value, list):
        return "；".join(map(str, value))
    return "" if value is None else value


def day_input(where: Any, label: str, value: date, key: str) -> date:
    """An ISO date box for any day from 1900 (Streamlit's default range is ten years around the value)."""
    return where.date_input(
        label, value=value, min_value=EARLIEST, max_value=LATEST, key=key, format="YYYY-MM-DD"
    )


def fit_height(rows: int, most: int = 16) -> int:
    """A table height (pixels) that shows ``rows`` rows without scrolling, up to ``most`` of them."""
    return 38 + 35 * min(max(rows, 1), most)


def show_table(df: pd.DataFrame, height: int | str = "auto", widths: Mapping[str, str] | None = None) -> None:
    """A read-only table without the index; ``widths`` maps a column header to small / medium / large."""
    config = {col: st.column_config.TextColumn(width=w) for col, w in (widths or {}).items()}
    st.dataframe(df, hide_index=True, width="stretch", height=height, column_config=config)


def goto(page: str, **state: Any) -> None:
    """Switch page and preset the widgets it opens with, at the start of the next run.

    Deferred because a widget's value cannot change once the widget is drawn in a run; main()
    applies the request before the sidebar is drawn (after a callback or an st.rerun()).
    """
    st.session_state["_goto"] = {"page": page, **state}


def apply_goto() -> None:
    """Carry out a page switch asked for by goto() in the previous run or callback."""
    st.session_state.update(st.session_state.pop("_goto", {}))


def open_person(person_id: str, name: str) -> None:
    """Open ``name`` (one person, by id) on the Person page."""
    goto("person", person_q=name, person_pick=person_id)


def open_network(person_id: str, name: str) -> None:
    """Open the colleague network around one person."""
    goto("network", net_q=name, net_pick=person_id)


# ---- sidebar


def sidebar_ui(source: Source) -> tuple[str, str]:
    """Language and page switches, and the store being shown; returns (lang, page)."""
    url_to_state()
    with st.sidebar:
        lang = (
            st.segmented_control(
                "Language / 语言", LANGS, format_func=LANG_NAMES.get, key="lang", required=True
            )
            or "zh"
        )
        st.title(tr("app_title", lang))
        page = st.radio(tr("page", lang), PAGES, format_func=lambda p: tr(f"page_{p}", lang), key="page")
        st.divider()
        st.caption(f"{tr('store', lang)}: `{source.neo4j or source.db}`")
        st.button(tr("reload", lang), help=tr("reload_help", lang), on_click=reload_graph, args=(source,))
    st.query_params.update(page=page, lang=lang)
    return lang, page


def url_to_state() -> None:
    """On a session's first run, open the page and language the URL names (?page=person&lang=en).

    Not widget binding: a bound radio keeps its *label* in the URL, which would change with the language.
    """
    if st.session_state.get("_url_read"):
        return
    st.session_state["_url_read"] = True
    st.session_state.setdefault("lang", "zh")  # as state, not a widget default: the URL may override it
    if st.query_params.get("page") in PAGES:
        st.session_state["page"] = st.query_params["page"]
    if st.query_params.get("lang") in LANGS:
        st.session_state["lang"] = st.query_params["lang"]


# ---- Overview


def overview_ui(source: Source, lang: str) -> None:
    """Counts, events by issuer and year, the latest events with names, and data-quality warnings."""
    ov = load_overview(source)
    files = load_documents(source)
    st.header(tr("page_overview", lang))
    st.caption(tr("app_caption", lang))
    counts = ov["counts"]
    metrics = [
        ("files", len(files)),
        ("notices", counts.get("documents", 0)),
        ("events", counts.get("events", 0)),
        ("people", counts.get("people", 0)),
        ("posts", counts.get("posts", 0)),
        ("organisations", counts.get("organisations", 0)),
        ("tenures", counts.get("tenures", 0)),
    ]
    for col, (label, n) in zip(st.columns(len(metrics)), metrics, strict=True):
        col.metric(tr(label, lang), n)
    st.subheader(tr("latest_events", lang))
    latest = [{**e, "docno": (e["sources"] or [{}])[0].get("doc_number", "")} for e in ov["latest"]]
    show_table(
        table(
            latest,
            {
                "date": "col_date",
                "action": "col_action",
                "person": "col_person",
                "post": "col_post",
                "docno": "col_docno",
            },
            lang,
            terms=("action",),
        ),
        height=fit_height(len(latest)),
    )
    pick_person_ui({e["person_id"]: e["person"] for e in ov["latest"]}, lang, key="overview_open")
    st.subheader(tr("by_issuer_year", lang))
    st.plotly_chart(app_charts.overview_figure(ov["by_issuer_year"], lang), key="overview_chart")
    warnings_ui(ov, lang)


def pick_person_ui(people: Mapping[str, str], lang: str, key: str) -> None:
    """A selectbox of people and a button that opens the chosen one on the Person page."""
    if not people:
        return
    col, button = st.columns([3, 1], vertical_alignment="bottom")
    pid = col.selectbox(tr("open_person", lang), list(people), format_func=people.get, key=key)
    button.button(tr("open", lang), key=f"{key}_go", on_click=open_person, args=(pid, people[pid]))


def warnings_ui(ov: Mapping[str, Any], lang: str) -> None:
    """Inferred dates, pending nominations and identity merges, for a reader to check."""
    st.subheader(tr("warnings", lang))
    st.caption(tr("warnings_caption", lang))
    show_table(
        table(
            ov["warnings"],
            {"warning": "col_warning", "person": "col_person", "post": "col_post", "notes": "col_notes"},
            lang,
            terms=("warning",),
        ),
        height=280,
    )
    with st.expander(tr("merges", lang)):
        st.caption(tr("merges_caption", lang))
        show_table(
            table(
                ov.get("merges", []),
                {"person": "col_person", "names": "col_names", "reasons": "col_reasons"},
                lang,
            )
        )


# ---- Person


def person_picker_ui(source: Source, lang: str, prefix: str, example: str) -> tuple[str, str] | None:
    """A name box and, for several matches, a choice told apart by posts; returns (id, name) or None."""
    text = st.text_input(
        tr("person_search", lang),
        key=f"{prefix}_q",
        placeholder=example,
        persist_state="session",
        bind="query-params",
    )
    if not text.strip():
        st.info(f"{tr('person_hint', lang)} **{example}**")
        return None
    hits = load_search(source, text.strip(), "person")
    if not hits:
        st.warning(f"{tr('no_match', lang)} “{text}”")
        return None
    people = {h["id"]: h for h in hits}
    pick_key = f"{prefix}_pick"
    if st.session_state.get(pick_key) not in people:
        st.session_state.pop(pick_key, None)  # a choice left from another search

    def label(pid: str) -> str:
        h = people[pid]
        posts = "、".join(h.get("posts") or []) or h.get("detail") or ""
        return f"{h['name']} — {posts}"

    pid = (
        st.radio(
            tr("person_pick", lang), list(people), format_func=label, key=pick_key, persist_state="session"
        )
        if len(people) > 1
        else next(iter(people))
    )
    return pid, people[pid]["name"]


def person_ui(source: Source, lang: str) -> None:
    """Search a person; their career as a timeline and every tenure with its sources."""
    ov = load_overview(source)
    st.header(tr("page_person", lang))
    example = ov["latest"][0]["person"] if ov["latest"] else "林哲"
    chosen = person_picker_ui(source, lang, "person", example)
    if chosen is None:
        return
    pid, name = chosen
    top, right = st.columns([3, 1], vertical_alignment="bottom")
    as_of = day_input(right, tr("as_of", lang), latest_day(ov), key="person_day")
    top.subheader(f"{name} · {tr('career', lang)}")
    career = load_career(source, pid, as_of.isoformat())
    if not career:
        st.warning(f"{tr('no_match', lang)} “{name}”")
        return
    st.caption(tr("career_caption", lang))
    st.plotly_chart(app_charts.timeline_figure(career, as_of, lang, label="post"), key="career_chart")
    st.button(tr("show_network", lang), on_click=open_network, args=(pid, name), key="show_network")
    st.subheader(tr("tenures_sources", lang))
    tenures_ui(career, lang, label="post")


def tenures_ui(items: Sequence[Mapping[str, Any]], lang: str, label: str, on_day: bool = False) -> None:
    """Each tenure as a short block: post (or person), dates, status, notes, and its source sentences.

    ``on_day``: the items answer "who held it on a day", so their certainty is shown too.
    """
    for item in items:
        with st.container(border=True):
            badges = _badges(item, lang, on_day)
            st.markdown(f"**{md(item[label])}** &nbsp; {md(_span_text(item, lang))} &nbsp; {badges}")
            for note in item.get("notes") or []:
                st.caption(f"ⓘ {md(note)}")
            for s in item.get("sources") or []:
                st.markdown(
                    f"> {md(one_line(s.get('evidence')))}  \n> — {md(doc_label(s))} · {s.get('date', '')} · "
                    f"{term(s.get('role'), lang)}"
                )


BADGE_COLOURS = {
    "formal": "blue",
    "probation": "green",
    "ended": "gray",
    "nominated": "orange",
    "certainly": "green",
    "possibly": "orange",
    "pending": "gray",
}


def _badges(item: Mapping[str, Any], lang: str, on_day: bool) -> str:
    """Certainty (on a day), status, 兼 and 代理 as coloured badges."""
    values = [item.get("certainty") if on_day else None, item.get("status")]
    out = [f":{BADGE_COLOURS.get(v, 'gray')}-badge[{term(v, lang)}]" for v in values if v]
    out += [
        f":violet-badge[{x}]"
        for x, on in (("兼", item.get("concurrent")), ("代理", item.get("acting")))
        if on
    ]
    return " ".join(out)


def _span_text(item: Mapping[str, Any], lang: str) -> str:
    """'start → end' as printed; a nomination shows since when it awaits a decision."""
    unknown, still = tr("unknown", lang), tr("still_in_post", lang)
    if item["status"] == "nominated":
        return f"{item.get('start_earliest') or unknown} {term('nomination', lang)}"
    end = item.get("end") or (still if item["status"] != "ended" else unknown)
    return f"{item.get('start') or unknown} → {end}"


# ---- Post


def post_ui(source: Source, lang: str) -> None:
    """Who held a post on a date (certainly / possibly) and its succession as a timeline."""
    ov = load_overview(source)
    st.header(tr("page_post", lang))
    example = ov["latest"][0]["post"] if ov["latest"] else "宜川路街道办事处主任"
    text = st.text_input(
        tr("post_search", lang),
        key="post_q",
        placeholder=example,
        persist_state="session",
        bind="query-params",
    )
    if not text.strip():
        st.info(f"{tr('post_hint', lang)} **{example}**")
        return
    posts = [h["name"] for h in load_search(source, text.strip(), "post")]
    if not posts:
        st.warning(f"{tr('no_match', lang)} “{text}”")
        return
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    if st.session_state.get("post_pick") not in posts:
        st.session_state.pop("post_pick", None)  # a choice left from another search
    post = left.selectbox(tr("post_pick", lang), posts, key="post_pick")
    day = day_input(right, tr("on_date", lang), latest_day(ov), key="post_day")
    holders_ui(load_who_held(source, post, day.isoformat()), day, lang)
    st.subheader(tr("succession", lang))
    chain = load_succession(source, post)
    if chain:
        st.caption(f"{tr('career_caption', lang)} {tr('date_line', lang)}")
        as_of = max(day, latest_day(ov))
        st.plotly_chart(
            app_charts.timeline_figure(chain, as_of, lang, label="person", mark=day), key="succession_chart"
        )
        tenures_ui(chain, lang, label="person")


def holders_ui(holders: Sequence[Mapping[str, Any]], day: date, lang: str) -> None:
    """The holders on ``day``, certain ones first, each with the documents behind both ends."""
    st.subheader(f"{tr('who_held', lang)} · {day.isoformat()}")
    if not holders:
        st.info(tr("nobody_held", lang))
        return
    tenures_ui(
        sorted(holders, key=lambda h: h["certainty"] != "certainly"), lang, label="person", on_day=True
    )


# ---- Vacancies


def vacancies_ui(source: Source, lang: str) -> None:
    """Principal posts with no holder on a date: since when, last holder, the removing document."""
    ov = load_overview(source)
    st.header(tr("page_vacancies", lang))
    st.caption(tr("vacancies_caption", lang))
    left, right = st.columns([1, 2])
    day = day_input(left, tr("on_date", lang), latest_day(ov), key="vac_day")
    org = right.text_input(
        tr("org_filter", lang), key="vac_org", placeholder="普陀区", persist_state="session"
    )
    vacant = load_vacancies(source, day.isoformat(), org.strip())
    if not vacant:
        st.info(tr("no_vacancies", lang))
        return
    rows = [
        {
            **v,
            "removed_by": "；".join(f"{doc_label(x)} {x.get('date', '')}" for x in v["sources"]),
            "evidence": "；".join(one_line(x.get("evidence")) for x in v["sources"]),
        }
        for v in vacant
    ]
    show_table(
        table(
            rows,
            {
                "post": "col_post",
                "since": "col_since",
                "last_holder": "col_last_holder",
                "certainty": "col_certainty",
                "removed_by": "col_removed_by",
                "evidence": "col_evidence",
            },
            lang,
            terms=("certainty",),
        ),
        height=fit_height(len(rows), 20),
        widths={tr("col_post", lang): "large"},
    )
    people = {v["person_id"]: v["last_holder"] for v in vacant}
    pick_person_ui(people, lang, key="vac_open")


# ---- Network


def network_ui(source: Source, lang: str) -> None:
    """The people around a person; a click on a node (or the selectbox) opens that person."""
    st.header(tr("page_network", lang))
    chosen = person_picker_ui(source, lang, "net", example="潘浩")
    if chosen is None:
        return
    pid, name = chosen
    colleagues = load_colleagues(source, pid)
    ties = load_post_ties(source, pid)
    if not colleagues and not ties:
        st.info(tr("no_colleagues", lang))
        return
    st.caption(tr("network_caption", lang))
    clicked = app_network.show_network(
        app_network.network_data(pid, name, colleagues, ties), key="network_graph"
    )
    people = {c["person_id"]: c["person"] for c in [*colleagues, *ties]}
    if clicked in people or clicked == pid:
        open_person(clicked, people.get(clicked, name))
        st.rerun()
    pick_person_ui(people, lang, key="net_open")
    if colleagues:
        st.subheader(tr("colleagues", lang))
        show_table(
            table(
                colleagues,
                {
                    "person": "col_person",
                    "post": "col_post",
                    "own_post": "col_own_post",
                    "start": "col_start",
                    "end": "col_end",
                    "certainty": "col_certainty",
                },
                lang,
                terms=("certainty",),
            )
        )
    if ties:
        st.subheader(tr("post_ties", lang))
        show_table(
            table(
                ties,
                {"person": "col_person", "relation": "col_relation", "post": "col_post"},
                lang,
                terms=("relation",),
            )
        )


# ---- Documents


def documents_ui(source: Source, lang: str) -> None:
    """Each document with its notices; a notice's events and its source text, highlighted."""
    files = load_documents(source)
    st.header(tr("page_documents", lang))
    if not files:
        return
    rows = [
        {
            "file": Path(f["path"]).name,
            "notices": len(f["notices"]),
            "events": f["events"],
            "title": "；".join(n["title"] for n in f["notices"]),
        }
        for f in files
    ]
    with st.expander(tr("documents_list", lang), expanded=False):
        show_table(
            table(
                rows,
                {"file": "col_file", "notices": "col_notices", "events": "col_events", "title": "col_title"},
                lang,
            )
        )
    by_path = {f["path"]: f for f in files}
    left, right = st.columns(2)
    path = left.selectbox(
        tr("document", lang), list(by_path), format_func=lambda p: Path(p).name, key="doc_path"
    )
    notices: dict[str, Mapping[str, Any]] = {}  # by label, so the choice reads the same in URLs and tests
    for n in by_path[path]["notices"]:
        label = _notice_label(n)
        notices[label if label not in notices else f"{label} ({n['id']})"] = n
    label = right.selectbox(tr("notice", lang), list(notices), key="doc_notice")
    notice_ui(source, path, notices[label], lang)


def _notice_label(n: Mapping[str, Any]) -> str:
    return " · ".join(x for x in (n.get("doc_number"), n.get("date"), n.get("title")) if x)


def notice_ui(source: Source, path: str, notice: Mapping[str, Any], lang: str) -> None:
    """The notice's facts, its events, and the source text around them with displaCy highlighting."""
    st.markdown(
        f"**{notice['title']}**  \n{notice.get('issuer') or ''} · {notice.get('doc_number') or ''} · "
        f"{notice.get('date') or ''}"
    )
    events = [
        {**e, "evidence": one_line(e["evidence"])}
        for e in load_events_of(source, path)
        if e["document_id"] == notice["id"]
    ]
    st.subheader(tr("notice_events", lang))
    show_table(
        table(
            events,
            {"action": "col_action", "person": "col_person", "post": "col_post", "evidence": "col_evidence"},
            lang,
            terms=("action",),
        ),
        height=fit_height(len(events), 10),
    )
    st.subheader(tr("source_text", lang))
    text = load_source_text(path)
    if text is None:
        st.warning(f"{tr('source_missing', lang)}: `{path}`")
        return
    heading = (notice.get("title") or "", notice.get("doc_number") or "")
    start, end = app_docs.event_window(text, [e["span"] for e in events], heading)
    st.caption(f"`{path}` [{start}:{end}]")
    with st.container(height=520):
        st.html(load_highlight(text[start:end]))


# ---- Cypher


def cypher_ui(source: Source, lang: str) -> None:
    """A read-only console: examples, a statement and its parameters, the result and a CSV download."""
    st.header(tr("page_cypher", lang))
    st.caption(tr("cypher_caption", lang))
    examples = example_queries()
    if "cy_text" not in st.session_state:
        _load_example(source, examples, DEFAULT_EXAMPLE)
    st.selectbox(
        tr("example", lang),
        list(examples),
        key="cy_example",
        index=list(examples).index(DEFAULT_EXAMPLE) if DEFAULT_EXAMPLE in examples else 0,
        on_change=lambda: _load_example(source, examples, st.session_state["cy_example"]),
    )
    left, right = st.columns([3, 1])
    cypher = left.text_area(tr("cypher", lang), key="cy_text", height=220)
    params = right.text_area(tr("params", lang), key="cy_params", height=220)
    if st.button(tr("run", lang), type="primary", key="cy_run"):
        st.session_state["cy_result"] = _run_cypher(source, cypher, params, lang)
    result = st.session_state.get("cy_result")
    if result is not None:
        result_ui(result, lang)
    with st.expander(tr("schema", lang)):
        schema = ROOT / "docs" / "schema.md"
        if schema.is_file():
            st.markdown(schema.read_text(encoding="utf-8"))


def _load_example(source: Source, examples: Mapping[str, str], name: str) -> None:
    """Put a named query and parameters that make it run on this graph into the console."""
    text = examples.get(name, "")
    st.session_state["cy_text"] = text
    params = json.dumps(example_params(source, text), ensure_ascii=False, indent=1)
    st.session_state["cy_params"] = params
    st.session_state["cy_result"] = _run_cypher(source, text, params, st.session_state.get("lang", "zh"))


def example_params(source: Source, cypher: str) -> dict[str, Any]:
    """Values for the ``$parameters`` of ``cypher`` taken from the graph itself (its newest event)."""
    ov = load_overview(source)
    first = ov["latest"][0] if ov["latest"] else {}
    posts = load_search(source, first["post"], "post") if first else []
    files = load_documents(source)
    known: dict[str, Any] = {
        "person_id": first.get("person_id", ""),
        "post_id": posts[0]["id"] if posts else "",
        "day": latest_day(ov).isoformat(),
        "limit": 20,
        "q": "区",
        "org": "",
        "doc": files[0]["path"] if files else "",
    }
    return {name: known.get(name, "") for name in dict.fromkeys(re.findall(r"\$(\w+)", _code(cypher)))}


def _code(cypher: str) -> str:
    """Cypher without its // comments (a comment's $name is not a parameter)."""
    return "\n".join(line.split("//", 1)[0] for line in cypher.splitlines())


def _run_cypher(source: Source, cypher: str, params: str, lang: str) -> dict[str, Any]:
    """Run the user's statement; the outcome (rows or a message) for result_ui."""
    try:
        parsed = json.loads(params or "{}")
        if not isinstance(parsed, dict):
            raise ValueError
    except ValueError:
        return {"error": tr("bad_params", lang), "kind": "params"}
    try:
        return {"rows": run_query(source, cypher, json.dumps(parsed, ensure_ascii=False, sort_keys=True))}
    except ReadOnlyError as e:
        return {"error": str(e), "kind": "refused"}
    except Exception as e:  # a syntax or binder error from the store: shown, not raised
        return {"error": str(e), "kind": "error"}


def result_ui(result: Mapping[str, Any], lang: str) -> None:
    """A query's rows with a CSV download, or why it failed."""
    if "error" in result:
        title = {"refused": "refused", "params": "bad_params"}.get(result["kind"], "query_error")
        st.error(f"**{tr(title, lang)}** — {result['error']}")
        return
    df = pd.DataFrame([{k: _json_cell(v) for k, v in row.items()} for row in result["rows"]])
    st.caption(f"{len(df)} {tr('rows', lang)}")
    show_table(df)
    st.download_button(
        tr("download_csv", lang),
        df.to_csv(index=False).encode("utf-8-sig"),
        file_name="renmian-query.csv",
        mime="text/csv",
        on_click="ignore",
        key="cy_csv",
    )


def _json_cell(value: Any) -> Any:
    """Lists and maps as JSON text, so every column of the table has one type."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


# ---- main


PAGE_UI: dict[str, Callable[[Source, str], None]] = {
    "overview": overview_ui,
    "person": person_ui,
    "post": post_ui,
    "vacancies": vacancies_ui,
    "network": network_ui,
    "documents": documents_ui,
    "cypher": cypher_ui,
}


def open_store_ui(source: Source, lang: str) -> bool:
    """Open the store; on failure say why and how to build it, and return False."""
    try:
        get_api(source)
    except (FileNotFoundError, OSError, RuntimeError, ValueError) as e:
        st.error(f"**{tr('no_graph', lang)}** — {e}")
        st.markdown(f"{tr('no_graph_hint', lang)} `renmian build data/samples --db {source.db}`")
        return False
    return True


def main() -> None:
    """Draw the sidebar, then the chosen page."""
    st.set_page_config(page_title="renmian 任免", page_icon="📜", layout="wide")
    source = source_from(sys.argv[1:], os.environ)
    apply_goto()
    lang, page = sidebar_ui(source)
    if not open_store_ui(source, lang):
        return
    try:
        PAGE_UI.get(page, overview_ui)(source, lang)
    except (LookupError, ValueError) as e:  # a name or date the graph cannot answer for: say so
        st.warning(str(e))


if __name__ == "__main__":
    main()
