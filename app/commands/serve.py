"""`partnerlink serve`: apply pending migrations, then serve the app with uvicorn."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shutil
import tempfile

import uvicorn

from app.commands.common import Formatter, redact_url, run_operation
from app.demo import demo_instructions
from app.logging import configure_logging
from app.mail import warn_without_mail_server
from app.metrics import MULTIPROCESS_DIR
from app.migrations import upgrade
from app.settings import Settings, get_settings
from rules.demo import create_demo_partners

WORKER_START_SECONDS = 60
logger = logging.getLogger("partnerlink.serve")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="apply pending migrations, then serve the GraphQL API",
        description="Apply pending migrations to DATABASE_URL, then serve app.main:app with "
        "uvicorn on HOST:PORT (GraphQL at /graphql, health at /healthz and /readyz). Each "
        "request is logged once on the partnerlink.request logger (JSON lines when LOG_FORMAT "
        "is json, the default in PRODUCTION). Invitation links follow the address served "
        "unless PUBLIC_BASE_URL is set. Each worker also sends the recorded mail, with retries "
        "(DELIVER_IN_SERVE=false leaves that to `partnerlink deliver`). The first start on a "
        "database without partners makes demo partners and prints their keys once (not in "
        "PRODUCTION; DEMO_DATA=false: never).",
        epilog="examples:\n"
        "  partnerlink serve\n"
        "  partnerlink serve --port 8001 --reload\n"
        "  DATABASE_URL=postgres://app@db:5432/partnerlink partnerlink serve --workers 4",
        formatter_class=Formatter,
    )
    parser.add_argument("--host", help="listen address (default: the HOST setting)")
    parser.add_argument(
        "--port", type=port_number, help="listen port, 1 to 65535 (default: the PORT setting)"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes (default: 1)"
    )
    parser.add_argument("--reload", action="store_true", help="restart when source files change")
    parser.set_defaults(handler=serve)


def port_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 1 to 65535, not {text!r}")
    return number


def serve(args: argparse.Namespace, settings: Settings) -> int:
    settings = served_settings(args, settings)
    configure_logging(settings)
    warn_without_mail_server(settings)
    applied = asyncio.run(upgrade(settings.DATABASE_URL))
    for name in applied:
        logger.info("applied migration %s", name)
    if settings.DEMO_DATA and not settings.PRODUCTION and make_demo(settings) != 0:
        return 1
    database = redact_url(settings.DATABASE_URL)
    # Logged, not printed: in production every line of the output is a JSON log line.
    logger.info("serving %s/graphql on %s", settings.PUBLIC_BASE_URL, database)
    shared_metrics = args.workers > 1 and not os.environ.get(MULTIPROCESS_DIR)
    if shared_metrics:  # every worker counts in this folder; any of them answers a scrape
        os.environ[MULTIPROCESS_DIR] = tempfile.mkdtemp(prefix="partnerlink-metrics-")
    try:
        uvicorn.run(
            "app.main:app",
            host=settings.HOST,
            port=settings.PORT,
            workers=args.workers,
            reload=args.reload,
            # The client address is app.client_address's alone (TRUSTED_PROXIES): uvicorn's own
            # proxy headers would believe X-Forwarded-For from 127.0.0.1 before the app sees it.
            proxy_headers=False,
            access_log=False,  # app.request_log writes one line per request, with its id
            log_config=None,  # uvicorn's records, tracebacks included, go to app.logging's handler
            # A worker that has not answered uvicorn's health check yet is killed and replaced;
            # importing the app takes seconds of wall time on a busy machine, more than the 5 s
            # uvicorn waits by default, and every worker was then killed before it served.
            timeout_worker_healthcheck=WORKER_START_SECONDS,
        )
    finally:
        if shared_metrics:
            shutil.rmtree(os.environ.pop(MULTIPROCESS_DIR), ignore_errors=True)
    return 0


def make_demo(settings: Settings) -> int:
    """The demo partners of a new development database (rules.demo), printed once."""

    async def operation() -> None:
        made = await create_demo_partners(invitation_days=settings.INVITATION_TTL_DAYS)
        if made:
            print(demo_instructions(settings, made), flush=True)

    return run_operation(settings, operation)


def served_settings(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings with the address given on the command line. The app (imported by uvicorn,
    in this process or in its workers) reads them from the environment, so HOST and PORT go
    there too: invitation links then follow the address served when PUBLIC_BASE_URL is unset."""
    if args.host:
        os.environ["HOST"] = args.host
    if args.port:
        os.environ["PORT"] = str(args.port)
    get_settings.cache_clear()
    return get_settings()
