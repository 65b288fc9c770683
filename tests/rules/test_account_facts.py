"""Accounts imported with the account facts: written first, idempotent by ref, refused when
another account has the name or email, and registered when the file says (eligibility reads it)."""

import json
from collections.abc import Mapping
from datetime import timedelta

import pytest

from models import Customer, Expenditure
from models.enums import AccountType, CooperationModel, InvitationKind, Site
from rules.actors import CustomerActor, OperatorActor
from rules.associations import check_invitation_eligibility
from rules.clock import FakeClock
from rules.errors import EligibilityCode, FactsCode, InvitationCode, LoginCode, RuleError
from rules.facts_import import LineProblem, import_facts
from rules.sessions import login
from tests.builders import Builders

OPERATOR = OperatorActor()


def account(**fields: object) -> dict[str, object]:
    return {
        "type": "account",
        "ref": "A-1",
        "account_name": "mia.example",
        "email": "Mia@Example.com",
        "registered_at": "2025-06-01T10:00:00+02:00",
        "billing_country": "at",
    } | fields


def jsonl(*facts: Mapping[str, object]) -> list[str]:
    return [json.dumps(fact) for fact in facts]


async def test_an_account_is_imported_without_a_password(clock: FakeClock) -> None:
    summary = await import_facts(actor=OPERATOR, lines=jsonl(account()), clock=clock)

    assert summary.created == {"account": 1}
    customer = await Customer.get(import_ref="A-1")
    assert customer.account_name == "mia.example"
    assert customer.email == "mia@example.com"
    assert customer.registered_at.isoformat() == "2025-06-01T08:00:00+00:00"
    assert (customer.billing_country, customer.country) == ("AT", "AT")
    assert (customer.site, customer.account_type) == (Site.INTERNATIONAL, AccountType.INDIVIDUAL)
    assert customer.has_password is False
    assert customer.email_verified_at is None


async def test_importing_an_account_again_changes_nothing_and_a_changed_one_is_updated(
    clock: FakeClock,
) -> None:
    await import_facts(actor=OPERATOR, lines=jsonl(account()), clock=clock)

    again = await import_facts(actor=OPERATOR, lines=jsonl(account()), clock=clock)
    changed = await import_facts(
        actor=OPERATOR, lines=jsonl(account(email="mia@new.example")), clock=clock
    )

    assert (again.created, again.unchanged) == ({}, {"account": 1})
    assert changed.updated == {"account": 1}
    assert (await Customer.get(import_ref="A-1")).email == "mia@new.example"
    assert await Customer.filter(import_ref="A-1").count() == 1


async def test_a_later_import_without_billing_country_keeps_the_customers(
    clock: FakeClock,
) -> None:
    await import_facts(actor=OPERATOR, lines=jsonl(account()), clock=clock)
    without = account(country="AT")
    del without["billing_country"]

    summary = await import_facts(actor=OPERATOR, lines=jsonl(without), clock=clock)

    assert summary.unchanged == {"account": 1}
    assert (await Customer.get(import_ref="A-1")).billing_country == "AT"


async def test_facts_of_the_file_may_name_an_account_the_file_imports(clock: FakeClock) -> None:
    spend = {
        "type": "expenditure",
        "ref": "E-1",
        "customer": "mia.example",
        "amount": "5.00",
        "spent_at": "2026-01-01T00:00:00Z",
    }

    summary = await import_facts(actor=OPERATOR, lines=jsonl(spend, account()), clock=clock)

    assert summary.created == {"account": 1, "expenditure": 1}
    expenditure = await Expenditure.get(ref="E-1")
    assert expenditure.customer_id == (await Customer.get(import_ref="A-1")).id


