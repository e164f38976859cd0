"""Rows of a 任免 table (|name|post|, |act|name|post|) read under the header above them, which says
what each column holds and which act its rows are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.clause_words import (
    ITEM_OPENING,
    LEXICON,
    NOT_AFTER_SHORT_REMOVAL,
    VERBS,
)
from graph_builder.extract.columns import column_roles, column_row
from graph_builder.extract.events import NOMINATED
from graph_builder.extract.list_items import item_reading
from graph_builder.extract.list_rows import NOTE_AFTER, company_announcing
from graph_builder.extract.names import (
    PROFESSIONAL_RANKS,
    RANKS_OPENING_BODIES,
    is_name,
    split_names,
    split_names_in_slot,
)
from graph_builder.extract.places import congress_place_above, known_place_at
from graph_builder.extract.posts import read_posts
from graph_builder.extract.reading import (
    Reading,
    State,
    printed,
)
from graph_builder.extract.titles import ends_with_title, split_post
from graph_builder.read.normalise import BULLETS, Compact
from graph_builder.read.patterns import BRACKETED_ITEM
from graph_builder.types import Kind

# The other columns' words a header line prints beside its act's (姓名|任命职务), taken from it.
_HEADER_NOISE_WORDS: Final = (
    *("姓名", "序号", "备注", "编号", "性别"),
    *("出生年月", "工作单位", "现任职务", "学历", "民族"),
)
# Every alternative a literal (not [|*]), so the engine skips ahead to candidate characters.
# (▍免去: a repost's section bar)
_HEADER_NOISE: Final = re.compile(rf"\||\*|[{BULLETS}]|{'|'.join(_HEADER_NOISE_WORDS)}")
_TABLE_HEADERS: Final = LEXICON.table_headers
# The characters a header line (一、任命：, ▍免去) may hold after its item's number: its words', and
# those of the noise taken from it. A line holding any other character heads no table, and is
# passed by without the noise's pattern run over it (most clauses).
_HEADER_CHARS: Final = frozenset("".join((*_TABLE_HEADERS, *_HEADER_NOISE_WORDS, "|*", BULLETS)))
# A table cell that states the act of its row (任免事项: 任某局局长 / 免去某局局长职务).
# (决定任命为X, 提请任命为X, 撤销X职务: a congress's vote table says who decided or proposed)
_CELL_VERB: Final = re.compile(
    # (a 任免职务 cell's short verbs: |甲|任某局局长| and |甲|免某局副局长|, 免职 a kind's word)
    rf"(?:决定|(?P<ask>提请))?(?P<verb>任命|免去|聘任|解聘|撤销|不再担任|兼任|任|免(?![{NOT_AFTER_SHORT_REMOVAL}]))为?(?=[\u4e00-\u9fff]{{3}})"
)


def act_name_post_row(c: Compact, start: int, key: str) -> Reading | None:
    """A row of three cells, its act, a name and a post (任命|甲|某局局长, 免去|乙|某局副局长职务), under
    no header: that act of that post (None for any other row)."""
    cells = _cells(key)
    if len(cells) != 3 or (kind := _ROW_ACTS.get(cells[0][1])) is None or not is_name(cells[1][1]):
        return None
    at, post = cells[2]
    post = post.removesuffix("职务")
    posts = read_posts(c.text[start + at : start + at + len(post)], post)
    if not posts:
        return None
    return Reading(
        printed(c, start + cells[1][0], [(0, cells[1][1])]), kind, tuple(posts), start, start + len(key)
    )


def table_row(c: Compact, start: int, end: int, state: State) -> Reading | None:
    """A row `|name|post(s)|` of a 任免 table; the header above says appoint or remove, and which column."""
    if state.columns is not None and state.table:
        return column_row(c, start, c.key[start:end], state.columns, state.table)
    cells = _cells(c.key[start:end])
    if state.table_kind_column is not None:
        return _kind_cell_row(c, start, cells, state)
    if state.table_result is not None and not _elected_in_tally(cells, state.table_result):
        return None  # 某镇副镇长|甲|12|未当选: the tally's loser
    if state.kind and not state.table and len(cells) == 3 and cells[1][1] in PROFESSIONAL_RANKS:
        cells = [cells[0], cells[2]]  # 甲|主任医师|某科主任 under 决定聘任：: who the person is, no post
    numbered = len(cells) > 2 and cells[0][1].isdigit() and (state.listed or state.table)
    if state.table_column is None and numbered:
        cells = cells[1:]  # 1|某县县长|甲 under 序号|职务|姓名: the row's number, with no column to keep
    # A list's verb above (按期正式任职：) heads "name|post" lines; without one, a table of
    # members or of anything else gives attestations at most, not events.
    kind = state.table or (state.kind if len(cells) == 2 else None)
    if kind and (not state.table or state.table_column is None) and _CELL_VERB.match(cells[-1][1]):
        # 甲　任某局副局长。 under a list that removed last, 乙　免去某馆馆长职务 under a heading 二、免职
        # (no header naming its columns): the row says its own act
        kind = None
    # (not under a header that says which cell holds the new holder: 职称|原任|新任)
    listed = (state.table or state.kind) if state.table_holder is None else None
    if listed in _POST_ROW_KINDS and (row := _post_then_names(c, start, cells, listed)):
        return row  # (under a list's verb or election only: 出席会议的有：⏎副县长　甲　乙 is no act)
    if kind is None:
        return _row_with_verb_cell(c, start, cells, state) or _row_unit_title_name(c, start, cells, state)
    if len(cells) == 2 and (several := _post_then_several_names(c, start, cells, kind, state)):
        return several  # 副主任|邹静、万志勇 under 聘任：⏎党政办公室主任|胡海涛
    if state.table_more and (sides := _acts_side_by_side(c, start, cells, state)):
        return sides  # 任命|免职⏎甲（某局局长）|乙（某局局长）: a person and his post in each act's column
    # a name cell may carry (女) or 同志 after the name
    names = [(pos, found[0][1]) for pos, cell in cells if (found := split_names(cell)) and len(found) == 1]
    if state.table_holder is not None:  # 职称|原任|新任: only the new holder's cell
        held = cells[state.table_holder] if state.table_holder < len(cells) else (0, "")
        names = [(pos, name) for pos, name in names if pos == held[0]]
    # (a table's first cell under its header holds the name: 姓名|原任职务|新任职务⏎毋建军|…)
    first_is_name = len(cells) == 2 or (state.table and state.table_holder is None)
    if not names and first_is_name and (found := split_names_in_slot(cells[0][1])) and len(found) == 1:
        names = [(0, found[0][1])]  # "name|post": the first cell can only hold the name (利娜, 毋建军)
    if not names:
        return None
    name_pos, name = names[0]
    if state.table_column is not None and state.table_column < len(cells):
        post_pos, post = cells[state.table_column]
        verb = _cell_verb_end(post, kind)  # (姓名|任职|免职⏎甲|任某部部长|…: the column's act said again)
        post_pos, post = post_pos + verb, post[verb:]
    else:  # no column known: the first filled cell after the name
        post_pos, post = next(((p, s) for p, s in cells if p > name_pos and s), (0, ""))
    if not post and len(cells) == 2 and name_pos == cells[1][0] and _a_post_cell(cells[0][1]):
        post_pos, post = cells[0]  # "post|name": a table printed post first (某局局长　　张三)
    who = (c.text[start + name_pos : start + name_pos + len(name)],)
    if not post and state.table_column is not None:  # 甲||某局副局长: the 任职 cell empty, the 免职 not
        more = _other_columns(c, start, cells, who, state) + _former_ended(c, start, cells, who, state)
        return replace(more[0], more=tuple(more[1:])) if more else None
    if not post:
        return None
    rank = next((r for r in PROFESSIONAL_RANKS if post.startswith(r) and len(post) > len(r) + 1), "")
    # (甲　主任医师　某科主任: the rank's column, run in; not 主任医师工作室主任, 研究员级高级工程师: a
    # unit or a grade named by the rank)
    rest_org = split_post(post[len(rank) :])[0] if rank else ""
    if rank and rank not in RANKS_OPENING_BODIES and rest_org.endswith(_DEPARTMENT_ENDS):
        post_pos, post = post_pos + len(rank), post[len(rank) :]
    # (a bare title's body is the one the list's heading named: 聘任下列人员为公司高级管理人员：)
    post_end = post_pos + len(post)
    elided = _unit_cell(c, start, cells, state) or state.list_org or company_announcing(c, start)
    if not elided and post_pos < name_pos and _bare_title(post):
        elided = unit_of_the_row_above(c, start, post)  # 人事处处长|甲⏎副处长|乙: the unit above
    reading = item_reading(c, start, who, kind, post_pos, post_end, start + name_pos, elided)
    if reading and post_pos < name_pos:  # "post|name": the evidence is the row, post to name
        reading = replace(reading, start=start + post_pos, end=start + name_pos + len(name))
    more = _other_columns(c, start, cells, who, state) + _former_ended(c, start, cells, who, state)
    if not reading:  # 甲|某局局长|—|免去原任职务: no new post, the former one ended
        return replace(more[0], more=tuple(more[1:])) if more else None
    return replace(reading, more=(*reading.more, *more)) if more else reading


def _elected_in_tally(cells: list[tuple[int, str]], result: int) -> bool:
    """Whether a tally's row says its person was elected (its last cell, where its result stands)."""
    said = cells[result][1] if result < len(cells) else cells[-1][1]
    return said in _ELECTED_RESULTS or cells[-1][1] in _ELECTED_RESULTS


