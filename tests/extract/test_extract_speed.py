"""The fast paths of extraction give what the plain rules give.

Each shortcut taken for speed (prefilters, patterns rewritten to start with a literal, work
done once instead of per sentence, windows and sentences without a title word passed by) is
checked here against the plain form it replaces, on arbitrary text and on the sample gazettes.
These tests check behaviour only, never timing.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graph_builder import pipeline
from graph_builder.extract import acting_bodies, clause_spans, clause_words, posts, table_rows
from graph_builder.extract import clauses as extract
from graph_builder.extract.posts import bracket_depth
from graph_builder.pipeline import extract_text
from graph_builder.read import normalise, segment
from graph_builder.read.dates import DATE
from graph_builder.read.normalise import Compact, compact
from graph_builder.read.patterns import DATE_LINE, date_line
from tests.support import SAMPLES, gazette_texts

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))

# Pieces that reach every branch: page numbers, cell gaps, dates and 文号 on lines of their own,
# list items, titles, brackets, traditional characters, zero-width and odd whitespace.
FRAGMENTS = [
    "任命",
    "◆",
    "来源:",
    "\n第 1 页　共 2 页\n",
    "\n某市人民政府公报　2023年第6期\n",
    "\n【云泽】",
    "\n一、任命\n",
    "《关于聘任的议案》",
    "\n   禹  婷（女）  ",
    "姓　名",
    "庭长、\n",
    "的议案\n",
    "免去",
    "提请",
    "决定",
    "聘任",
    "解聘",
    "同志",
    "为",
    "的",
    "其",
    "职务",
    "局长",
    "副主任",
    "委员会",
    "区长",
    "张三",
    "欧阳坚",
    "谢 健",
    "上海市普陀区",
    "审计局",
    "关于",
    "关于屈强等同志职务任免的通知",
    "人事任免",
    "人事信息",
    "（试用期一年）",
    "(兼)",
    "（",
    "）",
    "[",
    "】",
    "、",
    "，",
    "；",
    "。",
    ".",
    "．",
    "：",
    "1.",
    "一、",
    "２",
    "3",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\u3000",
    "\u3000\u3000",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\r",
    "|",
    "| 李 刚 | 区科委副主任 |",
    "\n— 3 —\n",
    "\n- 12 -\n",
    "\n  —  4  —  \n",
    "·",
    "2024年4月22日",
    "2024 年 4月 22日",
    "２０２４年３月２９日",
    "二〇二三年四月",
    "2024-04-22",
    "2024.4.22",
    "2024/4/22",
    "普府〔2024〕32号",
    "长发改规(2023)6号",
    "发布日期:",
    "会议通过",
    "任 命 职 务",
    "免職",
    "辭去",
    "局長",
    "𠀀",
]
texts = gazette_texts(FRAGMENTS, 300, 80)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------------------- normalise


def _reference_compact(source: str) -> tuple[str, str, list[int]]:
    """``compact`` as first written: whitespace, lines and breaks worked out per character."""
    printed, key_lut, kept_lut = normalise._luts()
    source = normalise._without_markup(source)  # (a page's tags and entities, in their own length)
    source = normalise._cells_one_a_line(source)  # (a table pasted one cell a line: rows put back)
    space = ~kept_lut
    space[10] = True
    raw = normalise._codes(source).copy()
    gaps = {m.end() - 1 for m in normalise._NAME_CELL.finditer(source)} | set(
        normalise.names_line_gaps(source)
    )
    gaps |= set(normalise._post_first_rows(source))  # (副县长　甲　乙: a result table's row)
    if "\t" in source or "  " in source or "\u3000\u3000" in source:
        gaps |= {
            at
            for m in normalise._CELL_GAP.finditer(source)
            if not normalise._padded_name(source, *m.span())
            and not normalise._padded_in_a_clause(source, *m.span())
            # (a gap of tabs alone: one '|' a tab, each an empty cell's edge)
            for at in (range(*m.span()) if len(m.group()) > 1 and set(m.group()) == {"\t"} else [m.end() - 1])
        }
    gaps = {g for g in gaps if not normalise._gap_in_a_clause(source, g)}  # (任命　甲　为…: no cells)
    patterns = (
        *_PAGE_PATTERNS,
        normalise._PINYIN_GLOSS,
        _LINE_TAG,
        normalise._BYLINE_TAG,
        normalise._PICTOGRAPH,
        normalise._LINE_END_HYPHEN,
        normalise._MARKUP_LEFT,
        normalise._WATERMARK,
        normalise._COMMA_BEFORE_LIST_MARK,  # (甲,、乙: a mirror's stray comma before a list's 、)
    )
    blanks = [m.span() for pattern in patterns for m in pattern.finditer(source)]
    blanks += normalise._chrome_lines(source)  # (a page's share buttons on a line of their own: 分享到)
    blanks += normalise._jammer_strings(source)  # (a forum's strings against copying: 某厅5 R3 g! X副厅长)
    blanks += normalise._verb_brackets(source)  # (【任命】⏎甲为X；: a list's verb in brackets opening a line)
    for a, b in blanks:
        raw[a:b] = ord(" ")
    raw[normalise._dot_bullets(normalise._decode(raw))] = ord("•")
    raw[[g for g in gaps if not any(a <= g < b for a, b in blanks)]] = ord("|")
    kept = np.flatnonzero(~space[raw])
    if not len(kept):
        return "", "", []
    newlines = np.cumsum(raw == 10)[kept]
    line_starts = np.flatnonzero(np.diff(newlines) > 0) + 1
    codes = raw[kept]
    lined = normalise._decode(key_lut[np.insert(codes, line_starts, 10)])
    lines = normalise.rewritten_dates(lined).split("\n")
    breaks = line_starts[_reference_kept_breaks(lines)]
    codes = np.insert(codes, breaks, 10)
    sources = np.insert(kept, breaks, kept[breaks] - 1)
    key = normalise.rewritten_dates(normalise._decode(key_lut[codes]))  # key-only, length kept
    return normalise._decode(printed[codes]), key, sources.tolist()


def _reference_kept_breaks(lines: list[str]) -> np.ndarray:
    """The lines the two patterns match found by a plain finditer over the joined lines, then the
    same rules of a line as compact's."""
    starts = np.cumsum([0] + [len(line) + 1 for line in lines[:-1]])
    joined = "\n".join(lines)
    whole = np.searchsorted(starts, [m.start() for m in normalise._STANDALONE.finditer(joined)], "right") - 1
    item = np.searchsorted(starts, [m.start() for m in normalise._STARTS_ITEM.finditer(joined)], "right") - 1
    wordy = np.searchsorted(starts, [at for at, _ in normalise.wordy_day_lines(joined)], "right") - 1
    whole = [*whole.tolist(), *wordy.tolist(), *normalise._breadcrumb_lines(lines)]
    item = [*item.tolist(), *normalise._dated_items(lines), *normalise._below_section_headings(lines)]
    return np.array(normalise.breaks_kept_by(lines, whole, item), dtype=bool)


