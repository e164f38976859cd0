"""A person's record printed as fields, one a line (姓名：甲⏎性别：男⏎…⏎职务：副总经理).

Portals' 人事任免信息 pages and companies' announcements print each person appointed as a record
of labelled fields: the name, the profile, the post, and sometimes the act (任免类别：任命 / 免职).
Compaction runs the record's lines together into one sentence ("姓名:甲性别:男…职务:副总经理任期:…"):
its fields are found by their labels. The act is the record's own, else the one the line above the
record names (一、聘任副总经理情况). See docs/design.md#forms.
"""

from __future__ import annotations

import re

from graph_builder.extract.clause_words import LEXICON
from graph_builder.extract.posts import read_posts
from graph_builder.extract.reading import Reading
from graph_builder.extract.titles import ends_with_title
from graph_builder.read.normalise import Compact
from graph_builder.types import Kind

# The labels of a record's fields (as a key prints them, each before its colon).
_LABEL = re.compile(
    "(?P<label>姓名|性别|民族|出生年月|出生日期|籍贯|学历|学位|学历学位|职称|政治面貌|参加工作时间|入党时间"
    "|任免类别|类别|任免职务|拟任职务|任命职务|免去职务|职务|任期|工作单位|现任职务|原任职务|简历|文号|备注):"
)
# The fields that hold the post the record's act is about.
_POST_LABELS = frozenset({"任免职务", "任命职务", "免去职务", "职务"})
# What a record's own act says, and what the line above it names: the words of a table's columns
# (任命, 免职, 聘任, 解聘; 任命职务 as a field's label), as the lexicon gives their kinds.
_HEADS = LEXICON.table_headers
_ACT_WORDS = ("任命", "任职", "聘任", "免职", "免去", "解聘")


def record_reading(c: Compact, start: int, key: str, elided: str) -> Reading | None:
    """The act a record ``key`` (at ``start``) tells of its person: its 任免类别, its post's label
    (任命职务), else the act the line above it names (一、聘任副总经理情况); a bare title is of
    ``elided``. None when ``key`` is no record, or no act or post is told."""
    fields = _fields(key)
    name, post = fields.get("姓名"), next((fields[label] for label in _POST_LABELS if label in fields), None)
    if name is None or post is None or not 2 <= len(name[1]) <= 4:
        return None
    label = next(label for label in _POST_LABELS if label in fields)
    kind = _HEADS.get(fields.get("任免类别", fields.get("类别", (0, "")))[1]) or _HEADS.get(label)
    kind = kind if kind in _ACTS_OF_RECORDS else _act_above(c.key, start)
    post_at, post_key = post
    if kind is None or not ends_with_title(post_key.split("(")[0]):
        return None
    posts = read_posts(c.text[start + post_at : start + post_at + len(post_key)], post_key, elided)
    if len(posts) != 1:
        return None
    who = (c.text[start + name[0] : start + name[0] + len(name[1])],)
    return Reading(who, kind, tuple(posts), start, start + len(key))


def without_profile(key: str) -> str:
    """A record ``key`` with its profile's dates blanked (出生年月, 参加工作时间: a life's dates are
    never the act's), the same length."""
    fields = _fields(key)
    for label in _PROFILE_DATES.intersection(fields):
        at, value = fields[label]
        key = key[:at] + " " * len(value) + key[at + len(value) :]
    return key


_PROFILE_DATES = frozenset({"出生年月", "出生日期", "参加工作时间", "入党时间"})


def _fields(key: str) -> dict[str, tuple[int, str]]:
    """Each field of a record by its label: (offset in ``key``, value)."""
    labels = list(_LABEL.finditer(key))
    if not labels or labels[0].start() != 0:
        return {}
    ends = [m.start() for m in labels[1:]] + [len(key)]
    return {m["label"]: (m.end(), key[m.end() : end]) for m, end in zip(labels, ends, strict=True)}


def _act_above(key: str, start: int) -> Kind | None:
    """The act the line just above ``start`` names (一、聘任副总经理情况), or None."""
    above = key[key.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    return next((_HEADS[word] for word in _ACT_WORDS if word in above), None)


# The acts a record may tell (a 职务 field's label, 职务, says none of its own).
_ACTS_OF_RECORDS = frozenset({Kind.APPOINT, Kind.HIRE, Kind.REMOVE, Kind.DISMISS})
