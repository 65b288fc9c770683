"""Logging, configured in one place: `configure_logging(settings)`, called by `serve` and by
`create_app` (so every uvicorn worker has it).

One handler on the root logger writes to stderr, as text or as one JSON object per line
(`settings.log_format`). Every record made during an HTTP request carries its `request_id`.
The `partnerlink` and `uvicorn` loggers log from INFO up; other libraries keep the root's level
(WARNING).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TextIO

from app.request_log import current_request_id
from app.settings import Settings

PROJECT_LOGGER = "partnerlink"
# uvicorn's own records (start, stop, and the traceback of an error no one caught) propagate
# here: `serve` leaves uvicorn's logging unconfigured.
UVICORN_LOGGER = "uvicorn"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"

# The attributes of every LogRecord; anything else on a record came from `extra=`.
_STANDARD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "request_id",
    "color_message",  # uvicorn's message again, with terminal colours
}


class RequestIdFilter(logging.Filter):
    """Sets `record.request_id` to the id of the request being served ('-' outside one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id() or "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, the fields given
    with `extra=`, and the traceback as `exception` when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", "-")
        if request_id != "-":
            entry["request_id"] = request_id
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class _ProjectHandler(logging.StreamHandler[TextIO]):
    """The handler `configure_logging` installs (found again and replaced on a second call).
    Writes to whatever `sys.stderr` is at the time: test runners replace it."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # emit runs under the handler's lock
        super().emit(record)


def log_uncaught(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """`sys.excepthook`: an error that ends the process is logged like any other (one JSON line
    in production), not printed as Python's plain traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    logging.getLogger(PROJECT_LOGGER).critical("uncaught error", exc_info=(kind, error, traceback))


def configure_logging(settings: Settings) -> None:
    """Install (or replace) the project's handler on the root logger, and log errors that end
    the process through it. Idempotent."""
    handler = _ProjectHandler()
    handler.addFilter(RequestIdFilter())
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _ProjectHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    for name in (PROJECT_LOGGER, UVICORN_LOGGER):
        logging.getLogger(name).setLevel(logging.INFO)
    sys.excepthook = log_uncaught
