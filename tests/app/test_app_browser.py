"""The app end to end: ``streamlit run app.py`` on the seed graph, driven in Debian's headless Chromium
through Playwright. Each test opens one page, does what a reader would (one search, one click) and
saves a screenshot under its temporary directory (the paths are printed; look at them).

Expected values come from the seed gazettes (see tests/test_app.py).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.app_support import APP, ROOT, SAMPLES, seed_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 1800}
WAIT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    """Wait until Streamlit answers its health check (or fail with its output)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}: {log.read_text(encoding='utf-8')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer at {url} within {seconds}s")


@pytest.fixture(scope="module")
def server_log(tmp_path_factory) -> Path:
    """Where the server's output goes (the last test reads it)."""
    return tmp_path_factory.mktemp("streamlit") / "server.log"


@pytest.fixture(scope="module")
def server(tmp_path_factory, server_log) -> Iterator[str]:
    """``streamlit run app.py -- --db DB`` on a free port, as ``renmian app`` starts it; its base URL."""
    with _serve(seed_db(tmp_path_factory), server_log) as url:
        yield url


@contextlib.contextmanager
def _serve(db: Path, server_log: Path) -> Iterator[str]:
    """The app on ``db`` in its own Streamlit server (output to ``server_log``) while the block runs."""
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        "--",
        "--db",
        str(db),
    ]
    url = f"http://127.0.0.1:{port}"
    with server_log.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            _wait_healthy(url, proc, server_log)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (skipped, saying why, when either is missing)."""
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"Debian chromium not found at {CHROMIUM}: install it with `apt-get install -y chromium`")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            args=CHROMIUM_ARGS,
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh tab (a new Streamlit session) on the app's first page."""
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    tab = context.new_page()
    tab.set_default_timeout(WAIT_MS)
    tab.goto(server)
    tab.get_by_role("heading", name="概览").wait_for()
    yield tab
    context.close()


def settle(page) -> None:
    """Wait until the script run is over (the status widget shows while it runs) and charts have drawn."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    page.wait_for_timeout(1500)


def shoot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot under the test's temporary directory."""
    settle(page)
    out = tmp_path / f"{name}.png"
    page.screenshot(path=str(out), full_page=True)
    print(f"screenshot: {out}")
    assert out.stat().st_size > 10_000
    return out


def open_page(page, label: str) -> None:
    """Choose a page in the sidebar by its label."""
    page.locator('[data-testid="stSidebar"]').get_by_text(label, exact=True).click()
    page.get_by_role("heading", name=label).wait_for()


def search(page, label: str, text: str) -> None:
    """Type into the text box labelled ``label`` and submit."""
    box = page.get_by_label(label)
    box.fill(text)
    box.press("Enter")


# ---- one test per page


def test_overview_shows_real_names(page, tmp_path):
    page.get_by_text("最新任免事项").wait_for()
    page.locator('[data-testid="stMetricValue"]').first.wait_for()
    page.locator(".js-plotly-plot").first.wait_for()
    shoot(page, tmp_path, "overview")
    # the first page names people: the newest notice (普府〔2024〕49号) appoints 王贞飞
    assert page.get_by_text("王贞飞").count() > 0


def test_person_search_shows_a_career(page, tmp_path):
    open_page(page, "人物")
    search(page, "姓名（可输入部分，简繁均可）", "林哲")
    page.get_by_role("heading", name="林哲 · 履历").wait_for()
    page.locator(".js-plotly-plot").first.wait_for()
    page.get_by_text("任命林哲为上海市普陀区交通委员会主任、上海市普陀区水务局局长（兼）").first.wait_for()
    shoot(page, tmp_path, "person")


def test_post_who_held_and_succession(page, tmp_path):
    open_page(page, "职务")
    search(page, "职务（可输入部分名称）", "宜川路街道办事处主任")
    page.get_by_role("heading", name="历任").wait_for()
    page.get_by_text("任命汤旻同志为上海市普陀区人民政府宜川路街道办事处主任").first.wait_for()
    page.locator(".js-plotly-plot").first.wait_for()
    shoot(page, tmp_path, "post")


