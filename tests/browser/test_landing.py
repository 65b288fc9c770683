"""The landing page in headless Chromium at phone width, against a real server: the reference's
steps for each kind of invitation, errors in words, keyboard use, labels and width."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from tests.browser.checks import (
    assert_every_field_is_labelled,
    assert_fits_and_keep,
    tab_to,
    visible_text,
)
from tests.browser.conftest import PHONE, Tab
from tests.e2e.conftest import Server
from tests.rules.mailbox import code_in
from tests.support.journey import seed
from tests.test_mail import SmtpServer, body_of

MAIL_TIMEOUT_SECONDS = 10.0
PASSWORD = "a long enough password"


async def emailed_code(smtp: SmtpServer, count: int = 1) -> str:
    deadline = time.monotonic() + MAIL_TIMEOUT_SECONDS
    while len(smtp.envelopes) < count:
        assert time.monotonic() < deadline, "no mail arrived"
        await asyncio.sleep(0.05)
    code = code_in(body_of(smtp.message()))
    assert code is not None
    return code


async def open_invitation(tab: Tab, server: Server, token: str) -> Any:
    page = tab.page
    await page.goto(f"{server.base_url}/invite/{token}")
    return page


async def test_reseller_registration_by_keyboard_ends_frozen_pending_budget(
    tab: Tab, server: Server, smtp: SmtpServer
) -> None:
    seeded = seed(server)
    page = await open_invitation(tab, server, seeded.token("resellerLink"))
    assert await visible_text(page, "#title") == "Partner invitation"
    assert "Nimbus Resale invites you" in await visible_text(page, "#partner-line")
    assert "Reseller model" in await visible_text(page, "#model-explained")
    assert await page.evaluate("() => document.documentElement.lang") == "en"
    await assert_every_field_is_labelled(page)
    await assert_fits_and_keep(page, "reseller-1-terms")

    # Step 2 by keyboard: Continue without the required box is refused, in words.
    await tab_to(page, "#terms-next")
    await page.keyboard.press("Enter")
    alert = await visible_text(page, "#step-terms .form-alert")
    assert "read and agree to the Instructions for Associating with a Partner" in alert
    assert await page.evaluate("() => document.activeElement.id") == "accept-instructions"
    await page.keyboard.press("Space")
    await tab_to(page, "#terms-next")
    await page.keyboard.press("Enter")

    # Step 3: Register for Association, typed; Enter in the email field sends the code.
    assert await visible_text(page, "#register-title") == "Register for Association"
    await tab_to(page, "#reg-country")
    await page.keyboard.type("Germany")
    assert await page.input_value("#reg-country") == "DE"
    await tab_to(page, "#reg-email")
    await page.keyboard.type("nova@example.com")
    await page.keyboard.press("Enter")
    code = await emailed_code(smtp)
    assert "We sent a code to nova@example.com" in await visible_text(page, "#reg-code-hint")
    assert await page.evaluate("() => document.activeElement.id") == "reg-code"
    await page.keyboard.type(code)
    await tab_to(page, "#reg-password")
    await page.keyboard.type(PASSWORD)
    await tab_to(page, "#reg-account")
    await page.keyboard.type("nova")
    await assert_fits_and_keep(page, "reseller-2-register")
    await page.keyboard.press("Enter")

    # Step 4: the billing country is preset from the registration; agree, then associate.
    assert await visible_text(page, "#enable-title") == "Enable and Associate"
    assert await page.input_value("#billing-country") == "DE"
    await tab_to(page, "#accept-agreement")
    await page.keyboard.press("Space")
    await tab_to(page, "#associate")
    await page.keyboard.press("Enter")

    summary = await visible_text(page, "#done-summary")
    assert "nova is now associated with Nimbus Resale in the reseller model" in summary
    frozen = await visible_text(page, "#done-frozen")
    assert "frozen until Nimbus Resale sets a budget" in frozen
    await assert_fits_and_keep(page, "reseller-3-done")
    assert tab.outside == []


async def test_referral_association_with_the_authorization_letter(
    tab: Tab, server: Server, smtp: SmtpServer
) -> None:
    seeded = seed(server)
    page = await open_invitation(tab, server, seeded.token("referralLink"))
    assert "Referral model" in await visible_text(page, "#model-explained")
    assert await page.locator("#reseller-terms").is_hidden()
    await page.check("#accept-letter")
    await page.click("#terms-next")

    await page.select_option("#reg-country", "JP")
    await page.fill("#reg-email", "kaito@example.com")
    await page.click("#send-code")
    await page.fill("#reg-code", await emailed_code(smtp))
    await page.fill("#reg-password", "short")
    await page.fill("#reg-account", "9kaito")
    await page.click("#register")
    # The rules' input codes, in words next to their fields.
    assert "letter" in await visible_text(page, "#reg-account-error")
    assert await page.get_attribute("#reg-account", "aria-invalid") == "true"
    assert "too short" in await visible_text(page, "#reg-password-error")
    await assert_fits_and_keep(page, "referral-1-register-errors")

    await page.fill("#reg-password", PASSWORD)
    await page.fill("#reg-account", "kaito")
    await page.click("#register")
    await visible_text(page, "#enable-title")
    await page.click("#associate")  # nothing ticked: said in words, nothing sent
    assert "Customer Agreement" in await visible_text(page, "#accept-agreement-error")
    await page.check("#accept-agreement")
    await page.click("#associate")

    summary = await visible_text(page, "#done-summary")
    assert "associated with Cirrus Referrals in the referral model" in summary
    assert "You authorized Cirrus Referrals to place orders" in await visible_text(
        page, "#done-letter"
    )
    assert await page.locator("#done-frozen").is_hidden()
    await assert_fits_and_keep(page, "referral-2-done")
    assert tab.outside == []


async def test_online_invitation_with_login(tab: Tab, server: Server) -> None:
    seeded = seed(server)
    account = seeded.account("recent")
    page = await open_invitation(tab, server, seeded.token("recentOnline"))
    await page.click("#terms-next")
    assert await visible_text(page, "#login-title") == "Login for Association"
    await assert_every_field_is_labelled(page)

    await page.fill("#login-account", account["accountName"])
    await page.fill("#login-password", "not the password")
    await page.press("#login-password", "Enter")
    alert = await visible_text(page, "#step-login .form-alert")
    assert alert == "The account name or the password is not right."
    await assert_fits_and_keep(page, "online-1-login-refused")

    await page.fill("#login-password", account["password"])
    await page.press("#login-password", "Enter")
    await visible_text(page, "#enable-title")
    await page.select_option("#billing-country", "BR")
    await page.check("#accept-agreement")
    await page.click("#associate")
    summary = await visible_text(page, "#done-summary")
    assert "orion is now associated with Cirrus Referrals" in summary
    assert tab.outside == []


async def test_an_ineligible_account_is_told_why_in_words(tab: Tab, server: Server) -> None:
    seeded = seed(server)
    account = seeded.account("veteran")  # registered 8 days ago
    page = await open_invitation(tab, server, seeded.token("veteranOnline"))
    await page.check("#accept-instructions")
    await page.click("#terms-next")
    await page.fill("#login-account", account["accountName"])
    await page.fill("#login-password", account["password"])
    await page.click("#login")

    assert await visible_text(page, "#blocked-title") == "Your account cannot be associated"
    reasons = await page.locator("#blocked-reasons li").all_inner_texts()
    assert reasons == ["Your account was registered more than 7 days ago."]
    assert await page.locator("#step-enable").is_hidden()
    await assert_fits_and_keep(page, "ineligible")
    assert tab.outside == []


async def test_expired_and_unknown_invitations_get_a_clear_page(tab: Tab, server: Server) -> None:
    seeded = seed(server)
    page = await open_invitation(tab, server, seeded.token("expiredLink"))
    assert await visible_text(page, "#invalid-title") == "This invitation cannot be used"
    assert await visible_text(page, "#invalid-reason") == "This invitation has expired."
    assert await visible_text(page, "#partner-line") == "An invitation from Nimbus Resale."
    assert await page.locator("#step-terms").is_hidden()
    await assert_fits_and_keep(page, "expired")

    page = await open_invitation(tab, server, "no-such-invitation")
    reason = await visible_text(page, "#invalid-reason")
    assert reason.startswith("This invitation does not exist.")
    assert await page.locator("#partner-line").is_hidden()
    assert tab.outside == []


async def test_a_reload_after_the_association_shows_it_instead_of_step_one(
    tab: Tab, server: Server
) -> None:
    seeded = seed(server)
    account = seeded.account("recent")
    page = await open_invitation(tab, server, seeded.token("recentOnline"))
    await page.check("#accept-letter")
    await page.click("#terms-next")
    await page.fill("#login-account", account["accountName"])
    await page.fill("#login-password", account["password"])
    await page.press("#login-password", "Enter")
    await visible_text(page, "#enable-title")
    await page.select_option("#billing-country", "BR")
    await page.check("#accept-agreement")
    await page.click("#associate")
    assert "now associated" in await visible_text(page, "#done-summary")

    await page.reload()  # the online invitation is used up now, and that is no news to orion

    summary = await visible_text(page, "#done-summary")
    assert (
        summary == "Your account orion is associated with Cirrus Referrals in the referral model."
    )
    assert "You authorized Cirrus Referrals" in await visible_text(page, "#done-letter")
    for step in ("#invalid", "#step-terms", "#step-login", "#progress"):
        assert await page.locator(step).is_hidden(), step
    assert await page.evaluate("() => document.activeElement.id") == "done-title"
    await assert_fits_and_keep(page, "reload-associated")

    # Another tab has no session: it is told the invitation was used.
    fresh = await page.context.browser.new_context(viewport=PHONE)
    other = await fresh.new_page()
    await other.goto(page.url)
    assert "used as many times as the partner allowed" in await visible_text(
        other, "#invalid-reason"
    )
    await fresh.close()

    # Signing out ends the session on the server too; the invitation is used, and it says so.
    token = await page.evaluate("() => sessionStorage.getItem('partnerlink.session')")
    await tab_to(page, "#done .sign-out")
    await page.keyboard.press("Enter")
    assert "used as many times" in await visible_text(page, "#invalid-reason")
    assert await page.evaluate("() => sessionStorage.getItem('partnerlink.session')") is None
    async with httpx.AsyncClient(timeout=10) as client:
        viewer = await client.post(
            f"{server.base_url}/graphql",
            json={"query": "{ viewer { __typename } }"},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert viewer.json() == {"data": {"viewer": None}}
    assert tab.outside == []


async def test_a_reload_of_an_ended_session_starts_again_at_step_one(
    tab: Tab, server: Server
) -> None:
    seeded = seed(server)
    page = await open_invitation(tab, server, seeded.token("resellerLink"))
    await page.evaluate("() => sessionStorage.setItem('partnerlink.session', 'ended-long-ago')")

    await page.reload()

    assert await visible_text(page, "#terms-title") == "Read and agree"
    assert await page.evaluate("() => sessionStorage.getItem('partnerlink.session')") is None
    assert tab.outside == []


async def open_document(page: Any, link: str) -> Any:
    """Follows a document link (it opens a new tab) with the keyboard; the new tab's page."""
    await tab_to(page, link)
    async with page.context.expect_page() as opened:
        await page.keyboard.press("Enter")
    document = await opened.value
    await document.wait_for_load_state()
    return document


