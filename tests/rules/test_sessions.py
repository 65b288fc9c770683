from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher

from models import Customer, CustomerSession
from rules import hashing
from rules.clock import FakeClock
from rules.customers import Registration, authenticate, register_customer
from rules.errors import LoginCode, RuleError
from rules.sessions import (
    LAST_SEEN_RESOLUTION,
    SESSION_LIFETIME,
    customer_for_session,
    end_session,
    login,
    start_session,
)
from tests.builders import AuditActions, Builders
from tests.sql_statements import counting_statements

ALICE = Registration(
    account_name="alice", email="alice@example.com", password="correct horse", country="DE"
)


async def test_a_session_token_finds_its_customer_and_only_its_digest_is_kept(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()

    session, token = await start_session(customer.id, clock)

    assert session.token_hash == hashing.digest(token) != token
    assert (session.created_at, session.expires_at) == (clock.now(), clock.now() + SESSION_LIFETIME)
    found = await customer_for_session(token, clock)
    assert found is not None and found.id == customer.id


async def test_unknown_tokens_find_nobody(build: Builders, clock: FakeClock) -> None:
    await start_session((await build.customer()).id, clock)

    assert await customer_for_session("not-a-token", clock) is None
    assert await customer_for_session("", clock) is None


async def test_a_session_lasts_30_days(build: Builders, clock: FakeClock) -> None:
    _, token = await start_session((await build.customer()).id, clock)
    clock.advance(SESSION_LIFETIME - timedelta(microseconds=1))
    assert await customer_for_session(token, clock) is not None

    clock.advance(timedelta(microseconds=1))

    assert await customer_for_session(token, clock) is None


async def test_last_seen_is_written_at_most_every_5_minutes(
    build: Builders, clock: FakeClock
) -> None:
    session, token = await start_session((await build.customer()).id, clock)
    await customer_for_session(token, clock)
    seen = clock.now()
    clock.advance(LAST_SEEN_RESOLUTION - timedelta(microseconds=1))

    with counting_statements() as statements:
        await customer_for_session(token, clock)

    assert len(statements) == 1 and statements[0].lstrip().upper().startswith("SELECT")
    await session.refresh_from_db()
    assert session.last_seen_at == seen
    clock.advance(timedelta(microseconds=1))
    await customer_for_session(token, clock)
    await session.refresh_from_db()
    assert session.last_seen_at == clock.now()


async def test_logout_ends_the_session_once(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    customer = await build.customer()
    session, token = await start_session(customer.id, clock)
    _, other_token = await start_session(customer.id, clock)

    await end_session(token, clock)
    clock.advance(timedelta(minutes=1))
    await end_session(token, clock)

    assert await customer_for_session(token, clock) is None
    assert await customer_for_session(other_token, clock) is not None
    await session.refresh_from_db()
    assert session.ended_at == clock.now() - timedelta(minutes=1)
    assert await audit_actions(customer_id=customer.id) == ["customer.logged_out"]


async def test_logging_out_an_unknown_token_changes_nothing(
    clock: FakeClock, audit_actions: AuditActions
) -> None:
    await end_session("not-a-token", clock)

    assert await audit_actions() == []


async def test_login_by_account_name_or_email_starts_a_session(
    clock: FakeClock, audit_actions: AuditActions
) -> None:
    registered = await register_customer(ALICE, clock=clock)

    by_name, name_token = await login(login="alice", password="correct horse", clock=clock)
    by_email, email_token = await login(
        login=" Alice@Example.com ", password="correct horse", clock=clock
    )

    assert by_name.id == by_email.id == registered.id
    for token in (name_token, email_token):
        found = await customer_for_session(token, clock)
        assert found is not None and found.id == registered.id
    assert await audit_actions(customer_id=registered.id) == [
        "customer.registered",
        "customer.logged_in",
        "customer.logged_in",
    ]


async def test_login_answers_an_unknown_account_and_a_wrong_password_alike(
    clock: FakeClock, audit_actions: AuditActions
) -> None:
    customer = await register_customer(ALICE, clock=clock)
    refusals = []

    for name, password in [("alice", "wrong horse"), ("nobody", "correct horse")]:
        with pytest.raises(RuleError) as refusal:
            await login(login=name, password=password, clock=clock)
        refusals.append(refusal.value.problems)

    wrong_password, unknown_account = refusals
    assert wrong_password == unknown_account
    assert [p.code for p in wrong_password] == [LoginCode.INVALID_CREDENTIALS]
    assert not await CustomerSession.exists()
    assert await audit_actions(customer_id=customer.id) == ["customer.registered"]


class CountingHasher(PasswordHasher):
    verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> Any:
        CountingHasher.verified += 1
        return super().verify(hash, password)


async def test_an_unknown_account_costs_the_argon2_work_of_a_wrong_password(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register_customer(ALICE, clock=clock)
    monkeypatch.setattr(hashing, "_hasher", CountingHasher())
    costs = []

    for name in ("alice", "nobody", "nobody@example.com"):
        before = CountingHasher.verified
        assert await authenticate(name, "wrong horse") is None
        costs.append(CountingHasher.verified - before)

    assert costs == [1, 1, 1]


async def test_a_hash_of_older_argon2_parameters_is_upgraded_at_login(clock: FakeClock) -> None:
    customer = await register_customer(ALICE, clock=clock)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("correct horse")
    await Customer.filter(id=customer.id).update(password_hash=weak)

    await login(login="alice", password="correct horse", clock=clock)

    upgraded = (await Customer.get(id=customer.id)).password_hash
    assert upgraded != weak
    assert not hashing.needs_rehash(upgraded)
    assert await hashing.verify_password(upgraded, "correct horse")
    await login(login="alice", password="correct horse", clock=clock)  # and it still logs in


async def test_a_current_hash_is_kept_at_login_and_a_wrong_password_upgrades_nothing(
    clock: FakeClock,
) -> None:
    customer = await register_customer(ALICE, clock=clock)
    current = customer.password_hash
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("correct horse")

    await login(login="alice", password="correct horse", clock=clock)
    assert (await Customer.get(id=customer.id)).password_hash == current

    await Customer.filter(id=customer.id).update(password_hash=weak)
    with pytest.raises(RuleError):
        await login(login="alice", password="wrong horse", clock=clock)
    assert (await Customer.get(id=customer.id)).password_hash == weak
