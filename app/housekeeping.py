"""Work the server does on its own while it runs: turning budget periods over, expiring
unanswered dissociation requests and authorization letters past their validity, and forgetting
the record of mail sent a month ago."""

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from rules.authorizations import expire_authorizations
from rules.clock import Clock
from rules.dissociations import expire_dissociations
from rules.mail import forget_old_mail
from rules.spending import roll_over

ROLL_OVER_EVERY_SECONDS = 60.0
log = logging.getLogger("partnerlink.housekeeping")

# Each job: what it does at `now`, and how to log a round that changed anything.
Job = tuple[Callable[..., Awaitable[int]], str]
JOBS: tuple[Job, ...] = (
    (roll_over, "a new budget period lifted %d exhausted-budget freezes"),
    (expire_dissociations, "%d unanswered dissociation requests expired"),
    (expire_authorizations, "%d authorization letters past their validity expired"),
    (forget_old_mail, "the records of %d mails ended 30 days ago forgotten"),
)


async def _round(now: datetime) -> None:
    for job, done in JOBS:
        try:
            changed = await job(now=now)
            if changed:
                log.info(done, changed)
        except Exception:  # a failed job is retried at the next round
            log.exception("housekeeping job %s failed", job.__name__)


async def _housekeep_forever(clock: Clock, every: float) -> None:
    while True:
        await _round(clock.now())
        await asyncio.sleep(every)


@asynccontextmanager
async def housekeeping(clock: Clock, every: float = ROLL_OVER_EVERY_SECONDS) -> AsyncIterator[None]:
    """Runs the periodic work for as long as the block lasts. Several workers may each run it:
    lifting a freeze and expiring a request are conditional updates, so each happens once."""
    task = asyncio.create_task(_housekeep_forever(clock, every))
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
