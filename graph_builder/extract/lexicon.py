"""The verb lexicon of personnel decisions, read from ``data/verbs.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from graph_builder.types import Kind


@dataclass(frozen=True)
class Lexicon:
    """Verbs by where they stand in a clause, and the headings of 任免 tables."""

    verb_first: dict[str, Kind]
    subject_first: dict[str, Kind]
    table_headers: dict[str, Kind]

    def pattern(self, section: str) -> str:
        """A regex alternation of a section's words, longest first (按期正式任 before 任)."""
        words = sorted(getattr(self, section), key=len, reverse=True)
        return "|".join(map(re.escape, words))

    def first_characters(self, section: str) -> str:
        """The characters a section's words start with, each once."""
        return "".join(sorted({word[0] for word in getattr(self, section)}))


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped with the package."""
    text = resources.files("graph_builder.extract").joinpath("data/verbs.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return Lexicon(**{section: {w: Kind(k) for w, k in data[section].items()} for section in data})
