"""The operators' description of the facts file (docs/facts.md) against the importer: every type
and field the importer takes is documented, nothing else is, and the example file imports."""

import re
import typing
from pathlib import Path

from pydantic import BaseModel

from models import Customer
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.facts_import import AnyFact, import_facts

DOCS = Path(__file__).parent.parent / "docs"
SECTION = re.compile(r"^## `(\w+)`$", re.MULTILINE)
FIELD_ROW = re.compile(r"^\| `(\w+)` \|", re.MULTILINE)


def accepted() -> dict[str, set[str]]:
    """Each type the importer accepts, with its fields (besides `type`)."""
    union = typing.get_args(AnyFact)[0]
    facts: list[type[BaseModel]] = list(typing.get_args(union))
    return {
        typing.get_args(fact.model_fields["type"].annotation)[0]: set(fact.model_fields) - {"type"}
        for fact in facts
    }


def documented() -> dict[str, set[str]]:
    text = (DOCS / "facts.md").read_text(encoding="utf-8")
    parts = SECTION.split(text)[1:]  # name, body, name, body, ...
    sections = zip(parts[::2], parts[1::2], strict=True)
    return {name: set(FIELD_ROW.findall(body)) for name, body in sections}


def test_every_accepted_type_and_field_is_documented_and_nothing_else() -> None:
    assert documented() == accepted()


async def test_the_example_file_imports_cleanly_and_again_changes_nothing(
    clock: FakeClock,
) -> None:
    lines = (DOCS / "facts-example.jsonl").read_text(encoding="utf-8").splitlines()

    first = await import_facts(actor=OperatorActor(), lines=lines, clock=clock)
    again = await import_facts(actor=OperatorActor(), lines=lines, clock=clock)

    assert set(first.created) == set(accepted())  # the example shows every type
    assert again.created == again.updated == {}
    assert await Customer.filter(import_ref__isnull=False).count() == first.created["account"]
