"""Readiness: the database answers and every migration of its dialect is applied."""

from __future__ import annotations

from tortoise import connections
from tortoise.exceptions import BaseORMException

from app.database import dialect_of
from app.migrations import migration_files


async def readiness(database_url: str) -> list[str]:
    """What keeps the service from being ready; empty when it is ready."""
    try:
        conn = connections.get("default")
        await conn.execute_query("SELECT 1")
    except (BaseORMException, OSError) as error:
        return [f"database unavailable: {error}"]
    try:
        _, rows = await conn.execute_query("SELECT version FROM aerich WHERE app = 'models'")
    except BaseORMException:
        return ["no migration applied"]
    applied = {row["version"] for row in rows}
    pending = [f for f in migration_files(dialect_of(database_url)) if f not in applied]
    return [f"pending migration {name}" for name in pending]
