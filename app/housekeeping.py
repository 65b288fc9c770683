"""Work the server does on its own while it runs: turning budget periods over."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from rules.clock import Clock
from rules.spending import roll_over

ROLL_OVER_EVERY_SECONDS = 60.0
log = logging.getLogger("partnerlink.housekeeping")


async def _roll_over_forever(clock: Clock, every: float) -> None:
    while True:
        try:
            lifted = await roll_over(now=clock.now())
            if lifted:
                log.info("a new budget period lifted %d exhausted-budget freezes", lifted)
        except Exception:  # a failed round is retried at the next one
            log.exception("budget roll-over failed")
        await asyncio.sleep(every)


@asynccontextmanager
async def housekeeping(clock: Clock, every: float = ROLL_OVER_EVERY_SECONDS) -> AsyncIterator[None]:
    """Runs the periodic work for as long as the block lasts. Several workers may each run it:
    lifting a freeze is a conditional update, so a freeze is lifted once."""
    task = asyncio.create_task(_roll_over_forever(clock, every))
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
