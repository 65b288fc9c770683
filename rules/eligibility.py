"""Who can be associated with a partner: one check and one code per precaution of the reference.

Every failing precaution is reported, not just the first, so that a customer can see before trying
everything that stands in the way. All facts are read in one SQL statement: the customer's row with
one subquery per fact.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import (
    Association,
    Bill,
    Contract,
    Customer,
    EnterpriseRelation,
    Expenditure,
    ReservedInstance,
)
from models.enums import (
    AccountingMode,
    AccountType,
    ContractKind,
    CooperationModel,
    MemberAccountKind,
    Site,
)
from rules.errors import EligibilityCode as E
from rules.errors import Problem

REGISTRATION_WINDOW = timedelta(days=7)
SPECIAL_CONTRACTS = (
    ContractKind.OFFLINE_DIRECTLY_SIGNED,
    ContractKind.AUTHORIZED_TELEMARKETING_DISCOUNT,
    ContractKind.DIRECTLY_SIGNED_SPECIAL_OFFER,
)
UNIFIED_MEMBER_KINDS = (MemberAccountKind.RESOURCE_ACCOUNT, MemberAccountKind.CLOUD_ACCOUNT)
BOTH_MODELS = frozenset(CooperationModel)
RESELLER_ONLY = frozenset({CooperationModel.RESELLER})

MESSAGES = {
    E.CHINA_SITE_ACCOUNT: "Accounts registered on the China site cannot be associated.",
    E.ALREADY_ASSOCIATED: "The account is associated with another partner.",
    E.SPECIAL_CONTRACT: "The account has signed a special contract (offline directly-signed, "
    "authorized telemarketing with discounts, or directly-signed special offer).",
    E.REGISTERED_OVER_7_DAYS: "The account was registered more than seven days ago.",
    E.HAS_CASH_EXPENDITURE: "The account has cash expenditure records.",
    E.UNPAID_BILLS: "The account has unpaid bills.",
    E.UNIFIED_ACCOUNTING_MEMBER: "The account is associated with an enterprise master in unified "
    "accounting mode as a resource account or a cloud account.",
    E.PROFESSIONAL_SERVICE_CONTRACT: "The account has signed a professional service contract.",
    E.VALID_RESERVED_INSTANCES: "The account has valid reserved instances.",
    E.ENTERPRISE_MEMBER_ACCOUNT: "The account is an enterprise member account.",
    E.ENTERPRISE_MASTER_WITH_MEMBERS: "The account is an enterprise master account with members.",
}


@dataclass(frozen=True, slots=True)
class Eligibility:
    problems: tuple[Problem, ...]
    already_associated_with_partner: bool

    @property
    def eligible(self) -> bool:
        return not self.problems


def _contracts(kinds: tuple[ContractKind, ...]) -> Callable[[int, datetime], QuerySet[Any]]:
    def probe(customer_id: int, now: datetime) -> QuerySet[Any]:
        in_effect = Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        return Contract.filter(
            in_effect, customer_id=customer_id, kind__in=kinds, signed_at__lte=now
        )

    return probe


def _relations(role: str, **conditions: object) -> Callable[[int, datetime], QuerySet[Any]]:
    """Enterprise relations in effect where the customer is the `role` ("master" or "member")."""

    def probe(customer_id: int, now: datetime) -> QuerySet[Any]:
        in_effect = Q(ended_at__isnull=True) | Q(ended_at__gt=now)
        return EnterpriseRelation.filter(in_effect, **{f"{role}_id": customer_id}, **conditions)

    return probe


# One probe per fact: a query that finds a row when the fact holds.
FACT_PROBES: dict[str, Callable[[int, datetime], QuerySet[Any]]] = {
    "special_contract": _contracts(SPECIAL_CONTRACTS),
    "professional_contract": _contracts((ContractKind.PROFESSIONAL_SERVICE,)),
    "cash_expenditure": lambda cid, now: Expenditure.filter(customer_id=cid, cash_amount__gt=0),
    "unpaid_bill": lambda cid, now: Bill.filter(customer_id=cid, paid_at__isnull=True),
    "valid_reserved_instance": lambda cid, now: ReservedInstance.filter(
        customer_id=cid, valid_from__lte=now, valid_until__gt=now
    ),
    "unified_membership": _relations(
        "member",
        accounting_mode=AccountingMode.UNIFIED,
        member_account_kind__in=UNIFIED_MEMBER_KINDS,
    ),
    "membership": _relations("member"),
    "members": _relations("master"),
}

Facts = dict[str, Any]

# (code, the models it applies to, whether it fails for these facts at this time)
PRECAUTIONS: list[tuple[E, frozenset[CooperationModel], Callable[[Facts, datetime], bool]]] = [
    (E.CHINA_SITE_ACCOUNT, BOTH_MODELS, lambda f, now: f["site"] == Site.CHINA),
    (E.ALREADY_ASSOCIATED, BOTH_MODELS, lambda f, now: f["associated_partner"] is not None),
    (E.SPECIAL_CONTRACT, BOTH_MODELS, lambda f, now: f["special_contract"] is not None),
    (
        E.REGISTERED_OVER_7_DAYS,
        BOTH_MODELS,
        lambda f, now: now - f["registered_at"] > REGISTRATION_WINDOW,
    ),
    (E.HAS_CASH_EXPENDITURE, BOTH_MODELS, lambda f, now: f["cash_expenditure"] is not None),
    (E.UNPAID_BILLS, BOTH_MODELS, lambda f, now: f["unpaid_bill"] is not None),
    (E.UNIFIED_ACCOUNTING_MEMBER, BOTH_MODELS, lambda f, now: f["unified_membership"] is not None),
    (
        E.PROFESSIONAL_SERVICE_CONTRACT,
        RESELLER_ONLY,
        lambda f, now: f["professional_contract"] is not None,
    ),
    (
        E.VALID_RESERVED_INSTANCES,
        RESELLER_ONLY,
        lambda f, now: f["valid_reserved_instance"] is not None,
    ),
    (
        E.ENTERPRISE_MEMBER_ACCOUNT,
        RESELLER_ONLY,
        lambda f, now: (
            f["account_type"] == AccountType.ENTERPRISE_MEMBER or f["membership"] is not None
        ),
    ),
    (E.ENTERPRISE_MASTER_WITH_MEMBERS, RESELLER_ONLY, lambda f, now: f["members"] is not None),
]


async def eligibility(
    customer_id: int, partner_id: int, model: CooperationModel, now: datetime
) -> Eligibility:
    """Which precautions stop the customer from associating with `partner_id` in `model`."""
    facts = await _facts(customer_id, now)
    if facts["associated_partner"] == partner_id:
        return Eligibility(problems=(), already_associated_with_partner=True)
    failing = [
        Problem(code, MESSAGES[code])
        for code, models, fails in PRECAUTIONS
        if model in models and fails(facts, now)
    ]
    return Eligibility(problems=tuple(failing), already_associated_with_partner=False)


async def _facts(customer_id: int, now: datetime) -> Facts:
    """The customer's row and every fact the precautions read, in one statement."""
    probes = {
        name: Subquery(probe(customer_id, now).limit(1).values("id"))
        for name, probe in FACT_PROBES.items()
    }
    active_partner = Association.filter(active_customer_id=customer_id).values("partner_id")
    rows = (
        await Customer.filter(id=customer_id)
        .annotate(**probes, associated_partner=Subquery(active_partner))
        .values("site", "registered_at", "account_type", "associated_partner", *probes)
    )
    return rows[0]
