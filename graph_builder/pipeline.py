"""Source text in, events out: the extraction stages put together (no I/O but ``extract_paths``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import cache, partial
from pathlib import Path
from typing import TypeVar

from graph_builder.extract.anaphora import complete_back_references
from graph_builder.extract.attestations import attestations_in_text
from graph_builder.extract.clauses import events_in_block, may_hold_a_post
from graph_builder.extract.event_dates import nearest_first, page_dates
from graph_builder.extract.name_boundaries import names_settled_by_the_text
from graph_builder.extract.repeats import merge_repeats, without_adopted_proposals
from graph_builder.read.chrome import related_articles_at
from graph_builder.read.normalise import Compact, compact_if
from graph_builder.read.page_numbers import page_number
from graph_builder.read.segment import (
    Block,
    blocks,
    find_windows,
    jurisdiction_government,
    printed_plainly,
)
from graph_builder.read.sources import SourceError, discover_each, read_source
from graph_builder.types import Attestation, DocumentResult, Event, FuzzyDate, Notice


def extract_text(doc: str, text: str) -> DocumentResult:
    """Every personnel event in one document's text, with notices and provenance."""
    # (任 命 张 三 为 …, \r\n, &nbsp;: read as a plain page, told in the text as printed)
    plain, back = printed_plainly(text)
    if plain is text:
        return _extract(doc, text)
    return _told_in(_extract(doc, plain), text, back or _same)


def _same(offset: int) -> int:
    return offset


def _told_in(result: DocumentResult, text: str, back: Callable[[int], int]) -> DocumentResult:
    """A result read from a text without some of ``text``'s characters, its spans given in ``text``
    (``back`` maps an offset of the one to the other)."""
    notices = tuple(
        replace(n, start=(a := _span_in(back, n.start, n.end))[0], end=a[1]) for n in result.notices
    )
    return replace(result, notices=notices, events=tuple(_told(e, text, back) for e in result.events))


_Found = TypeVar("_Found", Event, Attestation)


def _told(found: _Found, text: str, back: Callable[[int], int]) -> _Found:
    """An event or attestation read without some of ``text``'s characters, told in ``text``."""
    a, b = _span_in(back, *found.span)
    return replace(found, span=(a, b), evidence=text[a:b])


def _span_in(back: Callable[[int], int], start: int, end: int) -> tuple[int, int]:
    """The span [start, end) of a text without some characters, in the text with them."""
    return (back(start), back(end - 1) + 1) if end > start else (back(start), back(start))


def _extract(doc: str, text: str) -> DocumentResult:
    """:func:`extract_text` of a page printed plainly."""
    windows = find_windows(text)
    if not windows:
        return DocumentResult(doc, (), ())
    # Headlines of other articles listed under a page are not its events, nor its notices: the
    # windows end where that list begins (so no item above runs on into its heading).
    cut = related_articles_at(text)
    windows = [(lo, min(hi, cut)) for lo, hi in windows if lo < cut]
    government = cache(partial(jurisdiction_government, text))
    dated_lines = cache(partial(page_dates, text))
    notices: list[Notice] = []
    events: list[Event] = []
    for lo, hi in windows:
        # (asked of the key's lines before their breaks are settled: a window of prose is let go then)
        c = compact_if(text, lo, hi, may_hold_a_post)
        if c is None or not may_hold_a_post(c.key):
            continue  # no title word, no post: the window holds no event (and so no notice)
        around = cache(partial(_dates_around, dated_lines, lo, hi))
        for block in blocks(c):
            # A bulletin section names no issuer: the gazette's government issued it (its events
            # are made with it, rather than each replaced after).
            found = events_in_block(c, block, doc, government, around)
            if found and block.issuer is None:
                block = replace(block, issuer=government())
            if found:
                notices.append(_notice(c, block))
                events.extend(found)
    if not events:
        return DocumentResult(doc, (), ())
    kept = names_settled_by_the_text(text, list(_unique(events)))
    events = without_adopted_proposals(merge_repeats(complete_back_references(text, kept)))
    return _numbered(DocumentResult(doc, tuple(notices), tuple(events)), text)


def _numbered(result: DocumentResult, text: str) -> DocumentResult:
    """Events and notices without a 文号 of their own given the one the page's header gives it."""
    if all(e.doc_number for e in result.events) or (number := page_number(text)) is None:
        return result
    events = tuple(e if e.doc_number else replace(e, doc_number=number) for e in result.events)
    notices = tuple(n if n.doc_number else replace(n, doc_number=number) for n in result.notices)
    return replace(result, events=events, notices=notices)


def _dates_around(
    dated_lines: Callable[[], list[tuple[int, FuzzyDate]]], lo: int, hi: int
) -> list[FuzzyDate]:
    """The page's date lines outside the window [lo, hi), nearest first."""
    return nearest_first(dated_lines(), lo, hi)


def extract_paths(
    paths: Iterable[str | Path], jobs: int = 1, attestations: bool = False
) -> Iterator[DocumentResult | SourceError]:
    """Read and extract each source, in order; a file that cannot be read is yielded as its error.

    ``jobs`` > 1 reads and extracts that many files at once in worker processes (0: one per core).
    ``attestations`` also reads who held what from lists, signatures and dated text (a second pass
    over the whole text, so only when asked: the build asks, ``renmian extract`` by default not).
    """
    files = discover_each(paths)
    jobs = jobs or os.cpu_count() or 1
    work = partial(read_and_extract, attestations=attestations) if attestations else read_and_extract
    if jobs == 1 or len(files) < 2:
        yield from map(work, files)
        return
    with ProcessPoolExecutor(min(jobs, len(files))) as pool:
        yield from pool.map(work, files, chunksize=4)


def read_and_extract(item: Path | SourceError, attestations: bool = False) -> DocumentResult | SourceError:
    """One file's events (and, if asked, attestations), or the reason it cannot be read."""
    if isinstance(item, SourceError):
        return item
    try:
        source = read_source(item)
    except SourceError as exc:
        return exc
    try:
        result = extract_text(source.path, source.text)
        if attestations:
            result = replace(result, attestations=attestations_of(source.path, source.text))
    except Exception as exc:  # noqa: BLE001 (a fault of the reader on one text must not lose the batch's others)
        return SourceError(
            source.path, f"extraction failed ({type(exc).__name__}: {exc}); please report this file"
        )
    return result


def attestations_of(doc: str, text: str) -> tuple[Attestation, ...]:
    """Every attestation in one document's text (a letter-spaced page read as ``extract_text``
    reads it)."""
    plain, back = printed_plainly(text)
    if plain is text:
        return tuple(attestations_in_text(doc, text))
    return tuple(_told(a, text, back or _same) for a in attestations_in_text(doc, plain))


def _notice(c: Compact, block: Block) -> Notice:
    start, end = c.source_span(block.start, block.end)
    date = block.dates[-1][1] if block.dates else block.period
    return Notice(block.title, block.doc_number, block.issuer, date, start, end)


def _unique(events: list[Event]) -> Iterator[Event]:
    """Overlapping windows may read a clause twice: keep one event per (span, person, post, action)."""
    seen: set[tuple] = set()
    for e in events:
        k = (e.span, e.person, e.post, e.action)
        if k not in seen:
            seen.add(k)
            yield e
