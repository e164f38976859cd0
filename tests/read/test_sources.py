"""Reading source files: encodings of plain text, PDF text layers, gov-style HTML pages, and bad files."""

from __future__ import annotations

import pickle
import shutil
import subprocess
from pathlib import Path

import pytest

from graph_builder.read.sources import SourceError, SourceText, discover, iter_sources, read_source

APPOINTMENT = "任命张三为上海市某区教育局局长。\n免去李四的上海市某区财政局局长职务。\n"


# --- plain text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030")],
)
def test_reads_chinese_text_in_common_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(APPOINTMENT.encode(encoding))

    source = read_source(path)

    assert source == SourceText(str(path), APPOINTMENT, "txt", expected)


def test_short_gbk_text_is_not_left_to_unreliable_detection(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("任免".encode("gbk"))

    assert read_source(path).text == "任免"


def test_reads_big5_text_that_also_decodes_as_gb18030(tmp_path: Path) -> None:
    text = "任命張三為臺北市某區教育局局長。免去李四的職務。"
    path = tmp_path / "tw.text"
    path.write_bytes(text.encode("big5"))

    source = read_source(path)

    assert (source.text, source.encoding) == (text, "big5")


def test_reads_utf16_with_bom_and_normalises_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(APPOINTMENT.replace("\n", "\r\n").encode("utf-16"))

    assert read_source(path).text == APPOINTMENT


def test_gb2312_subset_text_keeps_a_rare_gbk_name(tmp_path: Path) -> None:
    text = "任命朱镕基为国务院总理。"  # 镕 is in GBK but not in GB2312
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gbk"))

    assert read_source(path).text == text


# --- PDF -------------------------------------------------------------------------------------


def _font_files() -> list[str]:
    listed = []
    if shutil.which("fc-list"):
        run = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False)
        listed = [line.split(":")[0].strip() for line in run.stdout.splitlines() if line.strip()]
    suffixes = {".ttf", ".ttc", ".otf"}
    globbed = [str(p) for p in Path("/usr/share/fonts").rglob("*") if p.suffix.lower() in suffixes]
    return sorted(set(listed)) + sorted(set(globbed) - set(listed))


def _cjk_truetype_font() -> tuple[str, int] | None:
    """A font file (and index in a collection) with TrueType outlines and CJK glyphs."""
    from fontTools.ttLib import TTCollection, TTFont

    for path in _font_files():
        try:
            is_collection = path.lower().endswith(".ttc")
            fonts = TTCollection(path, lazy=True).fonts if is_collection else [TTFont(path, lazy=True)]
        except Exception:  # a font fontTools cannot read is just not a candidate
            continue
        for index, font in enumerate(fonts):
            # CFF-outline CJK fonts (Noto CJK) come out of fpdf2 with an embedded CMap /Encoding,
            # which pdfminer does not read (pdfminer.six#1072): their text would not round-trip.
            if "glyf" in font and ord("任") in (font.getBestCmap() or {}):
                return path, index
    return None


@pytest.fixture(scope="module")
def cjk_font() -> tuple[str, int]:
    found = _cjk_truetype_font()
    if found is None:
        pytest.skip("no CJK font with TrueType outlines (e.g. Debian fonts-wqy-zenhei) to make a test PDF")
    return found


def _write_pdf(path: Path, pages: list[str], font: tuple[str, int] | None) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    if font:
        pdf.add_font("cjk", fname=font[0], collection_font_number=font[1])
        pdf.set_font("cjk", size=14)
    else:
        pdf.set_font("helvetica", size=14)  # Latin pages: a core font, which fpdf2 needs set
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 10, text)
        else:
            pdf.rect(20, 20, 100, 50)  # a drawing, as a scan's image would be: no text
    pdf.output(str(path))


