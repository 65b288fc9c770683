"""The dashboard's read model: a page of associations with their customers, budgets, freezes
and open letters, read by one statement and returned as small named tuples (immutable, and
made several times faster than frozen dataclasses).

The database aggregates each row's freezes, budget and letter into JSON (PostgreSQL's
`json_agg`/`json_build_array`, SQLite's `json_group_array`/`json_array`), so a page costs one
round trip whatever its size, and no ORM object is built. The views keep the models' own rules:
their properties and methods (`state`, `is_enabled`, `state_at`, `scope_set`) are the models'
functions, not copies.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Literal, NamedTuple, TypeVar, cast

import orjson
from tortoise.expressions import RawSQL
from tortoise.queryset import QuerySet, ValuesQuery

from models import Association, Authorization, Customer
from models.enums import (
    AccountType,
    ActorKind,
    AuthorizationSource,
    AuthorizationState,
    BudgetKind,
    CooperationModel,
    ExhaustionAction,
    FreezeReason,
    FreezeType,
    Site,
)
from models.money import from_minor_units


class _CustomerViewColumns(NamedTuple):
    """A customer's columns as the page reads them (never its password hash)."""

    id: int
    account_name: str
    email: str
    email_verified_at: datetime | None
    site: Site
    country: str
    account_type: AccountType
    registered_at: datetime
    registered_via_invitation_id: int | None
    billing_country: str | None
    agreement_accepted_at: datetime | None


class CustomerView(_CustomerViewColumns):
    __slots__ = ()

    is_enabled = Customer.is_enabled


class _AssociationViewColumns(NamedTuple):
    id: int
    partner_id: int
    customer_id: int
    model: CooperationModel
    instructions_version: str | None
    associated_at: datetime
    dissolved_at: datetime | None
    invitation_id: int
    dissolved_by: ActorKind | None
    dissolution_reason: str | None


class AssociationView(_AssociationViewColumns):
    __slots__ = ()

    state = Association.state


class BudgetView(NamedTuple):
    id: int
    association_id: int
    customer_id: int
    kind: BudgetKind
    amount: Decimal
    exhaustion_action: ExhaustionAction
    created_at: datetime
    updated_at: datetime
    ended_at: datetime | None


class FreezeView(NamedTuple):
    id: int
    customer_id: int
    partner_id: int | None
    reason: FreezeReason
    freeze_type: FreezeType
    note: str
    frozen_at: datetime
    lifted_at: None = None  # the page reads the freezes in force only


class _LetterViewColumns(NamedTuple):
    """The open (pending or approved) letter between the partner and the customer."""

    id: int
    partner_id: int
    customer_id: int
    scopes: list[str]
    state: AuthorizationState
    source: AuthorizationSource
    requested_at: datetime
    decided_at: datetime | None
    valid_until: datetime | None
    revoked_at: datetime | None
    reason: str | None


class LetterView(_LetterViewColumns):
    __slots__ = ()

    scope_set = Authorization.scope_set
    state_at = Authorization.state_at


class CustomerRow(NamedTuple):
    """One row of a page: the partner's association, its customer, its budget, the freezes in
    force (oldest first) and the open letter between them."""

    association: AssociationView
    customer: CustomerView
    budget: BudgetView | None
    freezes: list[FreezeView]
    letter: LetterView | None


ASSOCIATION_COLUMNS = (
    "id",
    "partner_id",
    "customer_id",
    "model",
    "instructions_version",
    "associated_at",
    "dissolved_at",
    "invitation_id",
    "dissolved_by",
    "dissolution_reason",
)
CUSTOMER_COLUMNS = (
    "account_name",
    "email",
    "email_verified_at",
    "site",
    "country",
    "account_type",
    "registered_at",
    "registered_via_invitation_id",
    "billing_country",
    "agreement_accepted_at",
)
FREEZE_COLUMNS = "f.id, f.partner_id, f.reason, f.freeze_type, f.note, f.frozen_at"
BUDGET_COLUMNS = (
    "b.id, b.kind, b.amount, b.exhaustion_action, b.created_at, b.updated_at, b.ended_at"
)
LETTER_COLUMNS = (
    "l.id, {scopes}, l.state, l.source, l.requested_at, l.decided_at, l.valid_until, "
    "l.revoked_at, l.reason"
)
# Correlated subqueries on the page's own row ("association" is the query's base table).
FREEZES_OF_ROW = (
    "SELECT {agg}({array}(" + FREEZE_COLUMNS + ')) FROM "freeze" f '
    'WHERE f.customer_id = "association"."customer_id" AND f.lifted_at IS NULL'
)
BUDGET_OF_ROW = (
    "SELECT {array}(" + BUDGET_COLUMNS + ') FROM "budget" b '
    'WHERE b.association_id = "association"."id"'
)
LETTER_OF_ROW = (
    "SELECT {array}(" + LETTER_COLUMNS + ') FROM "authorization" l '
    'WHERE l.customer_id = "association"."customer_id" '
    'AND l.partner_id = "association"."partner_id" AND l.open_key IS NOT NULL'
)
# The whole row as one JSON array: the association's columns, its customer's (the join Tortoise
# names "association__customer"), then [freezes, budget, letter]. One value per row, parsed by
# orjson, instead of a score of columns converted one by one.
ROW = (
    "{array}("
    + ", ".join(f'"association"."{name}"' for name in ASSOCIATION_COLUMNS)
    + ", "
    + ", ".join(f'"association__customer"."{name}"' for name in CUSTOMER_COLUMNS)
    + ", ("
    + FREEZES_OF_ROW
    + "), ("
    + BUDGET_OF_ROW
    + "), ("
    + LETTER_OF_ROW
    + "))"
)
DIALECTS = {
    "postgres": {"agg": "json_agg", "array": "json_build_array", "scopes": "l.scopes"},
    "sqlite": {"agg": "json_group_array", "array": "json_array", "scopes": "json(l.scopes)"},
}
ROW_OF_DIALECT = {dialect: ROW.format(**names) for dialect, names in DIALECTS.items()}
_ASSOCIATION_END = len(ASSOCIATION_COLUMNS)
_CUSTOMER_END = _ASSOCIATION_END + len(CUSTOMER_COLUMNS)


