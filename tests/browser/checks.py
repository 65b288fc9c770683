"""What every landing page test checks: labels, keyboard reach, width at 390 px, screenshots."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import PHONE, artifact

UNLABELLED = """() => [...document.querySelectorAll("input, select, textarea")]
  .filter((el) => el.type !== "hidden")
  .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute("aria-label")
                  && !el.getAttribute("aria-labelledby"))
  .map((el) => el.id || el.name || el.outerHTML)"""


async def assert_every_field_is_labelled(page: Any) -> None:
    count = await page.evaluate("() => document.querySelectorAll('input, select').length")
    assert count > 0
    assert await page.evaluate(UNLABELLED) == []


async def assert_fits_and_keep(page: Any, name: str) -> None:
    """Nothing overflows sideways at phone width; the screenshot is kept as `name`."""
    await page.screenshot(path=str(artifact(name)), full_page=True)
    width = await page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: the page is {width} px wide"


async def tab_to(page: Any, selector: str, limit: int = 25) -> None:
    """Presses Tab until the element matching `selector` has the focus: it is keyboard-reachable."""
    for _ in range(limit):
        if await page.evaluate(
            "(selector) => document.activeElement === document.querySelector(selector)", selector
        ):
            return
        await page.keyboard.press("Tab")
    raise AssertionError(f"{selector} was not reached with Tab in {limit} presses")


async def visible_text(page: Any, selector: str) -> str:
    locator = page.locator(selector)
    await locator.wait_for(state="visible")
    text: str = await locator.inner_text()
    return text
