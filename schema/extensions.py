"""Limits and error shaping, built once at import.

The depth and alias limits are validation rules made here once: Strawberry's limiter extensions
make a new rule class per instance, which would defeat the validation cache on every request.
Each limit answers with a code of its own, so that a client can tell which one it hit.
"""

import logging
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import lru_cache

from graphql import ASTValidationRule, DocumentNode, GraphQLError, ValidationContext, parse
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.relay.types import GlobalIDValueError
from strawberry.types.execution import StreamExecutionResult

from schema.refused_attempts import CountRefusedAttempts
from schema.text import TextRule

MAX_DEPTH = 10
MAX_ALIASES = 30
MAX_TOKENS = 4000
CACHE_SIZE = 256

QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
TOO_MANY_ALIASES = "TOO_MANY_ALIASES"
TOO_MANY_TOKENS = "TOO_MANY_TOKENS"
# graphql-core's parser raises a plain syntax error past the token limit; its message tells it.
TOKEN_LIMIT_MESSAGE = f"Document contains more than {MAX_TOKENS} tokens"

UNEXPECTED = "Unexpected error."
log = logging.getLogger("partnerlink.graphql")


def coded_rule(rule: type[ASTValidationRule], code: str) -> type[ASTValidationRule]:
    """`rule`, its errors carrying `extensions.code`. Strawberry's limit rules report while they
    are constructed, through the context's `on_error`, which is wrapped for that time."""

    class CodedRule(rule):  # type: ignore[valid-type, misc]
        def __init__(self, context: ValidationContext) -> None:
            report = context.on_error
            context.on_error = lambda error: report(with_code(error, code))  # type: ignore[method-assign]
            try:
                super().__init__(context)
            finally:
                context.on_error = report  # type: ignore[method-assign]

    return CodedRule


LIMIT_RULES: list[type[ASTValidationRule]] = [
    coded_rule(depth_rule(MAX_DEPTH, None, None), QUERY_TOO_DEEP),
    coded_rule(aliases_rule(MAX_ALIASES), TOO_MANY_ALIASES),
    TextRule,
]


def with_code(error: GraphQLError, code: str) -> GraphQLError:
    error.extensions = {**(error.extensions or {}), "code": code}
    return error


def error_code(error: GraphQLError) -> str:
    """The `extensions.code` of a top-level error that was not given one where it was raised."""
    original = error.original_error
    if isinstance(original, GlobalIDValueError):
        return "BAD_USER_INPUT"
    if original is not None and not isinstance(original, GraphQLError):
        return "INTERNAL_SERVER_ERROR"
    if error.message.startswith("Syntax Error"):
        return TOO_MANY_TOKENS if TOKEN_LIMIT_MESSAGE in error.message else "GRAPHQL_PARSE_FAILED"
    return "GRAPHQL_VALIDATION_FAILED"


def shaped(error: GraphQLError) -> GraphQLError:
    """Every top-level error gets a code; unexpected ones are masked and logged."""
    if (error.extensions or {}).get("code"):
        return error
    code = error_code(error)
    if code != "INTERNAL_SERVER_ERROR":
        return with_code(error, code)
    log.error("unexpected error at %s", error.path, exc_info=error.original_error)
    return GraphQLError(UNEXPECTED, nodes=error.nodes, path=error.path, extensions={"code": code})


class ShapeErrors(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is not None and result.errors:
            result.errors = [shaped(error) for error in result.errors]

    def on_stream_result(self, result: StreamExecutionResult) -> Iterator[None]:
        """Over WebSocket each result is sent as it is yielded, before the operation ends: shape
        it here, or an unexpected error would reach the client unmasked."""
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = [shaped(error) for error in errors]  # type: ignore[union-attr]
        yield


@lru_cache(maxsize=CACHE_SIZE)
def _cached_parse(query: str, max_tokens: int) -> DocumentNode:
    return parse(query, max_tokens=max_tokens)


class CachedParse(SchemaExtension):
    """Strawberry's ParserCache, except that a document that does not parse is left to Strawberry:
    ParserCache raises its syntax error out of the parsing hook, past the operation's end, so the
    error reached the client without a code. Strawberry parses it again (failures are not cached
    anyway) where its error becomes a result that ShapeErrors sees."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.query is not None:
            with suppress(GraphQLError):
                context.graphql_document = _cached_parse(context.query, MAX_TOKENS)
        yield


def extensions() -> list[Callable[[], SchemaExtension] | type[SchemaExtension]]:
    return [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        CachedParse,
        lambda: AddValidationRules(LIMIT_RULES),
        lambda: ValidationCache(maxsize=CACHE_SIZE),
        ShapeErrors,
        CountRefusedAttempts,
    ]
