"""A newcomer's first minutes against the real `partnerlink serve`: links follow the address
served, the first start of a development server makes demo partners and says how to use them,
and the command line finds the project's database from any working directory."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.live_server import Server, attach, server_env, start, stop, workdir_in
from tests.support.qr import decode_png
from tests.test_mail import free_port

CREATE = "mutation { createInvitation(input: {kind: LINK}) { url errors { code } } }"
VIEWER = "{ viewer { ... on Partner { name cooperationModel } } }"


@pytest.fixture
def launch(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """Starts `partnerlink serve ARGS` with an environment; every server is stopped at the end."""
    started: list[Server] = []

    def run(env: dict[str, str], *args: str) -> Server:
        server = start(env, workdir_in(tmp_path), tmp_path / "server.log", *args)
        attach(request, server)
        started.append(server)
        return server

    yield run
    for server in started:
        stop(server.process)


def graphql(server: Server, query: str, key: str) -> dict[str, Any]:
    response = httpx.post(
        server.graphql_url,
        json={"query": query},
        headers={"Authorization": f"Bearer {key}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


def partner_key(server: Server) -> str:
    out = server.command("partners", "create", "--name", "Nimbus", "--model", "reseller")
    partner_id = re.search(r"created partner (\d+)", out)[1]  # type: ignore[index]
    return server.command("keys", "issue", "--partner", partner_id).splitlines()[1]


def test_links_and_qr_codes_follow_the_port_served_without_public_base_url(
    launch: Any, server_database_url: str
) -> None:
    port = free_port()
    env = server_env(server_database_url, free_port())  # PORT says another port: --port wins
    del env["PUBLIC_BASE_URL"]
    server = launch(env, "--port", str(port))

    created = graphql(server, CREATE, partner_key(server))["createInvitation"]

    assert created["errors"] == []
    assert created["url"].startswith(f"http://127.0.0.1:{port}/invite/")
    png = httpx.get(f"{created['url']}/qr.png", timeout=10)
    assert png.status_code == 200
    assert decode_png(png.content) == [created["url"]]
    assert f"serving http://127.0.0.1:{port}/graphql" in server.output()


def test_the_first_start_makes_demo_partners_and_says_how_to_use_them(
    launch: Any, server_database_url: str
) -> None:
    env = server_env(server_database_url, free_port(), DEMO_DATA="true")
    server = launch(env)
    printed = server.output()

    keys = re.findall(r"API key:\s+(plk_\S+)", printed)
    assert len(keys) == 2
    for key, (name, model) in zip(
        keys, [("Demo Reseller", "RESELLER"), ("Demo Referral", "REFERRAL")], strict=True
    ):
        assert graphql(server, VIEWER, key)["viewer"] == {"name": name, "cooperationModel": model}
    # The curl line printed works as it is.
    [curl] = [line.strip() for line in printed.splitlines() if line.strip().startswith("curl ")]
    answer = subprocess.run(shlex.split(curl), capture_output=True, text=True, timeout=10)
    assert json.loads(answer.stdout)["data"]["viewer"]["name"] == "Demo Reseller"
    links = re.findall(r"invitation link: (\S+)", printed)
    assert len(links) == 2 and all(link.startswith(server.base_url) for link in links)
    assert httpx.get(links[0], timeout=10).status_code == 200
    for hint in ("partnerlink keys issue --partner 1", "Headers pane", "DEMO_DATA=false"):
        assert hint in printed
    assert "printed on this console" in printed

    # A restart prints no key again and makes no more partners.
    stop(server.process)
    again = launch(env)
    assert again.output().count("API key:") == 2  # the log holds both starts: the first's only
    assert again.command("partners", "list").count("Demo ") == 2


@pytest.mark.parametrize(
    "overrides", [{"DEMO_DATA": "false"}, {"DEMO_DATA": "true", "PRODUCTION": "true"}]
)
def test_no_demo_when_turned_off_or_in_production(
    launch: Any, server_database_url: str, overrides: dict[str, str]
) -> None:
    server = launch(server_env(server_database_url, free_port()) | overrides)

    assert "plk_" not in server.output()
    assert server.command("partners", "list").startswith("no partner yet")


def test_the_command_line_uses_the_projects_database_from_any_directory(
    tmp_path: Path,
) -> None:
    """Run from an empty directory without DATABASE_URL: nothing is created there, and the
    database named is the checkout's (which `dev.py serve` uses too)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = server_env("unused", 1)
    del env["DATABASE_URL"]

    result = subprocess.run(
        [*partnerlink_command(), "migrate"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert list(elsewhere.iterdir()) == []
    checkout_database = Path(__file__).resolve().parents[2] / "var" / "partnerlink.sqlite3"
    assert str(checkout_database) in result.stdout + result.stderr
    assert checkout_database.exists()


def partnerlink_command() -> list[str]:
    from tests.live_server import partnerlink

    return partnerlink()
