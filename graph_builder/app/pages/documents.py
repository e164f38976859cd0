"""Documents: each source file with its notices; a notice's events and its highlighted source text."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from graph_builder.app import docs as app_docs
from graph_builder.app import state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import load_documents, load_events_of, load_highlight, load_source_text
from graph_builder.app.state import Source
from graph_builder.app.widgets import fit_height, linked, one_line, show_table, table


def render(source: Source, lang: str) -> None:
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
        f"**{linked(notice['title'], notice.get('url'))}**  \n{notice.get('issuer') or ''} · "
        f"{notice.get('doc_number') or ''} · {notice.get('date') or ''}"
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


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
