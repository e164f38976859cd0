"""The same named queries and build guarantees on a Neo4j server (runs when NEO4J_URI is set).

Point it at a scratch database: the tests delete every renmian node in it first. For example
NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=secret pytest tests/test_neo4j.py
"""

from __future__ import annotations

import os

import pytest

from graph_builder.graph.api import Renmian
from graph_builder.store import ReadOnlyError
from tests.graph.test_api import check_named_queries, scenario

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(
        not os.environ.get("NEO4J_URI"),
        reason="NEO4J_URI is not set: no Neo4j server to test against "
        "(set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)",
    ),
]


@pytest.fixture(scope="module")
def neo(tmp_path_factory):
    api = Renmian.open(tmp_path_factory.mktemp("neo4j") / "data", neo4j_uri=os.environ["NEO4J_URI"])
    api.store.clear()
    api.build(events=scenario())
    yield api
    api.close()


def test_named_queries_on_neo4j(neo):
    check_named_queries(neo)


def test_rebuild_is_identical_and_incremental_equals_full(neo):
    before = neo.store.keys()
    neo.build(events=scenario())
    assert neo.store.keys() == before
    events = scenario()
    neo.build(events=[e for e in events if e.doc != "changning.txt"])
    neo.build(events=[e for e in events if e.doc == "changning.txt"], incremental=True)
    assert neo.store.keys() == before


def test_write_is_refused_on_neo4j(neo):
    before = neo.store.keys()
    with pytest.raises(ReadOnlyError):
        neo.query("MATCH (x:Person) DETACH DELETE x")
    with pytest.raises(ReadOnlyError):
        neo.store.read_only("MATCH (x:Person) WITH x LIMIT 1 SET x.name = 'x' RETURN x", {})
    assert neo.store.keys() == before
