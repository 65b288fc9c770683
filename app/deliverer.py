"""The deliverer: runs the outbox channels of `rules.outbox` (mail, and whatever channel comes
next) inside `serve`, one per worker process, and as `partnerlink deliver`.

Running (`Deliverer.run`), it claims what is due and starts each attempt as a task of its own
(each cancelled at half its channel's lease, then settled), and claims again as soon as attempts
end, without waiting for the rest of their batch: a receiver that is slow to answer holds only
its own stream, never the others'. At most `MAX_IN_FLIGHT` attempts of a channel run at once.
With nothing due it sleeps until a rule of this process records work (`Deliverer.recorded`, the
app's notifier: mail goes out at once), a partner's event is written (`rules.event_wakeups`: on
PostgreSQL in any process, through the event listener), an attempt ends, or `poll_seconds` pass
(mail recorded by other processes, and retries that fall due). Any number of deliverers share
the work: the claims of `rules.outbox.claim_due` keep them apart.

Inside `serve`, requests go first (`RequestsFirst`, unless `DELIVERY_REQUESTS_FIRST_SECONDS` is
0): while its worker has HTTP requests open, the deliverer claims at most once a second (20 of
each channel), and in full whenever the worker falls quiet. A burst of requests then has the
worker to itself, and the deliveries it recorded go out when it ends. Only for so long: once the
deliverer has been behind (its claims leaving work due) for `for_at_most` seconds, it claims as
fast as it can again, requests or not, until it catches up; then requests go first again.

`deliver_due` and `drain` work in rounds instead (a batch claimed, attempted and settled): what
`partnerlink deliver --once` and the tests use.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.mail import mailer_from_settings
from app.requests_in_flight import RequestsInFlight
from app.settings import Settings
from app.webhook_http import HttpSender
from rules.clock import Clock
from rules.event_wakeups import EVERY_PARTNER, WAKEUPS
from rules.mail import MailChannel, Mailer
from rules.outbox import Channel, Outcome, PermanentFailure, excerpt, release_claim
from rules.webhook_delivery import WebhookChannel
from schema.webhooks import event_payload

BATCH = 100  # rows one channel claims at a time
MAX_IN_FLIGHT = 300  # attempts of one channel running at once, in one deliverer
LOOK_AGAIN_SOON_SECONDS = 0.05  # a channel's work waits on a transaction about to end
# After an event's wake-up, how long to let others come before looking: under load one look then
# fans out many events instead of one each.
EVENTS_GATHER_SECONDS = 0.02
log = logging.getLogger("partnerlink.deliverer")


def _log_failure(task: asyncio.Task[None]) -> None:
    """An attempt's task that failed (its settle could not be written: the database away) is
    logged; its stream is claimed again when its lease runs out."""
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("delivery attempt not kept", exc_info=error)


def channels_for(settings: Settings, mailer: Mailer | None = None) -> list[Channel[Any]]:
    """The channels a deliverer runs for these settings: mail through `mailer` (by default the
    settings' mailer, `app.mail`), and webhooks. A new channel is added here."""
    return [MailChannel(mailer or mailer_from_settings(settings)), webhook_channel(settings)]


def webhook_channel(settings: Settings) -> WebhookChannel:
    sender = HttpSender(
        connect_timeout=settings.WEBHOOK_CONNECT_TIMEOUT_SECONDS,
        total_timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
    )
    return WebhookChannel(
        sender,
        allow_private=settings.webhook_private_targets,
        present=event_payload,
        lease=timedelta(seconds=2 * settings.WEBHOOK_TIMEOUT_SECONDS + 5),
    )


@dataclass(frozen=True)
class RequestsFirst:
    """How a deliverer inside `serve` lets its worker's requests go first: while `requests` are
    being answered it claims at most once every `claim_every` seconds, `claim_at_most` of each
    channel, unless it has been behind for `for_at_most` seconds (see the module's docstring)."""

    requests: RequestsInFlight
    claim_every: float = 1.0
    claim_at_most: int = 20  # of each channel, in a claim made while requests are answered
    for_at_most: float = 30.0


class Deliverer:
    """Delivers the channels' due work, round after round (see the module's docstring). It is the
    `rules.outbox.Notifier` of the rules that run in its process."""

    def __init__(
        self,
        channels: Sequence[Channel[Any]],
        clock: Clock,
        *,
        poll_seconds: float = 2.0,
        requests_first: RequestsFirst | None = None,
    ) -> None:
        self.channels = list(channels)
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.requests_first = requests_first
        self._wake = asyncio.Event()
        self._events_written = asyncio.Event()  # while running: any partner's event written
        self._last_claim = -float("inf")  # time.monotonic() of the last claim
        # Since when every claim has left work due (time.monotonic()); None: caught up.
        self._behind_since: float | None = None

    async def recorded(self, channel: str, now: datetime) -> None:
        self._wake.set()

    async def deliver_due(self) -> int:
        """One round: the due work of every channel claimed and attempted; how many attempts."""
        made = 0
        for channel in self.channels:
            items = await channel.claim(self.clock.now(), BATCH)
            await asyncio.gather(*(self._attempt(channel, item) for item in items))
            made += len(items)
        return made

    async def drain(self) -> int:
        """Rounds until one finds nothing due; how many attempts in all."""
        total = 0
        while made := await self.deliver_due():
            total += made
        return total

    async def _attempt(self, channel: Channel[Any], item: Any) -> None:
        started_at, start = self.clock.now(), time.monotonic()
        error: str | None = None
        retry = True
        try:
            await asyncio.wait_for(channel.attempt(item), channel.lease.total_seconds() / 2)
        except asyncio.CancelledError:  # stopping: the next deliverer need not wait for the lease
            # A channel whose items are not the claimed rows themselves gives them back itself.
            await asyncio.shield(getattr(channel, "release", release_claim)(item))
            raise
        except PermanentFailure as failure:
            error, retry = excerpt(failure), False
        except Exception as failure:  # whatever the outside world did, it is kept and retried
            error = excerpt(failure)
        duration_ms = round((time.monotonic() - start) * 1000)
        outcome = Outcome(started_at, duration_ms, error, retry)
        await channel.settle(item, outcome, self.clock.now())

    async def run(self) -> None:
        """Claims and attempts for ever (see the module's docstring)."""
        in_flight: dict[str, set[asyncio.Task[None]]] = {c.name: set() for c in self.channels}
        try:
            with WAKEUPS.listening(EVERY_PARTNER) as self._events_written:
                await self._rounds(in_flight)
        finally:
            running = set().union(*in_flight.values())
            for task in running:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)

    async def _rounds(self, in_flight: dict[str, set[asyncio.Task[None]]]) -> None:
        while True:
            self._wake.clear()
            self._events_written.clear()
            batch = await self._let_requests_go_first()
            try:
                started = await self._start_due(in_flight, batch)
            except Exception:  # the database away, say: the next round tries again
                log.exception("delivery round failed")
                started = 0
            running = set().union(*in_flight.values())
            if started and len(running) < MAX_IN_FLIGHT * len(self.channels):
                continue
            await self._until_something_changes(running)

    async def _start_due(self, in_flight: dict[str, set[asyncio.Task[None]]], batch: int) -> int:
        """Claims what is due on each channel, as much as it has room for (`batch` at most),
        and starts each attempt as a task; how many started."""
        started, caught_up = 0, True
        self._last_claim = time.monotonic()
        for channel in self.channels:
            running = in_flight[channel.name]
            room = min(batch, MAX_IN_FLIGHT - len(running))
            if room <= 0:  # its attempts are all in flight: whatever is due waits
                caught_up = False
                continue
            items = await channel.claim(self.clock.now(), room)
            # Events held back by a transaction still running are not a backlog: under steady
            # writes some nearly always are.
            caught_up = caught_up and len(items) < room and not channel.more_waiting
            for item in items:
                task = asyncio.create_task(self._attempt(channel, item))
                running.add(task)
                task.add_done_callback(running.discard)
                task.add_done_callback(_log_failure)
                started += 1
        if caught_up:
            self._behind_since = None
        elif self._behind_since is None:
            self._behind_since = self._last_claim
        return started

    async def _let_requests_go_first(self) -> int:
        """While the worker answers requests, waits until it falls quiet or the next claim is
        due (`RequestsFirst`); how much each channel may claim then."""
        first = self.requests_first
        if first is None or not first.requests.busy:
            return BATCH
        until = self._last_claim + first.claim_every
        if self._behind_since is not None:
            until = min(until, self._behind_since + first.for_at_most)
        wait = until - time.monotonic()
        if wait > 0:
            await first.requests.quiet(wait)
        behind_too_long = (
            self._behind_since is not None
            and time.monotonic() >= self._behind_since + first.for_at_most
        )
        return BATCH if behind_too_long or not first.requests.busy else first.claim_at_most

    async def _until_something_changes(self, running: set[asyncio.Task[None]]) -> None:
        """Until work or an event is recorded, an attempt ends, or the poll time passes (sooner
        when a channel asks to look again soon)."""
        woken = [asyncio.create_task(e.wait()) for e in (self._wake, self._events_written)]
        soon = any(channel.look_again_soon for channel in self.channels)
        timeout = min(self.poll_seconds, LOOK_AGAIN_SOON_SECONDS) if soon else self.poll_seconds
        try:
            await asyncio.wait(
                {*woken, *running}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for task in woken:
                task.cancel()
        if self._events_written.is_set():  # the events written meanwhile are fanned out together
            await asyncio.sleep(EVENTS_GATHER_SECONDS)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Runs the deliverer in the background for as long as the block lasts."""
        task = asyncio.create_task(self.run())
        try:
            yield
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
