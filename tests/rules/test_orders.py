"""Orders against freezes, budgets, coupons and authorization letters."""

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from models import (
    Association,
    AuditEvent,
    BudgetAlert,
    CashCoupon,
    Customer,
    Expenditure,
    Freeze,
    Order,
    Partner,
)
from models.enums import (
    AuthorizationScope,
    BudgetKind,
    CooperationModel,
    ExhaustionAction,
    FreezeReason,
    FreezeType,
    OrderKind,
)
from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.authorizations import approve_authorization, request_authorization
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.errors import CouponCode, InputCode, OrderCode, RuleError
from rules.facts_import import import_facts
from rules.freezes import account_status, freeze
from rules.orders import OrderRequest, place_order
from rules.spending import roll_over
from tests.builders import Builders


async def budgeted(
    build: Builders,
    clock: FakeClock,
    amount: str = "100.00",
    kind: BudgetKind = BudgetKind.MONTHLY,
    action: ExhaustionAction = ExhaustionAction.MANUAL,
) -> tuple[Partner, Customer]:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=kind,
        amount=amount,
        exhaustion_action=action,
        clock=clock,
    )
    return partner, customer


async def order(
    customer: Customer, amount: str, clock: FakeClock, **options: object
) -> Decimal | None:
    placed = await place_order(
        actor=CustomerActor(customer.id),
        request=OrderRequest(customer.id, OrderKind.PURCHASE, amount, **options),  # type: ignore[arg-type]
        clock=clock,
    )
    return placed.budget_usage.spent if placed.budget_usage else None


async def refusal_of(customer: Customer, amount: str, clock: FakeClock) -> list[object]:
    with pytest.raises(RuleError) as refused:
        await order(customer, amount, clock)
    return list(refused.value.codes)


async def thresholds_alerted() -> list[int]:
    """The threshold of each budget alert raised, in no particular order."""
    # Tortoise types even a flat values_list as tuples.
    alerted: list[int] = await BudgetAlert.all().values_list("threshold_percent", flat=True)  # type: ignore[assignment]
    return alerted


async def test_an_order_within_the_budget_is_recorded_as_an_expenditure(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock)

    spent = await order(customer, "40.00", clock, description="2 vCPU")

    assert spent == Decimal("40.00")
    placed = await Order.get(customer_id=customer.id)
    expenditure = await Expenditure.get(id=placed.expenditure_id)
    assert (expenditure.amount, expenditure.cash_amount) == (Decimal("40.00"), Decimal("40.00"))
    assert expenditure.spent_at == clock.now()


async def test_an_order_that_would_pass_the_budget_is_refused(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock)
    await order(customer, "99.99", clock)

    assert await refusal_of(customer, "0.02", clock) == [OrderCode.BUDGET_EXCEEDED]
    assert await order(customer, "0.01", clock) == Decimal("100.00")
    assert await Order.filter(customer_id=customer.id).count() == 2


async def test_a_monthly_budget_starts_again_on_the_first_at_midnight_utc(
    build: Builders, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 3, 31, 23, 0, tzinfo=UTC))
    _, customer = await budgeted(build, clock)
    await order(customer, "100.00", clock)
    clock.set(datetime(2026, 3, 31, 23, 59, 59, 999999, tzinfo=UTC))
    assert await refusal_of(customer, "1.00", clock) == [OrderCode.BUDGET_EXCEEDED]

    clock.set(datetime(2026, 4, 1, 0, 0, tzinfo=UTC))

    assert await order(customer, "1.00", clock) == Decimal("1.00")


async def test_a_package_budget_counts_all_spend_since_the_association(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock, amount="50.00", kind=BudgetKind.PACKAGE)
    await order(customer, "30.00", clock)
    clock.advance(timedelta(days=45))

    assert await refusal_of(customer, "20.01", clock) == [OrderCode.BUDGET_EXCEEDED]
    assert await order(customer, "20.00", clock) == Decimal("50.00")


async def test_a_frozen_account_cannot_order(build: Builders, clock: FakeClock) -> None:
    partner, customer = await budgeted(build, clock)
    await freeze(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        freeze_type=FreezeType.ACCOUNT,
        clock=clock,
    )

    assert await refusal_of(customer, "1.00", clock) == [OrderCode.ACCOUNT_FROZEN]
    assert not await Order.exists(customer_id=customer.id)


async def test_an_account_pending_a_budget_cannot_order(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)

    assert await refusal_of(customer, "1.00", clock) == [OrderCode.ACCOUNT_FROZEN]


