from collections.abc import Callable, Sequence
from typing import Any

from resolvers.management import freeze_call, set_budget_call, unfreeze_call, with_customer
from resolvers.payloads import respond
from rules import bulk
from schema.bulk import (
    FreezeManyInput,
    FreezeManyItem,
    FreezeManyPayload,
    SetBudgetsInput,
    SetBudgetsItem,
    SetBudgetsPayload,
    UnfreezeManyInput,
    UnfreezeManyItem,
    UnfreezeManyPayload,
)
from schema.context import Info
from schema.errors import require_partner
from schema.types import Budget, Freeze


async def set_budgets(info: Info, input: SetBudgetsInput) -> SetBudgetsPayload:
    actor, clock = require_partner(info), info.context.clock
    call = bulk.each(input.items, lambda item: set_budget_call(actor, item, clock))
    return await respond(SetBudgetsPayload, call, _items(SetBudgetsItem, input.items, "budget"))


async def freeze_many(info: Info, input: FreezeManyInput) -> FreezeManyPayload:
    actor, clock = require_partner(info), info.context.clock
    call = bulk.each(input.items, lambda item: freeze_call(actor, item, clock))
    return await respond(FreezeManyPayload, call, _items(FreezeManyItem, input.items, "freeze"))


async def unfreeze_many(info: Info, input: UnfreezeManyInput) -> UnfreezeManyPayload:
    actor, clock = require_partner(info), info.context.clock
    call = bulk.each(input.items, lambda item: unfreeze_call(actor, item, clock))
    return await respond(UnfreezeManyPayload, call, _items(UnfreezeManyItem, input.items, "freeze"))


NODES = {"budget": Budget, "freeze": Freeze}


def _items(
    item: Callable[..., Any], sent: Sequence[Any], name: str
) -> Callable[[list[bulk.Outcome[Any]]], dict[str, Any]]:
    """The payload of a bulk call: each item as the single mutation answers it, with its index
    and the customer it named, and how many succeeded and failed."""
    present = with_customer(name, NODES[name])

    def build(outcomes: list[bulk.Outcome[Any]]) -> dict[str, Any]:
        items = [
            item(
                index=outcome.index,
                customer_global_id=sent[outcome.index].customer_id,
                **(present(outcome.result) if not outcome.problems else {}),
                errors=list(outcome.problems),
            )
            for outcome in outcomes
        ]
        failed = sum(1 for outcome in outcomes if outcome.problems)
        return {"items": items, "succeeded": len(items) - failed, "failed": failed}

    return build
