"""Events as the API shows them: the `Event` node, its connection, and its data with global ids."""

from datetime import datetime
from typing import Any, ClassVar

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models
from models.enums import EventType
from schema.types import NODE_TYPES, ModelNode

strawberry.enum(
    EventType,
    description="What an event tells. Each value is named here as GraphQL names enum values "
    "(ASSOCIATION_CREATED); webhooks carry the same types in dotted form (association.created).",
)

# The data's keys that name a node, and the type of that node.
NODE_OF_KEY = {
    "partner_id": "Partner",
    "customer_id": "Customer",
    "invitation_id": "Invitation",
    "association_id": "Association",
    "authorization_id": "Authorization",
    "budget_id": "Budget",
    "freeze_id": "Freeze",
}


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _global_id(type_name: str, row_id: object) -> object:
    return str(relay.GlobalID(type_name, str(row_id))) if row_id is not None else None


def event_data(data: dict[str, Any]) -> dict[str, Any]:
    """An event's stored data as clients read it (over GraphQL and in webhooks): keys in
    camelCase, ids of nodes as global ids (`subject.id` too when the subject is a node; an
    order's id stays a number)."""
    shown: dict[str, Any] = {}
    for key, value in data.items():
        if key in NODE_OF_KEY:
            shown[_camel(key)] = _global_id(NODE_OF_KEY[key], value)
        elif key == "subject" and isinstance(value, dict):
            kind = value.get("type", "")
            is_node = kind in NODE_TYPES
            shown["subject"] = {
                "type": kind,
                "id": _global_id(kind, value.get("id")) if is_node else value.get("id"),
            }
        else:
            shown[_camel(key)] = value
    return shown


@strawberry.type(
    description="Something a partner or customer is told about (see the README's "
    "event catalogue). Read with `events`, or as it happens with the `events` "
    "subscription."
)
class Event(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Event]
    type: EventType
    occurred_at: datetime
    customer_id: relay.GlobalID | None = strawberry.field(
        description="The customer the event is about (a Customer's id)."
    )
    partner_id: relay.GlobalID | None = strawberry.field(
        description="The partner told (a Partner's id)."
    )
    data: JSON = strawberry.field(
        description="What changed, so that no second request is needed: the subject "
        "({type, id}), the actor kind, partnerId and customerId, and the type's own fields "
        "(README: event catalogue). Ids of nodes are global ids."
    )
    model_class = models.Event
    derived: ClassVar[dict[str, Any]] = {
        "type": lambda row: EventType(row.type),
        "customer_id": lambda row: _node_id("Customer", row.customer_id),
        "partner_id": lambda row: _node_id("Partner", row.partner_id),
        "data": lambda row: event_data(row.data),
    }


def _node_id(type_name: str, row_id: int | None) -> relay.GlobalID | None:
    return relay.GlobalID(type_name, str(row_id)) if row_id is not None else None


NODE_TYPES["Event"] = Event


@strawberry.type
class EventEdge:
    cursor: str
    node: Event


@strawberry.type(
    description="Events oldest first, in the order they become safe to read: a page's "
    "endCursor, passed as `after`, never skips an event committed later."
)
class EventConnection:
    edges: list[EventEdge]
    page_info: relay.PageInfo
