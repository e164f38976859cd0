"""Plotly figures for the app: tenure timelines (careers, successions) and the overview chart.

A tenure's dates are often not exact: a start inferred from a confirmation (试用期一年 before it), a
quarter-long period from a bulletin, an end only proposed. :func:`tenure_segments` cuts each tenure
into the part the documents confirm and the parts that are uncertain, so the chart can draw them
differently and say why on hover.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go

from graph_builder.app.i18n import term, tr
from graph_builder.app.notes_i18n import note
from graph_builder.graph.wording import note_text

STATUS_COLOURS = {
    "formal": "#2563eb",
    "probation": "#16a34a",
    "ended": "#6b7280",
    "nominated": "#d97706",
    "attested": "#0891b2",
}
ATTESTATION_COLOUR = "#0e7490"  # the markers of attested days on a timeline
# How each part of a tenure is drawn: (bar pattern, opacity). Certain spans are solid.
PART_STYLE = {
    "certain": ("", 1.0),
    "open": ("", 0.75),
    "uncertain start": ("/", 0.45),
    "uncertain end": ("/", 0.45),
    "unknown start": (".", 0.3),
    "pending": ("x", 0.55),
    # a bound the record does not give but the rules infer (试用期一年, a successor's start)
    "inferred start": ("-", 0.3),
    "inferred end": ("-", 0.3),
    "removal proposed": ("x", 0.4),  # 提请免去 with no decision seen: not drawn as still in post
}
MIN_DAYS = 10  # a segment narrower than this is widened so a one-day tenure stays visible
UNKNOWN_LEAD = 365  # how far left of the first known date an unknown start is drawn from


def day(iso: str | None) -> date | None:
    """A date from the first ten characters of an ISO string; None for anything else."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _known_dates(items: Iterable[Mapping[str, Any]]) -> list[date]:
    keys = ("start_earliest", "start_latest", "end_earliest", "end_latest")
    return [d for i in items for k in keys if (d := day(i.get(k))) is not None]


def tenure_segments(items: Sequence[Mapping[str, Any]], as_of: date, label: str = "post") -> list[dict]:
    """Cut each tenure into drawable segments.

    Args:
        items: answer items of ``Renmian.career`` / ``succession`` (start/end bounds, status, notes).
        as_of: where still-open tenures and pending nominations end on the chart.
        label: the item field the rows are named by ("post" for a career, "person" for a succession).

    Returns:
        One dict per segment: ``row``, ``start``, ``end`` (dates), ``status``, ``part`` (a key of
        PART_STYLE), ``why`` (the notes behind an uncertain part) and ``item`` (the tenure's index).
    """
    known = _known_dates(items) + [as_of]
    left_edge = min(known) - timedelta(days=UNKNOWN_LEAD)
    segments: list[dict] = []
    for index, item in enumerate(items):
        segments += _segments_of(index, item, as_of, left_edge, label)
    return segments


def _segments_of(index: int, item: Mapping[str, Any], as_of: date, left_edge: date, label: str) -> list[dict]:
    """The segments of one tenure (see tenure_segments)."""
    se, sl = day(item.get("start_earliest")), day(item.get("start_latest"))
    ee, el = day(item.get("end_earliest")), day(item.get("end_latest"))
    notes = "; ".join(item.get("notes") or [])
    base = {"row": item.get(label) or "", "status": item.get("status") or "", "item": index}

    def seg(start: date, end: date, part: str, why: str = "") -> dict:
        end = max(end, start + timedelta(days=MIN_DAYS))
        return {**base, "start": start, "end": end, "part": part, "why": why}

    if item.get("status") == "nominated":
        # a proposal: nothing certain, drawn from the nomination to the chart's edge
        return [seg(se or sl or as_of, as_of, "pending", notes)]
    out = []
    sure_from = sl or se
    first_seen = day(item.get("sure_from"))
    if se is None:
        out.append(seg(left_edge, sure_from or ee or el or as_of, "unknown start", notes))
    elif item.get("start_inferred") and first_seen is not None:
        # inferred back from a confirmation: only the confirmation itself shows the person in post
        out.append(seg(se, max(first_seen, se), "inferred start", notes))
        sure_from = max(first_seen, se)
    elif sl is not None and sl > se:
        out.append(seg(se, sl, "uncertain start", notes))
    sure_from = sure_from or left_edge
    end_lo, end_hi = ee or el, el or ee
    if end_lo is None and item.get("pending") == "remove":
        proposed = max(day(item.get("sure_until")) or sure_from, sure_from)
        out.append(seg(sure_from, proposed, "certain"))
        out.append(seg(proposed, max(as_of, proposed), "removal proposed", notes))
        return out
    if end_lo is None:
        out.append(seg(sure_from, max(as_of, sure_from), "open"))
        return out
    out.append(seg(sure_from, max(end_lo, sure_from), "certain"))
    if (end_hi is not None and end_hi > end_lo) or item.get("end_inferred"):
        part = "inferred end" if item.get("end_inferred") else "uncertain end"
        out.append(seg(end_lo, max(end_hi or end_lo, end_lo), part, notes))
    return out


def end_text(item: Mapping[str, Any], lang: str) -> str:
    """A tenure's end as printed; with none, a removal proposed (never 至今), 至今 or 不详."""
    if item.get("end"):
        return item["end"]
    proposed = [f for f in item.get("uncertainty") or [] if f["kind"] == "removal_proposed"]
    if proposed:
        return note_text(proposed, lang)
    return tr("still_in_post", lang) if item.get("status") != "ended" else tr("unknown", lang)


