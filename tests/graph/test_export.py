"""GraphML / GEXF exports read as a graph of named things: no placeholder dates, no content hashes."""

from __future__ import annotations

import networkx as nx
import pytest

from graph_builder.graph.api import Renmian
from tests.graph.test_api import STREET, scenario


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    r = Renmian.open(tmp_path_factory.mktemp("export") / "db")
    r.build(events=scenario())
    yield r
    r.close()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_no_placeholder_dates_and_no_hashes(api, tmp_path, fmt):
    out = api.export(fmt, tmp_path / f"g.{fmt}")
    text = out.read_text(encoding="utf-8")
    assert "0001-01-01" not in text and "9999-12-31" not in text
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    attributes = {k for _, a in g.nodes(data=True) for k in a} | {
        k for *_, a in g.edges(data=True) for k in a
    }
    assert "h" not in attributes and "detail" not in attributes  # no TenureDetail JSON either


def test_nodes_are_labelled_by_name_and_open_bounds_left_out(api, tmp_path):
    g = nx.read_graphml(api.export("graphml", tmp_path / "g.graphml"))
    people = {a["label"] for _, a in g.nodes(data=True) if a["type"] == "Person"}
    assert {"朱铮", "汤旻", "林哲"} <= people
    assert {a["type"] for _, a in g.nodes(data=True)} == {
        "Person",
        "Post",
        "Organisation",
        "Document",
        "Event",
    }
    docs = {a["label"] for _, a in g.nodes(data=True) if a["type"] == "Document"}
    assert "普府〔2022〕48号" in docs
    # 汤旻, appointed 2022-07-15 (普府〔2022〕48号) and never removed: a start, no end at all
    (tang,) = [n for n, a in g.nodes(data=True) if a.get("label") == "汤旻"]
    ((post, held),) = [(p, a) for _, p, a in g.out_edges(tang, data=True) if a["type"] == "HELD"]
    assert held["start_date"] == "2022-07-15" and g.nodes[post]["label"] == STREET
    assert not {"end_date", "end_earliest", "end_latest"} & set(held)
    # 朱铮: the start inferred from the confirmation (a year), the end printed
    (zhu,) = [n for n, a in g.nodes(data=True) if a.get("label") == "朱铮"]
    (held,) = [a for *_, a in g.out_edges(zhu, data=True) if a["type"] == "HELD"]
    assert (held["start_date"], held["end_date"], held["start_inferred"]) == ("2021", "2022-07-15", True)
