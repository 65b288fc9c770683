from typing import Any

from resolvers.payloads import respond
from rules import coupons, facts_import, orders
from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.facts_import import ImportSummary
from schema.context import Info
from schema.errors import FORBIDDEN, UNAUTHENTICATED, require_role, top_level_error
from schema.ids import row_id
from schema.orders import (
    ApplyCouponInput,
    ApplyCouponPayload,
    FactCount,
    ImportAccountFactsInput,
    ImportAccountFactsPayload,
    PlaceOrderInput,
    PlaceOrderPayload,
)
from schema.types import BudgetUsage, Order


def _customer_or_partner(info: Info) -> CustomerActor | PartnerActor:
    viewer = info.context.viewer
    if isinstance(viewer, PartnerActor):
        return require_role(info, viewer)
    if isinstance(viewer, CustomerActor):
        return viewer
    if viewer is None:
        raise top_level_error(UNAUTHENTICATED, "Send credentials as a Bearer token.")
    raise top_level_error(FORBIDDEN, "Only a customer or its partner may order.")


def _operator(info: Info) -> OperatorActor:
    viewer = info.context.viewer
    if isinstance(viewer, OperatorActor):
        return viewer
    if viewer is None:
        raise top_level_error(UNAUTHENTICATED, "Send the operator key as a Bearer token.")
    raise top_level_error(FORBIDDEN, "Only the operator may do this.")


async def place_order(info: Info, input: PlaceOrderInput) -> PlaceOrderPayload:
    request = orders.OrderRequest(
        customer_id=row_id(input.customer_id, "Customer"),
        kind=input.kind,
        amount=input.amount,
        description=input.description,
        coupon_id=row_id(input.coupon_id, "CashCoupon") if input.coupon_id else None,
    )
    call = orders.place_order(
        actor=_customer_or_partner(info), request=request, clock=info.context.clock
    )

    def present(placed: orders.PlacedOrder) -> dict[str, Any]:
        used = placed.budget_usage
        deduction = placed.coupon_deduction
        return {
            "order": Order(model=placed.order),
            "budget_usage": BudgetUsage(usage=used) if used else None,
            "alerts_raised": placed.alerts,
            "coupon_paid": deduction.amount if deduction else None,
        }

    return await respond(PlaceOrderPayload, call, present)


async def apply_coupon(info: Info, input: ApplyCouponInput) -> ApplyCouponPayload:
    actor = info.context.viewer
    if actor is None:
        raise top_level_error(UNAUTHENTICATED, "Send credentials as a Bearer token.")
    call = coupons.apply_coupon(
        actor=actor,
        coupon_id=row_id(input.coupon_id, "CashCoupon"),
        expenditure_id=row_id(input.expenditure_id, "Expenditure"),
        clock=info.context.clock,
    )
    return await respond(ApplyCouponPayload, call, lambda paid: {"paid": paid.amount})


def _counts(tally: dict[str, int]) -> list[FactCount]:
    return [FactCount(type=kind, count=n) for kind, n in sorted(tally.items())]


async def import_account_facts(
    info: Info, input: ImportAccountFactsInput
) -> ImportAccountFactsPayload:
    call = facts_import.import_facts(
        actor=_operator(info), lines=input.jsonl.splitlines(), clock=info.context.clock
    )

    def present(summary: ImportSummary) -> dict[str, Any]:
        return {
            "created": _counts(summary.created),
            "updated": _counts(summary.updated),
            "unchanged": _counts(summary.unchanged),
        }

    return await respond(ImportAccountFactsPayload, call, present)