def row_query(query: QuerySet[Association]) -> ValuesQuery[Literal[False]]:
    """`query` (ordered and limited by the caller) reading each row as one JSON array."""
    row = ROW_OF_DIALECT[Association._meta.db.capabilities.dialect]
    # `customer__id` makes Tortoise join the customer the row's array reads.
    return query.annotate(row_json=RawSQL(row)).values("row_json", "customer__id")


async def read_rows(sql: str, params: list[Any]) -> list[CustomerRow]:
    """The rows of a `row_query`'s statement: one statement, each row's JSON parsed by orjson."""
    _, found = await Association._meta.db.execute_query(sql, params)
    return [_row(_json(values["row_json"])) for values in found]


def _row(values: list[Any]) -> CustomerRow:
    (
        id_,
        partner_id,
        customer_id,
        model,
        instructions_version,
        associated_at,
        dissolved_at,
        invitation_id,
        dissolved_by,
        dissolution_reason,
    ) = values[:_ASSOCIATION_END]
    association = AssociationView(
        id_,
        partner_id,
        customer_id,
        _member(CooperationModel, model),
        instructions_version,
        _at_required(associated_at),
        _at(dissolved_at),
        invitation_id,
        None if dissolved_by is None else _member(ActorKind, dissolved_by),
        dissolution_reason,
    )
    (
        account_name,
        email,
        email_verified_at,
        site,
        country,
        account_type,
        registered_at,
        registered_via_invitation_id,
        billing_country,
        agreement_accepted_at,
    ) = values[_ASSOCIATION_END:_CUSTOMER_END]
    customer = CustomerView(
        customer_id,
        account_name,
        email,
        _at(email_verified_at),
        _member(Site, site),
        country,
        _member(AccountType, account_type),
        _at_required(registered_at),
        registered_via_invitation_id,
        billing_country,
        _at(agreement_accepted_at),
    )
    frozen, budget, letter = values[_CUSTOMER_END:]
    freezes = sorted(
        (_freeze(customer_id, item) for item in _json(frozen) or ()),
        key=lambda one: one.id,
    )
    # A dissolved row is history: the customer's freezes and letters now are no longer this
    # partner's business.
    dissolved = association.dissolved_at is not None
    return CustomerRow(
        association=association,
        customer=customer,
        budget=_maybe(_json(budget), _budget(association)),
        freezes=[] if dissolved else freezes,
        letter=None if dissolved else _maybe(_json(letter), _letter(association)),
    )


E = TypeVar("E", bound=Enum)


def _member(enum: type[E], value: str) -> E:
    """`enum(value)`, by the enum's own map of values (what `enum(value)` looks up first)."""
    member = enum._value2member_map_.get(value)
    return cast(E, member) if member is not None else enum(value)


def _json(value: Any) -> Any:
    """JSON text parsed (SQLite hands nested JSON back as text, PostgreSQL's driver too)."""
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def _maybe(item: list[Any] | None, read: Callable[[list[Any]], Any]) -> Any:
    return read(item) if item else None


def _at(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value).astimezone(UTC)


def _at_required(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(UTC)


def _freeze(customer_id: int, item: list[Any]) -> FreezeView:
    id_, partner_id, reason, freeze_type, note, frozen_at = item
    return FreezeView(
        id_,
        customer_id,
        partner_id,
        _member(FreezeReason, reason),
        _member(FreezeType, freeze_type),
        note,
        _at_required(frozen_at),
    )


def _budget(association: AssociationView) -> Callable[[list[Any]], BudgetView]:
    def read(item: list[Any]) -> BudgetView:
        id_, kind, amount, action, created_at, updated_at, ended_at = item
        return BudgetView(
            id_,
            association.id,
            association.customer_id,
            _member(BudgetKind, kind),
            from_minor_units(amount),
            _member(ExhaustionAction, action),
            _at_required(created_at),
            _at_required(updated_at),
            _at(ended_at),
        )

    return read


def _letter(association: AssociationView) -> Callable[[list[Any]], LetterView]:
    def read(item: list[Any]) -> LetterView:
        id_, scopes, state, source, requested, decided, valid_until, revoked, reason = item
        return LetterView(
            id_,
            association.partner_id,
            association.customer_id,
            list(_json(scopes)),
            _member(AuthorizationState, state),
            _member(AuthorizationSource, source),
            _at_required(requested),
            _at(decided),
            _at(valid_until),
            _at(revoked),
            reason,
        )

    return read
