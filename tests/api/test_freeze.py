from models import AuditEvent, Customer, Freeze
from models.enums import BudgetKind, CooperationModel, ExhaustionAction
from rules.actors import PartnerActor
from rules.budgets import set_budget
from tests.api.conftest import Actors, Api, database_state, gid

FREEZE = """
mutation Freeze($input: FreezeInput!) {
  freeze(input: $input) {
    freeze { reason type note liftedAt }
    customer { frozen resourcesStopped freezes { reason type } }
    errors { code message field }
  }
}"""

UNFREEZE = """
mutation Unfreeze($input: UnfreezeInput!) {
  unfreeze(input: $input) {
    freeze { reason type liftedAt }
    customer { frozen resourcesStopped freezes { reason } }
    errors { code message field }
  }
}"""

CUSTOMERS_VIEW = (
    "{ viewer { ... on Customer { frozen resourcesStopped freezes { reason type } } } }"
)


async def managed(actors: Actors) -> tuple[str, str, Customer]:
    """A reseller's key, and the global id and row of its customer, whose budget lifted the
    freeze the association set."""
    _, key, customer = await actors.budgeted_customer()
    return key, gid("Customer", customer.id), customer


async def test_freezing_account_and_resources_stops_them(api: Api, actors: Actors) -> None:
    key, customer_id, customer = await managed(actors)

    data = await api.data(
        FREEZE,
        {"input": {"customerId": customer_id, "type": "ACCOUNT_AND_RESOURCE", "note": "unpaid"}},
        token=key,
    )

    assert data["freeze"] == {
        "freeze": {
            "reason": "PARTNER",
            "type": "ACCOUNT_AND_RESOURCE",
            "note": "unpaid",
            "liftedAt": None,
        },
        "customer": {
            "frozen": True,
            "resourcesStopped": True,
            "freezes": [{"reason": "PARTNER", "type": "ACCOUNT_AND_RESOURCE"}],
        },
        "errors": [],
    }
    event = await AuditEvent.filter(customer_id=customer.id).order_by("-id").first()
    assert event is not None
    assert (event.action, event.after, event.reason) == (
        "account.frozen",
        {"reason": "PARTNER", "freeze_type": "ACCOUNT_AND_RESOURCE"},
        "unpaid",
    )


async def test_the_customer_sees_the_freeze_and_its_lifting(api: Api, actors: Actors) -> None:
    key, customer_id, customer = await managed(actors)
    session = await actors.login(customer)
    await api.data(FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key)

    frozen = await api.data(CUSTOMERS_VIEW, token=session)
    await api.data(UNFREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key)
    lifted = await api.data(CUSTOMERS_VIEW, token=session)

    assert frozen["viewer"] == {
        "frozen": True,
        "resourcesStopped": False,
        "freezes": [{"reason": "PARTNER", "type": "ACCOUNT"}],
    }
    assert lifted["viewer"] == {"frozen": False, "resourcesStopped": False, "freezes": []}


async def test_unfreezing_lifts_the_partners_freeze(api: Api, actors: Actors) -> None:
    key, customer_id, _ = await managed(actors)
    await api.data(FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key)

    data = await api.data(
        UNFREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key
    )

    assert data["unfreeze"]["errors"] == []
    assert data["unfreeze"]["freeze"]["liftedAt"] == "2026-03-10T12:00:00+00:00"
    assert data["unfreeze"]["customer"] == {
        "frozen": False,
        "resourcesStopped": False,
        "freezes": [],
    }


async def test_freezing_twice_is_refused(api: Api, actors: Actors) -> None:
    key, customer_id, _ = await managed(actors)
    await api.data(FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key)
    before = await database_state()

    data = await api.data(
        FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT_AND_RESOURCE"}}, token=key
    )

    assert data["freeze"]["errors"] == [
        {
            "code": "ALREADY_FROZEN",
            "message": "You have frozen this account already.",
            "field": "customerId",
        }
    ]
    assert data["freeze"]["freeze"] is None
    assert await database_state() == before


