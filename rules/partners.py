"""Partners and their API keys. Operators create partners; keys are shown once and kept hashed."""

import secrets
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models import ApiKey, Partner
from models.enums import CooperationModel, KeyRole
from rules import audit, session_neutral
from rules.actors import Actor, PartnerActor
from rules.clock import Clock, system_clock
from rules.errors import AccountCode, InputCode, KeyCode, RuleError
from rules.hashing import digest, new_token
from rules.validation import InputCheck

API_KEY_PREFIX = "plk"
PREFIX_ALPHABET = string.ascii_letters + string.digits
PREFIX_LENGTH = 8
LAST_USED_RESOLUTION = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class IssuedApiKey:
    api_key: ApiKey
    secret: str  # shown once; only its digest is stored


async def create_partner(
    *, actor: Actor, name: str, cooperation_model: CooperationModel, clock: Clock = system_clock
) -> Partner:
    """Raises PARTNER_NAME_TAKEN and input codes."""
    with InputCheck() as check:
        name = check.text("name", name, max_length=120)
    now = clock.now()
    try:
        async with in_transaction():
            partner = await Partner.create(
                name=name, cooperation_model=cooperation_model, created_at=now
            )
            await audit.record(
                actor=actor,
                action="partner.created",
                subject=("Partner", partner.id),
                partner_id=partner.id,
                at=now,
                after=audit.snapshot(name=name, cooperation_model=cooperation_model),
            )
    except IntegrityError:
        raise RuleError.of(
            AccountCode.PARTNER_NAME_TAKEN, f"A partner named {name!r} exists.", "name"
        ) from None
    return partner


async def issue_api_key(
    *,
    actor: Actor,
    partner_id: int,
    label: str = "",
    role: KeyRole = KeyRole.ADMIN,
    expires_at: datetime | None = None,
    clock: Clock = system_clock,
) -> IssuedApiKey:
    """A new key of `role`, valid until `expires_at` (for ever without one; a time without an
    offset is UTC's). A partner issues keys only for itself. Raises PARTNER_NOT_FOUND and input
    codes (OUT_OF_RANGE for an expiry that is not in the future)."""
    now = clock.now()
    if expires_at is not None and expires_at.tzinfo is None:
        expires_at = expires_at.replace(tzinfo=UTC)
    with InputCheck() as check:
        label = check.text("label", label, min_length=0, max_length=80)
        if expires_at is not None and expires_at <= now:
            check.fail(InputCode.OUT_OF_RANGE, "The expiry must be in the future.", "expiresAt")
    # Letters and digits only: a prefix is typed on command lines, where "-x" reads as an option.
    prefix = "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))
    secret = f"{API_KEY_PREFIX}_{prefix}_{new_token(32)}"
    async with in_transaction():
        if not await Partner.exists(id=partner_id) or not _speaks_for(actor, partner_id):
            raise RuleError.of(AccountCode.PARTNER_NOT_FOUND, "No such partner.", "partnerId")
        key = await ApiKey.create(
            partner_id=partner_id,
            prefix=prefix,
            secret_hash=digest(secret),
            label=label,
            role=role,
            created_at=now,
            expires_at=expires_at,
        )
        await audit.record(
            actor=actor,
            action="api_key.issued",
            subject=("ApiKey", key.id),
            partner_id=partner_id,
            at=now,
            after=audit.snapshot(prefix=prefix, label=label, role=role, expires_at=expires_at),
        )
    return IssuedApiKey(api_key=key, secret=secret)


def _could_be_prefix(text: str) -> bool:
    return len(text) <= PREFIX_LENGTH and all(c in PREFIX_ALPHABET for c in text)


def _speaks_for(actor: Actor, partner_id: int) -> bool:
    """A partner acts on its own keys only; the operator on every partner's."""
    return not isinstance(actor, PartnerActor) or actor.partner_id == partner_id


