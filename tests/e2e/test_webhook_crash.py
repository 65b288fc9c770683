"""Webhooks survive a crash: the server is SIGKILLed while its deliverer is sending, restarted on
the same database, and every event then reaches the receiver; an event that arrives twice
arrives with the same `webhook-id` and body, and one customer's events first arrive in order.

The receiver is real (uvicorn on 127.0.0.1, verifying each signature with `standardwebhooks`)
and slow, so that deliveries are in flight at the kill. The database follows
PARTNERLINK_TEST_DATABASE.
"""

from __future__ import annotations

import asyncio
import functools
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.database import Dialect
from tests.e2e.test_crash_safety import associate_all
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
from tests.webhook_receiver import Receiver, receiving

CUSTOMERS = 24
DELIVERY_SECONDS = 90.0
ready = functools.partial(start, ready_seconds=120.0)  # a busy machine starts slowly

CREATE = """mutation($url: String!) {
  createWebhookEndpoint(input: {url: $url}) { secret errors { code message } }
}"""


async def create_endpoint(server: Server, key: str, url: str) -> str:
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(
            server.graphql_url,
            json={"query": CREATE, "variables": {"url": url}},
            headers={"Authorization": f"Bearer {key}"},
        )
    made = response.json()["data"]["createWebhookEndpoint"]
    assert made["errors"] == []
    return str(made["secret"])


async def wait_until(check: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not await check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.2)


def first_arrivals(receiver: Receiver) -> list[str]:
    seen: list[str] = []
    for received in receiver.received:
        if received.webhook_id not in seen:
            seen.append(received.webhook_id)
    return seen


async def test_a_killed_server_delivers_every_event_after_its_restart(
    request: pytest.FixtureRequest, dialect: Dialect, tmp_path: Path
) -> None:
    async with scratch_database(dialect, tmp_path, "hooks") as url:
        env = server_env(url, free_port(), WEBHOOK_TIMEOUT_SECONDS="2")
        workdir = workdir_in(tmp_path)
        log = tmp_path / "server.log"
        command(env, workdir, "migrate")
        seeded = await asyncio.to_thread(crowd, env, "seed", str(CUSTOMERS))
        partner = seeded["partner"]
        async with receiving() as receiver:
            receiver.delay = 0.05
            server = await asyncio.to_thread(ready, env, workdir, log)
            attach(request, server)
            try:
                receiver.secrets.append(await create_endpoint(server, partner["key"], receiver.url))
                stream = await associate_all(server, seeded["customers"])
                assert stream.refused == []
                await wait_until(lambda: _received_at_least(receiver, 10), DELIVERY_SECONDS)
                server.kill()  # SIGKILL, with deliveries under way
                at_kill = len(receiver.received)
            finally:
                stop(server.process)

            server = await asyncio.to_thread(ready, env, workdir, log)
            attach(request, server)
            try:
                await wait_until(lambda: _all_delivered(env, partner["id"]), DELIVERY_SECONDS)
            finally:
                stop(server.process)

        told = await asyncio.to_thread(crowd, env, "events", str(partner["id"]))
    expected = [f"evt_{event['id']}" for event in told["events"]]
    arrived = first_arrivals(receiver)
    assert receiver.refused == [], "a signature did not verify"
    assert sorted(arrived) == sorted(expected), "an event was lost"
    assert at_kill < len(expected), "everything was sent before the kill"
    bodies: dict[str, bytes] = {}
    for received in receiver.received:
        assert bodies.setdefault(received.webhook_id, received.body) == received.body
    for customer in {event["customer"] for event in told["events"]}:
        theirs = [f"evt_{e['id']}" for e in told["events"] if e["customer"] == customer]
        assert [a for a in arrived if a in theirs] == theirs, "a customer's events out of order"
    print(
        f"\n{dialect}: {len(expected)} events, {at_kill} received before SIGKILL, "
        f"{len(receiver.received) - len(expected)} repeats after the restart"
    )


async def _received_at_least(receiver: Receiver, count: int) -> bool:
    return len(receiver.received) >= count


async def _all_delivered(env: dict[str, str], partner_id: int) -> bool:
    told = await asyncio.to_thread(crowd, env, "events", str(partner_id))
    return bool(told["events"]) and told["pending"] == told["undelivered"] == 0
