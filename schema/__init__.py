"""The GraphQL schema. `build_schema(production=True)` hides introspection and field
suggestions; `schema` is the development one, exported to schema.graphql."""

import strawberry
from strawberry.extensions import DisableIntrospection
from strawberry.schema.config import StrawberryConfig

from schema.execution import LeanExecutionContext, lean_resolvers
from schema.extensions import extensions
from schema.mutation import Mutation
from schema.query import Query
from schema.types import NODE_TYPES


def build_schema(*, production: bool, lean: bool = True) -> strawberry.Schema:
    """`lean=False` leaves execution wholly to Strawberry and graphql-core (see
    schema.execution); the tests compare the two."""
    chosen = extensions()
    if production:
        chosen.append(DisableIntrospection)
    built = strawberry.Schema(
        query=Query,
        mutation=Mutation,
        types=list(NODE_TYPES.values()),
        extensions=chosen,
        config=StrawberryConfig(disable_field_suggestions=production),
        execution_context_class=LeanExecutionContext if lean else None,
    )
    return lean_resolvers(built) if lean else built


schema = build_schema(production=False)
