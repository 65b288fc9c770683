"""Test database fixtures.

One database per test session, its schema made by applying the aerich migrations:
- `PARTNERLINK_TEST_DATABASE=sqlite` (the default): an in-memory SQLite database. Tortoise keeps
  one connection per SQLite database and serialises transactions on it, so concurrent tasks
  work, but real races only show on PostgreSQL.
- `PARTNERLINK_TEST_DATABASE=postgres`: a fresh, uniquely named database on the server of
  `POSTGRES_ADMIN_URL` (default postgres://postgres@127.0.0.1:5432/test), dropped at the end.

Every test runs inside a transaction rolled back afterwards (the autouse `db` fixture); code
under test that opens `in_transaction()` gets a savepoint. On PostgreSQL a failed statement
aborts the whole test transaction unless it ran inside its own `in_transaction()`: wrap
statements expected to fail (IntegrityError) in one, as the rules do.

`@pytest.mark.committed` tests run without that transaction, on real pooled connections with
committed data (race tests); all tables are emptied after each of them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import cast

import pytest
from tortoise import Tortoise
from tortoise.context import TortoiseContext
from tortoise.transactions import in_transaction

from app.database import Dialect, tortoise_config
from app.migrations import apply_migrations, postgres_admin_url, postgres_database
from rules.clock import FakeClock
from schema import execution
from tests.builders import AuditActions, Builders
from tests.builders import audit_actions as audit_actions_of

CLOCK_START = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "committed: run without the rolled-back test transaction, on real connections with "
        "committed data (race tests); every table is emptied afterwards",
    )
    config.addinivalue_line(
        "markers",
        "lean_retreats: the test makes the lean walk (schema.execution) retreat on purpose",
    )


def _unexpected_fallbacks() -> int:
    return sum(execution.FALLBACKS[reason] for reason in execution.UNEXPECTED)


@pytest.fixture(autouse=True)
def no_unexpected_lean_retreat(request: pytest.FixtureRequest) -> Iterator[None]:
    """The lean walk never meets, outside the tests that aim at it, what it was built not to
    meet (a value that does not serialise, a plan that fails...): each would be a bug."""
    before = _unexpected_fallbacks()
    yield
    if request.node.get_closest_marker("lean_retreats") is None:
        met = {r: n for r, n in execution.FALLBACKS.items() if r in execution.UNEXPECTED}
        assert _unexpected_fallbacks() == before, f"the lean walk fell back: {met}"


def _test_dialect() -> Dialect:
    value = os.environ.get("PARTNERLINK_TEST_DATABASE", "sqlite")
    if value not in ("sqlite", "postgres"):
        raise pytest.UsageError("PARTNERLINK_TEST_DATABASE must be sqlite or postgres")
    return cast(Dialect, value)


@pytest.fixture(scope="session")
def dialect() -> Dialect:
    """The dialect of the session's database: "sqlite" or "postgres"."""
    return _test_dialect()


@pytest.fixture(scope="session")
async def database_url(dialect: Dialect) -> AsyncIterator[str]:
    """The URL of the session's database (empty until `_tortoise` migrates it)."""
    if dialect == "sqlite":
        yield "sqlite://:memory:"
        return
    name = f"partnerlink_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    async with postgres_database(postgres_admin_url(), name) as url:
        yield url


@pytest.fixture(scope="session")
async def _tortoise(database_url: str) -> AsyncIterator[TortoiseContext]:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(database_url))
        await apply_migrations(database_url)
        yield ctx


class _Rollback(Exception):
    """Raised at the end of a test to roll its transaction back."""


@pytest.fixture(autouse=True)
async def db(request: pytest.FixtureRequest, _tortoise: TortoiseContext) -> AsyncIterator[None]:
    """Isolates each test: a transaction rolled back afterwards, or, for tests marked
    `committed`, no transaction and every table emptied afterwards."""
    if request.node.get_closest_marker("committed") is not None:
        yield
        await empty_all_tables()
        return
    try:
        async with in_transaction():
            yield
            raise _Rollback
    except _Rollback:
        pass


async def empty_all_tables() -> None:
    """Delete every row of the models' tables; the migration history (aerich) stays."""
    assert Tortoise.apps is not None
    models = [m for m in Tortoise.apps.get_models_iterable() if m._meta.db_table != "aerich"]
    conn = models[0]._meta.db
    tables = [m._meta.db_table for m in models]
    if conn.capabilities.dialect == "postgres":
        quoted = ", ".join(f'"{t}"' for t in tables)
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
        return
    await conn.execute_script("PRAGMA foreign_keys = OFF")
    try:
        for table in tables:
            await conn.execute_script(f'DELETE FROM "{table}"')
        await conn.execute_script("DELETE FROM sqlite_sequence")
    finally:
        await conn.execute_script("PRAGMA foreign_keys = ON")


@pytest.fixture
def clock() -> FakeClock:
    """A clock the test can move, at 2026-03-10T12:00:00Z."""
    return FakeClock(CLOCK_START)


@pytest.fixture
def build(clock: FakeClock) -> Builders:
    """Partners, customers, invitations and associations, made at the clock's time."""
    return Builders(clock)


@pytest.fixture
def audit_actions() -> AuditActions:
    return audit_actions_of
