"""Seeds a running server's database for the console's browser tests, in a process of its own:

    DATABASE_URL=... python -m tests.support.console_seed

makes a reseller partner, "Nimbus Resale", with an API key, and 150 customers associated with it
through one link over the last 12 weeks (`client001` to `client150`, the oldest first), each
through the rules with the clock of its day. Most have a budget; a few do not and stay frozen
pending one (`client005`, `client010`, ...: every fifth up to 50). Three have spent 80, 95 and
100 % of a 100.00 budget this month (`client141` to `client143`), `client144` has running
resources, `client145` has a letter pending, `client147` is frozen by the partner and has a valid
reserved instance and support plan (three blockers to dissociation), `client148` has asked to
dissociate (its partner's letter approved), and `client139`'s budget changed 55 more times.
Besides the link they came by, the partner has 30 links that expired, and besides its key
(ADMIN, labelled "console"), a READ key and a MANAGE key. A referral
partner, "Lumen Referrals", has one customer, `referred1`. Prints one JSON object:
{"partner": {"id", "name", "key", "readKey", "manageKey"}, "referral": {"key"}, "customers":
{accountName: global id}} (`referred1` among the customers).
"""

from __future__ import annotations

import asyncio
import json
import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from strawberry.relay import GlobalID
from tortoise.context import TortoiseContext

from app.database import tortoise_config
from models import Partner, ReservedInstance, Resource, SupportPlan
from models.enums import (
    AuthorizationScope,
    BudgetKind,
    CooperationModel,
    FreezeType,
    KeyRole,
    OrderKind,
)
from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.associations import associate
from rules.authorizations import approve_authorization, request_authorization
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.dissociations import request_dissociation
from rules.freezes import freeze
from rules.orders import OrderRequest, place_order
from rules.partners import create_partner, issue_api_key
from tests.builders import Builders, complete_steps

COUNT = 150
# Budget changes on `client139`: more audit events than the console shows at once (50).
BUDGET_CHANGES = 55
# Links that expired weeks ago: more than one page of the console's invitation list (25).
EXPIRED_LINKS = 30
SPENT = {141: "80.00", 142: "95.00", 143: "100.00"}


def name_of(index: int) -> str:
    return f"client{index:03d}"


def pending_budget(index: int) -> bool:
    return index <= 50 and index % 5 == 0


async def _customers(partner: Partner, now: datetime) -> dict[str, int]:
    clock = FakeClock(now - timedelta(weeks=12))
    build = Builders(clock)
    link = await build.invitation(partner, valid_days=365)
    clock.set(now - timedelta(weeks=3))
    for _ in range(EXPIRED_LINKS):
        await build.invitation(partner, valid_days=1)
    ids = {}
    for index in range(1, COUNT + 1):
        # Spread over the last 12 weeks, the oldest first, the last ones this week.
        clock.set(now - timedelta(minutes=(COUNT - index) * 12 * 60 + 30))
        customer = await build.customer(via=link.invitation, name=name_of(index))
        await associate(
            actor=CustomerActor(customer.id), request=complete_steps(link.token), clock=clock
        )
        if not pending_budget(index):
            await set_budget(
                actor=PartnerActor(partner.id),
                customer_id=customer.id,
                kind=BudgetKind.MONTHLY,
                amount="100.00" if index in SPENT else "1500.00",
                clock=clock,
            )
        ids[name_of(index)] = customer.id
    return ids


async def _extras(partner_id: int, ids: dict[str, int], now: datetime) -> None:
    clock = FakeClock(now)
    for index, amount in SPENT.items():
        request = OrderRequest(
            customer_id=ids[name_of(index)],
            kind=OrderKind.PURCHASE,
            amount=Decimal(amount),
            description="Compute instances",
        )
        await place_order(actor=CustomerActor(ids[name_of(index)]), request=request, clock=clock)
    for number in (1, 2):
        await Resource.create(
            ref=f"res-{number}",
            customer_id=ids[name_of(144)],
            name=f"web-server-{number}",
            subscribed_at=now - timedelta(days=1),
        )
    await request_authorization(
        actor=PartnerActor(partner_id),
        customer_id=ids[name_of(145)],
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=clock,
    )
    await freeze(
        actor=PartnerActor(partner_id),
        customer_id=ids[name_of(147)],
        freeze_type=FreezeType.ACCOUNT,
        note="Overdue invoice",
        clock=clock,
    )
    await _dissociation(partner_id, ids, now)
    for step in range(BUDGET_CHANGES):
        await set_budget(
            actor=PartnerActor(partner_id),
            customer_id=ids[name_of(139)],
            kind=BudgetKind.MONTHLY,
            amount=f"{1000 + step}.00",
            clock=clock,
        )


async def _dissociation(partner_id: int, ids: dict[str, int], now: datetime) -> None:
    """What stops `client147` from being dissociated, and `client148`'s letter and request."""
    held: dict[str, Any] = {
        "customer_id": ids[name_of(147)],
        "valid_from": now - timedelta(days=30),
    }
    await ReservedInstance.create(ref="ri-147", valid_until=now + timedelta(days=300), **held)
    await SupportPlan.create(
        ref="sp-147", name="Business support", valid_until=now + timedelta(days=60), **held
    )
    customer = CustomerActor(ids[name_of(148)])
    letter = await request_authorization(
        actor=PartnerActor(partner_id),
        customer_id=customer.customer_id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=FakeClock(now),
    )
    await approve_authorization(actor=customer, authorization_id=letter.id, clock=FakeClock(now))
    await request_dissociation(
        actor=customer,
        customer_id=ids[name_of(148)],
        reason="Moving to a direct contract",
        clock=FakeClock(now),
    )


async def _referral(now: datetime) -> tuple[str, int]:
    """A referral partner's ADMIN key and its one customer's id."""
    partner = await create_partner(
        actor=OperatorActor(), name="Lumen Referrals", cooperation_model=CooperationModel.REFERRAL
    )
    key = await issue_api_key(actor=OperatorActor(), partner_id=partner.id, label="referrals")
    clock = FakeClock(now - timedelta(days=3))
    build = Builders(clock)
    link = await build.invitation(partner)
    customer = await build.customer(via=link.invitation, name="referred1")
    await associate(
        actor=CustomerActor(customer.id), request=complete_steps(link.token), clock=clock
    )
    return key.secret, customer.id


async def seed(database_url: str) -> dict[str, Any]:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(database_url))
        now = datetime.now(UTC)
        partner = await create_partner(
            actor=OperatorActor(), name="Nimbus Resale", cooperation_model=CooperationModel.RESELLER
        )
        key = await issue_api_key(actor=OperatorActor(), partner_id=partner.id, label="console")
        read = await issue_api_key(
            actor=OperatorActor(), partner_id=partner.id, label="viewer", role=KeyRole.READ
        )
        manage = await issue_api_key(
            actor=OperatorActor(), partner_id=partner.id, label="staff", role=KeyRole.MANAGE
        )
        ids = await _customers(partner, now)
        await _extras(partner.id, ids, now)
        referral_key, ids["referred1"] = await _referral(now)
        return {
            "partner": {
                "id": partner.id,
                "name": partner.name,
                "key": key.secret,
                "readKey": read.secret,
                "manageKey": manage.secret,
            },
            "referral": {"key": referral_key},
            "customers": {name: str(GlobalID("Customer", str(row))) for name, row in ids.items()},
        }


def main() -> None:
    print(json.dumps(asyncio.run(seed(os.environ["DATABASE_URL"]))))


if __name__ == "__main__":
    main()
