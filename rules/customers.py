"""Customer accounts: registration, through a link invitation or on its own, and with an emailed
code that proves the address. Logging in is in `rules.sessions`."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Customer
from models.enums import Site
from rules import audit
from rules.actors import SYSTEM, Actor
from rules.attempts import AttemptStore, database_attempts
from rules.clock import Clock, system_clock
from rules.email_codes import check_email_code, consume_email_code
from rules.errors import AccountCode, Problem, RuleError
from rules.hashing import hash_password
from rules.invitations import check_registration_invitation
from rules.sessions import authenticate as authenticate
from rules.sessions import start_session
from rules.validation import InputCheck

PASSWORD_MIN = 8
PASSWORD_MAX = 128
EMAIL_CODE_FIELD = "emailCode"


@dataclass(frozen=True, slots=True)
class Registration:
    account_name: str
    email: str
    password: str
    country: str
    site: Site = Site.INTERNATIONAL
    invitation_token: str | None = None


async def register_customer(
    registration: Registration,
    *,
    actor: Actor = SYSTEM,
    email_verified: bool = False,
    clock: Clock = system_clock,
) -> Customer:
    """Creates an account. With an invitation token, the account is one that link serves.

    Raises ACCOUNT_NAME_TAKEN, EMAIL_TAKEN, the invitation's state codes and input codes.
    """
    checked = _check(registration)
    now = clock.now()
    invitation_id = await _invitation_id(registration, now)
    password_hash = await hash_password(registration.password)
    async with _refusing_taken(checked):
        return await _create(
            checked,
            actor=actor,
            password_hash=password_hash,
            invitation_id=invitation_id,
            verified=email_verified,
            now=now,
        )


async def register_with_code(
    registration: Registration,
    *,
    email_code: str,
    clock: Clock = system_clock,
    address: str | None = None,
    attempts: AttemptStore = database_attempts,
) -> tuple[Customer, str]:
    """Creates an account whose email the emailed code proves, and logs it in: the customer and
    the new session's token.

    The code is counted and compared before the registration's transaction, so a wrong code
    stays counted on every database, and consumed inside it, so a registration refused later
    (ACCOUNT_NAME_TAKEN) leaves the code usable. A wrong code registers nothing.
    Raises input codes, the invitation's state codes, the email code's codes (field
    "emailCode"; a client `address` is limited too), then ACCOUNT_NAME_TAKEN and EMAIL_TAKEN.
    """
    checked = _check(registration)
    now = clock.now()
    invitation_id = await _invitation_id(registration, now)
    verified = await check_email_code(
        email=checked.email,
        code=email_code,
        clock=clock,
        field=EMAIL_CODE_FIELD,
        address=address,
        attempts=attempts,
    )
    password_hash = await hash_password(registration.password)
    async with _refusing_taken(checked), in_transaction():
        await consume_email_code(verified, clock=clock, field=EMAIL_CODE_FIELD)
        customer = await _create(
            checked,
            actor=SYSTEM,
            password_hash=password_hash,
            invitation_id=invitation_id,
            verified=True,
            now=now,
        )
        _, token = await start_session(customer.id, clock)
    return customer, token


@dataclass(frozen=True, slots=True)
class _Checked:
    account_name: str
    email: str
    country: str
    site: Site


def _check(registration: Registration) -> _Checked:
    with InputCheck() as check:
        account_name = check.account_name("accountName", registration.account_name)
        email = check.email("email", registration.email)
        country = check.country("country", registration.country)
        check.text(
            "password", registration.password, min_length=PASSWORD_MIN, max_length=PASSWORD_MAX
        )
    return _Checked(account_name, email, country, registration.site)


async def _invitation_id(registration: Registration, now: datetime) -> int | None:
    if registration.invitation_token is None:
        return None
    invitation = await check_registration_invitation(registration.invitation_token, now)
    return invitation.id


@asynccontextmanager
async def _refusing_taken(checked: _Checked) -> AsyncIterator[None]:
    """Turns a lost race with another registration of the same name or email into its code."""
    try:
        yield
    except IntegrityError:
        await _refuse_taken(checked.account_name, checked.email)
        raise


async def _create(
    checked: _Checked,
    *,
    actor: Actor,
    password_hash: str,
    invitation_id: int | None,
    verified: bool,
    now: datetime,
) -> Customer:
    async with in_transaction():
        await _refuse_taken(checked.account_name, checked.email)
        customer = await Customer.create(
            account_name=checked.account_name,
            email=checked.email,
            email_verified_at=now if verified else None,
            password_hash=password_hash,
            site=checked.site,
            country=checked.country,
            registered_at=now,
            registered_via_invitation_id=invitation_id,
        )
        await audit.record(
            actor=actor,
            action="customer.registered",
            subject=("Customer", customer.id),
            customer_id=customer.id,
            at=now,
            after=audit.snapshot(
                account_name=checked.account_name,
                site=checked.site,
                invitation_id=invitation_id,
            ),
        )
    return customer


async def _refuse_taken(account_name: str, email: str) -> None:
    problems = []
    if await Customer.exists(account_name=account_name):
        problems.append(
            Problem(AccountCode.ACCOUNT_NAME_TAKEN, "That account name is taken.", "accountName")
        )
    if await Customer.exists(email=email):
        problems.append(Problem(AccountCode.EMAIL_TAKEN, "That email is registered.", "email"))
    if problems:
        raise RuleError(problems)
