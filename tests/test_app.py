"""The HTTP surface: liveness, readiness and the GraphQL endpoint.

httpx's ASGITransport does not run the lifespan: requests use the test session's database."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from tortoise import connections
from tortoise.context import TortoiseContext

from app.main import create_app
from app.settings import Settings
from models import OutboxMail
from rules.hashing import concurrent_hashes_limit, limit_concurrent_hashes


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(_env_file=None, DATABASE_URL=database_url))  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


NO_MAIL_WAITING = {"waiting": 0, "failing": 0, "givenUpLastHour": 0}


async def test_readyz_when_migrated(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "mail": NO_MAIL_WAITING}


async def failing_mail() -> OutboxMail:
    now = datetime.now(UTC)
    return await OutboxMail.create(
        recipient="newcomer@example.com",
        subject="Your code",
        body="Your code is 123456",
        created_at=now - timedelta(minutes=1),
        expires_at=now + timedelta(minutes=9),
        due_at=now + timedelta(seconds=15),
        attempts=2,
        last_attempt_at=now,
        last_error="SMTPConnectError: Error connecting to smtp.internal on port 587",
    )


async def test_readyz_reports_failing_mail_but_stays_ready(client: httpx.AsyncClient) -> None:
    mail = await failing_mail()

    response = await client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "mail": {
            "waiting": 1,
            "failing": 1,
            "givenUpLastHour": 0,
            "oldestFailingSince": mail.created_at.isoformat(),
            "lastError": mail.last_error,
        },
    }


async def test_readyz_in_production_keeps_the_cause_of_failing_mail_to_the_logs(
    database_url: str,
) -> None:
    await failing_mail()
    settings = Settings(_env_file=None, DATABASE_URL=database_url, PRODUCTION=True)  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/readyz")

    assert response.json()["mail"]["failing"] == 1
    assert "lastError" not in response.json()["mail"]


async def test_readyz_with_a_pending_migration(client: httpx.AsyncClient) -> None:
    await connections.get("default").execute_query("DELETE FROM aerich")  # rolled back after
    response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["problems"][0].startswith("pending migration ")


async def test_readyz_without_a_database(client: httpx.AsyncClient) -> None:
    with TortoiseContext():  # a context with no database configured
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["problems"][0].startswith("database unavailable")


async def test_graphql_answers_without_credentials(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": "{ viewer { __typename } }"})
    assert response.status_code == 200
    assert response.json() == {"data": {"viewer": None}}


def test_the_app_runs_as_many_password_hashes_at_once_as_set(database_url: str) -> None:
    before = concurrent_hashes_limit()
    try:
        create_app(Settings(_env_file=None, DATABASE_URL=database_url, PASSWORD_HASH_CONCURRENCY=3))  # type: ignore[call-arg]
        assert concurrent_hashes_limit() == 3
    finally:
        limit_concurrent_hashes(before)
