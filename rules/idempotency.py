"""Idempotency keys: a request sent again with the same key runs once.

A caller (a `scope`: an actor, or a client address) names a request with a key of its choosing.
The first request with a key claims it by inserting a row that the unique (scope, key) makes
the database's to decide: of concurrent requests exactly one inserts, and runs. Its response is
then stored, and a later request with the same key and the same request (its `fingerprint`) gets
that response without running again; with another request it is refused
(IDEMPOTENCY_KEY_REUSED).

A request that arrives while the first one runs waits for its response, polling for at most
`WAIT_SECONDS`, then is refused with IDEMPOTENCY_KEY_IN_PROGRESS (the client may retry). A first
request that has not answered within `LEASE` is taken to have died with its server: the next
request with the key runs instead. A request whose response is not stored (the edge decides:
top-level errors) gives its key up, so it can be retried.

Keys are kept `KEEP_FOR` (24 hours); an expired key counts as new, and expired rows are deleted
whenever a key is claimed. The key itself is never stored: rows hold a digest of scope and key,
and the response is sealed (AES-GCM) with a key derived from the idempotency key, because a
response can carry secrets shown once (an invitation's token, a session token).
"""

import asyncio
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import IdempotencyRecord
from rules.clock import Clock, system_clock
from rules.errors import IdempotencyCode, RuleError

KEEP_FOR = timedelta(hours=24)
LEASE = timedelta(minutes=5)
WAIT_SECONDS = 10.0
POLL_SECONDS = 0.05
_NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class Claim:
    """This request holds the key: `finish` it with its response, or `abandon` it."""

    record_id: int
    sealing_key: bytes
    fingerprint: str


@dataclass(frozen=True, slots=True)
class StoredResponse:
    status_code: int
    body: bytes


async def claim(
    *,
    scope: str,
    key: str,
    fingerprint: str,
    clock: Clock = system_clock,
    wait_seconds: float = WAIT_SECONDS,
) -> Claim | StoredResponse:
    """The key for this request, or the response its first request got.

    Raises IDEMPOTENCY_KEY_REUSED (the key named another request) and
    IDEMPOTENCY_KEY_IN_PROGRESS (its first request still runs after `wait_seconds`).
    """
    key_digest = _derive(b"digest", scope, key).hex()
    sealing_key = _derive(b"seal", scope, key)
    deadline = asyncio.get_running_loop().time() + wait_seconds
    while True:
        found = await _claim_once(scope, key_digest, fingerprint, sealing_key, clock.now())
        if found is not None:
            return found
        if asyncio.get_running_loop().time() >= deadline:
            raise RuleError.of(
                IdempotencyCode.IDEMPOTENCY_KEY_IN_PROGRESS,
                "A request with this Idempotency-Key is still running: retry later.",
            )
        await asyncio.sleep(POLL_SECONDS)


async def finish(
    claimed: Claim, *, status_code: int, body: bytes, clock: Clock = system_clock
) -> None:
    """Stores the response that later requests with the key get."""
    sealed = _seal(claimed, body)
    await IdempotencyRecord.filter(id=claimed.record_id, completed_at=None).update(
        completed_at=clock.now(), status_code=status_code, response=sealed
    )


async def abandon(claimed: Claim) -> None:
    """Gives the key up: the next request with it runs."""
    await IdempotencyRecord.filter(id=claimed.record_id, completed_at=None).delete()


async def _claim_once(
    scope: str, key_digest: str, fingerprint: str, sealing_key: bytes, now: datetime
) -> Claim | StoredResponse | None:
    """None while another request holds the key."""
    await IdempotencyRecord.filter(expires_at__lte=now).delete()
    try:
        async with in_transaction():
            row = await IdempotencyRecord.create(
                scope=scope,
                key_digest=key_digest,
                fingerprint=fingerprint,
                started_at=now,
                expires_at=now + KEEP_FOR,
            )
        return Claim(row.id, sealing_key, fingerprint)
    except IntegrityError:
        pass
    found = await IdempotencyRecord.get_or_none(scope=scope, key_digest=key_digest)
    if found is None:  # given up or expired meanwhile: try again at once
        return await _claim_once(scope, key_digest, fingerprint, sealing_key, now)
    return await _settle(found, fingerprint, sealing_key, now)


async def _settle(
    row: IdempotencyRecord, fingerprint: str, sealing_key: bytes, now: datetime
) -> Claim | StoredResponse | None:
    """What a request gets when another one holds its key."""
    if row.fingerprint != fingerprint:
        raise RuleError.of(
            IdempotencyCode.IDEMPOTENCY_KEY_REUSED,
            "This Idempotency-Key was used for another request: use a new key.",
        )
    claimed = Claim(row.id, sealing_key, fingerprint)
    if row.completed_at is not None and row.status_code is not None and row.response:
        return StoredResponse(row.status_code, _unseal(claimed, row.response))
    if row.started_at <= now - LEASE and await _take_over(row, now):
        return claimed
    return None


async def _take_over(row: IdempotencyRecord, now: datetime) -> bool:
    """The key of a first request that never answered, if no other request took it first."""
    taken = await IdempotencyRecord.filter(
        id=row.id, completed_at=None, started_at=row.started_at
    ).update(started_at=now)
    return taken == 1


def _derive(purpose: bytes, scope: str, key: str) -> bytes:
    material = b"\0".join([b"partnerlink-idempotency", purpose, scope.encode(), key.encode()])
    return hashlib.sha256(material).digest()


def _seal(claimed: Claim, body: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    aad = claimed.fingerprint.encode()
    return nonce + AESGCM(claimed.sealing_key).encrypt(nonce, body, aad)


def _unseal(claimed: Claim, sealed: bytes) -> bytes:
    nonce, ciphertext = sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:]
    try:
        return AESGCM(claimed.sealing_key).decrypt(nonce, ciphertext, claimed.fingerprint.encode())
    except InvalidTag:  # cannot happen for the key's own scope: the digest matched
        raise RuleError.of(
            IdempotencyCode.IDEMPOTENCY_KEY_REUSED,
            "This Idempotency-Key was used for another request: use a new key.",
        ) from None
