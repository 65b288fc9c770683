"""The production configuration on a live `partnerlink serve` started with PRODUCTION=true in its
environment: the process as deployed (settings from the environment, the default app that
`serve` runs, uvicorn in front), where tests/api/test_production.py builds the app in process.

GraphiQL, introspection and field suggestions are off; and when something really breaks (tables
renamed under the running server), the answer carries no traceback, no SQL and no file names,
inside GraphQL (a masked INTERNAL_SERVER_ERROR) and outside it (a plain 500), while the JSON log
keeps the traceback for the operator.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest

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

    # Outside it: finding the session's customer fails before GraphQL runs.
    outside = await graphql(production, "{ viewer { __typename } }", token="a-session-token")
    assert outside.status_code == 500
    assert outside.text == "Internal Server Error"

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
