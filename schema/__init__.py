"""The GraphQL schema. `build_schema(production=True)` hides introspection and field
suggestions; `schema` is the development one, exported to schema.graphql."""

import strawberry
from strawberry.extensions import DisableIntrospection
from strawberry.schema.config import StrawberryConfig

from schema.extensions import extensions
from schema.mutation import Mutation
from schema.query import Query
from schema.types import NODE_TYPES


def build_schema(*, production: bool) -> strawberry.Schema:
    chosen = extensions()
    if production:
        chosen.append(DisableIntrospection)
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        types=list(NODE_TYPES.values()),
        extensions=chosen,
        config=StrawberryConfig(disable_field_suggestions=production),
    )


schema = build_schema(production=False)
