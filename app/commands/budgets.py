"""`partnerlink budgets roll-over`: the start of a month for exhausted monthly budgets."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from app.commands.common import add_action, add_group, run_operation
from app.settings import Settings
from rules.spending import roll_over


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "budgets",
        help="budget housekeeping",
        description="Budgets are set by partners through the API; this group holds what an "
        "operator or a scheduler runs.",
        epilog="example:\n  partnerlink budgets roll-over",
    )
    roll = add_action(
        actions,
        "roll-over",
        help="lift exhausted-budget freezes whose month has ended",
        description="An AUTO_FREEZE monthly budget that was exhausted keeps the account frozen "
        "until the next month begins. The server does this every minute and at each order; "
        "run this from a scheduler at 00:00 UTC on the 1st if no server is running. Running "
        "it again changes nothing.",
        epilog="example:\n  partnerlink budgets roll-over",
    )
    roll.set_defaults(handler=run_roll_over)


def run_roll_over(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        lifted = await roll_over(now=datetime.now(UTC))
        print(f"lifted {lifted} exhausted-budget freeze{'s' if lifted != 1 else ''}")

    return run_operation(settings, operation)
