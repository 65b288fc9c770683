"""Delivering events to partners' webhook endpoints: the deliverer's webhook channel.

Each claim first turns the events committed since the last one into deliveries
(`rules.webhook_fanout`): one per event and enabled endpoint of its partner that subscribes to its
type, in the stream of (endpoint, customer), numbered in commit order. Nothing is sent, nor
recorded about webhooks, in the transaction of the change: the request answers, and the
deliverer (`app.deliverer`) sends afterwards.

Order: a stream sends its oldest pending delivery, and only once it succeeded or was given up the
next, so that an endpoint receives one customer's events in the order their changes committed.
Deliveries are recorded after the stream's row lock is taken (an upsert); a settle takes the same
lock before it looks for the next delivery, so that no delivery recorded meanwhile is left
waiting.

Retries: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after each failed attempt (8 attempts over
about 28 hours). When a delivery's last attempt fails it is given up, and its endpoint is disabled
with the reason, which the partner reads on the endpoint and receives as a
`webhook_endpoint.disabled` event on its other endpoints. A test message is tried once.

At least once: a deliverer that dies mid-attempt leaves the stream's lease to run out; the stream
is then claimed again and the same delivery sent again, with the same `webhook-id`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from standardwebhooks.webhooks import Webhook
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Subquery
from tortoise.transactions import in_transaction

from models import Event, WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookStream
from rules.clock import Clock, system_clock
from rules.outbox import Outcome, RetrySchedule, claim_due, release_claim, settle_filter
from rules.webhook_fanout import (
    FAILED,
    FAN_OUT_BATCH,
    PENDING,
    SUCCEEDED,
    WEBHOOK_CHANNEL,
    fan_out_new_events,
)
from rules.webhook_targets import Target, TargetRefused, resolve
from rules.webhooks import disable_after_failures

log = logging.getLogger("partnerlink.webhooks")

WEBHOOK_RETRIES = RetrySchedule(
    tuple(
        timedelta(seconds=s) for s in (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600)
    )
)
TEST_RETRIES = RetrySchedule(())  # a test message is tried once: its answer is what it tests
RESPONSE_EXCERPT_BYTES = 1024
# Events a claim fans out per delivery it may take: a claim of 100 reads a full fan-out batch.
EVENTS_PER_CLAIMED = 5


@dataclass(frozen=True, slots=True)
class Response:
    """What a receiver answered: its status and the start of its body."""

    status_code: int
    excerpt: str


class Sender(Protocol):
    """POSTs a body to a checked target (`app.webhook_http`); raises when no answer came."""

    async def post(self, target: Target, body: bytes, headers: dict[str, str]) -> Response: ...


class DeliveryFailed(Exception):
    """The receiver answered with a status other than 2xx."""


@dataclass
class Work:
    """One claimed stream and the delivery it sends now (None: nothing left to send); the
    attempt fills in what the receiver answered."""

    stream: WebhookStream
    claimed_at: datetime  # by the rules' clock: which secrets sign
    delivery: WebhookDelivery | None = None
    endpoint: WebhookEndpoint | None = None
    event: Event | None = None
    response: Response | None = field(default=None)


class SettleQueue:
    """Settles written together: every settle asked for while none is being written joins the
    next transaction (group commit), so that attempts ending together cost one transaction
    (six statements for any number of successes) and none waits for a slower one."""

    def __init__(self) -> None:
        self._waiting: list[tuple[Work, Outcome, datetime, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def settle(self, item: Work, outcome: Outcome, now: datetime) -> None:
        done = asyncio.get_running_loop().create_future()
        self._waiting.append((item, outcome, now, done))
        if self._writer is None:
            self._writer = asyncio.create_task(self._write())
        await asyncio.shield(done)

    async def _write(self) -> None:
        try:
            await asyncio.sleep(0)  # the attempts ending in this turn of the loop join
            while self._waiting:
                taken, self._waiting = self._waiting, []
                try:
                    await _settle_all([(item, outcome, now) for item, outcome, now, _ in taken])
                except asyncio.CancelledError:
                    for *_, done in taken:
                        done.cancel()
                    raise
                except Exception as error:  # each waiting settle raises it
                    for *_, done in taken:
                        done.set_exception(error)
                    continue
                for *_, done in taken:
                    done.set_result(None)
        finally:
            self._writer = None


Presenter = Callable[[Event], dict[str, Any]]


def plain_payload(event: Event) -> dict[str, Any]:
    """The body of an event's webhook, with the rows' own ids (the app presents global ids)."""
    return {
        "type": event.type,
        "timestamp": event.occurred_at.isoformat(),
        "data": {**event.data, "partnerId": event.partner_id, "customerId": event.customer_id},
    }


class WebhookChannel:
    """The deliverer's channel for webhooks (`rules.outbox.Channel`)."""

    name = WEBHOOK_CHANNEL

    def __init__(
        self,
        sender: Sender,
        *,
        allow_private: bool,
        present: Presenter = plain_payload,
        wall_clock: Clock = system_clock,
        lease: timedelta = timedelta(minutes=1),
    ) -> None:
        # The deliverer cancels an attempt at half the lease: give it more than twice the
        # sender's timeout. A stream whose deliverer died is taken again when its lease ends.
        self.lease = lease
        # The signature's timestamp is the real time even when a test moves the rules' clock:
        # receivers check it against theirs.
        self.sender, self.allow_private = sender, allow_private
        self.present, self.wall_clock = present, wall_clock
        self._settles = SettleQueue()
        self.look_again_soon = False  # events wait to be fanned out: claim again soon
        self.more_waiting = False  # the last fan-out read a full batch of events, and more wait

    async def claim(self, now: datetime, limit: int) -> Sequence[Work]:
        # A claim kept small (the deliverer letting requests go first) fans out little too:
        # turning events into deliveries is a good part of a webhook's cost to the database.
        fanned = await fan_out_new_events(now, min(FAN_OUT_BATCH, EVENTS_PER_CLAIMED * limit))
        self.look_again_soon = fanned.more or fanned.held_back
        self.more_waiting = fanned.more and fanned.events > 0  # not another's fan-out
        enabled = Subquery(WebhookEndpoint.filter(enabled=True).values("id"))
        rows = WebhookStream.filter(endpoint_id__in=enabled)
        streams = await claim_due(rows, now=now, lease=self.lease, limit=limit)
        if not streams:
            return []
        return await _work_of(streams, now)

    async def attempt(self, item: Work) -> None:
        if item.delivery is None or item.endpoint is None:
            return
        body = json.dumps(self.body_of(item), separators=(",", ":"), ensure_ascii=False)
        try:
            target = await resolve(item.endpoint.url, allow_private=self.allow_private)
        except TargetRefused as refused:
            raise DeliveryFailed(str(refused)) from None
        headers = self.headers_of(item, body)
        item.response = await self.sender.post(target, body.encode(), headers)
        if not 200 <= item.response.status_code < 300:
            raise DeliveryFailed(f"HTTP {item.response.status_code}")

    def body_of(self, item: Work) -> dict[str, Any]:
        assert item.delivery is not None
        if item.event is None:
            return item.delivery.payload or {}
        return self.present(item.event)

    def headers_of(self, item: Work, body: str) -> dict[str, str]:
        assert item.delivery is not None and item.endpoint is not None
        now = self.wall_clock.now()
        msg_id = item.delivery.message_id
        secrets = signing_secrets(item.endpoint, item.claimed_at)
        signatures = [Webhook(secret).sign(msg_id, now, body) for secret in secrets]
        return {
            "content-type": "application/json",
            "user-agent": "partnerlink-webhooks/1",
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": " ".join(signatures),
        }

    async def release(self, item: Work) -> None:
        """Gives the stream back at once (a deliverer stopping mid-attempt)."""
        await release_claim(item.stream)

    async def settle(self, item: Work, outcome: Outcome, now: datetime) -> None:
        await self._settles.settle(item, outcome, now)


