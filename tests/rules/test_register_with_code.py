from dataclasses import replace

import pytest

from models import Customer, CustomerSession, EmailCode
from rules.clock import FakeClock
from rules.customers import Registration, register_customer, register_with_code
from rules.email_codes import request_email_code
from rules.errors import AccountCode, InputCode, RuleError, VerificationCode
from rules.sessions import customer_for_session
from tests.builders import AuditActions
from tests.rules.mailbox import Outbox

ALICE = Registration(
    account_name="alice", email="Alice@Example.com", password="correct horse", country="DE"
)


@pytest.fixture
async def code(clock: FakeClock) -> str:
    """The code mailed to Alice's address."""
    outbox = Outbox()
    await request_email_code(email=ALICE.email, clock=clock, notifier=outbox)
    return outbox.last_code()


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


async def test_the_emailed_code_registers_a_verified_account_and_logs_it_in(
    code: str, clock: FakeClock, audit_actions: AuditActions
) -> None:
    customer, token = await register_with_code(ALICE, email_code=code, clock=clock)

    assert (customer.email, customer.email_verified_at) == ("alice@example.com", clock.now())
    found = await customer_for_session(token, clock)
    assert found is not None and found.id == customer.id
    assert (await EmailCode.get(email="alice@example.com")).consumed_at == clock.now()
    assert await audit_actions(customer_id=customer.id) == ["customer.registered"]


async def test_a_wrong_code_registers_nothing_and_is_counted(code: str, clock: FakeClock) -> None:
    with pytest.raises(RuleError) as refusal:
        await register_with_code(ALICE, email_code=wrong(code), clock=clock)

    assert [(p.code, p.field) for p in refusal.value.problems] == [
        (VerificationCode.EMAIL_CODE_INVALID, "emailCode")
    ]
    assert not await Customer.exists()
    assert not await CustomerSession.exists()
    assert (await EmailCode.get(email="alice@example.com")).attempts == 1


async def test_a_code_for_another_address_does_not_register(code: str, clock: FakeClock) -> None:
    with pytest.raises(RuleError) as refusal:
        await register_with_code(
            replace(ALICE, email="mallory@example.com"), email_code=code, clock=clock
        )

    assert refusal.value.codes == [VerificationCode.EMAIL_CODE_INVALID]
    assert not await Customer.exists()


async def test_a_registration_refused_after_the_code_leaves_the_code_usable(
    code: str, clock: FakeClock
) -> None:
    await register_customer(replace(ALICE, email="first.alice@example.com"), clock=clock)

    with pytest.raises(RuleError) as refusal:
        await register_with_code(ALICE, email_code=code, clock=clock)

    assert refusal.value.codes == [AccountCode.ACCOUNT_NAME_TAKEN]
    assert (await EmailCode.get(email="alice@example.com")).consumed_at is None
    customer, _ = await register_with_code(
        replace(ALICE, account_name="alice2"), email_code=code, clock=clock
    )
    assert customer.email_verified_at == clock.now()


async def test_bad_input_is_refused_before_the_code_is_tried(code: str, clock: FakeClock) -> None:
    with pytest.raises(RuleError) as refusal:
        await register_with_code(replace(ALICE, password="short"), email_code=code, clock=clock)

    assert refusal.value.codes == [InputCode.TOO_SHORT]
    assert (await EmailCode.get(email="alice@example.com")).attempts == 0


@pytest.mark.committed
async def test_a_wrong_code_at_registration_stays_counted(code: str, clock: FakeClock) -> None:
    with pytest.raises(RuleError):
        await register_with_code(ALICE, email_code=wrong(code), clock=clock)

    row = await EmailCode.get(email="alice@example.com")
    assert (row.attempts, row.failures) == (1, 1)
    assert not await Customer.exists()
