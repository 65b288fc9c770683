"""The address a request comes from, for limits per address.

The peer of the connection is the client unless it is a proxy listed in `TRUSTED_PROXIES`: then
`X-Forwarded-For` is read from the right (the hop nearest to us first), skipping the trusted
proxies, and the first address not trusted is the client. Addresses further left were written by
whoever sent the request and are not believed. Without trusted proxies the header is ignored:
anyone can write it.
"""

from __future__ import annotations

from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

from starlette.requests import HTTPConnection

Network = IPv4Network | IPv6Network
FORWARDED_FOR = "x-forwarded-for"


def client_address(connection: HTTPConnection, trusted: Sequence[Network]) -> str | None:
    peer = connection.client.host if connection.client else None
    if peer is None or not trusted:
        return peer
    hops = [hop.strip() for hop in connection.headers.get(FORWARDED_FOR, "").split(",")]
    address = peer
    for hop in reversed([hop for hop in hops if hop]):
        if not _is_trusted(address, trusted):
            break
        parsed = _parse(hop)
        if parsed is None:  # a malformed hop: stop at the last address we can vouch for
            break
        address = str(parsed)
    return address


def _is_trusted(address: str, trusted: Sequence[Network]) -> bool:
    parsed = _parse(address)
    return parsed is not None and any(parsed in network for network in trusted)


def _parse(address: str) -> IPv4Address | IPv6Address | None:
    try:
        return ip_address(address)
    except ValueError:
        return None
