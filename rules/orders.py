"""Orders: purchases, renewals and changes, gated by freezes, the budget and coupon rules.

A customer orders for itself; a partner with an approved PLACE_ORDERS letter orders on its
customer's behalf. An accepted order is recorded as an expenditure of the customer.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from tortoise.transactions import in_transaction

from models import Association, Budget, CouponDeduction, Customer, Expenditure, Order
from models.enums import AuthorizationScope, OrderKind
from rules import audit
from rules.actors import SYSTEM, CustomerActor, PartnerActor
from rules.authorizations import approved_scopes
from rules.clock import Clock, system_clock
from rules.coupons import deduct, locked_coupon, refuse_unusable
from rules.errors import InputCode, OrderCode, Problem, RuleError
from rules.freezes import account_status
from rules.hashing import new_token
from rules.spending import (
    BudgetUsage,
    budget_of,
    enforce_exhaustion,
    raise_alerts,
    reassess,
    usage,
)
from rules.validation import InputCheck


@dataclass(frozen=True, slots=True)
class OrderRequest:
    customer_id: int
    kind: OrderKind
    amount: Decimal | str
    description: str = ""
    coupon_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlacedOrder:
    order: Order
    coupon_deduction: CouponDeduction | None
    budget_usage: BudgetUsage | None
    alerts: list[int] = field(default_factory=list)


async def place_order(
    *, actor: CustomerActor | PartnerActor, request: OrderRequest, clock: Clock = system_clock
) -> PlacedOrder:
    """Raises NOT_AUTHORIZED_TO_ORDER, ACCOUNT_FROZEN, BUDGET_EXCEEDED, the coupon codes
    (field couponId) and input codes."""
    with InputCheck() as check:
        amount = check.money("amount", request.amount)
        description = check.text("description", request.description, min_length=0, max_length=200)
        if check.problems == [] and amount == 0:
            check.fail(InputCode.OUT_OF_RANGE, "amount must be more than 0.", "amount")
    now = clock.now()
    await _refuse_unauthorized(actor, request.customer_id, now)
    # The budget's verdict is committed on its own: an exhausted budget's freeze must stay even
    # though this order is then refused and its transaction rolled back.
    await reassess(request.customer_id, now=now)
    async with in_transaction():
        customer = await Customer.filter(id=request.customer_id).select_for_update().get()
        await _refuse_unauthorized(actor, customer.id, now, lock=True)
        found = await budget_of(customer.id)
        before = await _gate(customer.id, found, amount, now)
        order, deduction = await _record(actor, customer, request, amount, description, now)
        if found is None or before is None:
            return PlacedOrder(order, deduction, None)
        budget, association = found
        after = await usage(budget, association, now)
        alerts = await raise_alerts(budget, association, after, now)
        await enforce_exhaustion(budget, association, after, SYSTEM, now)
    return PlacedOrder(order, deduction, after, alerts)


async def _refuse_unauthorized(
    actor: CustomerActor | PartnerActor, customer_id: int, now: datetime, lock: bool = False
) -> None:
    """The customer itself, or its associated partner holding an approved PLACE_ORDERS letter."""
    if isinstance(actor, CustomerActor) and actor.customer_id == customer_id:
        return
    if isinstance(actor, PartnerActor) and await Association.exists(
        active_customer_id=customer_id, partner_id=actor.partner_id
    ):
        scopes = await approved_scopes(actor.partner_id, customer_id, now, lock=lock)
        if AuthorizationScope.PLACE_ORDERS in scopes:
            return
    raise RuleError.of(
        OrderCode.NOT_AUTHORIZED_TO_ORDER,
        "Only the customer, or a partner it authorized to place orders, orders for it.",
        "customerId",
    )


async def _gate(
    customer_id: int, found: tuple[Budget, Association] | None, amount: Decimal, now: datetime
) -> BudgetUsage | None:
    """Refuses the order while the account is frozen or when it would pass the budget; returns
    the budget's use before the order."""
    spent = await usage(*found, now) if found is not None else None
    status = await account_status(customer_id)
    if status.frozen:
        reasons = ", ".join(sorted(reason.value for reason in status.reasons))
        raise RuleError.of(
            OrderCode.ACCOUNT_FROZEN,
            f"The account is frozen ({reasons}): no purchase, renewal or change.",
            "customerId",
        )
    if spent is not None and not spent.allows(amount):
        raise RuleError(
            [
                Problem(
                    OrderCode.BUDGET_EXCEEDED,
                    f"The order would pass the budget: {spent.remaining} of "
                    f"{spent.amount} remain this period.",
                    "amount",
                )
            ]
        )
    return spent


async def _record(
    actor: CustomerActor | PartnerActor,
    customer: Customer,
    request: OrderRequest,
    amount: Decimal,
    description: str,
    now: datetime,
) -> tuple[Order, CouponDeduction | None]:
    coupon = None
    if request.coupon_id is not None:
        coupon = await locked_coupon(request.coupon_id, customer.id)
        await refuse_unusable(coupon, now, now, field="couponId")
    covered = min(coupon.balance, amount) if coupon else Decimal("0.00")
    expenditure = await Expenditure.create(
        ref=f"order-{new_token(12)}",
        customer_id=customer.id,
        amount=amount,
        cash_amount=amount - covered,
        spent_at=now,
        description=f"{request.kind.value.lower()}: {description}".rstrip(": "),
    )
    partner_id = actor.partner_id if isinstance(actor, PartnerActor) else None
    order = await Order.create(
        customer_id=customer.id,
        kind=request.kind,
        amount=amount,
        description=description,
        placed_at=now,
        placed_by_partner_id=partner_id,
        expenditure_id=expenditure.id,
    )
    deduction = await deduct(actor, coupon, expenditure, covered, now) if coupon else None
    await audit.record(
        actor=actor,
        action="order.placed",
        subject=("Order", order.id),
        customer_id=customer.id,
        partner_id=partner_id,
        on_behalf_of_customer_id=customer.id if partner_id else None,
        at=now,
        after=audit.snapshot(kind=request.kind, amount=amount, paid_by_coupon=covered),
    )
    return order, deduction


async def recent_orders(customer_ids: Sequence[int], first: int) -> dict[int, list[Order]]:
    """Each customer's latest `first` orders (1 to 100), newest first, in one statement."""
    with InputCheck() as check:
        check.int_range("first", first, low=1, high=100)
    wanted = sorted({int(customer_id) for customer_id in customer_ids})
    found: dict[int, list[Order]] = {customer_id: [] for customer_id in wanted}
    if not wanted:
        return found
    # A window per customer (SQLite 3.25+ and PostgreSQL); the values are integers, checked above.
    rows: list[Order] = await Order.raw(
        "SELECT * FROM (SELECT *, ROW_NUMBER() OVER "
        "(PARTITION BY customer_id ORDER BY id DESC) AS place FROM customer_order "
        f"WHERE customer_id IN ({', '.join(map(str, wanted))})) AS latest "
        f"WHERE place <= {int(first)} ORDER BY customer_id, id DESC"
    )
    for order in rows:
        found[order.customer_id].append(order)
    return found
