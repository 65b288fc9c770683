"""A leaner execution of plain fields.

graphql-core executes every field the same way: it builds a resolve info, calls the resolver,
checks for an awaitable and completes the value through the type's wrappers; Strawberry's
resolver adds its own layers (argument conversion, field extensions, an `Info`). A dashboard page
of a hundred rows runs over two thousand fields, nearly all of them attributes copied from a row
(`accountName`, `associatedAt`) or one-line methods (`frozen`, `amount`), where that machinery
costs several times the value.

Two shortcuts, taken only where they cannot change an answer:

- `lean_resolvers` gives each field with nothing for Strawberry's layers to do (no GraphQL
  arguments, no field extensions, no exception handlers) a resolver that reads the attribute, or
  calls the method, directly, passing `self`, `root`, `parent` and `info` as Strawberry would.
- `LeanExecutionContext` completes a whole subtree of such fields in one plain walk: a plan is
  made per request for each selection (which attribute or method, how to serialise, which
  sub-plan), then applied to every row of a list. The walk makes no decision of its own: at the
  first thing it does not handle (a null where the type forbids it, a value that does not
  serialise, an awaitable, an exception, `@defer`/`@stream`), it drops what it built and hands
  the subtree's top field to graphql-core, which answers, errors included, as it always does.
  graphql-core then reads the attributes and calls the methods again, so the methods the walk
  calls must only read (every field method of this schema does; mutations are never walked),
  and those that would return an awaitable return a `Later`, which starts nothing until
  awaited: dropping one leaves no work begun.

Every retreat is counted in `FALLBACKS` by its reason and logged (`partnerlink.execution`).
Some are the walk's ordinary business (an awaitable, an exception raised by a field, a null that
graphql-core turns into an error); the others (`UNEXPECTED`) mean the walk met what it was built
not to meet, and the test suite fails on any of them. A bug in the walk itself is not a retreat:
it raises, and the request answers with an error, rather than running the resolvers twice.
`build_schema(lean=False)` (the setting `LEAN_EXECUTION=false`) turns the walk off.

`tests/api/test_lean_execution.py` runs documents through Strawberry's own executor and through
this one, and compares the answers; it also inspects every field method the walk can call, so
that one that writes cannot be added unnoticed.
"""

import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Generator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import EnumMeta
from functools import cache, cached_property
from inspect import Parameter, signature
from keyword import iskeyword
from types import GeneratorType
from typing import Any, Generic, NamedTuple, TypeVar

