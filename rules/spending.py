"""How much of its budget a reseller customer has used: spend in the budget's period, what
remains, the percentage, and the alerts at 75, 90 and 100 %, each once per period."""

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import reduce
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.functions import Sum
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models import Association, Budget, BudgetAlert, Expenditure, Freeze
from models.enums import BudgetKind, ExhaustionAction, FreezeReason, FreezeType
from models.money import from_minor_units
from rules import audit
from rules.actors import SYSTEM, Actor
from rules.freezes import add_freeze, lift_reason

ALERT_THRESHOLDS = (75, 90, 100)
HUNDRED = Decimal(100)
EXHAUSTED = FreezeReason.BUDGET_EXHAUSTED


def month_start(now: datetime) -> datetime:
    """00:00 UTC on the 1st of the month `now` is in."""
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def period_start(budget: Budget, association: Association, now: datetime) -> datetime:
    """A MONTHLY budget counts from the 1st of this month (or the association, if later); a
    PACKAGE budget counts everything since the association."""
    if budget.kind is BudgetKind.MONTHLY:
        return max(month_start(now), association.associated_at)
    return association.associated_at


@dataclass(frozen=True, slots=True)
class BudgetUsage:
    amount: Decimal
    spent: Decimal
    period_start: datetime

    @property
    def remaining(self) -> Decimal:
        return max(self.amount - self.spent, Decimal("0.00"))

    @property
    def percent_used(self) -> Decimal:
        if self.amount == 0:
            return HUNDRED if self.spent > 0 else Decimal("0.00")
        return (self.spent * HUNDRED / self.amount).quantize(Decimal("0.01"))

    def allows(self, more: Decimal) -> bool:
        return self.spent + more <= self.amount

    @property
    def exhausted(self) -> bool:
        return self.spent >= self.amount


async def money_total(query: QuerySet[Expenditure]) -> Decimal:
    """The sum of the expenditures' amounts, summed in minor units by the database."""
    # The raw column: summed through the field, PostgreSQL's total would be read as units.
    in_cents = Sum(RawSQL('"amount"'))  # type: ignore[arg-type]
    rows: list[Any] = await query.annotate(total=in_cents).values_list("total", flat=True)
    return from_minor_units(int(rows[0] or 0)) if rows else Decimal("0.00")


async def usage(budget: Budget, association: Association, now: datetime) -> BudgetUsage:
    since = period_start(budget, association, now)
    spent = await money_total(
        Expenditure.filter(customer_id=association.customer_id, spent_at__gte=since)
    )
    return BudgetUsage(amount=budget.amount, spent=spent, period_start=since)


async def usages(budgets: Sequence[tuple[Budget, Association]], now: datetime) -> list[BudgetUsage]:
    """The use of several budgets, summed by the database in one statement (a page of them)."""
    if not budgets:
        return []
    starts = {
        association.customer_id: period_start(budget, association, now)
        for budget, association in budgets
    }
    in_period = reduce(
        operator.or_, (Q(customer_id=c, spent_at__gte=since) for c, since in starts.items())
    )
    in_cents = Sum(RawSQL('"amount"'))  # type: ignore[arg-type]
    rows: list[Any] = (
        await Expenditure.filter(in_period)
        .annotate(total=in_cents)
        .group_by("customer_id")
        .values_list("customer_id", "total")
    )
    totals = {customer_id: from_minor_units(int(total or 0)) for customer_id, total in rows}
    return [
        BudgetUsage(
            amount=budget.amount,
            spent=totals.get(association.customer_id, Decimal("0.00")),
            period_start=starts[association.customer_id],
        )
        for budget, association in budgets
    ]


async def raise_alerts(
    budget: Budget, association: Association, spent: BudgetUsage, now: datetime
) -> list[int]:
    """Records each threshold the spend has reached that this period has not seen yet; returns
    the thresholds newly reached."""
    reached = [t for t in ALERT_THRESHOLDS if spent.percent_used >= t]
    return [t for t in reached if await _record_alert(budget, association, spent, t, now)]


async def _record_alert(
    budget: Budget, association: Association, spent: BudgetUsage, threshold: int, now: datetime
) -> bool:
    since = spent.period_start
    try:
        async with in_transaction():
            await BudgetAlert.create(
                budget_id=budget.id, period_start=since, threshold_percent=threshold, reached_at=now
            )
            await audit.record(
                actor=SYSTEM,
                action="budget.alert",
                subject=("Budget", budget.id),
                customer_id=budget.customer_id,
                partner_id=association.partner_id,
                at=now,
                after=audit.snapshot(
                    threshold_percent=threshold,
                    period_start=since,
                    amount=spent.amount,
                    spent=spent.spent,
                    remaining=spent.remaining,
                    percent_used=spent.percent_used,
                ),
            )
    except IntegrityError:
        return False  # raised already in this period
    return True


async def enforce_exhaustion(
    budget: Budget, association: Association, spent: BudgetUsage, actor: Actor, now: datetime
) -> None:
    """An AUTO_FREEZE budget freezes the account once exhausted; the freeze lifts as soon as the
    budget is no longer exhausted (raised, or a new period). Inside the caller's transaction."""
    customer_id = association.customer_id
    if budget.exhaustion_action is ExhaustionAction.AUTO_FREEZE and spent.exhausted:
        if not await Freeze.exists(active_key=Freeze.key_for(customer_id, EXHAUSTED)):
            await add_freeze(
                actor=actor,
                customer_id=customer_id,
                partner_id=association.partner_id,
                reason=EXHAUSTED,
                freeze_type=FreezeType.ACCOUNT,
                now=now,
                note=f"Budget of {budget.amount} exhausted.",
            )
    elif not spent.exhausted or budget.exhaustion_action is ExhaustionAction.MANUAL:
        await lift_reason(actor=actor, customer_id=customer_id, reason=EXHAUSTED, now=now)


async def roll_over(*, now: datetime, actor: Actor = SYSTEM) -> int:
    """Re-checks every account frozen for an exhausted MONTHLY budget before this month began:
    the new period lifts the freeze. Returns how many were lifted. Safe to run from several
    workers at once."""
    monthly = Budget.filter(kind=BudgetKind.MONTHLY, association__dissolved_at__isnull=True)
    stale = await Freeze.filter(
        reason=EXHAUSTED,
        lifted_at__isnull=True,
        frozen_at__lt=month_start(now),
        customer_id__in=Subquery(monthly.values("customer_id")),
    )
    lifted = 0
    for customer_id in {frozen.customer_id for frozen in stale}:
        await reassess(customer_id, now=now, actor=actor)
        lifted += not await Freeze.exists(active_key=Freeze.key_for(customer_id, EXHAUSTED))
    return lifted


async def reassess(customer_id: int, *, now: datetime, actor: Actor = SYSTEM) -> BudgetUsage | None:
    """The customer's budget use now, with its alerts raised and its exhausted-budget freeze set
    or lifted, committed in a transaction of its own. None without a budget."""
    try:
        async with in_transaction():
            found = await budget_of(customer_id)
            if found is None:
                return None
            spent = await usage(*found, now)
            await raise_alerts(*found, spent, now)
            await enforce_exhaustion(*found, spent, actor, now)
            return spent
    except IntegrityError:
        return None  # a concurrent reassessment froze the account first: its verdict stands


async def budget_of(customer_id: int) -> tuple[Budget, Association] | None:
    """The budget of the customer's active association, with that association."""
    association = await Association.get_or_none(active_customer_id=customer_id)
    if association is None:
        return None
    budget = await Budget.get_or_none(association_id=association.id)
    return (budget, association) if budget else None
