"""The deliverer: runs the outbox channels of `rules.outbox` (mail, and whatever channel comes
next) inside `serve`, one per worker process, and as `partnerlink deliver`.

Each round claims what is due on every channel, makes the attempts of a batch concurrently
(each cancelled at half its channel's lease), and settles each. Between rounds it sleeps until a
rule of this process records work (`Deliverer.recorded`, the app's notifier: mail goes out at
once) or for `poll_seconds` (work recorded by other processes, and retries that fall due). Any
number of deliverers share the work: the claims of `rules.outbox.claim_due` keep them apart.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from datetime import datetime, timedelta
from typing import Any

from app.mail import mailer_from_settings
from app.settings import Settings
from app.webhook_http import HttpxSender
from rules.clock import Clock
from rules.mail import MailChannel, Mailer
from rules.outbox import Channel, Outcome, PermanentFailure, excerpt, release_claim
from rules.webhook_delivery import WebhookChannel
from schema.webhooks import event_payload

BATCH = 10  # rows one channel claims per round
log = logging.getLogger("partnerlink.deliverer")


def channels_for(settings: Settings, mailer: Mailer | None = None) -> list[Channel[Any]]:
    """The channels a deliverer runs for these settings: mail through `mailer` (by default the
    settings' mailer, `app.mail`), and webhooks. A new channel is added here."""
    return [MailChannel(mailer or mailer_from_settings(settings)), webhook_channel(settings)]


def webhook_channel(settings: Settings) -> WebhookChannel:
    sender = HttpxSender(
        connect_timeout=settings.WEBHOOK_CONNECT_TIMEOUT_SECONDS,
        total_timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
    )
    return WebhookChannel(
        sender,
        allow_private=settings.webhook_private_targets,
        present=event_payload,
        lease=timedelta(seconds=2 * settings.WEBHOOK_TIMEOUT_SECONDS + 5),
    )


class Deliverer:
    """Delivers the channels' due work, round after round (see the module's docstring). It is the
    `rules.outbox.Notifier` of the rules that run in its process."""

    def __init__(
        self, channels: Sequence[Channel[Any]], clock: Clock, *, poll_seconds: float = 2.0
    ) -> None:
        self.channels = list(channels)
        self.clock = clock
        self.poll_seconds = poll_seconds
        self._wake = asyncio.Event()

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
        """Rounds for ever: at once when more may be due, else after a wake-up or a poll."""
        while True:
            self._wake.clear()
            try:
                if await self.deliver_due():
                    continue
            except Exception:  # the database away, say: the next round tries again
                log.exception("delivery round failed")
            with suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll_seconds)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Runs the deliverer in the background for as long as the block lasts."""
        task = asyncio.create_task(self.run())
        try:
            yield
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
