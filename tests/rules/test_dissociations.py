"""Dissociation through the rules: preflight, requests, answers, cancellation, expiry, and what
dissolving does."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from models import (
    Association,
    Authorization,
    Budget,
    DissociationRequest,
    EnterpriseRelation,
    Freeze,
    Partner,
    ReservedInstance,
    SupportPlan,
)
from models.dissociations import DissociationState
from models.enums import (
    AccountingMode,
    ActorKind,
    AssociationState,
    AuthorizationScope,
    AuthorizationState,
    BudgetKind,
    CooperationModel,
    FreezeReason,
    FreezeType,
    InvitationKind,
    MemberAccountKind,
    OrderKind,
)
from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.associations import associate, check_invitation_eligibility
from rules.audit import events_for
from rules.authorizations import request_authorization
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.dissociation_preflight import dissociation_preflight, months_before
from rules.dissociations import (
    answer_dissociation,
    cancel_dissociation,
    expire_dissociations,
    request_dissociation,
)
from rules.errors import DissociationBlocker as B
from rules.errors import DissociationCode as D
from rules.errors import FactsCode, InputCode, ManagementCode, OrderCode, RuleError
from rules.facts_import import import_facts
from rules.freezes import account_status, freeze, unfreeze
from rules.orders import OrderRequest, place_order
from tests.builders import AuditActions, Builders, complete_steps
from tests.sql_statements import counting_statements

RESELLER, REFERRAL = CooperationModel.RESELLER, CooperationModel.REFERRAL


async def reseller_customer(build: Builders, clock: FakeClock) -> tuple[PartnerActor, int]:
    """A reseller's customer with a budget and a letter ticked at association."""
    partner = await build.partner(RESELLER)
    customer, _ = await build.associated(partner, letter=True)
    actor = PartnerActor(partner.id)
    await set_budget(
        actor=actor, customer_id=customer.id, kind=BudgetKind.MONTHLY, amount="10", clock=clock
    )
    return actor, customer.id


async def refused(call: object) -> list[str]:
    with pytest.raises(RuleError) as refusal:
        await call  # type: ignore[misc]
    return [str(code) for code in refusal.value.codes]


# --- the preflight -------------------------------------------------------------------------------


async def test_preflight_lists_every_blocker_at_once(build: Builders, clock: FakeClock) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    member = await build.customer()
    now = clock.now()
    await freeze(
        actor=partner, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )
    await ReservedInstance.create(
        ref="ri", customer_id=customer_id, valid_from=now, valid_until=now + timedelta(days=9)
    )
    await SupportPlan.create(
        ref="sp", customer_id=customer_id, valid_from=now, valid_until=now + timedelta(days=9)
    )
    await EnterpriseRelation.create(
        ref="er",
        master_id=customer_id,
        member_id=member.id,
        accounting_mode=AccountingMode.SEPARATE,
        member_account_kind=MemberAccountKind.CLOUD_ACCOUNT,
        started_at=now,
    )

    found = await dissociation_preflight(actor=partner, customer_id=customer_id, now=now)

    assert not found.allowed
    assert [p.code for p in found.problems] == [
        B.PARTNER_FREEZE_IN_FORCE,
        B.VALID_RESERVED_INSTANCES,
        B.VALID_SUPPORT_PLAN,
        B.ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS,
    ]


