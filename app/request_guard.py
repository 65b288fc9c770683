"""Refusals before GraphQL sees a request, each with a code of its own, as a pure ASGI wrapper of
the GraphQL endpoint:

- a body over `MAX_BODY_BYTES` (413, REQUEST_TOO_LARGE), refused without being read past it;
- a batch, a JSON array of operations (400, BATCHING_NOT_SUPPORTED): one operation a request;
- a `query` text over `MAX_DOCUMENT_CHARS` (413, DOCUMENT_TOO_LARGE); the token limit refuses
  documents of fewer characters but too many tokens (TOO_MANY_TOKENS).

Login and registration attempts in a refused batch or document are counted for the client
address all the same (`on_refused`), so that sending them in a form that is refused costs as
much as sending them one by one.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_DOCUMENT_CHARS = 100_000
REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
BATCHING_NOT_SUPPORTED = "BATCHING_NOT_SUPPORTED"
DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE"

OnRefused = Callable[[Request, list[str]], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """A request answered with one top-level error, as GraphQL answers its own."""
    return JSONResponse(
        {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]},
        status_code=status,
    )


async def read_body(receive: Receive, limit: int = MAX_BODY_BYTES) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def replaying(body: bytes) -> Receive:
    """A `receive` that hands the app the body already read, then waits as the server would."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


class RequestGuard:
    def __init__(self, app: ASGIApp, on_refused: OnRefused | None = None) -> None:
        self.app = app
        self.on_refused = on_refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        refusal = _declared_too_large(scope)
        if refusal is None:
            try:
                body = await read_body(receive)
            except BodyTooLarge:
                refusal = _too_large()
        if refusal is None:
            refusal = await self._refusal(scope, body)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, replaying(body), send)

    async def _refusal(self, scope: Scope, body: bytes) -> JSONResponse | None:
        try:
            parsed: Any = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return None  # GraphQL answers a body that is not JSON itself
        if isinstance(parsed, list):
            await self._count(scope, [_query_of(item) for item in parsed])
            return error_response(
                400, BATCHING_NOT_SUPPORTED, "Send one operation per request: no batches."
            )
        query = _query_of(parsed)
        if len(query) > MAX_DOCUMENT_CHARS:
            await self._count(scope, [query])
            return error_response(
                413,
                DOCUMENT_TOO_LARGE,
                f"The query document is longer than {MAX_DOCUMENT_CHARS} characters.",
            )
        return None

    async def _count(self, scope: Scope, queries: list[str]) -> None:
        if self.on_refused is not None:
            await self.on_refused(Request(scope), [q for q in queries if q])


def _query_of(item: Any) -> str:
    query = item.get("query") if isinstance(item, dict) else None
    return query if isinstance(query, str) else ""


def _declared_too_large(scope: Scope) -> JSONResponse | None:
    length = Headers(scope=scope).get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY_BYTES:
        return _too_large()
    return None


def _too_large() -> JSONResponse:
    return error_response(
        413, REQUEST_TOO_LARGE, f"The request body is larger than {MAX_BODY_BYTES} bytes."
    )