async def test_each_document_agreed_to_is_linked_where_it_is_agreed_to(
    tab: Tab, server: Server
) -> None:
    seeded = seed(server)
    failed: list[str] = []
    tab.page.on(
        "response",
        lambda response: failed.append(response.url) if response.status >= 400 else None,
    )
    page = await open_invitation(tab, server, seeded.token("resellerLink"))
    await visible_text(page, "#terms-title")
    expected = {
        "#instructions-link": ("Instructions for Associating with a Partner", "frozen"),
        "#letter-link": ("Customer Authorization Letter", "Place orders"),
    }
    href = await page.get_attribute("#instructions-link", "href")
    assert href is not None and href.endswith("/documents/reseller-instructions/2024-08-29")
    for link, (title, phrase) in expected.items():
        document = await open_document(page, link)
        assert await visible_text(document, "#title") == title
        assert await visible_text(document, "#version") == "2024-08-29"
        assert phrase in await document.inner_text("article")
        await assert_fits_and_keep(document, f"document-{link[1:]}")
        await document.close()

    # Step 4's agreement and privacy statement, reached by an online invitation's login.
    account = seeded.account("recent")
    page = await open_invitation(tab, server, seeded.token("recentOnline"))
    await page.click("#terms-next")
    await page.fill("#login-account", account["accountName"])
    await page.fill("#login-password", account["password"])
    await page.press("#login-password", "Enter")
    await visible_text(page, "#enable-title")
    for link, title in (
        ("#agreement-link", "Customer Agreement"),
        ("#privacy-link", "Privacy Statement"),
    ):
        document = await open_document(page, link)
        assert await visible_text(document, "#title") == title
        await document.close()
    await assert_every_field_is_labelled(page)
    await assert_fits_and_keep(page, "enable-with-document-links")
    await page.click("#step-enable .sign-out")  # another account: the steps start again
    assert await visible_text(page, "#terms-title") == "Read and agree"
    await page.click("#terms-next")
    assert await visible_text(page, "#login-title") == "Login for Association"
    assert failed == []  # the favicon included
    assert tab.outside == []
