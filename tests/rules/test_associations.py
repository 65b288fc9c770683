"""The four steps of the reference, each refusal, and what a successful association leaves."""

from dataclasses import replace
from datetime import timedelta

import pytest

from models import Association, Authorization, Customer, Freeze, Invitation
from models.enums import (
    AuthorizationScope,
    AuthorizationSource,
    AuthorizationState,
    CooperationModel,
    FreezeReason,
    FreezeType,
    InvitationKind,
)
from rules.actors import CustomerActor, PartnerActor
from rules.associations import AssociateInput, associate
from rules.clock import FakeClock
from rules.errors import EligibilityCode, InputCode, InvitationCode, RuleError, StepCode
from rules.freezes import account_status
from rules.invitations import revoke_invitation
from tests.builders import AuditActions, Builders, complete_steps

RESELLER, REFERRAL = CooperationModel.RESELLER, CooperationModel.REFERRAL


async def refused(customer: Customer, request: AssociateInput, clock: FakeClock) -> RuleError:
    with pytest.raises(RuleError) as refusal:
        await associate(actor=CustomerActor(customer.id), request=request, clock=clock)
    return refusal.value


async def assert_nothing_written(customer: Customer, invitation: Invitation) -> None:
    assert not await Association.exists(customer_id=customer.id)
    assert not await Freeze.exists(customer_id=customer.id)
    assert not await Authorization.exists(customer_id=customer.id)
    await invitation.refresh_from_db()
    assert invitation.use_count == 0
    await customer.refresh_from_db()
    assert customer.agreement_accepted_at is None


