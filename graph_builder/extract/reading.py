"""What a clause reader produces and remembers: readings and the reference state."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from graph_builder.extract.posts import COMPANY_ENDS, PostMention
from graph_builder.read.normalise import Compact, to_key
from graph_builder.types import FuzzyDate, Kind

if TYPE_CHECKING:  # (columns.py reads rows into Readings: imported for the annotation only)
    from graph_builder.extract.columns import Columns

TAIL: Final = re.compile(
    r"(?:的(?:书面)?(?:辞职)?(?:请求|申请)|的辞呈|的请辞|(?<=职务)的(?:书面)?(?:辞职|提请|申请)?报告|(?<=职务)的(?:书面)?辞职(?:信|函)|(?<=职务)的(?:有关)?(?:情况)?说明|(?<=职务)的提请|请求|的(?:任职|任免|职务)?决定|的决议|等(?:所有|全部|一切|其他|行内|公司|相关)*(?:职务|职位|职)|的?职务|一职|之职|(?<=[长员记任席事书监理])职位|职|等$"
    r"|的(?:任职|任免|任命)?(?:文件|通知)"  # 宣读了院党组任命甲同志任Y的文件: the document of the act
    r"|的批复"  # 关于同意甲辞去X职务的批复: a reply, by its title
    r"|等(?:有关|相关)?(?:人事任免|人事|任免)?事项"  # 通过了关于接受甲辞去X职务请求的决定等有关人事任免事项
    # 通过了《关于接受…辞去…职务请求的决定(草案)》: a decision adopted, by its title; 除甲调任某大学
    # 校长外，…: the exception's act
    r"|》|\(草案\)|草案|(?<=[长任记员])外"
    r"|表示(?:热烈|衷心)?(?:的)?祝贺"  # 对甲同志当选县长表示祝贺: the act congratulated
    r"|(?<=常委|委员)班子"  # 甲增补进市委常委班子: the body's members, the post 市委常委
    r"|(?:[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日)?起?生效"  # …副校监 11月1日起生效
    r"|并(?:于同日|于当日|当天|当日|随即)?(?:宣誓)?就职)+"  # 核派甲代理某乡长职务并于同日宣誓就职
    r"(?:(?<=务)后)?$"  # 辞去公司董事长职务后，继续担任…: the act, then what follows it
)
# The last characters TAIL can end with (等: the last of some examples).
TAIL_ENDS: Final = tuple("求请务职定议》)案后等外呈件知辞告贺子效复位信函明项\n")  # (就职 ends in 职)
_TAIL_LAST: Final = frozenset(TAIL_ENDS)  # (asked as a set: not endswith over a tuple of characters)


# Every character a TAIL match consumes, digits aside (its words', a day's, the brackets of 草案).
TAIL_CHARS: Final = frozenset(
    "的请求申辞职呈报告提书面务决定议等所有全部一切任免命文件通知》()草案外表示热烈衷心祝贺班子"
    "一二三四五六七八九十月日起生效并于同当天随即宣誓就后批复"
    "其他行内公司相关位信函"  # (…等行内相关职务, 等职位; 辞职信, 辞职函)
    "说明情况有关"  # (辞去某职务的有关情况说明)
    "人事项"  # (…的决定等有关人事任免事项)
    "之"  # (辞任某公司董事长之职)
)


def without_tail(text: str) -> str:
    """``text`` without the words after a post that are no part of it (职务, 的请求, 一职 …)."""
    if text[-1:] not in _TAIL_LAST:
        return text
    # A match runs to the end (or to a final line break) over TAIL_CHARS and digits alone, so it
    # starts within the run of them that ends the text: the pattern, which no literal first
    # character lets the engine skip ahead to, is tried only there (its lookbehinds still see
    # the characters before). The one match there is the one TAIL.sub would remove.
    end = len(text) - text.endswith("\n")
    run = end
    while run and (text[run - 1] in TAIL_CHARS or text[run - 1].isdecimal()):
        run -= 1
    m = TAIL.search(text, run)
    return text[: m.start()] + text[m.end() :] if m else text


# (init=False and an __init__ of its own: mypyc compiles a written __init__, while the one dataclass
# generates runs interpreted, some ten times slower for a class built per clause read)
@dataclass(frozen=True, slots=True, init=False)
class Reading:
    """One clause read: who, what kind, which posts, and the clause's compact span."""

    names: tuple[str, ...]
    kind: Kind
    posts: tuple[PostMention, ...]
    start: int  # compact offsets of the evidence
    end: int
    pairwise: bool  # 张三、李四分别任X、Y: the n-th name takes the n-th post
    ended: tuple[PostMention, ...]  # posts a transfer (调任, 转任) ends: 原任X的张三调任Y
    more: tuple[Reading, ...]  # the list's further items under the same verb: 任命A任X、B任Y

    def __init__(
        self,
        names: tuple[str, ...],
        kind: Kind,
        posts: tuple[PostMention, ...],
        start: int,
        end: int,
        pairwise: bool = False,
        ended: tuple[PostMention, ...] = (),
        more: tuple[Reading, ...] = (),
    ) -> None:
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "posts", posts)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "pairwise", pairwise)
        object.__setattr__(self, "ended", ended)
        object.__setattr__(self, "more", more)


