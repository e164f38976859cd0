"""How an answer states what the record leaves uncertain, in Chinese and English.

A tenure item's ``uncertainty`` is a list of plain facts (``kind`` plus the date and document that
make it so); :func:`note_text` writes them in either language, so the CLI, the API's ``note`` and
the app say the same thing. The templates are also the app's labels (``i18n.LABELS``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

# kind → (Chinese, English); {date} and {doc} cite the document, {start}/{person} as the kind says
NOTE_LABELS: dict[str, tuple[str, str]] = {
    "note_removal_proposed": (
        "{date}（{doc}）提请免职，未见决定",
        "removal proposed {date} ({doc}), no decision seen",
    ),
    "note_appointment_proposed": (
        "{date}（{doc}）提请任命，未见决定",
        "appointment proposed {date} ({doc}), no decision seen",
    ),
    "note_start_inferred": (
        "起始 {start} 为推断：{date}（{doc}）转正前约一年（试用期一年）",
        "start {start} inferred: about a year before confirmation {date} ({doc})",
    ),
    "note_start_unknown": (
        "起始未见记录（最早见于 {date}，{doc}）",
        "start not recorded (first seen {date}, {doc})",
    ),
    "note_end_inferred": (
        "终止为推断：不晚于 {date}（{person} 继任）",
        "end inferred: no later than {date}, when {person} took the post",
    ),
}
_SEP = {"zh": "；", "en": "; "}
# The tenure notes (resolve/timeline.py) that :func:`uncertainty` states again as facts
_STATED_NOTES = (
    "nominated ",
    "removal proposed ",
    "start not recorded",
    "start inferred from confirmation ",
    "ended no later than ",
)


def cite(source: Mapping[str, Any]) -> str:
    """How a source is cited: its 文号, else its notice's title (bulletins have none), else the file."""
    return source.get("doc_number") or source.get("notice") or Path(source.get("document") or "").name


def uncertainty(item: Mapping[str, Any]) -> list[dict]:
    """What the record leaves open about one tenure item (its bounds, status, pending and sources)."""
    sources = item.get("sources") or []

    def by(role: str, last: bool = True) -> Mapping[str, Any]:
        found = [s for s in sources if s.get("role") == role]
        return (found[-1] if last else found[0]) if found else {}

    def fact(kind: str, source: Mapping[str, Any], **more: Any) -> dict:
        return {"kind": kind, "date": source.get("date") or "?", "doc": cite(source) or "?", **more}

    out = []
    if item.get("status") == "nominated":
        out.append(fact("appointment_proposed", by("nomination")))
    elif item.get("start_inferred"):
        out.append(fact("start_inferred", by("confirm", last=False), start=item.get("start") or "?"))
    elif not item.get("start"):
        out.append(fact("start_unknown", sources[0] if sources else {}))
    if item.get("pending") == "remove" and not item.get("end"):
        out.append(fact("removal_proposed", by("proposed removal")))
    if item.get("end_inferred"):
        successor = by("successor (inferred end)")
        out.append(
            fact("end_inferred", successor, person=successor.get("person") or "?")
            | {"date": item.get("end_latest") or "?"}
        )
    return out


def note_text(facts: Sequence[Mapping[str, Any]], lang: str = "en") -> str:
    """The facts of :func:`uncertainty` as one line in ``lang`` ('zh' or 'en')."""
    at = 0 if lang == "zh" else 1
    return _SEP.get(lang, "; ").join(NOTE_LABELS[f"note_{f['kind']}"][at].format(**f) for f in facts)


def stated(note: str) -> bool:
    """Whether a tenure's note says what its ``uncertainty`` facts already say (shown once, not twice)."""
    return note.startswith(_STATED_NOTES)
