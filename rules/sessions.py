"""Customer login sessions: credentials in, a bearer token out, and back to the customer.

The token is shown once; only its SHA-256 digest is stored (it is long and random, so a fast
digest is enough). A session lives 30 days unless the customer logs out. `last_seen_at` is
written at most once per 5 minutes, by a conditional update, so that the hot path of every
authenticated request mostly only reads.
"""

from datetime import timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import Customer, CustomerSession
from rules import audit
from rules.actors import CustomerActor
from rules.attempts import AttemptStore, count_login_try, database_attempts
from rules.clock import Clock, system_clock
from rules.errors import LoginCode, RuleError
from rules.hashing import (
    digest,
    hash_password,
    needs_rehash,
    new_token,
    verify_no_password,
    verify_password,
)

SESSION_LIFETIME = timedelta(days=30)
LAST_SEEN_RESOLUTION = timedelta(minutes=5)


async def start_session(
    customer_id: int, clock: Clock = system_clock
) -> tuple[CustomerSession, str]:
    """A new session and its token, in the caller's transaction if there is one."""
    now = clock.now()
    token = new_token()
    session = await CustomerSession.create(
        customer_id=customer_id,
        token_hash=digest(token),
        created_at=now,
        expires_at=now + SESSION_LIFETIME,
    )
    return session, token


async def customer_for_session(token: str, clock: Clock = system_clock) -> Customer | None:
    """The customer of a live session; None for an unknown, ended or expired token."""
    now = clock.now()
    session = await CustomerSession.get_or_none(
        token_hash=digest(token), ended_at=None, expires_at__gt=now
    ).select_related("customer")
    if session is None:
        return None
    stale = now - LAST_SEEN_RESOLUTION
    if session.last_seen_at is None or session.last_seen_at <= stale:
        await CustomerSession.filter(
            Q(last_seen_at=None) | Q(last_seen_at__lte=stale), id=session.id
        ).update(last_seen_at=now)
    return session.customer


async def end_session(token: str, clock: Clock = system_clock) -> None:
    """Logs out. Ending an unknown, ended or expired session changes nothing."""
    now = clock.now()
    async with in_transaction():
        session = await CustomerSession.get_or_none(
            token_hash=digest(token), ended_at=None, expires_at__gt=now
        )
        if session is None:
            return
        ended = await CustomerSession.filter(id=session.id, ended_at=None).update(ended_at=now)
        if ended:
            await audit.record(
                actor=CustomerActor(session.customer_id),
                action="customer.logged_out",
                subject=("CustomerSession", session.id),
                customer_id=session.customer_id,
                at=now,
            )


async def login(
    *,
    login: str,
    password: str,
    clock: Clock = system_clock,
    address: str | None = None,
    attempts: AttemptStore = database_attempts,
) -> tuple[Customer, str]:
    """Starts a session for an account name (or email) and password, from a client `address`.

    Raises INVALID_CREDENTIALS alike for an unknown account, an account without a password (an
    imported one whose owner has not set it yet) and a wrong password, and
    TOO_MANY_LOGIN_ATTEMPTS past the failures `rules.attempts` allows the account or the address
    (then the password is not even compared).
    """
    now = clock.now()
    customer = await _find(login)
    account = _subject(customer, login)
    tries = await count_login_try(attempts, account=account, address=address, now=now)
    if not await _password_matches(customer, password):
        raise RuleError.of(LoginCode.INVALID_CREDENTIALS, "Wrong account name, email or password.")
    assert customer is not None
    await tries.forgive()
    await _upgrade_hash(customer, password)
    async with in_transaction():
        session, token = await start_session(customer.id, clock)
        await audit.record(
            actor=CustomerActor(customer.id),
            action="customer.logged_in",
            subject=("CustomerSession", session.id),
            customer_id=customer.id,
            at=now,
        )
    return customer, token


async def authenticate(account_name: str, password: str) -> Customer | None:
    """The customer with this account name (or email) and password, or None."""
    customer = await _find(account_name)
    if not await _password_matches(customer, password):
        return None
    assert customer is not None
    await _upgrade_hash(customer, password)
    return customer


async def login_subjects(login: str) -> list[str]:
    """What the failed logins typed as `login` count against (`rules.attempts`): the account
    found for it, if any, and the text typed, as it counted before the account existed."""
    customer = await _find(login)
    subjects = [_subject(None, login)]
    return subjects if customer is None else [_subject(customer, login), *subjects]


def _subject(customer: Customer | None, login: str) -> str:
    return f"customer:{customer.id}" if customer else f"login:{_normalized(login)}"


def _normalized(login: str) -> str:
    login = login.strip()
    return login.lower() if "@" in login else login


async def _find(login: str) -> Customer | None:
    normalized = _normalized(login)
    if "@" in normalized:
        return await Customer.get_or_none(email=normalized)
    return await Customer.get_or_none(account_name=normalized)


async def _password_matches(customer: Customer | None, password: str) -> bool:
    """An unknown account, or one without a password, costs the same argon2 work as a wrong
    password, so that the answer's time does not tell whether the account exists or has one."""
    if customer is None or not customer.has_password:
        await verify_no_password(password)
        return False
    return await verify_password(customer.password_hash, password)


async def _upgrade_hash(customer: Customer, password: str) -> None:
    """Once the password is known to be right, a hash made with older argon2 parameters is
    replaced by one made with today's, unless the password changed meanwhile."""
    if not needs_rehash(customer.password_hash):
        return
    upgraded = await hash_password(password)
    await Customer.filter(id=customer.id, password_hash=customer.password_hash).update(
        password_hash=upgraded
    )
    customer.password_hash = upgraded
