"""Vacancy spans derived at build (vacancy.py) and the vacancies answer they serve."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from graph_builder.graph.api import Renmian
from graph_builder.resolve.vacancy import vacancies
from graph_builder.store.schema import MAX_DATE, MIN_DATE
from graph_builder.synth.generate import Profile, generate
from graph_builder.types import Event, HeldSpan, Vacancy

P = "post"


def span(tid: str, start: str, end: str, *, removed: bool = True, nominated: bool = False) -> HeldSpan:
    return HeldSpan(P, tid, start, end, nominated, removed)


def test_removal_without_successor_leaves_the_post_vacant_from_then_on():
    got = vacancies([span("a", "2020-01-01", "2022-06-30")], {P})
    assert got == [Vacancy(P, "a", "2022-06-30", MAX_DATE)]


def test_a_successor_ends_the_vacancy_and_a_later_removal_opens_another():
    got = vacancies([span("a", "2020-01-01", "2021-01-01"), span("b", "2021-03-01", "2023-01-01")], {P})
    assert got == [Vacancy(P, "a", "2021-01-01", "2021-03-01"), Vacancy(P, "b", "2023-01-01", MAX_DATE)]


def test_same_day_successor_leaves_no_vacancy():
    spans = [span("a", "2020-01-01", "2021-01-01"), span("b", "2021-01-01", MAX_DATE, removed=False)]
    assert vacancies(spans, {P}) == []


def test_a_nomination_does_not_fill_the_post():
    nominee = span("n", "2021-02-01", MAX_DATE, removed=False, nominated=True)
    spans = [span("a", "2020-01-01", "2021-01-01"), nominee]
    assert vacancies(spans, {P}) == [Vacancy(P, "a", "2021-01-01", MAX_DATE)]


def test_an_inferred_end_is_no_removal():
    assert vacancies([span("a", "2020-01-01", "2021-01-01", removed=False)], {P}) == []


def test_unknown_start_covers_from_the_beginning_and_overlaps_name_the_latest_removal():
    spans = [span("a", MIN_DATE, "2021-05-31"), span("b", "2019-01-01", "2021-03-01")]
    assert vacancies(spans, {P}) == [Vacancy(P, "a", "2021-05-31", MAX_DATE)]


def test_only_principal_posts_fall_vacant():
    assert vacancies([span("a", "2020-01-01", "2021-01-01")], {"another post"}) == []


# The vacancies query before spans were derived at build: a per-call NOT EXISTS over every HELD.
# It is kept here as an independent statement of the rule, to check the derived spans against.
ORACLE = """
MATCH (p:Post)<-[h:HELD]-(x:Person)
WHERE p.principal = true
  AND h.end_inferred = false AND h.end_date <> '' AND h.end_latest <= $day
  AND NOT EXISTS {
    MATCH (p)<-[k:HELD]-(:Person)
    WHERE k.status <> 'nominated' AND k.start_earliest <= $day AND k.end_latest > $day
  }
RETURN p.id AS post_id, h.id AS id, h.end_latest AS end_latest
"""

# Possibly vacant: a recorded removal may have happened by the day (its earliest date) and nobody
# certainly held the post; the posts certainly vacant are taken out of these.
POSSIBLE_ORACLE = """
MATCH (p:Post)<-[h:HELD]-(x:Person)
WHERE p.principal = true
  AND h.end_inferred = false AND h.end_date <> '' AND h.end_earliest <= $day
  AND NOT EXISTS {
    MATCH (p)<-[k:HELD]-(:Person)
    WHERE k.status <> 'nominated' AND k.sure_from <= $day AND k.sure_until > $day
  }
RETURN p.id AS post_id, h.id AS id, h.end_earliest AS end_earliest
"""


@pytest.fixture(scope="module")
def generated_api(tmp_path_factory) -> Renmian:
    """A graph of 3,000 generated events (the generator's ground truth, as a perfect reader gives)."""
    tmp: Path = tmp_path_factory.mktemp("vacancy")
    generate(3000, 11, tmp / "gen", Profile(prose_ratio=0.0))
    lines = (tmp / "gen" / "truth" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    api = Renmian.open(tmp / "db")
    api.build(events=[Event.from_gold(json.loads(line)) for line in lines])
    yield api
    api.close()


def test_vacancies_equal_the_rule_evaluated_on_every_tenure(generated_api):
    rng = random.Random(5)
    days = [date(2000, 1, 1) + timedelta(days=rng.randrange(9300)) for _ in range(40)]
    found = found_possible = 0
    for day in days:
        oracle: dict[str, tuple[str, str]] = {}
        for r in generated_api.store.read(ORACLE, {"day": day.isoformat()}):
            oracle[r["post_id"]] = max(oracle.get(r["post_id"], ("", "")), (r["end_latest"], r["id"]))
        answer = generated_api.vacancies(day)
        got = {v["post_id"]: v["since_latest"] for v in answer if v["certainty"] == "certainly"}
        assert got == {post: end for post, (end, _) in oracle.items()}, day
        found += len(got)
        maybe: dict[str, tuple[str, str]] = {}
        for r in generated_api.store.read(POSSIBLE_ORACLE, {"day": day.isoformat()}):
            if r["post_id"] not in oracle:
                maybe[r["post_id"]] = max(maybe.get(r["post_id"], ("", "")), (r["end_earliest"], r["id"]))
        possible = {v["post_id"]: v["since_earliest"] for v in answer if v["certainty"] == "possibly"}
        assert possible == {post: end for post, (end, _) in maybe.items()}, day
        found_possible += len(possible)
    assert found > 40  # the generator lets posts fall vacant: the comparison is not between empties
    assert found_possible > 0
