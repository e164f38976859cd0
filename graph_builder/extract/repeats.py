"""One line per event: a headline, a lead and a body that repeat one appointment give one event.

A document may print the same act several times with different completeness (the headline
"王五任某市代市长", the body "决定王五为某市人民政府代理市长"); printings dated more than a week
apart are different acts (a meeting's day and a page's day are one). The event keeps the most complete
post printed for it, and a date or issuer another printing has when its own has none
(docs/design.md#events).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Final

from graph_builder.read.normalise import to_key
from graph_builder.read.patterns import PROVINCES
from graph_builder.types import Action, Event, Kind

# What a proposal becomes once adopted.
_ADOPTED_AS: Final = {Action.NOMINATE_APPOINT: Action.APPOINT, Action.NOMINATE_REMOVE: Action.REMOVE}

# A shorter post repeats a longer one only if it starts where an organisation ends in the longer:
# 财政局局长 repeats 某市财政局局长, but 总经理 does not repeat 副总经理.
_NOT_A_BOUNDARY: Final = ("副", "正", "代", "理", "务", "一", "行", "总", "名誉", "首席")

# The 第 of a term (第十四届), which a repeat may leave out.
_TERM_ORDINAL: Final = re.compile(r"第(?=[\d一二三四五六七八九十]{1,3}届)")
# What a headline leaves out of a post between its body's name and its title: the government
# (某市代市长), a board and its term (某公司董事长 for 某公司第八届董事会董事长).
_ELIDED: Final = re.compile(
    r"[市省区县州]?(?:人民政府|政府)|特区政府|(?:[\d一二三四五六七八九十]{1,3}届)?(?:董事会|理事会|监事会)"
)


def merge_repeats(events: list[Event]) -> list[Event]:
    """``events`` with every repeat of an event folded into its most complete printing, in order."""
    events = _without_elections_told_as_appointments(events)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[(e.action, e.person)].append(i)  # as printed: one document prints a name one way
    dropped: dict[int, int] = {}  # index of a repeat -> index of the printing that absorbs it
    for group in groups.values():
        if len(group) < 2:
            continue
        keys = {i: _post_key(events[i].post) for i in group}
        # Identical printings (the same post and date) fold at once, so the pairwise pass below runs
        # over distinct printings only: a text repeating one act a thousand times stays linear.
        first: dict[tuple, int] = {}
        for i in group:
            j = first.setdefault(same := (keys[i], events[i].date), i)
            if j != i and _fuller(events[i], events[j], i, j):
                dropped[j], first[same] = i, i
            elif j != i:
                dropped[i] = j
        members = sorted(first.values())
        for i in members:
            for j in members:
                if i == j or j in dropped or i in dropped or not _same_time(events[i], events[j]):
                    continue
                same_key = keys[i] == keys[j]
                if _fuller(events[j], events[i], j, i) if same_key else _repeats(keys[i], keys[j], i, j):
                    dropped[i] = j
                elif (
                    not same_key
                    and _abbreviates(events[i], events[j])
                    and not _one_printing(events[i], events[j])
                ):
                    dropped[i] = j  # 吉大校长 repeats 吉峰大学校长 (a headline's short name)
                elif not same_key and _placed_alike(keys[i], keys[j]) and _placed_by_body(keys, j, i):
                    dropped[i] = j  # 辽宁省营口市副市长 repeats 营口市人民政府副市长 (a headline's province)
    if not dropped:
        return events
    out = list(events)
    for i, j in dropped.items():
        while j in dropped:
            j = dropped[j]
        out[j] = _filled(out[j], events[i])
    return [e for i, e in enumerate(out) if i not in dropped]


def _without_elections_told_as_appointments(events: list[Event]) -> list[Event]:
    """``events`` without a plain appointment that repeats an election of the same person to the same
    post (the headline 甲任某市市长 over 选举甲为某市人民政府市长): the act is the election, whose
    line takes the date the other printing has if it has none."""
    elected = [j for j, e in enumerate(events) if e.kind is Kind.ELECT]
    if not elected:
        return events
    told = {  # index of an appointment -> index of the election it repeats
        i: j
        for i, e in enumerate(events)
        if e.kind is Kind.APPOINT
        and (j := next((k for k in elected if _told_again(e, events[k])), None)) is not None
    }
    out = list(events)
    for i, j in told.items():
        out[j] = _filled(out[j], events[i])
    return [e for i, e in enumerate(out) if i not in told]


def _told_again(appointed: Event, elected: Event) -> bool:
    """Whether an appointment's post is the same person's elected post, as printed or shortened."""
    if appointed.person != elected.person or not _same_time(appointed, elected):
        return False
    short, long_ = _post_key(appointed.post), _post_key(elected.post)
    return short == long_ or _repeats(short, long_, 0, 1) or _abbreviates(appointed, elected)


def without_adopted_proposals(events: list[Event]) -> list[Event]:
    """``events`` without the proposals (提请任命 / 拟任) that the same document reports as done: an
    appointment (or a removal) of the same person to the same post is the act, the proposal
    only its history (docs/design.md#events)."""
    if not any(e.action in _ADOPTED_AS for e in events):
        return events  # no proposal: nothing to fold (the common case, so no post is keyed)
    done = {
        (e.person, _post_key(e.post), e.action)
        for e in events
        if e.action in (Action.APPOINT, Action.REMOVE, Action.CONFIRM)
    }
    return [e for e in events if (e.person, _post_key(e.post), _ADOPTED_AS.get(e.action)) not in done]


# Printings of one act dated this many days apart are still one act (a meeting's day, and the day
# a page reporting it was published).
_SAME_ACT_DAYS: Final = 7


def _same_time(a: Event, b: Event) -> bool:
    """Two printings can be one act only if their dates agree, overlap or lie within a week (or one
    has none): a gazette that appoints the same person to the same post in two years reports two acts."""
    if a.date is None or b.date is None:
        return True
    if a.date.earliest <= b.date.latest and b.date.earliest <= a.date.latest:
        return True
    return abs((a.date.earliest - b.date.earliest).days) <= _SAME_ACT_DAYS


def _post_key(post: str) -> str:
    # 区委员会 is printed 区委 in a headline (城西区委书记 repeats 中共某市城西区委员会书记), 人民代表大会
    # 人大 and a term's 第 dropped (全国人大代表 repeats 第十二届全国人民代表大会代表)
    key = to_key(post).replace("代理", "代").replace("特别行政区", "特区").replace("人民代表大会", "人大")
    key = _TERM_ORDINAL.sub("", key.replace("常务委员会", "常委会").replace("委员会", "委"))
    # and a body's 党委书记 its 书记 (某医院书记 repeats 某医院党委书记)
    key = key.replace("党委书记", "书记").replace("党委副书记", "副书记")
    # 湖北省政协副主席 repeats 政协湖北省第十二届委员会副主席 (a headline's short name of a CPPCC)
    key = _CPPCC_COMMITTEE.sub(r"\g<place>政协", key, count=1)
    return key.removeprefix("中共").removesuffix("职务")


# A CPPCC committee by its full name (as keyed: 委员会 is 委, its term dropped), and its place.
_TERM: Final = "(?:[\\d一二三四五六七八九十]{1,3}届)?"
_CPPCC_COMMITTEE: Final = re.compile(
    rf"^(?:中国人民政治协商会议|政协){_TERM}(?P<place>[\u4e00-\u9fff]{{2,12}}?){_TERM}委"
)


def _fuller(a: Event, b: Event, i: int, j: int) -> bool:
    """Of two printings of one post (人大代表, 人民代表大会代表), whether ``a`` (event i) is the one
    kept: the longer as printed, else the first."""
    return (len(a.post), -i) > (len(b.post), -j)


def _repeats(short: str, long_: str, i: int, j: int) -> bool:
    """Whether post ``short`` (event i) is a repeat of post ``long_`` (event j) (their keys differ)."""
    if len(short) >= len(long_) or len(short) < 2:
        return False
    if long_.endswith(short):
        return not long_[: len(long_) - len(short)].endswith(_NOT_A_BOUNDARY)
    # A headline leaves out the government: 某市代市长 repeats 某市人民政府代市长; a head's title
    # runs into its body's name: 国防部长 repeats 国防部部长 (局长, 厅长 alike).
    for k in range(2, len(short)):
        middle = long_[k : len(long_) - (len(short) - k)]
        if (
            long_.startswith(short[:k])
            and long_.endswith(short[k:])
            and (_ELIDED.fullmatch(middle) or (middle == short[k - 1] and short[k:] == "长"))
        ):
            return True
    return False


def _one_printing(a: Event, b: Event) -> bool:
    """Whether two events are read from one printing (their spans overlap): two posts listed side by
    side (某区人民政府办公室主任、某区人民政府外事办公室主任), never a short name repeating a long one."""
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


def _placed_alike(a: str, b: str) -> bool:
    """Whether two post keys name one post but for the province a headline adds before a city and
    the government it leaves out or shortens (辽宁省营口市副市长, 营口市人民政府副市长, 营口市政府副市长)."""
    bare_a, bare_b = (_PROVINCE_FIRST.sub("", _ELIDED_GOVERNMENT.sub("", k)) for k in (a, b))
    return (
        bare_a == bare_b
        and len(bare_a) >= 4
        and (_PROVINCE_FIRST.match(a) or _PROVINCE_FIRST.match(b)) is not None
    )


def _placed_by_body(keys: dict[int, str], j: int, i: int) -> bool:
    """Of two printings of one post placed alike, whether event ``j``'s is the one kept over ``i``'s:
    the one naming the government (营口市政府副市长 over a headline's 辽宁省营口市副市长), else the
    longer (湖南常德市委副书记 over 常德市委副书记), else the first."""
    named = ["政府" in keys[k] for k in (j, i)]
    if named[0] != named[1]:
        return named[0]
    return (len(keys[j]), -j) > (len(keys[i]), -i)


_ELIDED_GOVERNMENT: Final = re.compile("人民政府|政府")
# A province (or region) before a city of it, as a headline names the city (湖北襄阳市: its name
# alone, as headlines print it).
_PROVINCE_FIRST: Final = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,7}}?(?:省|自治区)|{'|'.join(PROVINCES)})(?=(?!市)[\u4e00-\u9fff]{{2,8}}?[市州盟])"
)


