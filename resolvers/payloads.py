"""The one place where a rules call becomes a payload: its result on success, its problems as
`errors` when the rules refuse."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from rules.errors import RuleError

T = TypeVar("T")
P = TypeVar("P")


async def respond(
    payload: Callable[..., P], call: Awaitable[T], present: Callable[[T], dict[str, Any]]
) -> P:
    try:
        result = await call
    except RuleError as refusal:
        return payload(errors=list(refusal.problems))
    return payload(**present(result))
