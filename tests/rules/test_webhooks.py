"""Webhooks delivered to a real receiver on loopback, which verifies every signature with the
`standardwebhooks` package: signing, retries under a fake clock, order per customer, giving up
and disabling, redelivery, test messages and secret rotation."""

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from app.deliverer import Deliverer
from app.webhook_http import HttpSender
from models import Event, WebhookAttempt, WebhookDelivery, WebhookEndpoint
from models.enums import BudgetKind, CooperationModel
from rules.actors import PartnerActor
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.errors import EventCode, RuleError
from rules.outbox import Outcome
from rules.webhook_delivery import WEBHOOK_RETRIES, WebhookChannel
from rules.webhooks import (
    create_endpoint,
    delete_endpoint,
    redeliver_event,
    rotate_secret,
    send_test_event,
    update_endpoint,
)
from tests.builders import Builders
from tests.webhook_receiver import Receiver, receiving


@pytest.fixture
async def sender() -> AsyncIterator[HttpSender]:
    sender = HttpSender(connect_timeout=2, total_timeout=5)
    yield sender
    await sender.aclose()


@pytest.fixture
def deliverer(sender: HttpSender, clock: FakeClock) -> Deliverer:
    return Deliverer([WebhookChannel(sender, allow_private=True)], clock)


async def endpoint_for(
    build: Builders, partner_id: int, receiver: Receiver, *types: str
) -> WebhookEndpoint:
    made = await create_endpoint(
        actor=PartnerActor(partner_id),
        url=receiver.url,
        event_types=list(types),
        allow_private=True,
        clock=build.clock,
    )
    receiver.secrets.append(made.secret)
    return made.endpoint


