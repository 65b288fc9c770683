"""What each actor may read. A partner sees itself, its invitations and the customers associated
with it (and what belongs to them); a customer sees itself and what concerns it. Anything else is
treated exactly as if it did not exist.

The `*_seen_by` functions answer, for a batch of customers the actor already sees, which of their
associations, letters and coupons it sees: one statement per batch, for the request's loaders."""

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model

from models import (
    Association,
    AuditEvent,
    Authorization,
    Budget,
    CashCoupon,
    Customer,
    DissociationRequest,
    Event,
    Freeze,
    Invitation,
    Partner,
)
from models.enums import EventType
from rules.actors import Actor, CustomerActor, PartnerActor

M = TypeVar("M", bound=Model)


def _partners_customers(partner_id: int) -> Subquery:
    return Subquery(Association.filter(partner_id=partner_id).values("customer_id"))


def _customers_partners(customer_id: int) -> Subquery:
    return Subquery(Association.filter(customer_id=customer_id).values("partner_id"))


ScopeFor = Callable[[int], Q]
PARTNER_ONLY_EVENTS = [EventType.INVITATION_USED.value, EventType.INVITATION_REVOKED.value]

PARTNER_SCOPES: dict[type[Model], ScopeFor] = {
    Partner: lambda p: Q(id=p),
    Customer: lambda p: Q(id__in=_partners_customers(p)),
    Invitation: lambda p: Q(partner_id=p),
    Association: lambda p: Q(partner_id=p),
    Authorization: lambda p: Q(partner_id=p),
    Budget: lambda p: Q(association__partner_id=p),
    Freeze: lambda p: Q(customer_id__in=_partners_customers(p)),
    AuditEvent: lambda p: Q(partner_id=p),
    DissociationRequest: lambda p: Q(partner_id=p),
    Event: lambda p: Q(partner_id=p),
}
CUSTOMER_SCOPES: dict[type[Model], ScopeFor] = {
    Partner: lambda c: Q(id__in=_customers_partners(c)),
    Customer: lambda c: Q(id=c),
    Association: lambda c: Q(customer_id=c),
    Authorization: lambda c: Q(customer_id=c),
    Budget: lambda c: Q(customer_id=c),
    Freeze: lambda c: Q(customer_id=c),
    AuditEvent: lambda c: Q(customer_id=c),
    DissociationRequest: lambda c: Q(customer_id=c),
    # The partner's invitations are its own business (see rules.events).
    Event: lambda c: Q(customer_id=c) & ~Q(type__in=PARTNER_ONLY_EVENTS),
}


def _scope(model: type[Model], actor: Actor | None) -> Q | None:
    """The rows of `model` the actor may see, as a filter; None when it may see none."""
    if isinstance(actor, PartnerActor):
        scope = PARTNER_SCOPES.get(model)
        return scope(actor.partner_id) if scope else None
    if isinstance(actor, CustomerActor):
        scope = CUSTOMER_SCOPES.get(model)
        return scope(actor.customer_id) if scope else None
    return None


async def visible(model: type[M], actor: Actor | None, ids: Iterable[int]) -> dict[int, M]:
    """The rows with these ids that the actor may see, by id (one SQL statement)."""
    scope = _scope(model, actor)
    wanted = list(set(ids))
    if scope is None or not wanted:
        return {}
    rows: list[Any] = await model.filter(scope, id__in=wanted)
    return {row.id: row for row in rows}


def visible_scope(model: type[Model], actor: Actor | None) -> Q | None:
    """What the actor may see of `model`, as a filter; None when nothing."""
    return _scope(model, actor)


def visible_query(model: type[M], actor: Actor | None) -> Any:
    """A queryset of what the actor may see of `model` (empty when nothing)."""
    scope = _scope(model, actor)
    return model.filter(scope) if scope is not None else model.filter(id__in=[])