def test_pdf_text_layer_round_trips_with_pages_joined_by_newline(
    tmp_path: Path, cjk_font: tuple[str, int]
) -> None:
    path = tmp_path / "gazette.pdf"
    _write_pdf(path, ["任命张三为上海市某区教育局局长。", "免去李四的上海市某区财政局局长职务。"], cjk_font)

    source = read_source(path)

    assert source.kind == "pdf" and source.encoding is None
    assert source.text == "任命张三为上海市某区教育局局长。\n免去李四的上海市某区财政局局长职务。"


def test_pdf_without_text_layer_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    _write_pdf(path, ["", ""], None)

    with pytest.raises(SourceError, match="no text layer"):
        read_source(path)


def test_corrupt_pdf_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf")

    with pytest.raises(SourceError, match="broken.pdf") as error:
        read_source(path)
    assert error.value.path == str(path)


def test_pdf_given_without_suffix_is_sniffed(tmp_path: Path, cjk_font: tuple[str, int]) -> None:
    pdf = tmp_path / "download.pdf"
    _write_pdf(pdf, ["任免名单"], cjk_font)
    path = tmp_path / "download"
    pdf.rename(path)

    assert read_source(path).kind == "pdf"


# --- HTML ------------------------------------------------------------------------------------

GOV_PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某区人民政府关于张三等同志职务任免的通知</title>
<style>.zoom { font-size: 16px }</style>
<script>var nav = "首页";</script>
</head>
<body>
<div class="header"><a href="/">网站首页</a> | <a href="/en">English</a></div>
<nav><ul><li>政务公开</li><li>办事服务</li></ul></nav>
<div class="main">
  <div class="sidebar">相关文件</div>
  <div id="zoom">
    <div class="TRS_Editor">
      <p>各街道办事处、区政府各委办局：</p>
      <p>&nbsp;&nbsp;经区政府研究决定：<br>任命张三为上海市某区
         教育局局长；</p>
      <p>免去李四的上海市某区财政局局长职务。</p>
      <table border="1">
        <tr><th>姓名</th><th>任职</th><th>免职</th></tr>
        <tr><td rowspan="2">王五</td><td><p class="MsoNormal">区卫生健康委员会主任</p></td>
            <td>区民政局局长</td></tr>
        <tr><td colspan="2">区政协委员</td></tr>
      </table>
      <!-- 编辑：赵六 -->
    </div>
  </div>
