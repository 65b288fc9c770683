"""Who can be associated with a partner: one check and one code per precaution of the reference.

Every failing precaution is reported, not just the first, so that a customer can see before trying
everything that stands in the way.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q

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


async def eligibility(
    customer: Customer, partner_id: int, model: CooperationModel, now: datetime
) -> Eligibility:
    """Which precautions stop `customer` from associating with `partner_id` in `model`."""
    active = await Association.get_or_none(active_customer_id=customer.id)
    if active is not None and active.partner_id == partner_id:
        return Eligibility(problems=(), already_associated_with_partner=True)
    checks: list[tuple[E, Callable[[], Awaitable[bool]]]] = [
        (E.CHINA_SITE_ACCOUNT, lambda: _true(customer.site is Site.CHINA)),
        (E.ALREADY_ASSOCIATED, lambda: _true(active is not None)),
        (E.SPECIAL_CONTRACT, lambda: _has_contract(customer, SPECIAL_CONTRACTS, now)),
        (
            E.REGISTERED_OVER_7_DAYS,
            lambda: _true(now - customer.registered_at > REGISTRATION_WINDOW),
        ),
        (
            E.HAS_CASH_EXPENDITURE,
            lambda: Expenditure.exists(customer_id=customer.id, cash_amount__gt=0),
        ),
        (E.UNPAID_BILLS, lambda: Bill.exists(customer_id=customer.id, paid_at__isnull=True)),
        (E.UNIFIED_ACCOUNTING_MEMBER, lambda: _is_unified_accounting_member(customer, now)),
    ]
    if model is CooperationModel.RESELLER:
        checks += [
            (
                E.PROFESSIONAL_SERVICE_CONTRACT,
                lambda: _has_contract(customer, (ContractKind.PROFESSIONAL_SERVICE,), now),
            ),
            (E.VALID_RESERVED_INSTANCES, lambda: _has_valid_reserved_instances(customer, now)),
            (E.ENTERPRISE_MEMBER_ACCOUNT, lambda: _is_enterprise_member(customer, now)),
            (E.ENTERPRISE_MASTER_WITH_MEMBERS, lambda: _is_master_with_members(customer, now)),
        ]
    failing = [code for code, check in checks if await check()]
    return Eligibility(
        problems=tuple(Problem(code, MESSAGES[code]) for code in failing),
        already_associated_with_partner=False,
    )


async def _true(value: bool) -> bool:
    return value


def _contract_in_effect(now: datetime) -> Q:
    return Q(ends_at__isnull=True) | Q(ends_at__gt=now)


def _relation_in_effect(now: datetime) -> Q:
    return Q(ended_at__isnull=True) | Q(ended_at__gt=now)


async def _has_contract(customer: Customer, kinds: tuple[ContractKind, ...], now: datetime) -> bool:
    return await Contract.filter(
        _contract_in_effect(now), customer_id=customer.id, kind__in=kinds, signed_at__lte=now
    ).exists()


async def _has_valid_reserved_instances(customer: Customer, now: datetime) -> bool:
    return await ReservedInstance.exists(
        customer_id=customer.id, valid_from__lte=now, valid_until__gt=now
    )


async def _is_unified_accounting_member(customer: Customer, now: datetime) -> bool:
    return await EnterpriseRelation.filter(
        _relation_in_effect(now),
        member_id=customer.id,
        accounting_mode=AccountingMode.UNIFIED,
        member_account_kind__in=UNIFIED_MEMBER_KINDS,
    ).exists()


async def _is_enterprise_member(customer: Customer, now: datetime) -> bool:
    if customer.account_type is AccountType.ENTERPRISE_MEMBER:
        return True
    return await EnterpriseRelation.filter(_relation_in_effect(now), member_id=customer.id).exists()


async def _is_master_with_members(customer: Customer, now: datetime) -> bool:
    return await EnterpriseRelation.filter(_relation_in_effect(now), master_id=customer.id).exists()
