"""Keyset pages newest first: a page ends at a row's time and id, and the next one starts past
them, so a page deep in a list costs what the first one costs."""

from datetime import datetime
from typing import Any

from tortoise.expressions import Q

from rules.dashboard import Cursor
from rules.errors import InputCode, RuleError
from rules.validation import InputCheck

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


def check_page_size(first: int) -> None:
    """Raises OUT_OF_RANGE (field "first") outside 1..100."""
    with InputCheck() as check:
        check.int_range("first", first, low=1, high=MAX_PAGE_SIZE)


def cursor_at(moment: datetime, row_id: int) -> Cursor:
    return Cursor(moment.isoformat(), row_id)


def older_than(column: str, cursor: Cursor) -> Q:
    """The rows after `cursor` in the order (column DESC, id DESC). Raises INVALID_CURSOR."""
    try:
        moment = datetime.fromisoformat(cursor.value)
    except ValueError:
        raise RuleError.of(
            InputCode.INVALID_CURSOR, "The cursor does not fit this list.", "after"
        ) from None
    # The bound on the column alone first, so the index scan starts at the cursor.
    reached: dict[str, Any] = {f"{column}__lte": moment}
    beyond: dict[str, Any] = {f"{column}__lt": moment}
    return Q(**reached) & (Q(**beyond) | Q(id__lt=cursor.id))
