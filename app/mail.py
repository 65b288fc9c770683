"""Sending the rules' mail (`rules.mail.Mailer`), as the deliverer's mail channel does: through
SMTP when `SMTP_HOST` is set, otherwise to the `partnerlink.mail` logger, so that a fresh machine
works without a mail server (and a developer reads the codes in the console). In production
without `SMTP_HOST` nothing can be sent: each mail is given up (its body never logged), and
`warn_without_mail_server` says so at start-up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from email.message import EmailMessage

import aiosmtplib

from app.settings import Settings
from rules.mail import Mailer, OutgoingMail, Undeliverable

logger = logging.getLogger("partnerlink.mail")

SMTP_TIMEOUT_SECONDS = 30.0
NO_MAIL_SERVER = "no mail server: SMTP_HOST is not set"
STARTTLS_HINT = "set SMTP_STARTTLS=false for a server that offers no TLS"


@dataclass(frozen=True, slots=True)
class LogMailer:
    """Writes each mail to the `partnerlink.mail` logger, codes included (development). Without
    `with_body` (production) it sends nothing and refuses each mail as `Undeliverable`: a
    production log must not hold live verification codes."""

    with_body: bool = True

    async def send(self, message: OutgoingMail) -> None:
        if not self.with_body:
            raise Undeliverable(NO_MAIL_SERVER)
        logger.info(
            "mail to %s\nSubject: %s\n\n%s", message.to, message.subject, message.text.rstrip()
        )


@dataclass(frozen=True, slots=True)
class SmtpMailer:
    """Sends through an SMTP server, one connection per mail. With `starttls` the connection is
    upgraded to TLS before anything else is said (and fails if the server cannot); a username
    logs in after that."""

    host: str
    from_address: str
    port: int | None = None  # None: 587 with STARTTLS, 25 without
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = True
    timeout: float = SMTP_TIMEOUT_SECONDS

    async def send(self, message: OutgoingMail) -> None:
        """Raises `Undeliverable` when the server refuses every recipient for good (5xx), and
        aiosmtplib's errors (or OSError) for anything worth another try."""
        try:
            await aiosmtplib.send(
                self.compose(message),
                hostname=self.host,
                port=self.port,
                username=self.username,
                password=self.password,
                start_tls=self.starttls,
                timeout=self.timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as refused:
            if all(r.code >= 500 for r in refused.recipients):
                raise Undeliverable(f"recipient refused: {refused.recipients[0]}") from refused
            raise
        except aiosmtplib.SMTPException as error:
            if self.starttls and "STARTTLS" in str(error):
                raise aiosmtplib.SMTPException(f"{error} ({STARTTLS_HINT})") from error
            raise

    def compose(self, message: OutgoingMail) -> EmailMessage:
        email = EmailMessage()
        email["From"] = self.from_address
        email["To"] = message.to
        email["Subject"] = message.subject
        email.set_content(message.text)
        return email


def mailer_from_settings(settings: Settings) -> Mailer:
    """An `SmtpMailer` from the `SMTP_*` settings when `SMTP_HOST` is set, else a `LogMailer`
    (which, in production, logs that a mail was not sent, never its body).

    Raises ValueError when `SMTP_HOST` is set without `SMTP_FROM`.
    """
    if not settings.SMTP_HOST:
        return LogMailer(with_body=not settings.PRODUCTION)
    if not settings.SMTP_FROM:
        raise ValueError("SMTP_FROM is required when SMTP_HOST is set")
    return SmtpMailer(
        host=settings.SMTP_HOST,
        from_address=settings.SMTP_FROM,
        port=settings.SMTP_PORT,
        username=settings.SMTP_USERNAME,
        password=settings.SMTP_PASSWORD.get_secret_value() if settings.SMTP_PASSWORD else None,
        starttls=settings.SMTP_STARTTLS,
    )


def warn_without_mail_server(settings: Settings) -> None:
    """Logs a warning when production has no mail server: no code could reach a customer."""
    if settings.PRODUCTION and not settings.SMTP_HOST:
        logger.warning(
            "PRODUCTION is set but SMTP_HOST is not: no mail can be sent, and customers "
            "will receive no verification or password code"
        )
