"""A partner's customers, filtered and ordered, one keyset page at a time.

Each row is one of the partner's associations with its customer. Pages are cut by the sort key and
the association id (keyset), so a page deep in the list costs what the first one costs.

A page is a read model (`rules.dashboard_rows`): one statement reads the rows with their
customers, budgets, freezes and letters (aggregated by the database), returned as small frozen
dataclasses rather than ORM objects.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from pypika_tortoise.terms import Term, Tuple
from tortoise.expressions import (
    Expression,
    F,
    Q,
    ResolveContext,
    ResolveResult,
    Subquery,
    Value,
)
from tortoise.query_utils import TableCriterionTuple
from tortoise.queryset import QuerySet, ValuesQuery

from models import Association, Authorization, Budget, Freeze
from models.enums import AssociationState, AuthorizationState
from rules import session_neutral
from rules.actors import PartnerActor
from rules.dashboard_rows import CustomerRow, read_rows, row_query
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
    statement = _statement(actor, filters, order, after, now, first + 1)
    rows = await read_rows(*statement)
    return CustomerPage(
        rows=rows[:first],
        cursors=[cursor_of(row, order) for row in rows[:first]],
        has_next_page=len(rows) > first,
        has_previous_page=after is not None,
        order=order,
    )


def _page_query(
    actor: PartnerActor,
    filters: CustomerFilter,
    order: CustomerOrder,
    after: Cursor | None,
    now: datetime,
    limit: int,
) -> ValuesQuery[Literal[False]]:
    query = _filtered(Association.filter(partner_id=actor.partner_id), actor, filters, now)
    if after is not None:
        query = _after(query, order, after)
    column = SORT_COLUMNS[order.field]
    sign = "-" if order.descending else ""
    return row_query(query.order_by(f"{sign}{column}", f"{sign}id").limit(limit))


def _parameterised(query: ValuesQuery[Literal[False]]) -> tuple[str, list[Any]]:
    query._choose_db_if_not_chosen()
    query._make_query()
    sql, params = query.query.get_parameterized_sql()
    return sql, list(params)


# A page's statement, kept per shape (the dialect, the filters but a search, the order, whether
# it has a cursor): building it with Tortoise costs more than running it. What varies within a
# shape (the partner, the time, the cursor, the limit) is a parameter; where each goes is found
# by building the shape twice with two sets of stand-ins. A shape whose text or other
# parameters differ between the two (a search term is escaped into its parameter) is built for
# every request, as is every page when the statement is not kept.
_VARYING = ("partner_id", "now", "after_value", "after_id", "limit")
_STAND_INS = (
    (2_000_000_011, datetime(1971, 1, 1, 1, 1, 1, 111, tzinfo=UTC), 2_000_000_021, 2_000_000_031),
    (2_000_000_012, datetime(1972, 2, 2, 2, 2, 2, 222, tzinfo=UTC), 2_000_000_022, 2_000_000_032),
)
_Statement = tuple[str, tuple[str | tuple[Any], ...]]  # text; per parameter a slot or (constant,)
_statements: dict[tuple[Any, ...], _Statement | None] = {}


def _statement(
    actor: PartnerActor,
    filters: CustomerFilter,
    order: CustomerOrder,
    after: Cursor | None,
    now: datetime,
    limit: int,
) -> tuple[str, list[Any]]:
    """The page's SQL and parameters."""
    if filters.search:
        return _parameterised(_page_query(actor, filters, order, after, now, limit))
    dialect = Association._meta.db.capabilities.dialect
    shape = (dialect, filters, order, after is not None)
    if shape not in _statements:
        _statements[shape] = _learn(filters, order, after is not None)
    kept = _statements[shape]
    if kept is None:
        return _parameterised(_page_query(actor, filters, order, after, now, limit))
    values = {
        "partner_id": actor.partner_id,
        "now": now,
        "after_value": _after_value(order, after) if after else None,
        "after_id": after.id if after else None,
        "limit": limit,
    }
    text, slots = kept
    return text, [values[slot] if isinstance(slot, str) else slot[0] for slot in slots]


