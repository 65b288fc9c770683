from datetime import timedelta

import pytest

from models import Authorization
from models.enums import AuthorizationScope, CooperationModel
from rules.actors import CustomerActor, PartnerActor
from rules.authorizations import approve_authorization, request_authorization
from tests.api.conftest import Actors, Api, database_state, gid

REQUEST = """
mutation Request($input: RequestAuthorizationInput!) {
  requestAuthorization(input: $input) {
    authorization { id state scopes source validUntil partner { name } customer { accountName } }
    errors { code message field }
  }
}"""

AUTHORIZE = """
mutation Authorize($input: AuthorizeInput!) {
  authorize(input: $input) {
    authorization { state reason decidedAt revokedAt }
    errors { code message field }
  }
}"""

LETTERS = "{ viewer { ... on Customer { authorizations { id state scopes } } } }"


async def requested(actors: Actors) -> tuple[str, Authorization]:
    """A session of a customer whose partner asked it for a letter, and the letter."""
    partner, _ = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    letter = await request_authorization(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=actors.clock,
    )
    return await actors.login(customer), letter


async def approved(actors: Actors) -> tuple[str, Authorization]:
    session, letter = await requested(actors)
    await approve_authorization(
        actor=CustomerActor(letter.customer_id), authorization_id=letter.id, clock=actors.clock
    )
    return session, letter


def decision(letter: Authorization, action: str, reason: str | None = None) -> dict[str, object]:
    given = {"authorizationId": gid("Authorization", letter.id), "action": action}
    return {"input": given if reason is None else {**given, "reason": reason}}


