"""Who may subscribe to `events`: the access-control matrix's callers, each with the credentials
its connection_init would carry. Dead credentials are UNAUTHENTICATED; a partner's keys of every
role follow its own customers' events, a customer its own, and nobody another's.
(tests/e2e/test_events_live.py runs the same over a real WebSocket: revocation closing a stream,
a session ending.)"""

import asyncio
from collections.abc import AsyncGenerator
from typing import Any, cast

import pytest
from graphql import ExecutionResult

from app.auth import authenticate_secret
from rules.actors import Actor, OperatorActor
from schema.context import Context
from schema.root import schema
from tests.api.conftest import SETTINGS
from tests.api.test_access_control import DEAD, Caller, World, world

__all__ = ["world"]  # the matrix's world, as a fixture of this module too

SUBSCRIBE = "subscription { events { type customerId partnerId } }"
OWN = [Caller.PARTNER, Caller.MANAGE_KEY, Caller.READ_KEY, Caller.CUSTOMER]
OTHERS = [Caller.OTHER_PARTNER, Caller.OTHER_CUSTOMER]


async def first_answer(world: World, caller: Caller | OperatorActor) -> ExecutionResult:
    if isinstance(caller, OperatorActor):
        viewer: Actor | None = caller
    else:
        token = world.tokens[caller]
        viewer = await authenticate_secret(token, world.clock) if token else None
    context = Context(
        request=cast(Any, None),  # no connection: the stream is read in process
        response=None,
        viewer=viewer,
        clock=world.clock,
        settings=SETTINGS,
        notifier=world.outbox,
        invitation_url=str,
    )
    stream = await schema.subscribe(SUBSCRIBE, context_value=context)
    assert not isinstance(stream, ExecutionResult), stream
    results = cast(AsyncGenerator[ExecutionResult, None], stream)
    try:
        return await asyncio.wait_for(anext(results), timeout=10)
    finally:
        await results.aclose()


@pytest.mark.parametrize("caller", DEAD, ids=[c.value for c in DEAD])
async def test_dead_credentials_subscribe_to_nothing(world: World, caller: Caller) -> None:
    answer = await first_answer(world, caller)

    assert answer.data is None
    assert answer.errors is not None
    assert [e.extensions for e in answer.errors] == [{"code": "UNAUTHENTICATED"}]


@pytest.mark.parametrize("caller", OWN, ids=[c.value for c in OWN])
async def test_the_partner_and_its_customer_follow_the_customers_events(
    world: World, caller: Caller
) -> None:
    answer = await first_answer(world, caller)

    assert answer.errors is None
    assert answer.data is not None
    assert answer.data["events"]["customerId"] == world.ids["Customer"]
    assert answer.data["events"]["type"] == "ASSOCIATION_CREATED"


@pytest.mark.parametrize("caller", OTHERS, ids=[c.value for c in OTHERS])
async def test_another_partner_or_customer_follows_only_its_own(
    world: World, caller: Caller
) -> None:
    answer = await first_answer(world, caller)

    assert answer.errors is None
    assert answer.data is not None
    assert answer.data["events"]["customerId"] != world.ids["Customer"]
    assert answer.data["events"]["partnerId"] != world.ids["Partner"]


async def test_the_operator_has_no_stream(world: World) -> None:
    answer = await first_answer(world, OperatorActor())

    assert answer.errors is not None
    assert [e.extensions for e in answer.errors] == [{"code": "FORBIDDEN"}]
