"""Where a source was published: the manifest beside it, else the HTML page's canonical URL and title."""

from __future__ import annotations

import json

import pytest

from graph_builder.read.links import MANIFEST, Manifests, SourceLink, html_link, source_link
from graph_builder.read.sources import SourceError

PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312">
<title>上海市普陀区人民政府关于汤旻等同志职务任免的通知_普陀区人民政府</title>
<link rel="canonical" href="https://www.shpt.gov.cn/shpt/zfgb/20220715/1.html">
</head><body><div class="content"><p>普府〔2022〕48号</p></div></body></html>"""


def test_an_html_page_gives_its_canonical_url_and_title(tmp_path):
    page = tmp_path / "notice.html"
    page.write_bytes(PAGE.encode("gb18030"))
    assert source_link(page) == SourceLink(
        "https://www.shpt.gov.cn/shpt/zfgb/20220715/1.html",
        "上海市普陀区人民政府关于汤旻等同志职务任免的通知_普陀区人民政府",
    )


def test_open_graph_tags_when_there_is_no_canonical_link():
    page = (
        '<html><head><meta property="og:url" content="https://example.gov.cn/a.html">'
        '<meta property="og:title" content="关于任免的通知"><title>站点</title></head><body></body></html>'
    )
    assert html_link(page.encode()) == SourceLink("https://example.gov.cn/a.html", "关于任免的通知")


def test_a_relative_canonical_url_is_no_link_and_a_text_file_has_none(tmp_path):
    assert html_link(b'<html><head><link rel="canonical" href="/a.html"></head></html>').url is None
    text = tmp_path / "notice.txt"
    text.write_text("普府〔2022〕48号 <title>not html</title>", encoding="utf-8")
    assert source_link(text) == SourceLink()


def test_the_manifest_names_files_by_name_or_relative_path_and_wins_over_the_page(tmp_path):
    (tmp_path / "2022").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "2022" / "b.html").write_text(PAGE, encoding="utf-8")
    lines = [
        {"file": "a.txt", "url": "https://example.gov.cn/a", "title": "公报 A"},
        {"file": "2022/b.html", "url": "https://example.gov.cn/b"},
    ]
    (tmp_path / MANIFEST).write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8"
    )
    (tmp_path / "2022" / MANIFEST).write_text("", encoding="utf-8")
    manifests = Manifests()
    assert source_link(tmp_path / "a.txt", manifests) == SourceLink("https://example.gov.cn/a", "公报 A")
    # 2022/b.html: its own directory's manifest is empty, so the page speaks for itself
    assert source_link(tmp_path / "2022" / "b.html", manifests).url.startswith("https://www.shpt.gov.cn/")


def test_a_bad_manifest_line_names_the_manifest_and_the_line(tmp_path):
    (tmp_path / MANIFEST).write_text('{"file": "a.txt"}\n{"url": "https://x"}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"sources\.jsonl: line 2"):
        source_link(tmp_path / "a.txt")
