"""Each precaution of the reference, broken on its own, yields exactly its code."""

from datetime import timedelta
from decimal import Decimal

import pytest

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
from rules.actors import CustomerActor
from rules.associations import check_invitation_eligibility
from rules.clock import FakeClock
from rules.eligibility import eligibility
from rules.errors import EligibilityCode as E
from tests.builders import Builders
from tests.sql_statements import counting_statements

RESELLER, REFERRAL = CooperationModel.RESELLER, CooperationModel.REFERRAL


async def codes_for(customer: Customer, clock: FakeClock, model: CooperationModel) -> list[E]:
    found = await eligibility(customer.id, partner_id=0, model=model, now=clock.now())
    return [problem.code for problem in found.problems]  # type: ignore[misc]


async def test_a_fresh_individual_account_is_eligible_in_both_models(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()

    assert await codes_for(customer, clock, RESELLER) == []
    assert await codes_for(customer, clock, REFERRAL) == []


async def test_china_site_account_is_refused(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer(site=Site.CHINA)

    assert await codes_for(customer, clock, REFERRAL) == [E.CHINA_SITE_ACCOUNT]


async def test_account_associated_with_another_partner_is_refused(
    build: Builders, clock: FakeClock
) -> None:
    other = await build.partner(REFERRAL)
    customer, _ = await build.associated(other)
    clock.advance(timedelta(minutes=1))

    assert await codes_for(customer, clock, REFERRAL) == [E.ALREADY_ASSOCIATED]


async def test_same_partner_asking_again_is_not_a_problem(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(REFERRAL)
    customer, _ = await build.associated(partner)

    found = await eligibility(customer.id, partner.id, REFERRAL, clock.now())

    assert found.eligible
    assert found.already_associated_with_partner


@pytest.mark.parametrize(
    "kind",
    [
        ContractKind.OFFLINE_DIRECTLY_SIGNED,
        ContractKind.AUTHORIZED_TELEMARKETING_DISCOUNT,
        ContractKind.DIRECTLY_SIGNED_SPECIAL_OFFER,
    ],
)
async def test_special_contract_is_refused(
    build: Builders, clock: FakeClock, kind: ContractKind
) -> None:
    customer = await build.customer()
    await Contract.create(
        ref=f"c-{kind}", customer=customer, kind=kind, signed_at=clock.now() - timedelta(hours=1)
    )

    assert await codes_for(customer, clock, REFERRAL) == [E.SPECIAL_CONTRACT]


async def test_ended_special_contract_no_longer_counts(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    await Contract.create(
        ref="c-ended",
        customer=customer,
        kind=ContractKind.OFFLINE_DIRECTLY_SIGNED,
        signed_at=clock.now() - timedelta(hours=2),
        ends_at=clock.now() - timedelta(hours=1),
    )

    assert await codes_for(customer, clock, RESELLER) == []


async def test_registered_exactly_7_days_ago_is_still_eligible(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer(registered_ago=timedelta(days=7))

    assert await codes_for(customer, clock, REFERRAL) == []


async def test_registered_a_moment_over_7_days_ago_is_refused(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer(registered_ago=timedelta(days=7))
    clock.advance(timedelta(microseconds=1))

    assert await codes_for(customer, clock, REFERRAL) == [E.REGISTERED_OVER_7_DAYS]


async def test_cash_expenditure_is_refused(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    await Expenditure.create(
        ref="e-1",
        customer=customer,
        amount=Decimal("3.00"),
        cash_amount=Decimal("0.01"),
        spent_at=clock.now(),
    )

    assert await codes_for(customer, clock, REFERRAL) == [E.HAS_CASH_EXPENDITURE]


async def test_expenditure_paid_wholly_by_coupon_is_not_a_cash_record(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    await Expenditure.create(
        ref="e-0", customer=customer, amount=Decimal("3.00"), cash_amount=0, spent_at=clock.now()
    )

    assert await codes_for(customer, clock, RESELLER) == []


async def test_unpaid_bill_is_refused_and_a_paid_one_is_not(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    await Bill.create(
        ref="b-paid",
        customer=customer,
        amount=Decimal("10.00"),
        issued_at=clock.now(),
        paid_at=clock.now(),
    )
    assert await codes_for(customer, clock, REFERRAL) == []

    await Bill.create(ref="b-open", customer=customer, amount=Decimal("5"), issued_at=clock.now())

    assert await codes_for(customer, clock, REFERRAL) == [E.UNPAID_BILLS]


@pytest.mark.parametrize(
    "member_kind", [MemberAccountKind.RESOURCE_ACCOUNT, MemberAccountKind.CLOUD_ACCOUNT]
)
async def test_unified_accounting_member_is_refused_in_referral_too(
    build: Builders, clock: FakeClock, member_kind: MemberAccountKind
) -> None:
    master = await build.customer(account_type=AccountType.ENTERPRISE_MASTER)
    customer = await build.customer()
    await EnterpriseRelation.create(
        ref="r-1",
        master=master,
        member=customer,
        accounting_mode=AccountingMode.UNIFIED,
        member_account_kind=member_kind,
        started_at=clock.now(),
    )

    assert await codes_for(customer, clock, REFERRAL) == [E.UNIFIED_ACCOUNTING_MEMBER]


async def test_separate_accounting_member_is_eligible_for_referral(
    build: Builders, clock: FakeClock
) -> None:
    master = await build.customer(account_type=AccountType.ENTERPRISE_MASTER)
    customer = await build.customer()
    await EnterpriseRelation.create(
        ref="r-2",
        master=master,
        member=customer,
        accounting_mode=AccountingMode.SEPARATE,
        member_account_kind=MemberAccountKind.RESOURCE_ACCOUNT,
        started_at=clock.now(),
    )

    assert await codes_for(customer, clock, REFERRAL) == []
    assert await codes_for(customer, clock, RESELLER) == [E.ENTERPRISE_MEMBER_ACCOUNT]


async def test_professional_service_contract_is_refused_for_reseller_only(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    await Contract.create(
        ref="c-ps",
        customer=customer,
        kind=ContractKind.PROFESSIONAL_SERVICE,
        signed_at=clock.now() - timedelta(days=1),
    )

    assert await codes_for(customer, clock, RESELLER) == [E.PROFESSIONAL_SERVICE_CONTRACT]
    assert await codes_for(customer, clock, REFERRAL) == []


async def test_valid_reserved_instances_are_refused_for_reseller_only(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    await ReservedInstance.create(
        ref="ri-1",
        customer=customer,
        valid_from=clock.now() - timedelta(days=1),
        valid_until=clock.now() + timedelta(days=1),
    )

    assert await codes_for(customer, clock, RESELLER) == [E.VALID_RESERVED_INSTANCES]
    assert await codes_for(customer, clock, REFERRAL) == []


async def test_reserved_instances_past_their_validity_do_not_count(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer()
    await ReservedInstance.create(
        ref="ri-old",
        customer=customer,
        valid_from=clock.now() - timedelta(days=30),
        valid_until=clock.now(),
    )

    assert await codes_for(customer, clock, RESELLER) == []


async def test_enterprise_member_account_is_refused_for_reseller_only(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer(account_type=AccountType.ENTERPRISE_MEMBER)

    assert await codes_for(customer, clock, RESELLER) == [E.ENTERPRISE_MEMBER_ACCOUNT]
    assert await codes_for(customer, clock, REFERRAL) == []


async def test_enterprise_master_with_members_is_refused_for_reseller_only(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer(account_type=AccountType.ENTERPRISE_MASTER)
    assert await codes_for(customer, clock, RESELLER) == []
    member = await build.customer()
    await EnterpriseRelation.create(
        ref="r-3",
        master=customer,
        member=member,
        accounting_mode=AccountingMode.SEPARATE,
        member_account_kind=MemberAccountKind.FINANCIAL_ACCOUNT,
        started_at=clock.now(),
    )

    assert await codes_for(customer, clock, RESELLER) == [E.ENTERPRISE_MASTER_WITH_MEMBERS]
    assert await codes_for(customer, clock, REFERRAL) == []


async def test_master_whose_members_all_left_is_eligible(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer(account_type=AccountType.ENTERPRISE_MASTER)
    member = await build.customer()
    await EnterpriseRelation.create(
        ref="r-4",
        master=customer,
        member=member,
        accounting_mode=AccountingMode.SEPARATE,
        member_account_kind=MemberAccountKind.CLOUD_ACCOUNT,
        started_at=clock.now() - timedelta(days=3),
        ended_at=clock.now() - timedelta(days=1),
    )

    assert await codes_for(customer, clock, RESELLER) == []


async def test_every_failing_precaution_is_reported_at_once(
    build: Builders, clock: FakeClock
) -> None:
    customer = await build.customer(
        site=Site.CHINA,
        registered_ago=timedelta(days=30),
        account_type=AccountType.ENTERPRISE_MEMBER,
    )
    master = await build.customer(account_type=AccountType.ENTERPRISE_MASTER)
    await EnterpriseRelation.create(
        ref="r-all",
        master=master,
        member=customer,
        accounting_mode=AccountingMode.UNIFIED,
        member_account_kind=MemberAccountKind.CLOUD_ACCOUNT,
        started_at=clock.now(),
    )
    signed = clock.now() - timedelta(days=20)
    await Contract.create(
        ref="c-a",
        customer=customer,
        kind=ContractKind.DIRECTLY_SIGNED_SPECIAL_OFFER,
        signed_at=signed,
    )
    await Contract.create(
        ref="c-b", customer=customer, kind=ContractKind.PROFESSIONAL_SERVICE, signed_at=signed
    )
    await Expenditure.create(
        ref="e-a", customer=customer, amount=Decimal("1"), cash_amount=Decimal("1"), spent_at=signed
    )
    await Bill.create(ref="b-a", customer=customer, amount=Decimal("1"), issued_at=signed)
    await ReservedInstance.create(
        ref="ri-a",
        customer=customer,
        valid_from=signed,
        valid_until=clock.now() + timedelta(days=9),
    )
    other = await build.partner(REFERRAL)
    invited = await build.invitation(other)
    await Association.create(
        partner=other,
        customer=customer,
        active_customer=customer,
        model=REFERRAL,
        invitation=invited.invitation,
        associated_at=signed,
    )

    assert set(await codes_for(customer, clock, RESELLER)) == set(E) - {
        E.ENTERPRISE_MASTER_WITH_MEMBERS
    }
    assert set(await codes_for(customer, clock, REFERRAL)) == {
        E.CHINA_SITE_ACCOUNT,
        E.ALREADY_ASSOCIATED,
        E.SPECIAL_CONTRACT,
        E.REGISTERED_OVER_7_DAYS,
        E.HAS_CASH_EXPENDITURE,
        E.UNPAID_BILLS,
        E.UNIFIED_ACCOUNTING_MEMBER,
    }


async def test_invitation_eligibility_adds_invitation_problems_to_precautions(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(RESELLER)
    customer = await build.customer(account_type=AccountType.ENTERPRISE_MEMBER)
    invited = await build.invitation(partner)

    found = await check_invitation_eligibility(
        actor=CustomerActor(customer.id), token=invited.token, clock=clock
    )

    assert [p.code for p in found.problems] == [
        "EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION",
        E.ENTERPRISE_MEMBER_ACCOUNT,
    ]
    assert found.invitation.id == invited.invitation.id


@pytest.mark.parametrize("model", [RESELLER, REFERRAL])
async def test_an_eligibility_check_costs_one_sql_statement(
    build: Builders, clock: FakeClock, model: CooperationModel
) -> None:
    customer = await build.customer(account_type=AccountType.ENTERPRISE_MASTER)
    await Bill.create(ref="b-count", customer=customer, amount=Decimal("2"), issued_at=clock.now())

    with counting_statements() as statements:
        found = await eligibility(customer.id, 0, model, clock.now())

    assert [p.code for p in found.problems] == [E.UNPAID_BILLS]
    assert len(statements) == 1
