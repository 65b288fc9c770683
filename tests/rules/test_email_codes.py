import asyncio
from collections import Counter
from collections.abc import Awaitable, Sequence
from datetime import timedelta

import pytest
from tortoise.transactions import in_transaction

from app.database import Dialect
from models import EmailCode
from rules.clock import FakeClock
from rules.email_codes import (
    CODE_LIFETIME,
    MAX_ATTEMPTS_PER_CODE,
    MAX_FAILURES_PER_WINDOW,
    RESEND_INTERVAL,
    check_email_code,
    request_email_code,
    verify_email_code,
)
from rules.errors import Code, InputCode, RuleError, VerificationCode
from tests.builders import Builders
from tests.rules.mailbox import Outbox, code_in

EMAIL = "newcomer@example.com"


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


async def refusal_of(email: str, code: str, clock: FakeClock) -> RuleError:
    with pytest.raises(RuleError) as refusal:
        await verify_email_code(email=email, code=code, clock=clock)
    return refusal.value


async def stored(email: str = EMAIL) -> EmailCode:
    return await EmailCode.get(email=email)


async def test_a_requested_code_is_mailed_and_only_its_argon2_hash_is_kept(
    outbox: Outbox, clock: FakeClock
) -> None:
    await request_email_code(email="NewComer@Example.com", clock=clock, notifier=outbox)

    [mail] = outbox.sent
    assert mail.to == EMAIL
    code = outbox.last_code()
    row = await stored()
    assert row.code_hash.startswith("$argon2id$")
    assert code not in row.code_hash
    assert (row.sent_at, row.expires_at) == (clock.now(), clock.now() + CODE_LIFETIME)
    assert (row.attempts, row.failures, row.consumed_at) == (0, 0, None)


async def test_a_bad_email_gets_no_code(outbox: Outbox, clock: FakeClock) -> None:
    with pytest.raises(RuleError) as refusal:
        await request_email_code(email="not-an-email", clock=clock, notifier=outbox)

    assert [(p.code, p.field) for p in refusal.value.problems] == [
        (InputCode.INVALID_EMAIL, "email")
    ]
    assert outbox.sent == []
    assert not await EmailCode.exists()


async def test_a_registered_email_is_told_of_its_account_and_answered_alike(
    build: Builders, outbox: Outbox, clock: FakeClock
) -> None:
    customer = await build.customer()

    await request_email_code(email=customer.email, clock=clock, notifier=outbox)
    with pytest.raises(RuleError) as too_soon:
        await request_email_code(email=customer.email, clock=clock, notifier=outbox)

    [mail] = outbox.sent
    assert mail.to == customer.email
    assert "account with it exists" in mail.text
    assert code_in(mail.text) is None
    assert await EmailCode.exists(email=customer.email)  # tried and limited like any other
    assert too_soon.value.codes == [VerificationCode.CODE_RESENT_TOO_SOON]


