"""Where a webhook may be sent: the guard against making the service call inside its own network.

A URL is resolved, and every address it resolves to must be a public one: loopback, private,
link-local, shared (carrier-grade NAT), multicast, reserved and unspecified addresses are
refused, in IPv4 and IPv6 alike, an IPv4 address written inside an IPv6 one (`::ffff:10.0.0.1`)
judged as the IPv4 address it carries. Deployments that deliver to their own network
(development, tests) allow private targets with a setting. The check runs when an endpoint is
saved and again before each attempt, which then connects to the address checked, so that a
name that resolves elsewhere later cannot lead the request inside.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = {"http": 80, "https": 443}
MAX_URL_LENGTH = 2000


class TargetRefused(Exception):
    """The URL may not be called. `kind`: INVALID (not an http(s) URL with a host),
    UNRESOLVABLE (the name has no address) or NOT_ALLOWED (an address of a refused class)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Target:
    """A URL checked: what to connect to (`address`) and what to say (`host`, `url`)."""

    url: str
    scheme: str
    host: str  # as written in the URL, for the Host header and TLS
    port: int
    address: IPAddress
    path: str  # with its query

    @property
    def connect_url(self) -> str:
        """The URL with the checked address in place of the name."""
        literal = f"[{self.address}]" if self.address.version == 6 else str(self.address)
        return f"{self.scheme}://{literal}:{self.port}{self.path}"

    @property
    def host_header(self) -> str:
        default = SCHEMES[self.scheme] == self.port
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if default else f"{host}:{self.port}"


def refusal_of(address: IPAddress) -> str | None:
    """Why `address` may not be a webhook's target (its class), or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    )
    for name, applies in checks:
        if applies:
            return name
    return None if address.is_global else "not public"


def parse(url: str) -> tuple[str, str, int, str]:
    """The URL's scheme, host, port and path (with its query); TargetRefused(INVALID) for
    anything but an absolute http(s) URL with a host and no credentials."""
    if len(url) > MAX_URL_LENGTH or any(c.isspace() for c in url):
        raise TargetRefused("INVALID", "Not a URL this service calls.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise TargetRefused("INVALID", f"Not a URL: {error}.") from None
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise TargetRefused("INVALID", "Give an http:// or https:// URL with a host.")
    if parts.username is not None or parts.password is not None:
        raise TargetRefused("INVALID", "Credentials do not belong in the URL.")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port or SCHEMES[parts.scheme], path


async def resolve(url: str, *, allow_private: bool) -> Target:
    """The URL checked and resolved (see the module's docstring). Raises TargetRefused."""
    scheme, host, port, path = parse(url)
    addresses = await _addresses(host, port)
    if not allow_private:
        for address in addresses:
            refused = refusal_of(address)
            if refused is not None:
                raise TargetRefused(
                    "NOT_ALLOWED", f"{host} resolves to {address}, a {refused} address."
                )
    return Target(url, scheme, host, port, addresses[0], path)


async def _addresses(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise TargetRefused("UNRESOLVABLE", f"{host} does not resolve: {error}.") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
    if not addresses:
        raise TargetRefused("UNRESOLVABLE", f"{host} does not resolve.")
    return addresses
