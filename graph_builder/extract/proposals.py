"""Proposals and their adoption: what a clause proposes (提请任命, 拟免去, 市委建议), and whether the
notice reports it adopted (表决通过, a motion's vote carried).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from graph_builder.extract.event_dates import sentence_start
from graph_builder.extract.events import NOMINATED
from graph_builder.extract.reading import Reading
from graph_builder.read.normalise import to_key
from graph_builder.types import Kind

# A notice titled by its one decision (某常委会关于接受甲辞去X职务的决定, 关于乙代理Y的决定).
# A motion's vote below its title, carried (表决结果：同意9票，反对0票，弃权0票).
_MOTION_VOTE: Final = re.compile(
    r"表决(?:结果|情况)?:?(?:(?:同意|赞成)(?P<yes>\d+)票|(?P<yes2>\d+)票(?:同意|赞成))"
    r"[,;]?(?:(?:反对(?P<no>\d+)票)|(?P<no2>\d+)票反对)?"
)
# How far below its title a motion may say it still goes to the shareholders (尚需提交股东大会审议).
_MOTION_TAIL_REACH: Final = 120


def motion_carried(key: str, at: int, end: int | None = None) -> bool:
    """Whether the vote at ``at`` (表决结果：同意9票，反对0票…) carries a motion the board decides
    itself: more for than against, not reported failed, and not to be put to the shareholders (本议案
    尚需提交股东大会审议: a nomination, no act yet). ``end``: where the notice ends."""
    end = len(key) if end is None else end
    vote = _MOTION_VOTE.match(key, at, end)
    if vote is None:
        return False
    yes, no = int(vote["yes"] or vote["yes2"]), int(vote["no"] or vote["no2"] or 0)
    tail = key[vote.end() : min(end, vote.end() + _MOTION_TAIL_REACH)].split("\n(", 1)[0]
    return yes > no and "未获通过" not in tail and "未通过" not in tail and "股东大会" not in tail


def proposes(key: str, cs: int, ce: int, reading: Reading | None) -> bool:
    """Whether the clause key[cs:ce] proposes the acts after it in its sentence: a 提请 read as a
    nomination (提请某常委会任命甲为X，…), or a 提请 heading items after its colon (拟提请某常委会审议的
    人事任免事项：任命…；免去…); not a proposer named (根据…的提请, 表决通过了…提请的人事任免事项), nor
    a proposal the sentence or the next reports decided or adopted (…，会议经表决，决定任命甲为X)."""
    if "提请" not in key[cs:ce] or not _TIQING_AS_VERB.search(key, cs, ce) or "根据" in key[cs:ce]:
        return False
    if reading and reading.kind not in PROPOSED_KINDS:
        return False
    if not reading and (not key.startswith(":", ce) or _DECIDED_LATER.search(key, cs, ce)):
        return False
    return not _adopted_below(key, ce, len(key), reading.names if reading else ())


PROPOSED_KINDS: Final = (Kind.NOMINATE_APPOINT, Kind.NOMINATE_REMOVE)


def put_to_a_vote(key: str, cs: int, ce: int, end: int, names: tuple[str, ...] = ()) -> bool:
    """Whether the clause key[cs:ce] proposes to a body that votes (提请任命为, 拟免去: a proposal's
    items, not a 公示's 拟任) and the text reports the proposal (of ``names``) adopted below it."""
    return ("提请" in key[cs:ce] or "拟免去" in key[cs:ce]) and _adopted_below(key, ce, end, names)


def _adopted_below(key: str, at: int, end: int, names: tuple[str, ...] = ()) -> bool:
    """Whether a proposal read at ``at`` (of ``names``, if read) is reported adopted below it in its
    notice (the sentence after, or a closing line: 会议经表决，通过了上述任命); a decision on others
    is not its adoption (会议决定，提请某常委会任命甲为X；决定任命乙为Y)."""
    if adopted_next(key, at):
        return True
    for m in _DECIDED_LATER.finditer(key, at, min(end, at + _ADOPTION_REACH)):
        verb = _DECIDED_ON.match(key, m.end())
        if not (names and verb) or key.startswith(names, verb.end()):
            return True
    return False


def decided_in(sentence: str) -> bool:
    """Whether a sentence (a key) tells a decision or a vote of its own (…审议了上述议案，经表决，任命
    甲为X): in a motion's notice, what it tells is done, not proposed."""
    return _DECIDED_LATER.search(sentence) is not None


# The verb after 决定 (决定任命, 决定免去), whose object a decision on others names.
_DECIDED_ON: Final = re.compile("任命|免去|免职|聘任")


# 提请 as the verb of its clause, not a proposer's (根据县长的提请, 县长提请的人事任免事项).
_TIQING_AS_VERB: Final = re.compile("(?<!的)提请(?!的)")
# The acts named back as adopted (通过了上述任免, 通过了该议案).
_ADOPTED_THESE: Final = r"通过了?(?:上述|以上|该|这一|此项)(?:议案|任命|任免|提请|人事任免)"
# A decision or an adoption told anywhere after a proposal (…，会议经表决，决定任命…; 会议以无记名投票方式
# 表决通过了上述任免事项; 同意上述任免): not 请予审议决定, 该议案未获通过, 通过了组织考察.
_DECIDED_LATER: Final = re.compile(
    r"决定(?=任命|免去|免职|聘任|:)|经(?:会议)?表决|表决通过|审议通过|(?<![未不])(?<!没有)(?<!未能)(?:获得?|予以)通过"
    rf"|{_ADOPTED_THESE}|同意(?:上述|以上)"
    r"|经(?:会议)?批准|(?:会议|随后|依法)任命"
    # (a resolution announcement's section 二、议案审议情况: the motions below were put to the vote)
    r"|议案(?:的)?(?:审议|表决)(?:情况|结果)"
)
# How far after a proposal its adoption may be told (the lines of its list, then the report's line).
_ADOPTION_REACH: Final = 400


def as_proposed(reading: Reading) -> Reading:
    """``reading`` and those it carries as proposals (an appointment nominated, a removal proposed)."""
    more = tuple(map(as_proposed, reading.more))
    return replace(reading, kind=NOMINATED.get(reading.kind, reading.kind), more=more)


def effective(reading: Reading) -> Reading:
    """``reading`` and those it carries as the acts done (a proposal reported adopted)."""
    more = tuple(map(effective, reading.more))
    return replace(reading, kind=_ADOPTED_KINDS.get(reading.kind, reading.kind), more=more)


_ADOPTED_KINDS: Final = {Kind.NOMINATE_APPOINT: Kind.APPOINT, Kind.NOMINATE_REMOVE: Kind.REMOVE}


def terms_of_the_announcer(reading: Reading, announcer: str) -> Reading:
    """``reading`` with a post of a term of the body holding the meeting (某镇红十字会召开成立大会…选举
    甲为第一届红十字会会长) as that body's: the term's kind alone names no body."""
    posts = []
    for p in reading.posts:
        m = _TERM_OF.match(p.org)
        kind = m.group("kind") if m else ""
        if kind and to_key(announcer).endswith(to_key(kind)) and len(announcer) > len(kind):
            p = replace(p, post=announcer + p.post[len(p.org) :], org=announcer)
        posts.append(p)
    more = tuple(terms_of_the_announcer(r, announcer) for r in reading.more)
    return replace(reading, posts=tuple(posts), more=more)


# A term's ordinal before the kind of body it is of (第一届红十字会, 第三届理事会).
_TERM_OF: Final = re.compile(r"第[一二三四五六七八九十\d]{1,3}届(?P<kind>[\u4e00-\u9fff]{2,8})$")


def as_elected(reading: Reading) -> Reading:
    """``reading`` (and the readings it carries) as an election's."""
    more = tuple(as_elected(r) if r.kind is Kind.APPOINT else r for r in reading.more)
    return replace(reading, kind=Kind.ELECT, more=more)


# A motion's votes that carry it, after the motion (…的议案获8票同意, …的议案以全票通过).
CARRIED: Final = re.compile(
    r"》?(?:获|以)?(?:[\d一二三四五六七八九十]+票同意|全票(?:同意|通过)|审议通过|通过)"
)


def carried_below(key: str, at: int) -> bool:
    """Whether a motion's title ending at ``at`` has its vote, carried, on the line below
    (（一）关于聘任甲为总经理的议案⏎表决结果：同意9票…)."""
    at += key.startswith("》", at)
    return key.startswith("\n", at) and motion_carried(key, at + 1)


def motion_adopted(key: str, at: int) -> bool:
    """Whether the sentence up to ``at`` reports a motion adopted (审议通过了《关于…的议案》), not only
    reviewed (审议了…提请的…议案), or the sentence after it does (…的议案。经表决，议案获得通过)."""
    return "通过" in key[sentence_start(key, at) : at] or adopted_next(key, at)


def adopted_next(key: str, at: int) -> bool:
    """Whether the sentence after the one holding ``at`` reports the proposal in it adopted
    (…提请任命甲为X。会议表决通过了上述任命 / 经表决，议案获得通过), or its own sentence does after
    ``at`` (…提请任命甲为X的议案，表决通过了该议案)."""
    stop = key.find("。", at)
    lo = at - len("议案的说明") if key.endswith(("议案", "议案的说明"), 0, at) else at  # (the clause's own)
    motion = key.find("议案", max(lo, 0), stop if stop >= 0 else len(key))  # (its own, not another's after)
    if motion >= 0 and _ADOPTED_AFTER.match(key, motion):
        return True
    if _ADOPTED_LATER.search(key, at, stop if stop >= 0 else len(key)):
        return True  # (…，免去乙的Y职务，会议表决通过了上述任免。)
    return stop >= 0 and _ADOPTED_NEXT.match(key, stop + 1) is not None


# The acts of a sentence adopted at its end (…，会议表决通过了上述任免).
_ADOPTED_LATER: Final = re.compile(
    r"[,;](?:会议|大会)?经?(?:投票)?(?:表决)?,?通过了?(?:上述|以上)(?:任命|任免|人事任免)"
)
# A proposal's adoption told in its own sentence, after a comma (…的议案，表决通过了该议案).
_ADOPTED_AFTER: Final = re.compile(
    r"议案(?:的说明)?[,;](?:会议|大会)?(?:经)?(?:投票)?(?:表决|审议)?(?:并|和)?(?:表决)?"
    r"(?:,?(?:该|上述|此)?议案)?"  # (…的议案，经表决，议案获得通过: the motion named again)
    r"(?:通过了?(?:该|上述|以上|这一|此项)(?:议案|任命|任免|人事任免)|(?:获得?|予以)(?:表决)?通过)"
)


# The sentence after a proposal that reports it adopted (经表决，议案获得通过; 会议表决通过了上述任命).
_ADOPTED_NEXT: Final = re.compile(
    r"(?:经|会议|大会)?经?(?:投票)?(?:表决)?,?(?:会议)?(?:表决)?"  # (会议经表决，通过了上述任命)
    rf"(?:{_ADOPTED_THESE}"
    r"|(?:上述|以上|该|此)?(?:议案|任命|任免事项|提请)(?:均|已|全部)?(?:获得?|予以)?(?:表决)?通过)"
)
