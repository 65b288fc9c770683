"""Webhooks under load, on PostgreSQL, printed and rerunnable:

    .venv/bin/python -m bench.webhooks [--clients 32] [--per-client 20] [--pairs 3]
                                       [--paced-rate 30] [--paced-seconds 10] [--backlog 3000]

1. Cost, twice: 32 clients associate customers of a reseller partner with three webhook
   endpoints, and of a partner with none (one uvicorn worker of the real app, each partner with
   a subscriber to its `events`), in rounds of 32 x `--per-client` associations taking turns
   without, with, with, without, `--pairs` times: associate throughput with / without (each
   association tells of 3 events, so 9 webhooks). First with the deliverer inside `serve`, then
   with `DELIVER_IN_SERVE=false` and one `partnerlink deliver` beside it (at its default
   niceness). Also the rate "with every webhook delivered": the round's associations over the
   time from its start to its last webhook's arrival (the deliverer may still be sending after
   the last answer). Under 32 clients the worker is saturated, and inside `serve` requests go
   first: the commit-to-arrival times of these rounds are those of a backlog.
2. Commit to arrival at a steady rate below saturation (`--paced-rate` associations a second):
   for every `association.created` webhook, the time from the client's answer (the answer
   follows the commit) to the webhook's arrival at the receiver, p50 and p99; and the same to a
   subscriber of the partner's `events` (gql over WebSocket, on the same worker).
3. One worker's rate: a backlog of events recorded while no deliverer runs, then one
   `partnerlink deliver` process alone: webhooks per second from the first arrival to the last.

The receiver is a small HTTP/1.1 server in this process (keep-alive, 204 at once); it verifies
a sample of signatures with `standardwebhooks` after the run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gql import Client, gql
from gql.transport.websockets import WebsocketsTransport
from standardwebhooks.webhooks import Webhook

from bench import seed
from bench.loadgen import Connection, post_json
from bench.run import associate_body, postgres_db
from bench.servers import Server
from models import Partner
from models.enums import CooperationModel
from rules.actors import OperatorActor, PartnerActor
from rules.clock import FakeClock
from rules.partners import issue_api_key
from rules.webhooks import create_endpoint

REAL_APP = "app.main:app"
REPO = Path(__file__).resolve().parents[1]


@dataclass
class Arrivals:
    """What the receiver got: arrival time by webhook id and endpoint path, and a sample."""

    at: dict[tuple[str, str], float] = field(default_factory=dict)
    count: int = 0
    sample: list[tuple[bytes, dict[str, str], str]] = field(default_factory=list)
    customer_of: dict[str, str] = field(default_factory=dict)  # webhook id -> customer gid
    first: float = 0.0
    last: float = 0.0


async def receiver(arrivals: Arrivals) -> tuple[asyncio.Server, int]:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    if name:
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                now = time.time()
                webhook_id = headers.get("webhook-id", "")
                arrivals.at.setdefault((webhook_id, path), now)
                arrivals.count += 1
                arrivals.first = arrivals.first or now
                arrivals.last = now
                if b'"association.created"' in body:
                    customer = json.loads(body)["data"]["customerId"]
                    arrivals.customer_of[webhook_id] = customer
                if len(arrivals.sample) < 30:
                    arrivals.sample.append((body, headers, path))
                writer.write(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


@dataclass
class Partnered:
    partner_id: int
    newcomers: list[seed.Newcomer]
    secrets: dict[str, str]  # endpoint path -> secret
    customer_gids: list[str]
    api_key: str


async def seeded(url: str, count: int, endpoints: int, port: int) -> Partnered:
    from strawberry import relay
    from tortoise.transactions import in_transaction

    from rules.sessions import start_session

    clock = FakeClock(datetime.now(UTC))
    async with seed.tortoise(url):
        partner = await Partner.create(
            name=f"Bench hooks {uuid.uuid4().hex[:8]}",
            cooperation_model=CooperationModel.RESELLER,
            created_at=clock.now(),
        )
        secrets = {}
        for index in range(endpoints):
            path = f"/hook/{partner.id}/{index}"
            made = await create_endpoint(
                actor=PartnerActor(partner.id),
                url=f"http://127.0.0.1:{port}{path}",
                allow_private=True,
            )
            secrets[path] = made.secret
        issued = await issue_api_key(actor=OperatorActor(), partner_id=partner.id)
        made_newcomers, gids = [], []
        async with in_transaction():
            for _ in range(count):
                customer, token = await seed.newcomer(partner.id, clock)
                _, session = await start_session(customer.id)
                made_newcomers.append(seed.Newcomer(token, session))
                gids.append(str(relay.GlobalID("Customer", str(customer.id))))
    return Partnered(partner.id, made_newcomers, secrets, gids, issued.secret)


@dataclass
class Round:
    seconds: float
    answered_at: dict[str, float]  # customer gid -> when its answer arrived


async def associate_round(
    port: int, who: Partnered, start: int, per_client: int, clients: int
) -> Round:
    connections = [await Connection.open("127.0.0.1", port) for _ in range(clients)]
    answered: dict[str, float] = {}

    async def client(index: int) -> None:
        for k in range(per_client):
            n = start + index * per_client + k
            newcomer = who.newcomers[n]
            request = post_json("/graphql", associate_body(newcomer), token=newcomer.session_token)
            response = await connections[index].send(request)
            answered[who.customer_gids[n]] = time.time()
            body = json.loads(response.body)
            if not body.get("data", {}).get("associate", {}).get("created"):
                raise RuntimeError(f"associate failed: {response.body[:300]!r}")

    began = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    seconds = time.perf_counter() - began
    for conn in connections:
        await conn.close()
    return Round(seconds, answered)


SUBSCRIBE = "subscription { events(types: [ASSOCIATION_CREATED]) { customerId } }"


async def subscriber(port: int, key: str, arrived: dict[str, float], ready: asyncio.Event) -> None:
    """The partner's event stream: when each customer's `association.created` arrived."""
    transport = WebsocketsTransport(
        url=f"ws://127.0.0.1:{port}/graphql", init_payload={"Authorization": f"Bearer {key}"}
    )
    async with Client(transport=transport) as session:
        ready.set()
        async for result in session.subscribe(gql(SUBSCRIBE)):
            arrived[result["events"]["customerId"]] = time.time()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def wait_for(arrivals: Arrivals, count: int, seconds: float) -> bool:
    for _ in range(int(seconds / 0.05)):  # the receiver counts; no event to wait on
        if arrivals.count >= count:
            break
        await asyncio.sleep(0.05)
    return arrivals.count >= count


def verify_sample(arrivals: Arrivals, secrets: dict[str, str]) -> int:
    verified = 0
    for body, headers, path in arrivals.sample:
        if path in secrets:
            Webhook(secrets[path]).verify(body, headers)
            verified += 1
    return verified


def deliver_process(url: str, poll_seconds: str = "1") -> Any:
    """`partnerlink deliver` as a process of its own, on `url`."""
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "WEBHOOK_ALLOW_PRIVATE_TARGETS": "true",
        "DELIVERY_POLL_SECONDS": poll_seconds,
        "LOG_LEVEL": "WARNING",
    }
    return asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app.cli",
        "deliver",
        cwd=REPO,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


def arrival_latencies(arrivals: Arrivals, answered_at: dict[str, float]) -> list[float]:
    """Milliseconds from each association's answer to each of its `association.created`
    webhooks' arrival."""
    return [
        (arrived - answered_at[customer]) * 1000
        for (webhook_id, _path), arrived in list(arrivals.at.items())
        if (customer := arrivals.customer_of.get(webhook_id)) in answered_at
    ]