def _abbreviates(short: Event, long_: Event) -> bool:
    """Whether ``short``'s post is ``long_``'s with its organisation's name abbreviated (吉大 for
    吉峰大学, 交行 for 交通银行, 工信部 for 工业和信息化部): the same title, and every character of the
    short name in the long one, in order. The long name is no short one with words after it (某镇党委
    组织委员: a kind of member, not a longer name), nor one with a disciplinary body's words inside
    (某镇纪律检查委员会 is not 某镇委员会)."""
    a, b = to_key(short.org), to_key(long_.org)
    if not 2 <= len(a) < len(b) or to_key(short.title) != to_key(long_.title):
        return False
    if b.startswith(a):  # 中国电信 for 中国电信集团有限公司: the company without its legal form
        return len(a) >= 3 and _LEGAL_FORM.fullmatch(b[len(a) :]) is not None
    if _PLACE_COMMITTEE.fullmatch(a):
        return False  # 中共某市委 names its body in full: no short name of 中共某市某开发区党工委
    skipped, at = [], 0
    for ch in a:
        found = b.find(ch, at)
        if found < 0:
            return False
        skipped.append(b[at:found])
        at = found + 1
    return not _OTHER_BODY_WORDS.intersection("".join(skipped))


# A company's legal form after its name (集团有限公司, 股份有限公司), which a headline leaves out.
_LEGAL_FORM: Final = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)|集团")
# Characters of a body's name that make it another body, left out of a short name (纪律检查委员会),
# and a list's separator (two bodies, not one).
_OTHER_BODY_WORDS: Final = frozenset("纪监检、")
# A place's party committee (中共某市委, 某县委): a body's full name, however short.
_PLACE_COMMITTEE: Final = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,8}[省市县区州旗]委")


def _filled(kept: Event, repeat: Event) -> Event:
    """``kept`` with the date and issuer of ``repeat`` where its own are missing, and with
    ``repeat``'s date where it is the earlier: of a meeting's day and the day of the page reporting
    it (a headline dated by its page), the act's is the meeting's."""
    date, issuer = kept.date, kept.issuer
    if repeat.date is not None and (date is None or repeat.date.latest < date.earliest):
        date = repeat.date
    if issuer is None and repeat.issuer is not None:
        issuer = repeat.issuer
    return replace(kept, date=date, issuer=issuer) if (date, issuer) != (kept.date, kept.issuer) else kept
