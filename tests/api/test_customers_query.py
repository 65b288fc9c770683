"""The partner dashboard: filters, ordering, keyset pages, and a constant number of statements."""

from datetime import timedelta

import pytest

from models import Association, Customer, Partner
from models.enums import AuthorizationScope, BudgetKind, CooperationModel, FreezeType
from rules.actors import CustomerActor, PartnerActor
from rules.authorizations import approve_authorization, request_authorization
from rules.budgets import set_budget
from rules.freezes import freeze
from tests.api.conftest import Actors, Api
from tests.sql_statements import counting_statements

PAGE = """
query Page($first: Int!, $after: String, $filter: CustomerFilterInput, $order: CustomerOrderInput) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor
      association { state cooperationModel associatedAt }
      node {
        id accountName email frozen resourcesStopped
        freezes { reason type }
        budget { kind amount { amount currency } }
        authorization { state scopes }
      }
    }
  }
}"""


async def customers_of(actors: Actors, partner: Partner, count: int) -> list[Customer]:
    """`count` customers associated with the partner a minute apart, each with a budget, a freeze
    and a pending authorization request."""
    actor = PartnerActor(partner.id)
    made = []
    for _ in range(count):
        customer, _ = await actors.build.associated(partner)
        await set_budget(
            actor=actor,
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount="10",
            clock=actors.clock,
        )
        await freeze(
            actor=actor, customer_id=customer.id, freeze_type=FreezeType.ACCOUNT, clock=actors.clock
        )
        await request_authorization(
            actor=actor,
            customer_id=customer.id,
            scopes=[AuthorizationScope.PLACE_ORDERS],
            clock=actors.clock,
        )
        actors.clock.advance(timedelta(minutes=1))
        made.append(customer)
    return made


async def test_a_page_shows_each_customers_association_budget_freeze_and_letter(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    [customer] = await customers_of(actors, partner, 1)

    data = await api.data(PAGE, {"first": 10}, token=key)

    page = data["customers"]
    assert page["totalCount"] == 1
    assert page["pageInfo"]["hasNextPage"] is False
    [edge] = page["edges"]
    assert edge["association"]["state"] == "ACTIVE"
    assert edge["node"]["accountName"] == customer.account_name
    assert edge["node"]["frozen"] is True
    assert edge["node"]["resourcesStopped"] is False
    assert edge["node"]["freezes"] == [{"reason": "PARTNER", "type": "ACCOUNT"}]
    assert edge["node"]["budget"] == {
        "kind": "MONTHLY",
        "amount": {"amount": "10.00", "currency": "EUR"},
    }
    assert edge["node"]["authorization"] == {"state": "PENDING", "scopes": ["PLACE_ORDERS"]}


@pytest.mark.parametrize("size", [1, 20, 100])
async def test_a_page_costs_the_same_statements_whatever_its_size(
    api: Api, actors: Actors, size: int
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    await customers_of(actors, partner, size)

    await api.data(PAGE, {"first": 1}, token=key)  # the key's first use records the time

    with counting_statements() as statements:
        data = await api.data(PAGE, {"first": size}, token=key)

    assert len(data["customers"]["edges"]) == size
    # the key; the page with its budgets, freezes and letters; the count
    assert len(statements) == 3, "\n".join(statements)


async def test_pages_follow_each_other_without_gaps_or_repeats(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    made = [(await actors.build.associated(partner))[0] for _ in range(7)]
    for customer in made:
        await Customer.filter(id=customer.id).update(account_name=f"name-{customer.id:03d}")

    seen: list[str] = []
    after = None
    while True:
        data = await api.data(
            PAGE,
            {"first": 3, "after": after, "order": {"field": "ACCOUNT_NAME", "descending": True}},
            token=key,
        )
        page = data["customers"]
        seen += [edge["node"]["accountName"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert seen == sorted((f"name-{c.id:03d}" for c in made), reverse=True)


@pytest.mark.parametrize("descending", [False, True])
async def test_pages_in_association_order_follow_each_other_through_ties(
    api: Api, actors: Actors, descending: bool
) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    made = [(await actors.build.associated(partner))[0] for _ in range(7)]
    assert len({a.associated_at for a in await Association.filter(partner_id=partner.id)}) == 1

    seen: list[str] = []
    after = None
    order = {"field": "ASSOCIATED_AT", "descending": descending}
    while True:
        data = await api.data(PAGE, {"first": 2, "after": after, "order": order}, token=key)
        page = data["customers"]
        seen += [edge["node"]["accountName"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    in_order: list[str] = await (  # ties broken by the association's id
        Association.filter(partner_id=partner.id)
        .order_by("id")
        .values_list("customer__account_name", flat=True)
    )  # type: ignore[assignment]  # Tortoise types even a flat values_list as tuples
    assert len(in_order) == len(made)
    assert seen == (in_order[::-1] if descending else in_order)


async def test_filters_narrow_the_list(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    [managed] = await customers_of(actors, partner, 1)
    pending, _ = await actors.build.associated(partner)

    async def names(filter: dict[str, object]) -> list[str]:
        data = await api.data(PAGE, {"first": 10, "filter": filter}, token=key)
        return [edge["node"]["accountName"] for edge in data["customers"]["edges"]]

    assert await names({"budgetSet": True}) == [managed.account_name]
    assert await names({"budgetSet": False}) == [pending.account_name]
    assert sorted(await names({"frozen": True})) == sorted(
        [managed.account_name, pending.account_name]
    )
    assert await names({"authorizationState": "PENDING"}) == [managed.account_name]
    assert await names({"search": pending.email.upper()}) == [pending.account_name]
    assert await names({"associationState": "DISSOLVED"}) == []


async def test_the_authorization_filter_tells_approved_from_expired_letters(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    open_ended, _ = await actors.build.associated(partner, letter=True)
    limited, _ = await actors.build.associated(partner)
    letter = await request_authorization(
        actor=PartnerActor(partner.id),
        customer_id=limited.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        valid_days=1,
        clock=actors.clock,
    )
    await approve_authorization(
        actor=CustomerActor(limited.id), authorization_id=letter.id, clock=actors.clock
    )

    async def names(state: str) -> list[str]:
        filter = {"authorizationState": state}
        data = await api.data(PAGE, {"first": 10, "filter": filter}, token=key)
        return sorted(edge["node"]["accountName"] for edge in data["customers"]["edges"])

    assert await names("APPROVED") == sorted([open_ended.account_name, limited.account_name])
    assert await names("EXPIRED") == []
    actors.clock.advance(timedelta(days=1))
    assert await names("APPROVED") == [open_ended.account_name]
    assert await names("EXPIRED") == [limited.account_name]


async def test_a_partner_sees_only_its_own_customers(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()
    other, _ = await actors.partner()
    await actors.build.associated(other)

    data = await api.data(PAGE, {"first": 10}, token=key)

    assert data["customers"]["totalCount"] == 0
    assert data["customers"]["edges"] == []
    assert partner.id != other.id


@pytest.mark.parametrize("first", [0, 101])
async def test_a_page_size_outside_the_cap_is_refused(api: Api, actors: Actors, first: int) -> None:
    _, key = await actors.partner()

    body = await api(PAGE, {"first": first}, token=key)

    assert body["data"] is None
    assert body["errors"][0]["extensions"] == {"code": "OUT_OF_RANGE", "field": "first"}


async def test_a_forged_cursor_is_refused(api: Api, actors: Actors) -> None:
    _, key = await actors.partner()

    body = await api(PAGE, {"first": 5, "after": "not-a-cursor"}, token=key)

    assert body["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
