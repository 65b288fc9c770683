"""Limits and error shaping, built once at import.

The depth and alias limits are validation rules made here once: Strawberry's limiter extensions
make a new rule class per instance, which would defeat the validation cache on every request.
"""

import logging
from collections.abc import Callable, Iterator

from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.relay.types import GlobalIDValueError

MAX_DEPTH = 10
MAX_ALIASES = 30
MAX_TOKENS = 4000
CACHE_SIZE = 256
LIMIT_RULES: list[type[ASTValidationRule]] = [
    depth_rule(MAX_DEPTH, None, None),
    aliases_rule(MAX_ALIASES),
]

UNEXPECTED = "Unexpected error."
log = logging.getLogger("partnerlink.graphql")


def error_code(error: GraphQLError) -> str:
    """The `extensions.code` of a top-level error that was not given one where it was raised."""
    original = error.original_error
    if isinstance(original, GlobalIDValueError):
        return "BAD_USER_INPUT"
    if original is not None and not isinstance(original, GraphQLError):
        return "INTERNAL_SERVER_ERROR"
    if error.message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    return "GRAPHQL_VALIDATION_FAILED"


def shaped(error: GraphQLError) -> GraphQLError:
    """Every top-level error gets a code; unexpected ones are masked and logged."""
    if (error.extensions or {}).get("code"):
        return error
    code = error_code(error)
    if code != "INTERNAL_SERVER_ERROR":
        error.extensions = {**(error.extensions or {}), "code": code}
        return error
    log.error("unexpected error at %s", error.path, exc_info=error.original_error)
    return GraphQLError(UNEXPECTED, nodes=error.nodes, path=error.path, extensions={"code": code})


class ShapeErrors(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is not None and result.errors:
            result.errors = [shaped(error) for error in result.errors]


def extensions() -> list[Callable[[], SchemaExtension] | type[SchemaExtension]]:
    return [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=CACHE_SIZE),
        lambda: AddValidationRules(LIMIT_RULES),
        lambda: ValidationCache(maxsize=CACHE_SIZE),
        ShapeErrors,
    ]
