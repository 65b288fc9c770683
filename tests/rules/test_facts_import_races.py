"""An import racing a registration of the same account name, on committed data."""

import asyncio
from collections import Counter

import pytest
from tortoise.transactions import in_transaction

from models import Customer
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.errors import FactsCode
from rules.facts_import import import_facts
from tests.builders import Builders
from tests.rules.test_password_reset_races import ACCOUNT
from tests.rules.test_races import outcomes

pytestmark = pytest.mark.committed


async def test_an_account_registered_while_the_import_writes_is_refused_as_taken(
    dialect: str, build: Builders, clock: FakeClock
) -> None:
    """The import checks the names, then writes: a registration committed in between breaks
    the unique name. The import answers ACCOUNT_TAKEN for that line and writes nothing."""
    if dialect == "sqlite":
        pytest.skip("SQLite runs one transaction at a time: nothing registers in between")
    registered = asyncio.Event()
    importing = asyncio.Event()

    async def register_meanwhile() -> None:
        async with in_transaction():
            await build.customer(name="race.example")
            registered.set()
            await importing.wait()
            await asyncio.sleep(0.3)  # the import is now waiting on the unique index

    async def import_the_file() -> None:
        await registered.wait()
        importing.set()
        await import_facts(actor=OperatorActor(), lines=[ACCOUNT], clock=clock)

    tally = await outcomes([register_meanwhile(), import_the_file()])

    assert tally == Counter({"ok": 1, FactsCode.ACCOUNT_TAKEN: 1})
    assert not await Customer.filter(import_ref="A-9").exists()
    assert await Customer.filter(account_name="race.example").count() == 1
