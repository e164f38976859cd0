"""Titles: where a post's organisation ends and its title begins, and which posts are principal."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from graph_builder.read.segment import by_first_character


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    text = resources.files("graph_builder.extract").joinpath("data/titles.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """A regex matching a title at the end of a post (deputy prefixes included)."""
    table = _table()
    bases = sorted(set(table["principal"]) | set(table["other"]), key=len, reverse=True)
    prefixes = sorted(table["deputy_prefixes"], key=len, reverse=True)
    return re.compile(f"(?:(?:{'|'.join(prefixes)}))?(?:{'|'.join(bases)})$")


@lru_cache(maxsize=1)
def title_word() -> re.Pattern[str]:
    """A regex finding any title's base word (局长, 委员 …) anywhere in a text.

    Every post ends in a title and every title holds a base word, so a text where this finds
    nothing holds no post, and extraction can pass it by.
    """
    table = _table()
    bases = sorted(set(table["principal"]) | set(table["other"]), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, bases)))


@lru_cache(maxsize=1)
def title_word_finder() -> re.Pattern[str]:
    """``title_word()`` with its words grouped by first character: the same matches (see
    ``by_first_character``), found sooner, as the engine tries one group at a candidate character
    rather than every word."""
    return re.compile(by_first_character(title_word().pattern.split("|")))


@lru_cache(maxsize=1)
def title_word_ends() -> re.Pattern[str]:
    """A regex that finds a text holding a title's base word exactly when ``title_word()`` does,
    sought from the word's last character: 长(?:(?<=局长|处长)|(?<=副局长|…)…)|员(?:…)….

    Its matches are the words' last characters, not the words (ask it only whether there is one, of
    a text cut to the stretch asked about: the words before its start are looked back into). Far
    fewer characters end a title (长, 员, 任 …) than start one (主, 副, 市 …), so the engine, which
    skips ahead to the characters a match may start with, tries a group at fewer of them.
    """
    table = _table()
    bases = set(table["principal"]) | set(table["other"])
    # A word that ends with another (执行董事, 董事) is found whenever that one is: left out.
    shortest = {w for w in bases if not any(w[i:] in bases for i in range(1, len(w)))}
    by_last: dict[str, dict[int, list[str]]] = {}
    for word in sorted(shortest):
        by_last.setdefault(word[-1], {}).setdefault(len(word), []).append(re.escape(word))
    # (a lookbehind holds words of one length: the engine needs its width fixed)
    return re.compile(
        "|".join(
            re.escape(last)
            + "(?:"
            + "|".join(f"(?<={'|'.join(words)})" for _, words in sorted(lengths.items()))
            + ")"
            for last, lengths in sorted(by_last.items())
        )
    )


@lru_cache(maxsize=65536)  # posts repeat across a corpus; the title regex runs once per post text
def split_post(post: str) -> tuple[str, str]:
    """Split a post into (organisation, title); the title is '' when none is recognised."""
    m = title_pattern().search(post)
    if not m:
        return post, ""
    return post[: m.start()], post[m.start() :]


@lru_cache(maxsize=65536)
def ends_with_title(text: str) -> bool:
    """True when ``text`` ends with a known title."""
    return title_pattern().search(text) is not None


def is_principal(title: str) -> bool:
    """A principal title has one holder at a time (主任, 局长 …); deputies (副…) do not."""
    return title in set(_table()["principal"])
