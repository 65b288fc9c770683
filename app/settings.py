"""Deployment settings: one typed place, read from the environment and an optional `.env` file."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.cpus import default_password_hash_concurrency
from app.database import default_database_url
from app.documents import SHIPPED, VERSION, missing
from app.served_address import base_url_for

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

    # Unset: the checkout's var/partnerlink.sqlite3, or the user's data folder when installed.
    # It may carry a password: never printed.
    DATABASE_URL: str = Field(default_factory=default_database_url, repr=False)
    HOST: str = "127.0.0.1"
    PORT: int = Field(default=8000, ge=1, le=65535)
    # Empty: the address served (HOST and PORT, as `serve` binds them; see app.served_address).
    PUBLIC_BASE_URL: str = ""
    CURRENCY: str = "USD"
    PRODUCTION: bool = False
    # Plain fields answered by schema.execution's walk; false leaves all to graphql-core.
    LEAN_EXECUTION: bool = True
    # The first start of a development server makes demo partners (rules.demo); never in production.
    DEMO_DATA: bool = True
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
    # Each `serve` worker runs a deliverer (mail); false when `partnerlink deliver` runs apart.
    DELIVER_IN_SERVE: bool = True
    # How often a deliverer looks for work recorded by other processes and retries due.
    DELIVERY_POLL_SECONDS: float = Field(default=2.0, gt=0, le=300)
    # Inside `serve`, a deliverer lets its worker's requests go first for at most this long
    # behind (app.deliverer.RequestsFirst); 0: it never does.
    DELIVERY_REQUESTS_FIRST_SECONDS: float = Field(default=30.0, ge=0, le=3600)
    # Webhooks to loopback, private, link-local... addresses (rules.webhook_targets): unset, allowed
    # in development and refused in production.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: bool | None = None
    WEBHOOK_CONNECT_TIMEOUT_SECONDS: float = Field(default=5.0, gt=0, le=60)
    WEBHOOK_TIMEOUT_SECONDS: float = Field(default=15.0, gt=0, le=55)  # the whole request
    INVITATION_TTL_DAYS: int = Field(default=30, ge=1, le=365)
    # A document's version: a file name in DOCUMENTS_DIR, kept with each association.
    RESELLER_INSTRUCTIONS_VERSION: str = Field(default="2024-08-29", pattern=f"^{VERSION.pattern}$")
    # The documents customers agree to, one folder each, one file per version (app.documents).
    DOCUMENTS_DIR: Path = SHIPPED
    # How many argon2 password hashes may run at once per worker (each takes a CPU and 64 MiB);
    # by default half the CPUs the process may use (affinity and cgroup limits), at least 1.
    PASSWORD_HASH_CONCURRENCY: int = Field(
        default_factory=default_password_hash_concurrency, ge=1, le=256
    )
    # One dissociation request per asker and customer in this many months.
    DISSOCIATION_REQUEST_LIMIT_MONTHS: int = Field(default=3, ge=1, le=24)
    # The SHA-256 (hex) of the operator key that guards the operator mutations; none when unset.
    OPERATOR_KEY_SHA256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    # GET /metrics: served when true; unset, served except in production.
    METRICS_ENABLED: bool | None = None
    # When set, GET /metrics asks for it as a Bearer token.
    METRICS_TOKEN: SecretStr | None = Field(default=None, min_length=16)
    # The partner console at /console/, in development and production alike.
    CONSOLE_ENABLED: bool = True

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

    @field_validator("DOCUMENTS_DIR")
    @classmethod
    def _documents_dir(cls, value: Path, info: ValidationInfo) -> Path:
        version = info.data.get("RESELLER_INSTRUCTIONS_VERSION")
        if version is None:  # itself invalid, and named first
            return value
        if lacking := missing(value, version):
            raise ValueError(f"{value} has no {', '.join(lacking)} (see app/static/documents)")
        return value.resolve()

    @field_validator("CURRENCY")
    @classmethod
    def _currency(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Z]{3}", value):
            raise ValueError("must be an ISO 4217 code of 3 uppercase letters, e.g. USD or EUR")
        return value

    @field_validator("PUBLIC_BASE_URL")
    @classmethod
    def _public_base_url(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _follow_the_served_address(self) -> Settings:
        if not self.PUBLIC_BASE_URL:
            self.PUBLIC_BASE_URL = base_url_for(self.HOST, self.PORT)
        return self

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
    def webhook_private_targets(self) -> bool:
        """WEBHOOK_ALLOW_PRIVATE_TARGETS, or when it is unset: allowed unless in production."""
        if self.WEBHOOK_ALLOW_PRIVATE_TARGETS is not None:
            return self.WEBHOOK_ALLOW_PRIVATE_TARGETS
        return not self.PRODUCTION

    @property
    def metrics_enabled(self) -> bool:
        """METRICS_ENABLED, or when it is unset: on in development, off in production."""
        if self.METRICS_ENABLED is not None:
            return self.METRICS_ENABLED
        return not self.PRODUCTION

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
