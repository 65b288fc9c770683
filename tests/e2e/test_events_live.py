"""The `events` subscription against a live `partnerlink serve`, with the gql client's WebSocket
transport as subscriber: on PostgreSQL two workers (an event caused through one reaches
subscribers on both within a second, through LISTEN/NOTIFY), on SQLite one (woken in process).
Resuming with `after` misses nothing and repeats nothing; a revoked key's stream is closed; a
customer sees only its own events."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport
from websockets.exceptions import ConnectionClosed

from app.database import Dialect
from tests.live_server import (
    Server,
    attach,
    command,
    crowd,
    scratch_database,
    server_env,
    start,
    stop,
    workdir_in,
)
from tests.test_mail import free_port

WORKERS_READY = 120.0
ARRIVAL_SECONDS = 1.0
SUBSCRIBERS = 8
EVENTS = (
    "subscription($types: [EventType!], $after: ID) "
    "{ events(types: $types, after: $after) { id type customerId data } }"
)


@dataclass
class Live:
    server: Server
    partner_key: str
    customers: list[dict[str, Any]]
    database_url: str
    folder: Path

    @property
    def ws_url(self) -> str:
        return self.server.graphql_url.replace("http://", "ws://")

    async def call(self, query: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
        """One request on a new connection, so that any worker may answer it."""
        async with httpx.AsyncClient(base_url=self.server.base_url, timeout=10) as client:
            response = await client.post(
                "/graphql",
                json={"query": query, "variables": variables},
                headers={"Authorization": f"Bearer {token}"},
            )
        body: dict[str, Any] = response.json()
        assert "errors" not in body, body
        data: dict[str, Any] = body["data"]
        return data

    async def set_budget(self, customer_id: int, amount: str) -> None:
        data = await self.call(
            "mutation($id: ID!, $amount: Decimal!) { setBudget(input: {customerId: $id, "
            "kind: MONTHLY, amount: $amount}) { errors { code } } }",
            {"id": customer_gid(customer_id), "amount": amount},
            self.partner_key,
        )
        assert data["setBudget"]["errors"] == []


def customer_gid(customer_id: int) -> str:
    from strawberry.relay import GlobalID

    return str(GlobalID("Customer", str(customer_id)))


@pytest.fixture
async def live(
    request: pytest.FixtureRequest, dialect: Dialect, tmp_path: Path
) -> AsyncIterator[Live]:
    async with scratch_database(dialect, tmp_path, "events") as url:
        env = server_env(url, free_port())
        workdir = workdir_in(tmp_path)
        command(env, workdir, "migrate")
        seeded = crowd(env, "seed", "4", "--associated", "3")
        workers = "2" if dialect == "postgres" else "1"
        server = start(
            env, workdir, tmp_path / "server.log", "--workers", workers, ready_seconds=WORKERS_READY
        )
        attach(request, server)
        await every_worker_started(server, int(workers))
        try:
            yield Live(server, seeded["partner"]["key"], seeded["customers"], url, tmp_path)
        finally:
            stop(server.process)


async def every_worker_started(server: Server, workers: int) -> None:
    """Ready answers once one worker is: subscribers connected before the other started would
    all be on the first."""
    deadline = time.monotonic() + WORKERS_READY
    while server.output().count("Application startup complete") < workers:
        assert time.monotonic() < deadline, server.output()
        await asyncio.sleep(0.1)


def close_code(error: BaseException | None) -> int | None:
    """The code the server closed the WebSocket with, under the gql client's exception."""
    while error is not None:
        if isinstance(error, ConnectionClosed) and error.rcvd is not None:
            return error.rcvd.code
        error = error.__cause__
    return None


@dataclass
class Subscriber:
    """A gql client subscribed to `events`, keeping what arrives and when."""

    url: str
    token: str
    variables: dict[str, Any] = field(default_factory=dict)
    received: list[tuple[float, dict[str, Any]]] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None
    ended: BaseException | None = None

    async def run(self) -> None:
        transport = WebsocketsTransport(
            url=self.url, init_payload={"Authorization": f"Bearer {self.token}"}
        )
        try:
            request = gql(EVENTS)
            request.variable_values = self.variables
            async with Client(transport=transport) as session:
                async for result in session.subscribe(request):
                    self.received.append((time.monotonic(), result["events"]))
                    self.arrived.set()
        except Exception as error:  # kept for the assertions (closed, refused...)
            self.ended = error

    def start(self) -> Subscriber:
        self.task = asyncio.create_task(self.run())
        return self

    async def stop(self) -> None:
        assert self.task is not None
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)

    @property
    def events(self) -> list[dict[str, Any]]:
        return [event for _, event in self.received]

    async def wait_for(self, count: int, seconds: float = 10.0) -> None:
        deadline = time.monotonic() + seconds
        while len(self.received) < count:
            self.arrived.clear()
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"{len(self.received)} of {count}: {self.events} {self.ended!r}"
            with suppress(TimeoutError):
                await asyncio.wait_for(self.arrived.wait(), remaining)

    async def wait_until_budget(self, amount: str, seconds: float = 10.0) -> float:
        """When the `budget.set` event of this amount arrived."""
        deadline = time.monotonic() + seconds
        while True:
            for arrival, event in self.received:
                if event["type"] == "BUDGET_SET" and event["data"]["amount"] == amount:
                    return arrival
            self.arrived.clear()
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no budget of {amount} in {self.events} ({self.ended!r})"
            with suppress(TimeoutError):
                await asyncio.wait_for(self.arrived.wait(), remaining)


BACKLOG = 3 * 3  # each associated customer: association.created, invitation.used, freeze.added