@dataclass(init=False)
class State:
    """What a clause may refer back to: the last person (for 其) and the last verb (lists)."""

    person: tuple[str, ...]
    person_start: int
    kind: Kind | None
    table: Kind | None  # set by a 任命职务 / 免去职务 header: rows below are events
    table_column: int | None  # which cell of a row holds the post, when the header said
    table_more: tuple[tuple[int, Kind], ...]  # other columns of posts and their kinds (免去职务)
    table_holder: int | None  # which cell holds the person, when the header said (新任)
    table_former: int | None  # which cell holds the post held before (原任职务), when said
    table_unit: int | None  # which cell holds the unit of a row's bare title (科室, 企业名称)
    table_kind_column: int | None  # which cell says each row's act (任免类别: 任命 / 免职)
    table_name_column: int | None  # which cell holds the person, in such a table
    table_width: int  # how many cells such a table's header has
    table_proposed: bool  # its rows proposals (a 公示's 拟任（免）职务 column): nominations
    table_result: int | None  # which cell says whether the row's person was elected (当选情况)
    columns: Columns | None  # what a header said each column holds (机关|职称|新任人员|原职)
    row_kind: Kind | None  # the act of the row above (a row printing none goes on with it)
    listed: bool  # a heading ending with a colon announced the rows below (no reading since)
    subject: tuple[str, ...]  # names standing alone just before: 张三，任某局局长
    subject_start: int
    subject_held: tuple[PostMention, ...]  # the posts describing that subject (某局局长张三，)
    # (subject_start, the posts describing each of several subjects in order): 对某镇党委书记甲、镇长乙…
    subjects_held: tuple[int, tuple[tuple[PostMention, ...], ...]]
    heading: tuple[Kind, tuple[PostMention, ...], int] | None  # 聘任的参事有：(names follow)
    org: str  # the last post's organisation as printed, for a later bare title
    announcer: str  # 某医院召开干部大会: the body the sentence is about, for a title of its kind
    posts: tuple[PostMention, ...]  # the last reading's posts: a successor (由张三接任) takes them
    left: tuple[PostMention, ...]  # the posts its move ended: a successor (其职由乙接任) takes these
    pairs_below: Kind | None  # 包括： ended a clause: the clauses after are pairs of this kind
    list_org: str  # a body's name standing as a line: the "title：names" lines below are its
    items_posts: tuple[PostMention, ...]  # the post of each person the last reading named, in order
    members_of: str  # 成立某委员会，其组成人员如下：the body whose members are listed by role below
    members_role: str  # the role of the last of those members (the next line may go on with it)
    own_unit: str  # 我院 / 我校: the unit bare titles of pairs below are of (新任院长甲，副院长乙)
    counted_end: int  # where a subject's clause with its votes ended (甲得票73票，乙得票71票，…)
    joined: tuple[int, str]  # (subject_start, unit): 甲已到某局任职 (，任局长: that unit's)
    elected_at: int  # where a clause told a body's leadership elected (选举产生了新一届领导班子)
    proposed_to: int  # where the reach of a 提请 ends (its sentence's 。): the acts up to it proposed
    # the day a list's head printed for its act (国务院于2022年6月19日任命：⏎甲为…；), with that act
    list_day: tuple[Kind, FuzzyDate] | None
    label_end: int  # where the item a place's label heads ends (银川市：甲任市委副书记；), its body's reach

    # (written out, every field at its start: mypyc compiles it, while the __init__ dataclass
    # generates runs interpreted; a reading starts with its notice's company at most)
    def __init__(self, org: str = "") -> None:
        self.person = ()
        self.person_start = 0
        self.kind = None
        self.table = None
        self.table_column = None
        self.table_more = ()
        self.table_holder = None
        self.table_former = None
        self.table_unit = None
        self.table_kind_column = None
        self.table_name_column = None
        self.table_width = 0
        self.table_proposed = False
        self.table_result = None
        self.columns = None
        self.row_kind = None
        self.listed = False
        self.subject = ()
        self.subject_start = 0
        self.subject_held = ()
        self.subjects_held = (-1, ())
        self.heading = None
        self.org = org
        self.announcer = ""
        self.posts = ()
        self.left = ()
        self.pairs_below = None
        self.list_org = ""
        self.items_posts = ()
        self.members_of = ""
        self.members_role = ""
        self.own_unit = ""
        self.counted_end = -1
        self.joined = (-1, "")
        self.elected_at = -1
        self.proposed_to = -1
        self.list_day = None
        self.label_end = -1


