from tortoise import fields
from tortoise.models import Model


class EmailCodeBase(Model):
    """The code last emailed to an address for one purpose, kept as an argon2 hash.

    One row per normalized address: a resend replaces the code in place.

    `attempts` counts the tries of the current code; `failures` counts wrong codes for the
    address across codes, in the window opened at `failures_since` (NULL: no window open).
    """

    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    code_hash = fields.CharField(max_length=255)
    sent_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    attempts = fields.IntField(default=0)
    consumed_at = fields.DatetimeField(null=True)
    failures = fields.IntField(default=0)
    failures_since = fields.DatetimeField(null=True)
    # The mail carrying the code: until the mail server has it, the resend window does not hold.
    # (an `outbox_mail` id; no foreign key, so that SQLite adds the column in place)
    mail_id = fields.BigIntField(null=True)

    class Meta:
        abstract = True


class EmailCode(EmailCodeBase):
    """A code proving an address before registering with it."""

    class Meta:
        table = "email_code"


class PasswordResetCode(EmailCodeBase):
    """A code proving an address before setting its account's password ("forgot password").
    Kept apart from registration codes, so that neither flow can replace the other's code."""

    class Meta:
        table = "password_reset_code"
