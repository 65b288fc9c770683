"""Acting on many customers in one call: each item decided on its own.

An item is one call of the single-customer rule (`set_budget`, `freeze`, `unfreeze`), with its
own transaction and its own refusals, so that one customer's problem neither stops nor undoes
another's change. Only the size of the call is checked for the whole call, before any item runs.
"""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rules.errors import BulkCode, Problem, RuleError

MAX_ITEMS = 100

I = TypeVar("I")  # noqa: E741
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """What became of the item at `index` (0-based, in the order sent): a result or problems."""

    index: int
    result: T | None = None
    problems: tuple[Problem, ...] = ()


async def each(items: Sequence[I], decide: Callable[[I], Awaitable[T]]) -> list[Outcome[T]]:
    """`decide` for every item in turn, each refusal kept with its item.

    Raises TOO_MANY_ITEMS for more than MAX_ITEMS items, before any runs."""
    if len(items) > MAX_ITEMS:
        raise RuleError.of(
            BulkCode.TOO_MANY_ITEMS,
            f"At most {MAX_ITEMS} customers per call; {len(items)} were sent.",
            "items",
        )
    return [await _outcome(index, decide(item)) for index, item in enumerate(items)]


async def _outcome(index: int, call: Awaitable[T]) -> Outcome[T]:
    try:
        return Outcome(index, result=await call)
    except RuleError as refusal:
        return Outcome(index, problems=refusal.problems)
