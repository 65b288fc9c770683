"""Setting a password with an emailed code: for any account, imported ones first of all."""

from datetime import timedelta

import pytest

from models import AuditEvent, Customer, CustomerSession, EmailCode, PasswordResetCode
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.email_codes import request_email_code
from rules.errors import InputCode, LoginCode, RuleError, VerificationCode
from rules.facts_import import import_facts
from rules.password_reset import request_password_reset, reset_password
from rules.sessions import customer_for_session, login, start_session
from tests.rules.mailbox import Outbox, code_in

EMAIL = "mia@example.com"
NEW_PASSWORD = "a brand new password"
ACCOUNT = (
    '{"type": "account", "ref": "A-1", "account_name": "mia.example", "email": "mia@example.com", '
    '"registered_at": "2025-01-01T00:00:00Z", "billing_country": "DE"}'
)


@pytest.fixture
async def imported(clock: FakeClock) -> Customer:
    await import_facts(actor=OperatorActor(), lines=[ACCOUNT], clock=clock)
    return await Customer.get(import_ref="A-1")


async def mailed_code(outbox: Outbox, clock: FakeClock, email: str = EMAIL) -> str:
    await request_password_reset(email=email, clock=clock, notifier=outbox)
    return outbox.last_code()


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def test_the_mailed_code_sets_the_password_of_an_imported_account(
    imported: Customer, clock: FakeClock
) -> None:
    outbox = Outbox()
    code = await mailed_code(outbox, clock)

    await reset_password(email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock)

    customer, token = await login(login="mia.example", password=NEW_PASSWORD, clock=clock)
    assert customer.id == imported.id and token
    assert (await Customer.get(id=imported.id)).email_verified_at == clock.now()
    assert outbox.sent[0].to == EMAIL
    assert await AuditEvent.exists(customer_id=imported.id, action="customer.password_reset")


async def test_setting_the_password_ends_the_other_sessions_but_the_callers(
    imported: Customer, clock: FakeClock
) -> None:
    _, elsewhere = await start_session(imported.id, clock)
    _, own = await start_session(imported.id, clock)
    code = await mailed_code(Outbox(), clock)

    await reset_password(
        email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock, keep_session=own
    )

    assert await customer_for_session(elsewhere, clock) is None
    assert await customer_for_session(own, clock) is not None
    event = await AuditEvent.get(customer_id=imported.id, action="customer.password_reset")
    assert event.after == {"sessions_ended": 1}


async def test_the_old_password_no_longer_logs_in(imported: Customer, clock: FakeClock) -> None:
    await reset_password(
        email=EMAIL,
        code=await mailed_code(Outbox(), clock),
        new_password="first password",
        clock=clock,
    )
    clock.advance(timedelta(minutes=2))

    await reset_password(
        email=EMAIL, code=await mailed_code(Outbox(), clock), new_password=NEW_PASSWORD, clock=clock
    )

    with pytest.raises(RuleError) as refused:
        await login(login=EMAIL, password="first password", clock=clock)
    assert refused.value.codes == [LoginCode.INVALID_CREDENTIALS]


async def test_an_unknown_address_is_answered_alike_and_mailed_no_code(clock: FakeClock) -> None:
    outbox = Outbox()

    await request_password_reset(email="nobody@example.com", clock=clock, notifier=outbox)

    assert code_in(outbox.sent[0].text) is None
    assert "no account uses it" in outbox.sent[0].text
    assert await PasswordResetCode.exists(email="nobody@example.com")  # limited like any other
    with pytest.raises(RuleError) as refused:
        await reset_password(
            email="nobody@example.com", code="123456", new_password=NEW_PASSWORD, clock=clock
        )
    assert refused.value.codes == [VerificationCode.EMAIL_CODE_INVALID]


@pytest.mark.parametrize("email", [EMAIL, "nobody@example.com"])
async def test_a_second_request_within_a_minute_is_refused_known_address_or_not(
    imported: Customer, clock: FakeClock, email: str
) -> None:
    await request_password_reset(email=email, clock=clock, notifier=Outbox())

    with pytest.raises(RuleError) as refused:
        await request_password_reset(email=email, clock=clock, notifier=Outbox())

    assert refused.value.codes == [VerificationCode.CODE_RESENT_TOO_SOON]


async def test_a_wrong_code_sets_nothing_and_five_tries_use_the_code_up(
    imported: Customer, clock: FakeClock
) -> None:
    code = await mailed_code(Outbox(), clock)
    for _ in range(5):
        with pytest.raises(RuleError) as refused:
            await reset_password(
                email=EMAIL, code=wrong(code), new_password=NEW_PASSWORD, clock=clock
            )
        assert refused.value.codes == [VerificationCode.EMAIL_CODE_INVALID]

    with pytest.raises(RuleError) as refused:
        await reset_password(email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock)

    assert refused.value.codes == [VerificationCode.TOO_MANY_ATTEMPTS]
    assert not (await Customer.get(id=imported.id)).has_password


async def test_a_code_sets_the_password_once(imported: Customer, clock: FakeClock) -> None:
    code = await mailed_code(Outbox(), clock)
    await reset_password(email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock)

    with pytest.raises(RuleError) as refused:
        await reset_password(email=EMAIL, code=code, new_password="another password", clock=clock)

    assert refused.value.codes == [VerificationCode.EMAIL_CODE_USED]


async def test_an_expired_code_is_refused(imported: Customer, clock: FakeClock) -> None:
    code = await mailed_code(Outbox(), clock)
    clock.advance(timedelta(minutes=10))

    with pytest.raises(RuleError) as refused:
        await reset_password(email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock)

    assert refused.value.codes == [VerificationCode.EMAIL_CODE_EXPIRED]


async def test_bad_input_is_refused_before_the_code_is_tried(
    imported: Customer, clock: FakeClock
) -> None:
    code = await mailed_code(Outbox(), clock)

    with pytest.raises(RuleError) as refused:
        await reset_password(email="not an address", code=code, new_password="short", clock=clock)

    assert [(p.code, p.field) for p in refused.value.problems] == [
        (InputCode.INVALID_EMAIL, "email"),
        (InputCode.TOO_SHORT, "newPassword"),
    ]
    assert (await PasswordResetCode.get(email=EMAIL)).attempts == 0


async def test_registration_and_reset_codes_do_not_replace_each_other(
    imported: Customer, clock: FakeClock
) -> None:
    outbox = Outbox()
    code = await mailed_code(outbox, clock)

    await request_email_code(email=EMAIL, clock=clock, notifier=outbox)  # someone else, maybe

    assert await EmailCode.exists(email=EMAIL)
    await reset_password(email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock)
    assert (await Customer.get(id=imported.id)).has_password


async def test_an_ended_session_stays_ended(imported: Customer, clock: FakeClock) -> None:
    _, token = await start_session(imported.id, clock)
    code = await mailed_code(Outbox(), clock)

    await reset_password(email=EMAIL, code=code, new_password=NEW_PASSWORD, clock=clock)

    session = await CustomerSession.get(customer_id=imported.id)
    assert session.ended_at == clock.now()
    assert await customer_for_session(token, clock) is None
