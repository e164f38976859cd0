"""The Typer application every command module registers on (a leaf: it imports none of them)."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Read Chinese government gazettes into a temporal graph of appointments (任免).",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _group() -> None:
    """renmian: personnel appointments (任免) from gazettes into a temporal graph."""
