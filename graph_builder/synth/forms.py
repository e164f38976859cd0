"""The forms of personnel text, printed into a jurisdiction's gazette in its style.

Notices with 文号, 提请任命 议案 and the standing committee's 决定, quarterly tables and city
bulletins (docs/design.md#forms), each built from clauses (任命…为…，免去其…职务; 免去…的…职务;
按期正式任…). Every clause makes the truth rows of the events it prints.
"""

from __future__ import annotations

from datetime import date

from graph_builder.synth.careers import Jurisdiction
from graph_builder.synth.dates import CN_DIGITS, FULL_DIGITS, cn_number, fmt_day, iso_day
from graph_builder.synth.gazette import wrap
from graph_builder.synth.vocab import spaced
from graph_builder.synth.world import Change, Nomination, Person, Slot

# Gold-schema notes for the events that need one.
NOTES = {
    "nominate_appoint": "提请审议的议案，尚未生效",
    "nominate_remove": "提请审议的议案，尚未生效",
    "resign": "接受辞去职务的请求：辞职，任职终止",
}
# Bulletins end clauses with "." and use half-width punctuation.
HALF_WIDTH = str.maketrans({"，": ",", "。": ".", "；": ";", "（": "(", "）": ")", "：": ":"})


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
            self.g.add(f"—{str(self.g.page).translate(FULL_DIGITS)}—\n\n{self.g.head}\n\n")
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
        """A person as a clause names them: 唐伟军, or 唐伟军同志 where the jurisdiction says so."""
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
        """Posts joined with 、, each unit elided after its parent as :meth:`post_text` does."""
        parts, prev = [], None
        for s in slots:
            parts.append(self.post_text(s, prev))
            prev = s
        return "、".join(parts)

    @staticmethod
    def qual_text(quals: tuple[str, ...]) -> str:
        """The qualifier printed after a post in a clause: （兼） or （试用期一年）."""
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
        """The line a notice is addressed to (区政府各委、办、局，各街道办事处：), from the vocabulary."""
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
        title = f"{str(year).translate(CN_DIGITS)}年{months}{j.place.level}政府人事任免事项"
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
                self.line(text.translate(HALF_WIDTH) + end, rows, wrap_it=False)
        self.g.form_counts["bulletin"] += 1
