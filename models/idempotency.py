from tortoise import fields
from tortoise.models import Model


class IdempotencyRecord(Model):
    """One `Idempotency-Key` of one caller, and the response its first request got.

    `scope` is the caller (actor kind and id, or the client address of an anonymous call); the key
    itself is not kept, only `key_digest`, the SHA-256 of scope and key. The unique pair decides
    which of two concurrent requests runs. `fingerprint` is the SHA-256 of the request (query text
    and variables); `response` is the response body sealed with a key derived from the
    idempotency key, so the table alone does not reveal the tokens a response may carry. While
    `completed_at` is NULL the first request is still running.
    """

    id = fields.IntField(primary_key=True)
    scope = fields.CharField(max_length=100)
    key_digest = fields.CharField(max_length=64)
    fingerprint = fields.CharField(max_length=64)
    started_at = fields.DatetimeField()
    completed_at = fields.DatetimeField(null=True)
    status_code = fields.IntField(null=True)
    response = fields.BinaryField(null=True)
    expires_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "idempotency_record"
        unique_together = (("scope", "key_digest"),)
