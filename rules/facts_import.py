"""Loading account facts from JSON Lines: one fact a line, every line checked, all or nothing.

Each line is an object with a `type` (account, contract, reserved_instance, expenditure, bill,
enterprise_relation, coupon, resource, support_plan), the source system's `ref` (unique per type)
and the fact's fields; accounts are named by account name. A fact whose ref exists is updated where
it differs, so importing the same file twice changes nothing. A coupon's balance is only set when
the coupon is new: deductions made since belong to this service.

An `account` fact is a customer account that exists outside partnerlink: it is written before
the file's other facts, which may name it. It has no password until its owner sets one
(`rules.password_reset`); its account name and email must not be another account's.
docs/facts.md describes every type and field for operators.
"""

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import (
    Bill,
    CashCoupon,
    Contract,
    Customer,
    EnterpriseRelation,
    Expenditure,
    ReservedInstance,
    Resource,
    SupportPlan,
)
from models.customers import NO_PASSWORD
from models.enums import AccountingMode, AccountType, ContractKind, MemberAccountKind, Site
from rules import audit
from rules.actors import OperatorActor
from rules.clock import Clock, system_clock
from rules.errors import FactsCode, Problem, RuleError
from rules.spending import reassess
from rules.validation import InputCheck

CHUNK = 1000
Money = Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)]
Ref = Annotated[str, Field(min_length=1, max_length=64)]
AccountName = Annotated[str, Field(min_length=1, max_length=64)]


@dataclass(frozen=True, slots=True)
class LineProblem(Problem):
    line: int = 0


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    type: str
    ref: Ref

    def accounts(self) -> dict[str, str]:
        """The account-name fields of the fact and the column each becomes."""
        return {"customer": "customer_id"}

    def columns(self) -> dict[str, Any]:
        values = self.model_dump(exclude={"type", *self.accounts()})
        return {k: v.astimezone(UTC) if isinstance(v, datetime) else v for k, v in values.items()}


def _checked(check: Callable[[InputCheck], str]) -> str:
    """The value cleaned by an input check of `rules.validation`, or its message as an error."""
    inputs = InputCheck()
    cleaned = check(inputs)
    if inputs.problems:
        raise ValueError(inputs.problems[0].message)
    return cleaned


