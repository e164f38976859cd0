"""`renmian app` is the server process: a signal to the command's PID stops
Streamlit, and the port is free again. A real `renmian app` in a subprocess on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_builder.cli.main import app
from tests.cli.test_cli_graph import NOTICE_2022

RENMIAN = Path(sys.executable).with_name("renmian")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def healthy(port: int) -> bool:
    """Whether Streamlit answers its health check: its server is up, signal handlers and all (a
    signal sent while it is still starting, the port already bound, may find none yet)."""
    # (a raw request, the connection kept alive and closed by this side: the server's port keeps no
    # TIME_WAIT, so it can be bound again once the server is gone)
    request = f"GET /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(request)
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def wait_for(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_killing_the_app_command_stops_the_server_and_frees_the_port(tmp_path, sig):
    (tmp_path / "n.txt").write_text(NOTICE_2022, encoding="utf-8")
    db = tmp_path / "db"
    assert CliRunner().invoke(app, ["build", str(tmp_path / "n.txt"), "--db", str(db)]).exit_code == 0
    port = free_port()
    env = {**os.environ, "STREAMLIT_SERVER_HEADLESS": "true", "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen(
        [str(RENMIAN), "app", "--db", str(db), "--port", str(port)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert wait_for(lambda: healthy(port), 60), "the app never answered its health check"
        proc.send_signal(sig)  # the command's own PID, as `kill <pid>` or Ctrl-C
        proc.wait(timeout=30)
        assert wait_for(lambda: not listening(port), 10), "the port is still served"
        with socket.socket() as s:  # and free: the next `renmian app --port` can take it
            s.bind(("127.0.0.1", port))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
