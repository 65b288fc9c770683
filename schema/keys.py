"""A partner's API keys over GraphQL: what an ADMIN key reads and changes."""

from datetime import datetime

import strawberry

import models
from models.enums import KeyRole
from rules.api_keys import KeyState, key_state
from rules.clock import Clock
from rules.errors import InputCode, KeyCode
from schema.errors import error_type, errors_field

strawberry.enum(
    KeyRole,
    description="READ: queries only. MANAGE: also invitations, budgets, "
    "freezes, orders and authorization requests. ADMIN: everything, the partner's keys included.",
)
strawberry.enum(KeyState, description="ACTIVE keys authenticate; EXPIRED and REVOKED ones do not.")

IssueApiKeyError = error_type("IssueApiKeyError", InputCode, description="Why no key was issued.")
RevokeApiKeyError = error_type(
    "RevokeApiKeyError", KeyCode, description="Why the key was not revoked."
)


@strawberry.type(description="One of the partner's API keys. Its secret is never shown again.")
class ApiKey:
    prefix: str = strawberry.field(description="The 8 characters after `plk_`: names the key.")
    label: str
    role: KeyRole
    state: KeyState
    created_at: datetime
    last_used_at: datetime | None = strawberry.field(
        description="When it last authenticated, to within 5 minutes."
    )
    expires_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, key: models.ApiKey, clock: Clock) -> "ApiKey":
        return cls(
            prefix=key.prefix,
            label=key.label,
            role=key.role,
            state=key_state(key, clock),
            created_at=key.created_at,
            last_used_at=key.last_used_at,
            expires_at=key.expires_at,
            revoked_at=key.revoked_at,
        )


@strawberry.input
class IssueApiKeyInput:
    label: str = strawberry.field(description="Who or what uses it, at most 80 characters.")
    role: KeyRole
    expires_at: datetime | None = strawberry.field(
        default=None, description="When it stops authenticating; never when omitted."
    )


@strawberry.type
class IssueApiKeyPayload:
    api_key: ApiKey | None = None
    secret: str | None = strawberry.field(
        default=None, description="Shown once: only its digest is kept."
    )
    errors: list[object] = errors_field(IssueApiKeyError)


@strawberry.input
class RevokeApiKeyInput:
    prefix: str


@strawberry.type
class RevokeApiKeyPayload:
    api_key: ApiKey | None = None
    errors: list[object] = errors_field(RevokeApiKeyError)
