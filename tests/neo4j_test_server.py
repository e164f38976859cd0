"""Start the Neo4j test server (tests/neo4j_server/, Neo4j embedded with Bolt) for a test session.

The session fixture in conftest.py uses :func:`start` when NEO4J_URI is not set and Java and Maven are
on the PATH: the server is built with Maven on first use (downloads cached in ~/.m2), started on a
free port with a fresh data directory, and stopped with SIGTERM at the end of the session.
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RUN = Path(__file__).parent / "neo4j_server" / "run.sh"
BUILD_TIMEOUT = 900.0  # a first build downloads Neo4j's jars (about 120 MB) into ~/.m2
START_TIMEOUT = 180.0


class ServerError(RuntimeError):
    """The test server did not start."""


def missing_tools() -> str | None:
    """Why the server cannot be started here (no java or no mvn), else None."""
    absent = [t for t in ("java", "mvn") if shutil.which(t) is None]
    if absent:
        return f"{' and '.join(absent)} not found: cannot start the Neo4j test server (tests/neo4j_server)"
    return None


@dataclass
class Server:
    """A running test server."""

    uri: str
    process: subprocess.Popen
    log: Path
    seconds: float  # from the command to the URI line (a build, if one ran, included)
    banner: str  # the server's own "Neo4j x.y.z ready in n ms" line

    def stop(self, timeout: float = 60.0) -> None:
        """SIGTERM, and wait for the clean shutdown (SIGKILL if it does not come)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


def _built() -> bool:
    return (RUN.parent / "target" / "classpath.txt").is_file()


def start(data: Path, log: Path, args: Sequence[str] = ()) -> Server:
    """Run the server on a free port with its data in ``data``; return when it prints its URI.

    ``args`` go to the server as well (``--page-cache 512m``, say; the benchmark uses it).
    """
    timeout = START_TIMEOUT + (0 if _built() else BUILD_TIMEOUT)
    t0 = time.monotonic()
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [str(RUN), "--port", "0", "--data", str(data), *args],
            stdout=subprocess.PIPE,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=os.environ.copy(),
        )
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = b""
    try:
        while True:
            left = timeout - (time.monotonic() - t0)
            if left <= 0:
                raise ServerError(f"no URI from the Neo4j test server within {timeout:.0f} s")
            if not sel.select(min(left, 1.0)):
                if proc.poll() is not None:
                    raise ServerError(f"the Neo4j test server exited with {proc.returncode}")
                continue
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                proc.wait(30)
                raise ServerError(f"the Neo4j test server exited with {proc.returncode}")
            buf += chunk
            for line in buf.decode(errors="replace").splitlines():
                if line.startswith("bolt://"):
                    banner = next(
                        (x for x in log.read_text(errors="replace").splitlines() if " ready in " in x), ""
                    )
                    return Server(line.strip(), proc, log, time.monotonic() - t0, banner)
    except BaseException as e:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:]) if log.exists() else ""
        if isinstance(e, ServerError):
            raise ServerError(f"{e}; its log ({log}) ends:\n{tail}") from None
        raise
    finally:
        sel.close()
