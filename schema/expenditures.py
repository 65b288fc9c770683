"""A customer's expenditures: what is left to pay, and whether a cash coupon may pay it."""

from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay

from rules import expenditures as rules
from rules.errors import CouponCode, RuleError
from schema.context import Info
from schema.cursors import decode_cursor, encode_cursor
from schema.errors import refusal_as_error
from schema.types import Money

# The coupon rule's codes that a listed expenditure can carry (it exists: never NOT_FOUND).
_REFUSALS = {c.name: c.value for c in CouponCode if c is not CouponCode.EXPENDITURE_NOT_FOUND}
CouponRefusal: Any = Enum("CouponRefusal", _REFUSALS)  # type: ignore[misc]
strawberry.enum(
    CouponRefusal, description="Why no cash coupon may pay an expenditure (applyCoupon's codes)."
)


@strawberry.type
class Expenditure:
    row: strawberry.Private[rules.ExpenditureRow]

    @strawberry.field(description="The id applyCoupon takes.")
    def expenditure_id(self) -> relay.GlobalID:
        return relay.GlobalID("Expenditure", str(self.row.expenditure.id))

    @strawberry.field
    def spent_at(self) -> datetime:
        return self.row.expenditure.spent_at

    @strawberry.field
    def description(self) -> str:
        return self.row.expenditure.description

    @strawberry.field
    def amount(self, info: Info) -> Money:
        return Money.of(self.row.expenditure.amount, info)

    @strawberry.field(description="The part paid in cash.")
    def cash_amount(self, info: Info) -> Money:
        return Money.of(self.row.expenditure.cash_amount, info)

    @strawberry.field(description="What neither cash nor coupons have paid.")
    def outstanding(self, info: Info) -> Money:
        return Money.of(max(self.row.outstanding, rules.ZERO), info)

    @strawberry.field(description="Whether nothing is left to pay.")
    def paid(self) -> bool:
        return self.row.paid

    @strawberry.field(description="Whether one of the customer's coupons may pay it now.")
    def coupon_payable(self) -> bool:
        return not self.row.coupon_refusals

    @strawberry.field(
        graphql_type=list[CouponRefusal],
        description="Why no coupon may pay it; empty when one may.",
    )
    def coupon_refusals(self) -> list[Any]:
        return [CouponRefusal[code.name] for code in self.row.coupon_refusals]


@strawberry.type
class ExpenditureEdge:
    cursor: str
    node: Expenditure


@strawberry.type
class ExpenditureConnection:
    edges: list[ExpenditureEdge]
    page_info: relay.PageInfo


async def expenditure_connection(
    info: Info, customer_id: int, *, first: int, after: str | None
) -> ExpenditureConnection:
    """A page of the customer's expenditures, as `rules.expenditures` lets the caller see them."""
    try:
        page = await rules.expenditure_page(
            actor=info.context.viewer,
            customer_id=customer_id,
            now=info.context.clock.now(),
            first=first,
            after=decode_cursor(after) if after else None,
        )
    except RuleError as refusal:
        raise refusal_as_error(refusal) from None
    edges = [
        ExpenditureEdge(cursor=encode_cursor(cursor), node=Expenditure(row=row))
        for row, cursor in zip(page.rows, page.cursors, strict=True)
    ]
    return ExpenditureConnection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
