"""What an invitation's URL serves: the landing page at `/invite/{token}` and its QR code at
`/invite/{token}/qr.svg` and `/invite/{token}/qr.png`, plus the page's static files.

The landing page is one static document for every token: its script reads the token from the
address and asks the GraphQL API everything else, as any other client would. The URL carries a
secret, so nothing here may be cached or sent on as a referrer.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pycountry
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from app.links import invitation_url
from app.settings import Settings
from rules.invitations import find_invitation
from rules.qr import PNG_MEDIA_TYPE, SVG_MEDIA_TYPE, qr_png, qr_svg

STATIC = Path(__file__).resolve().parent / "static" / "landing"
ASSETS_PATH = "/landing"

SECRET_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


async def landing_page(request: Request) -> Response:
    """The same page for every token, known or not: the page asks the API what it is."""
    return FileResponse(
        STATIC / "index.html",
        media_type="text/html; charset=utf-8",
        headers={**SECRET_HEADERS, "Content-Security-Policy": PAGE_POLICY},
    )


async def qr_code_svg(request: Request) -> Response:
    return await _qr_code(request, "svg")


async def qr_code_png(request: Request) -> Response:
    return await _qr_code(request, "png")


async def _qr_code(request: Request, kind: str) -> Response:
    """The QR code of the invitation's URL; 404 for a token that names no invitation."""
    token: str = request.path_params["token"]
    if await find_invitation(token) is None:
        return PlainTextResponse("No such invitation.", status_code=404, headers=SECRET_HEADERS)
    settings: Settings = request.app.state.settings
    url = invitation_url(settings, token)
    headers = {**SECRET_HEADERS, "Content-Security-Policy": IMAGE_POLICY}
    if kind == "svg":
        return Response(qr_svg(url), media_type=SVG_MEDIA_TYPE, headers=headers)
    return Response(qr_png(url), media_type=PNG_MEDIA_TYPE, headers=headers)


@lru_cache(maxsize=1)
def countries_json() -> bytes:
    """ISO 3166-1 countries as `[{"code": "DE", "name": "Germany"}, ...]`, sorted by name."""
    countries = sorted(
        (
            {"code": c.alpha_2, "name": getattr(c, "common_name", c.name)}
            for c in pycountry.countries
        ),
        key=lambda country: country["name"],
    )
    return json.dumps(countries, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


async def countries(request: Request) -> Response:
    return Response(
        countries_json(),
        media_type="application/json",
        headers={"Cache-Control": "public, max-age=86400"},
    )


def invitation_routes() -> list[BaseRoute]:
    return [
        Route("/invite/{token}", landing_page, methods=["GET"]),
        Route("/invite/{token}/qr.svg", qr_code_svg, methods=["GET"]),
        Route("/invite/{token}/qr.png", qr_code_png, methods=["GET"]),
        Route(f"{ASSETS_PATH}/countries.json", countries, methods=["GET"]),
        Mount(ASSETS_PATH, app=StaticFiles(directory=STATIC), name="landing"),
    ]
