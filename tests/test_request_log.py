"""Request ids and the one log line per request (app.request_log, app.logging)."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from app.logging import configure_logging
from app.main import create_app
from app.request_log import RequestLogMiddleware, current_request_id
from app.settings import Settings, ValidationError, describe_error
from tests.live_server import partnerlink

LOGGER = "partnerlink.request"


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def echo_request_id(request: Request) -> PlainTextResponse:
    return PlainTextResponse(current_request_id() or "")


async def fail(request: Request) -> PlainTextResponse:
    raise RuntimeError("boom")


def small_app() -> Starlette:
    return Starlette(
        routes=[
            Route("/id", echo_request_id),
            Route("/fail", fail),
            Route("/invite/{token}", echo_request_id),
        ],
        middleware=[Middleware(RequestLogMiddleware)],
    )


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=small_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


def request_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The one line per request (not the tracebacks of failures)."""
    return [r for r in caplog.records if r.name == LOGGER and hasattr(r, "status")]


async def test_a_request_gets_a_new_id_seen_by_the_code_serving_it(
    client: httpx.AsyncClient,
) -> None:
    first = await client.get("/id")
    second = await client.get("/id")
    assert re.fullmatch(r"[0-9a-f]{32}", first.headers["X-Request-ID"])
    assert first.text == first.headers["X-Request-ID"]
    assert second.headers["X-Request-ID"] != first.headers["X-Request-ID"]
    assert current_request_id() is None


@pytest.mark.parametrize("incoming", ["abc", "req-1.2_3", "A" * 64])
async def test_a_sane_incoming_id_is_kept(client: httpx.AsyncClient, incoming: str) -> None:
    response = await client.get("/id", headers={"X-Request-ID": incoming})
    assert response.headers["X-Request-ID"] == incoming
    assert response.text == incoming


@pytest.mark.parametrize(
    "incoming", ["", "A" * 65, "a b", "x;rm", "id\\n", "caf\u00e9", "<script>"]
)
async def test_an_insane_incoming_id_is_replaced(client: httpx.AsyncClient, incoming: str) -> None:
    response = await client.get("/id", headers={b"X-Request-ID": incoming.encode("utf-8")})
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])
    assert response.headers.get_list("X-Request-ID") == [response.text]


async def test_one_line_per_request_with_method_path_status_duration_and_id(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=LOGGER):
        response = await client.get("/id", headers={"X-Request-ID": "req-42"})
    (record,) = request_records(caplog)
    assert record.levelno == logging.INFO
    assert (record.method, record.path, record.status) == ("GET", "/id", 200)  # type: ignore[attr-defined]
    assert record.request_id == "req-42" == response.headers["X-Request-ID"]  # type: ignore[attr-defined]
    assert isinstance(record.duration_ms, float) and record.duration_ms >= 0  # type: ignore[attr-defined]
    assert re.fullmatch(r"GET /id 200 \d+\.\d\d ms", record.getMessage())


async def test_a_failing_request_is_logged_as_500_and_tokens_are_not_logged(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=LOGGER):
        failed = await client.get("/fail")
        await client.get("/invite/SECRET-TOKEN")
    assert failed.status_code == 500
    assert failed.json()["errors"][0]["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    [traceback] = [r for r in caplog.records if r.exc_info]
    assert traceback.request_id == failed.headers["X-Request-ID"]  # type: ignore[attr-defined]
    first, second = request_records(caplog)
    assert (first.path, first.status) == ("/fail", 500)  # type: ignore[attr-defined]
    assert second.path == "/invite/…"  # type: ignore[attr-defined]
    assert "SECRET-TOKEN" not in caplog.text


async def test_production_writes_one_json_line_per_request(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app(settings(PRODUCTION=True))
    transport = httpx.ASGITransport(app=app)
    capsys.readouterr()
    with caplog.at_level(logging.INFO, logger=LOGGER):
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            response = await http.get("/healthz", headers={"X-Request-ID": "probe-7"})
    assert response.status_code == 200
    assert response.headers["X-Request-ID"] == "probe-7"
    assert len(request_records(caplog)) == 1

    (line,) = capsys.readouterr().err.splitlines()
    entry = json.loads(line)
    assert entry["logger"] == LOGGER
    assert entry["level"] == "INFO"
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/healthz", 200)
    assert entry["request_id"] == "probe-7"
    assert isinstance(entry["duration_ms"], float)
    assert entry["message"].startswith("GET /healthz 200 ")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", entry["time"])


async def test_text_lines_outside_production(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(settings())
    transport = httpx.ASGITransport(app=small_app())
    capsys.readouterr()
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        await http.get("/id", headers={"X-Request-ID": "t-1"})
    (line,) = capsys.readouterr().err.splitlines()
    assert re.fullmatch(r"\S+ \S+ INFO partnerlink\.request \[t-1\] GET /id 200 \S+ ms", line)


def test_configure_logging_installs_one_handler_however_often_it_is_called() -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    configure_logging(settings())
    configure_logging(settings(LOG_FORMAT="json"))
    after = len(root.handlers)
    configure_logging(settings())
    assert len(root.handlers) == after <= before + 1


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, "text"),
        ({"PRODUCTION": True}, "json"),
        ({"PRODUCTION": True, "LOG_FORMAT": "text"}, "text"),
        ({"LOG_FORMAT": " JSON "}, "json"),
        ({"LOG_FORMAT": ""}, "text"),
    ],
)
def test_log_format_setting(values: dict[str, object], expected: str) -> None:
    assert settings(**values).log_format == expected


def test_an_unknown_log_format_is_named() -> None:
    with pytest.raises(ValidationError) as error:
        settings(LOG_FORMAT="xml")
    assert describe_error(error.value).startswith("invalid setting LOG_FORMAT: ")


def test_an_error_that_ends_the_process_is_one_json_line_in_production(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PRODUCTION": "true",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/unreachable",
    }
    result = subprocess.run(
        [*partnerlink(), "serve"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert lines
    entries = [json.loads(line) for line in lines]  # every line is JSON
    [uncaught] = [entry for entry in entries if entry["message"] == "uncaught error"]
    assert uncaught["level"] == "CRITICAL"
    assert "Traceback" in uncaught["exception"]
