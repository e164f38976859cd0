"""Cypher: a read-only console with the named queries as examples, the result and a CSV download.

The user's own statement goes to ``Renmian.query_page``: the store refuses writes, stops it past the
time limit (``renmian app --timeout``, default 10 s) and the page shows its first 1,000 rows.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from graph_builder.app import state
from graph_builder.app.i18n import tr
from graph_builder.app.loaders import example_queries, load_documents, load_overview, load_search, run_query
from graph_builder.app.state import ROOT, Source, query_timeout
from graph_builder.app.widgets import latest_day, show_table
from graph_builder.store import ReadOnlyError
from graph_builder.store.base import QueryError, QueryTimeout

DEFAULT_EXAMPLE = "career"  # has a parameter, filled from the graph, so the first result is a real person


def render(source: Source, lang: str) -> None:
    """A read-only console: examples, a statement and its parameters, the result and a CSV download."""
    st.header(tr("page_cypher", lang))
    st.caption(tr("cypher_caption", lang))
    examples = example_queries()
    if "cy_text" not in st.session_state:
        _load_example(source, examples, DEFAULT_EXAMPLE)
    st.selectbox(
        tr("example", lang),
        list(examples),
        key="cy_example",
        index=list(examples).index(DEFAULT_EXAMPLE) if DEFAULT_EXAMPLE in examples else 0,
        on_change=lambda: _load_example(source, examples, st.session_state["cy_example"]),
    )
    left, right = st.columns([3, 1])
    cypher = left.text_area(tr("cypher", lang), key="cy_text", height=220)
    params = right.text_area(tr("params", lang), key="cy_params", height=220)
    if st.button(tr("run", lang), type="primary", key="cy_run"):
        st.session_state["cy_result"] = _run_cypher(source, cypher, params, lang)
    result = st.session_state.get("cy_result")
    if result is not None:
        result_ui(result, lang)
    with st.expander(tr("schema", lang)):
        schema = ROOT / "docs" / "schema.md"
        if schema.is_file():
            st.markdown(schema.read_text(encoding="utf-8"))


def _load_example(source: Source, examples: Mapping[str, str], name: str) -> None:
    """Put a named query and parameters that make it run on this graph into the console."""
    text = examples.get(name, "")
    st.session_state["cy_text"] = text
    params = json.dumps(example_params(source, text), ensure_ascii=False, indent=1)
    st.session_state["cy_params"] = params
    st.session_state["cy_result"] = _run_cypher(source, text, params, st.session_state.get("lang", "zh"))


def example_params(source: Source, cypher: str) -> dict[str, Any]:
    """Values for the ``$parameters`` of ``cypher`` taken from the graph itself (its newest event)."""
    ov = load_overview(source)
    first = ov["latest"][0] if ov["latest"] else {}
    posts = load_search(source, first["post"], "post") if first else []
    files = load_documents(source)
    known: dict[str, Any] = {
        "person_id": first.get("person_id", ""),
        "post_id": posts[0]["id"] if posts else "",
        "day": latest_day(ov).isoformat(),
        "limit": 20,
        "q": "区",
        "org": "",
        "doc": files[0]["path"] if files else "",
    }
    return {name: known.get(name, "") for name in dict.fromkeys(re.findall(r"\$(\w+)", _code(cypher)))}


def _code(cypher: str) -> str:
    """Cypher without its // comments (a comment's $name is not a parameter)."""
    return "\n".join(line.split("//", 1)[0] for line in cypher.splitlines())


def _run_cypher(source: Source, cypher: str, params: str, lang: str) -> dict[str, Any]:
    """Run the user's statement; the outcome (rows or a message) for result_ui."""
    try:
        parsed = json.loads(params or "{}")
        if not isinstance(parsed, dict):
            raise ValueError
    except ValueError:
        return {"error": tr("bad_params", lang), "kind": "params"}
    timeout = query_timeout(sys.argv[1:])
    try:
        page = run_query(source, cypher, json.dumps(parsed, ensure_ascii=False, sort_keys=True), timeout)
    except ReadOnlyError as e:
        return {"error": str(e), "kind": "refused"}
    except QueryTimeout as e:  # the store's message names the limit it applied (Neo4j's own without one)
        seconds = m.group(1) if (m := re.search(r"of ([\d.]+) s", str(e))) else f"{timeout or 0:g}"
        return {"error": tr("timed_out_hint", lang).format(seconds=seconds), "kind": "timeout"}
    except QueryError as e:  # a syntax error, an unknown label…: the store's own words, shown
        return {"error": str(e), "kind": e.kind, "detail": e.detail}
    except Exception as e:  # anything else the store raised: shown, not raised
        return {"error": str(e), "kind": "error"}
    return {"rows": page.rows, "total": page.total, "more": page.more}


def result_ui(result: Mapping[str, Any], lang: str) -> None:
    """A query's rows with a CSV download, or why it failed."""
    if "error" in result:
        kinds = {
            "refused": "refused",
            "params": "bad_params",
            "timeout": "timed_out",
            "syntax": "query_syntax",
            "semantic": "query_semantic",
        }
        st.error(f"**{tr(kinds.get(result['kind'], 'query_error'), lang)}** — {result['error']}")
        if result.get("detail"):  # the store's excerpt of the statement, a caret under the fault
            st.code(result["detail"], language=None)
        return
    df = pd.DataFrame([{k: _json_cell(v) for k, v in row.items()} for row in result["rows"]])
    if result.get("more"):
        shown = f"{len(df):,}"
        note = (
            tr("rows_shown", lang).format(shown=shown, total=f"{result['total']:,}")
            if result.get("total") is not None
            else tr("rows_more", lang).format(shown=shown)
        )
        st.warning(f"{note}{'。' if lang == 'zh' else '. '}{tr('rows_hint', lang)}")
    else:
        st.caption(f"{len(df)} {tr('rows', lang)}")
    show_table(df)
    st.download_button(
        tr("download_csv", lang),
        df.to_csv(index=False).encode("utf-8-sig"),
        file_name="renmian-query.csv",
        mime="text/csv",
        on_click="ignore",
        key="cy_csv",
    )


def _json_cell(value: Any) -> Any:
    """Lists and maps as JSON text, so every column of the table has one type."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


if __name__ == "__main__":  # run as a page by st.navigation (app.py)
    render(*state.current())
