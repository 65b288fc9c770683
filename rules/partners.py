"""Partners and their API keys. Operators create partners; keys are shown once and kept hashed."""

import secrets
import string
from dataclasses import dataclass
from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import ApiKey, Partner
from models.enums import CooperationModel
from rules import audit
from rules.actors import Actor
from rules.clock import Clock, system_clock
from rules.errors import AccountCode, RuleError
from rules.hashing import digest, new_token
from rules.validation import InputCheck

API_KEY_PREFIX = "plk"
PREFIX_ALPHABET = string.ascii_letters + string.digits
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
    *, actor: Actor, partner_id: int, label: str = "", clock: Clock = system_clock
) -> IssuedApiKey:
    """Raises PARTNER_NOT_FOUND and input codes."""
    with InputCheck() as check:
        label = check.text("label", label, min_length=0, max_length=80)
    now = clock.now()
    # Letters and digits only: a prefix is typed on command lines, where "-x" reads as an option.
    prefix = "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(8))
    secret = f"{API_KEY_PREFIX}_{prefix}_{new_token(32)}"
    async with in_transaction():
        if not await Partner.exists(id=partner_id):
            raise RuleError.of(AccountCode.PARTNER_NOT_FOUND, "No such partner.", "partnerId")
        key = await ApiKey.create(
            partner_id=partner_id,
            prefix=prefix,
            secret_hash=digest(secret),
            label=label,
            created_at=now,
        )
        await audit.record(
            actor=actor,
            action="api_key.issued",
            subject=("ApiKey", key.id),
            partner_id=partner_id,
            at=now,
            after=audit.snapshot(prefix=prefix, label=label),
        )
    return IssuedApiKey(api_key=key, secret=secret)


async def revoke_api_key(*, actor: Actor, prefix: str, clock: Clock = system_clock) -> ApiKey:
    """Revoking a revoked key changes nothing. Raises API_KEY_NOT_FOUND."""
    now = clock.now()
    async with in_transaction():
        key = await ApiKey.get_or_none(prefix=prefix)
        if key is None:
            raise RuleError.of(AccountCode.API_KEY_NOT_FOUND, "No such API key.", "prefix")
        if key.revoked_at is None:
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


async def partner_for_api_key(secret: str, clock: Clock = system_clock) -> Partner | None:
    """The partner a presented key belongs to, or None for an unknown or revoked key.

    `last_used_at` is written at most once per LAST_USED_RESOLUTION, by a conditional update,
    so that authenticating mostly only reads."""
    key = await ApiKey.get_or_none(secret_hash=digest(secret), revoked_at=None).select_related(
        "partner"
    )
    if key is None:
        return None
    now = clock.now()
    stale = now - LAST_USED_RESOLUTION
    if key.last_used_at is None or key.last_used_at <= stale:
        await ApiKey.filter(Q(last_used_at=None) | Q(last_used_at__lte=stale), id=key.id).update(
            last_used_at=now
        )
    return key.partner