async def test_a_partner_asks_its_customer_for_a_letter(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL, name="Helpful")
    customer, _ = await actors.build.associated(partner)

    data = await api.data(
        REQUEST,
        {
            "input": {
                "customerId": gid("Customer", customer.id),
                "scopes": ["OPERATIONS_AND_MAINTENANCE", "PLACE_ORDERS"],
                "validDays": 30,
            }
        },
        token=key,
    )

    result = data["requestAuthorization"]
    assert result["errors"] == []
    letter = result["authorization"]
    assert letter["state"] == "PENDING"
    assert letter["scopes"] == ["OPERATIONS_AND_MAINTENANCE", "PLACE_ORDERS"]
    assert letter["source"] == "PARTNER_REQUEST"
    assert letter["validUntil"] == "2026-04-09T12:00:00+00:00"
    assert letter["partner"] == {"name": "Helpful"}
    assert letter["customer"] == {"accountName": customer.account_name}
    seen = await api.data(LETTERS, token=await actors.login(customer))
    assert seen["viewer"]["authorizations"] == [
        {"id": letter["id"], "state": "PENDING", "scopes": letter["scopes"]}
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"scopes": []}, ("REQUIRED", "scopes")),
        ({"scopes": ["PLACE_ORDERS", "PLACE_ORDERS"]}, ("DUPLICATE_SCOPE", "scopes")),
        ({"validDays": 0}, ("OUT_OF_RANGE", "validDays")),
        ({"validDays": 3651}, ("OUT_OF_RANGE", "validDays")),
    ],
)
async def test_a_request_with_bad_input_is_refused(
    api: Api, actors: Actors, changes: dict[str, object], expected: tuple[str, str]
) -> None:
    partner, key = await actors.partner()
    customer, _ = await actors.build.associated(partner)
    given = {"customerId": gid("Customer", customer.id), "scopes": ["PLACE_ORDERS"]}

    data = await api.data(REQUEST, {"input": {**given, **changes}}, token=key)

    errors = data["requestAuthorization"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [expected]
    assert not await Authorization.exists()


async def test_a_second_open_request_is_refused(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()
    customer, _ = await actors.build.associated(partner, letter=True)
    before = await database_state()

    data = await api.data(
        REQUEST,
        {"input": {"customerId": gid("Customer", customer.id), "scopes": ["PLACE_ORDERS"]}},
        token=key,
    )

    assert [(e["code"], e["field"]) for e in data["requestAuthorization"]["errors"]] == [
        ("AUTHORIZATION_ALREADY_OPEN", "customerId")
    ]
    assert await database_state() == before


async def test_a_request_for_another_partners_customer_is_refused(api: Api, actors: Actors) -> None:
    owner, _ = await actors.partner()
    _, stranger = await actors.partner()
    customer, _ = await actors.build.associated(owner)

    data = await api.data(
        REQUEST,
        {"input": {"customerId": gid("Customer", customer.id), "scopes": ["PLACE_ORDERS"]}},
        token=stranger,
    )

    assert [e["code"] for e in data["requestAuthorization"]["errors"]] == ["NOT_YOUR_CUSTOMER"]
    assert not await Authorization.exists()


async def test_the_customer_approves(api: Api, actors: Actors) -> None:
    session, letter = await requested(actors)

    data = await api.data(AUTHORIZE, decision(letter, "APPROVE"), token=session)

    assert data["authorize"] == {
        "authorization": {
            "state": "APPROVED",
            "reason": None,
            "decidedAt": "2026-03-10T12:00:00+00:00",
            "revokedAt": None,
        },
        "errors": [],
    }


async def test_the_customer_rejects_with_or_without_a_reason(api: Api, actors: Actors) -> None:
    session, letter = await requested(actors)

    data = await api.data(AUTHORIZE, decision(letter, "REJECT", "not now"), token=session)

    assert data["authorize"]["authorization"]["state"] == "REJECTED"
    assert data["authorize"]["authorization"]["reason"] == "not now"


async def test_the_customer_revokes_an_approved_letter_with_a_reason(
    api: Api, actors: Actors
) -> None:
    session, letter = await approved(actors)
    actors.clock.advance(timedelta(days=2))

    data = await api.data(AUTHORIZE, decision(letter, "REVOKE", "changed partner"), token=session)

    assert data["authorize"] == {
        "authorization": {
            "state": "REVOKED",
            "reason": "changed partner",
            "decidedAt": "2026-03-10T12:00:00+00:00",
            "revokedAt": "2026-03-12T12:00:00+00:00",
        },
        "errors": [],
    }


@pytest.mark.parametrize("reason", [None, "", "   "])
async def test_revoking_without_a_reason_is_refused(
    api: Api, actors: Actors, reason: str | None
) -> None:
    session, letter = await approved(actors)
    before = await database_state()

    data = await api.data(AUTHORIZE, decision(letter, "REVOKE", reason), token=session)

    assert data["authorize"] == {
        "authorization": None,
        "errors": [{"code": "REQUIRED", "message": "reason is required.", "field": "reason"}],
    }
    assert await database_state() == before


async def test_a_reason_over_500_characters_is_refused(api: Api, actors: Actors) -> None:
    session, letter = await requested(actors)

    data = await api.data(AUTHORIZE, decision(letter, "REJECT", "r" * 501), token=session)

    assert [(e["code"], e["field"]) for e in data["authorize"]["errors"]] == [
        ("TOO_LONG", "reason")
    ]


@pytest.mark.parametrize("action", ["APPROVE", "REJECT"])
async def test_a_decided_letter_cannot_be_decided_again(
    api: Api, actors: Actors, action: str
) -> None:
    session, letter = await approved(actors)
    before = await database_state()

    data = await api.data(AUTHORIZE, decision(letter, action, "again"), token=session)

    assert data["authorize"]["errors"] == [
        {
            "code": "AUTHORIZATION_NOT_PENDING",
            "message": "The authorization is approved.",
            "field": "authorizationId",
        }
    ]
    assert await database_state() == before


async def test_a_pending_letter_cannot_be_revoked(api: Api, actors: Actors) -> None:
    session, letter = await requested(actors)
    before = await database_state()

    data = await api.data(AUTHORIZE, decision(letter, "REVOKE", "never mind"), token=session)

    assert data["authorize"]["errors"] == [
        {
            "code": "AUTHORIZATION_NOT_APPROVED",
            "message": "The authorization is pending.",
            "field": "authorizationId",
        }
    ]
    assert await database_state() == before


async def test_an_expired_letter_cannot_be_revoked(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner()
    customer, _ = await actors.build.associated(partner)
    letter = await request_authorization(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        valid_days=1,
        clock=actors.clock,
    )
    await approve_authorization(
        actor=CustomerActor(customer.id), authorization_id=letter.id, clock=actors.clock
    )
    actors.clock.advance(timedelta(days=1))

    data = await api.data(
        AUTHORIZE, decision(letter, "REVOKE", "late"), token=await actors.login(customer)
    )

    assert [e["code"] for e in data["authorize"]["errors"]] == ["AUTHORIZATION_NOT_APPROVED"]
    assert data["authorize"]["errors"][0]["message"] == "The authorization is expired."


async def test_another_customers_letter_is_not_found(api: Api, actors: Actors) -> None:
    _, letter = await requested(actors)
    stranger = await actors.login(await actors.build.customer())
    before = await database_state()

    data = await api.data(AUTHORIZE, decision(letter, "APPROVE"), token=stranger)

    assert data["authorize"]["errors"] == [
        {
            "code": "AUTHORIZATION_NOT_FOUND",
            "message": "No such authorization.",
            "field": "authorizationId",
        }
    ]
    assert await database_state() == before


async def test_an_id_of_another_type_finds_no_letter(api: Api, actors: Actors) -> None:
    session, letter = await requested(actors)

    data = await api.data(
        AUTHORIZE,
        {"input": {"authorizationId": gid("Customer", letter.id), "action": "APPROVE"}},
        token=session,
    )

    assert [e["code"] for e in data["authorize"]["errors"]] == ["AUTHORIZATION_NOT_FOUND"]