def _acts_side_by_side(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> Reading | None:
    """A row under a header of acts side by side (任命|免职), each cell a name and its post in
    brackets (甲（某局局长）|乙（某局局长）): each cell's person takes or leaves that post."""
    if state.table is None or state.table_column is None:
        return None
    readings = []
    for column, kind in ((state.table_column, state.table), *state.table_more):
        pos, cell = cells[column] if column < len(cells) else (0, "")
        m = BRACKETED_ITEM.fullmatch(cell)
        if m is None or not is_name(m["name"]):
            continue
        who = printed(c, start + pos, [(0, m["name"])])
        if reading := item_reading(c, start + pos, who, kind, m.start("post"), m.end("post"), start + pos):
            readings.append(replace(reading, end=start + pos + len(cell)))
    return replace(readings[0], more=tuple(readings[1:])) if readings else None


def _cell_verb_end(cell: str, kind: Kind) -> int:
    """How long the verb is that opens a post's cell when it says its column's act again (任某局局长
    under 任职, 免去其某局副局长职务 under 免职); 0 when none does."""
    if cell.startswith(_PLACES_OPENING_WITH_REN) or known_place_at(cell):
        return 0  # (任丘市副市长, 任城区副区长, 任县县长: a place's name, no verb)
    for verb in _CELL_VERBS.get(kind, ()):
        if cell.startswith(verb) and ends_with_title(cell[len(verb) :].removesuffix("职务")):
            return len(verb)
    return 0


# The places whose names open with 任, the verb's character.
_PLACES_OPENING_WITH_REN: Final = ("任丘", "任城", "任县", "任泽")


_CELL_VERBS: Final = {
    Kind.APPOINT: ("任命为", "任命", "任"),
    Kind.REMOVE: ("免去其", "免去", "免"),
    Kind.HIRE: ("聘任为", "聘任", "聘"),
}


def _a_post_cell(cell: str) -> bool:
    """Whether a cell holds a post, a note in brackets after it or not (财务处副处长（主持工作）)."""
    return ends_with_title(NOTE_AFTER.sub("", cell))


def _post_then_several_names(
    c: Compact, start: int, cells: list[tuple[int, str]], kind: Kind, state: State
) -> Reading | None:
    """A row "post|names" with two or more names in its name cell (副主任|邹静、万志勇): each holds
    the post; a bare title is of the unit the row above named (党政办公室主任|胡海涛)."""
    (post_pos, post), (names_pos, names_cell) = cells
    found = split_names(names_cell)
    if not found or len(found) < 2 or not _a_post_cell(post):
        return None
    who = printed(c, start + names_pos, found)
    elided = unit_of_the_row_above(c, start, post) if _bare_title(post) else ""
    reading = item_reading(c, start, who, kind, post_pos, post_pos + len(post), start + post_pos, elided)
    return replace(reading, end=start + names_pos + len(names_cell)) if reading else None


def _bare_title(cell: str) -> bool:
    """Whether a post's cell names a title and no organisation (副主任, 副处长（主持工作）)."""
    return not split_post(NOTE_AFTER.sub("", cell))[0]


def unit_of_the_row_above(c: Compact, start: int, title: str) -> str:
    """The organisation of the post the row above the one at ``start`` prints first (党政办公室主任|
    胡海涛 over 副主任|邹静), when the bare ``title`` is that post's own or its deputy's; as printed,
    else '' (基建处处长 over 总工程师: the institution's, a level above the unit)."""
    above_end = start - 1
    if above_end < 1 or c.key[above_end] != "\n":
        return ""
    above = c.key.rfind("\n", 0, above_end) + 1
    post_cell = c.key[above:above_end].split("|", 1)[0]
    row = "|" in c.key[above:above_end]
    org, above_title = split_post(NOTE_AFTER.sub("", post_cell)) if row else ("", "")
    bare = NOTE_AFTER.sub("", title).removeprefix("副")
    if not org or above_title.removeprefix("副") != bare:
        return ""
    return c.text[above : above + len(org)]


def _unit_cell(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> str:
    """The unit a row's cell names under a unit's column (心血管内科|甲|主任), as printed; ''."""
    if state.table_unit is None or state.table_unit >= len(cells):
        return ""
    pos, cell = cells[state.table_unit]
    return c.text[start + pos : start + pos + len(cell)]


def _former_ended(
    c: Compact, start: int, cells: list[tuple[int, str]], who: tuple[str, ...], state: State
) -> list[Reading]:
    """The removal from the row's former post when a cell of the row says so (原任职务 column, 备注:
    免去原职务); [] otherwise (the former post only describes the person)."""
    former = state.table_former
    if former is None or former >= len(cells):
        return []
    line_end = c.key.find("\n", start)  # (the row's remark may hold a comma: 试用期一年，免去原任职务)
    row = c.key[start : line_end if line_end >= 0 else len(c.key)]
    if not any(ended in row for ended in _FORMER_ENDED):
        return []
    pos, cell = cells[former]
    kind = Kind.NOMINATE_REMOVE if state.table in NOMINATED.values() else Kind.REMOVE  # (a 公示's remark)
    reading = item_reading(c, start, who, kind, pos, pos + len(cell)) if cell else None
    return [reading] if reading else []


def _other_columns(
    c: Compact, start: int, cells: list[tuple[int, str]], who: tuple[str, ...], state: State
) -> list[Reading]:
    """The readings of a row's further columns of posts, each of its header's kind (序号|姓名|任命职务|
    免去职务: the 免去职务 cell's post ends)."""
    out = []
    for column, kind in state.table_more:
        pos, cell = cells[column] if column < len(cells) else (0, "")
        verb = _cell_verb_end(cell, kind)  # (…|免去其某部副部长职务: the column's act said again)
        pos, cell = pos + verb, cell[verb:]
        unit = _unit_cell(c, start, cells, state)  # (企业名称|姓名|聘任职务|解聘职务: the unit's both)
        if cell and (reading := item_reading(c, start, who, kind, pos, pos + len(cell), elided=unit)):
            out.append(reading)
    return out


# The acts whose lists may print a post, then its people (任命：⏎某法院审判员　甲　乙　丙).
_POST_ROW_KINDS: Final = frozenset({Kind.ELECT, Kind.APPOINT, Kind.REMOVE, Kind.HIRE})


def _post_then_names(c: Compact, start: int, cells: list[tuple[int, str]], kind: Kind) -> Reading | None:
    """A row "post|name|name…" under a list's verb or heading: one post and its holders, as a
    result table prints them (副县长　张建国　李红梅)."""
    if cells and (colon := cells[0][1].find(":")) > 0:  # 某法院审判员:甲|乙|丙: a name after the colon
        pos, cell = cells[0]
        cells = [(pos, cell[:colon]), (pos + colon + 1, cell[colon + 1 :]), *cells[1:]]
    if len(cells) < 2 or not ends_with_title(cells[0][1]):
        return None
    found = [split_names(cell) for _, cell in cells[1:]]
    if not all(found):
        return None  # (every cell after the post holds names: 副县长　甲、乙　丙)
    names = [(pos + at, name) for (pos, _), one in zip(cells[1:], found, strict=True) for at, name in one]
    if len(names) < 2 and len(cells) == 2:
        return None  # ("post|name" alone: the table row's own reading)
    who = tuple(c.text[start + pos : start + pos + len(name)] for pos, name in names)
    reading = item_reading(c, start, who, kind, 0, len(cells[0][1]), start + names[0][0])
    # (the evidence is the row: the post, then its holders' names)
    return replace(reading, start=start, end=start + names[-1][0] + len(names[-1][1])) if reading else None


def _row_unit_title_name(
    c: Compact, start: int, cells: list[tuple[int, str]], state: State
) -> Reading | None:
    """A row |unit|title|name| under a list's verb (聘任以下同志为科室主任：⏎神经内科 主任 黄立伟):
    the unit and the title make the post."""
    filled = [(pos, cell) for pos, cell in cells if cell and not cell.isdigit()]  # no 序号 cell
    if state.kind is None or len(filled) != 3 or not (found := split_names(filled[2][1])) or len(found) != 1:
        return None
    (unit_at, unit), (title_at, title), (name_at, _) = filled
    text = (
        c.text[start + unit_at : start + unit_at + len(unit)]
        + c.text[start + title_at : start + title_at + len(title)]
    )
    posts = read_posts(text, unit + title)
    if not posts or posts[-1].end < len(unit + title):
        return None
    who = (c.text[start + name_at : start + name_at + len(found[0][1])],)
    return Reading(who, state.kind, tuple(posts), start + unit_at, start + name_at + len(found[0][1]))


def _row_with_verb_cell(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> Reading | None:
    """A row whose 任免事项 cell says what is done (|张三|原任职务|任某局局长|): that cell read as
    the clause of the row's name."""
    names = [(pos, found[0][1]) for pos, cell in cells if (found := split_names(cell)) and len(found) == 1]
    acts = [(pos, cell, m) for pos, cell in cells if (m := _CELL_VERB.match(cell))]
    if not acts:
        return None
    if not names and _profiled(cells) and (found := split_names_in_slot(cells[0][1])) and len(found) == 1:
        names = [(0, found[0][1])]  # 岩温|男|傣族|任…: the cell a person's sex and people follow is his name
    pos, cell, m = acts[-1]
    kind = VERBS[m.group("verb")]
    kind = NOMINATED.get(kind, kind) if m.group("ask") else kind
    if names:
        name_pos, name = names[0]
        who = (c.text[start + name_pos : start + name_pos + len(name)],)
        return item_reading(c, start, who, kind, pos + m.end(), pos + len(cell), start + name_pos)
    if pos == 0 and state.person and cell.startswith(("免去其", "兼任")):  # …,免去其某局副局长职务|
        post_from = pos + m.end() + (1 if cell.startswith("免去其") else 0)
        return item_reading(c, start, state.person, kind, post_from, len(cell), state.person_start)
    row_above = _person_of_the_row_above(c, start, state)
    if (
        state.person
        and row_above
        and pos > 0
        and not any(text for _, text in cells[: cells.index((pos, cell))])
    ):
        # 甲|任某局局长⏎　|免去某局副局长职务: a row whose name cell is left empty, the person above
        return item_reading(c, start, state.person, kind, pos + m.end(), pos + len(cell), state.person_start)
    return None


def _person_of_the_row_above(c: Compact, start: int, state: State) -> bool:
    """Whether the person last read stands in the row just above the row at ``start`` (for a row
    whose name's cell is empty: the name spans both)."""
    return state.person_start >= c.key.rfind("\n", 0, max(start - 1, 0))


def _profiled(cells: list[tuple[int, str]]) -> bool:
    """Whether the cells after a row's first say its person's sex or people (甲|男|傣族|…)."""
    return any(
        cell in ("男", "女") or (cell.endswith("族") and 2 <= len(cell) <= 5) for _, cell in cells[1:3]
    )


def _cells(row: str) -> list[tuple[int, str]]:
    """The cells of a `|a|b|` row with their offsets in the row."""
    cells, pos = [], 0
    for cell in row.split("|"):
        cells.append((pos, cell))
        pos += len(cell) + 1
    return cells


def table_header(c: Compact, start: int, key: str, state: State) -> bool:
    """Note a 任免 table header (任命职务 / 免去职务 / 拟任职务, a row or a line of its own)."""
    if len(key) > 80:
        return False
    if state.table_kind_column is not None and "姓名" not in key and not _table_header_cells(key):
        return False  # 1|任命|甲|某局局长 under 序号|任免类别|姓名|职务: a row, whose act is a cell's
    if "|" in key and _holder_header(key, state):
        return True
    if "|" in key and _tally_header(key, state):
        # (某镇第N届人民代表大会第一次会议选举结果⏎…⏎姓名|职务|得票数|结果⏎甲|镇长|…: that place's)
        state.list_org = state.list_org or congress_place_above(c.key, c.text, start)
        return True
    if "|" in key:
        heads = [
            (i, _TABLE_HEADERS.get(_HEADER_NOISE.sub("", cell))) for i, (_, cell) in enumerate(_cells(key))
        ]
        found = [(i, k) for i, k in heads if k]
        if found and act_name_post_row(c, start, key):
            return False  # 任命|甲|某局局长: a row with its act, no header (a header names no one)
        if not found:
            return (
                _kind_column_header(key, state, _PUBLICISED in c.key[max(0, start - _LEAD_REACH) : start])
                or _post_column_header(key, state)
                or _roles_header(c, start, key, state)
            )
        if _decided_above(c, start):  # (…决定对甲等同志职务予以任免（名单附后）⏎姓名|拟任职务|拟免职务)
            found = [(i, _DECIDED_AS.get(k, k)) for i, k in found]
        columns_reset(state)
        (state.table_column, kind), state.table_more = found[0], tuple(found[1:])
        cells = [cell for _, cell in _cells(key)]
        state.table_former = next((i for i, cell in enumerate(cells) if cell in _FORMER_HEADS), None)
        state.table_unit = next((i for i, cell in enumerate(cells) if cell in _UNIT_HEADS), None)
    else:
        opening = ITEM_OPENING.match(key)  # 一、任命
        rest = key[opening.end() :] if opening else key
        if not all(ch in _HEADER_CHARS for ch in rest):
            return False
        listed = _TABLE_HEADERS.get(_HEADER_NOISE.sub("", rest))
        if listed is None:
            return False
        kind = listed
        columns_reset(state)
    state.table = state.kind = kind  # a bare 任命： also heads a list of "A为X" lines
    state.pairs_below = None  # (二、免去：⏎甲|某中心副主任: a new list, under its own verb)
    return True


def _roles_header(c: Compact, start: int, key: str, state: State) -> bool:
    """Note a header whose every cell says what its column holds (机关|职称|新任人员|原职) under a
    lead announcing acts done (异动名单如下：): each row below is read by those columns."""
    if not (columns := column_roles(c, start, key, c.key[max(0, start - _ROLES_LEAD) : start])):
        return False
    columns_reset(state)
    state.columns, state.heading = columns, None  # (新任校长名单如下：⏎学校|新任校长|原任校长: the header's)
    # (免去下列人员职务：⏎header: removals; not the kind of a clause read before the lead)
    state.table = state.kind = state.kind if state.kind in _LISTING_KINDS else Kind.APPOINT
    return True


# The acts of a list's verb that a table below it may go on with.
_LISTING_KINDS: Final = (Kind.APPOINT, Kind.HIRE, Kind.ELECT, Kind.REMOVE, Kind.CONFIRM)
# How far before a header its lead may stand (某市政府今日发布人事命令。异动名单如下：, then the header).
_ROLES_LEAD: Final = 160


def columns_reset(state: State) -> None:
    """Forget what an earlier table's header said of its columns (a new header, or the table's end)."""
    state.columns = None
    state.table_column = state.table_holder = state.table_former = state.table_unit = None
    state.table_kind_column = state.table_name_column = state.row_kind = None
    state.table_more, state.table_width = (), 0
    state.table_proposed = False
    state.table_result = None


def _kind_column_header(key: str, state: State, publicised: bool = False) -> bool:
    """Note a header row with a column that says each row's act (序号|任免类别|姓名|职务|备注,
    类别|姓名|职务): each row is read by its own act; proposed, under a ``publicised`` lead (a 公示)
    whose post's column is headed 拟任（免）职务."""
    cells = [cell for _, cell in _cells(key)]
    act = next((i for i, cell in enumerate(cells) if cell in _KIND_HEADS), None)
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS), None)
    if act is None or post is None or "姓名" not in cells:
        return False
    columns_reset(state)
    state.table, state.table_column = Kind.APPOINT, post
    state.table_kind_column, state.table_name_column, state.table_width = act, cells.index("姓名"), len(cells)
    # (序号|姓名|工作单位|职务|任免: the body of each row's bare title in a column of its own)
    state.table_unit = next((i for i, cell in enumerate(cells) if cell in _KIND_TABLE_UNIT_HEADS), None)
    state.table_proposed = publicised and cells[post].startswith("拟")
    return True


def _kind_cell_row(c: Compact, start: int, cells: list[tuple[int, str]], state: State) -> Reading | None:
    """A row under a header with an act's column (1|任命|甲|某局局长): the act its cell says, or the
    row's above when the cell is left out (a row under 任命 printing only 乙|某局局长)."""
    act = state.table_kind_column
    assert act is not None and state.table_name_column is not None and state.table_column is not None
    if len(cells) == state.table_width - 1 and (act >= len(cells) or cells[act][1] not in _ROW_ACTS):
        cells = [*cells[:act], (cells[act][0] if act < len(cells) else 0, ""), *cells[act:]]
    if len(cells) <= max(act, state.table_name_column, state.table_column):
        return None
    word = cells[act][1]
    kind = _ROW_ACTS.get(word) if word else state.row_kind
    if kind is None:
        return None
    state.row_kind = kind
    if state.table_proposed:
        kind = NOMINATED.get(kind, kind)  # (a 公示's table: 甲|现任X|拟任Y|任, proposed)
    (name_pos, name_cell), (post_pos, post) = cells[state.table_name_column], cells[state.table_column]
    if not name_cell and post and len(state.person) == 1 and _person_of_the_row_above(c, start, state):
        # 甲|某委员会主任|任⏎|某局局长|免: the name's cell spans two rows (rowspan), the person above
        elided = _unit_cell(c, start, cells, state) or state.list_org
        return item_reading(
            c, start, state.person, kind, post_pos, post_pos + len(post), start + post_pos, elided
        )
    names = split_names(name_cell)
    if not names or len(names) != 1 or not post:
        return None
    who = (c.text[start + name_pos : start + name_pos + len(names[0][1])],)
    elided = _unit_cell(c, start, cells, state) or state.list_org
    return item_reading(c, start, who, kind, post_pos, post_pos + len(post), start + name_pos, elided)


def _decided_above(c: Compact, start: int) -> bool:
    """Whether the notice above a table decides its acts (决定对…予以任免（名单附后）), so that a
    column the form calls 拟任职务 holds posts given, not proposed (no 公示, no 提请 above)."""
    lead = c.key[max(0, start - _LEAD_REACH) : start]
    return "决定" in lead and not any(word in lead for word in _PROPOSING_WORDS)


# What a decided table's proposal columns are (the form's 拟任职务 / 拟免职务 under a decision).
_DECIDED_AS = {Kind.NOMINATE_APPOINT: Kind.APPOINT, Kind.NOMINATE_REMOVE: Kind.REMOVE}
_PROPOSING_WORDS = ("公示", "提请", "议案", "建议", "拟提", "推荐")


def _post_column_header(key: str, state: State) -> bool:
    """Note a header row under a list's verb that names the post's column only (…正式任职。名单如下：
    ⏎序号|姓名|职务|试用期起止时间): the rows are of the list's kind, their post in that column."""
    cells = [cell for _, cell in _cells(key)]
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS), None)
    if post is None or state.kind is None or "姓名" not in cells:
        return False
    if not state.listed and state.kind is not Kind.CONFIRM:
        return False  # (a table after a sentence read as an event, not under a list's heading)
    # (科室|职务|姓名: a unit's column, the body of the title's; any other column before the post
    # is left to the rows' own reading)
    unit = next((i for i, cell in enumerate(cells) if cell in _UNIT_HEADS), None)
    # (a page's table printed with its edges, |职务|姓名|: an empty cell before the first)
    # (姓名|性别|职务: a profile's columns between the name and the post)
    before = cells[post - 1] if post else ""
    if unit is None and post - 1 not in (-1, cells.index("姓名")) and before not in _MAY_STAND_BEFORE_POST:
        return False
    columns_reset(state)
    state.table, state.table_column, state.table_unit = state.kind, post, unit
    return True


