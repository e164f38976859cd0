"""Scale: generated gazettes round-trip through extraction, the build and who_held.

The generator knows who held which post when; the real pipeline reads its gazettes, the real build
resolves and derives tenures into the embedded store, and the API must then name the same holders.
Small sizes, a few seconds each; the full size is in bench/run.py.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph_builder.graph.api import Renmian
from graph_builder.pipeline import extract_text
from graph_builder.synth.generate import PLAIN, Profile, generate

END = date(2025, 6, 30)  # the generator's last day


def certain_days(t: dict) -> tuple[date, date] | None:
    """[first, last) days on which the truth says the record makes the tenure certain, if any."""
    if t["sure_from"] is None:
        return None
    lo = date.fromisoformat(t["sure_from"])
    hi = date.fromisoformat(t["sure_until"]) if t["sure_until"] else END
    return (lo, hi) if lo < hi else None


def round_trip(tmp_path: Path, events: int, seed: int, profile: Profile) -> list[str]:
    """Generate, extract, build; return every who_held answer that differs from the truth."""
    out = tmp_path / "gazettes"
    generate(events, seed, out, profile)
    extracted = [
        e
        for p in sorted(out.glob("*.txt"))
        for e in extract_text(p.name, p.read_text(encoding="utf-8")).events
    ]
    tenures = [json.loads(line) for line in (out / "truth" / "tenures.jsonl").open(encoding="utf-8")]
    by_post: dict[str, list[tuple[str, tuple[date, date]]]] = {}
    for t in tenures:
        if days := certain_days(t):
            by_post.setdefault(t["post"], []).append((t["person"], days))
    api = Renmian.open(tmp_path / "db")
    try:
        api.build(events=extracted)
        wrong = []
        for post, held in sorted(by_post.items()):
            for _, (lo, hi) in held:
                day = lo + (hi - lo) / 2
                want = sorted(p for p, (a, b) in held if a <= day < b)
                got = sorted(h["person"] for h in api.who_held(post, day) if h["certainty"] == "certainly")
                if got != want:
                    wrong.append(f"{post} on {day}: truth {want}, graph {got}")
        return wrong
    finally:
        api.close()


@pytest.mark.parametrize(
    ("profile", "events"), [(PLAIN, 1500), (Profile(prose_ratio=0.3), 2500)], ids=["notices", "all-forms"]
)
def test_who_held_equals_the_generated_tenures(tmp_path, profile, events):
    wrong = round_trip(tmp_path, events, 5, profile)
    assert not wrong, f"{len(wrong)} answers differ, e.g.:\n" + "\n".join(wrong[:12])
