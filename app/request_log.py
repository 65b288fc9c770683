"""Request ids and one log line per HTTP request, as a pure ASGI middleware.

Each request gets an id: the incoming `X-Request-ID` when it is a sane token (1 to 64 characters
of letters, digits, '.', '_' and '-'), else a new uuid4 hex. The id is returned in the
`X-Request-ID` response header, is `current_request_id()` for any code serving the request (and
on every log record made meanwhile, see app.logging), and ends the request's log line on the
`partnerlink.request` logger: method, path, status, duration in ms. Invitation tokens in paths
are not logged.

An exception that nothing below caught is logged here, with its traceback and the request's id
(so through the project's handler: one JSON line in production), and the client gets a masked
JSON 500 carrying the id, rather than the server's plain-text one.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from contextvars import ContextVar

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.graphql_http import INTERNAL_SERVER_ERROR, error_response
from app.links import INVITATION_PATH

HEADER = "X-Request-ID"
SANE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

logger = logging.getLogger("partnerlink.request")
_request_id: ContextVar[str | None] = ContextVar("partnerlink_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the HTTP request being served, or None outside one."""
    return _request_id.get()


def request_id_from(headers: list[tuple[bytes, bytes]]) -> str:
    """The incoming id when it is sane, else a new one."""
    for name, value in headers:
        if name.lower() == b"x-request-id":
            candidate = value.decode("latin-1")
            if SANE_ID.fullmatch(candidate):
                return candidate
            break
    return uuid.uuid4().hex


def loggable_path(path: str) -> str:
    """The path without secrets (an invitation's token) and without control characters."""
    if path.startswith(INVITATION_PATH):
        path = INVITATION_PATH + "…"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


class RequestLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(scope["headers"])
        token = _request_id.set(request_id)
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before it answers
        answered = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, answered
            if message["type"] == "http.response.start":
                status, answered = message["status"], True
                MutableHeaders(scope=message)[HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            logger.exception("unexpected error", extra={"request_id": request_id})
            if not answered:
                masked = error_response(scope, 500, INTERNAL_SERVER_ERROR, "Unexpected error.")
                await masked(scope, receive, send_with_id)
        finally:
            duration_ms = round((time.perf_counter() - started) * 1000, 2)
            method, path = scope["method"], loggable_path(scope["path"])
            logger.info(
                "%s %s %s %.2f ms",
                method,
                path,
                status,
                duration_ms,
                extra={
                    "method": method,
                    "path": path,
                    "status": status,
                    "duration_ms": duration_ms,
                    "request_id": request_id,
                },
            )
            _request_id.reset(token)
