"""Events in an order no reader can overtake: the one query that hands events out, shared by the
`events` connection, the subscriptions and the webhook deliverer.

Why not simply `id > last id`: on PostgreSQL an event's id is taken from a sequence when it is
written, not when its transaction commits. A transaction that wrote event 5 may commit after
another that wrote event 6; a reader that handed out 6 and resumes `after: 6` would never see 5.

How: the migration's trigger stores each event's transaction id (`txid`, from
`pg_current_xact_id()`). Events are read in the order (txid, id), and only those written by a
transaction older than every writing transaction still running in this database (the horizon:
the next transaction id to be given out, or the oldest running writer's if lower, read from
`pg_stat_activity`'s `backend_xid`): those have all ended, and every transaction still to commit
has a larger id, so an event can never appear later before one already handed out. The
reader's own transaction counts as ended for its own events (a transaction sees what it wrote).
A long writing transaction holds later events back until it ends; the batch then says
`held_back`, and a follower should look again soon rather than wait for a wake-up (the blocking
transaction may write no event and so send none). Transactions of other databases on the server
do not count.

On SQLite writers take turns (one transaction at a time), so the id order is the commit order
and every committed event is safe.

For a deliverer (webhooks): keep, per receiver, the `Position` of the last event delivered (or the
event's id and read its position with `position_of`), call `safe_events(where, position, n)` with
the receiver's filter, deliver the batch in order, store `batch.position`. Ordered per customer and
overall, nothing skipped, whatever the order of commits.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass

from tortoise.expressions import Q

from models import Event

# The next transaction id to be given out, and the reader's own (null outside a transaction).
# The activity statistics are read once per transaction and kept: the clearing makes the next
# statement read them afresh, after this one's snapshot.
NEXT_XID_SQL = (
    "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS next, "
    "pg_current_xact_id_if_assigned()::text::bigint AS own, pg_stat_clear_snapshot()"
)
# The oldest transaction still running in this database that has written anything: a backend
# has a transaction id once it writes. Backends of other databases on the same server cannot
# write events: they hold nothing back. (`pg_locks` would say the same, but reading it takes
# every partition of the lock manager and slows every writer down.)
OLDEST_WRITER_SQL = """
SELECT min(backend_xid::text::bigint) AS oldest FROM pg_stat_activity
WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
"""
PAGE = 100
HELD_BACK_RETRY_SECONDS = 0.05  # an older transaction still runs: look again this soon
IDLE_SECONDS = 5.0  # without any wake-up, look again (and check the credentials) this often


@dataclass(frozen=True, slots=True)
class Position:
    """Where a reader stands: just after this event (its transaction id on PostgreSQL, its id).
    `START` stands before every event."""

    txid: int | None
    id: int


START = Position(None, 0)


@dataclass(frozen=True, slots=True)
class Batch:
    events: list[Event]
    position: Position  # after the last event of the batch (the one given when it is empty)
    more: bool  # more events are ready: read again at once
    held_back: bool  # committed events wait for an older transaction to end: read again soon


def _is_postgres() -> bool:
    return bool(Event._meta.db.capabilities.dialect == "postgres")


def position_after(event: Event) -> Position:
    return Position(event.txid, event.id)


async def position_of(where: Q, event_id: int) -> Position | None:
    """The position just after event `event_id`, if it matches `where` (None otherwise)."""
    event = await Event.filter(where, id=event_id).only("id", "txid").first()
    return position_after(event) if event is not None else None


async def safe_events(where: Q, after: Position, limit: int = PAGE) -> Batch:
    """The events matching `where` after `after`, oldest first, `limit` at most, that no event
    still to commit can precede (see the module's docstring). Works inside or outside a
    transaction; no lock taken."""
    if not _is_postgres():
        rows = await Event.filter(where, id__gt=after.id).order_by("id").limit(limit + 1)
        ready = rows[:limit]
        held_back = False
    else:
        ready, held_back, rows = await _safe_on_postgres(where, after, limit)
    position = position_after(ready[-1]) if ready else after
    return Batch(ready, position, more=len(rows) > limit and not held_back, held_back=held_back)


async def _safe_on_postgres(
    where: Q, after: Position, limit: int
) -> tuple[list[Event], bool, list[Event]]:
    # The horizon before the rows: every transaction below it has ended before they are read.
    # The next id first, then the writers running: one given its id in between is above it.
    db = Event._meta.db
    _, found = await db.execute_query(NEXT_XID_SQL)
    _, oldest = await db.execute_query(OLDEST_WRITER_SQL)
    horizon, own = found[0]["next"], found[0]["own"]
    if oldest[0]["oldest"] is not None:
        horizon = min(horizon, oldest[0]["oldest"])
    query = Event.filter(where)
    if after.txid is not None:
        query = query.filter(Q(txid__gt=after.txid) | Q(txid=after.txid, id__gt=after.id))
    elif after.id:
        query = query.filter(id__gt=after.id)
    rows: list[Event] = await query.order_by("txid", "id").limit(limit + 1)
    ready: list[Event] = []
    for row in rows[:limit]:
        if row.txid is None or not (row.txid < horizon or row.txid == own):
            return ready, True, rows
        ready.append(row)
    return ready, False, rows


Check = Callable[[], Awaitable[bool]]


async def follow(
    where: Q,
    after: Position,
    wake: asyncio.Event,
    still_allowed: Check,
    *,
    idle_seconds: float = IDLE_SECONDS,
    check_every_seconds: float = 1.0,
) -> AsyncIterator[Event]:
    """Every event matching `where` after `after`, then each new one as it becomes safe to read,
    for as long as `still_allowed()` answers True (asked at most every `check_every_seconds`,
    and at least every `idle_seconds` since the reader wakes up that often). `wake` is a hint
    that something was written: the database is read again after the last event handed out, so
    a lost wake-up delays an event (by `idle_seconds` at most) but never loses it."""
    position, checked = after, time.monotonic()
    while True:
        wake.clear()  # before reading: a wake-up during the read is kept for the next round
        batch = await safe_events(where, position)
        for event in batch.events:
            yield event
        position = batch.position
        if time.monotonic() - checked >= check_every_seconds:
            if not await still_allowed():
                return
            checked = time.monotonic()
        if batch.more:
            continue
        timeout = HELD_BACK_RETRY_SECONDS if batch.held_back else idle_seconds
        with suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout)