async def load_phase(url: str, args: argparse.Namespace, placement: str) -> dict[str, Any]:
    """32 clients associating, with three endpoints and with none, taking turns; the
    deliverer inside `serve` ("serve") or as `partnerlink deliver` beside it ("apart")."""
    arrivals = Arrivals()
    server, port = await receiver(arrivals)
    rounds = 2 * args.pairs  # of each side
    per_round = args.clients * args.per_client
    total = rounds * per_round
    hooked = await seeded(url, total + args.clients, 3, port)
    plain = await seeded(url, total + args.clients, 0, port)
    env = {
        "WEBHOOK_ALLOW_PRIVATE_TARGETS": "true",
        "DELIVERY_POLL_SECONDS": "1",
        "DELIVER_IN_SERVE": "true" if placement == "serve" else "false",
    }
    answered: dict[str, list[float]] = {"with": [], "without": []}
    sustained: list[float] = []
    latencies: list[float] = []
    to_subscriber: list[float] = []
    streamed: dict[str, float] = {}
    apart = await deliver_process(url) if placement == "apart" else None
    with Server(REAL_APP, url, env=env) as app:
        # Each partner has a subscriber, so that the endpoints are all the two sides differ by.
        ready = [asyncio.Event(), asyncio.Event()]
        streams = [
            asyncio.ensure_future(subscriber(app.port, hooked.api_key, streamed, ready[0])),
            asyncio.ensure_future(subscriber(app.port, plain.api_key, {}, ready[1])),
        ]
        await asyncio.wait_for(asyncio.gather(*(r.wait() for r in ready)), 30)
        # Warm-up: one association per client on each side, not measured, and its webhooks
        # delivered before the first round.
        await associate_round(app.port, hooked, total, 1, args.clients)
        await associate_round(app.port, plain, total, 1, args.clients)
        await wait_for(arrivals, args.clients * 3 * 3, 60)
        # Without, with, with, without, and again: a machine that slows down or speeds up
        # during the run weighs on both sides alike.
        order = [("without", plain), ("with", hooked), ("with", hooked), ("without", plain)]
        order *= args.pairs
        done = {"with": 0, "without": 0}
        for label, who in order:
            start = done[label] * per_round
            began = time.time()
            result = await associate_round(app.port, who, start, args.per_client, args.clients)
            done[label] += 1
            answered[label].append(per_round / result.seconds)
            if label == "with":
                expected = (done["with"] * per_round + args.clients) * 3 * 3
                await wait_for(arrivals, expected, 300)
                sustained.append(per_round / (arrivals.last - began))
                latencies += arrival_latencies(arrivals, result.answered_at)
                to_subscriber += [
                    (streamed[customer] - at) * 1000
                    for customer, at in result.answered_at.items()
                    if customer in streamed
                ]
        for stream in streams:
            stream.cancel()
    if apart is not None:
        apart.terminate()
        await apart.wait()
    server.close()
    verified = verify_sample(arrivals, hooked.secrets)
    with_rps, without_rps = statistics.mean(answered["with"]), statistics.mean(answered["without"])
    return {
        "associate_rps_with_3_endpoints": with_rps,
        "associate_rps_without": without_rps,
        "ratio": with_rps / without_rps,
        "rounds_rps": answered,
        "sustained_rps_with_delivery": statistics.mean(sustained),
        "sustained_ratio": statistics.mean(sustained) / without_rps,
        "commit_to_arrival_ms_p50": percentile(latencies, 0.5),
        "commit_to_arrival_ms_p99": percentile(latencies, 0.99),
        "latency_samples": len(latencies),
        "commit_to_subscriber_ms_p50": percentile(to_subscriber, 0.5),
        "commit_to_subscriber_ms_p99": percentile(to_subscriber, 0.99),
        "subscriber_samples": len(to_subscriber),
        "webhooks_received": arrivals.count,
        "signatures_verified": verified,
    }


