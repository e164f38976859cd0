"""Reading source files (plain text, PDF, HTML pages) into text: the I/O edge of the pipeline.

Every failure to read a file becomes a `SourceError` naming the file and the reason, so a batch
run can report bad files and go on. Line endings in the returned text are always "\\n".
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PageElement, PreformattedString
from charset_normalizer import from_bytes

if TYPE_CHECKING:
    import pdfplumber

TEXT_SUFFIXES = frozenset({".txt", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml"})
SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | HTML_SUFFIXES


@dataclass(frozen=True, slots=True)
class SourceText:
    """The text of one source file."""

    path: str
    text: str
    kind: str  # "txt" | "pdf" | "html"
    encoding: str | None  # the encoding the bytes were decoded with (None for PDF)


class SourceError(Exception):
    """A file that cannot be read: carries .path and .reason; str() is a one-line message naming both."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(str(path), reason)  # args kept so the error pickles across processes
        self.path = str(path)
        self.reason = " ".join(reason.split())

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def read_source(path: str | Path) -> SourceText:
    """Read one file as text, PDF or HTML (by suffix, or by sniffing an unknown one)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from exc
    kind = source_kind(path, data)
    if kind == "pdf":
        text, encoding = _pdf_text(path, data), None
    elif kind == "html":
        text, encoding = _html_text(path, data)
    else:
        text, encoding = _plain_text(path, data)
    return SourceText(str(path), _unix_newlines(text), kind, encoding)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories (recursively, sorted) to source files; keep explicit files; raise if missing."""
    found: dict[Path, None] = {}
    for path in paths:
        found.update(dict.fromkeys(_expand(Path(path))))
    return list(found)


def iter_sources(paths: Iterable[str | Path]) -> Iterator[SourceText | SourceError]:
    """Yield each file's SourceText, or its SourceError, without stopping at a bad file."""
    for item in discover_each(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        try:
            yield read_source(item)
        except SourceError as exc:
            yield exc


def discover_each(paths: Iterable[str | Path]) -> list[Path | SourceError]:
    """The files under ``paths`` in order, once each; a path that does not exist is its SourceError."""
    seen: set[Path] = set()
    out: list[Path | SourceError] = []
    for path in paths:
        try:
            files = _expand(Path(path))
        except SourceError as exc:
            out.append(exc)
            continue
        out.extend(f for f in files if not (f in seen or seen.add(f)))
    return out


# --- discovery -------------------------------------------------------------------------------


def _expand(path: Path) -> list[Path]:
    if not path.exists():
        raise SourceError(path, os.strerror(errno.ENOENT))
    if not path.is_dir():
        return [path]
    return sorted(
        file
        for file in path.rglob("*")
        if file.suffix.lower() in SUFFIXES
        and file.is_file()
        and not any(part.startswith(".") for part in file.relative_to(path).parts)
    )


def source_kind(path: Path, data: bytes) -> str:
    """The kind of a file, "pdf", "html" or "txt": by suffix, else by sniffing its first bytes."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    # An explicitly named file with another suffix (or none, as downloads often have): sniff it.
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    return "html" if re.match(rb"(?i)<(!doctype\s+html|html)[\s>]", head) else "txt"


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- plain text and decoding -----------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BIG5 = ("big5", "cp950", "big5hkscs")
# Detection is restricted to encodings that carry Chinese: unrestricted, it "finds" a Cyrillic or
# Latin code page for nearly any byte soup, which would turn binary junk into text.
_DETECTABLE = ["utf_8", "gb18030", *_BIG5, "utf_16_le", "utf_16_be"]
_GB_ALIASES = {"gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "euc-cn", "hz-gb-2312"}


def _plain_text(path: Path, data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise SourceError(path, "empty")
    decoded = decode_bytes(data)
    if decoded is None:
        raise SourceError(path, "binary or undecodable")
    if not decoded[0].strip():
        raise SourceError(path, "empty")
    return decoded


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str] | None:
    """Decode bytes of (mostly Chinese) text to (text, encoding), or None when binary or undecodable."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding)
    if b"\x00" in data:
        return None
    # UTF-8 first: GBK bytes practically never decode as UTF-8, while UTF-8 often decodes as GBK.
    for encoding in dict.fromkeys(["utf-8", _codec(declared), "gb18030", *_BIG5]):
        decoded = encoding and _strict(data, encoding)
        if decoded and not _big5_misread_as_gb(decoded[0], data, encoding):
            return decoded
    return _detect(data)


def _strict(data: bytes, encoding: str) -> tuple[str, str] | None:
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _big5_misread_as_gb(text: str, data: bytes, encoding: str) -> bool:
    # Big5 bytes nearly always decode as GB18030 too, into kana, symbols and rare hanzi; real
    # simplified text is almost all within GB2312. Prefer Big5 when it decodes and GB looks odd.
    if encoding != "gb18030":
        return False
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide or sum(_in_gb2312(ch) for ch in wide) >= 0.8 * len(wide):
        return False
    return any(_strict(data, big5) for big5 in _BIG5)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _detect(data: bytes) -> tuple[str, str] | None:
    best = from_bytes(data, cp_isolation=_DETECTABLE).best()
    return (str(best), best.encoding) if best is not None else None


def _codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset; GB2312/GBK become their superset GB18030."""
    if not name:
        return None
    name = name.strip().lower()
    if name in _GB_ALIASES:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# --- PDF -------------------------------------------------------------------------------------

_CID_GLYPH = re.compile(r"\(cid:\d+\)")


def _pdf_text(path: Path, data: bytes) -> str:
    import pdfplumber  # imported here: slow to import, and only needed when there are PDFs

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_text(page) for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many unrelated types for a broken file
        raise SourceError(path, f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n".join(pages)
    # Glyphs without a Unicode mapping come out as "(cid:123)": that is no text layer either.
    if not _CID_GLYPH.sub("", text).strip():
        raise SourceError(path, "no text layer (scanned PDF?)")
    return text


def _page_text(page: pdfplumber.page.Page) -> str:
    text = page.extract_text() or ""
    page.close()  # frees the page's parsed objects, which otherwise pile up over a long gazette
    return text


# --- HTML ------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""", re.IGNORECASE)
# fmt: off
_NOISE_TAGS = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "select", "button",
    "input", "textarea", "svg", "canvas", "object", "embed",
]
# fmt: on
# Page furniture marked by id/class on gov sites whose templates predate <nav>/<header>/<footer>.
_NOISE_NAMES = frozenset({"nav", "navbar", "menu", "header", "head", "footer", "foot", "breadcrumb", "crumb"})
# Parts of such names that mark menus whatever the rest (not header: an article's header holds its title).
_NOISE_PARTS = ("nav", "menu", "crumb", "footer")
# Containers of the article body, most specific first.
_CONTAINERS = ("zoom", "ucap-content", "trs_editor", "pages_content", "article", "main-content", "content")
# fmt: off
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
# fmt: on
_CJK = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
# A line break in the source between two CJK characters is not a space (CSS segment-break rule).
_CJK_BREAK = re.compile(rf"(?<={_CJK})[ \t\f]*[\r\n][ \t\r\n\f]*(?={_CJK})")
_HTML_SPACE = re.compile(r"[ \t\r\n\f\xa0]+")
_MAX_SPAN = 50