def _learn(filters: CustomerFilter, order: CustomerOrder, has_cursor: bool) -> _Statement | None:
    built = []
    for partner_id, now, after_id, limit in _STAND_INS:
        # The cursor's time is another stand-in than `now`'s: a day later.
        cursor_text = _cursor_text(order, now + timedelta(days=1), after_id)
        after = Cursor(cursor_text, after_id) if has_cursor else None
        actor = PartnerActor(partner_id)
        text, params = _parameterised(_page_query(actor, filters, order, after, now, limit))
        stand_in = {
            "partner_id": partner_id,
            "now": now,
            "after_value": _after_value(order, after) if after else None,
            "after_id": after_id if after else None,
            "limit": limit,
        }
        built.append((text, params, stand_in))
    (first_text, first, first_in), (second_text, second, second_in) = built
    if first_text != second_text or len(first) != len(second):
        return None
    slots: list[str | tuple[Any]] = []
    for one, other in zip(first, second, strict=True):
        slot = next(
            (
                name
                for name in _VARYING
                if _same(one, first_in[name]) and _same(other, second_in[name])
            ),
            None,
        )
        if slot is not None:
            slots.append(slot)
        elif _same(one, other):
            slots.append((one,))
        else:
            return None  # a parameter derived from what varies: not kept
    session_neutral.register(first_text)  # a read of the page's tables: no reset needed after it
    return first_text, tuple(slots)


def _same(one: Any, other: Any) -> bool:
    return one is not None and type(one) is type(other) and one == other


def _cursor_text(order: CustomerOrder, at: datetime, id_: int) -> str:
    return f"stand-in {id_}" if order.field is CustomerSortField.ACCOUNT_NAME else at.isoformat()


async def customer_count(*, actor: PartnerActor, now: datetime, filters: CustomerFilter) -> int:
    query = Association.filter(partner_id=actor.partner_id)
    return await _filtered(query, actor, filters, now).count()


def cursor_of(row: CustomerRow, order: CustomerOrder) -> Cursor:
    if order.field is CustomerSortField.ACCOUNT_NAME:
        return Cursor(row.customer.account_name, row.association.id)
    return Cursor(row.association.associated_at.isoformat(), row.association.id)


def _after_value(order: CustomerOrder, cursor: Cursor) -> Any:
    if order.field is CustomerSortField.ACCOUNT_NAME:
        return cursor.value
    try:
        return datetime.fromisoformat(cursor.value)
    except ValueError:
        raise RuleError.of(
            InputCode.INVALID_CURSOR, "The cursor does not fit this order.", "after"
        ) from None


class RowValue(Expression):
    """A row value, `(a, b)`, of columns and values: a keyset page's bound is
    `(column, id) > (value, id)`, which the database answers by starting its index scan at the
    cursor, ties on the column included, however deep the page. A part given as a string is a
    column of the query's own table."""

    def __init__(self, *parts: Expression | str) -> None:
        self.parts = parts

    def resolve(self, resolve_context: ResolveContext) -> ResolveResult:
        terms: list[Term] = []
        joins: list[TableCriterionTuple] = []
        for part in self.parts:
            if isinstance(part, str):  # qualified: a joined table may have a column of that name
                terms.append(resolve_context.table[part])
                continue
            resolved = part.resolve(resolve_context)
            terms.append(resolved.term)
            joins += resolved.joins
        return ResolveResult(term=Tuple(*terms), joins=joins)


def _after(
    query: QuerySet[Association], order: CustomerOrder, cursor: Cursor
) -> QuerySet[Association]:
    """The rows after `cursor` in `order`."""
    value = _after_value(order, cursor)
    column = SORT_COLUMNS[order.field]
    if order.field is CustomerSortField.ASSOCIATED_AT:  # as stored: SQLite compares its text
        value = Association._meta.fields_map["associated_at"].to_db_value(value, Association)
    beyond = "lt" if order.descending else "gt"
    bound = RowValue(Value(value), Value(cursor.id))
    own = column if "__" not in column else F(column)
    return query.annotate(sort_key=RowValue(own, "id")).filter(**{f"sort_key__{beyond}": bound})


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
