"""A page whose text layer prints a space after every character is read as the page printed plainly.

Some PDFs' text comes out letter by letter (任 命 张 三 为 …), the page's own spaces spaced too
(张 三 ，   李 四). Each excerpt (my own) is read as printed and letter-spaced; both must give the
expected events, with dates, and each event's evidence must be the spaced source's own slice.
The excerpts are of forms read from the raw text rather than a clause's key: a short name the
text defines, a line of names spaced apart, a signing date, a notice's title.
"""

from __future__ import annotations

import pytest

from graph_builder.pipeline import attestations_of, extract_text
from tests.support import read_as_printed

EXCERPTS = {
    "short_name_the_text_defines": (
        # 以下简称“澄阳银行”: the post is written with the full name
        "澄阳银行股份有限公司（以下简称“澄阳银行”）公告，蓝海涛因工作调整辞去澄阳银行副行长职务。\n",
        [("other", "蓝海涛", "澄阳银行股份有限公司副行长", None)],
    ),
    "line_of_names_spaced_apart": (
        # 缪文杰　葛文涛　柏良才: the full-width spaces part three names
        "聘任下列同志为澄阳市人民政府参事：\n缪文杰　葛文涛　柏良才\n",
        [
            ("appoint", "缪文杰", "澄阳市人民政府参事", None),
            ("appoint", "葛文涛", "澄阳市人民政府参事", None),
            ("appoint", "柏良才", "澄阳市人民政府参事", None),
        ],
    ),
    "motion_signed_and_dated": (
        # 提请 in the title; the signing date under the issuer dates both
        "澄阳区人民政府关于提请任命邬云鹏等同志职务的议案\n区人大常委会：\n"
        "提请任命邬云鹏为澄阳区教育局局长；免去柏立的澄阳区教育局局长职务。\n"
        "澄阳区人民政府\n2023年6月3日\n",
        [
            ("nominate_appoint", "邬云鹏", "澄阳区教育局局长", "2023-06-03"),
            ("nominate_remove", "柏立", "澄阳区教育局局长", "2023-06-03"),
        ],
    ),
    "sentences_with_spaces_of_their_own": (
        # 张 明 ，   王 建 国: a space the page printed after a comma is printed spaced as well
        "会议选举张明为东川市人民政府市长, 王建国为东川市人大常委会主任。\n",
        [
            ("other", "张明", "东川市人民政府市长", None),
            ("other", "王建国", "东川市人大常委会主任", None),
        ],
    ),
}


def _spaced(text: str) -> str:
    return "\n".join(" ".join(line) for line in text.split("\n"))


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_read_alike_when_letter_spaced(name: str) -> None:
    text, expected = EXCERPTS[name]
    assert read_as_printed(text) == sorted(expected)
    assert read_as_printed(_spaced(text)) == sorted(expected)


def test_evidence_of_a_spaced_page_is_its_own_slice() -> None:
    text = _spaced("任命邬云鹏为澄阳区教育局局长。\n")
    (event,) = extract_text("spaced.txt", text).events
    assert event.evidence == "任 命 邬 云 鹏 为 澄 阳 区 教 育 局 局 长"


def test_a_spaced_page_attests_as_printed_plainly() -> None:
    # a motion signed by the district head: he held the post on the signing date
    motion = (
        "澄阳区人民政府关于提请任命邬云鹏同志职务的议案\n\n区人大常委会：\n\n"
        "因工作需要，提请任命邬云鹏为澄阳区审计局局长。\n\n请审议。\n\n区长：蓝海涛\n\n2023年6月1日\n"
    )
    plain = [(a.person, a.post, a.date) for a in attestations_of("m.txt", motion)]
    spaced = _spaced(motion)
    found = attestations_of("m.txt", spaced)
    assert plain and [(a.person, a.post, a.date) for a in found] == plain
    assert all(spaced[a.span[0] : a.span[1]] == a.evidence for a in found)
