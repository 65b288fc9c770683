"""The partner console in headless Chromium at phone width, against a real server seeded with 150
customers (`tests.support.console_seed`): signing in, the customers' filters and pages, a
bookmarked view, budgets, freezes, an invitation's QR code read back, the invitation list and
revoking, the overview, and dissociation (its blockers, a request, an answer). Every page is
checked for labels, width and axe-core's serious and critical violations.

The tests share one server and run in this order: the last ones dissolve an association."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.database import Dialect
from tests.browser.checks import (
    assert_every_field_is_labelled,
    assert_fits_and_keep,
    tab_to,
    visible_text,
)
from tests.browser.conftest import PHONE, Tab, artifact
from tests.e2e.conftest import Server
from tests.live_server import scratch_database, server_env, start, stop, workdir_in
from tests.support import axe
from tests.support.qr import decode_png
from tests.test_mail import free_port

ROOT = Path(__file__).resolve().parents[2]
SEED_TIMEOUT_SECONDS = 300.0
# The README's picture: copied to docs/console.png when the console's look changes.
SCREENSHOT = "console-readme"


@dataclass
class Console:
    """The server and what the seed made: the partner's name and key, customers' global ids."""

    server: Server
    data: dict[str, Any]

    @property
    def url(self) -> str:
        return f"{self.server.base_url}/console/"

    @property
    def key(self) -> str:
        key: str = self.data["partner"]["key"]
        return key

    def customer(self, name: str) -> str:
        customer_id: str = self.data["customers"][name]
        return customer_id


@pytest.fixture(scope="module")
async def console_database(
    dialect: Dialect, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    async with scratch_database(dialect, tmp_path_factory.mktemp("console"), "console") as url:
        yield url


@pytest.fixture(scope="module")
def console(console_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    """One server for the module, seeded once: the tests act on different customers."""
    folder = tmp_path_factory.mktemp("console-server")
    env = server_env(console_database, free_port())
    running = start(env, workdir_in(folder), folder / "server.log")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.support.console_seed"],
            cwd=ROOT,
            env=running.env,
            capture_output=True,
            text=True,
            timeout=SEED_TIMEOUT_SECONDS,
            check=False,
        )
        if result.returncode != 0:
            pytest.fail(f"seeding failed ({result.returncode}):\n{result.stderr}")
        yield Console(running, json.loads(result.stdout))
    finally:
        stop(running.process)


@pytest.fixture
async def page(tab: Tab) -> AsyncIterator[Any]:
    """The tab's page with axe-core loaded into every document it opens (as an init script,
    which the page's Content-Security-Policy does not govern)."""
    if not axe.SCRIPT.is_file():
        pytest.skip(f"axe-core is missing at {axe.SCRIPT}: run python3 dev.py assets")
    await tab.page.context.add_init_script(path=str(axe.SCRIPT))
    yield tab.page
    assert tab.outside == [], f"requests to the internet: {tab.outside}"


async def assert_accessible(page: Any, name: str) -> None:
    """axe-core finds no serious or critical violation; width and labels hold; a screenshot."""
    await assert_fits_and_keep(page, f"console-{name}")
    await assert_every_field_is_labelled(page)
    results = await page.evaluate("() => axe.run(document, { resultTypes: ['violations'] })")
    grave = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert grave == [], f"{name}: {grave}"


async def sign_in(page: Any, key: str) -> None:
    await page.locator("#sign-in").wait_for(state="visible")
    await page.fill("#api-key", key)
    await page.press("#api-key", "Enter")
    await page.locator("#who").wait_for(state="visible")


async def rows(page: Any) -> list[str]:
    names: list[str] = await page.locator("#customers-table tbody tr").evaluate_all(
        "(rows) => rows.map((row) => row.dataset.account)"
    )
    return names


async def wait_for_count(page: Any, text: str) -> None:
    await page.locator("#customers-count", has_text=text).wait_for()


