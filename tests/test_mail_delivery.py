"""Mail through the outbox: recorded with its code, sent by the deliverer through a real SMTP
conversation (aiosmtpd on 127.0.0.1), retried under a fake clock when the server refuses or is
away, and never a reason to lock a customer out."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope

from app.database import Dialect
from app.deliverer import BATCH, Deliverer
from app.mail import SmtpMailer
from app.main import create_app
from models import EmailCode, MailAttempt, OutboxMail, PasswordResetCode
from models.enums import MailState
from rules.clock import FakeClock
from rules.email_codes import CODE_LIFETIME, request_email_code, verify_email_code
from rules.errors import RuleError, VerificationCode
from rules.mail import (
    MAIL_KEPT,
    MAIL_RETRIES,
    MailChannel,
    OutgoingMail,
    forget_old_mail,
    record_mail,
)
from rules.outbox import claim_due
from rules.password_reset import request_password_reset
from tests.api.conftest import SETTINGS
from tests.rules.mailbox import code_in
from tests.rules.test_races import outcomes
from tests.test_mail import SENDER, SmtpServer, body_of, free_port

EMAIL = "newcomer@example.com"
REQUEST_CODE = """mutation($email: String!) {
  requestEmailCode(input: {email: $email}) { accepted errors { code field } } }"""


@dataclass
class MoodySmtp(SmtpServer):
    """An SMTP server that can refuse recipients or data with the answer given."""

    rcpt_answer: str | None = None  # e.g. "550 5.1.1 no such user"
    data_answer: str | None = None  # e.g. "451 4.3.0 try again later"
    data_delay: float = 0.0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Envelope, address: str, options: Any
    ) -> str:
        if self.rcpt_answer:
            return self.rcpt_answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        await asyncio.sleep(self.data_delay)
        if self.data_answer:
            return self.data_answer
        return await super().handle_DATA(server, session, envelope)


Smtp = TypeVar("Smtp", bound=SmtpServer)


@contextmanager
def listening(server: Smtp) -> Iterator[Smtp]:
    controller = Controller(server, hostname="127.0.0.1", port=server.port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


@pytest.fixture
def smtp() -> Iterator[MoodySmtp]:
    with listening(MoodySmtp(port=free_port())) as server:
        yield server


def mailer(port: int, *, starttls: bool = False) -> SmtpMailer:
    return SmtpMailer(host="127.0.0.1", port=port, from_address=SENDER, starttls=starttls)


def deliverer(port: int, clock: FakeClock, *, starttls: bool = False) -> Deliverer:
    return Deliverer([MailChannel(mailer(port, starttls=starttls))], clock, poll_seconds=60)


async def the_mail() -> OutboxMail:
    [mail] = await OutboxMail.all()
    return mail


async def attempts_of(mail: OutboxMail) -> list[MailAttempt]:
    return await MailAttempt.filter(mail_id=mail.id).order_by("number")


# --- recorded, then sent ------------------------------------------------------------------------


async def test_a_requested_code_is_recorded_with_its_mail_and_sent_by_the_deliverer(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    await request_email_code(email=EMAIL, clock=clock)

    mail = await the_mail()
    assert (mail.state, mail.recipient, mail.attempts) == (MailState.PENDING, EMAIL, 0)
    assert mail.expires_at == clock.now() + CODE_LIFETIME
    assert (await EmailCode.get(email=EMAIL)).mail_id == mail.id
    assert smtp.envelopes == []  # nothing goes out inside the request

    assert await deliverer(smtp.port, clock).deliver_due() == 1

    code = code_in(body_of(smtp.message()))
    assert code is not None and code in (mail.body or "")
    sent = await the_mail()
    assert (sent.state, sent.sent_at, sent.body, sent.attempts) == (
        MailState.SENT,
        clock.now(),
        None,  # the live code is not kept once the server has it
        1,
    )
    [attempt] = await attempts_of(sent)
    assert (attempt.number, attempt.started_at, attempt.error) == (1, clock.now(), None)
    await verify_email_code(email=EMAIL, code=code, clock=clock)


async def test_a_code_and_its_mail_are_one_transaction(clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock)

    with pytest.raises(RuleError):  # refused: the second code and its mail are not kept
        await request_email_code(email=EMAIL, clock=clock)

    assert await OutboxMail.all().count() == 1


async def test_a_background_deliverer_sends_a_recorded_mail_at_once(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    background = deliverer(smtp.port, clock)  # polls every 60 s: only the wake-up is this fast
    async with background.running():
        await asyncio.sleep(0.05)  # its first round found nothing and it sleeps
        await request_email_code(email=EMAIL, clock=clock, notifier=background)
        message = await smtp.arrived(1, seconds=5)

    assert code_in(body_of(message)) is not None


# --- refused, away, retried ---------------------------------------------------------------------


@pytest.fixture
async def api_without_starttls(
    smtp: MoodySmtp, clock: FakeClock, database_url: str
) -> AsyncIterator[httpx.AsyncClient]:
    """The app sending through a server that offers no STARTTLS, with SMTP_STARTTLS left on
    (the default): every attempt fails."""
    settings = SETTINGS.model_copy(update={"DATABASE_URL": database_url})
    app = create_app(settings, clock=clock, mailer=mailer(smtp.port, starttls=True))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


async def ask_code(client: httpx.AsyncClient, email: str = EMAIL) -> Any:
    response = await client.post(
        "/graphql", json={"query": REQUEST_CODE, "variables": {"email": email}}
    )
    return response.json()


async def test_a_server_refusing_starttls_never_fails_the_request_nor_locks_the_customer_out(
    api_without_starttls: httpx.AsyncClient,
    smtp: MoodySmtp,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    accepted = {"data": {"requestEmailCode": {"accepted": True, "errors": []}}}
    assert await ask_code(api_without_starttls) == accepted

    with caplog.at_level(logging.INFO, logger="partnerlink.mail"):
        assert await deliverer(smtp.port, clock, starttls=True).deliver_due() == 1

    failed = await the_mail()
    assert (failed.state, failed.attempts) == (MailState.PENDING, 1)
    assert failed.due_at == clock.now() + MAIL_RETRIES.delays[0]
    assert "STARTTLS" in (failed.last_error or "")
    [record] = [r for r in caplog.records if r.name == "partnerlink.mail"]
    assert record.levelno == logging.WARNING
    assert "SMTP_STARTTLS=false" in record.getMessage()
    assert record.cause == failed.last_error  # type: ignore[attr-defined]

    ready = (await api_without_starttls.get("/readyz")).json()
    assert ready["status"] == "ok"
    assert ready["mail"] | {"lastError": "..."} == {
        "waiting": 1,
        "failing": 1,
        "givenUpLastHour": 0,
        "oldestFailingSince": failed.created_at.isoformat(),
        "lastError": "...",
    }
    assert "STARTTLS" in ready["mail"]["lastError"]

    # The customer asks again at once: the new code replaces the old, whose mail is withdrawn.
    assert await ask_code(api_without_starttls) == accepted
    states = Counter(m.state for m in await OutboxMail.all())
    assert states == {MailState.PENDING: 1, MailState.WITHDRAWN: 1}
    withdrawn = await OutboxMail.get(state=MailState.WITHDRAWN)
    assert withdrawn.body is None


async def test_a_recipient_refused_for_good_is_given_up_at_once(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    smtp.rcpt_answer = "550 5.1.1 no such user"
    await request_email_code(email=EMAIL, clock=clock)

    await deliverer(smtp.port, clock).deliver_due()

    mail = await the_mail()
    assert (mail.state, mail.body, mail.due_at, mail.attempts) == (
        MailState.GAVE_UP,
        None,
        None,
        1,
    )
    assert "550" in (mail.last_error or "")
    await request_email_code(email=EMAIL, clock=clock)  # not CODE_RESENT_TOO_SOON


async def test_a_server_answering_4xx_is_retried_with_growing_delays_until_it_accepts(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    smtp.data_answer = "451 4.3.0 try again later"
    await request_email_code(email=EMAIL, clock=clock)
    sender = deliverer(smtp.port, clock)

    assert await sender.deliver_due() == 1
    clock.advance(MAIL_RETRIES.delays[0] - timedelta(seconds=1))
    assert await sender.deliver_due() == 0  # not due yet
    clock.advance(timedelta(seconds=1))
    assert await sender.deliver_due() == 1
    smtp.data_answer = None
    clock.advance(MAIL_RETRIES.delays[1])
    assert await sender.deliver_due() == 1

    mail = await the_mail()
    assert (mail.state, mail.attempts, len(smtp.envelopes)) == (MailState.SENT, 3, 1)
    attempts = await attempts_of(mail)
    assert [a.number for a in attempts] == [1, 2, 3]
    assert ["451" in (a.error or "") for a in attempts] == [True, True, False]
    assert attempts[1].started_at - attempts[0].started_at == MAIL_RETRIES.delays[0]


async def test_a_server_down_then_up_gets_the_mail_at_the_next_retry(clock: FakeClock) -> None:
    port = free_port()  # nothing listens there yet
    await request_email_code(email=EMAIL, clock=clock)
    sender = deliverer(port, clock)

    assert await sender.deliver_due() == 1
    failed = await the_mail()
    assert failed.state == MailState.PENDING and failed.last_error is not None

    with listening(MoodySmtp(port=port)) as smtp:
        clock.advance(MAIL_RETRIES.delays[0])
        assert await sender.deliver_due() == 1

        code = code_in(body_of(smtp.message()))
    assert code is not None
    await verify_email_code(email=EMAIL, code=code, clock=clock)
    assert (await the_mail()).state == MailState.SENT


async def test_attempts_stop_after_the_schedule_and_the_body_goes(clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock)
    sender = deliverer(free_port(), clock)

    for delay in (*MAIL_RETRIES.delays, timedelta(hours=1)):
        await sender.deliver_due()
        clock.advance(delay)

    mail = await the_mail()
    assert (mail.state, mail.attempts, mail.body) == (
        MailState.GAVE_UP,
        MAIL_RETRIES.max_attempts,
        None,
    )
    assert len(await attempts_of(mail)) == MAIL_RETRIES.max_attempts


async def test_mail_still_waiting_when_its_code_expires_is_given_up_unsent(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    await request_email_code(email=EMAIL, clock=clock)  # no deliverer ran meanwhile

    clock.advance(CODE_LIFETIME)
    assert await deliverer(smtp.port, clock).deliver_due() == 0

    mail = await the_mail()
    assert (mail.state, mail.body, mail.last_error) == (
        MailState.GAVE_UP,
        None,
        "expired before it could be sent",
    )
    assert smtp.envelopes == []


# --- the resend window ----------------------------------------------------------------------------


async def test_the_resend_window_holds_while_the_mail_is_on_its_way_and_once_sent(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    await request_email_code(email=EMAIL, clock=clock)
    for deliver in (False, True):
        if deliver:
            await deliverer(smtp.port, clock).deliver_due()
        with pytest.raises(RuleError) as refusal:
            await request_email_code(email=EMAIL, clock=clock)
        assert refusal.value.codes == [VerificationCode.CODE_RESENT_TOO_SOON]


async def test_a_code_whose_mail_failed_may_be_replaced_at_once_and_only_the_new_one_arrives(
    clock: FakeClock,
) -> None:
    port = free_port()
    await request_email_code(email=EMAIL, clock=clock)
    await deliverer(port, clock).deliver_due()  # the server is away: the attempt fails
    first = await the_mail()

    await request_email_code(email=EMAIL, clock=clock)

    assert (await OutboxMail.get(id=first.id)).state == MailState.WITHDRAWN
    with listening(MoodySmtp(port=port)) as smtp:
        clock.advance(MAIL_RETRIES.delays[0])
        assert await deliverer(port, clock).deliver_due() == 1  # the new mail only
    assert len(smtp.envelopes) == 1
    code = code_in(body_of(smtp.message()))
    assert code is not None
    await verify_email_code(email=EMAIL, code=code, clock=clock)


async def test_a_reset_code_whose_mail_failed_may_be_asked_for_again(clock: FakeClock) -> None:
    await request_password_reset(email=EMAIL, clock=clock)
    await deliverer(free_port(), clock).deliver_due()

    await request_password_reset(email=EMAIL, clock=clock)

    code = await PasswordResetCode.get(email=EMAIL)
    assert (await OutboxMail.get(id=code.mail_id or 0)).state == MailState.PENDING
    assert await OutboxMail.filter(state=MailState.WITHDRAWN).count() == 1


# --- several deliverers -----------------------------------------------------------------------


async def record(count: int, clock: FakeClock) -> None:
    for i in range(count):
        mail = OutgoingMail(to=f"customer{i}@example.com", subject="Hello", text=f"Mail {i}\n")
        await record_mail(mail, now=clock.now(), expires_at=clock.now() + CODE_LIFETIME)


@pytest.mark.committed
async def test_concurrent_claims_never_take_the_same_mail(
    clock: FakeClock, dialect: Dialect
) -> None:
    await record(30, clock)
    pending = OutboxMail.filter(state=MailState.PENDING)

    claims = await asyncio.gather(
        *(
            claim_due(pending, now=clock.now(), lease=timedelta(minutes=1), limit=10)
            for _ in range(5)
        )
    )

    ids = [mail.id for claim in claims for mail in claim]
    assert sorted(ids) == sorted(set(ids))
    if dialect == "postgres":  # SKIP LOCKED: each claim passed over the rows others locked
        assert len(ids) == 30
    else:  # the claims read the same rows first; each row went to one of them
        assert 10 <= len(ids) <= 30
    assert {m.attempts for m in await OutboxMail.filter(id__in=ids)} == {1}


@pytest.mark.committed
async def test_two_deliverers_never_send_the_same_mail_twice(clock: FakeClock) -> None:
    count = BATCH + 10  # more than one claim takes
    await record(count, clock)
    with listening(MoodySmtp(port=free_port(), data_delay=0.02)) as smtp:
        first, second = deliverer(smtp.port, clock), deliverer(smtp.port, clock)

        made = await asyncio.gather(first.drain(), second.drain())

    recipients = Counter(r for e in smtp.envelopes for r in e.rcpt_tos)
    assert len(recipients) == count and set(recipients.values()) == {1}
    assert sum(made) == count and all(made)  # both took a share
    assert await MailAttempt.all().count() == count
    assert {(m.state, m.attempts) for m in await OutboxMail.all()} == {(MailState.SENT, 1)}


async def test_a_lease_keeps_a_claimed_mail_from_other_deliverers_until_it_runs_out(
    clock: FakeClock,
) -> None:
    await record(1, clock)
    pending = OutboxMail.filter(state=MailState.PENDING)
    lease = timedelta(minutes=2)

    [claimed] = await claim_due(pending, now=clock.now(), lease=lease, limit=5)
    clock.advance(lease - timedelta(seconds=1))
    assert await claim_due(pending, now=clock.now(), lease=lease, limit=5) == []
    clock.advance(timedelta(seconds=1))  # its deliverer died: the mail is claimed again
    [again] = await claim_due(pending, now=clock.now(), lease=lease, limit=5)

    assert (claimed.id, claimed.attempts, again.attempts) == (again.id, 1, 2)


@pytest.mark.committed
async def test_a_deliverer_stopped_mid_attempt_gives_its_claim_back(clock: FakeClock) -> None:
    await record(1, clock)
    with listening(MoodySmtp(port=free_port(), data_delay=30)) as slow:
        background = deliverer(slow.port, clock)
        async with background.running():
            for _ in range(500):  # until the attempt is under way
                if await OutboxMail.filter(claimed_until__isnull=False).exists():
                    break
                await asyncio.sleep(0.02)
            else:
                pytest.fail("no attempt started")

    mail = await the_mail()
    assert (mail.state, mail.claimed_until, mail.attempts) == (MailState.PENDING, None, 1)
    assert await MailAttempt.all().count() == 0
    assert [
        m.id
        for m in await claim_due(
            OutboxMail.all(), now=clock.now(), lease=timedelta(minutes=1), limit=1
        )
    ] == [mail.id]  # another deliverer takes it at once


async def test_the_record_of_an_ended_mail_is_forgotten_after_30_days(
    smtp: MoodySmtp, clock: FakeClock
) -> None:
    await request_email_code(email=EMAIL, clock=clock)
    await deliverer(smtp.port, clock).deliver_due()

    clock.advance(MAIL_KEPT)
    assert await forget_old_mail(clock.now()) == 0
    clock.advance(timedelta(seconds=1))
    assert await forget_old_mail(clock.now()) == 1

    assert await OutboxMail.all().count() == await MailAttempt.all().count() == 0
    await request_email_code(email=EMAIL, clock=clock)  # the code's mail is gone: no matter


# --- races, decided by the database ---------------------------------------------------------------

CONTENDERS = 6


@pytest.mark.committed
async def test_concurrent_requests_for_one_address_keep_one_code_and_one_mail(
    clock: FakeClock,
) -> None:
    tally = await outcomes(
        [request_email_code(email=EMAIL, clock=clock) for _ in range(CONTENDERS)]
    )

    assert tally == Counter({"ok": 1, VerificationCode.CODE_RESENT_TOO_SOON: CONTENDERS - 1})
    mail = await the_mail()
    assert (await EmailCode.get(email=EMAIL)).mail_id == mail.id


@pytest.mark.committed
async def test_concurrent_requests_after_a_failed_mail_replace_it_once(clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock)
    await deliverer(free_port(), clock).deliver_due()  # the server is away

    tally = await outcomes(
        [request_email_code(email=EMAIL, clock=clock) for _ in range(CONTENDERS)]
    )

    assert tally == Counter({"ok": 1, VerificationCode.CODE_RESENT_TOO_SOON: CONTENDERS - 1})
    states = Counter(m.state for m in await OutboxMail.all())
    assert states == {MailState.PENDING: 1, MailState.WITHDRAWN: 1}
    pending = await OutboxMail.get(state=MailState.PENDING)
    assert (await EmailCode.get(email=EMAIL)).mail_id == pending.id
