"""The graph commands of `renmian`: each parses options and makes one call to the Python API."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from graph_builder.cli.typer_app import app
from graph_builder.graph.api import EXPORT_FORMATS, QUERY_TIMEOUT, SHOW_ROWS, Ambiguous, Renmian
from graph_builder.graph.build import NothingRead
from graph_builder.read.sources import SourceError
from graph_builder.resolve.people import JUDGEMENTS_FILE
from graph_builder.store import DEFAULT_DB, ReadOnlyError

Db = Annotated[Path, typer.Option("--db", help="Directory of the embedded store and its events.jsonl")]
Neo4j = Annotated[
    str | None, typer.Option("--neo4j", help="Neo4j URI (else env NEO4J_URI; NEO4J_USER/PASSWORD/DATABASE)")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print a JSON array for scripts")]
On = Annotated[str | None, typer.Option("--on", help="ISO date YYYY-MM-DD (default: today)")]

_USER_ERRORS = (ValueError, LookupError, ReadOnlyError, FileNotFoundError, SourceError)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _open(db: Path, neo4j: str | None, read_only: bool = True) -> Renmian:
    """The API on the chosen store; --neo4j, else NEO4J_URI when --db was left at its default."""
    uri = neo4j or (os.environ.get("NEO4J_URI") if db == DEFAULT_DB else None)
    return Renmian.open(db, neo4j_uri=uri, read_only=read_only)


def _run(db: Path, neo4j: str | None, call: Callable[[Renmian], Any], read_only: bool = True) -> Any:
    try:
        api = _open(db, neo4j, read_only)
        try:
            return call(api)
        finally:
            api.close()
    except _USER_ERRORS as e:
        _fail(str(e))


def _today(on: str | None) -> str:
    return on or date.today().isoformat()  # the clock is read here, in the CLI, and nowhere in the library


def _show(items: list[dict], as_json: bool, columns: Sequence[str], title: str) -> None:
    if as_json:
        sys.stdout.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
        return
    if not items:
        Console().print(f"[dim]{title}: nothing recorded[/dim]")
        return
    table = Table(*columns, title=title)
    for item in items:
        table.add_row(*(_cell(item, c) for c in columns))
    Console().print(table)


def _cell(item: dict, column: str) -> str:
    if column == "sources":
        return "\n".join(_source_line(s) for s in item.get("sources", []))
    if column == "attested":  # attestations as points on the tenure: date and 文号
        return "\n".join(f"{p['date']} {p['doc_number'] or ''}".strip() for p in item.get("attested") or ())
    value = item.get(column)
    if isinstance(value, dict):  # replaces / replaced_by: a neighbouring holder
        return str(value.get("person", ""))
    return "" if value is None else ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _source_line(s: dict) -> str:
    """One source: its cite line (an attestation), else 文号 (else file), date and sentence; then where
    it was published and its other copies."""
    where = s.get("doc_number") or Path(s.get("document", "")).name
    line = s.get("cite") or f"{where} {s.get('date', '')}: {s.get('evidence', '')}"
    if s.get("url"):
        line += f" <{s['url']}>"
    if s.get("copies"):
        line += " (also in " + ", ".join(c.get("url") or Path(c["document"]).name for c in s["copies"]) + ")"
    return line


def _duplicate_lines(duplicates: list[dict]) -> list[str]:
    """The notices read from several documents, each counted once, for the build and status reports."""
    if not duplicates:
        return []
    lines = [f"{len(duplicates)} notice(s) read from several documents, counted once:"]
    for d in duplicates:
        copies = ", ".join(Path(c).name for c in d["copies"])
        lines.append(f"  {d['doc_number'] or d['title']}: kept {Path(d['kept']).name}; copies {copies}")
    return lines


TENURE_COLUMNS = ("person", "post", "start", "end", "status", "note", "replaces", "replaced_by", "sources")
HELD_COLUMNS = (*TENURE_COLUMNS[:5], "certainty", *TENURE_COLUMNS[5:])


def _asking(as_json: bool, ask: Callable[[], Any]) -> Any:
    """``ask()``; when what the user typed names several people, posts or organisations, list them
    and exit 2."""
    try:
        return ask()
    except Ambiguous as e:
        if as_json:
            found = {"error": "ambiguous", "what": e.what, "text": e.text, "total": e.total}
            found["candidates"] = e.candidates
            sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        else:
            typer.echo(f"{e.text!r} matches {e.total} {e.what}s; give one of them:", err=True)
            for c in e.candidates:
                detail = "、".join(c.get("posts") or []) or c.get("org") or ""
                typer.echo(f"  {c['name']}  {detail}  ({c['id']})", err=True)
            if e.total > len(e.candidates):
                typer.echo(f"  … and {e.total - len(e.candidates)} more: type more of the name", err=True)
        raise typer.Exit(2) from None


def _show_people(items: list[dict]) -> None:
    """Under a career: each person's printed forms, why mentions were joined, and where to change it."""
    people = {i["person_id"]: i for i in items}
    for who in people.values():
        typer.echo(f"{who['person']} ({who['person_id']}): printed as {', '.join(who['person_names'])}")
        for reason in who["merge_reasons"]:
            typer.echo(f"  joined: {reason}")
        if who["merge_reasons"] or len(who["person_names"]) > 1:
            typer.echo(f"  to split or join people, edit {who['judgements']} and run `renmian rebuild`")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Gazette files or directories (.txt, .pdf, .html)")],
    db: Db = DEFAULT_DB,
    neo4j: Neo4j = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace", help="Start the graph afresh from exactly PATH... (the old events are kept)"
        ),
    ] = False,
    incremental: Annotated[bool, typer.Option("--incremental", hidden=True, help="The default now")] = False,
    judgements: Annotated[
        Path | None, typer.Option(help="Identity judgements file (default DB/judgements.yaml)")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Extract events from PATH... and add them to the graph (exit 1 if any file failed).

    A document read again replaces its own events; every other document's stay. --replace makes the
    graph from exactly PATH... (the events replaced are kept: see `renmian status`, `rebuild
    --generation`). If no document can be read, nothing changes.

    Example: renmian build data/samples --db .renmian/db
    """
    if replace and incremental:
        _fail("--replace and --incremental contradict each other: adding is the default")

    def call(api: Renmian) -> dict:
        try:
            return api.build(paths, replace=replace, judgements=judgements)
        except NothingRead as e:
            for err in e.errors:
                typer.echo(f"error: {err}", err=True)
            raise

    _report(_run(db, neo4j, call, False), as_json)


@app.command()
def rebuild(
    db: Db = DEFAULT_DB,
    neo4j: Neo4j = None,
    judgements: Annotated[
        Path | None, typer.Option(help="Identity judgements file (default DB/judgements.yaml)")
    ] = None,
    generation: Annotated[
        str | None,
        typer.Option(
            "--generation", help="Build from a kept generation: its number in `renmian status` or name"
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Rebuild the graph from the events kept in DB, reading no source file (after editing judgements).

    With --generation N the graph is built from an earlier generation's events, which become the
    current ones (the current ones are kept as a generation in turn).

    Example: renmian rebuild --db .renmian/db --generation 1
    """
    _report(
        _run(db, neo4j, lambda api: api.rebuild(judgements=judgements, generation=generation), False), as_json
    )


@app.command()
def status(db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False) -> None:
    """Documents and events kept in DB, the generations kept, the store, and whether it matches the events.

    Example: renmian status --db .renmian/db
    """
    try:
        api: Renmian | None = _open(db, neo4j)
    except FileNotFoundError:
        api = None  # no graph yet: the events (if any) are still shown
    except _USER_ERRORS as e:
        _fail(str(e))
    try:
        if api is not None:
            info = api.status()
        else:
            from graph_builder.graph.build import status as data_status

            info = data_status(None, db)
    finally:
        if api is not None:
            api.close()
    if as_json:
        sys.stdout.write(json.dumps(info, ensure_ascii=False, indent=1) + "\n")
        return
    matches = {True: "yes", False: "NO: run `renmian rebuild`", None: "unknown (no stamp recorded)"}
    lines = [
        f"db: {info['db']}",
        f"documents: {info['documents']}, events: {info['events']}",
        f"store: {info['store'] or 'no graph built yet'}",
        f"store matches the events: {matches[info['store_matches_events']]}",
        f"built: {info.get('built_at') or 'not recorded'}",
    ]
    gens = info["generations"]
    lines.append(
        "generations kept (renmian rebuild --generation N):" if gens else "generations kept: none yet"
    )
    lines += [f"  {g['n']}  {g['name']}  {g['documents']} documents, {g['events']} events" for g in gens]
    lines += _duplicate_lines(info.get("duplicates", []))
    if info["leftovers"]:
        lines.append(f"left by a killed build (the next build removes them): {', '.join(info['leftovers'])}")
    typer.echo("\n".join(lines))


def _report(report: dict, as_json: bool) -> None:
    """Print a build report; exit 1 if any file failed."""
    for err in report["errors"]:
        typer.echo(f"error: {err}", err=True)
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        counts = ", ".join(f"{k} {v}" for k, v in report["counts"].items())
        mode = {"incremental": "adding", "full": "full"}.get(report["mode"], report["mode"])
        Console().print(
            f"{mode} build: {report['documents']} documents, {report['events']} events → {counts}"
        )
        for line in _duplicate_lines(report.get("duplicates", [])):
            typer.echo(line)
    raise typer.Exit(1 if report["errors"] else 0)


@app.command("who-held")
def who_held(
    post: str, on: On = None, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False
) -> None:
    """Who held POST on a date, certainly or possibly, with the documents behind both ends.

    Example: renmian who-held 上海市普陀区审计局局长 --on 2024-03-01
    """
    day = _today(on)
    items = _run(db, neo4j, lambda api: _asking(as_json, lambda: api.who_held(post, day)))
    _show(items, as_json, HELD_COLUMNS, f"{post} on {day}")


@app.command()
def career(name: str, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False) -> None:
    """Every post of NAME (full name or fragment, either script) with start, end, status and sources.

    A fragment naming several people lists them (exit 2). Under the table: the forms the name was
    printed in, why the mentions were taken as one person, and the judgements file that changes it.

    Example: renmian career 林哲
    """
    columns = (*TENURE_COLUMNS[:-1], "attested", "sources")

    def call(api: Renmian) -> list[dict]:
        items = api.career(name)
        judgements = {"judgements": str(api.data_dir / JUDGEMENTS_FILE)}  # where merges are undone
        return [item | judgements for item in items]

    items = _run(db, neo4j, lambda api: _asking(as_json, lambda: call(api)))
    shown = sorted({i["person"] for i in items}) or [name]
    _show(items, as_json, columns, f"career of {' / '.join(shown)}")
    if items and not as_json:
        _show_people(items)


@app.command()
def succession(post: str, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False) -> None:
    """The holders of POST in order.

    Example: renmian succession 宜川路街道办事处主任
    """
    items = _run(db, neo4j, lambda api: _asking(as_json, lambda: api.succession(post)))
    _show(items, as_json, TENURE_COLUMNS, f"succession of {post}")


@app.command()
def vacancies(
    on: On = None,
    org: Annotated[str | None, typer.Option(help="Only posts whose name contains this (e.g. 普陀区)")] = None,
    db: Db = DEFAULT_DB,
    neo4j: Neo4j = None,
    as_json: AsJson = False,
) -> None:
    """Principal posts whose last holder was removed with no successor recorded by a date; since when.

    Example: renmian vacancies --on 2024-05-01 --org 普陀区
    """
    day = _today(on)
    items = _run(db, neo4j, lambda api: api.vacancies(day, org))
    _show(items, as_json, ("post", "since", "last_holder", "certainty", "sources"), f"vacancies on {day}")


@app.command()
def colleagues(name: str, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False) -> None:
    """People who served in the same organisation as NAME at overlapping times.

    Example: renmian colleagues 潘浩
    """
    items = _run(db, neo4j, lambda api: _asking(as_json, lambda: api.colleagues(name)))
    _show(
        items,
        as_json,
        ("person", "org", "post", "own_post", "start", "end", "certainty"),
        f"colleagues of {name}",
    )


@app.command()
def search(text: str, db: Db = DEFAULT_DB, neo4j: Neo4j = None, as_json: AsJson = False) -> None:
    """People, posts and organisations whose name contains TEXT (either script).

    Example: renmian search 宜川
    """
    items = _run(db, neo4j, lambda api: api.search(text))
    _show(items, as_json, ("type", "name", "detail", "posts", "id"), f"search {text}")


@app.command()
def query(
    cypher: str,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="k=v (v read as JSON when it parses)")
    ] = None,
    db: Db = DEFAULT_DB,
    neo4j: Neo4j = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds before the statement is stopped (0: no limit)")
    ] = QUERY_TIMEOUT,
    limit: Annotated[
        int, typer.Option("--limit", min=0, help="Rows shown (0: every row); a note says when more exist")
    ] = SHOW_ROWS,
    as_json: AsJson = False,
) -> None:
    """Run a read-only Cypher statement (writes refused, stopped after --timeout s, the first --limit rows
    shown); values as --param k=v.

    Example: renmian query "MATCH (p:Post) WHERE p.name CONTAINS \\$q RETURN p.name" --param q=审计局
    """
    params = _params(param or [])
    page = _run(
        db, neo4j, lambda api: api.query_page(cypher, params, timeout=timeout or None, limit=limit or None)
    )
    items = page.rows
    _show(items, as_json, tuple(items[0]) if items else (), "query")
    if page.more:  # on stderr: the JSON on stdout stays one document
        typer.echo(f"{page.shown_note} (--limit N to show more, --limit 0 for every row)", err=True)


