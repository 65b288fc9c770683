"""Events: what partners and customers are told about, derived from the audit trail.

`rules.audit.record` calls `record_for` with every audit event it writes, so each event is written
in the transaction of the change it tells about (the audit trail is the outbox). One audit action
may tell of more than one thing: an association made through an invitation is also a use of that
invitation, and a budget's 100 % alert is also its exhaustion.
"""

from typing import Any

from models import AuditEvent, Event
from models.enums import EventType

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


def data_of(audit_event: AuditEvent) -> dict[str, Any]:
    """The event's data: the subject, who acted, and the audit's before and after merged (after
    wins), so that a client needs no second request to know what changed."""
    data: dict[str, Any] = {
        **(audit_event.before or {}),
        **_after(audit_event),
        "subject": {"type": audit_event.subject_type, "id": audit_event.subject_id},
        "actor": audit_event.actor_kind.value,
    }
    if audit_event.reason:
        data["note"] = audit_event.reason
    return data


async def record_for(audit_event: AuditEvent) -> list[Event]:
    """Writes the events the audit event tells of, in the caller's transaction."""
    types = event_types_of(audit_event)
    if not types:
        return []
    data = data_of(audit_event)
    return [
        await Event.create(
            type=event_type.value,
            occurred_at=audit_event.occurred_at,
            partner_id=audit_event.partner_id,
            customer_id=audit_event.customer_id,
            audit_event_id=audit_event.id,
            data=data,
        )
        for event_type in types
    ]


def _after(audit_event: AuditEvent) -> dict[str, Any]:
    return audit_event.after or {}