async def test_sign_in_by_keyboard_filter_and_page_through_150_customers(
    page: Any, console: Console
) -> None:
    await page.goto(console.url + "#/customers")
    assert await visible_text(page, "#sign-in-title") == "Sign in to the partner console"
    await assert_accessible(page, "1-sign-in")

    # A wrong key is refused in words beside the field; the right one, typed, signs in.
    await tab_to(page, "#api-key")
    await page.keyboard.type("plk_not-a-key")
    await page.keyboard.press("Enter")
    assert "not a valid partner API key" in await visible_text(page, "#api-key-error")
    await page.fill("#api-key", "")
    await page.keyboard.type(console.key)
    await page.keyboard.press("Enter")
    await wait_for_count(page, "Showing 25 of 150 customers.")
    assert await visible_text(page, "#who-name") == "Nimbus Resale · console"
    assert await visible_text(page, "#who-role") == "ADMIN key"
    stored = await page.evaluate("() => Object.keys(sessionStorage)")
    assert stored == ["partnerlink.console.key"]
    assert await page.evaluate("() => Object.keys(localStorage)") == []
    await assert_accessible(page, "2-customers")

    # "More" pages by keyset to the end, then disappears.
    for shown in (50, 75, 100, 125, 150):
        await page.click("#more")
        await wait_for_count(page, f"Showing {shown} of 150 customers.")
    assert await page.locator("#more").is_hidden()
    names = await rows(page)
    assert names == [f"client{i:03d}" for i in range(1, 151)]

    # Filters by keyboard: frozen ones, newest name first; the address keeps them.
    await page.focus("#f-search")
    await tab_to(page, "#f-frozen")
    await page.keyboard.type("Frozen")
    await page.select_option("#f-order", "-ACCOUNT_NAME")
    await tab_to(page, "#apply-filters")
    await page.keyboard.press("Enter")
    await wait_for_count(page, "Showing 11 of 11 customers.")
    frozen = ["client147", *(f"client{i:03d}" for i in range(50, 0, -5))]
    assert await rows(page) == frozen
    assert "frozen=true" in page.url and "order=-ACCOUNT_NAME" in page.url
    badges = page.locator('#customers-table tr[data-account="client050"] .badge')
    assert await badges.all_inner_texts() == ["Pending budget", "No budget"]
    badges = page.locator('#customers-table tr[data-account="client147"] .badge')
    assert await badges.all_inner_texts() == ["Frozen by you"]

    await page.fill("#f-search", "client14")
    await page.select_option("#f-frozen", "")
    await page.select_option("#f-budget", "true")
    await page.click("#apply-filters")
    await wait_for_count(page, "Showing 10 of 10 customers.")
    assert await rows(page) == [f"client{i}" for i in range(149, 139, -1)]
    # The budget bars, coloured at 75, 90 and 100 %.
    levels = await page.locator("#customers-table .meter").evaluate_all(
        "(bars) => bars.map((bar) => bar.dataset.level)"
    )
    by_name = dict(zip(await rows(page), levels, strict=True))
    assert (by_name["client141"], by_name["client142"], by_name["client143"]) == (
        "p75",
        "p90",
        "p100",
    )
    assert by_name["client140"] == "ok"
    await assert_accessible(page, "3-filtered")
    bookmark = page.url

    # The bookmarked address, opened in a new tab (its own sessionStorage), asks for the key
    # and then restores the view.
    second = await page.context.new_page()
    await second.goto(bookmark)
    await sign_in(second, console.key)
    await wait_for_count(second, "Showing 10 of 10 customers.")
    assert await second.input_value("#f-search") == "client14"
    assert await second.input_value("#f-budget") == "true"
    assert await second.input_value("#f-order") == "-ACCOUNT_NAME"
    assert (await rows(second))[0] == "client149"

    # Signing out forgets the key.
    await page.click("#sign-out")
    await page.locator("#sign-in").wait_for(state="visible")
    assert await page.evaluate("() => Object.keys(sessionStorage)") == []
    assert "signed out" in await visible_text(page, "#status")


async def open_customer(page: Any, console: Console, name: str, key: str | None = None) -> None:
    await page.goto(console.url + f"#/customers/{console.customer(name)}")
    await sign_in(page, key or console.key)
    await page.locator("#customer-title", has_text=name).wait_for()


async def data_of(page: Any, selector: str, name: str) -> list[str]:
    """The `data-<name>` of every element matching `selector`, in order."""
    found: list[str] = await page.locator(selector).evaluate_all(
        f"(nodes) => nodes.map((node) => node.dataset.{name})"
    )
    return found


async def confirm(page: Any, answer: str) -> None:
    """The confirmation dialog is open; `answer` is "yes" or "no"."""
    await page.locator("#confirm").wait_for(state="visible")
    await page.click(f"#confirm-{answer}")
    await page.locator("#confirm").wait_for(state="hidden")


async def confirmed(page: Any, button: str, notice: str) -> None:
    """`button` asks first; confirmed, the change is made and `notice` said."""
    await page.click(button)
    await confirm(page, "yes")
    await page.locator("#status", has_text=notice).wait_for()


