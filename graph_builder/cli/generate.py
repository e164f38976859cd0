"""`renmian generate`: synthetic gazettes with their ground truth, for benchmarks and scale tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from graph_builder.cli.typer_app import app
from graph_builder.synth.generate import PLAIN, Profile, generate


@app.command("generate")
def generate_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the gazettes; truth/ goes inside")],
    events: Annotated[int, typer.Option("--events", "-n", help="How many events to print")] = 10_000,
    seed: Annotated[int, typer.Option("--seed", help="Same seed, same bytes")] = 0,
    plain: Annotated[
        bool, typer.Option("--plain", help="Notices only: no tables, bulletins, 议案, PDF breaks")
    ] = False,
    prose_ratio: Annotated[
        float, typer.Option("--prose-ratio", help="Characters of policy prose per character of notices")
    ] = 1.0,
) -> None:
    """Write realistic gazettes for N events and the ground truth beside them (truth/*.jsonl).

    Example: renmian generate --events 100000 --seed 1 --out /tmp/gazettes
    """
    profile = replace(PLAIN if plain else Profile(), prose_ratio=prose_ratio)
    summary = generate(events, seed, out, profile)
    typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
