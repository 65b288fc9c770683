"""The partner console's files at /console/, and the setting that turns it off."""

import httpx
import pytest

from app.main import create_app
from app.settings import Settings


def console_client(enabled: bool) -> httpx.AsyncClient:
    settings = Settings(_env_file=None, CONSOLE_ENABLED=enabled)  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=create_app(settings))
    return httpx.AsyncClient(transport=transport, base_url="http://test")


async def test_the_console_page_is_served_with_a_strict_policy() -> None:
    async with console_client(True) as client:
        response = await client.get("/console/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "<title>Partner console</title>" in response.text


@pytest.mark.parametrize("name", ["console.js", "webhooks.js", "console.css", "messages.js"])
async def test_the_console_files_are_served(name: str) -> None:
    async with console_client(True) as client:
        response = await client.get(f"/console/{name}")
    assert response.status_code == 200
    assert "https://" not in response.text  # nothing from the internet


async def test_console_without_the_slash_goes_to_the_page() -> None:
    async with console_client(True) as client:
        response = await client.get("/console")
    assert response.status_code == 308
    assert response.headers["location"] == "/console/"


async def test_the_console_can_be_turned_off() -> None:
    async with console_client(False) as client:
        page = await client.get("/console/")
        script = await client.get("/console/console.js")
    assert (page.status_code, script.status_code) == (404, 404)


def test_the_console_is_on_by_default_in_production_too() -> None:
    settings = Settings(_env_file=None, PRODUCTION=True)  # type: ignore[call-arg]
    assert settings.CONSOLE_ENABLED is True
