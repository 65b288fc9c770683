"""A partner's webhook endpoints: created, changed, deleted, their secret rotated, an event sent
again, a test message sent; and disabled when a delivery's retries ran out.

Secrets follow Standard Webhooks: `whsec_` and 32 random bytes in base64, shown once when made.
The service keeps them in clear, since it signs with them. After a rotation the previous secret
signs beside the new one (a `webhook-signature` holds several) until its overlap ends.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from models import Event, WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookStream
from models.enums import EventType
from rules import audit
from rules.actors import SYSTEM, Actor, PartnerActor
from rules.clock import Clock, system_clock
from rules.errors import (
    EventCode,
    RuleError,
    WebhookEndpointCode,
    WebhookLimitCode,
    WebhookSendCode,
    WebhookUrlCode,
)
from rules.outbox import Outcome
from rules.validation import InputCheck
from rules.webhook_fanout import (
    NO_CUSTOMER,
    TEST_EVENT_TYPE,
    TEST_STREAM,
    message_id,
    record_deliveries,
)
from rules.webhook_targets import TargetRefused, resolve

SECRET_PREFIX = "whsec_"
MAX_ENDPOINTS = 10  # per partner
MAX_OVERLAP_HOURS = 7 * 24
DEFAULT_OVERLAP_HOURS = 24
EVENT_TYPES = frozenset(t.value for t in EventType)
_URL_CODES = {
    "INVALID": WebhookUrlCode.INVALID_WEBHOOK_URL,
    "UNRESOLVABLE": WebhookUrlCode.WEBHOOK_URL_UNRESOLVABLE,
    "NOT_ALLOWED": WebhookUrlCode.WEBHOOK_TARGET_NOT_ALLOWED,
}


@dataclass(frozen=True, slots=True)
class EndpointWithSecret:
    endpoint: WebhookEndpoint
    secret: str  # shown once


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


async def checked_url(url: str, *, allow_private: bool) -> str:
    """The URL, if it may be called now (`rules.webhook_targets`); raises the URL codes."""
    url = url.strip()
    try:
        await resolve(url, allow_private=allow_private)
    except TargetRefused as refused:
        raise RuleError.of(_URL_CODES[refused.kind], str(refused), "url") from None
    return url


def checked_types(event_types: list[str]) -> list[str]:
    """The event types, each once, in the catalogue's order; raises UNKNOWN_EVENT_TYPE."""
    unknown = [t for t in event_types if t not in EVENT_TYPES]
    if unknown:
        raise RuleError.of(
            WebhookUrlCode.UNKNOWN_EVENT_TYPE,
            f"Unknown event types: {', '.join(unknown)}.",
            "eventTypes",
        )
    return [t.value for t in EventType if t.value in event_types]


async def create_endpoint(
    *,
    actor: PartnerActor,
    url: str,
    event_types: list[str] | None = None,
    description: str = "",
    allow_private: bool,
    clock: Clock = system_clock,
) -> EndpointWithSecret:
    """A new enabled endpoint receiving `event_types` (every type when none). Raises
    TOO_MANY_WEBHOOK_ENDPOINTS, the URL codes, UNKNOWN_EVENT_TYPE and input codes."""
    with InputCheck() as check:
        description = check.text("description", description, min_length=0, max_length=200)
    types = checked_types(event_types or [])
    url = await checked_url(url, allow_private=allow_private)
    now, secret = clock.now(), new_secret()
    async with in_transaction():
        if await WebhookEndpoint.filter(partner_id=actor.partner_id).count() >= MAX_ENDPOINTS:
            raise RuleError.of(
                WebhookLimitCode.TOO_MANY_WEBHOOK_ENDPOINTS,
                f"A partner has {MAX_ENDPOINTS} webhook endpoints at most.",
            )
        endpoint = await WebhookEndpoint.create(
            partner_id=actor.partner_id,
            url=url,
            event_types=types,
            description=description,
            secret=secret,
            created_at=now,
            updated_at=now,
        )
        await _audit(actor, "webhook_endpoint.created", endpoint, now, after=_shown(endpoint))
    return EndpointWithSecret(endpoint, secret)


