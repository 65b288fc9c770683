"""Audit events, written by the rules inside the transaction that makes the change."""

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from models import AuditEvent
from rules import events
from rules.actors import Actor, PartnerActor
from rules.validation import InputCheck
from rules.visibility import visible_query

Snapshot = dict[str, Any]


def snapshot(**values: object) -> Snapshot:
    """A JSON-safe record of some fields: Decimals and times as strings, enums as their values."""
    return {key: _json_safe(value) for key, value in values.items()}


def _json_safe(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | frozenset | set):
        return [_json_safe(item) for item in value]
    return value


async def record(
    *,
    actor: Actor,
    action: str,
    subject: tuple[str, int],
    at: datetime,
    customer_id: int | None = None,
    partner_id: int | None = None,
    before: Snapshot | None = None,
    after: Snapshot | None = None,
    reason: str = "",
    on_behalf_of_customer_id: int | None = None,
) -> AuditEvent:
    subject_type, subject_id = subject
    audit_event = await AuditEvent.create(
        occurred_at=at,
        actor_kind=actor.kind,
        actor_id=actor.id,
        actor_key_id=actor.key_id if isinstance(actor, PartnerActor) else None,
        on_behalf_of_customer_id=on_behalf_of_customer_id,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        customer_id=customer_id,
        partner_id=partner_id,
        before=before,
        after=after,
        reason=reason,
    )
    await events.record_for(audit_event)
    return audit_event


async def events_for(
    *, actor: Actor, customer_id: int, first: int, after_id: int | None = None
) -> list[AuditEvent]:
    """A customer's events that the actor may see, newest first, `first` at most (1 to 100)."""
    with InputCheck() as check:
        check.int_range("first", first, low=1, high=100)
    query = visible_query(AuditEvent, actor).filter(customer_id=customer_id)
    if after_id is not None:
        query = query.filter(id__lt=after_id)
    events: list[AuditEvent] = await query.order_by("-id").limit(first)
    return events
