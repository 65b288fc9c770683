"""The one place where a rules call becomes a payload: its result on success, its problems as
`errors` when the rules refuse."""

from collections.abc import Awaitable, Callable
from contextvars import ContextVar, Token
from typing import Any, TypeVar

from rules.errors import RuleError

T = TypeVar("T")
P = TypeVar("P")

_refusals: ContextVar[list[str] | None] = ContextVar("partnerlink_refusals", default=None)


def note_refusals(noted: list[str]) -> Token[list[str] | None]:
    """From now on in this context, `noted` receives the code of every problem made into a
    payload (for the metrics: a refusal is an answer, not an error, so only here is it seen
    whole), until `stop_noting(token)`. Two calls rather than a context manager: it runs on every
    request, and contextlib's costs microseconds."""
    return _refusals.set(noted)


def stop_noting(token: Token[list[str] | None]) -> None:
    _refusals.reset(token)


async def respond(
    payload: Callable[..., P], call: Awaitable[T], present: Callable[[T], dict[str, Any]]
) -> P:
    try:
        result = await call
    except RuleError as refusal:
        noted = _refusals.get()
        if noted is not None:
            noted.extend(problem.code.value for problem in refusal.problems)
        return payload(errors=list(refusal.problems))
    return payload(**present(result))