def test_vacancies(page, tmp_path):
    open_page(page, "空缺")
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    search(page, "机构或地区（可选）", "长宁区")
    settle(page)
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    shoot(page, tmp_path, "vacancies")


def test_network_click_opens_the_person(page, tmp_path):
    open_page(page, "关系网络")
    search(page, "姓名（可输入部分，简繁均可）", "潘浩")
    page.locator("div.renmian-network canvas").wait_for()
    page.wait_for_function("() => document.querySelector('div.renmian-network').renmianNetwork !== undefined")
    shoot(page, tmp_path, "network")
    # click the node of 董锐 (a colleague on 建设和管理委员会): where vis-network drew it, in page pixels
    x, y = page.evaluate("""() => {
        const box = document.querySelector('div.renmian-network');
        const net = box.renmianNetwork;
        const id = net.body.data.nodes.get().find(n => n.label === '董锐').id;
        const p = net.canvasToDOM(net.getPosition(id));
        const r = box.getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""")
    page.mouse.click(x, y)
    page.get_by_role("heading", name="董锐 · 履历").wait_for()
    shoot(page, tmp_path, "network-click-opened-person")


def test_documents_highlight_the_source(page, tmp_path):
    open_page(page, "文件")
    page.locator("div.spans").first.wait_for()
    assert page.locator("div.spans").get_by_text("PERSON").count() > 0
    shoot(page, tmp_path, "documents")


def test_cypher_console_reads_and_refuses_writes(page, tmp_path):
    open_page(page, "Cypher 查询")
    page.get_by_text("下载 CSV").wait_for()  # the default example ran
    shoot(page, tmp_path, "cypher")
    page.get_by_label("Cypher 语句").fill("MATCH (p:Post) DETACH DELETE p")
    page.get_by_role("button", name="运行").click()
    page.get_by_text("已拒绝（只读）").wait_for()
    shoot(page, tmp_path, "cypher-refused")


def test_english_labels(page, tmp_path):
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
    page.get_by_role("heading", name="Overview").wait_for()
    open_page(page, "Person")
    search(page, "Name (a fragment, either script)", "朱铮")
    page.get_by_role("heading", name="朱铮 · Career").wait_for()
    shoot(page, tmp_path, "person-en")


def test_links_open_a_page_with_its_search(browser, server, tmp_path):
    """A page's own path, and the ?page= of links made before pages had paths, open it as linked."""
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    try:
        tab = context.new_page()
        tab.set_default_timeout(WAIT_MS)
        tab.goto(f"{server}/person?person_q=林哲")
        tab.get_by_role("heading", name="林哲 · 履历").wait_for()
        shoot(tab, tmp_path, "link-person")
        tab.goto(f"{server}/?page=post&lang=en&post_q=宜川路街道办事处主任")
        tab.get_by_role("heading", name="Succession").wait_for()
        tab.get_by_text("任命汤旻同志为上海市普陀区人民政府宜川路街道办事处主任").first.wait_for()
        shoot(tab, tmp_path, "link-post-en")
        assert tab.url.startswith(f"{server}/post?") and "post_q=" in tab.url and "lang=en" in tab.url
    finally:
        context.close()


def test_organisation_roster(page, tmp_path):
    """The roster of 上海市普陀区 on 2024-05-01: 林哲 heads 水务局 (普府〔2024〕32号, 2024-04-22)."""
    open_page(page, "机构")
    search(page, "机构（可输入部分名称，简繁均可）", "上海市普陀区")
    date_box = page.get_by_label("日期")
    date_box.fill("2024-05-01")
    date_box.press("Enter")
    page.get_by_role("heading", name="上海市普陀区 · 2024-05-01").wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    shoot(page, tmp_path, "organisation")
    assert "id=org_" in page.url and "date=2024-05-01" in page.url  # the address is a permalink


