from resolvers.invitations import preview_of
from resolvers.payloads import respond
from rules import associations as rules
from rules.errors import RuleError
from schema.associations import AssociateInput, AssociatePayload, Eligibility
from schema.context import Info
from schema.errors import require_customer
from schema.types import Association, Authorization


async def associate(info: Info, input: AssociateInput) -> AssociatePayload:
    call = rules.associate(
        actor=require_customer(info),
        request=rules.AssociateInput(
            token=input.token,
            accept_reseller_instructions=input.accept_reseller_instructions,
            accept_authorization_letter=input.accept_authorization_letter,
            billing_country=input.billing_country,
            accept_customer_agreement=input.accept_customer_agreement,
        ),
        instructions_version=info.context.settings.RESELLER_INSTRUCTIONS_VERSION,
        clock=info.context.clock,
    )
    return await respond(
        AssociatePayload,
        call,
        lambda result: {
            "association": Association.wrap(result.association),
            "authorization": Authorization.wrap(result.authorization)
            if result.authorization
            else None,
            "created": result.created,
        },
    )


async def eligibility(info: Info, token: str) -> Eligibility | None:
    """None for an unknown token, like `invitation(token:)`."""
    actor = require_customer(info)
    try:
        found = await rules.check_invitation_eligibility(
            actor=actor, token=token, clock=info.context.clock
        )
    except RuleError:
        return None
    return Eligibility(
        eligible=found.eligible,
        already_associated=found.already_associated_with_partner,
        invitation=preview_of(info, found.invitation),
        problems=list(found.problems),
    )
