"""Malformed and oversized requests: each refused at the top level with a code of its own."""

from functools import _lru_cache_wrapper
from typing import Any, cast

from graphql import Source, TokenKind
from graphql.language import Lexer
from strawberry.extensions.validation_cache import _get_validate_cache

from schema.extensions import CACHE_SIZE, MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from tests.api.conftest import Actors, Api, gid


def nested(depth: int) -> str:
    """A query whose deepest field is `depth` levels below `viewer` (level 0), going back and
    forth between a customer and its association."""
    inner = "id"
    for level in reversed(range(depth - 1)):
        inner = f"{('association', 'customer')[level % 2]} {{ {inner} }}"
    return f"{{ viewer {{ ... on Customer {{ {inner} }} }} }}"


def aliased(count: int) -> str:
    return "{ " + " ".join(f"a{n}: viewer {{ __typename }}" for n in range(count)) + " }"


def validation_cache() -> "_lru_cache_wrapper[Any]":
    """Strawberry's validation cache for our size, shared by every request."""
    return cast("_lru_cache_wrapper[Any]", _get_validate_cache(CACHE_SIZE))


def the_only_error(body: dict[str, Any]) -> dict[str, Any]:
    assert body["data"] is None
    [error] = body["errors"]
    assert isinstance(error, dict)
    return error


async def test_a_query_at_the_depth_limit_is_answered(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()

    data = await api.data(nested(MAX_DEPTH), token=await actors.login(customer))

    assert data == {"viewer": {"association": None}}  # not associated


async def test_a_query_deeper_than_the_limit_is_refused(api: Api) -> None:
    body = await api(nested(MAX_DEPTH + 1))

    error = the_only_error(body)
    assert error["extensions"] == {"code": "QUERY_TOO_DEEP"}
    assert error["message"] == f"'anonymous' exceeds maximum operation depth of {MAX_DEPTH}"


async def test_the_alias_limit_is_counted_over_the_whole_document(api: Api) -> None:
    assert "errors" not in await api(aliased(MAX_ALIASES))

    body = await api(aliased(MAX_ALIASES + 1))

    error = the_only_error(body)
    assert error["extensions"] == {"code": "TOO_MANY_ALIASES"}
    assert error["message"] == f"{MAX_ALIASES + 1} aliases found. Allowed: {MAX_ALIASES}"


async def test_aliases_in_fragments_count_too(api: Api) -> None:
    fields = " ".join(f"a{n}: __typename" for n in range(MAX_ALIASES + 1))
    document = f"{{ ...Many }} fragment Many on Query {{ {fields} }}"

    body = await api(document)

    assert the_only_error(body)["extensions"] == {"code": "TOO_MANY_ALIASES"}


def token_count(document: str) -> int:
    lexer = Lexer(Source(document))
    count = 0
    while lexer.advance().kind is not TokenKind.EOF:
        count += 1
    return count


def asking_scopes(tokens: int) -> str:
    """A mutation of exactly `tokens` tokens, most of them scopes in a list."""

    def document(scopes: int) -> str:
        listed = " ".join(["PLACE_ORDERS"] * scopes)
        return (
            f'mutation {{ requestAuthorization(input: {{customerId: "{gid("Customer", 1)}", '
            f"scopes: [{listed}]}}) {{ errors {{ code }} }} }}"
        )

    return document(tokens - token_count(document(0)))


async def test_a_document_at_the_token_limit_is_answered(api: Api, actors: Actors) -> None:
    _, key = await actors.partner()
    document = asking_scopes(MAX_TOKENS)
    assert token_count(document) == MAX_TOKENS

    data = await api.data(document, token=key)

    assert [e["code"] for e in data["requestAuthorization"]["errors"]] == ["DUPLICATE_SCOPE"]


async def test_a_document_with_more_tokens_than_allowed_is_refused(
    api: Api, actors: Actors
) -> None:
    _, key = await actors.partner()

    body = await api(asking_scopes(MAX_TOKENS + 1), token=key)

    error = the_only_error(body)
    assert error["extensions"] == {"code": "TOO_MANY_TOKENS"}
    assert error["message"] == (
        f"Syntax Error: Document contains more than {MAX_TOKENS} tokens. Parsing aborted."
    )


async def test_a_syntax_error_is_a_parse_failure(api: Api) -> None:
    body = await api("{ viewer { __typename }")

    error = the_only_error(body)
    assert error["extensions"] == {"code": "GRAPHQL_PARSE_FAILED"}
    assert error["message"].startswith("Syntax Error")


async def test_an_unknown_field_is_a_validation_failure(api: Api) -> None:
    body = await api("{ viewer { __typename } partners { name } }")

    error = the_only_error(body)
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}
    assert error["message"] == "Cannot query field 'partners' on type 'Query'."


async def test_a_malformed_global_id_is_bad_user_input(api: Api) -> None:
    body = await api('{ node(id: "not-a-global-id") { id } }')

    assert body["data"] == {"node": None}
    assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_USER_INPUT"]


async def test_a_batch_of_operations_is_refused(api: Api) -> None:
    response = await api.client.post(
        "/graphql", json=[{"query": "{ __typename }"}, {"query": "{ __typename }"}]
    )

    assert response.status_code == 400
    error = the_only_error(response.json())
    assert error["extensions"] == {"code": "BATCHING_NOT_SUPPORTED"}
    assert error["message"] == "Send one operation per request: no batches."


async def test_a_body_that_is_not_json_is_a_bad_request(api: Api) -> None:
    response = await api.client.post(
        "/graphql",
        content=b'{"query": "{ __typename }"',
        headers={"content-type": "application/json"},
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "INVALID_JSON"}


async def test_queries_are_not_accepted_over_get(api: Api) -> None:
    response = await api.client.get("/graphql", params={"query": "{ __typename }"})

    assert response.status_code == 405
    assert response.json()["errors"][0]["extensions"] == {"code": "METHOD_NOT_ALLOWED"}


async def test_the_same_document_is_validated_once(api: Api) -> None:
    validate = validation_cache()
    document = "{ viewer { __typename } }  # validated once"
    await api(document)
    before = validate.cache_info()

    await api(document)
    await api(document)

    after = validate.cache_info()
    assert after.hits == before.hits + 2
    assert after.misses == before.misses


async def test_a_refused_document_is_refused_again_from_the_cache(api: Api) -> None:
    validate = validation_cache()
    first = await api(aliased(MAX_ALIASES + 1))
    hits = validate.cache_info().hits

    again = await api(aliased(MAX_ALIASES + 1))

    assert validate.cache_info().hits == hits + 1
    assert again == first
