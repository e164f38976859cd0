"""The compiled reading stages (``make compiled``: C extensions mypyc built beside their sources)
are used only while every one of them is newer than its source.

An edited source beside an older build would otherwise be shadowed by the build without a word,
and a build is one whole (its modules call each other in C), so one stale module makes all of them
stale: then every module of the compiled packages is imported from its source, with a warning.
``RENMIAN_PURE=1`` asks for the sources without one.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# The packages whose modules may be compiled.
COMPILED_PACKAGES = ("extract", "read")
_SUFFIXES = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)


def stale_builds(root: Path) -> list[Path]:
    """The compiled modules under ``root`` (the ``graph_builder`` folder) older than their source, or
    whose source is gone."""
    stale = []
    for package in COMPILED_PACKAGES:
        for built in (root / package).iterdir():
            # (the longest suffix first: .cpython-311-x86_64-linux-gnu.so before .so)
            suffix = next((s for s in _SUFFIXES if built.name.endswith(s)), None)
            name = built.name.removesuffix(suffix) if suffix else ""
            if not name or name.endswith("__mypyc"):
                continue  # not an extension, or the build's shared library (loaded by its modules)
            source = built.with_name(f"{name}.py")
            if not source.exists() or source.stat().st_mtime > built.stat().st_mtime:
                stale.append(built)
    return stale


class SourcesFirst:
    """A finder that imports the modules of the compiled packages from their ``.py`` sources."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        """The spec of ``graph_builder.<package>.<module>`` from its source; None for any other."""
        parts = name.split(".")
        if len(parts) != 3 or parts[0] != "graph_builder" or parts[1] not in COMPILED_PACKAGES:
            return None
        source = self.root / parts[1] / f"{parts[2]}.py"
        return importlib.util.spec_from_file_location(name, source) if source.exists() else None


def use_sources_if_stale(root: Path) -> None:
    """Import the compiled packages from their sources when a build is stale (or when
    ``RENMIAN_PURE`` is set); call before any of their modules is imported."""
    if any(isinstance(finder, SourcesFirst) for finder in sys.meta_path):
        return
    stale = stale_builds(root)
    if stale:
        warnings.warn(
            f"the compiled reading stages are older than their sources ({stale[0].name}…): reading "
            "with the sources (slower); `make compiled` builds them again, `make pure` removes them",
            RuntimeWarning,
            stacklevel=2,
        )
    if stale or os.environ.get("RENMIAN_PURE"):
        sys.meta_path.insert(0, SourcesFirst(root))
