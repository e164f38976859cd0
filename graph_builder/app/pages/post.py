"""Post: who held a post on a date (certainly / possibly) and its succession as a timeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import streamlit as st

from graph_builder.app import charts as app_charts
from graph_builder.app import permalink, state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import (
    load_name,
    load_overview,
    load_search,
    load_succession,
    load_who_held,
)
from graph_builder.app.state import Source
from graph_builder.app.widgets import day_input, latest_day, tenures_ui


def render(source: Source, lang: str) -> None:
    """Who held a post on a date (certainly / possibly) and its succession as a timeline."""
    ov = load_overview(source)
    st.header(tr("page_post", lang))
    example = ov["latest"][0]["post"] if ov["latest"] else "宜川路街道办事处主任"
    permalink.open_link(
        "post",
        lambda post_id: load_name(source, "post", post_id),
        lambda _post_id, name: {"post_q": name, "post_pick": name},
        "post_day",
    )
    text = st.text_input(
        tr("post_search", lang),
        key="post_q",
        placeholder=example,
        persist_state="session",
        bind="query-params",
    )
    if not text.strip():
        st.info(f"{tr('post_hint', lang)} **{example}**")
        permalink.show_link("post", None)
        return
    ids = {h["name"]: h["id"] for h in load_search(source, text.strip(), "post")}
    posts = list(ids)
    if not posts:
        st.warning(f"{tr('no_match', lang)} “{text}”")
        permalink.show_link("post", None)
        return
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    if st.session_state.get("post_pick") not in posts:
        st.session_state.pop("post_pick", None)  # a choice left from another search
    post = left.selectbox(tr("post_pick", lang), posts, key="post_pick")
    day = day_input(right, tr("on_date", lang), latest_day(ov), key="post_day", lang=lang)
    if day is None:
        return
    permalink.show_link("post", ids[post], day)
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


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
