"""Work that must stay committed even when the caller's transaction rolls back.

A counted attempt at a secret is such work: if a wrong guess rolled back with the caller's
transaction, the caller could guess without limit. `run_apart(work)` runs `work` in a transaction
of its own that commits before it returns:

- outside any transaction, in a new transaction, like `in_transaction()`;
- inside a transaction on PostgreSQL, on another connection of the pool. That connection does not
  see what the caller's transaction wrote and has not committed; and a row that the caller's
  transaction has updated stays locked until the caller commits, so work touching it would wait
  for ever: a lock timeout turns that into an error instead. The caller then holds two pooled
  connections at once, so many such callers could wait for ever on an exhausted pool: the work
  and the wait for its connection are bounded by a timeout too (TimeoutError). Rules therefore
  count attempts before opening their own transactions where they can;
- inside a transaction on SQLite, in a savepoint of the caller's transaction, sharing its fate.
  Tortoise keeps one connection per SQLite database and runs one transaction at a time on it:
  there is no second connection to commit on. Rules that must not lose such work on SQLite do it
  before they open their own transaction (as `rules.customers.register_with_code` does).
"""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.connection import get_connections
from tortoise.transactions import in_transaction

T = TypeVar("T")

CONNECTION = "default"
LOCK_TIMEOUT = "5s"
APART_TIMEOUT_SECONDS = 10.0


async def run_apart(work: Callable[[], Awaitable[T]]) -> T:
    current = get_connections().get(CONNECTION)
    if not _is_postgres_transaction(current):
        async with in_transaction(CONNECTION):
            return await work()
    async with (
        asyncio.timeout(APART_TIMEOUT_SECONDS),
        _outermost(current)._in_transaction() as connection,
    ):
        await connection.execute_script(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
        return await work()


def _is_postgres_transaction(client: BaseDBAsyncClient) -> bool:
    return isinstance(client, TransactionalDBClient) and client.capabilities.dialect == "postgres"


def _outermost(client: BaseDBAsyncClient) -> BaseDBAsyncClient:
    """The pooled client under a transaction (and under its savepoints)."""
    while isinstance(client, TransactionalDBClient):
        client = cast(Any, client)._parent
    return client
