"""Who may manage a customer: the partner it is actively associated with."""

from models import Association
from models.enums import CooperationModel
from rules.actors import PartnerActor
from rules.errors import ManagementCode, RuleError


async def association_for(actor: PartnerActor, customer_id: int) -> Association:
    """The active association between the partner and the customer, locked for this transaction
    on PostgreSQL so that concurrent changes to one customer run one after another.

    Raises NOT_YOUR_CUSTOMER, also for a customer that does not exist.
    """
    association = (
        await Association.filter(active_customer_id=customer_id, partner_id=actor.partner_id)
        .select_for_update()
        .first()
    )
    if association is None:
        raise RuleError.of(
            ManagementCode.NOT_YOUR_CUSTOMER,
            "The customer is not associated with you.",
            "customerId",
        )
    return association


async def reseller_association_for(actor: PartnerActor, customer_id: int) -> Association:
    """As `association_for`, and only in the reseller model. Raises NOT_RESELLER_ASSOCIATION."""
    association = await association_for(actor, customer_id)
    if association.model is not CooperationModel.RESELLER:
        raise RuleError.of(
            ManagementCode.NOT_RESELLER_ASSOCIATION,
            "Only a reseller partner manages budgets and freezes.",
            "customerId",
        )
    return association