# Page numbers and running heads, pinyin glosses and line-opening tags are blanked before all else.
_PAGE_PATTERNS = (normalise._PAGE_NUMBER, normalise._PAGE_LINE)
_LINE_TAG = re.compile("(?m)^" + normalise._SECTION_TAG.pattern)


@SETTINGS
@given(texts)
@example("一  一任")  # (a two-character name padded in a clause's slot: found by this test once)
@example("0A\t0A\t0\t0")  # (a jammer string of tokens mixing a digit and a letter: found by it once)
@example("【任命】")  # (a list's verb in brackets: found by it once, the reference had lacked them)
@example("分享到")  # (a page's share line, blanked: found by it once, the reference had lacked it)
@example(",、")  # (a stray comma before a list's 、, blanked: found by it once, the reference had lacked it)
def test_compact_is_the_per_character_normalisation(text: str) -> None:
    c = compact(text)
    assert (c.text, c.key, [int(s) for s in c.sources]) == _reference_compact(text)


def test_compact_of_the_sample_windows_is_the_per_character_normalisation() -> None:
    for path in SAMPLE_FILES:
        source = path.read_text(encoding="utf-8")
        for lo, hi in segment.find_windows(source):
            c = compact(source, lo, hi)
            text, key, sources = _reference_compact(source[lo:hi])
            assert (c.text, c.key) == (text, key)
            assert [int(s) - lo for s in c.sources] == sources


# ---------------------------------------------------------------------------- patterns


