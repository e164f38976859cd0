"""Sentences and clauses of a compact key, cut at stops that stand outside brackets and quotes."""

from __future__ import annotations

import re
from typing import Final

from graph_builder.extract.clause_words import at_first_characters
from graph_builder.extract.listings import named_after_title
from graph_builder.extract.names import (
    is_name,
    split_names,
)
from graph_builder.extract.posts import (
    BRACKETS,
    OPEN,
    short_quotes,
)
from graph_builder.read.normalise import (
    INLINE_BULLETS,
    Compact,
)

# A stop, or a full stop not between digits (2.5; 市长.2月22日 is a stop): the same as
# [;。\n!?]|(?<!\d)\.|\.(?!\d), its branches each starting with a character so the engine skips
# ahead (each stop a branch of its own: a branch opening with a class, [;。…], leaves the engine no
# characters to skip ahead to, and it tries every branch at every character). (A bullet inside a
# line starts a roundup's next item: 荷川▶甲履新X▶乙履新Y. The mark after an item's number opening
# a line, 一、 1. (一), ends the number as a sentence of its own: each item is read apart from it.)
SENTENCE_STOP: Final = re.compile(
    "|".join(re.escape(stop) for stop in f";。\n!?{INLINE_BULLETS.replace('•', '')}")
    # (• between two Han characters is a name's dot: 阿依努尔•吐尔地为…)
    # (not after a run longer than a name: 甲任某局局长•乙任…, a roundup's items)
    + r"|•(?:(?<![\u4e00-\u9fff]•)|(?![\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{7}•))"
    + r"|\.(?!(?<=\d\.)\d)|、(?<=(?<![^\n])[一二三四五六七八九十\d]、)"
    r"|\)(?<=(?<![^\n])\([一二三四五六七八九十\d]\))"
)
# 关于…的决定、关于…的决定 (or 和关于…) / 《…的决定》《…的决定》 / 《…》、《…》: each its own clause
# (由甲升任某课长、乙调任某馆长: after a post, a 、 before another person's move ends the clause)
_CLAUSE_STOP: Final = at_first_characters(
    r":|,(?!(?<=\d,)\d{3}(?!\d))|[、和及](?=关于)|、(?=《|决定(?!为))|(?<=》)(?=《|以及|和|及)|(?<=的决[定议])、"
    # (通过《关于接受甲辞去X职务请求的决定》、任命名单: a title ends its clause before what else passed)
    r"|(?<=》)、"
    # (其中提到“某常委会决定罢免甲的…职务”: a notice quoted at length, its own clause, after a word
    # that cites a document, not one that reports what is said: 消息称“…” is a rumour's)
    r"|“(?<=提到“|写道“|指出“|显示“|通报“|公告“)(?=[^“”]{16,80}”)|”(?<=职务”|资格”|代表”)(?=[。;,]|$)"
    # (审议了甲关于辞去X职务的请求、乙关于辞去Y职务的请求: each request a clause of its own; so
    # is each motion: …关于提请任命甲为X的议案、…关于提请免去乙的Y职务的议案)
    r"|、(?<=的请求、|的申请、|的报告、|的说明、|的议案、)"
    # (通过了任命甲为X的决定和免去乙Y职务的决定: two decisions, each a clause)
    r"|和(?<=的决定和)(?=任命|免去|聘任|接受|决定)"
    # (劳动部长由甲接任、农委会主委由乙担任: items of a list each a clause, their verbs closing them)
    r"|、(?<=接任、|担任、|出任、|接掌、)"
    # (免去甲某委员会副主席职务、撤销其某政协委员资格: a second act on the same person)
    # (…副主席职务、撤销某政协委员资格: the same person, named once)
    r"|、(?<=职务、)(?=(?:撤销|罢免|免去|免除)其?)"
    # (甲医生获委任为某联网总监、乙医生获委任为某医院行政总监: each appointee's own clause)
    r"|(?<=[长员记书监])、(?=(?:(?![长记员委书主副])[\u4e00-\u9fff]){2,3}(?:医生|先生|女士|教授)?"
    r"(?:调任|升任|转任|出任|接任|获委任|获任命)[\u4e00-\u9fff])"
    # (选举甲为董事长聘任乙为总经理: a headline's second act, no stop printed before its verb)
    r"|(?<=[长员记书理监])(?=聘任[\u4e00-\u9fff]{2,4}为)"
    # (任命甲为某院副院长并免去其某庭庭长职务: the second act on the same person, no stop before it)
    r"|(?<=[长员记书理监])(?=(?:并|同时)免去其)"
    # (免去甲的某市副市长职务并撤销其某市人大代表资格: the second act on the same person)
    r"|(?<=职务)(?=(?:并|同时)(?:撤销|罢免)其)"
    # (接受甲辞去某委员以及乙、丙辞去某代表的辞呈: a second resignation, its own names before its verb)
    r"|以及(?<=[长员记书理监表务]以及)(?=[^,;。以]{2,40}?辞去)"
    # (高少华——以定期委任方式续期担任某厅厅长: a Macao extract's item, the name, a dash, its clause)
    r"|——(?=以[\u4e00-\u9fff]{2,8}?方式|续期|担任|出任)",
    # (the stops consumed; the characters after a zero-width stop: 《, 以及, 和, 及, 聘任, 并, 同时)
    ":,、和及—“”" + "《以聘并同",
)
# What every match of _CLAUSE_STOP holds or stands after: a stop consumed, the 》 before a zero-width
# stop, or the 聘任 after one.
# (literals: see CUE)
_CLAUSE_STOP_MARK: Final = re.compile(r":|,|、|和|及|》|聘任|免去其|撤销其|罢免其|——|“|”")