async def paced_phase(url: str, args: argparse.Namespace) -> dict[str, Any]:
    """Associations at a steady rate below saturation (`--paced-rate` a second for
    `--paced-seconds`), the deliverer inside `serve`: commit to webhook and to subscriber."""
    arrivals = Arrivals()
    server, port = await receiver(arrivals)
    count = int(args.paced_rate * args.paced_seconds)
    hooked = await seeded(url, count, 3, port)
    env = {"WEBHOOK_ALLOW_PRIVATE_TARGETS": "true", "DELIVERY_POLL_SECONDS": "1"}
    streamed: dict[str, float] = {}
    answered: dict[str, float] = {}
    with Server(REAL_APP, url, env=env) as app:
        ready = asyncio.Event()
        stream = asyncio.ensure_future(subscriber(app.port, hooked.api_key, streamed, ready))
        await asyncio.wait_for(ready.wait(), 30)
        clients = 8
        connections = [await Connection.open("127.0.0.1", app.port) for _ in range(clients)]
        began = time.perf_counter()

        async def client(index: int) -> None:
            for n in range(index, count, clients):
                delay = began + n / args.paced_rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                newcomer = hooked.newcomers[n]
                request = post_json(
                    "/graphql", associate_body(newcomer), token=newcomer.session_token
                )
                await connections[index].send(request)
                answered[hooked.customer_gids[n]] = time.time()

        await asyncio.gather(*(client(i) for i in range(clients)))
        seconds = time.perf_counter() - began
        for conn in connections:
            await conn.close()
        await wait_for(arrivals, count * 3 * 3, 120)
        await asyncio.sleep(1)  # the subscriber's last events
        stream.cancel()
    server.close()
    latencies = arrival_latencies(arrivals, answered)
    to_subscriber = [(streamed[c] - at) * 1000 for c, at in answered.items() if c in streamed]
    return {
        "associations_per_second": count / seconds,
        "webhooks_per_second": arrivals.count / seconds,
        "commit_to_arrival_ms_p50": percentile(latencies, 0.5),
        "commit_to_arrival_ms_p99": percentile(latencies, 0.99),
        "latency_samples": len(latencies),
        "commit_to_subscriber_ms_p50": percentile(to_subscriber, 0.5),
        "commit_to_subscriber_ms_p99": percentile(to_subscriber, 0.99),
        "subscriber_samples": len(to_subscriber),
    }


