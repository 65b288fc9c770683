"""Counts the SQL statements Tortoise sends, from its `tortoise.db_client` debug log."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

SQL_VERBS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "SAVEPOINT", "RELEASE", "ROLLBACK")


class _StatementCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.lstrip().upper().startswith(SQL_VERBS):
            self.statements.append(message)


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    """Yields the list of statements sent while the block runs."""
    logger = logging.getLogger("tortoise.db_client")
    counter = _StatementCounter()
    previous_level = logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        yield counter.statements
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous_level)
