"""Shared fixtures: a real embedded store in a temporary directory."""

from __future__ import annotations

import pytest


@pytest.fixture
def api(tmp_path):
    """The API on an empty LadybugDB store in a temporary directory."""
    from graph_builder.graph.api import Renmian

    r = Renmian.open(tmp_path / "db")
    yield r
    r.close()
