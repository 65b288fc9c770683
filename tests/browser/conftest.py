"""Browser tests: Debian's headless Chromium driven by Playwright against `partnerlink serve` in
a subprocess (the e2e fixtures' server, its own database, SMTP on 127.0.0.1).

Chromium is `/usr/bin/chromium` (`PARTNERLINK_CHROMIUM` overrides it); Playwright's own browser
downloads are never used. Without it the tests skip with the reason, except when `CI` is set,
where that is a failure (`.ci/run` installs it). Every request the page makes to a host other than
127.0.0.1 is refused and recorded, so a test proves that nothing comes from the internet.
Screenshots go to `var/test-artifacts/browser/` (`PARTNERLINK_ARTIFACTS` overrides the folder).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import (  # noqa: F401 (fixtures, shared)
    server,
    server_database_url,
    smtp,
)
from tests.live_server import pytest_runtest_makereport  # noqa: F401 (the report hook)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("PARTNERLINK_CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
ARTIFACTS = Path(os.environ.get("PARTNERLINK_ARTIFACTS", ROOT / "var" / "test-artifacts"))
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = (
        f"Chromium not found at {CHROMIUM}: install Debian's chromium "
        "(apt-get install chromium) or set PARTNERLINK_CHROMIUM"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so this is a failure, not a skip")
    pytest.skip(reason)


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Any]:
    require_chromium()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=FLAGS, headless=True
        )
        try:
            yield launched
        finally:
            await launched.close()


@dataclass
class Tab:
    """A page in a fresh browser context at phone width, and the requests it tried to send
    anywhere but this machine."""

    page: Any
    outside: list[str] = field(default_factory=list)


@pytest.fixture
async def tab(browser: Any) -> AsyncIterator[Tab]:
    context = await browser.new_context(viewport=PHONE, device_scale_factor=1, locale="en-US")
    opened = Tab(await context.new_page())

    async def only_local(route: Any) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            await route.continue_()
        else:
            opened.outside.append(route.request.url)
            await route.abort("internetdisconnected")

    await context.route("**/*", only_local)
    try:
        yield opened
    finally:
        await context.close()


def artifact(name: str) -> Path:
    """Where a screenshot named `name` is kept."""
    folder = ARTIFACTS / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.png"
