"""The real server (`partnerlink serve`) as a subprocess on a free port of 127.0.0.1, for tests that
need a live process: the end-to-end and browser stories, the fuzzer, the crash test.

`start()` launches it with a database of its own and waits until its /readyz answers 200;
`stop()` ends it gracefully (SIGTERM, then SIGKILL if it lingers); `Server.kill()` is SIGKILL at
once. `Server.command()` runs the operator's command line on the same DATABASE_URL, so a test can
migrate and prepare a database before the server starts. Register a started server with
`attach(request, server)` and its output is added to the report of a test that fails (the
`pytest_runtest_makereport` hook below, imported by the conftest of each folder that uses it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Generator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.database import Dialect
from app.migrations import postgres_admin_url, postgres_database

SENDER = "partnerlink@example.com"
READY_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 10.0
COMMAND_TIMEOUT_SECONDS = 60.0
CROWD_TIMEOUT_SECONDS = 120.0
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Server:
    """The running `partnerlink serve` process and what a test needs to reach it."""

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
        return command(self.env, self.workdir, *args)

    def kill(self) -> None:
        """SIGKILL: the process ends at once, whatever it was doing."""
        self.process.kill()
        self.process.wait()


SERVER_KEY = pytest.StashKey[Server]()


def partnerlink() -> list[str]:
    """The `partnerlink` command of the Python running the tests (its console script, or the
    module when the script is not beside the interpreter)."""
    script = shutil.which("partnerlink", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "app.cli"]


def command(env: dict[str, str], workdir: Path, *args: str) -> str:
    """Run `partnerlink ARGS` with this environment; its stdout, or the test fails."""
    result = subprocess.run(
        [*partnerlink(), *args],
        cwd=workdir,
        env=env,
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


def crowd(env: dict[str, str], *args: str) -> Any:
    """`python -m tests.support.crowd ARGS` on the server's database; its JSON output, or the
    test fails."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.crowd", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CROWD_TIMEOUT_SECONDS,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"crowd {args[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return json.loads(result.stdout)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    server = item.stash.get(SERVER_KEY, None)
    if report.failed and server is not None:
        report.sections.append(("partnerlink serve output", server.output()))
    return report


def attach(request: pytest.FixtureRequest, server: Server) -> None:
    """A failure of the requesting test shows this server's output."""
    request.node.stash[SERVER_KEY] = server


@asynccontextmanager
async def scratch_database(dialect: Dialect, folder: Path, name: str) -> AsyncIterator[str]:
    """The URL of an empty database: a SQLite file in `folder`, or a fresh PostgreSQL database
    on POSTGRES_ADMIN_URL's server, dropped afterwards."""
    if dialect == "sqlite":
        yield f"sqlite://{folder / f'{name}.sqlite3'}"
        return
    unique = f"partnerlink_{name}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    async with postgres_database(postgres_admin_url(), unique) as url:
        yield url


def server_env(
    database_url: str,
    port: int,
    *,
    smtp_port: int | None = None,
    production: bool = False,
    **overrides: str,
) -> dict[str, str]:
    """The environment of a server on 127.0.0.1:PORT; no SMTP_ or REDIS_ setting of the
    developer's leaks in. Without `smtp_port` mail goes to the log."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SMTP_", "REDIS_"))},
        "DATABASE_URL": database_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "PRODUCTION": "true" if production else "false",
        "DEMO_DATA": "false",  # tests make their own partners
        "LOG_FORMAT": "text",
        "CURRENCY": "EUR",
        "PYTHONUNBUFFERED": "1",
    }
    if smtp_port is not None:
        env |= {
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": str(smtp_port),
            "SMTP_FROM": SENDER,
            "SMTP_STARTTLS": "false",
        }
    return env | overrides


def workdir_in(folder: Path) -> Path:
    """A working directory for the server under `folder` (no .env of the developer's is read)."""
    workdir = folder / "server"
    workdir.mkdir(exist_ok=True)
    return workdir


def start(
    env: dict[str, str],
    workdir: Path,
    log_path: Path,
    *serve_args: str,
    ready_seconds: float = READY_TIMEOUT_SECONDS,
) -> Server:
    """`partnerlink serve SERVE_ARGS` with this environment, ready (its /readyz answered 200
    within `ready_seconds`). Its output is appended to `log_path`, so a restart on the same
    database keeps one log. The port is `--port`'s when SERVE_ARGS give one, else PORT's."""
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [*partnerlink(), "serve", *serve_args],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    port = serve_args[serve_args.index("--port") + 1] if "--port" in serve_args else env["PORT"]
    running = Server(process, f"http://127.0.0.1:{port}", env, workdir, log_path)
    try:
        wait_until_ready(running, ready_seconds)
    except BaseException:
        stop(process)
        raise
    return running


def wait_until_ready(server: Server, seconds: float = READY_TIMEOUT_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    last = "no answer yet"
    with httpx.Client(base_url=server.base_url, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                pytest.fail(
                    f"the server exited with {server.process.returncode} before ready:\n"
                    f"{server.output()}"
                )
            try:
                response = client.get("/readyz")
            except httpx.TransportError as error:
                last = repr(error)
            else:
                if response.status_code == 200:
                    return
                last = f"{response.status_code} {response.text}"
            time.sleep(0.1)
    pytest.fail(f"/readyz did not answer 200 within {seconds} s: {last}\n{server.output()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (uvicorn shuts down gracefully), then SIGKILL if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
