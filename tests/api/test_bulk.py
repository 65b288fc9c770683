"""`setBudgets`, `freezeMany` and `unfreezeMany`: up to 100 customers per call, each decided on
its own, the whole call idempotent under one key."""

import uuid
from typing import Any

from app.idempotency import REPLAYED_HEADER
from models import Budget, Customer, Freeze
from models.enums import BudgetKind, CooperationModel, FreezeReason
from rules.actors import PartnerActor
from rules.budgets import set_budget
from tests.api.conftest import Actors, Api, database_state, gid
from tests.sql_statements import counting_statements

SET_BUDGETS = """
mutation Set($input: SetBudgetsInput!) {
  setBudgets(input: $input) {
    succeeded failed
    items {
      index customerId budget { amount { amount } } customer { frozen } errors { code field }
    }
    errors { code field }
  }
}"""
FREEZE_MANY = """
mutation Freeze($input: FreezeManyInput!) {
  freezeMany(input: $input) {
    succeeded failed
    items { index customerId freeze { reason type } customer { frozen } errors { code } }
    errors { code field }
  }
}"""
UNFREEZE_MANY = """
mutation Unfreeze($input: UnfreezeManyInput!) {
  unfreezeMany(input: $input) {
    succeeded failed
    items { index customerId freeze { liftedAt } errors { code } }
    errors { code field }
  }
}"""


async def customers(actors: Actors, count: int) -> tuple[str, list[str]]:
    """A reseller's key and the global ids of `count` of its customers, each with a budget (so
    that no freeze is in force)."""
    partner, key, first = await actors.budgeted_customer()
    ids = [gid("Customer", first.id)]
    for _ in range(count - 1):
        customer, _ = await actors.build.associated(partner)
        await set_budget(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount="100",
            clock=actors.clock,
        )
        ids.append(gid("Customer", customer.id))
    return key, ids


def freezing(*ids: str) -> dict[str, Any]:
    return {"input": {"items": [{"customerId": i, "type": "ACCOUNT"} for i in ids]}}


async def test_set_budgets_decides_each_customer_on_its_own(api: Api, actors: Actors) -> None:
    key, (mine, also_mine) = await customers(actors, 2)
    stranger, _ = await actors.build.associated(await actors.build.partner())
    items = [
        {"customerId": mine, "kind": "MONTHLY", "amount": "10"},
        {"customerId": gid("Customer", stranger.id), "kind": "MONTHLY", "amount": "10"},
        {"customerId": also_mine, "kind": "PACKAGE", "amount": "-1"},
        {"customerId": also_mine, "kind": "PACKAGE", "amount": "20.50"},
    ]

    data = await api.data(SET_BUDGETS, {"input": {"items": items}}, token=key)

    result = data["setBudgets"]
    assert (result["succeeded"], result["failed"], result["errors"]) == (2, 2, [])
    assert result["items"] == [
        {
            "index": 0,
            "customerId": mine,
            "budget": {"amount": {"amount": "10.00"}},
            "customer": {"frozen": False},
            "errors": [],
        },
        {
            "index": 1,
            "customerId": gid("Customer", stranger.id),
            "budget": None,
            "customer": None,
            "errors": [{"code": "NOT_YOUR_CUSTOMER", "field": "customerId"}],
        },
        {
            "index": 2,
            "customerId": also_mine,
            "budget": None,
            "customer": None,
            "errors": [{"code": "NEGATIVE_AMOUNT", "field": "amount"}],
        },
        {
            "index": 3,
            "customerId": also_mine,
            "budget": {"amount": {"amount": "20.50"}},
            "customer": {"frozen": False},
            "errors": [],
        },
    ]
    assert not await Budget.exists(customer_id=stranger.id)


async def test_freeze_many_freezes_the_ones_it_may(api: Api, actors: Actors) -> None:
    key, (first, second) = await customers(actors, 2)
    referral, referral_key = await actors.partner(CooperationModel.REFERRAL)
    referred, _ = await actors.build.associated(referral)
    await api.data(FREEZE_MANY, freezing(first), token=key)

    data = await api.data(FREEZE_MANY, freezing(first, second), token=key)
    theirs = await api.data(FREEZE_MANY, freezing(gid("Customer", referred.id)), token=referral_key)

    result = data["freezeMany"]
    assert (result["succeeded"], result["failed"]) == (1, 1)
    assert [item["errors"] for item in result["items"]] == [[{"code": "ALREADY_FROZEN"}], []]
    assert result["items"][1]["freeze"] == {"reason": "PARTNER", "type": "ACCOUNT"}
    assert result["items"][1]["customer"] == {"frozen": True}
    assert theirs["freezeMany"]["items"][0]["errors"] == [{"code": "NOT_RESELLER_ASSOCIATION"}]
    assert await Freeze.filter(reason=FreezeReason.PARTNER, lifted_at=None).count() == 2


async def test_unfreeze_many_lifts_the_ones_frozen(api: Api, actors: Actors) -> None:
    key, (frozen, not_frozen) = await customers(actors, 2)
    await api.data(FREEZE_MANY, freezing(frozen), token=key)

    data = await api.data(UNFREEZE_MANY, freezing(frozen, not_frozen), token=key)

    result = data["unfreezeMany"]
    assert (result["succeeded"], result["failed"]) == (1, 1)
    assert result["items"][0]["freeze"]["liftedAt"] is not None
    assert result["items"][1] == {
        "index": 1,
        "customerId": not_frozen,
        "freeze": None,
        "errors": [{"code": "NOT_FROZEN"}],
    }


async def test_more_than_a_hundred_items_are_refused_and_nothing_is_done(
    api: Api, actors: Actors
) -> None:
    key, [customer_id] = await customers(actors, 1)
    before = await database_state()

    data = await api.data(FREEZE_MANY, freezing(*[customer_id] * 101), token=key)

    assert data["freezeMany"] == {
        "succeeded": 0,
        "failed": 0,
        "items": [],
        "errors": [{"code": "TOO_MANY_ITEMS", "field": "items"}],
    }
    assert await database_state() == before


async def test_a_hundred_customers_in_one_call_cost_a_few_statements_each(
    api: Api, actors: Actors
) -> None:
    key, ids = await customers(actors, 100)

    with counting_statements() as statements:
        data = await api.data(FREEZE_MANY, freezing(*ids), token=key)

    assert data["freezeMany"]["succeeded"] == 100
    per_item = (len(statements) - 10) / 100
    print(f"freezeMany of 100 customers: {len(statements)} SQL statements")
    assert per_item <= 8, len(statements)
    assert await Customer.filter(freezes__reason=FreezeReason.PARTNER).count() == 100


async def test_one_idempotency_key_covers_the_whole_call(api: Api, actors: Actors) -> None:
    key, ids = await customers(actors, 3)
    idempotency_key = str(uuid.uuid4())
    headers = {"Authorization": f"Bearer {key}", "Idempotency-Key": idempotency_key}
    body = {"query": FREEZE_MANY, "variables": freezing(*ids)}

    first = await api.client.post("/graphql", json=body, headers=headers)
    again = await api.client.post("/graphql", json=body, headers=headers)

    assert first.json()["data"]["freezeMany"]["succeeded"] == 3
    assert again.content == first.content
    assert again.headers[REPLAYED_HEADER] == "true"
    assert await Freeze.filter(reason=FreezeReason.PARTNER).count() == 3
