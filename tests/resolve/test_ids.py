"""Deterministic ids: the hash of the normalised natural key, with explicit placeholders."""

from __future__ import annotations

import hashlib

import pytest

from graph_builder.resolve import ids


def _sha(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def test_post_id_is_the_hash_of_the_normalised_name():
    assert ids.post_id("上海市普陀区水务局局长") == "post_" + _sha("上海市普陀区水务局局长")


@pytest.mark.parametrize(
    ("fn", "args", "pinned"),
    [
        (ids.post_id, ("上海市普陀区水务局局长",), "post_f60c0d8e67d3f4d1"),
        (ids.org_id, ("上海市普陀区科学技术委员会",), "org_7f75948052aa6b9f"),
        (ids.person_id, ("上海市普陀区", "林哲", None), "per_ff314e3370c1a114"),
    ],
)
def test_pinned_ids_do_not_drift(fn, args, pinned):
    # A change here changes every stored id: rebuilds would no longer match earlier exports.
    assert fn(*args) == pinned


def test_unknown_parts_are_explicit_placeholders():
    assert ids.person_id("上海市普陀区", "林哲", None) == "per_" + _sha("上海市普陀区", "林哲", ids.UNKNOWN)
    assert ids.make_id("x", "a", None, "b") != ids.make_id("x", "a", "b", None)


@pytest.mark.parametrize(
    "variant",
    ["上海市普陀區水務局局長", " 上海市普陀区水务局 局长 ", "上海市普陀区水务局局长"],
)
def test_script_and_spacing_do_not_change_an_id(variant):
    assert ids.post_id(variant) == ids.post_id("上海市普陀区水务局局长")


def test_bracket_variants_are_one_key():
    assert ids.norm_key("城市运行管理中心（网格化中心）") == ids.norm_key("城市运行管理中心(网格化中心)")


def test_event_id_uses_span_when_known_else_evidence():
    a = ids.event_id("d.txt", "普府〔2024〕1号", "2024-01-02", "appoint", "甲", "乙局局长", (3, 9), "x")
    b = ids.event_id("d.txt", "普府〔2024〕1号", "2024-01-02", "appoint", "甲", "乙局局长", (3, 10), "x")
    c = ids.event_id("d.txt", "普府〔2024〕1号", "2024-01-02", "appoint", "甲", "乙局局长", (0, 0), "y")
    assert len({a, b, c}) == 3


@pytest.mark.parametrize(
    "text",
    [
        "上海市長寧區人民政府",
        "任命張軍為審計局局長",
        "乾隆年間",
        "上海市普陀区水务局局长",
        "顧鋮禕",
        "著名的頭髮",
    ],
)
def test_fast_simplified_agrees_with_opencc(text):
    from opencc import OpenCC

    assert ids.to_simplified(text) == OpenCC("t2s").convert(text)
