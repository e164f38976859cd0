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
"""

from __future__ import annotations

import heapq
import itertools
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from graph_builder.types import FuzzyDate

YEAR = 365
# Simulated time ends here; gazettes stop at the last round before it.
END = date(2025, 6, 30).toordinal()
EARLIEST = date(1995, 1, 1).toordinal()
# Nominal printed events per jurisdiction: sets how many jurisdictions a size gets.
EVENTS_PER_JURISDICTION = 700
_WS = re.compile(r"\s+")
# Prose that mentions personnel words without naming a person (decoys); dropped when decoys are off.
_DECOY = re.compile(r"免去|任命|任职|任前|试用期|聘任|解聘|不再担任")
# Gold-schema notes for the events that need one.
NOTES = {
    "nominate_appoint": "提请审议的议案，尚未生效",
    "nominate_remove": "提请审议的议案，尚未生效",
    "resign": "接受辞去职务的请求：辞职，任职终止",
}
_HALF_WIDTH = str.maketrans({"，": ",", "。": ".", "；": ";", "（": "(", "）": ")", "：": ":"})
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


# ---------------------------------------------------------------------------- options and summary


@dataclass(frozen=True, slots=True)
class Profile:
    """Which forms the generator may use, and how much prose surrounds them."""

    tables: bool = True  # quarterly tables with spaced names (长宁区 style)
    bulletins: bool = True  # city bulletins: full-width dated items, "." for "。"
    nominations: bool = True  # 提请任命 议案, then the standing committee's decision
    hire: bool = True  # 聘任 / 解聘 for hospitals, schools, libraries
    omit_removals: bool = True  # sometimes a replaced principal's removal is not printed
    attestations: bool = True  # membership lists and signatures
    decoys: bool = True  # 免去申请环节的表格填报 and the like in the prose
    pdf_wrap: bool = True  # lines broken at a fixed width, as text from PDF arrives
    furniture: bool = True  # page numbers and running heads between paragraphs
    chinese_dates: bool = True  # some jurisdictions sign 二〇二四年四月二十二日
    prose_ratio: float = 1.0  # characters of prose per character of personnel text


# Only notices: what any extractor of docs/design.md#forms reads, for round-trip tests.
PLAIN = Profile(
    tables=False,
    bulletins=False,
    nominations=False,
    hire=False,
    omit_removals=False,
    pdf_wrap=False,
    furniture=False,
    chinese_dates=False,
)


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


@dataclass(slots=True)
class Document:
    """One generated gazette file: its text and the truth rows that point into it."""

    name: str
    text: str
    events: list[dict]
    attestations: list[dict]


@dataclass(slots=True)
class JurisdictionTruth:
    """What a finished jurisdiction adds to the truth beyond its documents."""

    tenures: list[dict]
    posts: list[dict]
    people: int
    forms: dict[str, int]


# ---------------------------------------------------------------------------- vocabulary


@lru_cache(maxsize=1)
def vocab() -> dict:
    """The generator's vocabulary (graph_builder/synth/data/generate_vocab.yaml)."""
    path = resources.files("graph_builder.synth").joinpath("data/generate_vocab.yaml")
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text)


class NameMaker:
    """Chinese personal names drawn from a realistic surname and given-name distribution."""

    def __init__(self, rng: random.Random) -> None:
        v = vocab()
        self._rng = rng
        self._surnames = list(v["surnames"])
        self._s_cum = list(itertools.accumulate(v["surnames"].values()))
        self._chars = list(v["given_chars"])
        self._c_cum = list(itertools.accumulate(v["given_chars"].values()))
        self._two = v["given_length"][2]

    def name(self) -> str:
        """One name: surname + one or two characters (never the same character twice in a row)."""
        rng = self._rng
        surname = rng.choices(self._surnames, cum_weights=self._s_cum)[0]
        n = 2 if rng.random() < self._two else 1
        given = rng.choices(self._chars, cum_weights=self._c_cum, k=n)
        if n == 2 and given[0] == given[1] and rng.random() < 0.7:
            given = given[:1]
        return surname + "".join(given)


def spaced(name: str) -> str:
    """A name as tables and lists print it: two-character names get a space ("谢 健")."""
    return f"{name[0]} {name[1]}" if len(name) == 2 else name


# ---------------------------------------------------------------------------- dates


def workday(day: int) -> int:
    """The first working day (Monday to Friday) on or after ``day``."""
    wd = date.fromordinal(day).weekday()
    return day + (7 - wd if wd >= 5 else 0)


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十一)."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def fmt_day(day: int, style: str) -> str:
    """A signing date as gazettes print it, in one of a jurisdiction's styles."""
    d = date.fromordinal(day)
    if style == "spaced":
        return f"{d.year} 年 {d.month}月 {d.day}日"
    if style == "spaced2":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if style == "cn":
        return f"{str(d.year).translate(_CN_DIGITS)}年{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "full":
        return f"{d.year}年{d.month}月{d.day}日".translate(_FULL_DIGITS)
    return f"{d.year}年{d.month}月{d.day}日"


def iso_day(day: int) -> str:
    """ISO text of an ordinal day."""
    return date.fromordinal(day).isoformat()


def quarter_of(day: int) -> tuple[int, int]:
    """(year, quarter 0..3) of a day."""
    d = date.fromordinal(day)
    return d.year, (d.month - 1) // 3


# ---------------------------------------------------------------------------- the world


@dataclass(slots=True, eq=False)
class Org:
    """An organisation of a jurisdiction, with the forms its name is printed in."""

    full: str  # 上海市普陀区教育局
    short: str  # 普陀区教育局 (quarterly tables)
    abbr: str | None  # 区教育局 (membership lists)
    kind: str  # dept, street, town, school, company, body, sub
    npc: bool = False  # head appointed by the people's congress standing committee
    probation: bool = True
    hire: bool = False
    parent: Org | None = None  # for an internal unit (执法大队): printed elided after the parent
    unit: str = ""  # the internal unit's own name (执法大队)
    deputy: Slot | None = None  # its deputies' post (副局长), when it has one


@dataclass(slots=True, eq=False)
class Slot:
    """A post: an organisation and a title; principal posts hold one person, deputy posts several."""

    org: Org
    title: str
    principal: bool
    capacity: int
    holders: list[Holding] = field(default_factory=list)
    reserved: bool = False  # a nomination for it is pending
    companion: Slot | None = None  # the internal unit's post a holder may hold too

    @property
    def post(self) -> str:
        """The canonical (full) post."""
        return self.org.full + self.title

    def free(self) -> bool:
        """Room for one more holder."""
        return len(self.holders) < self.capacity and not self.reserved


@dataclass(slots=True, eq=False)
class Person:
    """A person of the simulated world."""

    pid: str
    name: str
    holdings: list[Holding] = field(default_factory=list)
    busy: bool = False  # part of a pending nomination: not moved elsewhere meanwhile


@dataclass(slots=True, eq=False)
class Holding:
    """A person holding a slot from ``start``."""

    person: Person
    slot: Slot
    start: int
    probation: bool = False
    concurrent: bool = False
    active: bool = True


@dataclass(slots=True)
class Change:
    """What happened to one person in one round: printed together in one clause where possible."""

    person: Person
    appoints: list[tuple[Slot, tuple[str, ...], str]] = field(default_factory=list)  # slot, quals, kind
    removes: list[tuple[Slot, str]] = field(default_factory=list)  # slot, kind
    confirms: list[Slot] = field(default_factory=list)
    day: int = 0


