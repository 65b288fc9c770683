"""A partner's webhook endpoints: thin resolvers over `rules.webhooks`."""

from resolvers.payloads import respond
from rules.webhooks import (
    EndpointWithSecret,
    create_endpoint,
    delete_endpoint,
    endpoints_of,
    redeliver_event,
    rotate_secret,
    send_test_event,
    update_endpoint,
)
from schema.context import Info
from schema.errors import require_partner
from schema.ids import row_id
from schema.webhooks import (
    CreateWebhookEndpointInput,
    CreateWebhookEndpointPayload,
    DeleteWebhookEndpointInput,
    DeleteWebhookEndpointPayload,
    RedeliverEventInput,
    RedeliverEventPayload,
    RotateWebhookSecretInput,
    RotateWebhookSecretPayload,
    SendTestEventInput,
    SendTestEventPayload,
    UpdateWebhookEndpointInput,
    UpdateWebhookEndpointPayload,
    WebhookDelivery,
    WebhookEndpoint,
)

ENDPOINT = "WebhookEndpoint"


def _with_secret(made: EndpointWithSecret) -> dict[str, object]:
    return {"webhook_endpoint": WebhookEndpoint.of(made.endpoint), "secret": made.secret}


async def webhook_endpoints(info: Info) -> list[WebhookEndpoint]:
    """The calling partner's webhook endpoints, oldest first."""
    return [WebhookEndpoint.of(e) for e in await endpoints_of(require_partner(info))]


async def create_webhook_endpoint(
    info: Info, input: CreateWebhookEndpointInput
) -> CreateWebhookEndpointPayload:
    call = create_endpoint(
        actor=require_partner(info),
        url=input.url,
        event_types=input.event_types,
        description=input.description,
        allow_private=info.context.settings.webhook_private_targets,
        clock=info.context.clock,
    )
    return await respond(CreateWebhookEndpointPayload, call, _with_secret)


async def update_webhook_endpoint(
    info: Info, input: UpdateWebhookEndpointInput
) -> UpdateWebhookEndpointPayload:
    call = update_endpoint(
        actor=require_partner(info),
        endpoint_id=row_id(input.id, ENDPOINT),
        url=input.url,
        event_types=input.event_types,
        description=input.description,
        enabled=input.enabled,
        allow_private=info.context.settings.webhook_private_targets,
        clock=info.context.clock,
    )
    return await respond(
        UpdateWebhookEndpointPayload, call, lambda e: {"webhook_endpoint": WebhookEndpoint.of(e)}
    )


async def delete_webhook_endpoint(
    info: Info, input: DeleteWebhookEndpointInput
) -> DeleteWebhookEndpointPayload:
    call = delete_endpoint(
        actor=require_partner(info),
        endpoint_id=row_id(input.id, ENDPOINT),
        clock=info.context.clock,
    )
    return await respond(DeleteWebhookEndpointPayload, call, lambda _: {"deleted_id": input.id})


async def rotate_webhook_secret(
    info: Info, input: RotateWebhookSecretInput
) -> RotateWebhookSecretPayload:
    call = rotate_secret(
        actor=require_partner(info),
        endpoint_id=row_id(input.id, ENDPOINT),
        overlap_hours=input.overlap_hours,
        clock=info.context.clock,
    )
    return await respond(RotateWebhookSecretPayload, call, _with_secret)


async def redeliver(info: Info, input: RedeliverEventInput) -> RedeliverEventPayload:
    call = redeliver_event(
        actor=require_partner(info),
        endpoint_id=row_id(input.endpoint_id, ENDPOINT),
        event_id=row_id(input.event_id, "Event"),
        clock=info.context.clock,
    )
    return await respond(
        RedeliverEventPayload, call, lambda d: {"delivery": WebhookDelivery.of(d, [])}
    )


async def send_test(info: Info, input: SendTestEventInput) -> SendTestEventPayload:
    call = send_test_event(
        actor=require_partner(info),
        endpoint_id=row_id(input.endpoint_id, ENDPOINT),
        clock=info.context.clock,
    )
    return await respond(
        SendTestEventPayload, call, lambda d: {"delivery": WebhookDelivery.of(d, [])}
    )
