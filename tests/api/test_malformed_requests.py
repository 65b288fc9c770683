"""Requests that are not well-formed GraphQL over HTTP, sent as raw bodies: each is answered as
JSON with one top-level error carrying a code of its own and a 4xx status, never a 500 or a
text/plain answer; application/graphql-response+json when the client asks for it."""

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from app.graphql_http import GRAPHQL_RESPONSE
from tests.api.conftest import Actors, Api, gid

JSON_HEADERS = {"Content-Type": "application/json"}
SURROGATE = "a\ud800b"
NUL = "a\x00b"


def refusal(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The one error of a refused request, checked to be JSON with this status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == code
    assert error["message"]
    return dict(error)


async def post_raw(api: Api, body: bytes, **headers: str) -> httpx.Response:
    return await api.client.post("/graphql", content=body, headers=JSON_HEADERS | headers)


async def post_json(api: Api, payload: Any, **headers: str) -> httpx.Response:
    """As JSON with ASCII escapes, as most encoders send it (httpx's own cannot encode a lone
    surrogate)."""
    return await post_raw(api, json.dumps(payload).encode(), **headers)


@pytest.mark.parametrize("body", [b"null", b"5", b'"x"', b"true", b"false", b"1.5"])
async def test_a_json_body_that_is_not_an_object_is_refused(api: Api, body: bytes) -> None:
    refusal(await post_raw(api, body), 400, "INVALID_REQUEST")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b"{'query': '{ __typename }'}",
        b'{"query": "{ __typename }"} trailing',
        b'{"query": "\xff\xfe"}',  # not UTF-8
        b'{"query": "\xed\xa0\x80"}',  # a surrogate encoded as UTF-8 (CESU-8): not UTF-8
        '{"query": "{ __typename }"}'.encode("utf-16"),
    ],
)
async def test_a_body_that_is_not_json_in_utf8_is_refused(api: Api, body: bytes) -> None:
    refusal(await post_raw(api, body), 400, "INVALID_JSON")


@pytest.mark.parametrize(
    "member",
    [
        {"query": 5},
        {"query": ["{ __typename }"]},
        {"query": "{ __typename }", "variables": "{}"},
        {"query": "{ __typename }", "variables": [1]},
        {"query": "{ __typename }", "operationName": 5},
        {"query": "{ __typename }", "extensions": "x"},
    ],
)
async def test_a_member_of_the_wrong_type_is_refused(api: Api, member: dict[str, Any]) -> None:
    response = await api.client.post("/graphql", json=member)

    refusal(response, 400, "INVALID_REQUEST")


@pytest.mark.parametrize("body", [{}, {"query": None}, {"query": ""}, {"variables": {}}])
async def test_a_request_without_a_query_is_refused(api: Api, body: dict[str, Any]) -> None:
    refusal(await api.client.post("/graphql", json=body), 400, "MISSING_QUERY")


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""],
)
async def test_a_body_that_is_not_application_json_is_refused(api: Api, content_type: str) -> None:
    response = await api.client.post(
        "/graphql", content=b'{"query": "{ __typename }"}', headers={"Content-Type": content_type}
    )

    refusal(response, 415, "UNSUPPORTED_MEDIA_TYPE")


async def test_application_json_with_a_charset_is_accepted(api: Api) -> None:
    response = await api.client.post(
        "/graphql",
        content=b'{"query": "{ __typename }"}',
        headers={"Content-Type": "application/json; charset=utf-8"},
    )

    assert response.json() == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize("query", ["mutation { logout { errors { code } } }", "{ __typename }"])
async def test_get_runs_no_operation(api: Api, query: str) -> None:
    response = await api.client.get("/graphql", params={"query": query})

    refusal(response, 405, "METHOD_NOT_ALLOWED")
    assert response.headers["allow"] == "POST"


async def test_get_with_variables_that_are_not_an_object_is_refused(api: Api) -> None:
    response = await api.client.get(
        "/graphql", params={"query": "{ __typename }", "variables": '"\\ud800"'}
    )

    refusal(response, 400, "INVALID_REQUEST")


async def test_get_with_variables_that_are_not_json_is_refused(api: Api) -> None:
    response = await api.client.get(
        "/graphql", params={"query": "{ __typename }", "variables": "{"}
    )

    refusal(response, 400, "INVALID_JSON")


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_other_methods_are_refused(api: Api, method: str) -> None:
    response = await api.client.request(method, "/graphql", json={"query": "{ __typename }"})

    refusal(response, 405, "METHOD_NOT_ALLOWED")
    assert response.headers["allow"] == "GET, POST"


@pytest.mark.parametrize(
    ("document", "name"),
    [
        ("query A { __typename }", "B"),
        ("query A { __typename } query B { __typename }", None),
        ("{ __typename }", "A"),
    ],
)
async def test_an_operation_name_that_names_no_operation_is_refused(
    api: Api, document: str, name: str | None
) -> None:
    response = await api.client.post("/graphql", json={"query": document, "operationName": name})

    refusal(response, 400, "UNKNOWN_OPERATION")


