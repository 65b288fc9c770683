from tortoise import fields
from tortoise.models import Model

from models.customers import Customer
from models.enums import FreezeReason, FreezeType
from models.partners import Partner


class Freeze(Model):
    """One reason an account is frozen. The account is usable only when none is active.

    `active_key` is "<customer id>:<reason>" while the freeze holds and NULL once lifted; being
    unique, it lets the database keep one active freeze per reason and customer.
    """

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="freezes", on_delete=fields.CASCADE
    )
    partner: fields.ForeignKeyNullableRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="freezes", null=True, on_delete=fields.SET_NULL
    )
    reason = fields.CharEnumField(FreezeReason, max_length=24)
    freeze_type = fields.CharEnumField(FreezeType, max_length=24)
    active_key = fields.CharField(max_length=48, null=True, unique=True)
    note = fields.CharField(max_length=500, default="")
    frozen_at = fields.DatetimeField()
    lifted_at = fields.DatetimeField(null=True)

    customer_id: int
    partner_id: int | None

    class Meta:
        table = "freeze"
        # A customer's freezes for every page; open freezes of a reason for the roll-over.
        indexes = (("customer", "lifted_at"), ("reason", "lifted_at"))

    @staticmethod
    def key_for(customer_id: int, reason: FreezeReason) -> str:
        return f"{customer_id}:{reason.value}"
