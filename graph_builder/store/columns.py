"""Result columns named as the user wrote them.

LadybugDB names an unaliased RETURN item by its own rewriting of it (``count(p)`` comes back as
``COUNT(p._ID)``, ``count(*)`` as ``COUNT_STAR()``); Neo4j names it by the item's text as written. The
items are read here from the statement itself, so a user's columns are the same on both stores.
"""

from __future__ import annotations

import re

# string literals, quoted names and comments: blanked (same length) before the clauses are looked for
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_WORD = re.compile(r"(?<![.$\w])(RETURN|UNION|ORDER\s+BY|SKIP|LIMIT)\b", re.I)  # not n.limit, $limit
_DISTINCT = re.compile(r"\s*DISTINCT\b", re.I)
_ALIAS = re.compile(r"\s+AS\s+(\S+)\s*$", re.I)


def written_names(cypher: str, names: list[str]) -> list[str]:
    """The store's column ``names``, each unaliased one replaced by its RETURN item's text.

    Left as the store gave them when the items cannot be matched one to one (``RETURN *``, say).
    """
    items = return_items(cypher)
    if items is None or len(items) != len(names) or "*" in items:
        return names
    return [name if _ALIAS.search(item) else item for name, item in zip(names, items, strict=True)]


def return_items(cypher: str) -> list[str] | None:
    """The items of the statement's last top-level RETURN (of its first part, before any UNION), as
    written; None when there is none."""
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), cypher)
    code = _QUOTED.sub(lambda m: " " * len(m.group()) if m.group()[0] == "/" else m.group(), cypher)
    depth = _depths(masked)
    words = [m for m in _WORD.finditer(masked) if depth[m.start()] == 0]
    union = next((m.start() for m in words if m.group(1).upper() == "UNION"), len(cypher))
    returns = [m for m in words if m.group(1).upper() == "RETURN" and m.start() < union]
    if not returns:
        return None
    start = returns[-1].end()
    end = next((m.start() for m in words if start <= m.start() and m.group(1).upper() != "RETURN"), union)
    end = min(end, union)
    if (semi := masked.find(";", start, end)) >= 0:
        end = semi
    if d := _DISTINCT.match(masked, start):
        start = d.end()
    items, begin = [], start
    for i in range(start, end):
        if masked[i] == "," and depth[i] == 0:
            items.append(_one_line(code[begin:i]))
            begin = i + 1
    items.append(_one_line(code[begin:end]))
    return items


def _one_line(text: str) -> str:
    """An item's text as written, its line breaks (a long item wrapped) made single spaces."""
    return re.sub(r"\s*\n\s*", " ", text.strip())


def _depths(masked: str) -> list[int]:
    """The bracket depth at each character of ``masked`` (its strings and comments blanked)."""
    out, depth = [], 0
    for ch in masked:
        if ch in ")]}":
            depth = max(depth - 1, 0)
        out.append(depth)
        if ch in "([{":
            depth += 1
    return out
