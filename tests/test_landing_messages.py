"""The landing page says every error code it can receive in plain words."""

import json
import re
from pathlib import Path

from graphql import GraphQLEnumType

from schema.root import schema

LANDING = Path(__file__).resolve().parents[1] / "app" / "static" / "landing"
PAGE_ENUMS = (
    "AssociateErrorCode",
    "RegisterErrorCode",
    "LoginErrorCode",
    "RequestEmailCodeErrorCode",
    "EligibilityProblemCode",
    "AnswerDissociationErrorCode",
)


def messages_in(path: Path) -> dict[str, str]:
    """The sentences of a page's messages.js, which holds `Object.freeze({...JSON...});`."""
    source = path.read_text(encoding="utf-8")
    found = re.search(r"Object\.freeze\((\{.*\})\);", source, re.DOTALL)
    assert found, f"{path.name} must hold Object.freeze({{...JSON...}})"
    messages: dict[str, str] = json.loads(found.group(1))
    return messages


def page_messages() -> dict[str, str]:
    return messages_in(LANDING / "messages.js")


def test_every_code_the_page_can_receive_has_a_sentence() -> None:
    messages = page_messages()
    missing = {}
    for name in PAGE_ENUMS:
        enum = schema._schema.type_map[name]
        assert isinstance(enum, GraphQLEnumType), name
        absent = sorted(set(enum.values) - set(messages))
        if absent:
            missing[name] = absent
    assert not missing, f"codes without a sentence in messages.js: {missing}"


def test_sentences_are_sentences() -> None:
    for code, text in page_messages().items():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]+", code), code
        assert text[:1].isupper() and text.endswith("."), (code, text)
        assert code not in text, f"{code}: say it in words"
