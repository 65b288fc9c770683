"""Text that no input may carry: a lone surrogate (JSON's `"\\ud800"` decodes to one, yet it is no
Unicode character and cannot be encoded to UTF-8) and NUL (PostgreSQL refuses it in text; SQLite
would keep it). Refused wherever a string arrives, before anything runs, with INVALID_TEXT:
in the variables of a request (app.request_guard, answering HTTP 400) and in the document's own
string literals (`TextRule`, a validation rule, so once per document thanks to the validation
cache).
"""

from __future__ import annotations

import re
from typing import Any

from graphql import GraphQLError, StringValueNode, ValidationRule

INVALID_TEXT = "INVALID_TEXT"
MESSAGE = "Text must be Unicode characters without NUL (no lone surrogates, no \\u0000)."
_INVALID = re.compile("[\x00\ud800-\udfff]")


def is_valid_text(text: str) -> bool:
    return _INVALID.search(text) is None


def invalid_text_at(value: Any, path: str = "") -> str | None:
    """The dotted path of the first string (or object key) in a decoded JSON value that
    `is_valid_text` refuses; None when every one is valid. Only called on a request whose JSON
    has a `\\u` escape, the only way such text arrives in JSON that decoded from UTF-8."""
    if isinstance(value, str):
        return None if is_valid_text(value) else path
    if isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            if not is_valid_text(key):
                return path or "."
            found = invalid_text_at(item, inner)
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = invalid_text_at(item, f"{path}.{index}" if path else str(index))
            if found is not None:
                return found
    return None


class TextRule(ValidationRule):
    """Refuses a string literal of the document (an argument, a default value) holding a NUL:
    GraphQL's `\\u0000` escape is valid, and lone surrogates are refused by the parser itself."""

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> None:
        if not is_valid_text(node.value):
            self.report_error(GraphQLError(MESSAGE, node, extensions={"code": INVALID_TEXT}))
