"""A raw asyncio HTTP/1.1 keep-alive load generator.

Each client owns one TCP connection and sends one request at a time (closed loop), so the
concurrency is the number of clients. Requests are prebuilt bytes; responses are read by
Content-Length (or chunked), without parsing more than the status line and the headers. On
uvloop one process drives several thousand requests/s, far above what the servers measured here
answer (the harness prints this ceiling against a trivial endpoint).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Request = bytes
"""A whole HTTP/1.1 request, headers and body."""


def post_json(
    path: str, body: dict[str, Any], *, host: str = "127.0.0.1", token: str | None = None
) -> Request:
    payload = json.dumps(body, separators=(",", ":")).encode()
    lines = [
        f"POST {path} HTTP/1.1",
        f"Host: {host}",
        "Content-Type: application/json",
        "Accept: application/json",
        f"Content-Length: {len(payload)}",
    ]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


def get(path: str, *, host: str = "127.0.0.1") -> Request:
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()


@dataclass
class Response:
    status: int
    body: bytes


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, one per request
    errors: int = 0  # non-2xx answers, or bodies the check refused
    error_sample: str = ""

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """The p-th percentile latency in milliseconds (nearest rank)."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
        return ordered[rank] * 1000

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p99(self) -> float:
        return self.percentile(99)

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.latencies) * 1000 if self.latencies else float("nan")


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(host, port, limit=1 << 22)
        return cls(reader, writer)

    async def send(self, request: Request) -> Response:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, _, header_block = head.partition(b"\r\n")
        status = int(status_line.split(b" ", 2)[1])
        length = -1
        chunked = False
        for line in header_block.split(b"\r\n"):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
        if chunked:
            body = await self._chunked()
        elif length >= 0:
            body = await self.reader.readexactly(length)
        else:
            raise RuntimeError("response without Content-Length: keep-alive impossible")
        return Response(status, body)

    async def _chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return b"".join(parts)
            parts.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError, OSError):
            await self.writer.wait_closed()


Check = Callable[[Response], str | None]
"""Returns why a response is wrong, or None when it is fine."""


def ok_status(response: Response) -> str | None:
    return None if 200 <= response.status < 300 else f"HTTP {response.status}"


def graphql_ok(response: Response) -> str | None:
    """2xx, no top-level errors, and no payload `errors` in any root field."""
    if not 200 <= response.status < 300:
        return f"HTTP {response.status}: {response.body[:200]!r}"
    body = json.loads(response.body)
    if body.get("errors"):
        return json.dumps(body["errors"])[:300]
    for value in (body.get("data") or {}).values():
        if isinstance(value, dict) and value.get("errors"):
            return json.dumps(value["errors"])[:300]
    return None


async def run_load(
    host: str,
    port: int,
    per_client: Sequence[Sequence[Request]] | None = None,
    *,
    request: Request | None = None,
    clients: int = 1,
    duration: float | None = None,
    warmup: float = 0.0,
    check: Check = ok_status,
    min_requests: int = 1,
) -> LoadResult:
    """Closed-loop load.

    Either `request` sent over and over by `clients` clients for `duration` seconds (after
    `warmup` seconds whose answers are not counted), or `per_client`: one list of requests per
    client, each sent once, in order (e.g. a different customer's mutation each time).
    A timed run lasts past `duration` until `min_requests` answers were counted, so that a slow
    request (an argon2 login on a loaded machine) never makes a throughput of zero.
    """
    if per_client is None:
        assert request is not None and duration is not None
    connections = [
        await Connection.open(host, port)
        for _ in range(len(per_client) if per_client is not None else clients)
    ]
    result = LoadResult(requests=0, seconds=0.0)
    recording = warmup <= 0
    stop = False
    enough = asyncio.Event()

    def record(started: float, response: Response) -> None:
        if not recording:
            return
        result.requests += 1
        if result.requests >= min_requests:
            enough.set()
        result.latencies.append(time.perf_counter() - started)
        problem = check(response)
        if problem is not None:
            result.errors += 1
            result.error_sample = result.error_sample or problem

    async def repeat(conn: Connection) -> None:
        assert request is not None
        while not stop:
            started = time.perf_counter()
            record(started, await conn.send(request))

    async def each(conn: Connection, requests: Sequence[Request]) -> None:
        for one in requests:
            started = time.perf_counter()
            record(started, await conn.send(one))

    try:
        if per_client is not None:
            began = time.perf_counter()
            await asyncio.gather(
                *(each(c, r) for c, r in zip(connections, per_client, strict=True))
            )
            result.seconds = time.perf_counter() - began
            return result
        assert duration is not None
        tasks = [asyncio.ensure_future(repeat(c)) for c in connections]
        if warmup > 0:
            await asyncio.sleep(warmup)
            recording = True
        began = time.perf_counter()
        await asyncio.sleep(duration)
        if not enough.is_set():
            counted = asyncio.ensure_future(enough.wait())
            await asyncio.wait([counted, *tasks], return_when=asyncio.FIRST_COMPLETED)
            counted.cancel()
        stop = True
        result.seconds = time.perf_counter() - began
        done = result.requests
        await asyncio.gather(*tasks)  # the answers in flight are let in, but not timed in
        result.requests = done
        result.latencies = result.latencies[:done]
        return result
    finally:
        for conn in connections:
            await conn.close()
