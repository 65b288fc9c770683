from decimal import Decimal

import pytest

from models import Budget, BudgetChange
from models.enums import BudgetKind, CooperationModel, ExhaustionAction, FreezeReason
from rules.actors import PartnerActor
from rules.budgets import budget_history, set_budget
from rules.clock import FakeClock
from rules.errors import InputCode, ManagementCode, RuleError
from rules.freezes import account_status
from tests.builders import AuditActions, Builders


async def test_setting_a_budget_lifts_the_pending_budget_freeze(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, association = await build.associated(partner)

    budget = await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="1500.50",
        clock=clock,
    )

    assert budget.amount == Decimal("1500.50")
    assert isinstance(budget.amount, Decimal)
    assert budget.association_id == association.id
    assert budget.exhaustion_action is ExhaustionAction.MANUAL
    assert not (await account_status(customer.id)).frozen
    assert (await audit_actions(customer_id=customer.id))[-2:] == ["budget.set", "account.unfrozen"]


async def test_a_budget_can_be_set_without_lifting_the_freeze(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)

    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.PACKAGE,
        amount=Decimal("0"),
        lift_pending_freeze=False,
        clock=clock,
    )

    assert (await account_status(customer.id)).reasons == {FreezeReason.PENDING_BUDGET}


async def test_every_change_is_kept_in_the_history(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    actor = PartnerActor(partner.id)

    await set_budget(
        actor=actor, customer_id=customer.id, kind=BudgetKind.MONTHLY, amount="100", clock=clock
    )
    budget = await set_budget(
        actor=actor,
        customer_id=customer.id,
        kind=BudgetKind.PACKAGE,
        amount="250.75",
        exhaustion_action=ExhaustionAction.AUTO_FREEZE,
        clock=clock,
    )

    history = await budget_history(budget.id)
    assert [(c.kind, c.amount, c.previous_amount) for c in history] == [
        (BudgetKind.MONTHLY, Decimal("100.00"), None),
        (BudgetKind.PACKAGE, Decimal("250.75"), Decimal("100.00")),
    ]
    assert history[1].exhaustion_action is ExhaustionAction.AUTO_FREEZE
    assert await Budget.filter(customer_id=customer.id).count() == 1


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("-0.01", InputCode.NEGATIVE_AMOUNT),
        ("10.001", InputCode.TOO_MANY_DECIMAL_PLACES),
        ("1000000000000", InputCode.AMOUNT_TOO_LARGE),
        ("1E+26", InputCode.AMOUNT_TOO_LARGE),  # past Decimal's precision: refused, not a fault
        ("NaN", InputCode.OUT_OF_RANGE),
        ("ten", InputCode.OUT_OF_RANGE),
    ],
)
async def test_bad_amounts_are_refused_and_nothing_changes(
    build: Builders, clock: FakeClock, amount: str, code: InputCode
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)

    with pytest.raises(RuleError) as refusal:
        await set_budget(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount=amount,
            clock=clock,
        )

    assert refusal.value.codes == [code]
    assert refusal.value.problems[0].field == "amount"
    assert not await BudgetChange.exists()
    assert (await account_status(customer.id)).frozen


async def test_only_the_customers_partner_sets_its_budget(
    build: Builders, clock: FakeClock
) -> None:
    partner, stranger = await build.partner(), await build.partner()
    customer, _ = await build.associated(partner)

    with pytest.raises(RuleError) as refusal:
        await set_budget(
            actor=PartnerActor(stranger.id),
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount="10",
            clock=clock,
        )

    assert refusal.value.codes == [ManagementCode.NOT_YOUR_CUSTOMER]
    assert not await Budget.exists()


async def test_a_referral_partner_sets_no_budget(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, _ = await build.associated(partner)

    with pytest.raises(RuleError) as refusal:
        await set_budget(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount="10",
            clock=clock,
        )

    assert refusal.value.codes == [ManagementCode.NOT_RESELLER_ASSOCIATION]
