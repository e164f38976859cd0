"""`renmian roster`: an organisation's posts and their holders on a date (one call to the API)."""

from __future__ import annotations

from graph_builder.cli.graph import AsJson, Db, Neo4j, On, _asking, _run, _show, _today
from graph_builder.cli.typer_app import app
from graph_builder.store import DEFAULT_DB

ROSTER_COLUMNS = ("post", "person", "start", "end", "status", "certainty", "sources")


@app.command()
def roster(
    org: str, on: On = None, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False
) -> None:
    """Every post of ORG and of the organisations within it, with its holder on a date (certainly or
    possibly) and the documents behind it. A fragment naming several organisations lists them (exit 2).

    Example: renmian roster 上海市普陀区 --on 2024-05-01
    """
    day = _today(on)
    found = _run(db, neo4j, lambda api: _asking(as_json, lambda: api.roster(org, day)))
    name = found[0]["organisation"] if found else org
    _show(found, as_json, ROSTER_COLUMNS, f"roster of {name} on {day}")
