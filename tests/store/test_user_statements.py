"""A user's statement on both stores: a mistake is one QueryError with the store's own words, and the
store stays usable after it; the columns are named as the statement wrote them. Each test taking
``stores`` runs on LadybugDB and on Neo4j with the same assertions."""

from __future__ import annotations

import pytest

from graph_builder.graph.build import build_events
from graph_builder.store.base import QueryError, QueryTimeout
from graph_builder.store.columns import return_items, written_names
from tests.store.test_store import doc_a

# 4e8 pairs to test: more than 3 s on either store (LadybugDB counts a bare cross product without
# making it, so each pair is tested), stopped by a timeout of half a second.
SLOW = (
    "UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b WITH a, b WHERE (a * b) % 7 = 3 "
    "RETURN count(*) AS n"
)


@pytest.fixture
def store(stores, tmp_path):
    s = stores.fresh()
    build_events(s, doc_a(), tmp_path / "db")
    return s


def _still_answers(store) -> None:
    """The next statement runs (a transaction left open by the failure would refuse it)."""
    assert store.read_only("MATCH (n:Person) RETURN count(n) AS c", {}).rows == [{"c": 2}]


@pytest.mark.parametrize(
    ("statement", "kind", "words"),
    [
        ("MATCH (p:Persn) RETURN p", "semantic", "Persn"),  # a misspelt label
        ("MATCH (p:Person)-[:HLED]->(q) RETURN q", "semantic", "HLED"),  # a misspelt relationship type
        ("MATCH (p:Person RETURN p", "syntax", ""),
        ("RETURN $missing + 1 AS x", "semantic", "missing"),
    ],
)
def test_a_mistake_is_one_query_error_with_the_stores_message(store, statement, kind, words):
    for _ in range(2):  # twice: the first failure left nothing behind (no transaction, no state)
        with pytest.raises(QueryError) as caught:
            store.read_only(statement, {})
        e = caught.value
        assert e.kind == kind, (str(e), repr(e.__cause__))
        assert "\n" not in str(e) and str(e)
        assert words in str(e)
        assert "ROLLBACK" not in str(e) and "transaction" not in str(e).lower()
        _still_answers(store)


def test_a_syntax_error_keeps_the_stores_pointer_as_detail(store):
    with pytest.raises(QueryError) as caught:
        store.read_only("MATCH (p:Person RETURN p", {})
    assert caught.value.kind == "syntax"
    assert "MATCH (p:Person RETURN p" in caught.value.detail  # the statement, with a caret under the fault


def test_a_statement_past_its_time_is_a_query_timeout(store):
    with pytest.raises(QueryTimeout) as caught:
        store.read_only(SLOW, {}, timeout=0.5)
    assert isinstance(caught.value, QueryError) and caught.value.kind == "timeout"
    assert "0.5 s" in str(caught.value)
    _still_answers(store)


@pytest.mark.parametrize(
    ("statement", "columns"),
    [
        ("MATCH (p:Person) RETURN count(p)", ["count(p)"]),
        ("MATCH (p:Person) RETURN count(*)", ["count(*)"]),
        ("MATCH (p:Person) RETURN p.name, size(p.name) ORDER BY p.name LIMIT 1", ["p.name", "size(p.name)"]),
        ("MATCH (p:Person) RETURN count(p) AS n", ["n"]),
        ("MATCH (p:Person) RETURN DISTINCT toLower(p.jurisdiction)", ["toLower(p.jurisdiction)"]),
        ("RETURN 1 + 2, 'a, b'", ["1 + 2", "'a, b'"]),
    ],
)
def test_columns_are_named_as_the_statement_wrote_them(store, statement, columns):
    page = store.read_only(statement, {})
    assert list(page.rows[0]) == columns


def test_return_items_are_read_past_strings_comments_and_subqueries():
    assert return_items("MATCH (p) WHERE p.name = 'RETURN x' RETURN p.name // RETURN y") == ["p.name"]
    assert return_items("MATCH (p) WHERE EXISTS { MATCH (p)--() RETURN p } RETURN count(p), p.limit") == [
        "count(p)",
        "p.limit",
    ]
    assert return_items("MATCH (p) RETURN [1, 2] AS l, {a: 1} LIMIT $limit") == ["[1, 2] AS l", "{a: 1}"]
    assert return_items("RETURN 1 AS a UNION RETURN 2 AS a") == ["1 AS a"]
    assert return_items("MATCH (p) DELETE p") is None
    # RETURN * cannot be matched item by item: the store's names stay
    assert written_names("MATCH (p) RETURN *", ["p"]) == ["p"]


def test_a_write_the_database_refuses_leaves_the_store_answering(store, monkeypatch):
    """Past the keyword check (switched off here), the read-only transaction refuses the write, twice,
    and the statements after it run (no transaction left open, no plan made outside it reused)."""
    from graph_builder.store import base
    from graph_builder.store.base import ReadOnlyError

    monkeypatch.setattr(base, "check_read_only", lambda cypher: None)
    for _ in range(2):
        with pytest.raises(ReadOnlyError):
            store.read_only("CREATE (:Person {id: 'x'})", {})
        _still_answers(store)
