"""The test database fixtures isolate tests: proofs for the rollback and committed modes."""

import asyncio
from datetime import UTC, datetime

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Partner
from models.enums import CooperationModel
from rules.clock import FakeClock

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


async def make_partner(name: str) -> Partner:
    return await Partner.create(
        name=name, cooperation_model=CooperationModel.RESELLER, created_at=NOW
    )


async def test_a_row_created_in_a_test() -> None:
    await make_partner("left behind?")
    assert await Partner.filter(name="left behind?").exists()


async def test_is_gone_in_the_next_test() -> None:
    assert await Partner.all().count() == 0


async def test_code_under_test_may_open_transactions() -> None:
    async with in_transaction():
        await make_partner("inner")
    assert await Partner.filter(name="inner").exists()


async def test_a_failed_nested_transaction_rolls_back_only_itself() -> None:
    await make_partner("outer")
    with pytest.raises(RuntimeError):
        async with in_transaction():
            await make_partner("undone")
            raise RuntimeError("abort")
    assert [p.name for p in await Partner.all()] == ["outer"]


async def test_an_integrity_error_inside_a_nested_transaction_does_not_poison_the_test() -> None:
    await make_partner("taken")
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await make_partner("taken")
    # On PostgreSQL this query fails if the error aborted the test's own transaction.
    assert await Partner.filter(name="taken").count() == 1


@pytest.mark.committed
async def test_committed_mode_runs_concurrent_transactions_on_real_connections() -> None:
    async def claim() -> bool:
        try:
            async with in_transaction():
                await make_partner("race")
        except IntegrityError:
            return False
        return True

    results = await asyncio.gather(*(claim() for _ in range(8)))
    assert results.count(True) == 1
    assert await Partner.filter(name="race").count() == 1


async def test_committed_tests_leave_no_rows_behind() -> None:
    assert await Partner.all().count() == 0


def test_the_clock_starts_at_a_fixed_moment(clock: FakeClock) -> None:
    assert clock.now() == NOW


def test_the_dialect_is_named(dialect: str) -> None:
    assert dialect in ("sqlite", "postgres")
