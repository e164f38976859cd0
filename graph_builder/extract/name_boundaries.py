"""Names whose end a verb may have taken, settled by where the text prints them alone.

"汪旭升任某公司总经理" reads two ways: 汪旭 promoted (升任), or 汪旭升 appointed (任). A clause
alone cannot tell; the text can, when it prints the longer name again where no verb follows it
(汪旭升，1963年8月生; 任命汪旭升为…). Pure: text and events in, events out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_builder.types import Event

# The characters that end a given name as often as they open a verb after it (升任, 升为).
_SHARED = ("升",)
# What follows a name printed alone: a profile's comma, 同志, a list's 为 / 的, a bracket.
_ALONE_AFTER = re.compile(r"[,，、(（]|同志|先生|女士|为|的")


def names_settled_by_the_text(text: str, events: list[Event]) -> list[Event]:
    """``events`` with each person read before 升任 given the longer name (汪旭 -> 汪旭升) when the
    text prints that longer name alone elsewhere."""
    if not any(ch in text for ch in _SHARED):
        return events  # (most texts: nothing to settle)
    return [_settled(text, e) for e in events]


def _settled(text: str, e: Event) -> Event:
    """``e`` with its person made longer by a shared character the text shows is the name's."""
    for ch in _SHARED:
        longer = e.person + ch
        if f"{longer}任" not in e.evidence or len(longer) > 4:
            continue
        at = text.find(longer)
        while at >= 0:
            if _ALONE_AFTER.match(text, at + len(longer)):
                return replace(e, person=longer)
            at = text.find(longer, at + 1)
    return e
