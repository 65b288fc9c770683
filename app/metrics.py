"""Prometheus metrics, with prometheus_client: what GraphQL requests did and how long they took,
refusals of the attempt limits, and the database's connections. Served at `GET /metrics` (app.main)
in the Prometheus text format.

- `partnerlink_graphql_requests_total{operation, outcome}`: `operation` is the name of the
  operation run (`-` when anonymous, when the document does not parse, or for a request refused
  before GraphQL ran it; `other` past `MAX_OPERATION_NAMES` distinct names in a process);
  `outcome` is `ok`, `payload_errors` (a rules refusal became a payload's `errors`) or the first
  top-level error's `extensions.code`.
- `partnerlink_graphql_request_duration_seconds{operation}`: a histogram of the time GraphQL
  took (parsing, validation, execution), for each operation.
- `partnerlink_attempt_limit_refusals_total{code}`: tries refused by an attempt limit
  (TOO_MANY_LOGIN_ATTEMPTS, TOO_MANY_ATTEMPTS, TOO_MANY_INVITEE_LOOKUPS).
- `partnerlink_database_connections{state}` (PostgreSQL only): the database's connections by
  state (`active`, `idle`, ...) as `pg_stat_activity` shows them at the scrape, whoever holds
  them: Tortoise keeps its pool to itself, so its use is read where the server sees it.

With several worker processes, each counts in its own memory unless `PROMETHEUS_MULTIPROC_DIR`
names a folder (prometheus_client's multiprocess mode, which `partnerlink serve --workers N`
sets up): then a scrape, answered by any worker, adds up every worker's counts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from graphql import GraphQLError
from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from tortoise import connections
from tortoise.exceptions import BaseORMException

from app.database import dialect_of
from rules.errors import LoginCode, LookupCode, VerificationCode

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
MAX_OPERATION_NAMES = 100
SANE_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,63}")
ANONYMOUS = NONE = "-"
OTHER = "other"
OK, PAYLOAD_ERRORS = "ok", "payload_errors"
LIMIT_CODES = frozenset(
    {
        LoginCode.TOO_MANY_LOGIN_ATTEMPTS.value,
        VerificationCode.TOO_MANY_ATTEMPTS.value,
        LookupCode.TOO_MANY_INVITEE_LOOKUPS.value,
    }
)
# The classic text format, which every Prometheus reads (and what generate_latest writes).
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4

REQUESTS = Counter(
    "partnerlink_graphql_requests",
    "GraphQL requests by operation name and outcome "
    "(ok, payload_errors, or the top-level error's code).",
    ["operation", "outcome"],
)
DURATION = Histogram(
    "partnerlink_graphql_request_duration_seconds",
    "Time GraphQL took to parse, validate and execute an operation.",
    ["operation"],
    buckets=(0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
LIMIT_REFUSALS = Counter(
    "partnerlink_attempt_limit_refusals",
    "Tries refused by an attempt limit, by code.",
    ["code"],
)

_names: set[str] = set()


def refused(code: str) -> None:
    """A request refused before GraphQL ran it, with this code."""
    counted(NONE, code).inc()


# The labelled series, found once each: `labels()` checks and locks on every call.
@cache
def counted(operation: str, result: str) -> Any:
    return REQUESTS.labels(operation, result)


@cache
def timed(operation: str) -> Any:
    return DURATION.labels(operation)


def operation_label(name: str | None) -> str:
    """The operation's name as a label: a bounded number of distinct, sane names."""
    if name is None:
        return ANONYMOUS
    if name in _names:
        return name
    if len(_names) >= MAX_OPERATION_NAMES or not SANE_NAME.fullmatch(name):
        return OTHER
    _names.add(name)
    return name


def answered(
    operation: str | None, errors: list[GraphQLError] | None, refusals: list[str], seconds: float
) -> None:
    """An operation GraphQL answered: its outcome, its time, its attempt-limit refusals."""
    label = operation_label(operation)
    counted(label, outcome(errors, refusals)).inc()
    timed(label).observe(seconds)
    for code in refusals:
        if code in LIMIT_CODES:
            LIMIT_REFUSALS.labels(code).inc()


def outcome(errors: list[GraphQLError] | None, refusals: list[str]) -> str:
    if errors:
        return str((errors[0].extensions or {}).get("code", "ERROR"))
    return PAYLOAD_ERRORS if refusals else OK


def registry() -> CollectorRegistry:
    """This process's metrics, or every worker's in multiprocess mode."""
    if not os.environ.get(MULTIPROCESS_DIR):
        return REGISTRY
    combined = CollectorRegistry()
    multiprocess.MultiProcessCollector(combined)  # type: ignore[no-untyped-call]
    return combined


async def database_connections(database_url: str) -> bytes:
    """The database's connections by state, in the text format; nothing on SQLite."""
    if dialect_of(database_url) != "postgres":
        return b""
    try:
        _, rows = await connections.get("default").execute_query(
            "SELECT coalesce(state, 'unknown') AS state, count(*) AS n FROM pg_stat_activity "
            "WHERE datname = current_database() GROUP BY 1"
        )
    except (BaseORMException, OSError):
        return b""
    family = GaugeMetricFamily(
        "partnerlink_database_connections",
        "Connections to the database by state, as pg_stat_activity shows them (all clients).",
        labels=["state"],
    )
    for row in rows:
        family.add_metric([row["state"]], row["n"])
    scrape = CollectorRegistry()
    scrape.register(_Collected([family]))
    return generate_latest(scrape)


class _Collected(Collector):
    """Metrics read at the scrape, collected as they are."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterable[Metric]:
        return self.families


async def exposition(database_url: str) -> bytes:
    """Every metric in the Prometheus text format."""
    return generate_latest(registry()) + await database_connections(database_url)


def process_ended() -> None:
    """In multiprocess mode, drop this worker's live gauges (its counts stay)."""
    if os.environ.get(MULTIPROCESS_DIR):
        multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]
