"""The Organisation page, permalinks, the date box and the Chinese page (AppTest on the seed gazettes).

Expected values are read from data/samples/000_a6a45f745b9ec71b.txt and 001_139a0e1c720a02a7.txt:
- 普府〔2024〕32号 (2024-04-22) appoints 林哲 交通委员会主任 and 水务局局长（兼）and removes 吴刚 as
  城市管理行政执法局副局长; 普府〔2024〕31号 proposes 尹科强 for 应急管理局局长.
- 普府〔2024〕49号 (2024-05-28) appoints 王贞飞 教育局副局长: nobody held it on 2024-05-01.
- 宜川路街道办事处主任: 朱铮 按期正式任 (普府〔2022〕44号, 2022-06-29), removed 2022-07-15 (普府〔2022〕48号),
  when 汤旻 was appointed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from graph_builder.resolve.ids import org_id, person_id, post_id
from tests.app.app_support import APP, SAMPLES, seed_db

TIMEOUT = 60
STREET = "上海市普陀区人民政府宜川路街道办事处主任"


@pytest.fixture(scope="session")
def db(tmp_path_factory) -> Path:
    return seed_db(tmp_path_factory)


@pytest.fixture(scope="session")
def ids() -> dict[str, str]:
    """The ids of 朱铮 (a 普陀区 name with no namesake), the 宜川路 street office's head post and
    上海市普陀区, made as the build makes them (a second API on the store would close the app's)."""
    return {
        "person": person_id("上海市普陀区", "朱铮", None),
        "post": post_id(STREET),
        "organisation": org_id("上海市普陀区"),
    }


def start(db, monkeypatch, **params: str) -> AppTest:
    """The app's first run, opened at a URL with ``params`` (``page=…`` names the page)."""
    monkeypatch.setenv("RENMIAN_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def goto(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"graph_builder/app/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def roster_rows(at: AppTest) -> dict[str, list[dict]]:
    """The roster table's rows by post."""
    out: dict[str, list[dict]] = {}
    for row in at.dataframe[0].value.to_dict("records"):
        out.setdefault(row["职务"], []).append(row)
    return out


# ---- the Organisation page


@pytest.fixture
def app(db, monkeypatch) -> AppTest:
    """The app on the seed graph after its first run (tests/app/test_app_neo4j.py has its own, on Neo4j)."""
    return start(db, monkeypatch)


def test_organisation_page_lists_the_district_roster_with_sources(app):
    at = goto(app, "organisation")
    assert at.header[0].value == "机构"
    at.text_input(key="org_q").input("上海市普陀区").run()
    at.text_input(key="org_day").input("2024-05-01").run()
    assert not at.exception and not at.error
    assert at.subheader[0].value == "上海市普陀区 · 2024-05-01"
    posts = roster_rows(at)
    (water,) = posts["上海市普陀区水务局局长"]
    assert (water["人物"], water["确定性"]) == ("林哲", "确定")
    assert water["文号"] == "普府〔2024〕32号 2024-04-22"
    assert "水务局局长（兼）" in water["原文"]
    emergency = {r["人物"]: (r["状态"], r["确定性"]) for r in posts["上海市普陀区应急管理局局长"]}
    assert emergency["尹科强"] == ("提请中", "待决定")
    assert emergency["张军"][1] == "可能"  # listed as 区应急局局长 in 普府办〔2022〕20号 (2022-07-06)
    for empty in ("上海市普陀区教育局副局长", "上海市普陀区城市管理行政执法局副局长"):
        assert [r["状态"] for r in posts[empty]] == ["无在任记录"]
    # the answer shown is in the URL: a permalink
    assert at.query_params["id"] == org_id("上海市普陀区") and at.query_params["date"] == "2024-05-01"


def test_an_organisation_fragment_naming_two_asks_which(db, monkeypatch):
    at = goto(start(db, monkeypatch), "organisation")
    at.text_input(key="org_q").input("区人民政府").run()
    choice = at.radio(key="org_pick")
    assert choice.options == ["上海市普陀区人民政府", "上海市长宁区人民政府"]
    choice.set_value("上海市长宁区人民政府").run()
    assert not at.exception
    assert at.subheader[0].value.startswith("上海市长宁区人民政府 · ")
    at.text_input(key="org_q").input("无此机构").run()
    assert "无此机构" in at.warning[0].value


# ---- permalinks: ?id=…&date=… opens the exact answer


def test_a_person_permalink_opens_that_person_on_that_day(db, monkeypatch, ids):
    at = start(db, monkeypatch, page="person", id=ids["person"], date="2022-07-14")
    assert at.header[0].value == "人物" and at.subheader[0].value == "朱铮 · 履历"
    assert at.text_input(key="person_day").value == "2022-07-14"
    text = "\n".join(m.value for m in at.markdown)
    assert "免去朱铮同志的上海市普陀区人民政府宜川路街道办事处主任职务" in text


def test_a_post_permalink_answers_for_its_day(db, monkeypatch, ids):
    at = start(db, monkeypatch, page="post", id=ids["post"], date="2022-07-14")
    assert at.selectbox(key="post_pick").value == STREET
    assert at.subheader[0].value == "在任者 · 2022-07-14"
    holders = at.markdown[0].value
    assert holders.startswith("**朱铮**") and ":green-badge[确定]" in holders
    assert "汤旻" not in holders  # appointed the next day


def test_an_organisation_permalink_answers_for_its_day(db, monkeypatch, ids):
    at = start(db, monkeypatch, page="organisation", id=ids["organisation"], date="2022-07-14")
    assert at.subheader[0].value == "上海市普陀区 · 2022-07-14"
    assert [r["人物"] for r in roster_rows(at)[STREET]] == ["朱铮"]


def test_choosing_writes_the_permalink_and_a_later_choice_is_kept(db, monkeypatch, ids):
    at = start(db, monkeypatch, page="person", id=ids["person"], date="2022-07-14")
    at.text_input(key="person_q").input("林哲").run()
    at.text_input(key="person_day").input("2024-05-01").run()
    assert at.subheader[0].value == "林哲 · 履历"  # the link's person was not put back
    lin = person_id("上海市普陀区", "林哲", None)
    assert (at.query_params["id"], at.query_params["date"]) == (lin, "2024-05-01")
    goto(at, "post")
    at.text_input(key="post_q").input("宜川路街道办事处主任").run()
    assert at.query_params["id"] == ids["post"]  # a person's link does not open a post


# ---- the date box and the Cypher page's errors


@pytest.mark.parametrize("typed", ["2022-13-45", "2023-02-29", "七月十四日"])
def test_an_impossible_date_is_refused_not_answered_for_another_day(db, monkeypatch, typed):
    at = goto(start(db, monkeypatch), "post")
    at.text_input(key="post_q").input("宜川路街道办事处主任").run()
    at.text_input(key="post_day").input(typed).run()
    assert not at.exception
    assert typed in at.error[0].value and "无法识别日期" in at.error[0].value
    assert not [s for s in at.subheader if s.value.startswith("在任者")]  # no answer, for no day


def test_a_chinese_date_is_read(db, monkeypatch):
    at = goto(start(db, monkeypatch), "post")
    at.text_input(key="post_q").input("宜川路街道办事处主任").run()
    at.text_input(key="post_day").input("2022年7月14日").run()
    assert not at.error and at.subheader[0].value == "在任者 · 2022-07-14"


def test_the_cypher_page_shows_the_stores_error_in_one_line(db, monkeypatch):
    at = goto(start(db, monkeypatch), "cypher")
    at.text_area(key="cy_text").input("MATCH (p:Person RETURN p").run()
    at.button(key="cy_run").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("**语法错误** — ") and "\n" not in at.error[0].value
    assert "MATCH (p:Person RETURN p" in at.code[0].value  # the store's pointer to the fault
    at.text_area(key="cy_text").input("MATCH (p:Persn) RETURN p").run()
    at.button(key="cy_run").click().run()
    assert "Persn" in at.error[0].value and "ROLLBACK" not in at.error[0].value
    at.text_area(key="cy_text").input("MATCH (p:Person) RETURN count(p)").run()
    at.button(key="cy_run").click().run()
    assert list(at.dataframe[0].value.columns) == ["count(p)"]


# ---- the Chinese page is Chinese


# ASCII words a Chinese page may show: program and format names, the language switch, the command
# line, the spaCy pipeline's span labels on the highlighted source (its own vocabulary)
ALLOWED = {"Cypher", "CSV", "JSON", "English", "Language", "zh", "renmian", "build", "PERSON", "ORG", "TITLE"}
ALLOWED |= {"DATE", "DOCNO", "txt", "pdf", "html"}
_NOT_WORDS = re.compile(
    r"(?:per|post|org|ev|ten|doc)_[0-9a-f]{16}"  # ids
    r"|\S*\.(?:txt|pdf|html?)\b"  # file names and paths
    r"|`[^`]*`"  # code: a store's path, a command
    r"|<[^>]*>|&\w+;|:\w+-badge\["  # markup: HTML tags and entities, Streamlit's badges
)


def _source_words() -> set[str]:
    """ASCII words printed in the gazettes themselves (shown as printed, never translated)."""
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in SAMPLES.glob("*.txt"))
    return set(re.findall(r"[A-Za-z]{2,}", text))


def _shown_text(at: AppTest) -> list[str]:
    """Every string the page shows: text, labels, options, table headers and cells, chart names and
    hover texts."""
    out: list[str] = []
    for root in (at.main, at.sidebar):
        for node in root:
            if node.type == "plotly_chart":
                for trace in json.loads(node.proto.spec)["data"]:
                    out += [str(trace.get("name", "")), *map(str, trace.get("hovertext") or [])]
                continue
            for attr in ("value", "label", "placeholder", "help", "options"):
                v = getattr(node, attr, None)
                if isinstance(v, str):
                    out.append(v)
                elif isinstance(v, list | tuple):
                    out += map(str, v)
                elif isinstance(v, pd.DataFrame):
                    out += [*map(str, v.columns), *map(str, v.astype(str).to_numpy().ravel())]
    return out


def _english_words(at: AppTest, allowed: set[str]) -> set[str]:
    words = set()
    for text in _shown_text(at):
        words |= set(re.findall(r"[A-Za-z]{2,}", _NOT_WORDS.sub(" ", text)))
    return words - allowed


def test_every_chinese_page_is_chinese(db, monkeypatch):
    """The pages in Chinese, on answers with notes, merge reasons, an unknown status and inferred dates."""
    allowed = ALLOWED | _source_words()
    at = start(db, monkeypatch)
    seen = {"overview": _english_words(at, allowed)}
    steps = [
        ("person", [("person_q", "顾铖禕")]),  # merged from two printed forms; a nomination
        ("person", [("person_q", "杨剑")]),  # a removal proposed: status unknown
        ("person", [("person_q", "朱铮"), ("person_day", "2022-07-14")]),  # an inferred start
        ("post", [("post_q", "审计局局长"), ("post_day", "2024-05-01")]),
        ("post", [("post_q", "宜川路街道办事处主任"), ("post_day", "2022-07-14")]),
        ("organisation", [("org_q", "上海市普陀区"), ("org_day", "2024-05-01")]),
        ("vacancies", [("vac_day", "2024-05-01")]),
        ("network", [("net_q", "潘浩")]),
        ("documents", []),
    ]
    for page, inputs in steps:
        goto(at, page)
        for key, value in inputs:
            at.text_input(key=key).input(value).run()
            assert not at.exception, (page, key, at.exception)
        seen[f"{page} {inputs}"] = _english_words(at, allowed)
    assert {k: v for k, v in seen.items() if v} == {}


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        (
            "nominated 普府〔2024〕31号 2024-04-22; no decision seen",
            "普府〔2024〕31号 2024-04-22 提请任命，未见决定",
        ),
        (
            "removal proposed 普府〔2024〕31号 2024-04-22; no decision seen",
            "普府〔2024〕31号 2024-04-22 提请免职，未见决定",
        ),
        ("appointed again 普府〔2022〕48号 2022-07-15", "普府〔2022〕48号 2022-07-15 再次任命"),
        (
            "start not recorded; removed 普府〔2024〕32号 2024-04-22",
            "起始未见记载；普府〔2024〕32号 2024-04-22 免职",
        ),
        (
            "start inferred from confirmation data/x/004_d1.txt 2023-04/2023-06 (probation of one year)",
            "起始日期由 004_d1.txt 2023-04/2023-06 的转正推断（试用期一年）",
        ),
        (
            "ended no later than 2022-07-15: a successor took this principal post",
            "最迟于 2022-07-15 终止：继任者已接任该主要职务",
        ),
        (
            "analyst unsure about 张军 / 张军: two districts",
            "分析人员不能确定 张军 与 张军 是否同一人：two districts",
        ),
        ("analyst judgement: same person (no note)", "分析人员判定为同一人"),
        ("attested 普府〔2024〕31号 2024-04-22 (signature)", "普府〔2024〕31号 2024-04-22 见于署名"),
        (
            "listed in 普府办〔2022〕20号 of 2022-07-06: 张 军 区应急局局长",
            "普府办〔2022〕20号（2022-07-06）名单列出：张 军 区应急局局长",
        ),
        ("a: one clause names both posts (a.txt ?)", "a：同一句中同时列出两个职务（a.txt 日期不详）"),
        (
            "顾铖祯 / 顾铖禕: one-character variant on the same post 某局局长 (普府〔2022〕48号 2022-07-15; "
            "普府〔2024〕32号 2024-04-22)",
            "顾铖祯 / 顾铖禕：同一职务某局局长上姓名仅差一字"
            "（普府〔2022〕48号 2022-07-15；普府〔2024〕32号 2024-04-22）",
        ),
    ],
)
def test_notes_and_merge_reasons_read_in_chinese(english, chinese):
    from graph_builder.app.notes_i18n import note

    assert note(english, "zh") == chinese
    assert note(english, "en") == english
