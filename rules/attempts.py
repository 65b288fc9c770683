"""Limits on guessing secrets: failed logins and emailed-code tries, per account and per client
address, so that neither one account nor one address can be guessed at without end.

| Limit | Failures allowed | Window | Refused with |
| --- | --- | --- | --- |
| `LOGIN_PER_ACCOUNT` | 10 | 15 minutes | TOO_MANY_LOGIN_ATTEMPTS |
| `LOGIN_PER_ADDRESS` | 50 | 15 minutes | TOO_MANY_LOGIN_ATTEMPTS |
| `CODE_PER_ADDRESS` | 30 | 1 hour | TOO_MANY_ATTEMPTS |
| `INVITEE_LOOKUP_PER_PARTNER` | 20 | 1 hour | TOO_MANY_INVITEE_LOOKUPS |

(The emailed code's own limits, per code and per email address, are `rules.email_codes`'.)

An online invitation names an existing account, and a name that does not exist is refused
(INVITEE_NOT_FOUND): without a limit, a partner could learn which account names exist by
inviting them. Names not found count against the partner's limit; once over it, every online
invitation is refused before the name is looked up, found or not.

Windows are fixed: each begins at a multiple of its length since the epoch (UTC), so a window is
one counter that a store can keep and expire simply. A try is counted before the secret is
compared and given back when it proves right: only failures stay counted, and concurrent tries
cannot slip past a limit together. Once a limit is reached, further tries are refused without
being compared, and still counted. The account of a login is the account found for the name or
email typed, or the text typed when there is none, so that unknown and known accounts are limited
(and answered) alike.

A GraphQL document refused before it runs (a batch, too large, too many tokens, aliases or
levels) counts one failed try for the address per `login` or `register` field in it
(`count_refused_document`): splitting a thousand guesses into a refused form must cost what
sending them would.

The counts live behind `AttemptStore`: `DatabaseAttempts` (the default, a row per limit and
subject with conditional updates) or, when `REDIS_URL` is set, Redis (`app.attempt_store`), so
that several workers share them.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models import AttemptCounter
from rules.errors import LoginCode, LookupCode, RuleError, VerificationCode

PURGE_AFTER = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Limit:
    name: str
    max_failures: int
    window: timedelta

    def key(self, subject: str) -> str:
        return f"{self.name}:{subject}"


LOGIN_PER_ACCOUNT = Limit("login:account", 10, timedelta(minutes=15))
LOGIN_PER_ADDRESS = Limit("login:address", 50, timedelta(minutes=15))
CODE_PER_ADDRESS = Limit("code:address", 30, timedelta(hours=1))
INVITEE_LOOKUP_PER_PARTNER = Limit("invitee:partner", 20, timedelta(hours=1))


class AttemptStore(Protocol):
    async def hit(self, key: str, window: timedelta, now: datetime, amount: int = 1) -> int:
        """Adds `amount` to the count of `key` in the window holding `now`; the new count."""
        ...

    async def give_back(self, key: str, window: timedelta, now: datetime) -> None:
        """Takes one back from the count of `key` in the window holding `now`, if above 0."""
        ...

    async def forget(self, keys: Iterable[str] | None) -> int:
        """Deletes the counts of `keys` in every window, or every count when None; how many."""
        ...


def window_start(now: datetime, window: timedelta) -> datetime:
    seconds = int(window.total_seconds())
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, UTC)


class DatabaseAttempts:
    """Counts in the `attempt_counter` table: one row per key, holding its current window.

    Counted in a transaction of its own, or in a savepoint of the caller's: callers count before
    opening theirs (as `rules.sessions.login` and `rules.customers.register_with_code` do), so
    that a count never rolls back with a refused request."""

    async def hit(self, key: str, window: timedelta, now: datetime, amount: int = 1) -> int:
        start = window_start(now, window)
        async with in_transaction():
            for _ in range(3):
                if await self._add(key, start, amount):
                    break
            found = await AttemptCounter.get_or_none(key=key, window_start=start)
        return found.count if found is not None else amount

    async def give_back(self, key: str, window: timedelta, now: datetime) -> None:
        start = window_start(now, window)
        await AttemptCounter.filter(key=key, window_start=start, count__gt=0).update(
            count=F("count") - 1
        )

    async def forget(self, keys: Iterable[str] | None) -> int:
        rows = AttemptCounter.all() if keys is None else AttemptCounter.filter(key__in=list(keys))
        deleted: int = await rows.delete()
        return deleted

    async def _add(self, key: str, start: datetime, amount: int) -> bool:
        """The database decides between concurrent tries: conditional updates, then an insert
        that the unique key lets only one of them make."""
        current = AttemptCounter.filter(key=key, window_start=start)
        if await current.update(count=F("count") + amount):
            return True
        stale = AttemptCounter.filter(key=key, window_start__lt=start)
        if await stale.update(window_start=start, count=amount):
            return True
        await AttemptCounter.filter(window_start__lt=start - PURGE_AFTER).delete()
        try:
            async with in_transaction():
                await AttemptCounter.create(key=key, window_start=start, count=amount)
        except IntegrityError:  # a concurrent try made the row: count on it
            return False
        return True


database_attempts: AttemptStore = DatabaseAttempts()


@dataclass
class Tries:
    """One try counted against some limits: `refused` when any of them was passed."""

    store: AttemptStore
    now: datetime
    refused: bool = False
    counted: list[tuple[Limit, str]] = field(default_factory=list)

    async def forgive(self) -> None:
        """The secret proved right: the try was no failure."""
        for limit, subject in self.counted:
            await self.store.give_back(limit.key(subject), limit.window, self.now)


async def count_try(
    store: AttemptStore, limits: Iterable[tuple[Limit, str | None]], now: datetime
) -> Tries:
    """Counts one try against each limit whose subject is known."""
    tries = Tries(store, now)
    for limit, subject in limits:
        if subject is None:
            continue
        count = await store.hit(limit.key(subject), limit.window, now)
        tries.counted.append((limit, subject))
        tries.refused = tries.refused or count > limit.max_failures
    return tries


async def count_login_try(
    store: AttemptStore, *, account: str, address: str | None, now: datetime
) -> Tries:
    """Raises TOO_MANY_LOGIN_ATTEMPTS once the account or the address is over its limit."""
    limits = [(LOGIN_PER_ACCOUNT, account), (LOGIN_PER_ADDRESS, address)]
    tries = await count_try(store, limits, now)
    if tries.refused:
        raise RuleError.of(
            LoginCode.TOO_MANY_LOGIN_ATTEMPTS,
            "Too many failed logins: wait 15 minutes before trying again.",
        )
    return tries


async def count_code_try(
    store: AttemptStore, *, address: str | None, now: datetime, field: str
) -> Tries:
    """Raises TOO_MANY_ATTEMPTS once the address is over its limit of wrong codes."""
    tries = await count_try(store, [(CODE_PER_ADDRESS, address)], now)
    if tries.refused:
        raise RuleError.of(
            VerificationCode.TOO_MANY_ATTEMPTS,
            "Too many wrong codes from this address: wait an hour before trying again.",
            field,
        )
    return tries


async def count_invitee_lookup(store: AttemptStore, *, partner_id: int, now: datetime) -> Tries:
    """Raises TOO_MANY_INVITEE_LOOKUPS once the partner is over its limit of names not found."""
    tries = await count_try(store, [(INVITEE_LOOKUP_PER_PARTNER, str(partner_id))], now)
    if tries.refused:
        raise RuleError.of(
            LookupCode.TOO_MANY_INVITEE_LOOKUPS,
            "Too many account names not found: wait an hour before inviting by name again.",
            "inviteeAccountName",
        )
    return tries


async def reset_attempts(
    store: AttemptStore,
    *,
    address: str | None = None,
    login_subjects: Sequence[str] = (),
    partner_id: int | None = None,
) -> int:
    """Forgets the failures counted against a client address (logins and wrong codes), against
    the account of a login (`rules.sessions.login_subjects`) and against a partner's invitee
    lookups, in every window; with none of them, every count of every limit. For developers
    locked out by their own tests and for operators helping a customer: the limits start again.
    Returns how many counts were deleted."""
    keys = [limit.key(address) for limit in (LOGIN_PER_ADDRESS, CODE_PER_ADDRESS) if address]
    keys += [LOGIN_PER_ACCOUNT.key(subject) for subject in login_subjects]
    if partner_id is not None:
        keys.append(INVITEE_LOOKUP_PER_PARTNER.key(str(partner_id)))
    everything = address is None and not login_subjects and partner_id is None
    return await store.forget(None if everything else keys)


async def count_refused_document(
    store: AttemptStore, *, address: str | None, logins: int, registrations: int, now: datetime
) -> None:
    """Counts the login and registration tries of a document refused before it ran."""
    if address is None:
        return
    for limit, amount in ((LOGIN_PER_ADDRESS, logins), (CODE_PER_ADDRESS, registrations)):
        if amount > 0:
            await store.hit(limit.key(address), limit.window, now, amount)
