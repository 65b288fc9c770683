"""`partnerlink migrate | makemigrations | check-migrations`."""

from __future__ import annotations

import argparse
import asyncio
import os

from app.commands.common import Formatter, redact_url
from app.database import dialect_of
from app.migrations import (
    DEFAULT_POSTGRES_ADMIN_URL,
    DIALECTS,
    check_dialect,
    make_migrations,
    postgres_admin_url,
    postgres_reachable,
    upgrade,
)
from app.settings import Settings

ADMIN_URL_HELP = (
    "PostgreSQL server where a scratch database is created and dropped "
    "(default: $POSTGRES_ADMIN_URL or " + DEFAULT_POSTGRES_ADMIN_URL + ")"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    migrate = subparsers.add_parser(
        "migrate",
        help="apply pending migrations to DATABASE_URL",
        description="Apply the pending aerich migrations of DATABASE_URL's dialect "
        "(migrations/sqlite or migrations/postgres). Running it again does nothing.",
        epilog="examples:\n"
        "  partnerlink migrate\n"
        "  DATABASE_URL=postgres://app@db:5432/partnerlink partnerlink migrate",
        formatter_class=Formatter,
    )
    migrate.set_defaults(handler=run_migrate)

    make = subparsers.add_parser(
        "makemigrations",
        help="write a migration NAME for both dialects from the model changes",
        description="For SQLite and for PostgreSQL: create an empty scratch database, apply "
        "the existing migrations, and let aerich write the model changes as migration NAME "
        "into migrations/<dialect>/models/. Read the SQL it writes before committing it.",
        epilog="example:\n  partnerlink makemigrations add_invitation_note",
        formatter_class=Formatter,
    )
    make.add_argument("name", help="migration name: letters, digits and underscores")
    make.add_argument("--postgres-admin-url", help=ADMIN_URL_HELP)
    make.set_defaults(handler=run_makemigrations)

    check = subparsers.add_parser(
        "check-migrations",
        help="exit 1 if the models differ from the migrations",
        description="For each dialect, upgrade a scratch database with the migrations and ask "
        "aerich whether the models need another migration. Exits 1 if so. PostgreSQL is "
        "skipped with a message when its server cannot be reached, unless CI is set.",
        epilog="examples:\n"
        "  partnerlink check-migrations\n"
        "  partnerlink check-migrations --dialect sqlite",
        formatter_class=Formatter,
    )
    check.add_argument("--dialect", choices=DIALECTS, help="check only this dialect")
    check.add_argument("--postgres-admin-url", help=ADMIN_URL_HELP)
    check.set_defaults(handler=run_check_migrations)


def _admin_url(args: argparse.Namespace) -> str:
    url: str = args.postgres_admin_url or postgres_admin_url()
    return url


def run_migrate(args: argparse.Namespace, settings: Settings) -> int:
    applied = asyncio.run(upgrade(settings.DATABASE_URL))
    dialect = dialect_of(settings.DATABASE_URL)
    print(f"database {redact_url(settings.DATABASE_URL)}")
    for name in applied:
        print(f"applied {dialect} migration {name}")
    if not applied:
        print(f"no pending {dialect} migration")
    return 0


def run_makemigrations(args: argparse.Namespace, settings: Settings) -> int:
    admin_url = _admin_url(args)
    if not asyncio.run(postgres_reachable(admin_url)):
        print(f"partnerlink: cannot reach PostgreSQL at {admin_url} (see --postgres-admin-url)")
        return 1
    written = asyncio.run(make_migrations(args.name, admin_url))
    for dialect, name in written.items():
        print(
            f"{dialect}: " + (f"wrote migrations/{dialect}/models/{name}" if name else "no change")
        )
    return 0


def run_check_migrations(args: argparse.Namespace, settings: Settings) -> int:
    admin_url = _admin_url(args)
    failed = False
    for dialect in [args.dialect] if args.dialect else list(DIALECTS):
        if dialect == "postgres" and not asyncio.run(postgres_reachable(admin_url)):
            print(
                f"postgres: cannot reach {admin_url}"
                + ("" if os.environ.get("CI") else ", skipped")
            )
            failed = failed or bool(os.environ.get("CI"))
            continue
        changes = asyncio.run(check_dialect(dialect, admin_url))
        if changes:
            failed = True
            print(
                f"{dialect}: the models differ from the migrations; run "
                "`partnerlink makemigrations NAME`. Pending SQL:"
            )
            for statement in changes:
                print(f"    {statement};")
        else:
            print(f"{dialect}: migrations match the models")
    return 1 if failed else 0