async def test_preflight_ignores_lapsed_facts_and_unified_members(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    member = await build.customer()
    now = clock.now()
    await ReservedInstance.create(
        ref="ri-old", customer_id=customer_id, valid_from=now - timedelta(days=9), valid_until=now
    )
    await SupportPlan.create(
        ref="sp-later",
        customer_id=customer_id,
        valid_from=now + timedelta(days=1),
        valid_until=now + timedelta(days=9),
    )
    await EnterpriseRelation.create(
        ref="er-unified",
        master_id=customer_id,
        member_id=member.id,
        accounting_mode=AccountingMode.UNIFIED,
        member_account_kind=MemberAccountKind.CLOUD_ACCOUNT,
        started_at=now,
    )

    found = await dissociation_preflight(actor=partner, customer_id=customer_id, now=now)

    assert found.allowed and found.problems == ()


async def test_a_pending_request_blocks_both_sides_and_counts_against_its_asker(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    await request_dissociation(actor=partner, customer_id=customer_id, reason="x", clock=clock)
    now = clock.now()

    as_partner = await dissociation_preflight(actor=partner, customer_id=customer_id, now=now)
    as_customer = await dissociation_preflight(
        actor=CustomerActor(customer_id), customer_id=customer_id, now=now
    )

    assert [p.code for p in as_partner.problems] == [B.REQUEST_LIMIT_REACHED, B.REQUEST_PENDING]
    assert [p.code for p in as_customer.problems] == [B.REQUEST_PENDING]
    assert "3 months" in as_partner.problems[0].message


@pytest.mark.parametrize("side", ["partner", "customer"])
async def test_a_preflight_costs_one_sql_statement(
    build: Builders, clock: FakeClock, side: str
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    actor = partner if side == "partner" else CustomerActor(customer_id)
    await freeze(
        actor=partner, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )

    with counting_statements() as statements:
        found = await dissociation_preflight(actor=actor, customer_id=customer_id, now=clock.now())

    assert [p.code for p in found.problems] == [B.PARTNER_FREEZE_IN_FORCE]
    assert len(statements) == 1


async def test_preflight_refuses_who_has_nothing_to_dissociate(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    stranger = PartnerActor((await build.partner()).id)
    loner = await build.customer()
    now = clock.now()

    assert await refused(
        dissociation_preflight(actor=stranger, customer_id=customer_id, now=now)
    ) == [ManagementCode.NOT_YOUR_CUSTOMER]
    assert await refused(dissociation_preflight(actor=partner, customer_id=999_999, now=now)) == [
        ManagementCode.NOT_YOUR_CUSTOMER
    ]
    assert await refused(
        dissociation_preflight(actor=CustomerActor(loner.id), customer_id=loner.id, now=now)
    ) == [D.NOT_ASSOCIATED]
    # a customer asks about itself only
    assert await refused(
        dissociation_preflight(actor=CustomerActor(loner.id), customer_id=customer_id, now=now)
    ) == [D.NOT_ASSOCIATED]


def test_months_before_keeps_the_time_and_clamps_the_day() -> None:
    assert months_before(datetime(2026, 5, 31, 9, tzinfo=UTC), 3) == datetime(
        2026, 2, 28, 9, tzinfo=UTC
    )
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 3) == datetime(2025, 10, 15, tzinfo=UTC)


# --- reseller: either side asks, the other answers -----------------------------------------------


async def test_reseller_partner_asks_and_the_customer_approves(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    customer = CustomerActor(customer_id)

    asked = await request_dissociation(
        actor=partner, customer_id=customer_id, reason="Contract ended", clock=clock
    )
    assert asked.request.state is DissociationState.PENDING
    assert asked.association.state is AssociationState.ACTIVE
    assert asked.request.expires_at == clock.now() + timedelta(days=14)
    clock.advance(timedelta(hours=1))
    answered = await answer_dissociation(
        actor=customer, request_id=asked.request.id, approve=True, clock=clock
    )

    association = await Association.get(id=asked.association.id)
    assert association.state is AssociationState.DISSOLVED
    assert association.active_customer_id is None
    assert (association.dissolved_at, association.dissolved_by) == (clock.now(), ActorKind.PARTNER)
    assert association.dissolution_reason == "Contract ended"
    request = await DissociationRequest.get(id=answered.request.id)
    assert (request.state, request.answered_by) == (DissociationState.APPROVED, ActorKind.CUSTOMER)
    assert request.pending_key is None
    budget = await Budget.get(association_id=association.id)
    assert budget.ended_at == clock.now()
    letter = await Authorization.get(customer_id=customer_id)
    assert (letter.state, letter.reason, letter.open_key) == (
        AuthorizationState.REVOKED,
        "DISSOCIATED",
        None,
    )
    assert (await audit_actions(customer_id=customer_id))[-5:] == [
        "dissociation.requested",
        "dissociation.answered",
        "association.dissolved",
        "budget.ended",
        "authorization.revoked",
    ]


async def test_dissolving_lifts_the_freezes_the_association_set(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner_row = await build.partner(RESELLER)
    customer, _ = await build.associated(partner_row)  # frozen pending a budget
    partner = PartnerActor(partner_row.id)
    await Freeze.create(
        customer_id=customer.id,
        partner_id=partner_row.id,
        reason=FreezeReason.BUDGET_EXHAUSTED,
        freeze_type=FreezeType.ACCOUNT,
        active_key=Freeze.key_for(customer.id, FreezeReason.BUDGET_EXHAUSTED),
        frozen_at=clock.now(),
    )
    asked = await request_dissociation(
        actor=CustomerActor(customer.id), customer_id=customer.id, reason="Going", clock=clock
    )

    await answer_dissociation(actor=partner, request_id=asked.request.id, approve=True, clock=clock)

    assert not (await account_status(customer.id)).frozen
    assert await Freeze.filter(customer_id=customer.id).count() == 2  # kept, lifted
    actions = await audit_actions(customer_id=customer.id)
    assert actions.count("account.unfrozen") == 2
    dissolved = await Association.get(customer_id=customer.id)
    assert dissolved.dissolved_by is ActorKind.CUSTOMER


async def test_the_partner_rejects_with_a_reason_and_nothing_ends(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    asked = await request_dissociation(
        actor=CustomerActor(customer_id), customer_id=customer_id, reason="Too dear", clock=clock
    )

    without_reason = answer_dissociation(
        actor=partner, request_id=asked.request.id, approve=False, reason=" ", clock=clock
    )
    assert await refused(without_reason) == [InputCode.REQUIRED]
    answered = await answer_dissociation(
        actor=partner, request_id=asked.request.id, approve=False, reason="Contract", clock=clock
    )

    assert answered.request.state is DissociationState.REJECTED
    assert answered.request.answer_reason == "Contract"
    association = await Association.get(id=asked.association.id)
    assert association.state is AssociationState.ACTIVE
    assert (await Budget.get(association_id=association.id)).ended_at is None


async def test_the_asker_cannot_answer_and_the_other_side_cannot_cancel(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    asked = await request_dissociation(
        actor=partner, customer_id=customer_id, reason="x", clock=clock
    )
    request_id = asked.request.id

    assert await refused(
        answer_dissociation(actor=partner, request_id=request_id, approve=True, clock=clock)
    ) == [D.ASKER_CANNOT_ANSWER]
    assert await refused(
        cancel_dissociation(actor=CustomerActor(customer_id), request_id=request_id, clock=clock)
    ) == [D.NOT_THE_ASKER]
    cancelled = await cancel_dissociation(actor=partner, request_id=request_id, clock=clock)
    assert cancelled.request.state is DissociationState.CANCELLED
    assert await refused(
        cancel_dissociation(actor=partner, request_id=request_id, clock=clock)
    ) == [D.DISSOCIATION_REQUEST_NOT_PENDING]
    assert (await Association.get(id=asked.association.id)).state is AssociationState.ACTIVE


async def test_requests_of_others_are_not_found(build: Builders, clock: FakeClock) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    asked = await request_dissociation(
        actor=partner, customer_id=customer_id, reason="x", clock=clock
    )
    other_partner = PartnerActor((await build.partner()).id)
    other_customer = CustomerActor((await build.customer()).id)

    for actor in (other_partner, other_customer):
        assert await refused(
            answer_dissociation(actor=actor, request_id=asked.request.id, approve=True, clock=clock)
        ) == [D.DISSOCIATION_REQUEST_NOT_FOUND]
        assert await refused(
            cancel_dissociation(actor=actor, request_id=asked.request.id, clock=clock)
        ) == [D.DISSOCIATION_REQUEST_NOT_FOUND]


async def test_asking_needs_a_reason_and_an_association(build: Builders, clock: FakeClock) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    loner = await build.customer()

    assert await refused(
        request_dissociation(actor=partner, customer_id=customer_id, reason="", clock=clock)
    ) == [InputCode.REQUIRED]
    assert await refused(
        request_dissociation(actor=partner, customer_id=customer_id, reason="x" * 501, clock=clock)
    ) == [InputCode.TOO_LONG]
    assert await refused(
        request_dissociation(actor=partner, customer_id=loner.id, reason="x", clock=clock)
    ) == [ManagementCode.NOT_YOUR_CUSTOMER]
    assert await refused(
        request_dissociation(
            actor=CustomerActor(loner.id), customer_id=loner.id, reason="x", clock=clock
        )
    ) == [D.NOT_ASSOCIATED]
    assert await DissociationRequest.all().count() == 0


async def test_asking_is_refused_with_every_blocker(build: Builders, clock: FakeClock) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    now = clock.now()
    await freeze(
        actor=partner, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )
    await SupportPlan.create(
        ref="sp", customer_id=customer_id, valid_from=now, valid_until=now + timedelta(days=1)
    )

    codes = await refused(
        request_dissociation(actor=partner, customer_id=customer_id, reason="x", clock=clock)
    )

    assert codes == [B.PARTNER_FREEZE_IN_FORCE, B.VALID_SUPPORT_PLAN]
    assert await DissociationRequest.all().count() == 0


async def test_an_approval_waits_for_a_freeze_set_after_the_request(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    asked = await request_dissociation(
        actor=CustomerActor(customer_id), customer_id=customer_id, reason="x", clock=clock
    )
    await freeze(
        actor=partner, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )

    approval = answer_dissociation(
        actor=partner, request_id=asked.request.id, approve=True, clock=clock
    )
    assert await refused(approval) == [B.PARTNER_FREEZE_IN_FORCE]
    await unfreeze(
        actor=partner, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )
    await answer_dissociation(actor=partner, request_id=asked.request.id, approve=True, clock=clock)

    assert (await Association.get(id=asked.association.id)).state is AssociationState.DISSOLVED


# --- referral: the partner dissociates at once ----------------------------------------------------


async def test_a_referral_partner_dissociates_at_once(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner_row = await build.partner(REFERRAL)
    customer, _ = await build.associated(partner_row, letter=True)

    done = await request_dissociation(
        actor=PartnerActor(partner_row.id), customer_id=customer.id, reason="Moved", clock=clock
    )

    assert done.request.state is DissociationState.APPROVED
    assert done.request.answered_by is ActorKind.PARTNER
    assert done.association.state is AssociationState.DISSOLVED
    assert (await Authorization.get(customer_id=customer.id)).state is AuthorizationState.REVOKED
    assert (await audit_actions(customer_id=customer.id))[-4:] == [
        "dissociation.requested",
        "dissociation.answered",
        "association.dissolved",
        "authorization.revoked",
    ]


async def test_a_referral_customer_asks_and_the_partner_answers(
    build: Builders, clock: FakeClock
) -> None:
    partner_row = await build.partner(REFERRAL)
    customer, _ = await build.associated(partner_row)

    asked = await request_dissociation(
        actor=CustomerActor(customer.id), customer_id=customer.id, reason="Bye", clock=clock
    )
    assert asked.request.state is DissociationState.PENDING
    await answer_dissociation(
        actor=PartnerActor(partner_row.id), request_id=asked.request.id, approve=True, clock=clock
    )

    assert (await Association.get(id=asked.association.id)).state is AssociationState.DISSOLVED


# --- the request limit and expiry -----------------------------------------------------------------


async def test_one_request_per_asker_and_customer_in_three_months(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    customer = CustomerActor(customer_id)
    first = await request_dissociation(
        actor=customer, customer_id=customer_id, reason="a", clock=clock
    )
    await cancel_dissociation(actor=customer, request_id=first.request.id, clock=clock)

    clock.advance(timedelta(days=80))
    again = request_dissociation(actor=customer, customer_id=customer_id, reason="b", clock=clock)
    assert await refused(again) == [B.REQUEST_LIMIT_REACHED]
    # the partner is another asker
    by_partner = await request_dissociation(
        actor=partner, customer_id=customer_id, reason="c", clock=clock
    )
    await cancel_dissociation(actor=partner, request_id=by_partner.request.id, clock=clock)
    # a shorter limit, as the setting may give
    shorter = await request_dissociation(
        actor=customer, customer_id=customer_id, reason="d", request_limit_months=2, clock=clock
    )
    await cancel_dissociation(actor=customer, request_id=shorter.request.id, clock=clock)
    clock.advance(timedelta(days=92))
    await request_dissociation(actor=customer, customer_id=customer_id, reason="e", clock=clock)

    assert await DissociationRequest.filter(customer_id=customer_id).count() == 4


async def test_an_unanswered_request_expires_after_14_days(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    asked = await request_dissociation(
        actor=partner, customer_id=customer_id, reason="x", clock=clock
    )

    clock.advance(timedelta(days=14) - timedelta(seconds=1))
    assert await expire_dissociations(now=clock.now()) == 0
    clock.advance(timedelta(seconds=1))
    late = answer_dissociation(
        actor=CustomerActor(customer_id), request_id=asked.request.id, approve=True, clock=clock
    )
    assert await refused(late) == [D.DISSOCIATION_REQUEST_NOT_PENDING]
    assert await expire_dissociations(now=clock.now()) == 1
    assert await expire_dissociations(now=clock.now()) == 0

    request = await DissociationRequest.get(id=asked.request.id)
    assert (request.state, request.pending_key) == (DissociationState.EXPIRED, None)
    assert (await audit_actions(customer_id=customer_id))[-1] == "dissociation.expired"
    assert (await Association.get(id=asked.association.id)).state is AssociationState.ACTIVE


async def test_a_lapsed_request_not_yet_swept_gives_way_to_a_new_one(
    build: Builders, clock: FakeClock, audit_actions: AuditActions
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    await request_dissociation(actor=partner, customer_id=customer_id, reason="x", clock=clock)
    clock.advance(timedelta(days=15))

    asked = await request_dissociation(
        actor=CustomerActor(customer_id), customer_id=customer_id, reason="y", clock=clock
    )

    assert asked.request.state is DissociationState.PENDING
    states = await DissociationRequest.filter(customer_id=customer_id).order_by("id")
    assert [r.state for r in states] == [DissociationState.EXPIRED, DissociationState.PENDING]
    assert "dissociation.expired" in await audit_actions(customer_id=customer_id)


# --- after dissolution ----------------------------------------------------------------------------


async def dissolved(build: Builders, clock: FakeClock) -> tuple[PartnerActor, int]:
    """A referral customer with an approved letter whose partner dissociated it."""
    partner_row = await build.partner(REFERRAL)
    customer, _ = await build.associated(partner_row, letter=True)
    partner = PartnerActor(partner_row.id)
    await request_dissociation(actor=partner, customer_id=customer.id, reason="x", clock=clock)
    return partner, customer.id


async def test_a_dissolved_customer_is_no_longer_the_partners_to_manage(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    asked = await request_dissociation(
        actor=partner, customer_id=customer_id, reason="x", clock=clock
    )
    await answer_dissociation(
        actor=CustomerActor(customer_id), request_id=asked.request.id, approve=True, clock=clock
    )

    assert await refused(
        set_budget(
            actor=partner, customer_id=customer_id, kind=BudgetKind.PACKAGE, amount="5", clock=clock
        )
    ) == [ManagementCode.NOT_YOUR_CUSTOMER]
    assert await refused(
        freeze(actor=partner, customer_id=customer_id, freeze_type=FreezeType.ACCOUNT, clock=clock)
    ) == [ManagementCode.NOT_YOUR_CUSTOMER]
    assert await refused(
        place_order(
            actor=partner, request=OrderRequest(customer_id, OrderKind.PURCHASE, "1"), clock=clock
        )
    ) == [OrderCode.NOT_AUTHORIZED_TO_ORDER]
    assert await refused(
        request_authorization(
            actor=partner,
            customer_id=customer_id,
            scopes=[AuthorizationScope.PLACE_ORDERS],
            clock=clock,
        )
    ) == [ManagementCode.NOT_YOUR_CUSTOMER]
    # the ended budget of 10 no longer gates the customer's own orders
    await place_order(
        actor=CustomerActor(customer_id),
        request=OrderRequest(customer_id, OrderKind.PURCHASE, "50"),
        clock=clock,
    )


async def test_history_stays_readable_to_both_sides(build: Builders, clock: FakeClock) -> None:
    partner, customer_id = await dissolved(build, clock)
    customer = CustomerActor(customer_id)
    clock.advance(timedelta(minutes=1))
    await place_order(
        actor=customer, request=OrderRequest(customer_id, OrderKind.PURCHASE, "1"), clock=clock
    )

    seen_by_partner = await events_for(actor=partner, customer_id=customer_id, first=100)
    seen_by_customer = await events_for(actor=customer, customer_id=customer_id, first=100)

    partner_actions = [e.action for e in seen_by_partner]
    assert partner_actions[0] == "authorization.revoked"  # newest first: nothing after it
    assert {"association.created", "association.dissolved"} <= set(partner_actions)
    assert "order.placed" not in partner_actions  # the customer's own business since
    assert seen_by_customer[0].action == "order.placed"
    assert {e.id for e in seen_by_partner} <= {e.id for e in seen_by_customer}


@pytest.mark.parametrize("again_with", ["the same partner", "another partner"])
async def test_the_customer_may_associate_again_through_a_new_invitation(
    build: Builders, clock: FakeClock, again_with: str
) -> None:
    partner, customer_id = await dissolved(build, clock)
    customer = await Association.get(customer_id=customer_id).prefetch_related("customer")
    next_partner = await Partner.get(id=partner.partner_id)
    if again_with == "another partner":
        next_partner = await build.partner(RESELLER)
    invited = await build.invitation(
        next_partner, kind=InvitationKind.ONLINE, invitee=customer.customer
    )
    actor = CustomerActor(customer_id)

    found = await check_invitation_eligibility(actor=actor, token=invited.token, clock=clock)
    assert found.eligible and not found.already_associated_with_partner
    again = await associate(actor=actor, request=complete_steps(invited.token), clock=clock)

    assert again.created
    rows = await Association.filter(customer_id=customer_id).order_by("id")
    assert [r.state for r in rows] == [AssociationState.DISSOLVED, AssociationState.ACTIVE]
    assert rows[1].partner_id == next_partner.id


async def test_a_dissolved_customer_still_meets_eligibility(
    build: Builders, clock: FakeClock
) -> None:
    _, customer_id = await dissolved(build, clock)
    clock.advance(timedelta(days=8))
    customer = await Association.get(customer_id=customer_id).prefetch_related("customer")
    invited = await build.invitation(
        await build.partner(REFERRAL), kind=InvitationKind.ONLINE, invitee=customer.customer
    )

    found = await check_invitation_eligibility(
        actor=CustomerActor(customer_id), token=invited.token, clock=clock
    )

    assert [p.code for p in found.problems] == ["REGISTERED_OVER_7_DAYS"]


# --- the support plan fact ------------------------------------------------------------------------


async def test_support_plans_are_imported_like_the_other_facts(
    build: Builders, clock: FakeClock
) -> None:
    partner, customer_id = await reseller_customer(build, clock)
    name = (await Association.get(customer_id=customer_id).prefetch_related("customer")).customer
    line = json.dumps(
        {
            "type": "support_plan",
            "ref": "sp-1",
            "customer": name.account_name,
            "name": "Business",
            "valid_from": "2026-01-01T00:00:00Z",
            "valid_until": "2027-01-01T00:00:00Z",
        }
    )

    summary = await import_facts(actor=OperatorActor(), lines=[line, ""], clock=clock)
    again = await import_facts(actor=OperatorActor(), lines=[line], clock=clock)

    assert (summary.created, again.unchanged) == ({"support_plan": 1}, {"support_plan": 1})
    plan = await SupportPlan.get(ref="sp-1")
    assert (plan.name, plan.valid_until) == ("Business", datetime(2027, 1, 1, tzinfo=UTC))
    found = await dissociation_preflight(actor=partner, customer_id=customer_id, now=clock.now())
    assert [p.code for p in found.problems] == [B.VALID_SUPPORT_PLAN]


async def test_a_support_plan_must_end_after_it_starts(build: Builders, clock: FakeClock) -> None:
    customer = await build.customer()
    line = json.dumps(
        {
            "type": "support_plan",
            "ref": "sp-2",
            "customer": customer.account_name,
            "valid_from": "2026-01-01T00:00:00Z",
            "valid_until": "2026-01-01T00:00:00Z",
        }
    )

    codes = await refused(import_facts(actor=OperatorActor(), lines=[line], clock=clock))

    assert codes == [FactsCode.INVALID_FACT]
    assert await SupportPlan.all().count() == 0
