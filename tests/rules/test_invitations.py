from datetime import timedelta

import pytest

from models import AuditEvent, Invitation
from models.enums import ActorKind, CooperationModel, InvitationKind, InvitationState
from rules.actors import OperatorActor, PartnerActor
from rules.clock import FakeClock
from rules.errors import AccountCode, InputCode, InvitationCode, RuleError
from rules.hashing import digest
from rules.invitations import (
    create_invitation,
    find_invitation,
    needs_existing_account,
    needs_reseller_instructions,
    revoke_invitation,
)
from tests.builders import AuditActions, Builders


async def test_a_link_is_stored_by_the_digest_of_its_token(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)

    created = await create_invitation(
        actor=PartnerActor(partner.id), partner_id=partner.id, kind=InvitationKind.LINK, clock=clock
    )

    stored = await Invitation.get(id=created.invitation.id)
    assert len(created.token) >= 40
    assert stored.token_hash == digest(created.token)
    assert created.token not in stored.token_hash
    assert stored.model is CooperationModel.REFERRAL
    assert stored.max_uses is None
    assert stored.expires_at == clock.now() + timedelta(days=30)
    assert stored.state_at(clock.now()) is InvitationState.ACTIVE
    found = await find_invitation(created.token)
    assert found is not None and found.id == stored.id


async def test_two_invitations_never_share_a_token(build: Builders) -> None:
    partner = await build.partner()

    first, second = await build.invitation(partner), await build.invitation(partner)

    assert first.token != second.token


async def test_an_online_invitation_is_addressed_to_one_account_and_used_once(
    build: Builders,
) -> None:
    partner = await build.partner()
    customer = await build.customer()

    invited = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=customer)

    assert invited.invitation.invitee_id == customer.id
    assert invited.invitation.max_uses == 1


async def test_an_online_invitation_needs_an_existing_account(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()

    with pytest.raises(RuleError) as refusal:
        await create_invitation(
            actor=PartnerActor(partner.id),
            partner_id=partner.id,
            kind=InvitationKind.ONLINE,
            invitee_account_name="nobody-here",
            clock=clock,
        )

    assert refusal.value.codes == [InvitationCode.INVITEE_NOT_FOUND]
    assert not await Invitation.exists(partner_id=partner.id)


async def test_an_online_invitation_needs_an_invitee_name(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()

    with pytest.raises(RuleError) as refusal:
        await create_invitation(
            actor=PartnerActor(partner.id),
            partner_id=partner.id,
            kind=InvitationKind.ONLINE,
            clock=clock,
        )

    assert refusal.value.codes == [InputCode.REQUIRED]
    assert refusal.value.problems[0].field == "inviteeAccountName"


@pytest.mark.parametrize(("valid_days", "max_uses"), [(0, None), (366, None), (30, 0)])
async def test_validity_and_use_limit_are_bounded(
    build: Builders, clock: FakeClock, valid_days: int, max_uses: int | None
) -> None:
    partner = await build.partner()

    with pytest.raises(RuleError) as refusal:
        await create_invitation(
            actor=PartnerActor(partner.id),
            partner_id=partner.id,
            kind=InvitationKind.LINK,
            valid_days=valid_days,
            max_uses=max_uses,
            clock=clock,
        )

    assert refusal.value.codes == [InputCode.OUT_OF_RANGE]


async def test_an_invitation_expires_at_the_end_of_its_validity(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    invited = await build.invitation(partner, valid_days=1)

    clock.advance(timedelta(days=1) - timedelta(microseconds=1))
    assert invited.invitation.state_at(clock.now()) is InvitationState.ACTIVE
    clock.advance(timedelta(microseconds=1))
    assert invited.invitation.state_at(clock.now()) is InvitationState.EXPIRED


async def test_revoking_is_recorded_once(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner = await build.partner()
    invited = await build.invitation(partner)
    actor = PartnerActor(partner.id)

    await revoke_invitation(actor=actor, invitation_id=invited.invitation.id, clock=clock)
    again = await revoke_invitation(actor=actor, invitation_id=invited.invitation.id, clock=clock)

    assert again.state_at(clock.now()) is InvitationState.REVOKED
    assert await audit_actions(partner_id=partner.id) == [
        "invitation.created",
        "invitation.revoked",
    ]


async def test_another_partners_invitation_cannot_be_revoked(
    build: Builders, clock: FakeClock
) -> None:
    owner, other = await build.partner(), await build.partner()
    invited = await build.invitation(owner)

    with pytest.raises(RuleError) as refusal:
        await revoke_invitation(
            actor=PartnerActor(other.id), invitation_id=invited.invitation.id, clock=clock
        )

    assert refusal.value.codes == [InvitationCode.INVITATION_NOT_FOUND]
    await invited.invitation.refresh_from_db()
    assert invited.invitation.revoked_at is None


async def test_an_invitation_for_an_unknown_partner_is_refused(clock: FakeClock) -> None:
    with pytest.raises(RuleError) as refusal:
        await create_invitation(
            actor=OperatorActor(), partner_id=404, kind=InvitationKind.LINK, clock=clock
        )

    assert refusal.value.codes == [AccountCode.PARTNER_NOT_FOUND]


async def test_an_operator_invitation_is_audited_as_the_operators(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()

    created = await create_invitation(
        actor=OperatorActor(), partner_id=partner.id, kind=InvitationKind.LINK, clock=clock
    )

    event = await AuditEvent.get(subject_type="Invitation", subject_id=created.invitation.id)
    assert (event.actor_kind, event.partner_id) == (ActorKind.OPERATOR, partner.id)


async def test_what_an_invitation_asks_of_whoever_holds_it(build: Builders) -> None:
    reseller, referral = await build.partner(), await build.partner(CooperationModel.REFERRAL)
    existing = await build.customer()

    link = (await build.invitation(reseller)).invitation
    online = (
        await build.invitation(referral, kind=InvitationKind.ONLINE, invitee=existing)
    ).invitation

    assert (needs_reseller_instructions(link), needs_existing_account(link)) == (True, False)
    assert (needs_reseller_instructions(online), needs_existing_account(online)) == (False, True)