async def test_an_account_whose_name_or_email_another_account_has_is_refused(
    build: Builders, clock: FakeClock
) -> None:
    registered = await build.customer()

    with pytest.raises(RuleError) as refused:
        await import_facts(
            actor=OPERATOR,
            lines=jsonl(
                account(account_name=registered.account_name),
                account(ref="A-2", email=registered.email, account_name="other"),
                account(ref="A-3", account_name="third", email="third@example.com"),
                account(ref="A-4", account_name="third", email="fourth@example.com"),
            ),
            clock=clock,
        )

    problems = refused.value.problems
    assert [(p.code, p.field) for p in problems] == [
        (FactsCode.ACCOUNT_TAKEN, "account_name"),
        (FactsCode.ACCOUNT_TAKEN, "email"),
        (FactsCode.ACCOUNT_TAKEN, "account_name"),
    ]
    assert [p.line for p in problems if isinstance(p, LineProblem)] == [1, 2, 4]
    assert problems[2].message == "line 4: account_name also on line 3"
    assert not await Customer.exists(import_ref__isnull=False)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"email": "not an address"}, "email"),
        ({"account_name": "9lives"}, "account_name"),
        ({"billing_country": "XX"}, "billing_country"),
        ({"registered_at": "2025-06-01T10:00:00"}, "registered_at"),
        ({"site": "MOON"}, "site"),
        ({"password": "secret"}, "password"),
    ],
)
async def test_a_wrong_account_field_is_refused_with_its_line_and_field(
    clock: FakeClock, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(RuleError) as refused:
        await import_facts(actor=OPERATOR, lines=jsonl(account(**fields)), clock=clock)

    [problem] = refused.value.problems
    assert (problem.code, problem.field) == (FactsCode.INVALID_FACT, field)
    assert not await Customer.exists(import_ref="A-1")


async def test_an_account_needs_a_country(clock: FakeClock) -> None:
    without = account()
    del without["billing_country"]

    with pytest.raises(RuleError) as refused:
        await import_facts(actor=OPERATOR, lines=jsonl(without), clock=clock)

    assert refused.value.codes == [FactsCode.INVALID_FACT]
    assert "country or billing_country is required" in refused.value.problems[0].message


async def test_a_fact_naming_an_account_the_file_renames_away_writes_nothing(
    clock: FakeClock,
) -> None:
    await import_facts(actor=OPERATOR, lines=jsonl(account()), clock=clock)
    bill = {
        "type": "bill",
        "ref": "B-1",
        "customer": "mia.example",
        "amount": "1.00",
        "issued_at": "2026-01-01T00:00:00Z",
    }

    with pytest.raises(RuleError) as refused:
        await import_facts(
            actor=OPERATOR, lines=jsonl(account(account_name="mia.renamed"), bill), clock=clock
        )

    assert refused.value.codes == [FactsCode.UNKNOWN_ACCOUNT]
    assert (await Customer.get(import_ref="A-1")).account_name == "mia.example"


async def test_the_progress_counts_every_line_accounts_included(clock: FakeClock) -> None:
    ticks: list[int] = []
    lines = jsonl(
        account(),
        {"type": "resource", "ref": "R-1", "customer": "mia.example", "name": "vm",
         "subscribed_at": "2026-01-01T00:00:00Z"},
    )  # fmt: skip

    await import_facts(actor=OPERATOR, lines=lines, progress=ticks.append, clock=clock)

    assert sum(ticks) == 2


async def test_an_imported_account_cannot_log_in_before_it_sets_a_password(
    clock: FakeClock,
) -> None:
    await import_facts(actor=OPERATOR, lines=jsonl(account()), clock=clock)

    for password in ("", "anything at all"):
        with pytest.raises(RuleError) as refused:
            await login(login="mia.example", password=password, clock=clock)
        assert refused.value.codes == [LoginCode.INVALID_CREDENTIALS]


@pytest.mark.parametrize(("registered_ago", "too_old"), [(30, True), (3, False)])
async def test_eligibility_reads_the_imported_registration_time(
    build: Builders, clock: FakeClock, registered_ago: int, too_old: bool
) -> None:
    registered_at = (clock.now() - timedelta(days=registered_ago)).isoformat()
    await import_facts(
        actor=OPERATOR, lines=jsonl(account(registered_at=registered_at)), clock=clock
    )
    customer = await Customer.get(import_ref="A-1")
    partner = await build.partner(CooperationModel.REFERRAL)
    online = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=customer)

    found = await check_invitation_eligibility(
        actor=CustomerActor(customer.id), token=online.token, clock=clock
    )

    codes = [problem.code for problem in found.problems]
    assert (EligibilityCode.REGISTERED_OVER_7_DAYS in codes) is too_old
    assert InvitationCode.EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION not in codes
    assert found.eligible is not too_old
