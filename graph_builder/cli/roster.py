"""`renmian roster`: an organisation's posts and their holders on a date (one call to the API)."""

from __future__ import annotations

import json
import sys

import typer

from graph_builder.cli.graph import AsJson, Db, Neo4j, On, _run, _show, _today
from graph_builder.cli.typer_app import app
from graph_builder.graph.api import Renmian
from graph_builder.graph.roster import AmbiguousName
from graph_builder.store import DEFAULT_DB

ROSTER_COLUMNS = ("post", "person", "start", "end", "status", "certainty", "sources")
AMBIGUOUS_EXIT = 2  # the input named several things: the candidates are listed, nothing answered


@app.command()
def roster(
    org: str, on: On = None, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False
) -> None:
    """Every post of ORG and of the organisations within it, with its holder on a date (certainly or
    possibly) and the documents behind it. A fragment naming several organisations lists them (exit 2).

    Example: renmian roster 上海市普陀区 --on 2024-05-01
    """
    day = _today(on)

    def call(api: Renmian) -> list[dict] | AmbiguousName:
        try:
            return api.roster(org, day)
        except AmbiguousName as e:
            return e

    found = _run(db, neo4j, call)
    if isinstance(found, AmbiguousName):
        candidates_exit(found, as_json)
    name = found[0]["organisation"] if found else org
    _show(found, as_json, ROSTER_COLUMNS, f"roster of {name} on {day}")


def candidates_exit(e: AmbiguousName, as_json: bool) -> None:
    """Say which things the input could mean (JSON on stdout with --json) and exit 2."""
    if as_json:
        out = {"error": str(e), "input": e.text, "kind": e.what, "candidates": e.candidates}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        typer.echo(f"error: {e.what} {e.text!r} matches several; give one of:", err=True)
        for c in e.candidates:
            typer.echo(f"  {c}", err=True)
    raise typer.Exit(AMBIGUOUS_EXIT)
