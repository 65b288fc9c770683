"""The schema's root: the `Schema` of `Query` and `Mutation`, with its extensions.
`build_schema(production=True)` hides introspection and field suggestions; `schema` is the
development one, exported to schema.graphql."""

import strawberry
from graphql import GraphQLError
from strawberry.extensions import DisableIntrospection
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from schema.execution import LeanExecutionContext, lean_resolvers
from schema.extensions import extensions
from schema.mutation import Mutation
from schema.query import Query
from schema.subscription import Subscription
from schema.types import NODE_TYPES


class PartnerlinkSchema(strawberry.Schema):
    """Strawberry's schema, except that it does not log every error at ERROR level: the
    unexpected ones are logged once, with their tracebacks, where they are masked
    (schema.extensions.ShapeErrors); the rest (a syntax error, an unknown field, a refusal) are
    the caller's, answered with a code, and do not belong in an operator's error log."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        return None


def build_schema(*, production: bool, lean: bool = True) -> strawberry.Schema:
    """`lean=False` leaves execution wholly to Strawberry and graphql-core (see
    schema.execution); the tests compare the two."""
    chosen = extensions()
    if production:
        chosen.append(DisableIntrospection)
    built = PartnerlinkSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=list(NODE_TYPES.values()),
        extensions=chosen,
        config=StrawberryConfig(disable_field_suggestions=production),
        execution_context_class=LeanExecutionContext if lean else None,
    )
    return lean_resolvers(built) if lean else built


schema = build_schema(production=False)
