from datetime import timedelta

import pytest

from models import ApiKey
from models.enums import CooperationModel
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.errors import AccountCode, InputCode, KeyCode, RuleError
from rules.hashing import digest
from rules.partners import create_partner, issue_api_key, partner_for_api_key, revoke_api_key
from tests.builders import AuditActions

OPERATOR = OperatorActor()


async def test_an_operator_creates_a_partner(clock: FakeClock, audit_actions: AuditActions) -> None:
    partner = await create_partner(
        actor=OPERATOR, name="  Cloudwise GmbH ", cooperation_model=CooperationModel.RESELLER
    )

    assert partner.name == "Cloudwise GmbH"
    assert await audit_actions(partner_id=partner.id) == ["partner.created"]


async def test_partner_names_are_unique(clock: FakeClock) -> None:
    await create_partner(actor=OPERATOR, name="Acme", cooperation_model=CooperationModel.REFERRAL)

    with pytest.raises(RuleError) as refusal:
        await create_partner(
            actor=OPERATOR, name="Acme", cooperation_model=CooperationModel.RESELLER, clock=clock
        )

    assert refusal.value.codes == [AccountCode.PARTNER_NAME_TAKEN]


async def test_a_partner_name_is_required(clock: FakeClock) -> None:
    with pytest.raises(RuleError) as refusal:
        await create_partner(actor=OPERATOR, name=" ", cooperation_model=CooperationModel.RESELLER)

    assert refusal.value.codes == [InputCode.REQUIRED]


async def test_an_api_key_is_shown_once_and_stored_hashed(clock: FakeClock) -> None:
    partner = await create_partner(
        actor=OPERATOR, name="Keyholder", cooperation_model=CooperationModel.RESELLER
    )

    issued = await issue_api_key(actor=OPERATOR, partner_id=partner.id, label="dashboard")

    stored = await ApiKey.get(id=issued.api_key.id)
    assert stored.secret_hash == digest(issued.secret)
    assert issued.secret.startswith(f"plk_{stored.prefix}_")
    found = await partner_for_api_key(issued.secret)
    assert found is not None and found.id == partner.id
    assert await partner_for_api_key(issued.secret + "x") is None


async def test_a_revoked_api_key_no_longer_authenticates(clock: FakeClock) -> None:
    partner = await create_partner(
        actor=OPERATOR, name="Revoker", cooperation_model=CooperationModel.RESELLER
    )
    issued = await issue_api_key(actor=OPERATOR, partner_id=partner.id)

    await revoke_api_key(actor=OPERATOR, prefix=issued.api_key.prefix, clock=clock)

    assert await partner_for_api_key(issued.secret) is None


async def test_keys_for_unknown_partners_and_prefixes_are_refused() -> None:
    with pytest.raises(RuleError) as no_partner:
        await issue_api_key(actor=OPERATOR, partner_id=424242)
    with pytest.raises(RuleError) as no_key:
        await revoke_api_key(actor=OPERATOR, prefix="missing")

    assert no_partner.value.codes == [AccountCode.PARTNER_NOT_FOUND]
    assert no_key.value.codes == [KeyCode.API_KEY_NOT_FOUND]


async def test_a_key_records_when_it_was_last_used_every_five_minutes_at_most(
    clock: FakeClock,
) -> None:
    partner = await create_partner(
        actor=OPERATOR, name="Clockwatcher", cooperation_model=CooperationModel.REFERRAL
    )
    issued = await issue_api_key(actor=OPERATOR, partner_id=partner.id)
    first_use = clock.now()

    await partner_for_api_key(issued.secret, clock)
    clock.advance(timedelta(minutes=4))
    await partner_for_api_key(issued.secret, clock)
    assert (await ApiKey.get(id=issued.api_key.id)).last_used_at == first_use

    clock.advance(timedelta(minutes=1))
    await partner_for_api_key(issued.secret, clock)
    assert (await ApiKey.get(id=issued.api_key.id)).last_used_at == clock.now()


async def test_key_prefixes_are_letters_and_digits() -> None:
    partner = await create_partner(
        actor=OPERATOR, name="Prefixes", cooperation_model=CooperationModel.REFERRAL
    )

    prefixes = [
        (await issue_api_key(actor=OPERATOR, partner_id=partner.id)).api_key.prefix
        for _ in range(20)
    ]

    assert all(len(p) == 8 and p.isalnum() for p in prefixes)
