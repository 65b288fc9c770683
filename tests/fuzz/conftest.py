"""The fuzzer's live server reports its output on failure like the end-to-end stories."""

from tests.live_server import pytest_runtest_makereport  # noqa: F401 (the report hook)