async def test_a_budget_lifts_the_freeze_pending_a_budget(page: Any, console: Console) -> None:
    await open_customer(page, console, "client005")
    assert "Pending budget" in await visible_text(page, "#freeze-list")
    assert "No budget is set." in await visible_text(page, "#budget-now")

    # Refused inputs are said beside their field: one by the page, one by the server.
    await page.fill("#b-amount", "a lot")
    await page.click("#set-budget")
    assert "in digits" in await visible_text(page, "#b-amount-error")
    assert await page.get_attribute("#b-amount", "aria-invalid") == "true"
    await page.fill("#b-amount", "250.125")
    await page.click("#set-budget")
    error = await visible_text(page, "#b-amount-error")
    assert error == "The amount can have at most two decimal places."
    await assert_accessible(page, "4-budget-refused")

    await page.fill("#b-amount", "250.50")
    await page.select_option("#b-action", "AUTO_FREEZE")
    await page.press("#b-amount", "Enter")
    await page.locator("#status", has_text="The budget is set.").wait_for()
    assert await visible_text(page, "#freeze-list") == "Not frozen."
    assert "Monthly budget of 250.50 EUR; freezes the account when used up." in await visible_text(
        page, "#budget-now"
    )
    history = await page.locator("#budget-history tbody tr").all_inner_texts()
    assert len(history) == 1 and "Monthly 250.50 EUR" in history[0]
    timeline = await page.locator("#timeline li").evaluate_all(
        "(items) => items.map((item) => item.dataset.action)"
    )
    assert "budget.set" in timeline and "account.unfrozen" in timeline
    await assert_accessible(page, "5-budget-set")


async def test_freeze_with_resources_and_unfreeze(page: Any, console: Console) -> None:
    await open_customer(page, console, "client144")
    statuses = await page.locator("#resource-list li").evaluate_all(
        "(items) => items.map((item) => item.dataset.status)"
    )
    assert statuses == ["RUNNING", "RUNNING"]
    association = await visible_text(page, "#association-facts")
    assert "Link of " in association and "used 150 times, active" in association
    await page.select_option("#fz-type", "ACCOUNT_AND_RESOURCE")
    await page.fill("#fz-note", "Unpaid invoice 2026-11")
    await page.click("#freeze")
    await page.locator("#status", has_text="The account is frozen.").wait_for()
    frozen = await visible_text(page, "#freeze-list")
    assert "Frozen by you" in frozen and "account and resources" in frozen
    assert "Unpaid invoice 2026-11" in frozen
    statuses = await page.locator("#resource-list li").evaluate_all(
        "(items) => items.map((item) => item.dataset.status)"
    )
    assert statuses == ["STOPPED", "STOPPED"]

    # Freezing again is refused in words.
    await page.click("#freeze")
    assert "already frozen by you" in await visible_text(page, "#freeze-form .form-alert")
    await assert_accessible(page, "6-frozen")

    await page.click("#freeze-list button")
    await page.locator("#status", has_text="The freeze is lifted.").wait_for()
    assert await visible_text(page, "#freeze-list") == "Not frozen."
    statuses = await page.locator("#resource-list li").evaluate_all(
        "(items) => items.map((item) => item.dataset.status)"
    )
    assert statuses == ["RUNNING", "RUNNING"]


async def test_the_audit_timeline_pages_to_older_events(page: Any, console: Console) -> None:
    await open_customer(page, console, "client139")
    await page.locator("#timeline li").nth(49).wait_for()
    assert await page.locator("#timeline li").count() == 50
    # 55 budget changes, the first budget, the freeze pending it lifted, and the association.
    await page.click("#older-events")
    await page.locator("#timeline li").nth(50).wait_for()
    actions = await data_of(page, "#timeline li", "action")
    assert actions[-1] == "association.created" and actions.count("budget.set") == 56
    assert len(set(await data_of(page, "#timeline li", "id"))) == len(actions)
    assert await page.locator("#older-events").is_hidden()
    assert len(await page.locator("#budget-history tbody tr").all()) == 56