from graphql import (
    ExecutionResult,
    FieldNode,
    GraphQLEnumType,
    GraphQLField,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLResolveInfoHelpers,
    Undefined,
    get_nullable_type,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path, gather_with_cancel
from graphql.type.scalars import serialize_boolean, serialize_id, serialize_string
from strawberry import Schema
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.field import StrawberryField

T = TypeVar("T")
Resolver = Callable[..., Any]

logger = logging.getLogger("partnerlink.execution")

# Why the walk handed a subtree to graphql-core, and how often, since the process started.
FALLBACKS: Counter[str] = Counter()
AWAITABLE = "an awaitable"
RAISED = "a field raised"
NULL = "a null where the type forbids it"
UNSERIALISABLE = "a value that does not serialise"
NOT_OF_TYPE = "an object not of the field's type"
NOT_A_LIST = "a list field's value is no list"
NO_PLAN = "planning the field failed"
UNEXPECTED = frozenset({UNSERIALISABLE, NOT_OF_TYPE, NOT_A_LIST, NO_PLAN})


class Later(Generic[T]):
    """An awaitable that starts its work (a loader's read, say) only when awaited."""

    __slots__ = ("_start",)

    def __init__(self, start: Callable[[], Awaitable[T]]) -> None:
        self._start = start

    def __await__(self) -> Generator[Any, None, T]:
        return self._start().__await__()


# Resolvers


def _attribute_reader(name: str) -> Resolver:
    def read(source: Any, _info: GraphQLResolveInfo[Any]) -> Any:
        return getattr(source, name)

    read.lean_attribute = name  # type: ignore[attr-defined]
    return read


def _method_caller(field: StrawberryField, info_class: type) -> Resolver | None:
    resolver = field.base_resolver
    assert resolver is not None
    call = resolver.wrapped_func
    if not callable(call):
        return None
    passes_self = resolver.self_parameter is not None
    source_names = [p.name for p in (resolver.root_parameter, resolver.parent_parameter) if p]
    info_name = resolver.info_parameter.name if resolver.info_parameter else None

    # Checked on the function called, not through decorators (Strawberry follows __wrapped__).
    parameters = list(signature(call, follow_wrapped=False).parameters.values())
    positional = (
        passes_self
        and not source_names
        and info_name is not None
        and len(parameters) == 2
        and parameters[1].name == info_name
        and parameters[1].kind is Parameter.POSITIONAL_OR_KEYWORD
    )

    def call_with(source: Any, info: Any) -> Any:
        if positional:  # the commonest shape, `def field(self, info)`
            return call(source, info)
        kwargs = dict.fromkeys(source_names, source)
        if info_name is not None:
            kwargs[info_name] = info
        return call(source, **kwargs) if passes_self else call(**kwargs)

    def resolve(source: Any, info: GraphQLResolveInfo[Any]) -> Any:
        return call_with(source, info_class(_raw_info=info, _field=field))

    if not resolver.is_async:
        resolve.lean_call = call_with  # type: ignore[attr-defined]
        resolve.lean_field = field  # type: ignore[attr-defined]
    return resolve


@cache
def _lazy_info_class(info_class: type) -> type:
    """`info_class`, its graphql-core resolve info built only when something reads more than
    the context or the path (answered as that info would answer them)."""

    class LazyInfo(info_class):  # type: ignore[misc]
        def __init__(
            self,
            context: "LeanExecutionContext",
            field: StrawberryField,
            field_def: GraphQLField,
            nodes: list[FieldNode],
            parent_type: GraphQLObjectType,
            path: Path,
        ) -> None:
            self._field = field
            self._lean = (context, field_def, nodes, parent_type, path)

        @cached_property
        def _raw_info(self) -> GraphQLResolveInfo[Any]:
            context, field_def, nodes, parent_type, path = self._lean
            return context.build_resolve_info(field_def, nodes, parent_type, path)

        @property
        def context(self) -> Any:
            return self._lean[0].context_value

        @property
        def path(self) -> Path:
            return self._lean[4]

    return LazyInfo


def _lean_resolver(schema: Schema, field: StrawberryField) -> Resolver | None:
    converter = schema.schema_converter
    if field.extensions or field.arguments or converter._get_field_exception_handlers(field):
        return None
    if field.base_resolver is None:
        if schema.config.default_resolver is not getattr:
            return None
        return _attribute_reader(field.python_name)
    return _method_caller(field, schema.config.info_class)


def lean_resolvers(schema: Schema) -> Schema:
    """`schema`, its eligible fields given direct resolvers (see the module's note)."""
    name_of = schema.config.name_converter.get_graphql_name
    for concrete in schema.schema_converter.type_map.values():
        definition, implementation = concrete.definition, concrete.implementation
        if not isinstance(definition, StrawberryObjectDefinition):
            continue
        if not isinstance(implementation, GraphQLObjectType):
            continue
        for field in definition.fields:
            graphql_field = implementation.fields.get(name_of(field))
            lean = _lean_resolver(schema, field) if graphql_field is not None else None
            if lean is not None:
                assert graphql_field is not None
                graphql_field.resolve = lean
    return schema


# Plans


class _Bail(Exception):
    """The walk met something that graphql-core's own path must answer; `reason` says what."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _fell_back(reason: str, parent_type: GraphQLObjectType, path: Path) -> None:
    FALLBACKS[reason] += 1
    if reason in UNEXPECTED:
        where = f"{parent_type.name} at {'.'.join(map(str, path.as_list()))}"
        logger.warning("lean walk handed %s to graphql-core: %s", where, reason)
    else:
        logger.debug("lean walk handed %s to graphql-core: %s", parent_type.name, reason)


Complete = Callable[["LeanExecutionContext", Any, Path], Any]
Answer = Callable[["LeanExecutionContext", Any, Path], Any]


class _Leaf(NamedTuple):
    """How a scalar or enum value is serialised, as a compiled object does it inline."""

    coerce: Callable[[Any], Any]
    non_null: bool
    # The values `coerce` gives back unchanged (graphql-core's own String, ID and Boolean),
    # or, for an enum, its members' names.
    unchanged: type | None
    names: tuple[type, dict[Any, str]] | None


class _Method(NamedTuple):
    """What a method field's call needs: the call and its lazy info's arguments."""

    call: Resolver
    info_class: type
    field: StrawberryField
    field_def: GraphQLField
    nodes: list[FieldNode]
    parent_type: GraphQLObjectType


class _Inline(NamedTuple):
    """A field as a compiled object answers it inline (see `_compiled`): its value read from an
    attribute or by a method, then serialised (`leaf`) or completed (`complete`)."""

    attribute: str | None
    method: _Method | None
    leaf: _Leaf | None
    complete: Complete | None


class _FieldPlan(NamedTuple):
    """How to answer one response key of an object, and whether that needs the key's path."""

    response_name: str
    parent_name: str
    needs_path: bool
    answer: Answer
    inline: _Inline | None = None


def _checked(context: "LeanExecutionContext", value: Any) -> Any:
    """`value`, unless graphql-core must handle it: an awaitable (left as it is: graphql-core
    reads or calls again and awaits what it gets) or an exception (reported as an error)."""
    kind = type(value)
    if value is None or kind in _never_awaitable or isinstance(kind, EnumMeta):
        return value
    if isinstance(value, Exception):
        raise _Bail(RAISED)
    if context.is_awaitable(value):
        raise _Bail(AWAITABLE)
    if not hasattr(kind, "__await__") and not issubclass(kind, GeneratorType):
        _never_awaitable.add(kind)
    return value


# Types whose values are not awaitable (enum members neither): looked up before the general
# test. Types that graphql-core found not awaitable join it, unless they define `__await__`.
_never_awaitable = {str, int, float, bool, list, tuple, dict, datetime, date, Decimal}


def _enum_names(leaf: GraphQLLeafType) -> tuple[type, dict[Any, str]] | None:
    """For Strawberry's enums, the Python enum and the name of each of its members (the first
    name whose value is the member's, as graphql-core's scan of the values answers)."""
    wrapped = getattr(leaf, "wrapped_cls", None)
    if not isinstance(leaf, GraphQLEnumType) or not isinstance(wrapped, EnumMeta):
        return None
    first_name: dict[Any, str] = {}
    for name, value in leaf.values.items():
        first_name.setdefault(value.value, name)
    members: list[Any] = list(wrapped)
    return wrapped, {m: first_name[m.value] for m in members if m.value in first_name}


# graphql-core's serialisers that give a value of this exact type back unchanged.
_UNCHANGED: dict[Callable[[Any], Any], type] = {
    serialize_string: str,
    serialize_id: str,
    serialize_boolean: bool,
}


def _leaf_of(leaf: GraphQLLeafType, non_null: bool) -> _Leaf:
    unchanged = _UNCHANGED.get(leaf.coerce_output_value)
    return _Leaf(_coercion(leaf), non_null, unchanged, _enum_names(leaf))


def _coercion(leaf: GraphQLLeafType) -> Callable[[Any], Any]:
    """`leaf.coerce_output_value`, for Strawberry's enums by a dict of members instead of a scan
    of the values (same answer: the first name whose value is the member's)."""
    coerce = leaf.coerce_output_value
    enum = _enum_names(leaf)
    if enum is None:
        return coerce
    wrapped, names = enum

    def by_member(output_value: Any) -> Any:
        if type(output_value) is wrapped:
            name = names.get(output_value)
            if name is not None:
                return name
        return coerce(output_value)

    return by_member


def _read(source: Any, name: str) -> Any:
    try:
        return getattr(source, name)
    except Exception:  # a property that raises: graphql-core reports it
        raise _Bail(RAISED) from None


def _serialised(coerce: Callable[[Any], Any], value: Any) -> Any:
    try:
        coerced = coerce(value)
    except Exception:
        raise _Bail(UNSERIALISABLE) from None
    if coerced is None or coerced is Undefined:
        raise _Bail(UNSERIALISABLE)
    return coerced


def _attribute_answer(name: str, complete: Complete) -> Answer:
    def answer(context: "LeanExecutionContext", source: Any, path: Path) -> Any:
        return complete(context, _checked(context, _read(source, name)), path)

    return answer


def _leaf_attribute_answer(name: str, coerce: Callable[[Any], Any], non_null: bool) -> Answer:
    """The commonest field, in one call: an attribute of scalar or enum type."""

    def answer(context: "LeanExecutionContext", source: Any, path: Path) -> Any:
        value = _read(source, name)
        if value is None:
            if non_null:
                raise _Bail(NULL)
            return None
        return _serialised(coerce, _checked(context, value))

    return answer


def _method_of(
    method: Resolver,
    field_def: GraphQLField,
    details: FieldDetailsList,
    parent_type: GraphQLObjectType,
    info_class: type,
) -> _Method:
    call, field = method.lean_call, method.lean_field  # type: ignore[attr-defined]
    return _Method(call, info_class, field, field_def, [d.node for d in details], parent_type)


def _method_answer(plan: _Method, complete: Complete) -> Answer:
    call, info_class, field, field_def, nodes, parent_type = plan

    def answer(context: "LeanExecutionContext", source: Any, path: Path) -> Any:
        info = info_class(context, field, field_def, nodes, parent_type, path)
        try:
            value = call(source, info)
        except Exception:
            raise _Bail(RAISED) from None
        return complete(context, _checked(context, value), path)

    return answer


def _typename_answer(name: str) -> Answer:
    def answer(context: "LeanExecutionContext", source: Any, path: Path) -> Any:
        return name

    return answer


def _non_null(inner: Complete) -> Complete:
    def complete(context: "LeanExecutionContext", value: Any, path: Path) -> Any:
        if value is None:
            raise _Bail(NULL)
        completed = inner(context, value, path)
        if completed is None:
            raise _Bail(NULL)
        return completed

    return complete


def _list_of(item: Complete, item_paths: bool) -> Complete:
    def complete(context: "LeanExecutionContext", value: Any, path: Path) -> Any:
        if value is None:
            return None
        if not isinstance(value, list | tuple):
            raise _Bail(NOT_A_LIST)
        if item_paths:
            return [
                item(context, _checked(context, v), Path(path, i, None))
                for i, v in enumerate(value)
            ]
        return [item(context, _checked(context, v), path) for v in value]

    return complete


def _leaf(coerce: Callable[[Any], Any]) -> Complete:
    def complete(context: "LeanExecutionContext", value: Any, path: Path) -> Any:
        if value is None:
            return None
        return _serialised(coerce, value)

    return complete


def _object(object_type: GraphQLObjectType, plans: list[_FieldPlan]) -> Complete:
    is_type_of = object_type.is_type_of
    run = _compiled(plans)

    def complete(context: "LeanExecutionContext", value: Any, path: Path) -> Any:
        if value is None:
            return None
        # Strawberry's is_type_of is an isinstance check that does not read the info.
        if is_type_of is not None and is_type_of(value, None) is not True:  # type: ignore[arg-type]
            raise _Bail(NOT_OF_TYPE)
        return run(context, value, path)

    return complete


ObjectRunner = Callable[["LeanExecutionContext", Any, Path], dict[str, Any]]


def _compiled(plans: Sequence[_FieldPlan]) -> ObjectRunner:
    """An object's answer for these plans, key by key in their order, as one function made for
    them (as graphql-jit compiles a query): each attribute read and each method called inline,
    a scalar or enum value serialised inline, without a call per field; other fields by their
    plan's `answer`. Inline, a value is taken as it is only where the serialiser would give it
    back unchanged (a `str` for String and ID, a `bool` for Boolean, a member for an enum);
    any other goes through `_checked` and `_serialised`, or `_checked` and its completion, in the
    order of the plan's own `answer`, with the same retreats."""
    names: dict[str, Any] = {
        "Path": Path,
        "_Bail": _Bail,
        "RAISED": RAISED,
        "NULL": NULL,
        "_checked": _checked,
        "_serialised": _serialised,
    }
    lines = ["def run(context, source, path):", "    results = {}"]
    for i, plan in enumerate(plans):
        names[f"key{i}"], names[f"parent{i}"] = plan.response_name, plan.parent_name
        at = f"Path(path, key{i}, parent{i})" if plan.needs_path else "path"
        inline = plan.inline
        if inline is None or not _inlinable(inline):
            names[f"answer{i}"] = plan.answer
            lines.append(f"    results[key{i}] = answer{i}(context, source, {at})")
            continue
        lines += _value_lines(i, inline, at, names)
        if inline.leaf is not None:
            lines += _serialising_lines(i, inline.leaf, names)
        else:
            names[f"complete{i}"] = inline.complete
            lines.append(
                f"    results[key{i}] = complete{i}(context, _checked(context, value), at)"
            )
    lines.append("    return results")
    exec(compile("\n".join(lines), "<lean walk: an object>", "exec"), names)
    run: ObjectRunner = names["run"]
    return run


def _inlinable(inline: _Inline) -> bool:
    attribute = inline.attribute
    return attribute is None or (attribute.isidentifier() and not iskeyword(attribute))


def _value_lines(i: int, inline: _Inline, at: str, names: dict[str, Any]) -> list[str]:
    """`value` (and `at`, the field's path) for field `i`, raising `RAISED` as `_read` does."""
    if inline.method is None:
        read = f"source.{inline.attribute}"
    else:
        names[f"call{i}"], names[f"info{i}"], *arguments = inline.method
        for n, argument in enumerate(arguments):
            names[f"argument{i}_{n}"] = argument
        listed = ", ".join(f"argument{i}_{n}" for n in range(len(arguments)))
        read = f"call{i}(source, info{i}(context, {listed}, at))"
    return [
        f"    at = {at}",
        "    try:",
        f"        value = {read}",
        "    except Exception:",
        "        raise _Bail(RAISED) from None",
    ]


def _serialising_lines(i: int, leaf: _Leaf, names: dict[str, Any]) -> list[str]:
    names[f"coerce{i}"] = leaf.coerce
    lines = [
        "    if value is None:",
        "        raise _Bail(NULL)" if leaf.non_null else f"        results[key{i}] = None",
    ]
    if leaf.unchanged is not None:
        names[f"unchanged{i}"] = leaf.unchanged
        lines += [f"    elif type(value) is unchanged{i}:", f"        results[key{i}] = value"]
    elif leaf.names is not None:
        names[f"enum{i}"], names[f"names{i}"] = leaf.names
        lines += [
            f"    elif type(value) is enum{i} and value in names{i}:",
            f"        results[key{i}] = names{i}[value]",
        ]
    return [
        *lines,
        "    else:",
        f"        results[key{i}] = _serialised(coerce{i}, _checked(context, value))",
    ]


def _gather(values: Sequence[Awaitable[Any]]) -> Awaitable[list[Any]]:
    return gather_with_cancel(*values)


def _track_nothing(values: Sequence[Any]) -> None:
    return None


# What a resolve info built after the response (by a resolver that kept its info) refers to:
# the same gathering, and no tracking, since nothing is waiting for the work any more.
_DETACHED_HELPERS = GraphQLResolveInfoHelpers(gather=_gather, track=_track_nothing)

SHARED_PLANS_LIMIT = 4096
_shared_plans: dict[
    tuple[int, ...], tuple[GraphQLObjectType, tuple[FieldNode, ...], _FieldPlan | None]
] = {}


class LeanExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Keyed like graphql-core's own memo: the field list is kept alive beside its plan, so
        # that its id cannot be reused while this request runs.
        self._plans: dict[tuple[str, int], tuple[FieldDetailsList, _FieldPlan | None]] = {}
        # Without directives, a plan depends on nothing but the document and the schema, so it
        # is kept for the next request of the same document (the parse cache hands back the
        # same nodes). Any `@` in the document, and plans are made for this request only.
        location = self.operation.loc
        self._shareable = location is not None and "@" not in location.source.body

    def build_response(self, data: dict[str, Any] | None) -> Any:
        """The response, and then, when nothing runs on in the background, the end of the
        context's reference cycle (graphql-core keeps bound methods of the context in
        `async_helpers`): the context, the request's plans and the caller's context are then
        freed as soon as the response is, instead of by the cyclic collector later."""
        response = super().build_response(data)
        if isinstance(response, ExecutionResult) and not self.background_futures:
            self.async_helpers = _DETACHED_HELPERS
            self._plans.clear()
        return response

    @cached_property
    def lazy_info_class(self) -> type:
        return _lazy_info_class(self.schema._strawberry_schema.config.info_class)  # type: ignore[attr-defined]

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        manager = self.middleware_manager
        if position_context is None and (manager is None or not manager.middlewares):
            plan = self._field_plan(parent_type, field_details_list)
            if plan is not None:
                try:
                    return plan.answer(self, source, path)
                except _Bail as bail:  # graphql-core's own path answers it
                    _fell_back(bail.reason, parent_type, path)
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _field_plan(
        self, parent_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> _FieldPlan | None:
        key = (parent_type.name, id(field_details_list))
        known = self._plans.get(key)
        if known is None:
            try:
                plan = self._shared_plan(parent_type, field_details_list)
            except Exception:  # nothing has run yet: graphql-core answers, and the tests fail
                logger.exception("planning a field of %s failed", parent_type.name)
                FALLBACKS[NO_PLAN] += 1
                plan = None
            known = (field_details_list, plan)
            self._plans[key] = known
        return known[1]

    def _shared_plan(
        self, parent_type: GraphQLObjectType, details: FieldDetailsList
    ) -> _FieldPlan | None:
        if not self._shareable:
            return self._make_field_plan(parent_type, details)
        nodes = tuple(d.node for d in details)
        key = (id(parent_type), *map(id, nodes))
        shared = _shared_plans.get(key)
        # The entry holds the type and the nodes alive, so no other object can have their ids:
        # a key found is these very objects (checked all the same, by identity).
        if (
            shared is not None
            and shared[0] is parent_type
            and all(kept is node for kept, node in zip(shared[1], nodes, strict=True))
        ):
            return shared[2]
        plan = self._make_field_plan(parent_type, details)
        if len(_shared_plans) >= SHARED_PLANS_LIMIT:
            _shared_plans.clear()
        _shared_plans[key] = (parent_type, nodes, plan)
        return plan

    def _make_field_plan(
        self, parent_type: GraphQLObjectType, details: FieldDetailsList
    ) -> _FieldPlan | None:
        nodes = [d.node for d in details]
        if any(node.arguments or node.directives for node in nodes):
            return None
        if parent_type in (self.schema.mutation_type, self.schema.subscription_type):
            return None  # the walk may call a method again after a retreat: reads only
        name = nodes[0].name.value
        response_name = nodes[0].alias.value if nodes[0].alias else name
        if name == "__typename":
            return _FieldPlan(
                response_name, parent_type.name, False, _typename_answer(parent_type.name)
            )
        field_def = parent_type.fields.get(name)
        if field_def is None or field_def.args:
            return None
        resolve = field_def.resolve
        attribute: str | None = getattr(resolve, "lean_attribute", None)
        method = resolve if hasattr(resolve, "lean_call") else None
        if attribute is None and method is None:
            return None
        return_type = field_def.type
        nullable = get_nullable_type(return_type)
        leaf = _leaf_of(nullable, is_non_null_type(return_type)) if is_leaf_type(nullable) else None
        if attribute is not None and leaf is not None:
            answer = _leaf_attribute_answer(attribute, leaf.coerce, leaf.non_null)
            inline = _Inline(attribute, None, leaf, None)
            return _FieldPlan(response_name, parent_type.name, False, answer, inline)
        shape = self._completion(return_type, details)
        if shape is None:
            return None
        complete, needs_path = shape
        if attribute is not None:
            answer = _attribute_answer(attribute, complete)
            inline = _Inline(attribute, None, None, complete)
            return _FieldPlan(response_name, parent_type.name, needs_path, answer, inline)
        assert method is not None
        call = _method_of(method, field_def, details, parent_type, self.lazy_info_class)
        inline = _Inline(None, call, leaf, None if leaf else complete)
        return _FieldPlan(
            response_name, parent_type.name, True, _method_answer(call, complete), inline
        )

    def _completion(
        self, return_type: GraphQLOutputType, details: FieldDetailsList
    ) -> tuple[Complete, bool] | None:
        """How to complete a value of `return_type`, and whether that needs the value's path."""
        if is_non_null_type(return_type):
            inner = self._completion(return_type.of_type, details)
            return (_non_null(inner[0]), inner[1]) if inner else None
        if is_list_type(return_type):
            item = self._completion(return_type.of_type, details)
            return (_list_of(item[0], item[1]), item[1]) if item else None
        if is_leaf_type(return_type):
            return _leaf(_coercion(return_type)), False
        if not is_object_type(return_type):
            return None  # an interface or a union: graphql-core resolves the runtime type
        assert isinstance(return_type, GraphQLObjectType)
        grouped, defer_usages, forbidden = self.collect_subfields(return_type, details)
        if defer_usages or forbidden:
            return None
        plans = [self._field_plan(return_type, sub) for sub in grouped.values()]
        complete = [plan for plan in plans if plan is not None]
        if len(complete) < len(plans):
            return None
        return _object(return_type, complete), True
