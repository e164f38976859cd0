"""Synthetic gazettes with ground truth, for benchmarks and scale tests.

Each jurisdiction (a district or county, or a city government) is a small world simulated over
the years: posts are filled and vacated, deputies are promoted, principals move sideways or
leave, probations are confirmed about a year later, heads of 组成部门 are nominated to the people's
congress standing committee and then appointed by it. Every change is printed in the jurisdiction's
gazette in one of the forms of docs/design.md#forms (notices with 文号, 议案, standing-committee decisions,
bulletins with full-width dated items, quarterly tables), surrounded by policy prose with decoys,
membership lists and signatures.

Beside the gazettes the generator writes the ground truth:

- ``truth/events.jsonl``: every printed event, in the schema of ``shared/eval/GOLD_SCHEMA.md``
  (plus ``span``, ``kind``, ``date_precision`` and the generator's ``person_id`` / ``canonical_post``);
- ``truth/tenures.jsonl``: the tenures a perfect reader derives from those events by the rules of
  docs/design.md#tenures (what the documents support, not what the simulated world knows);
- ``truth/attestations.jsonl``: membership-list lines and signatures (not events);
- ``truth/posts.jsonl``: every post of every jurisdiction, with its printed forms;
- ``truth/summary.json``: counts.

Everything is drawn from ``random.Random`` seeded per jurisdiction, so a seed gives the same bytes;
output is streamed one jurisdiction at a time, so memory stays flat at any size.

This module runs the simulation and writes the files; the parts live beside it:

- :mod:`~graph_builder.synth.profile`: :class:`Profile`, :data:`PLAIN` (which forms may appear);
- :mod:`~graph_builder.synth.vocab`: the vocabulary, personal names, the prose sentence pool;
- :mod:`~graph_builder.synth.dates`: working days, quarters, printed dates;
- :mod:`~graph_builder.synth.world`: places, organisations, posts, people;
- :mod:`~graph_builder.synth.careers`: :class:`Jurisdiction`, how posts change hands;
- :mod:`~graph_builder.synth.gazette`: a jurisdiction's print style, files with truth spans;
- :mod:`~graph_builder.synth.forms`: notices, 议案, 决定, tables, bulletins and their clauses;
- :mod:`~graph_builder.synth.prose`: policy documents and membership lists around them;
- :mod:`~graph_builder.synth.truth`: the tenures derived from the printed events.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from graph_builder.synth.careers import Jurisdiction
from graph_builder.synth.dates import YEAR, quarter_of, workday
from graph_builder.synth.forms import Renderer
from graph_builder.synth.gazette import Document, Gazette, wrap
from graph_builder.synth.profile import DEFAULT, PLAIN, Profile
from graph_builder.synth.prose import write_prose
from graph_builder.synth.truth import JurisdictionTruth, derive_tenures
from graph_builder.synth.vocab import NameMaker
from graph_builder.synth.world import Change, jurisdiction_places

# Imported from here by the CLI, bench/run.py and the tests; the names stay here when their code moves.
__all__ = [
    "PLAIN",
    "Document",
    "GenerationSummary",
    "JurisdictionTruth",
    "NameMaker",
    "Profile",
    "corpus_documents",
    "derive_tenures",
    "generate",
    "iter_jurisdictions",
    "run_jurisdiction",
    "wrap",
]

# Simulated time ends here; gazettes stop at the last round before it.
END = date(2025, 6, 30).toordinal()
EARLIEST = date(1995, 1, 1).toordinal()
# Nominal printed events per jurisdiction: sets how many jurisdictions a size gets.
EVENTS_PER_JURISDICTION = 700


@dataclass(slots=True)
class GenerationSummary:
    """What one run of :func:`generate` wrote."""

    out: str
    seed: int
    events: int = 0
    tenures: int = 0
    attestations: int = 0
    documents: int = 0
    bytes: int = 0
    jurisdictions: int = 0
    people: int = 0
    posts: int = 0
    actions: dict[str, int] = field(default_factory=dict)
    forms: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        """Plain JSON-able dict."""
        return asdict(self)


# ---------------------------------------------------------------------------- running a jurisdiction


def run_jurisdiction(j: Jurisdiction) -> Iterator[Document | JurisdictionTruth]:
    """Simulate and print one jurisdiction until its quota of events (or the end of time)."""
    rng, r = j.rng, Renderer(j)
    years = j.quota / max(10.0, 0.5 * sum(s.capacity for s in j.slots))
    start = max(EARLIEST, END - int((years + rng.uniform(0.5, 3)) * YEAR))
    day = workday(start)
    j.populate(day)
    g = j.gazette
    year = 0
    while day < END and j.events < j.quota:
        day = workday(day + rng.randint(14, 50))
        if day >= END:
            break
        y = date.fromordinal(day).year
        if not year:
            g.start(y)
        elif g.full or (y != year and g.half_full):
            flush_buffer(j, r, day, final=False)
            g.close()
            g.start(y)
            yield from _drain(g)
        year = y
        before = g.length
        print_round(j, r, day)
        j.prose_debt += (g.length - before) * j.profile.prose_ratio
        if j.prose_debt > 2000:
            before = g.length
            write_prose(r, int(j.prose_debt), day)
            j.prose_debt -= g.length - before
    flush_buffer(j, r, day, final=True)
    g.close()
    yield from _drain(g)
    yield JurisdictionTruth(derive_tenures(j.truth_rows), post_rows(j, r), j.people_made, dict(g.form_counts))


def _drain(g: Gazette) -> Iterator[Document]:
    done, g.done = g.done, []
    yield from done


def print_round(j: Jurisdiction, r: Renderer, day: int) -> None:
    """Decide one round and print it in the jurisdiction's form."""
    changes, nominated, decided = j.step(day)
    if j.style.form == "notice":
        by_person = {id(c.person): c for c in changes}
        if decided:
            r.decision(decided, by_person, day)
        rest = [c for c in changes if c.appoints or c.removes or c.confirms]
        _omit_removals(j, rest)
        if rest:
            r.notice(rest, day)
        if nominated:
            r.motion(nominated, day)
        return
    flush_buffer(j, r, day, final=False)
    printable = [c for c in changes if c.appoints or c.removes or c.confirms]
    if printable:
        j.buffer.extend(printable)
        j.buffer_key = _period(j, day)