@dataclass(slots=True)
class Nomination:
    """A 议案 awaiting the standing committee's decision."""

    decide_on: int
    slot: Slot
    outgoing: Person | None
    incoming: Person | None
    omit: bool = False


@dataclass(slots=True)
class Place:
    """Where a jurisdiction sits and how it is named."""

    province: str | None
    city: str  # 上海市
    name: str | None  # 普陀区; None for a city government

    @property
    def prefix(self) -> str:
        """Name prefix of its organisations: 上海市普陀区, or 上海市 for a city."""
        return self.city + (self.name or "")

    @property
    def level(self) -> str:
        """区 / 县 / 市: the word for the jurisdiction in 区政府, 区长, 区教育局."""
        if self.name is None:
            return "市"
        return "县" if self.name.endswith("县") else "区"


def jurisdiction_places(seed: int) -> Iterator[Place]:
    """Places in a seeded order: real districts and counties first, then plausible new ones.

    Cities (for bulletins) are interleaved every tenth place while they last.
    """
    v = vocab()
    rng = random.Random(f"{seed}/places")
    cities: list[tuple[str | None, str]] = [(None, c) for c in v["municipalities"]]
    districts: list[Place] = [Place(None, c, d) for c, ds in v["municipalities"].items() for d in ds]
    for province, cs in v["provinces"].items():
        for c, ds in cs.items():
            cities.append((province, c))
            districts.extend(Place(province, c, d) for d in ds)
    every_city = list(cities)
    rng.shuffle(cities)
    rng.shuffle(districts)
    taken = {(p.city, p.name) for p in districts}
    first, second = v["place_chars"]["first"], v["place_chars"]["second"]
    suffixes = list(v["place_chars"]["suffix"])
    s_weights = list(v["place_chars"]["suffix"].values())
    for i in itertools.count():
        if i % 10 == 2 and cities:
            province, city = cities.pop()
            yield Place(province, city, None)
        elif districts:
            yield districts.pop()
        else:
            province, city = rng.choice(every_city)
            for _ in range(50):
                name = rng.choice(first) + rng.choice(second) + rng.choices(suffixes, s_weights)[0]
                if (city, name) not in taken and name[:-1] != city[:-1]:
                    break
            taken.add((city, name))
            yield Place(province, city, name)


# ---------------------------------------------------------------------------- one jurisdiction


@dataclass(slots=True)
class Style:
    """How one jurisdiction prints (fixed for its whole run, like a real gazette)."""

    form: str  # notice, table, bulletin
    date_style: str
    docno: str  # 普府
    tongzhi: bool  # 任命唐伟军同志为…
    wrap: int  # line width of PDF-style text, 0 for none
    hire: bool
    bracket: tuple[str, str]  # the 文号 brackets as printed


class Gazette:
    """Assembles one jurisdiction's text into files of ~100-300 KB, with truth rows and spans."""

    def __init__(self, code: str, rng: random.Random, head: str, section: str) -> None:
        self.code = code
        self._rng = rng
        self.head = head  # 上海市普陀区人民政府公报
        self.section = section  # 区政府文件
        self._parts: list[str] = []
        self._len = 0
        self._events: list[dict] = []
        self._attest: list[dict] = []
        self._seq = 0
        self._target = 0
        self.name = ""
        self.issues: Counter[int] = Counter()  # files started per year: the issue number
        self.page = 1
        self.done: list[Document] = []
        self.form_counts: Counter[str] = Counter()

    def start(self, year: int) -> None:
        """Open a new file (the caller closed the previous one)."""
        self._seq += 1
        self.issues[year] += 1
        self.name = f"{self.code}_{year}_{self._seq:02d}.txt"
        # Characters, not bytes: CJK text is about 3 bytes a character in UTF-8.
        self._target = self._rng.randint(100_000, 300_000) // 3
        # A cover as gazette PDFs have it, then a section heading before the first document.
        self.add(f" {self.head}\n\n{year}年第{self.issues[year]}期\n\n【{self.section}】\n\n")

    @property
    def length(self) -> int:
        """Characters in the current file so far."""
        return self._len

    @property
    def full(self) -> bool:
        """The file reached its size."""
        return self._len >= self._target

    @property
    def half_full(self) -> bool:
        """Past half its size: a new year may start a new file."""
        return self._len >= self._target // 2

    def add(
        self,
        text: str,
        events: Iterable[tuple[dict, int, int]] = (),
        attestations: Iterable[tuple[dict, int, int]] = (),
    ) -> None:
        """Append text; each truth row gets this file's name, its span and its evidence."""
        base = self._len
        for rows, out in ((events, self._events), (attestations, self._attest)):
            for row, a, b in rows:
                row["doc"] = self.name
                row["evidence"] = _WS.sub("", text[a:b])
                row["span"] = [base + a, base + b]
                out.append(row)
        self._parts.append(text)
        self._len += len(text)

    def close(self) -> None:
        """Finish the current file."""
        if self._parts:
            self.done.append(Document(self.name, "".join(self._parts), self._events, self._attest))
        self._parts, self._len, self._events, self._attest = [], 0, [], []