def _spans_of(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@SETTINGS
@given(texts)
def test_rewritten_patterns_match_where_the_plain_ones_do(text: str) -> None:
    plain_trigger = re.compile("|".join(segment.TRIGGER_WORDS))
    spans = _spans_of
    assert spans(segment.TRIGGER, text) == spans(plain_trigger, text)
    plain_cue = re.compile(
        clause_words.CUE.pattern.replace(
            "任(?<![主责信兼担曾历现出前继连留再升新原时委到离上]任)",
            "(?<![主责信兼担曾历现出前继连留再升新原时委到离上])任",
        )
        .replace("委(?<=新委)员为", "(?<=新)委员为")
        .replace(
            r"决定(?=[\u4e00-\u9fff]{2,4}同志为)|明确(?=[\u4e00-\u9fff]{2,4}同志为)",
            r"(?:决定|明确)(?=[\u4e00-\u9fff]{2,4}同志为)",
        )
    )
    assert "(?<=新)委员为" in plain_cue.pattern and "(?:决定|明确)" in plain_cue.pattern
    assert [m.start() for m in clause_words.CUE.finditer(text)] == [
        m.start() for m in plain_cue.finditer(text)
    ]
    # (the mark after an item's number opening a line, 一、 or (一), is a stop too)
    plain_stop = re.compile(
        rf"[;。\n!?{normalise.INLINE_BULLETS}]|(?<!\d)\.|\.(?!\d)|(?<=^[一二三四五六七八九十\d])、"
        r"|(?<=^\([一二三四五六七八九十\d])\)",
        re.M,
    )
    assert spans(clause_spans.SENTENCE_STOP, text) == spans(plain_stop, text)
    plain_gap = re.compile("[ \t\u3000\u00a0]{2,}|\t")
    assert spans(normalise._GAP_RUN, text) == spans(plain_gap, text)
    from graph_builder.extract.titles import title_word, title_word_finder

    key = compact(text).key  # title words: in the matching form
    found = [(m.span(), m.group()) for m in title_word_finder().finditer(key)]
    assert found == [(m.span(), m.group()) for m in title_word().finditer(key)]


@SETTINGS
@given(texts, st.data())
def test_patterns_opening_with_a_literal_find_as_the_plain_ones(text: str, data: st.DataObject) -> None:
    from graph_builder.extract.titles import title_word, title_word_ends

    key = compact(text).key
    start = data.draw(st.integers(0, len(key)))
    end = data.draw(st.integers(start, len(key)))
    # (a title word in the stretch, sought from its last character in the stretch cut out)
    assert (title_word_ends().search(key[start:end]) is None) == (
        title_word().search(key, start, end) is None
    )
    assert extract.may_hold_a_post(key, start, end) == (
        title_word().search(key, start, end) is not None or "代表资格" in key[start:end]
    )
    for s in (text, key):
        for pattern, plain in (
            (clause_spans._CLAUSE_STOP_MARK, r"[:,、和及》“”]|聘任|免去其|撤销其|罢免其|——"),
            (normalise._JAMMER_MARK, r"[A-Za-z][!-@\[-`{-~]|[!-@\[-`{-~][A-Za-z]"),
        ):
            assert (pattern.search(s) is None) == (re.search(plain, s) is None)
        # (a gate: found wherever the pattern it stands before is)
        assert normalise._ROC_DAY_MARK.search(s) is not None or normalise._ROC_DAY.search(s) is None
    pictographs = "[\U0001f300-\U0001faff\u2600-\u2604\u2607-\u27bf]+(?=[ \t\u3000]*[\u4e00-\u9fff])"
    assert _spans_of(normalise._PICTOGRAPH, text) == _spans_of(re.compile(pictographs), text)
    plain_past = extract._PAST.pattern.replace(
        "此番履新前(?!夕)|此次履新前(?!夕)|这次履新前(?!夕)", "(?:此番|此次|这次)履新前(?!夕)"
    )
    assert plain_past != extract._PAST.pattern
    assert _spans_of(extract._PAST, key) == _spans_of(re.compile(plain_past), key)


ANNOUNCING_FRAGMENTS = [
    *FRAGMENTS,
    *("某大学", "某集团", "某协会", "某区议会", "某通讯社", "某银行", "社长", "行长", "的", "和", "同时"),
    *("召开", "举行", "宣布", "官方网站", "发表声明", "换人", "易人", "换帅", "今天", "第五次会员代表大会"),
]


@SETTINGS
@given(gazette_texts(ANNOUNCING_FRAGMENTS, 60, 12))
@example("某大学召开干部大会")
@example("某通讯社的社长和总编辑同时换人")
@example("某集团换帅")
def test_the_announcing_word_stands_in_every_announcing_body(text: str) -> None:
    # (a gate: every match holds one of its words, so a text without one has no match)
    for s in (text, compact(text).key):
        if acting_bodies.ANNOUNCING_BODY.match(s) is not None:
            assert acting_bodies._ANNOUNCING_WORD.search(s) is not None


def test_each_closing_word_of_an_announcing_body_holds_an_announcing_word() -> None:
    from re import _parser

    # The pattern's last part, not optional, is the alternation of its closing words: each
    # alternative's literal characters hold one of the gate's words.
    op, (_, alternatives) = list(_parser.parse(acting_bodies.ANNOUNCING_BODY.pattern))[-1]
    assert op is _parser.BRANCH

    def holds_a_word(items: list) -> bool:
        """Whether every match of ``items`` holds a word of the gate: a run of literal characters
        that holds one, or a part not optional each of whose alternatives does."""
        run = ""
        for kind, value in items:
            if kind is _parser.LITERAL:
                run += chr(value)
                continue
            if acting_bodies._ANNOUNCING_WORD.search(run):
                return True
            run = ""
            if kind is _parser.BRANCH and all(holds_a_word(list(a)) for a in value[1]):
                return True  # (换人|易人 closing _HEADS_CHANGE)
            if kind is _parser.GROUPREF_EXISTS:  # (?(congress)举办|(?!)): no match without its yes
                ((no, (_, never)),) = list(value[2])
                assert no is _parser.ASSERT_NOT and not list(never)
                if holds_a_word(list(value[1])):
                    return True
        return acting_bodies._ANNOUNCING_WORD.search(run) is not None

    for alternative in alternatives:
        assert holds_a_word(list(alternative)), alternative


LINE_FRAGMENTS = [
    *FRAGMENTS,
    *(
        "\n",
        "\n",
        "　",
        " ",
        "  ",
        "\t",
        "：",
        "王德成",
        "司马静",
        "朱晓东",
        "王　涛",
        "刘　静",
        "（女）",
        "（回族）",
    ),
    *(
        "副镇长：",
        "劉長(zhǎng)林",
        "《公司动向》",
        "《人民日报》",
        "某市人民政府文件",
        "某某人民政府公报",
        "某局",
    ),
]


@SETTINGS
@given(gazette_texts(LINE_FRAGMENTS, 200, 40))
@example("甲\n王德成　司马静　朱晓东\n副镇长：肖红梅　罗建新　伍　斌\n")
@example("任命甲为某局\n某市人民政府文件\n副局长\n《公司动向》某公司总裁辞任")
def test_lines_sought_below_their_breaks_are_the_patterns_matches(text: str) -> None:
    # (each match stays inside its line: those at the line starts are those of a scan)
    for pattern, below in (
        (normalise._NAMES_LINE, normalise._NAMES_LINE_BELOW),
        (normalise._COLUMN_TAG, normalise._COLUMN_TAG_BELOW),
        (normalise._BARE_HEAD_LINE, normalise._BARE_HEAD_LINE_BELOW),
    ):
        found = [m.span() for m in normalise._line_matches(pattern, below, text)]
        assert found == [m.span() for m in pattern.finditer(text)]
    # (the two spaces looked for first: every line of names holds them)
    plain = normalise._below_a_break(normalise._NAMES_LINE)
    assert [m.span() for m in normalise._NAMES_LINE_BELOW.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern made by ``_at_first_characters`` (``(?=[firsts])(?:plain)``) as the plain one."""
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern.split(")", 1)[1][3:-1])


_TRIED_AT_FIRST_CHARACTERS = (
    extract._VERB_FIRST,
    extract._SUBJECT_VERB,
    clause_spans._CLAUSE_STOP,
    posts._SPLIT_AT,
)


@SETTINGS
@given(texts)
def test_patterns_tried_at_their_first_characters_match_as_the_plain_ones(text: str) -> None:
    key = compact(text).key
    for pattern in _TRIED_AT_FIRST_CHARACTERS:
        plain = _without_lookahead(pattern)
        found = [(m.span(), m.groups()) for m in pattern.finditer(key)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(key)]
        for at in range(len(key)):
            assert bool(pattern.match(key, at)) == bool(plain.match(key, at))


# Words the rewritten clause patterns hold: stops, zero-width stops and what stands between a
# subject and its verb.
FIRST_CHARACTER_WORDS = [
    *(
        "》《",
        "》以及",
        "》和",
        "、",
        ",",
        ":",
        "和",
        "及",
        "关于",
        "的决定、",
        "的请求、",
        "接任、",
        "职务、",
    ),
    *("撤销其", "聘任甲乙为", "并免去其", "同时撤销其", "局长", "兼", "兼职", "并决定其代理", "暨", "以及"),
    *("同志", "先生", "教授", "（简历附后）", "已", "将", "因工作调整", "以个人原因为由", "于2024年", "5月"),
    *("20日", "近日", "今天（3日）", "自2024年5月20日起", "在会议上", "此次", "均", "到龄", "经省委批准"),
    *("全票", "获得赞成票12票", "任期届满", "向董事会", "依法", "书面", "申请", "获", "接受任命", "١٢"),
    *("张三", "李四", "为", "某局", "任命", "辞去", "\n", "0", "9"),
]


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(FIRST_CHARACTER_WORDS), st.text(max_size=2)), max_size=10).map("".join)
)
def test_clause_patterns_tried_at_their_first_characters_match_as_the_plain_ones(text: str) -> None:
    for pattern in (clause_spans._CLAUSE_STOP, posts._SPLIT_AT):
        plain = _without_lookahead(pattern)
        for s in (text, compact(text).key):
            found = [(m.span(), m.groups()) for m in pattern.finditer(s)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(s)]
            assert pattern.sub("", s, count=1) == plain.sub("", s, count=1)
            for at in range(len(s) + 1):
                assert bool(pattern.match(s, at)) == bool(plain.match(s, at))


def _first_characters(items: list) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed pattern ``items`` may start with (or, for an empty
    match, must stand before, as a lookahead says), and whether that holds of every match: False
    when the match may be empty with no character known. None: any character (a class the walk
    does not enumerate, a back-reference)."""
    from re import _parser

    digits = {chr(c) for c in range(0x110000) if chr(c).isdecimal()}
    found: set[str] = set()
    for kind, value in items:
        known = False  # (this part tells the character at the match's start)
        if kind is _parser.LITERAL:
            chars, known = {chr(value)}, True
        elif kind is _parser.IN:
            chars, known = set(), True
            for op, arg in value:
                if op is _parser.LITERAL:
                    chars.add(chr(arg))
                elif op is _parser.RANGE:
                    chars |= {chr(c) for c in range(arg[0], arg[1] + 1)}
                elif op is _parser.CATEGORY and arg in (_parser.CATEGORY_DIGIT, _parser.CATEGORY_UNI_DIGIT):
                    chars |= digits
                else:
                    return None, False
        elif kind is _parser.SUBPATTERN:
            chars, known = _first_characters(list(value[3]))
        elif kind is _parser.BRANCH:
            chars, known = set(), True
            for alternative in value[1]:
                alt, every = _first_characters(list(alternative))
                if alt is None:
                    return None, False
                chars |= alt
                known = known and every
        elif kind in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            chars, every = _first_characters(list(value[2]))
            known = every and value[0] >= 1
        elif kind is _parser.ASSERT and value[0] == 1:  # a lookahead: the character it stands before
            chars, known = _first_characters(list(value[1]))
            chars = chars if known else set()
        elif kind in (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT):
            chars = set()  # (a lookbehind, a negative lookahead, an anchor: no character told)
        else:
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if known:
            return found, True
    return found, False


def test_the_first_characters_given_are_those_of_the_patterns() -> None:
    from re import _parser

    for pattern in (clause_spans._CLAUSE_STOP, posts._SPLIT_AT):
        plain = _without_lookahead(pattern)
        items = list(_parser.parse(plain.pattern, plain.flags))
        chars, every = _first_characters(items)
        assert chars is not None
        given = re.compile(pattern.pattern.split("(?:", 1)[0])  # (?=[firsts]) or (?=[firsts]|$)
        if not every:  # (an empty match: only at the end, after optional parts: …$)
            assert items[-1] == (_parser.AT, _parser.AT_END) and given.match("", 0)
        missing = sorted(ch for ch in chars if not given.match(ch))
        assert not missing, (pattern.pattern[:40], missing)


def test_every_word_of_a_pattern_tried_at_its_first_characters_still_matches() -> None:
    words = {
        extract._VERB_FIRST: [
            *clause_words.LEXICON.verb_first,
            *(f"{lead}任命" for lead in ("提请", "拟", "建议", "报请", "决定", "同意", "研究决定")),
        ],
        extract._SUBJECT_VERB: [
            *clause_words.LEXICON.subject_first,
            "为",
            "的",
            "被国务院任命为",
            "获某某聘为",
        ],
    }
    for pattern, alternatives in words.items():
        for word in alternatives:
            assert pattern.match(word), word


@SETTINGS
@given(texts)
@example("【" + "某" * 40 + "人事任免" + "某" * 10 + "】\n" + "某" * 40 + "关于" + "某" * 120 + "的通知")
def test_line_prefilters_only_skip_lines_the_pattern_rejects(text: str) -> None:
    for line in text.split("\n"):
        assert bool(date_line(line)) == bool(DATE_LINE.match(line))
        assert bool(segment._title(line)) == bool(segment.TITLE.match(line))
    pages = sorted(m.span() for pattern in _PAGE_PATTERNS for m in pattern.finditer(text))
    assert normalise._page_numbers(text) == pages


# ---------------------------------------------------------------------------- extract


def _reference_spans(key: str, start: int, end: int, stops: re.Pattern[str]) -> list[tuple[int, int]]:
    # An opening bracket that nothing after it closes counts for nothing (page noise): blank it;
    # a pair further apart than the reach counts for nothing either.
    stack, blank = [], []
    for i in range(start, end):
        if key[i] in "(（[〔【":
            stack.append(i)
        elif key[i] in ")）]〕】" and stack:
            j = stack.pop()
            if i - j > clause_spans._BRACKET_REACH:
                blank += [i, j]
    for i in stack + blank:
        key = key[:i] + "_" + key[i + 1 :]
    out, a, depth, b = [], start, 0, start
    for m in stops.finditer(key, start, end):
        depth += bracket_depth(key[b : m.start()])
        b = m.end()
        if depth <= 0:
            depth = 0
            if m.start() > a:
                out.append((a, m.start()))
            a = m.end()
    if end > a:
        out.append((a, end))
    return out


@SETTINGS
@given(texts)
@example(").(.")  # a stray closer balances the count of an opener nothing closes
@example("(" + "任命张三为某局局长。" * 15 + ")")  # a pair further apart than a bracket reaches
def test_spans_are_those_of_the_plain_loops(text: str) -> None:
    key = compact(text).key
    for stops in (clause_spans.SENTENCE_STOP, clause_spans._CLAUSE_STOP):
        assert clause_spans.cut_spans(key, 0, len(key), stops) == _reference_spans(key, 0, len(key), stops)


def test_the_characters_sought_before_a_scan_are_those_its_class_opens_with() -> None:
    bmp = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    from graph_builder.read.dates import DATE_MARK

    assert {ch for ch in bmp if segment._holds_a_date_mark(ch)} == {ch for ch in bmp if DATE_MARK.search(ch)}
    assert {ch for ch in bmp if normalise._PAGE_MARK.fullmatch(ch)} == set(normalise._PAGE_MARKS)
    opening = {ch for ch in bmp if normalise._VERB_IN_BRACKETS.match(ch + "任命】")}
    assert opening == set(normalise._VERB_BRACKETS_OPEN)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["【", "〔", "[", "［", "任命", "】", "〕", "]", "］", "\n", "甲为X", "决定"]),
        max_size=12,
    )
)
def test_verb_brackets_found_at_line_openings_are_those_of_the_scan(parts: list[str]) -> None:
    window = "".join(parts)
    plain = [
        span
        for m in normalise._VERB_IN_BRACKETS.finditer(window)
        if m.start() == 0 or window[m.start() - 1] == "\n"
        for span in ((m.start(), m.start() + 1), (m.start("close"), m.end("close")))
    ]
    assert normalise._verb_brackets(window) == plain


