"""Tables whose header says what each column holds (机关|职称|新任人员|原职, 单位|新任|原任,
地区|分区委员会|主席, 职位|人员|生效日期).

Taiwan's and Hong Kong's releases print a reshuffle as such a table under a lead that announces
it (异动名单如下：, 宣布以下首长级人员调派：, 委任以下人士为分区委员会主席：). Each row names one
person and the post taken: the unit's cell and the title's (经济发展局|局长), a post whole
(板桥分局长, 运输署署长), or a unit whose title the name's column is headed by (中区分区委员会
under 主席, 凤山区 under 新任区长). A column of posts held before (原职, 现职, 原任) only describes
the person; a column of the one succeeded (原任) names someone else. See docs/design.md#forms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from graph_builder.extract.names import split_names_in_slot
from graph_builder.extract.posts import PostMention, post_of, read_posts
from graph_builder.extract.reading import Reading
from graph_builder.extract.titles import ends_with_title
from graph_builder.read.normalise import Compact, to_key
from graph_builder.types import Kind

# The heads of the column that names the person who takes the post.
_NAME_HEADS: Final = frozenset(
    {"姓名", "人员", "新任人员", "新任", "新任者", "接任", "接任者", "接任人员", "继任", "继任者"}
)
# The heads of a column of posts (or titles) taken.
_TITLE_HEADS: Final = frozenset(
    {"职称", "职务", "职位", "职别", "新职", "新职务", "新职称", "新职位", "新任职务", "新任职称", "新任职位"}
)
# The heads of a column of the units a row's title is of (or of the posts themselves: 单位 holding
# 板桥分局长).
_UNIT_HEADS: Final = frozenset(
    {"机关", "机关名称", "机关别", "单位", "单位名称", "服务单位", "部门", "科室", "学校", "学校名称"}
    | {"行政区"}
)
# The heads of columns that describe the row or its person and take no part in the event: the
# posts held before, the one succeeded, numbers, remarks.
_OTHER_HEADS: Final = frozenset(
    {"原职", "原任", "原任职务", "原职务", "原职称", "原任职称", "原任职位", "原职位", "现职", "现任职务"}
    | {"原服务单位", "原单位", "前任", "卸任", "原任人员"}
    | {"序号", "编号", "项次", "备注", "说明", "职等", "职级", "地区", "区域"}
)
# The heads of a column of the dates the rows take effect (no date of the act itself).
_DATE_HEADS: Final = frozenset({"生效日期", "生效日", "到职日期", "到任日期", "生效时间"})
# The most columns a header of this kind has (序号|机关|职称|新任人员|原职|生效日期|备注).
_WIDEST: Final = 7
# How the head of a column of the holders before begins (原任校长, 前任局长, 现任局长).
_FORMER_HOLDER: Final = ("原", "前", "现", "卸任")
# The head of a column saying how each row's person moved (异动情形: 新任 / 调任 / 退休).
_STATUS_HEADS: Final = frozenset({"异动情形", "异动情况", "异动类别", "异动", "任免情形"})
_KNOWN_HEADS: Final = _NAME_HEADS | _TITLE_HEADS | _UNIT_HEADS | _OTHER_HEADS | _STATUS_HEADS | _DATE_HEADS
# A status cell that ends the post the row names (退休, 届退, 辞职).
_ENDED: Final = ("退休", "届退", "届龄退休", "辞职", "离职", "退伍")
# A body a column is headed by, whose cells name one each (分区委员会: 中区分区委员会).
_BODY_HEAD_ENDS: Final = ("委员会", "议会", "法院")
# Words of the lead that say the table below is of acts done, and words that say it is not.
_ACTS_LED: Final = (
    *("异动", "调动", "调派", "调整", "人事命令", "人事令", "名单如下", "新任", "委任", "任命"),
    *("免去", "聘任", "布达", "遴选结果"),
)
_NOT_DONE: Final = (
    *("拟任", "拟提任", "候选", "考察", "公示", "人选", "历任", "历届"),
    # (名单如下 of a list that is no act's: whom to call, whom the year honoured)
    *("联络", "联系", "通讯录", "值班", "模范", "优秀", "表彰", "获奖", "先进"),
)


@dataclass(frozen=True)
class Columns:
    """What a header said of its columns: which holds the name, the title, the unit, the status."""

    width: int
    name: int
    title: int | None = None  # a column of titles or whole posts
    unit: int | None = None  # a column of units (or of whole posts, with no title column)
    status: int | None = None
    name_title: str = ""  # the title the name's column is headed by (主席, 区长 of 新任区长), printed
    effective: int | None = None  # a column of the dates the rows take effect
    # further columns of names, each headed by its title (科室|主任|副主任: the 副主任 column), printed
    more_names: tuple[tuple[int, str], ...] = ()


def may_head_columns(key: str) -> bool:
    """Whether every cell of a row is a header word known here (a cheap test before reading it)."""
    cells = key.split("|")
    return 2 <= len(cells) <= _WIDEST and all(map(_known_head, cells))


def _known_head(cell: str) -> bool:
    """Whether a cell is a header word known here (姓名, 机关, 分区委员会, 新任区长, 原任校长)."""
    return (
        cell in _KNOWN_HEADS
        or cell.endswith(_BODY_HEAD_ENDS)
        or bool(_titled_name_head(cell))
        or (cell.startswith(_FORMER_HOLDER) and ends_with_title(cell))
    )


def column_roles(c: Compact, start: int, key: str, lead: str) -> Columns | None:
    """The roles of a header row ``key`` (compact offsets from ``start``) under a ``lead`` (the text
    above it) that announces acts done; None when a cell is no header word known here or the
    sentence heading the table says nothing done (拟任, 候选, 历任; 联络人名单如下 names no act)."""
    lead = lead.rstrip("\n")
    above = lead[max(lead.rfind("。"), lead.rfind("\n")) + 1 :]  # (the sentence that heads the table)
    if not any(word in lead for word in _ACTS_LED) or any(word in above for word in _NOT_DONE):
        return None
    cells = key.split("|")
    if not 2 <= len(cells) <= _WIDEST or not all(map(_known_head, cells)):
        return None
    name = title = unit = status = effective = None
    name_title, at = "", 0
    more_names: list[tuple[int, str]] = []
    for i, cell in enumerate(cells):
        if cell in _NAME_HEADS and name is None:
            name = i
        elif (titled := _titled_name_head(cell)) and name is None:
            name, name_title = i, c.text[start + at + len(cell) - len(titled) : start + at + len(cell)]
        elif titled and name_title and title is None:  # (科室|主任|副主任: a second title's names)
            more_names.append((i, c.text[start + at + len(cell) - len(titled) : start + at + len(cell)]))
        elif cell in _TITLE_HEADS and title is None:
            title = i
        elif cell in _UNIT_HEADS or cell.endswith(_BODY_HEAD_ENDS):
            unit = i  # (the last such column, nearest the name)
        elif cell in _STATUS_HEADS:
            status = i
        elif cell in _DATE_HEADS:
            effective = i
        # (any other known head: a column that describes, 原职, 原任校长)
        at += len(cell) + 1
    if name is None or (title is None and unit is None):
        return None
    return Columns(len(cells), name, title, unit, status, name_title, effective, tuple(more_names))


def _titled_name_head(cell: str) -> str:
    """The title a name's column is headed by (新任区长 → 区长; 主席), or '' (原任校长, 前任局长: the
    holder before, whose column only describes)."""
    if cell.startswith(_FORMER_HOLDER):
        return ""
    title = cell[2:] if cell.startswith("新任") else cell
    return title if 2 <= len(title) <= 5 and ends_with_title(title) else ""


def without_dates(columns: Columns, row: str) -> str:
    """``row`` with its cell of the date it takes effect emptied (a row of another width as it is)."""
    cells = row.split("|")
    if columns.effective is None or len(cells) != columns.width:
        return row
    return "|".join("" if i == columns.effective else cell for i, cell in enumerate(cells))


def column_row(c: Compact, start: int, key: str, columns: Columns, kind: Kind) -> Reading | None:
    """The event of one row under ``columns``: its person and the post its cells say; None for a
    row of another width, with no name, or with no post. Under columns of names each headed by a
    title (科室|主任|副主任), the names of each column take that title (several names a cell)."""
    if not columns.more_names:
        return _column_reading(c, start, key, columns, kind)
    found = [
        reading
        for column, title in ((columns.name, columns.name_title), *columns.more_names)
        if (
            reading := _column_reading(
                c, start, key, replace(columns, name=column, name_title=title), kind, True
            )
        )
    ]
    return replace(found[0], more=tuple(found[1:])) if found else None


def _column_reading(
    c: Compact, start: int, key: str, columns: Columns, kind: Kind, several: bool = False
) -> Reading | None:
    """The names of the row's name column (one; ``several``: 张志强、刘洋 under a title's column, ——
    none) and the post its cells say."""
    cells = key.split("|")
    if len(cells) != columns.width:
        return None
    offsets = [sum(len(cell) + 1 for cell in cells[:i]) for i in range(len(cells))]
    names = split_names_in_slot(cells[columns.name])
    if not names or (len(names) != 1 and not several):
        return None
    posts = _row_posts(c, start, cells, offsets, columns)
    if not posts:
        return None
    at = start + offsets[columns.name]
    who = tuple(c.text[at + i : at + i + len(name)] for i, name in names)
    if columns.status is not None and cells[columns.status].startswith(_ENDED):
        kind = Kind.RESIGN  # 行政室|主任|甲|退休: the post ends
    return Reading(who, kind, posts, start, start + len(key))


def _row_posts(
    c: Compact, start: int, cells: list[str], offsets: list[int], columns: Columns
) -> tuple[PostMention, ...]:
    """The posts a row's cells say: its unit and its title (one cell each, or the title the name's
    column is headed by), or one cell holding the posts whole (某法院审判委员会委员、某庭庭长)."""

    def printed(i: int | None) -> str:
        return "" if i is None else c.text[start + offsets[i] : start + offsets[i] + len(cells[i])]

    unit, title = printed(columns.unit), printed(columns.title) or columns.name_title
    if unit and title and not to_key(title).startswith(to_key(unit)):
        if not ends_with_title(to_key(title)):
            return ()
        return (post_of(unit, title),)
    whole = title or unit
    # (环境及生态局常任秘书长（环境）: a post with its portfolio in brackets)
    bare = to_key(whole).split("(")[0].removesuffix("职务")  # (免去 rows: 某庭庭长、审判员职务)
    return tuple(read_posts(whole, to_key(whole))) if whole and ends_with_title(bare) else ()
