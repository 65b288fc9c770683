"""How long an event takes to reach subscribers: `python -m bench.events [--rounds N]`.

`partnerlink serve`'s app under uvicorn with two workers on a fresh PostgreSQL database, SUBSCRIBERS
gql clients subscribed to the partner's `events` over WebSocket (spread over both workers by the
kernel), and a budget set ROUNDS times over HTTP on a new connection each time (either worker
answers). For each subscriber and round: the time from the mutation's answer (the change is
committed by then) to the event's arrival, and from the request's start. Prints p50, p99 and max.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from typing import Any

import httpx
from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport
from strawberry.relay import GlobalID

from bench import seed
from bench.run import postgres_db
from bench.servers import Server
from models import Association

SUBSCRIBERS = 8
EVENTS = "subscription { events(types: [BUDGET_SET]) { id data } }"
SET_BUDGET = (
    "mutation($id: ID!, $amount: Decimal!) { setBudget(input: {customerId: $id, kind: MONTHLY, "
    "amount: $amount}) { errors { code } } }"
)


async def subscriber(
    url: str, key: str, arrivals: dict[str, list[float]], ready: asyncio.Event
) -> None:
    transport = WebsocketsTransport(url=url, init_payload={"Authorization": f"Bearer {key}"})
    async with Client(transport=transport) as session:
        ready.set()
        async for result in session.subscribe(gql(EVENTS)):
            arrivals.setdefault(result["events"]["data"]["amount"], []).append(time.monotonic())


async def all_arrived(arrivals: dict[str, list[float]], amount: str, deadline: float) -> None:
    """Until every subscriber has the event of `amount`, or the deadline (the subscribers' tasks
    fill `arrivals`; a 5 ms look is far below what is measured)."""
    for _ in range(round((deadline - time.monotonic()) / 0.005)):
        if len(arrivals.get(amount, [])) >= SUBSCRIBERS:
            return
        await asyncio.sleep(0.005)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"{name}: n={len(ms)} p50={statistics.median(ms):.0f} ms "
        f"p99={percentile(ms, 0.99):.0f} ms max={max(ms):.0f} ms"
    )


async def measure(rounds: int) -> None:
    async with postgres_db(f"bench_events_{uuid.uuid4().hex[:8]}") as url:
        async with seed.tortoise(url):
            made = await seed.dashboard_partner(1)
            association = await Association.get(partner_id=made.partner_id)
        customer = str(GlobalID("Customer", str(association.customer_id)))
        with Server("app.main:app", url, workers=2) as server:
            await run_rounds(server.port, made.api_key, customer, rounds)


async def run_rounds(port: int, key: str, customer: str, rounds: int) -> None:
    arrivals: dict[str, list[float]] = {}
    readies = [asyncio.Event() for _ in range(SUBSCRIBERS)]
    url = f"ws://127.0.0.1:{port}/graphql"
    tasks = [asyncio.create_task(subscriber(url, key, arrivals, r)) for r in readies]
    await asyncio.gather(*(r.wait() for r in readies))
    await asyncio.sleep(1.0)  # every subscription read its (empty) backlog
    from_commit: list[float] = []
    from_request: list[float] = []
    for n in range(rounds):
        amount = f"{100 + n}.00"
        started = time.monotonic()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            body: dict[str, Any] = (
                await client.post(
                    "/graphql",
                    json={"query": SET_BUDGET, "variables": {"id": customer, "amount": amount}},
                    headers={"Authorization": f"Bearer {key}"},
                )
            ).json()
        answered = time.monotonic()
        assert body["data"]["setBudget"]["errors"] == [], body
        deadline = answered + 10
        await all_arrived(arrivals, amount, deadline)
        got = arrivals.get(amount, [])
        from_commit += [max(0.0, at - answered) for at in got]
        from_request += [at - started for at in got]
        if len(got) < SUBSCRIBERS:
            print(f"round {n}: {len(got)} of {SUBSCRIBERS} subscribers within 10 s")
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"{SUBSCRIBERS} subscribers, {rounds} events, 2 workers, PostgreSQL")
    print(summary("from the mutation's answer", from_commit))
    print(summary("from the mutation's request", from_request))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.events")
    parser.add_argument("--rounds", type=int, default=50)
    asyncio.run(measure(parser.parse_args().rounds))


if __name__ == "__main__":
    main()
