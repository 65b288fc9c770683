"""Who sees which association, letters and coupons of a customer it already sees."""

from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.clock import FakeClock
from rules.visibility import (
    associations_seen_by,
    coupons_seen_by,
    letters_seen_by,
    open_letters_seen_by,
)
from tests.builders import Builders
from tests.rules.test_coupons import coupon_for


async def test_a_partner_sees_its_own_association_with_a_customer_and_not_another_partners(
    build: Builders,
) -> None:
    ours, theirs = await build.partner(), await build.partner()
    customer, association = await build.associated(ours)

    assert await associations_seen_by(PartnerActor(ours.id), [customer.id]) == [association]
    assert await associations_seen_by(PartnerActor(theirs.id), [customer.id]) == [None]
    assert await associations_seen_by(CustomerActor(customer.id), [customer.id]) == [association]


async def test_a_partner_still_sees_its_dissolved_association_the_customer_does_not(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner()
    customer, association = await build.associated(partner)
    association.dissolved_at, association.active_customer_id = clock.now(), None  # as dissolved
    await association.save()

    seen = await associations_seen_by(PartnerActor(partner.id), [customer.id])

    assert [a.id if a else None for a in seen] == [association.id]
    assert await associations_seen_by(CustomerActor(customer.id), [customer.id]) == [None]


async def test_coupons_are_seen_by_their_customer_alone(build: Builders, clock: FakeClock) -> None:
    partner = await build.partner()
    customer, _ = await build.associated(partner)
    other = await build.customer()
    coupon = await coupon_for(customer, clock)

    assert await coupons_seen_by(CustomerActor(customer.id), [customer.id]) == [[coupon]]
    assert await coupons_seen_by(PartnerActor(partner.id), [customer.id]) == [[]]
    assert await coupons_seen_by(CustomerActor(other.id), [customer.id]) == [[]]
    assert await coupons_seen_by(OperatorActor(), [customer.id]) == [[]]
    assert await coupons_seen_by(None, [customer.id]) == [[]]


async def test_a_letter_is_seen_by_its_partner_and_its_customer_only(build: Builders) -> None:
    ours, theirs = await build.partner(), await build.partner()
    customer, _ = await build.associated(ours, letter=True)
    ids = [customer.id]

    [[letter]] = await letters_seen_by(CustomerActor(customer.id), ids)
    assert await letters_seen_by(PartnerActor(ours.id), ids) == [[letter]]
    assert await letters_seen_by(PartnerActor(theirs.id), ids) == [[]]
    assert await letters_seen_by(None, ids) == [[]]
    assert await open_letters_seen_by(PartnerActor(ours.id), ids) == [letter]
    assert await open_letters_seen_by(PartnerActor(theirs.id), ids) == [None]
    assert await open_letters_seen_by(CustomerActor(customer.id), ids) == [None]


async def test_answers_come_in_the_order_of_the_customers_asked_for(build: Builders) -> None:
    partner = await build.partner()
    first, first_association = await build.associated(partner)
    second, second_association = await build.associated(partner)
    stranger = await build.customer()
    asked = [second.id, stranger.id, first.id]

    seen = await associations_seen_by(PartnerActor(partner.id), asked)

    assert seen == [second_association, None, first_association]
