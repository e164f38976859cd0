"""The Person page shows attestations as points with their sources (the seed gazettes: 普府办〔2022〕20号,
signed 2022年7月6日, lists "朱 铮 宜川街道主任" in a working group; 朱铮 held 宜川路街道办事处主任 from his
confirmation (普府〔2022〕44号, 2022-06-29) until his removal (普府〔2022〕48号, 2022-07-15))."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_support import APP, seed_db

CITE = "listed in 普府办〔2022〕20号 of 2022-07-06: 黄继文 区财政局局长"


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Path:
    return seed_db(tmp_path_factory)


def test_person_page_cites_the_list_and_marks_its_day(db, monkeypatch):
    monkeypatch.setenv("RENMIAN_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.switch_page("graph_builder/app/pages/person.py").run()
    at.text_input(key="person_q").input("朱铮").run()
    assert not at.exception, at.exception
    text = "\n".join(m.value for m in at.markdown)
    assert "朱 铮 宜川街道主任" in text and "普府办〔2022〕20号 · 2022-07-06 · 见于名单等" in text
    (chart,) = at.get("plotly_chart")
    (marker,) = [t for t in json.loads(chart.proto.spec)["data"] if t["type"] == "scatter"]
    assert marker["name"] == "名单等所见" and marker["x"] == ["2022-07-06"]  # the attestation's day


def test_timeline_draws_attested_days_as_points_on_their_row():
    from graph_builder.app.charts import attestation_points, timeline_figure

    item = {
        "person": "黄继文",
        "post": "上海市普陀区财政局局长",
        "status": "attested",
        "start_earliest": None,
        "start_latest": "2022-07-06",
        "end_earliest": None,
        "end_latest": None,
        "notes": [],
        "sources": [],
        "attested": [{"date": "2022-07-06", "doc_number": "普府办〔2022〕20号", "cite": CITE}],
    }
    assert attestation_points([item]) == [
        {"row": "上海市普陀区财政局局长", "date": date(2022, 7, 6), "cite": CITE}
    ]
    fig = timeline_figure([item], date(2024, 5, 1), "en")
    (points,) = [t for t in fig.data if t.type == "scatter"]
    assert points.name == "attestation" and list(points.x) == ["2022-07-06"]