async def test_a_resend_within_60_seconds_is_refused(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    first = await stored()
    clock.advance(RESEND_INTERVAL - timedelta(seconds=1))

    with pytest.raises(RuleError) as refusal:
        await request_email_code(email=EMAIL, clock=clock, notifier=outbox)

    assert [(p.code, p.field) for p in refusal.value.problems] == [
        (VerificationCode.CODE_RESENT_TOO_SOON, "email")
    ]
    assert len(outbox.sent) == 1
    assert (await stored()).code_hash == first.code_hash
    clock.advance(timedelta(seconds=1))
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    assert len(outbox.sent) == 2


async def test_a_resend_replaces_the_code_and_restarts_its_tries_but_not_the_failures(
    outbox: Outbox, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rules.email_codes.new_code", iter(["111111", "222222"]).__next__)
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    for _ in range(2):
        await refusal_of(EMAIL, "999999", clock)
    clock.advance(RESEND_INTERVAL)

    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)

    assert outbox.last_code() == "222222"
    row = await stored()
    assert (row.attempts, row.failures) == (0, 2)
    old_answer = await refusal_of(EMAIL, "111111", clock)
    assert old_answer.codes == [VerificationCode.EMAIL_CODE_INVALID]
    await verify_email_code(email=EMAIL, code="222222", clock=clock)


async def test_a_right_code_is_consumed_and_works_once(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    code = outbox.last_code()

    await verify_email_code(email=EMAIL, code=code, clock=clock)

    row = await stored()
    assert row.consumed_at == clock.now()
    assert (row.attempts, row.failures) == (1, 0)
    refusal = await refusal_of(EMAIL, code, clock)
    assert [(p.code, p.field) for p in refusal.problems] == [
        (VerificationCode.EMAIL_CODE_USED, "code")
    ]
    assert (await stored()).attempts == 1


async def test_a_code_expires_after_10_minutes(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    code = outbox.last_code()
    clock.advance(CODE_LIFETIME - timedelta(microseconds=1))
    await check_email_code(email=EMAIL, code=code, clock=clock)  # still valid; not consumed
    clock.advance(timedelta(microseconds=1))

    refusal = await refusal_of(EMAIL, code, clock)

    assert refusal.codes == [VerificationCode.EMAIL_CODE_EXPIRED]
    row = await stored()
    assert (row.attempts, row.consumed_at) == (1, None)


async def test_a_wrong_code_is_refused_and_counted(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)

    refusal = await refusal_of(EMAIL, wrong(outbox.last_code()), clock)

    assert [(p.code, p.field) for p in refusal.problems] == [
        (VerificationCode.EMAIL_CODE_INVALID, "code")
    ]
    row = await stored()
    assert (row.attempts, row.failures, row.consumed_at) == (1, 1, None)
    assert row.failures_since == clock.now()


async def test_a_code_never_sent_answers_like_a_wrong_one(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    wrong_answer = await refusal_of(EMAIL, wrong(outbox.last_code()), clock)

    unknown_answer = await refusal_of("someone.else@example.com", "123456", clock)

    assert unknown_answer.problems == wrong_answer.problems
    assert not await EmailCode.exists(email="someone.else@example.com")


async def test_verifying_needs_a_valid_email(clock: FakeClock) -> None:
    refusal = await refusal_of("not-an-email", "123456", clock)

    assert [(p.code, p.field) for p in refusal.problems] == [(InputCode.INVALID_EMAIL, "email")]


async def test_a_code_takes_five_tries_at_most(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    code = outbox.last_code()
    for _ in range(MAX_ATTEMPTS_PER_CODE):
        assert (await refusal_of(EMAIL, wrong(code), clock)).codes == [
            VerificationCode.EMAIL_CODE_INVALID
        ]

    refusal = await refusal_of(EMAIL, code, clock)

    assert refusal.codes == [VerificationCode.TOO_MANY_ATTEMPTS]
    row = await stored()
    assert (row.attempts, row.failures, row.consumed_at) == (MAX_ATTEMPTS_PER_CODE, 5, None)


async def test_an_address_takes_ten_wrong_codes_an_hour_across_codes(
    outbox: Outbox, clock: FakeClock
) -> None:
    opened = clock.now()
    for _ in range(MAX_FAILURES_PER_WINDOW // MAX_ATTEMPTS_PER_CODE):
        await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
        for _ in range(MAX_ATTEMPTS_PER_CODE):
            await refusal_of(EMAIL, wrong(outbox.last_code()), clock)
        clock.advance(RESEND_INTERVAL)
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)

    refusal = await refusal_of(EMAIL, outbox.last_code(), clock)

    assert refusal.codes == [VerificationCode.TOO_MANY_ATTEMPTS]
    row = await stored()
    assert (row.attempts, row.failures, row.consumed_at) == (0, MAX_FAILURES_PER_WINDOW, None)
    clock.set(opened + timedelta(hours=1))
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    await verify_email_code(email=EMAIL, code=outbox.last_code(), clock=clock)
    row = await stored()
    assert (row.failures, row.failures_since) == (0, None)


async def test_a_right_code_is_not_a_failure(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    await refusal_of(EMAIL, wrong(outbox.last_code()), clock)

    await verify_email_code(email=EMAIL, code=outbox.last_code(), clock=clock)

    row = await stored()
    assert (row.attempts, row.failures) == (2, 1)


async def test_a_right_code_in_a_rolled_back_transaction_stays_unused(
    outbox: Outbox, clock: FakeClock
) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)

    with pytest.raises(RuntimeError):
        async with in_transaction():
            await verify_email_code(email=EMAIL, code=outbox.last_code(), clock=clock)
            raise RuntimeError("the caller fails after the code was accepted")

    assert (await stored()).consumed_at is None
    await verify_email_code(email=EMAIL, code=outbox.last_code(), clock=clock)


@pytest.mark.committed
async def test_a_wrong_code_stays_counted_when_the_callers_transaction_rolls_back(
    dialect: Dialect, outbox: Outbox, clock: FakeClock
) -> None:
    if dialect == "sqlite":
        pytest.skip(
            "SQLite has one connection, serving one transaction at a time: nothing can commit "
            "apart from the caller's transaction (see rules/apart.py)"
        )
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)

    with pytest.raises(RuleError) as refusal:
        async with in_transaction():
            await verify_email_code(email=EMAIL, code=wrong(outbox.last_code()), clock=clock)

    assert refusal.value.codes == [VerificationCode.EMAIL_CODE_INVALID]
    row = await stored()
    assert (row.attempts, row.failures) == (1, 1)


@pytest.mark.committed
async def test_fifty_concurrent_wrong_codes_count_exactly_the_limit(
    outbox: Outbox, clock: FakeClock
) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    guess = wrong(outbox.last_code())

    tally = await outcomes(
        [verify_email_code(email=EMAIL, code=guess, clock=clock) for _ in range(50)]
    )

    assert tally == {
        VerificationCode.EMAIL_CODE_INVALID: MAX_ATTEMPTS_PER_CODE,
        VerificationCode.TOO_MANY_ATTEMPTS: 50 - MAX_ATTEMPTS_PER_CODE,
    }
    row = await stored()
    assert (row.attempts, row.failures, row.consumed_at) == (MAX_ATTEMPTS_PER_CODE, 5, None)


@pytest.mark.committed
async def test_concurrent_right_codes_consume_it_once(outbox: Outbox, clock: FakeClock) -> None:
    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)
    code = outbox.last_code()

    tally = await outcomes(
        [verify_email_code(email=EMAIL, code=code, clock=clock) for _ in range(10)]
    )

    assert tally["ok"] == 1
    assert set(tally) <= {
        "ok",
        VerificationCode.EMAIL_CODE_USED,
        VerificationCode.TOO_MANY_ATTEMPTS,
    }
    row = await stored()
    assert row.consumed_at == clock.now()
    assert row.attempts <= MAX_ATTEMPTS_PER_CODE
    assert row.failures == 0


async def outcomes(attempts: Sequence[Awaitable[object]]) -> Counter[str | Code]:
    """How many attempts succeeded ("ok") and how many were refused with each code."""
    results = await asyncio.gather(*attempts, return_exceptions=True)
    tally: Counter[str | Code] = Counter()
    for result in results:
        if isinstance(result, RuleError):
            tally.update(result.codes)
        elif isinstance(result, BaseException):
            raise result
        else:
            tally["ok"] += 1
    return tally
