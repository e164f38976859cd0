"""Attestations (docs/design.md#forms): each form on a short excerpt written for the test, what is
not an attestation, and the seed gazettes' working-group lists counted by hand."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from graph_builder.cli.main import app
from graph_builder.extract.attestations import attestations_in_text
from graph_builder.pipeline import extract_text, read_and_extract
from graph_builder.read.sources import read_source
from graph_builder.resolve.posts import full_post
from tests.support import SAMPLES

GROUP = """上海市闵行区人民政府办公室关于成立闵行区防汛工作领导小组的通知

闵府办〔2023〕7号

各委、办、局：

经区政府研究，决定成立闵行区防汛工作领导小组，组成人员如下：

组  长：王大明 区长
副组长：陈  红 副区长
成  员：（按姓氏笔画排序）
刘  伟 区水务局局长
孙小兵\t区应急局局长

李  强 区财政局副局长（主持工作）

领导小组办公室设在区水务局。

上海市闵行区人民政府办公室

2023年5月8日
"""

MOTION = """上海市闵行区人民政府关于提请任命周文同志职务的议案

闵府〔2023〕12号

区人大常委会：

因工作需要，提请任命周文为上海市闵行区审计局局长。

请审议。

区长：王大明

2023年6月1日
"""

BUREAU = """上海市闵行区财政局关于做好预算执行工作的通知

闵财〔2023〕3号

各单位：

请按要求做好预算执行工作。

上海市闵行区财政局
赵  刚
2023年3月2日
"""

VETTING = """上海市闵行区人民政府公报

干部任前公示

根据有关规定，现将拟任职干部情况公示如下：

| 姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务 |
| --- | --- | --- | --- | --- |
| 钱多多 | 男 | 1978.05 | 区商务委副主任 | 区商务委主任 |
| 孙  丽 | 女 | 1981.11 | 区教育局副局长 | 区教育局局长 |

中共上海市闵行区委组织部

2023年9月1日
"""

NEWS = """上海市闵行区人民政府办公室关于防汛工作会议情况的通报

闵府办〔2023〕9号

2023年7月3日

闵行区防汛工作会议昨日召开。区水务局局长刘伟出席会议并讲话，区应急局副局长孙小兵介绍有关情况。
原区财政局局长王五参加会议。2020年3月，时任区财政局局长赵六带队检查。时任区审计局局长钱七也在场。
王五，男，1970年生，曾任区财政局局长，现任区审计局局长。免去区体育局局长冯八的职务。
"""


def found(text: str) -> list[tuple]:
    """(form, date, person, post completed as resolution completes it) of each attestation."""
    return [
        (a.form.value, a.date.iso(), a.person, full_post(a.post, a.org, a.title, a.issuer))
        for a in attestations_in_text("t.txt", text)
    ]


def test_membership_list_one_member_a_line_names_spaced_and_tabbed():
    assert found(GROUP) == [
        ("list", "2023-05-08", "王大明", "上海市闵行区人民政府区长"),
        ("list", "2023-05-08", "陈红", "上海市闵行区人民政府副区长"),
        ("list", "2023-05-08", "刘伟", "上海市闵行区水务局局长"),
        ("list", "2023-05-08", "孙小兵", "上海市闵行区应急管理局局长"),
        ("list", "2023-05-08", "李强", "上海市闵行区财政局副局长"),
    ]
    first = attestations_in_text("t.txt", GROUP)[0]
    assert first.doc_number == "闵府办〔2023〕7号" and first.evidence == "王大明 区长"
    assert GROUP[first.span[0] : first.span[1]] == first.evidence


def test_signature_under_a_motion_and_a_name_under_the_issuing_body():
    assert ("signature", "2023-06-01", "王大明", "上海市闵行区人民政府区长") in found(MOTION)
    assert found(BUREAU) == [("signature", "2023-03-02", "赵刚", "上海市闵行区财政局局长")]


def test_vetting_table_gives_the_current_post_not_the_proposed_one():
    # the table's date is the signing date below it; 组织部 names no jurisdiction: the gazette's does
    assert found(VETTING) == [
        ("current_post", "2023-09-01", "钱多多", "上海市闵行区商务委员会副主任"),
        ("current_post", "2023-09-01", "孙丽", "上海市闵行区教育局副局长"),
    ]


def test_dated_text_title_before_name_and_at_the_time_with_its_own_date():
    assert found(NEWS) == [
        ("narrative", "2023-07-03", "刘伟", "上海市闵行区水务局局长"),
        ("narrative", "2023-07-03", "孙小兵", "上海市闵行区应急管理局副局长"),
        # 2020年3月, 时任…: dated by its sentence, not by the notice
        ("at_the_time", "2020-03", "赵六", "上海市闵行区财政局局长"),
    ]
    # not: 原… (former), 时任 with no date of its own, 曾任 / 现任 in a biography, a removal's post


def test_undated_text_attests_nothing():
    assert attestations_in_text("t.txt", "区水务局局长刘伟出席会议并讲话。\n组  长：王大明 区长\n") == []


def test_events_are_the_same_whether_attestations_are_read_or_not(tmp_path):
    path = tmp_path / "motion.txt"
    path.write_text(MOTION + GROUP, encoding="utf-8")
    with_them = read_and_extract(path, attestations=True)
    without = read_and_extract(path)
    assert with_them.events == without.events == extract_text(str(path), MOTION + GROUP).events
    assert without.attestations == () and len(with_them.attestations) == 6


def test_seed_working_group_lists_counted_by_hand():
    # 001: 普府办〔2022〕18号 (2022-06-30) lists 4 leaders and 20 members; 19号 (2022-07-06) 7 people;
    # 20号 (2022-07-06) in its attachment 5 leaders and 26 members, two of them 张军 in two posts.
    # 000: 普府〔2024〕31号 is signed 区长：肖文高 above 2024年4月22日.
    by_doc: dict[tuple, list] = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        source = read_source(path)
        for a in attestations_in_text(source.path, source.text):
            by_doc.setdefault((a.doc_number, a.date.iso(), a.form.value), []).append(a)
    assert len(by_doc[("普府办〔2022〕18号", "2022-06-30", "list")]) == 24
    assert len(by_doc[("普府办〔2022〕19号", "2022-07-06", "list")]) == 7
    twenty = by_doc[("普府办〔2022〕20号", "2022-07-06", "list")]
    assert len(twenty) == 31
    assert sorted(a.post for a in twenty if a.person == "张军") == ["区应急局局长", "区房管局局长"]
    assert [(a.person, a.post) for a in twenty if a.person in ("朱铮", "黄继文")] == [
        ("朱铮", "宜川街道主任"),
        ("黄继文", "区财政局局长"),
    ]
    (signed,) = by_doc[("普府〔2024〕31号", "2024-04-22", "signature")]
    assert (signed.person, signed.post) == ("肖文高", "上海市普陀区人民政府区长")


def test_cli_prints_attestations_with_the_completed_post(tmp_path):
    path = tmp_path / "group.txt"
    path.write_text(GROUP, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--attestations", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["record"] for r in rows} == {"attestation"} and len(rows) == 5
    liu = next(r for r in rows if r["person"] == "刘伟")
    assert (liu["form"], liu["date"], liu["post"], liu["full_post"]) == (
        "list",
        "2023-05-08",
        "区水务局局长",
        "上海市闵行区水务局局长",
    )
    events = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert events.exit_code == 0 and events.stdout == ""  # a list appoints no one
