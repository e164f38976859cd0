"""Answers link to where their documents were published: an HTML page's canonical URL, or the
``sources.jsonl`` manifest beside text files; on both stores' Document nodes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from tests.cli.test_cli_graph import NOTICE_2021, NOTICE_2022

URL_2021 = "https://www.shpt.gov.cn/shpt/zfgb/2021-6.html"
URL_2022 = "https://www.shpt.gov.cn/shpt/zfgb/20220715/48.html"


def run(*args: str, **env: str):
    return CliRunner().invoke(app, list(args), env=env or None)


def gazettes(root):
    """2021's notice as text named in a manifest; 2022's as an HTML page with its canonical URL."""
    src = root / "src"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE_2021, encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in NOTICE_2022.splitlines())
    (src / "b.html").write_text(
        f"<html><head><title>关于汤旻等同志职务任免的通知</title>"
        f'<link rel="canonical" href="{URL_2022}"></head>'
        f'<body><div class="content">{body}</div></body></html>',
        encoding="utf-8",
    )
    line = {"file": "a.txt", "url": URL_2021, "title": "普陀区人民政府公报 2021年第6期"}
    (src / "sources.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return src


@pytest.mark.parametrize("kind", ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_sources_carry_the_url_and_title_of_their_document(tmp_path, kind, request):
    store = ["--neo4j", request.getfixturevalue("neo4j_uri")] if kind == "neo4j" else []
    db = ["--db", str(tmp_path / "db"), *store]
    built = run("build", str(gazettes(tmp_path)), *db, "--replace")
    assert built.exit_code == 0, built.output
    (held,) = json.loads(run("who-held", "宜川路街道办事处主任", "--on", "2022-07-14", *db, "--json").stdout)
    assert [(s["doc_number"], s["url"]) for s in held["sources"]] == [
        ("普府〔2021〕30号", URL_2021),
        ("普府〔2022〕48号", URL_2022),
    ]
    assert held["sources"][0]["source_title"] == "普陀区人民政府公报 2021年第6期"
    assert held["sources"][1]["source_title"] == "关于汤旻等同志职务任免的通知"
    table = run("who-held", "宜川路街道办事处主任", "--on", "2022-07-14", *db, COLUMNS="400").stdout
    assert f"<{URL_2021}>" in table and f"<{URL_2022}>" in table
    docs = "MATCH (d:Document) RETURN DISTINCT d.url AS url ORDER BY url"
    assert json.loads(run("query", docs, *db, "--json").stdout) == [{"url": URL_2021}, {"url": URL_2022}]


def test_a_bad_manifest_is_reported_and_the_documents_still_built(tmp_path):
    src = gazettes(tmp_path)
    (src / "sources.jsonl").write_text("not json\n", encoding="utf-8")
    built = run("build", str(src), "--db", str(tmp_path / "db"), "--json")
    assert built.exit_code == 1
    assert "sources.jsonl: line 1" in built.stderr
    assert json.loads(built.stdout)["documents"] == 2
