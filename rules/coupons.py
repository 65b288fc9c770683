"""Cash coupons. After a reseller association, a customer's coupons deduct only expenditures from
before the association; otherwise any of the customer's expenditures."""

from datetime import datetime
from decimal import Decimal

from tortoise.transactions import in_transaction

from models import Association, CashCoupon, CouponDeduction, Expenditure
from models.enums import CooperationModel
from rules import audit
from rules.actors import Actor, CustomerActor, PartnerActor
from rules.clock import Clock, system_clock
from rules.errors import CouponCode, RuleError


async def reseller_cutoff(customer_id: int) -> datetime | None:
    """Expenditures from this moment on cannot be paid with coupons (None: no such limit)."""
    association = await Association.get_or_none(
        active_customer_id=customer_id, model=CooperationModel.RESELLER
    )
    return association.associated_at if association else None


async def apply_coupon(
    *,
    actor: Actor,
    coupon_id: int,
    expenditure_id: int,
    clock: Clock = system_clock,
) -> CouponDeduction:
    """Pays as much of the expenditure as the coupon's balance allows. A customer uses only its
    own coupons; an operator any.

    Raises COUPON_NOT_FOUND, EXPENDITURE_NOT_FOUND, COUPON_EXPIRED, COUPON_EMPTY,
    EXPENDITURE_ALREADY_PAID and EXPENDITURE_AFTER_RESELLER_ASSOCIATION.
    """
    now = clock.now()
    async with in_transaction():
        owner = actor.customer_id if isinstance(actor, CustomerActor) else None
        if isinstance(actor, PartnerActor):
            owner = 0  # partners pay with no customer's coupons
        coupon = await locked_coupon(coupon_id, owner)
        # Locked too: two coupons paying one expenditure at once must see each other's share.
        expenditure = (
            await Expenditure.filter(id=expenditure_id, customer_id=coupon.customer_id)
            .select_for_update()
            .first()
        )
        if expenditure is None:
            raise RuleError.of(
                CouponCode.EXPENDITURE_NOT_FOUND,
                "The coupon's owner has no such expenditure.",
                "expenditureId",
            )
        await refuse_unusable(coupon, expenditure.spent_at, now, field="expenditureId")
        left = outstanding(expenditure, await _paid_by_coupons(expenditure.id))
        if left <= 0:
            raise _refusal(CouponCode.EXPENDITURE_ALREADY_PAID, "expenditureId")
        return await deduct(actor, coupon, expenditure, min(left, coupon.balance), now)


async def locked_coupon(coupon_id: int, customer_id: int | None = None) -> CashCoupon:
    """The coupon, locked for this transaction on PostgreSQL; COUPON_NOT_FOUND also when it is
    not `customer_id`'s."""
    query = CashCoupon.filter(id=coupon_id)
    if customer_id is not None:
        query = query.filter(customer_id=customer_id)
    coupon = await query.select_for_update().first()
    if coupon is None:
        raise _refusal(CouponCode.COUPON_NOT_FOUND, "couponId")
    return coupon


REFUSALS = {
    CouponCode.COUPON_NOT_FOUND: "No such coupon.",
    CouponCode.COUPON_EXPIRED: "The coupon has expired.",
    CouponCode.COUPON_EMPTY: "The coupon has no balance left.",
    CouponCode.EXPENDITURE_AFTER_RESELLER_ASSOCIATION: "After a reseller association, coupons "
    "pay only expenditures from before it.",
    CouponCode.EXPENDITURE_ALREADY_PAID: "The expenditure is paid already.",
}


def coupon_refusal(coupon: CashCoupon, now: datetime) -> CouponCode | None:
    """Why the coupon can pay nothing now, whatever the expenditure."""
    if now >= coupon.valid_until:
        return CouponCode.COUPON_EXPIRED
    if coupon.balance <= 0:
        return CouponCode.COUPON_EMPTY
    return None


def after_cutoff(spent_at: datetime, cutoff: datetime | None) -> bool:
    """Spent at or after a reseller association (`reseller_cutoff`): no coupon may pay it."""
    return cutoff is not None and spent_at >= cutoff


def outstanding(expenditure: Expenditure, paid_by_coupons: Decimal) -> Decimal:
    """What is left to pay of the expenditure: neither cash nor coupons paid it."""
    left: Decimal = expenditure.amount - expenditure.cash_amount - paid_by_coupons
    return left


def _refusal(code: CouponCode, field: str) -> RuleError:
    return RuleError.of(code, REFUSALS[code], field)


async def refuse_unusable(
    coupon: CashCoupon, spent_at: datetime, now: datetime, *, field: str
) -> None:
    """Raises why the coupon cannot pay what was spent at `spent_at`, if it cannot."""
    refused = coupon_refusal(coupon, now)
    if refused is not None:
        raise _refusal(refused, "couponId")
    if after_cutoff(spent_at, await reseller_cutoff(coupon.customer_id)):
        raise _refusal(CouponCode.EXPENDITURE_AFTER_RESELLER_ASSOCIATION, field)


async def _paid_by_coupons(expenditure_id: int) -> Decimal:
    deductions = await CouponDeduction.filter(expenditure_id=expenditure_id)
    return sum((d.amount for d in deductions), start=Decimal("0.00"))


async def deduct(
    actor: Actor,
    coupon: CashCoupon,
    expenditure: Expenditure,
    amount: Decimal,
    now: datetime,
) -> CouponDeduction:
    # The coupon row is locked on PostgreSQL; the condition on the old balance keeps a
    # concurrent deduction from being lost wherever row locks are not available.
    taken = await CashCoupon.filter(id=coupon.id, balance=coupon.balance).update(
        balance=coupon.balance - amount
    )
    if taken != 1:
        raise RuleError.of(CouponCode.COUPON_EMPTY, "The coupon's balance ran out.", "couponId")
    deduction = await CouponDeduction.create(
        coupon_id=coupon.id, expenditure_id=expenditure.id, amount=amount, deducted_at=now
    )
    await audit.record(
        actor=actor,
        action="coupon.deducted",
        subject=("CashCoupon", coupon.id),
        customer_id=coupon.customer_id,
        at=now,
        before=audit.snapshot(balance=coupon.balance),
        after=audit.snapshot(balance=coupon.balance - amount, expenditure_id=expenditure.id),
    )
    return deduction
