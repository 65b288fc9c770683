"""Sending a webhook over HTTP with httpx: to the address `rules.webhook_targets` checked (the
name goes in the Host header and, over TLS, in SNI and the certificate check), within a connect
and a total timeout, redirects not followed, at most 1 KiB of the answer read."""

from __future__ import annotations

import asyncio

import httpx

from rules.webhook_delivery import RESPONSE_EXCERPT_BYTES, Response
from rules.webhook_targets import Target


class HttpxSender:
    """`rules.webhook_delivery.Sender` over one pooled httpx client."""

    def __init__(self, *, connect_timeout: float, total_timeout: float) -> None:
        self.total_timeout = total_timeout
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(total_timeout, connect=connect_timeout),
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment: the checked address is called
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        )

    async def post(self, target: Target, body: bytes, headers: dict[str, str]) -> Response:
        async with asyncio.timeout(self.total_timeout):
            return await self._post(target, body, headers)

    async def _post(self, target: Target, body: bytes, headers: dict[str, str]) -> Response:
        request = self.client.build_request(
            "POST",
            target.connect_url,
            content=body,
            headers={**headers, "host": target.host_header, "accept-encoding": "identity"},
            extensions={"sni_hostname": target.host} if target.scheme == "https" else {},
        )
        response = await self.client.send(request, stream=True)
        try:
            excerpt = await _excerpt(response)
        finally:
            await response.aclose()
        return Response(response.status_code, excerpt)

    async def aclose(self) -> None:
        await self.client.aclose()


async def _excerpt(response: httpx.Response) -> str:
    """The first RESPONSE_EXCERPT_BYTES of the body as text; the rest is never read."""
    read = b""
    async for chunk in response.aiter_raw():
        read += chunk
        if len(read) >= RESPONSE_EXCERPT_BYTES:
            break
    return read[:RESPONSE_EXCERPT_BYTES].decode("utf-8", errors="replace")
