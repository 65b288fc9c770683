"""What a partner does to its customers: budgets, freezes and authorization requests, and what the
customer answers."""

from decimal import Decimal
from enum import StrEnum

import strawberry
from strawberry import relay

from rules.errors import AuthorizationCode, InputCode, ManagementCode
from schema.context import Info
from schema.enums import AuthorizationScope, BudgetKind, ExhaustionAction, FreezeType
from schema.errors import error_type, errors_field
from schema.types import Authorization, Budget, Customer, Freeze

SetBudgetError = error_type(
    "SetBudgetError", ManagementCode, InputCode, description="Why the budget was not set."
)
FreezeError = error_type(
    "FreezeError", ManagementCode, InputCode, description="Why the account was not frozen."
)
UnfreezeError = error_type(
    "UnfreezeError", ManagementCode, description="Why the account was not unfrozen."
)
RequestAuthorizationError = error_type(
    "RequestAuthorizationError",
    ManagementCode,
    AuthorizationCode,
    InputCode,
    description="Why the authorization was not requested.",
)
AuthorizeError = error_type(
    "AuthorizeError",
    AuthorizationCode,
    InputCode,
    description="Why the authorization did not change.",
)


@strawberry.type
class CustomerChange:
    """A payload that also returns the customer as it is after the change."""

    customer_id: strawberry.Private[int | None] = None

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        if self.customer_id is None:
            return None
        return Customer.wrap(await info.context.loaders.customer.load(self.customer_id))


@strawberry.input
class SetBudgetInput:
    customer_id: relay.GlobalID
    kind: BudgetKind
    amount: Decimal = strawberry.field(description="0 or more, at most two decimal places.")
    exhaustion_action: ExhaustionAction = ExhaustionAction.MANUAL
    lift_pending_freeze: bool = strawberry.field(
        default=True, description="Lift the freeze the reseller association set pending a budget."
    )


@strawberry.type
class SetBudgetPayload(CustomerChange):
    budget: Budget | None = None
    errors: list[object] = errors_field(SetBudgetError)


@strawberry.input
class FreezeInput:
    customer_id: relay.GlobalID
    type: FreezeType = strawberry.field(
        description="ACCOUNT, or ACCOUNT_AND_RESOURCE to stop the resources too."
    )
    note: str = ""


@strawberry.type
class FreezePayload(CustomerChange):
    freeze: Freeze | None = None
    errors: list[object] = errors_field(FreezeError)


@strawberry.input
class UnfreezeInput:
    customer_id: relay.GlobalID
    type: FreezeType = strawberry.field(description="The type the account was frozen with.")


@strawberry.type
class UnfreezePayload(CustomerChange):
    freeze: Freeze | None = None
    errors: list[object] = errors_field(UnfreezeError)


@strawberry.input
class RequestAuthorizationInput:
    customer_id: relay.GlobalID
    scopes: list[AuthorizationScope]
    valid_days: int | None = strawberry.field(
        default=None, description="How long an approval holds; without limit when omitted."
    )


@strawberry.type
class RequestAuthorizationPayload:
    authorization: Authorization | None = None
    errors: list[object] = errors_field(RequestAuthorizationError)


@strawberry.enum
class AuthorizeAction(StrEnum):
    APPROVE = "APPROVE"
    REJECT = "REJECT"
    REVOKE = "REVOKE"


@strawberry.input
class AuthorizeInput:
    authorization_id: relay.GlobalID
    action: AuthorizeAction
    reason: str = strawberry.field(default="", description="Required to revoke.")


@strawberry.type
class AuthorizePayload:
    authorization: Authorization | None = None
    errors: list[object] = errors_field(AuthorizeError)
