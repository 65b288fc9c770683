"""The webhook sender against real servers on loopback: it calls the checked address with the
endpoint's name in the Host header and, over TLS, in SNI and the certificate check; it follows
no redirect, gives up at its timeout and reads no more than an excerpt of the answer."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.webhook_http import HttpSender
from rules.webhook_delivery import RESPONSE_EXCERPT_BYTES
from rules.webhook_targets import Target

NAME = "hooks.example.test"
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def serving(handler: Handler, tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    connections: list[asyncio.StreamWriter] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        await handler(reader, writer)

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=tls)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for writer in connections:
            writer.close()
        await server.wait_closed()


async def read_request(reader: asyncio.StreamReader) -> dict[str, str]:
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
    headers = {}
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    await reader.readexactly(int(headers.get("content-length", "0")))
    return headers


def answering(response: bytes, seen: list[dict[str, str]]) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await read_request(reader))
        writer.write(response)
        await writer.drain()
        writer.close()

    return handle


def target(port: int, *, scheme: str = "http", host: str = NAME) -> Target:
    return Target(
        url=f"{scheme}://{host}:{port}/hook",
        scheme=scheme,
        host=host,
        port=port,
        address=ipaddress.IPv4Address("127.0.0.1"),
        path="/hook",
    )


@pytest.fixture
async def sender() -> AsyncIterator[HttpSender]:
    sender = HttpSender(connect_timeout=2, total_timeout=5)
    yield sender
    await sender.aclose()


async def test_the_checked_address_is_called_with_the_endpoints_name(sender: HttpSender) -> None:
    seen: list[dict[str, str]] = []
    async with serving(answering(b"HTTP/1.1 204 No Content\r\n\r\n", seen)) as port:
        response = await sender.post(target(port), b"{}", {"webhook-id": "evt_1"})

    assert response.status_code == 204
    assert seen[0]["host"] == f"{NAME}:{port}"
    assert seen[0]["webhook-id"] == "evt_1"


async def test_a_redirect_is_an_answer_not_followed(sender: HttpSender) -> None:
    elsewhere: list[dict[str, str]] = []
    first: list[dict[str, str]] = []
    async with serving(answering(b"HTTP/1.1 204 No Content\r\n\r\n", elsewhere)) as other:
        moved = f"HTTP/1.1 307 Temporary Redirect\r\nlocation: http://127.0.0.1:{other}/x\r\n"
        async with serving(answering(moved.encode() + b"content-length: 0\r\n\r\n", first)) as port:
            response = await sender.post(target(port), b"{}", {})

    assert response.status_code == 307
    assert len(first) == 1
    assert elsewhere == []


async def test_a_receiver_that_never_answers_is_given_up_at_the_timeout() -> None:
    sender = HttpSender(connect_timeout=1, total_timeout=0.5)

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await reader.read()  # until the sender hangs up

    async with serving(silent) as port:
        started = asyncio.get_running_loop().time()
        with pytest.raises(TimeoutError):
            await sender.post(target(port), b"{}", {})
        waited = asyncio.get_running_loop().time() - started
    await sender.aclose()

    assert waited < 5


async def test_only_an_excerpt_of_a_long_answer_is_read(sender: HttpSender) -> None:
    body = "é" + "x" * (1024 * 1024)
    encoded = body.encode()
    head = f"HTTP/1.1 500 Internal Server Error\r\ncontent-length: {len(encoded)}\r\n\r\n"
    async with serving(answering(head.encode() + encoded, [])) as port:
        response = await sender.post(target(port), b"{}", {})

    assert response.status_code == 500
    assert response.excerpt == encoded[:RESPONSE_EXCERPT_BYTES].decode()


def certificate_for(name: str, folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A test authority and a certificate it signed for `name`: (the server's context, a client
    context that trusts that authority only)."""
    now = datetime.now(UTC)
    authority_key = ec.generate_private_key(ec.SECP256R1())
    authority_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "partnerlink test CA")])
    authority = (
        x509.CertificateBuilder()
        .subject_name(authority_name)
        .issuer_name(authority_name)
        .public_key(authority_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=1))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(authority_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(authority_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=1))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .sign(authority_key, hashes.SHA256())
    )
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(folder / "leaf.pem", folder / "key.pem")
    client = ssl.create_default_context(
        cadata=authority.public_bytes(serialization.Encoding.PEM).decode()
    )
    return server, client


async def test_over_tls_the_name_goes_in_sni_and_the_certificate_check(tmp_path: Path) -> None:
    server_tls, client_tls = certificate_for(NAME, tmp_path)
    names: list[str | None] = []
    server_tls.sni_callback = lambda _socket, name, _context: names.append(name)
    seen: list[dict[str, str]] = []
    sender = HttpSender(connect_timeout=2, total_timeout=5, tls=client_tls)
    async with serving(answering(b"HTTP/1.1 200 OK\r\n\r\nok", seen), server_tls) as port:
        response = await sender.post(target(port, scheme="https"), b"{}", {})
        with pytest.raises(Exception, match=r"(?i)certificate|hostname"):
            await sender.post(target(port, scheme="https", host="other.example.test"), b"{}", {})
    await sender.aclose()

    assert response.status_code == 200
    assert names[0] == NAME
    assert seen[0]["host"] == f"{NAME}:{port}"
