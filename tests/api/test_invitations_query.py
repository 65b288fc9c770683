"""A partner's invitations: newest first, filtered by state and kind, keyset pages, with their
use counts, budget presets and the associations each produced, in a constant number of
statements."""

from datetime import timedelta

import pytest

from models import Partner
from models.enums import BudgetKind, CooperationModel, InvitationKind
from rules.actors import CustomerActor, PartnerActor
from rules.associations import associate
from rules.budgets import BudgetTerms
from rules.invitations import create_invitation, revoke_invitation
from tests.api.conftest import Actors, Api, gid
from tests.builders import complete_steps
from tests.sql_statements import counting_statements

PAGE = """
query Page($first: Int!, $after: String, $filter: InvitationFilterInput) {
  invitations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor
      node {
        id kind state useCount maxUses createdAt expiresAt inviteeAccountName
        budgetPreset { kind amount { amount } exhaustionAction }
        associations { state associatedAt customer { accountName } }
      }
    }
  }
}"""


async def used_links(actors: Actors, partner: Partner, count: int) -> None:
    """`count` links a minute apart, each with a preset and one customer associated through it."""
    for _ in range(count):
        created = await create_invitation(
            actor=PartnerActor(partner.id),
            partner_id=partner.id,
            kind=InvitationKind.LINK,
            budget=BudgetTerms(kind=BudgetKind.MONTHLY, amount="10"),
            clock=actors.clock,
        )
        customer = await actors.build.customer(via=created.invitation)
        await associate(
            actor=CustomerActor(customer.id),
            request=complete_steps(created.token),
            clock=actors.clock,
        )
        actors.clock.advance(timedelta(minutes=1))


async def names(api: Api, key: str, filter: dict[str, object]) -> list[str]:
    data = await api.data(PAGE, {"first": 50, "filter": filter}, token=key)
    return [edge["node"]["id"] for edge in data["invitations"]["edges"]]


async def test_each_invitation_shows_its_uses_preset_and_associations(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    await used_links(actors, partner, 1)

    data = await api.data(PAGE, {"first": 10}, token=key)

    page = data["invitations"]
    assert page["totalCount"] == 1
    [edge] = page["edges"]
    node = edge["node"]
    assert (node["kind"], node["state"], node["useCount"], node["maxUses"]) == (
        "LINK",
        "ACTIVE",
        1,
        None,
    )
    assert node["budgetPreset"] == {
        "kind": "MONTHLY",
        "amount": {"amount": "10.00"},
        "exhaustionAction": "MANUAL",
    }
    [association] = node["associations"]
    assert association["state"] == "ACTIVE"
    assert association["customer"]["accountName"].startswith("customer")


@pytest.mark.parametrize("size", [1, 20, 100])
async def test_a_page_costs_the_same_statements_whatever_its_size(
    api: Api, actors: Actors, size: int
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    await used_links(actors, partner, size)
    await api.data(PAGE, {"first": 1}, token=key)  # the key's first use records the time

    with counting_statements() as statements:
        data = await api.data(PAGE, {"first": size}, token=key)

    assert len(data["invitations"]["edges"]) == size
    # key, page, count, associations, their customers
    assert len(statements) == 5, "\n".join(statements)


async def test_pages_are_newest_first_without_gaps_or_repeats(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    made = []
    for _ in range(7):
        made.append((await actors.build.invitation(partner)).invitation.id)
    actors.clock.advance(timedelta(minutes=1))  # some share a time, some do not
    made.append((await actors.build.invitation(partner)).invitation.id)

    seen: list[str] = []
    after = None
    while True:
        data = await api.data(PAGE, {"first": 3, "after": after}, token=key)
        page = data["invitations"]
        seen += [edge["node"]["id"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert seen == [gid("Invitation", i) for i in sorted(made, reverse=True)]


async def test_filters_by_state_and_kind(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL)
    invitee = await actors.build.customer()
    active = (await actors.build.invitation(partner)).invitation
    used_up = await actors.build.invitation(partner, max_uses=1)
    newcomer = await actors.build.customer(via=used_up.invitation)
    await associate(
        actor=CustomerActor(newcomer.id), request=complete_steps(used_up.token), clock=actors.clock
    )
    revoked = (await actors.build.invitation(partner)).invitation
    await revoke_invitation(
        actor=PartnerActor(partner.id), invitation_id=revoked.id, clock=actors.clock
    )
    online = await actors.build.invitation(
        partner, kind=InvitationKind.ONLINE, invitee=invitee, valid_days=1
    )
    actors.clock.advance(timedelta(days=2))  # the online one has expired
    ids = {
        name: gid("Invitation", invitation.id)
        for name, invitation in {
            "active": active,
            "used_up": used_up.invitation,
            "revoked": revoked,
            "online": online.invitation,
        }.items()
    }

    assert await names(api, key, {"state": "ACTIVE"}) == [ids["active"]]
    assert await names(api, key, {"state": "USED_UP"}) == [ids["used_up"]]
    assert await names(api, key, {"state": "REVOKED"}) == [ids["revoked"]]
    assert await names(api, key, {"state": "EXPIRED"}) == [ids["online"]]
    assert await names(api, key, {"kind": "ONLINE"}) == [ids["online"]]
    assert await names(api, key, {"kind": "LINK", "state": "EXPIRED"}) == []


async def test_a_partner_sees_only_its_own_invitations(api: Api, actors: Actors) -> None:
    _, key = await actors.partner()
    other, _ = await actors.partner()
    await actors.build.invitation(other)

    data = await api.data(PAGE, {"first": 10}, token=key)

    assert data["invitations"]["totalCount"] == 0
    assert data["invitations"]["edges"] == []


@pytest.mark.parametrize("first", [0, 101])
async def test_a_page_size_outside_the_cap_is_refused(api: Api, actors: Actors, first: int) -> None:
    _, key = await actors.partner()

    body = await api(PAGE, {"first": first}, token=key)

    assert body["data"] is None
    assert body["errors"][0]["extensions"] == {"code": "OUT_OF_RANGE", "field": "first"}


@pytest.mark.parametrize("after", ["not-a-cursor", "WyJub3QgYSB0aW1lIiwgMV0="])
async def test_a_forged_cursor_is_refused(api: Api, actors: Actors, after: str) -> None:
    _, key = await actors.partner()

    body = await api(PAGE, {"first": 5, "after": after}, token=key)

    assert body["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"
