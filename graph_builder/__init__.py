"""renmian: Chinese personnel appointments (任免) read from gazettes into a temporal graph.

The public calls: :func:`extract_text` and :func:`extract_paths` (text in, events out) and
:class:`Renmian` (the graph and its questions). They are imported on first use, so that reading
one stage does not load the store's libraries.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph_builder.compiled import use_sources_if_stale

use_sources_if_stale(Path(__file__).parent)

__all__ = ["Renmian", "extract_paths", "extract_text"]


def __getattr__(name: str) -> Any:
    if name in ("extract_text", "extract_paths"):
        from graph_builder import pipeline

        return getattr(pipeline, name)
    if name == "Renmian":
        from graph_builder.graph.api import Renmian

        return Renmian
    raise AttributeError(f"module 'graph_builder' has no attribute {name!r}")
