"""The app and the builds behind it (AppTest): when the graph was built, a rebuild by another process
loaded without pressing anything, notices read twice warned of, sources linking to where they were
published, and no usage statistics sent.

Expected values come from the gazettes: data/samples/001_139a0e1c720a02a7.txt prints three notices of
普陀区 (普府〔2022〕44号, 45号, 48号; and 普府办 notices listing office holders); 44号 makes 朱铮
按期正式任 宜川路街道办事处主任.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_support import APP, app_command
from tests.support import ROOT, SAMPLES

TIMEOUT = 60
GAZETTE = "001_139a0e1c720a02a7.txt"
URL = "https://www.shpt.gov.cn/shpt/zfgb/2022-4.html"


def renmian(*args: str) -> None:
    """The real CLI in another process, as a user rebuilding beside the running app."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "from graph_builder.cli.main import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stdout + done.stderr


def with_copy(root: Path) -> Path:
    """The samples, the 2022 gazette saved again under another name, and a manifest giving its URL."""
    src = root / "src"
    shutil.copytree(SAMPLES, src)
    shutil.copy(SAMPLES / GAZETTE, src / "zz_saved_again.txt")
    line = {"file": GAZETTE, "url": URL, "title": "普陀区人民政府公报 2022年第4期"}
    (src / "sources.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return src


def open_app(db: Path, monkeypatch, lang: str = "zh") -> AppTest:
    monkeypatch.setenv("RENMIAN_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    return at


def sidebar_text(at: AppTest) -> str:
    return "\n".join(c.value for c in at.sidebar.caption)


def warnings_text(at: AppTest) -> str:
    return "\n".join(w.value for w in at.warning)


@pytest.fixture(scope="module")
def copied_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("copied")
    renmian("build", str(with_copy(root)), "--db", str(root / "db"))
    return root / "db"


def test_the_sidebar_says_when_the_graph_was_built(tmp_path, monkeypatch):
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    renmian("build", str(SAMPLES), "--db", str(tmp_path / "db"))
    after = datetime.now(UTC)
    text = sidebar_text(open_app(tmp_path / "db", monkeypatch))
    shown = text.split("图构建于: ")[1].split("（协调世界时）")[0]
    assert before <= datetime.strptime(shown, "%Y-%m-%d %H:%M").replace(tzinfo=UTC) <= after


def test_a_rebuild_beside_the_app_is_loaded_without_pressing_reload(tmp_path, monkeypatch):
    db, src = tmp_path / "db", tmp_path / "src"
    shutil.copytree(SAMPLES, src)
    renmian("build", str(src), "--db", str(db))
    at = open_app(db, monkeypatch)
    assert "多个文件中重复出现" not in warnings_text(at)
    shutil.copy(SAMPLES / GAZETTE, src / "zz_saved_again.txt")
    renmian("build", str(src), "--db", str(db))  # in another process, the app still open
    at.run()  # the next run of the page, no button pressed
    assert not at.exception, at.exception
    assert "份通知在多个文件中重复出现" in warnings_text(at)


def test_the_overview_warns_of_notices_read_from_several_documents(copied_db, monkeypatch):
    at = open_app(copied_db, monkeypatch)
    (dups,) = [d.value for d in at.dataframe if "重复的文件" in d.value.columns]
    assert f"{len(dups)} 份通知在多个文件中重复出现（同一文号，或简繁体同文），每份只计一次" in warnings_text(
        at
    )
    assert {"普府〔2022〕44号", "普府〔2022〕45号", "普府〔2022〕48号"} <= set(dups["文号"])
    assert set(dups["采用的文件"]) == {GAZETTE} and set(dups["重复的文件"]) == {"zz_saved_again.txt"}
    english = open_app(copied_db, monkeypatch, lang="en")
    assert f"{len(dups)} notice(s) appear in several documents" in warnings_text(english)


def test_post_page_sources_link_to_the_published_gazette_and_name_the_copy(copied_db, monkeypatch):
    at = open_app(copied_db, monkeypatch)
    at.switch_page("graph_builder/app/pages/post.py").run()
    at.text_input(key="post_q").input("宜川路街道办事处主任").run()
    assert not at.exception, at.exception
    text = "\n".join(m.value for m in at.markdown)
    assert f"[普府〔2022〕44号]({URL})" in text
    assert "另见 zz\\_saved\\_again.txt" in text


def test_no_usage_statistics_are_sent(monkeypatch, tmp_path):
    cmd = app_command("--db", str(tmp_path / "db"), monkeypatch=monkeypatch)
    assert cmd[cmd.index("--browser.gatherUsageStats") + 1] == "false"
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False


def test_built_time_is_recent_in_status(copied_db):
    """`renmian status` says when the store was built, too."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from graph_builder.cli.main import main; main()",
            "status",
            "--db",
            str(copied_db),
            "--json",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    built = datetime.fromisoformat(json.loads(done.stdout)["built_at"])
    assert timedelta(0) <= datetime.now(UTC) - built < timedelta(hours=1)
