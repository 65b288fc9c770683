from datetime import datetime
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from models.enums import CooperationModel, InvitationKind, InvitationState
from models.partners import Partner

if TYPE_CHECKING:
    from models.customers import Customer


class Invitation(Model):
    """A partner's invitation: a link (also a QR code) or an online invitation to one account.

    The token is shown once, at creation; only its SHA-256 digest is stored. The state is derived
    from the revocation, the use count and the clock.
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

    partner_id: int
    invitee_id: int | None

    class Meta:
        table = "invitation"
        indexes = (("partner",),)

    def state_at(self, now: datetime) -> InvitationState:
        if self.revoked_at is not None:
            return InvitationState.REVOKED
        if self.max_uses is not None and self.use_count >= self.max_uses:
            return InvitationState.USED_UP
        if now >= self.expires_at:
            return InvitationState.EXPIRED
        return InvitationState.ACTIVE
