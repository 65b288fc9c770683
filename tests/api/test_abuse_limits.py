"""Guessing over HTTP: failed logins and codes limited per account and client address, counted
even when the request carrying them is refused; oversized requests refused with codes."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from app.main import create_app
from app.request_guard import MAX_BODY_BYTES, MAX_DOCUMENT_CHARS
from models import AttemptCounter
from rules.attempts import CODE_PER_ADDRESS, LOGIN_PER_ADDRESS, AttemptStore
from rules.clock import FakeClock
from rules.customers import Registration, register_customer
from tests.api.conftest import SETTINGS, Api
from tests.redis_support import redis_attempts
from tests.rules.mailbox import Outbox

LOGIN = """
mutation Login($login: String!, $password: String!) {
  login(input: {login: $login, password: $password}) { sessionToken errors { code } }
}"""
PASSWORD = "correct horse battery"


def aliased_logins(count: int) -> str:
    fields = " ".join(
        f'a{n}: login(input: {{login: "ada", password: "guess{n}"}}) {{ errors {{ code }} }}'
        for n in range(count)
    )
    return f"mutation {{ {fields} }}"


async def send(api: Api, document: str, **headers: str) -> dict[str, Any]:
    response = await api.client.post("/graphql", json={"query": document}, headers=headers)
    body: dict[str, Any] = response.json()
    return body


async def login_codes(api: Api, password: str = PASSWORD, **headers: str) -> list[str]:
    response = await api.client.post(
        "/graphql",
        json={"query": LOGIN, "variables": {"login": "ada", "password": password}},
        headers=headers,
    )
    return [e["code"] for e in response.json()["data"]["login"]["errors"]]


async def address_count(key: str) -> int:
    row = await AttemptCounter.get_or_none(key=key)
    return row.count if row else 0


@pytest.fixture
async def ada() -> None:
    await register_customer(
        Registration(account_name="ada", email="ada@example.com", password=PASSWORD, country="GB")
    )


@pytest.mark.usefixtures("ada")
async def test_a_thousand_aliased_logins_are_refused_and_counted(api: Api) -> None:
    document = aliased_logins(1000)
    assert len(document) < MAX_DOCUMENT_CHARS

    body = await api(document)

    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["TOO_MANY_TOKENS"]
    assert await address_count(LOGIN_PER_ADDRESS.key("127.0.0.1")) == 1000
    assert await login_codes(api) == ["TOO_MANY_LOGIN_ATTEMPTS"]


async def test_aliases_refused_by_validation_are_counted(api: Api) -> None:
    body = await api(aliased_logins(31))

    assert [e["extensions"]["code"] for e in body["errors"]] == ["TOO_MANY_ALIASES"]
    assert await address_count(LOGIN_PER_ADDRESS.key("127.0.0.1")) == 31


async def test_password_codes_in_a_refused_document_are_counted(api: Api) -> None:
    fields = " ".join(
        f'a{n}: resetPassword(input: {{email: "ada@example.com", code: "{n:06d}", '
        'newPassword: "x"}) { passwordSet }'
        for n in range(31)
    )

    body = await api(f"mutation {{ {fields} }}")

    assert [e["extensions"]["code"] for e in body["errors"]] == ["TOO_MANY_ALIASES"]
    assert await address_count(CODE_PER_ADDRESS.key("127.0.0.1")) == 31


async def test_registrations_in_a_refused_batch_are_counted(api: Api) -> None:
    register = 'mutation { register(input: {accountName: "a"}) { sessionToken } }'

    response = await api.client.post("/graphql", json=[{"query": register}] * 3)

    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "BATCHING_NOT_SUPPORTED"}
    assert await address_count(CODE_PER_ADDRESS.key("127.0.0.1")) == 3


async def test_a_document_too_long_is_refused_and_its_logins_counted(api: Api) -> None:
    document = aliased_logins(1) + " " * MAX_DOCUMENT_CHARS

    response = await api.client.post("/graphql", json={"query": document})

    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"] == {"code": "DOCUMENT_TOO_LARGE"}
    assert await address_count(LOGIN_PER_ADDRESS.key("127.0.0.1")) == 1


async def test_a_body_too_large_is_refused_unread(api: Api) -> None:
    padding = "x" * MAX_BODY_BYTES
    response = await api.client.post(
        "/graphql", json={"query": "{ __typename }", "variables": {"padding": padding}}
    )

    assert response.status_code == 413
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": f"The request body is larger than {MAX_BODY_BYTES} bytes.",
                "extensions": {"code": "REQUEST_TOO_LARGE"},
            }
        ],
    }


@pytest.mark.usefixtures("ada")
async def test_forwarded_for_is_ignored_without_trusted_proxies(api: Api) -> None:
    await send(api, aliased_logins(31), **{"X-Forwarded-For": "198.51.100.9"})

    assert await address_count(LOGIN_PER_ADDRESS.key("127.0.0.1")) == 31
    assert await address_count(LOGIN_PER_ADDRESS.key("198.51.100.9")) == 0


@pytest.fixture
async def behind_proxy(clock: FakeClock, outbox: Outbox) -> AsyncIterator[Api]:
    settings = SETTINGS.model_copy(update={"TRUSTED_PROXIES": ["127.0.0.0/8"]})
    app = create_app(settings, clock=clock, mailer=outbox, notifier=outbox)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield Api(client)


@pytest.mark.usefixtures("ada")
async def test_forwarded_for_names_the_client_behind_a_trusted_proxy(behind_proxy: Api) -> None:
    forwarded = {"X-Forwarded-For": "203.0.113.5, 198.51.100.9"}
    await send(behind_proxy, aliased_logins(LOGIN_PER_ADDRESS.max_failures + 1), **forwarded)

    assert await address_count(LOGIN_PER_ADDRESS.key("198.51.100.9")) == 51
    assert await login_codes(behind_proxy, **forwarded) == ["TOO_MANY_LOGIN_ATTEMPTS"]
    assert await login_codes(behind_proxy) == []  # from the proxy itself


@pytest.fixture
async def on_redis(clock: FakeClock, outbox: Outbox) -> AsyncIterator[tuple[Api, AttemptStore]]:
    async with redis_attempts() as store:
        app = create_app(SETTINGS, clock=clock, mailer=outbox, notifier=outbox, attempts=store)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield Api(client), store


@pytest.mark.usefixtures("ada")
async def test_counts_kept_in_redis_limit_logins_alike(
    on_redis: tuple[Api, AttemptStore], clock: FakeClock
) -> None:
    api, store = on_redis

    await api(aliased_logins(1000))

    assert await login_codes(api) == ["TOO_MANY_LOGIN_ATTEMPTS"]
    limit = LOGIN_PER_ADDRESS
    assert await store.hit(limit.key("127.0.0.1"), limit.window, clock.now()) == 1002
    assert not await AttemptCounter.exists()
