from datetime import timedelta
from decimal import Decimal

import pytest

from models import CashCoupon, Customer, Expenditure
from models.enums import CooperationModel
from rules.actors import SYSTEM, CustomerActor
from rules.associations import associate
from rules.clock import FakeClock
from rules.coupons import apply_coupon
from rules.errors import CouponCode, RuleError
from tests.builders import Builders, complete_steps


async def coupon_for(customer: Customer, clock: FakeClock, balance: str = "50.00") -> CashCoupon:
    return await CashCoupon.create(
        ref=f"coupon-{customer.id}",
        customer=customer,
        face_value=Decimal(balance),
        balance=Decimal(balance),
        issued_at=clock.now() - timedelta(days=1),
        valid_until=clock.now() + timedelta(days=30),
    )


async def spend(customer: Customer, amount: str, clock: FakeClock, ref: str) -> Expenditure:
    return await Expenditure.create(
        ref=ref, customer=customer, amount=Decimal(amount), cash_amount=0, spent_at=clock.now()
    )


async def test_a_coupon_pays_an_expenditure_from_before_a_reseller_association(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, token = await build.newcomer(partner)
    before = await spend(customer, "30.00", clock, "e-before")
    coupon = await coupon_for(customer, clock)
    clock.advance(timedelta(minutes=5))
    await associate(actor=CustomerActor(customer.id), request=complete_steps(token), clock=clock)

    deduction = await apply_coupon(
        actor=SYSTEM, coupon_id=coupon.id, expenditure_id=before.id, clock=clock
    )

    assert deduction.amount == Decimal("30.00")
    await coupon.refresh_from_db()
    assert coupon.balance == Decimal("20.00")


async def test_a_coupon_refuses_an_expenditure_after_a_reseller_association(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    coupon = await coupon_for(customer, clock)
    clock.advance(timedelta(minutes=1))
    after = await spend(customer, "10.00", clock, "e-after")

    with pytest.raises(RuleError) as refusal:
        await apply_coupon(actor=SYSTEM, coupon_id=coupon.id, expenditure_id=after.id, clock=clock)

    assert refusal.value.codes == [CouponCode.EXPENDITURE_AFTER_RESELLER_ASSOCIATION]
    await coupon.refresh_from_db()
    assert coupon.balance == Decimal("50.00")


async def test_after_a_referral_association_coupons_pay_any_expenditure(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, _ = await build.associated(partner)
    coupon = await coupon_for(customer, clock)
    clock.advance(timedelta(minutes=1))
    after = await spend(customer, "10.00", clock, "e-referral")

    deduction = await apply_coupon(
        actor=SYSTEM, coupon_id=coupon.id, expenditure_id=after.id, clock=clock
    )

    assert deduction.amount == Decimal("10.00")


async def test_a_coupon_pays_what_its_balance_allows_then_is_empty(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    coupon = await coupon_for(customer, clock, balance="7.50")
    big = await spend(customer, "10.00", clock, "e-big")

    first = await apply_coupon(
        actor=SYSTEM, coupon_id=coupon.id, expenditure_id=big.id, clock=clock
    )
    with pytest.raises(RuleError) as refusal:
        await apply_coupon(actor=SYSTEM, coupon_id=coupon.id, expenditure_id=big.id, clock=clock)

    assert first.amount == Decimal("7.50")
    assert refusal.value.codes == [CouponCode.COUPON_EMPTY]


async def test_a_paid_expenditure_is_not_paid_twice(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    coupon = await coupon_for(customer, clock)
    small = await spend(customer, "5.00", clock, "e-small")
    await apply_coupon(actor=SYSTEM, coupon_id=coupon.id, expenditure_id=small.id, clock=clock)

    with pytest.raises(RuleError) as refusal:
        await apply_coupon(actor=SYSTEM, coupon_id=coupon.id, expenditure_id=small.id, clock=clock)

    assert refusal.value.codes == [CouponCode.EXPENDITURE_ALREADY_PAID]


async def test_an_expired_coupon_pays_nothing(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    coupon = await coupon_for(customer, clock)
    expenditure = await spend(customer, "5.00", clock, "e-late")
    clock.advance(timedelta(days=30))

    with pytest.raises(RuleError) as refusal:
        await apply_coupon(
            actor=SYSTEM, coupon_id=coupon.id, expenditure_id=expenditure.id, clock=clock
        )

    assert refusal.value.codes == [CouponCode.COUPON_EXPIRED]


async def test_unknown_coupon_and_another_accounts_expenditure_are_not_found(
    build: Builders, clock: FakeClock
) -> None:
    owner, other = await build.customer(), await build.customer()
    coupon = await coupon_for(owner, clock)
    foreign = await spend(other, "5.00", clock, "e-foreign")

    with pytest.raises(RuleError) as missing_coupon:
        await apply_coupon(actor=SYSTEM, coupon_id=999_999, expenditure_id=foreign.id, clock=clock)
    with pytest.raises(RuleError) as foreign_spend:
        await apply_coupon(
            actor=SYSTEM, coupon_id=coupon.id, expenditure_id=foreign.id, clock=clock
        )

    assert missing_coupon.value.codes == [CouponCode.COUPON_NOT_FOUND]
    assert foreign_spend.value.codes == [CouponCode.EXPENDITURE_NOT_FOUND]
