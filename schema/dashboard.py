"""The partner dashboard's list of customers: a Relay connection with keyset cursors."""

from collections.abc import Awaitable, Callable

import strawberry
from strawberry import relay

from schema.enums import AssociationState, AuthorizationState, CustomerSortField
from schema.types import Association, Customer


@strawberry.input
class CustomerFilterInput:
    association_state: AssociationState | None = None
    frozen: bool | None = None
    budget_set: bool | None = None
    authorization_state: AuthorizationState | None = None
    search: str | None = strawberry.field(
        default=None, description="Part of the account name or email, any case."
    )


@strawberry.input
class CustomerOrderInput:
    field: CustomerSortField = CustomerSortField.ASSOCIATED_AT
    descending: bool = False


@strawberry.type
class CustomerEdge:
    cursor: str
    node: Customer
    association: Association = strawberry.field(description="The association this row lists.")


@strawberry.type
class CustomerConnection:
    edges: list[CustomerEdge]
    page_info: relay.PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(
        description="How many rows match the filter. Counted only when asked for: it reads "
        "every matching row."
    )
    async def total_count(self) -> int:
        return await self.count()
