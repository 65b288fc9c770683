from datetime import datetime
from typing import Protocol

from tortoise import fields
from tortoise.models import Model

from models.enums import AccountType, Site

NO_PASSWORD = ""


class _EnablingColumns(Protocol):
    """What `is_enabled` reads: a Customer, or rules.dashboard_rows.CustomerView (which borrows
    it)."""

    @property
    def billing_country(self) -> str | None: ...
    @property
    def agreement_accepted_at(self) -> datetime | None: ...


class Customer(Model):
    """A cloud customer account.

    The account is enabled (step 4 of the procedure) once it has a billing country and
    `agreement_accepted_at`, the moment it accepted the customer agreement and privacy statement.

    An account an operator imported has its source system's `import_ref` and, until its owner
    sets one through an emailed code, no password: `password_hash` is then empty (NO_PASSWORD).
    """

    id = fields.IntField(primary_key=True)
    account_name = fields.CharField(max_length=64, unique=True)
    email = fields.CharField(max_length=254, unique=True)
    email_verified_at = fields.DatetimeField(null=True)
    password_hash = fields.CharField(max_length=255)
    import_ref = fields.CharField(max_length=64, null=True, unique=True)
    site = fields.CharEnumField(Site, max_length=16)
    country = fields.CharField(max_length=2)
    account_type = fields.CharEnumField(AccountType, max_length=24, default=AccountType.INDIVIDUAL)
    registered_at = fields.DatetimeField()
    # The link invitation this account registered through. A plain column, not a foreign key:
    # invitations already reference customers, and a cycle of foreign keys cannot be created.
    registered_via_invitation_id = fields.IntField(null=True, db_index=True)
    billing_country = fields.CharField(max_length=2, null=True)
    agreement_accepted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer"

    @property
    def has_password(self) -> bool:
        return self.password_hash != NO_PASSWORD

    @property
    def is_enabled(self: _EnablingColumns) -> bool:
        return self.agreement_accepted_at is not None and self.billing_country is not None
