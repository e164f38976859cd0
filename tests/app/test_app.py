"""The Streamlit app through ``streamlit.testing.v1.AppTest``: every page on the seed gazettes, plus the
pure helpers behind the charts, the network and the highlighted source.

Expected values are read from the gazettes in data/samples, not from the program:
- 普府〔2024〕49号 (2024-05-28, the newest notice) appoints 王贞飞 教育局副局长 and 陈佳琳.
- 普府〔2024〕32号 (2024-04-22) appoints 林哲 交通委员会主任 and 水务局局长（兼）; 普府〔2024〕31号
  proposes him for 建设和管理委员会主任.
- 宜川路街道办事处主任: 朱铮 按期正式任 (普府〔2022〕44号, 2022-06-29), removed 2022-07-15; 汤旻
  appointed 2022-07-15 (普府〔2022〕48号).
- 潘浩 left 建设和管理委员会副主任 on 2022-07-15, where 董锐 and 王庆滨 served.
- 顾铖祯 (普府〔2022〕48号) and 顾铖禕 (普府〔2024〕31/32号) are one person printed two ways.
- The 长宁区 2023 Q2 list removes 王炜 (新泾镇镇长) with no successor.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_support import APP, APP_PACKAGE, SAMPLES, app_command, seed_db
from tests.support import CROSS, generated_db

TIMEOUT = 60
JIAOTONG = "上海市普陀区交通委员会主任"
STREET = "上海市普陀区人民政府宜川路街道办事处主任"


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Path:
    return seed_db(tmp_path_factory)


@pytest.fixture
def app(db, monkeypatch) -> AppTest:
    """The app on the seed graph after its first run: the Overview page, in Chinese."""
    monkeypatch.setenv("RENMIAN_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    return at


def goto(at: AppTest, page: str) -> AppTest:
    """Open a page, as its link in the sidebar's page list does."""
    at.switch_page(f"graph_builder/app/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def markdown(at: AppTest) -> str:
    """All Markdown on the page, one element a line."""
    return "\n".join(m.value for m in at.markdown)


def tables(at: AppTest) -> list:
    """The DataFrames on the page, in order."""
    return [d.value for d in at.dataframe]


def blocks_before(at: AppTest, heading: str) -> str:
    """The Markdown drawn before the subheader ``heading`` (``at.main`` yields every node in order)."""
    out = []
    for node in at.main:
        if node.type == "subheader" and node.value == heading:
            break
        if node.type == "markdown":
            out.append(node.value)
    return "\n".join(out)


# ---- pages


def test_overview_shows_counts_and_the_newest_people(app):
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["源文件"] == "4"  # 002 is a work plan with no appointments: no notice recorded
    assert int(metrics["任免事项"]) > 0 and int(metrics["人物"]) > 0
    latest, warnings = tables(app)[:2]
    first = latest.iloc[0].to_dict()
    assert first["日期"] == "2024-05-28" and first["人物"] in {"王贞飞", "陈佳琳"}
    assert first["文号"] == "普府〔2024〕49号" and first["事项"] == "任命"
    assert ((warnings["人物"] == "朱铮") & (warnings["提示"] == "推断的日期")).any()
    assert len(app.get("plotly_chart")) == 1


def test_language_switch_relabels_the_page(app):
    app.sidebar.get("button_group")[0].set_value("en").run()
    assert not app.exception
    assert app.header[0].value == "Overview"
    assert "Latest events" in [s.value for s in app.subheader]
    latest = tables(app)[0]
    assert list(latest.columns) == ["Date", "Action", "Person", "Post", "Doc. no."]
    assert latest.iloc[0]["Action"] == "appoint"
    goto(app, "person")  # the language stays with the session across pages
    assert app.header[0].value == "Person"
    assert app.text_input(key="person_q").label == "Name (a fragment, either script)"


def assert_opens_person(app, picker_key: str) -> None:
    """Choosing a person in the picker and pressing its button opens that person's page."""
    picker = app.selectbox(key=picker_key)
    name = picker.format_func(picker.value)
    app.button(key=f"{picker_key}_go").click().run()
    assert not app.exception
    assert app.header[0].value == "人物"  # the Person page
    assert app.text_input(key="person_q").value == name
    assert app.subheader[0].value.startswith(name)


def test_overview_opens_a_person(app):
    assert_opens_person(app, "overview_open")


def test_person_page_shows_lin_zhe_career_with_sources(app):
    goto(app, "person")
    assert app.info  # a hint naming an example
    app.text_input(key="person_q").input("林哲").run()
    assert not app.exception
    text = markdown(app)
    assert f"**{JIAOTONG}** &nbsp; 2024-04-22 → 至今" in text
    assert "任命林哲为上海市普陀区交通委员会主任、上海市普陀区水务局局长（兼）" in text
    assert "普府〔2024〕32号 · 2024-04-22" in text
    assert "提请任命林哲为上海市普陀区建设和管理委员会主任" in text and "普府〔2024〕31号" in text
    assert ":violet-badge[兼]" in text and ":orange-badge[提请中]" in text
    assert len(app.get("plotly_chart")) == 1


def test_person_page_opens_the_network_with_the_predecessor(app):
    # 普府〔2024〕32号 removes 王庆滨 from 交通委员会主任 and appoints 林哲 the same day
    goto(app, "person")
    app.text_input(key="person_q").input("林哲").run()
    app.button(key="show_network").click().run()
    assert not app.exception
    assert app.header[0].value == "关系网络"  # the Network page
    ties = tables(app)[-1]
    assert ((ties["人物"] == "王庆滨") & (ties["关系"] == "前任") & (ties["职务"] == JIAOTONG)).any()


def test_person_search_in_traditional_script_finds_the_merged_person(app):
    goto(app, "person")
    app.text_input(key="person_q").input("顧鋮禕").run()
    assert not app.exception
    text = markdown(app)
    assert "**上海市普陀区科学技术委员会副主任**" in text and "**上海市普陀区审计局局长**" in text
    assert "普府〔2022〕48号" in text  # printed 顾铖祯 there: the same person


def test_person_fragment_lists_matches_told_apart_by_posts(app):
    goto(app, "person")
    app.text_input(key="person_q").input("张").run()
    assert not app.exception
    choice = app.radio(key="person_pick")
    assert len(choice.options) > 1
    assert all(" — 上海" in label for label in choice.options)  # name — posts
    shown = choice.format_func(choice.value).split(" — ")[0]
    assert app.subheader[0].value.startswith(shown)


def test_unknown_person_is_said_plainly(app):
    goto(app, "person")
    app.text_input(key="person_q").input("无名氏").run()
    assert not app.exception
    assert "无名氏" in app.warning[0].value


def test_post_page_who_held_and_succession(app):
    goto(app, "post")
    app.text_input(key="post_q").input("宜川路街道办事处主任").run()
    assert app.selectbox(key="post_pick").value == STREET
    app.text_input(key="post_day").input("2022-07-14").run()
    assert not app.exception
    holders = blocks_before(app, "历任")
    assert "**朱铮**" in holders and ":green-badge[确定]" in holders and "汤旻" not in holders
    app.text_input(key="post_day").input("2022-07-15").run()
    holders = blocks_before(app, "历任")
    assert "**汤旻**" in holders and "朱铮" not in holders
    text = markdown(app)
    chain = text[text.index("**朱铮**") :]
    assert "**汤旻**" in chain  # 朱铮 first, then 汤旻
    assert "免去朱铮同志的上海市普陀区人民政府宜川路街道办事处主任职务" in chain
    assert "普府〔2022〕44号" in chain and "普府〔2022〕48号" in chain
    assert len(app.get("plotly_chart")) == 1


def test_vacancies_on_2024_05_01(app):
    goto(app, "vacancies")
    app.text_input(key="vac_day").input("2024-05-01").run()
    assert not app.exception
    (table,) = tables(app)
    row = table[table["职务"] == "上海市长宁区新泾镇人民政府镇长"].iloc[0]
    assert row["最后在任者"] == "王炜" and row["空缺自"] == "2023-04/2023-06"
    assert row["免职文件"].startswith("二〇二三年四月~六月份区政府人事任免事项")  # a bulletin: no 文号
    assert "王 炜" in row["原文"]  # the removing line as printed in the bulletin's table
    app.text_input(key="vac_org").input("普陀区").run()
    assert not app.exception and not tables(app) and app.info


def test_network_page_lists_colleagues_and_opens_one(app):
    goto(app, "network")
    app.text_input(key="net_q").input("潘浩").run()
    assert not app.exception
    assert {"董锐", "王庆滨"} <= set(tables(app)[0]["人物"])
    assert_opens_person(app, "net_open")


def test_documents_page_shows_a_notice_with_its_events_and_highlighted_source(app):
    goto(app, "documents")
    files = app.selectbox(key="doc_path")
    (name,) = [o for o in files.options if o.startswith("001_")]
    files.set_value(str(SAMPLES / name)).run()
    notices = app.selectbox(key="doc_notice")
    (label,) = [o for o in notices.options if o.startswith("普府〔2022〕48号")]
    notices.set_value(label).run()
    assert not app.exception
    events = tables(app)[-1]
    assert {"汤旻", "朱铮"} <= set(events["人物"])
    html = "\n".join(h.value for h in app.get("html"))
    assert "汤旻" in html and "PERSON" in html and "DOCNO" in html
    assert "普府〔2022〕47号" not in html  # starts at this notice's heading, not the one before


def test_cypher_page_runs_an_example_and_refuses_writes(app):
    goto(app, "cypher")
    (rows,) = tables(app)  # the default example runs at once, its parameter taken from the graph
    assert len(rows) > 0 and len(rows.columns) > 0
    assert app.get("download_button")
    app.text_area(key="cy_text").input("MATCH (p:Post) SET p.name = 'x'").run()
    app.button(key="cy_run").click().run()
    assert not app.exception
    assert "只读" in app.error[0].value and "SET" in app.error[0].value
    app.text_area(key="cy_params").input("[1, 2]").run()
    app.button(key="cy_run").click().run()
    assert "JSON" in app.error[0].value


def test_cypher_page_shows_the_first_thousand_rows_and_says_how_many(app):
    goto(app, "cypher")
    app.text_area(key="cy_text").input("UNWIND range(1, 2500) AS i RETURN i").run()
    app.button(key="cy_run").click().run()
    assert not app.exception and not app.error
    (rows,) = tables(app)
    assert list(rows["i"]) == list(range(1, 1001))
    # LadybugDB counts the rows left out; Neo4j leaves them on the server, uncounted
    notes = ("仅显示前 1,000 行（共 2,500 行）", "仅显示前 1,000 行，其余未显示")
    assert app.warning[0].value.startswith(notes)
    app.text_area(key="cy_text").input("UNWIND range(1, 1000) AS i RETURN i").run()
    app.button(key="cy_run").click().run()
    assert len(tables(app)[0]) == 1000 and not app.warning  # every row: no note


@pytest.fixture
def slow_app(tmp_path_factory, monkeypatch) -> AppTest:
    """The app as ``renmian app --timeout 0.5`` starts it, on a copy of the generated graph where
    CROSS runs for minutes (a copy: this process's app keeps its store open)."""
    db = tmp_path_factory.mktemp("slow_app") / "db"
    shutil.copytree(generated_db(tmp_path_factory), db)
    cmd = app_command("--db", str(db), "--timeout", "0.5", monkeypatch=monkeypatch)
    monkeypatch.delenv("RENMIAN_DB", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setattr(sys, "argv", [cmd[cmd.index("run") + 1], *cmd[cmd.index("--") + 1 :]])
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    return at


def test_cypher_page_stops_a_slow_statement_and_answers_the_next(slow_app):
    """Finding 4 on the app: one visitor's statement no longer holds the page (or the server)."""
    goto(slow_app, "cypher")
    slow_app.text_area(key="cy_text").input(CROSS).run()
    t0 = time.monotonic()
    slow_app.button(key="cy_run").click().run()
    assert time.monotonic() - t0 < 15  # the statement alone runs for minutes
    assert not slow_app.exception
    assert "查询超时" in slow_app.error[0].value and "0.5 秒" in slow_app.error[0].value
    slow_app.text_area(key="cy_text").input("MATCH (e:Event) RETURN count(e) AS n").run()
    slow_app.button(key="cy_run").click().run()
    assert not slow_app.exception and not slow_app.error
    assert tables(slow_app)[0]["n"][0] > 1000


def test_every_page_opens_under_its_own_module(app):
    from graph_builder.app.state import PAGES

    headers = ["概览", "人物", "职务", "机构", "空缺", "关系网络", "文件", "Cypher 查询"]
    for page, header in zip(PAGES, headers, strict=True):
        goto(app, page)
        assert app.header[0].value == header, page


def test_an_older_link_opens_its_page_search_and_language(db, monkeypatch):
    """``?page=person&lang=en&person_q=林哲``, a link from before pages had paths, opens 林哲 in English."""
    monkeypatch.setenv("RENMIAN_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(page="person", lang="en", person_q="林哲")
    at.run()
    assert not at.exception, at.exception
    assert at.header[0].value == "Person" and at.subheader[0].value == "林哲 · Career"
    assert "page" not in at.query_params and at.query_params["person_q"] == "林哲"


def test_missing_store_says_how_to_build(tmp_path, monkeypatch):
    monkeypatch.setenv("RENMIAN_DB", str(tmp_path / "nothing"))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.error and "renmian build" in markdown(at)


# ---- the helpers behind the pages (hand-made inputs)


def test_store_is_chosen_by_argument_then_environment_then_default():
    from graph_builder.app.state import source_from

    assert source_from(["--db", "x/db"], {"RENMIAN_DB": "y/db"}).db == "x/db"
    assert source_from(["-q", "tests"], {"RENMIAN_DB": "y/db"}).db == "y/db"
    assert source_from([], {}) == (str(Path(".renmian/db")), "")
    # NEO4J_URI applies only when no database directory was chosen, as in the CLI
    assert source_from([], {"NEO4J_URI": "bolt://h:7687"}).neo4j == "bolt://h:7687"
    assert source_from(["--db", "x"], {"NEO4J_URI": "bolt://h:7687"}).neo4j == ""
    assert source_from(["--neo4j", "bolt://a"], {}).neo4j == "bolt://a"


def tenure(**kw) -> dict:
    base = {
        "person": "甲",
        "post": "某局局长",
        "status": "formal",
        "start": None,
        "end": None,
        "start_earliest": None,
        "start_latest": None,
        "end_earliest": None,
        "end_latest": None,
        "end_inferred": False,
        "notes": [],
        "sources": [],
    }
    return base | kw


def test_tenure_segments_draw_uncertain_boundaries_apart():
    from graph_builder.app.charts import tenure_segments

    as_of = date(2024, 5, 1)
    inferred = tenure(
        status="ended",
        start="2021",
        start_earliest="2021-01-01",
        start_latest="2021-12-31",
        end="2022-07-15",
        end_earliest="2022-07-15",
        end_latest="2022-07-15",
        notes=["start inferred from confirmation (probation of one year)"],
    )
    parts = [(s["part"], s["start"], s["end"]) for s in tenure_segments([inferred], as_of)]
    assert parts == [
        ("uncertain start", date(2021, 1, 1), date(2021, 12, 31)),
        ("certain", date(2021, 12, 31), date(2022, 7, 15)),
    ]
    assert "probation of one year" in tenure_segments([inferred], as_of)[0]["why"]
    still = tenure(start="2024-01-02", start_earliest="2024-01-02", start_latest="2024-01-02")
    assert [(s["part"], s["end"]) for s in tenure_segments([still], as_of)] == [("open", as_of)]
    nominated = tenure(status="nominated", start_earliest="2024-04-22")
    assert [s["part"] for s in tenure_segments([nominated], as_of)] == ["pending"]
    unknown = tenure(end="2024-04-22", end_earliest="2024-04-22", end_latest="2024-04-22", status="ended")
    assert [s["part"] for s in tenure_segments([unknown], as_of)][0] == "unknown start"
    quarter = tenure(
        start="2023-04-01",
        start_earliest="2023-04-01",
        start_latest="2023-04-01",
        end="2023-04/2023-06",
        end_earliest="2023-04-01",
        end_latest="2023-06-30",
        status="ended",
    )
    segments = tenure_segments([quarter], as_of)
    assert segments[-1]["part"] == "uncertain end" and segments[-1]["end"] == date(2023, 6, 30)
    assert all(s["end"] > s["start"] for s in segments)  # a same-day span is widened to stay visible


def test_timeline_figure_names_status_and_part_in_the_chosen_language():
    from graph_builder.app.charts import timeline_figure

    inferred = tenure(
        status="ended",
        start_earliest="2021-01-01",
        start_latest="2021-12-31",
        end_earliest="2022-07-15",
        end_latest="2022-07-15",
        notes=["start inferred"],
    )
    fig = timeline_figure([inferred], date(2024, 5, 1), "en", mark=date(2022, 7, 14))
    assert {t.name for t in fig.data} == {"ended · uncertain start", "ended · certain"}
    assert "start inferred" in fig.data[0].hovertext[0]
    zh = timeline_figure([inferred], date(2024, 5, 1), "zh")
    assert {t.name for t in zh.data} == {"已离任 · 起始不确定", "已离任 · 确定任期"}


def test_displacy_input_is_cut_at_spans_and_line_breaks_only():
    from graph_builder.app.docs import chunked

    text = "任命林哲为上海市交通委\n\n员会主任；\n\n免去王五"
    spans = [(2, 4, "PERSON"), (5, 15, "ORG"), (22, 24, "PERSON")]  # the ORG wraps across lines
    doc = chunked(text, spans)
    assert doc["tokens"] == ["任命", "林哲", "为", "上海市交通委员会", "主任；", "\ue000", "免去", "王五"]
    assert [(s["start_token"], s["end_token"]) for s in doc["spans"]] == [(1, 2), (3, 4), (7, 8)]


def test_event_window_starts_at_the_notice_heading():
    from graph_builder.app.docs import event_window

    text = (
        "上一份通知的末尾。\n\n关于张三等同志\n\n职务任免的通知\n\n"
        "普府〔2024〕 32 号\n\n任命张三为某局局长。\n\n下一份"
    )
    first = text.index("任命")
    start, end = event_window(
        text, [(first, first + 10)], ("关于张三等同志职务任免的通知", "普府〔2024〕32号")
    )
    assert text[start:].startswith("关于张三") and text[start:end].endswith("下一份")
    start, _ = event_window(text, [(first, first + 10)])
    assert start == 0  # no heading given: BEFORE characters of context, back to a line start


def test_source_files_are_found_relative_to_the_project(tmp_path):
    from graph_builder.app.docs import resolve_source

    name = next(SAMPLES.iterdir()).name
    assert resolve_source(f"data/samples/{name}", [tmp_path, SAMPLES.parent.parent]) == SAMPLES / name
    assert resolve_source("data/samples/none.txt", [SAMPLES.parent.parent]) is None


def test_network_data_ties_colleagues_and_successors():
    from graph_builder.app.network import network_data

    colleagues = [
        {
            "person_id": "b",
            "person": "乙",
            "org": "上海市普陀区建设和管理委员会",
            "post": "副主任",
            "certainty": "possibly",
            "start": None,
            "end": "2022-07-15",
        },
        {
            "person_id": "c",
            "person": "丙",
            "org": "上海市普陀区建设和管理委员会",
            "post": "主任",
            "certainty": "certainly",
            "start": "2021-01-01",
            "end": None,
        },
    ]
    ties = [
        {"person_id": "d", "person": "丁", "post": "上海市普陀区交通委员会主任", "relation": "successor"},
        {"person_id": "d", "person": "丁", "post": "上海市普陀区水务局局长", "relation": "successor"},
    ]
    data = network_data("a", "甲", colleagues, ties)
    assert [n["label"] for n in data["nodes"]] == ["甲", "乙", "丙", "丁"]
    edges = {e["to"]: e for e in data["edges"]}
    assert edges["b"]["dashes"] and not edges["c"]["dashes"]
    assert edges["b"]["label"] == "建设和管理委员会"
    assert (edges["d"]["from"], edges["d"]["arrows"], edges["d"]["label"]) == ("a", "to", "交通委员会主任 +1")


def test_every_label_the_app_uses_exists_in_both_languages():
    import re

    from graph_builder.app.i18n import LABELS, TERMS
    from graph_builder.app.state import PAGES

    code = "\n".join(p.read_text(encoding="utf-8") for p in [APP, *APP_PACKAGE.rglob("*.py")])
    used = set(re.findall(r"""\btr\(["']([a-z_]+)["']""", code))
    assert {"page_overview", "no_graph", "person_search", "run"} <= used  # every module was read
    used |= {f"page_{p}" for p in PAGES}
    assert used <= set(LABELS), used - set(LABELS)
    for key, pair in (LABELS | TERMS).items():
        assert len(pair) == 2 and all(pair), key
