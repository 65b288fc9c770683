from typing import Any

from strawberry.relay import GlobalID

from models.enums import CooperationModel
from tests.api.conftest import Actors, Api, gid

VIEWER = """
{
  viewer {
    __typename
    ... on Partner { id name cooperationModel }
    ... on Customer {
      id accountName emailVerified enabled frozen
      association { state partner { name } }
      budget { amount { amount } }
    }
  }
}"""

NODE = """
query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Partner { name }
    ... on Invitation { kind state }
  }
}"""


async def test_viewer_as_a_partner(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.REFERRAL, name="Cumulus")

    data = await api.data(VIEWER, token=key)

    assert data["viewer"] == {
        "__typename": "Partner",
        "id": gid("Partner", partner.id),
        "name": "Cumulus",
        "cooperationModel": "REFERRAL",
    }


async def test_viewer_as_a_customer(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner(CooperationModel.RESELLER, name="Stratus")
    customer, _ = await actors.build.associated(partner)

    data = await api.data(VIEWER, token=await actors.login(customer))

    assert data["viewer"] == {
        "__typename": "Customer",
        "id": gid("Customer", customer.id),
        "accountName": customer.account_name,
        "emailVerified": False,
        "enabled": True,
        "frozen": True,
        "association": {"state": "ACTIVE", "partner": {"name": "Stratus"}},
        "budget": None,
    }


async def test_viewer_without_credentials_is_null(api: Api) -> None:
    assert await api(VIEWER) == {"data": {"viewer": None}}


async def node(api: Api, node_id: str, token: str) -> dict[str, Any]:
    data = await api.data(NODE, {"id": node_id}, token=token)
    found: dict[str, Any] = data["node"]
    return found


ASSOCIATE = """
mutation($token: String!) {
  associate(input: {token: $token, acceptResellerInstructions: true,
                    acceptAuthorizationLetter: true, billingCountry: "DE",
                    acceptCustomerAgreement: true}) {
    association { id customer { id } partner { id } }
    authorization { id }
  }
}"""

MANAGE = """
mutation($id: ID!) {
  setBudget(input: {customerId: $id, kind: PACKAGE, amount: "50"}) { budget { id } }
  freeze(input: {customerId: $id, type: ACCOUNT}) { freeze { id } }
}"""

LISTS = """
query($id: ID!) {
  customers(first: 1) { edges { node { id } association { id } } }
  auditEvents(customerId: $id, first: 1) { id }
}"""


async def test_ids_from_responses_read_back_through_node(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    created = await api.data(
        "mutation { createInvitation(input: {}) { invitation { id } } }", token=key
    )
    customer, token = await actors.build.newcomer(partner)
    session = await actors.login(customer)
    associated = (await api.data(ASSOCIATE, {"token": token}, token=session))["associate"]
    customer_id = associated["association"]["customer"]["id"]
    managed = await api.data(MANAGE, {"id": customer_id}, token=key)
    lists = await api.data(LISTS, {"id": customer_id}, token=key)
    ids = {
        "Invitation": created["createInvitation"]["invitation"]["id"],
        "Partner": associated["association"]["partner"]["id"],
        "Customer": lists["customers"]["edges"][0]["node"]["id"],
        "Association": lists["customers"]["edges"][0]["association"]["id"],
        "Authorization": associated["authorization"]["id"],
        "Budget": managed["setBudget"]["budget"]["id"],
        "Freeze": managed["freeze"]["freeze"]["id"],
        "AuditEvent": lists["auditEvents"][0]["id"],
    }
    assert customer_id == ids["Customer"] == gid("Customer", customer.id)
    assert associated["association"]["id"] == ids["Association"]

    for type_name, node_id in ids.items():
        found = await node(api, node_id, key)
        assert (found["__typename"], found["id"]) == (type_name, node_id)
        if type_name != "Invitation":  # a customer reads invitations by token only
            found = await node(api, node_id, session)
            assert (found["__typename"], found["id"]) == (type_name, node_id)


async def test_node_reads_the_fields_of_its_type(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER, name="Nimbus")

    assert await node(api, gid("Partner", partner.id), key) == {
        "__typename": "Partner",
        "id": gid("Partner", partner.id),
        "name": "Nimbus",
    }


async def test_an_id_of_an_unknown_type_or_row_is_null(api: Api, actors: Actors) -> None:
    partner, key = await actors.partner()

    for node_id in (
        gid("Order", partner.id),
        gid("Partner", 999_999),
        str(GlobalID("Partner", "x")),
    ):
        assert await api(NODE, {"id": node_id}, token=key) == {"data": {"node": None}}
