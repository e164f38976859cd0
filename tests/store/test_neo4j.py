"""Build guarantees and read-only refusal through the API on a Neo4j server (the named queries run on
both stores in tests/graph/test_api.py, the store tests in tests/store/test_store.py).

The server is the session's test server (tests/neo4j_server, started by the ``neo4j_uri`` fixture), or
the one NEO4J_URI names. Point NEO4J_URI at a scratch database only: the tests delete every renmian
node in it first. For example
NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=secret pytest tests/store/test_neo4j.py
"""

from __future__ import annotations

import pytest

from graph_builder.graph.api import Renmian
from graph_builder.store import ReadOnlyError
from tests.graph.test_api import scenario

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def neo(tmp_path_factory, neo4j_uri):
    api = Renmian.open(tmp_path_factory.mktemp("neo4j") / "data", neo4j_uri=neo4j_uri)
    api.store.clear()
    api.build(events=scenario())
    yield api
    api.close()


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
