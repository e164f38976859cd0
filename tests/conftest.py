"""Shared fixtures: a real embedded store in a temporary directory, and a real Neo4j server."""

from __future__ import annotations

import os
from pathlib import Path

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


class Stores:
    """Opens stores of one kind for a test: LadybugDB in the test's temporary directory, or the Neo4j
    database of ``neo4j_uri``. Neo4j holds one graph, so :meth:`fresh` empties it: a test uses one
    store at a time (closing the last before asking for the next)."""

    def __init__(self, kind: str, tmp_path: Path, neo4j_uri: str | None) -> None:
        self.kind, self.tmp_path, self.neo4j_uri = kind, tmp_path, neo4j_uri
        self._open: list = []

    def fresh(self, name: str = "db"):
        """An empty store (its data directory for build_events is ``tmp_path / name``)."""
        store = self.reopen(name)
        if self.kind == "neo4j":
            store.clear()
        return store

    def reopen(self, name: str = "db", read_only: bool = False):
        """The store ``fresh(name)`` gave, opened again (read-only if asked)."""
        if self.kind == "neo4j":
            from graph_builder.store.neo4j_store import Neo4jSettings, Neo4jStore

            store = Neo4jStore(Neo4jSettings.from_env(self.neo4j_uri), read_only=read_only)
        else:
            from graph_builder.store.ladybug_store import LadybugStore

            store = LadybugStore(self.tmp_path / name, read_only=read_only)
        self._open.append(store)
        return store

    def close(self) -> None:
        for store in self._open:
            store.close()


@pytest.fixture(params=["ladybug", "neo4j"])
def stores(request, tmp_path):
    """Stores of each kind in turn: the same test, the same assertions, on LadybugDB and on Neo4j."""
    uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    s = Stores(request.param, tmp_path, uri)
    yield s
    s.close()


def pytest_terminal_summary(terminalreporter):
    """Say how long the Neo4j test server took to start (it is part of the suite's time)."""
    for s in _started:
        terminalreporter.write_line(
            f"Neo4j test server at {s.uri}: ready {s.seconds:.1f} s after its command ({s.banner.strip()}); "
            f"exit {s.process.returncode}"
        )