async def invitations_seen_by(
    actor: Actor | None, invitation_ids: Sequence[int]
) -> list[Invitation | None]:
    """Per invitation: for the partner that made it, the invitation; for anyone else nothing (a
    customer sees its association, not the partner's invitation)."""
    found = await visible(Invitation, actor, invitation_ids)
    return [found.get(invitation_id) for invitation_id in invitation_ids]


async def associations_seen_by(
    actor: Actor | None, customer_ids: Sequence[int]
) -> list[Association | None]:
    """Per customer: for a partner its latest association with it (dissolved ones included, so
    that the history stays readable); for anyone else the customer's active one."""
    if isinstance(actor, PartnerActor):
        rows = await Association.filter(
            customer_id__in=customer_ids, partner_id=actor.partner_id
        ).order_by("id")
        latest = {row.customer_id: row for row in rows}  # the last one wins
        return [latest.get(customer_id) for customer_id in customer_ids]
    active = await Association.filter(active_customer_id__in=customer_ids)
    by_customer = {row.customer_id: row for row in active}
    return [by_customer.get(customer_id) for customer_id in customer_ids]


async def open_letters_seen_by(
    actor: Actor | None, customer_ids: Sequence[int]
) -> list[Authorization | None]:
    """Per customer: the pending or approved letter between it and the partner looking; none for
    anyone else."""
    if not isinstance(actor, PartnerActor):
        return [None] * len(customer_ids)
    rows = await Authorization.filter(
        partner_id=actor.partner_id, customer_id__in=customer_ids, open_key__not_isnull=True
    )
    by_customer = {row.customer_id: row for row in rows}
    return [by_customer.get(customer_id) for customer_id in customer_ids]


async def letters_seen_by(
    actor: Actor | None, customer_ids: Sequence[int]
) -> list[list[Authorization]]:
    """Per customer, newest first: for the customer every letter it was sent; for a partner the
    letters it sent; nothing for anyone else."""
    if isinstance(actor, PartnerActor):
        rows = await Authorization.filter(
            partner_id=actor.partner_id, customer_id__in=customer_ids
        ).order_by("-id")
    elif isinstance(actor, CustomerActor):
        rows = await Authorization.filter(customer_id__in=_own(actor, customer_ids)).order_by("-id")
    else:
        rows = []
    return _grouped(rows, customer_ids)


async def dissociation_requests_seen_by(
    actor: Actor | None, customer_ids: Sequence[int]
) -> list[list[DissociationRequest]]:
    """Per customer, newest first: for the customer every request about it; for a partner the
    ones between it and the customer; nothing for anyone else."""
    if isinstance(actor, PartnerActor):
        query = DissociationRequest.filter(
            partner_id=actor.partner_id, customer_id__in=customer_ids
        )
    elif isinstance(actor, CustomerActor):
        query = DissociationRequest.filter(customer_id__in=_own(actor, customer_ids))
    else:
        return [[] for _ in customer_ids]
    return _grouped(await query.order_by("-id"), customer_ids)


async def coupons_seen_by(
    actor: Actor | None, customer_ids: Sequence[int]
) -> list[list[CashCoupon]]:
    """Per customer: its cash coupons, seen by the customer alone (a partner never sees them)."""
    if not isinstance(actor, CustomerActor):
        return [[] for _ in customer_ids]
    rows = await CashCoupon.filter(customer_id__in=_own(actor, customer_ids)).order_by("id")
    return _grouped(rows, customer_ids)


def _own(actor: CustomerActor, customer_ids: Sequence[int]) -> list[int]:
    return [customer_id for customer_id in customer_ids if customer_id == actor.customer_id]


def _grouped(rows: Iterable[M], customer_ids: Sequence[int]) -> list[list[M]]:
    by_customer: dict[int, list[M]] = defaultdict(list)
    for row in rows:
        by_customer[row.customer_id].append(row)  # type: ignore[attr-defined]
    return [by_customer[customer_id] for customer_id in customer_ids]
