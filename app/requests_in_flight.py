"""How many HTTP requests a worker is answering, counted by a pure ASGI middleware, so that the
work the worker does in the background (its deliverer) can let requests go first.

A request counts from its first byte to its answer's last, whatever it waits on meanwhile (a
slow upload, the password-hash limiter): open requests are what it counts, not CPU time."""

from __future__ import annotations

import asyncio
import contextlib

from starlette.types import ASGIApp, Receive, Scope, Send


class RequestsInFlight:
    """The count of one worker's HTTP requests being answered (WebSockets are not counted: a
    subscription held open is not work waiting)."""

    def __init__(self) -> None:
        self.count = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    @property
    def busy(self) -> bool:
        return self.count > 0

    def started(self) -> None:
        self.count += 1
        self._quiet.clear()

    def ended(self) -> None:
        self.count -= 1
        if self.count == 0:
            self._quiet.set()

    async def quiet(self, at_most: float) -> None:
        """Until no request is being answered, or `at_most` seconds have passed."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._quiet.wait(), at_most)


class CountRequests:
    """The middleware that keeps a `RequestsInFlight` count."""

    def __init__(self, app: ASGIApp, requests: RequestsInFlight) -> None:
        self.app, self.requests = app, requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests.started()
        try:
            await self.app(scope, receive, send)
        finally:
            self.requests.ended()
