"""The GraphQL schema. A placeholder until the real types, inputs and payloads arrive."""

import strawberry

API_VERSION = "0.1.0"


def resolve_api_version() -> str:
    return API_VERSION


@strawberry.type
class Query:
    api_version: str = strawberry.field(
        resolver=resolve_api_version, description="The version of this API."
    )


schema = strawberry.Schema(query=Query)
