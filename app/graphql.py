"""The GraphQL endpoint: Strawberry's ASGI app with our context, GraphiQL off in production."""

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from app.auth import authenticate
from app.graphiql import localize
from app.settings import Settings
from rules.clock import Clock
from rules.mail import Mailer
from schema import build_schema
from schema.context import Context


class PartnerlinkGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings, clock: Clock, mailer: Mailer) -> None:
        super().__init__(
            build_schema(production=settings.PRODUCTION),
            graphql_ide=None if settings.PRODUCTION else "graphiql",
            allow_queries_via_get=False,
        )
        self.settings, self.clock, self.mailer = settings, clock, mailer

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL, loading the files that `python -m app.graphiql fetch` stored from here."""
        return HTMLResponse(localize(self.graphql_ide_html))

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            viewer=await authenticate(request, self.clock, self.settings.OPERATOR_KEY_SHA256),
            clock=self.clock,
            settings=self.settings,
            mailer=self.mailer,
        )
