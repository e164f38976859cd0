"""Graph stores: LadybugDB embedded (the default) and Neo4j, behind one small interface."""

from __future__ import annotations

from pathlib import Path

from graph_builder.store.base import GraphDiff, ReadOnlyError, Store, check_read_only, diff

DEFAULT_DB = Path(".renmian/db")

__all__ = ["DEFAULT_DB", "GraphDiff", "ReadOnlyError", "Store", "check_read_only", "diff", "open_store"]


def open_store(db: str | Path | None = None, neo4j_uri: str | None = None, read_only: bool = False) -> Store:
    """Neo4j at ``neo4j_uri`` (credentials from NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE), else
    LadybugDB in ``db``. The environment's NEO4J_URI is the caller's choice (the CLI reads it)."""
    if neo4j_uri:
        from graph_builder.store.neo4j_store import Neo4jSettings, Neo4jStore

        return Neo4jStore(Neo4jSettings.from_env(neo4j_uri), read_only=read_only)
    from graph_builder.store.ladybug_store import LadybugStore

    return LadybugStore(db or DEFAULT_DB, read_only=read_only)
