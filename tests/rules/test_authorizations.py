from datetime import timedelta

import pytest

from models import Authorization
from models.enums import AuthorizationScope, AuthorizationState, CooperationModel
from rules.actors import CustomerActor, PartnerActor
from rules.authorizations import (
    approve_authorization,
    approved_scopes,
    reject_authorization,
    request_authorization,
    revoke_authorization,
)
from rules.clock import FakeClock
from rules.errors import AuthorizationCode, InputCode, ManagementCode, RuleError
from tests.builders import AuditActions, Builders

PLACE_ORDERS = AuthorizationScope.PLACE_ORDERS
OPERATIONS = AuthorizationScope.OPERATIONS_AND_MAINTENANCE


async def requested(
    build: Builders, clock: FakeClock, valid_days: int | None = None
) -> tuple[PartnerActor, CustomerActor, Authorization]:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, _ = await build.associated(partner)
    actor = PartnerActor(partner.id)
    letter = await request_authorization(
        actor=actor,
        customer_id=customer.id,
        scopes=[PLACE_ORDERS],
        valid_days=valid_days,
        clock=clock,
    )
    return actor, CustomerActor(customer.id), letter


async def test_a_request_waits_for_the_customer(build: Builders, clock: FakeClock) -> None:
    partner_actor, customer, letter = await requested(build, clock)

    assert letter.state is AuthorizationState.PENDING
    assert letter.scope_set == {PLACE_ORDERS}
    assert (
        await approved_scopes(partner_actor.partner_id, customer.customer_id, clock.now()) == set()
    )


