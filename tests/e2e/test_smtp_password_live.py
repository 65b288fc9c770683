"""SMTP_PASSWORD on a live `partnerlink serve`: the server logs in to the mail server with it,
and nothing it writes (start-up, requests, mail) shows it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aiosmtpd.controller import Controller

from tests.live_server import attach, server_env, start, stop, workdir_in
from tests.test_mail import SmtpServer, free_port

PASSWORD = "smtp-pa55word-of-the-deployment"
REQUEST_CODE = """
mutation { requestEmailCode(input: {email: "newcomer@example.com"}) { accepted errors { code } } }
"""


@pytest.fixture
def smtp_with_login() -> Iterator[SmtpServer]:
    server = SmtpServer(port=free_port())
    controller = Controller(
        server,
        hostname="127.0.0.1",
        port=server.port,
        authenticator=server.authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


async def test_the_server_logs_in_with_the_smtp_password_and_never_prints_it(
    request: pytest.FixtureRequest,
    server_database_url: str,
    smtp_with_login: SmtpServer,
    tmp_path: Path,
) -> None:
    env = server_env(
        server_database_url,
        free_port(),
        smtp_port=smtp_with_login.port,
        SMTP_USERNAME="mailer",
        SMTP_PASSWORD=PASSWORD,
    )
    server = start(env, workdir_in(tmp_path), tmp_path / "server.log")
    attach(request, server)
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.post(server.graphql_url, json={"query": REQUEST_CODE})
        assert response.json() == {"data": {"requestEmailCode": {"accepted": True, "errors": []}}}
        await smtp_with_login.arrived(1)
    finally:
        stop(server.process)

    assert smtp_with_login.logins == [(b"mailer", PASSWORD.encode())]
    assert len(smtp_with_login.envelopes) == 1
    assert PASSWORD not in server.output()