# A profile's columns a roster prints between a name and the post (性别, 出生年月).
_PROFILE_HEADS: Final = ("性别", "民族", "出生年月", "出生日期", "年龄", "学历", "籍贯", "政治面貌")
# The cells a post's column may follow besides the name's (序号, an empty edge, a profile's columns).
_MAY_STAND_BEFORE_POST: Final = frozenset({"序号", "", *_PROFILE_HEADS})


def _table_header_cells(key: str) -> bool:
    """Whether a row's cells are all a header's words (任命职务|人选), none a row's act alone (任命)."""
    cells = [cell for _, cell in _cells(key) if cell]
    return (
        bool(cells)
        and not any(cell in _ROW_ACTS for cell in cells)
        and any(_TABLE_HEADERS.get(_HEADER_NOISE.sub("", cell)) for cell in cells)
    )


def _tally_header(key: str, state: State) -> bool:
    """Note the header of an election's tally (职务|姓名|得票数|当选情况, 姓名|拟任职务|赞成票|…|结果): each
    row below elects its person to the post in that column, if its result cell says so."""
    cells = [cell for _, cell in _cells(key)]
    result = next((i for i, cell in enumerate(cells) if cell in _RESULT_HEADS), None)
    if result is None or "姓名" not in cells:
        return False
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS or cell in _TALLY_POST_HEADS), None)
    if post is None:
        return False
    columns_reset(state)
    state.table = state.kind = Kind.ELECT
    state.table_column, state.table_result = post, result
    return True


