"""Dissociation under concurrency, on committed data: the database decides who wins. Real races
happen on PostgreSQL (row locks, conditional updates); SQLite runs the same stories one at a
time."""

from collections.abc import Awaitable
from datetime import timedelta

import pytest

from models import Association, AuditEvent, DissociationRequest, Freeze, Order
from models.dissociations import DissociationState
from models.enums import CooperationModel, FreezeReason, FreezeType, OrderKind
from rules.actors import CustomerActor, PartnerActor
from rules.clock import FakeClock
from rules.dissociations import answer_dissociation, expire_dissociations, request_dissociation
from rules.freezes import freeze
from rules.orders import OrderRequest, place_order
from tests.builders import Builders
from tests.rules.test_races import CONTENDERS, outcomes

pytestmark = pytest.mark.committed
CUSTOMERS = 10


async def asked_by_customer(
    build: Builders, clock: FakeClock, model: CooperationModel = CooperationModel.RESELLER
) -> tuple[PartnerActor, DissociationRequest]:
    partner = await build.partner(model)
    customer, _ = await build.associated(partner)
    asked = await request_dissociation(
        actor=CustomerActor(customer.id), customer_id=customer.id, reason="Leaving", clock=clock
    )
    return PartnerActor(partner.id), asked.request


async def actions_of(request: DissociationRequest) -> list[str]:
    events = await AuditEvent.filter(customer_id=request.customer_id).order_by("id")
    return [event.action for event in events]


async def test_of_twenty_answers_to_one_request_one_wins(build: Builders, clock: FakeClock) -> None:
    partner, request = await asked_by_customer(build, clock)

    tally = await outcomes(
        [
            answer_dissociation(
                actor=partner,
                request_id=request.id,
                approve=n % 2 == 0,
                reason="no",
                clock=clock,
            )
            for n in range(CONTENDERS)
        ]
    )

    assert tally == {"ok": 1, "DISSOCIATION_REQUEST_NOT_PENDING": CONTENDERS - 1}
    answered = await DissociationRequest.get(id=request.id)
    actions = await actions_of(request)
    assert actions.count("dissociation.answered") == 1
    dissolved = answered.state is DissociationState.APPROVED
    assert actions.count("association.dissolved") == int(dissolved)
    association = await Association.get(id=request.association_id)
    assert (association.dissolved_at is not None) is dissolved


async def test_an_answer_racing_the_expiry_either_answers_or_expires(
    build: Builders, clock: FakeClock
) -> None:
    asked = [await asked_by_customer(build, clock) for _ in range(CUSTOMERS)]
    deadline = asked[0][1].expires_at
    just_before = FakeClock(deadline - timedelta(milliseconds=1))
    sweeps: list[Awaitable[object]] = [
        expire_dissociations(now=deadline + timedelta(seconds=1)) for _ in range(2)
    ]

    tally = await outcomes(
        [
            *sweeps,
            *(
                answer_dissociation(
                    actor=partner, request_id=request.id, approve=True, clock=just_before
                )
                for partner, request in asked
            ),
        ]
    )

    assert tally["ok"] - 2 + tally["DISSOCIATION_REQUEST_NOT_PENDING"] == CUSTOMERS
    for _, request in asked:
        final = await DissociationRequest.get(id=request.id)
        actions = await actions_of(request)
        closings = [a for a in actions if a in ("dissociation.answered", "dissociation.expired")]
        assert len(closings) == 1, actions
        approved = final.state is DissociationState.APPROVED
        assert final.state is (
            DissociationState.APPROVED if approved else DissociationState.EXPIRED
        )
        assert closings == ["dissociation.answered" if approved else "dissociation.expired"]
        assert actions.count("association.dissolved") == int(approved)


async def test_orders_racing_a_dissociation_come_before_it_or_are_refused(
    build: Builders, clock: FakeClock
) -> None:
    partner_row = await build.partner(CooperationModel.REFERRAL)
    partner = PartnerActor(partner_row.id)
    customers = [await build.associated(partner_row, letter=True) for _ in range(CUSTOMERS)]
    orders_each = 4

    tally = await outcomes(
        [
            attempt
            for customer, _ in customers
            for attempt in (
                *(
                    place_order(
                        actor=partner,
                        request=OrderRequest(customer.id, OrderKind.PURCHASE, "1.00"),
                        clock=clock,
                    )
                    for _ in range(orders_each)
                ),
                request_dissociation(
                    actor=partner, customer_id=customer.id, reason="Done", clock=clock
                ),
            )
        ]
    )

    placed = await Order.all().count()
    refused = CUSTOMERS * orders_each - placed
    assert tally == {"ok": placed + CUSTOMERS, "NOT_AUTHORIZED_TO_ORDER": refused}
    for customer, association in customers:
        # Audit events are numbered when written: an order written after the dissolution was
        # decided on a letter the dissolution had revoked.
        events = await AuditEvent.filter(customer_id=customer.id).order_by("id")
        actions = [event.action for event in events]
        after = actions[actions.index("association.dissolved") :]
        assert "order.placed" not in after, actions
        assert (await Association.get(id=association.id)).dissolved_at is not None


async def test_a_freeze_racing_an_approval_never_outlives_the_association(
    build: Builders, clock: FakeClock
) -> None:
    asked = [await asked_by_customer(build, clock) for _ in range(CUSTOMERS)]
    budgets = [
        # the reseller's budget lifts the pending-budget freeze, so only the partner's remains
        freeze_or_approve
        for partner, request in asked
        for freeze_or_approve in (
            freeze(
                actor=partner,
                customer_id=request.customer_id,
                freeze_type=FreezeType.ACCOUNT,
                clock=clock,
            ),
            answer_dissociation(actor=partner, request_id=request.id, approve=True, clock=clock),
        )
    ]

    tally = await outcomes(budgets)

    assert tally["ok"] == CUSTOMERS
    assert (
        tally["ok"] + tally["NOT_YOUR_CUSTOMER"] + tally["PARTNER_FREEZE_IN_FORCE"] == 2 * CUSTOMERS
    )
    for _, request in asked:
        association = await Association.get(id=request.association_id)
        held = await Freeze.exists(
            customer_id=request.customer_id, reason=FreezeReason.PARTNER, lifted_at__isnull=True
        )
        assert (association.dissolved_at is not None) is not held
