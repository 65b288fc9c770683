"""Dissociation: the preflight, the requests either side makes, their answers and cancellation."""

from datetime import datetime
from enum import StrEnum

import strawberry
from strawberry import relay

import models
from rules.errors import DissociationBlocker, DissociationCode, InputCode, ManagementCode
from schema.context import Info
from schema.enums import ActorKind, DissociationState
from schema.errors import error_type, errors_field
from schema.types import NODE_TYPES, Association, Customer, ModelNode, Partner

DissociationBlockerProblem = error_type(
    "DissociationBlockerProblem",
    DissociationBlocker,
    description="One thing that stops the association from being dissolved now.",
)
RequestDissociationError = error_type(
    "RequestDissociationError",
    ManagementCode,
    DissociationCode,
    DissociationBlocker,
    InputCode,
    description="Why dissociation was not requested.",
)
AnswerDissociationError = error_type(
    "AnswerDissociationError",
    DissociationCode,
    DissociationBlocker,
    InputCode,
    description="Why the request was not answered.",
)
CancelDissociationError = error_type(
    "CancelDissociationError", DissociationCode, description="Why the request was not cancelled."
)


@strawberry.type(description="A request to end an association, made by one side.")
class DissociationRequest(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.DissociationRequest]
    asked_by: ActorKind = strawberry.field(description="PARTNER or CUSTOMER: the side that asked.")
    reason: str
    requested_at: datetime
    expires_at: datetime = strawberry.field(description="Unanswered by then, it expires.")
    answered_at: datetime | None = strawberry.field(
        description="When it was approved, rejected or cancelled."
    )
    answered_by: ActorKind | None
    answer_reason: str | None
    model_class = models.DissociationRequest

    @strawberry.field(description="The state now: a pending request past its expiry is EXPIRED.")
    def state(self, info: Info) -> DissociationState:
        return self.model.state_at(info.context.clock.now())

    @strawberry.field
    async def partner(self, info: Info) -> Partner:
        return Partner.wrap(await info.context.loaders.partner.load(self.model.partner_id))

    @strawberry.field
    async def customer(self, info: Info) -> Customer:
        return Customer.wrap(await info.context.loaders.customer.load(self.model.customer_id))

    @strawberry.field
    async def association(self, info: Info) -> Association:
        return Association.wrap(
            await info.context.loaders.association.load(self.model.association_id)
        )


# node(id:) answers for dissociation requests too (the registry lives with the other types).
NODE_TYPES["DissociationRequest"] = DissociationRequest


@strawberry.type(description="Whether the caller may ask to dissolve the association now.")
class DissociationPreflight:
    allowed: bool
    association: Association
    blockers: list[object] = errors_field(
        DissociationBlockerProblem, description="Every blocker, not only the first."
    )


@strawberry.input
class RequestDissociationInput:
    customer_id: relay.GlobalID | None = strawberry.field(
        default=None, description="A partner names its customer; a customer leaves it out."
    )
    reason: str = strawberry.field(description="Why, 1 to 500 characters.")


@strawberry.enum
class DissociationAnswer(StrEnum):
    APPROVE = "APPROVE"
    REJECT = "REJECT"


@strawberry.input
class AnswerDissociationInput:
    request_id: relay.GlobalID
    action: DissociationAnswer
    reason: str = strawberry.field(default="", description="Required to reject.")


@strawberry.input
class CancelDissociationInput:
    request_id: relay.GlobalID


@strawberry.type
class DissociationPayload:
    request: DissociationRequest | None = None
    association: Association | None = strawberry.field(
        default=None, description="The association, DISSOLVED when the request was approved."
    )


@strawberry.type
class RequestDissociationPayload(DissociationPayload):
    errors: list[object] = errors_field(RequestDissociationError)


@strawberry.type
class AnswerDissociationPayload(DissociationPayload):
    errors: list[object] = errors_field(AnswerDissociationError)


@strawberry.type
class CancelDissociationPayload(DissociationPayload):
    errors: list[object] = errors_field(CancelDissociationError)
