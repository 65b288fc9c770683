from datetime import timedelta

from models import AuditEvent
from tests.api.conftest import Actors, Api, database_state, gid

REVOKE = """
mutation Revoke($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation { id state revokedAt }
    errors { code message field }
  }
}"""

PREVIEW = "query($token: String!) { invitation(token: $token) { state } }"


async def test_a_partner_revokes_its_invitation(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()
    invited = await actors.build.invitation(partner)
    invitation_id = gid("Invitation", invited.invitation.id)

    data = await api.data(REVOKE, {"input": {"invitationId": invitation_id}}, token=key)

    assert data["revokeInvitation"] == {
        "invitation": {
            "id": invitation_id,
            "state": "REVOKED",
            "revokedAt": "2026-03-10T12:00:00+00:00",
        },
        "errors": [],
    }
    preview = await api.data(PREVIEW, {"token": invited.token})
    assert preview == {"invitation": {"state": "REVOKED"}}
    assert await AuditEvent.filter(action="invitation.revoked").count() == 1


async def test_revoking_again_changes_nothing(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()
    invited = await actors.build.invitation(partner)
    variables = {"input": {"invitationId": gid("Invitation", invited.invitation.id)}}
    first = await api.data(REVOKE, variables, token=key)
    before = await database_state()

    actors.clock.advance(timedelta(hours=1))
    again = await api.data(REVOKE, variables, token=key)

    assert again == first
    assert await database_state() == before


async def test_another_partners_invitation_is_not_found(api: Api, actors: Actors) -> None:
    owner, _ = await actors.partner()
    _, stranger = await actors.partner()
    invited = await actors.build.invitation(owner)
    before = await database_state()

    data = await api.data(
        REVOKE,
        {"input": {"invitationId": gid("Invitation", invited.invitation.id)}},
        token=stranger,
    )

    assert data["revokeInvitation"] == {
        "invitation": None,
        "errors": [
            {
                "code": "INVITATION_NOT_FOUND",
                "message": "No such invitation.",
                "field": "invitationId",
            }
        ],
    }
    assert await database_state() == before


async def test_an_unknown_invitation_answers_as_another_partners(api: Api, actors: Actors) -> None:
    owner, _ = await actors.partner()
    _, stranger = await actors.partner()
    invited = await actors.build.invitation(owner)

    foreign = await api(
        REVOKE,
        {"input": {"invitationId": gid("Invitation", invited.invitation.id)}},
        token=stranger,
    )
    missing = await api(
        REVOKE, {"input": {"invitationId": gid("Invitation", 999_999)}}, token=stranger
    )
    mistyped = await api(
        REVOKE, {"input": {"invitationId": gid("Partner", invited.invitation.id)}}, token=stranger
    )

    assert foreign == missing == mistyped
