from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import relay

from rules.errors import AccountCode, InputCode, InvitationCode, LookupCode, PresetCode
from rules.qr import qr_png_data_url, qr_svg
from schema.enums import (
    BudgetKind,
    CooperationModel,
    ExhaustionAction,
    InvitationKind,
    InvitationState,
)
from schema.errors import error_type, errors_field
from schema.types import Invitation, Partner

CreateInvitationError = error_type(
    "CreateInvitationError",
    InvitationCode,
    PresetCode,
    AccountCode,
    LookupCode,
    InputCode,
    description="Why an invitation could not be created.",
)
RevokeInvitationError = error_type(
    "RevokeInvitationError", InvitationCode, description="Why an invitation was not revoked."
)


@strawberry.input(description="A budget given in advance, as setBudget takes it.")
class BudgetPresetInput:
    kind: BudgetKind
    amount: Decimal = strawberry.field(description="0 or more, at most two decimal places.")
    exhaustion_action: ExhaustionAction = ExhaustionAction.MANUAL


@strawberry.input
class CreateInvitationInput:
    kind: InvitationKind = InvitationKind.LINK
    invitee_account_name: str | None = strawberry.field(
        default=None, description="Required for an ONLINE invitation: the existing account."
    )
    valid_days: int | None = strawberry.field(
        default=None, description="1 to 365; the deployment's default when omitted."
    )
    max_uses: int | None = strawberry.field(
        default=None, description="A link's use limit; unlimited when omitted. ONLINE: 1."
    )
    budget: BudgetPresetInput | None = strawberry.field(
        default=None,
        description="Reseller only: the budget each customer associating through it starts "
        "with, so that its account is never frozen pending a budget.",
    )


@strawberry.type
class CreateInvitationPayload:
    invitation: Invitation | None = None
    token: str | None = strawberry.field(
        default=None, description="Shown once: only its digest is kept."
    )
    url: str | None = strawberry.field(
        default=None, description="The landing page of the invitation, also its QR code."
    )
    errors: list[object] = errors_field(CreateInvitationError)

    @strawberry.field(
        description="The QR code of `url`, as an SVG document (also at `url/qr.svg`)."
    )
    def qr_code_svg(self) -> str | None:
        return qr_svg(self.url) if self.url else None

    @strawberry.field(
        description="The QR code of `url` as a PNG in a `data:image/png;base64,` URL, for an "
        "`<img src>` (the PNG file itself is at `url/qr.png`)."
    )
    def qr_code_png_data_url(self) -> str | None:
        return qr_png_data_url(self.url) if self.url else None


@strawberry.input
class RevokeInvitationInput:
    invitation_id: relay.GlobalID


@strawberry.type
class RevokeInvitationPayload:
    invitation: Invitation | None = None
    errors: list[object] = errors_field(RevokeInvitationError)


@strawberry.type(description="What anyone holding an invitation's token may know of it.")
class InvitationPreview:
    partner: Partner
    cooperation_model: CooperationModel
    kind: InvitationKind
    state: InvitationState
    expires_at: datetime
    requires_reseller_instructions: bool = strawberry.field(
        description="Reseller model: the instructions must be read and accepted (step 2)."
    )
    for_existing_account: bool = strawberry.field(
        description="An online invitation: log in with the invited account (step 3)."
    )
    instructions_version: str | None
