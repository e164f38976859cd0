"""Helpers shared by the tests: hand-made events, dates, Hypothesis texts and the repository's paths."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from graph_builder.pipeline import extract_text
from graph_builder.types import KIND_ACTION, Event, FuzzyDate, Kind

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"

# The fields of the gold schema, written out here rather than read from the code.
GOLD_FIELDS = {
    "doc",
    "notice",
    "doc_number",
    "issuer",
    "date",
    "action",
    "person",
    "post",
    "org",
    "title",
    "qualifiers",
    "evidence",
}

ISSUER = "上海市普陀区人民政府"

# A statement that runs for minutes on the graph of generated_db (three events crossed): the tests of
# bounded queries stop it with a small timeout (the CLI, the API, the app's Cypher page).
CROSS = (
    "MATCH (a:Event), (b:Event), (c:Event) WHERE a.person <> b.person "
    "RETURN a.id + b.id + c.id AS k ORDER BY k LIMIT 5"
)

_GENERATED: dict[str, Path] = {}


def empty_api(request, tmp_path_factory, name: str):
    """A Renmian on the store a fixture's param names ("ladybug": a fresh embedded database;
    "neo4j": the session's test server, emptied first). The caller builds and closes it."""
    from graph_builder.graph.api import Renmian

    uri = request.getfixturevalue("neo4j_uri") if request.param == "neo4j" else None
    api = Renmian.open(tmp_path_factory.mktemp(name) / "db", neo4j_uri=uri)
    if uri:
        api.store.clear()
    return api


def generated_db(tmp_path_factory) -> Path:
    """An embedded store of about 1,500 generated events (CROSS over them runs past 20 s; measured
    here), built once per test session by the real CLI."""
    if "db" not in _GENERATED:
        from typer.testing import CliRunner

        from graph_builder.cli.main import app

        root = tmp_path_factory.mktemp("generated")
        gen = ["generate", "--events", "1500", "--seed", "3", "--plain", "--out", str(root / "gz")]
        assert CliRunner().invoke(app, gen).exit_code == 0
        shutil.rmtree(root / "gz" / "truth")
        result = CliRunner().invoke(app, ["build", str(root / "gz"), "--db", str(root / "db")])
        assert result.exit_code == 0, result.output
        _GENERATED["db"] = root / "db"
    return _GENERATED["db"]


def ev(
    person: str,
    post: str,
    when: str | None,
    kind: Kind | str = Kind.APPOINT,
    *,
    doc: str = "notice.txt",
    doc_number: str | None = "普府〔2024〕1号",
    issuer: str | None = ISSUER,
    qualifiers: tuple[str, ...] = (),
    span: tuple[int, int] = (0, 0),
    evidence: str | None = None,
    notice: str | None = "关于同志职务任免的通知",
) -> Event:
    """A hand-made event as the extractor would give it (org and title left for resolution to split)."""
    kind = Kind(kind)
    return Event(
        doc=doc,
        notice=notice,
        doc_number=doc_number,
        issuer=issuer,
        date=FuzzyDate.parse(when) if when else None,
        action=KIND_ACTION[kind],
        kind=kind,
        person=person,
        post=post,
        org="",
        title="",
        qualifiers=tuple(qualifiers),
        evidence=evidence if evidence is not None else f"{kind.value} {person} {post}",
        span=span,
    )


def derived_tenures(events=(), attested=()) -> dict:
    """Resolution and the timeline on hand-made records: (person name, post name) → list of Derived."""
    from graph_builder.resolve.resolution import resolve
    from graph_builder.resolve.timeline import derive_tenures

    res = resolve(events, (), attested)
    out = derive_tenures(res.mentions, res.event_person, {p.id: p.principal for p in res.posts.values()})
    by: dict = {}
    for t in out:
        key = (res.people[t.tenure.person_id].name, res.posts[t.tenure.post_id].name)
        by.setdefault(key, []).append(t)
    return by


def d(iso: str) -> date:
    """A date from ISO text."""
    return date.fromisoformat(iso)


def gazette_texts(fragments: list[str], text_size: int, pieces: int):
    """Hypothesis texts: arbitrary text, or gazette ``fragments`` mixed with short random runs."""
    from hypothesis import strategies as st

    return st.one_of(
        st.text(max_size=text_size),
        st.lists(st.one_of(st.sampled_from(fragments), st.text(max_size=3)), max_size=pieces).map("".join),
    )


def att(
    person: str,
    post: str,
    when: str | None,
    *,
    form: str = "list",
    doc: str = "lists.txt",
    doc_number: str | None = "普府办〔2024〕9号",
    issuer: str | None = ISSUER,
    span: tuple[int, int] = (0, 0),
    notice: str | None = "关于成立工作领导小组的通知",
):
    """A hand-made attestation (a list line by default), post as printed, as the extractor gives it."""
    from graph_builder.types import Attestation, AttestForm

    return Attestation(
        doc=doc,
        notice=notice,
        doc_number=doc_number,
        issuer=issuer,
        date=FuzzyDate.parse(when) if when else None,
        person=person,
        post=post,
        org="",
        title="",
        form=AttestForm(form),
        evidence=f"{person} {post}",
        span=span,
    )


def read_as_printed(text: str) -> list[tuple[str, str, str, str | None]]:
    """(action, person, post, date) of every event read from ``text``, sorted, each event's evidence
    checked to be the text's own slice."""
    events = extract_text("printed.txt", text).events
    for e in events:
        assert text[e.span[0] : e.span[1]] == e.evidence
    return sorted((e.action.value, e.person, e.post, e.date.iso() if e.date else None) for e in events)
