"""Customer accounts: registration (through a link invitation, or on its own) and login."""

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Customer
from models.enums import Site
from rules import audit
from rules.actors import SYSTEM, Actor
from rules.clock import Clock, system_clock
from rules.errors import AccountCode, Problem, RuleError
from rules.hashing import hash_password, verify_password
from rules.invitations import check_registration_invitation
from rules.validation import InputCheck

PASSWORD_MIN = 8
PASSWORD_MAX = 128


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
    with InputCheck() as check:
        account_name = check.account_name("accountName", registration.account_name)
        email = check.email("email", registration.email)
        country = check.country("country", registration.country)
        check.text(
            "password", registration.password, min_length=PASSWORD_MIN, max_length=PASSWORD_MAX
        )
    now = clock.now()
    invitation_id = None
    if registration.invitation_token is not None:
        invitation = await check_registration_invitation(registration.invitation_token, now)
        invitation_id = invitation.id
    password_hash = await hash_password(registration.password)
    try:
        async with in_transaction():
            await _refuse_taken(account_name, email)
            customer = await Customer.create(
                account_name=account_name,
                email=email,
                email_verified_at=now if email_verified else None,
                password_hash=password_hash,
                site=registration.site,
                country=country,
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
                    account_name=account_name, site=registration.site, invitation_id=invitation_id
                ),
            )
    except IntegrityError:
        # Lost a race with another registration of the same name or email.
        await _refuse_taken(account_name, email)
        raise
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


async def authenticate(account_name: str, password: str) -> Customer | None:
    """The customer with this account name (or email) and password, or None."""
    login = account_name.strip()
    if "@" in login:
        customer = await Customer.get_or_none(email=login.lower())
    else:
        customer = await Customer.get_or_none(account_name=login)
    if customer is None:
        return None
    return customer if await verify_password(customer.password_hash, password) else None
