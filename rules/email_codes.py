"""Codes emailed to prove an address before registering with it.

A code is 6 random digits, valid for 10 minutes, stored only as an argon2 hash: six digits are
only a million values, and a slow salted hash keeps a leaked table useless for the code's life.

Guessing is bounded three times: 5 tries per code, 10 wrong codes per email address and hour
across codes (a window opened by the first failure), and wrong codes per client address
(`rules.attempts`). Each try is counted in the database before the code
is compared, by a conditional update, so concurrent tries (a thousand aliases in one GraphQL
request) cannot pass the limit; and it is counted apart from the caller's transaction
(`rules.apart`), so that a caller rolling back after a wrong code does not uncount it.

Nothing here tells whether an account uses an address: a code requested for a registered address
is stored and limited alike, and its mail says that an account exists instead of giving a code
(the only reader is the mailbox's owner, who learns what they need: to log in). A code never
requested answers like a wrong one, after the same argon2 work.

A code's mail is recorded with it, in one transaction, and sent by the deliverer (`rules.mail`):
a request never fails because the mail server does, and a code whose mail could not be sent
does not hold the resend window (`store_code`).

Codes for one purpose live in one table (`codes`): registration codes in `EmailCode`, password
reset codes in `PasswordResetCode` (`rules.password_reset`), so that neither flow replaces the
other's code; both are limited alike.
"""

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum, auto
from typing import Any, Protocol, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models import Customer, EmailCode
from models.email_codes import EmailCodeBase
from rules.apart import run_apart
from rules.attempts import AttemptStore, count_code_try, database_attempts
from rules.clock import Clock, system_clock
from rules.errors import RuleError, VerificationCode
from rules.hashing import hash_password, verify_no_password, verify_password
from rules.mail import MAIL_CHANNEL, OutgoingMail, mail_under_way, record_mail, withdraw_mail
from rules.outbox import POLLING, Notifier
from rules.validation import InputCheck

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=10)
RESEND_INTERVAL = timedelta(seconds=60)
MAX_ATTEMPTS_PER_CODE = 5
MAX_FAILURES_PER_WINDOW = 10
FAILURE_WINDOW = timedelta(hours=1)

T = TypeVar("T")


class _Runner(Protocol):
    def __call__(self, work: Callable[[], Awaitable[T]], /) -> Awaitable[T]: ...


@dataclass(frozen=True, slots=True)
class VerifiedCode:
    """A right code, counted and compared but not yet consumed."""

    email: str
    code_id: int
    code_hash: str
    codes: type[EmailCodeBase] = EmailCode


class _Admission(Enum):
    ADMITTED = auto()
    REPLACED = auto()  # a resend replaced the code being tried
    EXHAUSTED = auto()


async def request_email_code(
    *, email: str, clock: Clock = system_clock, notifier: Notifier = POLLING
) -> None:
    """Stores a new code for the address (replacing any earlier one) and records its mail in the
    same transaction; the deliverer sends it (`notifier` is told once it is committed).

    Raises INVALID_EMAIL and CODE_RESENT_TOO_SOON (within 60 s of the last code, unless that
    code's mail could not be sent: see `store_code`).
    """
    with InputCheck() as check:
        email = check.email("email", email)
    now = clock.now()
    code = new_code()
    registered = await Customer.exists(email=email)
    mail = _existing_account_mail(email) if registered else _code_mail(email, code)
    await store_code(EmailCode, email, await hash_password(code), now, mail)
    await notifier.recorded(MAIL_CHANNEL, now)


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


