"""A body formed by a notice and its members listed by role (关于成立某委员会的通知：…其组成人员如下：
主任：甲 副市长 ⏎ 副主任：乙 市政府副秘书长 ⏎ 丙 某局局长 ⏎ 成员：…): each member appointed to the
body's role. The items print a name, then the post the member holds (no event of its own), one item
a line; the compaction joins the lines, so the source's line breaks and spaces cut the items."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.event_dates import sentence_start
from graph_builder.extract.names import is_name, split_names_in_slot
from graph_builder.extract.posts import post_of
from graph_builder.extract.reading import Reading, last_match, printed
from graph_builder.extract.titles import ends_with_title
from graph_builder.read.normalise import Compact
from graph_builder.types import Kind

# The clause that turns to the members below its colon.
COMPOSED_BELOW: Final = ("组成人员如下", "成员如下", "组成如下", "组成人员名单如下", "成员名单如下")
# The body formed or re-formed earlier in that sentence (决定成立某管理委员会): a committee, not a
# working group (某领导小组, 某工作组: a group's roles are no posts, docs/design.md#forms).
_BODY_FORMED: Final = re.compile(
    r"(?:成立|组建|调整)(?P<body>[^,;:。]{2,50}?委员会)"
    r"(?:\(以下简称[^()]{1,12}\))?(?:的?组成人员|成员|,)"
)
# A body elected whole, its members named in it (选举产生了由甲、乙、丙组成的新一届党支部委员会): each
# of them a member of the body (its 委员, or its 成员 when it is a team).
_ELECTED_FORMED: Final = re.compile(
    r"(?:选举产生|选举出|选出|产生)了?由(?P<names>[\u4e00-\u9fff·、]{4,80}?)"
    r"(?:等[\d一二三四五六七八九十]{1,3}(?:名|位|人)(?:同志)?|同志)?(?:共同)?组成的"
    r"(?:新一届|新一任|第[一二三四五六七八九十\d]{1,3}届)?"
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:委员会|支委会|领导班子))(?P<role>委员|成员)?$"
)
# A role of such a body before its colon.
_ROLE: Final = re.compile(r"(?P<role>常务副主任|副主任|主任|副秘书长|秘书长|成员|委员):")
_ITEM_END: Final = ",;。"  # the list ends at the sentence's first stop


def body_formed(c: Compact, start: int, key: str) -> str:
    """The body a clause ending in 其组成人员如下 (at ``start``) says its sentence forms, as printed;
    '' when the clause is no such turn or its sentence forms no body."""
    if not key.endswith(COMPOSED_BELOW) or not c.key.startswith(":", start + len(key)):
        return ""
    m = last_match(_BODY_FORMED, c.key, sentence_start(c.key, start), start + len(key))
    return c.text[m.start("body") : m.end("body")] if m else ""


def members_of_the_elected(c: Compact, start: int, key: str) -> Reading | None:
    """选举产生了由甲、乙、丙组成的新一届某委员会(委员): each name elected a member of the body."""
    m = _ELECTED_FORMED.search(key) if "组成的" in key else None
    names = split_names_in_slot(m["names"]) if m else None
    if not m or not names:
        return None
    body = c.text[start + m.start("body") : start + m.end("body")]
    role = m["role"] or ("成员" if body.endswith("班子") else "委员")
    who = printed(c, start + m.start("names"), names)
    return Reading(who, Kind.ELECT, (post_of(body, role),), start, start + m.end())


def members_listed(c: Compact, start: int, end: int, body: str, role: str = "") -> Reading | None:
    """The members of ``body`` listed by role from ``start`` (主任：甲 副市长 ⏎ 副主任：乙 …): one
    reading, the further members its ``more``, the last ending where the list does (the first stop,
    else ``end``: the list may go on below); None unless the text there opens with a role and every
    item is a name (with the post it holds after it). Lines that open with no role go on with
    ``role``, the last role of the lines above (副主任：乙 …⏎丙 某局局长)."""
    stop = min((i for i in (c.key.find(ch, start, end) for ch in _ITEM_END) if i >= 0), default=end)
    runs = [(m.group("role"), m.end()) for m in _ROLE.finditer(c.key, start, stop)]
    if not runs or runs[0][1] - len(runs[0][0]) - 1 != start:  # no role opens the text
        if not role:
            return None
        runs.insert(0, (role, start))  # the role's further members, then (maybe) the next role's
    readings: list[Reading] = []
    for k, (title, at) in enumerate(runs):
        until = runs[k + 1][1] - len(runs[k + 1][0]) - 1 if k + 1 < len(runs) else stop
        post = post_of(body, title)  # (printed after it: the body's, never a gloss)
        found = _members(c, at, until)
        if not found:
            return None
        members, until = found
        for k, (at, name) in enumerate(members):  # (the evidence: the item up to the next one)
            upto = members[k + 1][0] if k + 1 < len(members) else until
            readings.append(Reading(printed(c, at, [(0, name)]), Kind.APPOINT, (post,), at, upto))
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


def _members(c: Compact, start: int, end: int) -> tuple[list[tuple[int, str]], int] | None:
    """The members of one role's run [start, end): names with 、 (甲、乙、丙), or items of a name and
    the post its person holds, one a line; (offset, name) each, and where the list ends (a line
    that opens with no name after the items: 此外，… run into the last). None unless the first is one."""
    key = c.key[start:end]
    if names := split_names_in_slot(key):
        return [(start + at, name) for at, name in names], end
    out: list[tuple[int, str]] = []
    at, last_end = start, start
    while at < end:
        line_end = _line_end(c, at, end)
        if n := _name_length(c, at, end):
            out.append((at, c.key[at : at + n]))
            last_end = line_end
        elif not out:
            return None
        elif not ends_with_title(c.key[last_end:line_end]):
            break  # a line that neither opens an item nor ends a wrapped post (此外，…): the list is over
        else:
            last_end = line_end  # the rest of a post the page wrapped (…农业农村委主⏎任、党组书记)
        at = line_end
    return (out, last_end if at < end else end) if out else None


def _name_length(c: Compact, at: int, end: int) -> int:
    """The length of the name opening the item at ``at`` (its line ends at a source break or
    ``end``): a name alone, or a name before the post its person holds, where the source most
    often leaves a space (韩沉钧 副市长; 祁 岚 崇岛区委副书记); 0 if none."""
    item = c.key[at : _line_end(c, at, end)]
    names = [n for n in (3, 2, 4) if n <= len(item) and is_name(item[:n])]
    # (a space after the name: the post may run on below, the page wrapping it: 某委主任、党⏎组书记)
    spaced = [n for n in names if n == len(item) or _spaced_after(c, at + n - 1)]
    fits = [n for n in names if n == len(item) or ends_with_title(item[n:])]
    return (spaced or fits or [0])[0]


def _line_end(c: Compact, at: int, end: int) -> int:
    """Where the source's line holding compact ``at`` ends (after its last character), at most ``end``."""
    return next((i + 1 for i in range(at, end - 1) if c.broken_after(i)), end)


def _spaced_after(c: Compact, i: int) -> bool:
    """Whether the source leaves a space between compact characters ``i`` and ``i + 1``."""
    gap = c.gap_after(i)
    return bool(gap) and not gap.strip()
