"""Mail the rules send: recorded in an outbox (`outbox_mail`) in the transaction of the change
it tells about, and sent afterwards by the deliverer's mail channel (`MailChannel`, see
`rules.outbox`) through a `Mailer` (`app.mail`).

A mail is tried up to 7 times over about 8 minutes (`MAIL_RETRIES`), and never after
`expires_at`, the end of the code it carries. Its body, which holds a live code, is kept only
while it may still be sent: it is cleared once the mail is sent, given up, withdrawn (a newer
code replaced it) or expired. What stays (recipient, subject, times, every attempt with its
error excerpt) says what happened without holding a usable code, for 30 days (`forget_old_mail`,
run by the server's housekeeping).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from tortoise.transactions import in_transaction

from models import MailAttempt, OutboxMail
from models.enums import MailState
from rules.outbox import Outcome, PermanentFailure, RetrySchedule, claim_due, settle_filter

MAIL_CHANNEL = "mail"
MAIL_RETRIES = RetrySchedule(
    tuple(timedelta(seconds=s) for s in (5, 15, 30, 60, 120, 240))  # 7 attempts in ~8 minutes
)
MAIL_LEASE = timedelta(minutes=2)  # an attempt is cancelled after half of it
EXPIRED_UNSENT = "expired before it could be sent"
MAIL_KEPT = timedelta(days=30)  # how long the record of an ended mail (no body) stays

log = logging.getLogger("partnerlink.mail")


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    to: str
    subject: str
    text: str


class Mailer(Protocol):
    """Hands one mail to a mail server; raises when it could not (`Undeliverable` when trying
    again cannot help)."""

    async def send(self, message: OutgoingMail) -> None: ...


class Undeliverable(PermanentFailure):
    """The mail can never be sent as it is (its address refused for good, no mail server)."""


async def record_mail(mail: OutgoingMail, *, now: datetime, expires_at: datetime) -> OutboxMail:
    """Records the mail to be sent from now on, in the caller's transaction; it is sent once
    that commits (call the notifier then), and not after `expires_at`."""
    return await OutboxMail.create(
        recipient=mail.to,
        subject=mail.subject,
        body=mail.text,
        created_at=now,
        expires_at=expires_at,
        due_at=now,
    )


async def withdraw_mail(mail_id: int | None, now: datetime) -> None:
    """The mail, if not sent yet, is never sent (its code was replaced); its body is dropped.
    An attempt already under way may still deliver it."""
    if mail_id is not None:
        await OutboxMail.filter(id=mail_id, state=MailState.PENDING).update(
            state=MailState.WITHDRAWN, due_at=None, body=None, ended_at=now
        )


async def mail_under_way(mail_id: int | None) -> bool:
    """Whether the mail was sent or may still be: sent, or waiting with no attempt failed yet.
    False once an attempt failed, or when it was given up or withdrawn."""
    if mail_id is None:
        return True  # a code recorded before mail had an outbox: its mail went out in its request
    return (
        await OutboxMail.filter(id=mail_id)
        .filter(state__in=(MailState.SENT, MailState.PENDING), last_error=None)
        .exists()
    )


class MailChannel:
    """The deliverer's channel for mail (`rules.outbox.Channel`), sending through `mailer`."""

    name = MAIL_CHANNEL
    lease = MAIL_LEASE
    look_again_soon = False  # mail is due at once or at its retry's time
    more_waiting = False  # all mail waiting is rows

    def __init__(self, mailer: Mailer) -> None:
        self.mailer = mailer

    async def claim(self, now: datetime, limit: int) -> Sequence[OutboxMail]:
        # Only reads while there is nothing to do: on SQLite every write locks the whole file.
        pending = OutboxMail.filter(state=MailState.PENDING)
        if await pending.filter(expires_at__lte=now).exists():
            await expire_mail(now)
        return await claim_due(pending, now=now, lease=self.lease, limit=limit)

    async def attempt(self, item: OutboxMail) -> None:
        if item.body is None:  # withdrawn or expired after the claim read it
            raise Undeliverable("the mail was withdrawn before it was sent")
        await self.mailer.send(
            OutgoingMail(to=item.recipient, subject=item.subject, text=item.body)
        )

    async def settle(self, item: OutboxMail, outcome: Outcome, now: datetime) -> None:
        async with in_transaction():
            await MailAttempt.create(
                mail_id=item.id,
                number=item.attempts,
                started_at=outcome.started_at,
                duration_ms=outcome.duration_ms,
                error=outcome.error,
            )
            if outcome.succeeded:
                await _sent(item, outcome, now)
            else:
                await _failed(item, outcome, now)


