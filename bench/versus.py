"""partnerlink against PostGraphile 5 on the same database, taking turns (`bench/peer.py`).

Both must answer the same customers in the same order before anything is measured. Statements
are counted at the PostgreSQL server: `log_statement = 'all'` is set on the benchmark's own
database while the counted requests run (servers started afterwards, since the setting applies to
new connections), and the server log's lines for that database are counted, then it is reset.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import statistics
import subprocess
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.migrations import _admin_execute, postgres_admin_url
from bench import peer, seed
from bench.loadgen import LoadResult, graphql_ok, post_json, run_load
from bench.servers import Server

REAL_APP = "app.main:app"
CURRENCY = "EUR"

# partnerlink's dashboard page as a dashboard pages through it: without totalCount, which
# PostGraphile's query does not ask for either.
PAGE = """
query Page($first: Int!, $after: String, $filter: CustomerFilterInput, $order: CustomerOrderInput) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $order) {
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
CHEAP = "{ viewer { __typename } }"


@dataclass(frozen=True)
class Case:
    """One request measured on both sides: partnerlink's body and PostGraphile's."""

    label: str
    ours: dict[str, Any]
    theirs: dict[str, Any]


def ours_body(
    first: int, after: str | None = None, order: str = "ASSOCIATED_AT", frozen: bool | None = None
) -> dict[str, Any]:
    variables = {
        "first": first,
        "after": after,
        "filter": {"frozen": frozen} if frozen is not None else None,
        "order": {"field": order},
    }
    return {"query": PAGE, "variables": variables}


def our_names(answer: dict[str, Any]) -> list[str]:
    return [edge["node"]["accountName"] for edge in answer["data"]["customers"]["edges"]]


def ask(port: int, body: dict[str, Any], key: str) -> dict[str, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"},
    )
    with urllib.request.urlopen(request, timeout=120) as answer:
        found: dict[str, Any] = json.loads(answer.read())
    if found.get("errors"):
        raise RuntimeError(json.dumps(found["errors"])[:500])
    return found


def same_customers(ours_port: int, peer_port: int, key: str) -> dict[str, bool]:
    """Whether both sides list the same customers in the same order: the first page, the
    second (each side following its own cursor), and the filtered page ordered by name."""
    checks = {
        "page of 50": (ours_body(50), peer.dashboard_body(50)),
        "frozen, by account name": (
            ours_body(50, order="ACCOUNT_NAME", frozen=True),
            peer.dashboard_body(50, order="ACCOUNT_NAME", frozen=True),
        ),
    }
    found = {}
    for label, (ours, theirs) in checks.items():
        mine, their = ask(ours_port, ours, key), ask(peer_port, theirs, key)
        found[label] = our_names(mine) == peer.account_names(their) and bool(our_names(mine))
        if label == "page of 50":
            after_ours = mine["data"]["customers"]["pageInfo"]["endCursor"]
            after_theirs = their["data"]["allCustomers"]["pageInfo"]["endCursor"]
            second = our_names(ask(ours_port, ours_body(50, after_ours), key))
            theirs_second = peer.account_names(
                ask(peer_port, peer.dashboard_body(50, after_theirs), key)
            )
            found["second page"] = second == theirs_second
    return found


# --- statements at the server -------------------------------------------------------------------


def server_log() -> Path:
    """The PostgreSQL cluster's log file, as pg_lsclusters names it."""
    out = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 7 and parts[2] == str(_admin_port()) and parts[3] == "online":
            return Path(parts[6])
    raise RuntimeError("pg_lsclusters names no log file for the benchmark's server")


def _admin_port() -> int:
    from urllib.parse import urlsplit

    return urlsplit(postgres_admin_url()).port or 5432


STATEMENT = re.compile(r"\bLOG:  (statement|execute [^:]*): (.*)")


ENTRY = re.compile(r"^\d{4}-\d\d-\d\d ")  # a log line's prefix starts with its time (%m)


def statements_in(text: str, database: str) -> list[str]:
    """The statements of `database` in a slice of the server log (default log_line_prefix),
    each with its continuation lines (a statement of several lines)."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if not ENTRY.match(line):
            if current is not None:
                current.append(line)
            continue
        current = None
        match = STATEMENT.search(line)
        if f"@{database} " in line and match:
            current = [match.group(2)]
            found.append(current)
    return ["\n".join(entry) for entry in found]


async def count_at_server(
    url: str, database: str, key: str, cases: list[Case], node: str, repeat: int = 5
) -> dict[str, Any]:
    """Statements per request, from the server's log, for each case on each side."""
    admin = postgres_admin_url()
    log_file = server_log()
    await _admin_execute(admin, f"ALTER DATABASE \"{database}\" SET log_statement = 'all'")
    counts: dict[str, dict[str, float]] = {}
    samples: dict[str, list[str]] = {}
    try:
        with (
            Server(REAL_APP, url, env={"CURRENCY": CURRENCY}) as ours,
            peer.Peer(node, url) as their,
        ):
            for case in cases:
                for side, port, body in (
                    ("partnerlink", ours.port, case.ours),
                    ("PostGraphile", their.port, case.theirs),
                ):
                    for _ in range(2):  # warm: prepared statements, a key's first use
                        ask(port, body, key)
                    await asyncio.sleep(0.3)
                    start = log_file.stat().st_size
                    for _ in range(repeat):
                        ask(port, body, key)
                    await asyncio.sleep(0.5)
                    with log_file.open("rb") as log:
                        log.seek(start)
                        text = log.read().decode(errors="replace")
                    found = statements_in(text, database)
                    counts.setdefault(case.label, {})[side] = len(found) / repeat
                    samples.setdefault(side, found[: max(1, len(found) // repeat)])
    finally:
        await _admin_execute(admin, f'ALTER DATABASE "{database}" RESET log_statement')
    return {"per_request": counts, "sample": samples}


# --- throughput, taking turns -------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Side:
    name: str
    port: int
    pid: int
    results: list[LoadResult]
    cpu_ms: list[float]


async def take_turns(
    cases: list[Case],
    ours: Server,
    their: peer.Peer,
    key: str,
    *,
    clients: int,
    duration: float,
    rounds: int,
) -> dict[str, dict[str, Any]]:
    """Each case measured on both sides, alternately, `rounds` times; the best of each."""
    figures: dict[str, dict[str, Any]] = {}
    for case in cases:
        sides = [
            Side("partnerlink", ours.port, ours.worker_pids()[0], [], []),
            Side("PostGraphile", their.port, their.pid(), [], []),
        ]
        bodies = {"partnerlink": case.ours, "PostGraphile": case.theirs}
        for _ in range(rounds):
            for side in sides:
                request = post_json("/graphql", bodies[side.name], token=key)
                before = cpu_seconds(side.pid)
                result = await run_load(
                    "127.0.0.1", side.port, request=request, clients=clients,
                    duration=duration, warmup=min(1.0, duration / 2), check=graphql_ok,
                )  # fmt: skip
                spent = cpu_seconds(side.pid) - before
                if result.errors:
                    raise RuntimeError(f"{side.name}, {case.label}: {result.error_sample}")
                side.results.append(result)
                # CPU over the warm-up too, so per request over every request answered.
                answered = result.requests * (1 + min(1.0, duration / 2) / duration)
                side.cpu_ms.append(1000 * spent / max(answered, 1))
        best = {s.name: max(r.throughput for r in s.results) for s in sides}
        figures[case.label] = {
            "rps": best,
            "p50_ms": {s.name: statistics.median(r.p50 for r in s.results) for s in sides},
            "cpu_ms": {s.name: statistics.median(s.cpu_ms) for s in sides},
            "ratio": best["partnerlink"] / best["PostGraphile"],
        }
    return figures


# --- the section ----------------------------------------------------------------------------------


def cases_for(first_page_only: bool = False) -> list[Case]:
    cases = [
        Case("page of 50", ours_body(50), peer.dashboard_body(50)),
        Case(
            "page of 50, frozen, by account name",
            ours_body(50, order="ACCOUNT_NAME", frozen=True),
            peer.dashboard_body(50, order="ACCOUNT_NAME", frozen=True),
        ),
        Case("cheapest authenticated request", {"query": CHEAP}, {"query": peer.CHEAP}),
    ]
    return cases[:1] if first_page_only else cases


async def against_postgraphile(url: str, key: str, sizes: Any, table: Any) -> None:
    """Answers compared, statements counted at the server, then throughput taking turns."""
    database = url.rsplit("/", 1)[1]
    node = peer.install()
    conn = await seed.pg_connect(url)
    try:
        await peer.create_views(conn)
    finally:
        await conn.close()
    cases = cases_for()
    statements = await count_at_server(url, database, key, cases, node)
    table.facts["peer_statements"] = statements
    env = {"CURRENCY": CURRENCY}
    with Server(REAL_APP, url, env=env) as ours, peer.Peer(node, url) as their:
        same = same_customers(ours.port, their.port, key)
        table.facts["peer_same"] = same
        if not all(same.values()):
            raise RuntimeError(f"partnerlink and PostGraphile disagree: {same}")
        from bench.run import RssSampler

        with RssSampler(ours) as rss:
            figures = await take_turns(
                cases, ours, their, key, clients=sizes.dashboard_clients,
                duration=sizes.duration, rounds=sizes.rounds,
            )  # fmt: skip
    table.facts["peer"] = figures
    table.facts["peer_rss_mib"] = max(rss.peak.values(), default=0.0)
    table.add(
        "Same customers, same order as PostGraphile",
        "yes",
        ", ".join(same),
    )
    for label, found in figures.items():
        counts = statements["per_request"][label]
        table.add(
            f"partnerlink / PostGraphile, {label}",
            f"{found['ratio']:.2f}",
            f"{found['rps']['partnerlink']:,.0f} / {found['rps']['PostGraphile']:,.0f} req/s; "
            f"CPU {found['cpu_ms']['partnerlink']:.1f} / {found['cpu_ms']['PostGraphile']:.1f} "
            f"ms per request; statements at the server {counts['partnerlink']:g} / "
            f"{counts['PostGraphile']:g}",
        )
    table.add(
        "  partnerlink worker RSS under that load",
        f"{table.facts['peer_rss_mib']:.0f} MiB",
        "peak VmRSS, 1 worker",
    )


async def deep_against_postgraphile(
    url: str, key: str, our_cursor: str, position: int, sizes: Any, table: Any
) -> None:
    """The page of 50 after row `position` on both sides, taking turns."""
    node = peer.install()
    conn = await seed.pg_connect(url)
    try:
        await peer.create_views(conn)
    finally:
        await conn.close()
    env = {"CURRENCY": CURRENCY}
    with Server(REAL_APP, url, env=env) as ours, peer.Peer(node, url) as their:
        # PostGraphile's cursor for that row: the row alone, by a condition, in the same order
        # (an OFFSET through the view would compute its columns for every row before it).
        row_id = json.loads(base64.urlsafe_b64decode(our_cursor.encode()))[1]
        probe = peer.dashboard_body(1)
        probe["variables"]["condition"] = {"associationId": row_id}
        found = ask(their.port, probe, key)
        their_cursor = found["data"]["allCustomers"]["edges"][0]["cursor"]
        mine = our_names(ask(ours.port, ours_body(50, our_cursor), key))
        theirs = peer.account_names(ask(their.port, peer.dashboard_body(50, their_cursor), key))
        if mine != theirs or not mine:
            raise RuntimeError("partnerlink and PostGraphile disagree on the deep page")
        case = Case(
            f"page of 50 after row {position:,}",
            ours_body(50, our_cursor),
            peer.dashboard_body(50, their_cursor),
        )
        figures = await take_turns(
            [case], ours, their, key, clients=sizes.dashboard_clients,
            duration=sizes.duration / 2, rounds=1,
        )  # fmt: skip
    table.facts.setdefault("peer", {}).update(figures)
    found = figures[case.label]
    table.add(
        f"partnerlink / PostGraphile, {case.label}",
        f"{found['ratio']:.2f}",
        f"{found['rps']['partnerlink']:,.0f} / {found['rps']['PostGraphile']:,.0f} req/s; "
        f"CPU {found['cpu_ms']['partnerlink']:.1f} / {found['cpu_ms']['PostGraphile']:.1f} ms "
        "per request; same customers: yes",
    )
