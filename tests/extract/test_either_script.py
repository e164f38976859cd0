"""Every form read in simplified characters is read alike when the page prints traditional ones.

Each excerpt (my own, in simplified characters) is read as printed and converted to traditional
characters with OpenCC; the events of both, folded to simplified, must be the expected ones. The
excerpts are of forms whose reading once looked for a simplified word in printed text (a notice's
title, a running head, a defined short name, a list's body, a working group's office).
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from graph_builder.pipeline import extract_text

TO_TRADITIONAL = OpenCC("s2t")
TO_SIMPLIFIED = OpenCC("t2s")

EXCERPTS = {
    "motion_to_nominate_in_its_title": (
        # 提请 in the notice's title makes its 任命 a nomination
        "东川市人民政府关于提请任命龚平同志职务的议案\n"
        "东川市人民代表大会常务委员会：\n根据工作需要，提请任命：\n龚平为东川市交通运输局局长。\n",
        [("nominate_appoint", "龚平", "东川市交通运输局局长")],
    ),
    "working_group_office_is_no_post": (
        # 领导小组下设办公室，办公室主任由…兼任: a group's role, not a post
        "区政府成立区旧区改造领导小组。领导小组下设办公室，办公室主任由区建管委主任王庆宾兼任。",
        [],
    ),
    "short_name_the_text_defines": (
        # 以下简称“省金融局”: the post is written with the full name
        "云泽省地方金融管理局（以下简称“省金融局”）于今年5月挂牌成立。"
        "省政府决定：任命李青山为省金融局副局长。",
        [("appoint", "李青山", "云泽省地方金融管理局副局长")],
    ),
    "running_head_inside_a_post": (
        # a gazette's running head and page number between the two lines of one post
        "经市政府研究决定：免去韩志明的岫阳市发展\n和改革委员会\n— 14 —\n"
        "岫阳市人民政府公报　　　　2023年第6期\n副主任职务。\n",
        [("remove", "韩志明", "岫阳市发展和改革委员会副主任")],
    ),
    "congress_committee_members_listed": (
        # a congress's own committees under a 名单 title: elected by it (other), each by its line
        "关于霖州市第十七届人民代表大会专门委员会主任委员名单的决定\n"
        "（2022年1月14日霖州市第十七届人民代表大会第一次会议通过）\n"
        "霖州市第十七届人民代表大会法制委员会\n主任委员：周海峰\n",
        [("other", "周海峰", "霖州市第十七届人民代表大会法制委员会主任委员")],
    ),
    "outgoing_board_members": (
        # 即将卸任的成员甲、乙: the board's member title is written in the page's script (成員)
        "政府今日宣布委任两名职业训练咨询委员会新成员。局长并感谢即将卸任的成员施永健、王丽珊在过去6年作出的贡献。",
        [("remove", "施永健", "职业训练咨询委员会成员"), ("remove", "王丽珊", "职业训练咨询委员会成员")],
    ),
}


def _read(text: str) -> list[tuple[str, str, str]]:
    fold = TO_SIMPLIFIED.convert
    events = extract_text("script.txt", text).events
    return sorted((e.action.value, fold(e.person), fold(e.post)) for e in events)


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_read_alike_in_either_script(name: str) -> None:
    text, expected = EXCERPTS[name]
    assert _read(text) == sorted(expected)
    assert _read(TO_TRADITIONAL.convert(text)) == sorted(expected)
