"""A real webhook receiver for tests: a Starlette app served by uvicorn on a port of 127.0.0.1,
in the test's event loop. It verifies every request with `standardwebhooks` against the secrets
it is given, keeps what it received, answers with the status a test sets, and can be stopped and
started again on the same port (a receiver that is down refuses connections)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from standardwebhooks.webhooks import Webhook, WebhookVerificationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route


@dataclass
class Received:
    webhook_id: str
    headers: dict[str, str]
    body: bytes
    payload: Any  # the verified JSON, None when no secret verified it

    @property
    def type(self) -> str:
        return str(self.payload["type"]) if self.payload else ""


@dataclass
class Receiver:
    secrets: list[str] = field(default_factory=list)
    status: int = 200
    answer: str = "ok"
    received: list[Received] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why a signature did not verify
    port: int = 0
    delay: float = 0.0  # seconds before answering
    _server: uvicorn.Server | None = None
    _task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def _hook(self, request: Request) -> PlainTextResponse:
        body = await request.body()
        if self.delay:
            await asyncio.sleep(self.delay)
        headers = dict(request.headers)
        payload = None
        for secret in self.secrets:
            try:
                payload = Webhook(secret).verify(body, headers)
                break
            except WebhookVerificationError as error:
                self.refused.append(str(error))
        self.received.append(Received(headers.get("webhook-id", ""), headers, body, payload))
        return PlainTextResponse(self.answer, status_code=self.status)

    async def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        app = Starlette(routes=[Route("/hook", self._hook, methods=["POST"])])
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        for _ in range(1000):  # uvicorn sets a flag once it listens: no event to wait for
            if self._server.started:
                break
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._server = self._task = None

    def types(self) -> list[str]:
        return [r.type for r in self.received]


@contextlib.asynccontextmanager
async def receiving(*secrets: str, status: int = 200) -> AsyncIterator[Receiver]:
    receiver = Receiver(list(secrets), status)
    await receiver.start()
    try:
        yield receiver
    finally:
        await receiver.stop()
