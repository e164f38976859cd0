"""Organisations (pure): the jurisdictions an issuer names, and the full organisation behind a printed name.

Short forms become full names within the issuer's jurisdiction (alias table in
``data/org_aliases.yaml``), and organisations nest (internal unit < department < government < district
< city). Posts and the organisation nodes built from events are in :mod:`graph_builder.resolve.posts`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from graph_builder.resolve.ids import norm_key

# ---------------------------------------------------------------- jurisdictions

_ISSUER_SUFFIX = re.compile(
    r"(人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|人大常委会|人民代表大会|政府)$"
)
_LEVEL = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|州|县|区|旗)")
GOVERNMENT = "人民政府"


@lru_cache(maxsize=4096)
def jurisdiction_levels(issuer: str | None) -> tuple[str, ...]:
    """The nested jurisdictions of an issuer: 上海市普陀区人民政府 → (上海市, 上海市普陀区)."""
    if not issuer:
        return ()
    core = _ISSUER_SUFFIX.sub("", norm_key(issuer))
    parts = _LEVEL.findall(core)
    if not parts or "".join(parts) != core:
        return ()
    return tuple("".join(parts[: i + 1]) for i in range(len(parts)))


def jurisdiction_of(issuer: str | None) -> str | None:
    """The innermost jurisdiction of an issuer, or None."""
    levels = jurisdiction_levels(issuer)
    return levels[-1] if levels else None


def levels_for(issuer: str | None, org: str) -> tuple[str, ...]:
    """The jurisdictions of an issuer; with no issuer, those the organisation's own name starts with."""
    levels = jurisdiction_levels(issuer)
    if levels:
        return levels
    # No issuer: take the jurisdiction the post itself names ("上海市普陀区…").
    m = _LEVEL.findall(norm_key(org)[:12])
    return tuple("".join(m[: i + 1]) for i in range(min(len(m), 2))) if m else ()


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True)
class AliasTable:
    """The organisation alias data: short forms, per-jurisdiction names, nesting words."""

    short_forms: dict[str, str]
    local: dict[str, dict[str, str]]
    departments: tuple[str, ...]
    units: tuple[str, ...]
    typed_forms: tuple[tuple[re.Pattern, str], ...] = ()


@lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    """The packaged alias table (``graph_builder/resolve/data/org_aliases.yaml``)."""
    path = resources.files("graph_builder.resolve").joinpath("data/org_aliases.yaml")
    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return AliasTable(
        short_forms={norm_key(k): v for k, v in raw["short_forms"].items()},
        local={norm_key(j): {norm_key(k): v for k, v in m.items()} for j, m in raw["local"].items()},
        departments=tuple(raw["departments"]),
        units=tuple(sorted(raw["units"], key=len, reverse=True)),
        typed_forms=tuple((re.compile(p), r) for p, r in raw.get("typed_forms", ())),
    )


def clean(text: str) -> str:
    """Printed text without whitespace (names are kept as printed otherwise)."""
    return re.sub(r"\s+", "", text)


def resolve_org(text: str, levels: Sequence[str]) -> tuple[str, str | None]:
    """The full name of an organisation as printed in a document of jurisdiction ``levels``.

    Returns (full name, how it was resolved or None when already full).
    """
    printed = clean(text)
    key = norm_key(printed)
    table = alias_table()
    for level in reversed(levels):
        hit = table.local.get(level, {}).get(key)
        if hit:
            return hit, f"local alias of {level}"
    for level in reversed(levels):
        # "普陀区科委" / "长宁区司法局": the jurisdiction named without its city
        short = level[len(levels[0]) :] if level != levels[0] else ""
        for prefix in filter(None, (level, short)):
            if key.startswith(prefix) and len(key) > len(prefix) and len(key) == len(printed):
                rest = printed[len(prefix) :]
                full = table.short_forms.get(norm_key(rest), rest)
                # keep the jurisdiction as printed (either script); add only what was left out
                head = level[: len(level) - len(prefix)] + printed[: len(prefix)]
                return head + full, None if prefix == level and full == rest else f"completed from {level}"
    marker = key[:1]
    if marker and len(key) > 1:
        for level in reversed(levels):
            if level.endswith(marker):
                rest = printed[1:]
                return level + table.short_forms.get(norm_key(rest), rest), f"short form in {level}"
    return printed, None


def parent_name(name: str, known: Mapping[str, str], levels: Sequence[str]) -> str | None:
    """The organisation ``name`` nests under: a known prefix, its department, or its government.

    ``known`` maps the key of each known organisation to its name.
    """
    key = norm_key(name)
    # the longest known organisation whose name is a proper prefix of this one
    best = next((known[key[:i]] for i in range(len(key) - 1, 0, -1) if key[:i] in known), None)
    dept = department_of(name)
    if dept and (best is None or len(dept) > len(best)):
        best = dept
    jur = next((lv for lv in reversed(levels) if key.startswith(lv)), None)
    if jur is None:
        return best
    gov = jur + GOVERNMENT
    if key == gov:
        return jur
    if key == jur:
        return levels[levels.index(jur) - 1] if levels.index(jur) > 0 else None
    if best is None or len(norm_key(best)) <= len(jur):
        return gov
    return best


def department_of(name: str) -> str | None:
    """For an internal unit (…执法局执法大队) the department it belongs to, else None."""
    table = alias_table()
    for unit in table.units:
        if name.endswith(unit) and len(name) > len(unit):
            head = name[: -len(unit)]
            for dep in table.departments:
                i = head.rfind(dep)
                if i > 0:
                    return head[: i + len(dep)]
    return None


# ---------------------------------------------------------------- searching


def expand_query(text: str) -> list[str]:
    """Keys to try for what a user typed: as typed, and with short forms expanded (科委 → 科学技术委员会)."""
    key = norm_key(text)
    out = [key]
    table = alias_table()
    for local in table.local.values():
        for short, full in local.items():
            if short in key:
                out.append(key.replace(short, norm_key(full), 1))
    for short, full in sorted(table.short_forms.items(), key=lambda kv: -len(kv[0])):
        if short in key and norm_key(full) not in key:
            out.append(key.replace(short, norm_key(full), 1))
            break
    out += [typed for k in out for typed in _typed_forms(k, table)]
    return list(dict.fromkeys(k for k in out if k))


def _typed_forms(key: str, table: AliasTable) -> list[str]:
    """``key`` with the typed short forms of posts spelt out (审计局长 → 审计局局长); [] if none apply."""
    full = key
    for pattern, replacement in table.typed_forms:
        full = pattern.sub(replacement, full)
    return [full] if full != key else []
