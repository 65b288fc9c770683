"""Wake-ups across processes: on PostgreSQL every event written sends a NOTIFY on
`partnerlink_events` (the event table's trigger, in the writing transaction, so only once it
commits); each worker LISTENs on a connection of its own and wakes its subscribers
(`rules.event_wakeups`). On SQLite nothing runs here: the rules wake the readers of their own
process.

Wake-ups are hints: a subscriber reads the database after its last event whatever woke it, and at
least every few seconds anyway, so a notification lost while the listener reconnects only delays.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import asyncpg
from tortoise.backends.base.config_generator import expand_db_url

from app.database import dialect_of, normalize_url
from rules.event_wakeups import WAKEUPS, Wakeups

CHANNEL = "partnerlink_events"
RECONNECT_SECONDS = (0.1, 0.5, 1.0, 2.0, 5.0)
log = logging.getLogger("partnerlink.events")


def _on_notification(wakeups: Wakeups, payload: str) -> None:
    partner, _, customer = payload.partition(":")
    wakeups.wake(int(partner) if partner else None, int(customer) if customer else None)


async def _connect(database_url: str) -> asyncpg.Connection:
    credentials: dict[str, Any] = expand_db_url(normalize_url(database_url))["credentials"]
    return await asyncpg.connect(
        host=credentials.get("host"),
        port=credentials.get("port"),
        user=credentials.get("user"),
        password=credentials.get("password"),
        database=credentials.get("database"),
    )


async def _listen_once(database_url: str, wakeups: Wakeups, ready: asyncio.Event) -> None:
    connection = await _connect(database_url)
    lost = asyncio.Event()
    try:
        connection.add_termination_listener(lambda _: lost.set())
        await connection.add_listener(
            CHANNEL, lambda _c, _pid, _channel, payload: _on_notification(wakeups, payload)
        )
        ready.set()
        wakeups.wake_all()  # what was written while nobody listened
        await lost.wait()
    finally:
        with suppress(Exception):
            await connection.close(timeout=1)


async def listen_forever(database_url: str, wakeups: Wakeups, ready: asyncio.Event) -> None:
    failures = 0
    while True:
        try:
            await _listen_once(database_url, wakeups, ready)
            failures = 0
        except (OSError, asyncpg.PostgresError) as error:
            log.warning("event listener lost its connection: %s", error)
        delay = RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)]
        failures += 1
        await asyncio.sleep(delay)


@asynccontextmanager
async def event_listener(database_url: str, wakeups: Wakeups = WAKEUPS) -> AsyncIterator[None]:
    """For as long as the block lasts, on PostgreSQL: this worker's subscribers are woken by
    every worker's writes (and not by the rules' uncommitted ones)."""
    if dialect_of(database_url) != "postgres":
        yield
        return
    ready = asyncio.Event()
    task = asyncio.create_task(listen_forever(database_url, wakeups, ready))
    wakeups.wake_on_write = False
    with suppress(TimeoutError):
        await asyncio.wait_for(ready.wait(), 5.0)  # start serving even if it is late
    try:
        yield
    finally:
        wakeups.wake_on_write = True
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
