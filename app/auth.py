"""Who is calling: a partner by API key, a customer by session token, or the operator by the
operator key, each sent as `Authorization: Bearer <secret>`. A missing, unknown, revoked or
expired secret means nobody."""

import hmac
from collections.abc import MutableMapping
from typing import Any

from starlette.requests import HTTPConnection

from models import Partner
from rules.actors import Actor, CustomerActor, OperatorActor, PartnerActor
from rules.clock import Clock
from rules.hashing import digest
from rules.partners import API_KEY_PREFIX, live_api_key
from rules.sessions import customer_for_session

MAX_SECRET_LENGTH = 256
OPERATOR_KEY_PREFIX = "plo"
_VIEWER = "partnerlink.viewer"  # where a request's answer is kept in its ASGI scope
_PARTNER = "partnerlink.partner"  # and the partner row its key was read with


def bearer_secret(connection: HTTPConnection) -> str | None:
    return secret_of(connection.headers.get("authorization", ""))


def secret_of(authorization: str) -> str | None:
    """The secret of an `Authorization` value `Bearer <secret>`, when well formed."""
    scheme, _, secret = authorization.partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret or len(secret) > MAX_SECRET_LENGTH:
        return None
    return secret


async def authenticate(
    connection: HTTPConnection, clock: Clock, operator_key_sha256: str | None = None
) -> Actor | None:
    secret = bearer_secret(connection)
    if secret is None:
        return None
    return await authenticate_secret(secret, clock, operator_key_sha256, connection.scope)


async def authenticate_secret(
    secret: str,
    clock: Clock,
    operator_key_sha256: str | None = None,
    scope: MutableMapping[str, Any] | None = None,
) -> Actor | None:
    """Who a bearer secret names now: nobody once it is revoked or expired. An API key's
    partner row is kept in `scope`, when given (`key_partner`)."""
    if secret.startswith(f"{OPERATOR_KEY_PREFIX}_"):
        return OperatorActor() if _is_operator_key(secret, operator_key_sha256) else None
    if secret.startswith(f"{API_KEY_PREFIX}_"):
        key = await live_api_key(secret, clock)
        if key is not None and scope is not None:
            scope[_PARTNER] = key.partner
        return PartnerActor(key.partner_id, role=key.role, key_id=key.id) if key else None
    customer = await customer_for_session(secret, clock)
    return CustomerActor(customer.id) if customer else None


async def request_viewer(
    connection: HTTPConnection, clock: Clock, operator_key_sha256: str | None = None
) -> Actor | None:
    """`authenticate`, once per request: the layers that need the caller share the answer."""
    scope = connection.scope
    if _VIEWER not in scope:
        scope[_VIEWER] = await authenticate(connection, clock, operator_key_sha256)
    viewer: Actor | None = scope[_VIEWER]
    return viewer


def key_partner(connection: HTTPConnection) -> Partner | None:
    """The partner row read with the request's API key (by `request_viewer`), if any: the
    viewer's partner without a second statement."""
    partner: Partner | None = connection.scope.get(_PARTNER)
    return partner


def _is_operator_key(secret: str, expected_sha256: str | None) -> bool:
    return expected_sha256 is not None and hmac.compare_digest(digest(secret), expected_sha256)
