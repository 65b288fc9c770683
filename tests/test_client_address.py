from ipaddress import ip_network
from typing import Any

import pytest
from starlette.requests import Request

from app.client_address import client_address
from app.settings import Settings, ValidationError

PROXIES = [ip_network("10.0.0.0/8"), ip_network("192.0.2.1")]


def request(peer: str | None, forwarded: str | None = None) -> Request:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded is not None else []
    client = (peer, 50000) if peer is not None else None
    return Request({"type": "http", "headers": headers, "client": client})


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.5", "198.51.100.1", [], "203.0.113.5"),  # nobody trusted: header ignored
        ("203.0.113.5", "198.51.100.1", PROXIES, "203.0.113.5"),  # peer not a proxy
        ("10.1.2.3", "198.51.100.1", PROXIES, "198.51.100.1"),
        ("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.0.2.1", PROXIES, "198.51.100.1"),
        ("10.1.2.3", "192.0.2.1", PROXIES, "192.0.2.1"),  # only proxies: the farthest one
        ("10.1.2.3", "not-an-address, 198.51.100.1", PROXIES, "198.51.100.1"),
        ("10.1.2.3", "198.51.100.1, garbage", PROXIES, "10.1.2.3"),
        ("10.1.2.3", None, PROXIES, "10.1.2.3"),
        (None, "198.51.100.1", PROXIES, None),
    ],
)
def test_client_address_believes_forwarded_for_only_from_trusted_proxies(
    peer: str | None, forwarded: str | None, trusted: list[Any], expected: str | None
) -> None:
    assert client_address(request(peer, forwarded), trusted) == expected


def test_trusted_proxies_are_addresses_or_networks() -> None:
    settings = Settings(TRUSTED_PROXIES="10.0.0.1, 10.1.0.0/16,::1")  # type: ignore[arg-type]

    assert settings.TRUSTED_PROXIES == ["10.0.0.1/32", "10.1.0.0/16", "::1/128"]
    with pytest.raises(ValidationError):
        Settings(TRUSTED_PROXIES="proxy.example.com")  # type: ignore[arg-type]
