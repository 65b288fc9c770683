"""What each role of a partner's API key may do, and the keys a partner sees.

Roles are ranked: READ < MANAGE < ADMIN, each allowing what the one below it does. Which role an
operation needs is declared where operations are named (`schema.roles`); the ranking is here.
Issuing and revoking keys are in `rules.partners`, shared with the operator's command line.
"""

from enum import StrEnum

from models import ApiKey
from models.enums import KeyRole
from rules.actors import PartnerActor
from rules.clock import Clock, system_clock

_RANK = {KeyRole.READ: 0, KeyRole.MANAGE: 1, KeyRole.ADMIN: 2}


class KeyState(StrEnum):
    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"
    REVOKED = "REVOKED"


def allows(held: KeyRole, needed: KeyRole) -> bool:
    """Whether a key of role `held` may do what needs `needed`."""
    return _RANK[held] >= _RANK[needed]


def key_state(key: ApiKey, clock: Clock = system_clock) -> KeyState:
    if key.revoked_at is not None:
        return KeyState.REVOKED
    if key.expires_at is not None and key.expires_at <= clock.now():
        return KeyState.EXPIRED
    return KeyState.ACTIVE


async def keys_of(actor: PartnerActor) -> list[ApiKey]:
    """The partner's keys, revoked and expired ones included, newest first."""
    keys: list[ApiKey] = await ApiKey.filter(partner_id=actor.partner_id).order_by("-id")
    return keys
