"""`partnerlink deliver`: the deliverer (`app.deliverer`) as a process of its own."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal

from app.commands.common import Formatter, run_operation
from app.deliverer import Deliverer, channels_for
from app.event_listener import event_listener
from app.logging import configure_logging
from app.mail import warn_without_mail_server
from app.settings import Settings
from rules.clock import system_clock

logger = logging.getLogger("partnerlink.deliverer")
# On a machine shared with `serve` workers the deliverer takes the CPU they leave, as the
# deliverer inside `serve` lets its worker's requests go first (app.deliverer.RequestsFirst).
DEFAULT_NICENESS = 10


def niceness(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 19:
        raise argparse.ArgumentTypeError(f"a whole number from 0 to 19, not {value!r}")
    return number


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "deliver",
        help="send the recorded mail and webhooks, retrying what fails, until stopped",
        description="Send what the service recorded for delivery (mail: verification and "
        "password codes; webhooks to partners' endpoints), with retries at growing delays, "
        "until stopped (Ctrl-C or SIGTERM). "
        "Every `serve` worker runs the same deliverer unless DELIVER_IN_SERVE is false; any "
        "number of deliverers share the work without sending anything twice. It wakes when an "
        "event is written (on PostgreSQL, in any process) and looks for other work every "
        "DELIVERY_POLL_SECONDS. Attempts that fail are logged on the "
        "partnerlink.mail logger with their cause; webhook attempts are kept with their "
        "delivery (webhookEndpoints over GraphQL). It runs at a lower CPU priority (--nice): "
        "on a machine it shares with API workers, their requests go first.",
        epilog="examples:\n"
        "  partnerlink deliver\n"
        "  partnerlink deliver --once     # what is due now, then exit\n"
        "  DELIVER_IN_SERVE=false partnerlink serve --workers 4 & partnerlink deliver",
        formatter_class=Formatter,
    )
    parser.add_argument("--once", action="store_true", help="deliver what is due now, then exit")
    parser.add_argument(
        "--nice",
        type=niceness,
        default=DEFAULT_NICENESS,
        metavar="N",
        help=f"lower the process's CPU priority by N, 0 to 19 (default {DEFAULT_NICENESS}); "
        "0 keeps it",
    )
    parser.set_defaults(handler=deliver)


def deliver(args: argparse.Namespace, settings: Settings) -> int:
    configure_logging(settings)
    warn_without_mail_server(settings)
    if args.nice and hasattr(os, "nice"):  # not on Windows
        os.nice(args.nice)
    deliverer = Deliverer(
        channels_for(settings), system_clock, poll_seconds=settings.DELIVERY_POLL_SECONDS
    )

    async def operation() -> None:
        if args.once:
            made = await deliverer.drain()
            print(f"made {made} delivery attempt{'' if made == 1 else 's'}")
            return
        async with event_listener(settings.DATABASE_URL):  # events of every process wake it
            await _until_stopped(deliverer)

    return run_operation(settings, operation)


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, 0) if hasattr(os, "getpriority") else 0


async def _until_stopped(deliverer: Deliverer) -> None:
    """Runs the deliverer until SIGINT or SIGTERM; an attempt cut short is retried once its
    lease runs out."""
    task = asyncio.create_task(deliverer.run())
    loop = asyncio.get_running_loop()
    for stop in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(stop, task.cancel)
    logger.info("delivering (polling every %s s, niceness %d)", deliverer.poll_seconds, _niceness())
    try:
        await task
    except asyncio.CancelledError:
        logger.info("stopped")
