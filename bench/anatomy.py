"""What a dashboard page costs in CPU, in process and without HTTP load:
`python -m bench.anatomy [--rounds N]`.

The real app and the plain endpoint are called through httpx's ASGI transport, alternately, on a
scratch PostgreSQL database with 50 customers; each figure is the median process CPU time of one
request (the database server's time is not in it). Variants of the GraphQL query drop groups of
fields, to show what each group costs.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import time
import uuid
from typing import Any

import httpx

from app.main import create_app
from app.settings import Settings
from bench import plain_app, seed
from bench.run import CURRENCY, DASHBOARD, postgres_db

ROW_FIELDS = """
        freezes { reason type }
        budget { kind amount { amount currency } }
        authorization { state scopes }"""
WITHOUT_ROW_FIELDS = DASHBOARD.replace(" frozen resourcesStopped", "").replace(ROW_FIELDS, "")
ONE_FREEZE_FIELD = WITHOUT_ROW_FIELDS.replace("id accountName email", "id accountName email frozen")
THREE_FREEZE_FIELDS = WITHOUT_ROW_FIELDS.replace(
    "id accountName email", "id accountName email frozen resourcesStopped freezes { reason }"
)
CURSORS_ONLY = """
query Page($first: Int!) { customers(first: $first) { totalCount edges { cursor } } }"""


async def measure(rounds: int) -> list[tuple[str, float]]:
    async with postgres_db(f"bench_anatomy_{uuid.uuid4().hex[:8]}") as url, seed.tortoise(url):
        board = await seed.dashboard_partner(50)
        logging.getLogger("partnerlink").setLevel(logging.WARNING)
        real = create_app(Settings(DATABASE_URL=url, CURRENCY=CURRENCY))
        logging.getLogger("partnerlink").setLevel(logging.WARNING)
        plain = plain_app.create_app(url, CURRENCY)
        headers = {"Authorization": f"Bearer {board.api_key}"}
        variants: dict[str, tuple[Any, str, dict[str, Any]]] = {
            "plain Starlette JSON": (plain, "/dashboard", {"first": 50}),
            "GraphQL, the dashboard query": (
                real, "/graphql", {"query": DASHBOARD, "variables": {"first": 50}},
            ),
            "GraphQL, without the node's freezes, budget and letter": (
                real, "/graphql", {"query": WITHOUT_ROW_FIELDS, "variables": {"first": 50}},
            ),
            "GraphQL, + frozen (50 fields)": (
                real, "/graphql", {"query": ONE_FREEZE_FIELD, "variables": {"first": 50}},
            ),
            "GraphQL, + frozen resourcesStopped freezes (150 fields)": (
                real, "/graphql", {"query": THREE_FREEZE_FIELDS, "variables": {"first": 50}},
            ),
            "GraphQL, totalCount and cursors only": (
                real, "/graphql", {"query": CURSORS_ONLY, "variables": {"first": 50}},
            ),
        }  # fmt: skip
        clients = {
            name: httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b")
            for name, (app, _, _) in variants.items()
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        for i in range(rounds + 3):  # three rounds warm up
            for name, (_, path, body) in variants.items():
                began = time.process_time()
                answer = await clients[name].post(path, json=body, headers=headers)
                spent = time.process_time() - began
                assert answer.status_code == 200 and "errors" not in answer.json(), answer.text
                if i >= 3:
                    times[name].append(spent * 1000)
        for client in clients.values():
            await client.aclose()
    return [(name, statistics.median(values)) for name, values in times.items()]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.anatomy")
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    found = asyncio.run(measure(args.rounds))
    plain = found[0][1]
    print("| Request (page of 50) | CPU ms, median | x plain |")
    print("| --- | --- | --- |")
    for name, ms in found:
        print(f"| {name} | {ms:.1f} | {ms / plain:.2f} |")


if __name__ == "__main__":
    main()
