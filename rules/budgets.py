"""Budgets: what a reseller partner lets its customer spend, and every change to it."""

from dataclasses import dataclass
from decimal import Decimal

from tortoise.transactions import in_transaction

from models import Budget, BudgetChange
from models.enums import BudgetKind, ExhaustionAction, FreezeReason
from rules import audit
from rules.actors import PartnerActor
from rules.clock import Clock, system_clock
from rules.freezes import lift_reason
from rules.management import reseller_association_for
from rules.spending import enforce_exhaustion, raise_alerts, usage
from rules.validation import InputCheck


@dataclass(frozen=True, slots=True)
class BudgetTerms:
    """What a budget is set to: by `set_budget`, or in advance by an invitation's preset."""

    kind: BudgetKind
    amount: Decimal | str
    exhaustion_action: ExhaustionAction = ExhaustionAction.MANUAL


def check_amount(check: InputCheck, field: str, amount: Decimal | str) -> Decimal:
    """A budget's amount, as every budget takes it: NEGATIVE_AMOUNT, AMOUNT_TOO_LARGE,
    TOO_MANY_DECIMAL_PLACES or OUT_OF_RANGE (not a number) otherwise."""
    return check.money(field, amount)


async def set_budget(
    *,
    actor: PartnerActor,
    customer_id: int,
    kind: BudgetKind,
    amount: Decimal | str,
    exhaustion_action: ExhaustionAction = ExhaustionAction.MANUAL,
    lift_pending_freeze: bool = True,
    clock: Clock = system_clock,
    reason: str = "",
) -> Budget:
    """Sets (or changes) the budget of the partner's reseller customer, and by default lifts the
    freeze the association set pending a budget. A budget raised above the spend lifts the
    exhausted-budget freeze; an AUTO_FREEZE budget set at or below it freezes the account.

    Raises NOT_YOUR_CUSTOMER, NOT_RESELLER_ASSOCIATION and input codes for the amount.
    """
    with InputCheck() as check:
        amount = check_amount(check, "amount", amount)
    now = clock.now()
    async with in_transaction():
        association = await reseller_association_for(actor, customer_id)
        budget = await Budget.get_or_none(association_id=association.id)
        before = _budget_snapshot(budget)
        previous_amount = budget.amount if budget else None
        if budget is None:
            budget = Budget(association_id=association.id, customer_id=customer_id, created_at=now)
        budget.kind, budget.amount = kind, amount
        budget.exhaustion_action, budget.updated_at = exhaustion_action, now
        await budget.save()
        await BudgetChange.create(
            budget_id=budget.id,
            kind=kind,
            amount=amount,
            exhaustion_action=exhaustion_action,
            previous_amount=previous_amount,
            actor_kind=actor.kind,
            actor_id=actor.id,
            changed_at=now,
        )
        await audit.record(
            actor=actor,
            action="budget.set",
            subject=("Budget", budget.id),
            customer_id=customer_id,
            partner_id=actor.partner_id,
            at=now,
            before=before,
            after=_budget_snapshot(budget),
            reason=reason,
        )
        if lift_pending_freeze:
            await lift_reason(
                actor=actor, customer_id=customer_id, reason=FreezeReason.PENDING_BUDGET, now=now
            )
        spent = await usage(budget, association, now)
        await raise_alerts(budget, association, spent, now)
        await enforce_exhaustion(budget, association, spent, actor, now)
    return budget


def _budget_snapshot(budget: Budget | None) -> audit.Snapshot | None:
    if budget is None:
        return None
    return audit.snapshot(
        kind=budget.kind, amount=budget.amount, exhaustion_action=budget.exhaustion_action
    )


async def budget_history(budget_id: int) -> list[BudgetChange]:
    return await BudgetChange.filter(budget_id=budget_id).order_by("changed_at", "id")
