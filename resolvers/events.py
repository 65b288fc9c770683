"""Events: the `events` connection and the `events` subscription, for partners and customers."""

from collections.abc import AsyncGenerator

from starlette.websockets import WebSocket
from strawberry import relay

from models.enums import EventType
from rules import events as rules
from rules.actors import Actor, CustomerActor, PartnerActor
from rules.dashboard import Cursor
from rules.errors import RuleError
from rules.event_feed import follow
from rules.event_wakeups import WAKEUPS, customer_key, partner_key
from rules.keyset import DEFAULT_PAGE_SIZE
from schema.context import Info
from schema.cursors import decode_cursor, encode_cursor
from schema.errors import (
    FORBIDDEN,
    UNAUTHENTICATED,
    refusal_as_error,
    require_role,
    top_level_error,
)
from schema.events import Event, EventConnection, EventEdge
from schema.ids import row_id

CURSOR_KIND = "event"
# graphql-transport-ws leaves 4400-4499 to the server: the connection's credentials ended.
CREDENTIALS_ENDED = 4401


def _reader(info: Info) -> PartnerActor | CustomerActor:
    viewer = info.context.viewer
    if viewer is None:
        raise top_level_error(
            UNAUTHENTICATED, "Send an API key or a session token as a Bearer token."
        )
    if isinstance(viewer, PartnerActor):
        return require_role(info, viewer)
    if isinstance(viewer, CustomerActor):
        return viewer
    raise top_level_error(FORBIDDEN, "Only a partner or a customer reads events.")


async def events(
    info: Info,
    first: int = DEFAULT_PAGE_SIZE,
    after: str | None = None,
    types: list[EventType] | None = None,
    customer_id: relay.GlobalID | None = None,
) -> EventConnection:
    actor = _reader(info)
    try:
        page = await rules.events_page(
            actor=actor,
            first=first,
            after_id=decode_cursor(after).id if after else None,
            customer_id=row_id(customer_id, "Customer") if customer_id else None,
            types=types,
        )
    except RuleError as refusal:
        raise refusal_as_error(refusal) from None
    edges = [
        EventEdge(cursor=encode_cursor(Cursor(CURSOR_KIND, event.id)), node=Event.wrap(event))
        for event in page.events
    ]
    return EventConnection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=page.more,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else after,
        ),
    )


async def subscribe(
    info: Info, types: list[EventType] | None = None, after: relay.GlobalID | None = None
) -> AsyncGenerator[Event, None]:
    actor = _reader(info)
    where = rules.scope(actor, types=types)
    try:
        position = await rules.start_at(where, row_id(after, "Event") if after else None)
    except RuleError as refusal:
        raise refusal_as_error(refusal) from None
    key = (
        partner_key(actor.partner_id)
        if isinstance(actor, PartnerActor)
        else customer_key(actor.customer_id)
    )

    async def still_allowed() -> bool:
        recheck = info.context.recheck_viewer
        return recheck is None or _same(await recheck(), actor)

    with WAKEUPS.listening(key) as wake:
        async for event in follow(where, position, wake, still_allowed):
            yield Event.wrap(event)
    request = info.context.request
    if isinstance(request, WebSocket):
        await request.close(CREDENTIALS_ENDED, "The credentials were revoked or expired.")


def _same(now: Actor | None, then: Actor) -> bool:
    """The same caller with the same rights (a key's role cannot change; a revoked one is gone)."""
    return now == then
