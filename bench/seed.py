"""Benchmark data, written in-process through the models and the rules (as tests/builders.py does),
and the 1,000,000-customer data set, written by PostgreSQL itself (INSERT ... SELECT
generate_series) into the tables the migrations made."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import asyncpg
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.context import TortoiseContext
from tortoise.transactions import in_transaction

from app.database import connection_config, tortoise_config
from models import Customer, Partner
from models.enums import (
    AccountType,
    AuthorizationScope,
    BudgetKind,
    CooperationModel,
    FreezeType,
    InvitationKind,
    Site,
)
from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.associations import AssociateInput, associate
from rules.authorizations import request_authorization
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.freezes import freeze
from rules.hashing import digest, hash_password
from rules.invitations import create_invitation
from rules.partners import issue_api_key
from rules.sessions import start_session

_serial = itertools.count(1)


def _unique() -> str:
    return f"{uuid.uuid4().hex[:8]}{next(_serial)}"


@asynccontextmanager
async def tortoise(database_url: str) -> AsyncIterator[None]:
    """Tortoise on `database_url` in this process, for the time of the block."""
    EXECUTOR_CACHE.clear()
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(database_url))
        yield
    EXECUTOR_CACHE.clear()


@dataclass(frozen=True)
class Dashboard:
    partner_id: int
    api_key: str
    customers: int


async def dashboard_partner(count: int) -> Dashboard:
    """A reseller partner and its key, with `count` associated customers a minute apart, each
    with a budget, a freeze and a pending authorization request (the dashboard test's data)."""
    clock = FakeClock(datetime.now(UTC) - timedelta(days=2))
    partner = await Partner.create(
        name=f"Bench dashboard {_unique()}",
        cooperation_model=CooperationModel.RESELLER,
        created_at=clock.now(),
    )
    key = await issue_api_key(actor=OperatorActor(), partner_id=partner.id)
    actor = PartnerActor(partner.id)
    for _ in range(count):
        customer, token = await newcomer(partner.id, clock)
        await associate(
            actor=CustomerActor(customer.id), request=complete_steps(token), clock=clock
        )
        await set_budget(
            actor=actor, customer_id=customer.id, kind=BudgetKind.MONTHLY, amount="10", clock=clock
        )
        await freeze(
            actor=actor, customer_id=customer.id, freeze_type=FreezeType.ACCOUNT, clock=clock
        )
        await request_authorization(
            actor=actor,
            customer_id=customer.id,
            scopes=[AuthorizationScope.PLACE_ORDERS],
            clock=clock,
        )
        clock.advance(timedelta(minutes=1))
    return Dashboard(partner.id, key.secret, count)


async def newcomer(
    partner_id: int, clock: FakeClock, password_hash: str = "not-a-real-hash"
) -> tuple[Customer, str]:
    """A customer registered an hour ago through a link invitation of its own, and the token."""
    created = await create_invitation(
        actor=PartnerActor(partner_id), partner_id=partner_id, kind=InvitationKind.LINK, clock=clock
    )
    n = _unique()
    customer = await Customer.create(
        account_name=f"bench{n}",
        email=f"bench{n}@example.com",
        password_hash=password_hash,
        site=Site.INTERNATIONAL,
        country="DE",
        account_type=AccountType.INDIVIDUAL,
        registered_at=clock.now() - timedelta(hours=1),
        registered_via_invitation_id=created.invitation.id,
    )
    return customer, created.token


def complete_steps(token: str) -> AssociateInput:
    return AssociateInput(
        token=token,
        accept_reseller_instructions=True,
        billing_country="DE",
        accept_customer_agreement=True,
    )


@dataclass(frozen=True)
class Newcomer:
    invitation_token: str
    session_token: str


async def newcomers(count: int) -> list[Newcomer]:
    """`count` fresh customers of one reseller partner, each with its own link invitation and a
    session, ready to call `associate`."""
    clock = FakeClock(datetime.now(UTC))
    partner = await Partner.create(
        name=f"Bench associate {_unique()}",
        cooperation_model=CooperationModel.RESELLER,
        created_at=clock.now(),
    )
    made = []
    async with in_transaction():
        for _ in range(count):
            customer, token = await newcomer(partner.id, clock)
            _, session = await start_session(customer.id)
            made.append(Newcomer(token, session))
    return made


@dataclass(frozen=True)
class Login:
    login: str
    password: str
    invitation_token: str


async def login_account() -> Login:
    """A customer with a real argon2 password, and a link invitation anyone may look up."""
    clock = FakeClock(datetime.now(UTC))
    partner = await Partner.create(
        name=f"Bench login {_unique()}",
        cooperation_model=CooperationModel.REFERRAL,
        created_at=clock.now(),
    )
    password = "correct horse battery staple"
    customer, token = await newcomer(partner.id, clock, await hash_password(password))
    return Login(customer.account_name, password, token)


# --- 1,000,000 customers -------------------------------------------------------------------------

BIG_API_KEY = "plk_benchbig_" + "k" * 40


async def pg_connect(database_url: str) -> asyncpg.Connection:
    credentials = connection_config(database_url)["credentials"]
    return await asyncpg.connect(
        host=credentials["host"],
        port=credentials["port"],
        user=credentials["user"],
        password=credentials["password"],
        database=credentials["database"],
    )


BULK_SQL = """
INSERT INTO partner (name, cooperation_model, created_at)
    VALUES ('Bench million', 'RESELLER', '2024-01-01T00:00:00Z');
INSERT INTO api_key (prefix, secret_hash, label, created_at, partner_id)
    SELECT 'benchbig', '{key_hash}', 'bench', now(), id FROM partner WHERE name = 'Bench million';
INSERT INTO invitation (model, kind, token_hash, created_at, expires_at, max_uses, use_count,
                        partner_id)
    SELECT 'RESELLER', 'LINK', 'bench-million', now(), now() + interval '30 days', NULL, {n}, id
    FROM partner WHERE name = 'Bench million';
INSERT INTO customer (id, account_name, email, password_hash, site, country, account_type,
                      registered_at, registered_via_invitation_id, billing_country,
                      agreement_accepted_at)
    SELECT i, 'big' || i, 'big' || i || '@example.com', 'not-a-real-hash', 'INTERNATIONAL',
           'DE', 'INDIVIDUAL', timestamptz '2024-01-01T00:00:00Z' + i * interval '1 minute',
           (SELECT id FROM invitation WHERE token_hash = 'bench-million'), 'DE',
           timestamptz '2024-01-01T00:00:00Z' + i * interval '1 minute'
    FROM generate_series(1, {n}) AS i;
SELECT setval(pg_get_serial_sequence('customer', 'id'), {n});
INSERT INTO association (id, model, instructions_version, associated_at, customer_id,
                         invitation_id, partner_id, active_customer_id)
    SELECT i, 'RESELLER', '2024-08-29',
           timestamptz '2024-01-01T00:00:00Z' + i * interval '1 minute' + interval '30 seconds',
           i, (SELECT id FROM invitation WHERE token_hash = 'bench-million'),
           (SELECT id FROM partner WHERE name = 'Bench million'), i
    FROM generate_series(1, {n}) AS i;
SELECT setval(pg_get_serial_sequence('association', 'id'), {n});
INSERT INTO budget (kind, amount, exhaustion_action, created_at, updated_at, customer_id,
                    association_id)
    SELECT 'MONTHLY', 100000, 'MANUAL', now(), now(), i, i
    FROM generate_series(1, {n}) AS i WHERE i % 2 = 0;
INSERT INTO "freeze" (reason, freeze_type, active_key, note, frozen_at, customer_id, partner_id)
    SELECT 'PARTNER', 'ACCOUNT', i || ':PARTNER', '', now(), i,
           (SELECT id FROM partner WHERE name = 'Bench million')
    FROM generate_series(1, {n}) AS i WHERE i % 3 = 0;
INSERT INTO "authorization" (scopes, state, source, open_key, requested_at, customer_id,
                             partner_id)
    SELECT '["PLACE_ORDERS"]', 'PENDING', 'PARTNER_REQUEST', p.id || ':' || i, now(), i, p.id
    FROM generate_series(1, {n}) AS i, (SELECT id FROM partner WHERE name = 'Bench million') p
    WHERE i % 5 = 0;
"""


async def million(database_url: str, n: int) -> tuple[float, bool]:
    """Fill the (migrated) database with `n` customers of one partner, unless it already holds
    them; returns the seconds it took and whether it wrote anything. Half the associations have a
    budget, a third of the customers a freeze, a fifth a pending letter."""
    conn = await pg_connect(database_url)
    try:
        have = await conn.fetchval("SELECT count(*) FROM customer")
        if have == n:
            return 0.0, False
        if have:
            raise RuntimeError(f"{database_url} holds {have} customers, not {n}: drop it")
        began = time.perf_counter()
        async with conn.transaction():
            await conn.execute(BULK_SQL.format(n=n, key_hash=digest(BIG_API_KEY)))
        await conn.execute("VACUUM ANALYZE")
        return time.perf_counter() - began, True
    finally:
        await conn.close()


async def row_at(database_url: str, position: int) -> tuple[datetime, int]:
    """The sort key (associated_at, id) of the partner's association at `position` (1-based)
    in the dashboard's default order."""
    conn = await pg_connect(database_url)
    try:
        row = await conn.fetchrow(
            "SELECT associated_at, id FROM association ORDER BY associated_at, id "
            "OFFSET $1 LIMIT 1",
            position - 1,
        )
        return row["associated_at"], row["id"]
    finally:
        await conn.close()
