"""Only plain SELECTs that call nothing but the JSON builders are taken as leaving no session
state; the statements sent on every request (the key, the dashboard's kept pages) are among them."""

import itertools

import pytest

from rules import dashboard, session_neutral
from rules.actors import PartnerActor
from rules.clock import FakeClock
from rules.partners import _key_statement
from tests.rules.test_dashboard_statements import FILTERS, ORDERS, cursor_for


@pytest.mark.parametrize(
    "sql",
    [
        "SET statement_timeout = 5",
        "SELECT set_config('application_name', 'x', false)",
        "SELECT pg_advisory_lock(1)",
        'SELECT "pg_advisory_lock"(1)',
        "select PG_ADVISORY_LOCK (1)",
        "SELECT 1; SET search_path = x",
        "LISTEN wake",
        "DECLARE c CURSOR WITH HOLD FOR SELECT 1",
        "SELECT partnerlink_function()",
        "SELECT 1 -- a comment\n, pg_advisory_lock(1)",
        "SELECT 1 /* */",
        "WITH x AS (SELECT set_config('a.b', '1', false)) SELECT * FROM x",
        "UPDATE api_key SET last_used_at = now()",
    ],
)
def test_what_could_leave_session_state_is_refused(sql: str) -> None:
    assert session_neutral.register(sql) is False
    assert not session_neutral.is_session_neutral(sql)


def test_a_function_name_inside_a_string_literal_does_not_count() -> None:
    sql = 'SELECT json_build_array("a"."note") FROM "a" WHERE "a"."note" = \'now()\''

    assert session_neutral.register(sql) is True
    assert session_neutral.is_session_neutral(sql)


async def test_the_key_statement_is_session_neutral(dialect: str) -> None:
    assert session_neutral.is_session_neutral(_key_statement(dialect))


async def test_every_kept_page_statement_is_session_neutral(clock: FakeClock) -> None:
    now = clock.now()
    kept = 0
    for filters, order, with_cursor in itertools.product(FILTERS, ORDERS, (False, True)):
        after = cursor_for(order, now) if with_cursor else None
        sql, _ = dashboard._statement(PartnerActor(7), filters, order, after, now, 51)
        if filters.search:  # built for every request, not kept: reset as any other
            assert not session_neutral.is_session_neutral(sql)
            continue
        assert session_neutral.is_session_neutral(sql), (filters, order, with_cursor)
        kept += 1
    assert kept > 30
