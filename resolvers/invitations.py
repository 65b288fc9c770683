import models
from resolvers.payloads import respond
from rules import invitations as rules
from rules.budgets import BudgetTerms
from schema.context import Info
from schema.errors import require_partner
from schema.ids import row_id
from schema.invitations import (
    CreateInvitationInput,
    CreateInvitationPayload,
    InvitationPreview,
    RevokeInvitationInput,
    RevokeInvitationPayload,
)
from schema.types import Invitation, Partner


async def create_invitation(info: Info, input: CreateInvitationInput) -> CreateInvitationPayload:
    actor = require_partner(info)
    call = rules.create_invitation(
        actor=actor,
        partner_id=actor.partner_id,
        kind=input.kind,
        invitee_account_name=input.invitee_account_name,
        valid_days=input.valid_days or info.context.settings.INVITATION_TTL_DAYS,
        max_uses=input.max_uses,
        budget=_terms(input),
        clock=info.context.clock,
        attempts=info.context.attempts,
    )
    return await respond(
        CreateInvitationPayload,
        call,
        lambda created: {
            "invitation": Invitation.wrap(created.invitation),
            "token": created.token,
            "url": info.context.invitation_url(created.token),
        },
    )


def _terms(input: CreateInvitationInput) -> BudgetTerms | None:
    preset = input.budget
    if preset is None:
        return None
    return BudgetTerms(
        kind=preset.kind, amount=preset.amount, exhaustion_action=preset.exhaustion_action
    )


async def revoke_invitation(info: Info, input: RevokeInvitationInput) -> RevokeInvitationPayload:
    call = rules.revoke_invitation(
        actor=require_partner(info),
        invitation_id=row_id(input.invitation_id, "Invitation"),
        clock=info.context.clock,
    )
    return await respond(
        RevokeInvitationPayload, call, lambda revoked: {"invitation": Invitation.wrap(revoked)}
    )


async def invitation_preview(info: Info, token: str) -> InvitationPreview | None:
    """Public: what a landing page or an app shows before the customer signs in."""
    invitation = await rules.find_invitation(token)
    return preview_of(info, invitation) if invitation else None


def preview_of(info: Info, invitation: models.Invitation) -> InvitationPreview:
    """The invitation as its token's holder may see it (its partner must be loaded)."""
    reseller = rules.needs_reseller_instructions(invitation)
    return InvitationPreview(
        partner=Partner.wrap(invitation.partner),
        cooperation_model=invitation.model,
        kind=invitation.kind,
        state=invitation.state_at(info.context.clock.now()),
        expires_at=invitation.expires_at,
        requires_reseller_instructions=reseller,
        for_existing_account=rules.needs_existing_account(invitation),
        instructions_version=info.context.settings.RESELLER_INSTRUCTIONS_VERSION
        if reseller
        else None,
    )
