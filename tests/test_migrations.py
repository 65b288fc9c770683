"""The aerich migrations build the models' schema on an empty database of each dialect."""

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.database import Dialect
from app.migrations import (
    migration_files,
    pending_changes,
    postgres_admin_url,
    postgres_reachable,
    scratch_database,
    unapplied_migrations,
    upgrade,
)
from models import Association, Customer, Invitation, Partner
from models.enums import CooperationModel, InvitationKind, Site

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
async def empty_database(dialect: Dialect) -> AsyncIterator[str]:
    """A second, empty database of the session's dialect. (Tortoise 1.x cannot mix dialects
    in one process; the other dialect is checked in a subprocess below.)"""
    async with scratch_database(dialect, postgres_admin_url()) as url:
        yield url


async def test_upgrade_builds_an_empty_database_and_then_does_nothing(
    empty_database: str, dialect: Dialect
) -> None:
    assert migration_files(dialect), "no migration for this dialect"
    assert await upgrade(empty_database) == migration_files(dialect)
    assert await upgrade(empty_database) == []
    assert await unapplied_migrations(empty_database) == []
    assert await pending_changes(empty_database) == []


async def test_an_empty_database_has_pending_migrations(empty_database: str) -> None:
    assert await unapplied_migrations(empty_database) != []
    assert await pending_changes(empty_database) != []


def test_both_dialects_have_the_same_migrations() -> None:
    def names(dialect: Dialect) -> list[str]:
        return [f.split("_", 2)[2] for f in migration_files(dialect)]

    assert names("sqlite") == names("postgres")


@pytest.mark.parametrize("other", ["sqlite", "postgres"])
def test_the_other_dialect_migrations_match_the_models(dialect: Dialect, other: Dialect) -> None:
    if other == dialect:
        pytest.skip("checked in-process by the test above")
    if other == "postgres" and not os.environ.get("CI"):
        import asyncio

        if not asyncio.run(postgres_reachable(postgres_admin_url())):
            pytest.skip("PostgreSQL unreachable (set CI to make this a failure)")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "check-migrations", "--dialect", other],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "migrations match the models" in result.stdout


# --- constraints the database enforces ---------------------------------------------------------


async def partner(name: str = "Acme") -> Partner:
    return await Partner.create(
        name=name, cooperation_model=CooperationModel.RESELLER, created_at=NOW
    )


async def customer(name: str = "alice", email: str = "alice@example.com") -> Customer:
    return await Customer.create(
        account_name=name,
        email=email,
        password_hash="x",
        site=Site.INTERNATIONAL,
        country="DE",
        registered_at=NOW,
    )


async def invitation(owner: Partner, token_hash: str = "a" * 64) -> Invitation:
    return await Invitation.create(
        partner=owner,
        model=CooperationModel.RESELLER,
        kind=InvitationKind.LINK,
        token_hash=token_hash,
        created_at=NOW,
        expires_at=NOW + timedelta(days=30),
    )


async def associate(owner: Partner, who: Customer, via: Invitation) -> Association:
    return await Association.create(
        partner=owner,
        customer=who,
        active_customer=who,
        model=CooperationModel.RESELLER,
        invitation=via,
        associated_at=NOW,
    )


async def test_one_active_association_per_customer() -> None:
    first, second = await partner("First"), await partner("Second")
    alice = await customer()
    first_link = await invitation(first, "a" * 64)
    second_link = await invitation(second, "b" * 64)
    old = await associate(first, alice, first_link)
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await associate(second, alice, second_link)
    old.active_customer = None
    old.dissolved_at = NOW
    await old.save()
    await associate(second, alice, second_link)
    assert await Association.filter(customer=alice).count() == 2


async def test_account_name_is_unique() -> None:
    await customer("alice", "alice@example.com")
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await customer("alice", "other@example.com")


async def test_email_is_unique() -> None:
    await customer("alice", "alice@example.com")
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await customer("bob", "alice@example.com")


async def test_invitation_token_hash_is_unique() -> None:
    acme = await partner()
    await invitation(acme, "c" * 64)
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await invitation(acme, "c" * 64)


async def test_foreign_keys_are_enforced() -> None:
    with pytest.raises(IntegrityError):
        async with in_transaction():
            await Invitation.create(
                partner_id=999_999,
                model=CooperationModel.RESELLER,
                kind=InvitationKind.LINK,
                token_hash="d" * 64,
                created_at=NOW,
                expires_at=NOW,
            )
