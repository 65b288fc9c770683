"""A reseller's invitation with a budget preset: the customer associating through it starts with
that budget and never meets the freeze pending a budget; a referral partner cannot give one."""

from decimal import Decimal

import pytest

from models import AuditEvent, Budget, Freeze, Invitation
from models.enums import BudgetKind, CooperationModel, ExhaustionAction, FreezeReason
from rules.actors import CustomerActor
from rules.associations import associate
from tests.api.conftest import Actors, Api, database_state, gid
from tests.builders import complete_steps

CREATE = """
mutation Create($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    token
    invitation { budgetPreset { kind amount { amount currency } exhaustionAction } }
    errors { code field }
  }
}"""
SET_BUDGET = """
mutation($input: SetBudgetInput!) { setBudget(input: $input) { errors { code field } } }"""
PRESET = {"kind": "PACKAGE", "amount": "250.5", "exhaustionAction": "AUTO_FREEZE"}


async def test_an_association_through_a_preset_starts_with_the_budget_and_no_freeze(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    data = await api.data(CREATE, {"input": {"budget": PRESET}}, token=key)
    created = data["createInvitation"]
    invitation = await Invitation.get(partner_id=partner.id)
    customer = await actors.build.customer(via=invitation)

    result = await associate(
        actor=CustomerActor(customer.id),
        request=complete_steps(created["token"]),
        clock=actors.clock,
    )

    assert created["invitation"]["budgetPreset"] == {
        "kind": "PACKAGE",
        "amount": {"amount": "250.50", "currency": "EUR"},
        "exhaustionAction": "AUTO_FREEZE",
    }
    budget = await Budget.get(association_id=result.association.id)
    assert (budget.kind, budget.amount, budget.exhaustion_action) == (
        BudgetKind.PACKAGE,
        Decimal("250.50"),
        ExhaustionAction.AUTO_FREEZE,
    )
    assert not await Freeze.exists(customer_id=customer.id, lifted_at__isnull=True)
    [pending] = await Freeze.filter(customer_id=customer.id)
    assert pending.reason is FreezeReason.PENDING_BUDGET
    assert pending.frozen_at == pending.lifted_at == result.association.associated_at
    events = await AuditEvent.filter(customer_id=customer.id).order_by("id")
    assert [e.action for e in events][-4:] == [
        "association.created",
        "account.frozen",
        "budget.set",
        "account.unfrozen",
    ]
    assert {e.occurred_at for e in events[-4:]} == {result.association.associated_at}
    assert events[-2].reason == "the invitation's budget preset"


async def test_without_a_preset_the_customer_waits_frozen_for_a_budget(
    api: Api, actors: Actors
) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER)

    customer, association = await actors.build.associated(partner)

    assert not await Budget.exists(association_id=association.id)
    assert await Freeze.exists(customer_id=customer.id, lifted_at__isnull=True)


async def test_a_referral_partner_cannot_give_a_preset(api: Api, actors: Actors) -> None:
    _, key = await actors.partner(CooperationModel.REFERRAL)
    before = await database_state()

    data = await api.data(CREATE, {"input": {"budget": PRESET}}, token=key)

    assert data["createInvitation"]["errors"] == [
        {"code": "BUDGET_PRESET_NOT_RESELLER", "field": "budget"}
    ]
    assert await database_state() == before


@pytest.mark.parametrize("amount", ["-1", "1.005", "1000000000000", "NaN"])
async def test_a_presets_amount_is_checked_as_set_budget_checks_it(
    api: Api, actors: Actors, amount: str
) -> None:
    _, key, customer = await actors.budgeted_customer()
    budget_input = {"customerId": gid("Customer", customer.id), "kind": "MONTHLY", "amount": amount}
    preset = {"kind": "MONTHLY", "amount": amount}

    as_budget = await api.data(SET_BUDGET, {"input": budget_input}, token=key)
    as_preset = await api.data(CREATE, {"input": {"budget": preset}}, token=key)

    [budget_error] = as_budget["setBudget"]["errors"]
    [preset_error] = as_preset["createInvitation"]["errors"]
    assert preset_error == {"code": budget_error["code"], "field": "budget.amount"}
    assert await Invitation.filter(budget_kind__isnull=False).count() == 0
