"""Overview: counts, events by issuer and year, the latest events with names, and warnings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from graph_builder.app import charts as app_charts
from graph_builder.app import state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import load_documents, load_overview
from graph_builder.app.notes_i18n import note
from graph_builder.app.state import Source
from graph_builder.app.widgets import fit_height, pick_person_ui, show_table, table


def render(source: Source, lang: str) -> None:
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


def warnings_ui(ov: Mapping[str, Any], lang: str) -> None:
    """Inferred dates, pending nominations and identity merges, for a reader to check."""
    st.subheader(tr("warnings", lang))
    st.caption(tr("warnings_caption", lang))
    warnings = [w | {"notes": [note(n, lang) for n in w["notes"]]} for w in ov["warnings"]]
    show_table(
        table(
            warnings,
            {"warning": "col_warning", "person": "col_person", "post": "col_post", "notes": "col_notes"},
            lang,
            terms=("warning",),
        ),
        height=280,
    )
    duplicates_ui(ov.get("duplicates", []), lang)
    merges = [m | {"reasons": [note(r, lang) for r in m.get("reasons") or []]} for m in ov.get("merges", [])]
    with st.expander(tr("merges", lang)):
        st.caption(tr("merges_caption", lang))
        show_table(
            table(
                merges,
                {"person": "col_person", "names": "col_names", "reasons": "col_reasons"},
                lang,
            )
        )


def duplicates_ui(duplicates: list[Mapping[str, Any]], lang: str) -> None:
    """Notices read from several documents (each counted once in every answer): which file was kept."""
    if not duplicates:
        return
    st.warning(tr("duplicates_warning", lang).format(n=len(duplicates)), icon="⚠️")
    rows = [
        {
            "docno": d["doc_number"] or d["title"],
            "kept": Path(d["kept"]).name,
            "copies": "，".join(Path(c).name for c in d["copies"]),
            "events": d["events"],
        }
        for d in duplicates
    ]
    columns = {"docno": "col_docno", "kept": "col_kept", "copies": "col_copies", "events": "col_events"}
    show_table(table(rows, columns, lang), height=fit_height(len(rows)))


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
