import strawberry

from rules.errors import EligibilityCode, InputCode, InvitationCode, StepCode
from schema.errors import error_type, errors_field
from schema.invitations import InvitationPreview
from schema.types import Association, Authorization

AssociateError = error_type(
    "AssociateError",
    InvitationCode,
    StepCode,
    EligibilityCode,
    InputCode,
    description="Why the customer could not be associated.",
)
EligibilityProblem = error_type(
    "EligibilityProblem",
    InvitationCode,
    EligibilityCode,
    description="One rule that stands between the customer and the association.",
)


@strawberry.input(description="The steps of the association, all in one request.")
class AssociateInput:
    token: str = strawberry.field(description="The invitation's token, from its link or QR code.")
    accept_reseller_instructions: bool = strawberry.field(
        default=False, description="Step 2, reseller model: the instructions are accepted."
    )
    accept_authorization_letter: bool = strawberry.field(
        default=False,
        description="Step 2, optional: the partner may place orders and perform O&M.",
    )
    billing_country: str | None = strawberry.field(
        default=None, description="Step 4: ISO 3166-1 alpha-2 code of the billing address."
    )
    accept_customer_agreement: bool = strawberry.field(
        default=False, description="Step 4: the customer agreement and privacy statement."
    )


@strawberry.type
class AssociatePayload:
    association: Association | None = None
    authorization: Authorization | None = None
    created: bool = strawberry.field(
        default=False, description="False when the customer was already associated with it."
    )
    errors: list[object] = errors_field(AssociateError)


@strawberry.type(description="Whether the customer can associate through an invitation.")
class Eligibility:
    eligible: bool
    already_associated: bool = strawberry.field(
        description="The customer is associated with this partner already: asking again is fine."
    )
    invitation: InvitationPreview
    problems: list[object] = errors_field(
        EligibilityProblem, description="Every failing rule, not only the first."
    )
