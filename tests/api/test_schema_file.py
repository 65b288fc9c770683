"""schema.graphql at the repository root is the clients' contract: it must match the schema."""

import difflib

import pytest

from schema.export import REGENERATE, SCHEMA_FILE, sdl


def test_schema_graphql_matches_the_schema() -> None:
    if not SCHEMA_FILE.exists():
        pytest.fail(f"{SCHEMA_FILE.name} is missing: run `{REGENERATE}` and commit it")
    exported, current = SCHEMA_FILE.read_text(encoding="utf-8"), sdl()
    if exported != current:
        diff = difflib.unified_diff(
            exported.splitlines(), current.splitlines(), SCHEMA_FILE.name, "schema", lineterm=""
        )
        shown = "\n".join(list(diff)[:40])
        pytest.fail(
            f"{SCHEMA_FILE.name} is stale: run `{REGENERATE}` (in .venv) and commit it.\n{shown}",
            pytrace=False,
        )
