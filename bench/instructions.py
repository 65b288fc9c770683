"""What a dashboard request costs in CPU instructions, the figure that stays put whatever else the
machine is doing: the app is called in process as a plain ASGI app (no HTTP client in the count).

    python -m bench.instructions prepare STATE.json    # a scratch database with 50 customers
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python -m bench.instructions serve STATE.json N  # warm-up, then N page requests
    python -m bench.instructions drop STATE.json

The instructions of one request are the difference between a run of N requests and a run of 0,
divided by N (both runs pay the same start-up and warm-up). The requests are the peer
comparison's (`bench.versus`): its page of 50, or with `--query viewer` its cheapest one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import time
import uuid
from pathlib import Path
from typing import Any

import orjson

from app.collector import settle_after_start_up
from app.main import create_app
from app.migrations import _admin_execute, postgres_admin_url
from app.settings import Settings
from bench import seed
from bench.run import CURRENCY, postgres_db
from bench.versus import CHEAP, ours_body

# The peer comparison's requests: its page of 50 (without totalCount) and its cheapest one.
QUERIES = {"page": ours_body(50), "viewer": {"query": CHEAP}}
WARM_UP = 20


async def prepare() -> dict[str, str]:
    name = f"bench_instructions_{uuid.uuid4().hex[:8]}"
    async with postgres_db(name, keep=True) as url, seed.tortoise(url):
        board = await seed.dashboard_partner(50)
    return {"name": name, "url": url, "api_key": board.api_key}


async def drop(found: dict[str, str]) -> None:
    name = found["name"]
    await _admin_execute(postgres_admin_url(), f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def serve(found: dict[str, str], count: int, query: str) -> None:
    body = orjson.dumps(QUERIES[query])
    headers = [
        (b"content-type", b"application/json"),
        (b"authorization", f"Bearer {found['api_key']}".encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    async with seed.tortoise(found["url"]):
        app = create_app(Settings(DATABASE_URL=found["url"], CURRENCY=CURRENCY))
        logging.getLogger("partnerlink").setLevel(logging.WARNING)
        settle_after_start_up()  # the collector's settings of a serving process, as its lifespan
        for _ in range(WARM_UP):
            await _request(app, body, headers)
        began = time.process_time()
        for _ in range(count):
            await _request(app, body, headers)
        if count:
            spent = (time.process_time() - began) / count * 1000
            print(f"{count} requests, {spent:.2f} ms of CPU each")


async def _request(app: Any, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "root_path": "",
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 8000),
    }
    sent = False
    answer: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            answer.append(message.get("body", b""))

    await app(scope, receive, send)
    if b'"errors"' in b"".join(answer):
        raise AssertionError(b"".join(answer)[:500])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.instructions")
    parser.add_argument("action", choices=["prepare", "serve", "drop"])
    parser.add_argument("state", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=0)
    parser.add_argument("--query", choices=sorted(QUERIES), default="page")
    args = parser.parse_args()
    if args.action == "prepare":
        args.state.write_text(json.dumps(asyncio.run(prepare())))
        return
    found = json.loads(args.state.read_text())
    if args.action == "drop":
        asyncio.run(drop(found))
    else:
        asyncio.run(serve(found, args.count, args.query))


if __name__ == "__main__":
    main()
