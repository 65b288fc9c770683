"""GET /metrics: Prometheus's text format, scraped after real requests; on in development, off in
production unless METRICS_ENABLED, behind METRICS_TOKEN when it is set."""

from collections.abc import AsyncIterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr

from app import metrics
from app.database import Dialect
from app.main import create_app
from app.settings import Settings
from rules.clock import FakeClock
from tests.api.conftest import SETTINGS
from tests.api.test_abuse_limits import aliased_logins
from tests.rules.mailbox import Outbox

TOKEN = "metrics-token-for-tests"
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def client_for(settings: Settings, clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, clock=clock, mailer=Outbox())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


@pytest.fixture
async def client(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async for made in client_for(SETTINGS, clock):
        yield made


async def scrape(client: httpx.AsyncClient, **headers: str) -> Samples:
    response = await client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def moved(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


REQUESTS = "partnerlink_graphql_requests_total"


async def test_a_scrape_counts_requests_by_operation_and_outcome(
    client: httpx.AsyncClient,
) -> None:
    before = await scrape(client)

    await client.post("/graphql", json={"query": "query Ping { __typename }"})
    await client.post("/graphql", json={"query": "query Ping { __typename }"})
    await client.post("/graphql", json={"query": "query Mine { customers { totalCount } }"})
    await client.post("/graphql", json={"query": "{ nope }"})
    await client.post("/graphql", content=b"null", headers={"Content-Type": "application/json"})
    login = 'mutation LogIn { login(input: {login: "ghost", password: "x"}) { sessionToken } }'
    await client.post("/graphql", json={"query": login})
    after = await scrape(client)

    assert moved(before, after, REQUESTS, operation="Ping", outcome="ok") == 2
    assert moved(before, after, REQUESTS, operation="Mine", outcome="UNAUTHENTICATED") == 1
    assert moved(before, after, REQUESTS, operation="-", outcome="GRAPHQL_VALIDATION_FAILED") == 1
    assert moved(before, after, REQUESTS, operation="-", outcome="INVALID_REQUEST") == 1
    # The refusal is a payload error, seen even though `errors` was not selected.
    assert moved(before, after, REQUESTS, operation="LogIn", outcome="payload_errors") == 1
    histogram = "partnerlink_graphql_request_duration_seconds_count"
    assert moved(before, after, histogram, operation="Ping") == 2


async def test_a_scrape_counts_attempt_limit_refusals(client: httpx.AsyncClient) -> None:
    before = await scrape(client)

    await client.post("/graphql", json={"query": aliased_logins(60)})  # refused, yet counted
    login = 'mutation { login(input: {login: "ada", password: "x"}) { errors { code } } }'
    refused = await client.post("/graphql", json={"query": login})
    after = await scrape(client)

    assert refused.json()["data"]["login"]["errors"] == [{"code": "TOO_MANY_LOGIN_ATTEMPTS"}]
    limit = "partnerlink_attempt_limit_refusals_total"
    assert moved(before, after, limit, code="TOO_MANY_LOGIN_ATTEMPTS") == 1


def test_operation_names_are_bounded_in_number_and_form() -> None:
    assert metrics.operation_label(None) == "-"
    assert metrics.operation_label("x" * 65) == "other"
    for n in range(metrics.MAX_OPERATION_NAMES + 1):
        metrics.operation_label(f"Name{n}")

    assert metrics.operation_label("Name0") == "Name0"
    assert metrics.operation_label("NeverSeenBefore") == "other"


async def test_the_database_connections_are_shown_on_postgresql(
    dialect: Dialect, database_url: str
) -> None:
    settings = SETTINGS.model_copy(update={"DATABASE_URL": database_url})

    text = (await metrics.exposition(settings.DATABASE_URL)).decode()

    shown = "partnerlink_database_connections{" in text
    assert shown == (dialect == "postgres"), text[-500:]


def production(**settings: object) -> Settings:
    return SETTINGS.model_copy(update={"PRODUCTION": True, **settings})


async def test_production_serves_no_metrics_without_the_setting(clock: FakeClock) -> None:
    async for client in client_for(production(), clock):
        response = await client.get("/metrics")

        assert response.status_code == 404
        assert "partnerlink" not in response.text


async def test_production_serves_metrics_when_enabled(clock: FakeClock) -> None:
    async for client in client_for(production(METRICS_ENABLED=True), clock):
        assert REQUESTS.removesuffix("_total") in str(await scrape(client))


async def test_a_metrics_token_is_required_when_set(clock: FakeClock) -> None:
    settings = production(METRICS_ENABLED=True, METRICS_TOKEN=TOKEN)
    async for client in client_for(Settings.model_validate(settings.model_dump()), clock):
        missing = await client.get("/metrics")
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
        samples = await scrape(client, Authorization=f"Bearer {TOKEN}")

        for refused in (missing, wrong):
            assert refused.status_code == 401
            assert refused.headers["www-authenticate"].startswith("Bearer")
            assert "partnerlink" not in refused.text
        assert samples


def test_the_metrics_token_is_a_secret() -> None:
    settings = Settings(_env_file=None, METRICS_TOKEN=SecretStr(TOKEN))  # type: ignore[call-arg]

    assert TOKEN not in repr(settings)
    assert settings.metrics_enabled  # development


def test_a_short_metrics_token_is_refused() -> None:
    with pytest.raises(ValueError, match="METRICS_TOKEN"):
        Settings(_env_file=None, METRICS_TOKEN=SecretStr("short"))  # type: ignore[call-arg]
