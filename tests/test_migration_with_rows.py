"""The migrations after the first apply to a database that already has rows: a partner and its
API key, made before keys had roles, come out as an ADMIN key that never expires."""

import importlib.util
import sqlite3
from pathlib import Path
from typing import Any

import asyncpg

from app.database import Dialect, connection_config, migrations_location
from app.migrations import migration_files, postgres_admin_url, scratch_database

PARTNER = """INSERT INTO "partner" ("id", "name", "cooperation_model", "created_at")
VALUES (1, 'Acme', 'RESELLER', '2026-03-10 12:00:00+00')"""
KEY = """INSERT INTO "api_key" ("id", "partner_id", "prefix", "secret_hash", "label", "created_at")
VALUES (1, 1, 'Xy3a9Qk0', '{digest}', 'dashboard', '2026-03-10 12:00:00+00')"""
ROLE = """SELECT "role", "expires_at" FROM "api_key" WHERE "id" = 1"""


async def migration_sql(dialect: Dialect, name: str) -> str:
    path = Path(migrations_location(dialect), "models", name)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sql: str = await module.upgrade(None)
    return sql


async def test_an_existing_key_becomes_an_admin_key(dialect: Dialect) -> None:
    first, *later = migration_files(dialect)
    steps = [await migration_sql(dialect, first), PARTNER, KEY.format(digest="a" * 64)]
    steps += [await migration_sql(dialect, name) for name in later]
    async with scratch_database(dialect, postgres_admin_url()) as url:
        row = await (run_sqlite if dialect == "sqlite" else run_postgres)(url, steps)

    assert tuple(row) == ("ADMIN", None)


async def run_sqlite(url: str, steps: list[str]) -> Any:
    with sqlite3.connect(url.removeprefix("sqlite://")) as db:
        for sql in steps:
            db.executescript(sql)
        return db.execute(ROLE).fetchone()


async def run_postgres(url: str, steps: list[str]) -> Any:
    credentials = connection_config(url)["credentials"]
    db = await asyncpg.connect(
        host=credentials["host"],
        port=credentials["port"],
        user=credentials["user"],
        password=credentials["password"],
        database=credentials["database"],
    )
    try:
        for sql in steps:
            await db.execute(sql)
        return await db.fetchrow(ROLE)
    finally:
        await db.close()
