"""The GraphQL schema. A placeholder until the real types, inputs and payloads arrive."""

import strawberry


@strawberry.type
class Query:
    @strawberry.field(description="The version of this API.")
    def api_version(self) -> str:
        return "0.1.0"


schema = strawberry.Schema(query=Query)
