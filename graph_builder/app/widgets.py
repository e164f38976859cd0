"""What several pages draw: tables, date boxes, person pickers and tenures with their sources.

Text from the gazettes is shown as printed but made inert in Markdown (:func:`md`); every label goes
through :func:`~graph_builder.app.i18n.tr`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd
import streamlit as st

from graph_builder.app import charts as app_charts
from graph_builder.app.i18n import term, tr
from graph_builder.app.loaders import load_search
from graph_builder.app.notes_i18n import note
from graph_builder.app.state import Source, open_person
from graph_builder.graph.wording import cite, note_text, stated

EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
_MD_SPECIAL = re.compile(r"[\\`*_\[\]$<>|~:]")  # inline Markdown; no line of ours starts with text
_BREAK = re.compile(r"[ \t]*\n\s*")


def latest_day(overview: Mapping[str, Any]) -> date:
    """The date of the newest event: the default "as of" day, so pages open on what the gazettes say."""
    for item in overview.get("latest", []):
        d = app_charts.day(item.get("date"))
        if d is not None:
            return d
    return date.today()  # an empty graph: the clock is read here, in the view, never in the library


doc_label = cite  # how a source is cited: its 文号, else its notice's title, else the file


def cited(source: Mapping[str, Any]) -> str:
    """The source's label (:func:`doc_label`) as Markdown, a link to where it was published when known."""
    return linked(doc_label(source), source.get("url"))


def also_in(source: Mapping[str, Any], lang: str) -> str:
    """' · also in <copy>, …' for a notice read from other documents too ('' when none)."""
    copies = source.get("copies") or []
    if not copies:
        return ""
    names = ", ".join(linked(Path(c["document"]).name, c.get("url")) for c in copies)
    return f" · {tr('also_in', lang)} {names}"


def linked(label: str, url: str | None) -> str:
    """``label`` made inert in Markdown, and a link to ``url`` if it is a web address."""
    if not url or not url.startswith(("http://", "https://")):
        return md(label)
    return f"[{md(label)}]({quote(url, safe=_URL_SAFE)})"


_URL_SAFE = ":/?#@!$&'*+,;=%~"  # kept as they are in a link; spaces and parentheses are escaped


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


def day_input(where: Any, label: str, value: date, key: str, lang: str) -> date | None:
    """A date box: 2024-05-01, 2024/5/1 or 2024年5月1日, any day from 1900 (``value`` until one is typed).

    A text box, not st.date_input: the browser's date box reads 2022-13-45 as 2022-03-05 and the page
    would answer for that day. An impossible or unreadable date is refused with a message in ``lang``
    next to the box, and None returned: the page answers for no day rather than for another one.
    """
    if key not in st.session_state:  # a default, unless a permalink or goto() has set the box
        st.session_state[key] = value.isoformat()
    text = where.text_input(label, key=key, placeholder=value.isoformat())
    try:
        return read_day(text)
    except ValueError:
        st.error(tr("bad_date", lang).format(value=text.strip()))  # below the row: its boxes stay aligned
        return None


_DAY = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")


def read_day(text: str) -> date:
    """The day ``text`` names (2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日), from 1900 to 2100.

    Raises ValueError for anything else, an impossible day (2022-13-45, 2023-02-29) included.
    """
    m = _DAY.fullmatch(text or "")
    if not m:
        raise ValueError(f"cannot read date {text!r}")
    day = date(*map(int, m.groups()))  # ValueError for a month 13 or a 45th day
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"date {text!r} is outside {EARLIEST.year}–{LATEST.year}")
    return day


def fit_height(rows: int, most: int = 16) -> int:
    """A table height (pixels) that shows ``rows`` rows without scrolling, up to ``most`` of them."""
    return 38 + 35 * min(max(rows, 1), most)


def show_table(df: pd.DataFrame, height: int | str = "auto", widths: Mapping[str, str] | None = None) -> None:
    """A read-only table without the index; ``widths`` maps a column header to small / medium / large."""
    config = {col: st.column_config.TextColumn(width=w) for col, w in (widths or {}).items()}
    st.dataframe(df, hide_index=True, width="stretch", height=height, column_config=config)


def pick_person_ui(people: Mapping[str, str], lang: str, key: str) -> None:
    """A selectbox of people and a button that opens the chosen one on the Person page."""
    if not people:
        return
    col, button = st.columns([3, 1], vertical_alignment="bottom")
    pid = col.selectbox(tr("open_person", lang), list(people), format_func=people.get, key=key)
    button.button(tr("open", lang), key=f"{key}_go", on_click=open_person, args=(pid, people[pid]))


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


def tenures_ui(items: Sequence[Mapping[str, Any]], lang: str, label: str, on_day: bool = False) -> None:
    """Each tenure as a short block: post (or person), dates, status, notes, and its source sentences.

    ``on_day``: the items answer "who held it on a day", so their certainty is shown too.
    """
    for item in items:
        with st.container(border=True):
            badges = _badges(item, lang, on_day)
            st.markdown(f"**{md(item[label])}** &nbsp; {md(_span_text(item, lang))} &nbsp; {badges}")
            if item.get("uncertainty"):
                st.caption(f"⚠ {md(note_text(item['uncertainty'], lang))}")
            if near := neighbours_text(item, lang):
                st.caption(md(near))
            for text in item.get("notes") or []:
                if not stated(text):  # what the line above already says, from the same record
                    st.caption(f"ⓘ {md(note(text, lang))}")
            for s in item.get("sources") or []:
                st.markdown(
                    f"> {md(one_line(s.get('evidence')))}  \n> — {cited(s)} · {s.get('date', '')} · "
                    f"{term(s.get('role'), lang)}{also_in(s, lang)}"
                )


BADGE_COLOURS = {
    "formal": "blue",
    "probation": "green",
    "ended": "gray",
    "nominated": "orange",
    "certainly": "green",
    "possibly": "orange",
    "pending": "gray",
    "attested": "violet",
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
    unknown = tr("unknown", lang)
    if item["status"] == "nominated":
        # the nomination's date as printed (its source), not the first day it may fall on
        proposed = [f["date"] for f in item.get("uncertainty") or [] if f["kind"] == "appointment_proposed"]
        since = (proposed or [item.get("start_earliest")])[0] or unknown
        return f"{since} {term('nomination', lang)}"
    return f"{item.get('start') or unknown} → {app_charts.end_text(item, lang)}"


def neighbours_text(item: Mapping[str, Any], lang: str) -> str:
    """'replaces 朱铮 · replaced by 汤旻' (in the same post), or '' when neither is recorded."""
    parts = []
    if item.get("replaces"):
        parts.append(f"{tr('replaces', lang)} {item['replaces']['person']}")
    if item.get("replaced_by"):
        parts.append(tr("replaced_by", lang).format(person=item["replaced_by"]["person"]))
    return " · ".join(parts)