def printed(c: Compact, base: int, names: list[tuple[int, str]]) -> tuple[str, ...]:
    """Names found in the key text, as printed (traditional characters kept: 顾铖禕)."""
    return tuple(c.text[base + at : base + at + len(n)] for at, n in names)


def last_match(pattern: re.Pattern[str], key: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``key[lo:hi]`` (the nearest before ``hi``), or None."""
    matches = list(pattern.finditer(key, max(lo, 0), hi))
    return matches[-1] if matches else None


# A company's heads, by their bare titles (某公司举行董事长交接典礼，新任董事长由乙接任).
_COMPANY_HEADS: Final = frozenset({"董事长", "副董事长", "总经理", "副总经理", "总裁"})
# A head's bare title (院长, 副校长职务): the unit it heads, by its character.
HEAD_TITLE_ALONE: Final = re.compile(r"副?(?P<unit>[\u4e00-\u9fff])长(?:职务)?")


def announced_body(title: str, state: State) -> str:
    """The body the sentence is about (某医院召开干部大会, as ``State.announcer`` holds it) when the
    bare head's ``title`` (a key: 院长, 校长) heads a unit of its kind, else ''."""
    return state.announcer if state.announcer and heads_its_kind(title, state.announcer) else ""


def body_of_its_kind(title: str, state: State, former: bool = False) -> str:
    """The body a bare head's ``title`` (原院长甲调任…) is of: the one the sentence is about when the
    title heads a unit of its kind, else (for a ``former`` holder) that of the same title just taken
    (甲任某医院院长，原院长乙调任…: the one succeeded) or of the unit it names again; '' if none."""
    if found := announced_body(title, state):
        return found
    if not former:
        return ""
    return org_of_title(state.posts, title) or _org_named_again(state.posts, title)


def _org_named_again(posts: tuple[PostMention, ...], described: str) -> str:
    """The organisation of the last of ``posts`` whose own unit a title of ``described`` (a key)
    opens with (甲任某区党工委书记，兼任管委会主任；原党工委书记、管委会主任乙调任…: 管委会 is the
    one just named), or ''."""
    for p in reversed(posts):
        org = to_key(p.org)
        # (not a party committee's department, 某市委组织部: its bare unit would lose the 委)
        tails = [org[-k:] for k in (2, 3, 4) if len(org) > k and not org.endswith("委", 0, len(org) - k)]
        if any(item.startswith(tail) for item in described.split("、") for tail in tails):
            return p.org
    return ""


def org_of_title(posts: tuple[PostMention, ...], title: str) -> str:
    """The organisation of the last of ``posts`` whose title is ``title`` (a key), or ''."""
    return next((p.org for p in reversed(posts) if p.org and to_key(p.title) == title), "")


def heads_its_kind(title: str, body: str) -> bool:
    """Whether the bare head's ``title`` (a key) heads a unit of ``body``'s kind (院长 a 医院, 校长 a
    大学)."""
    if title in _COMPANY_HEADS:
        return to_key(body).endswith(COMPANY_ENDS)
    m = HEAD_TITLE_ALONE.fullmatch(title)
    if m is None:
        return False
    unit, own = m["unit"], to_key(body)
    return own.endswith(unit) or (unit == "校" and own.endswith(("大学", "学院", "中学", "小学")))
