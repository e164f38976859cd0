"""Where a source file was published: its URL and title, so that answers can link to the original.

Two places say so, the first that does wins:

- a manifest ``sources.jsonl`` in the file's directory, one line per file:
  ``{"file": "gazette-2024-05.txt", "url": "https://…", "title": "…"}`` (``file``: a name or a path
  relative to the manifest's directory);
- an HTML page itself: ``<link rel="canonical">`` or ``<meta property="og:url">``, and its ``<title>``
  (or ``og:title``).

Reading a link never stops a build: a file with neither has none, and a bad manifest line is a
:class:`~graph_builder.read.sources.SourceError` naming the manifest and the line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from graph_builder.read.sources import SourceError, declared_charset, decode_bytes, source_kind

MANIFEST = "sources.jsonl"
_HEAD_BYTES = 65_536  # the <head> of a page: where the canonical URL and the title are
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceLink:
    """Where a file was published (None when unknown)."""

    url: str | None = None
    title: str | None = None


class Manifests:
    """The ``sources.jsonl`` of each directory, read once per build."""

    def __init__(self) -> None:
        self.read: dict[Path, dict[str, SourceLink]] = {}

    def link(self, path: Path) -> SourceLink | None:
        """The manifest's line for ``path``, if a manifest beside it names it."""
        folder = path.parent.resolve()
        if folder not in self.read:
            self.read[folder] = {}  # a bad manifest is reported once, then read as empty
            self.read[folder] = _read_manifest(folder / MANIFEST)
        return self.read[folder].get(path.name) or self.read[folder].get(str(path.resolve()))


def source_link(path: str | Path, manifests: Manifests | None = None) -> SourceLink:
    """Where ``path`` was published: from the manifest beside it, else from the HTML page, else unknown."""
    path = Path(path)
    found = (manifests or Manifests()).link(path)
    if found is not None:
        return found
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError:
        return SourceLink()
    return html_link(head) if source_kind(path, head) == "html" else SourceLink()


def html_link(data: bytes) -> SourceLink:
    """The canonical URL and the title a page's ``<head>`` declares."""
    end = _HEAD_END.search(data)
    decoded = decode_bytes(data[: end.end()] if end else data, declared_charset(data))
    if decoded is None:
        return SourceLink()
    soup = BeautifulSoup(decoded[0], "lxml")
    url = _attr(soup, "link", "href", rel="canonical") or _attr(soup, "meta", "content", property="og:url")
    title = _attr(soup, "meta", "content", property="og:title")
    if not title and soup.title:
        title = " ".join(soup.title.get_text(" ", strip=True).split())
    return SourceLink(url if url and url.startswith(("http://", "https://")) else None, title or None)


def _attr(soup: BeautifulSoup, tag: str, attribute: str, **match: str) -> str | None:
    found = soup.find(tag, attrs=match)
    value = found.get(attribute) if found else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _read_manifest(path: Path) -> dict[str, SourceLink]:
    """A manifest's links by file name (and by absolute path); none when there is no manifest."""
    if not path.is_file():
        return {}
    out: dict[str, SourceLink] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            file, url, title = row["file"], row.get("url"), row.get("title")
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
            raise SourceError(
                path, f'line {n}: expected {{"file": …, "url": …, "title": …}}, got {line!r}'
            ) from None
        target = (path.parent / str(file)).resolve()
        link = SourceLink(str(url) if url else None, str(title) if title else None)
        out[str(target)] = link
        if target.parent == path.parent.resolve():
            out.setdefault(target.name, link)
    return out