async def test_an_invitation_qr_code_reads_back_as_its_link(page: Any, console: Console) -> None:
    await page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    await page.goto(console.url + "#/invitations")
    await sign_in(page, console.key)
    await assert_accessible(page, "7-invitations")
    await page.fill("#i-uses", "five")
    await page.click("#create-invitation")
    assert await visible_text(page, "#i-uses-error") == "Type a whole number in digits."
    await page.fill("#i-uses", "5")
    await page.click("#create-invitation")
    await page.locator("#invitation-made").wait_for(state="visible")
    url = await page.input_value("#made-url")
    assert url.startswith(f"{console.server.base_url}/invite/")

    png = await page.locator("#made-qr").screenshot()
    assert decode_png(png) == [url]

    await page.click("#copy-url")
    assert await visible_text(page, "#copy-done") == "The link is copied."
    assert await page.evaluate("() => navigator.clipboard.readText()") == url
    await assert_accessible(page, "8-invitation-made")

    # Printed, the QR code stands alone with the partner's name.
    await page.emulate_media(media="print")
    assert await page.locator("#invite-form").is_hidden()
    assert await page.locator(".bar").is_hidden()
    assert await visible_text(page, ".qr-partner") == "Nimbus Resale"
    assert await page.locator("#made-qr").is_visible()
    await page.screenshot(path=str(artifact("console-9-print")))
    await page.emulate_media(media="screen")


async def test_the_overview_counts_and_charts_the_weeks(page: Any, console: Console) -> None:
    await page.goto(console.url)
    await sign_in(page, console.key)
    counts = page.locator("#counts")
    await counts.locator("dd").first.wait_for()
    terms = await counts.locator("dt").all_inner_texts()
    values = await counts.locator("dd").all_inner_texts()
    found = dict(zip(terms, values, strict=True))
    assert found["Active customers"] == "150"
    assert found["Budget past 75 % this month"] == "3"
    assert found["Past 90 %"] == "2"
    assert found["Used up (100 %)"] == "1"
    bars = await page.locator("#weeks-chart rect").evaluate_all(
        "(bars) => bars.map((bar) => Number(bar.dataset.count))"
    )
    assert len(bars) == 12 and sum(bars) == 150
    await assert_accessible(page, "10-overview")
    # The screenshot the README shows, at a desktop width.
    await page.set_viewport_size({"width": 1000, "height": 760})
    await page.goto(console.url + "#/customers?search=client14&order=ACCOUNT_NAME")
    await wait_for_count(page, "Showing 10 of 10 customers.")
    await page.screenshot(path=str(artifact(SCREENSHOT)))
    await page.set_viewport_size(PHONE)


async def test_a_read_key_sees_no_button_it_cannot_use(page: Any, console: Console) -> None:
    await page.goto(console.url + f"#/customers/{console.customer('client147')}")
    await sign_in(page, console.data["partner"]["readKey"])
    await page.locator("#customer-title", has_text="client147").wait_for()
    assert await visible_text(page, "#who-role") == "READ key"
    assert "Frozen by you" in await visible_text(page, "#freeze-list")
    for hidden in ("#budget-form", "#freeze-form", "#letter-form", "#freeze-list button"):
        assert await page.locator(hidden).is_hidden(), hidden
    await assert_accessible(page, "11-read-key-customer")

    # The dissociation card says what stops it, in words, and offers nothing to a READ key.
    assert await data_of(page, "#dissociation-blockers li", "code") == [
        "PARTNER_FREEZE_IN_FORCE",
        "VALID_RESERVED_INSTANCES",
        "VALID_SUPPORT_PLAN",
    ]
    blockers = await visible_text(page, "#dissociation-blockers")
    assert "You have frozen the account: unfreeze it first." in blockers
    assert "support plan that is still valid" in blockers
    assert await page.locator("#dissociate-form").is_hidden()

    await page.goto(console.url + "#/customers/" + console.customer("client148"))
    await page.locator("#customer-title", has_text="client148").wait_for()
    assert await data_of(page, "#dissociation-requests li", "state") == ["PENDING"]
    assert await page.locator("#answer-form").is_hidden()
    assert await page.locator("#dissociate-form").is_hidden()

    # A mistyped address finds no customer, and says so.
    await page.goto(console.url + "#/customers/not-an-id")
    await page.locator("#customer-title", has_text="Customer not found").wait_for()
    assert "could not be found" in await visible_text(page, "#status")
    assert await page.locator("#budget-card").is_hidden()

    await page.goto(console.url + "#/invitations")
    await page.locator("#invitations-count", has_text="Showing").wait_for()
    assert await page.locator("#invite-form").is_hidden()
    assert await page.locator("#invitations-table tbody tr").count() >= 1
    assert await page.locator("#invitations-table button").count() >= 1  # made, hidden
    assert await page.locator("#invitations-table button:visible").count() == 0
    await assert_accessible(page, "12-read-key-invitations")


