"""Idempotency-Key over HTTP: a replay gets the first response and changes nothing, another
request with the key is refused, and concurrent requests with one key run once."""

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app.idempotency import REPLAYED_HEADER
from models import IdempotencyRecord, Invitation
from rules.clock import FakeClock
from rules.idempotency import KEEP_FOR
from tests.api.conftest import Actors, Api

CREATE = """
mutation Create($input: CreateInvitationInput!) {
  createInvitation(input: $input) { invitation { id } token errors { code field } }
}"""
REGISTER = """
mutation Register($input: RegisterInput!) {
  register(input: $input) { sessionToken errors { code field } }
}"""
VIEWER = "{ viewer { __typename } }"


def new_key() -> str:
    return str(uuid.uuid4())


async def post(
    api: Api,
    query: str,
    variables: dict[str, Any],
    *,
    key: str | None,
    token: str | None = None,
) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key is not None else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return await api.client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )


def link(valid_days: int = 3) -> dict[str, Any]:
    return {"input": {"kind": "LINK", "validDays": valid_days}}


def the_error(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert body["data"] is None
    [error] = body["errors"]
    assert isinstance(error, dict)
    return error


async def test_a_replay_gets_the_first_response_and_creates_nothing_more(
    api: Api, actors: Actors
) -> None:
    _, secret = await actors.partner()
    key = new_key()

    first = await post(api, CREATE, link(), key=key, token=secret)
    again = await post(api, CREATE, link(), key=key, token=secret)

    assert first.status_code == again.status_code == 200
    assert first.json()["data"]["createInvitation"]["errors"] == []
    assert again.content == first.content
    assert REPLAYED_HEADER not in first.headers
    assert again.headers[REPLAYED_HEADER] == "true"
    assert await Invitation.all().count() == 1


async def test_the_same_key_with_another_request_is_refused(api: Api, actors: Actors) -> None:
    _, secret = await actors.partner()
    key = new_key()
    await post(api, CREATE, link(3), key=key, token=secret)

    refused = await post(api, CREATE, link(4), key=key, token=secret)

    assert refused.status_code == 422
    assert the_error(refused)["extensions"] == {"code": "IDEMPOTENCY_KEY_REUSED"}
    assert await Invitation.all().count() == 1


async def test_the_request_is_its_query_text_and_variables(api: Api, actors: Actors) -> None:
    _, secret = await actors.partner()
    key = new_key()
    await post(api, CREATE, link(), key=key, token=secret)

    other_text = await post(api, CREATE + " ", link(), key=key, token=secret)

    assert the_error(other_text)["extensions"] == {"code": "IDEMPOTENCY_KEY_REUSED"}


async def test_a_key_belongs_to_its_caller(api: Api, actors: Actors) -> None:
    _, first_secret = await actors.partner()
    _, second_secret = await actors.partner()
    key = new_key()

    first = await post(api, CREATE, link(), key=key, token=first_secret)
    second = await post(api, CREATE, link(), key=key, token=second_secret)

    assert REPLAYED_HEADER not in second.headers
    assert first.json() != second.json()
    assert await Invitation.all().count() == 2


async def test_a_payload_error_is_a_response_and_is_replayed(api: Api, actors: Actors) -> None:
    _, secret = await actors.partner()
    key = new_key()

    first = await post(api, CREATE, link(400), key=key, token=secret)
    again = await post(api, CREATE, link(400), key=key, token=secret)

    errors = first.json()["data"]["createInvitation"]["errors"]
    assert [e["code"] for e in errors] == ["OUT_OF_RANGE"]
    assert again.content == first.content
    assert again.headers[REPLAYED_HEADER] == "true"


async def test_a_top_level_error_is_not_stored_and_may_be_retried(api: Api, actors: Actors) -> None:
    _, secret = await actors.partner()
    key = new_key()

    refused = await post(api, CREATE, link(), key=key, token="pl_not-a-real-key")
    assert the_error(refused)["extensions"]["code"] == "UNAUTHENTICATED"
    assert not await IdempotencyRecord.exists()

    bad_query = CREATE.replace("token", "tokens")
    invalid = await post(api, bad_query, link(), key=key, token=secret)
    assert invalid.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert not await IdempotencyRecord.exists()

    accepted = await post(api, CREATE, link(), key=key, token=secret)
    assert accepted.json()["data"]["createInvitation"]["errors"] == []
    assert await Invitation.all().count() == 1


async def test_an_anonymous_key_is_scoped_to_the_client_address(api: Api) -> None:
    variables = {
        "input": {
            "accountName": "ada",
            "email": "ada@example.com",
            "password": "correct horse battery",
            "country": "GB",
            "emailCode": "000000",
        }
    }
    key = new_key()

    first = await post(api, REGISTER, variables, key=key)
    again = await post(api, REGISTER, variables, key=key)

    assert again.content == first.content
    assert again.headers[REPLAYED_HEADER] == "true"
    [record] = await IdempotencyRecord.all()
    assert record.scope == "address:127.0.0.1"


async def test_a_key_is_kept_24_hours_then_counts_as_new(
    api: Api, actors: Actors, clock: FakeClock
) -> None:
    _, secret = await actors.partner()
    key = new_key()
    await post(api, CREATE, link(), key=key, token=secret)
    clock.advance(KEEP_FOR - timedelta(seconds=1))
    replayed = await post(api, CREATE, link(), key=key, token=secret)
    assert replayed.headers[REPLAYED_HEADER] == "true"
    clock.advance(timedelta(seconds=1))

    anew = await post(api, CREATE, link(), key=key, token=secret)

    assert REPLAYED_HEADER not in anew.headers
    assert await Invitation.all().count() == 2
    assert await IdempotencyRecord.all().count() == 1  # the expired one was purged


async def test_the_key_and_the_response_secrets_are_not_stored_in_clear(
    api: Api, actors: Actors
) -> None:
    _, secret = await actors.partner()
    key = new_key()

    response = await post(api, CREATE, link(), key=key, token=secret)

    token = response.json()["data"]["createInvitation"]["token"]
    [record] = await IdempotencyRecord.all()
    assert record.response is not None
    assert token.encode() not in record.response
    assert key not in record.key_digest


async def test_the_header_is_ignored_on_queries_and_other_mutations(
    api: Api, actors: Actors
) -> None:
    customer = await actors.build.customer()
    session = await actors.login(customer)

    query = await post(api, VIEWER, {}, key=new_key(), token=session)
    logout = await post(api, "mutation { logout { loggedOut } }", {}, key="short", token=session)

    assert query.json() == {"data": {"viewer": {"__typename": "Customer"}}}
    assert logout.json() == {"data": {"logout": {"loggedOut": True}}}
    assert not await IdempotencyRecord.exists()


@pytest.mark.parametrize("key", ["too-short", "x" * 256, "has spaces in it, sixteen+"])
async def test_a_malformed_key_is_refused(api: Api, actors: Actors, key: str) -> None:
    _, secret = await actors.partner()

    refused = await post(api, CREATE, link(), key=key, token=secret)

    assert refused.status_code == 400
    assert the_error(refused)["extensions"] == {"code": "IDEMPOTENCY_KEY_INVALID"}
    assert not await Invitation.exists()


@pytest.mark.committed
async def test_ten_concurrent_requests_with_one_key_create_one_invitation(
    api: Api, actors: Actors
) -> None:
    _, secret = await actors.partner()
    key = new_key()

    responses = await asyncio.gather(
        *(post(api, CREATE, link(), key=key, token=secret) for _ in range(10))
    )

    assert [r.status_code for r in responses] == [200] * 10
    assert len({r.content for r in responses}) == 1
    assert sum(REPLAYED_HEADER in r.headers for r in responses) == 9
    assert await Invitation.all().count() == 1
    [record] = await IdempotencyRecord.all()
    assert record.completed_at is not None
