"""The extraction stages as a spaCy pipeline on ``spacy.blank("zh")``, for displaCy and spaCy users.

The component runs the same rules as :func:`graph_builder.pipeline.extract_text` over
``doc.text`` and sets ``doc.spans["renmian"]`` (PERSON, ORG, TITLE, DATE, DOCNO) and
``doc._.events`` / ``doc._.notices``. The CLI calls the rules directly: building a spaCy Doc
for a whole gazette costs more than reading it, and the events are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from graph_builder.pipeline import extract_text
from graph_builder.types import Event, Notice

SPANS_KEY = "renmian"
COMPONENT = "renmian_events"
_N = "[\\d〇○零一二三四五六七八九十]"
_LOOSE_DATE = re.compile(rf"{_N}{{4}}\s*年\s*{_N}{{1,3}}\s*月(?:\s*{_N}{{1,3}}\s*日)?")

for _name in ("events", "notices"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=())


@Language.component(COMPONENT)
def annotate(doc: Doc) -> Doc:
    """Find the events of ``doc.text`` and mark who, where, which title, when and which 文号."""
    text = doc.text  # spaCy joins the tokens anew on every access: read it once
    result = extract_text(doc.user_data.get("source", "<text>"), text)
    doc._.events = result.events
    doc._.notices = result.notices
    found = [*_event_spans(doc, text, result.events), *_notice_spans(doc, text, result.notices)]
    doc.spans[SPANS_KEY] = _unique_spans(found)
    return doc


def make_nlp() -> Language:
    """A blank Chinese pipeline (character tokens) with the renmian component."""
    nlp = spacy.blank("zh")
    nlp.add_pipe(COMPONENT)
    return nlp


def _loose(text: str) -> re.Pattern[str]:
    """A pattern for ``text`` as printed in the source: whitespace allowed between characters."""
    return re.compile(r"\s*".join(re.escape(ch) for ch in text))


def _find(doc: Doc, source: str, text: str, start: int, end: int, label: str) -> Span | None:
    if not text:
        return None
    m = _loose(text).search(source, start, end)
    if not m:
        return None
    return doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")


def _event_spans(doc: Doc, source: str, events: tuple[Event, ...]) -> Iterator[Span]:
    for e in events:
        a, b = e.span
        for text, label in ((e.person, "PERSON"), (e.org, "ORG"), (e.title, "TITLE")):
            span = _find(doc, source, text, a, b, label)
            if span is not None:
                yield span


def _notice_spans(doc: Doc, source: str, notices: tuple[Notice, ...]) -> Iterator[Span]:
    for n in notices:
        if n.doc_number:
            span = _find(doc, source, n.doc_number, n.start, n.end, "DOCNO")
            if span is not None:
                yield span
        for m in _LOOSE_DATE.finditer(source, n.start, n.end):
            span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")
            if span is not None:
                yield span


def _unique_spans(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for s in sorted(spans, key=lambda s: (s.start_char, s.end_char)):
        k = (s.start_char, s.end_char, s.label_)
        if k not in seen:
            seen.add(k)
            out.append(s)
    return out