def test_an_impossible_date_is_refused_in_the_browser(page, tmp_path):
    """Typed into the date box, 2022-13-45 is refused (the browser's date picker made it 2022-03-05)."""
    open_page(page, "职务")
    search(page, "职务（可输入部分名称）", "宜川路街道办事处主任")
    page.get_by_role("heading", name="历任").wait_for()
    date_box = page.get_by_label("日期")
    date_box.fill("2022-13-45")
    date_box.press("Enter")
    page.get_by_text("无法识别日期“2022-13-45”").wait_for()
    assert page.get_by_role("heading", name="在任者 · 2022-03-05").count() == 0
    shoot(page, tmp_path, "date-refused")


def test_permalinks_open_the_exact_answer(browser, server, tmp_path):
    """/person, /post and /organisation with ?id=…&date=… show that person, post or organisation on
    that day: 朱铮 held the 宜川路 street office until 2022-07-15 (普府〔2022〕48号)."""
    from graph_builder.resolve.ids import org_id, person_id, post_id

    street = "上海市普陀区人民政府宜川路街道办事处主任"
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    try:
        tab = context.new_page()
        tab.set_default_timeout(WAIT_MS)
        tab.goto(f"{server}/person?id={person_id('上海市普陀区', '朱铮', None)}&date=2022-07-14")
        tab.get_by_role("heading", name="朱铮 · 履历").wait_for()
        shoot(tab, tmp_path, "permalink-person")
        tab.goto(f"{server}/post?id={post_id(street)}&date=2022-07-14")
        tab.get_by_role("heading", name="在任者 · 2022-07-14").wait_for()
        tab.get_by_text("朱铮同志按期正式任上海市普陀区人民政府宜川路街道办事处主任").first.wait_for()
        shoot(tab, tmp_path, "permalink-post")
        tab.goto(f"{server}/organisation?id={org_id('上海市普陀区')}&date=2022-07-14")
        tab.get_by_role("heading", name="上海市普陀区 · 2022-07-14").wait_for()
        tab.locator('[data-testid="stDataFrame"]').first.wait_for()
        shoot(tab, tmp_path, "permalink-organisation")
    finally:
        context.close()


def test_overview_warns_of_a_notice_read_twice_after_a_rebuild(browser, tmp_path):
    """A rebuild beside the running app (the 2022 gazette saved again under another name) shows on
    the Overview by itself, as a data-quality warning naming the notices it prints."""
    from graph_builder.graph.api import Renmian

    src, db = tmp_path / "src", tmp_path / "db"
    shutil.copytree(SAMPLES, src)

    def build() -> None:
        api = Renmian.open(db)
        try:
            assert api.build(paths=[src])["errors"] == []
        finally:
            api.close()

    build()
    with _serve(db, tmp_path / "server.log") as url:
        context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
        try:
            tab = context.new_page()
            tab.set_default_timeout(WAIT_MS)
            tab.goto(url)
            tab.get_by_text("图构建于").first.wait_for()
            assert tab.get_by_text("多个文件中重复出现").count() == 0
            shutil.copy(src / "001_139a0e1c720a02a7.txt", src / "zz_saved_again.txt")
            build()  # nothing clicked after this: the app looks for a rebuild every few seconds
            warning = tab.get_by_text("份通知在多个文件中重复出现")
            warning.wait_for()
            warning.scroll_into_view_if_needed()
            # a cell of the table below it (the grid is drawn on a canvas: its cells stay hidden)
            tab.get_by_text("zz_saved_again.txt").first.wait_for(state="attached")
            shoot(tab, tmp_path, "overview-duplicate-notices")
        finally:
            context.close()
    log = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "Traceback" not in log, log


def test_server_log_has_no_errors(server, server_log):
    """Runs last: every page above ran without a traceback or a widget-state warning on the server."""
    text = server_log.read_text(encoding="utf-8")
    assert "Traceback" not in text and "Exception" not in text, text
    assert "WARNING" not in text, text
