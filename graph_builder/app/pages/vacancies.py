"""Vacancies: principal posts with no holder on a date, since when, and the removing document."""

from __future__ import annotations

import streamlit as st

from graph_builder.app import state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import load_overview, load_vacancies
from graph_builder.app.state import Source
from graph_builder.app.widgets import (
    day_input,
    doc_label,
    fit_height,
    latest_day,
    one_line,
    pick_person_ui,
    show_table,
    table,
)


def render(source: Source, lang: str) -> None:
    """Principal posts with no holder on a date: since when, last holder, the removing document."""
    ov = load_overview(source)
    st.header(tr("page_vacancies", lang))
    st.caption(tr("vacancies_caption", lang))
    left, right = st.columns([1, 2])
    day = day_input(left, tr("on_date", lang), latest_day(ov), key="vac_day", lang=lang)
    if day is None:
        return
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


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
