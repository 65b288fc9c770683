"""Settings: defaults, normalisation, and one clear line naming a bad setting."""

import subprocess
import sys
from typing import Any

import pytest

from app.cpus import usable_cpus
from app.settings import Settings, ValidationError, describe_error


def settings(**values: Any) -> Settings:
    """Settings from the environment and `values`, ignoring any .env file of the developer."""
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name, raising=False)
    s = settings()
    assert s.DATABASE_URL == "sqlite://var/partnerlink.sqlite3"
    assert (s.HOST, s.PORT) == ("127.0.0.1", 8000)
    assert s.PUBLIC_BASE_URL == "http://127.0.0.1:8000"
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
    ],
)
def test_a_bad_value_is_named(name: str, value: object) -> None:
    with pytest.raises(ValidationError) as error:
        settings(**{name: value})
    assert describe_error(error.value).startswith(f"invalid setting {name}: ")


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
    s = settings(SMTP_PASSWORD="smtp-s3cret", REDIS_URL="redis://:redis-s3cret@cache:6379/0")

    for shown in (repr(s), str(s)):
        assert "smtp-s3cret" not in shown
        assert "redis-s3cret" not in shown
    assert "smtp-s3cret" not in s.model_dump_json()
    assert s.SMTP_PASSWORD is not None
    assert s.SMTP_PASSWORD.get_secret_value() == "smtp-s3cret"
