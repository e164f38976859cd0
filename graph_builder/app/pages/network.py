"""Network: the people around a person; a click on a node opens that person."""

from __future__ import annotations

import streamlit as st

from graph_builder.app import network as app_network
from graph_builder.app import state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import load_colleagues, load_post_ties
from graph_builder.app.state import Source, open_person
from graph_builder.app.widgets import person_picker_ui, pick_person_ui, show_table, table


def render(source: Source, lang: str) -> None:
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


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