def _hover(item: Mapping[str, Any], segment: Mapping[str, Any], lang: str) -> str:
    """The hover text of one segment: who, where, when as printed, and why a boundary is uncertain."""
    unknown = tr("unknown", lang)
    sources = item.get("sources") or []
    lines = [
        f"<b>{item.get('person', '')}</b> · {item.get('post', '')}",
        f"{tr('col_start', lang)}: {item.get('start') or unknown} → "
        f"{tr('col_end', lang)}: {end_text(item, lang)}",
        f"{tr('col_status', lang)}: {term(item.get('status'), lang)} · {term(segment['part'], lang)}",
    ]
    if segment.get("why"):  # the notes behind it, each in the reader's language
        why = "；".join(note(n, lang) for n in item.get("notes") or []) if lang == "zh" else segment["why"]
        lines.append(f"{tr('col_why', lang)}: {why}")
    for s in sources[:3]:
        lines.append(
            f"{s.get('doc_number') or s.get('document', '')} {s.get('date', '')}: {s.get('evidence', '')}"
        )
    return "<br>".join(_wrap(line) for line in lines)


def _wrap(text: str, width: int = 48) -> str:
    """Break a long hover line (Chinese has no spaces for the browser to break at)."""
    return "<br>".join(text[i : i + width] for i in range(0, len(text), width)) or text


def timeline_figure(
    items: Sequence[Mapping[str, Any]], as_of: date, lang: str, label: str = "post", mark: date | None = None
) -> go.Figure:
    """A Gantt chart of tenures: colour by status, pattern and opacity by how certain each part is.

    ``mark`` draws a vertical line (the date asked about on the Post page).
    """
    segments = tenure_segments(items, as_of, label)
    fig = go.Figure()
    groups: dict[tuple[str, str], list[dict]] = {}
    for s in segments:
        groups.setdefault((s["status"], s["part"]), []).append(s)
    order = _row_order(segments)
    for (status, part), segs in groups.items():
        pattern, opacity = PART_STYLE.get(part, ("", 1.0))
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=[s["row"] for s in segs],
                base=[s["start"].isoformat() for s in segs],
                x=[_ms(s["end"] - s["start"]) for s in segs],
                name=f"{term(status, lang)} · {term(part, lang)}",
                marker={
                    "color": STATUS_COLOURS.get(status, "#9333ea"),
                    "opacity": opacity,
                    "pattern": {"shape": pattern, "solidity": 0.35},
                    "line": {"width": 0},
                },
                hovertext=[_hover(items[s["item"]], s, lang) for s in segs],
                hoverinfo="text",
            )
        )
    points = attestation_points(items, label)
    if points:
        fig.add_trace(
            go.Scatter(
                x=[p["date"].isoformat() for p in points],
                y=[p["row"] for p in points],
                mode="markers",
                name=term("attestation", lang),
                marker={"symbol": "diamond", "size": 11, "color": ATTESTATION_COLOUR, "line": {"width": 1}},
                hovertext=[_wrap(note(p["cite"], lang)) for p in points],
                hoverinfo="text",
            )
        )
    if mark is not None:
        fig.add_vline(x=mark.isoformat(), line_dash="dash", line_color="#dc2626")
    fig.update_layout(
        barmode="overlay",
        height=120 + 44 * max(1, len(order)),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"type": "date", "tickformat": "%Y-%m-%d"},
        yaxis={"categoryorder": "array", "categoryarray": list(reversed(order)), "automargin": True},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        hoverlabel={"align": "left"},
    )
    return fig


def attestation_points(items: Sequence[Mapping[str, Any]], label: str = "post") -> list[dict]:
    """The attested days of the tenures as points: ``row``, ``date`` and the ``cite`` line of each."""
    out = []
    for item in items:
        for p in item.get("attested") or ():
            if (d := day(p.get("date"))) is not None:
                out.append({"row": item.get(label) or "", "date": d, "cite": p.get("cite") or ""})
    return out


def _row_order(segments: Sequence[Mapping[str, Any]]) -> list[str]:
    """Rows from the earliest start down, each once."""
    first: dict[str, date] = {}
    for s in segments:
        first[s["row"]] = min(first.get(s["row"], s["start"]), s["start"])
    return sorted(first, key=lambda r: (first[r], r))


def _ms(delta: timedelta) -> float:
    """A bar length on a date axis, in milliseconds (plotly's unit for date durations)."""
    return delta.total_seconds() * 1000


def overview_figure(by_issuer_year: Sequence[Mapping[str, Any]], lang: str) -> go.Figure:
    """Events by issuer and year as grouped bars."""
    fig = go.Figure()
    issuers = sorted({r["issuer"] for r in by_issuer_year})
    for issuer in issuers:
        rows = [r for r in by_issuer_year if r["issuer"] == issuer]
        fig.add_trace(
            go.Bar(
                x=[term(r["year"], lang) for r in rows],  # a year or "unknown"
                y=[r["events"] for r in rows],
                name=term(issuer, lang),
                text=[r["events"] for r in rows],
                textposition="outside",
            )
        )
    fig.update_layout(
        barmode="group",
        height=320,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"type": "category", "title": tr("col_year", lang), "categoryorder": "category ascending"},
        yaxis={"title": tr("events", lang)},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
    return fig
