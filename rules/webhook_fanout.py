"""Recording webhook deliveries in the transaction of the events they carry (see
`rules.webhook_delivery` for how they are sent, and in which order).

`fan_out` runs in the transaction that records events (`rules.events.record_for`): for each
enabled endpoint of the event's partner that subscribes to its type it records a delivery at the
end of the stream of (endpoint, customer). It takes the stream's row lock (an upsert) before it
records the deliveries, so that the deliveries of one stream are numbered in commit order.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar, Token
from datetime import datetime

from models import Event, WebhookDelivery, WebhookEndpoint, WebhookStream

WEBHOOK_CHANNEL = "webhook"  # the deliverer's name for it (rules.outbox)
NO_CUSTOMER = 0  # the stream of an endpoint's events that concern no customer
TEST_STREAM = -1  # the stream of its test messages
TEST_EVENT_TYPE = "webhook.test"

PENDING, SUCCEEDED, FAILED = "PENDING", "SUCCEEDED", "FAILED"


_recorded: ContextVar[list[int] | None] = ContextVar("partnerlink_webhooks", default=None)


def note_deliveries(noted: list[int]) -> Token[list[int] | None]:
    """From now on in this context, `noted` receives the endpoint id of every delivery
    recorded (the app tells its deliverer after the request), until `stop_noting(token)`."""
    return _recorded.set(noted)


def stop_noting(token: Token[list[int] | None]) -> None:
    _recorded.reset(token)


def subscribes(endpoint: WebhookEndpoint, event_type: str) -> bool:
    return not endpoint.event_types or event_type in endpoint.event_types


async def fan_out(events: Sequence[Event]) -> None:
    """Records, in the caller's transaction, a delivery of each event to each enabled endpoint
    of its partner that subscribes to its type."""
    partner_ids = {event.partner_id for event in events if event.partner_id is not None}
    if not partner_ids:
        return
    endpoints = await WebhookEndpoint.filter(partner_id__in=partner_ids, enabled=True).only(
        "id", "partner_id", "event_types"
    )
    pairs = [
        (endpoint.id, event)
        for event in events
        for endpoint in endpoints
        if endpoint.partner_id == event.partner_id and subscribes(endpoint, event.type)
    ]
    if pairs:
        now = events[0].occurred_at
        await record_deliveries(
            [
                WebhookDelivery(
                    endpoint_id=endpoint_id,
                    customer_key=event.customer_id or NO_CUSTOMER,
                    event_id=event.id,
                    event_type=event.type,
                    message_id=message_id(event.id),
                    created_at=now,
                )
                for endpoint_id, event in pairs
            ],
            now,
        )


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
