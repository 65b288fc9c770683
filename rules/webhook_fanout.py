"""Turning events into webhook deliveries, after their transactions committed, in the order no
reader can overtake (see `rules.webhook_delivery` for how deliveries are sent).

A change writes only its events (`rules.events.record_for`): nothing about webhooks weighs on the
request. The deliverer then fans the new events out (`fan_out_new_events`, at the start of each
claim of the webhook channel): it reads the events after the fan-out's cursor (`EventCursor`
named `webhook`) through `rules.event_feed.safe_events`, in commit order, and records a delivery
of each event to each enabled endpoint of its partner that subscribes to its type and existed
when it happened, at the end of the stream of (endpoint, customer), moving the cursor past them
in the same transaction. One fan-out at a time moves the cursor (on PostgreSQL it holds the
cursor's row lock, which other deliverers pass over; and the move is a conditional update: of
two deliverers reading the same events one records them, the other nothing), so the deliveries
of a stream are numbered in the order the events committed, and every event is fanned out once.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar, Token
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import Event, EventCursor, WebhookDelivery, WebhookEndpoint, WebhookStream
from rules.event_feed import Position, safe_events

WEBHOOK_CHANNEL = "webhook"  # the deliverer's name for it (rules.outbox)
NO_CUSTOMER = 0  # the stream of an endpoint's events that concern no customer
TEST_STREAM = -1  # the stream of its test messages
TEST_EVENT_TYPE = "webhook.test"
FAN_OUT_CURSOR = "webhook"
# Events one fan-out reads: with at most 10 endpoints a partner (`rules.webhooks`), 5,000
# deliveries and streams, within either database's limit on a statement's parameters.
FAN_OUT_BATCH = 500

PENDING, SUCCEEDED, FAILED = "PENDING", "SUCCEEDED", "FAILED"


_recorded: ContextVar[list[int] | None] = ContextVar("partnerlink_webhooks", default=None)


def note_deliveries(noted: list[int]) -> Token[list[int] | None]:
    """From now on in this context, `noted` receives the endpoint id of every delivery a
    request records itself (a redelivery, a test message: the app tells its deliverer after the
    request; events wake it through `rules.event_wakeups`), until `stop_noting(token)`."""
    return _recorded.set(noted)


def stop_noting(token: Token[list[int] | None]) -> None:
    _recorded.reset(token)


def subscribes(endpoint: WebhookEndpoint, event_type: str) -> bool:
    return not endpoint.event_types or event_type in endpoint.event_types


@dataclass(frozen=True, slots=True)
class FannedOut:
    """What one fan-out did: how many events it read, and whether to look again at once (more
    events wait) or soon (committed events wait for an older transaction to end)."""

    events: int
    more: bool = False
    held_back: bool = False


async def fan_out_new_events(now: datetime, limit: int = FAN_OUT_BATCH) -> FannedOut:
    """Records the deliveries of up to `limit` events after the cursor, and moves it past them,
    in one transaction (see the module's docstring)."""
    try:
        async with in_transaction():
            cursor = await _cursor()
            if cursor is None:  # another deliverer is fanning out: its events are in hand
                return FannedOut(0)
            at = Position(cursor.txid, cursor.event_id)
            batch = await safe_events(Q(partner_id__isnull=False), at, limit)
            if not batch.events:
                return FannedOut(0, held_back=batch.held_back)
            moved = await EventCursor.filter(
                Q(txid=cursor.txid) if cursor.txid is not None else Q(txid__isnull=True),
                name=FAN_OUT_CURSOR,
                event_id=cursor.event_id,
            ).update(txid=batch.position.txid, event_id=batch.position.id)
            if moved:
                await _record_for(batch.events, now)
    except IntegrityError:  # another deliverer made the cursor first
        return FannedOut(0, more=True)
    if not moved:  # another deliverer fanned these events out
        return FannedOut(0, more=True)
    return FannedOut(len(batch.events), more=batch.more, held_back=batch.held_back)


async def _cursor() -> EventCursor | None:
    """The fan-out's cursor. On PostgreSQL it stays locked until the transaction ends, and None
    answers while another deliverer's fan-out holds it: passing over it beats waiting to find
    the events gone."""
    rows = EventCursor.filter(name=FAN_OUT_CURSOR)
    if EventCursor._meta.db.capabilities.dialect == "postgres":
        cursor = await rows.select_for_update(skip_locked=True).first()
        if cursor is None and await rows.exists():
            return None
    else:  # one writer at a time: the cursor's conditional update decides
        cursor = await rows.first()
    if cursor is None:  # a database made without the migrations (which make it): at the start
        cursor = await EventCursor.create(name=FAN_OUT_CURSOR, txid=None, event_id=0)
    return cursor


async def _record_for(events: Sequence[Event], now: datetime) -> None:
    partner_ids = {event.partner_id for event in events}
    endpoints = await WebhookEndpoint.filter(partner_id__in=partner_ids, enabled=True).only(
        "id", "partner_id", "event_types", "created_at"
    )
    deliveries = [
        WebhookDelivery(
            endpoint_id=endpoint.id,
            customer_key=event.customer_id or NO_CUSTOMER,
            event_id=event.id,
            event_type=event.type,
            message_id=message_id(event.id),
            created_at=now,
        )
        for event in events
        for endpoint in endpoints
        if endpoint.partner_id == event.partner_id
        and subscribes(endpoint, event.type)
        and endpoint.created_at <= event.occurred_at
    ]
    if deliveries:
        await record_deliveries(deliveries, now)


def message_id(event_id: int) -> str:
    """The `webhook-id` of every delivery of an event."""
    return f"evt_{event_id}"


async def record_deliveries(deliveries: Sequence[WebhookDelivery], now: datetime) -> None:
    """Records the deliveries at the end of their streams, in the caller's transaction: each
    stream's row is locked first (see the module's docstring), then the deliveries written."""
    streams = sorted({(d.endpoint_id, d.customer_key) for d in deliveries})
    await _wake_streams(streams, now)
    await WebhookDelivery.bulk_create(list(deliveries))
    noted = _recorded.get()
    if noted is not None:
        noted.extend(endpoint_id for endpoint_id, _ in streams)


async def _wake_streams(streams: Sequence[tuple[int, int]], now: datetime) -> None:
    """Makes each stream exist and be due by `now` at the latest (a stream waiting for a retry
    keeps its time), holding its row lock until the caller's transaction ends."""
    db = WebhookStream._meta.db
    postgres = db.capabilities.dialect == "postgres"
    due_at = WebhookStream._meta.fields_map["due_at"].to_db_value(now, WebhookStream)
    values: list[str] = []
    args: list[object] = []
    for index, (endpoint_id, customer_key) in enumerate(streams):
        if postgres:
            base = index * 3
            values.append(f"(${base + 1}, ${base + 2}, ${base + 3}, 0)")
        else:
            values.append("(?, ?, ?, 0)")
        args.extend([endpoint_id, customer_key, due_at])
    sql = (
        'INSERT INTO "webhook_stream" ("endpoint_id", "customer_key", "due_at", "attempts") '
        f"VALUES {', '.join(values)} "
        'ON CONFLICT ("endpoint_id", "customer_key") DO UPDATE SET "due_at" = '
        'COALESCE("webhook_stream"."due_at", EXCLUDED."due_at")'
    )
    await db.execute_query(sql, args)
