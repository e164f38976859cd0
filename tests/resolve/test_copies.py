"""Copies of one notice: recognised by 文号 and issuer or by the same words in either script, folded once."""

from __future__ import annotations

from dataclasses import replace

from opencc import OpenCC

from graph_builder.resolve.copies import doc_number_key, fold_copies
from graph_builder.resolve.posts import event_key
from graph_builder.resolve.resolution import resolve
from graph_builder.types import Event, Kind
from tests.support import ev

STREET = "上海市普陀区人民政府宜川路街道办事处主任"
N48 = {"doc_number": "普府〔2022〕48号"}
_S2T = OpenCC("s2t")


def notice_48(doc: str) -> list[Event]:
    return [
        ev(
            "汤旻",
            STREET,
            "2022-07-15",
            doc=doc,
            span=(10, 40),
            evidence="任命汤旻同志为宜川路街道办事处主任",
            **N48,
        ),
        ev(
            "朱铮",
            STREET,
            "2022-07-15",
            Kind.REMOVE,
            doc=doc,
            span=(50, 80),
            evidence="免去朱铮同志的主任职务",
            **N48,
        ),
    ]


def traditional(e: Event, doc: str) -> Event:
    """The event as read from the notice printed in traditional characters."""
    t = _S2T.convert
    return replace(
        e,
        doc=doc,
        person=t(e.person),
        post=t(e.post),
        doc_number=t(e.doc_number),
        issuer=t(e.issuer),
        notice=t(e.notice),
        evidence=t(e.evidence),
    )


def by_id(events: list[Event]) -> dict[str, Event]:
    return {event_key(e): e for e in events}


def test_doc_number_key_ignores_script_width_and_bracket_style():
    keys = {
        doc_number_key(n)
        for n in ("普府〔2024〕99号", "普府〔2024〕99號", "普府(2024)99号", "普府［２０２４］99号")
    }
    assert keys == {"普府[2024]99号"}
    assert doc_number_key("普府〔2024〕99号") != doc_number_key("普府〔2024〕9号")


def test_the_same_notice_under_two_file_names_is_folded_into_the_first():
    folded = fold_copies(by_id(notice_48("b.txt") + notice_48("a.txt")))
    assert {e.doc for e in folded.events.values()} == {"a.txt"}
    assert len(folded.events) == 2
    assert [[c.doc for c in cs] for cs in folded.copies.values()] == [["b.txt"], ["b.txt"]]
    (dup,) = folded.duplicates
    assert (dup.doc_number, dup.kept, dup.copies, dup.events) == ("普府〔2022〕48号", "a.txt", ("b.txt",), 2)


def test_a_traditional_copy_is_folded_and_the_simplified_one_kept():
    simplified = notice_48("z.txt")
    folded = fold_copies(by_id([traditional(e, "a.txt") for e in simplified] + simplified))
    assert sorted(e.person for e in folded.events.values()) == ["朱铮", "汤旻"]  # kept as printed in z.txt
    assert folded.duplicates[0].copies == ("a.txt",)


def test_a_notice_without_wenhao_is_a_copy_only_in_the_same_words():
    plain = [replace(e, doc_number=None) for e in notice_48("a.txt")]
    same = [replace(e, doc="b.txt") for e in plain]
    reworded = [replace(e, doc="c.txt", evidence=e.evidence + "。") for e in plain]
    folded = fold_copies(by_id(plain + same + reworded))
    assert sorted(e.doc for e in folded.events.values()) == ["a.txt", "a.txt", "c.txt", "c.txt"]
    assert folded.duplicates[0].copies == ("b.txt",)


def test_different_wenhao_or_issuer_are_different_notices():
    a = notice_48("a.txt")
    other_number = [replace(e, doc="b.txt", doc_number="普府〔2022〕49号") for e in a]
    other_issuer = [replace(e, doc="c.txt", issuer="上海市长宁区人民政府") for e in a]
    folded = fold_copies(by_id(a + other_number + other_issuer))
    assert len(folded.events) == 6 and not folded.copies and not folded.duplicates


def test_a_number_without_a_year_tells_copies_only_by_their_words():
    # 公告（第12号） of one congress term and of the next: the same number, different notices
    numbered = [replace(e, doc_number="第12号") for e in notice_48("a.txt")]
    copy = [replace(e, doc="b.txt") for e in numbered]
    next_term = [replace(e, doc="c.txt", evidence=e.evidence + "（第九届）") for e in numbered]
    folded = fold_copies(by_id(numbered + copy + next_term))
    assert sorted(e.doc for e in folded.events.values()) == ["a.txt", "a.txt", "c.txt", "c.txt"]
    assert folded.duplicates[0].copies == ("b.txt",)


def test_only_events_saying_the_same_are_folded():
    a = notice_48("a.txt")
    extra = ev("王五", "上海市普陀区民政局局长", "2022-07-15", Kind.REMOVE, doc="b.txt", span=(90, 99), **N48)
    folded = fold_copies(by_id(a + [replace(e, doc="b.txt") for e in a] + [extra]))
    assert sorted((e.doc, e.person) for e in folded.events.values()) == [
        ("a.txt", "朱铮"),
        ("a.txt", "汤旻"),
        ("b.txt", "王五"),
    ]
    assert folded.duplicates[0].events == 2


def test_copies_add_no_tenure_and_no_person():
    once = resolve(notice_48("a.txt"))
    twice = resolve(notice_48("a.txt") + [traditional(e, "b.txt") for e in notice_48("a.txt")])
    assert len(twice.mentions) == len(once.mentions) == 2
    assert sorted(p.name for p in twice.people.values()) == sorted(p.name for p in once.people.values())
    assert [d.copies for d in twice.duplicates] == [("b.txt",)]
