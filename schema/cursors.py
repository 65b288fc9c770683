"""Opaque keyset cursors: a row's sort value and id, as URL-safe base64 of JSON."""

import base64
import binascii
import json

from rules.dashboard import Cursor
from rules.errors import InputCode, RuleError


def encode_cursor(cursor: Cursor) -> str:
    return base64.urlsafe_b64encode(json.dumps([cursor.value, cursor.id]).encode()).decode()


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
