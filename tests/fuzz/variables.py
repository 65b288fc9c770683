"""Requests whose values travel as variables, generated from the SDL: schemathesis writes every
value inline in the document, where the parser refuses what JSON lets through (a lone surrogate
such as `"\\ud800"` decodes from JSON into a Python str; PostgreSQL refuses a NUL in text).

`operations()` draws one root field of Query or Mutation with every argument declared as a
variable of its own type, and values for them, strings being any text at all (lone surrogates,
NUL and other control characters included). `encoded()` is the body as most clients send it:
JSON with ASCII escapes.
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from graphql import (
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    build_schema,
    get_named_type,
    is_leaf_type,
)
from graphql.pyutils import Undefined
from hypothesis import strategies as st

MAX_DEPTH = 3
# Anything JSON can carry in a string: lone surrogates and control characters too.
ANY_TEXT = st.one_of(
    st.text(max_size=20),
    st.text(st.characters(categories=["Cs", "Cc", "Lu", "Nd", "Zs"]), max_size=20),
    st.sampled_from(["a\ud800b", "\udfff", "a\x00b", "\x00", "\ud83d", "\ud83d\ude00"]),
)


def operations(sdl: str, scalars: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """Strategies of `{"query": ..., "variables": ...}` bodies for every root field with
    arguments; `scalars` gives values for the SDL's own scalars (String is `ANY_TEXT`)."""
    schema = build_schema(sdl)
    choices = [
        request(kind, name, field, scalars)
        for kind, root in (("query", schema.query_type), ("mutation", schema.mutation_type))
        if root is not None
        for name, field in root.fields.items()
        if field.args
    ]
    return st.one_of(choices)


def request(
    kind: str, name: str, field: GraphQLField, scalars: dict[str, st.SearchStrategy[Any]]
) -> st.SearchStrategy[dict[str, Any]]:
    declared = ", ".join(f"${arg}: {typed.type}" for arg, typed in field.args.items())
    passed = ", ".join(f"{arg}: ${arg}" for arg in field.args)
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    query = f"{kind}({declared}) {{ {name}({passed}){selection} }}"
    variables = st.fixed_dictionaries(
        {arg: value_of(typed.type, scalars, 0) for arg, typed in _required(field.args)},
        optional={arg: value_of(typed.type, scalars, 0) for arg, typed in _optional(field.args)},
    )
    return st.builds(lambda values: {"query": query, "variables": values}, variables)


def value_of(
    kind: GraphQLInputType, scalars: dict[str, st.SearchStrategy[Any]], depth: int
) -> st.SearchStrategy[Any]:
    if isinstance(kind, GraphQLNonNull):
        return _value(kind.of_type, scalars, depth)
    return st.none() | _value(kind, scalars, depth)


def _value(
    kind: GraphQLInputType, scalars: dict[str, st.SearchStrategy[Any]], depth: int
) -> st.SearchStrategy[Any]:
    if isinstance(kind, GraphQLList):
        return st.lists(value_of(kind.of_type, scalars, depth + 1), max_size=3)
    if isinstance(kind, GraphQLEnumType):
        return st.sampled_from(list(kind.values))
    if isinstance(kind, GraphQLInputObjectType):
        if depth >= MAX_DEPTH:
            return st.just({})
        fields = kind.fields.items()
        return st.fixed_dictionaries(
            {n: value_of(f.type, scalars, depth + 1) for n, f in fields if _needed(f)},
            optional={n: value_of(f.type, scalars, depth + 1) for n, f in fields if not _needed(f)},
        )
    assert isinstance(kind, GraphQLScalarType)
    return scalars[kind.name] if kind.name in scalars else _BUILT_IN[kind.name]


_BUILT_IN: dict[str, st.SearchStrategy[Any]] = {
    "String": ANY_TEXT,
    "Int": st.integers(min_value=-(2**31), max_value=2**31 - 1),
    "Float": st.floats(allow_nan=False, allow_infinity=False),
    "Boolean": st.booleans(),
    "ID": ANY_TEXT,
    "DateTime": st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    "JSON": st.none() | st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=3),
}


def _needed(typed: GraphQLArgument | GraphQLInputField) -> bool:
    """Non-null without a default: the request must give it."""
    return isinstance(typed.type, GraphQLNonNull) and typed.default_value is Undefined


def _required(args: dict[str, GraphQLArgument]) -> list[tuple[str, GraphQLArgument]]:
    return [(n, a) for n, a in args.items() if _needed(a)]


def _optional(args: dict[str, GraphQLArgument]) -> list[tuple[str, GraphQLArgument]]:
    return [(n, a) for n, a in args.items() if not _needed(a)]


def encoded(body: dict[str, Any]) -> bytes:
    """JSON with ASCII escapes: how a lone surrogate travels (it has no UTF-8 form)."""
    return json.dumps(body).encode()
