"""The spaces that part a headline's two acts, and the spaces that part nothing of the kind."""

from __future__ import annotations

import pytest

from graph_builder.read.headline_clauses import clause_gaps
from graph_builder.read.normalise import compact


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("孙立任青川市代市长 钱明辞去市长职务", "孙立任青川市代市长，钱明辞去市长职务"),
        ("东岭控股联席主席韦明辞任　周海接任", "东岭控股联席主席韦明辞任，周海接任"),
        ("温立新任北原市委书记\u3000高明不再担任", "温立新任北原市委书记，高明不再担任"),
        (
            "决定任命林海为青禾市副市长 决定林海为青禾市代理市长 决定接受周立辞去市长职务的请求",
            "决定任命林海为青禾市副市长，决定林海为青禾市代理市长，决定接受周立辞去市长职务的请求",
        ),
    ],
)
def test_a_headlines_acts_parted_by_a_space_are_two_clauses(text: str, clauses: str) -> None:
    assert compact(text).text == clauses


@pytest.mark.parametrize(
    "text",
    [
        "1. 许文杰　拟聘任　骨科副主任",  # a row's cells: a name, its act, its post
        "会议决定任命 张三为某局局长",  # a space a PDF left after the verb, inside one clause
        "孙南 县财政局局长",  # a table pasted as text: a name and its post
        "副县长　张建国　李红梅",  # a post over its holders
        "免去　张三　的县财政局局长职务",  # a padded name inside a clause
        "某局局长 张三任某局党组书记",  # a described person: the description tells no act
        "甲任某局局长 乙任某局副局长。",  # a sentence (its full stop): its spaces are layout
    ],
)
def test_spaces_that_part_no_two_acts(text: str) -> None:
    assert clause_gaps(text) == []


def test_the_gap_marked_is_the_last_space_of_its_run() -> None:
    # (the comma takes the place of one space, so every offset after it stays)
    text = "孙立任青川市代市长  钱明辞去市长职务"
    assert clause_gaps(text) == [text.index("钱") - 1]