async def test_graphql_response_json_is_answered_when_accepted(api: Api) -> None:
    accept = {"Accept": f"{GRAPHQL_RESPONSE}, application/json;q=0.9"}

    ok = await api.client.post("/graphql", json={"query": "{ __typename }"}, headers=accept)
    invalid = await api.client.post("/graphql", json={"query": "{ nope }"}, headers=accept)
    unparsed = await api.client.post("/graphql", json={"query": "{"}, headers=accept)
    malformed = await post_raw(api, b"null", **accept)

    assert ok.status_code == 200
    assert ok.headers["content-type"] == GRAPHQL_RESPONSE
    assert ok.json() == {"data": {"__typename": "Query"}}
    for response, code in [
        (invalid, "GRAPHQL_VALIDATION_FAILED"),
        (unparsed, "GRAPHQL_PARSE_FAILED"),
        (malformed, "INVALID_REQUEST"),
    ]:
        assert response.status_code == 400
        assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE)
        body = response.json()
        assert "data" not in body  # a request error: execution never began
        assert [e["extensions"]["code"] for e in body["errors"]] == [code]


async def test_a_field_error_is_a_200_in_graphql_response_json(api: Api) -> None:
    response = await api.client.post(
        "/graphql",
        json={"query": "{ customers { totalCount } }"},
        headers={"Accept": GRAPHQL_RESPONSE},
    )

    assert response.status_code == 200  # execution began: data is there, even null
    body = response.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize(
    "accept",
    ["application/json", "*/*", "", f"application/json, {GRAPHQL_RESPONSE};q=0.5", "text/html"],
)
async def test_application_json_is_answered_otherwise(api: Api, accept: str) -> None:
    response = await api.client.post(
        "/graphql", json={"query": "{ nope }"}, headers={"Accept": accept}
    )

    assert response.status_code == 200  # application/json: a well-formed request is a 200
    assert response.headers["content-type"] == "application/json"
    assert response.json()["data"] is None


# Text no input may carry, through variables, on each operation that once failed on it.
# Per operation: its document, its variables around the text, and the variable that holds it.
INPUTS: dict[str, tuple[str, Callable[[str], dict[str, Any]], str]] = {
    "invitation": (
        "query($t: String!) { invitation(token: $t) { kind } }",
        lambda text: {"t": text},
        "t",
    ),
    "login": (
        "mutation($i: LoginInput!) { login(input: $i) { errors { code } } }",
        lambda text: {"i": {"login": text, "password": "secret-secret"}},
        "i.login",
    ),
    "createInvitation": (
        "mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { errors { code } } }",
        lambda text: {"i": {"kind": "ONLINE", "inviteeAccountName": text}},
        "i.inviteeAccountName",
    ),
    "customers": (
        "query($s: String) { customers(filter: {search: $s}) { totalCount } }",
        lambda text: {"s": text},
        "s",
    ),
    "freeze": (
        "mutation($i: FreezeInput!) { freeze(input: $i) { errors { code } } }",
        lambda text: {"i": {"customerId": gid("Customer", 1), "type": "ACCOUNT", "note": text}},
        "i.note",
    ),
}


@pytest.mark.parametrize("text", [SURROGATE, NUL, "\udfff", "\x00"], ids=repr)
@pytest.mark.parametrize("operation", sorted(INPUTS))
async def test_invalid_text_in_a_variable_is_refused_before_anything_runs(
    api: Api, actors: Actors, operation: str, text: str
) -> None:
    _, key = await actors.partner()
    query, variables, field = INPUTS[operation]

    response = await post_json(
        api, {"query": query, "variables": variables(text)}, Authorization=f"Bearer {key}"
    )

    error = refusal(response, 400, "INVALID_TEXT")
    assert error["extensions"]["field"] == f"variables.{field}"


async def test_invalid_text_with_an_idempotency_key_is_refused_too(
    api: Api, actors: Actors
) -> None:
    _, key = await actors.partner()
    query, variables, _ = INPUTS["createInvitation"]

    response = await post_json(
        api,
        {"query": query, "variables": variables(SURROGATE)},
        **{"Authorization": f"Bearer {key}", "Idempotency-Key": "k" * 20},
    )

    refusal(response, 400, "INVALID_TEXT")


async def test_invalid_text_in_an_object_key_or_a_list_is_refused(api: Api) -> None:
    for variables in ({"t": ["ok", NUL]}, {"x": {SURROGATE: 1}}):
        response = await post_json(api, {"query": "{ __typename }", "variables": variables})
        refusal(response, 400, "INVALID_TEXT")


async def test_escaped_text_that_is_valid_is_accepted(api: Api) -> None:
    """A \\u escape of a valid character (or a backslash before a u) costs nothing more."""
    body = '{"query": "query($t: String!) { invitation(token: $t) { kind } }", '
    body += '"variables": {"t": "caf\\u00e9 \\\\u0000 \\ud83d\\ude00"}}'

    response = await post_raw(api, body.encode())

    assert response.json() == {"data": {"invitation": None}}


async def test_a_nul_in_a_string_literal_of_the_document_is_refused(api: Api) -> None:
    body = await api('{ invitation(token: "a\\u0000b") { kind } }')

    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"] == {"code": "INVALID_TEXT"}


async def test_a_lone_surrogate_in_a_string_literal_does_not_parse(api: Api) -> None:
    body = await api('{ invitation(token: "a\\ud800b") { kind } }')

    [error] = body["errors"]
    assert error["extensions"] == {"code": "GRAPHQL_PARSE_FAILED"}
