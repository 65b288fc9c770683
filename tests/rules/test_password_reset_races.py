"""Concurrent uses of one password code, on committed data: the database lets one of them set
the password (a conditional update consumes the code)."""

from collections import Counter

import pytest

from models import AuditEvent, Customer
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.errors import RuleError
from rules.facts_import import import_facts
from rules.password_reset import request_password_reset, reset_password
from rules.sessions import login
from tests.rules.mailbox import Outbox
from tests.rules.test_races import outcomes

pytestmark = pytest.mark.committed
CONTENDERS = 5  # the tries one code allows
ACCOUNT = (
    '{"type": "account", "ref": "A-9", "account_name": "race.example", '
    '"email": "race@example.com", "registered_at": "2025-01-01T00:00:00Z", "country": "DE"}'
)


async def test_one_code_used_at_once_sets_one_password(clock: FakeClock) -> None:
    await import_facts(actor=OperatorActor(), lines=[ACCOUNT], clock=clock)
    outbox = Outbox()
    await request_password_reset(email="race@example.com", clock=clock, notifier=outbox)
    code = outbox.last_code()
    passwords = [f"password number {n}" for n in range(CONTENDERS)]

    tally = await outcomes(
        [
            reset_password(email="race@example.com", code=code, new_password=p, clock=clock)
            for p in passwords
        ]
    )

    assert tally == Counter({"ok": 1, "EMAIL_CODE_USED": CONTENDERS - 1})
    customer = await Customer.get(import_ref="A-9")
    assert (
        await AuditEvent.filter(customer_id=customer.id, action="customer.password_reset").count()
        == 1
    )
    logged_in = [p for p in passwords if await _logs_in(p, clock)]
    assert len(logged_in) == 1


async def _logs_in(password: str, clock: FakeClock) -> bool:
    try:
        await login(login="race.example", password=password, clock=clock)
    except RuleError:
        return False
    return True
