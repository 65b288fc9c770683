"""The GraphQL endpoint: Strawberry's ASGI app with our context, GraphiQL off in production."""

from functools import partial

import orjson
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from app.auth import bearer_secret, request_viewer
from app.client_address import client_address
from app.graphiql import localize
from app.idempotency import Idempotency
from app.links import invitation_url
from app.request_guard import RequestGuard
from app.settings import Settings
from rules.attempts import AttemptStore, DatabaseAttempts
from rules.clock import Clock
from rules.mail import Mailer
from schema.context import Context
from schema.refused_attempts import count_refused
from schema.root import build_schema


class PartnerlinkGraphQL(GraphQL[Context, None]):
    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        mailer: Mailer,
        attempts: AttemptStore | None = None,
    ) -> None:
        super().__init__(
            build_schema(production=settings.PRODUCTION, lean=settings.LEAN_EXECUTION),
            graphql_ide=None if settings.PRODUCTION else "graphiql",
            allow_queries_via_get=False,
        )
        self.settings, self.clock, self.mailer = settings, clock, mailer
        self.attempts = attempts or DatabaseAttempts()

    def encode_json(self, data: object) -> str | bytes:
        """orjson: a dashboard page's answer encodes several times faster than with json. What it
        refuses (a lone surrogate in a string) falls back to json, which escapes it."""
        try:
            return orjson.dumps(data)
        except TypeError:  # orjson.JSONEncodeError is a TypeError
            return super().encode_json(data)

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL, loading the files that `python -m app.graphiql fetch` stored from here."""
        return HTMLResponse(localize(self.graphql_ide_html))

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            viewer=await request_viewer(request, self.clock, self.settings.OPERATOR_KEY_SHA256),
            clock=self.clock,
            settings=self.settings,
            mailer=self.mailer,
            invitation_url=partial(invitation_url, self.settings),
            client_address=client_address(request, self.settings.trusted_proxy_networks),
            bearer_token=bearer_secret(request),
            attempts=self.attempts,
        )


def graphql_endpoint(graphql: PartnerlinkGraphQL) -> ASGIApp:
    """The GraphQL app behind the request guard (size, batches) and idempotency keys."""
    settings, clock, attempts = graphql.settings, graphql.clock, graphql.attempts

    async def count_refused_request(request: Request, queries: list[str]) -> None:
        address = client_address(request, settings.trusted_proxy_networks)
        await count_refused(attempts, address, clock.now(), *queries)

    return RequestGuard(Idempotency(graphql, settings, clock), count_refused_request)
