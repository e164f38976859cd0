"""The spaCy pipeline carries the same events as the plain pipeline, with labelled spans."""

from __future__ import annotations

from spacy import displacy

from graph_builder.extract.nlp import SPANS_KEY, make_nlp
from graph_builder.pipeline import extract_text

NOTICE = """上海市静安区人民政府关于
钱 峰等同志职务任免的通知
静府〔2022〕7号
区人民政府决定：
任命钱 峰为上海市静安区体育局局长；
免去何 方的上海市静安区体育局局长职务。
上海市静安区人民政府
2022 年 3 月 8 日
"""


def test_doc_carries_events_and_spans() -> None:
    doc = make_nlp()(NOTICE)
    assert [(e.action.value, e.person) for e in doc._.events] == [("appoint", "钱峰"), ("remove", "何方")]
    assert doc._.events == extract_text("<text>", NOTICE).events
    labelled = {(s.label_, s.text) for s in doc.spans[SPANS_KEY]}
    assert ("PERSON", "钱 峰") in labelled
    assert ("PERSON", "何 方") in labelled
    assert ("ORG", "上海市静安区体育局") in labelled
    assert ("TITLE", "局长") in labelled
    assert ("DOCNO", "静府〔2022〕7号") in labelled
    assert ("DATE", "2022 年 3 月 8 日") in labelled


def test_displacy_renders_the_spans() -> None:
    html = displacy.render(make_nlp()(NOTICE), style="span", options={"spans_key": SPANS_KEY})
    assert "PERSON" in html and "钱" in html
