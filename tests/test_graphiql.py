"""GraphiQL's CDN files: found in Strawberry's page, checked against their integrity hashes, and
loaded from /graphiql-assets/ when present."""

import base64
import hashlib
from pathlib import Path

import httpx

from app.graphiql import URL_PREFIX, assets_in, ide_html, localize, matches
from app.main import create_app
from app.settings import Settings

EXPECTED = {
    "react@18.2.0/umd/react.production.min.js",
    "react-dom@18.2.0/umd/react-dom.production.min.js",
    "js-cookie@3.0.5/dist/js.cookie.min.js",
    "graphiql@3.8.3/graphiql.min.css",
    "graphiql@3.8.3/graphiql.min.js",
    "@graphiql/plugin-explorer@1.0.2/dist/style.css",
    "@graphiql/plugin-explorer@1.0.2/dist/index.umd.js",
}


def test_the_page_loads_these_files_each_with_an_integrity_hash() -> None:
    assets = assets_in(ide_html())
    assert {asset.relative for asset in assets} == EXPECTED
    assert all(asset.integrity.startswith("sha384-") for asset in assets)


def test_integrity_hashes_are_checked() -> None:
    content = b"console.log('hi')"
    good = "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()
    assert matches(content, good)
    assert not matches(content + b" ", good)


def test_files_present_are_loaded_locally_the_others_from_the_cdn(tmp_path: Path) -> None:
    html = ide_html()
    react = next(a for a in assets_in(html) if a.package == "react")
    react.local_file(tmp_path).parent.mkdir(parents=True)
    react.local_file(tmp_path).write_text("react")

    page = localize(html, tmp_path)
    assert f'src="{URL_PREFIX}/react@18.2.0/umd/react.production.min.js"' in page
    assert react.url not in page
    assert f'integrity="{react.integrity}"' in page  # the browser checks the local file too
    assert "https://unpkg.com/graphiql@3.8.3/graphiql.min.js" in page
    assert localize(html, tmp_path / "absent") == html


async def test_graphiql_page_and_assets_over_http() -> None:
    app = create_app(Settings(DATABASE_URL="sqlite://:memory:"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        page = await client.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "graphiql" in page.text.lower()
        missing = await client.get(f"{URL_PREFIX}/nothing@1.0.0/x.js")
        assert missing.status_code == 404
