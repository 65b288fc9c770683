"""A partner's webhook endpoints over GraphQL, their deliveries and attempts; and the body each
event's webhook carries (`event_payload`), with the API's global ids."""

from datetime import datetime
from enum import StrEnum
from typing import Any

import strawberry
from strawberry import relay

import models
from rules.errors import (
    EventCode,
    InputCode,
    RuleError,
    WebhookEndpointCode,
    WebhookLimitCode,
    WebhookSendCode,
    WebhookUrlCode,
)
from rules.webhooks import attempts_of, deliveries_of
from schema.errors import error_type, errors_field, refusal_as_error


class WebhookDeliveryState(StrEnum):
    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


strawberry.enum(
    WebhookDeliveryState,
    description="PENDING: waiting for its first attempt or a retry (or for the customer's "
    "earlier event). SUCCEEDED: the endpoint answered 2xx. FAILED: its attempts ran out.",
)

CreateWebhookEndpointError = error_type(
    "CreateWebhookEndpointError",
    WebhookUrlCode,
    WebhookLimitCode,
    InputCode,
    description="Why no endpoint was made.",
)
UpdateWebhookEndpointError = error_type(
    "UpdateWebhookEndpointError",
    WebhookEndpointCode,
    WebhookUrlCode,
    InputCode,
    description="Why the endpoint was not changed.",
)
DeleteWebhookEndpointError = error_type(
    "DeleteWebhookEndpointError", WebhookEndpointCode, description="Why nothing was deleted."
)
RotateWebhookSecretError = error_type(
    "RotateWebhookSecretError",
    WebhookEndpointCode,
    InputCode,
    description="Why the secret was not rotated.",
)
RedeliverEventError = error_type(
    "RedeliverEventError",
    WebhookEndpointCode,
    WebhookSendCode,
    EventCode,
    description="Why the event was not sent again.",
)
SendTestEventError = error_type(
    "SendTestEventError",
    WebhookEndpointCode,
    WebhookSendCode,
    description="Why no test message was sent.",
)


def event_payload(event: models.Event) -> dict[str, Any]:
    """The JSON body of an event's webhook: its type, time and data, with the partner and the
    customer it concerns as the API's global ids."""
    data = dict(event.data)
    data["partnerId"] = _gid("Partner", event.partner_id)
    data["customerId"] = _gid("Customer", event.customer_id)
    return {"type": event.type, "timestamp": event.occurred_at.isoformat(), "data": data}


def _gid(type_name: str, row_id: int | None) -> str | None:
    return str(relay.GlobalID(type_name, str(row_id))) if row_id is not None else None


@strawberry.type(description="One HTTP request of a delivery.")
class WebhookAttempt:
    number: int
    started_at: datetime
    duration_ms: int
    status_code: int | None = strawberry.field(description="Null when no answer came.")
    error: str | None = strawberry.field(description="Why it failed; null when it succeeded.")
    response_excerpt: str | None = strawberry.field(
        description="The first 1 KiB of what the endpoint answered."
    )

    @classmethod
    def of(cls, attempt: models.WebhookAttempt) -> "WebhookAttempt":
        return cls(
            number=attempt.number,
            started_at=attempt.started_at,
            duration_ms=attempt.duration_ms,
            status_code=attempt.status_code,
            error=attempt.error,
            response_excerpt=attempt.response_excerpt,
        )


@strawberry.type(description="One event (or test message) sent to one endpoint.")
class WebhookDelivery:
    id: strawberry.ID
    webhook_id: str = strawberry.field(
        description="The `webhook-id` header: the same for every delivery of one event."
    )
    event_type: str
    event_id: strawberry.ID | None = strawberry.field(description="Null for a test message.")
    state: WebhookDeliveryState
    attempt_count: int
    next_attempt_at: datetime | None
    created_at: datetime
    finished_at: datetime | None
    attempts: list[WebhookAttempt]

    @classmethod
    def of(
        cls, delivery: models.WebhookDelivery, attempts: list[models.WebhookAttempt]
    ) -> "WebhookDelivery":
        return cls(
            id=strawberry.ID(str(relay.GlobalID("WebhookDelivery", str(delivery.id)))),
            webhook_id=delivery.message_id,
            event_type=delivery.event_type,
            event_id=(
                strawberry.ID(str(relay.GlobalID("Event", str(delivery.event_id))))
                if delivery.event_id is not None
                else None
            ),
            state=WebhookDeliveryState(delivery.state),
            attempt_count=delivery.attempts,
            next_attempt_at=delivery.next_attempt_at if delivery.state == "PENDING" else None,
            created_at=delivery.created_at,
            finished_at=delivery.finished_at,
            attempts=[WebhookAttempt.of(a) for a in attempts],
        )


