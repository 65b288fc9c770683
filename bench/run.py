"""The benchmark harness: `python -m bench` (or `.venv/bin/python bench/run.py`); `--help`.

Everything runs on 127.0.0.1: uvicorn servers in subprocesses, PostgreSQL databases named
`bench_*` created on POSTGRES_ADMIN_URL's server and dropped at the end, SQLite in a temporary
folder. Compared figures are always measured in the same run, alternately, and given as ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from app.migrations import _admin_execute, postgres_admin_url, upgrade
from app.settings import Settings
from bench import seed, versus
from bench.loadgen import LoadResult, graphql_ok, post_json, run_load
from bench.servers import Server

# The dashboard test's query, character for character (tests/test_bench_smoke.py checks it).
DASHBOARD = """
query Page($first: Int!, $after: String, $filter: CustomerFilterInput, $order: CustomerOrderInput) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor
      association { state cooperationModel associatedAt }
      node {
        id accountName email frozen resourcesStopped
        freezes { reason type }
        budget { kind amount { amount currency } }
        authorization { state scopes }
      }
    }
  }
}"""

ASSOCIATE = """
mutation Associate($input: AssociateInput!) {
  associate(input: $input) {
    association { id state }
    created
    errors { code message field }
  }
}"""

LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) { sessionToken errors { code } }
}"""

CHEAP = '{ invitation(token: "%s") { kind } }'

REAL_APP = "app.main:app"
PLAIN_APP = "bench.plain_app:app"
CURRENCY = "EUR"


@dataclass(frozen=True)
class Sizes:
    duration: float  # seconds of each throughput or latency run
    dashboard_clients: int
    rounds: int  # alternating rounds of the dashboard pair
    associate_clients: int
    associates_per_client: int
    million: int
    deep_samples: int
    cheap_clients: int
    login_clients: int


FULL = Sizes(
    duration=8.0,
    dashboard_clients=16,
    rounds=2,
    associate_clients=32,
    associates_per_client=8,
    million=1_000_000,
    deep_samples=15,
    cheap_clients=8,
    login_clients=4,
)
QUICK = Sizes(
    duration=2.0,
    dashboard_clients=8,
    rounds=1,
    associate_clients=32,
    associates_per_client=2,
    million=100_000,
    deep_samples=5,
    cheap_clients=4,
    login_clients=2,
)
SMOKE = Sizes(
    duration=0.5,
    dashboard_clients=2,
    rounds=1,
    associate_clients=4,
    associates_per_client=1,
    million=0,
    deep_samples=1,
    cheap_clients=2,
    login_clients=1,
)


@dataclass
class Table:
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # the same figures, for tests and JSON

    def add(self, what: str, value: str, note: str = "") -> None:
        self.rows.append((what, value, note))
        print(f"  {what}: {value}  {note}", file=sys.stderr, flush=True)

    def render(self) -> str:
        width = [max(len(r[i]) for r in [("Measure", "Value", "Note"), *self.rows]) for i in (0, 1)]
        lines = [
            f"| {'Measure'.ljust(width[0])} | {'Value'.ljust(width[1])} | Note |",
            f"| {'-' * width[0]} | {'-' * width[1]} | --- |",
        ]
        lines += [f"| {a.ljust(width[0])} | {b.ljust(width[1])} | {c} |" for a, b, c in self.rows]
        return "\n".join(lines)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- databases -----------------------------------------------------------------------------------


@asynccontextmanager
async def postgres_db(name: str, *, keep: bool = False) -> AsyncIterator[str]:
    """Database `name` (created if absent), migrated; dropped afterwards unless `keep`."""
    admin = postgres_admin_url()
    base = admin.rsplit("/", 1)[0]
    url = f"{base}/{name}"
    try:
        await _admin_execute(admin, f'CREATE DATABASE "{name}"')
    except Exception as error:
        if "already exists" not in str(error):
            raise
    try:
        await upgrade(url)
        yield url
    finally:
        if not keep:
            await _admin_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def sqlite_db() -> AsyncIterator[str]:
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        url = f"sqlite://{Path(folder, 'bench.sqlite3')}"
        await upgrade(url)
        yield url


# --- the dashboard ------------------------------------------------------------------------------


# A dashboard paging through the list asks for the total once, not on every page.
PAGING = DASHBOARD.replace("    totalCount\n", "")


