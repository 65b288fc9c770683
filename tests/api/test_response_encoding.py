"""Answers are encoded by orjson, and what orjson refuses still answers, as json escapes it."""

import json

from app.graphql import PartnerlinkGraphQL
from rules.clock import FakeClock
from tests.api.conftest import SETTINGS, Api
from tests.rules.mailbox import Outbox


async def test_an_answer_is_compact_utf8_json(api: Api) -> None:
    # given a query whose error message repeats a non-ASCII value
    body = json.dumps({"query": '{ customers(first: "zoë") { totalCount } }'})

    # when
    response = await api.client.post(
        "/graphql", content=body, headers={"Content-Type": "application/json"}
    )

    # then
    assert response.status_code == 200
    assert "zoë".encode() in response.content
    assert b'{"data":null,"errors":[' in response.content


def test_what_orjson_refuses_is_encoded_by_json(clock: FakeClock, outbox: Outbox) -> None:
    # given a lone surrogate, which Python decodes from JSON but UTF-8 cannot hold
    graphql = PartnerlinkGraphQL(SETTINGS, clock, outbox)
    answer = {"data": None, "errors": [{"message": "got \ud800"}]}

    # when
    encoded = graphql.encode_json(answer)

    # then
    assert encoded == '{"data":null,"errors":[{"message":"got \\ud800"}]}'
    assert json.loads(encoded) == answer
