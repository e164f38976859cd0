"""The app states what the record leaves uncertain, shows a merged person's printed forms and why, and
each tenure's predecessor and successor (AppTest on the seed gazettes, plus the chart's segments).

Expected values are read from the gazettes in data/samples:
- 普府〔2024〕31号 (2024-04-22) 提请免去杨剑的上海市普陀区审计局局长职务; no decision follows.
- 普府〔2022〕44号 (2022-06-29): 朱铮 按期正式任 宜川路街道办事处主任 (appointed about a year before);
  普府〔2022〕48号 (2022-07-15) removes him and appoints 汤旻.
- 顾铖祯 (普府〔2022〕48号) and 顾铖禕 (普府〔2024〕31/32号) are one person printed two ways.
- The 长宁区 2023 Q2 list removes 王炜 (新泾镇镇长) some day of April–June 2023.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_support import APP, seed_db

TIMEOUT = 60
AUDIT = "上海市普陀区审计局局长"


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Path:
    return seed_db(tmp_path_factory)


@pytest.fixture
def app(db, monkeypatch) -> AppTest:
    monkeypatch.setenv("RENMIAN_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    return at


def goto(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"graph_builder/app/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def open_post(at: AppTest, post: str, day: date) -> None:
    goto(at, "post")
    at.text_input(key="post_q").input(post).run()
    at.text_input(key="post_day").input(day.isoformat()).run()
    assert not at.exception, at.exception


def page_text(at: AppTest) -> str:
    """Markdown and captions of the page, without the escapes that keep gazette text inert."""
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]).replace("\\", "")


def test_a_proposed_removal_is_not_shown_as_still_in_post(app):
    open_post(app, AUDIT, date(2024, 5, 1))
    yang = next(m.value for m in app.markdown if m.value.startswith("**杨剑**"))
    assert "至今" not in yang
    assert "2024-04-22（普府〔2024〕31号）提请免职，未见决定" in yang
    traces = json.loads(app.get("plotly_chart")[0].proto.spec)["data"]
    yang_parts = {t["name"].split(" · ")[1] for t in traces if any("杨剑" in h for h in t["hovertext"])}
    assert "已提请免职、未见决定" in yang_parts and "至今在任" not in yang_parts  # the legend says it


def test_the_reason_of_an_uncertain_bound_is_shown_in_the_chosen_language(app):
    open_post(app, "宜川路街道办事处主任", date(2022, 7, 14))
    text = page_text(app)
    assert "起始 2021 为推断：2022-06-29（普府〔2022〕44号）转正前约一年（试用期一年）" in text
    app.sidebar.get("button_group")[0].set_value("en").run()
    english = "start 2021 inferred: about a year before confirmation 2022-06-29 (普府〔2022〕44号)"
    assert english in page_text(app)


def test_each_tenure_names_its_predecessor_and_successor(app):
    open_post(app, "宜川路街道办事处主任", date(2022, 7, 14))
    text = page_text(app)
    assert "由汤旻接替" in text  # 朱铮's tenure
    assert "接替 朱铮" in text  # 汤旻's tenure


def test_person_page_shows_the_printed_forms_and_why_they_were_joined(app):
    goto(app, "person")
    app.text_input(key="person_q").input("顾铖祯").run()
    assert not app.exception
    text = page_text(app)
    assert "文件中的写法：顾铖祯、顾铖禕" in text
    assert "同一职务上海市普陀区科学技术委员会副主任上姓名仅差一字" in text  # the merge reason, in Chinese
    assert "judgements.yaml" in text and "renmian rebuild" in text


def test_vacancies_page_lists_a_possible_vacancy(app):
    goto(app, "vacancies")
    app.text_input(key="vac_day").input("2023-05-01").run()
    assert not app.exception
    (table,) = [d.value for d in app.dataframe]
    row = table[table["职务"] == "上海市长宁区新泾镇人民政府镇长"].iloc[0]
    assert row["最后在任者"] == "王炜" and row["确定性"] == "可能"


def tenure(**kw) -> dict:
    base = {"person": "甲", "post": "某局局长", "status": "formal", "notes": [], "sources": []}
    return base | kw


def test_the_timeline_draws_inferred_bounds_and_proposed_removals_apart():
    from graph_builder.app.charts import tenure_segments, timeline_figure

    as_of = date(2024, 5, 1)
    # a start inferred from a confirmation on 2022-06-29: nothing but the confirmation shows him in post
    inferred = tenure(
        status="ended",
        start="2021",
        start_earliest="2021-01-01",
        start_latest="2021-12-31",
        start_inferred=True,
        end="2022-07-15",
        end_earliest="2022-07-15",
        end_latest="2022-07-15",
        sure_from="2022-06-29",
        sure_until="2022-07-15",
    )
    parts = [(s["part"], s["start"], s["end"]) for s in tenure_segments([inferred], as_of)]
    assert parts == [
        ("inferred start", date(2021, 1, 1), date(2022, 6, 29)),
        ("certain", date(2022, 6, 29), date(2022, 7, 15)),
    ]
    proposed = tenure(
        status="unknown",
        start_latest="2024-04-22",
        pending="remove",
        sure_from="2024-04-22",
        sure_until="2024-04-23",
    )
    assert [s["part"] for s in tenure_segments([proposed], as_of)] == [
        "unknown start",
        "certain",
        "removal proposed",
    ]
    names = {t.name for t in timeline_figure([inferred, proposed], as_of, "en").data}
    assert "ended · inferred start" in names and "unknown · removal proposed, no decision seen" in names
    assert not any("still open" in n for n in names)
