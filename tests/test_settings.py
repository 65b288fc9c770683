"""Settings: defaults, normalisation, and one clear line naming a bad setting."""

import ipaddress
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cpus import usable_cpus
from app.database import default_database_url
from app.settings import Settings, ValidationError, describe_error

ROOT = Path(__file__).resolve().parents[1]


def settings(**values: Any) -> Settings:
    """Settings from the environment and `values`, ignoring any .env file of the developer."""
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name, raising=False)
    s = settings()
    assert f"sqlite://{ROOT / 'var' / 'partnerlink.sqlite3'}" == s.DATABASE_URL
    assert (s.HOST, s.PORT) == ("127.0.0.1", 8000)
    assert s.PUBLIC_BASE_URL == "http://127.0.0.1:8000"
    assert s.DEMO_DATA is True
    assert s.DOCUMENTS_DIR == ROOT / "app" / "static" / "documents"
    assert s.CURRENCY == "USD"
    assert s.PRODUCTION is False
    assert s.CORS_ORIGINS == []
    assert s.REDIS_URL is None and s.SMTP_HOST is None
    assert s.INVITATION_TTL_DAYS == 30
    assert s.RESELLER_INSTRUCTIONS_VERSION == "2024-08-29"
    assert s.PASSWORD_HASH_CONCURRENCY == max(1, usable_cpus() // 2) >= 1


def test_postgresql_urls_are_spelled_postgres() -> None:
    s = settings(DATABASE_URL="postgresql://u@db:5432/partnerlink")
    assert s.DATABASE_URL == "postgres://u@db:5432/partnerlink"


def test_environment_values_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("PRODUCTION", "true")
    s = settings()
    assert s.CORS_ORIGINS == ["https://a.example", "https://b.example"]
    assert s.PRODUCTION is True
    monkeypatch.setenv("CORS_ORIGINS", '["https://c.example"]')
    assert settings().CORS_ORIGINS == ["https://c.example"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://localhost/db"),
        ("DATABASE_URL", "var/partnerlink.sqlite3"),
        ("CURRENCY", "usd"),
        ("CURRENCY", "EURO"),
        ("INVITATION_TTL_DAYS", 0),
        ("INVITATION_TTL_DAYS", 366),
        ("PASSWORD_HASH_CONCURRENCY", 0),
        ("PUBLIC_BASE_URL", "partners.example"),
        ("RESELLER_INSTRUCTIONS_VERSION", "../2024"),
        ("RESELLER_INSTRUCTIONS_VERSION", "v" * 33),
        ("RESELLER_INSTRUCTIONS_VERSION", "2031-01-01"),  # no such file in DOCUMENTS_DIR
        ("DOCUMENTS_DIR", "/nonexistent"),
    ],
)
def test_a_bad_value_is_named(name: str, value: object) -> None:
    with pytest.raises(ValidationError) as error:
        settings(**{name: value})
    named = "DOCUMENTS_DIR" if value == "2031-01-01" else name
    assert describe_error(error.value).startswith(f"invalid setting {named}: ")


def test_the_command_line_refuses_to_start_on_a_bad_setting() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "migrate"],
        env={"CURRENCY": "dollars", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("partnerlink: invalid setting CURRENCY: ")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_secrets_in_settings_are_never_printed() -> None:
    s = settings(
        SMTP_PASSWORD="smtp-s3cret",
        REDIS_URL="redis://:redis-s3cret@cache:6379/0",
        DATABASE_URL="postgres://app:db-s3cret@db:5432/partnerlink",
    )

    for shown in (repr(s), str(s)):
        assert "smtp-s3cret" not in shown
        assert "redis-s3cret" not in shown
        assert "db-s3cret" not in shown
    assert "smtp-s3cret" not in s.model_dump_json()
    assert s.SMTP_PASSWORD is not None
    assert s.SMTP_PASSWORD.get_secret_value() == "smtp-s3cret"


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("127.0.0.1", 8201, "http://127.0.0.1:8201"),
        ("localhost", 8000, "http://localhost:8000"),
        ("::1", 8000, "http://[::1]:8000"),
    ],
)
def test_public_base_url_follows_the_address_served_when_unset(
    monkeypatch: pytest.MonkeyPatch, host: str, port: int, expected: str
) -> None:
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    assert expected == settings(HOST=host, PORT=port).PUBLIC_BASE_URL
    given = settings(HOST=host, PORT=port, PUBLIC_BASE_URL="https://partners.example/")
    assert given.PUBLIC_BASE_URL == "https://partners.example"


@pytest.mark.parametrize("wildcard", ["0.0.0.0", "::"])
def test_a_wildcard_address_links_to_this_machines_address_not_to_the_wildcard(
    monkeypatch: pytest.MonkeyPatch, wildcard: str
) -> None:
    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    url = settings(HOST=wildcard, PORT=8201).PUBLIC_BASE_URL
    host = url.removeprefix("http://").removesuffix(":8201")
    assert host not in ("0.0.0.0", "[::]", "")
    assert ipaddress.ip_address(host).version == 4  # the network's address, or loopback


def test_the_default_database_is_the_checkouts_wherever_the_command_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert f"sqlite://{ROOT / 'var' / 'partnerlink.sqlite3'}" == settings().DATABASE_URL


def test_an_installed_package_keeps_its_database_in_the_users_data_folder(tmp_path: Path) -> None:
    installed = tmp_path / "site-packages"  # no pyproject.toml beside the packages
    data = tmp_path / "data"
    url = default_database_url(installed, {"XDG_DATA_HOME": str(data)}, "linux")
    assert url == f"sqlite://{data / 'partnerlink' / 'partnerlink.sqlite3'}"
    home = default_database_url(installed, {}, "linux")
    assert home == f"sqlite://{Path.home() / '.local/share/partnerlink/partnerlink.sqlite3'}"
    windows = default_database_url(installed, {"LOCALAPPDATA": str(data)}, "win32")
    assert windows == f"sqlite://{data / 'partnerlink' / 'partnerlink.sqlite3'}"


@pytest.mark.parametrize(
    ("production", "allow", "expected"),
    [(False, None, True), (True, None, False), (True, True, True), (False, False, False)],
)
def test_webhooks_to_private_targets_are_allowed_only_outside_production_by_default(
    production: bool, allow: bool | None, expected: bool
) -> None:
    s = settings(PRODUCTION=production, WEBHOOK_ALLOW_PRIVATE_TARGETS=allow)

    assert s.webhook_private_targets is expected
