"""Concurrent requests on committed data: the database decides who wins. Real races happen on
PostgreSQL (pooled connections, row locks); SQLite runs the same stories one at a time."""

import asyncio
from collections import Counter
from collections.abc import Awaitable, Sequence
from datetime import timedelta
from decimal import Decimal

import pytest

from models import (
    Association,
    AuditEvent,
    Budget,
    BudgetAlert,
    BudgetChange,
    CashCoupon,
    CouponDeduction,
    Expenditure,
    Freeze,
    Invitation,
    Order,
)
from models.enums import (
    BudgetKind,
    CooperationModel,
    FreezeReason,
    FreezeType,
    InvitationKind,
    OrderKind,
)
from rules.actors import SYSTEM, CustomerActor, PartnerActor
from rules.associations import associate
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.coupons import apply_coupon
from rules.errors import Code, RuleError
from rules.freezes import freeze
from rules.orders import OrderRequest, place_order
from tests.builders import Builders, complete_steps

pytestmark = pytest.mark.committed
CONTENDERS = 20


async def outcomes(attempts: Sequence[Awaitable[object]]) -> Counter[str | Code]:
    """How many attempts succeeded ("ok") and how many were refused with each code."""
    results = await asyncio.gather(*attempts, return_exceptions=True)
    tally: Counter[str | Code] = Counter()
    for result in results:
        if isinstance(result, RuleError):
            tally.update(result.codes)
        elif isinstance(result, BaseException):
            raise result
        else:
            tally["ok"] += 1
    return tally


async def test_twenty_partners_associating_one_customer_leave_one_association(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    tokens = []
    for _ in range(CONTENDERS):
        partner = await build.partner(CooperationModel.RESELLER)
        invited = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=customer)
        tokens.append(invited.token)
    actor = CustomerActor(customer.id)

    tally = await outcomes(
        [associate(actor=actor, request=complete_steps(t), clock=clock) for t in tokens]
    )

    assert tally == {"ok": 1, "ALREADY_ASSOCIATED": CONTENDERS - 1}
    winner = await Association.get(customer_id=customer.id)
    assert await Freeze.filter(customer_id=customer.id).count() == 1
    used = await Invitation.filter(use_count=1)
    assert [invitation.partner_id for invitation in used] == [winner.partner_id]
    created = await AuditEvent.filter(action="association.created", customer_id=customer.id)
    assert [(e.subject_id, e.partner_id) for e in created] == [(winner.id, winner.partner_id)]


async def test_twenty_customers_racing_for_a_single_use_link_leave_one_winner(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    invited = await build.invitation(partner, max_uses=1)
    customers = [await build.customer(via=invited.invitation) for _ in range(CONTENDERS)]

    tally = await outcomes(
        [
            associate(actor=CustomerActor(c.id), request=complete_steps(invited.token), clock=clock)
            for c in customers
        ]
    )

    assert tally == {"ok": 1, "INVITATION_USED_UP": CONTENDERS - 1}
    await invited.invitation.refresh_from_db()
    assert invited.invitation.use_count == 1
    assert await Association.filter(partner_id=partner.id).count() == 1
    assert await AuditEvent.filter(action="association.created").count() == 1


async def test_concurrent_budgets_and_freezes_on_one_customer_stay_consistent(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    actor = PartnerActor(partner.id)
    amounts = [f"{n}.00" for n in range(1, 11)]

    tally = await outcomes(
        [
            *(
                set_budget(
                    actor=actor,
                    customer_id=customer.id,
                    kind=BudgetKind.MONTHLY,
                    amount=amount,
                    clock=clock,
                )
                for amount in amounts
            ),
            *(
                freeze(
                    actor=actor,
                    customer_id=customer.id,
                    freeze_type=FreezeType.ACCOUNT,
                    clock=clock,
                )
                for _ in range(10)
            ),
        ]
    )

    assert tally == {"ok": 11, "ALREADY_FROZEN": 9}
    budget = await Budget.get(customer_id=customer.id)
    changes = await BudgetChange.filter(budget_id=budget.id).order_by("id")
    assert sorted(str(c.amount) for c in changes) == sorted(amounts)
    # Each change saw the one before it: the history is a chain, not a set of lost updates.
    assert [c.previous_amount for c in changes] == [None, *(c.amount for c in changes[:-1])]
    assert budget.amount == changes[-1].amount
    active = await Freeze.filter(customer_id=customer.id, lifted_at__isnull=True)
    assert [f.reason for f in active] == [FreezeReason.PARTNER]
    assert await AuditEvent.filter(action="budget.set").count() == 10
    assert await AuditEvent.filter(action="account.frozen", partner_id=partner.id).count() == 2
    assert await AuditEvent.filter(action="account.unfrozen").count() == 1


async def test_concurrent_orders_never_pass_the_budget_together(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="100.00",
        clock=clock,
    )
    actor = CustomerActor(customer.id)

    tally = await outcomes(
        [
            place_order(
                actor=actor,
                request=OrderRequest(customer.id, OrderKind.PURCHASE, "30.00"),
                clock=clock,
            )
            for _ in range(CONTENDERS)
        ]
    )

    assert tally == {"ok": 3, "BUDGET_EXCEEDED": CONTENDERS - 3}
    assert await Order.filter(customer_id=customer.id).count() == 3
    assert await AuditEvent.filter(action="order.placed").count() == 3
    assert await BudgetAlert.filter(threshold_percent=75).count() == 1


async def test_two_coupons_paying_one_expenditure_at_once_never_overpay_it(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    expenditure = await Expenditure.create(
        ref="shared",
        customer=customer,
        amount=Decimal("10.00"),
        cash_amount=0,
        spent_at=clock.now(),
    )
    coupons = [
        await CashCoupon.create(
            ref=f"race-{n}",
            customer=customer,
            face_value=Decimal("10.00"),
            balance=Decimal("10.00"),
            issued_at=clock.now(),
            valid_until=clock.now() + timedelta(days=30),
        )
        for n in range(CONTENDERS)
    ]

    tally = await outcomes(
        [
            apply_coupon(
                actor=SYSTEM, coupon_id=coupon.id, expenditure_id=expenditure.id, clock=clock
            )
            for coupon in coupons
        ]
    )

    assert tally == {"ok": 1, "EXPENDITURE_ALREADY_PAID": CONTENDERS - 1}
    paid = await CouponDeduction.filter(expenditure_id=expenditure.id)
    assert sum(d.amount for d in paid) == Decimal("10.00")
