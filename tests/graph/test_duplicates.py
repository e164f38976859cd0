"""Notices read from several documents through the API, on both stores: answered once, copies recorded."""

from __future__ import annotations

import pytest

from graph_builder.graph.api import Renmian
from tests.graph.test_api import AUDIT, STREET, scenario
from tests.resolve.test_copies import traditional
from tests.support import empty_api

# Both gazettes again: 2022's under another file name, 2024's printed in traditional characters.
COPY_2022, COPY_2024 = "mirror/gazette-2022-copy.txt", "big5/gazette-2024.txt"


def with_copies():
    events = scenario()
    return (
        events
        + [e.__class__(**{**_fields(e), "doc": COPY_2022}) for e in events if e.doc == "gazette-2022.txt"]
        + [traditional(e, COPY_2024) for e in events if e.doc == "gazette-2024.txt"]
    )


def _fields(e):
    return {f: getattr(e, f) for f in e.__dataclass_fields__}


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def pair(request, tmp_path_factory):
    """The scenario built once and with copies, on each store (Neo4j holds one graph: built in turn)."""
    answers = {}
    for name, events in (("once", scenario()), ("copies", with_copies())):
        api = empty_api(request, tmp_path_factory, name)
        report = api.build(events=events)
        answers[name] = _ask(api) | {"report": report}
        if name == "copies":
            answers[name]["copy_events"] = api.events_of_document(COPY_2022)
        api.close()
    return answers


def _ask(api: Renmian) -> dict:
    return {
        "who_held": api.who_held("宜川路街道办事处主任", "2022-07-14"),
        "succession": api.succession(STREET),
        "audit": api.who_held(AUDIT, "2024-05-01"),
        "career": api.career("顾铖祯"),
        "duplicates": api.duplicates(),
        "overview": api.overview(),
    }


def _plain(items: list[dict]) -> list[tuple]:
    """What an answer says: who, which post, when, how sure, and on which documents' words."""
    return [
        (
            i["person"],
            i["post"],
            i["start"],
            i["end"],
            i["status"],
            i.get("certainty"),
            tuple((s["doc_number"], s["date"], s["evidence"]) for s in i["sources"]),
        )
        for i in items
    ]


@pytest.mark.parametrize("question", ["who_held", "succession", "audit", "career"])
def test_copies_give_the_answers_of_one_copy(pair, question):
    once, copies = pair["once"][question], pair["copies"][question]
    assert copies and _plain(copies) == _plain(once)


def test_one_holder_and_no_phantom_tenure(pair):
    (held,) = pair["copies"]["who_held"]
    assert (held["person"], held["certainty"]) == ("朱铮", "certainly")
    succession = pair["copies"]["succession"]
    assert [i["person"] for i in succession] == ["朱铮", "汤旻"]
    assert all(i["start"] or i["start_inferred"] for i in succession)  # no 'start unknown' row


def test_each_source_lists_the_copies_printing_it(pair):
    (held,) = pair["copies"]["who_held"]
    assert [[c["document"] for c in s["copies"]] for s in held["sources"]] == [[COPY_2022], [COPY_2022]]
    (audit,) = [i for i in pair["copies"]["audit"] if i["person"] == "杨剑"]  # kept in simplified script
    assert [s["document"] for s in audit["sources"]] == ["gazette-2024.txt"]
    assert [c["document"] for c in audit["sources"][0]["copies"]] == [COPY_2024]
    (once,) = pair["once"]["who_held"]
    assert all(s["copies"] == [] for s in once["sources"])


def test_duplicates_are_listed_by_the_build_overview_and_status(pair):
    want = {
        ("普府〔2022〕44号", "gazette-2022.txt", (COPY_2022,)),
        ("普府〔2022〕48号", "gazette-2022.txt", (COPY_2022,)),
        ("普府〔2024〕31号", "gazette-2024.txt", (COPY_2024,)),
        ("普府〔2024〕32号", "gazette-2024.txt", (COPY_2024,)),
    }
    for listed in (pair["copies"]["report"]["duplicates"], pair["copies"]["duplicates"]):
        assert {(d["doc_number"], d["kept"], tuple(d["copies"])) for d in listed} == want
    assert pair["copies"]["overview"]["duplicates"] == pair["copies"]["duplicates"]
    by_number = {d["doc_number"]: d["events"] for d in pair["copies"]["duplicates"]}
    assert by_number["普府〔2022〕48号"] == 5  # 汤旻, 潘浩 twice, 顾铖祯, 朱铮
    assert pair["once"]["duplicates"] == [] and pair["once"]["report"]["duplicates"] == []
    counts = pair["copies"]["overview"]["counts"]
    assert counts["events"] == pair["once"]["overview"]["counts"]["events"] == len(scenario())


def test_a_copy_shows_the_events_it_prints(pair):
    events = pair["copies"]["copy_events"]
    assert len(events) == 9  # the nine events of the 2022 gazette
    assert {e["doc_number"] for e in events} == {"普府〔2022〕44号", "普府〔2022〕48号"}
