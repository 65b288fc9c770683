"""An association names the invitation it was made through, to the partner that made it only."""

from models.enums import CooperationModel
from tests.api.conftest import Actors, Api
from tests.sql_statements import counting_statements

PAGE = """
query($first: Int!) {
  customers(first: $first) {
    edges { association { invitation { kind maxUses useCount state } } }
  }
}"""
OWN = """
query { viewer { ... on Customer { association { state invitation { kind } } } } }"""


async def test_the_partner_reads_the_invitation_of_each_association(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    await actors.build.associated(partner)

    data = await api.data(PAGE, {"first": 10}, token=key)

    [edge] = data["customers"]["edges"]
    assert edge["association"]["invitation"] == {
        "kind": "LINK",
        "maxUses": None,
        "useCount": 1,
        "state": "ACTIVE",
    }


async def test_the_customer_does_not_see_the_partners_invitation(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.REFERRAL)
    customer, _ = await actors.build.associated(partner)

    data = await api.data(OWN, token=await actors.login(customer))

    assert data["viewer"]["association"] == {"state": "ACTIVE", "invitation": None}


async def test_a_page_reads_the_invitations_in_one_statement(api: Api, actors: Actors) -> None:
    counted = {}
    for size in (1, 10):
        partner, key = await actors.partner(CooperationModel.REFERRAL)
        for _ in range(size):
            await actors.build.associated(partner)
        await api.data(PAGE, {"first": 1}, token=key)  # the key's first use records the time
        with counting_statements() as statements:
            data = await api.data(PAGE, {"first": size}, token=key)
        assert len(data["customers"]["edges"]) == size
        counted[size] = len(statements)
    assert counted[1] == counted[10], counted