async def test_an_event_reaches_every_subscriber_within_a_second(live: Live) -> None:
    subscribers = [Subscriber(live.ws_url, live.partner_key).start() for _ in range(SUBSCRIBERS)]
    for subscriber in subscribers:
        await subscriber.wait_for(BACKLOG)
    latencies = []
    for amount in ["10", "20", "30", "40", "50", "60"]:
        await live.set_budget(live.customers[0]["id"], amount)
        caused = time.monotonic()  # committed by now (a little earlier, in fact)
        for subscriber in subscribers:
            latencies.append(await subscriber.wait_until_budget(f"{amount}.00") - caused)
    for subscriber in subscribers:
        await subscriber.stop()

    assert max(latencies) < ARRIVAL_SECONDS, latencies
    assert len({tuple(e["id"] for e in s.events) for s in subscribers}) == 1  # all the same


async def test_an_event_caused_through_another_server_reaches_the_subscriber_within_a_second(
    live: Live, request: pytest.FixtureRequest, dialect: Dialect
) -> None:
    """Two `serve` processes on one PostgreSQL database: the subscriber is surely on the other
    process than the one that commits (with one server of two workers, the kernel decides)."""
    if dialect != "postgres":
        pytest.skip("SQLite serves one machine's process; PostgreSQL carries events across")
    folder = live.folder / "second"
    folder.mkdir()
    other = start(
        server_env(live.database_url, free_port()),
        workdir_in(folder),
        folder / "server.log",
        ready_seconds=WORKERS_READY,
    )
    attach(request, other)
    try:
        subscriber = Subscriber(live.ws_url, live.partner_key).start()
        await subscriber.wait_for(BACKLOG)
        latencies = []
        for amount in ("71", "72", "73"):
            through_other = Live(other, live.partner_key, live.customers, "", folder)
            await through_other.set_budget(live.customers[2]["id"], amount)
            caused = time.monotonic()
            latencies.append(await subscriber.wait_until_budget(f"{amount}.00") - caused)
        await subscriber.stop()
    finally:
        stop(other.process)

    assert max(latencies) < ARRIVAL_SECONDS, latencies


async def test_a_subscriber_that_reconnects_after_an_event_gets_exactly_the_missed_ones(
    live: Live,
) -> None:
    first = Subscriber(live.ws_url, live.partner_key).start()
    await first.wait_for(BACKLOG)
    await first.stop()
    last = first.events[-1]["id"]
    for amount in ("11", "12", "13"):
        await live.set_budget(live.customers[1]["id"], amount)

    again = Subscriber(live.ws_url, live.partner_key, {"after": last}).start()
    await again.wait_for(4)  # the budget of 11 lifted the customer's pending-budget freeze
    await live.set_budget(live.customers[1]["id"], "14")
    await again.wait_for(5)
    await asyncio.sleep(0.5)  # nothing more comes
    await again.stop()

    assert [(e["type"], e["data"].get("amount")) for e in again.events] == [
        ("BUDGET_SET", "11.00"),
        ("FREEZE_LIFTED", None),
        ("BUDGET_SET", "12.00"),
        ("BUDGET_SET", "13.00"),
        ("BUDGET_SET", "14.00"),
    ]
    assert len({e["id"] for e in first.events + again.events}) == BACKLOG + 5


async def test_a_revoked_keys_stream_is_closed(live: Live) -> None:
    issued = await live.call(
        'mutation { issueApiKey(input: {label: "stream", role: READ}) '
        "{ secret apiKey { prefix } errors { code } } }",
        {},
        live.partner_key,
    )
    subscriber = Subscriber(live.ws_url, issued["issueApiKey"]["secret"]).start()
    await subscriber.wait_for(BACKLOG)

    await live.call(
        "mutation($p: String!) { revokeApiKey(input: {prefix: $p}) { errors { code } } }",
        {"p": issued["issueApiKey"]["apiKey"]["prefix"]},
        live.partner_key,
    )
    assert subscriber.task is not None
    await asyncio.wait_for(asyncio.shield(subscriber.task), 8)

    assert close_code(subscriber.ended) == 4401, subscriber.ended


async def test_a_stream_is_closed_when_its_session_ends(live: Live) -> None:
    session = live.customers[2]["session"]
    subscriber = Subscriber(live.ws_url, session).start()
    await subscriber.wait_for(2)  # its association and its freeze

    await live.call("mutation { logout { loggedOut } }", {}, session)
    assert subscriber.task is not None
    await asyncio.wait_for(asyncio.shield(subscriber.task), 8)

    assert close_code(subscriber.ended) == 4401, subscriber.ended


async def test_unknown_credentials_are_refused_at_connection_init(live: Live) -> None:
    subscriber = Subscriber(live.ws_url, "plk_nothing_" + "x" * 43).start()
    assert subscriber.task is not None
    await asyncio.wait_for(asyncio.shield(subscriber.task), 10)

    assert close_code(subscriber.ended) == 4403, subscriber.ended
    assert subscriber.events == []


async def test_a_customer_sees_only_its_own_events(live: Live) -> None:
    mine, theirs = live.customers[0], live.customers[1]
    subscriber = Subscriber(live.ws_url, mine["session"]).start()
    await subscriber.wait_for(2)  # its association and its freeze

    await live.set_budget(theirs["id"], "15")
    await live.set_budget(mine["id"], "16")
    await subscriber.wait_for(4)  # its budget, and the freeze the budget lifted
    await asyncio.sleep(0.5)
    await subscriber.stop()

    assert {e["customerId"] for e in subscriber.events} == {customer_gid(mine["id"])}
    assert [e["type"] for e in subscriber.events] == [
        "ASSOCIATION_CREATED",
        "FREEZE_ADDED",
        "BUDGET_SET",
        "FREEZE_LIFTED",
    ]
