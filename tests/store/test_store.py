"""The stores: builds, diffs, atomicity, read-only. The tests taking ``stores`` run on LadybugDB (in a
temporary directory) and on Neo4j (the session's test server) with the same assertions; the rest are
about LadybugDB's own machinery (COPY, prepared statements, the warm-up, the child-process rebuild)."""

from __future__ import annotations

import pytest

from graph_builder.graph.build import EVENTS_FILE, build_events, graph_from_events, load_events
from graph_builder.store import ReadOnlyError, diff
from graph_builder.store.ladybug_store import LadybugStore
from graph_builder.types import Kind
from tests.support import ev

STREET = "上海市普陀区人民政府宜川路街道办事处主任"


def doc_a():
    return [
        ev("朱铮", STREET, "2022-06-29", Kind.CONFIRM, doc="a.txt", doc_number="普府〔2022〕44号"),
        ev(
            "顾铖祯",
            "上海市普陀区科学技术委员会副主任",
            "2022-06-29",
            doc="a.txt",
            doc_number="普府〔2022〕44号",
        ),
    ]


def doc_b():
    return [
        ev("汤旻", STREET, "2022-07-15", doc="b.txt", doc_number="普府〔2022〕48号", span=(10, 40)),
        ev(
            "朱铮",
            STREET,
            "2022-07-15",
            Kind.REMOVE,
            doc="b.txt",
            doc_number="普府〔2022〕48号",
            span=(50, 80),
        ),
        ev(
            "顾铖禕",
            "上海市普陀区科学技术委员会副主任",
            "2024-04-22",
            Kind.REMOVE,
            doc="b.txt",
            span=(90, 120),
        ),
    ]


def snapshot(store) -> dict:
    return store.keys()


def test_full_build_twice_gives_an_identical_graph(stores, tmp_path):
    store = stores.fresh()
    build_events(store, doc_a() + doc_b(), tmp_path / "db")
    first = snapshot(store)
    build_events(store, list(reversed(doc_a() + doc_b())), tmp_path / "db")  # input order does not matter
    assert snapshot(store) == first
    assert sum(map(len, first.values())) > 0
    store.close()


def test_incremental_equals_full_rebuild(stores, tmp_path):
    inc = stores.fresh("inc")
    build_events(inc, doc_a(), tmp_path / "inc")
    report = build_events(inc, doc_b(), tmp_path / "inc", incremental=True)
    assert report.mode == "incremental" and report.changed_rows > 0
    incremental = snapshot(inc)
    # the later document ended 朱铮's tenure, which the first build had left open
    rows = inc.read(
        "MATCH (x:Person)-[h:HELD]->(p:Post) WHERE x.name = $n RETURN h.end_date AS e", {"n": "朱铮"}
    )
    assert rows == [{"e": "2022-07-15"}]
    assert len(load_events(tmp_path / "inc" / EVENTS_FILE)) == 5
    inc.close()
    full = stores.fresh("full")
    build_events(full, doc_a() + doc_b(), tmp_path / "full")
    assert snapshot(full) == incremental
    full.close()


def test_incremental_rebuild_of_a_document_replaces_its_events(stores, tmp_path):
    store = stores.fresh()
    build_events(store, doc_a() + doc_b(), tmp_path / "db")
    build_events(store, doc_b()[:1], tmp_path / "db", incremental=True, docs=["b.txt"])
    names = {r["n"] for r in store.read("MATCH (e:Event) RETURN e.person AS n", {})}
    assert names == {"朱铮", "顾铖祯", "汤旻"}
    store.close()


def test_a_failed_write_changes_nothing(stores, tmp_path):
    store = stores.fresh()
    build_events(store, doc_a(), tmp_path / "db")
    before = snapshot(store)
    rows, _ = graph_from_events(doc_a() + doc_b())
    d = diff(before, rows)
    assert d.new_nodes["Person"] and d.new_rels["HELD"]
    d.new_nodes["Person"].append(rows.nodes["Person"][0])  # a person already stored: a duplicate key
    with pytest.raises(RuntimeError):
        store.apply(d)
    assert snapshot(store) == before
    store.close()


def test_user_write_is_refused_and_changes_nothing(stores, tmp_path):
    store = stores.fresh()
    build_events(store, doc_a(), tmp_path / "db")
    before = snapshot(store)
    for stmt in [
        "CREATE (:Person {id: 'x'})",
        "MATCH (n:Person) DETACH DELETE n",
        "MATCH (n:Person) RETURN n.id; MATCH (n:Person) SET n.name = 'x'",
    ]:
        with pytest.raises(ReadOnlyError):
            store.read_only(stmt, {})
    assert snapshot(store) == before
    # a write word inside a string is data, not a clause
    page = store.read_only("MATCH (n:Person) WHERE n.name <> 'CREATE' RETURN count(n) AS c", {})
    assert page.rows == [{"c": 2}]
    store.close()


def test_a_users_statement_gives_its_first_rows_and_says_more_were_left(stores):
    store = stores.fresh()
    many = "UNWIND range(1, 1500) AS i RETURN i"
    every = store.read_only(many, {})
    assert [r["i"] for r in every.rows] == list(range(1, 1501)) and not every.more
    first = store.read_only(many, {}, limit=1000)
    assert [r["i"] for r in first.rows] == list(range(1, 1001)) and first.more
    # LadybugDB counts the rows it left unread; Neo4j leaves them on the server, uncounted
    assert first.total == (1500 if store.kind == "ladybug" else None)
    assert first.shown_note.startswith("showing")
    exact = store.read_only("UNWIND range(1, 1000) AS i RETURN i", {}, limit=1000)
    assert len(exact.rows) == 1000 and not exact.more and exact.shown_note == ""
    store.close()