def dashboard_body(first: int, after: str | None = None, query: str = DASHBOARD) -> dict[str, Any]:
    return {"query": query, "variables": {"first": first, "after": after}}


async def statements_per_page(url: str, sizes: list[int], key: str) -> dict[str, Any]:
    """In process: the SQL statements of one dashboard request through the real app, per page
    size, and the plain endpoint's for the largest; and whether both answer the same JSON."""
    from app.main import create_app
    from bench import plain_app
    from tests.sql_statements import counting_statements

    settings = Settings(DATABASE_URL=url, CURRENCY=CURRENCY)
    real = create_app(settings)
    plain = plain_app.create_app(url, CURRENCY)
    headers = {"Authorization": f"Bearer {key}"}
    counts: dict[int, int] = {}
    same: dict[int, bool] = {}
    plain_counts: dict[int, int] = {}
    async with seed.tortoise(url):
        real_client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=real), base_url="http://b"
        )
        plain_client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=plain), base_url="http://b"
        )
        tortoise_log = logging.getLogger("tortoise")
        tortoise_log.propagate = False  # counted, not printed
        async with real_client, plain_client:
            # The first request of a key also records its use (at most every few minutes): an
            # UPDATE that the following requests do not send. Counted apart.
            with counting_statements() as first_statements:
                await real_client.post("/graphql", json=dashboard_body(1), headers=headers)
            for size in sizes:
                with counting_statements() as statements:
                    answer = await real_client.post(
                        "/graphql", json=dashboard_body(size), headers=headers
                    )
                body = answer.json()
                assert "errors" not in body, body
                assert len(body["data"]["customers"]["edges"]) == size
                counts[size] = len(statements)
                with counting_statements() as plain_statements:
                    plain_answer = await plain_client.post(
                        "/dashboard", json={"first": size}, headers=headers
                    )
                plain_counts[size] = len(plain_statements)
                same[size] = plain_answer.json() == body
    tortoise_log.propagate = True
    return {
        "graphql": counts,
        "plain": plain_counts,
        "same_json": same,
        "first_request": len(first_statements),
    }


def associate_body(newcomer: seed.Newcomer) -> dict[str, Any]:
    steps = {
        "token": newcomer.invitation_token,
        "acceptResellerInstructions": True,
        "billingCountry": "DE",
        "acceptCustomerAgreement": True,
    }
    return {"query": ASSOCIATE, "variables": {"input": steps}}


async def statements_per_associate(url: str) -> int:
    """In process: the SQL statements of one `associate` through the real app."""
    from app.main import create_app
    from tests.sql_statements import counting_statements

    async with seed.tortoise(url):
        [newcomer] = await seed.newcomers(1)
        app = create_app(Settings(DATABASE_URL=url, CURRENCY=CURRENCY))
        tortoise_log = logging.getLogger("tortoise")
        tortoise_log.propagate = False
        transport = httpx.ASGITransport(app=app)
        try:
            async with httpx.AsyncClient(transport=transport, base_url="http://b") as client:
                with counting_statements() as statements:
                    answer = await client.post(
                        "/graphql",
                        json=associate_body(newcomer),
                        headers={"Authorization": f"Bearer {newcomer.session_token}"},
                    )
        finally:
            tortoise_log.propagate = True
        assert answer.json()["data"]["associate"]["created"], answer.text
        return len(statements)


