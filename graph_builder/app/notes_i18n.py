"""The graph's explanations in the reader's language: a tenure's notes and the reasons of a merge.

The resolver writes them in English, in a few fixed forms (graph_builder/resolve/timeline.py and
people.py); each form is matched here and said again in Chinese with the same names, posts, 文号 and
dates. A form not listed is shown as written (tests/app check that every form the samples produce is).
"""

from __future__ import annotations

import re

from graph_builder.app.i18n import term

# (the English form as a pattern, the Chinese form); {where} is "文号 date" or "file date"
_FORMS: list[tuple[str, str]] = [
    # tenure notes (timeline.py)
    (r"nominated (?P<w>.+); no decision seen", "{w} 提请任命，未见决定"),
    (r"appointed again (?P<w>.+)", "{w} 再次任命"),
    (r"removal proposed (?P<w>.+); no decision seen", "{w} 提请免职，未见决定"),
    (r"start not recorded; removed (?P<w>.+)", "起始未见记载；{w} 免职"),
    (
        r"start inferred from confirmation (?P<w>.+) \(probation of one year\)",
        "起始日期由 {w} 的转正推断（试用期一年）",
    ),
    (r"attested (?P<w>.+) \(attestation\)", "{w} 见于名单等"),
    (r"attested (?P<w>.+) \((?P<form>[a-z_]+)\)", "{w} 见于{form}"),  # form: an attestation's (a term)
    (
        r"start no later than (?P<d>\S+): attested in post before the recorded start",
        "最迟于 {d} 已在任：记载的起始之前已见其在任",
    ),
    (
        r"ended no later than (?P<d>\S+): a successor took this principal post",
        "最迟于 {d} 终止：继任者已接任该主要职务",
    ),
    (
        r"analyst unsure about (?P<a>.+?) / (?P<b>.+?): (?P<n>.*)",
        "分析人员不能确定 {a} 与 {b} 是否同一人：{n}",
    ),
    # an attestation's line to cite (graph/api.py): how the document shows the holder, where, when
    (
        r"(?P<how>listed|signed|named|current post \(现任职务\)|named as then holding \(时任\)) in "
        r"(?P<w>.+?) of (?P<d>\S+): (?P<e>.*)",
        "{w}（{d}）{how}：{e}",
    ),
    # merge reasons (people.py)
    (r"analyst judgement: same person \(no note\)", "分析人员判定为同一人"),
    (r"analyst judgement: same person \((?P<n>.*)\)", "分析人员判定为同一人（{n}）"),
    (r"(?P<p>.+?): one clause names both posts \((?P<w>.+)\)", "{p}：同一句中同时列出两个职务（{w}）"),
    (
        r"(?P<p>.+?): career continuity on (?P<post>.+?) \((?P<w1>.+) → (?P<w2>.+)\)",
        "{p}：在{post}上的任职前后衔接（{w1} → {w2}）",
    ),
    (
        r"(?P<a>.+?) / (?P<b>.+?): one-character variant on the same post (?P<post>.+?) "
        r"\((?P<w1>.+); (?P<w2>.+)\)",
        "{a} / {b}：同一职务{post}上姓名仅差一字（{w1}；{w2}）",
    ),
    (
        r"(?P<p>.+?): same name under the same issuer jurisdiction (?P<j>.+?) with no conflicting "
        r"evidence \(weak; (?P<w1>.+) / (?P<w2>.+)\)",
        "{p}：同一发文机关辖区（{j}）内同名，且无相反证据（弱依据；{w1} / {w2}）",
    ),
]
_COMPILED = [(re.compile(pattern), zh) for pattern, zh in _FORMS]


def note(text: str, lang: str) -> str:
    """A note or merge reason in ``lang``: Chinese for a known form, else as written."""
    if lang != "zh":
        return text
    for pattern, zh in _COMPILED:
        m = pattern.fullmatch(text)
        if m:
            found = {k: _part(k, v) for k, v in m.groupdict().items()}
            return zh.format(**found)
    return text


# how an attestation shows the holder (the ``how`` of its line to cite)
_HOW = {
    "listed": "名单列出",
    "signed": "署名",
    "named": "文中提及",
    "current post (现任职务)": "现任职务栏列出",
    "named as then holding (时任)": "以“时任”提及",
}


def _part(name: str, value: str) -> str:
    """One matched part said in Chinese: an attestation's form or way, else a cited place as is."""
    if name == "form":
        return term(value, "zh")
    if name == "how":
        return _HOW[value]
    return _where(value)


_PATH = re.compile(r"\S*[/\\]([^/\\\s]+\.(?:txt|pdf|html?))\b")


def _where(text: str) -> str:
    """A cited place as it reads in Chinese: a file by its name (a bulletin has no 文号), an unknown
    date ('?') said so."""
    text = _PATH.sub(r"\1", text)
    return text.replace(" ?", " 日期不详") if text.endswith(" ?") else text


__all__ = ["note"]
