"""GraphQL over HTTP against a live `partnerlink serve --workers 2` (uvicorn in front, as
deployed): malformed requests sent as raw bytes are answered as JSON with their codes (and over
WebSocket with the same code), and /metrics, answered by either worker, counts the requests of
both."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from websockets.sync.client import connect
from websockets.typing import Subprotocol

from app.database import Dialect
from tests.live_server import (
    Server,
    attach,
    command,
    scratch_database,
    server_env,
    start,
    stop,
    workdir_in,
)
from tests.test_mail import free_port

JSON_BODY = {"Content-Type": "application/json"}
WORKERS_READY = 120.0
# Raw requests, and the status and code each is answered with.
MALFORMED: list[tuple[str, bytes, dict[str, str], int, str]] = [
    ("POST", b"null", JSON_BODY, 400, "INVALID_REQUEST"),
    ("POST", b"5", JSON_BODY, 400, "INVALID_REQUEST"),
    ("POST", b'{"query": "\xff"}', JSON_BODY, 400, "INVALID_JSON"),
    ("POST", b"{", JSON_BODY, 400, "INVALID_JSON"),
    ("POST", b"", JSON_BODY, 400, "INVALID_JSON"),
    (
        "POST",
        b'{"query": "{ __typename }"}',
        {"Content-Type": "text/plain"},
        415,
        "UNSUPPORTED_MEDIA_TYPE",
    ),
    (
        "POST",
        b'{"query": "{ __typename }", "operationName": "Nope"}',
        JSON_BODY,
        400,
        "UNKNOWN_OPERATION",
    ),
    (
        "POST",
        b'{"query": "query($t: String!) { invitation(token: $t) { kind } }", '
        b'"variables": {"t": "a\\ud800b"}}',
        JSON_BODY,
        400,
        "INVALID_TEXT",
    ),
    (
        "POST",
        b'{"query": "query($t: String!) { invitation(token: $t) { kind } }", '
        b'"variables": {"t": "a\\u0000b"}}',
        JSON_BODY,
        400,
        "INVALID_TEXT",
    ),
    ("GET", b"", {}, 405, "METHOD_NOT_ALLOWED"),
]


@pytest.fixture
async def workers(
    request: pytest.FixtureRequest, dialect: Dialect, tmp_path: Path
) -> AsyncIterator[Server]:
    async with scratch_database(dialect, tmp_path, "http") as url:
        env = server_env(url, free_port(), production=True, METRICS_ENABLED="true")
        workdir = workdir_in(tmp_path)
        command(env, workdir, "migrate")
        # Two workers import the app at once: on a busy machine that takes a while.
        server = start(
            env, workdir, tmp_path / "server.log", "--workers", "2", ready_seconds=WORKERS_READY
        )
        attach(request, server)
        try:
            yield server
        finally:
            stop(server.process)


def requests_counted(text: str, outcome: str) -> float:
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "partnerlink_graphql_requests_total"
        and sample.labels["outcome"] == outcome
    )


async def test_malformed_requests_get_json_codes_and_every_worker_counts(
    workers: Server,
) -> None:
    async with httpx.AsyncClient(base_url=workers.base_url, timeout=10) as client:
        for method, body, headers, status, code in MALFORMED:
            url = "/graphql?query=mutation%20%7B%20logout%20%7B%20__typename%20%7D%20%7D"
            response = await client.request(
                method, url if method == "GET" else "/graphql", content=body, headers=headers
            )
            assert response.status_code == status, (body, response.text)
            assert response.headers["content-type"] == "application/json"
            assert json.loads(response.text)["errors"][0]["extensions"]["code"] == code

        # New connections, so that both workers answer some of them.
        for _ in range(20):
            async with httpx.AsyncClient(base_url=workers.base_url, timeout=10) as fresh:
                await fresh.post("/graphql", json={"query": "query Ping { __typename }"})
        scrapes = [(await client.get("/metrics")).text for _ in range(6)]

    # Over WebSocket, text no input may carry is refused with the same code.
    query = "query($t: String!) { invitation(token: $t) { kind } }"
    url = workers.graphql_url.replace("http://", "ws://")
    with connect(url, subprotocols=[Subprotocol("graphql-transport-ws")]) as socket:
        socket.send(json.dumps({"type": "connection_init"}))
        assert json.loads(socket.recv(timeout=10))["type"] == "connection_ack"
        payload = {"query": query, "variables": {"t": "a\ud800b"}}
        socket.send(json.dumps({"type": "subscribe", "id": "1", "payload": payload}))
        refused = json.loads(socket.recv(timeout=10))
    assert refused["type"] == "error"
    assert refused["payload"][0]["extensions"] == {
        "code": "INVALID_TEXT",
        "field": "payload.variables.t",
    }

    for text in scrapes:  # whichever worker answered, it counts all of them
        assert requests_counted(text, "ok") == 20
        assert requests_counted(text, "INVALID_REQUEST") == 2
        assert requests_counted(text, "INVALID_TEXT") == 2
