"""The console's overview: a partner's customers counted, and associations per week, in a
constant number of statements."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from models.enums import BudgetKind, CooperationModel, FreezeType, OrderKind
from rules.actors import CustomerActor, PartnerActor
from rules.budgets import set_budget
from rules.freezes import freeze
from rules.orders import OrderRequest, place_order
from tests.api.conftest import Actors, Api
from tests.sql_statements import counting_statements

OVERVIEW = """
query {
  partnerOverview {
    active dissolved frozen withoutBudget past75 past90 past100
    associationsPerWeek { weekStart count }
  }
}"""
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)  # a Tuesday: the clock fixture's moment
THIS_MONDAY = datetime(2026, 3, 9, tzinfo=UTC)


async def test_the_overview_counts_states_freezes_budgets_alerts_and_weeks(
    api: Api, actors: Actors
) -> None:
    # given: a reseller's customers associated 13 weeks ago, 10 weeks ago, last week and now
    partner, key = await actors.partner(CooperationModel.RESELLER)
    as_partner = PartnerActor(partner.id)
    made = {}
    for name, weeks_ago in (("old", 13), ("ten", 10), ("last", 1), ("now", 0)):
        actors.clock.set(NOW - timedelta(weeks=weeks_ago))
        made[name], _ = await actors.build.associated(partner)
    actors.clock.set(NOW)
    for name in ("old", "ten", "last"):  # "now" stays frozen pending a budget
        await set_budget(
            actor=as_partner,
            customer_id=made[name].id,
            kind=BudgetKind.MONTHLY,
            amount="100",
            clock=actors.clock,
        )
    await freeze(
        actor=as_partner,
        customer_id=made["old"].id,
        freeze_type=FreezeType.ACCOUNT,
        clock=actors.clock,
    )
    order = OrderRequest(customer_id=made["last"].id, kind=OrderKind.PURCHASE, amount=Decimal("95"))
    await place_order(actor=CustomerActor(made["last"].id), request=order, clock=actors.clock)
    other, _ = await actors.partner(CooperationModel.RESELLER)
    await actors.build.associated(other)  # another partner's customer counts for nobody here

    # when
    data = await api.data(OVERVIEW, token=key)

    # then
    overview = data["partnerOverview"]
    weeks = overview.pop("associationsPerWeek")
    assert overview == {
        "active": 4,
        "dissolved": 0,
        "frozen": 2,  # "old" by the partner, "now" pending a budget
        "withoutBudget": 1,
        "past75": 1,
        "past90": 1,
        "past100": 0,
    }
    assert [week["weekStart"] for week in weeks] == [
        (THIS_MONDAY - timedelta(weeks=back)).isoformat() for back in range(11, -1, -1)
    ]
    assert [week["count"] for week in weeks] == [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]


async def test_a_referral_partner_without_customers_gets_zeros(api: Api, actors: Actors) -> None:
    _, key = await actors.partner(CooperationModel.REFERRAL)

    overview = (await api.data(OVERVIEW, token=key))["partnerOverview"]

    assert overview["active"] == overview["frozen"] == overview["withoutBudget"] == 0
    assert [week["count"] for week in overview["associationsPerWeek"]] == [0] * 12


async def test_referral_customers_need_no_budget(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    await actors.build.associated(partner)

    overview = (await api.data(OVERVIEW, token=key))["partnerOverview"]

    assert (overview["active"], overview["withoutBudget"], overview["frozen"]) == (1, 0, 0)


async def test_the_overview_costs_the_same_statements_whatever_the_customers(
    api: Api, actors: Actors
) -> None:
    counted = []
    for size in (1, 8):
        partner, key = await actors.partner(CooperationModel.RESELLER)
        for _ in range(size):
            customer, _ = await actors.build.associated(partner)
            await set_budget(
                actor=PartnerActor(partner.id),
                customer_id=customer.id,
                kind=BudgetKind.PACKAGE,
                amount="10",
                clock=actors.clock,
            )
        await api.data(OVERVIEW, token=key)  # the key's first use records the time
        with counting_statements() as statements:
            overview = (await api.data(OVERVIEW, token=key))["partnerOverview"]
        assert overview["active"] == size
        counted.append(len(statements))
    # the key, the associations' counts, the frozen ones, the alerts
    assert counted == [4, 4]
