"""The Starlette application: GraphQL at /graphql, liveness at /healthz, readiness at /readyz,
Prometheus metrics at /metrics, invitation landing pages and QR codes under /invite/, the partner
console at /console/."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from tortoise.contrib.starlette import RegisterTortoise

from app.attempt_store import RedisAttempts, attempt_store
from app.collector import settle_after_start_up
from app.console import console_routes
from app.database import ensure_database_dir, tortoise_config
from app.deliverer import Deliverer, RequestsFirst, channels_for
from app.event_listener import event_listener
from app.graphiql import ASSETS_ROOT as GRAPHIQL_ASSETS
from app.graphiql import URL_PREFIX as GRAPHIQL_ASSETS_PATH
from app.graphql import PartnerlinkGraphQL, graphql_endpoint
from app.health import mail_report, readiness
from app.housekeeping import housekeeping
from app.invite import invitation_routes
from app.logging import configure_logging
from app.metrics import process_ended
from app.metrics_route import metrics_endpoint
from app.pages import page_routes
from app.request_log import HEADER as REQUEST_ID_HEADER
from app.request_log import RequestLogMiddleware
from app.requests_in_flight import CountRequests, RequestsInFlight
from app.settings import Settings, get_settings
from rules.attempts import AttemptStore
from rules.clock import Clock, system_clock
from rules.hashing import limit_concurrent_hashes
from rules.mail import Mailer
from rules.outbox import Notifier


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    problems = await readiness(settings.DATABASE_URL)
    if problems:
        return JSONResponse({"status": "unavailable", "problems": problems}, status_code=503)
    mail = await mail_report(request.app.state.clock.now(), with_cause=not settings.PRODUCTION)
    return JSONResponse({"status": "ok", "mail": mail})


def create_app(
    settings: Settings,
    *,
    clock: Clock = system_clock,
    mailer: Mailer | None = None,
    notifier: Notifier | None = None,
    attempts: AttemptStore | None = None,
) -> Starlette:
    """The app for these settings; tests pass a fake clock, a mailer that keeps the mail, what
    the rules tell when they record mail (by default the app's deliverer) and where failed
    attempts are counted."""
    attempts = attempts or attempt_store(settings)
    requests = RequestsInFlight()
    deliverer = Deliverer(
        channels_for(settings, mailer),
        clock,
        poll_seconds=settings.DELIVERY_POLL_SECONDS,
        requests_first=requests_first_for(settings, requests),
    )
    limit_concurrent_hashes(settings.PASSWORD_HASH_CONCURRENCY)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        ensure_database_dir(settings.DATABASE_URL)
        async with (
            RegisterTortoise(
                app, config=tortoise_config(settings.DATABASE_URL), generate_schemas=False
            ),
            housekeeping(clock),
            event_listener(settings.DATABASE_URL),
            _delivering(settings, deliverer),
        ):
            settle_after_start_up()
            yield
        process_ended()
        if isinstance(attempts, RedisAttempts):
            await attempts.aclose()

    graphql = PartnerlinkGraphQL(settings, clock, notifier or deliverer, attempts)
    configure_logging(settings)
    middleware = [
        Middleware(CountRequests, requests=requests),
        Middleware(RequestLogMiddleware),  # every request is logged once
    ]
    if settings.CORS_ORIGINS:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.CORS_ORIGINS,
                allow_methods=["GET", "POST"],
                allow_headers=["*"],
                expose_headers=[REQUEST_ID_HEADER],
            )
        )
    app = Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            # Every method: GraphQL answers those it does not serve itself (405, with a code).
            Route("/graphql", graphql_endpoint(graphql)),
            Route("/metrics", metrics_endpoint, methods=["GET"]),
            WebSocketRoute("/graphql", graphql),
            *invitation_routes(),
            *page_routes(),
            *(console_routes() if settings.CONSOLE_ENABLED else []),
            Mount(
                GRAPHIQL_ASSETS_PATH,
                app=StaticFiles(directory=GRAPHIQL_ASSETS, check_dir=False),
                name="graphiql-assets",
            ),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.clock = clock
    app.state.requests_in_flight = requests
    return app


def _delivering(settings: Settings, deliverer: Deliverer) -> AbstractAsyncContextManager[None]:
    """The deliverer, in the background while the app serves, unless it runs apart."""
    return deliverer.running() if settings.DELIVER_IN_SERVE else nullcontext()


def requests_first_for(settings: Settings, requests: RequestsInFlight) -> RequestsFirst | None:
    """How the app's deliverer lets the worker's requests go first; None: it does not."""
    seconds = settings.DELIVERY_REQUESTS_FIRST_SECONDS
    return RequestsFirst(requests, for_at_most=seconds) if seconds > 0 else None


def _default_app() -> Starlette:
    return create_app(get_settings())


app = _default_app()
