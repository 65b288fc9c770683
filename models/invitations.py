from datetime import datetime
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.enums import (
    BudgetKind,
    CooperationModel,
    ExhaustionAction,
    InvitationKind,
    InvitationState,
)
from models.money import money
from models.partners import Partner

if TYPE_CHECKING:
    from models.customers import Customer


class Invitation(Model):
    """A partner's invitation: a link (also a QR code) or an online invitation to one account.

    The token is shown once, at creation; only its SHA-256 digest is stored. The state is derived
    from the revocation, the use count and the clock.

    A reseller's invitation may carry a budget preset (`budget_*`, all set or none), which the
    association made through it sets as the customer's budget.
    """

    id = fields.IntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="invitations", on_delete=fields.CASCADE
    )
    model = fields.CharEnumField(CooperationModel, max_length=16)
    kind = fields.CharEnumField(InvitationKind, max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    invitee: fields.ForeignKeyNullableRelation["Customer"] = fields.ForeignKeyField(
        "models.Customer", related_name="online_invitations", null=True, on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    max_uses = fields.IntField(null=True)
    use_count = fields.IntField(default=0)
    revoked_at = fields.DatetimeField(null=True)
    budget_kind = fields.CharEnumField(BudgetKind, max_length=16, null=True)
    budget_amount = money(null=True)
    budget_exhaustion_action = fields.CharEnumField(ExhaustionAction, max_length=16, null=True)

    partner_id: int
    invitee_id: int | None

    class Meta:
        table = "invitation"
        # The partner's list, newest first, in keyset pages.
        indexes = (("partner",), ("partner", "created_at", "id"))

    def state_at(self, now: datetime) -> InvitationState:
        if self.revoked_at is not None:
            return InvitationState.REVOKED
        if self.max_uses is not None and self.use_count >= self.max_uses:
            return InvitationState.USED_UP
        if now >= self.expires_at:
            return InvitationState.EXPIRED
        return InvitationState.ACTIVE
