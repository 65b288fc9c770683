"""End-to-end fixtures: the real server (`partnerlink serve`) as a subprocess on a free port, with
a database of its own and SMTP pointing to an aiosmtpd server on 127.0.0.1; the operator's
command line as subprocesses on the same DATABASE_URL.

The database follows PARTNERLINK_TEST_DATABASE like the rest of the suite: a temporary SQLite
file, or a fresh, uniquely named PostgreSQL database on POSTGRES_ADMIN_URL's server, dropped
afterwards. The server is always terminated (killed if it does not stop), and its output is
attached to the report of a test that fails.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from app.database import Dialect
from tests.live_server import (  # noqa: F401 (the report hook, and names the stories import)
    SENDER,
    attach,
    partnerlink,
    pytest_runtest_makereport,
    scratch_database,
    server_env,
    start,
    stop,
    workdir_in,
)
from tests.live_server import (
    Server as Server,
)
from tests.test_mail import SmtpServer, free_port


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
    async with scratch_database(dialect, tmp_path, "e2e") as url:
        yield url


@pytest.fixture
def server(
    request: pytest.FixtureRequest, server_database_url: str, smtp: SmtpServer, tmp_path: Path
) -> Iterator[Server]:
    """`partnerlink serve` on a free port of 127.0.0.1, ready (its /readyz answered 200)."""
    env = server_env(server_database_url, free_port(), smtp_port=smtp.port)
    running = start(env, workdir_in(tmp_path), tmp_path / "server.log")
    attach(request, running)
    try:
        yield running
    finally:
        stop(running.process)