def test_the_database_itself_refuses_a_users_write(stores, tmp_path, monkeypatch):
    """Past the keyword check (switched off here), the read-only transaction refuses the write."""
    from graph_builder.store import base

    store = stores.fresh()
    build_events(store, doc_a(), tmp_path / "db")
    before = snapshot(store)
    monkeypatch.setattr(base, "check_read_only", lambda cypher: None)
    for stmt in ["CREATE (:Person {id: 'x'})", "MATCH (n:Person) SET n.name = 'x' RETURN n.id"]:
        with pytest.raises(ReadOnlyError):
            store.read_only(stmt, {})
    assert snapshot(store) == before
    store.close()


def test_read_only_store_refuses_builds(stores, tmp_path):
    store = stores.fresh()
    build_events(store, doc_a(), tmp_path / "db")
    store.close()
    ro = stores.reopen(read_only=True)
    assert ro.read("MATCH (n:Person) RETURN count(n) AS c", {}) == [{"c": 2}]
    with pytest.raises(ReadOnlyError):
        build_events(ro, doc_b(), tmp_path / "db", incremental=True)
    ro.close()


def test_opening_a_missing_graph_read_only_names_the_directory(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        LadybugStore(tmp_path / "nothing-here", read_only=True)


def test_bulk_copy_path_gives_the_same_graph_as_small_writes(tmp_path, monkeypatch):
    """Tables large enough for COPY go through one Parquet file each; the graph is the same."""
    from graph_builder.store import ladybug_store

    small = LadybugStore(tmp_path / "small")
    build_events(small, doc_a() + doc_b(), tmp_path / "small")
    want = snapshot(small)
    small.close()
    monkeypatch.setattr(ladybug_store, "COPY_MIN_ROWS", 1)  # every table by COPY FROM Parquet
    bulk = LadybugStore(tmp_path / "bulk")
    build_events(bulk, doc_a() + doc_b(), tmp_path / "bulk")
    assert snapshot(bulk) == want
    held = "MATCH (x:Person)-[h:HELD]->(p:Post) WHERE x.name = $n RETURN h.end_date AS e"
    rows = bulk.read(held, {"n": "朱铮"})
    assert rows == [{"e": "2022-07-15"}]
    assert not list((tmp_path / "bulk").glob("parquet-*"))  # the temporary files are gone
    bulk.close()


def test_reused_statements_bind_each_calls_values(stores, tmp_path):
    """Named queries are prepared once per connection; every call must still see its own values."""
    store = stores.fresh()
    build_events(store, doc_a() + doc_b(), tmp_path / "data")
    names = "MATCH (x:Person) WHERE x.name = $name RETURN x.name AS name"
    for name in ["朱铮", "汤旻", "朱铮", "nobody"]:
        assert [r["name"] for r in store.read(names, {"name": name})] == ([name] if name != "nobody" else [])
    # An int parameter is bound at the width of the first value seen: such statements are not
    # reused, so a limit of 1 then of 300 (wider than a byte) both count right.
    limited = "MATCH (x:Person) RETURN x.name AS name LIMIT $n"
    assert len(store.read(limited, {"n": 1})) == 1
    assert len(store.read(limited, {"n": 300})) == 3
    store.close()


def test_warm_up_reads_by_key_lookups_and_changes_no_answer(tmp_path):
    """The warm-up must load the hash-index pages (primary-key lookups, not a hash join) and be read-only."""
    from graph_builder.graph.api import Renmian, named_query
    from graph_builder.store.ladybug_store import warm_up_statements

    store = LadybugStore(tmp_path / "db")
    build_events(store, doc_a() + doc_b(), tmp_path / "data")
    post = store.read("MATCH (p:Post) WHERE p.name = $n RETURN p.id AS id", {"n": STREET})[0]["id"]
    before = store.read(named_query("who_held"), {"post_id": post, "day": "2022-07-01"})
    keys = store.keys()
    for stmt in warm_up_statements():
        plan = store.conn.execute("EXPLAIN " + stmt).get_all()[0][0]
        assert ("PRIMARY_KEY_LOOKUP" in plan) == ("{id:" in stmt), stmt
    store.close()
    api = Renmian.open(tmp_path / "db", read_only=True, warm=True)
    assert api.store.read(named_query("who_held"), {"post_id": post, "day": "2022-07-01"}) == before
    # 朱铮 was confirmed in the post on 06-29 and removed on 07-15
    assert [r["person"] for r in api.who_held(STREET, "2022-07-01")] == ["朱铮"]
    assert api.store.keys() == keys
    api.close()


def test_a_rebuild_derived_apart_gives_the_same_graph(tmp_path, monkeypatch):
    """The child-process rebuild (large event files) stores what the in-process one does."""
    import graph_builder.graph.build as build

    store = LadybugStore(tmp_path / "db")
    build_events(store, doc_a() + doc_b(), tmp_path / "data")
    inline = build.rebuild(store, tmp_path / "data")
    expected = snapshot(store)
    monkeypatch.setattr(build, "APART_MIN_BYTES", 0)
    apart = build.rebuild(store, tmp_path / "data")
    assert snapshot(store) == expected
    assert (apart.counts, apart.events, apart.documents) == (inline.counts, inline.events, inline.documents)
    assert not list((tmp_path / "db").glob("parquet-*"))
    # a bad judgements file fails in the child: the error reaches the caller, the graph stays
    bad = tmp_path / "judgements.yaml"
    bad.write_text("- {a: 朱铮, b: 汤旻, judgement: maybe}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="maybe") as failed:
        build.rebuild(store, tmp_path / "data", judgements=bad)
    assert "Traceback" in str(failed.value.__cause__)  # raised in the child, its traceback kept
    assert snapshot(store) == expected
    store.close()