async def test_the_invitation_list_and_revoking_with_confirmation(
    page: Any, console: Console
) -> None:
    await page.goto(console.url + "#/invitations?state=EXPIRED")
    await sign_in(page, console.key)
    # 30 expired links: a page of 25, then "More" for the rest, its first row focused.
    await page.locator("#invitations-count", has_text="Showing 25 of 30 invitations.").wait_for()
    await page.click("#inv-more")
    await page.locator("#invitations-count", has_text="Showing 30 of 30 invitations.").wait_for()
    assert await page.locator("#inv-more").is_hidden()
    focused = "() => [...document.querySelectorAll('#invitations-table tbody tr')]" + (
        ".indexOf(document.activeElement.closest('tr'))"
    )
    assert await page.evaluate(focused) == 25
    assert set(await data_of(page, "#invitations-table tbody tr", "state")) == {"EXPIRED"}

    await page.select_option("#if-state", "ACTIVE")
    await page.click("#apply-inv-filters")
    await page.locator("#invitations-count", has_text="Showing").wait_for()
    # The seed's link: every customer came by it.
    seeded = page.locator("#invitations-table tbody tr").last
    assert "used 150 times" in await seeded.inner_text()
    assert "Customers: client001, client002, client003 and 147 more" in await seeded.inner_text()

    # A new link, with a budget for its customers, comes first in the list, active and unused.
    await page.fill("#i-uses", "3")
    await page.fill("#i-amount", "500.125")
    await page.click("#create-invitation")
    error = await visible_text(page, "#i-amount-error")
    assert error == "The amount can have at most two decimal places."
    await page.fill("#i-amount", "500.00")
    await page.click("#create-invitation")
    await page.locator("#invitation-made").wait_for(state="visible")
    first = page.locator("#invitations-table tbody tr").first
    await first.locator("text=used 0 of 3 times").wait_for()
    assert await first.get_attribute("data-state") == "ACTIVE"
    assert "No customer yet." in await first.inner_text()
    assert "with a monthly budget of 500.00 EUR" in await first.inner_text()
    await assert_accessible(page, "13-invitation-list")

    # Revoking asks first: Escape (by keyboard) or "Cancel" leave it active.
    await first.locator("button", has_text="Revoke").focus()
    await page.keyboard.press("Enter")
    await page.locator("#confirm").wait_for(state="visible")
    assert await visible_text(page, "#confirm-title") == "Revoke the invitation?"
    await page.screenshot(path=str(artifact("console-14-revoke-dialog")))
    await assert_accessible(page, "14-revoke-confirm")
    await page.keyboard.press("Escape")
    await page.locator("#confirm").wait_for(state="hidden")
    assert await page.evaluate("() => document.activeElement.textContent") == "Revoke"
    await first.locator("button", has_text="Revoke").click()
    await confirm(page, "no")
    assert await first.get_attribute("data-state") == "ACTIVE"

    await first.locator("button", has_text="Revoke").click()
    await confirm(page, "yes")
    await page.locator("#status", has_text="The invitation is revoked").wait_for()
    first = page.locator("#invitations-table tbody tr").first
    assert await first.get_attribute("data-state") == "REVOKED"
    assert "Revoked" in await first.inner_text() and "used 0 of 3 times" in await first.inner_text()
    assert await first.locator("button").count() == 0

    # The filters are kept in the address.
    await page.select_option("#if-state", "REVOKED")
    await page.click("#apply-inv-filters")
    await page.locator("#invitations-count", has_text="Showing 1 of 1 invitations.").wait_for()
    assert "state=REVOKED" in page.url
    assert await data_of(page, "#invitations-table tbody tr", "state") == ["REVOKED"]
    await page.select_option("#if-state", "")
    await page.select_option("#if-kind", "ONLINE")
    await page.click("#apply-inv-filters")
    await page.locator("#invitations-count", has_text="No invitation matches").wait_for()
    assert page.url.endswith("#/invitations?kind=ONLINE")
    await page.reload()
    await page.locator("#invitations-count", has_text="No invitation matches").wait_for()
    assert await page.input_value("#if-kind") == "ONLINE"


