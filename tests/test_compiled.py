"""The compiled reading stages (tools/compile.py) are used only while they are newer than their
sources; a stale build, or RENMIAN_PURE, gives the sources, never a stale module."""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph_builder.compiled import stale_builds
from tests.support import ROOT

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _module_file(
    module: str, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess:
    """Import ``module`` in a fresh interpreter started in ``cwd``; its ``__file__`` on stdout."""
    code = f"import {module} as m; print(m.__file__)"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
    )


def _older(path: Path, than: Path) -> None:
    stamp = than.stat().st_mtime - 60
    os.utime(path, (stamp, stamp))


def _tree(root: Path) -> None:
    """A build of two modules beside their sources, with its shared library."""
    for package in ("extract", "read"):
        (root / package).mkdir()
    for name in ("posts", "names"):
        (root / "extract" / f"{name}.py").write_text("X = 1\n")
        (root / "extract" / f"{name}{SUFFIX}").write_bytes(b"not a library")
    (root / f"stages__mypyc{SUFFIX}").write_bytes(b"not a library")


def test_a_whole_build_newer_than_its_sources_is_not_stale(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert stale_builds(tmp_path) == []


def test_a_build_older_than_its_source_or_without_one_is_stale(tmp_path: Path) -> None:
    _tree(tmp_path)
    _older(tmp_path / "extract" / f"posts{SUFFIX}", tmp_path / "extract" / "posts.py")
    (tmp_path / "read" / f"gone{SUFFIX}").write_bytes(b"not a library")  # its source removed
    found = sorted(p.relative_to(tmp_path).as_posix() for p in stale_builds(tmp_path))
    assert found == [f"extract/posts{SUFFIX}", f"read/gone{SUFFIX}"]


def test_a_build_without_its_shared_library_is_stale(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / f"stages__mypyc{SUFFIX}").unlink()
    assert [p.name for p in stale_builds(tmp_path)] == ["stages__mypyc"]


def test_the_sources_compiled_are_the_reading_stages() -> None:
    listed = subprocess.run(
        [sys.executable, "tools/compile.py", "--list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "graph_builder/extract/clauses.py" in listed and "graph_builder/read/normalise.py" in listed
    assert all((ROOT / p).exists() for p in listed)
    # (nlp.py imports the pipeline; sources.py reads files: neither is a reading stage)
    assert not {"graph_builder/extract/nlp.py", "graph_builder/read/sources.py"} & set(listed)
    assert not any(p.endswith("__init__.py") for p in listed)


def test_a_stale_build_is_passed_over_for_the_sources_with_a_warning(tmp_path: Path) -> None:
    """A module whose build is older than its source is imported from the source: the stale file
    (here bytes that no loader could load) is never opened."""
    tree = tmp_path / "graph_builder"
    shutil.copytree(ROOT / "graph_builder", tree, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    stale = tree / "extract" / f"posts{SUFFIX}"
    stale.write_bytes(b"not a library")
    _older(stale, tree / "extract" / "posts.py")
    ran = _module_file("graph_builder.extract.posts", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == str(tree / "extract" / "posts.py")
    assert "compiled reading stages are stale" in ran.stderr and "make compiled" in ran.stderr


def test_without_the_fallback_the_stale_file_would_have_been_loaded(tmp_path: Path) -> None:
    """The same tree with the stale file made newer than its source: the loader takes it (and fails
    on it), which is what the fallback above prevents."""
    tree = tmp_path / "graph_builder"
    shutil.copytree(ROOT / "graph_builder", tree, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    (tree / "extract" / f"posts{SUFFIX}").write_bytes(b"not a library")
    (tree / f"stages__mypyc{SUFFIX}").write_bytes(b"not a library")  # (the build whole)
    ran = _module_file("graph_builder.extract.posts", cwd=tmp_path)
    assert ran.returncode != 0 and "ImportError" in ran.stderr


def test_renmian_pure_imports_the_sources() -> None:
    ran = _module_file("graph_builder.extract.posts", env={"RENMIAN_PURE": "1"})
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == str(ROOT / "graph_builder" / "extract" / "posts.py")
    assert "Warning" not in ran.stderr


def test_a_fresh_build_is_used() -> None:
    if not (ROOT / "graph_builder" / "extract" / f"posts{SUFFIX}").exists():
        pytest.skip("no compiled build in this tree (`make compiled` makes one; `make test` does)")
    if stale_builds(ROOT / "graph_builder"):
        pytest.skip("the build in this tree is stale (`make compiled` builds it again)")
    ran = _module_file("graph_builder.extract.posts")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().endswith(SUFFIX)
    assert "Warning" not in ran.stderr
