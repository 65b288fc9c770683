"""The address a server bound to HOST:PORT is reached at, for links when PUBLIC_BASE_URL is unset.

A wildcard address (`0.0.0.0`, `::`, empty) listens on every interface and names none that a
browser can open: links then use this machine's address on its network (so that a phone on the
same network can open a QR code's link), or the loopback address when it has no network.
"""

from __future__ import annotations

import ipaddress
import socket

WILDCARDS = ("", "0.0.0.0", "::")
# A documentation address (RFC 5737): connecting a UDP socket to it only chooses the interface
# that would be used, and sends nothing.
_PROBE = ("192.0.2.1", 9)


def base_url_for(host: str, port: int) -> str:
    """`http://HOST:PORT` as a browser can open it, e.g. `http://127.0.0.1:8201`."""
    return f"http://{_url_host(reachable_host(host))}:{port}"


def reachable_host(host: str) -> str:
    """`host`, or for a wildcard this machine's network address (loopback without one)."""
    if host.strip() not in WILDCARDS:
        return host.strip()
    return network_address() or "127.0.0.1"


def network_address() -> str | None:
    """The IPv4 address of the interface that reaches other hosts; None without a network."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            address: str = probe.getsockname()[0]
    except OSError:
        return None
    return None if address in ("0.0.0.0", "") else address


def _url_host(host: str) -> str:
    """IPv6 literals go in brackets in a URL (`[::1]`)."""
    try:
        is_v6 = ipaddress.ip_address(host).version == 6
    except ValueError:
        return host
    return f"[{host}]" if is_v6 else host
