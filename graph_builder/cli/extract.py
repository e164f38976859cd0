"""`renmian extract`: events of the given gazettes as JSONL or a table."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from graph_builder.cli.typer_app import app
from graph_builder.pipeline import extract_paths
from graph_builder.read.sources import SourceError
from graph_builder.resolve.posts import full_post
from graph_builder.types import Attestation


class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (.txt, .pdf, .html)")],
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="jsonl for scripts, table for people")
    ] = Format.table,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Files read at once (0: one per core)")] = 1,
    attestations: Annotated[
        bool,
        typer.Option(
            "--attestations",
            help="Print attestations (lists, signatures, 现任职务, dated mentions) instead of events",
        ),
    ] = False,
) -> None:
    """Print every appointment and removal in PATH... with its provenance.

    Example: renmian extract data/samples --format jsonl > events.jsonl
    Example: renmian extract data/samples --attestations --format jsonl > attestations.jsonl
    """
    failed = 0
    rows = []
    for result in extract_paths(paths, jobs=jobs, attestations=attestations):
        if isinstance(result, SourceError):
            failed += 1
            print(f"error: {result}", file=sys.stderr)
            continue
        records = result.attestations if attestations else result.events
        for record in records:
            row = _attestation_row(record) if attestations else record.gold()
            if fmt is Format.jsonl:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                rows.append(row)
    if fmt is Format.table:
        (_print_attestations if attestations else _print_table)(rows)
    raise typer.Exit(1 if failed else 0)


def _print_table(rows: list[dict]) -> None:
    table = Table("date", "action", "person", "post", "qualifiers", "文号", "doc")
    for r in rows:
        table.add_row(
            r["date"] or "",
            r["action"],
            r["person"],
            r["post"],
            ",".join(r["qualifiers"]),
            r["doc_number"] or "",
            Path(r["doc"]).name,
        )
    Console().print(table)


def _attestation_row(a: Attestation) -> dict:
    """An attestation's record, with its post completed as resolution will complete it."""
    return a.record() | {"full_post": full_post(a.post, a.org, a.title, a.issuer)}


def _print_attestations(rows: list[dict]) -> None:
    table = Table("date", "form", "person", "post", "文号", "evidence", "doc")
    for r in rows:
        table.add_row(
            r["date"] or "",
            r["form"],
            r["person"],
            r["full_post"],
            r["doc_number"] or "",
            r["evidence"],
            Path(r["doc"]).name,
        )
    Console().print(table)
