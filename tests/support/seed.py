"""Seeds a running server's database for the journey tests, in a process of its own:

    DATABASE_URL=... python -m tests.support.seed

prints one JSON object: two partners (reseller and referral) with API keys, invitation tokens
(links, an expired link, online invitations) and two existing accounts with their passwords: one
registered an hour ago, one 8 days ago (too old to associate). Facts and past times are written
through the rules with a clock set in the past, as the billing systems and earlier days would.
"""

from __future__ import annotations

import asyncio
import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.context import TortoiseContext

from app.database import tortoise_config
from models.enums import CooperationModel, InvitationKind
from rules.actors import OperatorActor, PartnerActor
from rules.clock import FakeClock, system_clock
from rules.customers import Registration, register_customer
from rules.invitations import create_invitation
from rules.partners import create_partner, issue_api_key

PASSWORD = "correct horse battery"


async def _partner(name: str, model: CooperationModel) -> dict[str, Any]:
    partner = await create_partner(actor=OperatorActor(), name=name, cooperation_model=model)
    issued = await issue_api_key(actor=OperatorActor(), partner_id=partner.id, label="tests")
    return {"id": partner.id, "name": name, "key": issued.secret}


async def _link(partner_id: int, *, clock: Any = system_clock, valid_days: int = 30) -> str:
    created = await create_invitation(
        actor=PartnerActor(partner_id),
        partner_id=partner_id,
        kind=InvitationKind.LINK,
        valid_days=valid_days,
        clock=clock,
    )
    return created.token


async def _online(partner_id: int, account_name: str) -> str:
    created = await create_invitation(
        actor=PartnerActor(partner_id),
        partner_id=partner_id,
        kind=InvitationKind.ONLINE,
        invitee_account_name=account_name,
    )
    return created.token


async def _account(name: str, *, registered_ago: timedelta) -> dict[str, str]:
    clock = FakeClock(datetime.now(UTC) - registered_ago)
    registration = Registration(
        account_name=name, email=f"{name}@example.com", password=PASSWORD, country="DE"
    )
    await register_customer(registration, email_verified=True, clock=clock)
    return {"accountName": name, "password": PASSWORD}


async def seed(database_url: str) -> dict[str, Any]:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(database_url))
        reseller = await _partner("Nimbus Resale", CooperationModel.RESELLER)
        referral = await _partner("Cirrus Referrals", CooperationModel.REFERRAL)
        recent = await _account("orion", registered_ago=timedelta(hours=1))
        veteran = await _account("vesta", registered_ago=timedelta(days=8))
        month_ago = FakeClock(datetime.now(UTC) - timedelta(days=40))
        return {
            "reseller": reseller,
            "referral": referral,
            "recent": recent,
            "veteran": veteran,
            "tokens": {
                "resellerLink": await _link(reseller["id"]),
                "referralLink": await _link(referral["id"]),
                "expiredLink": await _link(reseller["id"], clock=month_ago, valid_days=30),
                "recentOnline": await _online(referral["id"], recent["accountName"]),
                "veteranOnline": await _online(reseller["id"], veteran["accountName"]),
            },
        }


def main() -> None:
    print(json.dumps(asyncio.run(seed(os.environ["DATABASE_URL"]))))


if __name__ == "__main__":
    main()
