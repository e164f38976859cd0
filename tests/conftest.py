"""Shared fixtures: a real embedded store in a temporary directory, and a real Neo4j server."""

from __future__ import annotations

import os

import pytest

from tests import neo4j_test_server

_started: list[neo4j_test_server.Server] = []


@pytest.fixture
def api(tmp_path):
    """The API on an empty LadybugDB store in a temporary directory."""
    from graph_builder.graph.api import Renmian

    r = Renmian.open(tmp_path / "db")
    yield r
    r.close()


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory):
    """The Bolt URI of a Neo4j server to test against: NEO4J_URI when it is set (with NEO4J_USER /
    NEO4J_PASSWORD), else the test server of tests/neo4j_server, started for this session (and
    stopped at its end) when Java and Maven are here. Skips only when they are not."""
    given = os.environ.get("NEO4J_URI")
    if given:
        yield given
        return
    why = neo4j_test_server.missing_tools()
    if why:
        pytest.skip(why)
    where = tmp_path_factory.mktemp("neo4j-server")
    server = neo4j_test_server.start(where / "data", where / "server.log")
    _started.append(server)
    # The server has authentication off; credentials meant for another server must not confuse the store.
    mp = pytest.MonkeyPatch()
    mp.delenv("NEO4J_USER", raising=False)
    mp.delenv("NEO4J_PASSWORD", raising=False)
    mp.delenv("NEO4J_DATABASE", raising=False)
    try:
        yield server.uri
    finally:
        mp.undo()
        server.stop()


def pytest_terminal_summary(terminalreporter):
    """Say how long the Neo4j test server took to start (it is part of the suite's time)."""
    for s in _started:
        terminalreporter.write_line(
            f"Neo4j test server at {s.uri}: ready {s.seconds:.1f} s after its command ({s.banner.strip()}); "
            f"exit {s.process.returncode}"
        )
