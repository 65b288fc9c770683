"""Setting a forgotten password (or, for an imported account, the first one) with an emailed code.

Every account has this flow. A code is requested for an address and mailed; the code, with the
new password, sets the password of the account using that address, ends all its sessions but
the caller's own, and proves the address. Codes live in their own table and follow
`rules.email_codes`' rules: 6 digits for 10 minutes, one resend per minute, 5 tries per code,
10 wrong codes per address and hour, and wrong codes per client address (`rules.attempts`).

Nothing tells whether an account uses an address: a request for an unknown address stores a code
and mails the address alike (saying that no account uses it, and giving no code), so that the
answer, the resend window and the argon2 work are the same; a code tried for such an address is
refused like a wrong one.
"""

from datetime import datetime

from tortoise.transactions import in_transaction

from models import Customer, CustomerSession, PasswordResetCode
from rules import audit
from rules.actors import CustomerActor
from rules.attempts import AttemptStore, database_attempts
from rules.clock import Clock, system_clock
from rules.customers import PASSWORD_MAX, PASSWORD_MIN
from rules.email_codes import (
    CODE_LIFETIME,
    check_email_code,
    consume_email_code,
    new_code,
    store_code,
)
from rules.errors import RuleError, VerificationCode
from rules.hashing import digest, hash_password
from rules.mail import MAIL_CHANNEL, OutgoingMail
from rules.outbox import POLLING, Notifier
from rules.validation import InputCheck

CODE_FIELD = "code"


async def request_password_reset(
    *, email: str, clock: Clock = system_clock, notifier: Notifier = POLLING
) -> None:
    """Stores a new reset code for the address (replacing any earlier one) and records its mail
    in the same transaction (`rules.email_codes.store_code`); an address no account uses gets a
    mail saying so instead. The deliverer sends it (`notifier` is told once it is committed).

    Raises INVALID_EMAIL and CODE_RESENT_TOO_SOON (within 60 s of the last code, known address
    or not, unless that code's mail could not be sent).
    """
    with InputCheck() as check:
        email = check.email("email", email)
    code = new_code()
    now = clock.now()
    known = await Customer.exists(email=email)
    mail = _reset_mail(email, code) if known else _unknown_address_mail(email)
    await store_code(PasswordResetCode, email, await hash_password(code), now, mail)
    await notifier.recorded(MAIL_CHANNEL, now)


async def reset_password(
    *,
    email: str,
    code: str,
    new_password: str,
    clock: Clock = system_clock,
    address: str | None = None,
    attempts: AttemptStore = database_attempts,
    keep_session: str | None = None,
) -> Customer:
    """Sets the password of the account using `email`, ends its sessions (all but the one whose
    token is `keep_session`) and marks the address proven.

    The code is counted and compared before the transaction (a wrong code stays counted) and
    consumed inside it. Raises input codes (INVALID_EMAIL, TOO_SHORT, TOO_LONG, REQUIRED), then
    EMAIL_CODE_INVALID (also for an address no account uses), EMAIL_CODE_EXPIRED,
    EMAIL_CODE_USED and TOO_MANY_ATTEMPTS (field "code").
    """
    with InputCheck() as check:
        email = check.email("email", email)
        check.text("newPassword", new_password, min_length=PASSWORD_MIN, max_length=PASSWORD_MAX)
    verified = await check_email_code(
        email=email,
        code=code,
        clock=clock,
        field=CODE_FIELD,
        address=address,
        attempts=attempts,
        codes=PasswordResetCode,
    )
    password_hash = await hash_password(new_password)
    now = clock.now()
    async with in_transaction():
        await consume_email_code(verified, clock=clock, field=CODE_FIELD)
        customer = await Customer.filter(email=email).select_for_update().first()
        if customer is None:  # no code reaches an unknown address; an account renamed away
            raise RuleError.of(
                VerificationCode.EMAIL_CODE_INVALID, "This code is not valid.", CODE_FIELD
            )
        await _set_password(customer, password_hash, now)
        ended = await _end_sessions(customer.id, keep_session, now)
        await audit.record(
            actor=CustomerActor(customer.id),
            action="customer.password_reset",
            subject=("Customer", customer.id),
            customer_id=customer.id,
            at=now,
            after=audit.snapshot(sessions_ended=ended),
        )
    return customer


async def _set_password(customer: Customer, password_hash: str, now: datetime) -> None:
    customer.password_hash = password_hash
    if customer.email_verified_at is None:  # the code proved the address
        customer.email_verified_at = now
    await customer.save(update_fields=["password_hash", "email_verified_at"])


async def _end_sessions(customer_id: int, keep_session: str | None, now: datetime) -> int:
    """Ends the account's live sessions but the caller's own; how many were ended."""
    live = CustomerSession.filter(customer_id=customer_id, ended_at=None, expires_at__gt=now)
    if keep_session is not None:
        live = live.exclude(token_hash=digest(keep_session))
    return await live.update(ended_at=now)


def _reset_mail(email: str, code: str) -> OutgoingMail:
    minutes = CODE_LIFETIME.seconds // 60
    return OutgoingMail(
        to=email,
        subject="Set your partnerlink password",
        text=f"Your code to set the password of your account is {code}\n\n"
        f"It is valid for {minutes} minutes and can be used once. Setting the password ends "
        "the account's other sessions.\n"
        "If you did not ask for it, ignore this message: your password stays as it is.\n",
    )


def _unknown_address_mail(email: str) -> OutgoingMail:
    return OutgoingMail(
        to=email,
        subject="Set your partnerlink password",
        text="Someone asked to set the password of an account with this address, but no "
        "account uses it.\n"
        "If you did not ask, ignore this message.\n",
    )
