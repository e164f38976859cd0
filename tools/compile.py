"""Compile the reading stages with mypyc, in place (``make compiled``), remove the build
(``--pure``), list the sources compiled (``--list``) or check the build (``--check``), for the
Makefile.

The stages from normalising a page to reading its clauses are pure functions over strings, with
type hints throughout; mypyc turns them into C extensions that run the same code 1.3 to 1.4 times
as fast (``bench/README.md``). The sources stay the truth: a build older than its sources, or not
whole, is not used (``graph_builder/compiled.py``), and ``--pure`` goes back to the sources alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graph_builder"
_BUILD = "build/mypyc"
# The reading stages. Not compiled: package __init__ files, nlp.py (a measurement of spaCy and
# jieba, which imports the pipeline), and the I/O at the edges (sources, links, pipeline).
_READ = ("normalise", "segment", "patterns", "dates", "chrome", "page_numbers", "headline_clauses")


def compiled_sources() -> list[Path]:
    """The source files compiled, relative to the repository."""
    extract = sorted(p for p in (PACKAGE / "extract").glob("*.py") if p.stem not in ("__init__", "nlp"))
    read = [PACKAGE / "read" / f"{name}.py" for name in _READ]
    return [p.relative_to(ROOT) for p in [*extract, *read]]


def build() -> None:
    """Compile :func:`compiled_sources` in place. The build is dated when it began: a source edited
    while it ran is newer than it, and so is not shadowed by it."""
    from mypyc.build import mypycify
    from setuptools import setup

    from graph_builder.compiled import built_files

    headers = Path(sysconfig.get_paths()["include"], "Python.h")
    if not headers.exists():
        sys.exit(f"cannot compile: {headers} is missing (install this Python's development headers)")
    began = time.time()
    remove()  # (a module whose source is gone leaves nothing behind; build/mypyc keeps what is unchanged)
    os.chdir(ROOT)
    # One group: calls between the modules are then C calls (compiled apart, each module's calls to
    # another go through Python, and most of the gain is lost). Its C cut into a file per module
    # compiles in half the time of one file.
    extensions = mypycify(
        [str(p) for p in compiled_sources()],
        opt_level="3",
        multi_file=True,
        group_name="graph_builder.stages",  # (its shared library then lands in graph_builder/)
        target_dir=_BUILD,
    )
    for extension in extensions:  # mypyc writes a dotted group's header one folder down
        extension.include_dirs.append(f"{_BUILD}/graph_builder")
    setup(
        name="renmian-compiled",
        ext_modules=extensions,
        script_args=["-q", "build_ext", "--inplace", "--build-temp", _BUILD, "--build-lib", f"{_BUILD}/lib"],
    )
    # (setuptools copies a module it did not rebuild with its old time: every part gets the same)
    for built in built_files(PACKAGE):
        os.utime(built, (began, began))


def remove() -> None:
    """Remove every compiled module from the source tree: the sources alone are imported."""
    from graph_builder.compiled import built_files

    for built in built_files(PACKAGE):
        built.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--pure", action="store_true", help="remove the compiled modules")
    action.add_argument("--list", action="store_true", help="print the sources compiled")
    action.add_argument("--check", action="store_true", help="fail if the build is stale or not whole")
    args = parser.parse_args()
    if args.list:
        print(" ".join(str(p) for p in compiled_sources()))
        return
    sys.path.insert(0, str(ROOT))
    os.environ["RENMIAN_PURE"] = "1"  # (importing graph_builder here asks for no build)
    if args.check:
        from graph_builder.compiled import stale_builds

        sys.exit(1 if stale_builds(PACKAGE) else 0)
    remove() if args.pure else build()


if __name__ == "__main__":
    main()
