"""Partners' webhook endpoints and what was delivered to them.

An endpoint's deliveries run in *streams*: one per (endpoint, customer), so that a customer's
events reach an endpoint in order while other customers' go on. A stream is what a deliverer
claims (`due_at`, `claimed_until`, `attempts`: the columns `rules.outbox` claims by); a delivery
is one event to send to one endpoint; an attempt is one HTTP request of a delivery.
"""

from typing import Any

from tortoise import fields
from tortoise.models import Model

from models.partners import Partner


class WebhookEndpoint(Model):
    """Where a partner wants its events POSTed. `event_types` empty: every type.

    The secret signs (it is needed in clear to sign); after a rotation the previous one signs
    too until `previous_secret_expires_at`, so that receivers can switch without losing any.
    """

    id = fields.IntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    url = fields.CharField(max_length=2000)
    event_types = fields.JSONField[list[str]](default=list)
    description = fields.CharField(max_length=200, default="")
    enabled = fields.BooleanField(default=True)
    disabled_reason = fields.CharField(max_length=400, null=True)
    disabled_at = fields.DatetimeField(null=True)
    secret = fields.CharField(max_length=100)
    previous_secret = fields.CharField(max_length=100, null=True)
    previous_secret_expires_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    partner_id: int

    class Meta:
        table = "webhook_endpoint"
        indexes = (("partner_id", "id"),)


class WebhookStream(Model):
    """The deliveries of one endpoint for one customer (`customer_key`: the customer's id, 0 for
    events of no customer, -1 for test events), sent one after another."""

    id = fields.IntField(primary_key=True)
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="streams", on_delete=fields.CASCADE
    )
    customer_key = fields.IntField()
    # When the stream's next attempt may start; NULL while nothing waits.
    due_at = fields.DatetimeField(null=True, db_index=True)
    claimed_until = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0)  # claims made: a settle checks it is still its own

    endpoint_id: int

    class Meta:
        table = "webhook_stream"
        unique_together = (("endpoint", "customer_key"),)


class WebhookDelivery(Model):
    """One event (or test message) to one endpoint: PENDING until it SUCCEEDED or FAILED (its
    retries ran out). Every delivery of an event carries the same `message_id` (the
    `webhook-id` header), so that a receiver can drop repeats."""

    id = fields.BigIntField(primary_key=True)
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE
    )
    customer_key = fields.IntField()
    event_id = fields.BigIntField(null=True)  # NULL for a test message
    event_type = fields.CharField(max_length=48)
    message_id = fields.CharField(max_length=64)
    payload = fields.JSONField[dict[str, Any]](null=True)  # a test message's body
    state = fields.CharField(max_length=16, default="PENDING")
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)

    endpoint_id: int

    class Meta:
        table = "webhook_delivery"
        indexes = (("endpoint_id", "customer_key", "state", "id"), ("event_id",))


class WebhookAttempt(Model):
    """One HTTP request of a delivery: when, how long, the status code or the error, and at most
    1 KiB of what the receiver answered."""

    id = fields.BigIntField(primary_key=True)
    delivery: fields.ForeignKeyRelation[WebhookDelivery] = fields.ForeignKeyField(
        "models.WebhookDelivery", related_name="attempt_rows", on_delete=fields.CASCADE
    )
    number = fields.IntField()
    started_at = fields.DatetimeField()
    duration_ms = fields.IntField()
    status_code = fields.IntField(null=True)
    error = fields.CharField(max_length=300, null=True)
    response_excerpt: str | None = fields.TextField(null=True)  # Tortoise's type says `str`

    delivery_id: int

    class Meta:
        table = "webhook_attempt"
        indexes = (("delivery_id", "id"),)
