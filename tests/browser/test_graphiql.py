"""GraphiQL works with no internet: its files come from partnerlink (`python3 dev.py assets`)."""

from __future__ import annotations

import os

import pytest

from app.graphiql import assets_in, ide_html, localize
from tests.browser.conftest import Tab, artifact
from tests.e2e.conftest import Server

QUERY = '{ invitation(token: "x") { kind } }'


def require_local_assets() -> None:
    if not assets_in(localize(ide_html())):
        return
    reason = "GraphiQL's files are not in var/graphiql/: run `python3 dev.py assets` (needs npm)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so this is a failure, not a skip")
    pytest.skip(reason)


async def test_graphiql_runs_a_query_without_the_cdn(tab: Tab, server: Server) -> None:
    require_local_assets()
    page = tab.page
    await page.set_viewport_size({"width": 1280, "height": 800})
    await page.goto(f"{server.base_url}/graphql")
    editor = page.locator(".graphiql-query-editor .CodeMirror").first
    await editor.wait_for(state="visible", timeout=15000)
    # Set in the editor rather than typed: on a loaded machine the editor's completion popups
    # can take over keystrokes typed faster than they open.
    await page.evaluate(
        "query => document.querySelector('.graphiql-query-editor .CodeMirror')"
        ".CodeMirror.setValue(query)",
        QUERY,
    )
    await editor.click()
    await page.keyboard.press("Control+Enter")

    result = page.locator(".graphiql-response .CodeMirror").first
    await page.wait_for_function(
        "() => (document.querySelector('.graphiql-response')?.innerText || '')"
        ".includes('invitation')",
        timeout=15000,
    )
    text = await result.inner_text()
    assert '"invitation": null' in text
    await page.screenshot(path=str(artifact("graphiql")))
    assert tab.outside == []  # nothing was asked of the CDN
