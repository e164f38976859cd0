"""The compiled reading stages (``make compiled``: C extensions mypyc built beside their sources)
are used only while the build is whole and every module of it is newer than its source.

An edited source beside an older build would otherwise be shadowed by the build without a word,
and a build is one whole (its modules call each other in C, through one shared library), so one
stale or missing part makes all of it stale: then every module of the compiled packages is
imported from its source, with a warning. ``RENMIAN_PURE=1`` asks for the sources without one.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType

# The packages whose modules may be compiled, and the build's shared library (in the package's
# own folder, so that it is found wherever the package is).
COMPILED_PACKAGES = ("extract", "read")
GROUP_LIBRARY = "stages__mypyc"
_SUFFIXES = sorted(EXTENSION_SUFFIXES, key=len, reverse=True)


def module_name(path: Path) -> str | None:
    """The module an extension file holds (``posts`` of ``posts.cpython-311-x86_64-linux-gnu.so``),
    or None for any other file."""
    # (the longest suffix first: .cpython-311-x86_64-linux-gnu.so before .so)
    suffix = next((s for s in _SUFFIXES if path.name.endswith(s)), None)
    return path.name.removesuffix(suffix) if suffix else None


def built_files(root: Path) -> list[Path]:
    """Every file a build leaves in ``root`` (the ``graph_builder`` folder): the extension modules
    of the compiled packages and the shared library."""
    folders = [root / package for package in COMPILED_PACKAGES]
    modules = [p for folder in folders for p in sorted(folder.iterdir()) if module_name(p)]
    return modules + [p for p in sorted(root.iterdir()) if module_name(p) == GROUP_LIBRARY]


def stale_builds(root: Path) -> list[Path]:
    """What makes the build under ``root`` (the ``graph_builder`` folder) unusable: its modules older
    than their sources or without one, and its shared library when it is missing."""
    built = built_files(root)
    modules = [p for p in built if module_name(p) != GROUP_LIBRARY]
    if not modules:
        return []
    stale = [] if len(modules) < len(built) else [root / GROUP_LIBRARY]
    for module in modules:
        source = module.with_name(f"{module_name(module)}.py")
        if not source.exists() or source.stat().st_mtime > module.stat().st_mtime:
            stale.append(module)
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
        return spec_from_file_location(name, source) if source.exists() else None


def use_sources_if_stale(root: Path) -> None:
    """Import the compiled packages from their sources when ``RENMIAN_PURE`` is set, or (with a
    warning) when the build is stale; call before any of their modules is imported."""
    if any(isinstance(finder, SourcesFirst) for finder in sys.meta_path):
        return
    if not os.environ.get("RENMIAN_PURE"):
        stale = stale_builds(root)
        if not stale:
            return
        warnings.warn(
            f"the compiled reading stages are stale ({stale[0].name} is older than its source, or "
            "missing): reading with the sources (slower); `make compiled` builds them again, "
            "`make pure` removes them",
            RuntimeWarning,
            stacklevel=2,
        )
    sys.meta_path.insert(0, SourcesFirst(root))