async def test_reseller_association_freezes_the_account_pending_a_budget(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner = await build.partner(RESELLER)
    customer, token = await build.newcomer(partner)

    result = await associate(
        actor=CustomerActor(customer.id), request=complete_steps(token), clock=clock
    )

    association = result.association
    assert result.created
    assert (association.partner_id, association.customer_id) == (partner.id, customer.id)
    assert association.model is RESELLER
    assert association.instructions_version == "2024-08-29"
    assert association.associated_at == clock.now()
    status = await account_status(customer.id)
    assert status.frozen and not status.resources_stopped
    assert status.reasons == {FreezeReason.PENDING_BUDGET}
    assert status.active_freezes[0].freeze_type is FreezeType.ACCOUNT
    await customer.refresh_from_db()
    assert customer.billing_country == "DE"
    assert customer.agreement_accepted_at == clock.now()
    assert result.authorization is None
    assert await audit_actions(customer_id=customer.id) == [
        "customer.enabled",
        "association.created",
        "account.frozen",
    ]


async def test_referral_association_needs_no_instructions_and_does_not_freeze(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(REFERRAL)
    customer, token = await build.newcomer(partner)
    request = replace(complete_steps(token), accept_reseller_instructions=False)

    result = await associate(actor=CustomerActor(customer.id), request=request, clock=clock)

    assert result.association.model is REFERRAL
    assert result.association.instructions_version is None
    assert not (await account_status(customer.id)).frozen


async def test_ticking_the_letter_grants_an_approved_authorization_for_every_scope(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(RESELLER)
    customer, token = await build.newcomer(partner)

    result = await associate(
        actor=CustomerActor(customer.id), request=complete_steps(token, letter=True), clock=clock
    )

    letter = result.authorization
    assert letter is not None
    assert letter.state is AuthorizationState.APPROVED
    assert letter.source is AuthorizationSource.LETTER_AT_ASSOCIATION
    assert letter.scope_set == set(AuthorizationScope)
    assert (letter.partner_id, letter.customer_id) == (partner.id, customer.id)


async def test_reseller_instructions_must_be_accepted(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(RESELLER)
    customer, token = await build.newcomer(partner)
    request = replace(complete_steps(token), accept_reseller_instructions=False)

    refusal = await refused(customer, request, clock)

    assert refusal.codes == [StepCode.RESELLER_INSTRUCTIONS_NOT_ACCEPTED]
    assert refusal.problems[0].field == "acceptResellerInstructions"
    invitation = await Invitation.get(partner_id=partner.id)
    await assert_nothing_written(customer, invitation)


async def test_customer_agreement_must_be_accepted(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    customer, token = await build.newcomer(partner)
    request = replace(complete_steps(token), accept_customer_agreement=False)

    refusal = await refused(customer, request, clock)

    assert refusal.codes == [StepCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED]
    assert refusal.problems[0].field == "acceptCustomerAgreement"


async def test_billing_country_is_required(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    customer, token = await build.newcomer(partner)
    request = replace(complete_steps(token), billing_country=None)

    refusal = await refused(customer, request, clock)

    assert refusal.codes == [StepCode.BILLING_COUNTRY_MISSING]
    assert refusal.problems[0].field == "billingCountry"


async def test_billing_country_must_be_an_iso_code(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    customer, token = await build.newcomer(partner)
    request = replace(complete_steps(token), billing_country="XX")

    refusal = await refused(customer, request, clock)

    assert refusal.codes == [InputCode.INVALID_COUNTRY]


async def test_every_missing_step_is_reported_at_once(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(RESELLER)
    customer, token = await build.newcomer(partner)

    refusal = await refused(customer, AssociateInput(token=token), clock)

    assert refusal.codes == [
        StepCode.RESELLER_INSTRUCTIONS_NOT_ACCEPTED,
        StepCode.BILLING_COUNTRY_MISSING,
        StepCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED,
    ]


async def test_an_unknown_token_is_not_found(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()

    refusal = await refused(customer, complete_steps("no-such-token"), clock)

    assert refusal.codes == [InvitationCode.INVITATION_NOT_FOUND]
    assert refusal.problems[0].field == "token"


async def test_an_existing_account_cannot_use_a_link(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    customer = await build.customer()
    invited = await build.invitation(partner)

    refusal = await refused(customer, complete_steps(invited.token), clock)

    assert refusal.codes == [InvitationCode.EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION]
    await assert_nothing_written(customer, invited.invitation)


async def test_an_existing_account_associates_through_its_online_invitation(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(REFERRAL)
    customer = await build.customer()
    invited = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=customer)

    result = await associate(
        actor=CustomerActor(customer.id), request=complete_steps(invited.token), clock=clock
    )

    assert result.created
    assert result.association.invitation_id == invited.invitation.id


async def test_an_online_invitation_serves_only_its_invitee(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(REFERRAL)
    invitee, intruder = await build.customer(), await build.customer()
    invited = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=invitee)

    refusal = await refused(intruder, complete_steps(invited.token), clock)

    assert refusal.codes == [InvitationCode.INVITATION_FOR_ANOTHER_ACCOUNT]
    await assert_nothing_written(intruder, invited.invitation)


async def test_an_expired_invitation_is_refused(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    customer, token = await build.newcomer(partner)
    clock.advance(timedelta(days=30))

    refusal = await refused(customer, complete_steps(token), clock)

    assert InvitationCode.INVITATION_EXPIRED in refusal.codes


async def test_a_revoked_invitation_is_refused(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    customer, token = await build.newcomer(partner)
    invitation = await Invitation.get(partner_id=partner.id)
    await revoke_invitation(
        actor=PartnerActor(partner.id), invitation_id=invitation.id, clock=clock
    )

    refusal = await refused(customer, complete_steps(token), clock)

    assert refusal.codes == [InvitationCode.INVITATION_REVOKED]


async def test_a_used_up_invitation_is_refused(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner(REFERRAL)
    invited = await build.invitation(partner, max_uses=1)
    first = await build.customer(via=invited.invitation)
    second = await build.customer(via=invited.invitation)
    await associate(
        actor=CustomerActor(first.id), request=complete_steps(invited.token), clock=clock
    )

    refusal = await refused(second, complete_steps(invited.token), clock)

    assert refusal.codes == [InvitationCode.INVITATION_USED_UP]
    await invited.invitation.refresh_from_db()
    assert invited.invitation.use_count == 1


async def test_an_ineligible_customer_is_refused_with_nothing_written(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(RESELLER)
    customer, token = await build.newcomer(partner, registered_ago=timedelta(days=8))
    invitation = await Invitation.get(partner_id=partner.id)

    refusal = await refused(customer, complete_steps(token), clock)

    assert refusal.codes == [EligibilityCode.REGISTERED_OVER_7_DAYS]
    await assert_nothing_written(customer, invitation)


async def test_invitation_step_and_precaution_problems_come_together(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(RESELLER)
    customer = await build.customer(registered_ago=timedelta(days=9))
    invited = await build.invitation(partner)

    refusal = await refused(customer, AssociateInput(token=invited.token), clock)

    assert refusal.codes == [
        InvitationCode.EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION,
        StepCode.RESELLER_INSTRUCTIONS_NOT_ACCEPTED,
        StepCode.BILLING_COUNTRY_MISSING,
        StepCode.CUSTOMER_AGREEMENT_NOT_ACCEPTED,
        EligibilityCode.REGISTERED_OVER_7_DAYS,
    ]


async def test_asking_again_with_the_same_partner_returns_the_association(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner = await build.partner(RESELLER)
    customer, token = await build.newcomer(partner)
    first = await associate(
        actor=CustomerActor(customer.id), request=complete_steps(token), clock=clock
    )
    events_before = await audit_actions(customer_id=customer.id)
    clock.advance(timedelta(days=10))

    again = await associate(
        actor=CustomerActor(customer.id), request=AssociateInput(token=token), clock=clock
    )

    assert not again.created
    assert again.association.id == first.association.id
    assert await audit_actions(customer_id=customer.id) == events_before
    assert await Freeze.filter(customer_id=customer.id).count() == 1


async def test_another_partner_is_refused_once_associated(
    build: Builders, clock: FakeClock
) -> None:
    first_partner = await build.partner(REFERRAL)
    customer, _ = await build.associated(first_partner)
    second_partner = await build.partner(REFERRAL)
    invited = await build.invitation(second_partner, kind=InvitationKind.ONLINE, invitee=customer)

    refusal = await refused(customer, complete_steps(invited.token), clock)

    assert refusal.codes == [EligibilityCode.ALREADY_ASSOCIATED]
    assert await Association.filter(customer_id=customer.id).count() == 1
