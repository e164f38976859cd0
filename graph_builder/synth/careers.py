"""Careers: one jurisdiction simulated over the years, its posts filled and vacated.

Deputies are promoted, principals move sideways or leave, probations are confirmed about a year
later, heads of 组成部门 are nominated to the people's congress standing committee and then appointed
by it. Each round's decisions come out of :meth:`Jurisdiction.step` as :class:`Change` and
:class:`Nomination` records for :mod:`graph_builder.synth.forms` to print.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections import Counter
from collections.abc import Callable

from graph_builder.synth.dates import YEAR, workday
from graph_builder.synth.gazette import Gazette, choose_style
from graph_builder.synth.profile import Profile
from graph_builder.synth.vocab import NameMaker, prose_pool, vocab
from graph_builder.synth.world import Change, Holding, Nomination, Person, Place, Slot, build_orgs


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
        # The draw order below is the generator's contract (same seed, same bytes): style, then
        # organisations, then the prose pool, then the congress term.
        self.style = choose_style(self.rng, place, profile, form)
        self.issuer = place.prefix + "人民政府"
        self.npc = place.prefix + "人民代表大会常务委员会"
        self.slots: list[Slot] = build_orgs(self.rng, place, self.taken)
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

    def _prose_pool(self) -> list[str]:
        """Sentences of this jurisdiction's prose, naming its own departments and streets."""
        depts = [s.org.abbr for s in self.principals if s.org.abbr] or [self.place.prefix + "人民政府办公室"]
        streets = [s.org.abbr[:-2] for s in self.principals if s.org.kind == "street"] or ["城关"]
        jur = self.place.name or self.place.city
        return prose_pool(self.rng, jur, depts, streets, self.profile.decoys)

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