@strawberry.type(description="Where the partner's events are POSTed, signed per Standard Webhooks.")
class WebhookEndpoint:
    id: strawberry.ID
    url: str
    event_types: list[str] = strawberry.field(description="Empty: every type.")
    description: str
    enabled: bool
    disabled_reason: str | None
    disabled_at: datetime | None
    previous_secret_expires_at: datetime | None = strawberry.field(
        description="Until when the secret before the last rotation signs too."
    )
    created_at: datetime
    updated_at: datetime
    row_id: strawberry.Private[int]

    @strawberry.field(description="Its deliveries, newest first: `first` of them (1 to 100).")
    async def deliveries(self, first: int = 20) -> list[WebhookDelivery]:
        try:
            rows = await deliveries_of(self.row_id, first=first)
        except RuleError as refusal:
            raise refusal_as_error(refusal) from None
        attempts = await attempts_of([row.id for row in rows])
        return [WebhookDelivery.of(row, attempts[row.id]) for row in rows]

    @classmethod
    def of(cls, endpoint: models.WebhookEndpoint) -> "WebhookEndpoint":
        return cls(
            id=strawberry.ID(str(relay.GlobalID("WebhookEndpoint", str(endpoint.id)))),
            url=endpoint.url,
            event_types=list(endpoint.event_types),
            description=endpoint.description,
            enabled=endpoint.enabled,
            disabled_reason=endpoint.disabled_reason,
            disabled_at=endpoint.disabled_at,
            previous_secret_expires_at=endpoint.previous_secret_expires_at,
            created_at=endpoint.created_at,
            updated_at=endpoint.updated_at,
            row_id=endpoint.id,
        )


@strawberry.input
class CreateWebhookEndpointInput:
    url: str = strawberry.field(description="http(s); it must resolve to public addresses.")
    event_types: list[str] | None = strawberry.field(
        default=None, description="Event types to receive; every type when omitted or empty."
    )
    description: str = ""


@strawberry.type
class CreateWebhookEndpointPayload:
    webhook_endpoint: WebhookEndpoint | None = None
    secret: str | None = strawberry.field(
        default=None, description="The signing secret (`whsec_...`), shown once."
    )
    errors: list[object] = errors_field(CreateWebhookEndpointError)


@strawberry.input
class UpdateWebhookEndpointInput:
    id: relay.GlobalID
    url: str | None = None
    event_types: list[str] | None = None
    description: str | None = None
    enabled: bool | None = strawberry.field(
        default=None, description="True resumes a disabled endpoint's deliveries."
    )


@strawberry.type
class UpdateWebhookEndpointPayload:
    webhook_endpoint: WebhookEndpoint | None = None
    errors: list[object] = errors_field(UpdateWebhookEndpointError)


@strawberry.input
class DeleteWebhookEndpointInput:
    id: relay.GlobalID


@strawberry.type
class DeleteWebhookEndpointPayload:
    deleted_id: strawberry.ID | None = None
    errors: list[object] = errors_field(DeleteWebhookEndpointError)


@strawberry.input
class RotateWebhookSecretInput:
    id: relay.GlobalID
    overlap_hours: int = strawberry.field(
        default=24, description="How long the current secret signs beside the new one (0-168)."
    )


@strawberry.type
class RotateWebhookSecretPayload:
    webhook_endpoint: WebhookEndpoint | None = None
    secret: str | None = strawberry.field(default=None, description="The new secret, shown once.")
    errors: list[object] = errors_field(RotateWebhookSecretError)


@strawberry.input
class RedeliverEventInput:
    endpoint_id: relay.GlobalID
    event_id: relay.GlobalID


@strawberry.type
class RedeliverEventPayload:
    delivery: WebhookDelivery | None = None
    errors: list[object] = errors_field(RedeliverEventError)


@strawberry.input
class SendTestEventInput:
    endpoint_id: relay.GlobalID


@strawberry.type
class SendTestEventPayload:
    delivery: WebhookDelivery | None = None
    errors: list[object] = errors_field(SendTestEventError)
