"""`setBudgets`, `freezeMany`, `unfreezeMany`: the single-customer mutations on up to 100
customers at once. Each item is the single mutation's input and gets the single mutation's
answer, with its index; the call's own `errors` are for the call as a whole (too many items, in
which case no item ran)."""

import strawberry
from strawberry import relay

from rules.errors import BulkCode
from schema.errors import error_type, errors_field
from schema.management import (
    FreezeInput,
    FreezePayload,
    SetBudgetInput,
    SetBudgetPayload,
    UnfreezeInput,
    UnfreezePayload,
)

ITEMS = "Up to 100 customers, each decided on its own (its own transaction and errors)."

SetBudgetsError = error_type("SetBudgetsError", BulkCode, description="Why no budget was set.")
FreezeManyError = error_type("FreezeManyError", BulkCode, description="Why nothing was frozen.")
UnfreezeManyError = error_type(
    "UnfreezeManyError", BulkCode, description="Why nothing was unfrozen."
)


@strawberry.type
class BulkCounts:
    succeeded: int = strawberry.field(default=0, description="Items without errors.")
    failed: int = strawberry.field(default=0, description="Items with errors.")


@strawberry.type
class BulkItem:
    index: int = strawberry.field(default=0, description="The item's place in `items`, from 0.")
    customer_global_id: relay.GlobalID | None = strawberry.field(
        default=None, name="customerId", description="The customer the item named."
    )


@strawberry.input
class SetBudgetsInput:
    items: list[SetBudgetInput] = strawberry.field(description=ITEMS)


@strawberry.type(description="What became of one item of `setBudgets`.")
class SetBudgetsItem(SetBudgetPayload, BulkItem):
    pass


@strawberry.type
class SetBudgetsPayload(BulkCounts):
    items: list[SetBudgetsItem] = strawberry.field(default_factory=list)
    errors: list[object] = errors_field(SetBudgetsError)


@strawberry.input
class FreezeManyInput:
    items: list[FreezeInput] = strawberry.field(description=ITEMS)


@strawberry.type(description="What became of one item of `freezeMany`.")
class FreezeManyItem(FreezePayload, BulkItem):
    pass


@strawberry.type
class FreezeManyPayload(BulkCounts):
    items: list[FreezeManyItem] = strawberry.field(default_factory=list)
    errors: list[object] = errors_field(FreezeManyError)


@strawberry.input
class UnfreezeManyInput:
    items: list[UnfreezeInput] = strawberry.field(description=ITEMS)


@strawberry.type(description="What became of one item of `unfreezeMany`.")
class UnfreezeManyItem(UnfreezePayload, BulkItem):
    pass


@strawberry.type
class UnfreezeManyPayload(BulkCounts):
    items: list[UnfreezeManyItem] = strawberry.field(default_factory=list)
    errors: list[object] = errors_field(UnfreezeManyError)
