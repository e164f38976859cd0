"""The `renmian` command line: each command parses options and makes one library call."""

from __future__ import annotations

import contextlib

import typer

app = typer.Typer(
    help="Read Chinese government gazettes into a temporal graph of appointments (任免).",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _group() -> None:
    """renmian: personnel appointments (任免) from gazettes into a temporal graph."""


def main() -> None:
    """Entry point of the console script."""
    from graph_builder import cli_extract, cli_generate  # noqa: F401  (register their commands)

    with contextlib.suppress(ImportError):  # the graph commands land with issue 3
        from graph_builder import cli_graph  # noqa: F401
    app()
