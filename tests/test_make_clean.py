"""`make clean` removes what the set-up and the build made, never a graph (the real Makefile, run by
make in a scratch directory laid out as a clone)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

MAKEFILE = Path(__file__).resolve().parents[1] / "Makefile"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_clean_keeps_the_graphs_and_removes_the_build(tmp_path: Path) -> None:
    made = {
        ".renmian/db/catalog.kz": "graph",  # the demo's store
        ".renmian/neo4j/data/store": "graph",  # a Neo4j test server's data
        ".renmian/compiled": "",
        ".venv/bin/python": "",
        "build/mypyc/stages.c": "",
    }
    for name, content in made.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content)
    done = subprocess.run(
        ["make", "-s", "-f", str(MAKEFILE), "-C", str(tmp_path), "clean"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / ".renmian/db/catalog.kz").read_text() == "graph"
    assert (tmp_path / ".renmian/neo4j/data/store").read_text() == "graph"
    for gone in (".renmian/compiled", ".venv", "build/mypyc"):
        assert not (tmp_path / gone).exists(), gone