async def store_code(
    codes: type[EmailCodeBase], email: str, code_hash: str, now: datetime, mail: OutgoingMail
) -> None:
    """Stores the code and records its mail, in one transaction. A resend replaces the code,
    restarts its attempts and withdraws the earlier mail if it is still waiting; the failure
    window goes on.

    The resend window: a new code is refused (CODE_RESENT_TOO_SOON) within 60 s of the last one
    while the last one's mail is sent or under way. Once an attempt at sending it has failed
    (or it was given up), the window no longer holds: the customer may ask again at once. A
    mail server that is down then never leaves a customer waiting for a code that does not
    come, and it cannot pile mail up either: one address has at most one mail waiting.
    """
    expires_at = now + CODE_LIFETIME
    async with in_transaction():
        current = await codes.filter(email=email).select_for_update().first()
        if current is not None and not await _may_replace(current, now):
            raise _too_soon()
        mail_id = (await record_mail(mail, now=now, expires_at=expires_at)).id
        fields = {"code_hash": code_hash, "sent_at": now, "expires_at": expires_at}
        if current is None:
            await _first_code(codes, email, mail_id=mail_id, **fields)
            return
        replaced = await codes.filter(id=current.id, code_hash=current.code_hash).update(
            attempts=0, consumed_at=None, mail_id=mail_id, **fields
        )
        if not replaced:  # another request replaced it first
            raise _too_soon()
        await withdraw_mail(current.mail_id, now)


async def _may_replace(current: EmailCodeBase, now: datetime) -> bool:
    if current.sent_at <= now - RESEND_INTERVAL:
        return True
    return not await mail_under_way(current.mail_id)


async def _first_code(codes: type[EmailCodeBase], email: str, **fields: Any) -> None:
    try:
        async with in_transaction():
            await codes.create(email=email, **fields)
    except IntegrityError:  # another request stored the address's first code meanwhile
        raise _too_soon() from None


def _too_soon() -> RuleError:
    return RuleError.of(
        VerificationCode.CODE_RESENT_TOO_SOON,
        f"A code was sent less than {RESEND_INTERVAL.seconds} seconds ago: wait a moment.",
        "email",
    )


def _code_mail(email: str, code: str) -> OutgoingMail:
    minutes = CODE_LIFETIME.seconds // 60
    return OutgoingMail(
        to=email,
        subject="Your partnerlink verification code",
        text=f"Your verification code is {code}\n\n"
        f"It is valid for {minutes} minutes and can be used once.\n"
        "If you did not ask for it, ignore this message.\n",
    )


def _existing_account_mail(email: str) -> OutgoingMail:
    return OutgoingMail(
        to=email,
        subject="Your partnerlink account",
        text="Someone asked to register a new account with this address, but an account "
        "with it exists already: log in with it instead (or, without its password, ask to set "
        "a new one).\n"
        "If you did not ask, ignore this message.\n",
    )


async def verify_email_code(*, email: str, code: str, clock: Clock = system_clock) -> None:
    """Checks the code and consumes it, in the caller's transaction if there is one.

    Raises INVALID_EMAIL, EMAIL_CODE_INVALID (wrong, or none was sent), EMAIL_CODE_EXPIRED,
    EMAIL_CODE_USED and TOO_MANY_ATTEMPTS.
    """
    verified = await check_email_code(email=email, code=code, clock=clock)
    await consume_email_code(verified, clock=clock)


async def check_email_code(
    *,
    email: str,
    code: str,
    clock: Clock = system_clock,
    field: str = "code",
    address: str | None = None,
    attempts: AttemptStore = database_attempts,
    codes: type[EmailCodeBase] = EmailCode,
) -> VerifiedCode:
    """Counts a try at the code, then compares it, without consuming it.

    The try is committed before the comparison, apart from the caller's transaction (on SQLite
    it cannot be: call this before opening one). `field` names the code's input field in errors.
    A try from a client `address` counts against that address too (`rules.attempts`): past its
    limit, TOO_MANY_ATTEMPTS without comparing.
    """
    with InputCheck() as check:
        email = check.email("email", email)
    now = clock.now()
    from_address = await count_code_try(attempts, address=address, now=now, field=field)
    row = await codes.get_or_none(email=email)
    if row is None:
        await verify_no_password(code)
        raise _invalid(field)
    _refuse_spent(row, now, field)
    run = await _runner(codes, row.id)
    admission = await run(lambda: _admit(codes, row, now))
    if admission is _Admission.REPLACED:
        raise _invalid(field)
    if admission is _Admission.EXHAUSTED:
        raise _too_many(field)
    if not await verify_password(row.code_hash, code.strip()):
        raise _invalid(field)
    await run(lambda: _give_back_failure(codes, row.id))
    await from_address.forgive()
    return VerifiedCode(email=email, code_id=row.id, code_hash=row.code_hash, codes=codes)


