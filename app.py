"""The renmian app: careers, who held a post on a date, successions, vacancies, networks and sources.

A view over :class:`graph_builder.graph.api.Renmian` (the questions of docs/design.md#questions). This
entry point draws the sidebar and runs the chosen page through st.navigation; each page is a module
of ``graph_builder/app/pages/``, drawing with the cached loaders of ``graph_builder/app/loaders.py``.
There is no Cypher here: the Cypher page passes the user's own statement to ``Renmian.query``.

Run with ``renmian app --db DIR`` or ``streamlit run app.py -- --db DIR [--neo4j URI]``; the store is
also read from ``RENMIAN_DB`` / ``NEO4J_URI``. It is opened read-only, so ``renmian build`` can run
beside the app, which notices the rebuilt graph by itself (every run, and every few seconds).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from graph_builder.app import pages as page_modules
from graph_builder.app.i18n import LANG_NAMES, LANGS, tr
from graph_builder.app.loaders import follow_rebuilds, get_api, load_built_at, reload_graph
from graph_builder.app.state import PAGES, Source, current, take_goto, url_to_state

PAGE_DIR = Path(page_modules.__file__).parent  # one module a page, named as in PAGES
REBUILD_POLL = "10s"  # how often an idle page looks for a rebuilt graph


def navigation_pages(lang: str) -> dict[str, st.Page]:
    """One st.Page per page module, titled in ``lang``; the URL path is the page's name (``/person``)."""
    return {
        name: st.Page(
            PAGE_DIR / f"{name}.py", title=tr(f"page_{name}", lang), url_path=name, default=name == PAGES[0]
        )
        for name in PAGES
    }


def sidebar_ui(source: Source, lang: str) -> str:
    """The language switch and the store being shown (below the page list); returns the language."""
    with st.sidebar:
        lang = (
            st.segmented_control(
                "Language / 语言", LANGS, format_func=LANG_NAMES.get, key="lang", required=True
            )
            or lang
        )
        st.divider()
        st.caption(f"{tr('store', lang)}: `{source.neo4j or source.db}`")
        st.button(tr("reload", lang), help=tr("reload_help", lang), on_click=reload_graph, args=(source,))
    st.query_params.update(lang=lang)
    return lang


def carried_params(lang: str, from_link: bool) -> dict[str, list[str]]:
    """The URL parameters a page switch keeps: an older link's (``?page=person&person_q=…``, its first
    run, before any widget is bound), else only the language (a widget's parameter belongs to its page).

    Given explicitly: st.switch_page's default, clearing them, refuses parameters bound to widgets.
    """
    if from_link:
        return {k: st.query_params.get_all(k) for k in st.query_params if k != "page"}
    return {"lang": [lang]}


def open_store_ui(source: Source, lang: str) -> bool:
    """Open the store; on failure say why and how to build it, and return False."""
    try:
        get_api(source)
    except (FileNotFoundError, OSError, RuntimeError, ValueError) as e:
        st.error(f"**{tr('no_graph', lang)}** — {e}")
        st.markdown(f"{tr('no_graph_hint', lang)} `renmian build data/samples --db {source.db}`")
        return False
    return True


@st.fragment(run_every=REBUILD_POLL)
def built_ui(source: Source, lang: str) -> None:
    """When the graph shown was built; a rebuilt graph seen here is loaded and the page drawn again."""
    if follow_rebuilds(source):
        st.rerun(scope="app")
    built = load_built_at(source)
    when = tr("built_time", lang).format(time=built) if built else tr("built_unknown", lang)
    st.caption(f"{tr('built_at', lang)}: {when}")


def main() -> None:
    """Carry out a page switch asked for, draw the sidebar, then run the chosen page."""
    st.set_page_config(page_title="renmian 任免", page_icon="📜", layout="wide")
    from_url = url_to_state()  # a session's first run: the URL's language, and ?page= of older links
    wanted = take_goto() or from_url
    source, lang = current()
    lang = sidebar_ui(source, lang)
    pages = navigation_pages(lang)
    page = st.navigation({tr("app_title", lang): list(pages.values())})
    if wanted in pages and page.url_path != pages[wanted].url_path:
        st.switch_page(pages[wanted], query_params=carried_params(lang, from_link=wanted == from_url))
    if not open_store_ui(source, lang):
        return
    with st.sidebar:
        built_ui(source, lang)
    try:
        page.run()
    except (LookupError, ValueError) as e:  # a name or date the graph cannot answer for: say so
        st.warning(str(e))


if __name__ == "__main__":
    main()