def _html_text(path: Path, data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise SourceError(path, "empty")
    decoded = decode_bytes(data, declared_charset(data))
    if decoded is None:
        raise SourceError(path, "binary or undecodable")
    text = html_to_text(decoded[0])
    if not text.strip():
        raise SourceError(path, "empty (no text in the HTML page)")
    return text, decoded[1]


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 16 KB (meta charset or XML encoding), if any."""
    head = data[:16384]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def html_to_text(html: str) -> str:
    """The article text of an HTML page: one line per block, table rows as `| cell | cell |` lines."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(_NOISE_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    headline = _headline(soup)
    root = _main_container(soup) or soup.body or soup
    lines = _Lines()
    lines.render(root)
    body = lines.flush()
    # The notice title (关于…的通知) often sits outside the article container; it names the issuer.
    if headline and not any(headline in line for line in body[:3]):
        body.insert(0, headline)
    return "\n".join(body)


def _headline(soup: BeautifulSoup) -> str | None:
    """The page's headline: its first <h1>, else <title> without the site name after a separator."""
    h1 = soup.find("h1")
    text = h1.get_text(" ", strip=True) if h1 else ""
    if not text and soup.title:
        text = re.split(r"\s*[-_|—–]\s*", soup.title.get_text(" ", strip=True))[0]
    return text or None


def _names(tag: Tag) -> set[str]:
    classes = tag.get("class") or []
    return {name.lower() for name in [tag.get("id") or "", *classes] if name}


def _is_furniture(tag: Tag) -> bool:
    if tag.name in ("html", "body"):
        return False
    names = _names(tag)
    if not names.isdisjoint(_NOISE_NAMES):
        return True
    # (or a name that holds one of the menus' words, topnav, site-crumbs, mainmenu, when its text is
    # mostly its links': not tab-menu-content or article-footer, which hold the notice or its signature)
    return any(w in name for name in names for w in _NOISE_PARTS) and _mostly_links(tag)


def _mostly_links(tag: Tag) -> bool:
    """Whether most of ``tag``'s text is the text of its links (a menu, a breadcrumb trail)."""
    text = len(_HTML_SPACE.sub("", tag.get_text()))
    linked = sum(len(_HTML_SPACE.sub("", a.get_text())) for a in tag.find_all("a"))
    return text > 0 and 2 * linked >= text


def _main_container(soup: BeautifulSoup) -> Tag | None:
    for name in _CONTAINERS:
        found = soup.find_all(lambda tag, name=name: name in _names(tag) or tag.name == name == "article")
        found = [tag for tag in found if tag.get_text(strip=True)]
        if found:
            return max(found, key=lambda tag: len(tag.get_text(strip=True)))
    return None


class _Lines:
    """Accumulates rendered text: inline text joins into the current line, blocks break lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []

    def flush(self) -> list[str]:
        line = _HTML_SPACE.sub(" ", _CJK_BREAK.sub("", "".join(self.parts))).strip()
        if line:
            self.lines.append(line)
        self.parts.clear()
        return self.lines

    def render(self, node: Tag) -> None:
        """Render what ``node`` holds, in document order: with a stack, not recursion, so a page of
        tens of thousands of nested tags (hostile or broken) reads like any other."""
        stack: list[PageElement | None] = list(reversed(node.contents))  # None: a block ends here
        while stack:
            item = stack.pop()
            if item is None:
                self.flush()
            elif isinstance(item, Tag):
                if item.name == "br":
                    self.flush()
                elif item.name == "table" and _is_data_table(item):
                    self.flush()
                    self.lines.extend(_table_lines(item))
                elif item.name in _BLOCK_TAGS:
                    self.flush()
                    stack.append(None)
                    stack.extend(reversed(item.contents))
                else:
                    stack.extend(reversed(item.contents))
            elif isinstance(item, NavigableString) and not isinstance(item, PreformattedString):
                self.parts.append(str(item))  # PreformattedString: comments, doctype, CDATA


def _is_data_table(table: Tag) -> bool:
    # Old gov templates lay whole pages out in nested tables: those are read as blocks instead.
    if table.find("table") is not None:
        return False
    return any(len(tr.find_all(["td", "th"], recursive=False)) > 1 for tr in table.find_all("tr"))


def _table_lines(table: Tag) -> list[str]:
    rows = _table_grid(table)
    if not rows:
        return []
    width = max(len(row) for row in rows)
    lines = [_row_line(row + [""] * (width - len(row))) for row in rows]
    if len(lines) > 1:
        lines.insert(1, "|" + "---|" * width)
    caption = table.find("caption")
    return ([_cell_text(caption)] if caption else []) + lines


def _row_line(cells: list[str]) -> str:
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


def _table_grid(table: Tag) -> list[list[str]]:
    """Rows of cell texts; cells covered by a colspan or rowspan are empty, as in the PDF corpus."""
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    grid: list[list[str]] = []
    for tr in table.find_all("tr"):
        row: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            _skip_spanned(row, pending)
            rowspan = _span(cell, "rowspan")
            for offset in range(_span(cell, "colspan")):
                if rowspan > 1:
                    pending[len(row)] = rowspan - 1
                row.append("" if offset else _cell_text(cell))
        _skip_spanned(row, pending)
        if any(row):
            grid.append(row)
    return grid


def _skip_spanned(row: list[str], pending: dict[int, int]) -> None:
    while pending.get(len(row), 0) > 0:
        pending[len(row)] -= 1
        row.append("")


def _span(cell: Tag, attribute: str) -> int:
    try:
        return min(max(int(str(cell.get(attribute) or 1).strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _cell_text(cell: Tag) -> str:
    lines = _Lines()
    lines.render(cell)
    return " ".join(lines.flush()).replace("|", "｜")
