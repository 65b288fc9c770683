"""The console's Webhooks page in headless Chromium at phone width, against a real server that
allows webhook targets on loopback, and a real receiver on 127.0.0.1 (`tests.webhook_receiver`,
which verifies each signature with `standardwebhooks`): an ADMIN key makes an endpoint and sees
its secret once, sends a test message that the receiver verifies with that secret, sees the
delivery and its attempt, sends an event again, changes, disables, rotates and deletes; MANAGE
and READ keys see what their role allows. Each test makes the endpoints it needs."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from playwright.async_api import TimeoutError as PlaywrightTimeout
from standardwebhooks.webhooks import Webhook

from app.database import Dialect
from tests.browser import test_console
from tests.browser.checks import tab_to, visible_text
from tests.browser.conftest import PHONE, artifact
from tests.browser.test_console import Console, assert_accessible, sign_in
from tests.live_server import scratch_database, server_env, start, stop, workdir_in
from tests.test_mail import free_port
from tests.webhook_receiver import Receiver, receiving

ARRIVAL_SECONDS = 30.0
PARTNER = "Nimbus Resale"
KEY = re.compile(r"^(plk_\S+)$", re.MULTILINE)

page = test_console.page  # the fixture: a tab at phone width with axe-core, nothing from outside


@pytest.fixture(scope="module")
async def hooks_database(
    dialect: Dialect, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    async with scratch_database(dialect, tmp_path_factory.mktemp("hooks"), "hooks") as url:
        yield url


@pytest.fixture(scope="module")
def hooks(hooks_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    """One server for the module, webhooks to loopback allowed, with a partner and three keys."""
    folder = tmp_path_factory.mktemp("hooks-server")
    env = server_env(hooks_database, free_port(), WEBHOOK_ALLOW_PRIVATE_TARGETS="true")
    running = start(env, workdir_in(folder), folder / "server.log")
    try:
        running.command("partners", "create", "--name", PARTNER, "--model", "reseller")
        keys = {}
        for role in ("admin", "manage", "read"):
            issued = running.command(
                "keys", "issue", "--partner", "1", "--label", f"{role} staff", "--role", role
            )
            found = KEY.search(issued)
            assert found, issued
            keys[role] = found.group(1)
        partner = {"name": PARTNER, "key": keys["admin"], "manageKey": keys["manage"]}
        yield Console(running, {"partner": partner | {"readKey": keys["read"]}, "customers": {}})
    finally:
        stop(running.process)


async def graphql(hooks: Console, query: str, **variables: Any) -> Any:
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(
            hooks.server.graphql_url,
            json={"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {hooks.key}"},
        )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


async def arrived(receiver: Receiver, count: int) -> None:
    """The receiver has got `count` requests (or the test fails after ARRIVAL_SECONDS)."""
    deadline = time.monotonic() + ARRIVAL_SECONDS
    while len(receiver.received) < count:
        assert time.monotonic() < deadline, f"{len(receiver.received)} of {count} arrived"
        await asyncio.sleep(0.1)


async def refreshed_until(page: Any, locator: Any) -> None:
    """ "Refresh deliveries" until `locator` shows (the attempt is written after the answer)."""
    for _ in range(int(ARRIVAL_SECONDS)):
        await page.click("#refresh-webhooks")
        try:
            await locator.wait_for(timeout=1000)
        except PlaywrightTimeout:
            continue
        return
    raise AssertionError(f"{locator} did not show")


def card(page: Any, url: str) -> Any:
    return page.locator(f'article.endpoint[data-url="{url}"]')


async def confirm(page: Any, answer: str) -> None:
    await page.locator("#confirm").wait_for(state="visible")
    await page.click(f"#confirm-{answer}")
    await page.locator("#confirm").wait_for(state="hidden")


async def test_an_admin_key_sets_up_an_endpoint_that_receives_a_signed_test_event(
    page: Any, hooks: Console
) -> None:
    await page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    async with receiving() as receiver:
        await page.goto(hooks.url + "#/webhooks")
        await sign_in(page, hooks.key)
        await page.locator("#endpoints-count", has_text="endpoint").wait_for()
        assert await page.get_attribute('nav a[data-view="webhooks"]', "aria-current") == "page"
        await assert_accessible(page, "webhooks-1-new")

        # Refused: an empty URL by the page, a URL that is none by the server, beside the field.
        await tab_to(page, "#create-webhook", limit=60)
        await page.keyboard.press("Enter")
        assert await visible_text(page, "#w-url-error") == "This is required."
        await page.fill("#w-url", "hooks.example.com/partnerlink")
        await page.click("#create-webhook")
        assert "its scheme (https or http)" in await visible_text(page, "#w-url-error")
        assert await page.get_attribute("#w-url", "aria-invalid") == "true"

        # Made by keyboard: the URL, a description and one type from the catalogue.
        await page.fill("#w-url", receiver.url)
        await page.fill("#w-description", "CRM")
        await page.check('#w-types input[value="invitation.revoked"]')
        await page.press("#w-description", "Enter")
        await page.locator("#webhook-secret").wait_for(state="visible")
        secret = await page.input_value("#secret-value")
        assert secret.startswith("whsec_")
        assert "will not be shown again" in await visible_text(page, "#webhook-secret")
        await page.click("#copy-secret")
        assert await visible_text(page, "#secret-copied") == "The secret is copied."
        assert await page.evaluate("() => navigator.clipboard.readText()") == secret
        await assert_accessible(page, "webhooks-2-secret-once")
        endpoint = card(page, receiver.url)
        assert "Enabled" in await endpoint.locator(".endpoint-state").inner_text()
        assert await endpoint.locator(".event-types").inner_text() == "Invitation revoked"
        assert "Nothing sent yet." in await endpoint.locator(".deliveries").inner_text()

        # Kept, the secret leaves the page for good.
        await page.click("#secret-done")
        assert await page.locator("#webhook-secret").is_hidden()
        assert secret not in await page.content()
        await page.reload()
        await page.locator(f'article.endpoint[data-url="{receiver.url}"]').wait_for()
        assert secret not in await page.content()

        # A test message: the receiver verifies it with that secret; its attempt appears.
        receiver.secrets.append(secret)
        await endpoint.locator("button", has_text="Send a test event").click()
        await arrived(receiver, 1)
        test = receiver.received[0]
        assert receiver.refused == [] and test.type == "webhook.test"
        assert Webhook(secret).verify(test.body, test.headers) == test.payload
        delivered = endpoint.locator(f'.delivery[data-webhook-id="{test.webhook_id}"]')
        await delivered.locator(".attempt").wait_for()
        await page.locator(
            f'.delivery[data-webhook-id="{test.webhook_id}"][data-state="SUCCEEDED"]'
        ).wait_for()
        attempt = await delivered.locator(".attempt").inner_text()
        assert re.match(r"Attempt 1, .* UTC: HTTP 200 in \d+ ms", attempt), attempt
        assert "Answer: ok" in attempt
        await assert_accessible(page, "webhooks-3-delivered")

        # An event of its type arrives; "Redeliver" sends it again with the same webhook-id.
        made = await graphql(
            hooks, "mutation { createInvitation(input: {}) { invitation { id } } }"
        )
        invitation = made["createInvitation"]["invitation"]["id"]
        revoked = await graphql(hooks, REVOKE, id=invitation)
        assert revoked["revokeInvitation"]["errors"] == []
        await arrived(receiver, 2)
        event = receiver.received[1]
        assert event.type == "invitation.revoked" and event.payload is not None
        event_rows = endpoint.locator(f'.delivery[data-webhook-id="{event.webhook_id}"]')
        await refreshed_until(page, event_rows.first.locator(".attempt"))
        await event_rows.first.locator("button", has_text="Redeliver").click()
        await page.locator("#status", has_text="sent again").wait_for()
        await arrived(receiver, 3)
        assert receiver.received[2].webhook_id == event.webhook_id
        assert receiver.received[2].body == event.body
        await (
            page.locator(f'.delivery[data-webhook-id="{event.webhook_id}"][data-state="SUCCEEDED"]')
            .nth(1)
            .wait_for()
        )

        # Changed: another type and description, in the form under the endpoint.
        await endpoint.locator("button", has_text="Edit").click()
        assert await page.evaluate("() => document.activeElement.id") == "edit-title"
        assert await page.input_value("#we-description") == "CRM"
        assert await page.is_checked('#we-types input[value="invitation.revoked"]')
        await page.check('#we-types input[value="order.placed"]')
        await page.fill("#we-description", "CRM, orders too")
        await assert_accessible(page, "webhooks-4-edit")
        await page.click("#save-webhook")
        await page.locator("#status", has_text="The endpoint is changed.").wait_for()
        types = await endpoint.locator(".event-types").inner_text()
        assert types == "Invitation revoked; Order placed"
        assert "CRM, orders too" in await endpoint.inner_text()

        # Disabled after a question, with the reason and since when; enabled again.
        await endpoint.locator("button", has_text="Disable").click()
        await confirm(page, "yes")
        await page.locator("#status", has_text="The endpoint is disabled").wait_for()
        state = await endpoint.locator(".endpoint-state").inner_text()
        assert "Disabled" in state and "since" in state and "Disabled by the partner." in state
        assert await endpoint.get_attribute("data-enabled") == "false"
        assert await endpoint.locator("button", has_text="Send a test event").count() == 0
        await endpoint.locator("button", has_text="Enable").click()
        await page.locator("#status", has_text="The endpoint is enabled").wait_for()
        assert await endpoint.get_attribute("data-enabled") == "true"

        # Rotated: a new secret, shown once, the old one signing beside it for the overlap.
        await endpoint.locator("button", has_text="Rotate secret").click()
        await confirm(page, "yes")
        await page.locator("#webhook-secret").wait_for(state="visible")
        rotated = await page.input_value("#secret-value")
        assert rotated.startswith("whsec_") and rotated != secret
        overlap = await visible_text(page, "#secret-overlap")
        assert "previous secret keeps signing" in overlap
        assert "Previous secret" in await endpoint.inner_text()
        receiver.secrets[:] = [rotated]
        await endpoint.locator("button", has_text="Send a test event").click()
        await arrived(receiver, 4)
        assert receiver.received[3].payload is not None and receiver.refused == []
        await page.screenshot(path=str(artifact("console-webhooks-rotated")), full_page=True)

        # Leaving the page and coming back, the secret is gone.
        await page.click('nav a[data-view="overview"]')
        await page.locator("#view-overview").wait_for()
        await page.click('nav a[data-view="webhooks"]')
        await endpoint.wait_for()
        assert await page.locator("#webhook-secret").is_hidden()
        assert await page.input_value("#secret-value") == ""

        # The README's picture of the page, at a desktop width.
        await page.set_viewport_size({"width": 1000, "height": 900})
        await page.screenshot(path=str(artifact("console-webhooks")), full_page=True)
        await page.set_viewport_size(PHONE)

        # Deleted after a question: a "no" keeps it, a "yes" deletes it.
        await endpoint.locator("button", has_text="Delete").click()
        await confirm(page, "no")
        assert await endpoint.count() == 1
        await endpoint.locator("button", has_text="Delete").click()
        await confirm(page, "yes")
        await page.locator("#status", has_text="The endpoint is deleted.").wait_for()
        assert await endpoint.count() == 0


REVOKE = "mutation($id: ID!) { revokeInvitation(input: {invitationId: $id}) { errors { code } } }"
CREATE = """mutation($url: String!) {
  createWebhookEndpoint(input: {url: $url, description: "ERP"}) { errors { code } }
}"""


async def test_manage_and_read_keys_see_only_what_their_role_allows(
    page: Any, hooks: Console
) -> None:
    url = "http://127.0.0.1:9/read-only"
    assert (await graphql(hooks, CREATE, url=url))["createWebhookEndpoint"]["errors"] == []

    # MANAGE: sends a test message, changes nothing.
    await page.goto(hooks.url + "#/webhooks")
    await sign_in(page, hooks.data["partner"]["manageKey"])
    endpoint = card(page, url)
    await endpoint.wait_for()
    assert await page.locator("#webhook-form").is_hidden()
    visible = await endpoint.locator("button:visible").all_inner_texts()
    assert visible == ["Send a test event"]

    # READ: the list and its deliveries, no button at all.
    await page.click("#sign-out")
    await page.goto(hooks.url + "#/webhooks")
    await sign_in(page, hooks.data["partner"]["readKey"])
    await endpoint.wait_for()
    assert await visible_text(page, "#who-role") == "READ key"
    assert "ERP" in await endpoint.inner_text()
    assert await page.locator("#webhook-form").is_hidden()
    assert await endpoint.locator("button").count() >= 1  # made, hidden
    assert await page.locator("#view-webhooks button:visible").all_inner_texts() == [
        "Refresh deliveries"
    ]
    await assert_accessible(page, "webhooks-5-read-key")