def _params(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            _fail(f"cannot read --param {pair!r}: expected k=v")
        k, v = pair.split("=", 1)
        try:
            out[k] = json.loads(v)
        except json.JSONDecodeError:
            out[k] = v
    return out


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(EXPORT_FORMATS))] = "graphml",
    out: Annotated[Path | None, typer.Option("--out", help="File (a directory for neo4j-csv)")] = None,
    db: Db = DEFAULT_DB,
    neo4j: Neo4j = None,
) -> None:
    """Write the graph for Gephi / networkx (graphml, gexf), neo4j-admin (neo4j-csv) or scripts (jsonl).

    Example: renmian export --format gexf --out renmian.gexf
    """
    if fmt not in EXPORT_FORMATS:
        _fail(f"unknown export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    target = out or Path({"neo4j-csv": "renmian-neo4j-csv"}.get(fmt, f"renmian.{fmt}"))
    written = _run(db, neo4j, lambda api: api.export(fmt, target))
    typer.echo(str(written))


@app.command("app")
def run_app(
    db: Db = DEFAULT_DB,
    neo4j: Neo4j = None,
    port: Annotated[int, typer.Option(help="Port to serve on")] = 8501,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Seconds before a Cypher page statement stops (0: no limit)"),
    ] = QUERY_TIMEOUT,
) -> None:
    """Open the Streamlit app on the graph in --db (or on the Neo4j server of --neo4j / NEO4J_URI).

    Example: renmian app --db .renmian/db --port 8501;  renmian app --neo4j bolt://localhost:7687
    """
    script = Path(__file__).resolve().parents[2] / "app.py"
    if not script.exists():
        _fail(f"cannot find the app at {script}")
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.fileWatcherType",  # watching the project (and .venv) floods the log
        "none",
        "--client.toolbarMode",
        "viewer",
        "--browser.gatherUsageStats",  # users' queries are their business: no statistics sent
        "false",
        "--",
        "--db",
        str(db),
        *(["--neo4j", neo4j] if neo4j else []),  # else the app reads NEO4J_URI, as the CLI does
        "--query-timeout",
        f"{timeout:g}",
    ]
    env = {**os.environ, "RENMIAN_DB": str(db)}
    # This process becomes the server: a signal to the command's PID (Ctrl-C, kill, a supervisor)
    # stops Streamlit itself, and nothing is left holding the port.
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, cmd, env)
