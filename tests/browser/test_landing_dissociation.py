"""The landing page shows a signed-in customer its partner's pending request to end the
association, and lets it approve or reject it with a reason (headless Chromium, phone width)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.browser.checks import assert_every_field_is_labelled, assert_fits_and_keep, visible_text
from tests.browser.conftest import Tab
from tests.e2e.conftest import Server
from tests.support.journey import Seeded, seed


async def graphql(server: Server, key: str, query: str, **variables: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        response = await client.post(
            "/graphql",
            json={"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {key}"},
        )
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


async def associate_through_the_page(tab: Tab, server: Server, seeded: Seeded) -> Any:
    """orion, invited online by the reseller Nimbus Resale, logs in and associates."""
    nimbus, orion = seeded.partner("reseller"), seeded.account("recent")
    created = await graphql(
        server,
        nimbus["key"],
        "mutation($name: String!) { createInvitation(input: {kind: ONLINE, "
        "inviteeAccountName: $name}) { token } }",
        name=orion["accountName"],
    )
    page = tab.page
    await page.goto(f"{server.base_url}/invite/{created['createInvitation']['token']}")
    await page.check("#accept-instructions")
    await page.click("#terms-next")
    await page.fill("#login-account", orion["accountName"])
    await page.fill("#login-password", orion["password"])
    await page.click("#login")
    await visible_text(page, "#enable-title")
    await page.check("#accept-agreement")
    await page.click("#associate")
    await visible_text(page, "#done-summary")
    assert await page.locator("#dissociation").is_hidden()
    return page


async def partner_asks_to_dissociate(server: Server, seeded: Seeded, reason: str) -> None:
    key = seeded.partner("reseller")["key"]
    found = await graphql(server, key, "{ customers { edges { node { id } } } }")
    customer_id = found["customers"]["edges"][0]["node"]["id"]
    asked = await graphql(
        server,
        key,
        "mutation($id: ID!, $reason: String!) { requestDissociation(input: "
        "{customerId: $id, reason: $reason}) { errors { code } } }",
        id=customer_id,
        reason=reason,
    )
    assert asked["requestDissociation"]["errors"] == []


async def partners_view(server: Server, seeded: Seeded) -> list[dict[str, Any]]:
    found = await graphql(
        server,
        seeded.partner("reseller")["key"],
        "{ customers { edges { association { state } node { dissociationRequests "
        "{ state answerReason } } } } }",
    )
    edges: list[dict[str, Any]] = found["customers"]["edges"]
    return edges


async def test_the_customer_rejects_its_partners_request_with_a_reason(
    tab: Tab, server: Server
) -> None:
    seeded = seed(server)
    page = await associate_through_the_page(tab, server, seeded)
    await partner_asks_to_dissociate(server, seeded, "We are closing our cloud practice")

    await page.reload()
    title = await visible_text(page, "#dissociation-title")
    assert title == "Nimbus Resale asks to end your association"
    summary = await visible_text(page, "#dissociation-summary")
    assert "We are closing our cloud practice" in summary
    await assert_every_field_is_labelled(page)
    await assert_fits_and_keep(page, "dissociation-1-asked")

    await page.click("#dissociation-reject")  # without a reason: said in words, nothing sent
    assert await visible_text(page, "#dissociation-reason-error") == "This is required."
    assert await page.get_attribute("#dissociation-reason", "aria-invalid") == "true"
    await page.fill("#dissociation-reason", "My contract runs until June")
    await page.click("#dissociation-reject")

    outcome = await visible_text(page, "#dissociation-outcome")
    assert outcome == "You rejected the request: your account stays associated with Nimbus Resale."
    assert await page.locator("#dissociation").is_hidden()
    await assert_fits_and_keep(page, "dissociation-2-rejected")
    assert await partners_view(server, seeded) == [
        {
            "association": {"state": "ACTIVE"},
            "node": {
                "dissociationRequests": [
                    {"state": "REJECTED", "answerReason": "My contract runs until June"}
                ]
            },
        }
    ]
    assert tab.outside == []


async def test_the_customer_approves_by_keyboard_and_the_association_ends(
    tab: Tab, server: Server
) -> None:
    seeded = seed(server)
    page = await associate_through_the_page(tab, server, seeded)
    await partner_asks_to_dissociate(server, seeded, "Moving you to a direct contract")

    await page.reload()
    await visible_text(page, "#dissociation-title")
    await page.focus("#dissociation-reason")
    await page.keyboard.type("Fine by me")
    await page.keyboard.press("Tab")
    assert await page.evaluate("() => document.activeElement.id") == "dissociation-approve"
    await page.keyboard.press("Enter")

    outcome = await visible_text(page, "#dissociation-outcome")
    assert outcome.startswith("Your account is no longer associated with Nimbus Resale.")
    edges = await partners_view(server, seeded)
    assert edges[0]["association"] == {"state": "DISSOLVED"}
    assert edges[0]["node"]["dissociationRequests"] == [
        {"state": "APPROVED", "answerReason": "Fine by me"}
    ]
    assert tab.outside == []