CLAUSE_STOP_FRAGMENTS = [
    "》",
    "《",
    "和",
    "及",
    "以及",
    "、",
    ",",
    ":",
    "聘任",
    "张三为",
    "局长",
    "的决定",
    "\n",
    "关于",
]


@SETTINGS
@given(st.lists(st.sampled_from(CLAUSE_STOP_FRAGMENTS), max_size=10))
def test_sentences_passed_by_as_one_clause_hold_no_stop(parts: list[str]) -> None:
    key = "".join(parts)
    for start in range(len(key) + 1):
        for end in range(start, len(key) + 1):
            assert clause_spans.cut_clauses(key, start, end) == clause_spans.cut_spans(
                key, start, end, clause_spans._CLAUSE_STOP
            )


@SETTINGS
@given(st.lists(st.sampled_from(["市委", "建议", "提议", "的", ",", "\n", "。", "免去"]), max_size=8))
def test_a_proposal_is_looked_for_only_where_its_word_ends_the_clause_before(parts: list[str]) -> None:
    key = "".join(parts)
    for start in range(len(key) + 1):
        plain = clause_words.PROPOSED.search(key, max(start - 12, 0), max(start - 1, 0)) is not None
        assert extract._proposed_before(key, start) == plain


class _Always:
    """A stand-in for the title-word regex that finds a title everywhere (no shortcut taken)."""

    def search(self, *args: object) -> bool:
        return True


