"""The documents customers agree to, served as pages from a folder the operator can replace, and
the site's icon."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.main import create_app
from app.settings import Settings

SHIPPED_DOCUMENTS = [
    "reseller-instructions",
    "authorization-letter",
    "customer-agreement",
    "privacy-statement",
]


def client_for(**settings: Any) -> httpx.AsyncClient:
    app = create_app(Settings(_env_file=None, DATABASE_URL="sqlite://:memory:", **settings))  # type: ignore[call-arg]
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with client_for() as http:
        yield http


@pytest.mark.parametrize("document", SHIPPED_DOCUMENTS)
async def test_each_document_agreed_to_has_a_page(client: httpx.AsyncClient, document: str) -> None:
    response = await client.get(f"/documents/{document}")

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert '<span id="version">2024-08-29</span>' in response.text
    assert '<link rel="stylesheet" href="../landing/landing.css">' in response.text
    versioned = await client.get(f"/documents/{document}/2024-08-29")
    assert versioned.status_code == 200
    assert '<link rel="stylesheet" href="../../landing/landing.css">' in versioned.text


async def test_the_instructions_page_is_the_version_associations_record(tmp_path: Path) -> None:
    folder = documents_folder(tmp_path)
    (folder / "reseller-instructions" / "2026-05-01.html").write_text("<p>Newer, not agreed</p>")
    (folder / "customer-agreement" / "2026-05-01.html").write_text("<p>The agreement, v2</p>")

    async with client_for(DOCUMENTS_DIR=str(folder)) as client:
        instructions = await client.get("/documents/reseller-instructions")
        agreement = await client.get("/documents/customer-agreement")
        older = await client.get("/documents/customer-agreement/2024-08-29")

    assert '<span id="version">2024-08-29</span>' in instructions.text  # the setting's version
    assert "Newer, not agreed" not in instructions.text
    assert 'href="../documents/reseller-instructions/2026-05-01"' in instructions.text
    assert "The agreement, v2" in agreement.text  # the last version otherwise
    assert older.status_code == 200 and "The agreement, v2" not in older.text


@pytest.mark.parametrize(
    "path",
    [
        "/documents/terms-of-sale",
        "/documents/customer-agreement/1999-01-01",
        "/documents/customer-agreement/..%2F..%2Fsettings",
        "/documents/customer-agreement/.hidden",
    ],
)
async def test_unknown_documents_and_versions_are_not_found(
    client: httpx.AsyncClient, path: str
) -> None:
    assert (await client.get(path)).status_code == 404


async def test_the_favicon_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/favicon.ico")

    assert response.status_code == 200
    assert response.headers["content-type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an icon file


def documents_folder(tmp_path: Path) -> Path:
    """A copy of the shipped documents, for a test to change."""
    shipped = Path(__file__).resolve().parents[1] / "app" / "static" / "documents"
    folder = tmp_path / "documents"
    for document in SHIPPED_DOCUMENTS:
        (folder / document).mkdir(parents=True)
        for version in (shipped / document).glob("*.html"):
            (folder / document / version.name).write_bytes(version.read_bytes())
    return folder


async def test_the_root_leads_to_graphiql_in_development_only() -> None:
    async with client_for() as development:
        response = await development.get("/")
    assert (response.status_code, response.headers["location"]) == (307, "graphql")
    async with client_for(PRODUCTION=True) as production:
        assert (await production.get("/")).status_code == 404
