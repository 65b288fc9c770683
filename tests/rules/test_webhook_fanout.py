"""The webhook fan-out: a change writes only its events; the deliverer turns each into one delivery
per subscribed endpoint, once, whatever number of deliverers read the same events."""

import asyncio
from datetime import timedelta

import pytest
from tortoise.transactions import in_transaction

from app.database import Dialect
from app.webhook_http import HttpSender
from models import Event, EventCursor, WebhookDelivery
from models.enums import CooperationModel
from rules.actors import PartnerActor
from rules.clock import FakeClock
from rules.webhook_delivery import EVENTS_PER_CLAIMED, WebhookChannel
from rules.webhook_fanout import FAN_OUT_CURSOR, fan_out_new_events
from rules.webhooks import create_endpoint
from tests.builders import Builders

URL = "http://127.0.0.1:9/hook"


async def endpoint(partner_id: int, clock: FakeClock, *types: str) -> int:
    made = await create_endpoint(
        actor=PartnerActor(partner_id),
        url=URL,
        event_types=list(types),
        allow_private=True,
        clock=clock,
    )
    return made.endpoint.id


async def test_a_change_records_its_events_and_the_fan_out_their_deliveries(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    every, created_only = (
        await endpoint(partner.id, clock),
        await endpoint(partner.id, clock, "association.created"),
    )
    customer, _ = await build.associated(partner)
    events = await Event.filter(customer_id=customer.id).order_by("id")
    assert len(events) > 1
    assert not await WebhookDelivery.exists()  # nothing about webhooks in the change

    fanned = await fan_out_new_events(clock.now())

    assert fanned.events == len(events) and not fanned.more
    recorded = await WebhookDelivery.all().order_by("id")
    assert sorted((d.endpoint_id, d.event_id) for d in recorded) == sorted(
        [(every, e.id) for e in events]
        + [(created_only, e.id) for e in events if e.type == "association.created"]
    )
    assert [d.event_id for d in recorded if d.endpoint_id == every] == [e.id for e in events]
    cursor = await EventCursor.get(name=FAN_OUT_CURSOR)
    assert cursor.event_id == events[-1].id
    assert (await fan_out_new_events(clock.now())).events == 0


async def test_an_endpoint_made_after_an_event_does_not_receive_it(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.RESELLER)
    await build.associated(partner)
    clock.advance(timedelta(seconds=1))
    await endpoint(partner.id, clock)

    await fan_out_new_events(clock.now())

    assert not await WebhookDelivery.exists()


async def test_a_fan_out_reads_at_most_its_limit_and_says_more_waits(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    await endpoint(partner.id, clock, "association.created")
    for _ in range(3):
        await build.associated(partner)

    events = await Event.filter(partner_id=partner.id).count()

    first = await fan_out_new_events(clock.now(), limit=events - 1)
    second = await fan_out_new_events(clock.now(), limit=events - 1)

    assert (first.events, first.more) == (events - 1, True)
    assert (second.events, second.more) == (1, False)
    assert await WebhookDelivery.all().count() == 3


async def events_to_fan_out(build: Builders, clock: FakeClock) -> tuple[WebhookChannel, int]:
    """A webhook channel, and how many events of three associations wait for its fan-out to
    an endpoint that takes every type."""
    partner = await build.partner(CooperationModel.RESELLER)
    await endpoint(partner.id, clock)
    for _ in range(3):
        await build.associated(partner)
    channel = WebhookChannel(HttpSender(connect_timeout=1, total_timeout=1), allow_private=True)
    return channel, await Event.filter(partner_id=partner.id).count()


async def test_a_small_claim_fans_out_few_events_and_says_more_wait(
    build: Builders, clock: FakeClock
) -> None:
    """The deliverer keeps its claims small while requests go first: the fan-out with them."""
    channel, events = await events_to_fan_out(build, clock)
    assert events > EVENTS_PER_CLAIMED

    await channel.claim(clock.now(), 1)
    small = await WebhookDelivery.all().count()
    await channel.claim(clock.now(), 100)

    assert (small, channel.more_waiting) == (EVENTS_PER_CLAIMED, False)
    assert await WebhookDelivery.all().count() == events


async def test_a_claim_that_leaves_events_unread_says_more_wait(
    build: Builders, clock: FakeClock
) -> None:
    channel, _ = await events_to_fan_out(build, clock)

    await channel.claim(clock.now(), 1)

    assert channel.more_waiting


@pytest.mark.committed  # real transactions: the cursor's update decides between the deliverers
async def test_concurrent_fan_outs_record_each_delivery_once(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    endpoints = [await endpoint(partner.id, clock) for _ in range(2)]
    for _ in range(8):
        await build.associated(partner)
    events = await Event.filter(partner_id=partner.id).count()

    async def fan_out_until_done() -> None:
        for _ in range(100):
            fanned = await fan_out_new_events(clock.now(), limit=3)
            if not fanned.events and not fanned.more:
                return

    await asyncio.gather(*(fan_out_until_done() for _ in range(4)))

    pairs = [(d.endpoint_id, d.event_id) for d in await WebhookDelivery.all()]
    assert len(pairs) == len(set(pairs)) == events * len(endpoints)


@pytest.mark.committed
async def test_a_fan_out_passes_over_one_under_way(
    build: Builders, clock: FakeClock, dialect: Dialect
) -> None:
    if dialect != "postgres":
        pytest.skip("SQLite has one writer at a time: the cursor's conditional update decides")
    partner = await build.partner(CooperationModel.REFERRAL)
    await endpoint(partner.id, clock)
    await fan_out_new_events(clock.now())  # the cursor exists
    await build.associated(partner)
    locked, release = asyncio.Event(), asyncio.Event()

    async def under_way() -> None:
        async with in_transaction():
            await EventCursor.filter(name=FAN_OUT_CURSOR).select_for_update().first()
            locked.set()
            await release.wait()

    holder = asyncio.create_task(under_way())
    await locked.wait()
    try:
        passed = await asyncio.wait_for(fan_out_new_events(clock.now()), 5)  # no wait for the lock
    finally:
        release.set()
        await holder
    after = await fan_out_new_events(clock.now())

    assert passed.events == 0 and not passed.more
    assert after.events > 0
