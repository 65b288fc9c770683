"""aerich migrations for both dialects.

aerich writes raw SQL of one dialect, so each dialect has its own aerich location
(`migrations/sqlite/`, `migrations/postgres/`), both generated from the same models; the database
URL chooses which one applies. aerich keeps its state in class attributes of `Migrate`, so every
entry point here resets them first.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
from aerich import Command
from aerich.migrate import Migrate
from aerich.utils import get_models_describe
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.context import TortoiseContext
from tortoise.exceptions import OperationalError

from app.database import (
    APP_LABEL,
    Dialect,
    connection_config,
    dialect_of,
    ensure_database_dir,
    migrations_location,
    normalize_url,
    tortoise_config,
)

DIALECTS: tuple[Dialect, ...] = ("sqlite", "postgres")
DEFAULT_POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test"


def postgres_admin_url() -> str:
    """Where scratch and test databases are created: $POSTGRES_ADMIN_URL or the default."""
    return normalize_url(os.environ.get("POSTGRES_ADMIN_URL", DEFAULT_POSTGRES_ADMIN_URL))


def _reset_aerich_state() -> None:
    Migrate.upgrade_operators = []
    Migrate.downgrade_operators = []
    Migrate._upgrade_fk_m2m_index_operators = []
    Migrate._downgrade_fk_m2m_index_operators = []
    Migrate._upgrade_m2m = []
    Migrate._downgrade_m2m = []
    Migrate._rename_fields = {}
    Migrate._rename_models = {}
    Migrate._last_version_content = None


def migration_files(dialect: Dialect) -> list[str]:
    """The migration file names of a dialect, in order (e.g. `0_20260310120000_initial.py`)."""
    folder = migrations_location(dialect) / APP_LABEL
    if not folder.is_dir():
        return []
    files = [p.name for p in folder.glob("*.py") if p.stem.split("_", 1)[0].isdigit()]
    return sorted(files, key=lambda name: int(name.split("_", 1)[0]))


async def _command(database_url: str) -> Command:
    """An initialised aerich Command on the Tortoise context that is current."""
    _reset_aerich_state()
    location = migrations_location(dialect_of(database_url))
    command = Command(tortoise_config(database_url), app=APP_LABEL, location=str(location))
    await command.init()
    return command


@asynccontextmanager
async def _context(database_url: str) -> AsyncIterator[TortoiseContext]:
    """A Tortoise context of its own, so that the caller's context keeps its connections.

    Tortoise 1.x keeps per-model query builders on the model classes and caches insert statements
    by connection name, not by dialect: one process may use one dialect at a time. Switching
    dialects (as `make_migrations` does) is safe only sequentially, with that cache cleared.
    """
    ensure_database_dir(database_url)
    EXECUTOR_CACHE.clear()
    try:
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(database_url))
            yield ctx
    finally:
        EXECUTOR_CACHE.clear()


async def apply_migrations(database_url: str) -> list[str]:
    """Apply pending migrations through the current, already initialised Tortoise context."""
    command = await _command(database_url)
    return await command.upgrade(run_in_transaction=True)


async def upgrade(database_url: str) -> list[str]:
    """Apply the pending migrations of the database's dialect; returns the files applied."""
    async with _context(database_url):
        return await apply_migrations(database_url)


async def unapplied_migrations(database_url: str) -> list[str]:
    async with _context(database_url):
        try:
            applied = set(await Command.get_applied_migrations(APP_LABEL))
        except OperationalError:
            applied = set()
    return [f for f in migration_files(dialect_of(database_url)) if f not in applied]


async def _diff_current_context(database_url: str) -> list[str]:
    """The SQL aerich `migrate` would write: models against the last applied migration."""
    await _command(database_url)
    last = Migrate._last_version_content
    if last is None:
        return ["-- no migration applied"]
    new = get_models_describe(APP_LABEL)
    old, new = Migrate._exclude_model_name_changes(dict(last), new)
    Migrate.diff_models(dict(old), dict(new), no_input=True)
    Migrate.diff_models(dict(new), dict(old), False, no_input=True)
    Migrate._merge_operators()
    changes = list(Migrate.upgrade_operators)
    _reset_aerich_state()
    return changes