class AccountFact(Fact):
    type: Literal["account"]
    account_name: str
    email: str
    site: Site = Site.INTERNATIONAL
    account_type: AccountType = AccountType.INDIVIDUAL
    registered_at: AwareDatetime
    billing_country: str | None = None
    country: str | None = Field(default=None, description="The billing country when omitted.")

    @field_validator("account_name")
    @classmethod
    def _account_name(cls, value: str) -> str:
        return _checked(lambda check: check.account_name("account_name", value))

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return _checked(lambda check: check.email("email", value))

    @field_validator("billing_country", "country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return _checked(lambda check: check.country("country", value))

    @model_validator(mode="after")
    def _has_country(self) -> "AccountFact":
        if self.country is None and self.billing_country is None:
            raise ValueError("country or billing_country is required")
        return self

    def accounts(self) -> dict[str, str]:
        return {}

    def columns(self) -> dict[str, Any]:
        columns = super().columns()
        columns["import_ref"] = columns.pop("ref")
        columns["country"] = self.country or self.billing_country
        if self.billing_country is None:  # kept as the customer gave it when associating
            del columns["billing_country"]
        return columns


class ContractFact(Fact):
    type: Literal["contract"]
    customer: AccountName
    kind: ContractKind
    signed_at: AwareDatetime
    ends_at: AwareDatetime | None = None


class ValidityFact(Fact):
    """A fact valid from one time until a later one."""

    valid_from: AwareDatetime
    valid_until: AwareDatetime

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.valid_until <= self.valid_from:
            raise ValueError("valid_until must come after valid_from")
        return self


class ReservedInstanceFact(ValidityFact):
    type: Literal["reserved_instance"]
    customer: AccountName


class ExpenditureFact(Fact):
    type: Literal["expenditure"]
    customer: AccountName
    amount: Money
    cash_amount: Money | None = Field(default=None, description="The amount when omitted.")
    spent_at: AwareDatetime
    description: str = Field(default="", max_length=200)

    def columns(self) -> dict[str, Any]:
        columns = super().columns()
        columns["cash_amount"] = self.amount if self.cash_amount is None else self.cash_amount
        return columns


class BillFact(Fact):
    type: Literal["bill"]
    customer: AccountName
    amount: Money
    issued_at: AwareDatetime
    paid_at: AwareDatetime | None = None


class EnterpriseRelationFact(Fact):
    type: Literal["enterprise_relation"]
    master: AccountName
    member: AccountName
    accounting_mode: AccountingMode
    member_account_kind: MemberAccountKind
    started_at: AwareDatetime
    ended_at: AwareDatetime | None = None

    def accounts(self) -> dict[str, str]:
        return {"master": "master_id", "member": "member_id"}


class CouponFact(Fact):
    type: Literal["coupon"]
    customer: AccountName
    face_value: Money
    balance: Money | None = Field(default=None, description="The face value when omitted.")
    issued_at: AwareDatetime
    valid_until: AwareDatetime

    def columns(self) -> dict[str, Any]:
        columns = super().columns()
        columns["balance"] = self.face_value if self.balance is None else self.balance
        return columns


class ResourceFact(Fact):
    type: Literal["resource"]
    customer: AccountName
    name: str = Field(min_length=1, max_length=120)
    subscribed_at: AwareDatetime


class SupportPlanFact(ValidityFact):
    type: Literal["support_plan"]
    customer: AccountName
    name: str = Field(default="", max_length=120)


AnyFact = Annotated[
    AccountFact
    | ContractFact
    | ReservedInstanceFact
    | ExpenditureFact
    | BillFact
    | EnterpriseRelationFact
    | CouponFact
    | ResourceFact
    | SupportPlanFact,
    Field(discriminator="type"),
]


class _Line(BaseModel):
    fact: AnyFact


MODELS: dict[str, type[Any]] = {
    "account": Customer,
    "contract": Contract,
    "reserved_instance": ReservedInstance,
    "expenditure": Expenditure,
    "bill": Bill,
    "enterprise_relation": EnterpriseRelation,
    "coupon": CashCoupon,
    "resource": Resource,
    "support_plan": SupportPlan,
}
SET_ON_CREATE_ONLY = {"coupon": {"balance"}}
REF_COLUMNS = {"account": "import_ref"}  # where a type keeps its ref, when not in `ref`
CREATED_WITH = {"account": {"password_hash": NO_PASSWORD}}


@dataclass
class ImportSummary:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def count(self, tally: dict[str, int], kind: str, n: int = 1) -> None:
        tally[kind] = tally.get(kind, 0) + n


@dataclass(frozen=True, slots=True)
class ParsedFact:
    line: int
    fact: Fact


def parse(lines: Iterable[str]) -> tuple[list[ParsedFact], list[LineProblem]]:
    """Every fact of the file with its line number, or every problem found."""
    parsed: list[ParsedFact] = []
    problems: list[LineProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        fact, found = _parse_line(number, text)
        problems += found
        if fact is None:
            continue
        key = (fact.type, fact.ref)
        if key in seen:
            problems.append(
                _problem(number, FactsCode.DUPLICATE_REF, f"ref also on line {seen[key]}", "ref")
            )
            continue
        seen[key] = number
        parsed.append(ParsedFact(number, fact))
    return parsed, problems


def _parse_line(number: int, text: str) -> tuple[Fact | None, list[LineProblem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return None, [_problem(number, FactsCode.INVALID_JSON, str(error), None)]
    try:
        return _Line.model_validate({"fact": data}).fact, []
    except ValidationError as error:
        return None, [
            _problem(
                number,
                FactsCode.INVALID_FACT,
                issue["msg"],
                # the location inside the fact, after ("fact", <type>)
                ".".join(str(part) for part in issue["loc"][2:]) or None,
            )
            for issue in error.errors()
        ]


def _in_file_order(problems: list[LineProblem]) -> list[Problem]:
    ordered: list[LineProblem] = sorted(problems, key=lambda problem: problem.line)
    return [*ordered]


def _problem(line: int, code: FactsCode, message: str, where: str | None) -> LineProblem:
    return LineProblem(code, f"line {line}: {message}", where, line)


async def import_facts(
    *,
    actor: OperatorActor,
    lines: Iterable[str],
    progress: Callable[[int], None] | None = None,
    clock: Clock = system_clock,
) -> ImportSummary:
    """Raises INVALID_JSON, INVALID_FACT, DUPLICATE_REF, ACCOUNT_TAKEN and UNKNOWN_ACCOUNT, each
    with its line, all at once; then nothing is written."""
    parsed, problems = parse(lines)
    accounts = await _account_ids(parsed)
    new_accounts = [p for p in parsed if isinstance(p.fact, AccountFact)]
    others = [p for p in parsed if not isinstance(p.fact, AccountFact)]
    declared = {p.fact.account_name for p in new_accounts if isinstance(p.fact, AccountFact)}
    problems += await _taken_accounts(new_accounts)
    problems += _unknown_accounts(others, accounts.keys() | declared)
    if problems:
        raise RuleError(_in_file_order(problems))
    summary = ImportSummary()
    try:
        async with in_transaction():
            await _write_all(new_accounts, accounts, summary, progress)
            if new_accounts:  # the names the file's accounts now have
                accounts = await _account_ids(others)
                _refuse_unknown(_unknown_accounts(others, accounts.keys()))
            await _write_all(others, accounts, summary, progress)
            await audit.record(
                actor=actor,
                action="facts.imported",
                subject=("Import", 0),
                at=clock.now(),
                after=audit.snapshot(
                    created=summary.created, updated=summary.updated, unchanged=summary.unchanged
                ),
            )
    except IntegrityError:
        # An account registered between the check above and the write: nothing was written.
        taken = await _taken_accounts(new_accounts)
        if not taken:
            raise
        raise RuleError(_in_file_order(taken)) from None
    for customer_id in _spenders(parsed, accounts):  # imported spend counts against budgets
        await reassess(customer_id, now=clock.now())
    return summary


async def _write_all(
    parsed: Sequence[ParsedFact],
    accounts: dict[str, int],
    summary: ImportSummary,
    progress: Callable[[int], None] | None,
) -> None:
    for start in range(0, len(parsed), CHUNK):
        chunk = parsed[start : start + CHUNK]
        await _write(chunk, accounts, summary)
        if progress is not None:
            progress(len(chunk))


def _refuse_unknown(problems: list[LineProblem]) -> None:
    """An account the file renamed, named by its old name further on."""
    if problems:
        raise RuleError(problems)


def _spenders(parsed: Sequence[ParsedFact], accounts: dict[str, int]) -> set[int]:
    return {accounts[p.fact.customer] for p in parsed if isinstance(p.fact, ExpenditureFact)}


async def _account_ids(parsed: Sequence[ParsedFact]) -> dict[str, int]:
    names = sorted({name for p in parsed for name in _named_accounts(p.fact)})
    found: dict[str, int] = {}
    for start in range(0, len(names), CHUNK):
        rows = await Customer.filter(account_name__in=names[start : start + CHUNK])
        found |= {row.account_name: row.id for row in rows}
    return found


async def _taken_accounts(parsed: Sequence[ParsedFact]) -> list[LineProblem]:
    """Account facts whose name or email another account uses: one of the database's, under
    another ref (or made by registering), or one earlier in the file."""
    facts = [(p.line, p.fact) for p in parsed if isinstance(p.fact, AccountFact)]
    holders: dict[tuple[str, str], str | None] = {}
    for start in range(0, len(facts), CHUNK):
        chunk = [fact for _, fact in facts[start : start + CHUNK]]
        rows = await Customer.filter(
            Q(account_name__in=[f.account_name for f in chunk])
            | Q(email__in=[f.email for f in chunk])
        )
        for row in rows:
            holders[("account_name", row.account_name)] = row.import_ref
            holders[("email", row.email)] = row.import_ref
    problems = []
    in_file: dict[tuple[str, str], int] = {}
    for line, fact in facts:
        for attribute in ("account_name", "email"):
            key = (attribute, getattr(fact, attribute))
            if key in in_file:
                message = f"{attribute} also on line {in_file[key]}"
                problems.append(_problem(line, FactsCode.ACCOUNT_TAKEN, message, attribute))
            elif key in holders and holders[key] != fact.ref:
                message = f"another account has this {attribute}"
                problems.append(_problem(line, FactsCode.ACCOUNT_TAKEN, message, attribute))
            in_file.setdefault(key, line)
    return problems


def _named_accounts(fact: Fact) -> list[str]:
    return [getattr(fact, name) for name in fact.accounts()]


def _unknown_accounts(parsed: Sequence[ParsedFact], accounts: Collection[str]) -> list[LineProblem]:
    return [
        _problem(p.line, FactsCode.UNKNOWN_ACCOUNT, f"no account named {name!r}", attribute)
        for p in parsed
        for attribute, name in ((a, getattr(p.fact, a)) for a in p.fact.accounts())
        if name not in accounts
    ]


async def _write(
    chunk: Sequence[ParsedFact], accounts: dict[str, int], summary: ImportSummary
) -> None:
    by_type: dict[str, list[Fact]] = {}
    for parsed in chunk:
        by_type.setdefault(parsed.fact.type, []).append(parsed.fact)
    for kind, facts in by_type.items():
        await _upsert(kind, facts, accounts, summary)


async def _upsert(
    kind: str, facts: list[Fact], accounts: dict[str, int], summary: ImportSummary
) -> None:
    model = MODELS[kind]
    ref = REF_COLUMNS.get(kind, "ref")
    rows = await model.filter(**{f"{ref}__in": [f.ref for f in facts]})
    existing = {getattr(row, ref): row for row in rows}
    fresh = []
    for fact in facts:
        values = fact.columns() | {
            column: accounts[getattr(fact, name)] for name, column in fact.accounts().items()
        }
        row = existing.get(fact.ref)
        if row is None:
            fresh.append(model(**values, **CREATED_WITH.get(kind, {})))
            continue
        changed = {
            k: v
            for k, v in values.items()
            if k not in SET_ON_CREATE_ONLY.get(kind, set()) and getattr(row, k) != v
        }
        if changed:
            await model.filter(id=row.id).update(**changed)
            summary.count(summary.updated, kind)
        else:
            summary.count(summary.unchanged, kind)
    if fresh:
        await model.bulk_create(fresh)
        summary.count(summary.created, kind, len(fresh))