async def update_endpoint(
    *,
    actor: PartnerActor,
    endpoint_id: int,
    url: str | None = None,
    event_types: list[str] | None = None,
    description: str | None = None,
    enabled: bool | None = None,
    allow_private: bool,
    clock: Clock = system_clock,
) -> WebhookEndpoint:
    """Changes what is given. Enabling a disabled endpoint clears its reason and resumes the
    deliveries it had left. Raises WEBHOOK_ENDPOINT_NOT_FOUND, the URL codes,
    UNKNOWN_EVENT_TYPE and input codes."""
    changes: dict[str, Any] = {}
    if description is not None:
        with InputCheck() as check:
            changes["description"] = check.text(
                "description", description, min_length=0, max_length=200
            )
    if event_types is not None:
        changes["event_types"] = checked_types(event_types)
    if url is not None:
        changes["url"] = await checked_url(url, allow_private=allow_private)
    now = clock.now()
    async with in_transaction():
        endpoint = await _endpoint_of(actor, endpoint_id, lock=True)
        before = _shown(endpoint)
        if enabled is not None and enabled != endpoint.enabled:
            changes.update(_enabling(enabled, now))
        endpoint.update_from_dict({**changes, "updated_at": now})
        await endpoint.save()
        if changes.get("enabled"):
            await WebhookStream.filter(endpoint_id=endpoint.id, due_at__not_isnull=True).update(
                due_at=now
            )
        await _audit(actor, "webhook_endpoint.updated", endpoint, now, before, _shown(endpoint))
    return endpoint


def _enabling(enabled: bool, now: datetime) -> dict[str, Any]:
    if enabled:
        return {"enabled": True, "disabled_reason": None, "disabled_at": None}
    return {"enabled": False, "disabled_reason": "Disabled by the partner.", "disabled_at": now}


async def delete_endpoint(
    *, actor: PartnerActor, endpoint_id: int, clock: Clock = system_clock
) -> int:
    """Deletes the endpoint with its deliveries and attempts; its id. Raises
    WEBHOOK_ENDPOINT_NOT_FOUND."""
    now = clock.now()
    async with in_transaction():
        endpoint = await _endpoint_of(actor, endpoint_id, lock=True)
        await _audit(actor, "webhook_endpoint.deleted", endpoint, now, before=_shown(endpoint))
        await endpoint.delete()
    return endpoint_id


async def rotate_secret(
    *,
    actor: PartnerActor,
    endpoint_id: int,
    overlap_hours: int = DEFAULT_OVERLAP_HOURS,
    clock: Clock = system_clock,
) -> EndpointWithSecret:
    """A new secret, shown once; the current one goes on signing beside it for
    `overlap_hours` (0 to 168). Raises WEBHOOK_ENDPOINT_NOT_FOUND and OUT_OF_RANGE."""
    with InputCheck() as check:
        check.int_range("overlapHours", overlap_hours, low=0, high=MAX_OVERLAP_HOURS)
    now, secret = clock.now(), new_secret()
    async with in_transaction():
        endpoint = await _endpoint_of(actor, endpoint_id, lock=True)
        endpoint.previous_secret = endpoint.secret if overlap_hours else None
        endpoint.previous_secret_expires_at = (
            now + timedelta(hours=overlap_hours) if overlap_hours else None
        )
        endpoint.secret, endpoint.updated_at = secret, now
        await endpoint.save()
        after = audit.snapshot(previous_secret_expires_at=endpoint.previous_secret_expires_at)
        await _audit(actor, "webhook_endpoint.secret_rotated", endpoint, now, after=after)
    return EndpointWithSecret(endpoint, secret)


async def redeliver_event(
    *, actor: PartnerActor, endpoint_id: int, event_id: int, clock: Clock = system_clock
) -> WebhookDelivery:
    """The partner's event sent to the endpoint again, after what its customer's stream holds,
    with the same `webhook-id`. Raises WEBHOOK_ENDPOINT_NOT_FOUND, WEBHOOK_ENDPOINT_DISABLED
    and EVENT_NOT_FOUND."""
    now = clock.now()
    async with in_transaction():
        endpoint = await _enabled_endpoint_of(actor, endpoint_id)
        event = await Event.get_or_none(id=event_id, partner_id=actor.partner_id)
        if event is None:
            raise RuleError.of(EventCode.EVENT_NOT_FOUND, "No such event.", "eventId")
        delivery = WebhookDelivery(
            endpoint_id=endpoint.id,
            customer_key=event.customer_id or NO_CUSTOMER,
            event_id=event.id,
            event_type=event.type,
            message_id=message_id(event.id),
            created_at=now,
        )
        await record_deliveries([delivery], now)
    return await _recorded(delivery)


