"""Tortoise ORM configuration, shared by the app, the command line, aerich and the tests."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from tortoise.backends.base.config_generator import expand_db_url

from app.pg_connection import SparingResetConnection

Dialect = Literal["sqlite", "postgres"]

MODEL_MODULES = ["models", "aerich.models"]
APP_LABEL = "models"
REPO_ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS_ROOT = REPO_ROOT / "migrations"
DATABASE_FILE = "partnerlink.sqlite3"


def default_database_url(
    root: Path = REPO_ROOT, environ: Mapping[str, str] = os.environ, system: str = sys.platform
) -> str:
    """The SQLite file used when DATABASE_URL is unset, wherever the command runs: in a source
    checkout (a pyproject.toml beside the packages) its `var/partnerlink.sqlite3`; in an
    installed package, the user's data folder (see `user_data_dir`)."""
    if (root / "pyproject.toml").is_file():
        return f"sqlite://{root / 'var' / DATABASE_FILE}"
    return f"sqlite://{user_data_dir(environ, system) / DATABASE_FILE}"


def user_data_dir(environ: Mapping[str, str], system: str) -> Path:
    """`$XDG_DATA_HOME/partnerlink` (by default `~/.local/share/partnerlink`); on macOS
    `~/Library/Application Support/partnerlink`; on Windows `%LOCALAPPDATA%\\partnerlink`."""
    if system == "win32" and environ.get("LOCALAPPDATA"):
        return Path(environ["LOCALAPPDATA"]) / "partnerlink"
    if system == "darwin":
        return Path.home() / "Library" / "Application Support" / "partnerlink"
    data_home = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "partnerlink"


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
    """The connection settings of a URL. SQLite always enforces foreign keys; PostgreSQL's pool
    resets a connection only when a statement could have left something to reset
    (`app.pg_connection`)."""
    config = expand_db_url(normalize_url(database_url))
    if config["engine"] == "tortoise.backends.sqlite":
        config["credentials"]["foreign_keys"] = "ON"
    if config["engine"] == "tortoise.backends.asyncpg":
        config["credentials"]["connection_class"] = SparingResetConnection
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
TORTOISE_ORM = tortoise_config(os.environ.get("DATABASE_URL") or default_database_url())