async def consume_email_code(
    verified: VerifiedCode, *, clock: Clock = system_clock, field: str = "code"
) -> None:
    """Uses the code up, in the caller's transaction if there is one: of two concurrent uses,
    one wins. Raises EMAIL_CODE_USED (also when a resend replaced it meanwhile)."""
    consumed = await verified.codes.filter(
        id=verified.code_id, code_hash=verified.code_hash, consumed_at=None
    ).update(consumed_at=clock.now())
    if not consumed:
        raise _used(field)


def _refuse_spent(row: EmailCodeBase, now: datetime, field: str) -> None:
    if row.consumed_at is not None:
        raise _used(field)
    if now >= row.expires_at:
        raise RuleError.of(
            VerificationCode.EMAIL_CODE_EXPIRED,
            "This code has expired: request a new one.",
            field,
        )


async def _runner(codes: type[EmailCodeBase], code_id: int) -> _Runner:
    """Where tries are counted: apart from the caller's transaction, unless that transaction
    wrote the code and has not committed it (then the count goes with the code if it rolls
    back, and nothing is lost)."""
    if await run_apart(lambda: codes.exists(id=code_id)):
        return run_apart
    return _run_here


async def _run_here(work: Callable[[], Awaitable[T]]) -> T:
    async with in_transaction():
        return await work()


async def _admit(codes: type[EmailCodeBase], row: EmailCodeBase, now: datetime) -> _Admission:
    """Counts a try at this code, and counts it as a failure until it proves right."""
    await codes.filter(id=row.id, failures_since__lte=now - FAILURE_WINDOW).update(
        failures=0, failures_since=None
    )
    admitted = await codes.filter(
        id=row.id,
        code_hash=row.code_hash,
        attempts__lt=MAX_ATTEMPTS_PER_CODE,
        failures__lt=MAX_FAILURES_PER_WINDOW,
    ).update(attempts=F("attempts") + 1, failures=F("failures") + 1)
    if admitted:
        await codes.filter(id=row.id, failures_since=None).update(failures_since=now)
        return _Admission.ADMITTED
    current = await codes.get(id=row.id)
    return _Admission.REPLACED if current.code_hash != row.code_hash else _Admission.EXHAUSTED


async def _give_back_failure(codes: type[EmailCodeBase], code_id: int) -> None:
    await codes.filter(id=code_id, failures__gt=0).update(failures=F("failures") - 1)
    await codes.filter(id=code_id, failures=0).update(failures_since=None)


def _invalid(field: str) -> RuleError:
    return RuleError.of(VerificationCode.EMAIL_CODE_INVALID, "This code is not valid.", field)


def _used(field: str) -> RuleError:
    return RuleError.of(
        VerificationCode.EMAIL_CODE_USED, "This code has been used: request a new one.", field
    )


def _too_many(field: str) -> RuleError:
    return RuleError.of(
        VerificationCode.TOO_MANY_ATTEMPTS,
        "Too many tries: request a new code, or wait an hour after many wrong ones.",
        field,
    )


async def forgive_code_failures(email: str | None = None) -> int:
    """Ends the failure window of an email address, or of every address when None (as
    `rules.attempts.reset_attempts` does for client addresses): their wrong codes no longer
    count. How many addresses had failures counted. Raises input codes."""
    rows = EmailCode.filter(failures__gt=0)
    if email is not None:
        with InputCheck() as check:
            email = check.email("email", email)
        rows = rows.filter(email=email)
    forgiven: int = await rows.update(failures=0, failures_since=None)
    return forgiven
