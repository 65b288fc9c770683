"""Events: what partners and customers are told about, derived from the audit trail.

`rules.audit.record` calls `record_for` with every audit event it writes, so each event is written
in the transaction of the change it tells about (the audit trail is the outbox). One audit action
may tell of more than one thing: an association made through an invitation is also a use of that
invitation, and a budget's 100 % alert is also its exhaustion.
"""

from collections.abc import Iterable
from typing import Any

from tortoise.expressions import Q

from models import Association, AuditEvent, Event
from models.enums import EventType
from rules import event_wakeups
from rules.actors import Actor
from rules.errors import InputCode, RuleError
from rules.event_feed import START, Batch, Position, position_of, safe_events
from rules.keyset import check_page_size
from rules.visibility import visible_scope

EVENTS_OF_ACTION: dict[str, tuple[EventType, ...]] = {
    "association.created": (EventType.ASSOCIATION_CREATED, EventType.INVITATION_USED),
    "association.dissolved": (EventType.ASSOCIATION_DISSOLVED,),
    "dissociation.requested": (EventType.DISSOCIATION_REQUESTED,),
    "dissociation.answered": (EventType.DISSOCIATION_ANSWERED,),
    "dissociation.cancelled": (EventType.DISSOCIATION_CANCELLED,),
    "dissociation.expired": (EventType.DISSOCIATION_EXPIRED,),
    "invitation.revoked": (EventType.INVITATION_REVOKED,),
    "account.frozen": (EventType.FREEZE_ADDED,),
    "account.unfrozen": (EventType.FREEZE_LIFTED,),
    "budget.set": (EventType.BUDGET_SET,),
    "budget.alert": (EventType.BUDGET_ALERT,),
    "authorization.requested": (EventType.AUTHORIZATION_REQUESTED,),
    # A letter accepted with the association is answered as it is asked.
    "authorization.granted": (EventType.AUTHORIZATION_ANSWERED,),
    "authorization.approved": (EventType.AUTHORIZATION_ANSWERED,),
    "authorization.rejected": (EventType.AUTHORIZATION_ANSWERED,),
    "authorization.revoked": (EventType.AUTHORIZATION_REVOKED,),
    "authorization.expired": (EventType.AUTHORIZATION_EXPIRED,),
    "order.placed": (EventType.ORDER_PLACED,),
    "webhook_endpoint.disabled": (EventType.WEBHOOK_ENDPOINT_DISABLED,),
}

EXHAUSTED_AT_PERCENT = 100


def event_types_of(audit_event: AuditEvent) -> tuple[EventType, ...]:
    types = EVENTS_OF_ACTION.get(audit_event.action, ())
    if audit_event.action == "association.created" and not _after(audit_event).get("invitation_id"):
        types = (EventType.ASSOCIATION_CREATED,)
    if (
        audit_event.action == "budget.alert"
        and _after(audit_event).get("threshold_percent") == EXHAUSTED_AT_PERCENT
    ):
        types = (*types, EventType.BUDGET_EXHAUSTED)
    return types


def data_of(audit_event: AuditEvent, partner_id: int | None) -> dict[str, Any]:
    """The event's data: the subject, who acted, the partner and customer, and the audit's
    before and after merged (after wins), so that a client needs no second request to know what
    changed. Ids are row ids here; the API turns those naming its nodes into global ids."""
    data: dict[str, Any] = {
        **(audit_event.before or {}),
        **_after(audit_event),
        "subject": {"type": audit_event.subject_type, "id": audit_event.subject_id},
        "actor": audit_event.actor_kind.value,
        "partner_id": partner_id,
        "customer_id": audit_event.customer_id,
    }
    if audit_event.reason:
        data["note"] = audit_event.reason
    return data


async def record_for(audit_event: AuditEvent) -> list[Event]:
    """Writes the events the audit event tells of, in the caller's transaction (the deliverer
    turns them into webhook deliveries once committed: `rules.webhook_fanout`)."""
    types = event_types_of(audit_event)
    if not types:
        return []
    partner_id = await _partner_of(audit_event)
    data = data_of(audit_event, partner_id)
    written = [
        await Event.create(
            type=event_type.value,
            occurred_at=audit_event.occurred_at,
            partner_id=partner_id,
            customer_id=audit_event.customer_id,
            audit_event_id=audit_event.id,
            data=data,
        )
        for event_type in types
    ]
    event_wakeups.written(partner_id, audit_event.customer_id)
    return written


async def _partner_of(audit_event: AuditEvent) -> int | None:
    """The partner told: the audit's, or for what a customer does alone (an order it places)
    the partner it is associated with now."""
    if audit_event.partner_id is not None or audit_event.customer_id is None:
        return audit_event.partner_id
    association = await Association.get_or_none(active_customer_id=audit_event.customer_id)
    return association.partner_id if association else None


def scope(
    actor: Actor | None,
    *,
    customer_id: int | None = None,
    types: Iterable[EventType] | None = None,
) -> Q:
    """The events the actor may read (`rules.visibility`), of one customer and of some types
    when given: a partner reads those written while it was the customer's partner (none from
    before or after), a customer those about itself, whoever its partner was then."""
    where = visible_scope(Event, actor) or Q(id__in=[])
    if customer_id is not None:
        where &= Q(customer_id=customer_id)
    if types is not None:
        where &= Q(type__in=[event_type.value for event_type in types])
    return where


async def start_at(where: Q, after_id: int | None) -> Position:
    """Where a reader resuming after event `after_id` stands. Raises INVALID_CURSOR (field
    "after") for an event the reader does not see."""
    if after_id is None:
        return START
    position = await position_of(where, after_id)
    if position is None:
        raise RuleError.of(
            InputCode.INVALID_CURSOR, "No such event among the ones you may read.", "after"
        )
    return position


async def events_page(
    *,
    actor: Actor,
    first: int,
    after_id: int | None = None,
    customer_id: int | None = None,
    types: Iterable[EventType] | None = None,
) -> Batch:
    """A page of the actor's events, oldest first, after event `after_id`, `first` at most
    (1 to 100), as far as they are safe to read (`rules.event_feed`). Raises OUT_OF_RANGE and
    INVALID_CURSOR."""
    check_page_size(first)
    where = scope(actor, customer_id=customer_id, types=types)
    return await safe_events(where, await start_at(where, after_id), first)


def _after(audit_event: AuditEvent) -> dict[str, Any]:
    return audit_event.after or {}
