"""Dissociation over GraphQL: the preflight, asking, answering, cancelling, and what both sides
read afterwards."""

import uuid
from datetime import timedelta

from models import DissociationRequest, Freeze, Resource
from models.enums import BudgetKind, CooperationModel, FreezeReason, FreezeType, OrderKind
from rules.actors import CustomerActor, PartnerActor
from rules.budgets import set_budget
from rules.freezes import freeze
from rules.orders import OrderRequest, place_order
from tests.api.conftest import Actors, Api, database_state, gid

PREFLIGHT = """
query Preflight($customerId: ID) {
  dissociationPreflight(customerId: $customerId) {
    allowed association { state } blockers { code message field }
  }
}"""

REQUEST = """
mutation Request($input: RequestDissociationInput!) {
  requestDissociation(input: $input) {
    request { id state askedBy reason expiresAt partner { name } customer { accountName } }
    association { state dissolvedAt dissolvedBy dissolutionReason }
    errors { code message field }
  }
}"""

ANSWER = """
mutation Answer($input: AnswerDissociationInput!) {
  answerDissociation(input: $input) {
    request { state answeredBy answerReason }
    association { state dissolvedBy dissolutionReason budget { endedAt } }
    errors { code message field }
  }
}"""

CANCEL = """
mutation Cancel($input: CancelDissociationInput!) {
  cancelDissociation(input: $input) { request { state } errors { code message field } }
}"""

PENDING = """
{ viewer { ... on Customer {
  dissociationRequests(state: PENDING) { id askedBy reason state partner { name } }
} } }"""

DISSOLVED = """
{ customers(filter: {associationState: DISSOLVED}) {
  edges {
    node { accountName frozen authorization { state } dissociationRequests { state } }
    association { state dissolvedBy dissolutionReason budget { endedAt } }
  }
} }"""


async def reseller(actors: Actors, name: str = "Nimbus") -> tuple[str, str, int]:
    """A reseller's key, its budgeted customer's session and the customer's id."""
    partner, key = await actors.partner(CooperationModel.RESELLER, name=name)
    customer, _ = await actors.build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="10",
        clock=actors.clock,
    )
    return key, await actors.login(customer), customer.id


async def test_the_partner_asks_and_the_customer_approves_what_it_sees(
    api: Api, actors: Actors
) -> None:
    key, session, customer_id = await reseller(actors)
    customer = gid("Customer", customer_id)

    preflight = await api.data(PREFLIGHT, {"customerId": customer}, token=key)
    assert preflight["dissociationPreflight"] == {
        "allowed": True,
        "association": {"state": "ACTIVE"},
        "blockers": [],
    }
    asked = (
        await api.data(REQUEST, {"input": {"customerId": customer, "reason": "Ended"}}, token=key)
    )["requestDissociation"]
    assert asked["errors"] == []
    assert asked["request"]["state"] == "PENDING"
    assert asked["request"]["askedBy"] == "PARTNER"
    assert asked["association"]["state"] == "ACTIVE"

    pending = (await api.data(PENDING, token=session))["viewer"]["dissociationRequests"]
    assert pending == [
        {
            "id": asked["request"]["id"],
            "askedBy": "PARTNER",
            "reason": "Ended",
            "state": "PENDING",
            "partner": {"name": "Nimbus"},
        }
    ]
    answered = (
        await api.data(
            ANSWER,
            {"input": {"requestId": pending[0]["id"], "action": "APPROVE"}},
            token=session,
        )
    )["answerDissociation"]

    assert answered["errors"] == []
    assert answered["request"] == {
        "state": "APPROVED",
        "answeredBy": "CUSTOMER",
        "answerReason": None,
    }
    association = answered["association"]
    assert (association["state"], association["dissolvedBy"]) == ("DISSOLVED", "PARTNER")
    assert association["budget"]["endedAt"] is not None
    assert (await api.data(PENDING, token=session))["viewer"]["dissociationRequests"] == []
    gone = await api.data(PREFLIGHT, {"customerId": customer}, token=key)
    assert gone == {"dissociationPreflight": None}


