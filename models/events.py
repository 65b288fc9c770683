from typing import Any

from tortoise import fields
from tortoise.models import Model


class Event(Model):
    """One change a partner or customer is told about (webhooks, subscriptions, the `events`
    connection), written in the transaction of the change, beside the audit event it comes from.

    `type` is one of `models.enums.EventType`; `data` is what a client needs without asking again.
    `partner_id` and `customer_id` say whose streams it belongs to.
    """

    id = fields.BigIntField(primary_key=True)
    type = fields.CharField(max_length=48)
    occurred_at = fields.DatetimeField()
    partner_id = fields.IntField(null=True)
    customer_id = fields.IntField(null=True)
    # Not a foreign key, like the audit's own references: events outlive what they name.
    audit_event_id = fields.BigIntField(null=True)
    data = fields.JSONField[dict[str, Any]]()
    # PostgreSQL: the id of the transaction that wrote the event, set by the database (a trigger
    # of the migration), so that readers hand events out only once no earlier one can still
    # commit (`rules.events.safe_events`). Null on SQLite, where writers take turns.
    txid = fields.BigIntField(null=True)

    class Meta:
        table = "event"
        indexes = (
            ("partner_id", "id"),
            ("customer_id", "id"),
            ("partner_id", "txid", "id"),
            ("customer_id", "txid", "id"),
            ("txid", "id"),
        )


class EventCursor(Model):
    """Where a reader of the event feed that works for everyone stands (`rules.event_feed`):
    just after event `event_id`, of transaction `txid` on PostgreSQL. The webhook fan-out's is
    named `webhook` (`rules.webhook_fanout`)."""

    name = fields.CharField(max_length=32, primary_key=True)
    txid = fields.BigIntField(null=True)
    event_id = fields.BigIntField(default=0)

    class Meta:
        table = "event_cursor"
