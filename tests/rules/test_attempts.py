"""Failed attempts at secrets, per account and per client address, in the database and in Redis."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from models import AttemptCounter, Customer, Invitation
from models.enums import InvitationKind
from rules.actors import Actor, OperatorActor, PartnerActor
from rules.attempts import (
    CODE_PER_ADDRESS,
    INVITEE_LOOKUP_PER_PARTNER,
    LOGIN_PER_ACCOUNT,
    LOGIN_PER_ADDRESS,
    AttemptStore,
    DatabaseAttempts,
    count_refused_document,
    reset_attempts,
)
from rules.clock import FakeClock
from rules.customers import Registration, register_customer
from rules.email_codes import check_email_code, request_email_code
from rules.errors import InvitationCode, LoginCode, LookupCode, RuleError, VerificationCode
from rules.invitations import create_invitation
from rules.sessions import login, login_subjects
from rules.sessions import login as login_as
from tests.builders import Builders
from tests.redis_support import redis_attempts
from tests.rules.mailbox import Outbox

WINDOW = timedelta(minutes=15)
PASSWORD = "correct horse battery"
ADDRESS = "203.0.113.7"


@pytest.fixture(params=["database", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[AttemptStore]:
    if request.param == "database":
        yield DatabaseAttempts()
        return
    async with redis_attempts() as redis_store:
        yield redis_store


async def registered(name: str = "ada") -> Customer:
    return await register_customer(
        Registration(
            account_name=name, email=f"{name}@example.com", password=PASSWORD, country="GB"
        )
    )


async def login_refusal(
    store: AttemptStore,
    clock: FakeClock,
    *,
    login: str,
    password: str = "wrong",
    address: str | None = None,
) -> list[object]:
    with pytest.raises(RuleError) as refused:
        await login_as(login=login, password=password, clock=clock, attempts=store, address=address)
    return list(refused.value.codes)


async def test_a_count_grows_in_its_window_and_starts_over_in_the_next(
    store: AttemptStore, clock: FakeClock
) -> None:
    clock.set(clock.now().replace(minute=0))
    assert await store.hit("k", WINDOW, clock.now()) == 1
    clock.advance(WINDOW - timedelta(seconds=1))
    assert await store.hit("k", WINDOW, clock.now(), amount=5) == 6
    clock.advance(timedelta(seconds=1))

    assert await store.hit("k", WINDOW, clock.now()) == 1
    assert await store.hit("other", WINDOW, clock.now()) == 1


async def test_giving_back_never_goes_below_zero(store: AttemptStore, clock: FakeClock) -> None:
    await store.hit("k", WINDOW, clock.now())
    await store.give_back("k", WINDOW, clock.now())
    await store.give_back("k", WINDOW, clock.now())
    await store.give_back("never-hit", WINDOW, clock.now())

    assert await store.hit("k", WINDOW, clock.now()) == 1
    assert await store.hit("never-hit", WINDOW, clock.now()) == 1


async def test_an_account_is_refused_after_ten_failed_logins_even_with_the_password(
    store: AttemptStore, clock: FakeClock
) -> None:
    await registered()
    for _ in range(LOGIN_PER_ACCOUNT.max_failures):
        assert await login_refusal(store, clock, login="ada") == [LoginCode.INVALID_CREDENTIALS]

    refused = await login_refusal(store, clock, login="ADA@example.com", password=PASSWORD)

    assert refused == [LoginCode.TOO_MANY_LOGIN_ATTEMPTS]
    clock.advance(LOGIN_PER_ACCOUNT.window)
    customer, _ = await login(login="ada", password=PASSWORD, clock=clock, attempts=store)
    assert customer.account_name == "ada"


async def test_a_right_login_is_not_a_failure(store: AttemptStore, clock: FakeClock) -> None:
    customer = await registered()
    limit = LOGIN_PER_ACCOUNT
    await store.hit(limit.key(f"customer:{customer.id}"), limit.window, clock.now(), 9)

    await login(login="ada", password=PASSWORD, clock=clock, attempts=store)
    await login(login="ada", password=PASSWORD, clock=clock, attempts=store)

    assert await login_refusal(store, clock, login="ada") == [LoginCode.INVALID_CREDENTIALS]
    assert await login_refusal(store, clock, login="ada") == [LoginCode.TOO_MANY_LOGIN_ATTEMPTS]


async def test_an_unknown_account_is_limited_like_a_known_one(
    store: AttemptStore, clock: FakeClock
) -> None:
    limit = LOGIN_PER_ACCOUNT
    await store.hit(limit.key("login:nobody"), limit.window, clock.now(), limit.max_failures)

    assert await login_refusal(store, clock, login="nobody") == [LoginCode.TOO_MANY_LOGIN_ATTEMPTS]


async def test_an_address_is_refused_after_fifty_failures_whatever_the_account(
    store: AttemptStore, clock: FakeClock
) -> None:
    await registered()
    limit = LOGIN_PER_ADDRESS
    await store.hit(limit.key(ADDRESS), limit.window, clock.now(), limit.max_failures)

    from_there = await login_refusal(store, clock, login="ada", password=PASSWORD, address=ADDRESS)
    customer, _ = await login(
        login="ada", password=PASSWORD, clock=clock, attempts=store, address="198.51.100.1"
    )

    assert from_there == [LoginCode.TOO_MANY_LOGIN_ATTEMPTS]
    assert customer.account_name == "ada"


async def test_wrong_codes_from_one_address_are_limited_across_emails(
    store: AttemptStore, clock: FakeClock
) -> None:
    outbox = Outbox()
    await request_email_code(email="new@example.com", clock=clock, notifier=outbox)
    code = outbox.last_code()
    limit = CODE_PER_ADDRESS
    await store.hit(limit.key(ADDRESS), limit.window, clock.now(), limit.max_failures)

    with pytest.raises(RuleError) as refused:
        await check_email_code(
            email="new@example.com", code=code, clock=clock, address=ADDRESS, attempts=store
        )
    verified = await check_email_code(
        email="new@example.com", code=code, clock=clock, address="198.51.100.1", attempts=store
    )

    assert [(p.code, p.field) for p in refused.value.problems] == [
        (VerificationCode.TOO_MANY_ATTEMPTS, "code")
    ]
    assert verified.email == "new@example.com"


async def test_a_refused_document_counts_each_attempt_for_the_address(
    store: AttemptStore, clock: FakeClock
) -> None:
    await count_refused_document(
        store, address=ADDRESS, logins=1000, registrations=3, now=clock.now()
    )

    assert await store.hit(LOGIN_PER_ADDRESS.key(ADDRESS), WINDOW, clock.now()) == 1001
    assert await store.hit(CODE_PER_ADDRESS.key(ADDRESS), timedelta(hours=1), clock.now()) == 4


async def test_old_counters_are_purged_when_new_ones_are_made(clock: FakeClock) -> None:
    store = DatabaseAttempts()
    await store.hit("old", WINDOW, clock.now())
    clock.advance(timedelta(days=2))

    await store.hit("new", WINDOW, clock.now())

    assert [row.key for row in await AttemptCounter.all()] == ["new"]


async def invite_by_name(
    store: AttemptStore, clock: FakeClock, partner_id: int, name: str, actor: Actor | None = None
) -> list[object]:
    """The codes of a refused online invitation, or [] when it was created."""
    try:
        await create_invitation(
            actor=actor or PartnerActor(partner_id),
            partner_id=partner_id,
            kind=InvitationKind.ONLINE,
            invitee_account_name=name,
            clock=clock,
            attempts=store,
        )
    except RuleError as refusal:
        return list(refusal.codes)
    return []


async def test_a_partner_cannot_probe_account_names_without_end(
    store: AttemptStore, clock: FakeClock, build: Builders
) -> None:
    partner, other = await build.partner(), await build.partner()
    known = await registered("grace")
    limit = INVITEE_LOOKUP_PER_PARTNER.max_failures

    for n in range(limit):
        assert await invite_by_name(store, clock, partner.id, f"nobody{n}") == [
            InvitationCode.INVITEE_NOT_FOUND
        ]
    assert await invite_by_name(store, clock, partner.id, "nobody-else") == [
        LookupCode.TOO_MANY_INVITEE_LOOKUPS
    ]
    # Over the limit, a name that exists is refused alike: the answer tells nothing.
    assert await invite_by_name(store, clock, partner.id, known.account_name) == [
        LookupCode.TOO_MANY_INVITEE_LOOKUPS
    ]
    assert not await Invitation.exists(partner_id=partner.id)
    # Another partner has a count of its own; the operator is not limited.
    assert await invite_by_name(store, clock, other.id, known.account_name) == []
    assert await invite_by_name(store, clock, partner.id, known.account_name, OperatorActor()) == []

    clock.advance(INVITEE_LOOKUP_PER_PARTNER.window)
    assert await invite_by_name(store, clock, partner.id, known.account_name) == []


async def test_names_found_do_not_count_as_lookups(
    store: AttemptStore, clock: FakeClock, build: Builders
) -> None:
    partner = await build.partner()
    names = [(await registered(f"user{n}")).account_name for n in range(3)]
    limit = INVITEE_LOOKUP_PER_PARTNER.max_failures

    for n in range(limit - 1):
        await invite_by_name(store, clock, partner.id, f"nobody{n}")
    for name in names:
        assert await invite_by_name(store, clock, partner.id, name) == []
    assert await invite_by_name(store, clock, partner.id, "nobody-last") == [
        InvitationCode.INVITEE_NOT_FOUND
    ]


async def test_resetting_an_address_lets_its_logins_and_codes_in_again(
    store: AttemptStore, clock: FakeClock
) -> None:
    await registered()
    for limit in (LOGIN_PER_ADDRESS, CODE_PER_ADDRESS):
        await store.hit(limit.key(ADDRESS), limit.window, clock.now(), limit.max_failures)
    other = LOGIN_PER_ADDRESS.key("198.51.100.1")
    await store.hit(other, WINDOW, clock.now(), 7)
    assert await login_refusal(store, clock, login="ada", password=PASSWORD, address=ADDRESS) == [
        LoginCode.TOO_MANY_LOGIN_ATTEMPTS
    ]

    deleted = await reset_attempts(store, address=ADDRESS)

    assert deleted == 2
    customer, _ = await login(
        login="ada", password=PASSWORD, clock=clock, attempts=store, address=ADDRESS
    )
    assert customer.account_name == "ada"
    assert await store.hit(CODE_PER_ADDRESS.key(ADDRESS), CODE_PER_ADDRESS.window, clock.now()) == 1
    assert await store.hit(other, WINDOW, clock.now()) == 8  # another address keeps its count


async def test_resetting_an_account_forgets_it_by_name_and_as_typed_in_every_window(
    store: AttemptStore, clock: FakeClock
) -> None:
    customer = await registered()
    limit = LOGIN_PER_ACCOUNT
    await store.hit(limit.key(f"customer:{customer.id}"), limit.window, clock.now(), 10)
    await store.hit(limit.key("login:ada"), limit.window, clock.now() - WINDOW, 3)
    await store.hit(limit.key("login:ada:x"), limit.window, clock.now(), 4)  # a subject of its own

    deleted = await reset_attempts(store, login_subjects=await login_subjects("ADA@example.com"))

    assert deleted == 1
    assert await login_subjects("ada") == [f"customer:{customer.id}", "login:ada"]
    assert await login_subjects("ghost") == ["login:ghost"]
    deleted = await reset_attempts(store, login_subjects=await login_subjects("ada"))
    assert deleted == 1  # the count typed before the account existed, in an earlier window
    customer_again, _ = await login(login="ada", password=PASSWORD, clock=clock, attempts=store)
    assert customer_again.id == customer.id
    assert await store.hit(limit.key("login:ada:x"), limit.window, clock.now()) == 5


async def test_resetting_without_a_subject_forgets_every_count(
    store: AttemptStore, clock: FakeClock
) -> None:
    await store.hit(LOGIN_PER_ADDRESS.key(ADDRESS), WINDOW, clock.now(), 50)
    await store.hit(INVITEE_LOOKUP_PER_PARTNER.key("7"), timedelta(hours=1), clock.now(), 20)

    assert await reset_attempts(store) == 2

    assert await store.hit(LOGIN_PER_ADDRESS.key(ADDRESS), WINDOW, clock.now()) == 1
    assert await reset_attempts(store, partner_id=7) == 0
