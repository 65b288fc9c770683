"""A partner's customers, filtered and ordered, one keyset page at a time.

Each row is one of the partner's associations with its customer. Pages are cut by the sort key and
the association id (keyset), so a page deep in the list costs what the first one costs.

A page is a read model (`rules.dashboard_rows`): one statement reads the rows with their
customers, budgets, freezes and letters (aggregated by the database), returned as small frozen
dataclasses rather than ORM objects.
"""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import Association, Authorization, Budget, Freeze
from models.enums import AssociationState, AuthorizationState
from rules.actors import PartnerActor
from rules.dashboard_rows import CustomerRow, read_rows
from rules.errors import InputCode, RuleError
from rules.validation import InputCheck

__all__ = ["CustomerRow"]

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


class CustomerSortField(StrEnum):
    ASSOCIATED_AT = "ASSOCIATED_AT"
    ACCOUNT_NAME = "ACCOUNT_NAME"


SORT_COLUMNS = {
    CustomerSortField.ASSOCIATED_AT: "associated_at",
    CustomerSortField.ACCOUNT_NAME: "customer__account_name",
}


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    association_state: AssociationState | None = None
    frozen: bool | None = None
    budget_set: bool | None = None
    authorization_state: AuthorizationState | None = None
    search: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerOrder:
    field: CustomerSortField = CustomerSortField.ASSOCIATED_AT
    descending: bool = False


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page ends: the row's sort value (as text) and its association id."""

    value: str
    id: int


@dataclass(frozen=True, slots=True)
class CustomerPage:
    rows: list[CustomerRow]
    cursors: list[Cursor]
    has_next_page: bool
    has_previous_page: bool
    order: CustomerOrder = field(default_factory=CustomerOrder)


async def customer_page(
    *,
    actor: PartnerActor,
    now: datetime,
    filters: CustomerFilter = CustomerFilter(),
    order: CustomerOrder = CustomerOrder(),
    first: int = DEFAULT_PAGE_SIZE,
    after: Cursor | None = None,
) -> CustomerPage:
    """Raises OUT_OF_RANGE for a page size outside 1..100 and INVALID_CURSOR for a cursor that
    does not fit the order."""
    with InputCheck() as check:
        check.int_range("first", first, low=1, high=MAX_PAGE_SIZE)
    query = _filtered(Association.filter(partner_id=actor.partner_id), actor, filters, now)
    if after is not None:
        query = query.filter(_after(order, after))
    column = SORT_COLUMNS[order.field]
    sign = "-" if order.descending else ""
    rows = await read_rows(query.order_by(f"{sign}{column}", f"{sign}id").limit(first + 1))
    return CustomerPage(
        rows=rows[:first],
        cursors=[cursor_of(row, order) for row in rows[:first]],
        has_next_page=len(rows) > first,
        has_previous_page=after is not None,
        order=order,
    )


async def customer_count(*, actor: PartnerActor, now: datetime, filters: CustomerFilter) -> int:
    query = Association.filter(partner_id=actor.partner_id)
    return await _filtered(query, actor, filters, now).count()


def cursor_of(row: CustomerRow, order: CustomerOrder) -> Cursor:
    if order.field is CustomerSortField.ACCOUNT_NAME:
        return Cursor(row.customer.account_name, row.association.id)
    return Cursor(row.association.associated_at.isoformat(), row.association.id)


def _after(order: CustomerOrder, cursor: Cursor) -> Q:
    value: Any = cursor.value
    if order.field is CustomerSortField.ASSOCIATED_AT:
        try:
            value = datetime.fromisoformat(cursor.value)
        except ValueError:
            raise RuleError.of(
                InputCode.INVALID_CURSOR, "The cursor does not fit this order.", "after"
            ) from None
    column = SORT_COLUMNS[order.field]
    beyond, reached = ("lt", "lte") if order.descending else ("gt", "gte")
    # (column, id) beyond (value, id), with the bound on `column` alone first, so that the
    # database starts its index scan at the cursor instead of walking up to it.
    past_id: dict[str, Any] = {f"id__{beyond}": cursor.id}
    return Q(**{f"{column}__{reached}": value}) & (
        Q(**{f"{column}__{beyond}": value}) | Q(**past_id)
    )


def _filtered(
    query: QuerySet[Association], actor: PartnerActor, filters: CustomerFilter, now: datetime
) -> QuerySet[Association]:
    if filters.association_state is AssociationState.ACTIVE:
        query = query.filter(dissolved_at__isnull=True)
    elif filters.association_state is AssociationState.DISSOLVED:
        query = query.filter(dissolved_at__isnull=False)
    if filters.frozen is not None:
        frozen = Q(
            customer_id__in=Subquery(Freeze.filter(lifted_at__isnull=True).values("customer_id"))
        )
        query = query.filter(frozen if filters.frozen else ~frozen)
    if filters.budget_set is not None:
        budgeted = Q(id__in=Subquery(Budget.all().values("association_id")))
        query = query.filter(budgeted if filters.budget_set else ~budgeted)
    if filters.authorization_state is not None:
        letters = _letters_in_state(actor, filters.authorization_state, now)
        query = query.filter(customer_id__in=Subquery(letters.values("customer_id")))
    if filters.search:
        term = filters.search.strip()
        query = query.filter(
            Q(customer__account_name__icontains=term) | Q(customer__email__icontains=term)
        )
    return query


def _letters_in_state(
    actor: PartnerActor, state: AuthorizationState, now: datetime
) -> QuerySet[Authorization]:
    letters = Authorization.filter(partner_id=actor.partner_id)
    approved = AuthorizationState.APPROVED
    # Spelt out rather than negated: NOT (valid_until <= now) is NULL, not true, without a limit.
    lapsed = Q(state=approved, valid_until__isnull=False, valid_until__lte=now)
    holding = Q(state=approved) & (Q(valid_until__isnull=True) | Q(valid_until__gt=now))
    if state is approved:
        return letters.filter(holding)
    if state is AuthorizationState.EXPIRED:
        return letters.filter(Q(state=state) | lapsed)
    return letters.filter(state=state)