async def dashboard_throughput(url: str, key: str, sizes: Sizes, table: Table) -> None:
    env = {"CURRENCY": CURRENCY}
    real_request = post_json("/graphql", dashboard_body(50), token=key)
    plain_request = post_json("/dashboard", {"first": 50}, token=key)
    with Server(REAL_APP, url, env=env) as real, Server(PLAIN_APP, url, env=env) as plain:
        ceiling = await run_load(
            "127.0.0.1",
            plain.port,
            request=b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            clients=sizes.dashboard_clients,
            duration=sizes.duration / 2,
            warmup=0.3,
        )
        table.add(
            "Load generator ceiling (plain /healthz)",
            f"{ceiling.throughput:,.0f} req/s",
            "the client is at least this fast; all figures below are far under it",
        )
        table.facts["ceiling_rps"] = ceiling.throughput
        results: dict[str, list[LoadResult]] = {"graphql": [], "plain": []}
        for _ in range(sizes.rounds):
            for name, server, request in (
                ("plain", plain, plain_request),
                ("graphql", real, real_request),
            ):
                result = await run_load(
                    "127.0.0.1",
                    server.port,
                    request=request,
                    clients=sizes.dashboard_clients,
                    duration=sizes.duration,
                    warmup=min(1.0, sizes.duration / 2),
                    check=graphql_ok,
                )
                if result.errors:
                    raise RuntimeError(f"{name} dashboard: {result.error_sample}")
                results[name].append(result)
        best = {name: max(r.throughput for r in runs) for name, runs in results.items()}
        p50 = {name: statistics.median(r.p50 for r in runs) for name, runs in results.items()}
        ratio = best["graphql"] / best["plain"]
        table.facts["dashboard"] = {"rps": best, "p50_ms": p50, "ratio": ratio}
        table.add(
            "Dashboard page of 50, GraphQL (real app)",
            f"{best['graphql']:,.0f} req/s",
            f"p50 {p50['graphql']:.1f} ms, {sizes.dashboard_clients} clients, 1 worker",
        )
        table.add(
            "Dashboard page of 50, plain Starlette JSON",
            f"{best['plain']:,.0f} req/s",
            f"p50 {p50['plain']:.1f} ms, same SQL and JSON",
        )
        table.add(
            "Dashboard GraphQL / plain throughput",
            f"{ratio:.2f}",
            "target >= 0.60" + (" (met)" if ratio >= 0.6 else " (NOT met)"),
        )
        if shutil.which("wrk") and sizes is not SMOKE:
            wrk_rps = {
                name: wrk(port, path, body, key, sizes)
                for name, port, path, body in (
                    ("plain", plain.port, "/dashboard", {"first": 50}),
                    ("graphql", real.port, "/graphql", dashboard_body(50)),
                )
            }
            wrk_ratio = wrk_rps["graphql"] / wrk_rps["plain"]
            table.facts["dashboard_wrk"] = {"rps": wrk_rps, "ratio": wrk_ratio}
            table.add(
                "Same pair measured by wrk",
                f"{wrk_ratio:.2f}",
                f"GraphQL {wrk_rps['graphql']:,.0f} / plain {wrk_rps['plain']:,.0f} req/s",
            )


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
"""


def wrk(port: int, path: str, body: dict[str, Any], key: str, sizes: Sizes) -> float:
    """Requests/s measured by wrk (one thread, same connections as our own client)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT.format(body=json.dumps(json.dumps(body)), key=key))
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{sizes.dashboard_clients}",
                f"-d{max(1, int(sizes.duration))}s",
                "-s",
                script.name,
                f"http://127.0.0.1:{port}{path}",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw errors:\n{out}")
    line = next(x for x in out.splitlines() if x.startswith("Requests/sec:"))
    return float(line.split()[1])


# --- a page deep in 1,000,000 customers ---------------------------------------------------------


CANDIDATE_INDEXES = {
    "association(partner_id, associated_at, id)": (
        'CREATE INDEX bench_assoc_partner_order ON "association" (partner_id, associated_at, id)'
    ),
    "freeze(customer_id)": 'CREATE INDEX bench_freeze_customer ON "freeze" (customer_id)',
}


async def deep_page(sizes: Sizes, table: Table, keep: bool, sections: tuple[str, ...]) -> None:
    n = sizes.million
    name = f"bench_million_{n}"
    async with postgres_db(name, keep=keep) as url:
        seconds, wrote = await seed.million(url, n)
        note = f"generated in {seconds:.0f} s (INSERT ... SELECT generate_series)"
        table.add("Customers in the deep-page database", f"{n:,}", note if wrote else "reused")
        position = n - n // 100
        at, row_id = await seed.row_at(url, position)
        from rules.dashboard import Cursor
        from schema.cursors import encode_cursor

        cursor = encode_cursor(Cursor(at.isoformat(), row_id))
        conn = await seed.pg_connect(url)
        try:
            await conn.execute(
                "DROP INDEX IF EXISTS bench_assoc_partner_order, bench_freeze_customer"
            )
            with Server(REAL_APP, url, env={"CURRENCY": CURRENCY}) as server:
                first, deep = await _first_and_deep(server.port, cursor, sizes.deep_samples)
                table.facts["deep"] = {"first_ms": first, "deep_ms": deep, "ratio": deep / first}
                table.add(
                    f"Page of 50 after row {position:,} / first page",
                    f"{deep / first:.2f}",
                    f"{deep:.0f} ms / {first:.0f} ms (median of {sizes.deep_samples}), "
                    "schema as migrated",
                )
                for label, took, plan in await _explain(conn, at, row_id):
                    table.add(f"  SQL {label}", took, plan)
            if "peer" in sections:
                await versus.deep_against_postgraphile(
                    url, seed.BIG_API_KEY, cursor, position, sizes, table
                )
            with Server(REAL_APP, url, env={"CURRENCY": CURRENCY}) as server:
                for ddl in CANDIDATE_INDEXES.values():
                    await conn.execute(ddl)
                await conn.execute('ANALYZE "association"; ANALYZE "freeze"')
                first_i, deep_i = await _first_and_deep(server.port, cursor, sizes.deep_samples)
                table.facts["deep_indexed"] = {"first_ms": first_i, "deep_ms": deep_i}
                table.add(
                    "Same with the candidate indexes added",
                    f"{deep_i / first_i:.2f}",
                    f"{deep_i:.0f} ms / {first_i:.0f} ms; " + " + ".join(CANDIDATE_INDEXES),
                )
                for label, took, plan in await _explain(conn, at, row_id):
                    table.add(f"  SQL {label}, indexed", took, plan)
        finally:
            await conn.execute(
                "DROP INDEX IF EXISTS bench_assoc_partner_order, bench_freeze_customer"
            )
            await conn.close()