async def revoke_api_key(*, actor: Actor, prefix: str, clock: Clock = system_clock) -> ApiKey:
    """Revoking a revoked key changes nothing. A partner revokes its own keys, but not its last
    active ADMIN key (it would lock itself out; the operator still may, for a leaked key).

    Raises API_KEY_NOT_FOUND (also for another partner's key) and LAST_ADMIN_KEY."""
    now = clock.now()
    async with in_transaction():
        # Only what a prefix can be reaches the database (PostgreSQL refuses some text outright).
        key = await ApiKey.get_or_none(prefix=prefix) if _could_be_prefix(prefix) else None
        if key is None or not _speaks_for(actor, key.partner_id):
            raise RuleError.of(KeyCode.API_KEY_NOT_FOUND, "No such API key.", "prefix")
        if key.revoked_at is None:
            if isinstance(actor, PartnerActor):
                await _keep_an_admin(key, now)
            key.revoked_at = now
            await key.save(update_fields=["revoked_at"])
            await audit.record(
                actor=actor,
                action="api_key.revoked",
                subject=("ApiKey", key.id),
                partner_id=key.partner_id,
                at=now,
                before=audit.snapshot(revoked_at=None),
                after=audit.snapshot(revoked_at=now),
            )
    return key


async def _keep_an_admin(key: ApiKey, now: datetime) -> None:
    """Refuses to revoke the partner's last active ADMIN key. The partner's row is locked first
    (on PostgreSQL), so that two admins revoking each other's keys at once run one after the
    other and the second sees the first's revocation."""
    if key.role is not KeyRole.ADMIN or _expired(key, now):
        return
    await Partner.filter(id=key.partner_id).select_for_update().first()
    admins = active_keys(key.partner_id, now).filter(role=KeyRole.ADMIN)
    if not await admins.exclude(id=key.id).exists():
        raise RuleError.of(
            KeyCode.LAST_ADMIN_KEY,
            "This is your last active ADMIN key: issue another ADMIN key before revoking it.",
            "prefix",
        )


def _expired(key: ApiKey, now: datetime) -> bool:
    return key.expires_at is not None and key.expires_at <= now


def active_keys(partner_id: int, now: datetime) -> QuerySet[ApiKey]:
    """The partner's keys that authenticate at `now`: not revoked, not expired."""
    return ApiKey.filter(
        Q(expires_at=None) | Q(expires_at__gt=now), partner_id=partner_id, revoked_at=None
    )


async def partner_for_api_key(secret: str, clock: Clock = system_clock) -> Partner | None:
    """The partner a presented key belongs to, or None for an unknown, revoked or expired key."""
    key = await live_api_key(secret, clock)
    return key.partner if key else None


async def live_api_key(secret: str, clock: Clock = system_clock) -> ApiKey | None:
    """The presented key with its partner, or None for an unknown, revoked or expired key.

    Every request presents a key, so this is one statement of fixed text (the key joined to its
    partner, looked up by the digest's unique index), read into the two models without building
    a query; a key revoked a moment ago is refused by the very next request. `last_used_at` is
    written at most once per LAST_USED_RESOLUTION, by a conditional update, so that
    authenticating mostly only reads."""
    db = ApiKey._meta.db
    _, rows = await db.execute_query(_key_statement(db.capabilities.dialect), [digest(secret)])
    if not rows:
        return None
    values = dict(rows[0])
    key = ApiKey._init_from_db(**{name: values[f"k_{name}"] for name in _columns(ApiKey)})
    partner = Partner._init_from_db(**{name: values[f"p_{name}"] for name in _columns(Partner)})
    object.__setattr__(key, "_partner", partner)  # as select_related("partner") leaves it
    now = clock.now()
    if _expired(key, now):
        return None
    stale = now - LAST_USED_RESOLUTION
    if key.last_used_at is None or key.last_used_at <= stale:
        await ApiKey.filter(Q(last_used_at=None) | Q(last_used_at__lte=stale), id=key.id).update(
            last_used_at=now
        )
    return key


def _columns(model: type[ApiKey | Partner]) -> tuple[str, ...]:
    """The model's columns, as Tortoise reads a row into it (`_init_from_db`)."""
    return tuple(sorted(model._meta.db_fields))


@cache
def _key_statement(dialect: str) -> str:
    """The key by its digest, unrevoked, with its partner: every column of both, prefixed."""
    selected = ", ".join(
        [f'k."{name}" AS "k_{name}"' for name in _columns(ApiKey)]
        + [f'p."{name}" AS "p_{name}"' for name in _columns(Partner)]
    )
    placeholder = "$1" if dialect == "postgres" else "?"
    statement = (
        f'SELECT {selected} FROM "api_key" k JOIN "partner" p ON p."id" = k."partner_id" '
        f'WHERE k."secret_hash" = {placeholder} AND k."revoked_at" IS NULL'
    )
    session_neutral.register(statement)  # sent on every request: no reset needed after it
    return statement