async def pending_changes(database_url: str) -> list[str]:
    """What aerich `migrate` would find in the models beyond the database's applied migrations
    (as SQL statements); empty when the schema matches the models."""
    async with _context(database_url):
        return await _diff_current_context(database_url)


# --- scratch databases -------------------------------------------------------------------------


@asynccontextmanager
async def scratch_database(dialect: Dialect, admin_url: str) -> AsyncIterator[str]:
    """An empty database for `dialect`, dropped afterwards: a temporary SQLite file, or a
    uniquely named database on the PostgreSQL server that `admin_url` reaches."""
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory(prefix="partnerlink-") as folder:
            yield f"sqlite://{Path(folder, 'scratch.sqlite3')}"
        return
    name = f"partnerlink_scratch_{uuid.uuid4().hex[:12]}"
    async with postgres_database(admin_url, name) as url:
        yield url


@asynccontextmanager
async def postgres_database(admin_url: str, name: str) -> AsyncIterator[str]:
    """Create database `name` on the server of `admin_url`, yield its URL, then drop it."""
    await _admin_execute(admin_url, f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(admin_url, name)
    finally:
        await _admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _admin_execute(admin_url: str, sql: str) -> None:
    credentials: dict[str, Any] = connection_config(admin_url)["credentials"]
    conn = await asyncpg.connect(
        host=credentials["host"],
        port=credentials["port"],
        user=credentials["user"],
        password=credentials["password"],
        database=credentials["database"],
        timeout=5,
    )
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _with_database(url: str, name: str) -> str:
    base, _, query = url.partition("?")
    root = base.rsplit("/", 1)[0] if base.count("/") > 2 else base
    return f"{root}/{name}" + (f"?{query}" if query else "")


async def postgres_reachable(admin_url: str) -> bool:
    try:
        await _admin_execute(admin_url, "SELECT 1")
    except (OSError, asyncpg.PostgresError):
        return False
    return True


# --- making and checking migrations ------------------------------------------------------------


async def _make_for_dialect(dialect: Dialect, name: str, admin_url: str) -> str | None:
    folder = migrations_location(dialect) / APP_LABEL
    async with scratch_database(dialect, admin_url) as url, _context(url):
        if not migration_files(dialect):
            # aerich writes the first migration only into an empty folder; bytecode left from
            # deleted migrations is not worth refusing for.
            shutil.rmtree(folder / "__pycache__", ignore_errors=True)
            _reset_aerich_state()
            command = Command(
                tortoise_config(url), app=APP_LABEL, location=str(migrations_location(dialect))
            )
            await command.init_db(safe=True)
            (generated,) = migration_files(dialect)
            renamed = generated.removesuffix("_init.py") + f"_{name}.py"
            (folder / generated).rename(folder / renamed)
            return renamed
        await apply_migrations(url)
        command = await _command(url)  # after the upgrade, so aerich reads the last version
        written = await command.migrate(name=name, no_input=True)
        _reset_aerich_state()
        return written or None


async def make_migrations(name: str, admin_url: str | None = None) -> dict[Dialect, str | None]:
    """For each dialect: upgrade a scratch database with the existing migrations, then let aerich
    write the model changes as migration `name` into the dialect's location. None: no change."""
    if not name.isidentifier():
        raise ValueError(f"migration name {name!r} must be letters, digits and underscores")
    admin_url = admin_url or postgres_admin_url()
    return {d: await _make_for_dialect(d, name, admin_url) for d in DIALECTS}


async def check_dialect(dialect: Dialect, admin_url: str) -> list[str]:
    """Upgrade a scratch database of `dialect`; return what aerich would still migrate."""
    async with scratch_database(dialect, admin_url) as url, _context(url):
        await apply_migrations(url)
        return await _diff_current_context(url)
