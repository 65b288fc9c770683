"""`partnerlink dissociations expire`: unanswered dissociation requests, 14 days on."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from app.commands.common import add_action, add_group, run_operation
from app.settings import Settings
from rules.dissociations import expire_dissociations


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "dissociations",
        help="dissociation housekeeping",
        description="Partners and customers ask to dissociate through the API; this group holds "
        "what an operator or a scheduler runs.",
        epilog="example:\n  partnerlink dissociations expire",
    )
    expire = add_action(
        actions,
        "expire",
        help="expire dissociation requests unanswered for 14 days",
        description="A dissociation request nobody answered within 14 days expires. The server "
        "does this every minute; run this from a scheduler if no server is running. Running it "
        "again changes nothing.",
        epilog="example:\n  partnerlink dissociations expire",
    )
    expire.set_defaults(handler=run_expire)


def run_expire(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        expired = await expire_dissociations(now=datetime.now(UTC))
        print(f"expired {expired} dissociation request{'s' if expired != 1 else ''}")

    return run_operation(settings, operation)
