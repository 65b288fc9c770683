import pytest

from models import BudgetChange
from models.enums import CooperationModel
from tests.api.conftest import Actors, Api, database_state, gid

SET_BUDGET = """
mutation Set($input: SetBudgetInput!) {
  setBudget(input: $input) {
    budget { kind amount { amount currency } exhaustionAction history { amount { amount } } }
    customer { frozen freezes { reason } }
    errors { code message field }
  }
}"""


async def test_setting_a_budget_unfreezes_the_reseller_customer(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)

    data = await api.data(
        SET_BUDGET,
        {
            "input": {
                "customerId": gid("Customer", customer.id),
                "kind": "MONTHLY",
                "amount": "1200.50",
            }
        },
        token=key,
    )

    assert data["setBudget"] == {
        "budget": {
            "kind": "MONTHLY",
            "amount": {"amount": "1200.50", "currency": "EUR"},
            "exhaustionAction": "MANUAL",
            "history": [{"amount": {"amount": "1200.50"}}],
        },
        "customer": {"frozen": False, "freezes": []},
        "errors": [],
    }


async def test_a_third_decimal_place_is_refused_and_nothing_changes(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)

    data = await api.data(
        SET_BUDGET,
        {
            "input": {
                "customerId": gid("Customer", customer.id),
                "kind": "PACKAGE",
                "amount": "9.999",
            }
        },
        token=key,
    )

    assert data["setBudget"]["errors"] == [
        {
            "code": "TOO_MANY_DECIMAL_PLACES",
            "message": "amount takes 2 decimal places at most.",
            "field": "amount",
        }
    ]
    assert data["setBudget"]["budget"] is None
    assert not await BudgetChange.exists()


async def test_another_partners_customer_is_not_yours(api: Api, actors: Actors) -> None:
    owner, _ = await actors.partner(CooperationModel.RESELLER)
    _, stranger_key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(owner)

    data = await api.data(
        SET_BUDGET,
        {"input": {"customerId": gid("Customer", customer.id), "kind": "MONTHLY", "amount": "1"}},
        token=stranger_key,
    )

    assert [e["code"] for e in data["setBudget"]["errors"]] == ["NOT_YOUR_CUSTOMER"]
    assert not await BudgetChange.exists()


async def test_an_id_of_another_type_finds_no_customer(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)

    data = await api.data(
        SET_BUDGET,
        {"input": {"customerId": gid("Partner", customer.id), "kind": "MONTHLY", "amount": "1"}},
        token=key,
    )

    assert [e["code"] for e in data["setBudget"]["errors"]] == ["NOT_YOUR_CUSTOMER"]


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("-0.01", "NEGATIVE_AMOUNT"),
        ("1000000000000.00", "AMOUNT_TOO_LARGE"),
        ("NaN", "OUT_OF_RANGE"),
    ],
)
async def test_an_amount_out_of_bounds_is_refused(
    api: Api, actors: Actors, amount: str, code: str
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    before = await database_state()

    data = await api.data(
        SET_BUDGET,
        {
            "input": {
                "customerId": gid("Customer", customer.id),
                "kind": "MONTHLY",
                "amount": amount,
            }
        },
        token=key,
    )

    assert [(e["code"], e["field"]) for e in data["setBudget"]["errors"]] == [(code, "amount")]
    assert await database_state() == before


async def test_a_referral_partner_sets_no_budget(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)
    before = await database_state()

    data = await api.data(
        SET_BUDGET,
        {"input": {"customerId": gid("Customer", customer.id), "kind": "MONTHLY", "amount": "1"}},
        token=key,
    )

    assert data["setBudget"]["errors"] == [
        {
            "code": "NOT_RESELLER_ASSOCIATION",
            "message": "Only a reseller partner manages budgets and freezes.",
            "field": "customerId",
        }
    ]
    assert await database_state() == before
