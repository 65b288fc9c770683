import json

from models import Bill
from tests.api.conftest import OPERATOR_KEY, Actors, Api

IMPORT = """
mutation Import($input: ImportAccountFactsInput!) {
  importAccountFacts(input: $input) {
    created { type count } unchanged { type count }
    errors { code message field line }
  }
}"""


def bill(account: str, ref: str = "B-1", amount: str = "4.00") -> str:
    return json.dumps({"type": "bill", "ref": ref, "customer": account, "amount": amount,
                       "issued_at": "2026-03-01T00:00:00Z"})  # fmt: skip


async def test_the_operator_imports_facts_once(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()
    variables = {"input": {"jsonl": bill(customer.account_name) + "\n"}}

    first = await api.data(IMPORT, variables, token=OPERATOR_KEY)
    second = await api.data(IMPORT, variables, token=OPERATOR_KEY)

    assert first["importAccountFacts"]["created"] == [{"type": "bill", "count": 1}]
    assert second["importAccountFacts"]["unchanged"] == [{"type": "bill", "count": 1}]
    assert await Bill.filter(customer_id=customer.id).count() == 1


async def test_bad_lines_come_back_with_their_numbers(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()
    jsonl = "\n".join([bill(customer.account_name), bill("ghost", "B-2"), "{"])

    data = await api.data(IMPORT, {"input": {"jsonl": jsonl}}, token=OPERATOR_KEY)

    errors = data["importAccountFacts"]["errors"]
    assert [(e["line"], e["code"], e["field"]) for e in errors] == [
        (2, "UNKNOWN_ACCOUNT", "customer"),
        (3, "INVALID_JSON", None),
    ]
    assert not await Bill.exists()


async def test_only_the_operator_key_may_import(api: Api, actors: Actors) -> None:
    _, partner_key = await actors.partner()
    variables = {"input": {"jsonl": ""}}

    as_partner = await api(IMPORT, variables, token=partner_key)
    with_a_wrong_key = await api(IMPORT, variables, token="plo_guess")
    anonymous = await api(IMPORT, variables)

    assert as_partner["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert with_a_wrong_key["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
