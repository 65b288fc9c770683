from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from models import Customer
from models.enums import CooperationModel, InvitationKind
from rules.actors import PartnerActor
from rules.clock import FakeClock
from rules.customers import Registration, authenticate, register_customer
from rules.errors import AccountCode, InputCode, InvitationCode, RuleError
from rules.invitations import revoke_invitation
from tests.builders import Builders

ALICE = Registration(
    account_name="alice", email="Alice@Example.COM", password="correct horse", country="de"
)


async def test_registration_keeps_a_normalized_email_and_an_argon2id_hash(
    clock: FakeClock,
) -> None:
    customer = await register_customer(ALICE, clock=clock)

    assert customer.email == "alice@example.com"
    assert customer.country == "DE"
    assert customer.password_hash.startswith("$argon2id$")
    assert customer.registered_at == clock.now()
    assert customer.registered_via_invitation_id is None
    found = await authenticate("alice", "correct horse")
    assert found is not None and found.id == customer.id
    assert await authenticate("ALICE@example.com", "correct horse") is not None
    assert await authenticate("alice", "wrong horse") is None
    assert await authenticate("nobody", "correct horse") is None


async def test_registration_through_a_link_remembers_the_invitation(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    invited = await build.invitation(partner)

    customer = await register_customer(replace(ALICE, invitation_token=invited.token), clock=clock)

    assert customer.registered_via_invitation_id == invited.invitation.id


async def test_registration_through_a_dead_link_is_refused(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    revoked, expired = (
        await build.invitation(partner),
        await build.invitation(partner, valid_days=1),
    )
    await revoke_invitation(
        actor=PartnerActor(partner.id), invitation_id=revoked.invitation.id, clock=clock
    )
    clock.advance(timedelta(days=2))

    for invited, code in [
        (revoked, InvitationCode.INVITATION_REVOKED),
        (expired, InvitationCode.INVITATION_EXPIRED),
    ]:
        with pytest.raises(RuleError) as refusal:
            await register_customer(replace(ALICE, invitation_token=invited.token), clock=clock)
        assert refusal.value.codes == [code]
        assert refusal.value.problems[0].field == "invitationToken"
    assert not await Customer.exists(account_name="alice")


async def test_an_online_invitation_is_not_for_registering(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    invitee = await build.customer()
    invited = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=invitee)

    with pytest.raises(RuleError) as refusal:
        await register_customer(replace(ALICE, invitation_token=invited.token), clock=clock)

    assert refusal.value.codes == [InvitationCode.INVITATION_FOR_ANOTHER_ACCOUNT]


async def test_account_name_and_email_are_unique(clock: FakeClock) -> None:
    await register_customer(ALICE, clock=clock)

    with pytest.raises(RuleError) as refusal:
        await register_customer(replace(ALICE, email="alice@example.com"), clock=clock)

    assert refusal.value.codes == [AccountCode.ACCOUNT_NAME_TAKEN, AccountCode.EMAIL_TAKEN]
    assert await Customer.filter(email="alice@example.com").count() == 1


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"account_name": "1abc"}, "accountName", InputCode.INVALID_ACCOUNT_NAME),
        ({"account_name": "ab"}, "accountName", InputCode.TOO_SHORT),
        ({"account_name": "a" * 65}, "accountName", InputCode.TOO_LONG),
        ({"email": "not-an-email"}, "email", InputCode.INVALID_EMAIL),
        ({"email": ""}, "email", InputCode.REQUIRED),
        ({"country": "ZZ"}, "country", InputCode.INVALID_COUNTRY),
        ({"country": "DEU"}, "country", InputCode.INVALID_COUNTRY),
        ({"password": "short"}, "password", InputCode.TOO_SHORT),
        ({"password": "x" * 129}, "password", InputCode.TOO_LONG),
    ],
)
async def test_bad_registrations_name_the_field(
    clock: FakeClock, change: dict[str, Any], field: str, code: InputCode
) -> None:
    with pytest.raises(RuleError) as refusal:
        await register_customer(replace(ALICE, **change), clock=clock)

    assert [(p.code, p.field) for p in refusal.value.problems] == [(code, field)]
    assert not await Customer.exists()


async def test_every_bad_field_is_reported_at_once(clock: FakeClock) -> None:
    bad = Registration(account_name="", email="@", password="", country="")

    with pytest.raises(RuleError) as refusal:
        await register_customer(bad, clock=clock)

    assert [p.field for p in refusal.value.problems] == [
        "accountName",
        "email",
        "country",
        "password",
    ]
