"""The generator's vocabulary, and what is drawn from it: personal names and sentences of prose.

Kept free of the world's types so that every other module of the generator can use it.
"""

from __future__ import annotations

import itertools
import random
import re
from functools import lru_cache
from importlib import resources

import yaml

# Prose that mentions personnel words without naming a person (decoys); dropped when decoys are off.
_DECOY = re.compile(r"免去|任命|任职|任前|试用期|聘任|解聘|不再担任")


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


def prose_pool(rng: random.Random, jur: str, depts: list[str], streets: list[str], decoys: bool) -> list[str]:
    """Sentences of one jurisdiction's prose, filled once and drawn from many times.

    ``jur`` is the jurisdiction's short name, ``depts`` and ``streets`` the names its prose may
    mention; ``decoys`` keeps the sentences with personnel words that name nobody.
    """
    v = vocab()
    sentences = [s for s in v["policy_sentences"] if decoys or not _DECOY.search(s)]
    pool = []
    for _ in range(240):
        year = rng.randint(2005, 2025)
        # Each {n} gets its own number: "357个项目…357万元…357户" reads as generated.
        template = re.sub(r"\{n\}", lambda _m: str(rng.randint(2, 999)), rng.choice(sentences))
        pool.append(
            template.format(
                topic=rng.choice(v["topics"]),
                jur=jur,
                dept=rng.choice(depts),
                street=rng.choice(streets),
                year=year,
                year2=year + 5,
                m=rng.randint(1, 12),
                d=rng.randint(1, 28),
            )
        )
    return pool
