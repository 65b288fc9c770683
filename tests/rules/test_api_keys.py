"""Roles of partners' API keys, expiry, and what a partner may do to its own keys."""

import asyncio
from datetime import timedelta

import pytest

from models import ApiKey, AuditEvent
from models.enums import KeyRole
from rules.actors import OperatorActor, PartnerActor
from rules.api_keys import KeyState, allows, key_state, keys_of
from rules.clock import FakeClock
from rules.errors import InputCode, KeyCode, RuleError
from rules.partners import IssuedApiKey, issue_api_key, live_api_key, revoke_api_key
from tests.builders import Builders

OPERATOR = OperatorActor()


async def issued(
    partner_id: int, role: KeyRole, clock: FakeClock, expires_in: timedelta | None = None
) -> IssuedApiKey:
    expires_at = clock.now() + expires_in if expires_in else None
    return await issue_api_key(
        actor=OPERATOR, partner_id=partner_id, role=role, expires_at=expires_at, clock=clock
    )


def as_key(key: IssuedApiKey) -> PartnerActor:
    return PartnerActor(key.api_key.partner_id, role=key.api_key.role, key_id=key.api_key.id)


def test_each_role_allows_what_the_roles_below_it_do() -> None:
    ranked = [KeyRole.READ, KeyRole.MANAGE, KeyRole.ADMIN]

    table = {(held, needed): allows(held, needed) for held in ranked for needed in ranked}

    assert table == {
        (held, needed): ranked.index(held) >= ranked.index(needed)
        for held in ranked
        for needed in ranked
    }


