"""`partnerlink serve`: apply pending migrations, then serve the app with uvicorn."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import tempfile

import uvicorn

from app.commands.common import Formatter
from app.logging import configure_logging
from app.metrics import MULTIPROCESS_DIR
from app.migrations import upgrade
from app.settings import Settings

WORKER_START_SECONDS = 60


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="apply pending migrations, then serve the GraphQL API",
        description="Apply pending migrations to DATABASE_URL, then serve app.main:app with "
        "uvicorn on HOST:PORT (GraphQL at /graphql, health at /healthz and /readyz). Each "
        "request is logged once on the partnerlink.request logger (JSON lines when LOG_FORMAT "
        "is json, the default in PRODUCTION).",
        epilog="examples:\n"
        "  partnerlink serve\n"
        "  partnerlink serve --port 8001 --reload\n"
        "  DATABASE_URL=postgres://app@db:5432/partnerlink partnerlink serve --workers 4",
        formatter_class=Formatter,
    )
    parser.add_argument("--host", help="listen address (default: the HOST setting)")
    parser.add_argument("--port", type=int, help="listen port (default: the PORT setting)")
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes (default: 1)"
    )
    parser.add_argument("--reload", action="store_true", help="restart when source files change")
    parser.set_defaults(handler=serve)


def serve(args: argparse.Namespace, settings: Settings) -> int:
    configure_logging(settings)
    applied = asyncio.run(upgrade(settings.DATABASE_URL))
    for name in applied:
        print(f"applied migration {name}")
    shared_metrics = args.workers > 1 and not os.environ.get(MULTIPROCESS_DIR)
    if shared_metrics:  # every worker counts in this folder; any of them answers a scrape
        os.environ[MULTIPROCESS_DIR] = tempfile.mkdtemp(prefix="partnerlink-metrics-")
    try:
        uvicorn.run(
            "app.main:app",
            host=args.host or settings.HOST,
            port=args.port or settings.PORT,
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
