"""The prose around the personnel text: policy documents and membership lists.

Real gazettes are mostly prose, with personnel words that name nobody (decoys) and membership
lists of 领导小组 whose lines show who held what on a day (attestations, not events). These are
written through a jurisdiction's :class:`~graph_builder.synth.forms.Renderer`, so they share its
文号 series, line wrapping and page furniture.
"""

from __future__ import annotations

from datetime import date

from graph_builder.synth.dates import cn_number, iso_day
from graph_builder.synth.forms import HALF_WIDTH, Renderer
from graph_builder.synth.vocab import spaced


def write_prose(r: Renderer, chars: int, day: int) -> None:
    """Policy documents of about ``chars`` characters; some carry a membership list."""
    written = 0
    while written < chars:
        before = r.g.length
        if r.j.profile.attestations and r.style.form != "bulletin" and r.rng.random() < 0.12:
            group_notice(r, day)
        else:
            policy_doc(r, day)
        written += r.g.length - before


def paragraph(r: Renderer) -> str:
    """Two to six sentences of the jurisdiction's prose pool (half-width punctuation in bulletins)."""
    text = "".join(r.rng.sample(r.j.prose_pool, r.rng.randint(2, 6)))
    return text.translate(HALF_WIDTH) if r.style.form == "bulletin" else text


def policy_doc(r: Renderer, day: int) -> None:
    """A policy document: title, 文号 of the government or its office, paragraphs, signature."""
    j, rng, v = r.j, r.rng, r.j.v
    title = rng.choice(v["policy_titles"]).format(
        jur=j.place.name or j.place.city,
        topic=rng.choice(v["topics"]),
        year=date.fromordinal(day).year,
        cong=cn_number(rng.randint(14, 17)),
        sess=cn_number(rng.randint(1, 6)),
        n=rng.randint(1, 1500),
    )
    office = "办" if rng.random() < 0.5 else ""
    printed, _ = r.docno(day, office)
    s = r.sep
    head = f" {j.issuer}{'办公室' if office else ''}{title}{s}{printed}{s}{r.addressee()}{s}"
    r.g.add(head.translate(HALF_WIDTH) if r.style.form == "bulletin" else head)
    for _ in range(rng.randint(2, 8)):
        if rng.random() < 0.3:
            r.g.add(rng.choice(v["section_heads"]) + r.sep)
        r.line(paragraph(r))
        if rng.random() < 0.15:
            r.furniture()
    r.sign(j.issuer + ("办公室" if office else ""), day)


def group_notice(r: Renderer, day: int) -> None:
    """关于成立…领导小组的通知 with 组 长：… lines: attestations of who held what that day."""
    j, rng = r.j, r.rng
    group = rng.choice(j.v["groups"])
    jur = j.place.name or ""
    printed, _ = r.docno(day, "办")
    lvl = j.place.level
    r.g.add(
        f" {j.issuer}办公室关于成立{jur}{group}的通知{r.sep}{printed}{r.sep}"
        f"{r.addressee()}{r.sep}经{lvl}政府研究，决定成立{jur}{group}。组成人员如下：{r.sep}"
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
        label = "成 员：（按姓氏笔画排序）" + r.sep if i == 0 else ""
        members.append((h.person, s.org.abbr + s.title, s.post, label))
    for person, short, post, label in members:
        if label.startswith("成"):
            r.g.add(label)
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
        r.g.add(text + r.sep, attestations=[(row, len(label), len(text))])
    r.line(paragraph(r))
    r.sign(j.issuer + "办公室", day)
    r.g.form_counts["membership"] += 1