</div>
<footer>版权所有：某区人民政府办公室 沪ICP备00000000号</footer>
<div id="footer">网站标识码</div>
</body></html>
"""


def test_gov_page_in_gbk_keeps_body_and_table_and_drops_noise(tmp_path: Path) -> None:
    path = tmp_path / "notice.htm"
    path.write_bytes(GOV_PAGE.encode("gbk"))

    source = read_source(path)
    lines = source.text.splitlines()

    assert (source.kind, source.encoding) == ("html", "gb18030")
    assert lines[:5] == [
        "某区人民政府关于张三等同志职务任免的通知",  # the headline, from <title>: it names the issuer
        "各街道办事处、区政府各委办局：",
        "经区政府研究决定：",
        "任命张三为上海市某区教育局局长；",
        "免去李四的上海市某区财政局局长职务。",
    ]
    assert lines[5:] == [
        "| 姓名 | 任职 | 免职 |",
        "|---|---|---|",
        "| 王五 | 区卫生健康委员会主任 | 区民政局局长 |",
        "| | 区政协委员 | |",
    ]
    page_furniture = ["网站首页", "政务公开", "相关文件", "版权所有", "网站标识码"]
    for noise in [*page_furniture, "var nav", "font-size", "赵六"]:
        assert noise not in source.text


def test_page_without_known_container_falls_back_to_body_and_reads_layout_tables_as_blocks(
    tmp_path: Path,
) -> None:
    page = """<html><head><meta charset="utf-8"></head><body>
    <div class="nav">首页</div>
    <table><tr><td><table><tr><td>决定：</td></tr></table><p>任命张三为局长。</p></td>
    <td>免去李四的职务。</td></tr></table>
    <footer>版权</footer></body></html>"""
    path = tmp_path / "old.html"
    path.write_text(page, encoding="utf-8")

    assert read_source(path).text == "决定：\n任命张三为局长。\n免去李四的职务。"


def test_menus_named_by_a_part_of_their_class_are_no_part_of_the_page(tmp_path: Path) -> None:
    # (its links print no space between them: left in, 首页要闻区县 would run into the headline's post)
    page = """<html><head><meta charset="utf-8"></head><body>
    <div class="topnav"><a href="/">首页</a><a href="/n/">要闻</a><a href="/q/">区县</a></div>
    <div class="site-crumbs"><a href="/">某某网</a> &gt; 区县</div>
    <h1>某区副区长甲辞职</h1>
    <p>日前，某区人大常委会决定，接受甲辞去某区人民政府副区长职务的请求。</p>
    <div class="footer-wrap"><a href="/about">关于我们</a> <a href="/map">网站地图</a></div>
    <div class="tab-menu-content"><p>某区人民政府</p><p>2022年7月8日</p></div></body></html>"""
    path = tmp_path / "news.html"
    path.write_text(page, encoding="utf-8")

    # (a block whose name holds menu but whose text is no links' is kept: it signs the notice)
    assert read_source(path).text == (
        "某区副区长甲辞职\n日前，某区人大常委会决定，接受甲辞去某区人民政府副区长职务的请求。"
        "\n某区人民政府\n2022年7月8日"
    )


def test_html_that_declares_gbk_but_is_utf8_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.html"
    path.write_bytes(GOV_PAGE.encode("utf-8"))

    assert "任命张三为上海市某区教育局局长；" in read_source(path).text


def test_html_page_with_no_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><script>location.href='/x'</script></body></html>", encoding="utf-8")

    with pytest.raises(SourceError, match="empty"):
        read_source(path)


# --- bad files, discovery and iteration ------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (" \r\n\t\u3000\n".encode(), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary or undecodable"),
        (b"\x80\xff\xfe\x81" * 20, "binary or undecodable"),
    ],
    ids=["empty", "whitespace", "binary", "undecodable"],
)
def test_bad_text_files_are_errors_naming_file_and_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)

    with pytest.raises(SourceError) as error:
        read_source(path)

    assert (error.value.path, error.value.reason) == (str(path), reason)
    assert str(error.value) == f"{path}: {reason}"


def test_missing_path_and_directory_are_os_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="No such file or directory") as error:
        read_source(tmp_path / "nope.txt")
    assert error.value.path == str(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="Is a directory"):
        read_source(tmp_path)
    with pytest.raises(SourceError, match="nope"):
        discover([tmp_path / "nope"])


def test_source_error_pickles_and_stays_one_line() -> None:
    error = SourceError("a.txt", "unreadable PDF (PSEOF: Unexpected\nEOF)")

    assert str(pickle.loads(pickle.dumps(error))) == "a.txt: unreadable PDF (PSEOF: Unexpected EOF)"


def test_discover_expands_directories_sorted_and_keeps_explicit_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.PDF", "sub/c.htm", "sub/d.html", "e.text", "notes.md", ".cache/f.txt"]:
        (tmp_path / "dir" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "dir" / name).write_text("x", encoding="utf-8")
    explicit = tmp_path / "dir" / "notes.md"

    found = discover([tmp_path / "dir", explicit, tmp_path / "dir" / "b.txt"])

    names = ["a.PDF", "b.txt", "e.text", "sub/c.htm", "sub/d.html"]
    assert found == [tmp_path / "dir" / name for name in names] + [explicit]


def test_iter_sources_yields_good_and_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(APPOINTMENT.encode("gbk"))
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\x03")

    results = list(iter_sources([tmp_path, tmp_path / "missing.txt"]))

    assert [type(result) for result in results] == [SourceError, SourceText, SourceError]
    bad, good, missing = results
    assert isinstance(bad, SourceError) and isinstance(good, SourceText)
    assert str(bad) == f"{tmp_path / 'bad.txt'}: binary or undecodable"
    assert good.text == APPOINTMENT
    assert "missing.txt" in str(missing) and "No such file" in str(missing)
