"""Mail on a live `partnerlink serve` whose mail server offers no STARTTLS while SMTP_STARTTLS is
left on (the default): the customer's request is accepted, the cause shows in the log and in
/readyz, the customer may ask again, and once the setting is fixed the waiting mail goes out."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from rules.mail import MAIL_RETRIES
from tests.live_server import attach, server_env, start, stop, workdir_in
from tests.rules.mailbox import code_in
from tests.test_mail import SmtpServer, body_of, free_port

REQUEST_CODE = """
mutation { requestEmailCode(input: {email: "newcomer@example.com"}) { accepted errors { code } } }
"""
ACCEPTED = {"data": {"requestEmailCode": {"accepted": True, "errors": []}}}
WAIT_SECONDS = 20.0
# The waiting mail goes out at its next retry: on a loaded machine the first server may have
# failed it a few times before it stopped, so the next retry can be a minute away.
RETRY_WAIT_SECONDS = WAIT_SECONDS + MAIL_RETRIES.delays[3].total_seconds() * 1.5


def failing_mail(client: httpx.Client) -> dict[str, Any]:
    """The mail report of /readyz once a mail is failing."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        response = client.get("/readyz")
        assert response.status_code == 200
        mail: dict[str, Any] = response.json()["mail"]
        if mail["failing"]:
            return mail
        assert time.monotonic() < deadline, f"no failing mail in /readyz: {mail}"
        time.sleep(0.1)


def test_a_mail_server_without_starttls_is_reported_and_the_mail_goes_out_once_fixed(
    request: pytest.FixtureRequest, server_database_url: str, smtp: SmtpServer, tmp_path: Path
) -> None:
    env = server_env(server_database_url, free_port(), smtp_port=smtp.port, SMTP_STARTTLS="true")
    server = start(env, workdir_in(tmp_path), tmp_path / "server.log")
    attach(request, server)
    try:
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            assert client.post("/graphql", json={"query": REQUEST_CODE}).json() == ACCEPTED
            mail = failing_mail(client)
            assert "STARTTLS" in mail["lastError"]
            # Not CODE_RESENT_TOO_SOON: the code's mail could not be sent.
            assert client.post("/graphql", json={"query": REQUEST_CODE}).json() == ACCEPTED
    finally:
        stop(server.process)
    assert "set SMTP_STARTTLS=false for a server that offers no TLS" in server.output()
    assert smtp.envelopes == []

    fixed = start(env | {"SMTP_STARTTLS": "false"}, server.workdir, server.log_path)
    attach(request, fixed)
    try:
        message = smtp.wait_for(1, seconds=RETRY_WAIT_SECONDS)  # the mail that waited
    finally:
        stop(fixed.process)
    assert code_in(body_of(message)) is not None
    assert len(smtp.envelopes) == 1  # the first code's mail was withdrawn, never sent
