from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.enums import ActorKind


class AuditEvent(Model):
    """One state change: who did what to which subject, with the state before and after.

    `customer_id` and `partner_id` say whose timelines the event belongs to, so that a partner sees
    its customers' events and a customer its own.
    """

    id = fields.BigIntField(primary_key=True)
    occurred_at = fields.DatetimeField(db_index=True)
    actor_kind = fields.CharEnumField(ActorKind, max_length=16)
    actor_id = fields.IntField(null=True)
    # The API key a partner acted with (ApiKey.id): which of its staff did it. Not a foreign key,
    # so that the audit outlives what it names.
    actor_key_id = fields.IntField(null=True)
    on_behalf_of_customer_id = fields.IntField(null=True)
    action = fields.CharField(max_length=64)
    subject_type = fields.CharField(max_length=32)
    subject_id = fields.IntField()
    customer_id = fields.IntField(null=True, db_index=True)
    partner_id = fields.IntField(null=True, db_index=True)
    before = fields.JSONField[dict[str, Any]](null=True)
    after = fields.JSONField[dict[str, Any]](null=True)
    reason = fields.CharField(max_length=500, default="")

    class Meta:
        table = "audit_event"
