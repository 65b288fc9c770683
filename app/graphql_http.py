"""GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): the media type of an
answer, and the answer to a request refused before GraphQL runs it.

A client whose `Accept` prefers `application/graphql-response+json` gets it: then a request
error (the body, the document, the variables or the operation refused before execution) is a
4xx without `data`, and a response with `data` is a 200. Anyone else gets `application/json`,
where a well-formed request is answered 200 whatever its GraphQL errors, as GraphQL's own answers
have always been here. A request refused before GraphQL runs is answered with one top-level error
carrying `extensions.code` in either media type, with the status of the table below.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import Scope

from app import metrics
from schema.text import INVALID_TEXT as INVALID_TEXT  # 400: a lone surrogate or a NUL

JSON = "application/json"
GRAPHQL_RESPONSE = "application/graphql-response+json"

# The request's refusals, each with its status.
INVALID_JSON = "INVALID_JSON"  # 400: empty, not UTF-8, or not JSON
INVALID_REQUEST = "INVALID_REQUEST"  # 400: not an object, or a member of the wrong type
MISSING_QUERY = "MISSING_QUERY"  # 400: no `query`
UNKNOWN_OPERATION = "UNKNOWN_OPERATION"  # 400: `operationName` names no operation of the document
UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"  # 415: a POST body that is not application/json
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"  # 405: anything but POST runs no operation
NOT_FOUND = "NOT_FOUND"  # 404: GraphiQL, in production
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"  # 500: a fault, masked


def media_type(headers: Headers) -> str:
    """`application/graphql-response+json` when the client's `Accept` ranks it at least as high
    as `application/json` (and above zero); `application/json` otherwise, whatever it asks."""
    accept = headers.get("accept")
    if not accept or "graphql-response" not in accept:
        return JSON
    ranks = _ranks(accept)
    wanted = ranks.get(GRAPHQL_RESPONSE, 0.0)
    return GRAPHQL_RESPONSE if wanted > 0 and wanted >= ranks.get(JSON, 0.0) else JSON


def _ranks(accept: str) -> dict[str, float]:
    ranks: dict[str, float] = {}
    for part in accept.split(","):
        kind, *parameters = (item.strip() for item in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranks[kind.lower()] = max(quality, ranks.get(kind.lower(), 0.0))
    return ranks


def error_response(
    scope: Scope,
    status: int,
    code: str,
    message: str,
    *,
    headers: Mapping[str, str] | None = None,
    field: str | None = None,
) -> JSONResponse:
    """A request answered with one top-level error carrying `code` (and the `field` of the
    request it concerns), counted in the metrics."""
    metrics.refused(code)
    extensions = {"code": code} if field is None else {"code": code, "field": field}
    error = {"message": message, "extensions": extensions}
    kind = media_type(Headers(scope=scope))
    body: dict[str, Any] = {} if kind == GRAPHQL_RESPONSE else {"data": None}
    body["errors"] = [error]
    return JSONResponse(body, status_code=status, headers=headers, media_type=kind)


def is_request_error(response: Mapping[str, Any]) -> bool:
    """A GraphQL response whose errors came before execution (the document, its validation, the
    variables): no data, and no error has a path."""
    errors = response.get("errors") or []
    return response.get("data") is None and bool(errors) and not any(e.get("path") for e in errors)
