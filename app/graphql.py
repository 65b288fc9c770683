"""The GraphQL endpoint: Strawberry's ASGI app with our context, GraphiQL off in production,
answering GraphQL over HTTP as app.graphql_http says (JSON errors with codes, the media type the
client accepts)."""

import json
import time
from collections.abc import Mapping
from functools import lru_cache, partial
from typing import Any, cast

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from graphql import GraphQLError, OperationDefinitionNode, parse
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.exceptions import ConnectionRejectionError, MissingQueryError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.http.types import HTTPMethod
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ErrorMessage,
    SubscribeMessage,
)
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UNSET, UnsetType

from app import metrics
from app.auth import authenticate_secret, bearer_secret, key_partner, request_viewer, secret_of
from app.client_address import client_address
from app.graphiql import localize
from app.graphql_http import (
    GRAPHQL_RESPONSE,
    INVALID_JSON,
    INVALID_REQUEST,
    METHOD_NOT_ALLOWED,
    MISSING_QUERY,
    NOT_FOUND,
    UNKNOWN_OPERATION,
    error_response,
    is_request_error,
    media_type,
)
from app.idempotency import Idempotency
from app.links import invitation_url
from app.request_guard import RequestGuard
from app.settings import Settings
from resolvers.payloads import note_refusals, stop_noting
from rules import webhook_fanout
from rules.actors import Actor
from rules.attempts import AttemptStore, DatabaseAttempts
from rules.clock import Clock
from rules.outbox import Notifier
from schema.context import Context
from schema.extensions import CACHE_SIZE, MAX_TOKENS
from schema.refused_attempts import count_refused
from schema.root import build_schema
from schema.text import INVALID_TEXT, MESSAGE, invalid_text_at

ALLOW_POST = {"Allow": "POST"}
# What Strawberry still refuses itself (the shape of a GET's parameters, other methods, GraphiQL
# in production), by status, and the code it is answered with.
NO_ACK_PAYLOAD = cast(UnsetType, UNSET)
CODE_OF_STATUS = {400: INVALID_REQUEST, 404: NOT_FOUND, 405: METHOD_NOT_ALLOWED}


