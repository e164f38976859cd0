"""Hostile input for the source readers: whatever bytes a file holds, reading it gives its
document or a one-line error naming it, and a directory of such files never stops the batch.

Hypothesis over bytes: text in many encodings, arbitrary bytes under every suffix, truncated and
corrupted PDFs (cut from a real PDF made here), HTML with scripts, huge attributes and deep nesting,
NUL bytes anywhere, and single lines of a few MB. Each file goes through the whole of
``pipeline.read_and_extract`` (reading, then extraction), as ``renmian build`` runs it.

Sizes are kept moderate so the suite stays fast. A text repeating one appointment many times is
covered in tests/extract (repeats fold in linear time).
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph_builder.pipeline import extract_paths, read_and_extract
from graph_builder.read.sources import SourceError, read_source
from graph_builder.types import DocumentResult
from tests.cli.test_cli_graph import NOTICE_2021
from tests.read.test_sources import _cjk_truetype_font, _write_pdf

SUFFIXES = (".txt", ".html", ".htm", ".pdf", "")  # "" : sniffed, as a download without a suffix is
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "gb18030",
    "gbk",
    "big5",
    "big5hkscs",
    "shift_jis",
    "euc-kr",
    "euc-jp",
    "latin-1",
    "cp1252",
    "koi8-r",
    "utf-7",
)
FRAGMENTS = [line for line in NOTICE_2021.splitlines() if line.strip()] + ["任命", "免去", "为", "\n", "\r\n"]
HOSTILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BIG = settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join),
)


@st.composite
def encoded_texts(draw) -> bytes:
    """Text (gazette lines mixed with anything) in one of many encodings; unencodable characters
    replaced, as a careless converter would."""
    return draw(texts).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")


@st.composite
def with_nuls(draw, data: bytes) -> bytes:
    """``data`` with NUL bytes put in at a few places."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b"\x00" * draw(st.integers(1, 3)) + data[at:]
    return data


@cache
def real_pdf() -> bytes:
    """A two-page PDF with a text layer (Chinese with a CJK font here, else Latin)."""
    font = _cjk_truetype_font()
    pages = ["任命张三为上海市某区教育局局长。", "免去李四的上海市某区财政局局长职务。"]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "real.pdf"
        _write_pdf(path, pages if font else ["Zhang San appointed", "Li Si removed"], font)
        return path.read_bytes()