async def test_the_customer_approves_a_request(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner_actor, customer, letter = await requested(build, clock)

    approved = await approve_authorization(actor=customer, authorization_id=letter.id, clock=clock)

    assert approved.state is AuthorizationState.APPROVED
    assert approved.decided_at == clock.now()
    scopes = await approved_scopes(partner_actor.partner_id, customer.customer_id, clock.now())
    assert scopes == {PLACE_ORDERS}
    assert (await audit_actions(subject_type="Authorization")) == [
        "authorization.requested",
        "authorization.approved",
    ]


async def test_the_customer_rejects_a_request_and_the_partner_may_ask_again(
    build: Builders, clock: FakeClock
) -> None:
    partner_actor, customer, letter = await requested(build, clock)

    rejected = await reject_authorization(
        actor=customer, authorization_id=letter.id, reason="not now", clock=clock
    )
    again = await request_authorization(
        actor=partner_actor,
        customer_id=customer.customer_id,
        scopes=[PLACE_ORDERS, OPERATIONS],
        clock=clock,
    )

    assert rejected.state is AuthorizationState.REJECTED
    assert rejected.reason == "not now"
    assert again.state is AuthorizationState.PENDING


async def test_the_customer_revokes_an_approved_letter_with_a_reason(
    build: Builders, clock: FakeClock
) -> None:
    partner_actor, customer, letter = await requested(build, clock)
    await approve_authorization(actor=customer, authorization_id=letter.id, clock=clock)

    revoked = await revoke_authorization(
        actor=customer, authorization_id=letter.id, reason="changed partner", clock=clock
    )

    assert revoked.state is AuthorizationState.REVOKED
    assert (revoked.revoked_at, revoked.reason) == (clock.now(), "changed partner")
    assert (
        await approved_scopes(partner_actor.partner_id, customer.customer_id, clock.now()) == set()
    )


async def test_revoking_needs_a_reason(build: Builders, clock: FakeClock) -> None:
    _, customer, letter = await requested(build, clock)
    await approve_authorization(actor=customer, authorization_id=letter.id, clock=clock)

    with pytest.raises(RuleError) as refusal:
        await revoke_authorization(
            actor=customer, authorization_id=letter.id, reason=" ", clock=clock
        )

    assert refusal.value.codes == [InputCode.REQUIRED]
    assert refusal.value.problems[0].field == "reason"


async def test_only_a_pending_letter_is_approved_or_rejected(
    build: Builders, clock: FakeClock
) -> None:
    _, customer, letter = await requested(build, clock)
    await approve_authorization(actor=customer, authorization_id=letter.id, clock=clock)

    for decide in (approve_authorization, reject_authorization):
        with pytest.raises(RuleError) as refusal:
            await decide(actor=customer, authorization_id=letter.id, clock=clock)
        assert refusal.value.codes == [AuthorizationCode.AUTHORIZATION_NOT_PENDING]


async def test_only_an_approved_letter_is_revoked(build: Builders, clock: FakeClock) -> None:
    _, customer, letter = await requested(build, clock)

    with pytest.raises(RuleError) as refusal:
        await revoke_authorization(
            actor=customer, authorization_id=letter.id, reason="why", clock=clock
        )

    assert refusal.value.codes == [AuthorizationCode.AUTHORIZATION_NOT_APPROVED]


async def test_another_customers_letter_is_not_found(build: Builders, clock: FakeClock) -> None:
    _, _, letter = await requested(build, clock)
    stranger = await build.customer()

    with pytest.raises(RuleError) as refusal:
        await approve_authorization(
            actor=CustomerActor(stranger.id), authorization_id=letter.id, clock=clock
        )

    assert refusal.value.codes == [AuthorizationCode.AUTHORIZATION_NOT_FOUND]
    await letter.refresh_from_db()
    assert letter.state is AuthorizationState.PENDING


async def test_one_open_letter_per_partner_and_customer(build: Builders, clock: FakeClock) -> None:
    partner_actor, customer, _ = await requested(build, clock)

    with pytest.raises(RuleError) as refusal:
        await request_authorization(
            actor=partner_actor, customer_id=customer.customer_id, scopes=[OPERATIONS], clock=clock
        )

    assert refusal.value.codes == [AuthorizationCode.AUTHORIZATION_ALREADY_OPEN]
    assert await Authorization.filter(customer_id=customer.customer_id).count() == 1


async def test_an_approved_letter_expires_after_its_validity(
    build: Builders, clock: FakeClock
) -> None:
    partner_actor, customer, letter = await requested(build, clock, valid_days=10)
    await approve_authorization(actor=customer, authorization_id=letter.id, clock=clock)
    clock.advance(timedelta(days=10))

    await letter.refresh_from_db()
    assert letter.state_at(clock.now()) is AuthorizationState.EXPIRED
    assert (
        await approved_scopes(partner_actor.partner_id, customer.customer_id, clock.now()) == set()
    )
    renewed = await request_authorization(
        actor=partner_actor, customer_id=customer.customer_id, scopes=[PLACE_ORDERS], clock=clock
    )
    assert renewed.state is AuthorizationState.PENDING
    await letter.refresh_from_db()
    assert letter.state is AuthorizationState.EXPIRED


async def test_only_an_associated_partner_requests(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner()
    customer = await build.customer()

    with pytest.raises(RuleError) as refusal:
        await request_authorization(
            actor=PartnerActor(partner.id), customer_id=customer.id, scopes=[PLACE_ORDERS]
        )

    assert refusal.value.codes == [ManagementCode.NOT_YOUR_CUSTOMER]


@pytest.mark.parametrize(
    ("scopes", "valid_days", "code"),
    [
        ([], None, InputCode.REQUIRED),
        ([PLACE_ORDERS, PLACE_ORDERS], None, InputCode.DUPLICATE_SCOPE),
        ([PLACE_ORDERS], 0, InputCode.OUT_OF_RANGE),
    ],
)
async def test_bad_requests_are_refused(
    build: Builders,
    clock: FakeClock,
    scopes: list[AuthorizationScope],
    valid_days: int | None,
    code: InputCode,
) -> None:
    partner = await build.partner()
    customer, _ = await build.associated(partner)

    with pytest.raises(RuleError) as refusal:
        await request_authorization(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            scopes=scopes,
            valid_days=valid_days,
            clock=clock,
        )

    assert refusal.value.codes == [code]
