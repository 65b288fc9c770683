"""The pool's PostgreSQL connections: reset on release only when something could need it.

asyncpg resets a connection when it goes back to the pool (`SELECT pg_advisory_unlock_all();
CLOSE ALL; UNLISTEN *; RESET ALL;`), and Tortoise takes a pool connection for each statement run
outside a transaction: half the statements the server saw for a dashboard page were resets. This
connection counts the statements it ran since its last reset that `rules.session_neutral` knows
leave no session state; when every statement it ran was one of them, its reset sends nothing.
Anything else (any other statement, by any of asyncpg's methods, a transaction left open) and
the reset is asyncpg's own, whole.

The count of statements run is asyncpg's protocol's `queries_count` (what the pool's
`max_queries` reads), an internal of the version `requirements.lock` pins;
`tests/test_pg_connection.py` fails the day it stops counting a statement.
"""

from typing import Any

import asyncpg

from rules.session_neutral import is_session_neutral


class SparingResetConnection(asyncpg.Connection):  # type: ignore[misc]
    __slots__ = ("_neutral_ran", "_ran_at_reset")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ran_at_reset = self._ran()
        self._neutral_ran = 0

    def _ran(self) -> int:
        """Statements this connection ran (parsing alone is not running)."""
        count: int = self._protocol.queries_count
        return count

    async def fetch(self, query: str, *args: Any, **kwargs: Any) -> list[Any]:
        if not is_session_neutral(query):
            rows: list[Any] = await super().fetch(query, *args, **kwargs)
            return rows
        before = self._ran()
        try:
            rows = await super().fetch(query, *args, **kwargs)
        finally:
            # Type introspection asyncpg runs for this statement is its own catalogue reads.
            self._neutral_ran += self._ran() - before
        return rows

    def untouched(self) -> bool:
        """Whether every statement since the last reset was session-neutral."""
        return self._ran() - self._ran_at_reset == self._neutral_ran

    def get_reset_query(self) -> str:
        # Called by `reset` after it rolled back an open transaction (a statement, so counted).
        if self.untouched():
            return ""
        query: str = super().get_reset_query()
        return query

    async def reset(self, *, timeout: float | None = None) -> None:  # noqa: ASYNC109 (asyncpg's)
        await super().reset(timeout=timeout)
        self._ran_at_reset = self._ran()
        self._neutral_ran = 0
