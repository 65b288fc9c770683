"""Tortoise ORM configuration, shared by the app, the command line, aerich and the tests."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from tortoise.backends.base.config_generator import expand_db_url

Dialect = Literal["sqlite", "postgres"]

MODEL_MODULES = ["models", "aerich.models"]
APP_LABEL = "models"
REPO_ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS_ROOT = REPO_ROOT / "migrations"
DEFAULT_DATABASE_URL = "sqlite://var/partnerlink.sqlite3"


def normalize_url(database_url: str) -> str:
    """`postgresql://` is accepted and spelled `postgres://`, the form Tortoise maps to asyncpg."""
    if database_url.startswith("postgresql://"):
        return "postgres://" + database_url.removeprefix("postgresql://")
    return database_url


def dialect_of(database_url: str) -> Dialect:
    scheme = normalize_url(database_url).partition("://")[0]
    if scheme == "sqlite":
        return "sqlite"
    if scheme == "postgres":
        return "postgres"
    raise ValueError(f"unsupported database URL scheme {scheme!r}: use sqlite:// or postgres://")


def migrations_location(dialect: Dialect) -> Path:
    """The aerich location of a dialect; aerich keeps the `models` app's files in `<it>/models/`."""
    return MIGRATIONS_ROOT / dialect


def sqlite_file(database_url: str) -> Path | None:
    """The file of an SQLite URL (None for other databases and for `:memory:`)."""
    if dialect_of(database_url) != "sqlite":
        return None
    path = normalize_url(database_url).partition("://")[2].split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


def ensure_database_dir(database_url: str) -> None:
    """Create the folder of an SQLite file (e.g. `var/`) so that SQLite can create the file."""
    if (path := sqlite_file(database_url)) is not None:
        path.parent.mkdir(parents=True, exist_ok=True)


def connection_config(database_url: str) -> dict[str, Any]:
    """The connection settings of a URL. SQLite always enforces foreign keys."""
    config = expand_db_url(normalize_url(database_url))
    if config["engine"] == "tortoise.backends.sqlite":
        config["credentials"]["foreign_keys"] = "ON"
    return config


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": connection_config(database_url)},
        "apps": {APP_LABEL: {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


# For aerich's own command line (`[tool.aerich]` in pyproject.toml). The project's commands
# (`partnerlink migrate`, `partnerlink makemigrations`) choose the dialect's location themselves.
TORTOISE_ORM = tortoise_config(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))