def _omit_removals(j: Jurisdiction, changes: list[Change]) -> None:
    """Sometimes a replaced head's removal goes unprinted: the successor's appointment ends it."""
    if not j.profile.omit_removals:
        return
    appointed = {id(s) for c in changes for s, q, _ in c.appoints if s.principal and "concurrent" not in q}
    for c in changes:
        if (
            not c.appoints
            and len(c.removes) == 1
            and id(c.removes[0][0]) in appointed
            and j.rng.random() < 0.1
        ):
            c.removes = []


def _period(j: Jurisdiction, day: int) -> tuple[int, int]:
    """The quarter (tables) or month (bulletins) a day falls in."""
    if j.style.form == "table":
        return quarter_of(day)
    d = date.fromordinal(day)
    return d.year, d.month


def flush_buffer(j: Jurisdiction, r: Renderer, day: int, final: bool) -> None:
    """Print buffered changes once their quarter (table) or month (bulletin) is over."""
    if not j.buffer or (not final and _period(j, day) == j.buffer_key):
        return
    assert j.buffer_key is not None
    if j.style.form == "table":
        r.table(j.buffer, *j.buffer_key)
    else:
        r.bulletin(j.buffer)
    j.buffer = []


def post_rows(j: Jurisdiction, r: Renderer) -> list[dict]:
    """Every post of the jurisdiction with the forms it may be printed in."""
    rows = []
    for s in j.slots:
        printed = r.expanded(s)[0]
        rows.append(
            {
                "post": printed,
                "canonical_post": s.post,
                "org": s.org.full,
                "title": s.title,
                "principal": s.principal,
                "jurisdiction": j.place.prefix,
                "aliases": sorted({s.post, s.org.short + s.title} - {printed}),
                "abbr": (s.org.abbr + s.title) if s.org.abbr else None,
            }
        )
    return rows


# ---------------------------------------------------------------------------- the whole run


