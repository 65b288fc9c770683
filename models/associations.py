from datetime import datetime
from typing import Protocol

from tortoise import fields
from tortoise.models import Model

from models.customers import Customer
from models.enums import ActorKind, AssociationState, CooperationModel
from models.invitations import Invitation
from models.partners import Partner


class _DissolutionColumns(Protocol):
    """What `state` reads: an Association, or rules.dashboard_rows.AssociationView (which
    borrows it)."""

    @property
    def dissolved_at(self) -> datetime | None: ...


class Association(Model):
    """A customer's association with a partner.

    `active_customer` holds the customer while the association is active and NULL once dissolved.
    Its unique constraint is how the database keeps at most one active association per customer
    (NULLs never collide), on SQLite and PostgreSQL alike.
    """

    id = fields.IntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="associations", on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="associations", on_delete=fields.RESTRICT
    )
    active_customer: fields.OneToOneNullableRelation[Customer] = fields.OneToOneField(
        "models.Customer", related_name="active_association", null=True, on_delete=fields.RESTRICT
    )
    model = fields.CharEnumField(CooperationModel, max_length=16)
    invitation: fields.ForeignKeyRelation[Invitation] = fields.ForeignKeyField(
        "models.Invitation", related_name="associations", on_delete=fields.RESTRICT
    )
    instructions_version = fields.CharField(max_length=32, null=True)
    associated_at = fields.DatetimeField()
    dissolved_at = fields.DatetimeField(null=True)
    # Who dissolved it (the side whose request or decision ended it) and why.
    dissolved_by = fields.CharEnumField(ActorKind, max_length=16, null=True)
    dissolution_reason = fields.CharField(max_length=500, null=True)

    partner_id: int
    customer_id: int
    active_customer_id: int | None
    invitation_id: int

    class Meta:
        table = "association"
        # The partner dashboard's keyset pages, in its default order.
        indexes = (("partner", "associated_at", "id"), ("customer",))

    @property
    def state(self: _DissolutionColumns) -> AssociationState:
        return AssociationState.DISSOLVED if self.dissolved_at else AssociationState.ACTIVE
