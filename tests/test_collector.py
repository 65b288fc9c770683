"""The collector's settings for serving, and requests that leave no reference cycles for it."""

import gc
from collections.abc import Iterator

import pytest

from app.collector import FIRST_GENERATION_THRESHOLD, settle_after_start_up


@pytest.fixture
def restored_collector() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_collector")
def test_start_up_is_frozen_and_the_first_generation_waits_longer() -> None:
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)

    settle_after_start_up()

    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (FIRST_GENERATION_THRESHOLD, 10, 10)


@pytest.mark.usefixtures("restored_collector")
def test_a_higher_threshold_is_kept() -> None:
    gc.set_threshold(50_000, 10, 10)

    settle_after_start_up()

    assert gc.get_threshold()[0] == 50_000
