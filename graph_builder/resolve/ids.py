"""Deterministic ids: a short hash of the normalised natural key, so a rebuild gives the same ids.

Unknown parts of a key are written as an explicit placeholder, never dropped, so that
("A", unknown, "B") and ("A", "B", unknown) cannot collide.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

UNKNOWN = "<unknown>"
_SEP = "\x1f"  # a control character cannot occur in normalised text
_SPACE = re.compile(r"\s+")
# Bracket variants seen in gazettes all mean the same thing inside a name.
_BRACKETS = str.maketrans(
    {"（": "(", "）": ")", "〔": "[", "〕": "]", "［": "[", "］": "]", "【": "[", "】": "]"}
)
_T2S = OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Every character OpenCC's t2s tables would change: text without one needs no conversion."""
    from importlib import resources

    # A phrase entry only keeps a character-level change from happening, so the characters table
    # alone decides whether a text can change (checked against OpenCC in tests/test_ids.py).
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    chars: set[str] = set()
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if values.split(" ")[0] != key:  # some entries map a character to itself
            chars.add(key)
    return frozenset(chars)


# Small: norm_key, the main caller, keeps its own large cache, so nearly every text reaching here
# is new (at 200k events: 210k misses, no hits); a 200k-entry cache only pinned ~40 MB of strings.
@lru_cache(maxsize=8_192)
def to_simplified(text: str) -> str:
    """The simplified-character form of ``text`` (OpenCC t2s).

    OpenCC's pure-Python matcher costs ~50 µs a string; most gazette text is already simplified,
    so it runs only on text with a character its tables would change.
    """
    trad = _traditional_chars()
    return _T2S.convert(text) if any(c in trad for c in text) else text


@lru_cache(maxsize=200_000)
def norm_key(text: str | None) -> str:
    """The matching key of a name or post: NFKC, no whitespace, one bracket style, simplified script."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _SPACE.sub("", text).translate(_BRACKETS)
    return to_simplified(text)


def _part_key(p: object) -> str:
    if p is None or p == "":
        return UNKNOWN
    text = str(p)
    # Ids and codes are printable ASCII without spaces: NFKC, the bracket map and t2s leave such
    # text as it is, so skip them (tenure ids hash three other ids each).
    if text.isascii() and text.isprintable() and " " not in text:
        return text
    return norm_key(text)


def make_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex digits of sha1 over the normalised parts (None → the placeholder)."""
    return hash_keys(prefix, [_part_key(p) for p in parts])


def hash_keys(prefix: str, keys: list[str]) -> str:
    """``prefix`` + 16 hex digits of sha1 over parts already normalised (:func:`norm_key`)."""
    key = _SEP.join(keys)
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def org_id(name: str) -> str:
    """Id of an organisation from its full (resolved) name."""
    return make_id("org", name)


def post_id(name: str) -> str:
    """Id of a post from its canonical full name (organisation + title)."""
    return make_id("post", name)


def document_id(path: str, notice: str | None, doc_number: str | None, date_iso: str | None) -> str:
    """Id of one notice of a source file."""
    return make_id("doc", path, notice, doc_number, date_iso)


def event_id(
    doc: str,
    doc_number: str | None,
    date_iso: str | None,
    action: str,
    person: str,
    post: str,
    span: tuple[int, int],
    evidence: str,
) -> str:
    """Id of one extracted event: where it was read and what it says."""
    where = f"{span[0]}:{span[1]}" if span != (0, 0) else None
    # An event is identified by exactly what was read where: no script folding (and no OpenCC cost).
    key = _SEP.join(
        UNKNOWN if p is None or p == "" else p
        for p in (doc, doc_number, date_iso, action, person, post, where, evidence)
    )
    return f"ev_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def person_id(jurisdiction: str | None, name: str, anchor: str | None, *, name_key: str | None = None) -> str:
    """Id of a resolved person: jurisdiction, name, and an anchor (first post) only for namesakes.

    ``name_key``: ``norm_key(name)`` when the caller has it already (it saves the normalisation).
    """
    if name_key is None:
        return make_id("per", jurisdiction, name, anchor)
    return hash_keys("per", [_part_key(jurisdiction), name_key if name else UNKNOWN, _part_key(anchor)])


def tenure_id(person: str, post: str, first_event: str) -> str:
    """Id of a tenure: who, which post, and the first event it rests on."""
    return make_id("ten", person, post, first_event)
