"""Opaque keyset cursors: a row's sort value and id, as URL-safe base64 of JSON."""

import base64
import binascii
import json

from rules.dashboard import Cursor
from rules.errors import InputCode, RuleError


def encode_cursor(cursor: Cursor) -> str:
    return base64.urlsafe_b64encode(_cursor_json(cursor.value, cursor.id).encode()).decode()


def _cursor_json(value: str, row_id: int) -> str:
    """`json.dumps([value, row_id])`, written directly for the common value (a time, a plain
    name) that JSON writes as it is between quotes: a page makes a cursor per row."""
    plain = value.isascii() and value.isprintable() and '"' not in value and "\\" not in value
    if plain and type(row_id) is int:
        return f'["{value}", {row_id}]'
    return json.dumps([value, row_id])


def decode_cursor(text: str) -> Cursor:
    """Raises INVALID_CURSOR (field "after") for text no list made."""
    try:
        value, row_id = json.loads(base64.urlsafe_b64decode(text.encode()))
        if not isinstance(value, str) or not isinstance(row_id, int):
            raise ValueError(text)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise RuleError.of(
            InputCode.INVALID_CURSOR, "Not a cursor of this list.", "after"
        ) from None
    return Cursor(value, row_id)