def signing_secrets(endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The secrets that sign: the current one, and the previous one during its overlap."""
    secrets = [endpoint.secret]
    expires = endpoint.previous_secret_expires_at
    if endpoint.previous_secret and expires is not None and expires > now:
        secrets.append(endpoint.previous_secret)
    return secrets


async def _work_of(streams: Sequence[WebhookStream], now: datetime) -> list[Work]:
    """The claimed streams with what each sends now: its oldest pending delivery, with the
    endpoint and the event (three statements for the whole batch)."""
    heads = await _heads([(s.endpoint_id, s.customer_key) for s in streams])
    endpoint_ids = {s.endpoint_id for s in streams}
    endpoints = {e.id: e for e in await WebhookEndpoint.filter(id__in=endpoint_ids)}
    event_ids = [d.event_id for d in heads.values() if d.event_id is not None]
    events = {e.id: e for e in await Event.filter(id__in=event_ids)} if event_ids else {}
    work = []
    for stream in streams:
        head = heads.get((stream.endpoint_id, stream.customer_key))
        if head is None:
            work.append(Work(stream, now))
            continue
        event = events.get(head.event_id) if head.event_id is not None else None
        work.append(Work(stream, now, head, endpoints.get(stream.endpoint_id), event))
    return work


async def _heads(keys: list[tuple[int, int]]) -> dict[tuple[int, int], WebhookDelivery]:
    """The oldest pending delivery of each stream (endpoint id, customer key)."""
    placeholders = ", ".join(["(%s, %s)"] * len(keys))
    db = WebhookDelivery._meta.db
    if db.capabilities.dialect == "postgres":
        marks = iter(range(1, 2 * len(keys) + 1))
        placeholders = ", ".join(f"(${next(marks)}::int, ${next(marks)}::int)" for _ in keys)
    else:
        placeholders = placeholders.replace("%s", "?")
    oldest = (
        'SELECT MIN("id") FROM "webhook_delivery" WHERE "state" = \'PENDING\' '
        f'AND ("endpoint_id", "customer_key") IN (VALUES {placeholders}) '
        'GROUP BY "endpoint_id", "customer_key"'
    )
    _, rows = await db.execute_query(oldest, [value for key in keys for value in key])
    ids = [row[0] for row in rows]
    found = await WebhookDelivery.filter(id__in=ids) if ids else []
    return {(d.endpoint_id, d.customer_key): d for d in found}


async def _settle_all(settled: list[tuple[Work, Outcome, datetime]]) -> None:
    """The successes together, the rest one by one, all in one transaction; one by one, each
    in its own, if an endpoint was deleted meanwhile."""
    successes = [s for s in settled if s[1].succeeded and s[0].delivery is not None]
    others = [s for s in settled if s not in successes]
    try:
        async with in_transaction():
            if successes:
                await _settle_successes(successes, successes[0][2])
            for item, outcome, now in others:
                await _settle(item, outcome, now)
    except IntegrityError:
        await _settle_each(settled)


async def _settle_each(settled: list[tuple[Work, Outcome, datetime]]) -> None:
    for item, outcome, now in settled:
        try:
            async with in_transaction():
                await _settle(item, outcome, now)
        except IntegrityError:  # the endpoint was deleted meanwhile, its deliveries with it
            log.info("webhook stream %d gone before its attempt was kept", item.stream.id)


async def _settle_successes(settled: list[tuple[Work, Outcome, datetime]], now: datetime) -> None:
    """Deliveries that succeeded: their streams locked first (see `_settle`), the attempts
    kept, the deliveries marked, and each stream held still due if more is pending."""
    items = [item for item, _, _ in settled]
    claimed = {item.stream.id: item.stream.attempts for item in items}
    locked = (
        await WebhookStream.filter(id__in=list(claimed))
        .select_for_update()
        .values_list("id", "attempts")
    )
    held = [stream_id for stream_id, attempts in locked if claimed[stream_id] == attempts]
    if held:
        await WebhookStream.filter(id__in=held).update(claimed_until=None)
    await WebhookAttempt.bulk_create(
        [
            WebhookAttempt(
                delivery_id=item.delivery.id,
                number=item.delivery.attempts + 1,
                started_at=outcome.started_at,
                duration_ms=outcome.duration_ms,
                status_code=item.response.status_code if item.response else None,
                response_excerpt=item.response.excerpt if item.response else None,
            )
            for item, outcome, _ in settled
            if item.delivery is not None
        ]
    )
    await WebhookDelivery.filter(
        id__in=[item.delivery.id for item in items if item.delivery is not None], state=PENDING
    ).update(state=SUCCEEDED, attempts=F("attempts") + 1, finished_at=now, next_attempt_at=None)
    if held:
        await _due_if_pending(held, now)


async def _settle(item: Work, outcome: Outcome, now: datetime) -> None:
    # The stream's row lock first: deliveries recorded meanwhile are committed when it is had.
    held = await WebhookStream.filter(**settle_filter(item.stream)).update(claimed_until=None)
    delivery = item.delivery
    due: datetime | None = None
    if delivery is not None:
        await _keep_attempt(delivery, item.response, outcome)
        due = await _decide(item, outcome, now)
    if not held:  # another deliverer took the stream over after this one's lease ran out
        return
    if due is not None:
        await WebhookStream.filter(id=item.stream.id).update(due_at=due)
    else:
        await _due_if_pending([item.stream.id], now)


async def _keep_attempt(
    delivery: WebhookDelivery, response: Response | None, outcome: Outcome
) -> None:
    await WebhookAttempt.create(
        delivery_id=delivery.id,
        number=delivery.attempts + 1,
        started_at=outcome.started_at,
        duration_ms=outcome.duration_ms,
        status_code=response.status_code if response else None,
        error=outcome.error,
        response_excerpt=response.excerpt if response else None,
    )


async def _decide(item: Work, outcome: Outcome, now: datetime) -> datetime | None:
    """Marks the delivery after its attempt; when the stream's next attempt is due (None: take
    the next delivery, if any)."""
    delivery = item.delivery
    assert delivery is not None
    attempts = delivery.attempts + 1
    pending = WebhookDelivery.filter(id=delivery.id, state=PENDING)
    if outcome.succeeded:
        await pending.update(
            state=SUCCEEDED, attempts=attempts, finished_at=now, next_attempt_at=None
        )
        return None
    schedule = TEST_RETRIES if delivery.event_id is None else WEBHOOK_RETRIES
    due = schedule.next_due(attempts, now, None) if outcome.retry else None
    if due is not None:
        await pending.update(attempts=attempts, next_attempt_at=due)
        return due
    await pending.update(state=FAILED, attempts=attempts, finished_at=now, next_attempt_at=None)
    if delivery.event_id is not None and item.endpoint is not None:
        await disable_after_failures(item.endpoint, delivery, attempts, outcome, now)
    return None


async def _due_if_pending(stream_ids: list[int], now: datetime) -> None:
    """Each stream due now if a delivery of it is pending, else idle: one statement, run while
    the settle holds the streams' locks (so that it sees every delivery recorded before)."""
    db = WebhookStream._meta.db
    if db.capabilities.dialect == "postgres":
        first = "$1::timestamptz"
        ids = ", ".join(f"${n + 2}::int" for n in range(len(stream_ids)))
    else:
        first, ids = "?", ", ".join("?" for _ in stream_ids)
    sql = (
        'UPDATE "webhook_stream" SET "due_at" = CASE WHEN EXISTS (SELECT 1 FROM '
        '"webhook_delivery" d WHERE d."endpoint_id" = "webhook_stream"."endpoint_id" AND '
        'd."customer_key" = "webhook_stream"."customer_key" AND d."state" = \'PENDING\') '
        f'THEN {first} ELSE NULL END WHERE "id" IN ({ids})'
    )
    due = WebhookStream._meta.fields_map["due_at"].to_db_value(now, WebhookStream)
    await db.execute_query(sql, [due, *stream_ids])
