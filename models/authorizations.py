from datetime import datetime
from typing import Protocol

from tortoise import fields
from tortoise.models import Model

from models.customers import Customer
from models.enums import AuthorizationScope, AuthorizationSource, AuthorizationState
from models.partners import Partner


class _LetterColumns(Protocol):
    """What `scope_set` and `state_at` read: an Authorization, or rules.dashboard_rows.LetterView
    (which borrows them)."""

    @property
    def scopes(self) -> list[str]: ...
    @property
    def state(self) -> AuthorizationState: ...
    @property
    def valid_until(self) -> datetime | None: ...


class Authorization(Model):
    """A Customer Authorization Letter: what a partner may do on the customer's behalf.

    `open_key` is "<partner id>:<customer id>" while the letter is pending or approved and NULL
    otherwise; being unique, it lets the database allow one open letter per partner and customer.
    """

    id = fields.IntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="authorizations", on_delete=fields.CASCADE
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="authorizations", on_delete=fields.CASCADE
    )
    scopes = fields.JSONField[list[str]]()
    state = fields.CharEnumField(AuthorizationState, max_length=16)
    source = fields.CharEnumField(AuthorizationSource, max_length=24)
    open_key = fields.CharField(max_length=40, null=True, unique=True)
    requested_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)
    valid_until = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    reason = fields.CharField(max_length=500, null=True)

    partner_id: int
    customer_id: int

    class Meta:
        table = "authorization"
        indexes = (("customer",), ("partner",))

    @property
    def scope_set(self: _LetterColumns) -> frozenset[AuthorizationScope]:
        return frozenset(AuthorizationScope(s) for s in self.scopes)

    def state_at(self: _LetterColumns, now: datetime) -> AuthorizationState:
        expired = self.valid_until is not None and now >= self.valid_until
        if self.state is AuthorizationState.APPROVED and expired:
            return AuthorizationState.EXPIRED
        return AuthorizationState(self.state)