def iter_jurisdictions(
    events: int, seed: int, profile: Profile = DEFAULT
) -> Iterator[Document | JurisdictionTruth]:
    """Documents and per-jurisdiction truth until ``events`` events have been printed."""
    count = max(3, round(events / EVENTS_PER_JURISDICTION))
    quota = events / count
    printed = 0
    places = jurisdiction_places(seed)
    taken: set[str] = set()
    forced = [
        "notice",
        "table" if profile.tables else "notice",
        "bulletin" if profile.bulletins else "notice",
    ]
    for index in itertools.count():
        if printed >= events:
            return
        place = next(places)
        form = forced[index] if index < len(forced) else None
        if form == "bulletin":
            while place.name is not None:  # the third place is a city
                place = next(p for p in places if p.name is None)
        elif place.name is None and not profile.bulletins:
            continue
        want = min(events - printed, max(1, round(quota * (index + 1)) - printed))
        if index >= count - 1:
            want = events - printed
        j = Jurisdiction(index, place, seed, want, profile, form, taken)
        yield from run_jurisdiction(j)
        printed += j.events


def generate(events: int, seed: int, out: Path, profile: Profile = DEFAULT) -> GenerationSummary:
    """Write gazettes for about ``events`` events into ``out/`` and the ground truth into ``out/truth/``.

    Returns counts of what was written. The same (events, seed, profile) gives the same bytes.
    """
    out = Path(out)
    truth = out / "truth"
    truth.mkdir(parents=True, exist_ok=True)
    summary = GenerationSummary(out=str(out), seed=seed)
    actions: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    with (
        open(truth / "events.jsonl", "w", encoding="utf-8") as ev_f,
        open(truth / "tenures.jsonl", "w", encoding="utf-8") as ten_f,
        open(truth / "attestations.jsonl", "w", encoding="utf-8") as att_f,
        open(truth / "posts.jsonl", "w", encoding="utf-8") as post_f,
    ):
        for item in iter_jurisdictions(events, seed, profile):
            if isinstance(item, Document):
                data = item.text.encode("utf-8")
                (out / item.name).write_bytes(data)
                summary.documents += 1
                summary.bytes += len(data)
                ev_f.writelines(_jsonl(item.events))
                att_f.writelines(_jsonl(item.attestations))
                summary.events += len(item.events)
                summary.attestations += len(item.attestations)
                actions.update(e["action"] for e in item.events)
            else:
                ten_f.writelines(_jsonl(item.tenures))
                post_f.writelines(_jsonl(item.posts))
                summary.tenures += len(item.tenures)
                summary.posts += len(item.posts)
                summary.people += item.people
                summary.jurisdictions += 1
                forms.update(item.forms)
    summary.actions = dict(sorted(actions.items()))
    summary.forms = dict(sorted(forms.items()))
    # The file leaves out the output path, so that the same seed gives the same bytes anywhere.
    recorded = {k: v for k, v in summary.as_dict().items() if k != "out"}
    (truth / "summary.json").write_text(
        json.dumps(recorded, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return summary


def _jsonl(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------- benchmark corpus


def corpus_documents(
    mb: float, seed: int, samples: Path | None = None, prose_ratio: float = 4.0
) -> Iterator[tuple[str, str]]:
    """Mixed gazette text of at least ``mb`` MB (UTF-8): real samples and generated gazettes in turn.

    Yields (name, text) pairs. Generated files get ``prose_ratio`` characters of prose per character
    of personnel text (real gazettes are mostly prose; 4.0 makes notices a fifth of the text).
    """
    real = sorted(samples.glob("*.txt")) if samples else []
    real_texts = [(p.name, p.read_text(encoding="utf-8")) for p in real]
    target = int(mb * 1_000_000)
    total = 0
    profile = Profile(prose_ratio=prose_ratio)
    generated = (item for item in iter_jurisdictions(10**9, seed, profile) if isinstance(item, Document))
    for i in itertools.count():
        if total >= target:
            return
        if real_texts and i % 2 == 0:
            name, text = real_texts[(i // 2) % len(real_texts)]
            name = f"r{i:05d}_{name}"
        else:
            doc = next(generated)
            name, text = doc.name, doc.text
        total += len(text.encode("utf-8"))
        yield name, text
