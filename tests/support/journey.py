"""A running `partnerlink serve` (the e2e fixtures' server) seeded for the customer's journey."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Server

SEED_TIMEOUT_SECONDS = 60.0
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Seeded:
    """What `tests.support.seed` made: partners with keys, accounts and invitation tokens."""

    data: dict[str, Any]

    def token(self, name: str) -> str:
        token: str = self.data["tokens"][name]
        return token

    def account(self, name: str) -> dict[str, str]:
        account: dict[str, str] = self.data[name]
        return account

    def partner(self, name: str) -> dict[str, Any]:
        partner: dict[str, Any] = self.data[name]
        return partner


def seed(server: Server) -> Seeded:
    """Seeds the server's database from a process of its own (the test process keeps its own
    Tortoise context on the test database)."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.seed"],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=SEED_TIMEOUT_SECONDS,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"seeding failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return Seeded(json.loads(result.stdout))
