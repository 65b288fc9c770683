"""The dashboard page's statement, kept per shape, is the statement Tortoise builds for the page."""

import itertools
from datetime import datetime, timedelta

import pytest

from models.enums import AssociationState, AuthorizationState
from rules import dashboard
from rules.actors import PartnerActor
from rules.clock import FakeClock
from rules.dashboard import (
    Cursor,
    CustomerFilter,
    CustomerOrder,
    CustomerSortField,
)
from rules.errors import RuleError

FILTERS = [
    CustomerFilter(),
    CustomerFilter(association_state=AssociationState.ACTIVE),
    CustomerFilter(association_state=AssociationState.DISSOLVED, frozen=False),
    CustomerFilter(frozen=True, budget_set=True),
    CustomerFilter(budget_set=False),
    *(CustomerFilter(authorization_state=state) for state in AuthorizationState),
    CustomerFilter(search="a_b%c"),
]
ORDERS = [
    CustomerOrder(field, descending)
    for field, descending in itertools.product(CustomerSortField, (False, True))
]


def cursor_for(order: CustomerOrder, at: datetime) -> Cursor:
    if order.field is CustomerSortField.ACCOUNT_NAME:
        return Cursor("zoë's account", 41)
    return Cursor((at - timedelta(days=3)).isoformat(), 41)


async def test_a_kept_statement_is_the_one_tortoise_builds_for_every_shape(
    clock: FakeClock,
) -> None:
    now = clock.now()
    for filters, order, with_cursor in itertools.product(FILTERS, ORDERS, (False, True)):
        actor = PartnerActor(7)
        after = cursor_for(order, now) if with_cursor else None
        built = dashboard._page_query(actor, filters, order, after, now, 51)

        # twice: the first learns the shape, the second uses what it kept
        for _ in range(2):
            kept = dashboard._statement(actor, filters, order, after, now, 51)

            assert kept == dashboard._parameterised(built), (filters, order, with_cursor)


async def test_every_shape_but_a_search_is_kept(clock: FakeClock) -> None:
    for filters, order in itertools.product(FILTERS, ORDERS):
        dashboard._statement(PartnerActor(7), filters, order, None, clock.now(), 21)

    kept = {shape[1:] for shape, found in dashboard._statements.items() if found is not None}
    assert {(f, o, False) for f, o in itertools.product(FILTERS, ORDERS) if not f.search} <= kept


async def test_a_kept_statement_still_refuses_a_cursor_that_does_not_fit(
    clock: FakeClock,
) -> None:
    order = CustomerOrder()
    good = cursor_for(order, clock.now())
    dashboard._statement(PartnerActor(7), CustomerFilter(), order, good, clock.now(), 21)

    with pytest.raises(RuleError) as refusal:
        bad = Cursor("not a time", 3)
        dashboard._statement(PartnerActor(7), CustomerFilter(), order, bad, clock.now(), 21)

    assert refusal.value.codes == ["INVALID_CURSOR"]
