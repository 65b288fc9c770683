from tortoise import fields
from tortoise.models import Model


class AttemptCounter(Model):
    """Failed attempts at a secret for one subject (an account, a client address) in the fixed
    window that began at `window_start`. `key` names the limit and the subject."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=200, unique=True)
    window_start = fields.DatetimeField(db_index=True)
    count = fields.IntField(default=0)

    class Meta:
        table = "attempt_counter"
