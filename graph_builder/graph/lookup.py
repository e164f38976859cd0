"""What the user typed names several things, or nothing: the errors that say which, and what to try.

Raised by :class:`~graph_builder.graph.api.Renmian` (people, posts) and by the roster (organisations);
the CLI lists the candidates and exits 2, the app offers them as a choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Ambiguous(LookupError):
    """What the user typed matches several people, posts or organisations: ``candidates`` lists them.

    Each candidate has ``id`` and ``name`` (a person also ``posts``, a post its ``org``); asking again
    with a candidate's id (or its full name) answers for that one. ``total`` counts every match; at
    most CANDIDATES of them are listed.
    """

    def __init__(self, what: str, text: str, candidates: list[dict], total: int | None = None) -> None:
        self.what, self.text, self.candidates = what, text, candidates
        self.total = len(candidates) if total is None else total
        shown = "; ".join(_candidate_line(c) for c in candidates[:10])
        more = f" (and {self.total - 10} more)" if self.total > 10 else ""
        super().__init__(f"{text!r} matches {self.total} {what}s: {shown}{more}; give one of them")


class NotFound(LookupError):
    """Nothing matches what the user typed; ``suggestions`` are the nearest names, if any."""

    def __init__(self, what: str, text: str, suggestions: list[str]) -> None:
        self.what, self.text, self.suggestions = what, text, suggestions
        hint = f"; did you mean {' / '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no {what} matches {text!r}{hint}")


def _candidate_line(c: Mapping[str, Any]) -> str:
    detail = "、".join(c.get("posts") or []) or c.get("org") or ""
    return f"{c['name']} ({detail})" if detail else c["name"]