async def test_the_partner_finds_the_dissolved_customer_under_dissolved(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner, letter=True)

    done = await api.data(
        REQUEST,
        {"input": {"customerId": gid("Customer", customer.id), "reason": "Moved away"}},
        token=key,
    )
    assert done["requestDissociation"]["association"]["state"] == "DISSOLVED"

    edges = (await api.data(DISSOLVED, token=key))["customers"]["edges"]
    assert edges == [
        {
            "node": {
                "accountName": customer.account_name,
                "frozen": False,
                "authorization": None,
                "dissociationRequests": [{"state": "APPROVED"}],
            },
            "association": {
                "state": "DISSOLVED",
                "dissolvedBy": "PARTNER",
                "dissolutionReason": "Moved away",
                "budget": None,
            },
        }
    ]


async def test_the_customer_asks_and_the_partner_rejects_with_a_reason(
    api: Api, actors: Actors
) -> None:
    key, session, _ = await reseller(actors)

    asked = (await api.data(REQUEST, {"input": {"reason": "Too dear"}}, token=session))[
        "requestDissociation"
    ]
    request_id = asked["request"]["id"]
    refused = await api.data(
        ANSWER, {"input": {"requestId": request_id, "action": "REJECT"}}, token=key
    )
    rejected = await api.data(
        ANSWER,
        {"input": {"requestId": request_id, "action": "REJECT", "reason": "Contract"}},
        token=key,
    )

    assert [e["code"] for e in refused["answerDissociation"]["errors"]] == ["REQUIRED"]
    assert rejected["answerDissociation"]["request"] == {
        "state": "REJECTED",
        "answeredBy": "PARTNER",
        "answerReason": "Contract",
    }
    assert rejected["answerDissociation"]["association"]["state"] == "ACTIVE"


