"""Root queries that read: the caller, any node by its global id, and a customer's audit log."""

from typing import Annotated

import strawberry
from strawberry import relay

from rules import audit
from rules.actors import CustomerActor, PartnerActor
from rules.errors import RuleError
from schema.context import Info
from schema.errors import UNAUTHENTICATED, refusal_as_error, top_level_error
from schema.ids import row_id
from schema.types import NODE_TYPES, AuditEvent, Customer, Partner

Viewer = Annotated[Partner | Customer, strawberry.union("Viewer")]


async def viewer(info: Info) -> Viewer | None:
    """The calling partner or customer; null without credentials."""
    actor = info.context.viewer
    loaders = info.context.loaders
    if isinstance(actor, PartnerActor):
        return Partner.wrap(await loaders.partner.load(actor.partner_id))
    if isinstance(actor, CustomerActor):
        return Customer.wrap(await loaders.customer.load(actor.customer_id))
    return None


async def node(info: Info, id: relay.GlobalID) -> relay.Node | None:
    """Anything by its global id; what is not the caller's answers as if it did not exist."""
    node_type = NODE_TYPES.get(id.type_name)
    if node_type is None:
        return None
    found: list[relay.Node | None] = await node_type.resolve_nodes(info=info, node_ids=[id.node_id])
    return found[0]


async def audit_events(
    info: Info, customer_id: relay.GlobalID, first: int = 20, after: relay.GlobalID | None = None
) -> list[AuditEvent]:
    """A customer's events, newest first: a partner sees the ones concerning it, a customer its
    own. `after` is the last event of the previous page."""
    actor = info.context.viewer
    if actor is None:
        raise top_level_error(UNAUTHENTICATED, "Send credentials as a Bearer token.")
    try:
        events = await audit.events_for(
            actor=actor,
            customer_id=row_id(customer_id, "Customer"),
            first=first,
            after_id=row_id(after, "AuditEvent") if after else None,
        )
    except RuleError as refusal:
        raise refusal_as_error(refusal) from None
    return [AuditEvent.wrap(event) for event in events]
