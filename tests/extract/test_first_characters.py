"""A pattern tried only at its first characters (clause_words.at_first_characters) must be given
every character a match of it may start with: else it misses matches the full pattern finds."""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

from graph_builder.extract import clause_spans, described_removals

_OPENS = re.compile(r"^\(\?=\[(?P<firsts>(?:[^\]\\]|\\.)*)\]\)\(\?:(?P<pattern>.*)\)$", re.S)


def _firsts(parsed: list) -> tuple[set[str], bool]:
    """The characters a parsed pattern's match may start with, and whether it may be empty."""
    out: set[str] = set()
    for op, av in parsed:
        found, empty = _first_of(op, av)
        out |= found
        if not empty:
            return out, False
    return out, True


def _first_of(op: object, av: object) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:  # type: ignore[union-attr]
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE:
                chars |= {chr(code) for code in range(a[0], a[1] + 1)}
            elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                chars.add("0")  # (any digit: the caller allows digits as a class)
        return chars, False
    if op is C.SUBPATTERN:
        return _firsts(av[3])  # type: ignore[index]
    if op is C.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:  # type: ignore[index]
            found, may_be_empty = _firsts(branch)
            chars, empty = chars | found, empty or may_be_empty
        return chars, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, _, item = av  # type: ignore[misc]
        found, empty = _firsts(item)
        return found, lo == 0 or empty
    return set(), True  # (lookarounds and anchors take no character)


@pytest.mark.parametrize(
    "pattern",
    [described_removals._REMOVED_BARE, clause_spans._CLAUSE_STOP],
    ids=["removed_bare", "clause_stop"],
)
def test_a_pattern_is_tried_at_every_character_it_may_start_with(pattern: re.Pattern[str]) -> None:
    m = _OPENS.match(pattern.pattern)
    assert m, "not a pattern of at_first_characters"
    allowed = set(re.sub(r"\\(.)", r"\1", m["firsts"]).replace("\\d", ""))
    digits = "\\d" in m["firsts"]
    found, _ = _firsts(sre_parse.parse(m["pattern"]))
    missing = {ch for ch in found if ch not in allowed and not (digits and ch.isdigit())}
    assert missing == set()
