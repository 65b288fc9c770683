"""Something to try on a new development database: a demo partner of each cooperation model,
each with an API key, and a link invitation of the reseller.

Made once, by the first start of a development server (`partnerlink serve` with `DEMO_DATA`
on and `PRODUCTION` off): "first" means the database has no partner yet. The keys and the link
are returned once, like any other secret, and only their digests are kept.
"""

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models import Partner
from models.enums import CooperationModel, InvitationKind
from rules.actors import OperatorActor
from rules.clock import Clock, system_clock
from rules.errors import AccountCode, RuleError
from rules.invitations import CreatedInvitation, create_invitation
from rules.partners import IssuedApiKey, create_partner, issue_api_key

DEMO_PARTNERS = (
    ("Demo Reseller", CooperationModel.RESELLER),
    ("Demo Referral", CooperationModel.REFERRAL),
)
KEY_LABEL = "demo"


@dataclass(frozen=True, slots=True)
class DemoPartner:
    partner: Partner
    key: IssuedApiKey  # its secret is shown once
    invitation: CreatedInvitation  # a link invitation; its token is shown once


async def create_demo_partners(
    *, invitation_days: int, clock: Clock = system_clock
) -> list[DemoPartner]:
    """The demo partners, made in one transaction; none (an empty list) when the database has a
    partner already. Of two first starts at once, the database lets one make them (partner
    names are unique); the other makes none."""
    try:
        async with in_transaction():
            if await Partner.exists():
                return []
            return [
                await _demo_partner(name, model, invitation_days, clock)
                for name, model in DEMO_PARTNERS
            ]
    except RuleError as error:
        if error.problems[0].code is AccountCode.PARTNER_NAME_TAKEN:
            return []
        raise


async def _demo_partner(
    name: str, model: CooperationModel, invitation_days: int, clock: Clock
) -> DemoPartner:
    operator = OperatorActor()
    partner = await create_partner(actor=operator, name=name, cooperation_model=model, clock=clock)
    key = await issue_api_key(actor=operator, partner_id=partner.id, label=KEY_LABEL, clock=clock)
    invitation = await create_invitation(
        actor=operator,
        partner_id=partner.id,
        kind=InvitationKind.LINK,
        valid_days=invitation_days,
        clock=clock,
    )
    return DemoPartner(partner, key, invitation)