@st.composite
def broken_pdfs(draw) -> bytes:
    """The real PDF cut short, and maybe with a few bytes changed."""
    data = bytearray(real_pdf()[: draw(st.integers(0, len(real_pdf())))])
    for _ in range(draw(st.integers(0, 3)) if data else 0):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def hostile_html(draw) -> bytes:
    """A page of gazette text among scripts, styles, huge attributes, comments, broken markup and
    deep nesting, in UTF-8 or GB18030 (declared or not, rightly or not)."""
    piece = st.one_of(
        texts.map(lambda t: f"<p>{t}</p>"),
        texts.map(lambda t: f"<script>{t}</script><style>{t}</style>"),
        st.tuples(st.integers(1, 1_000_000), st.sampled_from("x\"'<>&中 ")).map(
            lambda n: f"<p title='{n[1] * n[0]}' data-x={n[1] * 10}>任命</p>"
        ),
        st.integers(1, 3000).map(lambda k: "<div><span>" * k + "任命张三为局长" + "</span>" * (k // 2)),
        st.sampled_from(
            [
                "<!--",
                "-->",
                "<![CDATA[x]]>",
                "<table><tr><td rowspan=99999999 colspan=-3>甲</td><td>乙</td></tr>",
                "<td>",
                "<",
                "</html>",
                "<br/>" * 50,
                "<meta charset='utf-32'>",
                '<meta charset="bogus">',
                "<?xml version='1.0' encoding='utf-16'?>",
                "&#0;&#xD800;&#99999999;&nbsp;",
            ]
        ),
    )
    html = "<!DOCTYPE html><html><body>" + "".join(draw(st.lists(piece, max_size=8)))
    return html.encode(draw(st.sampled_from(["utf-8", "gb18030"])), errors="replace")


@st.composite
def long_lines(draw) -> bytes:
    """One line of a few MB: filler without a line break, with or without one notice run into it."""
    unit = draw(st.sampled_from(["x", "中", "，", "任命", "<p>", " ", "\t", "普府〔2024〕1号", "\x00"]))
    size = draw(st.integers(1_000_000, 3_000_000))
    notice = draw(st.sampled_from(["", NOTICE_2021.replace("\n", "")]))
    text = unit * (size // len(unit.encode()))
    return (text[: len(text) // 2] + notice + text[len(text) // 2 :]).encode()


any_file = st.one_of(
    encoded_texts(),
    st.binary(max_size=4096),
    broken_pdfs(),
    hostile_html(),
    encoded_texts().flatmap(with_nuls),
)


def check_outcome(path: Path) -> DocumentResult | SourceError:
    """The file's document, or an error that names it on one line: nothing else, and no exception."""
    item = read_and_extract(path)
    if isinstance(item, SourceError):
        assert item.path == str(path)
        assert str(item).startswith(f"{path}: ") and item.reason
        assert "\n" not in str(item) and "\r" not in str(item)
    else:
        assert isinstance(item, DocumentResult)
        assert item.doc == str(path)
    return item


def write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


@HOSTILE
@given(data=any_file, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_under_any_suffix_give_a_document_or_a_one_line_error(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        check_outcome(write(Path(d), f"gazette{suffix}", data))


@HOSTILE
@given(data=encoded_texts())
def test_text_in_any_encoding_is_read_or_named(data):
    with tempfile.TemporaryDirectory() as d:
        check_outcome(write(Path(d), "notice.txt", data))


@HOSTILE
@given(data=broken_pdfs())
def test_a_truncated_or_damaged_pdf_is_read_or_named(data):
    with tempfile.TemporaryDirectory() as d:
        check_outcome(write(Path(d), "gazette.pdf", data))


def test_the_uncut_pdf_is_read():
    with tempfile.TemporaryDirectory() as d:
        assert isinstance(check_outcome(write(Path(d), "gazette.pdf", real_pdf())), DocumentResult)


@HOSTILE
@given(data=hostile_html())
def test_hostile_html_is_read_or_named(data):
    with tempfile.TemporaryDirectory() as d:
        check_outcome(write(Path(d), "page.html", data))


def test_deeply_nested_html_is_read():
    """20,000 nested tags once raised RecursionError out of the reader (and stopped the batch)."""
    with tempfile.TemporaryDirectory() as d:
        page = "<html><body>" + "<div><span>" * 10_000 + "上海市普陀区人民政府关于任免张三的通知"
        source = read_source(write(Path(d), "deep.html", page.encode()))
        assert source.text.endswith("上海市普陀区人民政府关于任免张三的通知")


@BIG
@given(data=long_lines(), suffix=st.sampled_from([".txt", ".html", ""]))
def test_a_single_line_of_megabytes_is_read_or_named(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        check_outcome(write(Path(d), f"line{suffix}", data))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    files=st.lists(st.tuples(any_file, st.sampled_from([".txt", ".html", ".pdf"])), min_size=1, max_size=6)
)
def test_a_directory_of_hostile_files_never_stops_the_batch(files):
    """Every file in the directory gets its outcome, in order, good and bad files alike."""
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        (root / "nested").mkdir()
        paths = [
            write(root / "nested" if i % 2 else root, f"{i:02d}{suffix}", data)
            for i, (data, suffix) in enumerate(files)
        ]
        paths.append(write(root, "zz_good.txt", NOTICE_2021.encode("gb18030")))
        outcomes = list(extract_paths([root]))
        assert sorted(str(p) for p in paths) == sorted(
            item.path if isinstance(item, SourceError) else item.doc for item in outcomes
        )
        good = [o for o in outcomes if isinstance(o, DocumentResult) and o.doc.endswith("zz_good.txt")]
        assert good and good[0].events


def test_a_directory_read_by_worker_processes_never_stops_the_batch(tmp_path):
    """With --jobs the files are read in worker processes: a file that once raised out of the reader
    (deep nesting) comes back as its document or error like any other, and the good one is read."""
    write(tmp_path, "a_deep.html", ("<div>" * 20_000 + "任命张三为局长").encode())
    write(tmp_path, "b_cut.pdf", real_pdf()[:100])
    write(tmp_path, "c_nul.txt", b"\x00" * 10)
    write(tmp_path, "d_binary.txt", bytes(range(256)) * 4)
    write(tmp_path, "e_good.txt", NOTICE_2021.encode("utf-8"))
    outcomes = list(extract_paths([tmp_path], jobs=2))
    assert [Path(o.path if isinstance(o, SourceError) else o.doc).name for o in outcomes] == [
        "a_deep.html",
        "b_cut.pdf",
        "c_nul.txt",
        "d_binary.txt",
        "e_good.txt",
    ]
    assert isinstance(outcomes[-1], DocumentResult) and outcomes[-1].events
    assert all(isinstance(o, SourceError) for o in outcomes[1:4])


def test_a_fault_of_the_reader_on_one_text_is_named_and_the_batch_goes_on(tmp_path, monkeypatch):
    """An extractor fault on one document (a bug, as a verb missing from its table once was) comes
    back as that file's one-line error naming it; the files after it are still read."""
    import graph_builder.pipeline as pipeline

    real = pipeline.extract_text

    def faulty(doc: str, text: str) -> DocumentResult:
        if doc.endswith("a_fault.txt"):
            raise KeyError("继任")
        return real(doc, text)

    monkeypatch.setattr(pipeline, "extract_text", faulty)
    write(tmp_path, "a_fault.txt", NOTICE_2021.encode("utf-8"))
    write(tmp_path, "b_good.txt", NOTICE_2021.encode("utf-8"))
    first, second = extract_paths([tmp_path])
    assert isinstance(first, SourceError) and first.path.endswith("a_fault.txt")
    assert "extraction failed (KeyError" in str(first) and "\n" not in str(first)
    assert isinstance(second, DocumentResult) and second.events
