"""What PRODUCTION switches: GraphiQL, introspection and field suggestions off; unexpected
errors masked, while errors in the request itself stay readable."""

import logging
from collections.abc import AsyncIterator
from typing import Any, NoReturn

import httpx
import pytest

import schema.types
from app.main import create_app
from app.settings import Settings
from rules.clock import FakeClock
from tests.api.conftest import Api, gid
from tests.rules.mailbox import Outbox

SECRET_DETAIL = "connection to db.internal:5432 refused (password=hunter2)"


def settings(*, production: bool) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        DATABASE_URL="sqlite://:memory:",
        PRODUCTION=production,
        LOG_FORMAT="text",
    )


async def client_for(production: bool, clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings(production=production), clock=clock, mailer=Outbox())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


@pytest.fixture
async def development(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async for client in client_for(False, clock):
        yield client


@pytest.fixture
async def production(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async for client in client_for(True, clock):
        yield client


BROWSER = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
INTROSPECTION = "{ __schema { queryType { name } } }"
MISSPELT = "{ viewr { __typename } }"


async def test_graphiql_is_served_to_a_browser_in_development(
    development: httpx.AsyncClient,
) -> None:
    response = await development.get("/graphql", headers=BROWSER)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "GraphiQL" in response.text


async def test_graphiql_is_not_found_in_production(production: httpx.AsyncClient) -> None:
    response = await production.get("/graphql", headers=BROWSER)

    assert response.status_code == 404
    assert "GraphiQL" not in response.text


async def test_queries_are_not_taken_over_get_either_way(
    development: httpx.AsyncClient, production: httpx.AsyncClient
) -> None:
    for client in (development, production):
        response = await client.get("/graphql", params={"query": "{ __typename }"})
        assert response.status_code == 405


async def test_introspection_works_in_development_only(
    development: httpx.AsyncClient, production: httpx.AsyncClient
) -> None:
    allowed = await Api(development)(INTROSPECTION)
    refused = await Api(production)(INTROSPECTION)

    assert allowed == {"data": {"__schema": {"queryType": {"name": "Query"}}}}
    assert refused["data"] is None
    assert "introspection has been disabled" in refused["errors"][0]["message"]
    assert refused["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_a_misspelt_field_gets_suggestions_in_development_only(
    development: httpx.AsyncClient, production: httpx.AsyncClient
) -> None:
    [suggested] = (await Api(development)(MISSPELT))["errors"]
    [bare] = (await Api(production)(MISSPELT))["errors"]

    assert "Did you mean 'viewer'?" in suggested["message"]
    assert bare["message"] == "Cannot query field 'viewr' on type 'Query'."
    assert "Did you mean" not in bare["message"]
    assert bare["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}
    assert bare["locations"] == [{"line": 1, "column": 3}]


async def test_syntax_errors_stay_readable_in_production(production: httpx.AsyncClient) -> None:
    [error] = (await Api(production)("{ viewer "))["errors"]

    assert error["message"] == "Syntax Error: Expected Name, found <EOF>."
    assert error["locations"] == [{"line": 1, "column": 10}]


async def test_an_unexpected_error_is_masked_and_logged_in_production(
    production: httpx.AsyncClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> NoReturn:
        raise RuntimeError(SECRET_DETAIL)

    monkeypatch.setattr(schema.types, "visible", broken)  # what every node read goes through

    with caplog.at_level(logging.ERROR, logger="partnerlink.graphql"):
        response = await production.post(
            "/graphql",
            json={
                "query": "query($id: ID!) { node(id: $id) { id } }",
                "variables": {"id": gid("Partner", 1)},
            },
        )

    assert response.status_code == 200
    body = response.json()
    assert body["data"] == {"node": None}
    [error] = body["errors"]
    assert error["message"] == "Unexpected error."
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert error["path"] == ["node"]
    for leak in (SECRET_DETAIL, "hunter2", "RuntimeError", "Traceback", ".py"):
        assert leak not in response.text
    assert any(
        record.exc_info and SECRET_DETAIL in str(record.exc_info[1]) for record in caplog.records
    ), "the masked error is logged with its traceback"


async def test_a_callers_error_is_answered_not_logged_as_an_error(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """Syntax errors, unknown fields and refusals are the caller's: the answer carries a code,
    and the operator's error log stays for what went wrong in the service."""
    with caplog.at_level(logging.INFO):
        answers = [
            await api("{ viewer "),
            await api("{ viewr }"),
            await api("{ customers(first: 1000) { totalCount } }"),
        ]

    assert [a["errors"][0]["extensions"]["code"] for a in answers] == [
        "GRAPHQL_PARSE_FAILED",
        "GRAPHQL_VALIDATION_FAILED",
        "UNAUTHENTICATED",
    ]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