async def test_a_key_carries_its_role_and_expiry_to_the_actor(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    key = await issued(partner.id, KeyRole.MANAGE, clock, expires_in=timedelta(days=30))

    found = await live_api_key(key.secret, clock)

    assert found is not None
    assert (found.partner_id, found.role, found.id) == (partner.id, KeyRole.MANAGE, key.api_key.id)
    assert found.expires_at == clock.now() + timedelta(days=30)


async def test_an_expired_key_authenticates_as_nobody(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner()
    key = await issued(partner.id, KeyRole.ADMIN, clock, expires_in=timedelta(hours=1))

    clock.advance(timedelta(hours=1))

    assert await live_api_key(key.secret, clock) is None
    assert key_state(await ApiKey.get(id=key.api_key.id), clock) is KeyState.EXPIRED


async def test_a_key_cannot_be_issued_already_expired(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner()

    with pytest.raises(RuleError) as refusal:
        await issued(partner.id, KeyRole.READ, clock, expires_in=timedelta(seconds=-1))

    assert refusal.value.codes == [InputCode.OUT_OF_RANGE]
    assert refusal.value.problems[0].field == "expiresAt"
    assert await ApiKey.filter(partner_id=partner.id).count() == 0


async def test_an_expiry_without_an_offset_is_utc(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner()
    naive = (clock.now() + timedelta(days=1)).replace(tzinfo=None)

    made = await issue_api_key(actor=OPERATOR, partner_id=partner.id, expires_at=naive, clock=clock)

    assert made.api_key.expires_at == clock.now() + timedelta(days=1)


async def test_a_partner_issues_keys_for_itself_only(build: Builders, clock: FakeClock) -> None:
    partner, other = await build.partner(), await build.partner()
    admin = as_key(await issued(partner.id, KeyRole.ADMIN, clock))

    with pytest.raises(RuleError) as refusal:
        await issue_api_key(actor=admin, partner_id=other.id, role=KeyRole.ADMIN, clock=clock)

    assert refusal.value.codes == ["PARTNER_NOT_FOUND"]
    assert await ApiKey.filter(partner_id=other.id).count() == 0


async def test_the_audit_names_the_key_that_acted(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner()
    admin = as_key(await issued(partner.id, KeyRole.ADMIN, clock))

    made = await issue_api_key(actor=admin, partner_id=partner.id, role=KeyRole.READ, clock=clock)

    event = await AuditEvent.get(action="api_key.issued", subject_id=made.api_key.id)
    assert (event.actor_id, event.actor_key_id) == (partner.id, admin.key_id)
    assert event.after is not None and event.after["role"] == "READ"


async def test_a_partner_revokes_its_own_keys_but_not_another_partners(
    build: Builders, clock: FakeClock
) -> None:
    partner, other = await build.partner(), await build.partner()
    admin = as_key(await issued(partner.id, KeyRole.ADMIN, clock))
    reader = await issued(partner.id, KeyRole.READ, clock)
    foreign = await issued(other.id, KeyRole.READ, clock)

    revoked = await revoke_api_key(actor=admin, prefix=reader.api_key.prefix, clock=clock)
    with pytest.raises(RuleError) as refusal:
        await revoke_api_key(actor=admin, prefix=foreign.api_key.prefix, clock=clock)

    assert revoked.revoked_at == clock.now()
    assert refusal.value.codes == [KeyCode.API_KEY_NOT_FOUND]
    assert (await ApiKey.get(id=foreign.api_key.id)).revoked_at is None


async def test_the_last_active_admin_key_is_not_revoked_by_its_partner(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    admin_key = await issued(partner.id, KeyRole.ADMIN, clock)
    await issued(partner.id, KeyRole.MANAGE, clock)
    await issued(partner.id, KeyRole.ADMIN, clock, expires_in=timedelta(minutes=5))
    clock.advance(timedelta(minutes=5))  # the other ADMIN key has expired: it does not count
    admin = as_key(admin_key)

    with pytest.raises(RuleError) as refusal:
        await revoke_api_key(actor=admin, prefix=admin_key.api_key.prefix, clock=clock)

    assert refusal.value.codes == [KeyCode.LAST_ADMIN_KEY]
    assert (await ApiKey.get(id=admin_key.api_key.id)).revoked_at is None


async def test_an_admin_revokes_its_own_key_while_another_admin_key_is_active(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    mine = await issued(partner.id, KeyRole.ADMIN, clock)
    await issued(partner.id, KeyRole.ADMIN, clock)

    revoked = await revoke_api_key(actor=as_key(mine), prefix=mine.api_key.prefix, clock=clock)

    assert revoked.revoked_at == clock.now()
    assert await live_api_key(mine.secret, clock) is None


async def test_the_operator_may_revoke_a_partners_last_admin_key(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    leaked = await issued(partner.id, KeyRole.ADMIN, clock)

    revoked = await revoke_api_key(actor=OPERATOR, prefix=leaked.api_key.prefix, clock=clock)

    assert revoked.revoked_at == clock.now()


async def test_a_partner_lists_its_keys_newest_first(build: Builders, clock: FakeClock) -> None:
    partner, other = await build.partner(), await build.partner()
    first = await issued(partner.id, KeyRole.ADMIN, clock)
    second = await issued(partner.id, KeyRole.READ, clock)
    await issued(other.id, KeyRole.ADMIN, clock)

    keys = await keys_of(as_key(first))

    assert [k.id for k in keys] == [second.api_key.id, first.api_key.id]


@pytest.mark.committed
async def test_two_admins_revoking_each_others_keys_at_once_leave_one(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    one, two = [await issued(partner.id, KeyRole.ADMIN, clock) for _ in range(2)]

    results = await asyncio.gather(
        revoke_api_key(actor=as_key(one), prefix=two.api_key.prefix, clock=clock),
        revoke_api_key(actor=as_key(two), prefix=one.api_key.prefix, clock=clock),
        return_exceptions=True,
    )

    refused = [r for r in results if isinstance(r, RuleError)]
    assert [r.codes for r in refused] == [[KeyCode.LAST_ADMIN_KEY]]
    assert await ApiKey.filter(partner_id=partner.id, revoked_at=None).count() == 1
