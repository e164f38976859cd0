"""Properties of extraction over arbitrary text: it never crashes, spans stay in the source,
evidence is the source slice it points to."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings

from graph_builder.pipeline import extract_text
from graph_builder.read.normalise import compact
from tests.support import gazette_texts

# Pieces of real notices, so random text reaches the rules, not only the fast path.
FRAGMENTS = [
    "任命",
    "免去",
    "提请任命",
    "按期正式任",
    "同志",
    "为",
    "的",
    "职务",
    "其",
    "、",
    "，",
    "；",
    "。",
    ".",
    "（试用期一年）",
    "(兼)",
    "(试用期满)",
    "张三",
    "欧阳坚",
    "谢 健",
    "王五为",
    "上海市普陀区",
    "审计局局长",
    "副主任",
    "执法大队副大队长",
    "\n",
    "\n\n",
    " ",
    "\t",
    "|",
    "| 李 刚 | 区科委副主任 |",
    "任 命 职 务",
    "2024 年 4月 22日",
    "２０２４年３月２９日",
    "普府〔2024〕32号",
    "关于屈强等同志职务任免的通知",
    "二〇二三年四月~六月份区政府人事任免事项",
    "免去申请环节的表格填报",
    "曾任",
    "辭去",
    "職務",
    "𠀀",
    "\u3000",
    # forms added for pages of many kinds: tags, page heads, padded names, tables, pronouns
    "【云泽】",
    "\n第 1 页　共 2 页\n",
    "\n某市人民政府公报　2023年第6期\n",
    "\n一、任命\n",
    "禹  婷（女）",
    "利　娜　",
    "按期正式任职：",
    "委任——",
    "《关于聘任的议案》",
    "她任",
    "会议决定其为",
    "由副局长李四接任",
    "以下简称“省金融局”",
    "中華民國112年",
    "来源：某报 2022-03-16",
    "昨天",
    "包括：",
    "◆",
    "\udce4",  # a lone surrogate, as text read with errors="surrogateescape" holds
]
texts = gazette_texts(FRAGMENTS, 400, 60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("局长李一接任其")  # (a post that is 其 alone: found by this test once)
def test_extraction_never_crashes_and_points_into_the_source(text: str) -> None:
    result = extract_text("fuzz.txt", text)
    for e in result.events:
        a, b = e.span
        assert 0 <= a <= b <= len(text)
        assert text[a:b] == e.evidence
        assert e.person and e.post
    for n in result.notices:
        assert 0 <= n.start <= n.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_compact_character_maps_to_a_source_character(text: str) -> None:
    c = compact(text)
    assert len(c.text) == len(c.key) == len(c.sources)
    for i, ch in enumerate(c.text):
        src = text[c.source_offset(i)]
        if ch == "\n":
            continue
        assert not src.isspace() or ch == "|"  # a cell gap becomes '|'
