"""Inside `serve` requests go first: the worker counts the HTTP requests it is answering, and
its deliverer claims at most once every `claim_every` seconds while there are any, at once when
the worker falls quiet, and freely again once it has been behind for `for_at_most` seconds."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from itertools import pairwise

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from app.deliverer import Deliverer, RequestsFirst
from app.main import create_app, requests_first_for
from app.requests_in_flight import CountRequests, RequestsInFlight
from rules.clock import FakeClock
from rules.outbox import Outcome
from tests.api.conftest import SETTINGS
from tests.conftest import CLOCK_START


class Backlog:
    """A channel (`rules.outbox.Channel`) over a list of work, noting when each claim came."""

    name = "backlog"
    lease = timedelta(minutes=1)

    def __init__(self, items: int = 0) -> None:
        self.look_again_soon = False
        self.more_waiting = False
        self.waiting = list(range(items))
        self.claims: list[float] = []  # time.monotonic() of each claim that found work
        self.sizes: list[int] = []  # how much each took
        self.done: list[int] = []

    def add(self, count: int) -> None:
        start = len(self.done) + len(self.waiting)
        self.waiting += range(start, start + count)

    async def claim(self, now: datetime, limit: int) -> list[int]:
        taken, self.waiting = self.waiting[:limit], self.waiting[limit:]
        if taken:
            self.claims.append(time.monotonic())
            self.sizes.append(len(taken))
        return taken

    async def attempt(self, item: int) -> None:
        return None

    async def settle(self, item: int, outcome: Outcome, now: datetime) -> None:
        self.done.append(item)


async def until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.005)


def deliverer(channel: Backlog, first: RequestsFirst | None) -> Deliverer:
    return Deliverer([channel], FakeClock(CLOCK_START), poll_seconds=0.02, requests_first=first)


def with_a_request_open(
    channel: Backlog, *, claim_every: float, for_at_most: float, claim_at_most: int = 20
) -> tuple[RequestsInFlight, Deliverer]:
    """A deliverer of `channel` letting requests go first as told, in a worker that has one
    request open (until the test ends it)."""
    requests = RequestsInFlight()
    requests.started()
    first = RequestsFirst(
        requests, claim_every=claim_every, claim_at_most=claim_at_most, for_at_most=for_at_most
    )
    return requests, deliverer(channel, first)


# --- counting ------------------------------------------------------------------------------------


def counting_app(requests: RequestsInFlight, seen: list[int]) -> Starlette:
    """An app whose handlers note the count they see while they answer."""

    async def page(request: Request) -> PlainTextResponse:
        seen.append(requests.count)
        return PlainTextResponse("ok")

    async def fails(request: Request) -> PlainTextResponse:
        raise RuntimeError("broken")

    return Starlette(
        routes=[Route("/", page), Route("/fails", fails)],
        middleware=[Middleware(CountRequests, requests=requests)],
    )


async def test_a_request_counts_while_it_is_answered_and_not_after() -> None:
    requests, seen = RequestsInFlight(), list[int]()
    transport = httpx.ASGITransport(app=counting_app(requests, seen), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/")).status_code == 200
        assert (await client.get("/fails")).status_code == 500

    assert seen == [1]
    assert (requests.count, requests.busy) == (0, False)


async def test_a_websocket_held_open_is_not_a_request_waiting() -> None:
    requests, seen = RequestsInFlight(), list[int]()

    async def socket(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(requests.count)

    async def nothing() -> Message:
        return {}

    async def ignore(message: Message) -> None:
        return None

    for kind in ("websocket", "lifespan"):
        await CountRequests(socket, requests)({"type": kind}, nothing, ignore)

    assert seen == [0, 0]


async def test_quiet_waits_for_the_last_request_to_end_or_the_time_given() -> None:
    requests = RequestsInFlight()
    requests.started()
    requests.started()
    waiting = asyncio.ensure_future(requests.quiet(5))
    requests.ended()
    await asyncio.sleep(0.01)
    assert not waiting.done()  # one still answered

    requests.ended()
    await asyncio.wait_for(waiting, 1)

    requests.started()
    began = time.monotonic()
    await requests.quiet(0.05)  # never quiet: it gives up after the time given
    assert 0.04 <= time.monotonic() - began < 1
    assert requests.busy


# --- the deliverer -------------------------------------------------------------------------------


async def test_while_requests_are_answered_the_deliverer_claims_a_little_once_per_interval() -> (
    None
):
    channel = Backlog(items=100)
    requests, background = with_a_request_open(
        channel, claim_every=0.3, claim_at_most=5, for_at_most=60
    )
    began = time.monotonic()
    async with background.running():
        for _ in range(7):  # more work keeps coming, as the request's events would
            channel.add(1)
            await background.recorded(channel.name, CLOCK_START)
            await asyncio.sleep(0.1)
        during, busy_for = len(channel.claims), time.monotonic() - began

        requests.ended()
        await until(lambda: not channel.waiting)

    gaps = [later - earlier for earlier, later in pairwise(channel.claims[:during])]
    assert 2 <= during <= 1 + busy_for / 0.3
    assert all(gap >= 0.28 for gap in gaps)
    assert channel.sizes[:during] == [5] * during
    assert channel.sizes[during:] == [107 - 5 * during]  # quiet: all that waits at once


async def test_the_deliverer_claims_at_once_when_the_worker_falls_quiet() -> None:
    channel = Backlog()
    requests, background = with_a_request_open(channel, claim_every=30, for_at_most=60)
    async with background.running():
        channel.add(1)  # the first claim: none came before
        await until(lambda: len(channel.done) == 1)
        channel.add(1)
        await background.recorded(channel.name, CLOCK_START)
        await asyncio.sleep(0.1)
        assert len(channel.done) == 1  # held back while the request is answered

        requests.ended()
        await until(lambda: len(channel.done) == 2)
        assert len(channel.claims) == 2


async def test_a_deliverer_behind_for_too_long_catches_up_then_lets_requests_go_first_again() -> (
    None
):
    channel = Backlog(items=10)
    _, background = with_a_request_open(channel, claim_every=0.3, claim_at_most=2, for_at_most=0.2)
    async with background.running():
        await until(lambda: len(channel.done) == 10)
        channel.add(5)  # caught up: the next claims are small and waited for again
        await background.recorded(channel.name, CLOCK_START)
        await until(lambda: len(channel.done) == 15)

    assert channel.sizes == [2, 8, 2, 3]  # a little, the rest once behind too long; again
    first_gap, second_gap, third_gap = (b - a for a, b in pairwise(channel.claims))
    assert 0.19 <= first_gap < 0.29  # behind for too long before the interval ended
    assert second_gap >= 0.29  # caught up: the interval again
    assert 0.19 <= third_gap < 0.29


async def test_events_held_back_by_a_running_transaction_are_not_a_backlog() -> None:
    channel = Backlog()
    channel.look_again_soon = True  # as under steady writes: it looks again soon, ever
    _, background = with_a_request_open(channel, claim_every=0.25, for_at_most=0.1)
    async with background.running():
        for _ in range(16):
            channel.add(1)
            await asyncio.sleep(0.05)

    gaps = [later - earlier for earlier, later in pairwise(channel.claims)]
    assert len(gaps) >= 1
    assert all(gap >= 0.24 for gap in gaps)  # never behind: still once per interval


async def test_work_left_waiting_behind_the_rows_is_a_backlog() -> None:
    channel = Backlog(items=3)
    channel.more_waiting = True  # events not yet turned into rows, say
    _, background = with_a_request_open(channel, claim_every=30, claim_at_most=5, for_at_most=0.2)
    async with background.running():
        await until(lambda: len(channel.done) == 3)
        channel.add(1)
        await until(lambda: len(channel.done) == 4)

    assert channel.claims[1] - channel.claims[0] >= 0.19  # not 30 s: behind for too long


async def test_without_requests_first_the_deliverer_never_waits_for_requests() -> None:
    requests = RequestsInFlight()
    requests.started()
    channel = Backlog()
    background = deliverer(channel, None)
    async with background.running():
        for _ in range(3):
            channel.add(1)
            await background.recorded(channel.name, CLOCK_START)
            await until(lambda: not channel.waiting, seconds=0.5)  # claim_every is 1 s

    assert len(channel.claims) == 3


# --- the app -------------------------------------------------------------------------------------


def test_the_setting_turns_requests_first_off_at_zero() -> None:
    requests = RequestsInFlight()

    assert (
        requests_first_for(
            SETTINGS.model_copy(update={"DELIVERY_REQUESTS_FIRST_SECONDS": 0}), requests
        )
        is None
    )
    first = requests_first_for(
        SETTINGS.model_copy(update={"DELIVERY_REQUESTS_FIRST_SECONDS": 45}), requests
    )
    assert first is not None
    assert (first.requests, first.for_at_most) == (requests, 45)


async def test_the_app_counts_its_requests_while_they_are_open(database_url: str) -> None:
    app = create_app(SETTINGS.model_copy(update={"DATABASE_URL": database_url}))
    requests: RequestsInFlight = app.state.requests_in_flight
    uploading = asyncio.Event()
    go_on = asyncio.Event()

    async def slow_body() -> AsyncIterator[bytes]:
        yield b'{"query": '
        uploading.set()
        await go_on.wait()
        yield b'"{ __typename }"}'

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        headers = {"content-type": "application/json"}
        answer = asyncio.ensure_future(
            client.post("/graphql", content=slow_body(), headers=headers)
        )
        await asyncio.wait_for(uploading.wait(), 5)
        await asyncio.sleep(0.01)
        assert requests.busy
        go_on.set()
        response = await answer

    assert response.json() == {"data": {"__typename": "Query"}}
    assert not requests.busy