async def _sent(item: OutboxMail, outcome: Outcome, now: datetime) -> None:
    # Withdrawn meanwhile or not, the server has it now: the row says so.
    await OutboxMail.filter(**settle_filter(item)).update(
        state=MailState.SENT,
        sent_at=now,
        ended_at=now,
        due_at=None,
        claimed_until=None,
        body=None,
        last_attempt_at=outcome.started_at,
    )


async def _failed(item: OutboxMail, outcome: Outcome, now: datetime) -> None:
    due = MAIL_RETRIES.next_due(item.attempts, now, item.expires_at) if outcome.retry else None
    common = {"last_attempt_at": outcome.started_at, "last_error": outcome.error}
    still_pending = OutboxMail.filter(**settle_filter(item), state=MailState.PENDING)
    if due is not None:
        await still_pending.update(due_at=due, claimed_until=None, **common)
        log.warning(
            "mail %d not sent (attempt %d): %s; next attempt at %s",
            item.id,
            item.attempts,
            outcome.error,
            due.isoformat(),
            extra={"mail_id": item.id, "attempt": item.attempts, "cause": outcome.error},
        )
        return
    await still_pending.update(
        state=MailState.GAVE_UP, due_at=None, claimed_until=None, body=None, ended_at=now, **common
    )
    log.error(
        "mail %d given up after attempt %d: %s",
        item.id,
        item.attempts,
        outcome.error,
        extra={"mail_id": item.id, "attempt": item.attempts, "cause": outcome.error},
    )


async def expire_mail(now: datetime) -> int:
    """Gives up the waiting mail whose code has expired, dropping its body; how many."""
    expired = OutboxMail.filter(state=MailState.PENDING, expires_at__lte=now)
    done = {"state": MailState.GAVE_UP, "due_at": None, "body": None, "ended_at": now}
    never_tried: int = await expired.filter(last_error=None).update(
        last_error=EXPIRED_UNSENT, **done
    )
    tried: int = await expired.update(**done)
    return never_tried + tried


async def forget_old_mail(now: datetime) -> int:
    """Deletes the mail that ended (sent, given up, withdrawn) more than 30 days ago, with its
    attempts; how many."""
    ended = await OutboxMail.filter(ended_at__lt=now - MAIL_KEPT).values_list("id", flat=True)
    if not ended:
        return 0
    async with in_transaction():
        await MailAttempt.filter(mail_id__in=ended).delete()
        forgotten: int = await OutboxMail.filter(id__in=ended).delete()
    return forgotten


@dataclass(frozen=True, slots=True)
class MailBacklog:
    """Mail not sent yet: how many wait, how many of them failed their last attempt, since when
    the oldest failing one waits, and the latest failure's error excerpt; mail given up in the
    last hour."""

    waiting: int
    failing: int
    oldest_failing_since: datetime | None
    last_error: str | None
    given_up_last_hour: int


async def mail_backlog(now: datetime) -> MailBacklog:
    pending = OutboxMail.filter(state=MailState.PENDING)
    failing = pending.filter(last_error__isnull=False)
    oldest = await failing.order_by("created_at").first()
    latest = await failing.order_by("-last_attempt_at").first()
    given_up = OutboxMail.filter(state=MailState.GAVE_UP, ended_at__gt=now - timedelta(hours=1))
    return MailBacklog(
        waiting=await pending.count(),
        failing=await failing.count(),
        oldest_failing_since=oldest.created_at if oldest else None,
        last_error=latest.last_error if latest else None,
        given_up_last_hour=await given_up.count(),
    )
