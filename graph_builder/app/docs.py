"""The Documents page's source view: find a document's file, cut the part around a notice's events,
and highlight the extracted people, organisations, titles, dates and 文号 with displaCy.

Only a window around the notice is run through the spaCy pipeline and rendered: a gazette holds
tens of thousands of characters, displaCy's span style emits markup per character token, and the
reader checks one notice at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy import displacy
from spacy.language import Language

from graph_builder.extract.nlp import SPANS_KEY

BEFORE = 400  # characters of context shown before a notice's first event (its title and 文号)
AFTER = 200  # and after its last
MAX_WINDOW = 8000  # a larger window is cut: displaCy markup grows with every character
_BREAKS = re.compile(r"[ \t\u3000]*\n\s*")
_NEWLINE = "\ue000"  # a private-use character standing for a line break through displaCy's escaping
SPAN_COLOURS = {
    "PERSON": "#fca5a5",
    "ORG": "#93c5fd",
    "TITLE": "#86efac",
    "DATE": "#fde68a",
    "DOCNO": "#d8b4fe",
}


def resolve_source(path: str, roots: Iterable[Path]) -> Path | None:
    """The file a Document node names: as stored if absolute, else under the first root that has it.

    Builds record paths as given on the command line, usually relative to the project root.
    """
    p = Path(path)
    if p.is_absolute():
        return p if p.is_file() else None
    for root in roots:
        candidate = root / p
        if candidate.is_file():
            return candidate
    return None


def event_window(text: str, spans: Sequence[Sequence[int]], heading: Sequence[str] = ()) -> tuple[int, int]:
    """The character range to show for a notice: whole lines, at most MAX_WINDOW characters.

    It starts at the notice's heading (its title or 文号 as printed, the last occurrence before the
    first event), else BEFORE characters ahead of it, and ends AFTER characters past the last event.
    """
    real = [(a, b) for a, b in spans if 0 <= a < b <= len(text)]
    if not real:
        return 0, min(len(text), MAX_WINDOW)
    first = min(a for a, _ in real)
    start = _heading_start(text, first, heading)
    if start is None:
        start = max(0, first - BEFORE)
    end = min(len(text), max(b for _, b in real) + AFTER)
    start = text.rfind("\n", 0, start) + 1  # back to the start of the line
    line_end = text.find("\n", end)
    end = len(text) if line_end < 0 else line_end
    return start, min(end, start + MAX_WINDOW)


def _heading_start(text: str, first: int, heading: Sequence[str]) -> int | None:
    """Where the notice's heading is printed before ``first``: the earliest of its parts' last matches.

    Gazettes wrap titles and space out 文号 (普府〔2024〕 32 号), so whitespace may fall anywhere.
    """
    found = []
    for part in heading:
        key = "".join(part.split())[:12]
        if len(key) < 4:
            continue
        matches = [m.start() for m in _loose(key).finditer(text, max(0, first - MAX_WINDOW), first)]
        if matches:
            found.append(matches[-1])
    return min(found) if found else None


def _loose(text: str) -> re.Pattern[str]:
    """A pattern for ``text`` with any whitespace allowed between its characters."""
    return re.compile(r"\s*".join(re.escape(ch) for ch in text))


def highlight_html(nlp: Language, text: str) -> str:
    """``text`` run through the renmian pipeline and rendered by displaCy's span style, line breaks kept."""
    doc = nlp(text)
    spans = [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(SPANS_KEY, [])]
    return displacy.render(
        chunked(text, spans),
        style="span",
        manual=True,
        page=False,
        jupyter=False,
        options={"colors": SPAN_COLOURS},
    ).replace(_NEWLINE, "<br>")


def chunked(text: str, spans: Sequence[tuple[int, int, str]]) -> dict:
    """displaCy's manual span input with the text cut only where a span starts or ends, or a line breaks.

    displaCy writes a space after every token outside a span: right for English, but Chinese has
    no spaces, and with one token per character the page would read "任 命 林 哲". Cutting into
    chunks leaves a space only at span boundaries. A run of line breaks outside every span becomes
    one break (rendered as <br>); inside a span (a name wrapped across lines) it is dropped.
    """
    inside = [False] * (len(text) + 1)
    for a, b, _ in spans:
        for i in range(a, b):
            inside[i] = True
    cuts = {0, len(text)} | {a for a, _, _ in spans} | {b for _, b, _ in spans}
    for m in _BREAKS.finditer(text):
        if not any(inside[m.start() : m.end()]):
            cuts |= {m.start(), m.end()}
    bounds = sorted(cuts)
    index = {pos: i for i, pos in enumerate(bounds)}
    tokens = [_token(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return {
        "text": text,
        "tokens": tokens,
        "spans": [{"start_token": index[a], "end_token": index[b], "label": label} for a, b, label in spans],
    }


def _token(chunk: str) -> str:
    if "\n" in chunk and not chunk.strip():
        return _NEWLINE
    return _BREAKS.sub("", chunk)


def span_count(nlp: Language, text: str) -> int:
    """How many spans the pipeline marks in ``text`` (the tests check the highlighting is not empty)."""
    return len(nlp(text).spans.get(SPANS_KEY, []))
