"""The `events` connection: what a partner and a customer read, filtered, a page at a time."""

from typing import Any

from models import Customer, Partner
from models.enums import CooperationModel, InvitationKind
from rules.actors import CustomerActor, PartnerActor
from rules.associations import associate
from rules.clock import FakeClock
from rules.dissociations import answer_dissociation, request_dissociation
from tests.api.conftest import Actors, Api, gid
from tests.builders import complete_steps

EVENTS = """
query($first: Int, $after: String, $types: [EventType!], $customerId: ID) {
  events(first: $first, after: $after, types: $types, customerId: $customerId) {
    edges { cursor node { id type occurredAt customerId partnerId data } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def read(api: Api, token: str, **variables: Any) -> dict[str, Any]:
    data = await api.data(EVENTS, variables, token=token)
    connection: dict[str, Any] = data["events"]
    return connection


def types_of(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["type"] for edge in connection["edges"]]


async def test_a_partner_reads_its_customers_events_oldest_first_with_global_ids(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, association = await actors.build.associated(partner)

    connection = await read(api, key)

    assert types_of(connection) == [
        "ASSOCIATION_CREATED",
        "INVITATION_USED",
        "FREEZE_ADDED",
    ]
    created = connection["edges"][0]["node"]
    assert created["customerId"] == gid("Customer", customer.id)
    assert created["partnerId"] == gid("Partner", partner.id)
    assert created["data"]["subject"] == {
        "type": "Association",
        "id": gid("Association", association.id),
    }
    assert created["data"]["invitationId"] == gid("Invitation", association.invitation_id)
    assert created["data"]["customerId"] == gid("Customer", customer.id)
    assert created["data"]["model"] == "RESELLER"
    assert connection["pageInfo"] == {
        "hasNextPage": False,
        "endCursor": connection["edges"][-1]["cursor"],
    }


async def test_events_are_filtered_by_type_and_customer(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    first, _ = await actors.build.associated(partner)
    second, _ = await actors.build.associated(partner)

    frozen = await read(api, key, types=["FREEZE_ADDED"])
    of_second = await read(api, key, customerId=gid("Customer", second.id))

    assert [e["node"]["customerId"] for e in frozen["edges"]] == [
        gid("Customer", first.id),
        gid("Customer", second.id),
    ]
    assert types_of(frozen) == ["FREEZE_ADDED", "FREEZE_ADDED"]
    assert {e["node"]["customerId"] for e in of_second["edges"]} == {gid("Customer", second.id)}
    assert len(of_second["edges"]) == 3


async def test_pages_follow_each_other_without_repeat_or_gap(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    for _ in range(3):
        await actors.build.associated(partner)
    everything = await read(api, key, first=100)

    seen: list[str] = []
    after = None
    while True:
        page = await read(api, key, first=2, after=after)
        seen += [edge["node"]["id"] for edge in page["edges"]]
        after = page["pageInfo"]["endCursor"]
        if not page["pageInfo"]["hasNextPage"]:
            break

    assert seen == [edge["node"]["id"] for edge in everything["edges"]]
    assert len(seen) == 9
    assert (await read(api, key, after=after))["edges"] == []


async def test_a_customer_reads_its_own_events_but_not_the_partners_invitations(
    api: Api, actors: Actors
) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    stranger, _ = await actors.build.associated(partner)

    connection = await read(api, await actors.login(customer))
    asking_for_another = await read(
        api, await actors.login(customer), customerId=gid("Customer", stranger.id)
    )

    assert types_of(connection) == ["ASSOCIATION_CREATED", "FREEZE_ADDED"]
    assert asking_for_another["edges"] == []


async def dissociate(customer: Customer, partner: Partner, clock: FakeClock) -> None:
    request = await request_dissociation(
        actor=CustomerActor(customer.id), customer_id=customer.id, reason="Moving", clock=clock
    )
    await answer_dissociation(
        actor=PartnerActor(partner.id), request_id=request.request.id, approve=True, clock=clock
    )


async def test_after_moving_to_another_partner_each_partner_reads_only_its_own_time(
    api: Api, actors: Actors, clock: FakeClock
) -> None:
    old_partner, old_key = await actors.partner(CooperationModel.REFERRAL)
    new_partner, new_key = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(old_partner)
    await dissociate(customer, old_partner, clock)
    invited = await actors.build.invitation(
        new_partner, kind=InvitationKind.ONLINE, invitee=customer
    )
    await associate(
        actor=CustomerActor(customer.id), request=complete_steps(invited.token), clock=clock
    )

    old = types_of(await read(api, old_key))
    new = types_of(await read(api, new_key))
    own = types_of(await read(api, await actors.login(customer)))

    assert old == [
        "ASSOCIATION_CREATED",
        "INVITATION_USED",
        "DISSOCIATION_REQUESTED",
        "DISSOCIATION_ANSWERED",
        "ASSOCIATION_DISSOLVED",
    ]
    assert new == ["ASSOCIATION_CREATED", "INVITATION_USED"]
    assert own == [
        "ASSOCIATION_CREATED",
        "DISSOCIATION_REQUESTED",
        "DISSOCIATION_ANSWERED",
        "ASSOCIATION_DISSOLVED",
        "ASSOCIATION_CREATED",
    ]


async def test_a_cursor_of_nothing_the_reader_sees_is_refused(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    _, other_key = await actors.partner(CooperationModel.RESELLER)
    await actors.build.associated(partner)
    cursor = (await read(api, key))["pageInfo"]["endCursor"]

    foreign = await api(EVENTS, {"after": cursor}, token=other_key)
    garbled = await api(EVENTS, {"after": "not-a-cursor"}, token=key)
    too_many = await api(EVENTS, {"first": 101}, token=key)

    assert [e["extensions"]["code"] for e in foreign["errors"]] == ["INVALID_CURSOR"]
    assert [e["extensions"]["code"] for e in garbled["errors"]] == ["INVALID_CURSOR"]
    assert [e["extensions"]["code"] for e in too_many["errors"]] == ["OUT_OF_RANGE"]
