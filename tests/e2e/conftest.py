"""End-to-end fixtures: the real server (`partnerlink serve`) as a subprocess on a free port, with
a database of its own and SMTP pointing to an aiosmtpd server on 127.0.0.1; the operator's
command line as subprocesses on the same DATABASE_URL.

The database follows PARTNERLINK_TEST_DATABASE like the rest of the suite: a temporary SQLite
file, or a fresh, uniquely named PostgreSQL database on POSTGRES_ADMIN_URL's server, dropped
afterwards. The server is always terminated (killed if it does not stop), and its output is
attached to the report of a test that fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from aiosmtpd.controller import Controller

from app.database import Dialect
from app.migrations import postgres_admin_url, postgres_database
from tests.test_mail import SmtpServer, free_port

SENDER = "partnerlink@example.com"
READY_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 10.0
COMMAND_TIMEOUT_SECONDS = 60.0


@dataclass
class Server:
    """The running `partnerlink serve` process and what the story needs to reach it."""

    process: subprocess.Popen[bytes]
    base_url: str
    env: dict[str, str]
    workdir: Path
    log_path: Path

    @property
    def graphql_url(self) -> str:
        return f"{self.base_url}/graphql"

    def output(self) -> str:
        """What the server wrote to stdout and stderr so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def command(self, *args: str) -> str:
        """Run `partnerlink ARGS` against the server's DATABASE_URL; its stdout. Fails the test
        with the command's output when it exits non-zero."""
        result = subprocess.run(
            [*partnerlink(), *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
        if result.returncode != 0:
            pytest.fail(
                f"`partnerlink {' '.join(args)}` exited {result.returncode}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result.stdout


SERVER_KEY = pytest.StashKey[Server]()


def partnerlink() -> list[str]:
    """The `partnerlink` command of the Python running the tests (its console script, or the
    module when the script is not beside the interpreter)."""
    script = shutil.which("partnerlink", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "app.cli"]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    server = item.stash.get(SERVER_KEY, None)
    if report.failed and server is not None:
        report.sections.append(("partnerlink serve output", server.output()))
    return report


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """An SMTP server on 127.0.0.1 that keeps every message it receives."""
    server = SmtpServer(port=free_port())
    controller = Controller(server, hostname="127.0.0.1", port=server.port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


@pytest.fixture
async def server_database_url(dialect: Dialect, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database for the server: a file under tmp_path, or a fresh PostgreSQL one."""
    if dialect == "sqlite":
        yield f"sqlite://{tmp_path / 'e2e.sqlite3'}"
        return
    name = f"partnerlink_e2e_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    async with postgres_database(postgres_admin_url(), name) as url:
        yield url


@pytest.fixture
def server(
    request: pytest.FixtureRequest, server_database_url: str, smtp: SmtpServer, tmp_path: Path
) -> Iterator[Server]:
    """`partnerlink serve` on a free port of 127.0.0.1, ready (its /readyz answered 200)."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    workdir = tmp_path / "server"  # no .env of the developer's is read there
    workdir.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SMTP_", "REDIS_"))},
        "DATABASE_URL": server_database_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "PUBLIC_BASE_URL": base_url,
        "PRODUCTION": "false",
        "LOG_FORMAT": "text",
        "CURRENCY": "EUR",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SMTP_FROM": SENDER,
        "SMTP_STARTTLS": "false",
        "PYTHONUNBUFFERED": "1",
    }
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*partnerlink(), "serve"],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    running = Server(process, base_url, env, workdir, log_path)
    request.node.stash[SERVER_KEY] = running
    try:
        wait_until_ready(running)
        yield running
    finally:
        stop(process)


def wait_until_ready(server: Server) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    last = "no answer yet"
    with httpx.Client(base_url=server.base_url, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                pytest.fail(f"the server exited with {server.process.returncode} before ready")
            try:
                response = client.get("/readyz")
            except httpx.TransportError as error:
                last = repr(error)
            else:
                if response.status_code == 200:
                    return
                last = f"{response.status_code} {response.text}"
            time.sleep(0.1)
    pytest.fail(f"/readyz did not answer 200 within {READY_TIMEOUT_SECONDS} s: {last}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (uvicorn shuts down gracefully), then SIGKILL if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
