"""The client address the limits count, on a live `partnerlink serve` (uvicorn in front): the
connection's peer, unless it is one of TRUSTED_PROXIES, whose X-Forwarded-For then names the
client. uvicorn's own proxy headers would believe X-Forwarded-For from 127.0.0.1 whatever the
setting; `serve` turns them off, so app.client_address decides alone.

Each test spends the per-address login failures of one address with a document refused before
it runs (more aliased logins than allowed: every one counts), then sees which address is
refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.database import Dialect
from rules.attempts import LOGIN_PER_ADDRESS
from tests.live_server import Server, attach, scratch_database, server_env, start, stop, workdir_in
from tests.test_mail import free_port

LOGIN = """
mutation Login($login: String!) {
  login(input: {login: $login, password: "wrong"}) { errors { code } }
}"""
SPENDER = "203.0.113.5"
BYSTANDER = "198.51.100.7"


@pytest.fixture
async def live(
    request: pytest.FixtureRequest, dialect: Dialect, tmp_path: Path
) -> AsyncIterator[Server]:
    """A server whose TRUSTED_PROXIES is the test's parameter."""
    async with scratch_database(dialect, tmp_path, "addresses") as url:
        env = server_env(url, free_port(), TRUSTED_PROXIES=request.param)
        server = start(env, workdir_in(tmp_path), tmp_path / "server.log")
        attach(request, server)
        try:
            yield server
        finally:
            stop(server.process)


async def spend_logins_of(server: Server, forwarded_for: str) -> None:
    aliases = " ".join(
        f'a{n}: login(input: {{login: "nobody{n}", password: "x"}}) {{ errors {{ code }} }}'
        for n in range(LOGIN_PER_ADDRESS.max_failures + 1)
    )
    async with httpx.AsyncClient(timeout=30) as client:
        response = await client.post(
            server.graphql_url,
            json={"query": f"mutation {{ {aliases} }}"},
            headers={"X-Forwarded-For": forwarded_for},
        )
    assert response.json()["errors"][0]["extensions"]["code"] == "TOO_MANY_ALIASES"


async def login_codes(server: Server, login: str, forwarded_for: str | None) -> list[str]:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    async with httpx.AsyncClient(timeout=30) as client:
        response = await client.post(
            server.graphql_url,
            json={"query": LOGIN, "variables": {"login": login}},
            headers=headers,
        )
    return [error["code"] for error in response.json()["data"]["login"]["errors"]]


@pytest.mark.parametrize("live", [""], indirect=True, ids=["no trusted proxy"])
async def test_an_untrusted_peer_is_counted_whatever_x_forwarded_for_says(live: Server) -> None:
    await spend_logins_of(live, forwarded_for=SPENDER)

    # Another forwarded address changes nothing: the peer, 127.0.0.1, has spent its failures.
    assert await login_codes(live, "someone", forwarded_for=BYSTANDER) == [
        "TOO_MANY_LOGIN_ATTEMPTS"
    ]
    assert await login_codes(live, "someone else", None) == ["TOO_MANY_LOGIN_ATTEMPTS"]


@pytest.mark.parametrize("live", ["127.0.0.1"], indirect=True, ids=["127.0.0.1 trusted"])
async def test_behind_a_trusted_proxy_x_forwarded_for_names_the_client(live: Server) -> None:
    await spend_logins_of(live, forwarded_for=f"{BYSTANDER}, {SPENDER}")

    assert await login_codes(live, "someone", forwarded_for=SPENDER) == ["TOO_MANY_LOGIN_ATTEMPTS"]
    assert await login_codes(live, "someone", forwarded_for=BYSTANDER) == ["INVALID_CREDENTIALS"]
    assert await login_codes(live, "someone", None) == ["INVALID_CREDENTIALS"]  # the proxy itself
