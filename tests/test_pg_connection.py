"""PostgreSQL's pooled connections: the reset after release is skipped only after statements
that leave no session state, and no session state ever reaches the next user of a connection."""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import asyncpg
import pytest

from app.database import connection_config
from app.pg_connection import SparingResetConnection
from rules import session_neutral

NEUTRAL = 'SELECT json_build_array("n"."nspname") FROM "pg_namespace" "n" WHERE "n"."oid" = $1'


@pytest.fixture
async def pool(dialect: str, database_url: str) -> AsyncIterator[asyncpg.Pool]:
    """A pool of one connection, so that every acquire gets the connection used before."""
    if dialect != "postgres":
        pytest.skip("asyncpg's pool: PostgreSQL only")
    credentials = connection_config(database_url)["credentials"]
    assert credentials["connection_class"] is SparingResetConnection
    assert session_neutral.register(NEUTRAL)
    pool = await asyncpg.create_pool(
        host=credentials["host"],
        port=credentials["port"],
        user=credentials["user"],
        password=credentials["password"],
        database=credentials["database"],
        connection_class=SparingResetConnection,
        min_size=1,
        max_size=1,
    )
    try:
        yield pool
    finally:
        await pool.close()


async def last_statement_of(pool: asyncpg.Pool, pid: int, database_url: str) -> str:
    """What the server says the connection `pid` last ran, asked from another connection."""
    credentials = connection_config(database_url)["credentials"]
    other = await asyncpg.connect(
        host=credentials["host"],
        port=credentials["port"],
        user=credentials["user"],
        password=credentials["password"],
        database=credentials["database"],
    )
    try:
        query: str = await other.fetchval("SELECT query FROM pg_stat_activity WHERE pid = $1", pid)
        return query
    finally:
        await other.close()


async def test_after_session_neutral_statements_nothing_is_sent(
    pool: asyncpg.Pool, database_url: str
) -> None:
    async with pool.acquire() as connection:
        pid = connection.get_server_pid()
        await connection.fetch(NEUTRAL, 11)
        await connection.fetch(NEUTRAL, 2200)

    assert await last_statement_of(pool, pid, database_url) == NEUTRAL


async def test_after_any_other_statement_the_whole_reset_is_sent(
    pool: asyncpg.Pool, database_url: str
) -> None:
    async with pool.acquire() as connection:
        pid = connection.get_server_pid()
        await connection.fetch("SELECT 1")
        await connection.fetch(NEUTRAL, 11)  # a neutral one last changes nothing

    last = await last_statement_of(pool, pid, database_url)
    assert last.startswith("SELECT pg_advisory_unlock_all();") and "RESET ALL;" in last


Leave = Callable[[Any], Awaitable[Any]]
SETTING = "SELECT current_setting('statement_timeout')"
# What each way of leaving session state leaves, and how the next user would see it.
LEFT_BEHIND: dict[str, tuple[Leave, str, Any]] = {
    "SET": (lambda c: c.execute("SET statement_timeout = 4321"), SETTING, "0"),
    "SET by a fetch": (lambda c: c.fetch("SET statement_timeout = 4321"), SETTING, "0"),
    "set_config": (
        lambda c: c.fetchval("SELECT set_config('statement_timeout', '4321', false)"),
        SETTING,
        "0",
    ),
    "set_config, prepared": (
        lambda c: c.fetchval("SELECT set_config('statement_timeout', $1, false)", "4321"),
        SETTING,
        "0",
    ),
    "advisory lock": (
        lambda c: c.fetchrow("SELECT pg_advisory_lock(4321)"),
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()",
        0,
    ),
    "LISTEN": (
        lambda c: c.execute("LISTEN partnerlink_leak"),
        "SELECT count(*) FROM pg_listening_channels()",
        0,
    ),
    "cursor held": (
        lambda c: c.execute("DECLARE leak CURSOR WITH HOLD FOR SELECT 1"),
        "SELECT count(*) FROM pg_cursors WHERE name = 'leak'",
        0,
    ),
    "many at once": (
        lambda c: c.executemany("SELECT set_config('statement_timeout', $1, false)", [("4321",)]),
        SETTING,
        "0",
    ),
    "transaction left open": (
        lambda c: c.execute("BEGIN; SET LOCAL statement_timeout = 4321"),
        "SELECT current_setting('statement_timeout') || txid_current_if_assigned()::text",
        None,
    ),
}


@pytest.mark.parametrize("way", sorted(LEFT_BEHIND))
async def test_no_session_state_reaches_the_next_user(pool: asyncpg.Pool, way: str) -> None:
    leave, look, clean = LEFT_BEHIND[way]
    async with pool.acquire() as connection:
        before = await connection.fetchval(look)
        pid = connection.get_server_pid()
        await leave(connection)
        await connection.fetch(NEUTRAL, 11)  # trying to pass for untouched

    async with pool.acquire() as connection:
        assert connection.get_server_pid() == pid  # the same connection
        assert await connection.fetchval(look) == clean == before
