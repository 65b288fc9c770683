"""A partner's list of its invitations: a Relay connection with keyset cursors."""

from collections.abc import Awaitable, Callable

import strawberry
from strawberry import relay

from schema.enums import InvitationKind, InvitationState
from schema.types import Invitation


@strawberry.input
class InvitationFilterInput:
    state: InvitationState | None = None
    kind: InvitationKind | None = None


@strawberry.type
class InvitationEdge:
    cursor: str
    node: Invitation


@strawberry.type
class InvitationConnection:
    edges: list[InvitationEdge]
    page_info: relay.PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many invitations match the filter, counted when asked.")
    async def total_count(self) -> int:
        return await self.count()
