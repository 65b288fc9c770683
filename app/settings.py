"""Deployment settings: one typed place, read from the environment and an optional `.env` file."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.cpus import default_password_hash_concurrency

__all__ = ["Settings", "ValidationError", "describe_error", "get_settings"]

_DATABASE_SCHEMES = ("sqlite", "postgres", "postgresql")


class Settings(BaseSettings):
    """Every setting, with its default. Tests build one directly: `Settings(DATABASE_URL=...)`."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=True,
        validate_default=True,
    )

    DATABASE_URL: str = "sqlite://var/partnerlink.sqlite3"
    HOST: str = "127.0.0.1"
    PORT: int = Field(default=8000, ge=1, le=65535)
    PUBLIC_BASE_URL: str = "http://127.0.0.1:8000"
    CURRENCY: str = "USD"
    PRODUCTION: bool = False
    LOG_FORMAT: Literal["text", "json"] | None = None
    CORS_ORIGINS: Annotated[list[str], NoDecode] = Field(default_factory=list)
    REDIS_URL: str | None = Field(default=None, repr=False)  # may carry a password
    # Proxies whose X-Forwarded-For is believed (addresses or networks); none by default.
    TRUSTED_PROXIES: Annotated[list[str], NoDecode] = Field(default_factory=list)
    SMTP_HOST: str | None = None
    SMTP_PORT: int | None = Field(default=None, ge=1, le=65535)
    SMTP_USERNAME: str | None = None
    SMTP_PASSWORD: SecretStr | None = None  # never printed: `get_secret_value()` where it is sent
    SMTP_FROM: str | None = None
    SMTP_STARTTLS: bool = True
    INVITATION_TTL_DAYS: int = Field(default=30, ge=1, le=365)
    RESELLER_INSTRUCTIONS_VERSION: str = Field(default="2024-08-29", min_length=1)
    # How many argon2 password hashes may run at once per worker (each takes a CPU and 64 MiB);
    # by default half the CPUs the process may use (affinity and cgroup limits), at least 1.
    PASSWORD_HASH_CONCURRENCY: int = Field(
        default_factory=default_password_hash_concurrency, ge=1, le=256
    )
    # One dissociation request per asker and customer in this many months.
    DISSOCIATION_REQUEST_LIMIT_MONTHS: int = Field(default=3, ge=1, le=24)
    # The SHA-256 (hex) of the operator key that guards the operator mutations; none when unset.
    OPERATOR_KEY_SHA256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")

    @field_validator("DATABASE_URL")
    @classmethod
    def _database_url(cls, value: str) -> str:
        scheme, sep, rest = value.strip().partition("://")
        if not sep or scheme not in _DATABASE_SCHEMES or not rest:
            raise ValueError(
                "must start with sqlite:// or postgres:// (postgresql:// also accepted), "
                "e.g. sqlite://var/partnerlink.sqlite3 or postgres://user@host:5432/db"
            )
        if scheme == "postgresql":
            scheme = "postgres"
        return f"{scheme}://{rest}"

    @field_validator("CURRENCY")
    @classmethod
    def _currency(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}", value):
            raise ValueError("must be an ISO 4217 code of 3 uppercase letters, e.g. USD or EUR")
        return value

    @field_validator("PUBLIC_BASE_URL")
    @classmethod
    def _public_base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("CORS_ORIGINS", mode="before")
    @classmethod
    def _cors_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            if value.strip().startswith("["):
                return json.loads(value)
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("TRUSTED_PROXIES", mode="before")
    @classmethod
    def _trusted_proxies(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("TRUSTED_PROXIES")
    @classmethod
    def _trusted_networks(cls, value: list[str]) -> list[str]:
        try:
            return [str(ip_network(item, strict=False)) for item in value]
        except ValueError:
            raise ValueError(
                "must be IP addresses or networks, comma-separated, e.g. 10.0.0.1,10.1.0.0/16"
            ) from None

    @property
    def trusted_proxy_networks(self) -> list[IPv4Network | IPv6Network]:
        return [ip_network(item) for item in self.TRUSTED_PROXIES]

    @field_validator("LOG_FORMAT", mode="before")
    @classmethod
    def _log_format(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            return value or None
        return value

    @property
    def log_format(self) -> Literal["text", "json"]:
        """LOG_FORMAT, or when it is unset: JSON lines in production, text otherwise."""
        if self.LOG_FORMAT is not None:
            return self.LOG_FORMAT
        return "json" if self.PRODUCTION else "text"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when DATABASE_URL names an SQLite file, else None."""
        scheme, _, rest = self.DATABASE_URL.partition("://")
        path = rest.split("?", 1)[0]
        if scheme != "sqlite" or path in ("", ":memory:"):
            return None
        return Path(path)


def describe_error(error: ValidationError) -> str:
    """One line naming the first invalid setting, e.g. `invalid setting CURRENCY: must be ...`."""
    first = error.errors()[0]
    name = ".".join(str(part) for part in first["loc"]) or "settings"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"invalid setting {name}: {message}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Raises `ValidationError` on a bad value."""
    return Settings()
