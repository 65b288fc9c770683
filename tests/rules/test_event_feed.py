"""Events are handed out in an order no later commit can precede (rules.event_feed): on
PostgreSQL, an event written by a transaction still running holds back every later one."""

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.database import Dialect
from models import Event
from rules.event_feed import START, follow, safe_events

pytestmark = pytest.mark.committed
PARTNER = 7
EVERYTHING = Q(partner_id=PARTNER)


async def write(name: str) -> Event:
    return await Event.create(
        type="budget.set",
        occurred_at=datetime(2026, 3, 10, tzinfo=UTC),
        partner_id=PARTNER,
        customer_id=1,
        data={"name": name},
    )


async def held_open(name: str, written: asyncio.Event, release: asyncio.Event) -> Event:
    """Writes an event in a transaction that stays open until `release`."""
    async with in_transaction():
        event = await write(name)
        written.set()
        await release.wait()
    return event


def names(events: list[Event]) -> list[str]:
    return [event.data["name"] for event in events]


def only_on_postgres(dialect: Dialect) -> None:
    if dialect != "postgres":
        pytest.skip("SQLite runs one writing transaction at a time: ids are in commit order")


async def test_an_event_committed_after_a_later_one_is_not_skipped(dialect: Dialect) -> None:
    only_on_postgres(dialect)
    written, release = asyncio.Event(), asyncio.Event()
    slow = asyncio.create_task(held_open("first id, commits last", written, release))
    await written.wait()
    fast = await write("second id, commits first")  # committed at once

    while_open = await safe_events(EVERYTHING, START)
    release.set()
    first = await slow
    after_commit = await safe_events(EVERYTHING, START)

    assert first.id < fast.id
    assert while_open.events == [] and while_open.held_back  # an id reader would skip `first`
    assert names(after_commit.events) == ["first id, commits last", "second id, commits first"]
    assert not after_commit.held_back


async def test_a_reader_resuming_after_an_event_gets_those_committed_later(
    dialect: Dialect,
) -> None:
    only_on_postgres(dialect)
    before = await write("before")
    seen = await safe_events(EVERYTHING, START)
    written, release = asyncio.Event(), asyncio.Event()
    slow = asyncio.create_task(held_open("slow", written, release))
    await written.wait()
    await write("fast")

    held = await safe_events(EVERYTHING, seen.position)
    release.set()
    await slow
    resumed = await safe_events(EVERYTHING, seen.position)

    assert names(seen.events) == ["before"] and seen.position.id == before.id
    assert held.events == [] and held.held_back and held.position == seen.position
    assert names(resumed.events) == ["slow", "fast"]


async def test_a_reader_in_a_transaction_sees_writers_that_began_after_its_first_look(
    dialect: Dialect,
) -> None:
    only_on_postgres(dialect)
    go, slow_written, fast_written, release = (asyncio.Event() for _ in range(4))

    async def slow() -> None:
        await go.wait()
        async with in_transaction():
            await write("slow")
            slow_written.set()
            await release.wait()

    async def fast() -> None:
        await slow_written.wait()
        await write("fast")
        fast_written.set()

    writers = [asyncio.create_task(slow()), asyncio.create_task(fast())]  # outside the reader's
    async with in_transaction():
        first_look = await safe_events(EVERYTHING, START)
        go.set()
        await fast_written.wait()
        second_look = await safe_events(EVERYTHING, START)
    release.set()
    await asyncio.gather(*writers)

    assert first_look.events == []
    assert second_look.events == [] and second_look.held_back  # "fast" waits behind "slow"


async def test_a_follower_gets_the_backlog_then_new_events_once_each() -> None:
    await write("one")
    wake = asyncio.Event()
    allowed = True

    async def still_allowed() -> bool:
        return allowed

    got: list[str] = []

    async def collect(stream: Callable[[], Awaitable[Event]]) -> None:
        got.append((await stream()).data["name"])

    stream = follow(EVERYTHING, START, wake, still_allowed, check_every_seconds=0.0)
    await collect(stream.__anext__)
    await write("two")
    wake.set()
    await asyncio.wait_for(collect(stream.__anext__), 2)
    await write("three")  # no wake-up: found at the next idle round all the same
    allowed = False
    rest = [event.data["name"] async for event in stream]

    assert got == ["one", "two"]
    assert rest in ([], ["three"])  # the credentials ended: the stream ends
