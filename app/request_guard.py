"""Refusals before GraphQL sees a POST, each with a code of its own (app.graphql_http answers
them), as a pure ASGI wrapper of the GraphQL endpoint:

- a body that is not `application/json` (415, UNSUPPORTED_MEDIA_TYPE);
- a body over `MAX_BODY_BYTES` (413, REQUEST_TOO_LARGE), refused without being read past it;
- a body that is empty, not UTF-8 or not JSON (400, INVALID_JSON);
- a batch, a JSON array of operations (400, BATCHING_NOT_SUPPORTED): one operation a request;
- any other JSON that is not an object, or whose `query`, `operationName`, `variables` or
  `extensions` has the wrong type (400, INVALID_REQUEST); no `query` (400, MISSING_QUERY);
- a `query` text over `MAX_DOCUMENT_CHARS` (413, DOCUMENT_TOO_LARGE); the token limit refuses
  documents of fewer characters but too many tokens (TOO_MANY_TOKENS);
- a string anywhere in it (a variable, an object key) with a lone surrogate or a NUL
  (400, INVALID_TEXT, the path of the variable in `extensions.field`): such text comes in JSON
  only as a `\\u` escape, so a body without one is not searched further.

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

from app.graphql_http import (
    INVALID_JSON,
    INVALID_REQUEST,
    MISSING_QUERY,
    UNSUPPORTED_MEDIA_TYPE,
    error_response,
)
from schema.text import INVALID_TEXT, MESSAGE, invalid_text_at

MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_DOCUMENT_CHARS = 100_000
REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
BATCHING_NOT_SUPPORTED = "BATCHING_NOT_SUPPORTED"
DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE"

OnRefused = Callable[[Request, list[str]], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


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


Refusal = Callable[[Scope], JSONResponse]
# The members of a GraphQL-over-HTTP request and the types each may have (null: absent).
MEMBER_TYPES: dict[str, type] = {
    "query": str,
    "operationName": str,
    "variables": dict,
    "extensions": dict,
}


class RequestGuard:
    def __init__(self, app: ASGIApp, on_refused: OnRefused | None = None) -> None:
        self.app = app
        self.on_refused = on_refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        refusal = _declared_too_large(scope) or _not_json(scope)
        if refusal is None:
            try:
                body = await read_body(receive)
            except BodyTooLarge:
                refusal = _too_large
        if refusal is None:
            refusal = await self._refusal(scope, body)
        if refusal is not None:
            await refusal(scope)(scope, receive, send)
            return
        await self.app(scope, replaying(body), send)

    async def _refusal(self, scope: Scope, body: bytes) -> Refusal | None:
        try:
            text = body.decode()  # strictly UTF-8: json.loads(bytes) would let surrogates in
            parsed: Any = json.loads(text)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError alike
            return refused(400, INVALID_JSON, "The body is not JSON in UTF-8.")
        if isinstance(parsed, list):
            await self._count(scope, [_query_of(item) for item in parsed])
            return refused(
                400, BATCHING_NOT_SUPPORTED, "Send one operation per request: no batches."
            )
        query = _query_of(parsed)
        if len(query) > MAX_DOCUMENT_CHARS:
            await self._count(scope, [query])
            return refused(
                413,
                DOCUMENT_TOO_LARGE,
                f"The query document is longer than {MAX_DOCUMENT_CHARS} characters.",
            )
        return _malformed(parsed) or _invalid_text(text, parsed)

    async def _count(self, scope: Scope, queries: list[str]) -> None:
        if self.on_refused is not None:
            await self.on_refused(Request(scope), [q for q in queries if q])


def refused(status: int, code: str, message: str, field: str | None = None) -> Refusal:
    """The answer to the request of a scope: one top-level error with this status and code."""
    return lambda scope: error_response(scope, status, code, message, field=field)


def _malformed(parsed: Any) -> Refusal | None:
    if not isinstance(parsed, dict):
        message = "The body must be a JSON object with a `query` (and `variables`, ...)."
        return refused(400, INVALID_REQUEST, message)
    for member, kind in MEMBER_TYPES.items():
        value = parsed.get(member)
        if value is not None and not isinstance(value, kind):
            article = "a string" if kind is str else "an object"
            return refused(400, INVALID_REQUEST, f"`{member}` must be {article} or null.")
    if not parsed.get("query"):
        return refused(400, MISSING_QUERY, "The request has no `query`.")
    return None


def _invalid_text(text: str, parsed: dict[str, Any]) -> Refusal | None:
    if "\\u" not in text:
        return None
    where = invalid_text_at(parsed)
    return None if where is None else refused(400, INVALID_TEXT, MESSAGE, where)


def _query_of(item: Any) -> str:
    query = item.get("query") if isinstance(item, dict) else None
    return query if isinstance(query, str) else ""


def _declared_too_large(scope: Scope) -> Refusal | None:
    length = Headers(scope=scope).get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY_BYTES:
        return _too_large
    return None


def _not_json(scope: Scope) -> Refusal | None:
    content_type = Headers(scope=scope).get("content-type", "")
    if content_type.partition(";")[0].strip().lower() == "application/json":
        return None
    return refused(
        415, UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json (a JSON object)."
    )


def _too_large(scope: Scope) -> JSONResponse:
    return error_response(
        scope,
        413,
        REQUEST_TOO_LARGE,
        f"The request body is larger than {MAX_BODY_BYTES} bytes.",
    )