class Refused(HTTPException):
    """A request refused with a code of its own (Strawberry's HTTPException carries a reason)."""

    def __init__(
        self, status_code: int, code: str, reason: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(status_code, reason)
        self.code, self.headers = code, headers


class CheckedTransportWS(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws, refusing an operation whose text no input may carry (as
    app.request_guard refuses it over HTTP) before it runs."""

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        where = invalid_text_at(message.get("payload"), "payload")
        if where is None:
            await super().handle_subscribe(message)
            return
        error = GraphQLError(MESSAGE, extensions={"code": INVALID_TEXT, "field": where})
        await self.send_message(
            ErrorMessage(id=message["id"], type="error", payload=[error.formatted])
        )


class TextWebSocketAdapter(ASGIWebSocketAdapter):
    """graphql-transport-ws messages as text frames, as the protocol wants (and browsers and
    the gql client expect), though `encode_json` gives bytes."""

    async def send_json(self, message: Mapping[str, object]) -> None:
        encoded = self.view.encode_json(message)
        text = encoded.decode() if isinstance(encoded, bytes) else encoded
        try:
            await self.ws.send_text(text)
        except WebSocketDisconnect as error:
            raise WebSocketDisconnected from error


class PartnerlinkGraphQL(GraphQL[Context, None]):
    graphql_transport_ws_handler_class = CheckedTransportWS
    websocket_adapter_class = TextWebSocketAdapter

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        notifier: Notifier,
        attempts: AttemptStore | None = None,
    ) -> None:
        super().__init__(
            build_schema(production=settings.PRODUCTION, lean=settings.LEAN_EXECUTION),
            graphql_ide=None if settings.PRODUCTION else "graphiql",
            allow_queries_via_get=False,
            # Only graphql-transport-ws: the legacy graphql-ws protocol is not checked.
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        )
        self.settings, self.clock, self.notifier = settings, clock, notifier
        self.attempts = attempts or DatabaseAttempts()

    def encode_json(self, data: object) -> str | bytes:
        """orjson: a dashboard page's answer encodes several times faster than with json. What it
        refuses (a lone surrogate in a string) falls back to json, which escapes it."""
        try:
            return orjson.dumps(data)
        except TypeError:  # orjson.JSONEncodeError is a TypeError
            return super().encode_json(data)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope, receive))
        except Refused as refusal:
            response = error_response(
                scope, refusal.status_code, refusal.code, refusal.reason, headers=refusal.headers
            )
        except HTTPException as refusal:  # what Strawberry still refuses itself
            code = CODE_OF_STATUS.get(refusal.status_code, INVALID_REQUEST)
            headers = {"Allow": "GET, POST"} if refusal.status_code == 405 else None
            response = error_response(
                scope, refusal.status_code, code, refusal.reason, headers=headers
            )
        await response(scope, receive, send)

    def parse_json(self, data: str | bytes) -> Any:
        """The JSON of a GET's `variables` or `extensions` (a POST's body is read, checked and
        refused by app.request_guard before it gets here)."""
        try:
            return json.loads(data)
        except ValueError as error:
            raise Refused(400, INVALID_JSON, "Not JSON in UTF-8.") from error

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Strawberry's, with its refusals answered with codes. Only POST runs operations
        (GraphQL over HTTP: a mutation over GET is 405), so GET runs none. A document of several
        operations needs `operationName` (Strawberry would run the first)."""
        names = operation_names(request_data.query)
        name = request_data.operation_name
        if name is None and len(names) > 1:
            message = "The document has several operations: name one in `operationName`."
            raise Refused(400, UNKNOWN_OPERATION, message)
        refusals: list[str] = []
        deliveries: list[int] = []
        token = note_refusals(refusals)
        noting_deliveries = webhook_fanout.note_deliveries(deliveries)
        started = time.perf_counter()
        try:
            result = await self._execute(request_adapter, context, root_value, request_data)
        finally:
            stop_noting(token)
            webhook_fanout.stop_noting(noting_deliveries)
        if deliveries:  # committed by now: the deliverer of this process sends them at once
            await self.notifier.recorded(webhook_fanout.WEBHOOK_CHANNEL, self.clock.now())
        chosen = name if name in names else names[0] if len(names) == 1 else None
        metrics.answered(chosen, result.errors, refusals, time.perf_counter() - started)
        return result

    async def _execute(
        self,
        request_adapter: AsyncHTTPRequestAdapter,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        try:
            return await self.schema.execute(
                request_data.query,
                root_value=root_value,
                variable_values=request_data.variables,
                context_value=context,
                operation_name=request_data.operation_name,
                allowed_operation_types=self.allowed_operations(request_adapter.method),
                operation_extensions=request_data.extensions,
            )
        except CannotGetOperationTypeError as error:
            raise Refused(400, UNKNOWN_OPERATION, error.as_http_error_reason()) from error
        except InvalidOperationTypeError as error:
            message = f"{request_adapter.method} runs no operation here: send a POST."
            raise Refused(405, METHOD_NOT_ALLOWED, message, ALLOW_POST) from error
        except MissingQueryError as error:
            raise Refused(400, MISSING_QUERY, "The request has no `query`.") from error

    @staticmethod
    def allowed_operations(method: HTTPMethod) -> set[OperationType]:
        return OperationType.from_http(method) if method == "POST" else set()

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        """Carries the media type the client accepts to `create_response`."""
        sub_response = await super().get_sub_response(request)
        sub_response.media_type = media_type(request.headers)
        return sub_response

    def create_response(
        self,
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse],
        sub_response: Response,
    ) -> Response:
        """As application/graphql-response+json: a request error has no `data` and is a 400."""
        if sub_response.media_type != GRAPHQL_RESPONSE or isinstance(response_data, list):
            return super().create_response(response_data, sub_response)
        refused = is_request_error(response_data)
        if refused:
            response_data = {k: v for k, v in response_data.items() if k != "data"}  # type: ignore[assignment]
        response = super().create_response(response_data, sub_response)
        response.headers["content-type"] = GRAPHQL_RESPONSE
        if refused:
            response.status_code = 400
        return response

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL, loading the files that `python -m app.graphiql fetch` stored from here."""
        return HTMLResponse(localize(self.graphql_ide_html))

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """graphql-transport-ws's connection_init: credentials in its payload,
        `{"Authorization": "Bearer <API key or session token>"}`, name the connection's caller
        (browsers cannot set headers on a WebSocket). Credentials that name nobody close the
        connection (4403); without any, the upgrade request's header counts, if it had one."""
        params = context.connection_params or {}
        authorization = params.get("Authorization", params.get("authorization"))
        if authorization is None:
            return NO_ACK_PAYLOAD
        secret = secret_of(authorization) if isinstance(authorization, str) else None
        viewer = await self._authenticate(secret) if secret else None
        if viewer is None or secret is None:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
        context.become(viewer, secret, partial(self._authenticate, secret))
        return NO_ACK_PAYLOAD

    async def _authenticate(self, secret: str) -> Actor | None:
        return await authenticate_secret(secret, self.clock, self.settings.OPERATOR_KEY_SHA256)

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        context = await self._context(request, response)
        if isinstance(request, WebSocket) and context.bearer_token:
            context.recheck_viewer = partial(self._authenticate, context.bearer_token)
        return context

    async def _context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        context = Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            viewer=await request_viewer(request, self.clock, self.settings.OPERATOR_KEY_SHA256),
            clock=self.clock,
            settings=self.settings,
            notifier=self.notifier,
            invitation_url=partial(invitation_url, self.settings),
            client_address=client_address(request, self.settings.trusted_proxy_networks),
            bearer_token=bearer_secret(request),
            attempts=self.attempts,
        )
        partner = key_partner(request)
        if partner is not None:
            context.loaders.partner.prime(partner.id, partner)
        return context


@lru_cache(maxsize=CACHE_SIZE)
def operation_names(query: str | None) -> tuple[str | None, ...]:
    """The names of the document's operations (None for an anonymous one); none when it does
    not parse (GraphQL then says why)."""
    try:
        document = parse(query or "", max_tokens=MAX_TOKENS)
    except GraphQLError:
        return ()
    return tuple(
        d.name.value if d.name else None
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    )


def graphql_endpoint(graphql: PartnerlinkGraphQL) -> ASGIApp:
    """The GraphQL app behind the request guard (size, batches) and idempotency keys."""
    settings, clock, attempts = graphql.settings, graphql.clock, graphql.attempts

    async def count_refused_request(request: Request, queries: list[str]) -> None:
        address = client_address(request, settings.trusted_proxy_networks)
        await count_refused(attempts, address, clock.now(), *queries)

    return RequestGuard(Idempotency(graphql, settings, clock), count_refused_request)
