"""The bulk path: ``renmian export --format neo4j-csv`` loaded by its ``import.sh`` (``neo4j-admin database
import`` from the test server's jars) into a fresh Neo4j gives the same answers as the embedded store."""

from __future__ import annotations

import os
import subprocess

import pytest

from graph_builder.graph.api import Renmian
from tests import neo4j_test_server
from tests.graph.test_api import scenario

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    api = Renmian.open(tmp_path_factory.mktemp("import") / "db")
    api.build(events=scenario())
    yield api
    api.close()


@pytest.fixture(scope="module")
def imported(embedded, tmp_path_factory):
    """A second test server on a database made by import.sh from the embedded store's export."""
    why = neo4j_test_server.missing_tools()
    if why:
        pytest.skip(why)
    where = tmp_path_factory.mktemp("imported")
    csv_dir = embedded.export("neo4j-csv", where / "csv")
    home = where / "home"
    env = os.environ | {
        "PATH": f"{neo4j_test_server.RUN.parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "NEO4J_HOME": str(home),
    }
    done = subprocess.run(
        ["sh", "import.sh"], cwd=csv_dir, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0 and "IMPORT DONE" in done.stdout, done.stdout[-3000:] + done.stderr[-3000:]
    server = neo4j_test_server.start(home, where / "server.log")
    api = Renmian.open(where / "unused", neo4j_uri=server.uri, read_only=True)
    # as a user runs it: cypher-shell -f schema.cypher (one statement a line, each ending in ';')
    for stmt in (csv_dir / "schema.cypher").read_text(encoding="utf-8").splitlines():
        api.store.driver.execute_query(stmt.rstrip(";"))
    try:
        yield api
    finally:
        api.close()
        server.stop()


def test_imported_graph_answers_as_the_embedded_store(embedded, imported):
    assert imported.store.keys() == embedded.store.keys()
    posts = [r["id"] for r in embedded.store.read("MATCH (p:Post) RETURN p.id AS id ORDER BY id", {})]
    days = ["2021-01-01", "2022-06-29", "2022-07-14", "2022-07-15", "2023-05-04", "2024-03-01", "2024-04-22"]
    days += ["2024-05-01", "2025-01-01"]
    asked = 0
    for post in posts:
        assert imported.succession(post) == embedded.succession(post), post
        for day in days:
            assert imported.who_held(post, day) == embedded.who_held(post, day), (post, day)
            asked += 1
    assert asked > 50
    for name in ["林哲", "顾铖禕", "张军"]:
        assert imported.career(name) == embedded.career(name), name
    assert imported.vacancies("2024-05-01") == embedded.vacancies("2024-05-01")


def test_schema_cypher_gives_the_imported_graph_renmians_indexes(imported):
    from graph_builder.store.neo4j_store import ddl

    made = {r["name"] for r in imported.store.read("SHOW INDEXES YIELD name RETURN name", {})}
    wanted = {stmt.split()[3] if stmt.split()[1] == "TEXT" else stmt.split()[2] for stmt in ddl()}
    assert wanted <= made, wanted - made
