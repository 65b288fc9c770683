from datetime import timedelta

import pytest

from models import Customer, Partner
from models.enums import BudgetKind, CooperationModel
from rules.actors import PartnerActor
from rules.budgets import set_budget
from tests.api.conftest import Actors, Api, gid

EVENTS = """
query Events($customerId: ID!, $first: Int, $after: ID) {
  auditEvents(customerId: $customerId, first: $first, after: $after) {
    id action actorKind subjectType before after reason occurredAt
  }
}"""


async def budgeted(actors: Actors) -> tuple[Partner, str, Customer]:
    """A reseller, its key, and its customer, associated then given a budget a minute later."""
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    actors.clock.advance(timedelta(minutes=1))
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="12.50",
        clock=actors.clock,
    )
    return partner, key, customer


async def test_the_partner_sees_its_customers_events_newest_first(api: Api, actors: Actors) -> None:
    _, key, customer = await budgeted(actors)

    data = await api.data(EVENTS, {"customerId": gid("Customer", customer.id)}, token=key)

    events = data["auditEvents"]
    assert [(e["action"], e["actorKind"], e["subjectType"]) for e in events] == [
        ("account.unfrozen", "PARTNER", "Freeze"),
        ("budget.set", "PARTNER", "Budget"),
        ("account.frozen", "CUSTOMER", "Freeze"),
        ("association.created", "CUSTOMER", "Association"),
    ]
    assert events[1]["before"] is None
    assert events[1]["after"] == {
        "kind": "MONTHLY",
        "amount": "12.50",
        "exhaustion_action": "MANUAL",
    }
    assert events[0]["before"] == {"reason": "PENDING_BUDGET", "freeze_type": "ACCOUNT"}
    assert [e["occurredAt"] for e in events] == [
        "2026-03-10T12:01:00+00:00",
        "2026-03-10T12:01:00+00:00",
        "2026-03-10T12:00:00+00:00",
        "2026-03-10T12:00:00+00:00",
    ]


async def test_the_customer_sees_its_own_events_the_partner_only_those_concerning_it(
    api: Api, actors: Actors
) -> None:
    _, key, customer = await budgeted(actors)
    session = await actors.login(customer)
    await api.data("mutation { logout { loggedOut } }", token=session)
    variables = {"customerId": gid("Customer", customer.id)}

    own = await api.data(EVENTS, variables, token=await actors.login(customer))
    partners = await api.data(EVENTS, variables, token=key)

    own_ids = [e["id"] for e in own["auditEvents"]]
    partners_ids = [e["id"] for e in partners["auditEvents"]]
    assert [e["action"] for e in own["auditEvents"] if e["id"] not in partners_ids] == [
        "customer.logged_out",
        "customer.enabled",  # step 4 of the association: the customer's own business
    ]
    assert [i for i in own_ids if i in partners_ids] == partners_ids


async def test_pages_follow_each_other_with_after(api: Api, actors: Actors) -> None:
    partner, key, customer = await budgeted(actors)
    for amount in ("20", "30", "40"):
        await set_budget(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount=amount,
            clock=actors.clock,
        )
    customer_id = gid("Customer", customer.id)
    everything = await api.data(EVENTS, {"customerId": customer_id, "first": 100}, token=key)

    seen: list[str] = []
    after = None
    while True:
        page = await api.data(
            EVENTS, {"customerId": customer_id, "first": 3, "after": after}, token=key
        )
        events = page["auditEvents"]
        seen += [e["id"] for e in events]
        if len(events) < 3:
            break
        after = events[-1]["id"]

    assert seen == [e["id"] for e in everything["auditEvents"]]
    assert len(seen) == 7
    assert len(set(seen)) == 7


@pytest.mark.parametrize("first", [0, 101])
async def test_a_page_size_outside_the_cap_is_refused(api: Api, actors: Actors, first: int) -> None:
    _, key, customer = await budgeted(actors)

    body = await api(
        EVENTS, {"customerId": gid("Customer", customer.id), "first": first}, token=key
    )

    assert body["data"] is None
    assert [e["extensions"] for e in body["errors"]] == [{"code": "OUT_OF_RANGE", "field": "first"}]


async def test_another_partner_sees_none_of_them(api: Api, actors: Actors) -> None:
    _, _, customer = await budgeted(actors)
    _, stranger = await actors.partner()

    data = await api.data(EVENTS, {"customerId": gid("Customer", customer.id)}, token=stranger)

    assert data["auditEvents"] == []


async def test_an_event_read_by_id_is_the_one_listed(api: Api, actors: Actors) -> None:
    _, key, customer = await budgeted(actors)
    listed = await api.data(EVENTS, {"customerId": gid("Customer", customer.id)}, token=key)
    event = listed["auditEvents"][1]

    data = await api.data(
        "query($id: ID!) { node(id: $id) { ... on AuditEvent { id action after } } }",
        {"id": event["id"]},
        token=key,
    )

    assert data["node"] == {"id": event["id"], "action": "budget.set", "after": event["after"]}
