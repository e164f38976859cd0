"""Permalinks: the Person, Post and Organisation pages are addressable as ``/person?id=…&date=…``.

A page reads the link's id and date when it opens with them (:func:`linked`), presets its widgets
from them, and writes the answer it shows back into the URL (:func:`show_link`), so the address bar
is always a link to exactly that answer, to share or cite.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

ID, DATE = "id", "date"
# the id form each page takes (graph_builder/resolve/ids.py): a link to one page is not read by another
ID_PREFIX = {"person": "per_", "post": "post_", "organisation": "org_"}


def linked(page: str) -> tuple[str, str | None] | None:
    """The (id, date) the URL names for ``page``, when the page has not shown them yet; else None.

    None too once the page has written them itself: a reader's later choice is not undone.
    """
    found = st.query_params.get(ID)
    if not found or not found.startswith(ID_PREFIX[page]):
        return None
    link = (found, st.query_params.get(DATE) or None)
    if st.session_state.get(_seen(page)) == link:
        return None
    st.session_state[_seen(page)] = link
    return link


def show_link(page: str, shown_id: str | None, day: date | None = None) -> None:
    """Put what ``page`` shows in the URL (nothing shown: the id and date are taken out)."""
    if shown_id is None:
        for k in (ID, DATE):
            if k in st.query_params:
                del st.query_params[k]
        st.session_state.pop(_seen(page), None)
        return
    link = (shown_id, day.isoformat() if day else None)
    st.query_params[ID] = shown_id
    if day is not None:
        st.query_params[DATE] = day.isoformat()
    st.session_state[_seen(page)] = link


def open_link(
    page: str,
    name_of: Callable[[str], str | None],
    widgets: Callable[[str, str], dict[str, str]],
    day_key: str,
) -> None:
    """Preset ``page``'s widgets from a permalink it opens with: ``widgets(id, name)`` gives the
    widget values for the node the link names (its name from ``name_of``), ``day_key`` takes its date."""
    link = linked(page)
    if link is None:
        return
    node_id, day = link
    if name := name_of(node_id):
        st.session_state.update(widgets(node_id, name))
    if day:
        st.session_state[day_key] = day


def _seen(page: str) -> str:
    return f"_link_{page}"


__all__ = ["DATE", "ID", "linked", "open_link", "show_link"]
