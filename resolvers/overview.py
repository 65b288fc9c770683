from rules import overview as rules
from schema.context import Info
from schema.errors import require_partner
from schema.overview import PartnerOverview, WeekCount


async def partner_overview(info: Info) -> PartnerOverview:
    """The calling partner's customers counted; for a partner only."""
    actor = require_partner(info)
    found = await rules.partner_overview(actor=actor, now=info.context.clock.now())
    return PartnerOverview(
        active=found.active,
        dissolved=found.dissolved,
        frozen=found.frozen,
        without_budget=found.without_budget,
        past75=found.past_threshold[75],
        past90=found.past_threshold[90],
        past100=found.past_threshold[100],
        associations_per_week=[
            WeekCount(week_start=w.week_start, count=w.count) for w in found.weeks
        ],
    )
