"""Command groups of the `partnerlink` command line.

Each module in `COMMAND_MODULES` has `register(subparsers)`, which adds its subcommands and sets
`handler` on each: a function of the parsed arguments and the settings returning an exit code.
To add a group (partners, API keys, ...): write `app/commands/<group>.py` and list it here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol

from app.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int]


class CommandModule(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def command_modules() -> list[CommandModule]:
    from app.commands import (
        attempts,
        budgets,
        deliver,
        dissociations,
        facts,
        invitations,
        keys,
        migrations,
        operator,
        partners,
        serve,
    )

    return [
        serve,
        deliver,
        migrations,
        partners,
        keys,
        invitations,
        facts,
        budgets,
        dissociations,
        attempts,
        operator,
    ]
