"""Where a dashboard request's time goes: `python -m bench.profile [--seconds N] [--plain]`.

Seeds a scratch database, serves the real app (or the plain endpoint) under uvicorn, loads it with
the dashboard page of 50 and samples the worker with py-spy (`pip install py-spy`). Prints the
share of samples spent inside each layer (inclusive) and the top leaf functions.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from bench import seed
from bench.loadgen import graphql_ok, post_json, run_load
from bench.run import CURRENCY, PLAIN_APP, REAL_APP, dashboard_body, postgres_db
from bench.servers import Server

LAYERS = {
    "graphql-core (validate/execute)": ("graphql/",),
    "strawberry": ("strawberry/",),
    "tortoise ORM": ("tortoise/",),
    "asyncpg": ("asyncpg/",),
    "starlette": ("starlette/",),
    "uvicorn/httptools": ("uvicorn/", "httptools"),
    "json encode": ("json/encoder", "json/__init__"),
    "partnerlink app/schema/rules": ("/work/main/app/", "/schema/", "/rules/", "/resolvers/"),
    "logging": ("logging/",),
}


def summarise(collapsed: str, top: int = 25) -> str:
    total = 0
    layers: collections.Counter[str] = collections.Counter()
    leaves: collections.Counter[str] = collections.Counter()
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        total += n
        frames = stack.split(";")
        for layer, marks in LAYERS.items():
            if any(any(m in f for m in marks) for f in frames):
                layers[layer] += n
        leaves[frames[-1]] += n
    out = [f"{total} samples", "inclusive share by layer:"]
    out += [f"  {v / total:6.1%}  {k}" for k, v in layers.most_common()]
    out.append("top leaf functions:")
    out += [f"  {v / total:6.1%}  {k}" for k, v in leaves.most_common(top)]
    return "\n".join(out)


async def main(seconds: float, plain: bool) -> None:
    async with postgres_db(f"bench_profile_{uuid.uuid4().hex[:8]}") as url:
        async with seed.tortoise(url):
            board = await seed.dashboard_partner(50)
        app, path, body = (
            (PLAIN_APP, "/dashboard", {"first": 50})
            if plain
            else (REAL_APP, "/graphql", dashboard_body(50))
        )
        with Server(app, url, env={"CURRENCY": CURRENCY}) as server:
            request = post_json(path, body, token=board.api_key)
            await run_load("127.0.0.1", server.port, request=request, clients=8, duration=1)
            with tempfile.NamedTemporaryFile(suffix=".txt") as out:
                assert server.process is not None
                spy = subprocess.Popen(  # noqa: ASYNC220 - it runs beside the load, on purpose
                    [
                        "py-spy",
                        "record",
                        "--pid",
                        str(server.process.pid),
                        "--format",
                        "raw",
                        "--duration",
                        str(int(seconds)),
                        "--rate",
                        "200",
                        "--nonblocking",
                        "--output",
                        out.name,
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                result = await run_load(
                    "127.0.0.1",
                    server.port,
                    request=request,
                    clients=8,
                    duration=seconds + 1,
                    check=graphql_ok,
                )
                spy.wait()
                print(f"{app}: {result.throughput:.0f} req/s, p50 {result.p50:.1f} ms")
                print(summarise(Path(out.name).read_text()))  # noqa: ASYNC240


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.profile")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--plain", action="store_true", help="profile the plain endpoint")
    args = parser.parse_args()
    if not Path(sys.prefix, "bin", "py-spy").exists() and not __import__("shutil").which("py-spy"):
        raise SystemExit("py-spy is not installed: pip install py-spy")
    asyncio.run(main(args.seconds, args.plain))
