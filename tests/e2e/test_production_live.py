"""The production configuration on a live `partnerlink serve` started with PRODUCTION=true in its
environment: the process as deployed (settings from the environment, the default app that
`serve` runs, uvicorn in front), where tests/api/test_production.py builds the app in process.

GraphiQL, introspection and field suggestions are off; and when something really breaks (tables
renamed under the running server), the answer carries no traceback, no SQL and no file names,
inside GraphQL (a masked INTERNAL_SERVER_ERROR) and outside it (a masked JSON 500), while the
JSON log keeps the traceback for the operator, one JSON line each.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
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

BROWSER = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
LEAKS = ("Traceback", ".py", "invitation_gone", "customer_session", "SELECT", "sqlite", "asyncpg")


@pytest.fixture
async def production(
    request: pytest.FixtureRequest, dialect: Dialect, tmp_path: Path
) -> AsyncIterator[Server]:
    async with scratch_database(dialect, tmp_path, "production") as url:
        env = server_env(url, free_port(), production=True, LOG_FORMAT="json")
        workdir = workdir_in(tmp_path)
        command(env, workdir, "migrate")
        server = start(env, workdir, tmp_path / "server.log")
        attach(request, server)
        try:
            yield server
        finally:
            stop(server.process)


async def execute(database_url: str, sql: str) -> None:
    """Run SQL on the server's database behind its back."""
    if database_url.startswith("sqlite://"):
        with sqlite3.connect(database_url.removeprefix("sqlite://")) as connection:
            connection.execute(sql)
        return
    connection = await asyncpg.connect(database_url)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def websocket_results(server: Server, query: str) -> list[dict[str, Any]]:
    """The messages answering one operation sent over graphql-transport-ws, up to `complete`."""
    url = server.graphql_url.replace("http://", "ws://")
    with connect(url, subprotocols=[Subprotocol("graphql-transport-ws")]) as socket:
        socket.send(json.dumps({"type": "connection_init"}))
        assert json.loads(socket.recv(timeout=10))["type"] == "connection_ack"
        socket.send(json.dumps({"type": "subscribe", "id": "1", "payload": {"query": query}}))
        messages = []
        while (message := json.loads(socket.recv(timeout=10)))["type"] != "complete":
            messages.append(message)
            if message["type"] == "error":
                break
    return messages


async def graphql(server: Server, query: str, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(timeout=10) as client:
        return await client.post(server.graphql_url, json={"query": query}, headers=headers)


async def test_a_production_server_hides_graphiql_introspection_and_suggestions(
    production: Server,
) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        page = await client.get(production.graphql_url, headers=BROWSER)
    assert page.status_code == 404
    assert "GraphiQL" not in page.text

    introspection = (await graphql(production, "{ __schema { queryType { name } } }")).json()
    assert introspection["data"] is None
    for refused in introspection["errors"]:
        assert "introspection has been disabled" in refused["message"]
        assert refused["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}

    [misspelt] = (await graphql(production, "{ viewr { __typename } }")).json()["errors"]
    assert misspelt["message"] == "Cannot query field 'viewr' on type 'Query'."


async def test_a_production_server_without_a_mail_server_warns_and_answers_codes_alike(
    production: Server,
) -> None:
    logged = [json.loads(line) for line in production.output().splitlines() if line[:1] == "{"]
    [warning] = [line for line in logged if line["logger"] == "partnerlink.mail"]
    assert warning["level"] == "WARNING"
    assert "SMTP_HOST" in warning["message"]

    asked = await graphql(
        production,
        'mutation { requestEmailCode(input: {email: "a@example.com"}) '
        "{ accepted errors { code } } }",
    )
    assert asked.json() == {"data": {"requestEmailCode": {"accepted": True, "errors": []}}}


async def test_a_production_server_shows_no_stack_trace_when_something_breaks(
    production: Server,
) -> None:
    database_url = production.env["DATABASE_URL"]
    await execute(database_url, "ALTER TABLE invitation RENAME TO invitation_gone")
    await execute(database_url, "ALTER TABLE customer_session RENAME TO customer_session_gone")

    # Inside GraphQL: the resolver's database error is masked.
    inside = await graphql(production, '{ invitation(token: "abc") { kind } }')
    assert inside.status_code == 200
    body = inside.json()
    assert body["data"] == {"invitation": None}
    assert body["errors"] == [
        {
            "message": "Unexpected error.",
            "locations": [{"line": 1, "column": 3}],
            "path": ["invitation"],
            "extensions": {"code": "INTERNAL_SERVER_ERROR"},
        }
    ]

    # Over WebSocket, where each result is sent as soon as it is made: masked alike.
    [over_websocket] = websocket_results(production, '{ invitation(token: "abc") { kind } }')
    assert over_websocket["payload"]["errors"] == body["errors"]

    # Outside it: finding the session's customer fails before GraphQL runs.
    outside = await graphql(production, "{ viewer { __typename } }", token="a-session-token")
    assert outside.status_code == 500
    assert outside.json() == {
        "data": None,
        "errors": [
            {"message": "Unexpected error.", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}
        ],
    }

    for response in (inside, outside):
        for leak in LEAKS:
            assert leak not in response.text
    # The operator's JSON log has the masked error's traceback, under the request's id.
    request_id = inside.headers["X-Request-ID"]
    logged = [json.loads(line) for line in production.output().splitlines() if line.startswith("{")]
    [masked] = [
        line
        for line in logged
        if line["logger"] == "partnerlink.graphql" and line.get("request_id") == request_id
    ]
    assert masked["level"] == "ERROR"
    assert "Traceback" in masked["exception"]
    assert "invitation" in masked["exception"]
    # The error no code caught is logged as JSON too, traceback and all: every line is JSON.
    lines = production.output().splitlines()
    assert [line for line in lines if not line.startswith("{")] == []
    [uncaught] = [
        line
        for line in logged
        if line.get("request_id") == outside.headers["X-Request-ID"] and "exception" in line
    ]
    assert uncaught["level"] == "ERROR"
    assert "customer_session" in uncaught["exception"]
