from datetime import datetime
from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.associations import Association
from models.customers import Customer
from models.enums import ActorKind
from models.partners import Partner


class DissociationState(StrEnum):
    """Stored: never rename a value."""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"


class DissociationRequest(Model):
    """One side's request to end an association; the other side answers it.

    `pending_key` is the association's id while the request is pending and NULL afterwards; being
    unique, it lets the database keep one pending request per association.
    """

    id = fields.IntField(primary_key=True)
    association: fields.ForeignKeyRelation[Association] = fields.ForeignKeyField(
        "models.Association", related_name="dissociation_requests", on_delete=fields.RESTRICT
    )
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="dissociation_requests", on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="dissociation_requests", on_delete=fields.RESTRICT
    )
    asked_by = fields.CharEnumField(ActorKind, max_length=16)
    reason = fields.CharField(max_length=500)
    state = fields.CharEnumField(DissociationState, max_length=16)
    pending_key = fields.IntField(null=True, unique=True)
    requested_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    answered_at = fields.DatetimeField(null=True)
    answered_by = fields.CharEnumField(ActorKind, max_length=16, null=True)
    answer_reason = fields.CharField(max_length=500, null=True)

    association_id: int
    partner_id: int
    customer_id: int

    class Meta:
        table = "dissociation_request"
        # The request limit per asker and customer; the customer's list; the expiry sweep.
        indexes = (("customer", "asked_by", "requested_at"), ("state", "expires_at"))

    def state_at(self, now: datetime) -> DissociationState:
        """A pending request past its expiry is EXPIRED, swept or not."""
        if self.state is DissociationState.PENDING and now >= self.expires_at:
            return DissociationState.EXPIRED
        return DissociationState(self.state)