async def test_a_note_over_500_characters_is_refused(api: Api, actors: Actors) -> None:
    key, customer_id, _ = await managed(actors)

    data = await api.data(
        FREEZE,
        {"input": {"customerId": customer_id, "type": "ACCOUNT", "note": "n" * 501}},
        token=key,
    )

    assert [(e["code"], e["field"]) for e in data["freeze"]["errors"]] == [("TOO_LONG", "note")]
    assert not await Freeze.filter(reason="PARTNER").exists()


async def test_unfreezing_with_another_type_than_froze_is_refused(api: Api, actors: Actors) -> None:
    key, customer_id, _ = await managed(actors)
    await api.data(
        FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT_AND_RESOURCE"}}, token=key
    )
    before = await database_state()

    data = await api.data(
        UNFREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key
    )

    [error] = data["unfreeze"]["errors"]
    assert error["code"] == "FREEZE_TYPE_MISMATCH"
    assert error["message"] == (
        "The account was frozen with type ACCOUNT_AND_RESOURCE; unfreeze with it."
    )
    assert await database_state() == before


async def test_unfreezing_an_account_not_frozen_is_refused(api: Api, actors: Actors) -> None:
    key, customer_id, _ = await managed(actors)
    before = await database_state()

    data = await api.data(
        UNFREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key
    )

    assert [(e["code"], e["field"]) for e in data["unfreeze"]["errors"]] == [
        ("NOT_FROZEN", "customerId")
    ]
    assert await database_state() == before


async def test_the_partner_cannot_lift_a_freeze_it_did_not_set(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)  # frozen pending a budget
    before = await database_state()

    data = await api.data(
        UNFREEZE,
        {"input": {"customerId": gid("Customer", customer.id), "type": "ACCOUNT"}},
        token=key,
    )

    assert [(e["code"], e["field"]) for e in data["unfreeze"]["errors"]] == [
        ("FROZEN_FOR_OTHER_REASON", "customerId")
    ]
    assert await database_state() == before


async def test_an_exhausted_budget_freeze_is_not_the_partners_to_lift(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.PACKAGE,
        amount="0",
        exhaustion_action=ExhaustionAction.AUTO_FREEZE,
        lift_pending_freeze=False,
        clock=actors.clock,
    )

    data = await api.data(
        UNFREEZE,
        {"input": {"customerId": gid("Customer", customer.id), "type": "ACCOUNT"}},
        token=key,
    )

    assert [e["code"] for e in data["unfreeze"]["errors"]] == ["FROZEN_FOR_OTHER_REASON"]


async def test_a_referral_partner_does_not_freeze(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)
    customer_id = gid("Customer", customer.id)
    before = await database_state()

    frozen = await api.data(
        FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key
    )
    lifted = await api.data(
        UNFREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=key
    )

    assert [(e["code"], e["field"]) for e in frozen["freeze"]["errors"]] == [
        ("NOT_RESELLER_ASSOCIATION", "customerId")
    ]
    assert [e["code"] for e in lifted["unfreeze"]["errors"]] == ["NOT_RESELLER_ASSOCIATION"]
    assert await database_state() == before


async def test_another_partners_customer_cannot_be_frozen(api: Api, actors: Actors) -> None:
    _, customer_id, _ = await managed(actors)
    _, stranger = await actors.partner(CooperationModel.RESELLER)
    before = await database_state()

    frozen = await api.data(
        FREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=stranger
    )
    lifted = await api.data(
        UNFREEZE, {"input": {"customerId": customer_id, "type": "ACCOUNT"}}, token=stranger
    )

    assert [e["code"] for e in frozen["freeze"]["errors"]] == ["NOT_YOUR_CUSTOMER"]
    assert [e["code"] for e in lifted["unfreeze"]["errors"]] == ["NOT_YOUR_CUSTOMER"]
    assert await database_state() == before
