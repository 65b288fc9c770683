"""Wake-ups for the readers of events in this process: hints that a partner's or a customer's
events may have grown, so that a subscriber reads again now rather than at its next idle round.

On SQLite the rules wake readers as they write an event (`written`): a reader's query waits for
the writing transaction to end (Tortoise keeps one SQLite connection and holds it for the whole
transaction), so it finds the event once it commits. On PostgreSQL the writes of every process
reach the readers of every other through LISTEN/NOTIFY (the app's listener calls `wake`); the
rules then do not wake readers themselves, since their transaction has not committed yet.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

Key = tuple[str, int]


def partner_key(partner_id: int) -> Key:
    return ("partner", partner_id)


def customer_key(customer_id: int) -> Key:
    return ("customer", customer_id)


EVERY_PARTNER: Key = ("partner", 0)  # woken by any partner's events: the webhook fan-out


class Wakeups:
    def __init__(self) -> None:
        self._waiting: dict[Key, set[asyncio.Event]] = defaultdict(set)
        self.wake_on_write = True  # False once a cross-process listener delivers the wake-ups

    @contextmanager
    def listening(self, key: Key) -> Iterator[asyncio.Event]:
        """An event set whenever `key`'s events may have grown, for as long as the block lasts."""
        wake = asyncio.Event()
        self._waiting[key].add(wake)
        try:
            yield wake
        finally:
            self._waiting[key].discard(wake)
            if not self._waiting[key]:
                del self._waiting[key]

    def wake(self, partner_id: int | None, customer_id: int | None) -> None:
        keys = []
        if partner_id is not None:
            keys += [partner_key(partner_id), EVERY_PARTNER]
        if customer_id is not None:
            keys.append(customer_key(customer_id))
        for key in keys:
            for wake in self._waiting.get(key, ()):
                wake.set()

    def wake_all(self) -> None:
        """After wake-ups may have been lost (a listener reconnected): everyone reads again."""
        for waiting in self._waiting.values():
            for wake in waiting:
                wake.set()

    @property
    def listeners(self) -> int:
        return sum(len(waiting) for waiting in self._waiting.values())


WAKEUPS = Wakeups()


def written(partner_id: int | None, customer_id: int | None) -> None:
    """Called by the rules as they write an event."""
    if WAKEUPS.wake_on_write:
        WAKEUPS.wake(partner_id, customer_id)
