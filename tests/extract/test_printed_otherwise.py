"""A page is read alike however its lines end and its spaces are printed.

Texts reach renmian from Word documents saved on Windows (lines ending in \\r\\n), from old
Mac files (\\r alone), from web pages (a no-break space, &nbsp;, where a document printed a
full-width one; zero-width spaces and byte-order marks no reader sees) and from gazettes that
indent each paragraph with two full-width spaces. Each excerpt (the letter-spacing test's own, and
one line of names) must give the same events printed either way, and each event's evidence must
be the printed text's own slice.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph_builder.pipeline import attestations_of
from tests.extract.test_letter_spaced import EXCERPTS
from tests.support import read_as_printed

PRINTINGS: dict[str, Callable[[str], str]] = {
    "windows_line_ends": lambda t: t.replace("\n", "\r\n"),
    "old_mac_line_ends": lambda t: t.replace("\n", "\r"),
    "web_no_break_spaces": lambda t: t.replace("\u3000", "\xa0"),
    "zero_width_characters": lambda t: t.replace("\n", "\u200b\n\ufeff").replace("，", "，\u200b"),
    "indented_paragraphs": lambda t: "\n".join(
        "\u3000\u3000" + line if line else line for line in t.split("\n")
    ),
    # a PDF's text layer: a soft hyphen where it wrapped a word, and radicals for the characters of
    # their shape (局⻓, 人⺠, 部⻔)
    "pdf_soft_hyphens": lambda t: t.replace("局", "局\xad").replace("\n", "\xad\n"),
    "pdf_radicals": lambda t: t.translate(str.maketrans("长民门马见车风西", "⻓⺠⻔⻢⻅⻋⻛⻄")),
}

NAMES_UNDER_A_VERB = (
    # a line of names under the verb's line, both indented as a gazette prints its paragraphs
    "市人民政府决定：\n一、聘任下列同志为澄阳市人民政府参事：\n王德成　司马静　朱晓东　庄严\n",
    [
        ("appoint", "王德成", "澄阳市人民政府参事", None),
        ("appoint", "司马静", "澄阳市人民政府参事", None),
        ("appoint", "朱晓东", "澄阳市人民政府参事", None),
        ("appoint", "庄严", "澄阳市人民政府参事", None),
    ],
)


@pytest.mark.parametrize("printing", sorted(PRINTINGS))
@pytest.mark.parametrize("name", sorted([*EXCERPTS, "names_under_a_verb"]))
def test_read_alike_however_printed(name: str, printing: str) -> None:
    text, expected = NAMES_UNDER_A_VERB if name == "names_under_a_verb" else EXCERPTS[name]
    assert read_as_printed(text) == sorted(expected)
    assert read_as_printed(PRINTINGS[printing](text)) == sorted(expected)


def test_windows_line_ends_attest_as_printed_plainly() -> None:
    motion = (
        "澄阳区人民政府关于提请任命邬云鹏同志职务的议案\n区人大常委会：\n"
        "提请任命邬云鹏为澄阳区审计局局长。\n区长：蓝海涛\n2023年6月1日\n"
    )
    plain = [(a.person, a.post, a.date) for a in attestations_of("m.txt", motion)]
    printed = motion.replace("\n", "\r\n")
    found = attestations_of("m.txt", printed)
    assert plain and [(a.person, a.post, a.date) for a in found] == plain
    assert all(printed[a.span[0] : a.span[1]] == a.evidence for a in found)
