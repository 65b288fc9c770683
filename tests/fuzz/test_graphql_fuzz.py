"""schemathesis in its GraphQL mode against a live `partnerlink serve`.

Queries and mutations are generated from the exported SDL (schema.graphql, the clients' contract),
valid ones and, in negative mode, ones the schema refuses, and posted over HTTP to the server in
its own process, as a partner (API key), as a customer (session) and with no credentials. The
server's database is prepared before it starts: a reseller partner with one associated customer
(so that ids 1, 2, ... reach real rows of most types) and customers with sessions.

A server error is an HTTP 5xx, a body that is not a GraphQL response, an error with
`extensions.code == "INTERNAL_SERVER_ERROR"` (an unexpected exception, masked), or a non-null
field that came back null. Anything else (validation errors, refusals with codes, payload errors)
is the server doing its job.

Bounded for CI: PARTNERLINK_FUZZ_EXAMPLES examples per credential (default 40), each within a
deadline. A longer run: `PARTNERLINK_FUZZ_EXAMPLES=500 .venv/bin/pytest tests/fuzz`.

schemathesis writes values inline in the document, where the parser refuses text that JSON lets
through; the same callers therefore also send requests whose every argument is a variable, with
any text at all in its strings (tests/fuzz/variables.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core.transport import Response
from schemathesis.graphql import nodes
from strawberry.relay import GlobalID

from app.database import Dialect
from schema.export import SCHEMA_FILE
from tests.fuzz.variables import encoded, operations
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

EXAMPLES = int(os.environ.get("PARTNERLINK_FUZZ_EXAMPLES", "40"))
DEADLINE = timedelta(seconds=5)
REQUEST_TIMEOUT_SECONDS = 10.0

NODE_TYPES = [
    "Association",
    "AuditEvent",
    "Authorization",
    "Budget",
    "Customer",
    "Freeze",
    "Invitation",
    "Partner",
]
# Row ids that exist, that cannot, and texts that only look like numbers.
NODE_IDS = st.one_of(
    st.integers(min_value=0, max_value=6).map(str),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", " 1", "1.0", "0x1", "٣", "²", "1" * 40, "NaN"]),
    st.text(max_size=12),
)
GLOBAL_IDS = st.one_of(
    st.builds(lambda t, n: str(GlobalID(t, n)), st.sampled_from(NODE_TYPES), NODE_IDS),
    st.builds(lambda t, n: str(GlobalID(t, n)), st.text(max_size=12), NODE_IDS),
    st.text(max_size=40),
)
# Past Decimal's 28 digits of precision rounding fails: such amounts must still be refused.
PAST_PRECISION_AMOUNT = "1E+26"
DECIMALS = st.one_of(
    st.decimals().map(str),
    st.decimals(min_value=-(10**6), max_value=10**6, places=2).map(str),
    st.sampled_from(
        ["NaN", "sNaN", "-Infinity", "Infinity", "-0", "0.001", "1E+2", "9" * 40, "1E+999999"]
    ),
    st.sampled_from(["١٢", " 5 ", "1_000", "0x10", "1e-999999"]),
    st.text(max_size=12),
)
# The SDL's own scalars; DateTime and JSON are only ever returned, and schemathesis knows DateTime.
schemathesis.graphql.scalar("ID", GLOBAL_IDS.map(nodes.String))
schemathesis.graphql.scalar("Decimal", DECIMALS.map(nodes.String))

SCHEMA = schemathesis.graphql.from_path(SCHEMA_FILE)
CASES = SCHEMA.as_strategy(GenerationMode.POSITIVE) | SCHEMA.as_strategy(GenerationMode.NEGATIVE)
WITH_VARIABLES = operations(
    SCHEMA_FILE.read_text(encoding="utf-8"), {"ID": GLOBAL_IDS, "Decimal": DECIMALS}
)


@dataclass
class Fuzzed:
    server: Server
    seeded: dict[str, Any]


@pytest.fixture(scope="module")
async def fuzzed(
    dialect: Dialect, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Fuzzed]:
    folder = tmp_path_factory.mktemp("fuzz")
    async with scratch_database(dialect, folder, "fuzz") as url:
        env = server_env(url, free_port())
        workdir = workdir_in(folder)
        command(env, workdir, "migrate")
        seeded = prepare(env)
        server = start(env, workdir, folder / "server.log")
        try:
            yield Fuzzed(server, seeded)
        finally:
            stop(server.process)


@pytest.fixture
def live(request: pytest.FixtureRequest, fuzzed: Fuzzed) -> Iterator[Fuzzed]:
    attach(request, fuzzed.server)
    yield fuzzed


def prepare(env: dict[str, str]) -> dict[str, Any]:
    """A reseller partner with its key; three customers with sessions, the first associated."""
    seeded: dict[str, Any] = crowd(env, "seed", "3", "--associated", "1")
    return seeded


def server_errors(response: Response | requests.Response) -> list[str]:
    """What in this response is a server error, in words; empty when there is none."""
    if response.status_code >= 500:
        return [f"HTTP {response.status_code}: {response.text[:500]}"]
    try:
        body = response.json()
    except ValueError:
        return [f"not JSON (HTTP {response.status_code}): {response.text[:500]}"]
    if not isinstance(body, dict) or not ({"data", "errors"} & body.keys()):
        return [f"not a GraphQL response (HTTP {response.status_code}): {response.text[:500]}"]
    found = []
    for error in body.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        if code == "INTERNAL_SERVER_ERROR":
            found.append(f"masked unexpected error at {error.get('path')}")
        elif "Cannot return null for non-nullable field" in error.get("message", ""):
            found.append(f"schema violation: {error['message']}")
    return found


def fuzz(live: Fuzzed, credential: str | None) -> None:
    headers = {"Authorization": f"Bearer {credential}"} if credential else {}
    sent: list[float] = []
    with requests.Session() as http:

        @settings(
            max_examples=EXAMPLES,
            deadline=DEADLINE,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(case=CASES)
        def check(case: schemathesis.Case[Any]) -> None:
            started = time.perf_counter()
            response = case.call(
                base_url=live.server.graphql_url,
                session=http,
                headers=headers,
                timeout=REQUEST_TIMEOUT_SECONDS,
            )
            sent.append(time.perf_counter() - started)
            problems = server_errors(response)
            assert not problems, (
                f"{case.operation.label}: {'; '.join(problems)}\n"
                f"reproduce with:\n{case.as_curl_command(headers=headers)}\n"
                f"server log tail:\n{live.server.output()[-3000:]}"
            )

        check()
    assert sent, "no request was sent"


def fuzz_variables(live: Fuzzed, credential: str | None) -> None:
    headers = {"Content-Type": "application/json"}
    if credential:
        headers["Authorization"] = f"Bearer {credential}"
    with requests.Session() as http:

        @settings(
            max_examples=EXAMPLES,
            deadline=DEADLINE,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(body=WITH_VARIABLES)
        def check(body: dict[str, Any]) -> None:
            response = http.post(
                live.server.graphql_url,
                data=encoded(body),
                headers=headers,
                timeout=REQUEST_TIMEOUT_SECONDS,
            )
            problems = server_errors(response)
            assert not problems, (
                f"{'; '.join(problems)}\nbody: {encoded(body)!r}\n"
                f"server log tail:\n{live.server.output()[-3000:]}"
            )

        check()


def test_a_partner_gets_no_server_error_through_variables(live: Fuzzed) -> None:
    fuzz_variables(live, live.seeded["partner"]["key"])


def test_a_customer_gets_no_server_error_through_variables(live: Fuzzed) -> None:
    fuzz_variables(live, live.seeded["customers"][2]["session"])


def test_nobody_gets_a_server_error_through_variables(live: Fuzzed) -> None:
    fuzz_variables(live, None)


def test_a_partner_gets_no_server_error(live: Fuzzed) -> None:
    fuzz(live, live.seeded["partner"]["key"])


def test_a_customer_gets_no_server_error(live: Fuzzed) -> None:
    fuzz(live, live.seeded["customers"][1]["session"])


def test_nobody_gets_a_server_error(live: Fuzzed) -> None:
    fuzz(live, None)


def test_an_amount_past_the_decimal_precision_is_refused_as_too_large(live: Fuzzed) -> None:
    customer = str(GlobalID("Customer", str(live.seeded["customers"][0]["id"])))
    response = requests.post(
        live.server.graphql_url,
        json={
            "query": "mutation($input: SetBudgetInput!) { setBudget(input: $input) "
            "{ errors { code field } } }",
            "variables": {
                "input": {
                    "customerId": customer,
                    "kind": "MONTHLY",
                    "amount": PAST_PRECISION_AMOUNT,
                }
            },
        },
        headers={"Authorization": f"Bearer {live.seeded['partner']['key']}"},
        timeout=REQUEST_TIMEOUT_SECONDS,
    )

    assert server_errors(response) == []
    assert response.json()["data"]["setBudget"]["errors"] == [
        {"code": "AMOUNT_TOO_LARGE", "field": "amount"}
    ]
