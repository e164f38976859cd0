"""Compile the extraction stages with mypyc, in place (``make compiled``), or remove them (``--pure``).

The stages from normalising a page to reading its clauses are pure functions over strings, with
type hints throughout; mypyc turns them into C extensions that run the same code about 1.4 times
as fast (``bench/README.md``). The sources stay the truth: a compiled module older than its
source is not used (``graph_builder/compiled.py``), and ``--pure`` goes back to the sources alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The reading stages. Not compiled: package __init__ files, nlp.py (a measurement of spaCy and
# jieba, which imports the pipeline), and the I/O at the edges (sources, links, pipeline).
_BUILD = "build/mypyc"
_READ = ("normalise", "segment", "patterns", "dates", "chrome", "page_numbers")


def compiled_sources() -> list[Path]:
    """The source files compiled, relative to the repository."""
    extract = (ROOT / "graph_builder" / "extract").glob("*.py")
    extract = sorted(p for p in extract if p.stem not in ("__init__", "nlp"))
    read = [ROOT / "graph_builder" / "read" / f"{name}.py" for name in _READ]
    return [p.relative_to(ROOT) for p in [*extract, *read]]


def built_modules() -> list[Path]:
    """The extension modules a build left in the source tree (and mypyc's shared library)."""
    suffix = ".so" if os.name != "nt" else ".pyd"
    return [p for p in ROOT.glob(f"**/*{suffix}") if ".venv" not in p.parts and "build" not in p.parts]


def build() -> None:
    """Compile :func:`compiled_sources` in place, then mark every built module as newer than its
    source (a module whose C was unchanged is not rebuilt, and keeps its old time)."""
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(ROOT)
    sources = [str(p) for p in compiled_sources()]
    # One group: calls between the modules are then C calls (compiled apart, each module's calls to
    # another go through Python, and most of the gain is lost). Its C cut into a file per module
    # compiles in half the time of one file.
    # (named inside the package, the group's shared library is found wherever the package is)
    extensions = mypycify(
        sources, opt_level="3", multi_file=True, group_name="graph_builder.stages", target_dir=_BUILD
    )
    for extension in extensions:  # mypyc writes a dotted group's header one folder down
        extension.include_dirs.append(f"{_BUILD}/graph_builder")
    setup(
        name="renmian-compiled",
        ext_modules=extensions,
        script_args=["-q", "build_ext", "--inplace", "--build-temp", _BUILD],
    )
    for module in built_modules():
        module.touch()


def remove() -> None:
    """Remove every compiled module from the source tree: the sources alone are imported."""
    for module in built_modules():
        module.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pure", action="store_true", help="remove the compiled modules")
    args = parser.parse_args()
    remove() if args.pure else build()


if __name__ == "__main__":
    sys.exit(main())
