"""Crash safety: the server is SIGKILLed in the middle of a stream of associations, and every
association is found either whole or absent; restarted on the same database, the server
associates the rest.

The database follows PARTNERLINK_TEST_DATABASE (a SQLite file, or PostgreSQL): `dev.py test` and
CI run it on both. Before the server starts, N newly registered customers are prepared in its
database, each with a single-use link invitation of a reseller partner and a live session
(tests.support.crowd). Several clients, each on its own connection, send `associate` for them;
when KILL_AFTER have succeeded the server gets SIGKILL, with the other clients' requests in
flight. With the server dead, a separate process reads every trace an association leaves.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

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

CUSTOMERS = 60
CLIENTS = 8
KILL_AFTER = 20
REQUEST_TIMEOUT_SECONDS = 30.0

ASSOCIATE = """mutation($input: AssociateInput!) {
  associate(input: $input) { created association { state } errors { code field } }
}"""

# Every trace of a whole association of a new link customer with a reseller, and of none.
WHOLE = {
    "association": 1,
    "pendingBudgetFreeze": 1,
    "associationCreatedEvents": 1,
    "accountFrozenEvents": 1,
    "customerEnabledEvents": 1,
    "invitationUses": 1,
    "billingCountry": "DE",
    "agreementAccepted": True,
}
ABSENT = {
    "association": 0,
    "pendingBudgetFreeze": 0,
    "associationCreatedEvents": 0,
    "accountFrozenEvents": 0,
    "customerEnabledEvents": 0,
    "invitationUses": 0,
    "billingCountry": None,
    "agreementAccepted": False,
}


@dataclass
class Stream:
    """What the clients saw: customers answered `created`, sent without an answer when the
    server died, and refused (none expected)."""

    succeeded: list[int] = field(default_factory=list)
    in_flight: set[int] = field(default_factory=set)
    in_flight_at_kill: set[int] = field(default_factory=set)
    refused: list[tuple[int, Any]] = field(default_factory=list)
    killed: bool = False


async def associate_all(
    server: Server, customers: list[dict[str, Any]], *, kill_after: int | None = None
) -> Stream:
    """CLIENTS concurrent clients associate the customers; with `kill_after`, the server is
    SIGKILLed as soon as that many have succeeded, and nothing more is sent."""
    stream = Stream()
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for customer in customers:
        queue.put_nowait(customer)

    async def client() -> None:
        async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT_SECONDS) as http:
            while not stream.killed and not queue.empty():
                customer = queue.get_nowait()
                stream.in_flight.add(customer["id"])
                try:
                    response = await http.post(
                        server.graphql_url,
                        json={"query": ASSOCIATE, "variables": {"input": steps(customer)}},
                        headers={"Authorization": f"Bearer {customer['session']}"},
                    )
                except httpx.TransportError:
                    assert stream.killed, "the server failed before it was killed"
                    return
                stream.in_flight.discard(customer["id"])
                answer = response.json().get("data", {}) or {}
                if (answer.get("associate") or {}).get("created") is True:
                    stream.succeeded.append(customer["id"])
                else:
                    stream.refused.append((customer["id"], response.json()))
                if kill_after is not None and len(stream.succeeded) == kill_after:
                    server.kill()  # SIGKILL, while the other clients wait for answers
                    stream.killed = True
                    stream.in_flight_at_kill = set(stream.in_flight)

    await asyncio.gather(*(client() for _ in range(CLIENTS)))
    return stream


def steps(customer: dict[str, Any]) -> dict[str, Any]:
    return {
        "token": customer["token"],
        "acceptResellerInstructions": True,
        "billingCountry": "de",
        "acceptCustomerAgreement": True,
    }


async def test_a_killed_server_leaves_every_association_whole_or_absent(
    request: pytest.FixtureRequest, dialect: Dialect, tmp_path: Path
) -> None:
    async with scratch_database(dialect, tmp_path, "crash") as url:
        env = server_env(url, free_port())
        workdir = workdir_in(tmp_path)
        log = tmp_path / "server.log"
        command(env, workdir, "migrate")
        customers: list[dict[str, Any]] = crowd(env, "seed", str(CUSTOMERS))["customers"]
        ids = [customer["id"] for customer in customers]

        server = start(env, workdir, log)
        attach(request, server)
        try:
            stream = await associate_all(server, customers, kill_after=KILL_AFTER)
        finally:
            stop(server.process)
        assert stream.killed and server.process.returncode == -9
        assert stream.refused == []
        assert stream.in_flight_at_kill, "nothing was in flight when the server was killed"

        traces: dict[str, dict[str, Any]] = crowd(env, "inspect", *map(str, ids))
        whole = {int(i) for i, seen in traces.items() if seen == WHOLE}
        absent = {int(i) for i, seen in traces.items() if seen == ABSENT}
        halves = {i: seen for i, seen in traces.items() if int(i) not in whole | absent}
        assert halves == {}, "associations left half done"
        assert set(stream.succeeded) <= whole, "an answered association was lost"
        unsent = set(ids) - set(stream.succeeded) - stream.in_flight_at_kill
        assert unsent <= absent
        print(
            f"\n{dialect}: {len(stream.succeeded)} associated before SIGKILL, "
            f"{len(stream.in_flight_at_kill)} in flight at the kill "
            f"({len(stream.in_flight_at_kill & whole)} of them committed, "
            f"{len(stream.in_flight_at_kill & absent)} rolled back), {len(unsent)} never sent"
        )

        # Restarted on the same database, the server associates every customer left over.
        rest = [customer for customer in customers if customer["id"] not in whole]
        server = start(env, workdir, log)
        attach(request, server)
        try:
            after = await associate_all(server, rest)
        finally:
            stop(server.process)
        assert after.refused == []
        assert sorted(after.succeeded) == sorted(customer["id"] for customer in rest)
        final = crowd(env, "inspect", *map(str, ids))
        assert all(seen == WHOLE for seen in final.values())
