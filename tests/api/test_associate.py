from models import Association
from models.enums import CooperationModel, InvitationKind
from tests.api.conftest import Actors, Api

ASSOCIATE = """
mutation Associate($input: AssociateInput!) {
  associate(input: $input) {
    association { state cooperationModel instructionsVersion partner { name } customer { frozen } }
    authorization { state scopes source }
    created
    errors { code message field }
  }
}"""

ELIGIBILITY = """
query Eligibility($token: String!) {
  eligibility(token: $token) {
    eligible alreadyAssociated
    invitation { kind cooperationModel state requiresResellerInstructions partner { name } }
    problems { code message field }
  }
}"""

STEPS = {
    "acceptResellerInstructions": True,
    "billingCountry": "fr",
    "acceptCustomerAgreement": True,
}


async def test_a_newcomer_associates_with_a_reseller_and_is_frozen(
    api: Api, actors: Actors
) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER, name="Nimbus Resale")
    customer, token = await actors.build.newcomer(partner)
    session = await actors.login(customer)

    data = await api.data(
        ASSOCIATE,
        {"input": {"token": token, "acceptAuthorizationLetter": True, **STEPS}},
        token=session,
    )

    assert data["associate"] == {
        "association": {
            "state": "ACTIVE",
            "cooperationModel": "RESELLER",
            "instructionsVersion": "2024-08-29",
            "partner": {"name": "Nimbus Resale"},
            "customer": {"frozen": True},
        },
        "authorization": {
            "state": "APPROVED",
            "scopes": ["OPERATIONS_AND_MAINTENANCE", "PLACE_ORDERS"],
            "source": "LETTER_AT_ASSOCIATION",
        },
        "created": True,
        "errors": [],
    }


async def test_every_problem_comes_back_with_its_field(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER)
    customer = await actors.build.customer()
    invited = await actors.build.invitation(partner)
    session = await actors.login(customer)

    data = await api.data(ASSOCIATE, {"input": {"token": invited.token}}, token=session)

    assert [(e["code"], e["field"]) for e in data["associate"]["errors"]] == [
        ("EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION", "token"),
        ("RESELLER_INSTRUCTIONS_NOT_ACCEPTED", "acceptResellerInstructions"),
        ("BILLING_COUNTRY_MISSING", "billingCountry"),
        ("CUSTOMER_AGREEMENT_NOT_ACCEPTED", "acceptCustomerAgreement"),
    ]
    assert data["associate"]["association"] is None
    assert not await Association.exists()


async def test_eligibility_lists_every_failing_rule_before_trying(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER, name="Strato")
    customer = await actors.build.customer()
    invited = await actors.build.invitation(partner, kind=InvitationKind.ONLINE, invitee=customer)
    other = await actors.build.customer()
    session = await actors.login(other)

    data = await api.data(ELIGIBILITY, {"token": invited.token}, token=session)

    assert data["eligibility"] == {
        "eligible": False,
        "alreadyAssociated": False,
        "invitation": {
            "kind": "ONLINE",
            "cooperationModel": "RESELLER",
            "state": "ACTIVE",
            "requiresResellerInstructions": True,
            "partner": {"name": "Strato"},
        },
        "problems": [
            {
                "code": "INVITATION_FOR_ANOTHER_ACCOUNT",
                "message": "This invitation is addressed to another account.",
                "field": "token",
            }
        ],
    }


async def test_eligibility_of_an_unknown_token_is_null(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()

    data = await api.data(ELIGIBILITY, {"token": "nope"}, token=await actors.login(customer))

    assert data["eligibility"] is None


async def test_a_partner_cannot_associate(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()
    invited = await actors.build.invitation(partner)

    body = await api(ASSOCIATE, {"input": {"token": invited.token, **STEPS}}, token=key)

    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
