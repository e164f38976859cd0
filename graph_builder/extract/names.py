"""Is this run of characters a person's name? Rules over characters first (jieba's nr tags are
too weak for this: they split 欧阳坚 and fuse 王五为)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from graph_builder.extract.titles import ends_with_title

# Characters no name holds after its surname here (为, 和, 长 … do occur in names: 李为民).
_NOT_IN_NAME = set("的等其被在是了区市县省局委办处职务、，,")
_GENDER = re.compile(r"[(（][男女][)）]$")
_LIST_SEP = re.compile(r"([、,，和及与])")
_HAN = re.compile(r"^[\u4e00-\u9fff]+(?:[·•][\u4e00-\u9fff]+)*$")


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, compound) surnames from the data file."""
    text = resources.files("graph_builder.extract").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)


def is_name(text: str) -> bool:
    """True for a plausible personal name: 2-4 Han characters from a surname, or a name with '·'."""
    if not _HAN.match(text):
        return False
    if "·" in text or "•" in text:  # transcribed minority names: 买买提·艾力
        return 3 <= len(text) <= 20
    if not 2 <= len(text) <= 4 or ends_with_title(text):  # 区长, 王局长: a title, not a name
        return False
    single, compound = surnames()
    if text[:2] in compound:
        return len(text) >= 3 and _NOT_IN_NAME.isdisjoint(text[2:])
    return text[0] in single and _NOT_IN_NAME.isdisjoint(text[1:])


def clean_name(text: str) -> str:
    """A name as reported: whitespace and 同志 removed."""
    return re.sub(r"\s+", "", text).replace("同志", "")


def split_names(text: str) -> list[tuple[int, str]] | None:
    """Split a list of names (A、B和C) into (offset, name); None unless every item is a name."""
    out, pos = [], 0
    for part in _LIST_SEP.split(text):
        if part and part not in "、,，和及与":
            name = part.removesuffix("同志")
            if name.endswith((")", "）", "\n")):  # _GENDER ends so (or stands before a final '\n')
                name = _GENDER.sub("", name)  # 张三（女）
            if not is_name(name):
                return None
            out.append((pos, name))
        pos += len(part)
    return out or None
