"""Delivering what a change recorded for later: the machinery every outbox shares.

A change that must tell the outside world (a mail; a webhook) records what to send in its own
transaction, and the request answers once that is committed: nothing goes out inside the
request, nothing is lost when the outside world is down. A deliverer (`app.deliverer`, running
inside `serve` and as `partnerlink deliver`) then works through *channels*, one per kind of
outgoing work, each with its own table. A channel (`Channel`) does three things:

- `claim(now, limit)`: take rows that are due so that no other deliverer (task, worker or
  process) takes them meanwhile. `claim_due` does it for any table with the columns `due_at`
  (when the next attempt may start; NULL when nothing is left to do), `claimed_until` (the
  lease) and `attempts`: `SELECT ... FOR UPDATE SKIP LOCKED` on PostgreSQL, so that deliverers
  pass over each other's rows instead of waiting, and a conditional UPDATE on SQLite (one
  machine). Either way the claim counts the attempt, so an attempt number is never used twice;
- `attempt(item)`: do the outside work once (send the mail, POST the webhook). It raises on
  failure: `PermanentFailure` when trying again cannot help, anything else to be retried;
- `settle(item, outcome, now)`: keep the attempt's `Outcome` (start, duration, error excerpt)
  and decide what comes next: done, another attempt at `now + delay` (`RetrySchedule`), or
  given up. Settle only if the row's `attempts` is still the claimed one (`settle_filter`).

To add a channel (webhook deliveries, say): give its table those three columns and an index on
`due_at`; write the class (`name`, `lease`, `claim`, `attempt`, `settle`; `rules.mail.MailChannel`
is the example); add it to `app.deliverer.channels_for`; and after the transaction that records
rows, call `notifier.recorded(name, now)` (`Notifier`): a deliverer in the same process starts at
once, the others find the rows when they next poll.

What holds: at least once. A deliverer that stops gives its claims back (`release_claim`); one
that dies mid-attempt leaves its lease to run out. The row is then claimed again under the next
attempt number, so a receiver may see a repeat (a
webhook's with the same `webhook-id`). No two deliverers hold one row at once, as long as an
attempt ends within its lease: the deliverer cancels an attempt at half the channel's lease.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from tortoise.expressions import F, Q
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

ERROR_EXCERPT = 300  # characters of an error kept with an attempt
CANDIDATES_PER_CLAIM = 3  # SQLite: rows read per row to claim

M = TypeVar("M", bound=Model)
T = TypeVar("T")


class Notifier(Protocol):
    """Told, after the transaction that recorded rows for `channel` committed, that they wait."""

    async def recorded(self, channel: str, now: datetime) -> None: ...


class _Polling:
    """Tells no one: a deliverer finds the rows at its next poll."""

    async def recorded(self, channel: str, now: datetime) -> None:
        return None


POLLING: Notifier = _Polling()


class PermanentFailure(Exception):
    """Raised by an attempt when trying again cannot help (an address refused for good)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one attempt went: when it started, how long it took, and why it failed (None: done).
    `retry`: whether another attempt may help."""

    started_at: datetime
    duration_ms: int
    error: str | None = None
    retry: bool = True

    @property
    def succeeded(self) -> bool:
        return self.error is None


def excerpt(error: BaseException) -> str:
    """The error's kind and message, short enough to keep with an attempt."""
    text = f"{type(error).__name__}: {error}".strip().removesuffix(":")
    text = " ".join(text.split())  # one line, whatever the server answered
    return text if len(text) <= ERROR_EXCERPT else text[: ERROR_EXCERPT - 1] + "…"


@dataclass(frozen=True, slots=True)
class RetrySchedule:
    """The delays before each retry: `delays[0]` after the first attempt, and so on; after the
    last one, no more attempts."""

    delays: tuple[timedelta, ...]

    @property
    def max_attempts(self) -> int:
        return len(self.delays) + 1

    def next_due(self, attempts: int, now: datetime, deadline: datetime | None) -> datetime | None:
        """When attempt `attempts + 1` may start, or None when attempts or time ran out."""
        if attempts > len(self.delays):
            return None
        due = now + self.delays[attempts - 1]
        return None if deadline is not None and due >= deadline else due


class Channel(Protocol[T]):
    """One kind of outgoing work (see the module's docstring)."""

    @property
    def name(self) -> str: ...

    @property
    def lease(self) -> timedelta: ...

    @property
    def look_again_soon(self) -> bool:
        """Whether the last claim left work that is about to become due (the deliverer then
        looks again within tens of milliseconds rather than at its next poll)."""
        ...

    @property
    def more_waiting(self) -> bool:
        """Whether the last claim left work waiting besides the rows it was too small to take
        (events not yet turned into rows, say): the deliverer is behind."""
        ...

    async def claim(self, now: datetime, limit: int) -> Sequence[T]: ...

    async def attempt(self, item: T) -> None: ...

    async def settle(self, item: T, outcome: Outcome, now: datetime) -> None: ...


async def claim_due(rows: QuerySet[M], *, now: datetime, lease: timedelta, limit: int) -> list[M]:
    """Up to `limit` of `rows` that are due and not leased, oldest due first, now leased to the
    caller until `now + lease`, each with its `attempts` counted (the number of this attempt).

    `rows` is the channel's own selection (`Mail.filter(state=...)`); its model has `due_at`,
    `claimed_until` and `attempts`.
    """
    due = rows.filter(due_at__lte=now).filter(Q(claimed_until=None) | Q(claimed_until__lte=now))
    if rows.model._meta.db.capabilities.dialect == "postgres":
        return await _claim_skipping_locked(due, now + lease, limit)
    return await _claim_conditionally(due, now + lease, limit)


async def _claim_skipping_locked(due: QuerySet[M], until: datetime, limit: int) -> list[M]:
    async with in_transaction():
        found = await due.order_by("due_at", "id").limit(limit).select_for_update(skip_locked=True)
        if found:
            await due.model.filter(id__in=[row.pk for row in found]).update(
                claimed_until=until, attempts=F("attempts") + 1
            )
    return [_leased(row, until) for row in found]


async def _claim_conditionally(due: QuerySet[M], until: datetime, limit: int) -> list[M]:
    """Each row is taken by an UPDATE that still finds it due, unleased and at the attempt
    count read: of two deliverers reading the same row, one updates it. More rows than `limit`
    are read, so that a deliverer that loses some to another still finds work."""
    claimed: list[M] = []
    for row in await due.order_by("due_at", "id").limit(limit * CANDIDATES_PER_CLAIM):
        attempts: int = getattr(row, "attempts")  # noqa: B009 (a column of the channel's model)
        taken = await due.filter(id=row.pk, attempts=attempts).update(
            claimed_until=until, attempts=attempts + 1
        )
        if taken:
            claimed.append(_leased(row, until))
            if len(claimed) == limit:
                break
    return claimed


def _leased(row: M, until: datetime) -> M:
    """The row as the claim left it (the columns are the channel model's own)."""
    setattr(row, "claimed_until", until)  # noqa: B010
    setattr(row, "attempts", getattr(row, "attempts") + 1)  # noqa: B009, B010
    return row


def settle_filter(item: Any) -> dict[str, Any]:
    """The filter a settle's UPDATE uses: this row, still at the attempt claimed. A deliverer
    whose lease ran out (and whose row another deliverer claimed since) changes nothing."""
    return {"id": item.pk, "attempts": item.attempts}


async def release_claim(row: Model) -> None:
    """Gives a claimed row back at once, its attempt counted but not made (a deliverer that is
    stopping): it need not wait for its lease to run out."""
    await type(row).filter(**settle_filter(row)).update(claimed_until=None)