async def test_events_arrive_signed_in_order_with_their_event_ids(
    build: Builders, deliverer: Deliverer
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    async with receiving() as receiver:
        await endpoint_for(build, partner.id, receiver)
        customer, _ = await build.associated(partner)

        await deliverer.drain()

    events = await Event.filter(customer_id=customer.id).order_by("id")
    assert receiver.refused == []
    assert receiver.types() == [e.type for e in events]
    assert [r.webhook_id for r in receiver.received] == [f"evt_{e.id}" for e in events]
    first = receiver.received[0].payload
    assert first["type"] == "association.created"
    assert first["data"]["customerId"] == customer.id
    assert await WebhookDelivery.filter(state="SUCCEEDED").count() == len(events)


async def test_an_endpoint_receives_only_the_types_it_subscribes_to(
    build: Builders, deliverer: Deliverer
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    async with receiving() as receiver:
        await endpoint_for(build, partner.id, receiver, "freeze.lifted")
        await build.associated(partner)

        await deliverer.drain()

    assert receiver.types() == []  # no budget set yet: the association's freeze holds
    assert await WebhookDelivery.all().count() == 0


async def test_a_receiver_down_then_up_gets_the_event_at_the_retry(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    async with receiving() as receiver:
        await endpoint_for(build, partner.id, receiver, "association.created")
        await receiver.stop()
        await build.associated(partner)

        assert await deliverer.drain() == 1  # refused: the next attempt waits 5 s
        clock.advance(timedelta(seconds=4))
        assert await deliverer.drain() == 0
        await receiver.start()
        clock.advance(timedelta(seconds=1))
        assert await deliverer.drain() == 1

    assert receiver.types() == ["association.created"]
    attempts = await WebhookAttempt.all().order_by("id")
    assert [(a.number, a.status_code) for a in attempts] == [(1, None), (2, 200)]
    assert attempts[0].error is not None and "Connect" in attempts[0].error
    delivery = await WebhookDelivery.get()
    assert (delivery.state, delivery.attempts) == ("SUCCEEDED", 2)


@pytest.mark.committed  # two streams settle at once: real transactions, not savepoints
async def test_a_customers_next_event_waits_for_the_one_before(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    async with receiving(status=503) as receiver:
        await endpoint_for(build, partner.id, receiver)
        first, _ = await build.associated(partner)
        await deliverer.drain()
        # Only each stream's first event was tried: the others wait behind it.
        assert [r.type for r in receiver.received] == ["association.created"]
        second, _ = await build.associated(partner)
        await deliverer.drain()
        assert len(receiver.received) == 2

        receiver.status = 200
        clock.advance(timedelta(seconds=5))
        await deliverer.drain()

    def of(customer_id: int) -> list[str]:
        return [
            r.type
            for r in receiver.received
            if r.payload and r.payload["data"]["customerId"] == customer_id
        ]

    for customer in (first, second):
        expected = [e.type for e in await Event.filter(customer_id=customer.id).order_by("id")]
        assert of(customer.id) == [expected[0], *expected]  # the failed one, then all in order


@pytest.mark.committed  # attempts settle concurrently: real transactions, not savepoints
async def test_a_slow_receiver_holds_up_no_other_endpoint(
    build: Builders, sender: HttpSender, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    running = Deliverer([WebhookChannel(sender, allow_private=True)], clock, poll_seconds=0.05)
    async with receiving() as slow, receiving() as quick:
        slow.delay = 2.0
        await endpoint_for(build, partner.id, slow)
        await endpoint_for(build, partner.id, quick)
        customer, _ = await build.associated(partner)
        expected = [e.type for e in await Event.filter(customer_id=customer.id).order_by("id")]
        assert len(expected) > 1

        async with running.running():
            for _ in range(190):
                if len(quick.received) == len(expected):
                    break
                await asyncio.sleep(0.01)
            # Every event reached the quick receiver while the slow one still holds the first.
            assert quick.types() == expected
            assert slow.received == []
            for _ in range(1000):
                if len(slow.received) == len(expected):
                    break
                await asyncio.sleep(0.01)

    assert slow.types() == expected


async def test_the_last_failed_retry_disables_the_endpoint_and_says_why(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    async with receiving(status=500) as receiver:
        endpoint = await endpoint_for(build, partner.id, receiver, "association.created")
        await build.associated(partner)
        await deliverer.drain()
        for delay in WEBHOOK_RETRIES.delays:
            clock.advance(delay)
            assert await deliverer.drain() == 1

        clock.advance(timedelta(days=2))
        assert await deliverer.drain() == 0

    assert len(receiver.received) == WEBHOOK_RETRIES.max_attempts == 8
    assert sum(WEBHOOK_RETRIES.delays, timedelta()) > timedelta(hours=24)
    await endpoint.refresh_from_db()
    assert not endpoint.enabled
    assert endpoint.disabled_reason is not None and "HTTP 500" in endpoint.disabled_reason
    delivery = await WebhookDelivery.get()
    assert (delivery.state, delivery.attempts) == ("FAILED", 8)
    told = await Event.get(type="webhook_endpoint.disabled")
    assert told.partner_id == partner.id and told.data["reason"] == endpoint.disabled_reason


async def test_a_disabled_endpoint_resumes_when_enabled(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    async with receiving() as receiver:
        endpoint = await endpoint_for(build, partner.id, receiver, "association.created")
        await receiver.stop()
        await build.associated(partner)
        await deliverer.drain()
        actor = PartnerActor(partner.id)
        await update_endpoint(
            actor=actor, endpoint_id=endpoint.id, enabled=False, allow_private=True, clock=clock
        )
        await receiver.start()
        clock.advance(timedelta(minutes=1))
        assert await deliverer.drain() == 0

        await update_endpoint(
            actor=actor, endpoint_id=endpoint.id, enabled=True, allow_private=True, clock=clock
        )
        assert await deliverer.drain() == 1

    assert receiver.types() == ["association.created"]


async def test_redelivery_sends_the_event_again_with_its_webhook_id(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    async with receiving() as receiver:
        endpoint = await endpoint_for(build, partner.id, receiver, "association.created")
        await build.associated(partner)
        await deliverer.drain()
        event = await Event.get(type="association.created")

        await redeliver_event(
            actor=PartnerActor(partner.id), endpoint_id=endpoint.id, event_id=event.id, clock=clock
        )
        await deliverer.drain()

    assert [r.webhook_id for r in receiver.received] == [f"evt_{event.id}"] * 2
    assert receiver.received[0].body == receiver.received[1].body


async def test_redelivery_refuses_another_partners_event(build: Builders) -> None:
    partner, other = await build.partner(), await build.partner()
    await build.associated(other)
    endpoint = (
        await create_endpoint(
            actor=PartnerActor(partner.id), url="http://127.0.0.1:9/", allow_private=True
        )
    ).endpoint
    event = await Event.first()
    assert event is not None

    with pytest.raises(RuleError) as refused:
        await redeliver_event(
            actor=PartnerActor(partner.id), endpoint_id=endpoint.id, event_id=event.id
        )

    assert refused.value.codes == [EventCode.EVENT_NOT_FOUND]


async def test_a_test_message_is_tried_once_and_keeps_the_answer(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner()
    async with receiving(status=418) as receiver:
        receiver.answer = "x" * 5000
        endpoint = await endpoint_for(build, partner.id, receiver)
        delivery = await send_test_event(
            actor=PartnerActor(partner.id), endpoint_id=endpoint.id, clock=clock
        )
        await deliverer.drain()
        clock.advance(timedelta(hours=1))
        await deliverer.drain()

    assert receiver.types() == ["webhook.test"]
    assert receiver.received[0].webhook_id == delivery.message_id
    await delivery.refresh_from_db()
    assert delivery.state == "FAILED"
    attempt = await WebhookAttempt.get(delivery_id=delivery.id)
    assert attempt.status_code == 418 and attempt.error == "DeliveryFailed: HTTP 418"
    assert attempt.response_excerpt == "x" * 1024
    await endpoint.refresh_from_db()
    assert endpoint.enabled  # a test message never disables


async def test_after_a_rotation_both_secrets_sign_until_the_overlap_ends(
    build: Builders, deliverer: Deliverer, clock: FakeClock
) -> None:
    partner = await build.partner()
    actor = PartnerActor(partner.id)
    async with receiving() as old_only, receiving() as new_only:
        made = await create_endpoint(actor=actor, url=old_only.url, allow_private=True, clock=clock)
        old_only.secrets.append(made.secret)
        rotated = await rotate_secret(
            actor=actor, endpoint_id=made.endpoint.id, overlap_hours=1, clock=clock
        )
        new_only.secrets.append(rotated.secret)
        await update_endpoint(
            actor=actor, endpoint_id=made.endpoint.id, url=new_only.url, allow_private=True
        )
        await send_test_event(actor=actor, endpoint_id=made.endpoint.id, clock=clock)
        await deliverer.drain()
        signature = new_only.received[0].headers["webhook-signature"]
        clock.advance(timedelta(hours=1))
        await send_test_event(actor=actor, endpoint_id=made.endpoint.id, clock=clock)
        await deliverer.drain()

    assert len(signature.split(" ")) == 2
    assert rotated.secret != made.secret and rotated.secret.startswith("whsec_")
    assert [r.payload is not None for r in new_only.received] == [True, True]
    assert len(new_only.received[1].headers["webhook-signature"].split(" ")) == 1
    # The old secret alone verifies what was signed during the overlap:
    old_only.secrets = [made.secret]
    from standardwebhooks.webhooks import Webhook

    first = new_only.received[0]
    assert Webhook(made.secret).verify(first.body, first.headers)["type"] == "webhook.test"


async def test_an_event_of_a_partner_without_endpoints_records_no_delivery(
    build: Builders,
) -> None:
    partner = await build.partner()
    customer, _ = await build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="10",
    )

    assert await Event.filter(customer_id=customer.id).count() > 0
    assert await WebhookDelivery.all().count() == 0


@pytest.mark.committed  # real row locks: on PostgreSQL, SKIP LOCKED decides
async def test_two_deliverers_never_make_the_same_attempt(
    build: Builders, clock: FakeClock, sender: HttpSender
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    async with receiving() as receiver:
        await endpoint_for(build, partner.id, receiver)
        for _ in range(12):
            await build.associated(partner)
        first, second = (
            Deliverer([WebhookChannel(sender, allow_private=True)], clock) for _ in range(2)
        )

        made = await asyncio.gather(first.drain(), second.drain())

    deliveries = await WebhookDelivery.all()
    ids = [r.webhook_id for r in receiver.received]
    assert sum(made) == len(deliveries) == len(ids) == len(set(ids)) == 24
    assert all(d.state == "SUCCEEDED" and d.attempts == 1 for d in deliveries)
    assert await WebhookAttempt.all().count() == 24


async def test_an_endpoint_deleted_during_an_attempt_takes_its_deliveries_along(
    build: Builders, clock: FakeClock, sender: HttpSender
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    channel = WebhookChannel(sender, allow_private=True)
    async with receiving() as receiver:
        endpoint = await endpoint_for(build, partner.id, receiver, "association.created")
        await build.associated(partner)
        items = await channel.claim(clock.now(), 10)
        await delete_endpoint(actor=PartnerActor(partner.id), endpoint_id=endpoint.id, clock=clock)
        for item in items:
            await channel.attempt(item)
        await asyncio.gather(
            *(channel.settle(item, Outcome(clock.now(), 3), clock.now()) for item in items)
        )

    assert receiver.types() == ["association.created"]
    assert not await WebhookDelivery.exists()
    assert not await WebhookAttempt.exists()
