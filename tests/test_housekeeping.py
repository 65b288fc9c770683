import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from app.housekeeping import housekeeping
from models import DissociationRequest
from models.dissociations import DissociationState
from models.enums import BudgetKind, CooperationModel, ExhaustionAction, OrderKind
from rules.actors import CustomerActor, PartnerActor
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.dissociations import request_dissociation
from rules.freezes import account_status
from rules.orders import OrderRequest, place_order
from tests.builders import Builders

PENDING = DissociationState.PENDING


@pytest.mark.committed
async def test_the_server_lifts_an_exhausted_freeze_when_the_month_turns(
    build: Builders, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 7, 30, tzinfo=UTC))
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="5.00",
        exhaustion_action=ExhaustionAction.AUTO_FREEZE,
        clock=clock,
    )
    await place_order(
        actor=CustomerActor(customer.id),
        request=OrderRequest(customer.id, OrderKind.PURCHASE, "5.00"),
        clock=clock,
    )
    assert (await account_status(customer.id)).frozen

    async with housekeeping(clock, every=0.01):
        await asyncio.sleep(0.05)
        assert (await account_status(customer.id)).frozen  # still July
        clock.set(datetime(2026, 8, 1, tzinfo=UTC))
        for _ in range(100):
            if not (await account_status(customer.id)).frozen:
                break
            await asyncio.sleep(0.01)

    assert not (await account_status(customer.id)).frozen


@pytest.mark.committed
async def test_the_server_expires_a_dissociation_request_after_14_days(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    asked = await request_dissociation(
        actor=PartnerActor(partner.id), customer_id=customer.id, reason="x", clock=clock
    )

    async with housekeeping(clock, every=0.01):
        await asyncio.sleep(0.05)
        assert (await DissociationRequest.get(id=asked.request.id)).state is PENDING
        clock.advance(timedelta(days=14))
        for _ in range(100):
            if (await DissociationRequest.get(id=asked.request.id)).state is not PENDING:
                break
            await asyncio.sleep(0.01)

    request = await DissociationRequest.get(id=asked.request.id)
    assert request.state is DissociationState.EXPIRED