def wrap(line: str, width: int, sep: str = "\n\n") -> tuple[str, Callable[[int, int], tuple[int, int]]]:
    """Break ``line`` every ``width`` characters as PDF text does; also return a span mapper."""
    if not width or len(line) <= width:
        return line, lambda a, b: (a, b)
    text = sep.join(line[i : i + width] for i in range(0, len(line), width))
    k = len(sep)
    return text, lambda a, b: (a + (a // width) * k, b + ((b - 1) // width) * k)


class Jurisdiction:
    """One simulated jurisdiction: its posts, people and gazette."""

    def __init__(
        self,
        index: int,
        place: Place,
        seed: int,
        quota: int,
        profile: Profile,
        form: str | None = None,
        taken: set[str] | None = None,
    ) -> None:
        self.index = index
        # Organisation names other jurisdictions already use (schools are named after the city).
        self.taken = taken if taken is not None else set()
        self.place = place
        self.profile = profile
        self.quota = quota
        self.rng = random.Random(f"{seed}/{index}")
        self.names = NameMaker(self.rng)
        self.v = vocab()
        self.people_made = 0
        self.living: set[str] = set()
        self.events = 0  # printed events so far
        self.truth_rows: list[dict] = []  # every printed event, in order, for deriving tenures
        self.style = self._style(form)
        self.issuer = place.prefix + "人民政府"
        self.npc = place.prefix + "人民代表大会常务委员会"
        self.slots: list[Slot] = []
        self._build_orgs()
        self.principals = [s for s in self.slots if s.principal]
        self.deputies = [s for s in self.slots if not s.principal]
        self._seq = itertools.count()
        self.leave: list[tuple[int, int, Holding]] = []
        self.vacant: list[tuple[int, int, Slot]] = []
        self.confirm: list[tuple[int, int, Holding]] = []
        self.pending: list[Nomination] = []
        self.docno_counter: Counter[int] = Counter()
        self.gazette = Gazette(
            f"g{index:05d}", self.rng, f"{place.prefix}人民政府公报", f"{place.level}政府文件"
        )
        self.prose_pool = self._prose_pool()
        self.prose_debt = 0.0
        self.leader: Person | None = None
        self.vices: list[Person] = []
        self.leader_until = 0
        self.buffer: list[Change] = []  # changes awaiting a quarterly table or a monthly bulletin
        self.buffer_key: tuple[int, int] | None = None
        self.congress_base = self.rng.randint(11, 14)  # the term sitting in 2000
        self.meetings: Counter[int] = Counter()

    # -- set-up --------------------------------------------------------------------------------

    def _style(self, form: str | None) -> Style:
        rng, p = self.rng, self.profile
        if self.place.name is None:
            form = "bulletin"
        elif form is None:
            form = "table" if p.tables and rng.random() < 0.25 else "notice"
        if form == "bulletin":
            date_style = "full"
        elif p.chinese_dates and rng.random() < 0.1:
            date_style = "cn"
        else:
            date_style = rng.choice(["plain", "plain", "spaced", "spaced2"])
        base = (self.place.name or self.place.city)[0]
        docno = base + rng.choice(["府", "府", "府任", "政发", "政任", "府发"])
        wrap_width = rng.randint(30, 40) if p.pdf_wrap and form == "notice" and rng.random() < 0.5 else 0
        bracket = rng.choices([("〔", "〕"), ("[", "]"), ("［", "］")], [0.85, 0.1, 0.05])[0]
        return Style(
            form,
            date_style,
            docno,
            rng.random() < 0.3,
            wrap_width,
            p.hire and form == "notice" and rng.random() < 0.4,
            bracket,
        )

    def _build_orgs(self) -> None:
        if self.place.name is None:
            self._build_city()
        else:
            self._build_district()

    def _add_org(self, org: Org, title: str, deputy: str | None, deputies: int) -> Slot:
        head = Slot(org, title, True, 1)
        self.slots.append(head)
        if deputy and deputies:
            org.deputy = Slot(org, deputy, False, deputies)
            self.slots.append(org.deputy)
        return head

    def _build_district(self) -> None:
        rng, place, v = self.rng, self.place, self.v
        lvl, prefix, short = place.level, place.prefix, place.name or ""
        for spec in v["district_orgs"]:
            if rng.random() > spec.get("weight", 1.0):
                continue
            name = spec["name"].format(prefix=prefix)
            abbr = spec["abbr"].replace("区", lvl, 1)
            org = Org(
                prefix + name,
                short + name,
                abbr,
                "dept",
                npc=spec["npc"],
                probation=spec.get("probation", True),
                hire=spec.get("hire", False),
            )
            deputies = rng.randint(1, spec["deputies"])
            self._add_org(org, spec["title"], spec["deputy"], deputies)
            sub = spec.get("sub")
            if sub:
                unit = Org(
                    org.full + sub["name"], org.short + sub["name"], None, "sub", parent=org, unit=sub["name"]
                )
                self._add_org(unit, sub["title"], sub["deputy"], 2)
                parent_dep, unit_dep = org.deputy, unit.deputy
                if parent_dep and unit_dep:
                    parent_dep.companion = unit_dep
        streets = rng.sample(v["street_names"], rng.randint(2, 6) if lvl == "区" else 0)
        towns = rng.sample(v["town_names"], rng.randint(0, 3) if lvl == "区" else rng.randint(4, 9))
        for s in streets:
            org = Org(f"{prefix}人民政府{s}街道办事处", f"{short}人民政府{s}街道办事处", f"{s}街道", "street")
            self._add_org(org, "主任", "副主任", rng.randint(2, 4))
        for t in towns:
            town = t if t.endswith("镇") else t + "镇"  # 堡镇 is already a 镇: 堡镇人民政府
            org = Org(f"{prefix}{town}人民政府", f"{short}{town}人民政府", town, "town")
            self._add_org(org, "镇长", "副镇长", rng.randint(2, 4))
        for _ in range(rng.randint(1, 3)):
            school = self._school()
            if school is None:
                continue
            org = Org(school, school, None, "school", hire=True)
            self._add_org(org, "校长", "副校长", rng.randint(1, 3))
        if rng.random() < 0.6:
            form = rng.choice(v["company_forms"])
            dist = short[:-2] if short.endswith("新区") else short[:-1] if len(short) > 2 else short
            name = form.format(city=place.city, dist=dist)
            org = Org(name, name, None, "company", probation=True)
            self._add_org(org, "总经理", "副总经理", rng.randint(1, 3))

    def _school(self) -> str | None:
        rng, city = self.rng, self.place.city
        # Schools are named after the city (上海市晋元高级中学), so a name another district of
        # the city has taken gets the district's own name instead (上海市普陀区实验学校).
        for _ in range(30):
            name = rng.choice(self.v["school_names"]) + rng.choice(self.v["school_suffixes"])
            for school in (city + name, self.place.prefix + name)[rng.random() < 0.3 :]:
                if school not in self.taken:
                    self.taken.add(school)
                    return school
        return None

    def _build_city(self) -> None:
        rng, city, v = self.rng, self.place.city, self.v
        for spec in v["city_orgs"]:
            org = Org(city + spec["name"], city + spec["name"], None, "dept")
            self._add_org(org, spec["title"], spec["deputy"], rng.randint(2, spec["deputies"]))
        for spec in rng.sample(v["city_bodies"], rng.randint(3, len(v["city_bodies"]))):
            name = city[:-1] + spec["name"]
            org = Org(name, name, None, "body", hire=False)
            self._add_org(org, spec["title"], spec["deputy"], spec["deputies"])

    def _prose_pool(self) -> list[str]:
        """Sentences of this jurisdiction's prose, filled once and drawn from many times."""
        rng, v = self.rng, self.v
        depts = [s.org.abbr for s in self.principals if s.org.abbr] or [self.place.prefix + "人民政府办公室"]
        streets = [s.org.abbr[:-2] for s in self.principals if s.org.kind == "street"] or ["城关"]
        sentences = [s for s in v["policy_sentences"] if self.profile.decoys or not _DECOY.search(s)]
        pool = []
        for _ in range(240):
            year = rng.randint(2005, 2025)
            # Each {n} gets its own number: "357个项目…357万元…357户" reads as generated.
            template = re.sub(r"\{n\}", lambda _m: str(rng.randint(2, 999)), rng.choice(sentences))
            pool.append(
                template.format(
                    topic=rng.choice(v["topics"]),
                    jur=self.place.name or self.place.city,
                    dept=rng.choice(depts),
                    street=rng.choice(streets),
                    year=year,
                    year2=year + 5,
                    m=rng.randint(1, 12),
                    d=rng.randint(1, 28),
                )
            )
        return pool

    # -- people --------------------------------------------------------------------------------

    def new_person(self) -> Person:
        """A newcomer whose name no living person of this jurisdiction has."""
        for _ in range(20):
            name = self.names.name()
            if name not in self.living:
                break
        self.living.add(name)
        self.people_made += 1
        return Person(f"p{self.index:05d}-{self.people_made:05d}", name)

    def hold(
        self,
        person: Person,
        slot: Slot,
        day: int,
        probation: bool,
        concurrent: bool,
        leave_after: float | None = None,
    ) -> Holding:
        """Put a person in a slot and schedule their leaving (and confirmation on probation)."""
        h = Holding(person, slot, day, probation, concurrent)
        slot.holders.append(h)
        person.holdings.append(h)
        years = leave_after if leave_after is not None else self._tenure_years(slot, concurrent)
        heapq.heappush(self.leave, (day + int(years * YEAR), next(self._seq), h))
        if probation:
            due = workday(day + YEAR + self.rng.randint(0, 40))
            heapq.heappush(self.confirm, (due, next(self._seq), h))
        return h

    def _tenure_years(self, slot: Slot, concurrent: bool) -> float:
        rng = self.rng
        if concurrent:
            return 1.5 + rng.expovariate(1 / 2.5)
        if slot.principal:
            return 2.0 + rng.expovariate(1 / 5.0)
        return 2.5 + rng.expovariate(1 / 6.0)

    def end(self, h: Holding, day: int, refill: bool = True) -> None:
        """End a holding; its slot opens and is filled later (or at once)."""
        h.active = False
        h.slot.holders.remove(h)
        h.person.holdings.remove(h)
        if not h.person.holdings:
            self.living.discard(h.person.name)
        if refill:
            self._schedule_fill(h.slot, day)

    def _schedule_fill(self, slot: Slot, day: int) -> None:
        r = self.rng.random()
        if slot.principal:
            delay = 0 if r < 0.6 else self.rng.randint(30, 180) if r < 0.9 else self.rng.randint(180, 900)
        else:
            delay = 0 if r < 0.25 else self.rng.randint(30, 365) if r < 0.9 else self.rng.randint(365, 1000)
        heapq.heappush(self.vacant, (day + delay, next(self._seq), slot))

    # -- initial state -------------------------------------------------------------------------

    def populate(self, day: int) -> None:
        """Fill the posts as they stand when the gazette starts (none of this is printed)."""
        rng = self.rng
        self._new_leaders(day)
        for slot in self.slots:
            if slot.org.kind == "sub" and not slot.principal:
                continue  # filled as companions of the parent's deputies
            n = (
                (1 if rng.random() < 0.95 else 0)
                if slot.principal
                else rng.randint(max(1, slot.capacity // 2), slot.capacity)
            )
            for _ in range(n):
                start = day - rng.randint(30, 8 * YEAR)
                probation = slot.org.probation and day - start < YEAR and rng.random() < 0.5
                person = self.new_person()
                left = self._tenure_years(slot, False) - (day - start) / YEAR
                h = self.hold(
                    person,
                    slot,
                    start,
                    probation,
                    False,
                    leave_after=(day - start) / YEAR + (left if left > 0.1 else rng.uniform(0.1, 3)),
                )
                if slot.companion and slot.companion.free() and rng.random() < 0.5:
                    self.hold(person, slot.companion, h.start, False, False, leave_after=100)
            if slot.principal and not slot.holders:
                self._schedule_fill(slot, day)

    def _new_leaders(self, day: int) -> None:
        """The 区长 and 副区长: not posts of the notices, seen only in signatures and lists."""
        for p in [self.leader, *self.vices]:
            if p is not None:
                self.living.discard(p.name)
        self.leader = self.new_person()
        self.vices = [self.new_person() for _ in range(self.rng.randint(3, 6))]
        self.leader_until = day + self.rng.randint(3 * YEAR, 6 * YEAR)

    # -- one round of decisions ----------------------------------------------------------------

    def step(self, day: int) -> tuple[list[Change], list[Nomination], list[Nomination]]:
        """Everything decided on ``day``: changes, new 议案, and standing-committee decisions."""
        changes: dict[int, Change] = {}
        nominated: list[Nomination] = []

        def change(p: Person) -> Change:
            return changes.setdefault(id(p), Change(p, day=day))

        if day >= self.leader_until:
            self._new_leaders(day)
        self._confirm_due(day, change)
        self._leave_due(day, change, nominated)
        decided = [n for n in self.pending if n.decide_on <= day]
        self.pending = [n for n in self.pending if n.decide_on > day]
        for n in decided:
            self._decide(n, day, change)
        for _ in range(200):  # filling one post may open another today: follow the chain
            if not self.vacant or self.vacant[0][0] > day:
                break
            _, _, slot = heapq.heappop(self.vacant)
            if slot.free():
                self._fill(slot, day, change, nominated)
        return list(changes.values()), nominated, decided

    def _confirm_due(self, day: int, change: Callable[[Person], Change]) -> None:
        while self.confirm and self.confirm[0][0] <= day:
            _, _, h = heapq.heappop(self.confirm)
            if h.active and h.probation:
                h.probation = False
                change(h.person).confirms.append(h.slot)

    def _leave_due(self, day: int, change: Callable[[Person], Change], nominated: list[Nomination]) -> None:
        while self.leave and self.leave[0][0] <= day:
            _, _, h = heapq.heappop(self.leave)
            if not h.active:
                continue
            if h.person.busy or h.probation:
                # Nobody leaves in the middle of a nomination or a probation year: later instead.
                heapq.heappush(self.leave, (day + self.rng.randint(60, 400), next(self._seq), h))
                continue
            if h.concurrent or h.slot.org.kind == "sub":
                self._remove(h, day, change)
            elif self._nominating(h.slot):
                self._nominate(h.slot, day, nominated, outgoing=h.person)
            else:
                self._exit(h.person, day, change)

    def _remove(
        self, h: Holding, day: int, change: Callable[[Person], Change], kind: str | None = None
    ) -> None:
        kind = kind or ("dismiss" if self._hires(h.slot) else "remove")
        change(h.person).removes.append((h.slot, kind))
        self.end(h, day)

    def _exit(self, person: Person, day: int, change: Callable[[Person], Change]) -> None:
        """A person leaves the jurisdiction: every post they hold ends (one clause)."""
        for h in list(person.holdings):
            self._remove(h, day, change)

    def _nominating(self, slot: Slot) -> bool:
        return slot.principal and slot.org.npc and self.profile.nominations and self.style.form == "notice"

    def _hires(self, slot: Slot) -> bool:
        return self.style.hire and slot.org.hire

    def _nominate(self, slot: Slot, day: int, nominated: list[Nomination], outgoing: Person | None) -> None:
        """A 议案: 提请免去 the outgoing head and, usually, 提请任命 a successor."""
        incoming = None
        if outgoing is None or self.rng.random() < 0.75:
            incoming = self._candidate(slot, day)
        for p in (outgoing, incoming):
            if p is not None:
                p.busy = True
        slot.reserved = True
        n = Nomination(workday(day + self.rng.randint(7, 40)), slot, outgoing, incoming)
        self.pending.append(n)
        nominated.append(n)

    def _decide(self, n: Nomination, day: int, change: Callable[[Person], Change]) -> None:
        """The standing committee decides a 议案: the outgoing head leaves, the successor starts."""
        n.slot.reserved = False
        if n.outgoing is not None:
            n.outgoing.busy = False
            # Now and then the head resigns: 接受A辞去X职务的请求 (an "other" event that ends the post).
            resign = self.rng.random() < 0.12
            for h in list(n.outgoing.holdings):
                self._remove(h, day, change, "resign" if resign and h.slot is n.slot else None)
        if n.incoming is not None:
            n.incoming.busy = False
            self._appoint(n.incoming, n.slot, day, change, probation=False)

    def _fill(
        self, slot: Slot, day: int, change: Callable[[Person], Change], nominated: list[Nomination]
    ) -> None:
        if self._nominating(slot):
            self._nominate(slot, day, nominated, outgoing=None)
            return
        rng = self.rng
        if slot.principal and rng.random() < 0.06:
            holder = self._pick(self.principals, day, 3, exclude=slot, no_concurrent=True)
            if holder is not None:  # a head of another body takes this post on as well: （兼）
                q = ("concurrent",)
                change(holder.person).appoints.append((slot, q, "appoint"))
                self.hold(holder.person, slot, day, False, True)
                return
        person = self._candidate(slot, day)
        promoted = not person.holdings or (
            slot.principal and not any(h.slot.principal for h in person.holdings)
        )
        probation = slot.org.probation and promoted and rng.random() < 0.55
        self._appoint(person, slot, day, change, probation)
        if slot.principal and not probation and rng.random() < 0.08:
            self._also_concurrent(person, day, change)

    def _also_concurrent(self, person: Person, day: int, change: Callable[[Person], Change]) -> None:
        """A new head also takes a vacant head's post of another body: 任命A为X、Y（兼）."""
        for _ in range(8):
            other = self.rng.choice(self.principals)
            if other.free() and not other.holders and not self._nominating(other) and other.org.kind != "sub":
                change(person).appoints.append((other, ("concurrent",), "appoint"))
                self.hold(person, other, day, False, True)
                return

    def _candidate(self, slot: Slot, day: int) -> Person:
        """Who fills a slot: a deputy promoted, a head moved sideways, or a newcomer."""
        rng = self.rng
        r = rng.random()
        h = None
        if slot.principal:
            if r < 0.35:
                dep = slot.org.deputy
                h = self._pick([dep], day, 2) if dep else None
            elif r < 0.55:
                h = self._pick(self.deputies, day, 2)
            elif r < 0.70:
                h = self._pick(self.principals, day, 3, exclude=slot)
        elif r < 0.2:
            h = self._pick(self.deputies, day, 3, exclude=slot)
        return h.person if h is not None else self.new_person()

    def _pick(
        self,
        slots: list[Slot],
        day: int,
        years: int,
        exclude: Slot | None = None,
        no_concurrent: bool = False,
    ) -> Holding | None:
        """A random holder of one of ``slots`` who has served ``years`` and is free to move."""
        rng = self.rng
        for _ in range(6):
            slot = rng.choice(slots)
            if slot is exclude or not slot.holders or slot.org.kind == "sub":
                continue
            h = rng.choice(slot.holders)
            p = h.person
            if (
                h.concurrent
                or h.probation
                or p.busy
                or day - h.start < years * YEAR
                or (no_concurrent and len(p.holdings) > 1 + (slot.companion is not None))
            ):
                continue
            return h
        return None

    def _appoint(
        self, person: Person, slot: Slot, day: int, change: Callable[[Person], Change], probation: bool
    ) -> None:
        """Appoint to a main post; the person's previous posts end in the same clause (免去其…)."""
        c = change(person)
        for h in list(person.holdings):
            # The main post always ends; a concurrent one taken on in the last year is kept, an older
            # one half the time.
            if not h.concurrent or (day - h.start > YEAR and self.rng.random() < 0.5):
                self._remove(h, day, change)
        kind = "hire" if self._hires(slot) else "appoint"
        q = ("probation_1y",) if probation else ()
        c.appoints.append((slot, q, kind))
        self.hold(person, slot, day, probation, False)
        if slot.companion is not None and slot.companion.free() and self.rng.random() < 0.5:
            c.appoints.append((slot.companion, (), kind))
            self.hold(person, slot.companion, day, False, False, leave_after=100)


# ---------------------------------------------------------------------------- rendering


class Renderer:
    """Prints a jurisdiction's rounds into its gazette in the jurisdiction's style."""

    def __init__(self, j: Jurisdiction) -> None:
        self.j = j
        self.rng = j.rng
        self.g = j.gazette
        self.style = j.style
        self.sep = "\n\n"

    # -- shared pieces -------------------------------------------------------------------------

    def docno(self, day: int, office: str = "") -> tuple[str, str]:
        """(printed, normalised) 文号 of the next document of the year."""
        year = date.fromordinal(day).year
        self.j.docno_counter[year] += self.rng.randint(1, 3)
        n = self.j.docno_counter[year]
        lb, rb = self.style.bracket
        space = " " if self.rng.random() < 0.1 else ""
        # An office's own series: 普府 → 普府办, 普政发 → 普政办发.
        base = (
            self.style.docno
            if not office
            else self.style.docno[0] + ("府办" if "府" in self.style.docno else "政办发")
        )
        return f"{base}{lb}{year}{rb}{n}{space}号", f"{base}〔{year}〕{n}号"

    def post_text(self, slot: Slot, prev: Slot | None = None) -> str:
        """A post as printed: table style drops the city, a unit after its parent is elided."""
        org = slot.org
        if prev is not None and org.parent is not None and org.parent is prev.org:
            return org.unit + slot.title
        return (org.short if self.style.form == "table" else org.full) + slot.title

    def expanded(self, slot: Slot) -> tuple[str, str, str]:
        """(post, org, title) of the truth: the printed form with any elided organisation filled in."""
        org = slot.org.short if self.style.form == "table" else slot.org.full
        return org + slot.title, org, slot.title

    def event(
        self,
        meta: tuple[str | None, str | None, str | None, str, str],
        action: str,
        kind: str,
        person: Person,
        slot: Slot,
        qualifiers: tuple[str, ...],
    ) -> dict:
        """A truth row (doc, span and evidence are filled in when the text is placed)."""
        notice, doc_number, issuer, date_iso, precision = meta
        post, org, title = self.expanded(slot)
        row = {
            "doc": None,
            "notice": notice,
            "doc_number": doc_number,
            "issuer": issuer,
            "date": date_iso,
            "date_precision": precision,
            "action": action,
            "kind": kind,
            "person": person.name,
            "post": post,
            "org": org,
            "title": title,
            "qualifiers": list(qualifiers),
            "evidence": None,
            "span": None,
            "person_id": person.pid,
            "canonical_post": slot.post,
            "principal": slot.principal,
            "jurisdiction": self.j.place.prefix,
            "note": NOTES.get(kind),
        }
        self.j.truth_rows.append(row)  # the same dict: doc and evidence are filled in later
        self.j.events += 1
        return row

    def line(
        self,
        text: str,
        rows: list[tuple[dict, int, int]] = (),
        wrap_it: bool = True,
        attest: list[tuple[dict, int, int]] = (),
    ) -> None:
        """Add one line (and the blank line after it), wrapped in PDF style if the jurisdiction is."""
        if wrap_it and self.style.wrap:
            text, fix = wrap(text, self.style.wrap)
            rows = [(r, *fix(a, b)) for r, a, b in rows]
            attest = [(r, *fix(a, b)) for r, a, b in attest]
        self.g.add(text + self.sep, rows, attest)

    def furniture(self) -> None:
        """A page break as PDF text shows it: page number, sometimes a running head."""
        if not self.j.profile.furniture:
            return
        self.g.page += 1
        if self.style.form == "bulletin":
            self.g.add(f"—{str(self.g.page).translate(_FULL_DIGITS)}—\n\n{self.g.head}\n\n")
        else:
            self.g.add(f"— {self.g.page} —\n\n")

    def title_lines(self, issuer: str, rest: str) -> None:
        """A notice title, broken over lines in one of the ways gazettes break it."""
        r = self.rng.random()
        if r < 0.35:
            self.g.add(f" {issuer}关于{self.sep}{rest}{self.sep}")
        elif r < 0.6:
            self.g.add(f" {issuer}{self.sep}关于{rest}{self.sep}")
        elif r < 0.8:
            self.g.add(f"{issuer}关于 {rest}{self.sep}")
        else:
            self.g.add(f"{issuer}关于{rest}{self.sep}")

    def sign(self, issuer: str, day: int) -> None:
        """Issuer and date at the foot of a document."""
        self.g.add(f"{issuer}{self.sep}{fmt_day(day, self.style.date_style)}{self.sep}")

    # -- clauses -------------------------------------------------------------------------------

    @staticmethod
    def who_title(people: list[Person]) -> str:
        """林哲等同志 / 林哲同志 for a notice title."""
        distinct = {id(p) for p in people}
        return f"{people[0].name}{'等' if len(distinct) > 1 else ''}同志"

    def session(self, day: int) -> str:
        """第十七届人民代表大会常务委员会第十五次会议: five-year terms, meetings counted within one."""
        year = date.fromordinal(day).year
        term = self.j.congress_base + (year - 2000) // 5
        self.j.meetings[term] += 1
        return f"第{cn_number(term)}届人民代表大会常务委员会第{cn_number(self.j.meetings[term])}次会议"

    def who(self, p: Person) -> str:
        return p.name + ("同志" if self.style.tongzhi else "")

    def appoint_clause(self, c: Change, meta: tuple, verb_prefix: str = "") -> list[tuple[str, list]]:
        """任命A为X、Y（兼），免去其Z职务 — one clause per verb (任命 / 聘任)."""
        out = []
        groups: dict[str, list] = {}
        for slot, quals, kind in c.appoints:
            groups.setdefault(kind, []).append((slot, quals))
        removes = c.removes
        for kind, items in groups.items():
            verb = verb_prefix + ("聘任" if kind == "hire" else "任命")
            text = f"{verb}{self.who(c.person)}为"
            rows = []
            prev = None
            for i, (slot, quals) in enumerate(items):
                text += ("、" if i else "") + self.post_text(slot, prev) + self.qual_text(quals)
                prev = slot
                action = "nominate_appoint" if verb_prefix else "appoint"
                rows.append((self.event(meta, action, kind, c.person, slot, quals), 0, len(text)))
            if removes:
                text += "，免去其" + self.posts_list([s for s, _ in removes]) + "职务"
                for slot, _kind in removes:  # 免去其 is printed whatever ended the post
                    rows.append((self.event(meta, "remove", "remove", c.person, slot, ()), 0, len(text)))
                removes = []
            out.append((text, rows))
        return out

    def remove_clause(self, c: Change, meta: tuple, verb_prefix: str = "") -> list[tuple[str, list]]:
        """免去A的X、Y职务 (解聘 for hired posts)."""
        out = []
        groups: dict[str, list] = {}
        for slot, kind in c.removes:
            groups.setdefault(kind, []).append(slot)
        for kind, slots in groups.items():
            if kind == "resign":
                text = f"接受{self.who(c.person)}辞去{self.posts_list(slots)}职务的请求"
                action = "other"
            else:
                verb = verb_prefix + ("解聘" if kind == "dismiss" else "免去")
                text = f"{verb}{self.who(c.person)}的{self.posts_list(slots)}职务"
                action = "nominate_remove" if verb_prefix else "remove"
            rows = [(self.event(meta, action, kind, c.person, s, ()), 0, len(text)) for s in slots]
            out.append((text, rows))
        return out

    def confirm_clause(self, c: Change, meta: tuple) -> list[tuple[str, list]]:
        """A按期正式任X."""
        out = []
        for slot in c.confirms:
            text = f"{self.who(c.person)}按期正式任{self.post_text(slot)}"
            row = self.event(meta, "confirm", "confirm", c.person, slot, ())
            out.append((text, [(row, 0, len(text))]))
        return out

    def posts_list(self, slots: list[Slot]) -> str:
        parts, prev = [], None
        for s in slots:
            parts.append(self.post_text(s, prev))
            prev = s
        return "、".join(parts)

    @staticmethod
    def qual_text(quals: tuple[str, ...]) -> str:
        if "concurrent" in quals:
            return "（兼）"
        if "probation_1y" in quals:
            return "（试用期一年）"
        return ""

    def clauses_block(self, clauses: list[tuple[str, list]], last: str = "。") -> None:
        """Print clauses one a line, ；-terminated, the last with ``last``; sometimes two on a line."""
        i = 0
        while i < len(clauses):
            text, rows = clauses[i]
            end = last if i == len(clauses) - 1 else "；"
            if end == "；" and i + 1 < len(clauses) - 1 and self.rng.random() < 0.08:
                nxt_text, nxt_rows = clauses[i + 1]
                shift = len(text) + 1
                rows = rows + [(r, a + shift, b + shift) for r, a, b in nxt_rows]
                text = f"{text}；{nxt_text}"
                i += 1
            self.line(text + end, rows)
            i += 1
            if self.rng.random() < 0.01:
                self.furniture()

    # -- the forms -----------------------------------------------------------------------------

    def notice(self, changes: list[Change], day: int) -> None:
        """关于…同志职务任免的通知, or …任职的通知 for confirmations only."""
        appoint_like = [c for c in changes if c.appoints or c.removes]
        confirms = [c for c in changes if c.confirms]
        if appoint_like:
            self._notice(appoint_like, day, confirm=False)
        if confirms:
            self._notice(confirms, day, confirm=True)

    def _notice(self, changes: list[Change], day: int, confirm: bool) -> None:
        j = self.j
        # The title names the person of the first clause: appointments are printed first.
        changes = [c for c in changes if c.appoints] + [c for c in changes if not c.appoints]
        who = self.who_title([c.person for c in changes])
        if confirm or all(not c.removes for c in changes):
            kind = "任职"
        elif all(not c.appoints for c in changes):
            kind = "免职"
        else:
            kind = "职务任免"
        rest = f"{who}{kind}的通知"
        printed, docno = self.docno(day)
        notice = f"{j.issuer}关于{rest}"
        meta = (notice, docno, j.issuer, iso_day(day), "day")
        self.title_lines(j.issuer, rest)
        self.g.add(f"{printed}{self.sep}{self.addressee()}{self.sep}{j.place.level}人民政府决定：{self.sep}")
        clauses: list[tuple[str, list]] = []
        if confirm:
            for c in changes:
                clauses += self.confirm_clause(c, meta)
        else:
            for c in changes:
                clauses += self.appoint_clause(c, meta) if c.appoints else self.remove_clause(c, meta)
        self.clauses_block(clauses)
        self.g.add(f"特此通知。{self.sep}")
        self.sign(j.issuer, day)
        self.g.form_counts["notice"] += 1

    def addressee(self) -> str:
        return self.rng.choice(self.j.v["addressees"]).format(lvl=self.j.place.level)

    def motion(self, noms: list[Nomination], day: int) -> None:
        """提请审议…职务任免的议案 to the standing committee, signed by the 区长 (an attestation)."""
        j = self.j
        people = [n.incoming for n in noms if n.incoming] + [n.outgoing for n in noms if n.outgoing]
        if not people:
            return
        who = self.who_title(people)
        printed, docno = self.docno(day)
        notice = f"{j.issuer}关于提请审议{who}职务任免的议案"
        meta = (notice, docno, j.issuer, iso_day(day), "day")
        s = self.sep
        self.g.add(f" {j.issuer}关于提请{s}审议{who}职务任免的议案{s}{printed}{s}{j.npc}：{s}")
        ins = [
            Change(n.incoming, appoints=[(n.slot, (), "nominate_appoint")], day=day)
            for n in noms
            if n.incoming is not None
        ]
        outs = [
            Change(n.outgoing, removes=[(n.slot, "nominate_remove")], day=day)
            for n in noms
            if n.outgoing is not None
        ]
        clauses = []
        for c in ins:
            clauses += self.appoint_clause(c, meta, verb_prefix="提请")
        for c in outs:
            clauses += self.remove_clause(c, meta, verb_prefix="提请")
        self.clauses_block(clauses)
        self.g.add(f"请审议决定。{self.sep}")
        self.signature(day)
        self.g.add(f"{fmt_day(day, self.style.date_style)}{self.sep}")
        self.g.form_counts["motion"] += 1

    def signature(self, day: int) -> None:
        """区长：肖文高 — who held the leader's post that day (an attestation, not an event)."""
        j = self.j
        assert j.leader is not None
        lvl = j.place.level
        text = f"{lvl}长：{j.leader.name}"
        row = {
            "doc": None,
            "notice": None,
            "date": iso_day(day),
            "person": j.leader.name,
            "person_id": j.leader.pid,
            "post": f"{j.issuer}{lvl}长",
            "printed_post": f"{lvl}长",
            "form": "signature",
            "evidence": None,
            "span": None,
        }
        self.g.add(text + self.sep, attestations=[(row, 0, len(text))])

    def decision(self, noms: list[Nomination], changes: dict[int, Change], day: int) -> None:
        """The standing committee's 决定: 任命 / 免去 clauses, no 文号."""
        j = self.j
        mine: list[Change] = []
        for n in noms:
            for p in (n.incoming, n.outgoing):
                if p is None:
                    continue
                c = changes.get(id(p))
                if c is None:
                    continue
                part = Change(p, day=day)
                part.appoints = [a for a in c.appoints if a[0] is n.slot]
                part.removes = [r for r in c.removes if r[0] is n.slot]
                c.appoints = [a for a in c.appoints if a[0] is not n.slot]
                c.removes = [r for r in c.removes if r[0] is not n.slot]
                if part.appoints or part.removes:
                    mine.append(part)
        if not mine:
            return
        mine = [c for c in mine if c.appoints] + [c for c in mine if not c.appoints]
        who = self.who_title([c.person for c in mine])
        notice = f"{j.npc}关于{who}职务任免的决定"
        meta = (notice, None, j.npc, iso_day(day), "day")
        session = f"{j.place.prefix}{self.session(day)}"
        self.g.add(
            f" {j.npc}{self.sep}关于{who}职务任免的决定{self.sep}"
            f"（{fmt_day(day, self.style.date_style)}{session}通过）{self.sep}{session}决定：{self.sep}"
        )
        clauses = []
        for c in mine:
            clauses += self.appoint_clause(c, meta) if c.appoints else self.remove_clause(c, meta)
        self.clauses_block(clauses)
        self.sign(j.npc, day)
        self.g.form_counts["decision"] += 1

    def table(self, changes: list[Change], year: int, q: int) -> None:
        """A quarterly table: 任命职务 rows (appointments, confirmations), then 免去职务 rows."""
        j = self.j
        months = f"{cn_number(3 * q + 1)}月~{cn_number(3 * q + 3)}月份"
        title = f"{str(year).translate(_CN_DIGITS)}年{months}{j.place.level}政府人事任免事项"
        span = f"{year}-{3 * q + 1:02d}/{year}-{3 * q + 3:02d}"
        meta = (title, None, j.issuer, span, "span")
        self.g.add(f"【人事任免】{self.sep}{title}{self.sep}| 姓 名 | 任 命 职 务 |\n|-----|---|\n")
        for c in changes:
            for slot, quals, _ in c.appoints:
                quals = self._grade(slot, quals)
                self._row(
                    c.person,
                    self.post_text(slot) + self._paren(quals),
                    [(meta, "appoint", "appoint", c.person, slot, quals)],
                )
            for slot in c.confirms:
                self._row(
                    c.person,
                    self.post_text(slot) + "(试用期满)",
                    [(meta, "confirm", "confirm", c.person, slot, ("probation_complete",))],
                )
        removes = [c for c in changes if c.removes]
        if removes:
            self.g.add(f"\n姓 名**免 去 职 务**{self.sep}| | |\n|-----|----------------------------|\n")
            for c in removes:
                slots = [s for s, _ in c.removes]
                self._row(
                    c.person,
                    self.posts_list(slots) + "职务",
                    [(meta, "remove", "remove", c.person, s, ()) for s in slots],
                )
        self.g.add("\n")
        self.g.form_counts["table"] += 1

    def _grade(self, slot: Slot, quals: tuple[str, ...]) -> tuple[str, ...]:
        if slot.org.kind in ("dept", "street") or "concurrent" in quals or self.rng.random() > 0.3:
            return quals
        return (f"grade:{self.rng.choice(self.j.v['grades'])}", *quals)

    @staticmethod
    def _paren(quals: tuple[str, ...]) -> str:
        words = [
            q[6:] if q.startswith("grade:") else {"probation_1y": "试用期一年", "concurrent": "兼"}[q]
            for q in quals
        ]
        return f"({','.join(words)})" if words else ""

    def _row(self, person: Person, cell: str, events: list[tuple]) -> None:
        name = spaced(person.name)
        text = f"| {name} | {cell} |"
        rows = [
            (self.event(meta, action, kind, p, slot, quals), 2, len(text) - 2)
            for meta, action, kind, p, slot, quals in events
        ]
        self.g.add(text + "\n", rows)

    def bulletin(self, changes: list[Change]) -> None:
        """人事任免 of a city bulletin: items under full-width date headers, "." ending each."""
        j = self.j
        by_day: dict[int, list[Change]] = {}
        for c in changes:
            by_day.setdefault(c.day, []).append(c)
        self.g.add(f" 人事任免{self.sep}")
        for day in sorted(by_day):
            meta = ("人事任免", None, j.issuer, iso_day(day), "day")
            self.g.add(f"{fmt_day(day, 'full')}{self.sep}")
            clauses: list[tuple[str, list]] = []
            for c in by_day[day]:
                if c.appoints:
                    clauses += self.appoint_clause(c, meta)
                elif c.removes:
                    clauses += self.remove_clause(c, meta)
                clauses += self.confirm_clause(c, meta)
            for text, rows in clauses:
                end = ";" if self.rng.random() < 0.15 else "."
                self.line(text.translate(_HALF_WIDTH) + end, rows, wrap_it=False)
        self.g.form_counts["bulletin"] += 1

    # -- prose ---------------------------------------------------------------------------------

    def prose(self, chars: int, day: int) -> None:
        """Policy documents of about ``chars`` characters; some carry a membership list."""
        written = 0
        while written < chars:
            before = self.g.length
            if self.j.profile.attestations and self.style.form != "bulletin" and self.rng.random() < 0.12:
                self.group_notice(day)
            else:
                self.policy_doc(day)
            written += self.g.length - before

    def paragraph(self) -> str:
        text = "".join(self.rng.sample(self.j.prose_pool, self.rng.randint(2, 6)))
        return text.translate(_HALF_WIDTH) if self.style.form == "bulletin" else text

    def policy_doc(self, day: int) -> None:
        j, rng, v = self.j, self.rng, self.j.v
        title = rng.choice(v["policy_titles"]).format(
            jur=j.place.name or j.place.city,
            topic=rng.choice(v["topics"]),
            year=date.fromordinal(day).year,
            cong=cn_number(rng.randint(14, 17)),
            sess=cn_number(rng.randint(1, 6)),
            n=rng.randint(1, 1500),
        )
        office = "办" if rng.random() < 0.5 else ""
        printed, _ = self.docno(day, office)
        s = self.sep
        head = f" {j.issuer}{'办公室' if office else ''}{title}{s}{printed}{s}{self.addressee()}{s}"
        self.g.add(head.translate(_HALF_WIDTH) if self.style.form == "bulletin" else head)
        for _ in range(rng.randint(2, 8)):
            if rng.random() < 0.3:
                self.g.add(rng.choice(v["section_heads"]) + self.sep)
            self.line(self.paragraph())
            if rng.random() < 0.15:
                self.furniture()
        self.sign(j.issuer + ("办公室" if office else ""), day)

    def group_notice(self, day: int) -> None:
        """关于成立…领导小组的通知 with 组 长：… lines: attestations of who held what that day."""
        j, rng = self.j, self.rng
        group = rng.choice(j.v["groups"])
        jur = j.place.name or ""
        printed, _ = self.docno(day, "办")
        lvl = j.place.level
        self.g.add(
            f" {j.issuer}办公室关于成立{jur}{group}的通知{self.sep}{printed}{self.sep}"
            f"{self.addressee()}{self.sep}经{lvl}政府研究，决定成立{jur}{group}。组成人员如下：{self.sep}"
        )
        assert j.leader is not None
        members = [(j.leader, f"{lvl}长", f"{j.issuer}{lvl}长", "组 长：")]
        if j.vices:
            v = rng.choice(j.vices)
            members.append((v, f"副{lvl}长", f"{j.issuer}副{lvl}长", "副组长："))
        heads = [s for s in j.slots if s.holders and s.org.abbr and rng.random() < 0.25][:15]
        sep = "\t" if rng.random() < 0.3 else " "
        for i, s in enumerate(heads):
            h = s.holders[0]
            label = "成 员：（按姓氏笔画排序）" + self.sep if i == 0 else ""
            members.append((h.person, s.org.abbr + s.title, s.post, label))
        for person, short, post, label in members:
            if label.startswith("成"):
                self.g.add(label)
                label = ""
            body = f"{spaced(person.name)}{sep}{short}"
            text = f"{label}{body}"
            row = {
                "doc": None,
                "notice": f"{j.issuer}办公室关于成立{jur}{group}的通知",
                "date": iso_day(day),
                "person": person.name,
                "person_id": person.pid,
                "post": post,
                "printed_post": short,
                "form": "membership",
                "evidence": None,
                "span": None,
            }
            self.g.add(text + self.sep, attestations=[(row, len(label), len(text))])
        self.line(self.paragraph())
        self.sign(j.issuer + "办公室", day)
        self.g.form_counts["membership"] += 1


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
            r.prose(int(j.prose_debt), day)
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


# ---------------------------------------------------------------------------- truth tenures

# Events share few distinct dates (a notice's date, a quarter): parse each once.
_parse_date = lru_cache(maxsize=8192)(FuzzyDate.parse)


def derive_tenures(rows: list[dict]) -> list[dict]:
    """Tenures that the printed events support, by the rules of docs/design.md#tenures.

    - appoint starts a tenure (probation with 试用期一年); on a principal post it ends the open
      tenure of anyone else on that post no later than that date (an inferred end);
    - confirm makes the open tenure formal, or starts one inferred a year earlier (year precision);
    - remove ends the open tenure (or replaces an inferred end), or records one of unknown start;
    - a nomination changes no tenure: a nominee never appointed is a pending, nominated tenure.

    ``sure_from`` / ``sure_until`` (exclusive; None = still in post) bound the days on which the
    record makes the holding certain: an inferred boundary never does, so an inferred start is
    certain only from the first event that shows the person in post, and an inferred end only up to
    the last one. Events are taken in print order, which is chronological within a jurisdiction.
    """
    tenures: list[dict] = []
    open_: dict[tuple[str, str], dict] = {}
    by_post: dict[str, set[tuple[str, str]]] = {}
    closed_inferred: dict[tuple[str, str], dict] = {}
    nominated: dict[tuple[str, str], dict] = {}

    def new(ev: dict, start: str | None, precision: str, inferred: bool, status: str) -> dict:
        t = {
            "person": ev["person"],
            "person_id": ev["person_id"],
            "post": ev["post"],
            "canonical_post": ev["canonical_post"],
            "org": ev["org"],
            "title": ev["title"],
            "principal": ev["principal"],
            "jurisdiction": ev["jurisdiction"],
            "start": start,
            "start_precision": precision,
            "start_inferred": inferred,
            "end": None,
            "end_precision": None,
            "end_inferred": False,
            "status": status,
            "concurrent": "concurrent" in ev["qualifiers"],
            "start_doc": ev["doc"],
            "end_doc": None,
            "_seen": None,
        }
        tenures.append(t)
        return t

    def see(t: dict, when: FuzzyDate) -> None:
        first, last = t["_seen"] or (when.latest, when.earliest)
        t["_seen"] = (min(first, when.latest), max(last, when.earliest))

    def close(t: dict, ev: dict, inferred: bool) -> None:
        t.update(
            end=ev["date"],
            end_precision=ev["date_precision"],
            end_inferred=inferred,
            status="ended",
            end_doc=ev["doc"],
        )

    for ev in rows:
        key = (ev["person_id"], ev["canonical_post"])
        post, action = ev["canonical_post"], ev["action"]
        when = _parse_date(ev["date"])
        holders = by_post.setdefault(post, set())
        if action == "appoint":
            nominated.pop(key, None)
            if ev["principal"]:
                for other in list(holders - {key}):
                    t = open_.pop(other)
                    close(t, ev, inferred=True)
                    closed_inferred[other] = t
                    holders.discard(other)
            if key not in open_:
                status = "probation" if "probation_1y" in ev["qualifiers"] else "formal"
                open_[key] = new(ev, ev["date"], ev["date_precision"], False, status)
                see(open_[key], when)
                holders.add(key)
        elif action == "confirm":
            t = open_.get(key)
            if t is None:
                # 试用期一年: the unseen appointment was about a year before the confirmation.
                year = str((when.earliest - date.resolution * YEAR).year)
                t = open_[key] = new(ev, year, "year", True, "formal")
                holders.add(key)
            t["status"] = "formal"
            see(t, when)
        elif action in ("remove", "other"):
            t = open_.pop(key, None)
            holders.discard(key)
            if t is None:
                t = closed_inferred.pop(key, None) or new(ev, None, "unknown", False, "ended")
            close(t, ev, inferred=False)
        elif action == "nominate_appoint":
            nominated[key] = ev
    for ev in nominated.values():
        t = new(ev, None, "unknown", False, "nominated")
        t["nominated_on"] = ev["date"]
    for t in tenures:
        _certain_days(t)
    return tenures


def _certain_days(t: dict) -> None:
    """Set sure_from / sure_until of a derived tenure (and drop its working fields)."""
    seen = t.pop("_seen")
    t["sure_from"] = t["sure_until"] = None
    if t["status"] == "nominated":
        return
    if t["start"] is not None and not t["start_inferred"]:
        t["sure_from"] = _parse_date(t["start"]).latest.isoformat()
    elif seen is not None:
        t["sure_from"] = seen[0].isoformat()
    if t["end"] is not None:
        if t["end_inferred"]:
            last = seen[1] if seen else _parse_date(t["end"]).earliest
            t["sure_until"] = (last + date.resolution).isoformat()
        else:
            t["sure_until"] = _parse_date(t["end"]).earliest.isoformat()


# ---------------------------------------------------------------------------- the whole run


def iter_jurisdictions(
    events: int, seed: int, profile: Profile = Profile()
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


def generate(events: int, seed: int, out: Path, profile: Profile = Profile()) -> GenerationSummary:
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
