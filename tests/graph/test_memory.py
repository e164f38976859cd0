"""Behaviour of the memory savings of a large build: shared values, bucketed orders, streamed reads."""

from __future__ import annotations

import json
import random
from dataclasses import replace

from graph_builder.graph.build import EVENTS_FILE, load_events, save_events
from graph_builder.resolve.posts import make_mentions, sort_key
from graph_builder.types import Event, FuzzyDate, SharedValues, release_shared
from tests.support import ev


def _events(n: int, seed: int = 7) -> list[Event]:
    """Events with many ties: few documents, dates, spans, people and posts."""
    rng = random.Random(seed)
    days = [None, "2020", "2020-03", "2020-03-05", "2020-01/2020-12", "2021-06-01"]
    out = []
    for i in range(n):
        e = ev(
            rng.choice(["王伟", "李娜", "张强"]),
            rng.choice(["上海市普陀区教育局局长", "上海市普陀区财政局副局长"]),
            rng.choice(days),
            rng.choice(["appoint", "remove", "confirm", "nominate_appoint"]),
            doc=rng.choice(["a.txt", "b.txt", "c.txt"]),
        )
        span = (rng.randrange(3), rng.randrange(3))
        out.append(replace(e, span=span, evidence=f"ev{i}"))
    return out


def test_from_gold_shares_repeated_values_and_equals_the_unshared_event():
    rows = [e.gold() for e in _events(50)]
    shared = SharedValues()
    a = [Event.from_gold(json.loads(json.dumps(r, ensure_ascii=False)), shared) for r in rows]
    b = [Event.from_gold(json.loads(json.dumps(r, ensure_ascii=False))) for r in rows]
    assert a == b
    assert [e.gold() for e in a] == rows
    same_doc = [e for e in a if e.doc == a[0].doc]
    assert all(e.doc is same_doc[0].doc for e in same_doc)
    dated = [e for e in a if e.date is not None]
    assert all(e.date is next(x.date for x in dated if x.date == e.date) for e in dated)


def test_release_shared_keeps_events_intact():
    row = _events(1)[0].gold()
    first = Event.from_gold(dict(row))
    release_shared()
    again = Event.from_gold(dict(row))
    assert first == again
    assert SharedValues().date("2023-04/2023-06") == FuzzyDate.parse("2023-04/2023-06")


def test_mentions_come_in_sort_key_order_with_ties_in_input_order():
    events = _events(400)
    by_id = {f"id{i:04d}": e for i, e in enumerate(events)}
    expected = [eid for eid, _ in sorted(by_id.items(), key=lambda kv: sort_key(kv[1]))]
    assert [m.event_id for m in make_mentions(by_id)] == expected
    assert [m.index for m in make_mentions(by_id)] == list(range(len(events)))


def test_save_events_order_and_text_match_a_whole_sort(tmp_path):
    events = _events(300)
    events[5] = replace(events[5], span=[1, 2])  # a list span sorts beside tuple spans
    save_events(tmp_path / EVENTS_FILE, iter(events))
    key = lambda e: (e.doc, list(e.span), e.person, e.post, e.action)  # noqa: E731
    want = "".join(json.dumps(e.gold(), ensure_ascii=False) + "\n" for e in sorted(events, key=key))
    assert (tmp_path / EVENTS_FILE).read_text(encoding="utf-8") == want


def test_load_events_reads_back_what_was_saved(tmp_path):
    events = _events(120)
    save_events(tmp_path / EVENTS_FILE, events)
    loaded = load_events(tmp_path / EVENTS_FILE)
    assert sorted(e.gold()["evidence"] for e in loaded) == sorted(e.evidence for e in events)
    assert {e.evidence: e for e in loaded} == {e.evidence: replace(e, span=tuple(e.span)) for e in events}
    assert load_events(tmp_path / "missing.jsonl") == []