async def test_the_preflight_and_the_request_list_every_blocker(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    await freeze(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        freeze_type=FreezeType.ACCOUNT,
        clock=actors.clock,
    )
    session = await actors.login(customer)

    preflight = (await api.data(PREFLIGHT, token=session))["dissociationPreflight"]
    before = await database_state()
    asked = await api.data(REQUEST, {"input": {"reason": "x"}}, token=session)

    assert preflight["allowed"] is False
    assert [b["code"] for b in preflight["blockers"]] == ["PARTNER_FREEZE_IN_FORCE"]
    assert asked["requestDissociation"]["errors"] == [
        {
            "code": "PARTNER_FREEZE_IN_FORCE",
            "message": "The partner has frozen the account: unfreeze it first.",
            "field": None,
        }
    ]
    assert await database_state() == before


async def test_refusals_come_back_as_payload_errors_and_change_nothing(
    api: Api, actors: Actors
) -> None:
    key, session, customer_id = await reseller(actors)
    _, other_key = await actors.partner()
    asked = await api.data(
        REQUEST, {"input": {"customerId": gid("Customer", customer_id), "reason": "x"}}, token=key
    )
    request_id = asked["requestDissociation"]["request"]["id"]
    before = await database_state()

    cases = [
        (REQUEST, {"customerId": gid("Customer", customer_id), "reason": " "}, key),
        (REQUEST, {"customerId": gid("Customer", customer_id), "reason": "y"}, key),
        (REQUEST, {"customerId": gid("Customer", customer_id), "reason": "y"}, other_key),
        (ANSWER, {"requestId": request_id, "action": "APPROVE"}, key),
        (ANSWER, {"requestId": gid("DissociationRequest", 999_999), "action": "APPROVE"}, key),
        (CANCEL, {"requestId": request_id}, session),
    ]
    codes = []
    for document, given, token in cases:
        body = await api.data(document, {"input": given}, token=token)
        codes.append([e["code"] for e in next(iter(body.values()))["errors"]])

    assert codes == [
        ["REQUIRED"],
        ["REQUEST_LIMIT_REACHED", "REQUEST_PENDING"],
        ["NOT_YOUR_CUSTOMER"],
        ["ASKER_CANNOT_ANSWER"],
        ["DISSOCIATION_REQUEST_NOT_FOUND"],
        ["NOT_THE_ASKER"],
    ]
    assert await database_state() == before


async def test_the_asker_cancels_and_a_late_answer_is_refused(api: Api, actors: Actors) -> None:
    key, session, customer_id = await reseller(actors)
    asked = await api.data(REQUEST, {"input": {"reason": "x"}}, token=session)
    request_id = asked["requestDissociation"]["request"]["id"]

    cancelled = await api.data(CANCEL, {"input": {"requestId": request_id}}, token=session)
    late = await api.data(
        ANSWER, {"input": {"requestId": request_id, "action": "APPROVE"}}, token=key
    )

    assert cancelled["cancelDissociation"] == {"request": {"state": "CANCELLED"}, "errors": []}
    assert [e["code"] for e in late["answerDissociation"]["errors"]] == [
        "DISSOCIATION_REQUEST_NOT_PENDING"
    ]
    request = await DissociationRequest.get(customer_id=customer_id)
    assert request.answered_at is not None


async def test_a_lapsed_request_reads_as_expired_before_the_sweep(api: Api, actors: Actors) -> None:
    _, session, _ = await reseller(actors)
    await api.data(REQUEST, {"input": {"reason": "x"}}, token=session)
    actors.clock.advance(timedelta(days=14))

    everything = "{ viewer { ... on Customer { dissociationRequests { state } } } }"
    data = await api.data(everything, token=session)

    assert data["viewer"]["dissociationRequests"] == [{"state": "EXPIRED"}]
    assert (await api.data(PENDING, token=session))["viewer"]["dissociationRequests"] == []


async def test_a_customer_without_a_partner_has_nothing_to_dissociate(
    api: Api, actors: Actors
) -> None:
    loner = await actors.build.customer()
    session = await actors.login(loner)

    preflight = await api.data(PREFLIGHT, token=session)
    asked = await api.data(REQUEST, {"input": {"reason": "x"}}, token=session)

    assert preflight == {"dissociationPreflight": None}
    assert [e["code"] for e in asked["requestDissociation"]["errors"]] == ["NOT_ASSOCIATED"]
    assert await DissociationRequest.all().count() == 0


async def test_a_former_partner_reads_the_past_not_the_customers_present(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)
    customer_actor = CustomerActor(customer.id)
    before = OrderRequest(customer.id, OrderKind.PURCHASE, "1")
    await place_order(actor=customer_actor, request=before, clock=actors.clock)
    await Resource.create(
        ref="vm-1", customer=customer, name="vm", subscribed_at=actors.clock.now()
    )
    await api.data(
        REQUEST,
        {"input": {"customerId": gid("Customer", customer.id), "reason": "Done"}},
        token=key,
    )
    actors.clock.advance(timedelta(minutes=1))
    after = OrderRequest(customer.id, OrderKind.PURCHASE, "2")
    await place_order(actor=customer_actor, request=after, clock=actors.clock)
    # a freeze set later under another partner (written as that partner's association would)
    other = await actors.build.partner(CooperationModel.RESELLER)
    await Freeze.create(
        customer=customer,
        partner=other,
        reason=FreezeReason.PENDING_BUDGET,
        freeze_type=FreezeType.ACCOUNT,
        active_key=Freeze.key_for(customer.id, FreezeReason.PENDING_BUDGET),
        frozen_at=actors.clock.now(),
    )

    query = """query($id: ID!) { node(id: $id) { ... on Customer {
      frozen freezes { reason } orders { amount { amount } } resources { name }
      association { state partner { name } }
    } } }"""
    seen = await api.data(query, {"id": gid("Customer", customer.id)}, token=key)

    assert seen["node"] == {
        "frozen": False,
        "freezes": [],
        "orders": [{"amount": {"amount": "1.00"}}],
        "resources": [],
        "association": {"state": "DISSOLVED", "partner": {"name": partner.name}},
    }
    own = await api.data(
        query, {"id": gid("Customer", customer.id)}, token=await actors.login(customer)
    )
    assert own["node"]["freezes"] == [{"reason": "PENDING_BUDGET"}]
    assert len(own["node"]["orders"]) == 2


async def test_a_retried_request_with_its_idempotency_key_gets_the_first_answer(
    api: Api, actors: Actors
) -> None:
    _, session, _ = await reseller(actors)
    headers = {"Idempotency-Key": str(uuid.uuid4()), "Authorization": f"Bearer {session}"}
    body = {"query": REQUEST, "variables": {"input": {"reason": "x"}}}

    first = await api.client.post("/graphql", json=body, headers=headers)
    again = await api.client.post("/graphql", json=body, headers=headers)

    assert first.json()["data"]["requestDissociation"]["errors"] == []
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert await DissociationRequest.all().count() == 1
