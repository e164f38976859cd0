"""The Makefile a fresh clone runs: `make test` installs the Debian packages the tests need, and
`make clean` removes what the set-up and the build made, never a graph (the real Makefile, run by
make in a scratch directory laid out as a clone)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

MAKEFILE = Path(__file__).resolve().parents[1] / "Makefile"
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _make(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real Makefile run by make in ``directory`` (a scratch directory laid out as a clone)."""
    command = ["make", "-f", str(MAKEFILE), "-C", str(directory), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


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
    done = _make(tmp_path, "-s", "clean")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / ".renmian/db/catalog.kz").read_text() == "graph"
    assert (tmp_path / ".renmian/neo4j/data/store").read_text() == "graph"
    for gone in (".renmian/compiled", ".venv", "build/mypyc"):
        assert not (tmp_path / gone).exists(), gone


def test_the_tests_system_packages_are_installed_by_make_test(tmp_path: Path) -> None:
    # (the browser and PDF tests skip without them: a recipe lost from the Makefile skipped 15 tests
    # on a clean machine while every run passed)
    planned = _make(tmp_path, "-n", "system-deps")
    assert planned.returncode == 0, planned.stderr
    assert "apt-get install" in planned.stdout
    assert all(package in planned.stdout for package in ("chromium", "fonts-wqy-zenhei"))
    test_rule = _make(tmp_path, "-pn").stdout
    assert any(line.startswith("test:") and "system-deps" in line for line in test_rule.splitlines())
