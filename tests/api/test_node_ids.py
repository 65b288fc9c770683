"""Global ids whose node id is not a row id the database can hold: digits outside ASCII, numbers
past the key's range. Each answers as a missing row does, on every database (the fuzzer found
`node` failing on them)."""

import pytest
from strawberry.relay import GlobalID
from tortoise import fields
from tortoise.models import Model

import models
from models.enums import CooperationModel
from schema.ids import BIGINT_KEYED
from tests.api.conftest import Actors, Api, gid

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
FREEZE = """mutation($input: FreezeInput!) {
  freeze(input: $input) { freeze { reason } errors { code field } }
}"""
AUDIT = "query($c: ID!, $after: ID) { auditEvents(customerId: $c, after: $after) { action } }"

ODD_NODE_IDS = [
    "²",  # str.isdigit() says yes, int() says no
    "٣",  # an Arabic-Indic digit
    str(2**31),  # past PostgreSQL's integer
    str(2**63),  # past any 64-bit integer
    "9" * 40,
]


@pytest.mark.parametrize("node_id", ODD_NODE_IDS)
@pytest.mark.parametrize("type_name", ["Partner", "Customer", "AuditEvent"])
async def test_node_answers_null_for_an_id_no_row_can_have(
    api: Api, actors: Actors, type_name: str, node_id: str
) -> None:
    _, key = await actors.partner(CooperationModel.RESELLER)

    response = await api(NODE, {"id": str(GlobalID(type_name, node_id))}, token=key)

    assert response == {"data": {"node": None}}


@pytest.mark.parametrize("node_id", ODD_NODE_IDS)
async def test_a_mutation_refuses_such_an_id_as_an_unknown_customer(
    api: Api, actors: Actors, node_id: str
) -> None:
    _, key = await actors.partner(CooperationModel.RESELLER)
    unknown = await api.data(
        FREEZE, {"input": {"customerId": gid("Customer", 10**6), "type": "ACCOUNT"}}, token=key
    )

    odd = await api.data(
        FREEZE,
        {"input": {"customerId": str(GlobalID("Customer", node_id)), "type": "ACCOUNT"}},
        token=key,
    )

    assert odd == unknown
    assert odd["freeze"]["errors"]


@pytest.mark.parametrize("node_id", ODD_NODE_IDS)
async def test_an_audit_page_after_such_an_id_answers(
    api: Api, actors: Actors, node_id: str
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)

    page = {"c": gid("Customer", customer.id), "after": str(GlobalID("AuditEvent", node_id))}
    response = await api(AUDIT, page, token=key)

    assert "errors" not in response


# The deliverer's rows, never shown, and webhook attempts, shown inside their delivery only.
NEVER_NODES = frozenset({"OutboxMail", "MailAttempt", "WebhookAttempt"})


def test_the_wide_keys_are_those_of_the_models() -> None:
    classes = [getattr(models, name) for name in models.__all__]
    wide = {
        model.__name__
        for model in classes
        if isinstance(model, type)
        and issubclass(model, Model)
        and isinstance(model._meta.pk, fields.BigIntField)
    }
    assert wide - NEVER_NODES == BIGINT_KEYED
