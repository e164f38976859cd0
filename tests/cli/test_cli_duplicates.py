"""The sample gazettes built with a copy of one saved under another name, or printed in traditional
characters: the commands answer as for the samples alone, and build and status name the copies."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from opencc import OpenCC
from typer.testing import CliRunner

from graph_builder.cli.main import app
from tests.support import SAMPLES

# The 2022 gazette of 普陀区: 普府〔2022〕44号 (朱铮 按期正式任 宜川路街道办事处主任) and 48号 (免去朱铮…;
# 任命汤旻…) among others; its 普府办 notices list office holders (attestations, no events).
GAZETTE = "001_139a0e1c720a02a7.txt"
PRINTED = set(re.findall(r"普府办?〔2022〕\d+号", (SAMPLES / GAZETTE).read_text(encoding="utf-8")))
QUESTIONS = (
    ("who-held", "宜川路街道办事处主任", "--on", "2022-07-14"),
    ("succession", "宜川路街道办事处主任"),
    ("career", "朱铮"),
    ("career", "汤旻"),
)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def build(src, db) -> dict:
    result = run("build", str(src), "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ask(db) -> list:
    """What each question answers: who, which post, when, how sure, on which 文号 and words."""
    out = []
    for q in QUESTIONS:
        result = run(*q, "--db", str(db), "--json")
        assert result.exit_code == 0, result.output
        out.append(
            [
                (i["person"], i["post"], i["start"], i["end"], i["status"], i.get("certainty"))
                + tuple((s["doc_number"], s["date"], s["evidence"]) for s in i["sources"])
                for i in json.loads(result.stdout)
            ]
        )
    return out


@pytest.fixture(scope="module")
def samples_once(tmp_path_factory):
    db = tmp_path_factory.mktemp("once") / "db"
    build(SAMPLES, db)
    return ask(db)


def _with_copy(tmp_path, name: str, script: str | None):
    src = tmp_path / "src"
    shutil.copytree(SAMPLES, src)
    text = (SAMPLES / GAZETTE).read_text(encoding="utf-8")
    (src / name).write_text(OpenCC(script).convert(text) if script else text, encoding="utf-8")
    return src


@pytest.mark.parametrize(
    ("name", "script", "kept"),
    [("000_saved_again.txt", None, "000_saved_again.txt"), ("000_traditional.txt", "s2t", GAZETTE)],
    ids=["two-file-names", "traditional-copy"],
)
def test_a_copy_changes_no_answer(tmp_path, samples_once, name, script, kept):
    """The copy kept is the first file by path, unless the other is printed in simplified script."""
    src = _with_copy(tmp_path, name, script)
    db = tmp_path / "db"
    report = build(src, db)
    assert ask(db) == samples_once
    # the 2022 gazette's notices, each named once with the copy: its three notices of appointments
    # and removals, and those it prints that list holders
    listed = [d["doc_number"] for d in report["duplicates"]]
    assert {"普府〔2022〕44号", "普府〔2022〕45号", "普府〔2022〕48号"} <= set(listed)
    assert set(listed) <= PRINTED and len(set(listed)) == len(listed)
    copy = ({name, GAZETTE} - {kept}).pop()
    pairs = {(d["kept"], tuple(d["copies"])) for d in report["duplicates"]}
    assert pairs == {(str(src / kept), (str(src / copy),))}
    # building the same files again changes nothing
    again = build(src, db)
    assert again["changed_rows"] == 0 and again["duplicates"] == report["duplicates"]


def test_who_held_lists_the_holder_once_and_succession_has_no_phantom(tmp_path):
    db = tmp_path / "db"
    build(_with_copy(tmp_path, "zz_saved_again.txt", None), db)
    held = json.loads(
        run("who-held", "宜川路街道办事处主任", "--on", "2022-07-14", "--db", str(db), "--json").stdout
    )
    assert [(i["person"], i["certainty"]) for i in held] == [("朱铮", "certainly")]
    succession = json.loads(run("succession", "宜川路街道办事处主任", "--db", str(db), "--json").stdout)
    assert [(i["person"], i["start"]) for i in succession] == [("朱铮", "2021"), ("汤旻", "2022-07-15")]
    wide = {"COLUMNS": "400"}  # the table's source column in full
    table = CliRunner().invoke(
        app, ["who-held", "宜川路街道办事处主任", "--on", "2022-07-14", "--db", str(db)], env=wide
    )
    assert table.stdout.count("(also in zz_saved_again.txt)") == 2  # the confirmation and the removal


def test_build_and_status_name_the_copies(tmp_path):
    src = _with_copy(tmp_path, "zz_saved_again.txt", None)
    db = tmp_path / "db"
    built = run("build", str(src), "--db", str(db))
    assert built.exit_code == 0, built.output
    assert " notice(s) read from several documents, counted once:" in built.output
    assert f"普府〔2022〕48号: kept {GAZETTE}; copies zz_saved_again.txt" in built.output
    status = run("status", "--db", str(db))
    assert f"普府〔2022〕44号: kept {GAZETTE}; copies zz_saved_again.txt" in status.output
    listed = json.loads(run("status", "--db", str(db), "--json").stdout)["duplicates"]
    assert {"普府〔2022〕44号", "普府〔2022〕45号", "普府〔2022〕48号"} <= {d["doc_number"] for d in listed}
    assert f"{len(listed)} notice(s) read from several documents" in built.output
    assert {d["events"] for d in listed if d["doc_number"] == "普府〔2022〕48号"} == {8}  # its 8 appointments
    alone = tmp_path / "alone"
    build(SAMPLES, alone)
    assert json.loads(run("status", "--db", str(alone), "--json").stdout)["duplicates"] == []
