from typing import Any

from strawberry import relay

from resolvers.payloads import respond
from rules import dissociations as rules
from rules.actors import CustomerActor, PartnerActor
from rules.dissociation_preflight import dissociation_preflight
from rules.errors import RuleError
from schema.context import Info
from schema.dissociations import (
    AnswerDissociationInput,
    AnswerDissociationPayload,
    CancelDissociationInput,
    CancelDissociationPayload,
    DissociationAnswer,
    DissociationPreflight,
    DissociationRequest,
    RequestDissociationInput,
    RequestDissociationPayload,
)
from schema.errors import FORBIDDEN, UNAUTHENTICATED, require_role, top_level_error
from schema.ids import row_id
from schema.types import Association


def _asker(info: Info) -> PartnerActor | CustomerActor:
    viewer = info.context.viewer
    if viewer is None:
        raise top_level_error(UNAUTHENTICATED, "Send credentials as a Bearer token.")
    if not isinstance(viewer, PartnerActor | CustomerActor):
        raise top_level_error(FORBIDDEN, "Only a partner or a customer may do this.")
    return require_role(info, viewer) if isinstance(viewer, PartnerActor) else viewer


def _customer_id(actor: PartnerActor | CustomerActor, given: relay.GlobalID | None) -> int:
    """A customer asks about itself (a customer id it names must be its own); a partner names
    the customer."""
    if given is None:
        return actor.customer_id if isinstance(actor, CustomerActor) else 0
    return row_id(given, "Customer")


def _outcome(outcome: rules.DissociationOutcome) -> dict[str, Any]:
    return {
        "request": DissociationRequest.wrap(outcome.request),
        "association": Association.wrap(outcome.association),
    }


async def preflight(
    info: Info, customer_id: relay.GlobalID | None = None
) -> DissociationPreflight | None:
    """Null when the caller has no active association to dissolve with the customer."""
    actor = _asker(info)
    try:
        found = await dissociation_preflight(
            actor=actor,
            customer_id=_customer_id(actor, customer_id),
            now=info.context.clock.now(),
            request_limit_months=info.context.settings.DISSOCIATION_REQUEST_LIMIT_MONTHS,
        )
    except RuleError:
        return None
    association = await info.context.loaders.association.load(found.association_id)
    return DissociationPreflight(
        allowed=found.allowed,
        association=Association.wrap(association),
        blockers=list(found.problems),
    )


async def request_dissociation(
    info: Info, input: RequestDissociationInput
) -> RequestDissociationPayload:
    actor = _asker(info)
    call = rules.request_dissociation(
        actor=actor,
        customer_id=_customer_id(actor, input.customer_id),
        reason=input.reason,
        request_limit_months=info.context.settings.DISSOCIATION_REQUEST_LIMIT_MONTHS,
        clock=info.context.clock,
    )
    return await respond(RequestDissociationPayload, call, _outcome)


async def answer_dissociation(
    info: Info, input: AnswerDissociationInput
) -> AnswerDissociationPayload:
    call = rules.answer_dissociation(
        actor=_asker(info),
        request_id=row_id(input.request_id, "DissociationRequest"),
        approve=input.action is DissociationAnswer.APPROVE,
        reason=input.reason,
        clock=info.context.clock,
    )
    return await respond(AnswerDissociationPayload, call, _outcome)


async def cancel_dissociation(
    info: Info, input: CancelDissociationInput
) -> CancelDissociationPayload:
    call = rules.cancel_dissociation(
        actor=_asker(info),
        request_id=row_id(input.request_id, "DissociationRequest"),
        clock=info.context.clock,
    )
    return await respond(CancelDissociationPayload, call, _outcome)
