"""Who is calling: a partner by API key or a customer by session token, both sent as
`Authorization: Bearer <secret>`. A missing, unknown, revoked or expired secret means nobody."""

from starlette.requests import HTTPConnection

from rules.actors import Actor, CustomerActor, PartnerActor
from rules.clock import Clock
from rules.partners import API_KEY_PREFIX, partner_for_api_key
from rules.sessions import customer_for_session

MAX_SECRET_LENGTH = 256


def bearer_secret(connection: HTTPConnection) -> str | None:
    scheme, _, secret = connection.headers.get("authorization", "").partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret or len(secret) > MAX_SECRET_LENGTH:
        return None
    return secret


async def authenticate(connection: HTTPConnection, clock: Clock) -> Actor | None:
    secret = bearer_secret(connection)
    if secret is None:
        return None
    if secret.startswith(f"{API_KEY_PREFIX}_"):
        partner = await partner_for_api_key(secret)
        return PartnerActor(partner.id) if partner else None
    customer = await customer_for_session(secret, clock)
    return CustomerActor(customer.id) if customer else None
