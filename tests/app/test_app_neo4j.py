"""The app on a Neo4j server: ``renmian app --neo4j bolt://…`` through ``AppTest``, on the seed gazettes
built into the session's Neo4j test server (tests/neo4j_server, see tests/conftest.py).

The pages are checked by the same test functions as on the embedded store (tests/app/test_app.py),
run here on an app whose arguments are those ``renmian app --neo4j URI`` gives it. The Cypher page is
read-only on the server itself: with the keyword check switched off, Neo4j's READ access mode still
refuses a write, the page says so and the graph is unchanged.
"""

from __future__ import annotations

import sys

import pytest
from streamlit.testing.v1 import AppTest

from tests.app import test_app as on_ladybug
from tests.app import test_app_org as on_ladybug_org
from tests.app.app_support import APP, SAMPLES, app_command

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def neo4j_seeds(neo4j_uri, tmp_path_factory) -> tuple[str, str]:
    """The seed gazettes built into the server (emptied first); the app's (--db, --neo4j) arguments.

    The --db directory is this module's own, so the app's cached store is not another test's.
    """
    from graph_builder.graph.api import Renmian

    where = tmp_path_factory.mktemp("app_neo4j")
    api = Renmian.open(where / "data", neo4j_uri=neo4j_uri)
    try:
        api.store.clear()
        report = api.build(paths=[SAMPLES])
    finally:
        api.close()
    assert report["errors"] == [], report["errors"]
    return str(where / "db"), neo4j_uri


@pytest.fixture
def app(neo4j_seeds, monkeypatch) -> AppTest:
    """The app as ``renmian app --neo4j URI`` starts it, after its first run (Overview, in Chinese)."""
    db, uri = neo4j_seeds
    cmd = app_command("--db", db, "--neo4j", uri, monkeypatch=monkeypatch)
    monkeypatch.delenv("RENMIAN_DB", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setattr(sys, "argv", [cmd[cmd.index("run") + 1], *cmd[cmd.index("--") + 1 :]])
    at = AppTest.from_file(str(APP), default_timeout=on_ladybug.TIMEOUT).run()
    assert not at.exception, at.exception
    return at


def test_renmian_app_passes_the_neo4j_uri_to_the_app(monkeypatch):
    from graph_builder.app.state import Source, source_from

    cmd = app_command("--neo4j", "bolt://db.example:7687", "--port", "8600", monkeypatch=monkeypatch)
    assert cmd[cmd.index("--server.port") + 1] == "8600"
    after = cmd[cmd.index("--") + 1 :]
    assert source_from(after, {}) == Source(".renmian/db", "bolt://db.example:7687")
    # without --neo4j the app reads NEO4J_URI, as the other commands do
    plain = app_command(monkeypatch=monkeypatch)
    assert "--neo4j" not in plain
    assert source_from(plain[plain.index("--") + 1 :], {"NEO4J_URI": "bolt://h:1"}).neo4j == "bolt://h:1"


def test_the_app_reads_the_neo4j_server(app, neo4j_seeds):
    assert f"`{neo4j_seeds[1]}`" in "\n".join(c.value for c in app.sidebar.caption)


@pytest.mark.parametrize(
    "check",
    [
        on_ladybug.test_overview_shows_counts_and_the_newest_people,
        on_ladybug.test_person_page_shows_lin_zhe_career_with_sources,
        on_ladybug.test_person_search_in_traditional_script_finds_the_merged_person,
        on_ladybug.test_post_page_who_held_and_succession,
        on_ladybug.test_vacancies_on_2024_05_01,
        on_ladybug.test_network_page_lists_colleagues_and_opens_one,
        on_ladybug.test_documents_page_shows_a_notice_with_its_events_and_highlighted_source,
        on_ladybug.test_cypher_page_runs_an_example_and_refuses_writes,
        on_ladybug.test_cypher_page_shows_the_first_thousand_rows_and_says_how_many,
        on_ladybug.test_every_page_opens_under_its_own_module,
        on_ladybug_org.test_organisation_page_lists_the_district_roster_with_sources,
    ],
    ids=lambda f: f.__name__.removeprefix("test_"),
)
def test_page_on_neo4j_as_on_the_embedded_store(app, check):
    check(app)


def test_cypher_page_write_is_refused_by_the_server_itself(app, neo4j_seeds, monkeypatch):
    """With the keyword check off, the statement reaches Neo4j in a READ transaction: refused there."""
    from graph_builder.graph import api as api_module
    from graph_builder.graph.api import Renmian
    from graph_builder.store import base

    monkeypatch.setattr(api_module, "check_read_only", lambda cypher: None)
    monkeypatch.setattr(base, "check_read_only", lambda cypher: None)
    on_ladybug.goto(app, "cypher")
    app.text_area(key="cy_text").input("MATCH (p:Post) SET p.name = 'x' RETURN count(p) AS n").run()
    app.button(key="cy_run").click().run()
    assert not app.exception
    (error,) = app.error
    assert "只读" in error.value and "the statement writes" in error.value, error.value  # the server said no
    check = Renmian.open(neo4j_seeds[0], neo4j_uri=neo4j_seeds[1], read_only=True)
    try:
        assert check.store.read("MATCH (p:Post) WHERE p.name = 'x' RETURN count(p) AS n", {}) == [{"n": 0}]
    finally:
        check.close()
