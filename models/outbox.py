"""Mail waiting to be sent, and every attempt at sending it (`rules.mail`, `rules.outbox`)."""

from tortoise import fields
from tortoise.models import Model

from models.enums import MailState


class OutboxMail(Model):
    """One mail, recorded in the transaction of the change it tells about and sent afterwards.

    `due_at` is when the next attempt may start (NULL once nothing is left to do); a deliverer
    that claims the mail sets `claimed_until`, its lease, and counts the attempt in `attempts`.
    The body is kept only while it may still be sent: it is cleared once the mail is sent,
    given up, withdrawn, or past `expires_at` (the end of the code it carries).
    """

    id = fields.BigIntField(primary_key=True)
    recipient = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=200)
    # Tortoise types every TextField as `str`; this one is NULL once the body is cleared.
    body: str | None = fields.TextField(null=True)
    state = fields.CharEnumField(MailState, max_length=16, default=MailState.PENDING)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    due_at = fields.DatetimeField(null=True, db_index=True)
    claimed_until = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0)
    last_attempt_at = fields.DatetimeField(null=True)
    last_error = fields.CharField(max_length=300, null=True)
    sent_at = fields.DatetimeField(null=True)
    ended_at = fields.DatetimeField(null=True)  # sent, given up or withdrawn

    class Meta:
        table = "outbox_mail"
        indexes = (("state", "created_at"),)


class MailAttempt(Model):
    """One attempt at sending a mail: when, how long it took, and why it failed (NULL: sent).
    A mail's attempt numbers are unique: two deliverers never record the same attempt."""

    id = fields.BigIntField(primary_key=True)
    mail: fields.ForeignKeyRelation[OutboxMail] = fields.ForeignKeyField(
        "models.OutboxMail", related_name="attempt_log", on_delete=fields.CASCADE
    )
    number = fields.IntField()
    started_at = fields.DatetimeField()
    duration_ms = fields.IntField()
    error = fields.CharField(max_length=300, null=True)

    class Meta:
        table = "mail_attempt"
        unique_together = (("mail", "number"),)
