"""What each actor may read. A partner sees itself, its invitations and the customers associated
with it (and what belongs to them); a customer sees itself and what concerns it. Anything else is
treated exactly as if it did not exist."""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model

from models import (
    Association,
    AuditEvent,
    Authorization,
    Budget,
    Customer,
    Freeze,
    Invitation,
    Partner,
)
from rules.actors import Actor, CustomerActor, PartnerActor

M = TypeVar("M", bound=Model)


def _partners_customers(partner_id: int) -> Subquery:
    return Subquery(Association.filter(partner_id=partner_id).values("customer_id"))


def _customers_partners(customer_id: int) -> Subquery:
    return Subquery(Association.filter(customer_id=customer_id).values("partner_id"))


ScopeFor = Callable[[int], Q]

PARTNER_SCOPES: dict[type[Model], ScopeFor] = {
    Partner: lambda p: Q(id=p),
    Customer: lambda p: Q(id__in=_partners_customers(p)),
    Invitation: lambda p: Q(partner_id=p),
    Association: lambda p: Q(partner_id=p),
    Authorization: lambda p: Q(partner_id=p),
    Budget: lambda p: Q(association__partner_id=p),
    Freeze: lambda p: Q(customer_id__in=_partners_customers(p)),
    AuditEvent: lambda p: Q(partner_id=p),
}
CUSTOMER_SCOPES: dict[type[Model], ScopeFor] = {
    Partner: lambda c: Q(id__in=_customers_partners(c)),
    Customer: lambda c: Q(id=c),
    Association: lambda c: Q(customer_id=c),
    Authorization: lambda c: Q(customer_id=c),
    Budget: lambda c: Q(customer_id=c),
    Freeze: lambda c: Q(customer_id=c),
    AuditEvent: lambda c: Q(customer_id=c),
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


def visible_query(model: type[M], actor: Actor | None) -> Any:
    """A queryset of what the actor may see of `model` (empty when nothing)."""
    scope = _scope(model, actor)
    return model.filter(scope) if scope is not None else model.filter(id__in=[])
