"""`Customer.expenditures`: what is left to pay and whether a coupon may pay it, for the
customer and its partner, with the coupon rule's reasons; then `applyCoupon` from the list."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

import pytest

from models import Association, CashCoupon, Customer, Expenditure
from models.enums import CooperationModel
from rules.actors import CustomerActor
from rules.associations import associate
from tests.api.conftest import Actors, Api, gid
from tests.builders import complete_steps
from tests.sql_statements import counting_statements

_refs = count(1)
OWN = """
query($first: Int!, $after: String) {
  viewer { ... on Customer { expenditures(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      expenditureId spentAt description amount { amount currency } cashAmount { amount }
      outstanding { amount } paid couponPayable couponRefusals
    } }
  } } }
}"""
OF_CUSTOMER = """
query($id: ID!) {
  node(id: $id) { ... on Customer { expenditures { edges { node { paid couponRefusals } } } } }
}"""
APPLY = """
mutation($coupon: ID!, $expenditure: ID!) {
  applyCoupon(input: {couponId: $coupon, expenditureId: $expenditure}) { paid errors { code } }
}"""


async def spend(
    actors: Actors, customer: Customer, amount: str, cash: str = "0.00", ago: int = 0
) -> Expenditure:
    return await Expenditure.create(
        ref=f"e-{next(_refs)}",
        customer=customer,
        amount=Decimal(amount),
        cash_amount=Decimal(cash),
        spent_at=actors.clock.now() - timedelta(days=ago),
        description="compute",
    )


async def coupon(
    actors: Actors, customer: Customer, balance: str = "50.00", days: int = 30
) -> CashCoupon:
    return await CashCoupon.create(
        ref=f"c-{next(_refs)}",
        customer=customer,
        face_value=Decimal("50.00"),
        balance=Decimal(balance),
        issued_at=actors.clock.now() - timedelta(days=60),
        valid_until=actors.clock.now() + timedelta(days=days),
    )


async def edges(api: Api, token: str, first: int = 20) -> list[dict[str, object]]:
    data = await api.data(OWN, {"first": first}, token=token)
    return [edge["node"] for edge in data["viewer"]["expenditures"]["edges"]]


async def test_the_customer_sees_what_is_left_to_pay_and_pays_it_with_a_coupon(
    api: Api, actors: Actors
) -> None:
    customer = await actors.build.customer()
    token = await actors.login(customer)
    cash = await spend(actors, customer, "10.00", cash="10.00", ago=2)
    open_ = await spend(actors, customer, "30.00", cash="5.00", ago=1)
    held = await coupon(actors, customer)

    [newest, oldest] = await edges(api, token)

    assert newest == {
        "expenditureId": gid("Expenditure", open_.id),
        "spentAt": "2026-03-09T12:00:00+00:00",
        "description": "compute",
        "amount": {"amount": "30.00", "currency": "EUR"},
        "cashAmount": {"amount": "5.00"},
        "outstanding": {"amount": "25.00"},
        "paid": False,
        "couponPayable": True,
        "couponRefusals": [],
    }
    assert (oldest["expenditureId"], oldest["paid"]) == (gid("Expenditure", cash.id), True)
    assert oldest["couponRefusals"] == ["EXPENDITURE_ALREADY_PAID"]
    paid = await api.data(
        APPLY,
        {"coupon": gid("CashCoupon", held.id), "expenditure": newest["expenditureId"]},
        token=token,
    )
    assert paid["applyCoupon"] == {"paid": "25.00", "errors": []}
    [after, _] = await edges(api, token)
    assert (after["paid"], after["couponRefusals"]) == (True, ["EXPENDITURE_ALREADY_PAID"])


async def test_after_a_reseller_association_later_spend_is_refused_to_coupons(
    api: Api, actors: Actors
) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER)
    customer, link = await actors.build.newcomer(partner)
    before = await spend(actors, customer, "8.00")
    await coupon(actors, customer)
    actors.clock.advance(timedelta(minutes=5))
    await associate(
        actor=CustomerActor(customer.id), request=complete_steps(link), clock=actors.clock
    )
    actors.clock.advance(timedelta(minutes=5))
    after = await spend(actors, customer, "9.00")
    token = await actors.login(customer)

    refusals = {n["expenditureId"]: n["couponRefusals"] for n in await edges(api, token)}

    assert refusals == {
        gid("Expenditure", before.id): [],
        gid("Expenditure", after.id): ["EXPENDITURE_AFTER_RESELLER_ASSOCIATION"],
    }


@pytest.mark.parametrize(
    ("coupons", "reason"),
    [
        ([], "COUPON_NOT_FOUND"),
        ([("50.00", -1)], "COUPON_EXPIRED"),
        ([("50.00", -1), ("0.00", 30)], "COUPON_EMPTY"),
    ],
)
async def test_without_a_usable_coupon_the_reason_is_given(
    api: Api, actors: Actors, coupons: list[tuple[str, int]], reason: str
) -> None:
    customer = await actors.build.customer()
    await spend(actors, customer, "3.00")
    for balance, days in coupons:
        await coupon(actors, customer, balance=balance, days=days)

    [node] = await edges(api, await actors.login(customer))

    assert (node["couponPayable"], node["couponRefusals"]) == (False, [reason])


async def test_the_partner_sees_its_customers_expenditures_and_no_one_else_does(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    other, other_key = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)
    await spend(actors, customer, "4.00")
    stranger = await actors.login(await actors.build.customer())
    customer_id = {"id": gid("Customer", customer.id)}

    as_partner = await api.data(OF_CUSTOMER, customer_id, token=key)
    as_other = await api.data(OF_CUSTOMER, customer_id, token=other_key)
    as_stranger = await api.data(OF_CUSTOMER, customer_id, token=stranger)

    assert as_partner["node"]["expenditures"]["edges"] == [
        {"node": {"paid": False, "couponRefusals": ["COUPON_NOT_FOUND"]}}
    ]
    assert as_other == as_stranger == {"node": None}
    assert other.id != partner.id


async def test_pages_follow_each_other_newest_first(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()
    token = await actors.login(customer)
    made = [await spend(actors, customer, "1.00", ago=day % 3) for day in range(7)]

    seen: list[str] = []
    after = None
    while True:
        data = await api.data(OWN, {"first": 3, "after": after}, token=token)
        page = data["viewer"]["expenditures"]
        seen += [edge["node"]["expenditureId"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    newest_first = sorted(made, key=lambda e: (e.spent_at, e.id), reverse=True)
    assert seen == [gid("Expenditure", e.id) for e in newest_first]


@pytest.mark.parametrize("size", [1, 50])
async def test_a_page_costs_the_same_statements_whatever_its_size(
    api: Api, actors: Actors, size: int
) -> None:
    customer = await actors.build.customer()
    token = await actors.login(customer)
    await coupon(actors, customer)
    for _ in range(size):
        await spend(actors, customer, "2.00")
    await edges(api, token, first=1)  # the session's first use records the time

    with counting_statements() as statements:
        assert len(await edges(api, token, first=size)) == size

    # session, viewer, page, coupon payments, coupons, reseller association
    assert len(statements) == 6, "\n".join(statements)


@pytest.mark.parametrize("first", [0, 101])
async def test_a_page_size_outside_the_cap_is_refused(api: Api, actors: Actors, first: int) -> None:
    token = await actors.login(await actors.build.customer())

    body = await api(OWN, {"first": first}, token=token)

    assert body["errors"][0]["extensions"] == {"code": "OUT_OF_RANGE", "field": "first"}


async def test_a_former_partner_sees_no_expenditures(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    customer, association = await actors.build.associated(partner)
    await spend(actors, customer, "4.00")
    await Association.filter(id=association.id).update(
        active_customer_id=None, dissolved_at=actors.clock.now()
    )

    data = await api.data(OF_CUSTOMER, {"id": gid("Customer", customer.id)}, token=key)

    assert data["node"]["expenditures"]["edges"] == []
