"""Expected failures as data. Each mutation has its own error type whose `code` enum lists exactly
the codes it can return, made from the rules' code groups; the rules' `Problem`s are served as is.

Unexpected failures, missing credentials and malformed requests go to the top-level `errors` with
`extensions.code` instead.
"""

from enum import Enum, StrEnum
from typing import Any

import strawberry
from graphql import GraphQLError

from rules.actors import CustomerActor, PartnerActor
from rules.api_keys import allows
from rules.errors import RuleError
from schema.context import Info
from schema.roles import role_needed

UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
BAD_USER_INPUT = "BAD_USER_INPUT"


def error_type(name: str, *groups: type[StrEnum], description: str, **extra: type) -> Any:
    """A GraphQL type `name` with `code: <name>Code!`, `message: String!`, `field: String` and
    any `extra` fields."""
    members = {member.name: member.value for group in groups for member in group}
    codes: Any = Enum(f"{name}Code", members)  # type: ignore[misc]
    strawberry.enum(codes, description=f"The codes a {name} can carry.")
    annotations = {"code": codes, "message": str, "field": str | None, **extra}
    return strawberry.type(
        type(name, (), {"__annotations__": annotations, "__module__": __name__}),
        description=description,
    )


def errors_field(
    error: Any, description: str = "Why the request was refused; empty when it succeeded."
) -> Any:
    """A list of `error`s, as the `errors` field of a payload: the problems found."""
    return strawberry.field(graphql_type=list[error], default_factory=list, description=description)


def top_level_error(code: str, message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


def require_partner(info: Info) -> PartnerActor:
    """The calling partner, if its key's role allows this field (`schema.roles`)."""
    viewer = info.context.viewer
    if viewer is None:
        raise top_level_error(UNAUTHENTICATED, "Send a partner API key as a Bearer token.")
    if not isinstance(viewer, PartnerActor):
        raise top_level_error(FORBIDDEN, "Only a partner may do this.")
    return require_role(info, viewer)


def require_role(info: Info, partner: PartnerActor) -> PartnerActor:
    """`partner`, if its key's role allows this field; FORBIDDEN otherwise, before anything runs."""
    needed = role_needed(info.field_name)
    if not allows(partner.role, needed):
        raise top_level_error(
            FORBIDDEN, f"This API key's role is {partner.role}; {info.field_name} needs {needed}."
        )
    return partner


def require_customer(info: Info) -> CustomerActor:
    viewer = info.context.viewer
    if viewer is None:
        raise top_level_error(
            UNAUTHENTICATED, "Log in and send the session token as a Bearer token."
        )
    if not isinstance(viewer, CustomerActor):
        raise top_level_error(FORBIDDEN, "Only a customer may do this.")
    return viewer


def refusal_as_error(refusal: RuleError) -> GraphQLError:
    """A query cannot return payload errors: its refusals go to the top-level errors."""
    problem = refusal.problems[0]
    return GraphQLError(
        problem.message, extensions={"code": problem.code.value, "field": problem.field}
    )
