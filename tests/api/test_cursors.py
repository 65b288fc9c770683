"""Cursors are URL-safe base64 of `json.dumps([value, id])`, however they are written."""

import base64
import json

from hypothesis import given
from hypothesis import strategies as st

from rules.dashboard import Cursor
from schema.cursors import decode_cursor, encode_cursor


@given(st.text(), st.integers(min_value=-(2**63), max_value=2**63))
def test_a_cursor_is_base64_of_the_json_of_its_value_and_id(value: str, row_id: int) -> None:
    cursor = Cursor(value, row_id)

    encoded = encode_cursor(cursor)

    assert encoded == base64.urlsafe_b64encode(json.dumps([value, row_id]).encode()).decode()
    assert decode_cursor(encoded) == cursor
