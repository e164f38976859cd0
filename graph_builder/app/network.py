"""The colleague network of the app: nodes and edges from ``Renmian.colleagues``, drawn with vis-network.

vis-network is the library pyvis wraps; its file ships inside the pyvis package, so the graph draws
offline. It is mounted as a Streamlit v2 component rather than pyvis's HTML in an iframe because a
v2 component can send a value back: a click on a node returns that person's id to Python, which
opens the person. (pyvis's iframe cannot talk back, which is why the page also offers a selectbox.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

import streamlit as st

CENTRE_COLOUR = "#dc2626"
SURE_COLOUR = "#2563eb"
MAYBE_COLOUR = "#9ca3af"
POST_COLOUR = "#d97706"
# 上海市 / 广东省广州市, then 普陀区 / 某某县, then 人民政府: the part every colleague shares
_REGION = re.compile(r"^(?:\w{1,4}?[省市])?(?:\w{1,4}?[区县])?(?:人民政府)?")

_JS = """
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let box = parentElement.querySelector("div.renmian-network");
  if (!box) {
    box = document.createElement("div");
    box.className = "renmian-network";
    parentElement.appendChild(box);
  }
  box.style.height = data.height + "px";
  box.style.width = "100%";
  box.style.border = "1px solid #e5e7eb";
  box.style.borderRadius = "8px";
  const network = new vis.Network(
    box,
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
    {
      nodes: { shape: "dot", font: { size: 16, face: "sans-serif" } },
      edges: {
        smooth: false,
        font: { size: 12, align: "horizontal", color: "#374151", background: "#ffffff" },
      },
      physics: {
        solver: "forceAtlas2Based",
        forceAtlas2Based: { springLength: 160, gravitationalConstant: -80 },
        stabilization: { iterations: 250 },
      },
      interaction: { hover: true, tooltipDelay: 120 },
    }
  );
  network.once("stabilizationIterationsDone", () => network.fit());
  box.renmianNetwork = network;  // lets the browser test find a node's position and click it
  network.on("click", (params) => {
    if (params.nodes.length > 0) {
      setTriggerValue("clicked", params.nodes[0]);
    }
  });
  network.on("hoverNode", () => { box.style.cursor = "pointer"; });
  network.on("blurNode", () => { box.style.cursor = "default"; });
  return () => network.destroy();
}
"""


@cache
def _vis_source() -> str:
    """The vis-network bundle shipped with pyvis (sets ``globalThis.vis``)."""
    return resources.files("pyvis").joinpath("lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")


@cache
def _component() -> Any:
    """The v2 component, registered once per process (re-registering on every run would warn)."""
    return st.components.v2.component("renmian_network", js=_vis_source() + "\n" + _JS, isolate_styles=False)


def network_data(
    centre_id: str,
    centre_name: str,
    colleagues: Sequence[Mapping[str, Any]],
    post_ties: Sequence[Mapping[str, Any]] = (),
) -> dict:
    """Nodes (the person, colleagues, holders of the same posts) and one edge per tie.

    Args:
        colleagues: ``Renmian.colleagues`` items (same organisation, overlapping service); the edge
            is solid when the overlap is certain, dashed when only possible.
        post_ties: predecessors and successors in the person's posts: ``person_id``, ``person``,
            ``post`` and ``relation`` ("predecessor" / "successor").
    """
    nodes = {
        centre_id: {
            "id": centre_id,
            "label": centre_name,
            "color": CENTRE_COLOUR,
            "size": 26,
            "title": centre_name,
        }
    }
    edges = []
    by_person: dict[str, list[Mapping[str, Any]]] = {}
    for c in colleagues:
        by_person.setdefault(c["person_id"], []).append(c)
    for pid, items in by_person.items():
        sure = any(c.get("certainty") == "certainly" for c in items)
        colour = SURE_COLOUR if sure else MAYBE_COLOUR
        orgs = sorted({c["org"] for c in items})
        spans = " · ".join(f"{c.get('start') or '?'} → {c.get('end') or '…'}" for c in items[:2])
        nodes[pid] = _node(pid, items[0]["person"], sorted({c["post"] for c in items}), colour)
        edges.append(
            {
                "from": centre_id,
                "to": pid,
                "dashes": not sure,
                "color": colour,
                "label": _short_org(orgs[0]) + (f" +{len(orgs) - 1}" if len(orgs) > 1 else ""),
                "title": "\n".join(orgs) + "\n" + spans,
            }
        )
    merged: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for tie in post_ties:
        if tie["person_id"] != centre_id and tie["person_id"] not in by_person:
            merged.setdefault((tie["person_id"], tie["relation"]), []).append(tie)
    for (pid, relation), ties in merged.items():
        posts = sorted({t["post"] for t in ties})
        nodes.setdefault(pid, _node(pid, ties[0]["person"], posts, POST_COLOUR))
        ends = (pid, centre_id) if relation == "predecessor" else (centre_id, pid)
        edges.append(
            {
                "from": ends[0],
                "to": ends[1],
                "arrows": "to",
                "color": POST_COLOUR,
                "label": _short_org(posts[0]) + (f" +{len(posts) - 1}" if len(posts) > 1 else ""),
                "title": "\n".join(posts),
            }
        )
    return {"nodes": list(nodes.values()), "edges": edges}


def _node(pid: str, name: str, posts: Sequence[str], colour: str) -> dict:
    return {"id": pid, "label": name, "size": 16, "color": colour, "title": name + "\n" + "\n".join(posts)}


def _short_org(org: str) -> str:
    """An organisation name without its province/city and district prefix, short enough for an edge label."""
    short = _REGION.sub("", org)
    return short if len(short) >= 2 else org


def show_network(data: Mapping[str, Any], key: str, height: int = 460) -> str | None:
    """Draw the network; returns the id of a node the user clicked in this run, else None."""
    result = _component()(
        key=key, data={**data, "height": height}, height=height + 4, on_clicked_change=lambda: None
    )
    return getattr(result, "clicked", None)
