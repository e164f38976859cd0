"""Exports of the stored graph: GraphML / GEXF (networkx, for Gephi), neo4j-admin CSV, JSONL."""

from __future__ import annotations

import csv
import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from graph_builder.graph.rows import link_id
from graph_builder.store import Store
from graph_builder.store.schema import (
    BOOL,
    INT,
    MAX_DATE,
    MIN_DATE,
    NODES,
    RELS,
    STRINGS,
    NodeTable,
    RelTable,
    is_link,
    prop_names,
)

ARRAY_DELIMITER = "|"  # ';' occurs in notes and merge reasons; '|' never does in list values


def node_rows(store: Store, t: NodeTable) -> list[dict]:
    """Every node of one label with all its properties."""
    cols = ", ".join(f"n.{p} AS {p}" for p in prop_names(t))
    return store.read(f"MATCH (n:{t.label}) RETURN {cols} ORDER BY n.id", {})


def rel_rows(store: Store, r: RelTable) -> list[dict]:
    """Every relationship of one type: ``src``, ``dst``, ``id`` and its properties.

    Property-less links are identified by their ends: their ``id`` is ``src>dst`` (graph_rows.link_id).
    """
    if is_link(r):
        rows = store.read(f"MATCH (a:{r.src})-[:{r.type}]->(b:{r.dst}) RETURN a.id AS src, b.id AS dst", {})
        return sorted(({**row, "id": link_id(row["src"], row["dst"])} for row in rows), key=lambda x: x["id"])
    cols = ", ".join(f"x.{p} AS {p}" for p in prop_names(r))
    return store.read(
        f"MATCH (a:{r.src})-[x:{r.type}]->(b:{r.dst}) RETURN a.id AS src, b.id AS dst, {cols} ORDER BY x.id",
        {},
    )


def export(store: Store, fmt: str, path: Path) -> Path:
    """Write the whole graph in ``fmt`` to ``path`` (a directory for neo4j-csv)."""
    writer = {"graphml": _networkx, "gexf": _networkx, "jsonl": _jsonl, "neo4j-csv": _neo4j_csv}[fmt]
    path.parent.mkdir(parents=True, exist_ok=True)
    writer(store, path, fmt)
    return path


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The graph as a networkx MultiDiGraph for Gephi and scripts: what a reader of the graph needs.

    Each node's ``label`` (what Gephi shows) is its name, its ``type`` the schema label; list
    properties are joined so GraphML / GEXF can hold them. Left out: unknown values (the stores'
    placeholder dates 0001-01-01 / 9999-12-31, empty text), each row's content hash ``h`` (for
    incremental builds), and the TenureDetail nodes (each HELD's answer item restated as JSON).
    Ids stay the node and edge keys, so the export joins back to the store.
    """
    g = nx.MultiDiGraph()
    for t in NODES:
        if t.label == "TenureDetail":
            continue
        for row in node_rows(store, t):
            g.add_node(row["id"], type=t.label, label=_name(t.label, row), **_known(row, "id"))
    for r in RELS:
        for row in rel_rows(store, r):
            g.add_edge(row["src"], row["dst"], key=row["id"], type=r.type, **_known(row, "src", "dst"))
    return g


def _name(label: str, row: dict) -> str:
    """What a node is called: a name; a notice by its 文号 (else title, file); an event by what it says."""
    if label == "Document":
        return row["doc_number"] or row["title"] or Path(row["path"]).name
    if label == "Event":
        return f"{row['person']} {row['action']} {row['post']}"
    return row.get("name") or row["id"]


def _known(row: dict, *skip: str) -> dict:
    """The properties of a row worth exporting: known values, lists joined, no content hash."""
    return {
        k: " | ".join(map(str, v)) if isinstance(v, list) else v
        for k, v in row.items()
        if k not in skip and k != "h" and v not in ("", MIN_DATE, MAX_DATE) and v != []
    }


def _networkx(store: Store, path: Path, fmt: str) -> None:
    g = to_networkx(store)
    if fmt == "graphml":
        nx.write_graphml(g, path)
    else:
        nx.write_gexf(g, path)


def _jsonl(store: Store, path: Path, fmt: str) -> None:
    with path.open("w", encoding="utf-8") as f:
        for line in _json_lines(store):
            f.write(line + "\n")


def _json_lines(store: Store) -> Iterator[str]:
    for t in NODES:
        for row in node_rows(store, t):
            yield json.dumps({"kind": "node", "label": t.label, **row}, ensure_ascii=False)
    for r in RELS:
        for row in rel_rows(store, r):
            rel = {
                "kind": "relationship",
                "type": r.type,
                "from": row.pop("src"),
                "to": row.pop("dst"),
                **row,
            }
            yield json.dumps(rel, ensure_ascii=False)


_CSV_TYPE = {"STRING": "", BOOL: ":boolean", INT: ":long", STRINGS: ":string[]"}


def _neo4j_csv(store: Store, path: Path, fmt: str) -> None:
    """neo4j-admin database import files: a header file and a data file per label / type, import.sh,
    and schema.cypher: the constraints and indexes renmian's queries use (the import makes none)."""
    from graph_builder.store.neo4j_store import ddl

    path.mkdir(parents=True, exist_ok=True)
    (path / "schema.cypher").write_text("".join(f"{stmt};\n" for stmt in ddl()), encoding="utf-8")
    args = []
    for t in NODES:
        header = ["id:ID"] + [f"{p}{_CSV_TYPE[ty]}" for p, ty in t.props if p != "id"] + [":LABEL"]
        rows = ([*(_cell(row[p]) for p in prop_names(t)), t.label] for row in node_rows(store, t))
        args.append(f"--nodes={t.label}={_write_csv(path, t.label, header, rows)}")
    for r in RELS:
        header = [":START_ID", ":END_ID"] + [f"{p}{_CSV_TYPE[ty]}" for p, ty in r.props] + [":TYPE"]
        rows = (
            [row["src"], row["dst"], *(_cell(row[p]) for p in prop_names(r)), r.type]
            for row in rel_rows(store, r)
        )
        args.append(f"--relationships={r.type}={_write_csv(path, r.type, header, rows)}")
    # The database name comes first: after --nodes / --relationships (which take several files) it
    # would be read as one more file. Evidence quotes can hold line breaks: --multiline-fields.
    script = (
        "#!/bin/sh\n# Load this export into an empty database (stop it first); run from this directory.\n"
        "# Then, with the database started: cypher-shell -f schema.cypher (the indexes the queries use).\n"
        'neo4j-admin database import full "${1:-neo4j}" '
        f"--array-delimiter='{ARRAY_DELIMITER}' --multiline-fields=true --overwrite-destination \\\n  "
        + " \\\n  ".join(shlex.quote(a) for a in args)
        + "\n"
    )
    (path / "import.sh").write_text(script, encoding="utf-8")


def _write_csv(path: Path, name: str, header: list[str], rows: Iterator[list]) -> str:
    with (path / f"{name}_header.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerow(header)
    with (path / f"{name}.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return f"{name}_header.csv,{name}.csv"


def _cell(v: object) -> object:
    if isinstance(v, list):
        return ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "¦") for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return v
