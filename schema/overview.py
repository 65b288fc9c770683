"""The partner console's overview: its customers counted, and associations per week."""

from datetime import datetime

import strawberry


@strawberry.type(description="The associations made in one week (Monday 00:00 UTC onwards).")
class WeekCount:
    week_start: datetime
    count: int


@strawberry.type(description="A partner's customers counted, as of now.")
class PartnerOverview:
    active: int = strawberry.field(description="Customers whose association is active.")
    dissolved: int = strawberry.field(description="Customers whose association was dissolved.")
    frozen: int = strawberry.field(description="Active customers with any freeze in force.")
    without_budget: int = strawberry.field(
        description="Active reseller customers without a budget."
    )
    past75: int = strawberry.field(
        description="Budgets that reached 75 % of their use this month (an alert was raised)."
    )
    past90: int = strawberry.field(description="Budgets that reached 90 % this month.")
    past100: int = strawberry.field(description="Budgets used up this month.")
    associations_per_week: list[WeekCount] = strawberry.field(
        description="The last 12 weeks, oldest first; the last is the current week."
    )
