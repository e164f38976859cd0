"""The simulated world: places, their organisations and posts, the people who hold them.

These are the nouns of the simulation; how posts change hands over the years is
:mod:`graph_builder.synth.careers`, how the changes are printed :mod:`graph_builder.synth.forms`.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph_builder.synth.vocab import vocab


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


# ---------------------------------------------------------------------------- organisations and posts


def build_orgs(rng: random.Random, place: Place, taken: set[str]) -> list[Slot]:
    """The posts of a place's organisations: a city's departments and bodies, or a district's.

    ``taken`` holds organisation names other jurisdictions already use; a school named here is added.
    """
    slots: list[Slot] = []
    if place.name is None:
        _build_city(rng, place, slots)
    else:
        _build_district(rng, place, taken, slots)
    return slots


def _add_org(slots: list[Slot], org: Org, title: str, deputy: str | None, deputies: int) -> Slot:
    head = Slot(org, title, True, 1)
    slots.append(head)
    if deputy and deputies:
        org.deputy = Slot(org, deputy, False, deputies)
        slots.append(org.deputy)
    return head


def _build_district(rng: random.Random, place: Place, taken: set[str], slots: list[Slot]) -> None:
    v = vocab()
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
        _add_org(slots, org, spec["title"], spec["deputy"], deputies)
        sub = spec.get("sub")
        if sub:
            unit = Org(
                org.full + sub["name"], org.short + sub["name"], None, "sub", parent=org, unit=sub["name"]
            )
            _add_org(slots, unit, sub["title"], sub["deputy"], 2)
            parent_dep, unit_dep = org.deputy, unit.deputy
            if parent_dep and unit_dep:
                parent_dep.companion = unit_dep
    streets = rng.sample(v["street_names"], rng.randint(2, 6) if lvl == "区" else 0)
    towns = rng.sample(v["town_names"], rng.randint(0, 3) if lvl == "区" else rng.randint(4, 9))
    for s in streets:
        org = Org(f"{prefix}人民政府{s}街道办事处", f"{short}人民政府{s}街道办事处", f"{s}街道", "street")
        _add_org(slots, org, "主任", "副主任", rng.randint(2, 4))
    for t in towns:
        town = t if t.endswith("镇") else t + "镇"  # 堡镇 is already a 镇: 堡镇人民政府
        org = Org(f"{prefix}{town}人民政府", f"{short}{town}人民政府", town, "town")
        _add_org(slots, org, "镇长", "副镇长", rng.randint(2, 4))
    for _ in range(rng.randint(1, 3)):
        school = _school(rng, place, taken)
        if school is None:
            continue
        org = Org(school, school, None, "school", hire=True)
        _add_org(slots, org, "校长", "副校长", rng.randint(1, 3))
    if rng.random() < 0.6:
        form = rng.choice(v["company_forms"])
        dist = short[:-2] if short.endswith("新区") else short[:-1] if len(short) > 2 else short
        name = form.format(city=place.city, dist=dist)
        org = Org(name, name, None, "company", probation=True)
        _add_org(slots, org, "总经理", "副总经理", rng.randint(1, 3))


def _school(rng: random.Random, place: Place, taken: set[str]) -> str | None:
    v, city = vocab(), place.city
    # Schools are named after the city (上海市晋元高级中学), so a name another district of
    # the city has taken gets the district's own name instead (上海市普陀区实验学校).
    for _ in range(30):
        name = rng.choice(v["school_names"]) + rng.choice(v["school_suffixes"])
        for school in (city + name, place.prefix + name)[rng.random() < 0.3 :]:
            if school not in taken:
                taken.add(school)
                return school
    return None


def _build_city(rng: random.Random, place: Place, slots: list[Slot]) -> None:
    v, city = vocab(), place.city
    for spec in v["city_orgs"]:
        org = Org(city + spec["name"], city + spec["name"], None, "dept")
        _add_org(slots, org, spec["title"], spec["deputy"], rng.randint(2, spec["deputies"]))
    for spec in rng.sample(v["city_bodies"], rng.randint(3, len(v["city_bodies"]))):
        name = city[:-1] + spec["name"]
        org = Org(name, name, None, "body", hire=False)
        _add_org(slots, org, spec["title"], spec["deputy"], spec["deputies"])
