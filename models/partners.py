from tortoise import fields
from tortoise.models import Model

from models.enums import CooperationModel, KeyRole


class Partner(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120, unique=True)
    cooperation_model = fields.CharEnumField(CooperationModel, max_length=16)
    created_at = fields.DatetimeField()

    class Meta:
        table = "partner"


class ApiKey(Model):
    """A partner's API key. Only a SHA-256 digest of the secret is kept; `prefix` finds the row."""

    id = fields.IntField(primary_key=True)
    partner: fields.ForeignKeyRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="api_keys", on_delete=fields.CASCADE
    )
    prefix = fields.CharField(max_length=16, unique=True)
    secret_hash = fields.CharField(max_length=64, unique=True)
    label = fields.CharField(max_length=80, default="")
    # Keys issued before roles existed could do everything: the database default keeps them so.
    role = fields.CharEnumField(KeyRole, max_length=8, default=KeyRole.ADMIN)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)

    partner_id: int

    class Meta:
        table = "api_key"
