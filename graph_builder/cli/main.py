"""The `renmian` command line: each command parses options and makes one library call.

Imports run one way: this module imports the command modules, which register on
:mod:`graph_builder.cli.typer_app`; none of them imports this one.
"""

from __future__ import annotations

from graph_builder.cli import extract, generate, graph, roster  # noqa: F401  (they register their commands)
from graph_builder.cli.typer_app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the console script."""
    app()