async def send_test_event(
    *, actor: PartnerActor, endpoint_id: int, clock: Clock = system_clock
) -> WebhookDelivery:
    """A `webhook.test` message to the endpoint, tried once. Raises
    WEBHOOK_ENDPOINT_NOT_FOUND and WEBHOOK_ENDPOINT_DISABLED."""
    now = clock.now()
    test_id = f"msg_test_{secrets.token_hex(12)}"
    payload = {
        "type": TEST_EVENT_TYPE,
        "timestamp": now.isoformat(),
        "data": {"message": "A test message from partnerlink.", "id": test_id},
    }
    async with in_transaction():
        endpoint = await _enabled_endpoint_of(actor, endpoint_id)
        delivery = WebhookDelivery(
            endpoint_id=endpoint.id,
            customer_key=TEST_STREAM,
            event_type=TEST_EVENT_TYPE,
            message_id=test_id,
            payload=payload,
            created_at=now,
        )
        await record_deliveries([delivery], now)
    return await _recorded(delivery)


async def disable_after_failures(
    endpoint: WebhookEndpoint,
    delivery: WebhookDelivery,
    attempts: int,
    outcome: Outcome,
    now: datetime,
) -> None:
    """Disables the endpoint whose delivery was given up, in the settle's transaction, with a
    reason the partner reads, and tells the partner with a `webhook_endpoint.disabled` event."""
    reason = (
        f"Delivery of {delivery.message_id} ({delivery.event_type}) failed {attempts} times "
        f"from {delivery.created_at.isoformat()} to {now.isoformat()}; last: {outcome.error}"
    )[:400]
    disabled = await WebhookEndpoint.filter(id=endpoint.id, enabled=True).update(
        enabled=False, disabled_reason=reason, disabled_at=now, updated_at=now
    )
    if disabled:
        after = {"enabled": False, "reason": reason, "url": endpoint.url}
        await _audit(SYSTEM, "webhook_endpoint.disabled", endpoint, now, after=after)


async def endpoints_of(actor: PartnerActor) -> list[WebhookEndpoint]:
    """The partner's endpoints, oldest first."""
    found: list[WebhookEndpoint] = await WebhookEndpoint.filter(
        partner_id=actor.partner_id
    ).order_by("id")
    return found


async def deliveries_of(
    endpoint_id: int, *, first: int, before_id: int | None = None
) -> list[WebhookDelivery]:
    """The deliveries of an endpoint the caller holds, newest first, `first` at most (1 to
    100; OUT_OF_RANGE otherwise)."""
    with InputCheck() as check:
        check.int_range("first", first, low=1, high=100)
    query = WebhookDelivery.filter(endpoint_id=endpoint_id)
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    found: list[WebhookDelivery] = await query.order_by("-id").limit(first)
    return found


async def attempts_of(delivery_ids: list[int]) -> dict[int, list[WebhookAttempt]]:
    """The attempts of each delivery, first first."""
    by_delivery: dict[int, list[WebhookAttempt]] = {i: [] for i in delivery_ids}
    for attempt in await WebhookAttempt.filter(delivery_id__in=delivery_ids).order_by("id"):
        by_delivery[attempt.delivery_id].append(attempt)
    return by_delivery


async def _endpoint_of(actor: PartnerActor, endpoint_id: int, *, lock: bool) -> WebhookEndpoint:
    query = WebhookEndpoint.filter(id=endpoint_id, partner_id=actor.partner_id)
    endpoint = await (query.select_for_update() if lock else query).first()
    if endpoint is None:
        raise RuleError.of(
            WebhookEndpointCode.WEBHOOK_ENDPOINT_NOT_FOUND, "No such webhook endpoint.", "id"
        )
    return endpoint


async def _enabled_endpoint_of(actor: PartnerActor, endpoint_id: int) -> WebhookEndpoint:
    endpoint = await _endpoint_of(actor, endpoint_id, lock=False)
    if not endpoint.enabled:
        raise RuleError.of(
            WebhookSendCode.WEBHOOK_ENDPOINT_DISABLED,
            "The endpoint is disabled: enable it first (updateWebhookEndpoint).",
            "id",
        )
    return endpoint


async def _recorded(delivery: WebhookDelivery) -> WebhookDelivery:
    """The delivery as written (bulk writes do not fill in the id on every database)."""
    found = (
        await WebhookDelivery.filter(
            endpoint_id=delivery.endpoint_id, message_id=delivery.message_id
        )
        .order_by("-id")
        .first()
    )
    assert found is not None
    return found


def _shown(endpoint: WebhookEndpoint) -> dict[str, Any]:
    return audit.snapshot(
        url=endpoint.url,
        event_types=endpoint.event_types,
        description=endpoint.description,
        enabled=endpoint.enabled,
    )


async def _audit(
    actor: Actor,
    action: str,
    endpoint: WebhookEndpoint,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    await audit.record(
        actor=actor,
        action=action,
        subject=("WebhookEndpoint", endpoint.id),
        partner_id=endpoint.partner_id,
        at=now,
        before=before,
        after=after,
    )
