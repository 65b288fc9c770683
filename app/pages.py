"""Public pages beside the API: the documents customers agree to (`app.documents`) at
`/documents/{document}` (the current version) and `/documents/{document}/{version}`, the site's
icon at `/favicon.ico`, and in development `/`, which leads to GraphiQL."""

from __future__ import annotations

from html import escape
from pathlib import Path

from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import BaseRoute, Route

from app.documents import TITLES, current_version, document_file, versions
from app.invite import PAGE_POLICY
from app.settings import Settings

FAVICON = Path(__file__).resolve().parent / "static" / "favicon.ico"
PAGE_HEADERS = {"Content-Security-Policy": PAGE_POLICY, "X-Content-Type-Options": "nosniff"}


async def current_document(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    document: str = request.path_params["document"]
    version = current_version(
        settings.DOCUMENTS_DIR, document, settings.RESELLER_INSTRUCTIONS_VERSION
    )
    return _page(settings, document, version, depth=2, cache="no-cache")


async def document_version(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    document, version = request.path_params["document"], request.path_params["version"]
    return _page(settings, document, version, depth=3, cache="public, max-age=86400")


def _page(
    settings: Settings, document: str, version: str | None, depth: int, cache: str
) -> Response:
    folder = settings.DOCUMENTS_DIR
    path = document_file(folder, document, version) if version else None
    if path is None or version is None:
        return PlainTextResponse("No such document.", status_code=404)
    up = "../" * (depth - 1)
    others = [v for v in versions(folder, document) if v != version]
    fragment = path.read_text(encoding="utf-8")
    html = render(TITLES[document], version, fragment, up, _other_versions(document, others, up))
    return HTMLResponse(html, headers={**PAGE_HEADERS, "Cache-Control": cache})


def render(title: str, version: str, fragment: str, up: str, others: str) -> str:
    """The page around a document's fragment (the operator's own HTML, served as written)."""
    return f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{escape(title)} (version {escape(version)})</title>
    <link rel="stylesheet" href="{up}landing/landing.css">
  </head>
  <body>
    <main id="main" class="document">
      <header class="masthead">
        <p class="brand">partnerlink</p>
        <h1 id="title">{escape(title)}</h1>
        <p class="lede">Version <span id="version">{escape(version)}</span></p>
      </header>
      <article class="card">
{fragment}
      </article>
      {others}
    </main>
  </body>
</html>
"""


def _other_versions(document: str, others: list[str], up: str) -> str:
    if not others:
        return ""
    links = ", ".join(
        f'<a href="{up}documents/{document}/{escape(v)}">{escape(v)}</a>' for v in others
    )
    return f'<p class="hint">Other versions: {links}.</p>'


async def home(request: Request) -> Response:
    """In development the address printed by `serve` opens GraphiQL, not a 404. Production has
    no GraphiQL, and no page here."""
    settings: Settings = request.app.state.settings
    if settings.PRODUCTION:
        return PlainTextResponse("Not Found", status_code=404)
    return RedirectResponse("graphql", status_code=307)


async def favicon(request: Request) -> Response:
    return FileResponse(
        FAVICON, media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"}
    )


def page_routes() -> list[BaseRoute]:
    return [
        Route("/documents/{document}", current_document, methods=["GET"]),
        Route("/documents/{document}/{version}", document_version, methods=["GET"]),
        Route("/favicon.ico", favicon, methods=["GET"]),
        Route("/", home, methods=["GET"]),
    ]