# The column of a tally that says whether each was elected, and the posts' column it may name so.
_RESULT_HEADS = frozenset({"当选情况", "当选结果", "是否当选", "选举结果", "当选与否", "结果"})
_TALLY_POST_HEADS = frozenset({"拟任职务", "拟选职务", "当选职务", "选举职务"})
# What a tally's result cell says of one elected.
_ELECTED_RESULTS = frozenset({"当选", "是"})


def _holder_header(key: str, state: State) -> bool:
    """Note a header row naming the post's column and the new holder's (职称|原任|新任: each row
    below appoints the person in the 新任 column to the post in the 职称 one)."""
    cells = [cell for _, cell in _cells(key)]
    post = next((i for i, cell in enumerate(cells) if cell in _POST_HEADS), None)
    holder = next((i for i, cell in enumerate(cells) if cell in _NEW_HOLDER_HEADS), None)
    if post is None or holder is None:
        return False
    columns_reset(state)
    state.table = state.kind = Kind.APPOINT
    state.table_column, state.table_holder = post, holder
    return True


_POST_HEADS: Final = frozenset(
    {"职称", "职务", "职位", "职别", "岗位", "试用职务"}
    | {
        "任免职务",
        "拟任(免)职务",
        "任(免)职务",
        "拟任免职务",
    }  # (a congress's table: 姓名|拟任（免）职务|任免)
)
# The departments a rank's column may stand before (某科, 某处, 某室, 某部): not 主任医师工作室, 主治医师
# 培训中心, 研究员级, units or grades named by a rank.
_DEPARTMENT_ENDS: Final = ("科", "处", "病区")
# A column of the posts held before (序号|姓名|原任职务|新任职务|备注): it ends one only where the row
# says so (备注: 免去原职务).
_FORMER_HEADS: Final = frozenset({"原任职务", "原职务", "原任职称", "现任职务"})
# A column saying each row's act (任免类别: 任命 / 免职), and the acts its cells say.
# A lead that makes a table's rows proposals: a 公示 (任前公示, 拟任免干部公示), within this reach above.
_PUBLICISED: Final = "公示"
_LEAD_REACH: Final = 400
_KIND_HEADS: Final = frozenset({"任免类别", "类别", "任免", "任免情况", "任免事项", "任/免", "任或免"})
# (the verbs' own kinds; 任职 and 免职, a table's words, are no verbs of a clause)
_ROW_ACTS: Final = {
    **{how + verb: VERBS[verb] for verb in ("任命", "聘任", "免去", "解聘") for how in ("", "决定", "批准")},
    **{"任职": Kind.APPOINT, "免职": Kind.REMOVE},
    **{"任": Kind.APPOINT, "免": Kind.REMOVE},  # (任免|姓名|职务⏎任|甲|某局局长: the short cells)
}
# A column of the units a row's bare titles are of (序号|科室(部门)|姓名|聘任职务, 企业名称|姓名|聘任职务).
_UNIT_HEADS: Final = frozenset({"科室", "科室(部门)", "科室/部门", "部门", "单位", "企业名称", "单位名称"})
# …and in a table whose rows each say their act, the workplace column too (姓名|工作单位|职务|任免).
_KIND_TABLE_UNIT_HEADS: Final = _UNIT_HEADS | {"工作单位"}
_FORMER_ENDED: Final = ("免去原职务", "免去原任职务", "免去原职", "免原职务", "免去原职称")
_NEW_HOLDER_HEADS: Final = frozenset({"新任", "新任人选", "接任", "接任者", "继任"})
