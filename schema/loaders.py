"""This request's DataLoaders: each batches the reads of one kind into one SQL statement, so a page
of N customers costs the same number of statements whatever N is.

Loaders read by id without access checks: they serve fields of objects the caller was already
allowed to see. `node(id:)` and the root queries check access through `rules.visibility`, and so
do the loaders of what depends on who looks (`*_seen`): which association, which letters, whose
coupons. Loaders only batch; they decide nothing.
"""

from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from functools import cached_property, partial
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models import (
    ApiKey,
    Association,
    Authorization,
    Budget,
    BudgetChange,
    CashCoupon,
    Customer,
    DissociationRequest,
    Freeze,
    Invitation,
    Order,
    Partner,
    Resource,
)
from rules import visibility
from rules.actors import Actor
from rules.clock import Clock
from rules.orders import recent_orders
from rules.spending import BudgetUsage, usages

M = TypeVar("M", bound=Model)
K = TypeVar("K", bound=Hashable)


def _one_per_key(
    model: type[M], column: str, **extra: Any
) -> Callable[[list[Any]], Awaitable[Sequence[M | None]]]:
    async def load(keys: list[Any]) -> Sequence[M | None]:
        rows = await model.filter(**{f"{column}__in": keys}, **extra)
        found = {getattr(row, column): row for row in rows}
        return [found.get(key) for key in keys]

    return load


def _many_per_key(
    model: type[M], column: str, order: str = "id", **extra: Any
) -> Callable[[list[Any]], Awaitable[Sequence[list[M]]]]:
    async def load(keys: list[Any]) -> Sequence[list[M]]:
        rows = await model.filter(**{f"{column}__in": keys}, **extra).order_by(order)
        grouped: dict[Any, list[M]] = defaultdict(list)
        for row in rows:
            grouped[getattr(row, column)].append(row)
        return [grouped[key] for key in keys]

    return load


class Loaders:
    """Each loader is made when first used: most requests use one or two of them.

    Their functions are plain functions, not bound methods, so that the loaders and this object
    form no reference cycle: a request's loaders are freed with the request, not by the cyclic
    collector."""

    def __init__(self, viewer: Actor | None, clock: Clock) -> None:
        self.viewer = viewer
        self.clock = clock

    @cached_property
    def partner(self) -> DataLoader[int, Partner | None]:
        return DataLoader(_one_per_key(Partner, "id"))

    @cached_property
    def api_key(self) -> DataLoader[int, ApiKey | None]:
        return DataLoader(_one_per_key(ApiKey, "id"))

    @cached_property
    def customer(self) -> DataLoader[int, Customer | None]:
        return DataLoader(_one_per_key(Customer, "id"))

    @cached_property
    def associations_of_invitation(self) -> DataLoader[int, list[Association]]:
        return DataLoader(_many_per_key(Association, "invitation_id"))

    @cached_property
    def budget_of_association(self) -> DataLoader[int, Budget | None]:
        return DataLoader(_one_per_key(Budget, "association_id"))

    @cached_property
    def budget_changes(self) -> DataLoader[int, list[BudgetChange]]:
        return DataLoader(_many_per_key(BudgetChange, "budget_id", order="changed_at"))

    @cached_property
    def active_freezes(self) -> DataLoader[int, list[Freeze]]:
        return DataLoader(_many_per_key(Freeze, "customer_id", lifted_at__isnull=True))

    @cached_property
    def association_seen(self) -> DataLoader[int, Association | None]:
        """Per customer, the association the viewer sees (`rules.visibility`)."""
        return DataLoader(partial(visibility.associations_seen_by, self.viewer))

    @cached_property
    def open_letter_seen(self) -> DataLoader[int, Authorization | None]:
        return DataLoader(partial(visibility.open_letters_seen_by, self.viewer))

    @cached_property
    def letters_seen(self) -> DataLoader[int, list[Authorization]]:
        return DataLoader(partial(visibility.letters_seen_by, self.viewer))

    @cached_property
    def invitation_seen(self) -> DataLoader[int, Invitation | None]:
        """Per invitation id, the invitation when the viewer made it (`rules.visibility`)."""
        return DataLoader(partial(visibility.invitations_seen_by, self.viewer))

    @cached_property
    def association(self) -> DataLoader[int, Association | None]:
        return DataLoader(_one_per_key(Association, "id"))

    @cached_property
    def dissociation_requests_seen(self) -> DataLoader[int, list[DissociationRequest]]:
        return DataLoader(partial(visibility.dissociation_requests_seen_by, self.viewer))

    @cached_property
    def resources(self) -> DataLoader[int, list[Resource]]:
        return DataLoader(_many_per_key(Resource, "customer_id"))

    @cached_property
    def coupons_seen(self) -> DataLoader[int, list[CashCoupon]]:
        return DataLoader(partial(visibility.coupons_seen_by, self.viewer))

    @cached_property
    def budget_usage(self) -> DataLoader[int, BudgetUsage]:
        return DataLoader(partial(_budget_usages, self.clock))

    @cached_property
    def recent_orders(self) -> DataLoader[tuple[int, int], list[Order]]:
        return DataLoader(_recent_orders)


async def _recent_orders(keys: list[tuple[int, int]]) -> Sequence[list[Order]]:
    """Keyed by (customer id, how many): one statement per distinct page size."""
    found: dict[tuple[int, int], list[Order]] = {}
    for first in {first for _, first in keys}:
        ids = [customer_id for customer_id, wanted in keys if wanted == first]
        by_customer = await recent_orders(ids, first)
        found |= {(customer_id, first): by_customer[customer_id] for customer_id in ids}
    return [found[key] for key in keys]


async def _budget_usages(clock: Clock, budget_ids: list[int]) -> Sequence[BudgetUsage]:
    budgets = {b.id: b for b in await Budget.filter(id__in=budget_ids)}
    associations = {
        a.id: a
        for a in await Association.filter(id__in=[b.association_id for b in budgets.values()])
    }
    pairs = [(budgets[i], associations[budgets[i].association_id]) for i in budget_ids]
    return await usages(pairs, clock.now())
