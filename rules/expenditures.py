"""A customer's expenditures, newest first, one keyset page at a time: what is left to pay of
each, and whether a cash coupon may pay it, with the coupon rule's reasons when not.

The customer sees its own; the partner it is actively associated with sees them too (it manages
the account's spending). Anyone else, a former partner included, sees an empty list.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from models import Association, CashCoupon, CouponDeduction, Expenditure
from models.enums import CooperationModel
from rules.actors import Actor, CustomerActor, PartnerActor
from rules.coupons import after_cutoff, coupon_refusal, outstanding
from rules.dashboard import Cursor
from rules.errors import CouponCode
from rules.keyset import DEFAULT_PAGE_SIZE, check_page_size, cursor_at, older_than

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class ExpenditureRow:
    expenditure: Expenditure
    outstanding: Decimal
    coupon_refusals: tuple[CouponCode, ...]  # empty: a coupon of the customer may pay it

    @property
    def paid(self) -> bool:
        return self.outstanding <= 0


@dataclass(frozen=True, slots=True)
class ExpenditurePage:
    rows: list[ExpenditureRow]
    cursors: list[Cursor]
    has_next_page: bool
    has_previous_page: bool


EMPTY = ExpenditurePage(rows=[], cursors=[], has_next_page=False, has_previous_page=False)


async def expenditure_page(
    *,
    actor: Actor | None,
    customer_id: int,
    now: datetime,
    first: int = DEFAULT_PAGE_SIZE,
    after: Cursor | None = None,
) -> ExpenditurePage:
    """Raises OUT_OF_RANGE for a page size outside 1..100 and INVALID_CURSOR.

    Five statements at most, whatever the page's size: the partner's association, the page,
    the coupon payments of its rows, the customer's coupons and its reseller association."""
    check_page_size(first)
    if not await may_see_expenditures(actor, customer_id):
        return EMPTY
    query = Expenditure.filter(customer_id=customer_id)
    if after is not None:
        query = query.filter(older_than("spent_at", after))
    found = await query.order_by("-spent_at", "-id").limit(first + 1)
    page = found[:first]
    return ExpenditurePage(
        rows=await _rows(customer_id, page, now),
        cursors=[cursor_at(row.spent_at, row.id) for row in page],
        has_next_page=len(found) > first,
        has_previous_page=after is not None,
    )


async def may_see_expenditures(actor: Actor | None, customer_id: int) -> bool:
    """The customer itself, or the partner actively associated with it."""
    if isinstance(actor, CustomerActor):
        return actor.customer_id == customer_id
    if isinstance(actor, PartnerActor):
        return await Association.exists(active_customer_id=customer_id, partner_id=actor.partner_id)
    return False


async def _rows(
    customer_id: int, page: Sequence[Expenditure], now: datetime
) -> list[ExpenditureRow]:
    if not page:
        return []
    paid = await _paid_by_coupons([row.id for row in page])
    coupons = await CashCoupon.filter(customer_id=customer_id)
    no_coupon = _no_usable_coupon(coupons, now)
    association = await Association.get_or_none(
        active_customer_id=customer_id, model=CooperationModel.RESELLER
    )
    cutoff = association.associated_at if association else None
    rows = []
    for expenditure in page:
        left = outstanding(expenditure, paid.get(expenditure.id, ZERO))
        refusals = [] if no_coupon is None else [no_coupon]
        if after_cutoff(expenditure.spent_at, cutoff):
            refusals.append(CouponCode.EXPENDITURE_AFTER_RESELLER_ASSOCIATION)
        if left <= 0:
            refusals.append(CouponCode.EXPENDITURE_ALREADY_PAID)
        rows.append(ExpenditureRow(expenditure, left, tuple(refusals)))
    return rows


async def _paid_by_coupons(expenditure_ids: list[int]) -> dict[int, Decimal]:
    paid: dict[int, Decimal] = {}
    for deduction in await CouponDeduction.filter(expenditure_id__in=expenditure_ids):
        paid[deduction.expenditure_id] = paid.get(deduction.expenditure_id, ZERO) + deduction.amount
    return paid


def _no_usable_coupon(coupons: Sequence[CashCoupon], now: datetime) -> CouponCode | None:
    """Why none of the customer's coupons can pay anything now: COUPON_NOT_FOUND without any,
    COUPON_EMPTY when an unexpired one is used up, COUPON_EXPIRED otherwise; None when one can."""
    if not coupons:
        return CouponCode.COUPON_NOT_FOUND
    refusals = {coupon_refusal(coupon, now) for coupon in coupons}
    if None in refusals:
        return None
    if CouponCode.COUPON_EMPTY in refusals:
        return CouponCode.COUPON_EMPTY
    return CouponCode.COUPON_EXPIRED
