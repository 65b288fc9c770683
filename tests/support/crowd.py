"""Prepares and inspects a live server's database, in a process of its own (the test process keeps
its Tortoise context on the test database):

    DATABASE_URL=... python -m tests.support.crowd seed N [--associated K]
    DATABASE_URL=... python -m tests.support.crowd inspect ID...

`seed` (on a migrated database, before or while the server runs) makes a reseller partner with an
API key and N newly registered customers, each through a single-use link invitation of its own and
with a live session; the first K of them are associated through the rules. It prints one JSON
object: {"partner": {"id", "key"}, "customers": [{"id", "token", "session"}, ...]}.

`inspect` prints, for each customer id, every trace an association leaves (see `traces`).
`events PARTNER_ID` prints the partner's events ({"id", "customer"}, oldest first), how many
webhook deliveries are still pending, and how many of the events no delivery has carried yet.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from datetime import UTC, datetime
from typing import Any

from tortoise.context import TortoiseContext

from app.database import tortoise_config
from models import Association, AuditEvent, Customer, Event, Freeze, Invitation, WebhookDelivery
from models.enums import CooperationModel, FreezeReason
from rules.actors import CustomerActor, OperatorActor
from rules.associations import associate
from rules.clock import FakeClock
from rules.partners import issue_api_key
from rules.sessions import start_session
from tests.builders import Builders, complete_steps


async def seed(count: int, associated: int) -> dict[str, Any]:
    build = Builders(FakeClock(datetime.now(UTC)))
    partner = await build.partner(CooperationModel.RESELLER)
    key = await issue_api_key(actor=OperatorActor(), partner_id=partner.id, label="tests")
    customers = []
    for index in range(count):
        invited = await build.invitation(partner, max_uses=1)
        customer = await build.customer(via=invited.invitation)
        _, session = await start_session(customer.id)
        if index < associated:
            await associate(
                actor=CustomerActor(customer.id),
                request=complete_steps(invited.token),
                clock=build.clock,
            )
        customers.append({"id": customer.id, "token": invited.token, "session": session})
    return {"partner": {"id": partner.id, "key": key.secret}, "customers": customers}


async def traces(customer_id: int) -> dict[str, Any]:
    """What a whole association of a link customer leaves behind, one entry per trace."""
    customer = await Customer.get(id=customer_id)
    invitation = await Invitation.get(id=customer.registered_via_invitation_id)
    actions: list[str] = await AuditEvent.filter(customer_id=customer_id).values_list(
        "action", flat=True
    )  # type: ignore[assignment]
    return {
        "association": await Association.filter(customer_id=customer_id).count(),
        "pendingBudgetFreeze": await Freeze.filter(
            customer_id=customer_id, reason=FreezeReason.PENDING_BUDGET, lifted_at=None
        ).count(),
        "associationCreatedEvents": actions.count("association.created"),
        "accountFrozenEvents": actions.count("account.frozen"),
        "customerEnabledEvents": actions.count("customer.enabled"),
        "invitationUses": invitation.use_count,
        "billingCountry": customer.billing_country,
        "agreementAccepted": customer.agreement_accepted_at is not None,
    }


async def inspect(customer_ids: list[int]) -> dict[str, Any]:
    return {str(customer_id): await traces(customer_id) for customer_id in customer_ids}


async def events(partner_id: int) -> dict[str, Any]:
    found = await Event.filter(partner_id=partner_id).order_by("id")
    return {
        "events": [{"id": e.id, "customer": e.customer_id} for e in found],
        "pending": await WebhookDelivery.filter(state="PENDING").count(),
        "undelivered": len(
            {e.id for e in found}
            - set(
                await WebhookDelivery.filter(state="SUCCEEDED").values_list("event_id", flat=True)
            )
        ),
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(os.environ["DATABASE_URL"]))
        if args.command == "seed":
            return await seed(args.count, args.associated)
        if args.command == "events":
            return await events(args.partner)
        return await inspect(args.ids)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.support.crowd")
    commands = parser.add_subparsers(dest="command", required=True)
    seeding = commands.add_parser("seed")
    seeding.add_argument("count", type=int)
    seeding.add_argument("--associated", type=int, default=0)
    inspecting = commands.add_parser("inspect")
    inspecting.add_argument("ids", type=int, nargs="+")
    commands.add_parser("events").add_argument("partner", type=int)
    print(json.dumps(asyncio.run(main_async(parser.parse_args()))))


if __name__ == "__main__":
    main()
