"""`GET /metrics`: the Prometheus text format (app.metrics), when the settings serve it.

Served when `metrics_enabled` (on in development; in production only with METRICS_ENABLED=true),
else answered 404 as an unknown path would be. With METRICS_TOKEN set, the scraper sends it as
`Authorization: Bearer <token>`; without it, or with another, 401.
"""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from app import metrics
from app.settings import Settings


async def metrics_endpoint(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    if not settings.metrics_enabled:
        return PlainTextResponse("Not Found", status_code=404)
    if settings.METRICS_TOKEN is not None and not _bearer_is(
        request, settings.METRICS_TOKEN.get_secret_value()
    ):
        return PlainTextResponse(
            "Send the metrics token as a Bearer token.",
            status_code=401,
            headers={"WWW-Authenticate": 'Bearer realm="metrics"'},
        )
    body = await metrics.exposition(settings.DATABASE_URL)
    return Response(body, media_type=metrics.CONTENT_TYPE)


def _bearer_is(request: Request, token: str) -> bool:
    scheme, _, sent = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(sent.strip().encode(), token.encode())