async def test_a_referral_customer_orders_without_a_budget(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, _ = await build.associated(partner)

    assert await order(customer, "5000.00", clock) is None
    assert await Order.filter(customer_id=customer.id).count() == 1


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("0", InputCode.OUT_OF_RANGE),
        ("-1", InputCode.NEGATIVE_AMOUNT),
        ("1.001", InputCode.TOO_MANY_DECIMAL_PLACES),
    ],
)
async def test_bad_amounts_are_refused(
    build: Builders, clock: FakeClock, amount: str, code: InputCode
) -> None:
    _, customer = await budgeted(build, clock)

    assert await refusal_of(customer, amount, clock) == [code]


async def test_alerts_are_raised_once_per_threshold_and_period(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock)

    await order(customer, "74.99", clock)
    assert not await BudgetAlert.exists()
    await order(customer, "0.01", clock)
    await order(customer, "1.00", clock)
    assert await thresholds_alerted() == [75]
    await order(customer, "24.00", clock)

    assert sorted(await thresholds_alerted()) == [75, 90, 100]
    assert await AuditEvent.filter(action="budget.alert").count() == 3
    clock.advance(timedelta(days=31))
    await order(customer, "80.00", clock)
    assert await BudgetAlert.filter(threshold_percent=75).count() == 2


async def test_an_auto_freeze_budget_freezes_the_account_when_exhausted(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock, action=ExhaustionAction.AUTO_FREEZE)

    await order(customer, "100.00", clock)

    assert (await account_status(customer.id)).reasons == {FreezeReason.BUDGET_EXHAUSTED}
    assert await refusal_of(customer, "0.01", clock) == [OrderCode.ACCOUNT_FROZEN]


async def test_raising_the_budget_lifts_the_exhausted_freeze(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer = await budgeted(build, clock, action=ExhaustionAction.AUTO_FREEZE)
    await order(customer, "100.00", clock)

    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="150.00",
        exhaustion_action=ExhaustionAction.AUTO_FREEZE,
        clock=clock,
    )

    assert not (await account_status(customer.id)).frozen
    assert await order(customer, "50.00", clock) == Decimal("150.00")


async def test_the_next_period_lifts_the_exhausted_freeze(
    build: Builders, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 5, 20, tzinfo=UTC))
    _, customer = await budgeted(build, clock, action=ExhaustionAction.AUTO_FREEZE)
    await order(customer, "100.00", clock)
    clock.set(datetime(2026, 5, 31, 23, 59, tzinfo=UTC))
    assert await roll_over(now=clock.now()) == 0

    clock.set(datetime(2026, 6, 1, tzinfo=UTC))

    assert await roll_over(now=clock.now()) == 1
    assert not (await account_status(customer.id)).frozen


async def test_an_order_in_a_new_period_lifts_the_exhausted_freeze_itself(
    build: Builders, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 5, 20, tzinfo=UTC))
    _, customer = await budgeted(build, clock, action=ExhaustionAction.AUTO_FREEZE)
    await order(customer, "100.00", clock)
    clock.set(datetime(2026, 6, 2, tzinfo=UTC))

    assert await order(customer, "10.00", clock) == Decimal("10.00")


async def test_a_manual_budget_refuses_orders_but_does_not_freeze(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock, action=ExhaustionAction.MANUAL)

    await order(customer, "100.00", clock)

    assert not (await account_status(customer.id)).frozen
    assert await refusal_of(customer, "0.01", clock) == [OrderCode.BUDGET_EXCEEDED]


