"""Helpers for the app tests: the graph of the five seed gazettes, built once per test session.

Not a conftest (tests/conftest.py belongs to the library tests): test_app.py and test_app_browser.py
each wrap :func:`seed_db` in a session fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import ROOT, SAMPLES

APP = ROOT / "app.py"  # the entry point; its pages are modules of APP_PACKAGE / "pages"
APP_PACKAGE = ROOT / "graph_builder" / "app"


_BUILT: dict[str, Path] = {}


def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory of an embedded store built from data/samples (built on first use, then reused).

    The build's API is closed again so the app can open the same store read-only in this process.
    """
    if "db" not in _BUILT:
        from graph_builder.graph.api import Renmian

        db = tmp_path_factory.mktemp("app_seed") / "db"
        api = Renmian.open(db)
        try:
            report = api.build(paths=[SAMPLES])
        finally:
            api.close()
        assert report["errors"] == [], report["errors"]
        _BUILT["db"] = db
    return _BUILT["db"]


def app_command(*args: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The command ``renmian app ARGS`` runs (Streamlit is not started)."""
    from typer.testing import CliRunner

    from graph_builder.cli import graph as cli_graph
    from graph_builder.cli.main import app as cli

    ran: list[list[str]] = []
    monkeypatch.setattr(cli_graph.os, "execve", lambda path, cmd, env: ran.append(cmd))
    result = CliRunner().invoke(cli, ["app", *args])
    assert result.exit_code == 0, result.output
    (cmd,) = ran
    return cmd
