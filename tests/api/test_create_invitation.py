from models import Invitation
from models.enums import CooperationModel
from rules.attempts import INVITEE_LOOKUP_PER_PARTNER
from rules.hashing import digest
from tests.api.conftest import Actors, Api

CREATE = """
mutation Create($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    invitation { id kind cooperationModel state maxUses useCount expiresAt inviteeAccountName }
    token url
    errors { code message field }
  }
}"""


async def test_a_partner_creates_a_link_shown_once(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)

    data = await api.data(CREATE, {"input": {"kind": "LINK", "validDays": 3}}, token=key)

    result = data["createInvitation"]
    assert result["errors"] == []
    assert result["invitation"]["kind"] == "LINK"
    assert result["invitation"]["cooperationModel"] == "REFERRAL"
    assert result["invitation"]["state"] == "ACTIVE"
    assert result["invitation"]["expiresAt"] == "2026-03-13T12:00:00+00:00"
    assert result["url"] == f"https://partners.example.com/invite/{result['token']}"
    stored = await Invitation.get(partner_id=partner.id)
    assert stored.token_hash == digest(result["token"])


async def test_an_online_invitation_names_its_invitee(api: Api, actors: Actors) -> None:
    _, key = await actors.partner()
    customer = await actors.build.customer()

    data = await api.data(
        CREATE,
        {"input": {"kind": "ONLINE", "inviteeAccountName": customer.account_name}},
        token=key,
    )

    invitation = data["createInvitation"]["invitation"]
    assert invitation["inviteeAccountName"] == customer.account_name
    assert invitation["maxUses"] == 1


async def test_an_online_invitation_for_nobody_is_refused_as_data(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()

    data = await api.data(
        CREATE, {"input": {"kind": "ONLINE", "inviteeAccountName": "ghost"}}, token=key
    )

    assert data["createInvitation"] == {
        "invitation": None,
        "token": None,
        "url": None,
        "errors": [
            {
                "code": "INVITEE_NOT_FOUND",
                "message": "No account has that name.",
                "field": "inviteeAccountName",
            }
        ],
    }
    assert not await Invitation.exists(partner_id=partner.id)


async def test_probing_account_names_is_refused_after_the_partners_limit(
    api: Api, actors: Actors
) -> None:
    _, key = await actors.partner()
    refused = []
    for n in range(INVITEE_LOOKUP_PER_PARTNER.max_failures + 1):
        data = await api.data(
            CREATE, {"input": {"kind": "ONLINE", "inviteeAccountName": f"ghost{n}"}}, token=key
        )
        refused.append(data["createInvitation"]["errors"][0]["code"])

    assert set(refused[:-1]) == {"INVITEE_NOT_FOUND"}
    assert data["createInvitation"]["errors"] == [
        {
            "code": "TOO_MANY_INVITEE_LOOKUPS",
            "message": "Too many account names not found: wait an hour before inviting by name "
            "again.",
            "field": "inviteeAccountName",
        }
    ]


async def test_out_of_range_validity_is_refused(api: Api, actors: Actors) -> None:
    _, key = await actors.partner()

    data = await api.data(CREATE, {"input": {"validDays": 400, "maxUses": 0}}, token=key)

    errors = data["createInvitation"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [
        ("OUT_OF_RANGE", "validDays"),
        ("OUT_OF_RANGE", "maxUses"),
    ]


async def test_without_credentials_the_request_is_refused_at_the_top(api: Api) -> None:
    body = await api(CREATE, {"input": {}})

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert not await Invitation.exists()


async def test_inviting_an_account_reveals_nothing_of_it_but_its_name(
    api: Api, actors: Actors
) -> None:
    _, key = await actors.partner()
    stranger = await actors.build.customer()

    body = await api(
        """mutation($input: CreateInvitationInput!) { createInvitation(input: $input) {
             invitation { invitee { email } } } }""",
        {"input": {"kind": "ONLINE", "inviteeAccountName": stranger.account_name}},
        token=key,
    )

    assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert stranger.email not in str(body)
