"""Tortoise ORM configuration, shared by the app, the command line, aerich and the tests."""

from typing import Any

MODEL_MODULES = ["models", "aerich.models"]


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": database_url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }
