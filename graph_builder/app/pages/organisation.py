"""Organisation: every post of an organisation and of those within it, with its holder on a date.

The roster of ``Renmian.roster``: who led 普陀区's bureaus on 2022-07-06, certainly or possibly, and
the documents that say so. A name naming several organisations asks which one; the page's URL
(``/organisation?id=org_…&date=…``) is a permalink to the answer shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import streamlit as st

from graph_builder.app import permalink, state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import load_organisation, load_overview, load_roster
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
from graph_builder.graph.lookup import Ambiguous

EXAMPLE = "上海市普陀区"
COLUMNS = {  # no organisation column: each post's name begins with it
    "post": "col_post",
    "person": "col_person",
    "start": "col_start",
    "end": "col_end",
    "status": "col_status",
    "certainty": "col_certainty",
    "docs": "col_docno",
    "evidence": "col_evidence",
}


def render(source: Source, lang: str) -> None:
    """An organisation's posts with their holders on a date, and the sources behind each."""
    ov = load_overview(source)
    st.header(tr("page_organisation", lang))
    st.caption(tr("org_caption", lang))
    permalink.open_link(
        "organisation",
        lambda org_id: _org_name(source, org_id),
        lambda _org_id, name: {"org_q": name},
        "org_day",
    )
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    text = left.text_input(tr("org_search", lang), key="org_q", placeholder=EXAMPLE, persist_state="session")
    day = day_input(right, tr("on_date", lang), latest_day(ov), key="org_day", lang=lang)
    if not text.strip():
        st.info(f"{tr('org_hint', lang)} **{EXAMPLE}**")
        permalink.show_link("organisation", None)
        return
    org = pick_org_ui(source, text.strip(), lang)
    if org is None:
        permalink.show_link("organisation", None)
        return
    if day is None:
        return
    permalink.show_link("organisation", org["id"], day)
    st.subheader(f"{org['name']} · {day.isoformat()}")
    items = load_roster(source, org["id"], day.isoformat())
    if not items:
        st.info(tr("org_no_posts", lang))
        return
    roster_ui(items, lang)
    people = {i["person_id"]: i["person"] for i in items if i.get("person_id")}
    pick_person_ui(people, lang, key="org_open")


def pick_org_ui(source: Source, text: str, lang: str) -> dict | None:
    """The organisation ``text`` names; for several, a choice among them; None (said why) for none."""
    try:
        return load_organisation(source, text)
    except Ambiguous as e:
        names = [c["name"] for c in e.candidates]
        if st.session_state.get("org_pick") not in names:
            st.session_state.pop("org_pick", None)  # a choice left from another search
        choice = st.radio(tr("org_pick", lang), names, key="org_pick")
        return load_organisation(source, choice)
    except LookupError:
        st.warning(f"{tr('no_match', lang)} “{text}”")
        return None


def roster_ui(items: Sequence[Mapping[str, Any]], lang: str) -> None:
    """One row per holder of each post (certain ones first) and per post held by nobody on the day."""
    st.caption(tr("org_roster_caption", lang))
    rows = [
        {
            **i,
            "docs": "；".join(f"{doc_label(s)} {s.get('date', '')}" for s in i["sources"]),
            "evidence": "；".join(one_line(s.get("evidence")) for s in i["sources"]),
        }
        for i in items
    ]
    show_table(
        table(rows, COLUMNS, lang, terms=("status", "certainty")),
        height=fit_height(len(rows), 25),
        widths={tr("col_post", lang): "medium", tr("col_evidence", lang): "large"},
    )


def _org_name(source: Source, org_id: str) -> str | None:
    try:
        return load_organisation(source, org_id)["name"]
    except LookupError:
        return None


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