def _short_quotes(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The short quotes of key[start:end] as brackets, whose stops are theirs (某市“产业强市，项目为王”
    攻坚行动指挥部办公室主任; a speech quoted at length does end its clauses): (position, ±1)."""
    return [pair for a, b in short_quotes(key, start, end) for pair in ((a, 1), (b - 1, -1))]


def cut_clauses(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """``cut_spans`` of key[start:end] at _CLAUSE_STOP. Most sentences of a notice are one clause: a
    sentence holding none of the characters a stop needs is one, without the pattern tried (its
    lookbehinds leave the engine no character to skip ahead to)."""
    if not _CLAUSE_STOP_MARK.search(key, max(start - 1, 0), end):  # (a lookbehind may see key[start - 1])
        return [(start, end)] if end > start else []
    return cut_spans(key, start, end, _CLAUSE_STOP)


def names_run_on(key: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a list of names cut at its commas joined again (选举张三，李四，王五为副县长, as
    news prints it): a clause of names alone after a clause ending in a name, and the clause after
    them opening with a name, go on with it."""
    out: list[tuple[int, int]] = []
    names_only = False
    for i, (a, b) in enumerate(spans):
        before = key[out[-1][0] : out[-1][1]] if out else ""
        if before and key[a - 1 : a] == "," and _described_run_on(before, key, spans[i:]):
            out[-1] = (out[-1][0], b)  # (免去某局党委书记甲，党委副书记、局长乙职务: one list)
            continue
        # (a list opening its sentence, 甲，乙和丙不再担任…, goes on as one after a verb's does)
        names_only = names_only or (bool(out) and _names_alone(before))
        joined = bool(out) and key[a - 1 : a] == "," and (names_only or _ends_with_name(before))
        alone = joined and _names_alone(key[a:b])
        if joined and (alone or _opens_with_name(key[a:b])) or _posts_in_turn(before, key[a:b]):
            out[-1] = (out[-1][0], b)
            names_only = alone
            continue
        out.append((a, b))
        names_only = False
    return out


def _described_run_on(before: str, key: str, rest: list[tuple[int, int]]) -> bool:
    """Whether the clause at ``rest[0]`` goes on a removal's list of persons each described by his
    titles, cut at commas (免去某局党委书记甲，党委副书记、局长乙职务: the comma parts the persons, the
    、 one person's titles): the clause before names its first after 免去 and this one, or one of the
    described clauses after it, ends the list with 职务 (对某局党委书记、局长甲，某局副局长乙予以免职:
    with the act)."""
    verb, width, ends = before.find("免去"), 2, _POSTS_CLOSED
    if verb < 0:
        verb, width, ends = before.rfind("对"), 1, _DISMISSALS
    if verb < 0 or not (found := named_after_title(before[verb + width :])) or found[0] == 0:
        return False
    for a, b in rest[:4]:
        clause = key[a:b]
        ended = next((clause.removesuffix(end) for end in ends if clause.endswith(end)), clause)
        bare = ended.removesuffix("的")
        described = named_after_title(bare)
        if not described or described[0] + len(described[1]) != len(bare):
            return False
        if bare != clause:
            return True
        if key[b : b + 1] != ",":
            return False
    return False


# The acts that end a list of persons after 对 (对某局局长甲，某局副局长乙予以免职), and the word that
# ends one after 免去.
_DISMISSALS: Final[tuple[str, ...]] = ("予以免职", "予以撤职", "就地免职", "先期免职", "免职")
_POSTS_CLOSED: Final[tuple[str, ...]] = ("职务",)


def _names_alone(clause: str) -> bool:
    """A clause that is one or two names and nothing else (李四 / 陈五和赵六)."""
    return 2 <= len(clause) <= 9 and bool(split_names(clause))


def _ends_with_name(clause: str) -> bool:
    """Whether a clause ends with a name after a verb that names people (选举张三)."""
    return any(
        len(clause) > n and is_name(clause[-n:]) and clause[:-n].endswith(_VERBS_BEFORE_NAMES) for n in (2, 3)
    )


def _opens_with_name(clause: str) -> bool:
    """Whether a clause opens with a name and goes on to its post (王五为副县长)."""
    return any(
        is_name(clause[:n]) and clause.startswith(("为", "同志", "和", "及", "、", "的"), n) for n in (2, 3)
    )


def _posts_in_turn(before: str, clause: str) -> bool:
    """Whether ``clause`` gives in turn the posts of the names that end the clause before, after its
    verb (任命甲、乙，分别为X、Y代理站长): no post stands between the names and the comma."""
    if not clause.startswith(_IN_TURN):
        return False
    verb = max(before.rfind(v) + len(v) if v in before else -1 for v in _VERBS_BEFORE_NAMES)
    names = split_names(before[verb:]) if verb > 0 else None
    return names is not None and len(names) >= 2


# (…，分别为X、Y: the posts of a list of names, one for each)
_IN_TURN: Final = ("分别为", "分别任", "分别担任", "分别出任")
# Verbs a comma-cut list of names may stand after (选举张三，李四，王五为…).
_VERBS_BEFORE_NAMES: Final = (
    *("选举", "补选", "增选", "增补", "任命", "聘任", "聘请", "委任", "选出"),
    *("免去", "罢免", "撤销", "解聘", "接受", "同意"),  # (免去甲，乙和丙的…职务; 接受甲，乙辞去…)
)


def cut_spans(key: str, start: int, end: int, stops: re.Pattern[str]) -> list[tuple[int, int]]:
    """Cut key[start:end] at stop characters that stand outside brackets and quotes."""
    if not stops.search(key, start, end):  # no stop: one span, whatever the brackets
        return [(start, end)] if end > start else []
    # Each bracket's +1 (open) or -1 (close), in order: the depth at a stop is their sum so far,
    # as bracket_depth of the stretches between stops (no stop is a bracket) would add it up.
    brackets = [(m.start(), 1 if m.group() in OPEN else -1) for m in BRACKETS.finditer(key, start, end)]
    # A bracket never closed (page noise: "( x9e0 `") opens nothing, even when a stray closer
    # before it makes the counts balance (").("); nor does one closed only far away.
    brackets = _closed(brackets)
    if "“" in key[start:end]:
        brackets = sorted(brackets + _short_quotes(key, start, end))
    out, a, depth, k = [], start, 0, 0
    for m in stops.finditer(key, start, end):
        while k < len(brackets) and brackets[k][0] < m.start():
            depth += brackets[k][1]
            k += 1
        if depth <= 0:
            depth = 0
            if m.start() > a:
                out.append((a, m.start()))
            a = m.end()
    if end > a:
        out.append((a, end))
    return out


# A bracket in a notice holds a name, a rank or a date line; one closed only further on than this
# is page noise (q( O" … ) that would otherwise swallow every stop in between.
_BRACKET_REACH: Final = 120


def _closed(brackets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``brackets`` without the opening ones that no later bracket closes within reach (and
    without the far closer of such a pair)."""
    drop: set[int] = set()
    open_: list[int] = []
    for i, (pos, d) in enumerate(brackets):
        if d > 0:
            open_.append(i)
        elif open_:
            j = open_.pop()
            if pos - brackets[j][0] > _BRACKET_REACH:
                drop.update((i, j))
    drop.update(open_)
    if not drop:
        return brackets
    return [b for i, b in enumerate(brackets) if i not in drop]


def alone_on_its_line(c: Compact, start: int, length: int) -> bool:
    end = start + length
    return (start == 0 or c.key[start - 1] == "\n") and (end == len(c.key) or c.key[end] in "\n。;")
