"""The partner console at `/console/`: one static page, its script and styles, no build step.

The page is the same for everyone; it signs in with the partner's API key (kept in the tab's
sessionStorage) and does everything through `POST /graphql`, as any other client would.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static" / "console"
PATH = "/console"

PAGE_HEADERS = {
    "Cache-Control": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
}


async def console_page(request: Request) -> Response:
    return FileResponse(
        STATIC / "index.html", media_type="text/html; charset=utf-8", headers=PAGE_HEADERS
    )


async def to_console(request: Request) -> Response:
    return RedirectResponse(f"{PATH}/", status_code=308)


def console_routes() -> list[BaseRoute]:
    return [
        Route(PATH, to_console, methods=["GET"]),
        Route(f"{PATH}/", console_page, methods=["GET"]),
        Mount(PATH, app=StaticFiles(directory=STATIC), name="console"),
    ]