def _without_title_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "_TITLE_WORD", _Always())
    monkeypatch.setattr(pipeline, "may_hold_a_post", lambda *args: True)


@SETTINGS
@given(texts)
@example("任命丁人事任免局长")  # (a notice's title alone, the text no body: the title is read either way)
def test_passing_by_text_without_titles_changes_no_event(text: str) -> None:
    fast = extract_text("fuzz.txt", text)
    with pytest.MonkeyPatch.context() as mp:
        _without_title_shortcut(mp)
        plain = extract_text("fuzz.txt", text)
    assert fast == plain


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_passing_by_text_without_titles_changes_no_event_in_the_samples(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = path.read_text(encoding="utf-8")
    fast = extract_text(path.name, source)
    _without_title_shortcut(monkeypatch)
    assert extract_text(path.name, source) == fast


def test_the_sample_comparison_is_not_empty() -> None:
    assert sum(len(extract_text(p.name, p.read_text(encoding="utf-8")).events) for p in SAMPLE_FILES) > 50


def test_compact_keeps_its_shape() -> None:
    c = compact("任命张三为\n审计局局长。")
    assert isinstance(c, Compact)
    assert len(c.text) == len(c.key) == len(c.sources)


@SETTINGS
@given(texts)
def test_end_anchored_patterns_need_the_ends_their_callers_check(text: str) -> None:
    from graph_builder.extract import posts, reading

    for pattern, ends in (
        (reading.TAIL, reading.TAIL_ENDS),
        (posts._PARTY_UNIT, posts._PARTY_UNIT_ENDS),
    ):
        for piece in (text, text + "职务", text + "党委", text + "（女）"):
            if not piece.endswith(ends):
                assert pattern.search(piece) is None


@SETTINGS
@given(texts)
def test_date_and_header_shortcuts_agree_with_the_plain_patterns(text: str) -> None:
    from graph_builder.read.dates import find_date, iter_dates

    key = compact(text).key
    for piece in (text, key):
        for pos, endpos in ((0, len(piece)), (1, len(piece)), (0, len(piece) // 2), (3, len(piece) - 2)):
            expected = [m.span() for m in DATE.finditer(piece, pos, endpos)]
            assert [m.span() for m in iter_dates(piece, pos, endpos)] == expected
            first = find_date(piece, pos, endpos)
            assert (first.span() if first else None) == (expected[0] if expected else None)
    plain_noise = re.compile(
        rf"[|*{normalise.BULLETS}]|姓名|序号|备注|编号|性别|出生年月|工作单位|现任职务|学历|民族"
    )
    assert table_rows._HEADER_NOISE.sub("", text) == plain_noise.sub("", text)
    plain_standalone = re.compile(r"[\d〇○零一二三四五六七八九十]年|\d[号\-./]|日[电讯]")
    assert [m.end() for m in normalise._STANDALONE_CHAR.finditer(text)] == [
        m.end() for m in plain_standalone.finditer(text)
    ]


CLAUSE_WORDS = [
    "并",
    "同时",
    "另",
    "会议",
    "随后",
    "决定",
    "提请",
    "免去",
    "免",
    "解聘",
    "任命",
    "任",
    "其",
    "原任",
    "张三",
    "终止",
]


@SETTINGS
@given(st.lists(st.sampled_from(CLAUSE_WORDS), max_size=8))
def test_clause_rule_prefilters_skip_only_clauses_the_rule_rejects(words: list[str]) -> None:
    key = "".join(words) + "局长"
    if key.find("其", 0, 9) < 0:
        assert extract._OTHER_PERSON.match(key) is None
    if not key.startswith("终止"):
        assert extract._TERMINATE.match(key) is None


# ---------------------------------------------------------------------------- segment


def _reference_government(source: str) -> str | None:
    """``jurisdiction_government`` as first written: every occurrence of 人民政府 read on its own."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for m in re.finditer("人民政府", source):
        line = source[max(0, m.start() - 16) : m.start()].rsplit("\n", 1)[-1]
        head = segment._HAN_TAIL.search(segment._LINE_SPACE.sub("", line))
        prefix = segment._GOV_PREFIX.search(head.group()) if head else None
        if prefix and len(prefix.group()) >= 2:
            counts[prefix.group() + "人民政府"] += 1
    if not counts:
        return None
    top = counts.most_common(3)
    return max(top, key=lambda kv: (kv[1] >= top[0][1] / 3, len(kv[0]), kv[1]))[0]


GOVERNMENT_FRAGMENTS = [
    *FRAGMENTS,
    "人民政府",
    "上海市普陀区人民政府",
    "长宁区人民政府",
    "北京市人民政府",
    "浙江省杭州市西湖区",
    "人民政府人民政府",
]


@SETTINGS
@given(gazette_texts(GOVERNMENT_FRAGMENTS, 300, 80))
def test_government_read_once_per_head_is_the_one_read_per_occurrence(text: str) -> None:
    assert segment.jurisdiction_government(text) == _reference_government(text)


def test_government_of_the_samples_is_the_one_read_per_occurrence() -> None:
    for path in SAMPLE_FILES:
        source = path.read_text(encoding="utf-8")
        assert segment.jurisdiction_government(source) == _reference_government(source)


_ITEM_OPENERS = [
    "责任编辑：",
    "相关阅读",
    "【纠错】",
    "以上信息均来自",
    "提请",
    "任命",
    "免去",
    "决定",
    "一、",
    "3.",
    "据某市发布消息，",
    "本报讯",
    "记者从某局获悉",
    "近日，",
    "昨日，",
]


@SETTINGS
@given(st.lists(st.sampled_from(_ITEM_OPENERS) | texts, min_size=1, max_size=6))
def test_a_line_that_starts_an_item_starts_with_an_item_first_character(parts: list[str]) -> None:
    # (the candidates are a superset: every line _STARTS_ITEM matches opens with one of them)
    line = "".join(parts)
    if line and normalise._STARTS_ITEM.match(line) and "关于" not in line:
        assert line[0] in normalise._ITEM_FIRST_CHARS or line[0].isdecimal()


@SETTINGS
@given(st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=8), st.data())
def test_joined_lines_are_the_pairwise_sums(lines: list[str], data: st.DataObject) -> None:
    seps = data.draw(st.lists(st.sampled_from(["", "\n"]), min_size=len(lines) - 1, max_size=len(lines) - 1))
    assert normalise._joined(lines, seps) == lines[0] + "".join(map(str.__add__, seps, lines[1:]))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_events_made_with_the_bulletin_issuer_are_those_replaced_after(path: Path) -> None:
    from dataclasses import replace

    source = path.read_text(encoding="utf-8")
    government = segment.jurisdiction_government(source)
    made, replaced = [], []
    for lo, hi in segment.find_windows(source):
        c = compact(source, lo, hi)
        for block in segment.blocks(c):
            plain = extract.events_in_block(c, block, path.name)
            if block.issuer is None:
                plain = [replace(e, issuer=government) for e in plain]
            replaced += plain
            made += extract.events_in_block(c, block, path.name, lambda: government)
    assert made == replaced


@SETTINGS
@given(texts)
@example("任 命\n免\u3000去主任任某局局长\U00020000任")
def test_triggers_found_at_their_first_characters_are_those_of_the_scan(text: str) -> None:
    assert [m.span() for m in segment._triggers(text, segment._code_points(text))] == [
        m.span() for m in segment.TRIGGER.finditer(text)
    ]


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_triggers_of_the_samples_are_those_of_the_scan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [m.span() for m in segment._triggers(text, segment._code_points(text))] == [
        m.span() for m in segment.TRIGGER.finditer(text)
    ]
