"""`renmian extract` as a user runs it: real files, the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support import GOLD_FIELDS, ROOT

NOTICE = "区人民政府决定：\n任命罗军为上海市宝山区水务局局长；\n上海市宝山区人民政府\n2021年2月3日\n"


def _renmian(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("renmian")
    return subprocess.run([str(script), *args], capture_output=True, text=True, timeout=120)


def test_jsonl_rows_carry_the_gold_fields_and_provenance(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    run = _renmian("extract", str(tmp_path), "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert GOLD_FIELDS | {"date_precision", "span", "extractor_version"} <= row.keys()
    assert (row["person"], row["post"], row["date"], row["date_precision"]) == (
        "罗军",
        "上海市宝山区水务局局长",
        "2021-02-03",
        "day",
    )
    assert NOTICE[row["span"][0] : row["span"][1]] == row["evidence"]


def test_a_broken_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    run = _renmian("extract", str(tmp_path), "--format", "jsonl")
    assert run.returncode == 1
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e for e in errors)
    assert [json.loads(line)["person"] for line in run.stdout.splitlines()] == ["罗军"]


def test_table_output_for_people(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    run = _renmian("extract", str(tmp_path / "a.txt"))
    assert run.returncode == 0
    assert "罗军" in run.stdout and "appoint" in run.stdout


def test_parallel_jobs_give_the_same_rows_in_the_same_order(tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(
            NOTICE.replace("罗军", ["罗军", "邹平", "毛毅", "蒋华"][i]), "utf-8"
        )
    (tmp_path / "bad.txt").write_bytes(b"")
    serial, parallel = (
        _renmian("extract", str(tmp_path), "-f", "jsonl"),
        _renmian("extract", str(tmp_path), "-f", "jsonl", "--jobs", "2"),
    )
    assert serial.returncode == parallel.returncode == 1
    assert serial.stdout == parallel.stdout
    assert [json.loads(line)["person"] for line in serial.stdout.splitlines()] == [
        "罗军",
        "邹平",
        "毛毅",
        "蒋华",
    ]


def test_every_registered_command_has_an_example_and_is_in_the_readme() -> None:
    from typer.testing import CliRunner

    from graph_builder.cli.main import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    assert {"extract", "generate", "build", "who-held", "query"} <= set(names)
    for name in names:
        result = CliRunner().invoke(app, [name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name
        assert f"renmian {name}" in readme, name


def test_public_calls_are_importable_from_the_package() -> None:
    import graph_builder
    from graph_builder.graph.api import Renmian
    from graph_builder.pipeline import extract_paths, extract_text

    assert graph_builder.extract_text is extract_text
    assert graph_builder.extract_paths is extract_paths
    assert graph_builder.Renmian is Renmian