async def _first_and_deep(port: int, cursor: str, samples: int) -> tuple[float, float]:
    from bench.loadgen import Connection

    key = seed.BIG_API_KEY
    first_request = post_json("/graphql", dashboard_body(50, query=PAGING), token=key)
    deep_request = post_json("/graphql", dashboard_body(50, cursor, PAGING), token=key)
    conn = await Connection.open("127.0.0.1", port)
    firsts: list[float] = []
    deeps: list[float] = []
    try:
        for i in range(samples + 1):  # the first pair warms up
            for request, into in ((first_request, firsts), (deep_request, deeps)):
                began = time.perf_counter()
                answer = await conn.send(request)
                elapsed = (time.perf_counter() - began) * 1000
                problem = graphql_ok(answer)
                if problem:
                    raise RuntimeError(problem)
                if i:
                    into.append(elapsed)
    finally:
        await conn.close()
    return statistics.median(firsts), statistics.median(deeps)


async def _explain(conn: Any, at: Any, row_id: int) -> list[tuple[str, str, str]]:
    """EXPLAIN ANALYZE of the statements that grow with the table (as Tortoise writes them)."""
    partner = await conn.fetchval("SELECT id FROM partner WHERE name = 'Bench million'")
    ids = [r["id"] for r in await conn.fetch("SELECT id FROM association ORDER BY id LIMIT 50")]
    page = (
        'SELECT * FROM "association" LEFT OUTER JOIN "customer" '
        'ON "customer"."id"="association"."customer_id" WHERE "association"."partner_id"=$1 {} '
        'ORDER BY "association"."associated_at","association"."id" LIMIT 51'
    )
    or_predicate = (  # as rules/dashboard.py wrote it before: the bound, then the tie-break
        'AND "association"."associated_at">=$2 AND ("association"."associated_at">$2 OR '
        '"association"."id">$3)'
    )
    row_predicate = (  # as rules/dashboard.py writes it: a row value
        'AND ("association"."associated_at", "association"."id") > ($2, $3)'
    )
    freezes = 'SELECT * FROM "freeze" WHERE "customer_id"=ANY($1) AND "lifted_at" IS NULL'
    statements = {
        "page 1": (page.format(""), [partner]),
        "page deep": (page.format(row_predicate), [partner, at, row_id]),
        "page deep, as before": (
            page.format(or_predicate),
            [partner, at, row_id],
        ),
        "count": ('SELECT COUNT(*) FROM "association" WHERE "partner_id"=$1', [partner]),
        "freezes": (freezes + ' ORDER BY "id"', [ids]),
    }
    found = []
    for label, (sql, params) in statements.items():
        plan = [r[0] for r in await conn.fetch(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}", *params)]
        total = next(p for p in plan if p.startswith("Execution Time")).split(": ")[1]
        scans = [p.strip().split(" (actual")[0].removeprefix("->  ") for p in plan if "Scan" in p]
        removed = [p.strip() for p in plan if p.strip().startswith("Rows Removed by Filter")]
        found.append((label, total, ", ".join(scans + removed[:1])))
    return found


# --- associate ----------------------------------------------------------------------------------


class RssSampler:
    """Samples VmRSS of a server's workers every 0.2 s while it runs; keeps each worker's peak."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.2)

    def sample(self) -> None:
        for pid, rss in zip(self.server.worker_pids(), self.server.rss_mib(), strict=False):
            self.peak[pid] = max(self.peak.get(pid, 0.0), rss)

    def text(self) -> str:
        return " + ".join(f"{v:.0f}" for v in self.peak.values()) + " MiB"


async def associate_load(label: str, url: str, workers: int, sizes: Sizes, table: Table) -> None:
    clients, each = sizes.associate_clients, sizes.associates_per_client
    async with seed.tortoise(url):
        made = await seed.newcomers(clients * (each + 1))
    requests = [post_json("/graphql", associate_body(n), token=n.session_token) for n in made]
    warm = [[requests[c]] for c in range(clients)]
    measured = [requests[clients + c * each : clients + (c + 1) * each] for c in range(clients)]
    with Server(REAL_APP, url, workers=workers) as server:
        idle = server.rss_mib()
        await run_load("127.0.0.1", server.port, warm, check=associated)
        with RssSampler(server) as rss:
            result = await run_load("127.0.0.1", server.port, measured, check=associated)
    if result.errors:
        raise RuntimeError(f"associate on {label}: {result.errors} failed: {result.error_sample}")
    table.facts.setdefault("associate", {})[label] = {
        "rps": result.throughput,
        "p50_ms": result.p50,
        "p99_ms": result.p99,
        "rss_peak_mib": list(rss.peak.values()),
        "rss_idle_mib": idle,
    }
    table.add(
        f"associate, {label}",
        f"{result.throughput:,.0f} /s",
        f"p50 {result.p50:.0f} ms, p99 {result.p99:.0f} ms, {clients} clients, "
        f"{result.requests} associations",
    )
    table.add(
        f"  worker RSS under that load, {label}",
        rss.text(),
        "peak VmRSS per worker; idle before: " + " + ".join(f"{v:.0f}" for v in idle) + " MiB",
    )


def associated(response: Any) -> str | None:
    problem = graphql_ok(response)
    if problem is None and not json.loads(response.body)["data"]["associate"]["created"]:
        return "not created"
    return problem


# --- cheap queries while logins run --------------------------------------------------------------


async def cheap_under_logins(url: str, sizes: Sizes, table: Table) -> None:
    async with seed.tortoise(url):
        account = await seed.login_account()
    cheap = post_json("/graphql", {"query": CHEAP % account.invitation_token})
    login = post_json(
        "/graphql",
        {
            "query": LOGIN,
            "variables": {"input": {"login": account.login, "password": account.password}},
        },
    )

    def logged_in(response: Any) -> str | None:
        problem = graphql_ok(response)
        if problem is None and not json.loads(response.body)["data"]["login"]["sessionToken"]:
            return "no session"
        return problem

    with Server(REAL_APP, url) as server:
        port = server.port
        cheap_load = partial(
            run_load,
            "127.0.0.1",
            port,
            request=cheap,
            check=graphql_ok,
            clients=sizes.cheap_clients,
            duration=sizes.duration,
            warmup=0.5,
        )
        alone = await cheap_load()
        with RssSampler(server) as rss:
            during, logins = await asyncio.gather(
                cheap_load(),
                run_load(
                    "127.0.0.1",
                    port,
                    request=login,
                    clients=sizes.login_clients,
                    duration=sizes.duration + 0.5,
                    warmup=0.25,
                    check=logged_in,
                ),
            )
        again = await cheap_load()
    for result in (alone, during, again, logins):
        if result.errors:
            raise RuntimeError(result.error_sample)
    base = statistics.fmean([alone.p99, again.p99])  # before and after, against drift
    ratio = during.p99 / base
    table.facts["cheap"] = {
        "p99_alone_ms": base,
        "p99_during_ms": during.p99,
        "ratio": ratio,
        "logins_per_s": logins.throughput,
    }
    table.add(
        "p99 of invitation(token) during logins / without",
        f"{ratio:.2f}",
        f"{during.p99:.1f} ms / {base:.1f} ms; {sizes.cheap_clients} query clients, "
        f"{sizes.login_clients} login clients at {logins.throughput:.1f} logins/s",
    )
    table.add(
        "  throughput of invitation(token) alone / during logins",
        f"{alone.throughput:,.0f} / {during.throughput:,.0f} req/s",
        f"worker RSS peak during logins {rss.text()}",
    )


# --- the run ------------------------------------------------------------------------------------


SECTIONS = ("peer", "dashboard", "statements", "deep", "associate", "logins")


async def run(
    sizes: Sizes, sections: tuple[str, ...], keep_million: bool, dialect: str = "postgres"
) -> Table:
    table = Table()
    began = time.perf_counter()
    name = f"bench_{uuid.uuid4().hex[:10]}"
    need_main = {"peer", "dashboard", "statements", "associate", "logins"} & set(sections)
    if need_main:
        main_db = postgres_db(name) if dialect == "postgres" else sqlite_db()
        async with main_db as url:
            log(f"PostgreSQL database {name}: seeding the dashboard")
            async with seed.tortoise(url):
                board = await seed.dashboard_partner(100 if sizes is not SMOKE else 3)
            if "peer" in sections and dialect == "postgres" and sizes is not SMOKE:
                log("against PostGraphile")
                await versus.against_postgraphile(url, board.api_key, sizes, table)
            if "statements" in sections:
                sizes_of_page = [1, 50, 100] if board.customers >= 100 else [1, board.customers]
                found = await statements_per_page(url, sizes_of_page, board.api_key)
                table.facts["statements"] = found
                table.add(
                    "SQL statements per dashboard page of " + ", ".join(map(str, found["graphql"])),
                    ", ".join(str(v) for v in found["graphql"].values()),
                    "plain endpoint: "
                    + ", ".join(str(v) for v in found["plain"].values())
                    + "; same JSON: "
                    + ("yes" if all(found["same_json"].values()) else "NO")
                    + f"; a key's first request {found['first_request']} (records its use)",
                )
                per_associate = await statements_per_associate(url)
                table.facts["statements_per_associate"] = per_associate
                table.add(
                    "SQL statements per associate",
                    str(per_associate),
                    "a fresh session's first request included (it records last_seen_at)",
                )
            if "dashboard" in sections:
                log("dashboard throughput")
                await dashboard_throughput(url, board.api_key, sizes, table)
            if "associate" in sections and (dialect == "sqlite" or sizes is SMOKE):
                label = "SQLite" if dialect == "sqlite" else "PostgreSQL"
                await associate_load(f"{label}, 1 worker", url, 1, sizes, table)
            elif "associate" in sections:
                log("associate on SQLite")
                async with sqlite_db() as lite:
                    await associate_load("SQLite, 1 worker", lite, 1, sizes, table)
                log("associate on PostgreSQL")
                await associate_load("PostgreSQL, 1 worker", url, 1, sizes, table)
                await associate_load("PostgreSQL, 2 workers", url, 2, sizes, table)
            if "logins" in sections:
                log("cheap queries during logins")
                await cheap_under_logins(url, sizes, table)
    if "deep" in sections and sizes.million and dialect == "postgres":
        log(f"{sizes.million:,} customers")
        await deep_page(sizes, table, keep_million, sections)
    table.facts["seconds"] = time.perf_counter() - began
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="partnerlink benchmarks: dashboard GraphQL vs plain JSON, SQL per page, a "
        "deep page of 1,000,000 customers, associate under 32 clients, RSS, and cheap queries "
        "during argon2 logins. Prints a Markdown table.",
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run with smaller numbers")
    parser.add_argument(
        "--only", choices=SECTIONS, action="append", help="run only these parts (repeatable)"
    )
    parser.add_argument(
        "--keep-million",
        action="store_true",
        help="keep the bench_million_* database for the next run (generating it takes a while)",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--database",
        choices=("postgres", "sqlite"),
        default="postgres",
        help="where the dashboard, associate and login parts run (default: postgres; sqlite "
        "runs associate on SQLite only and skips the 1,000,000 customers)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="the smallest run, a second or two of load per part (tests/test_bench_smoke.py)",
    )
    args = parser.parse_args(argv)
    sizes = SMOKE if args.smoke else QUICK if args.quick else FULL
    sections = tuple(args.only or SECTIONS)
    table = asyncio.run(run(sizes, sections, args.keep_million, args.database))
    kind = "smoke" if args.smoke else "quick" if args.quick else "full"
    print(f"partnerlink benchmarks ({kind} run, {args.database})")
    print(f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()}")
    print()
    print(table.render())
    print()
    print(f"Took {table.facts['seconds']:.0f} s.")
    if args.json:
        Path(args.json).write_text(json.dumps(table.facts, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
