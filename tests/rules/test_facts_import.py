import json
from collections.abc import Mapping
from decimal import Decimal

import pytest

from models import (
    AuditEvent,
    Bill,
    CashCoupon,
    Contract,
    EnterpriseRelation,
    Expenditure,
    ReservedInstance,
    Resource,
)
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.errors import FactsCode, RuleError
from rules.facts_import import LineProblem, import_facts
from tests.builders import Builders

OPERATOR = OperatorActor()


def jsonl(*facts: Mapping[str, object]) -> list[str]:
    return [json.dumps(fact) for fact in facts]


def every_kind(customer: str, master: str) -> list[str]:
    return jsonl(
        {"type": "contract", "ref": "c1", "customer": customer, "kind": "PROFESSIONAL_SERVICE",
         "signed_at": "2026-01-05T00:00:00Z"},
        {"type": "reserved_instance", "ref": "ri1", "customer": customer,
         "valid_from": "2026-01-01T00:00:00Z", "valid_until": "2027-01-01T00:00:00Z"},
        {"type": "expenditure", "ref": "e1", "customer": customer, "amount": "12.50",
         "cash_amount": "0.00", "spent_at": "2026-03-01T08:00:00+08:00"},
        {"type": "bill", "ref": "b1", "customer": customer, "amount": "3.00",
         "issued_at": "2026-02-01T00:00:00Z"},
        {"type": "enterprise_relation", "ref": "r1", "master": master, "member": customer,
         "accounting_mode": "UNIFIED", "member_account_kind": "CLOUD_ACCOUNT",
         "started_at": "2026-01-01T00:00:00Z"},
        {"type": "coupon", "ref": "cp1", "customer": customer, "face_value": "20.00",
         "issued_at": "2026-01-01T00:00:00Z", "valid_until": "2026-12-31T00:00:00Z"},
        {"type": "resource", "ref": "vm1", "customer": customer, "name": "ecs-web-1",
         "subscribed_at": "2026-02-01T00:00:00Z"},
    )  # fmt: skip


async def test_every_kind_of_fact_is_loaded(build: Builders, clock: FakeClock) -> None:
    customer, master = await build.customer(), await build.customer()
    ticks: list[int] = []

    summary = await import_facts(
        actor=OPERATOR,
        lines=every_kind(customer.account_name, master.account_name),
        progress=ticks.append,
        clock=clock,
    )

    assert summary.created == {
        "contract": 1,
        "reserved_instance": 1,
        "expenditure": 1,
        "bill": 1,
        "enterprise_relation": 1,
        "coupon": 1,
        "resource": 1,
    }
    assert sum(ticks) == 7
    expenditure = await Expenditure.get(ref="e1")
    assert expenditure.amount == Decimal("12.50")
    assert expenditure.spent_at.isoformat() == "2026-03-01T00:00:00+00:00"
    assert (await CashCoupon.get(ref="cp1")).balance == Decimal("20.00")
    relation = await EnterpriseRelation.get(ref="r1")
    assert (relation.master_id, relation.member_id) == (master.id, customer.id)
    assert await Contract.exists(ref="c1", customer_id=customer.id)
    assert await ReservedInstance.exists(ref="ri1")
    assert await Bill.exists(ref="b1", paid_at=None)
    assert await Resource.exists(ref="vm1", name="ecs-web-1")
    assert await AuditEvent.filter(action="facts.imported").count() == 1


async def test_importing_the_same_file_twice_changes_nothing(
    build: Builders, clock: FakeClock
) -> None:
    customer, master = await build.customer(), await build.customer()
    lines = every_kind(customer.account_name, master.account_name)
    await import_facts(actor=OPERATOR, lines=lines, clock=clock)
    coupon = await CashCoupon.get(ref="cp1")
    await CashCoupon.filter(id=coupon.id).update(balance=Decimal("5.00"))  # spent since

    again = await import_facts(actor=OPERATOR, lines=lines, clock=clock)

    assert again.created == {} and again.updated == {}
    assert sum(again.unchanged.values()) == 7
    assert (await CashCoupon.get(ref="cp1")).balance == Decimal("5.00")
    assert await Expenditure.filter(ref="e1").count() == 1


async def test_a_changed_fact_is_updated_in_place(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    bill = {"type": "bill", "ref": "b9", "customer": customer.account_name, "amount": "3.00",
            "issued_at": "2026-02-01T00:00:00Z"}  # fmt: skip
    await import_facts(actor=OPERATOR, lines=jsonl(bill), clock=clock)

    summary = await import_facts(
        actor=OPERATOR, lines=jsonl(bill | {"paid_at": "2026-02-10T00:00:00Z"}), clock=clock
    )

    assert summary.updated == {"bill": 1}
    assert (await Bill.get(ref="b9")).paid_at is not None


async def test_every_bad_line_is_reported_with_its_number_and_nothing_is_written(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    name = customer.account_name
    lines = [
        json.dumps({"type": "bill", "ref": "ok", "customer": name, "amount": "1.00",
                    "issued_at": "2026-02-01T00:00:00Z"}),
        "{not json",
        json.dumps({"type": "bill", "ref": "b2", "customer": name, "amount": "1.005",
                    "issued_at": "2026-02-01T00:00:00Z"}),
        "",
        json.dumps({"type": "bill", "ref": "ok", "customer": name, "amount": "1.00",
                    "issued_at": "2026-02-01T00:00:00Z"}),
        json.dumps({"type": "resource", "ref": "vm", "customer": "nobody", "name": "x",
                    "subscribed_at": "2026-02-01T00:00:00Z"}),
        json.dumps({"type": "bill", "ref": "b3", "customer": name, "amount": "1.00",
                    "issued_at": "2026-02-01T00:00:00"}),
        json.dumps({"type": "planet", "ref": "p"}),
    ]  # fmt: skip

    with pytest.raises(RuleError) as refused:
        await import_facts(actor=OPERATOR, lines=lines, clock=clock)

    problems = refused.value.problems
    assert all(isinstance(p, LineProblem) for p in problems)
    assert [(p.line, p.code, p.field) for p in problems] == [  # type: ignore[attr-defined]
        (2, FactsCode.INVALID_JSON, None),
        (3, FactsCode.INVALID_FACT, "amount"),
        (5, FactsCode.DUPLICATE_REF, "ref"),
        (6, FactsCode.UNKNOWN_ACCOUNT, "customer"),
        (7, FactsCode.INVALID_FACT, "issued_at"),
        (8, FactsCode.INVALID_FACT, None),
    ]
    assert problems[0].message.startswith("line 2: ")
    assert not await Bill.exists()
    assert not await AuditEvent.filter(action="facts.imported").exists()


async def test_a_large_file_is_imported_in_chunks(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    lines = jsonl(
        *(
            {"type": "expenditure", "ref": f"e{n}", "customer": customer.account_name,
             "amount": "0.01", "spent_at": "2026-02-01T00:00:00Z"}
            for n in range(2500)
        )
    )  # fmt: skip
    ticks: list[int] = []

    summary = await import_facts(actor=OPERATOR, lines=lines, progress=ticks.append, clock=clock)

    assert summary.created == {"expenditure": 2500}
    assert ticks == [1000, 1000, 500]
    assert await Expenditure.filter(customer_id=customer.id).count() == 2500