async def backlog_phase(url: str, args: argparse.Namespace) -> dict[str, Any]:
    """Events recorded with no deliverer running, then one `partnerlink deliver` alone."""
    arrivals = Arrivals()
    server, port = await receiver(arrivals)
    customers = args.backlog // 3  # each association tells of 3 events
    hooked = await seeded(url, customers, 1, port)
    env = {"DELIVER_IN_SERVE": "false"}
    with Server(REAL_APP, url, env=env) as app:
        per_client = customers // args.clients
        await associate_round(app.port, hooked, 0, per_client, args.clients)
    expected = per_client * args.clients * 3
    process = await deliver_process(url, poll_seconds="0.5")
    try:
        complete = await wait_for(arrivals, expected, 300)
    finally:
        process.terminate()
        await process.wait()
    server.close()
    seconds = arrivals.last - arrivals.first
    return {
        "backlog_events": expected,
        "delivered": arrivals.count,
        "complete": complete,
        "seconds": seconds,
        "events_per_second": (arrivals.count - 1) / seconds if seconds else 0.0,
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    async with postgres_db(f"bench_hooks_{uuid.uuid4().hex[:8]}") as url:
        results = {
            "in_serve": await load_phase(url, args, "serve"),
            "apart": await load_phase(url, args, "apart"),
            "paced": await paced_phase(url, args),
            "one_worker": await backlog_phase(url, args),
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.webhooks", description=__doc__)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--per-client", type=int, default=20)
    parser.add_argument(
        "--pairs", type=int, default=3, help="turns of without, with, with, without"
    )
    parser.add_argument("--paced-rate", type=float, default=30.0)
    parser.add_argument("--paced-seconds", type=float, default=10.0)
    parser.add_argument("--backlog", type=int, default=3000)
    args = parser.parse_args()
    results = asyncio.run(main_async(args))
    print(json.dumps(results, indent=2))
    for name, title in (("in_serve", "deliverer in serve"), ("apart", "deliverer apart")):
        load = results[name]
        print(
            f"\n{title}, {args.clients} clients associating: "
            f"{load['associate_rps_with_3_endpoints']:.1f}/s with 3 endpoints, "
            f"{load['associate_rps_without']:.1f}/s with none: ratio {load['ratio']:.2f}; "
            f"with every webhook delivered: {load['sustained_rps_with_delivery']:.1f}/s "
            f"(ratio {load['sustained_ratio']:.2f})"
        )
        rounds = load["rounds_rps"]
        print(
            "  rounds with: " + " ".join(f"{rps:.0f}" for rps in rounds["with"])
            + "; without: " + " ".join(f"{rps:.0f}" for rps in rounds["without"])
        )  # fmt: skip
        print(
            f"  commit to webhook p50 {load['commit_to_arrival_ms_p50']:.0f} ms, "
            f"p99 {load['commit_to_arrival_ms_p99']:.0f} ms ({load['latency_samples']}); "
            f"to subscriber p50 {load['commit_to_subscriber_ms_p50']:.0f} ms, "
            f"p99 {load['commit_to_subscriber_ms_p99']:.0f} ms ({load['subscriber_samples']})"
        )
    paced, one = results["paced"], results["one_worker"]
    print(
        f"\npaced, {paced['associations_per_second']:.1f} associations/s "
        f"({paced['webhooks_per_second']:.0f} webhooks/s), deliverer in serve: "
        f"commit to webhook p50 {paced['commit_to_arrival_ms_p50']:.0f} ms, "
        f"p99 {paced['commit_to_arrival_ms_p99']:.0f} ms; to subscriber p50 "
        f"{paced['commit_to_subscriber_ms_p50']:.0f} ms, "
        f"p99 {paced['commit_to_subscriber_ms_p99']:.0f} ms"
    )
    print(
        f"one `partnerlink deliver`: {one['events_per_second']:.0f} webhooks/s "
        f"({one['delivered']} of {one['backlog_events']} in {one['seconds']:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
