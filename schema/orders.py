"""Orders, coupons and the operator's import of account facts."""

from decimal import Decimal

import strawberry
from strawberry import relay

from rules.errors import CouponCode, FactsCode, InputCode, OrderCode
from schema.enums import OrderKind
from schema.errors import error_type, errors_field
from schema.types import BudgetUsage, Order

PlaceOrderError = error_type(
    "PlaceOrderError",
    OrderCode,
    CouponCode,
    InputCode,
    description="Why the order was refused.",
)
ApplyCouponError = error_type(
    "ApplyCouponError", CouponCode, description="Why the coupon paid nothing."
)
ImportAccountFactsError = error_type(
    "ImportAccountFactsError",
    FactsCode,
    description="A line of the file that is wrong; `field` names the fact's field.",
    line=int,
)


@strawberry.input
class PlaceOrderInput:
    customer_id: relay.GlobalID = strawberry.field(
        description="The customer itself, or a customer that authorized the partner to order."
    )
    kind: OrderKind
    amount: Decimal = strawberry.field(description="More than 0, at most two decimal places.")
    description: str = ""
    coupon_id: relay.GlobalID | None = strawberry.field(
        default=None, description="A cash coupon to pay with, where the rules allow it."
    )


@strawberry.type
class PlaceOrderPayload:
    order: Order | None = None
    budget_usage: BudgetUsage | None = strawberry.field(
        default=None, description="The budget's use after the order, for a reseller customer."
    )
    alerts_raised: list[int] = strawberry.field(
        default_factory=list, description="Thresholds (75, 90, 100 %) this order reached."
    )
    coupon_paid: Decimal | None = strawberry.field(
        default=None, description="The part a cash coupon paid."
    )
    errors: list[object] = errors_field(PlaceOrderError)


@strawberry.input
class ApplyCouponInput:
    coupon_id: relay.GlobalID
    expenditure_id: relay.GlobalID


@strawberry.type
class ApplyCouponPayload:
    paid: Decimal | None = strawberry.field(default=None, description="What the coupon paid.")
    errors: list[object] = errors_field(ApplyCouponError)


@strawberry.input
class ImportAccountFactsInput:
    jsonl: str = strawberry.field(description="The facts, one JSON object a line.")


@strawberry.type
class FactCount:
    type: str
    count: int


@strawberry.type
class ImportAccountFactsPayload:
    created: list[FactCount] = strawberry.field(default_factory=list)
    updated: list[FactCount] = strawberry.field(default_factory=list)
    unchanged: list[FactCount] = strawberry.field(default_factory=list)
    errors: list[object] = errors_field(ImportAccountFactsError)
