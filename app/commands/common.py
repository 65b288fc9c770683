"""What the operator commands share (not a command group itself).

`run_operation` opens DATABASE_URL in a Tortoise context of its own, applies pending migrations
first (as `serve` does), runs the operation, and closes the connections. A refusal of the rules
(`RuleError`) becomes one line per problem on stderr and exit code 1, e.g.
`partnerlink: PARTNER_NAME_TAKEN (name): A partner named 'Acme' exists.`
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import textwrap
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from tortoise.context import TortoiseContext
from tortoise.exceptions import BaseORMException

from app.database import ensure_database_dir, sqlite_file, tortoise_config
from app.migrations import apply_migrations
from app.settings import Settings
from rules.errors import Problem, RuleError

Operation = Callable[[], Awaitable[None]]


class DatabaseUnavailable(Exception):
    """DATABASE_URL cannot be opened or migrated."""


class UsageError(Exception):
    """Options that parse but do not go together; exit code 2, as argparse's own errors."""


def add_group(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,
    description: str,
    epilog: str,
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """A command group (`partnerlink NAME ACTION ...`); returns the subparsers for its actions."""
    group = subparsers.add_parser(
        name, help=help, description=description, epilog=epilog, formatter_class=Formatter
    )
    return group.add_subparsers(dest="action", metavar="ACTION", required=True)


def add_action(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,
    description: str,
    epilog: str,
) -> argparse.ArgumentParser:
    return actions.add_parser(
        name, help=help, description=description, epilog=epilog, formatter_class=Formatter
    )


class Parser(argparse.ArgumentParser):
    """The command line's parsers: the description and epilog are wrapped once, when the parser is
    built (`wrap`), and printed as they are then (argparse's `RawDescriptionHelpFormatter`). The
    parsers of subcommands are made of the same class (argparse's `add_subparsers` default)."""

    def __init__(
        self,
        *,
        description: str | None = None,
        epilog: str | None = None,
        formatter_class: type[argparse.HelpFormatter] = argparse.RawDescriptionHelpFormatter,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            description=wrap(description),
            epilog=wrap(epilog),
            formatter_class=formatter_class,
            **kwargs,
        )


# What the command modules pass as `formatter_class`: the help text is already wrapped.
Formatter = argparse.RawDescriptionHelpFormatter


def wrap(text: str | None) -> str | None:
    """Lines that start with text filled to the terminal's width, as argparse measures it; empty
    and indented lines (the examples) kept as written."""
    if not text:
        return text
    width = max(shutil.get_terminal_size().columns - 2, 11)
    lines: list[str] = []
    for line in text.splitlines():
        if not line or line.startswith(" "):
            lines.append(line)
        else:
            lines += textwrap.wrap(line, width)
    return "\n".join(lines)


def run_operation(settings: Settings, operation: Operation) -> int:
    """Run `operation` against DATABASE_URL; the exit code of the command."""
    try:
        asyncio.run(_with_database(settings.DATABASE_URL, operation))
    except RuleError as error:
        for problem in error.problems:
            fail(describe_problem(problem))
        return 1
    except UsageError as error:
        fail(str(error))
        return 2
    except DatabaseUnavailable as error:
        fail(str(error))
        return 1
    return 0


async def _with_database(database_url: str, operation: Operation) -> None:
    new_file = new_sqlite_file(database_url)
    async with TortoiseContext() as ctx:
        try:
            ensure_database_dir(database_url)
            await ctx.init(config=tortoise_config(database_url))
            applied = await apply_migrations(database_url)
        except (OSError, BaseORMException, asyncpg.PostgresError) as error:
            raise DatabaseUnavailable(
                f"cannot open or migrate the database {redact_url(database_url)}: {error}"
            ) from error
        if new_file is not None:
            print(f"partnerlink: created the database {new_file}", file=sys.stderr)
        for name in applied:
            print(f"partnerlink: applied migration {name}", file=sys.stderr)
        await operation()


def new_sqlite_file(database_url: str) -> Path | None:
    """The SQLite file of DATABASE_URL when it does not exist yet: opening it creates it, which
    the command says, so that an unexpected new database does not go unnoticed."""
    path = sqlite_file(database_url)
    return path.resolve() if path is not None and not path.exists() else None


def describe_problem(problem: Problem) -> str:
    field = f" ({problem.field})" if problem.field else ""
    return f"{problem.code}{field}: {problem.message}"


def fail(message: str) -> None:
    print(f"partnerlink: {message}", file=sys.stderr)


def redact_url(url: str) -> str:
    """The URL without its password, fit for an error message."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


# --- output ------------------------------------------------------------------------------------


def iso_time(moment: datetime | None) -> str:
    """ISO 8601 in UTC to the second, e.g. 2026-03-10T12:00:00Z; '-' for none."""
    if moment is None:
        return "-"
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def printable(text: str) -> str:
    """Control characters escaped, so that stored text cannot break a line or a table."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns two spaces apart, a header line first."""
    cells = [[printable(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    )
