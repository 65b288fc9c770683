"""Mail delivery, through a real SMTP conversation with an aiosmtpd server on 127.0.0.1."""

import asyncio
import logging
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword
from pydantic import SecretStr

from app.deliverer import Deliverer
from app.mail import LogMailer, SmtpMailer, mailer_from_settings, warn_without_mail_server
from app.settings import Settings
from rules.clock import FakeClock
from rules.email_codes import request_email_code, verify_email_code
from rules.mail import MailChannel, OutgoingMail, Undeliverable
from tests.rules.mailbox import code_in

SENDER = "partnerlink@example.com"
MAIL_TIMEOUT_SECONDS = 10.0


@dataclass
class SmtpServer:
    """What the server received: each message's envelope, and the logins it accepted."""

    port: int
    envelopes: list[Envelope] = field(default_factory=list)
    logins: list[tuple[bytes, bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        self.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=True)

    def message(self, index: int = -1) -> Message:
        content = self.envelopes[index].content
        assert isinstance(content, bytes)
        return message_from_bytes(content)

    async def arrived(self, count: int = 1, seconds: float = MAIL_TIMEOUT_SECONDS) -> Message:
        """The last message once `count` have arrived (mail goes out after the request that
        recorded it answered); fails after `seconds`."""
        deadline = time.monotonic() + seconds
        while len(self.envelopes) < count:
            self._in_time(count, deadline)
            await asyncio.sleep(0.02)
        return self.message()

    def wait_for(self, count: int = 1, seconds: float = MAIL_TIMEOUT_SECONDS) -> Message:
        """`arrived` for a test that does not run an event loop (the server is another process)."""
        deadline = time.monotonic() + seconds
        while len(self.envelopes) < count:
            self._in_time(count, deadline)
            time.sleep(0.02)
        return self.message()

    def _in_time(self, count: int, deadline: float) -> None:
        assert time.monotonic() < deadline, f"{len(self.envelopes)} of {count} mails came"

    def mailer(self, **overrides: Any) -> SmtpMailer:
        settings: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "from_address": SENDER,
            "starttls": False,
        }
        return SmtpMailer(**(settings | overrides))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
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


def body_of(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


async def test_the_smtp_mailer_delivers_through_a_real_smtp_conversation(
    smtp: SmtpServer,
) -> None:
    mail = OutgoingMail(
        to="newcomer@example.com", subject="Your code", text="Your code is 123456\n"
    )

    await smtp.mailer(username="mailer", password="s3cret").send(mail)

    [envelope] = smtp.envelopes
    assert (envelope.mail_from, envelope.rcpt_tos) == (SENDER, ["newcomer@example.com"])
    message = smtp.message()
    assert (message["From"], message["To"], message["Subject"]) == (
        SENDER,
        "newcomer@example.com",
        "Your code",
    )
    assert code_in(body_of(message)) == "123456"
    assert smtp.logins == [(b"mailer", b"s3cret")]


async def test_an_emailed_code_travels_by_smtp_and_verifies(
    smtp: SmtpServer, clock: FakeClock
) -> None:
    await request_email_code(email="newcomer@example.com", clock=clock)
    await Deliverer([MailChannel(smtp.mailer())], clock).drain()

    [envelope] = smtp.envelopes
    assert envelope.rcpt_tos == ["newcomer@example.com"]
    assert smtp.message()["Subject"] == "Your partnerlink verification code"
    code = code_in(body_of(smtp.message()))
    assert code is not None
    await verify_email_code(email="newcomer@example.com", code=code, clock=clock)
    assert smtp.logins == []


def test_without_an_smtp_host_mail_goes_to_the_log() -> None:
    assert isinstance(mailer_from_settings(Settings(SMTP_HOST=None)), LogMailer)


def test_the_smtp_settings_make_an_smtp_mailer() -> None:
    settings = Settings(
        SMTP_HOST="smtp.example.com",
        SMTP_PORT=2525,
        SMTP_USERNAME="mailer",
        SMTP_PASSWORD=SecretStr("s3cret"),
        SMTP_FROM=SENDER,
        SMTP_STARTTLS=False,
    )

    assert mailer_from_settings(settings) == SmtpMailer(
        host="smtp.example.com",
        port=2525,
        from_address=SENDER,
        username="mailer",
        password="s3cret",
        starttls=False,
    )


async def test_the_mailer_of_the_settings_logs_in_with_the_smtp_password(
    smtp: SmtpServer,
) -> None:
    settings = Settings(
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=smtp.port,
        SMTP_USERNAME="mailer",
        SMTP_PASSWORD=SecretStr("s3cret"),
        SMTP_FROM=SENDER,
        SMTP_STARTTLS=False,
    )
    mail = OutgoingMail(to="newcomer@example.com", subject="Your code", text="It is 123456\n")

    await mailer_from_settings(settings).send(mail)

    assert smtp.logins == [(b"mailer", b"s3cret")]
    assert "s3cret" not in repr(settings) + repr(mailer_from_settings(settings))


def test_an_smtp_host_needs_a_from_address() -> None:
    with pytest.raises(ValueError, match="SMTP_FROM"):
        mailer_from_settings(Settings(SMTP_HOST="smtp.example.com", SMTP_FROM=None))


async def test_the_log_mailer_writes_the_mail_to_the_mail_logger(
    caplog: pytest.LogCaptureFixture,
) -> None:
    mail = OutgoingMail(to="newcomer@example.com", subject="Your code", text="It is 123456\n")

    with caplog.at_level(logging.INFO, logger="partnerlink.mail"):
        await LogMailer().send(mail)

    [record] = caplog.records
    assert record.name == "partnerlink.mail"
    assert "newcomer@example.com" in record.getMessage()
    assert "123456" in record.getMessage()


async def test_in_production_without_smtp_mail_is_undeliverable_and_no_code_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    mailer = mailer_from_settings(Settings(SMTP_HOST=None, PRODUCTION=True))
    mail = OutgoingMail(to="newcomer@example.com", subject="Your code", text="It is 123456\n")

    with (
        caplog.at_level(logging.INFO, logger="partnerlink.mail"),
        pytest.raises(Undeliverable, match="SMTP_HOST is not set"),
    ):
        await mailer.send(mail)

    assert "123456" not in caplog.text


def test_production_without_a_mail_server_warns_at_start_up(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="partnerlink.mail"):
        warn_without_mail_server(Settings(SMTP_HOST=None, PRODUCTION=False))
        warn_without_mail_server(Settings(SMTP_HOST="smtp.example.com", PRODUCTION=True))
        assert caplog.records == []
        warn_without_mail_server(Settings(SMTP_HOST=None, PRODUCTION=True))

    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "SMTP_HOST" in record.getMessage()
