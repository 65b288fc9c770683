from tortoise import fields
from tortoise.models import Model

from models.customers import Customer


class CustomerSession(Model):
    """A customer's login session, found by the SHA-256 digest of its bearer token.

    The token is shown once, at login. A session is live until `expires_at` unless `ended_at`
    (logout) comes first.
    """

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="sessions", on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    ended_at = fields.DatetimeField(null=True)
    last_seen_at = fields.DatetimeField(null=True)

    customer_id: int

    class Meta:
        table = "customer_session"