async def test_a_partner_with_an_approved_letter_orders_on_the_customers_behalf(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer = await budgeted(build, clock)
    letter = await request_authorization(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=clock,
    )
    await approve_authorization(
        actor=CustomerActor(customer.id), authorization_id=letter.id, clock=clock
    )

    placed = await place_order(
        actor=PartnerActor(partner.id),
        request=OrderRequest(customer.id, OrderKind.RENEWAL, "12.00"),
        clock=clock,
    )

    assert placed.order.placed_by_partner_id == partner.id
    event = await AuditEvent.get(action="order.placed")
    assert (event.actor_kind, event.actor_id, event.on_behalf_of_customer_id) == (
        "PARTNER",
        partner.id,
        customer.id,
    )


@pytest.mark.parametrize("scope", [None, AuthorizationScope.OPERATIONS_AND_MAINTENANCE])
async def test_a_partner_without_an_approved_place_orders_letter_is_refused(
    build: Builders, clock: FakeClock, scope: AuthorizationScope | None
) -> None:
    partner, customer = await budgeted(build, clock)
    if scope is not None:
        letter = await request_authorization(
            actor=PartnerActor(partner.id), customer_id=customer.id, scopes=[scope], clock=clock
        )
        await approve_authorization(
            actor=CustomerActor(customer.id), authorization_id=letter.id, clock=clock
        )

    with pytest.raises(RuleError) as refused:
        await place_order(
            actor=PartnerActor(partner.id),
            request=OrderRequest(customer.id, OrderKind.CHANGE, "1.00"),
            clock=clock,
        )

    assert refused.value.codes == [OrderCode.NOT_AUTHORIZED_TO_ORDER]


async def test_a_customer_orders_only_for_itself(build: Builders, clock: FakeClock) -> None:
    _, customer = await budgeted(build, clock)
    other = await build.customer()

    with pytest.raises(RuleError) as refused:
        await place_order(
            actor=CustomerActor(other.id),
            request=OrderRequest(customer.id, OrderKind.PURCHASE, "1.00"),
            clock=clock,
        )

    assert refused.value.codes == [OrderCode.NOT_AUTHORIZED_TO_ORDER]


async def coupon_of(customer: Customer, clock: FakeClock, balance: str) -> CashCoupon:
    return await CashCoupon.create(
        ref=f"cp-{customer.id}",
        customer=customer,
        face_value=Decimal(balance),
        balance=Decimal(balance),
        issued_at=clock.now(),
        valid_until=clock.now() + timedelta(days=90),
    )


async def test_a_referral_customer_pays_part_of_an_order_with_a_coupon(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, _ = await build.associated(partner)
    coupon = await coupon_of(customer, clock, "15.00")

    placed = await place_order(
        actor=CustomerActor(customer.id),
        request=OrderRequest(customer.id, OrderKind.PURCHASE, "20.00", coupon_id=coupon.id),
        clock=clock,
    )

    assert placed.coupon_deduction is not None
    assert placed.coupon_deduction.amount == Decimal("15.00")
    expenditure = await Expenditure.get(id=placed.order.expenditure_id)
    assert expenditure.cash_amount == Decimal("5.00")
    await coupon.refresh_from_db()
    assert coupon.balance == Decimal("0.00")


async def test_a_reseller_customers_new_order_cannot_use_a_coupon(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock)
    coupon = await coupon_of(customer, clock, "15.00")

    with pytest.raises(RuleError) as refused:
        await order(customer, "10.00", clock, coupon_id=coupon.id)

    assert refused.value.codes == [CouponCode.EXPENDITURE_AFTER_RESELLER_ASSOCIATION]
    assert refused.value.problems[0].field == "couponId"
    assert not await Order.exists()
    await coupon.refresh_from_db()
    assert coupon.balance == Decimal("15.00")


async def test_an_exhausted_budget_freezes_the_account_even_when_the_order_is_refused(
    build: Builders, clock: FakeClock
) -> None:
    _, customer = await budgeted(build, clock, amount="10.00", action=ExhaustionAction.AUTO_FREEZE)
    await import_facts(
        actor=OperatorActor(),
        lines=[
            json.dumps(
                {
                    "type": "expenditure",
                    "ref": "imported",
                    "customer": customer.account_name,
                    "amount": "10.00",
                    "spent_at": clock.now().isoformat(),
                }
            )
        ],
        clock=clock,
    )
    assert (await account_status(customer.id)).reasons == {FreezeReason.BUDGET_EXHAUSTED}
    await Freeze.filter(customer_id=customer.id).update(lifted_at=clock.now(), active_key=None)

    assert await refusal_of(customer, "1.00", clock) == [OrderCode.ACCOUNT_FROZEN]
    assert (await account_status(customer.id)).reasons == {FreezeReason.BUDGET_EXHAUSTED}
    assert await BudgetAlert.filter(threshold_percent=100).count() == 1


async def test_lowering_a_budget_below_the_spend_raises_its_alerts(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer = await budgeted(build, clock, amount="100.00")
    await order(customer, "60.00", clock)
    assert not await BudgetAlert.exists()

    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="64.00",
        clock=clock,
    )

    assert sorted(await thresholds_alerted()) == [75, 90]


async def test_a_partner_no_longer_associated_cannot_order_with_its_old_letter(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, association = await build.associated(partner, letter=True)
    await Association.filter(id=association.id).update(
        dissolved_at=clock.now(), active_customer_id=None
    )

    with pytest.raises(RuleError) as refused:
        await place_order(
            actor=PartnerActor(partner.id),
            request=OrderRequest(customer.id, OrderKind.PURCHASE, "1.00"),
            clock=clock,
        )

    assert refused.value.codes == [OrderCode.NOT_AUTHORIZED_TO_ORDER]
