"""Every type of the event catalogue, caused by the operation that causes it, with its data."""

from datetime import timedelta
from typing import Any

from models import Event
from models.enums import (
    AuthorizationScope,
    BudgetKind,
    CooperationModel,
    EventType,
    FreezeType,
    InvitationKind,
    OrderKind,
)
from rules.actors import CustomerActor, PartnerActor
from rules.authorizations import (
    approve_authorization,
    expire_authorizations,
    request_authorization,
    revoke_authorization,
)
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.dissociations import (
    answer_dissociation,
    cancel_dissociation,
    expire_dissociations,
    request_dissociation,
)
from rules.freezes import freeze, unfreeze
from rules.invitations import revoke_invitation
from rules.orders import OrderRequest, place_order
from tests.builders import Builders

Told = list[tuple[str, dict[str, Any]]]


async def told(partner_id: int) -> Told:
    events = await Event.filter(partner_id=partner_id).order_by("id")
    return [(event.type, event.data) for event in events]


def of_type(events: Told, event_type: EventType) -> list[dict[str, Any]]:
    return [data for kind, data in events if kind == event_type.value]


async def test_every_event_type_is_caused_by_its_operation(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    as_partner = PartnerActor(partner.id)
    customer, _ = await build.associated(partner)  # association, invitation used, freeze added
    as_customer = CustomerActor(customer.id)
    spare = await build.invitation(partner)
    await revoke_invitation(actor=as_partner, invitation_id=spare.invitation.id, clock=clock)
    await set_budget(  # budget set; the pending-budget freeze lifted
        actor=as_partner,
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="100",
        clock=clock,
    )
    await freeze(
        actor=as_partner, customer_id=customer.id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )
    await unfreeze(
        actor=as_partner, customer_id=customer.id, freeze_type=FreezeType.ACCOUNT, clock=clock
    )
    for amount in ("75", "15", "10"):  # alerts at 75, 90 and 100 %: the budget exhausted
        await place_order(
            actor=as_customer,
            request=OrderRequest(customer_id=customer.id, kind=OrderKind.PURCHASE, amount=amount),
            clock=clock,
        )
    letter = await request_authorization(
        actor=as_partner,
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=clock,
    )
    await approve_authorization(actor=as_customer, authorization_id=letter.id, clock=clock)
    await revoke_authorization(
        actor=as_customer, authorization_id=letter.id, reason="Done", clock=clock
    )
    short = await request_authorization(
        actor=as_partner,
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        valid_days=1,
        clock=clock,
    )
    await approve_authorization(actor=as_customer, authorization_id=short.id, clock=clock)
    asked = await request_dissociation(
        actor=as_customer, customer_id=customer.id, reason="Maybe", clock=clock
    )
    await cancel_dissociation(actor=as_customer, request_id=asked.request.id, clock=clock)
    later = FakeClock(clock.now() + timedelta(days=2))  # the short letter has lapsed by then
    leaving = await request_dissociation(
        actor=as_partner, customer_id=customer.id, reason="Parting", clock=later
    )
    await answer_dissociation(
        actor=as_customer, request_id=leaving.request.id, approve=True, clock=later
    )
    other, _ = await build.associated(partner)
    await request_dissociation(
        actor=CustomerActor(other.id), customer_id=other.id, reason="Unanswered", clock=clock
    )
    await expire_dissociations(now=clock.now() + timedelta(days=15))

    events = await told(partner.id)

    # The deliverer disables a failing webhook endpoint: tests/rules/test_webhooks.py tells it.
    by_operations = set(EventType) - {EventType.WEBHOOK_ENDPOINT_DISABLED}
    assert {kind for kind, _ in events} == {event_type.value for event_type in by_operations}
    alerts = of_type(events, EventType.BUDGET_ALERT)
    assert [alert["threshold_percent"] for alert in alerts] == [75, 90, 100]
    spent = {"amount": "100.00", "spent": "100.00", "remaining": "0.00", "percent_used": "100.00"}
    assert alerts[2] | spent == alerts[2]
    assert of_type(events, EventType.BUDGET_EXHAUSTED) == [alerts[2]]
    order = of_type(events, EventType.ORDER_PLACED)[0]
    assert (order["amount"], order["kind"]) == ("75.00", "PURCHASE")
    assert order["partner_id"] == partner.id  # placed by the customer, told to its partner
    (dissolved,) = of_type(events, EventType.ASSOCIATION_DISSOLVED)
    assert dissolved["dissolved_by"] == "PARTNER" and dissolved["note"] == "Parting"
    assert dissolved["customer_id"] == customer.id and dissolved["model"] == "RESELLER"
    assert [e["state"] for e in of_type(events, EventType.AUTHORIZATION_ANSWERED)] == [
        "APPROVED",
        "APPROVED",
    ]
    assert of_type(events, EventType.AUTHORIZATION_EXPIRED)[0]["subject"]["id"] == short.id
    assert of_type(events, EventType.INVITATION_REVOKED)[0]["state"] == "REVOKED"
    assert of_type(events, EventType.DISSOCIATION_EXPIRED)[0]["customer_id"] == other.id


async def test_an_online_invitation_revoked_is_not_told_to_its_invitee(build: Builders) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    invitee = await build.customer()
    online = await build.invitation(partner, kind=InvitationKind.ONLINE, invitee=invitee)
    await revoke_invitation(actor=PartnerActor(partner.id), invitation_id=online.invitation.id)

    from rules.events import scope

    assert not await Event.filter(scope(CustomerActor(invitee.id))).exists()
    assert await Event.filter(scope(PartnerActor(partner.id))).count() == 1


async def test_a_letter_past_its_validity_expires_once_and_tells_both_sides(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    customer, _ = await build.associated(partner)
    letter = await request_authorization(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        valid_days=1,
        clock=clock,
    )
    await approve_authorization(
        actor=CustomerActor(customer.id), authorization_id=letter.id, clock=clock
    )

    early = await expire_authorizations(now=clock.now() + timedelta(hours=23))
    expired = await expire_authorizations(now=clock.now() + timedelta(days=1))
    again = await expire_authorizations(now=clock.now() + timedelta(days=2))

    assert (early, expired, again) == (0, 1, 0)
    (told,) = await Event.filter(type="authorization.expired")
    assert (told.partner_id, told.customer_id) == (partner.id, customer.id)
    assert told.data["state"] == "EXPIRED" and told.data["subject"]["id"] == letter.id
    await letter.refresh_from_db()
    assert letter.state == "EXPIRED" and letter.open_key is None
