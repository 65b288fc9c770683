"""A partner's customers at a glance, as the console's overview shows them: how many in each
association state, frozen, without a budget, past each budget alert this month, and how many
associated in each of the last 12 weeks.

Counted by the database in three statements whatever the number of customers: the rows are never
read into Python.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from models import Association, Budget, BudgetAlert, Freeze
from models.enums import CooperationModel
from rules.actors import PartnerActor
from rules.spending import ALERT_THRESHOLDS, month_start

WEEKS = 12


@dataclass(frozen=True, slots=True)
class WeekCount:
    """The associations made in the week starting on Monday `week_start`, 00:00 UTC."""

    week_start: datetime
    count: int


@dataclass(frozen=True, slots=True)
class Overview:
    active: int
    dissolved: int
    frozen: int
    without_budget: int
    # Budgets of active associations that reached each threshold (75, 90, 100) this month.
    past_threshold: dict[int, int]
    weeks: list[WeekCount]


def week_start(now: datetime) -> datetime:
    """00:00 UTC on the Monday of the week `now` is in."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight - timedelta(days=midnight.weekday())


def week_starts(now: datetime) -> list[datetime]:
    """The Mondays of the last 12 weeks, oldest first; the last is this week's."""
    this_week = week_start(now)
    return [this_week - timedelta(weeks=back) for back in range(WEEKS - 1, -1, -1)]


async def partner_overview(*, actor: PartnerActor, now: datetime) -> Overview:
    """The partner's counts at `now`. Raises nothing: a partner without customers gets zeros."""
    starts = week_starts(now)
    counts = await _association_counts(actor, starts)
    return Overview(
        active=counts["active"],
        dissolved=counts["dissolved"],
        frozen=await _frozen(actor),
        without_budget=counts["without_budget"],
        past_threshold=await _past_thresholds(actor, now),
        weeks=[WeekCount(start, counts[f"week{i}"]) for i, start in enumerate(starts)],
    )


async def _association_counts(actor: PartnerActor, starts: list[datetime]) -> dict[str, int]:
    """One statement: the states, the active reseller associations without a budget, and the
    associations of each week."""
    active = Q(dissolved_at__isnull=True)
    budgeted = Q(
        id__in=Subquery(
            Budget.filter(association__partner_id=actor.partner_id).values("association_id")
        )
    )
    counts: dict[str, Any] = {
        "active": Count("id", _filter=active),
        "dissolved": Count("id", _filter=Q(dissolved_at__isnull=False)),
        "without_budget": Count(
            "id", _filter=active & Q(model=CooperationModel.RESELLER) & ~budgeted
        ),
    }
    for index, start in enumerate(starts):
        week = Q(associated_at__gte=start, associated_at__lt=start + timedelta(weeks=1))
        counts[f"week{index}"] = Count("id", _filter=week)
    rows = await Association.filter(partner_id=actor.partner_id).annotate(**counts).values(*counts)
    row = rows[0] if rows else {}
    return {name: int(row.get(name) or 0) for name in counts}


async def _frozen(actor: PartnerActor) -> int:
    """The customers of active associations with any freeze in force."""
    in_force = Freeze.filter(lifted_at__isnull=True).values("customer_id")
    return await Association.filter(
        partner_id=actor.partner_id,
        dissolved_at__isnull=True,
        customer_id__in=Subquery(in_force),
    ).count()


async def _past_thresholds(actor: PartnerActor, now: datetime) -> dict[int, int]:
    """How many budgets of active associations raised each alert this month."""
    rows: list[Any] = (
        await BudgetAlert.filter(
            reached_at__gte=month_start(now),
            budget__association__partner_id=actor.partner_id,
            budget__association__dissolved_at__isnull=True,
        )
        .annotate(budgets=Count("budget_id", distinct=True))
        .group_by("threshold_percent")
        .values_list("threshold_percent", "budgets")
    )
    found = {int(threshold): int(budgets) for threshold, budgets in rows}
    return {threshold: found.get(threshold, 0) for threshold in ALERT_THRESHOLDS}
