from decimal import Decimal

from models import CashCoupon, Customer, Expenditure, Order, Partner
from models.enums import AuthorizationScope, CooperationModel, ExhaustionAction
from rules.actors import CustomerActor, PartnerActor
from rules.authorizations import approve_authorization, request_authorization
from tests.api.conftest import Actors, Api, gid
from tests.sql_statements import counting_statements

PLACE = """
mutation Place($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    order { kind amount { amount currency } placedByPartner { name } }
    budgetUsage { spent { amount } remaining { amount } percentUsed }
    alertsRaised couponPaid
    errors { code message field }
  }
}"""

CUSTOMER_VIEW = """
query { viewer { ... on Customer {
  frozen freezes { reason }
  budget { usage { spent { amount } remaining { amount } percentUsed } }
  orders { kind amount { amount } }
} } }"""


async def reseller_customer(
    actors: Actors, budget: str = "100.00", auto: bool = False
) -> tuple[Partner, str, Customer, str]:
    """A budgeted reseller customer: its partner, the partner's key, it and its session."""
    action = ExhaustionAction.AUTO_FREEZE if auto else ExhaustionAction.MANUAL
    partner, key, customer = await actors.budgeted_customer(budget, action)
    return partner, key, customer, await actors.login(customer)


def order_input(customer_id: int, amount: str, **extra: object) -> dict[str, object]:
    return {"input": {"customerId": gid("Customer", customer_id), "kind": "PURCHASE",
                      "amount": amount, **extra}}  # fmt: skip


async def test_an_order_reports_the_budget_use_and_the_alerts_it_raised(
    api: Api, actors: Actors
) -> None:
    _, _, customer, session = await reseller_customer(actors)

    data = await api.data(PLACE, order_input(customer.id, "90.00"), token=session)

    assert data["placeOrder"] == {
        "order": {
            "kind": "PURCHASE",
            "amount": {"amount": "90.00", "currency": "EUR"},
            "placedByPartner": None,
        },
        "budgetUsage": {
            "spent": {"amount": "90.00"},
            "remaining": {"amount": "10.00"},
            "percentUsed": "90.00",
        },
        "alertsRaised": [75, 90],
        "couponPaid": None,
        "errors": [],
    }
    view = (await api.data(CUSTOMER_VIEW, token=session))["viewer"]
    assert view["budget"]["usage"]["remaining"] == {"amount": "10.00"}
    assert view["orders"] == [{"kind": "PURCHASE", "amount": {"amount": "90.00"}}]


async def test_an_order_past_the_budget_is_refused_as_data(api: Api, actors: Actors) -> None:
    _, _, customer, session = await reseller_customer(actors, budget="10.00")

    data = await api.data(PLACE, order_input(customer.id, "10.01"), token=session)

    assert [(e["code"], e["field"]) for e in data["placeOrder"]["errors"]] == [
        ("BUDGET_EXCEEDED", "amount")
    ]
    assert not await Order.exists()


async def test_exhausting_an_auto_freeze_budget_freezes_the_account(
    api: Api, actors: Actors
) -> None:
    _, _, customer, session = await reseller_customer(actors, budget="10.00", auto=True)

    await api.data(PLACE, order_input(customer.id, "10.00"), token=session)
    data = await api.data(PLACE, order_input(customer.id, "1.00"), token=session)

    assert [e["code"] for e in data["placeOrder"]["errors"]] == ["ACCOUNT_FROZEN"]
    view = (await api.data(CUSTOMER_VIEW, token=session))["viewer"]
    assert view["frozen"] is True
    assert view["freezes"] == [{"reason": "BUDGET_EXHAUSTED"}]


async def test_an_authorized_partner_orders_for_its_customer(api: Api, actors: Actors) -> None:
    partner, key, customer, _ = await reseller_customer(actors)
    letter = await request_authorization(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=actors.clock,
    )
    await approve_authorization(
        actor=CustomerActor(customer.id), authorization_id=letter.id, clock=actors.clock
    )

    data = await api.data(PLACE, order_input(customer.id, "5.00"), token=key)

    assert data["placeOrder"]["order"]["placedByPartner"] == {"name": partner.name}


async def test_an_unauthorized_partner_is_refused(api: Api, actors: Actors) -> None:
    _, key, customer, _ = await reseller_customer(actors)

    data = await api.data(PLACE, order_input(customer.id, "5.00"), token=key)

    assert [e["code"] for e in data["placeOrder"]["errors"]] == ["NOT_AUTHORIZED_TO_ORDER"]


async def test_a_referral_customer_pays_with_a_coupon(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)
    now = actors.clock.now()
    coupon = await CashCoupon.create(
        ref="cp", customer=customer, face_value=Decimal("3.00"), balance=Decimal("3.00"),
        issued_at=now, valid_until=now.replace(year=now.year + 1),
    )  # fmt: skip
    session = await actors.login(customer)

    data = await api.data(
        PLACE,
        order_input(customer.id, "5.00", couponId=gid("CashCoupon", coupon.id)),
        token=session,
    )

    assert data["placeOrder"]["couponPaid"] == "3.00"
    assert data["placeOrder"]["budgetUsage"] is None


async def test_ordering_needs_credentials(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()

    body = await api(PLACE, order_input(customer.id, "1.00"))

    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


APPLY = """
mutation Apply($input: ApplyCouponInput!) {
  applyCoupon(input: $input) { paid errors { code field } }
}"""


async def test_a_coupon_pays_an_expenditure_only_for_its_owner(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)
    now = actors.clock.now()
    coupon = await CashCoupon.create(
        ref="cp-2", customer=customer, face_value=Decimal("8.00"), balance=Decimal("8.00"),
        issued_at=now, valid_until=now.replace(year=now.year + 1),
    )  # fmt: skip
    unpaid = await Expenditure.create(
        ref="e-unpaid", customer=customer, amount=Decimal("5.00"), cash_amount=0, spent_at=now
    )
    session = await actors.login(customer)
    variables = {
        "input": {
            "couponId": gid("CashCoupon", coupon.id),
            "expenditureId": gid("Expenditure", unpaid.id),
        }
    }
    stranger = await actors.login(await actors.build.customer())

    refused = await api.data(APPLY, variables, token=stranger)
    paid = await api.data(APPLY, variables, token=session)

    assert refused["applyCoupon"] == {
        "paid": None,
        "errors": [{"code": "COUPON_NOT_FOUND", "field": "couponId"}],
    }
    assert paid["applyCoupon"] == {"paid": "5.00", "errors": []}


async def test_orders_on_a_page_of_customers_cost_one_statement(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    customers = [(await actors.build.associated(partner))[0] for _ in range(4)]
    for n, customer in enumerate(customers):
        session = await actors.login(customer)
        for amount in ("1.00", "2.00", "3.00")[: n + 1]:
            await api.data(PLACE, order_input(customer.id, amount), token=session)
    page = """{ customers(first: 10) { edges { node { accountName
                 orders(first: 2) { amount { amount } } } } } }"""
    await api.data(page, token=key)  # the key's first use records the time

    with counting_statements() as statements:
        data = await api.data(page, token=key)

    orders = [
        [o["amount"]["amount"] for o in edge["node"]["orders"]]
        for edge in data["customers"]["edges"]
    ]
    assert orders == [["1.00"], ["2.00", "1.00"], ["3.00", "2.00"], ["3.00", "2.00"]]
    assert sum("customer_order" in statement for statement in statements) == 1
