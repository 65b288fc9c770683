from collections.abc import Awaitable
from typing import Any

import models
from resolvers.payloads import respond
from rules import authorizations, budgets, freezes
from rules.actors import PartnerActor
from rules.clock import Clock
from schema.context import Info
from schema.errors import require_customer, require_partner
from schema.ids import row_id
from schema.management import (
    AuthorizeAction,
    AuthorizeInput,
    AuthorizePayload,
    FreezeInput,
    FreezePayload,
    RequestAuthorizationInput,
    RequestAuthorizationPayload,
    SetBudgetInput,
    SetBudgetPayload,
    UnfreezeInput,
    UnfreezePayload,
)
from schema.types import Authorization, Budget, Freeze


async def set_budget(info: Info, input: SetBudgetInput) -> SetBudgetPayload:
    call = set_budget_call(require_partner(info), input, info.context.clock)
    return await respond(SetBudgetPayload, call, with_customer("budget", Budget))


async def freeze(info: Info, input: FreezeInput) -> FreezePayload:
    call = freeze_call(require_partner(info), input, info.context.clock)
    return await respond(FreezePayload, call, with_customer("freeze", Freeze))


async def unfreeze(info: Info, input: UnfreezeInput) -> UnfreezePayload:
    call = unfreeze_call(require_partner(info), input, info.context.clock)
    return await respond(UnfreezePayload, call, with_customer("freeze", Freeze))


# The rules call each input makes, shared by the single mutations and their bulk forms.


def set_budget_call(
    actor: PartnerActor, input: SetBudgetInput, clock: Clock
) -> Awaitable[models.Budget]:
    return budgets.set_budget(
        actor=actor,
        customer_id=row_id(input.customer_id, "Customer"),
        kind=input.kind,
        amount=input.amount,
        exhaustion_action=input.exhaustion_action,
        lift_pending_freeze=input.lift_pending_freeze,
        clock=clock,
    )


def freeze_call(actor: PartnerActor, input: FreezeInput, clock: Clock) -> Awaitable[models.Freeze]:
    return freezes.freeze(
        actor=actor,
        customer_id=row_id(input.customer_id, "Customer"),
        freeze_type=input.type,
        note=input.note,
        clock=clock,
    )


def unfreeze_call(
    actor: PartnerActor, input: UnfreezeInput, clock: Clock
) -> Awaitable[models.Freeze]:
    return freezes.unfreeze(
        actor=actor,
        customer_id=row_id(input.customer_id, "Customer"),
        freeze_type=input.type,
        clock=clock,
    )


def with_customer(name: str, node: Any) -> Any:
    """The payload of a change to a customer: the changed row and the customer it concerns."""

    def present(row: Any) -> dict[str, Any]:
        return {name: node.wrap(row), "customer_id": row.customer_id}

    return present


async def request_authorization(
    info: Info, input: RequestAuthorizationInput
) -> RequestAuthorizationPayload:
    call = authorizations.request_authorization(
        actor=require_partner(info),
        customer_id=row_id(input.customer_id, "Customer"),
        scopes=list(input.scopes),
        valid_days=input.valid_days,
        clock=info.context.clock,
    )
    return await respond(
        RequestAuthorizationPayload,
        call,
        lambda letter: {"authorization": Authorization.wrap(letter)},
    )


async def authorize(info: Info, input: AuthorizeInput) -> AuthorizePayload:
    actor = require_customer(info)
    letter_id = row_id(input.authorization_id, "Authorization")
    clock = info.context.clock
    match input.action:
        case AuthorizeAction.APPROVE:
            call = authorizations.approve_authorization(
                actor=actor, authorization_id=letter_id, clock=clock
            )
        case AuthorizeAction.REJECT:
            call = authorizations.reject_authorization(
                actor=actor, authorization_id=letter_id, reason=input.reason, clock=clock
            )
        case AuthorizeAction.REVOKE:
            call = authorizations.revoke_authorization(
                actor=actor, authorization_id=letter_id, reason=input.reason, clock=clock
            )
    return await respond(
        AuthorizePayload, call, lambda letter: {"authorization": Authorization.wrap(letter)}
    )