async def test_dissociation_blockers_a_request_and_its_cancelling(
    page: Any, console: Console
) -> None:
    # A MANAGE key sees the blockers but may not dissociate.
    await open_customer(page, console, "client146", console.data["partner"]["manageKey"])
    assert "Nothing stops the association" in await visible_text(page, "#dissociation-state")
    assert await page.locator("#freeze-form").is_visible()
    assert await page.locator("#dissociate-form").is_hidden()

    await page.click("#sign-out")
    await sign_in(page, console.key)
    await page.locator("#customer-title", has_text="client146").wait_for()
    assert await visible_text(page, "#dissociation-requests") == "No request yet."
    await page.click("#request-dissociation")
    assert await visible_text(page, "#d-reason-error") == "This is required."
    await page.fill("#d-reason", "The customer buys directly now")
    await confirmed(page, "#request-dissociation", "Dissociation is requested")
    assert await data_of(page, "#dissociation-requests li", "state") == ["PENDING"]
    pending = await visible_text(page, "#dissociation-requests")
    assert "You asked on" in pending and "The customer buys directly now" in pending
    # Asked, it is pending, and the next request waits some months: both said in words.
    assert await data_of(page, "#dissociation-blockers li", "code") == [
        "REQUEST_LIMIT_REACHED",
        "REQUEST_PENDING",
    ]
    assert await page.locator("#dissociate-form").is_hidden()
    await assert_accessible(page, "15-dissociation-requested")

    await page.click("#dissociation-requests button")
    await page.locator("#status", has_text="The dissociation request is cancelled.").wait_for()
    assert await data_of(page, "#dissociation-requests li", "state") == ["CANCELLED"]
    assert await data_of(page, "#dissociation-blockers li", "code") == ["REQUEST_LIMIT_REACHED"]
    actions = await data_of(page, "#timeline li", "action")
    assert "dissociation.requested" in actions and "dissociation.cancelled" in actions
    assert "by console (your API key)" in await visible_text(page, "#timeline")


async def test_answering_the_customers_request_to_dissociate(page: Any, console: Console) -> None:
    await open_customer(page, console, "client148")
    assert (await visible_text(page, "#letter-state")).startswith("Approved: place orders;")
    asked = await visible_text(page, "#dissociation-requests")
    assert "The customer asked on" in asked and "Moving to a direct contract" in asked
    assert await data_of(page, "#dissociation-blockers li", "code") == ["REQUEST_PENDING"]
    await assert_accessible(page, "16-dissociation-asked")

    # Rejecting needs a reason; approving asks first.
    await page.click("#reject-dissociation")
    assert await visible_text(page, "#a-reason-error") == "This is required."
    await page.click("#approve-dissociation")
    await confirm(page, "no")
    assert await data_of(page, "#dissociation-requests li", "state") == ["PENDING"]
    await confirmed(page, "#approve-dissociation", "The association is dissolved.")
    assert await data_of(page, "#dissociation-requests li", "state") == ["APPROVED"]
    association = await visible_text(page, "#association-facts")
    assert "Dissolved" in association and "at the customer's request" in association
    assert "not active" in await visible_text(page, "#dissociation-state")
    assert "ended" in await visible_text(page, "#budget-now")
    answered = page.locator('#timeline li[data-action="dissociation.answered"]')
    assert "by console (your API key)" in await answered.inner_text()
    assert "approved" in await answered.inner_text()
    letter = await visible_text(page, "#letter-state")
    assert letter.startswith("Revoked: place orders;")
    assert letter.endswith("The association was dissolved.")
    assert await page.locator("#answer-form").is_hidden()
    await assert_accessible(page, "17-dissolved")


async def test_a_referral_partner_dissociates_at_once(page: Any, console: Console) -> None:
    await open_customer(page, console, "referred1", console.data["referral"]["key"])
    assert "Only reseller customers have a budget." in await visible_text(page, "#budget-now")
    assert await page.locator("#budget-history").is_hidden()
    assert "dissolves it at once" in await visible_text(page, "#dissociation-state")
    assert await visible_text(page, "#request-dissociation") == "Dissociate"
    await page.fill("#d-reason", "The referral period is over")
    await page.click("#request-dissociation")
    assert await visible_text(page, "#confirm-title") == "Dissolve the association?"
    await confirm(page, "yes")
    await page.locator("#status", has_text="The association is dissolved.").wait_for()
    assert await data_of(page, "#dissociation-requests li", "state") == ["APPROVED"]
    association = await visible_text(page, "#association-facts")
    assert (
        "at the partner's request" in association and "The referral period is over" in association
    )
    await assert_accessible(page, "18-referral-dissolved")

    # A referral partner's invitations carry no budget.
    await page.goto(console.url + "#/invitations")
    await page.locator("#invitations-count", has_text="Showing 1 of 1 invitations.").wait_for()
    assert await page.locator("#i-budget").is_hidden()
