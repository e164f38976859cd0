"""Person: search a person; their career as a timeline and every tenure with its sources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from graph_builder.app import charts as app_charts
from graph_builder.app import permalink, state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import load_career, load_name, load_overview, load_person
from graph_builder.app.notes_i18n import note
from graph_builder.app.state import Source, open_network
from graph_builder.app.widgets import day_input, latest_day, md, person_picker_ui, tenures_ui


def render(source: Source, lang: str) -> None:
    """Search a person; their career as a timeline and every tenure with its sources."""
    ov = load_overview(source)
    st.header(tr("page_person", lang))
    example = ov["latest"][0]["person"] if ov["latest"] else "林哲"
    permalink.open_link(
        "person",
        lambda pid: load_name(source, "person", pid),
        lambda pid, name: {"person_q": name, "person_pick": pid},
        "person_day",
    )
    chosen = person_picker_ui(source, lang, "person", example)
    if chosen is None:
        permalink.show_link("person", None)
        return
    pid, name = chosen
    top, right = st.columns([3, 1], vertical_alignment="bottom")
    as_of = day_input(right, tr("as_of", lang), latest_day(ov), key="person_day", lang=lang)
    if as_of is None:
        return
    permalink.show_link("person", pid, as_of)
    top.subheader(f"{name} · {tr('career', lang)}")
    career = load_career(source, pid, as_of.isoformat())
    if not career:
        st.warning(f"{tr('no_match', lang)} “{name}”")
        return
    identity_ui(load_person(source, pid), lang)
    st.caption(tr("career_caption", lang))
    st.plotly_chart(app_charts.timeline_figure(career, as_of, lang, label="post"), key="career_chart")
    st.button(tr("show_network", lang), on_click=open_network, args=(pid, name), key="show_network")
    st.subheader(tr("tenures_sources", lang))
    tenures_ui(career, lang, label="post")


def identity_ui(person: Mapping[str, Any], lang: str) -> None:
    """The forms the name was printed in and, when mentions were joined, why, and where to undo it."""
    st.markdown(f"{tr('printed_as', lang)}：{md('、'.join(person['person_names']))}")
    if person["merge_reasons"] or len(person["person_names"]) > 1:
        with st.expander(tr("merge_reasons", lang), expanded=len(person["person_names"]) > 1):
            for reason in person["merge_reasons"]:
                st.markdown(f"- {md(note(reason, lang))}")
            # the path is our own data directory, shown as code (not gazette text to make inert)
            st.caption(tr("judgements_hint", lang).format(path=person["judgements"]))


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
