"""Events are written with the audit events of the change they tell about."""

from models import AuditEvent, Event
from models.enums import BudgetKind, CooperationModel, EventType
from rules.actors import OperatorActor, PartnerActor
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.events import EVENTS_OF_ACTION
from rules.partners import create_partner
from tests.builders import Builders


async def event_types(customer_id: int) -> list[str]:
    return [event.type for event in await Event.filter(customer_id=customer_id).order_by("id")]


def test_every_event_type_comes_from_an_audit_action() -> None:
    told = {event_type for types in EVENTS_OF_ACTION.values() for event_type in types}
    assert set(EventType) - told == {EventType.BUDGET_EXHAUSTED}  # from the 100 % alert


async def test_a_reseller_association_tells_of_its_invitation_freeze_and_budget(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    customer, _ = await build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="10",
        clock=clock,
    )

    assert await event_types(customer.id) == [
        "association.created",
        "invitation.used",
        "freeze.added",
        "budget.set",
        "freeze.lifted",
    ]
    lifted = await Event.filter(customer_id=customer.id, type="freeze.lifted").get()
    assert lifted.partner_id == partner.id
    assert lifted.data["reason"] == "PENDING_BUDGET"
    assert lifted.data["subject"]["type"] == "Freeze"
    audit_event = await AuditEvent.get(id=lifted.audit_event_id)
    assert audit_event.action == "account.unfrozen"
    assert lifted.occurred_at == audit_event.occurred_at


async def test_changes_nobody_is_told_about_write_no_event() -> None:
    partner = await create_partner(
        actor=OperatorActor(), name="Quiet", cooperation_model=CooperationModel.REFERRAL
    )

    assert await AuditEvent.filter(partner_id=partner.id).exists()
    assert not await Event.filter(partner_id=partner.id).exists()
