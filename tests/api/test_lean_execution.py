"""The lean executor (schema.execution) answers exactly as Strawberry and graphql-core do.

Each document runs through the schema the service serves and through the same schema built
with `lean=False` (Strawberry's own resolvers, graphql-core's own executor), on the same data
and for the same caller; data and errors (message, path, code) must be equal. A small schema of
its own then drives the executor's retreats (nulls where the type forbids them, resolvers that
raise, awaitables, values that do not serialise) through both executors the same way.
"""

import ast
import dataclasses
import gc
import inspect
import textwrap
from dataclasses import replace
from datetime import timedelta
from enum import Enum
from functools import partial
from typing import Any

import pytest
import strawberry
from graphql import (
    ArgumentNode,
    FieldNode,
    GraphQLObjectType,
    IntValueNode,
    NameNode,
    StringValueNode,
    Visitor,
    parse,
    print_ast,
    visit,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import queries
from starlette.requests import Request
from strawberry.scalars import JSON
from strawberry.types import ExecutionResult

from app.graphql import PartnerlinkGraphQL
from app.links import invitation_url
from models import Customer, Partner
from models.enums import AuthorizationScope, BudgetKind, FreezeType
from rules.actors import Actor, CustomerActor, PartnerActor
from rules.authorizations import approve_authorization, request_authorization
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.dissociations import request_dissociation
from rules.freezes import freeze
from schema import execution
from schema.context import Context
from schema.execution import Later, LeanExecutionContext, lean_resolvers
from schema.root import build_schema
from schema.types import NODE_TYPES
from schema.types import Customer as CustomerNode
from tests.api.conftest import SETTINGS, Actors, gid
from tests.rules.mailbox import Outbox

LEAN = build_schema(production=False)
STOCK = build_schema(production=False, lean=False)

DASHBOARD = """
query Page($first: Int!, $after: String) {
  customers(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      association { id state cooperationModel associatedAt dissolvedAt instructionsVersion }
      node {
        __typename id accountName email emailVerified site country accountType registeredAt
        billingCountry enabled frozen resourcesStopped
        freezes { id reason type note frozenAt liftedAt }
        budget { id kind exhaustionAction updatedAt amount { amount currency } }
        authorization { id state scopes source requestedAt decidedAt validUntil revokedAt reason }
      }
    }
  }
}"""

DOCUMENTS = [
    DASHBOARD,
    # Aliases, a fragment, repeated keys merged, __typename at every level.
    """
    fragment Row on Customer { accountName frozen budget { kind } }
    query Aliased($first: Int!) {
      customers(first: $first) {
        __typename
        rows: edges {
          __typename
          c: cursor
          node { ...Row name: accountName again: accountName budget { amount { amount } } }
          node { id }
        }
      }
    }""",
    # Directives: the included and the skipped halves.
    """
    query Directed($first: Int!, $yes: Boolean = true, $no: Boolean = false) {
      customers(first: $first) {
        edges {
          node { accountName @include(if: $yes) email @skip(if: $yes) frozen @include(if: $no) }
          ... on CustomerEdge @skip(if: $no) { cursor }
        }
      }
    }""",
    # Fields with arguments and awaited fields under rows served from a page.
    """
    query Deeper($first: Int!) {
      customers(first: $first) {
        edges {
          node {
            orders(first: 2) { kind }
            resources { name status }
            authorizations { state partner { name } customer { accountName } }
            association { partner { name cooperationModel } budget { usage { spent { amount } } } }
            budget { usage { percentUsed remaining { amount currency } } history { kind } }
          }
        }
      }
    }""",
    # Out of range: an error from a field with arguments, inside a page.
    """
    query TooMany($first: Int!) {
      customers(first: $first) { edges { node { accountName orders(first: 1000) { kind } } } }
    }""",
    """query Me { viewer { __typename ... on Partner { id name cooperationModel createdAt } } }""",
]

CUSTOMER_DOCUMENTS = [
    # A customer's own view: no page rows, so the fields read through the loaders.
    """
    query Mine {
      viewer {
        ... on Customer {
          id accountName frozen resourcesStopped freezes { reason type }
          budget { kind amount { amount currency } }
          association { state cooperationModel partner { name } }
          authorization { state }
          authorizations { state scopes }
          coupons { faceValue { amount } }
        }
      }
    }""",
]


def context(viewer: Actor | None, clock: FakeClock) -> Context:
    request = Request({"type": "http", "method": "POST", "path": "/graphql", "headers": []})
    return Context(
        request=request,
        response=None,
        viewer=viewer,
        clock=clock,
        settings=SETTINGS,
        notifier=Outbox(),
        invitation_url=partial(invitation_url, SETTINGS),
    )


def comparable(result: ExecutionResult) -> dict[str, Any]:
    errors = [(e.message, e.path, (e.extensions or {}).get("code")) for e in result.errors or []]
    return {"data": result.data, "errors": sorted(errors, key=repr)}


async def both(
    document: str, variables: dict[str, Any], viewer: Actor | None, clock: FakeClock
) -> tuple[dict[str, Any], dict[str, Any]]:
    lean = await LEAN.execute(document, variables, context(viewer, clock))
    stock = await STOCK.execute(document, variables, context(viewer, clock))
    return comparable(lean), comparable(stock)


async def partner_with_customers(actors: Actors) -> tuple[Partner, list[Customer]]:
    """Three customers: one with a budget, two freezes and an approved letter; one with a
    pending letter; one with nothing."""
    partner, _ = await actors.partner()
    actor = PartnerActor(partner.id)
    customers = []
    for _ in range(3):
        customer, _ = await actors.build.associated(partner)
        customers.append(customer)
        actors.clock.advance(timedelta(minutes=1))
    full, pending, _ = customers
    await set_budget(
        actor=actor,
        customer_id=full.id,
        kind=BudgetKind.MONTHLY,
        amount="12.50",
        clock=actors.clock,
    )
    await freeze(
        actor=actor, customer_id=full.id, freeze_type=FreezeType.ACCOUNT, clock=actors.clock
    )
    letters = [
        await request_authorization(
            actor=actor,
            customer_id=customer.id,
            scopes=[AuthorizationScope.PLACE_ORDERS, AuthorizationScope.OPERATIONS_AND_MAINTENANCE],
            clock=actors.clock,
        )
        for customer in (full, pending)
    ]
    await approve_authorization(
        actor=CustomerActor(full.id), authorization_id=letters[0].id, clock=actors.clock
    )
    return partner, customers


@pytest.mark.parametrize("document", DOCUMENTS)
async def test_a_partners_documents_answer_alike(
    actors: Actors, clock: FakeClock, document: str
) -> None:
    partner, _ = await partner_with_customers(actors)

    lean, stock = await both(document, {"first": 10}, PartnerActor(partner.id), clock)

    assert lean == stock
    assert lean["data"] is not None or lean["errors"]


async def test_the_dashboard_page_is_served_by_the_lean_walk(
    actors: Actors, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's rows never fall back to graphql-core (so the walk is what the benchmark
    measures), yet answer as graphql-core does."""
    partner, _ = await partner_with_customers(actors)
    fallbacks: list[str] = []
    fall_back = LeanExecutionContext.execute_field

    def spying(self: LeanExecutionContext, parent_type: Any, *args: Any) -> Any:
        fallbacks.append(parent_type.name)
        return fall_back(self, parent_type, *args)

    monkeypatch.setattr(LeanExecutionContext, "execute_field", spying)

    lean, stock = await both(DASHBOARD, {"first": 10}, PartnerActor(partner.id), clock)

    assert lean == stock
    assert len(lean["data"]["customers"]["edges"]) == 3
    # Only the connection's own fields enter execute_field; everything below is walked.
    assert sorted(set(fallbacks)) == ["CustomerConnection", "Query"]


@pytest.mark.parametrize("document", CUSTOMER_DOCUMENTS)
async def test_a_customers_documents_answer_alike(
    actors: Actors, clock: FakeClock, document: str
) -> None:
    _, customers = await partner_with_customers(actors)

    for customer in customers:
        lean, stock = await both(document, {}, CustomerActor(customer.id), clock)
        assert lean == stock
        assert lean["data"]["viewer"]["accountName"] == customer.account_name


async def test_node_lookups_answer_alike(actors: Actors, clock: FakeClock) -> None:
    partner, customers = await partner_with_customers(actors)
    single = """
    query One($id: ID!) {
      node(id: $id) { id ... on Customer { accountName budget { amount { amount } } } }
    }"""
    ids = [gid("Customer", c.id) for c in customers] + ["not-an-id", gid("Partner", partner.id)]

    for id_ in ids:
        lean, stock = await both(single, {"id": id_}, PartnerActor(partner.id), clock)
        assert lean == stock


ROOTS = ("customers", "customers", "customers", "node", "viewer")


class _AimRootFields(Visitor):
    def __init__(self, arguments: dict[str, ArgumentNode]) -> None:
        super().__init__()
        self.arguments = arguments
        self.depth = 0

    def enter_selection_set(self, *_: Any) -> None:
        self.depth += 1

    def leave_selection_set(self, *_: Any) -> None:
        self.depth -= 1

    def enter_field(self, node: FieldNode, *_: Any) -> FieldNode | None:
        if self.depth == 1 and node.name.value in self.arguments:
            return replace(node, arguments=(self.arguments[node.name.value],))
        return None


def aimed(document: str, customer_id: str) -> str:
    """`document` with its root fields' arguments replaced by ones that reach data: a page of
    ten customers, a node that is one of them. Arguments deeper down stay as generated."""
    arguments = {
        "customers": ArgumentNode(name=NameNode(value="first"), value=IntValueNode(value="10")),
        "node": ArgumentNode(name=NameNode(value="id"), value=StringValueNode(value=customer_id)),
    }
    return print_ast(visit(parse(document), _AimRootFields(arguments)))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
async def test_generated_queries_answer_alike(
    actors: Actors, clock: FakeClock, data: st.DataObject
) -> None:
    """Queries generated from the schema (hypothesis-graphql) over the page, a node and the
    viewer, whatever they select."""
    if not await Partner.exists():
        await partner_with_customers(actors)
    partner = await Partner.first()
    customer = await Customer.first()
    assert partner is not None and customer is not None
    generated = data.draw(st.one_of(*(queries(STOCK._schema, fields=[root]) for root in ROOTS)))
    document = aimed(generated, gid("Customer", customer.id))

    lean, stock = await both(document, {}, PartnerActor(partner.id), clock)

    assert lean == stock


# A schema of the test's own, to reach every way the walk hands a subtree back.


def _later(value: Any) -> Later[Any]:
    async def read() -> Any:
        return value

    return Later(read)


KEPT: list[strawberry.Info] = []


@strawberry.type
class Leaf:
    name: str
    maybe: str | None
    count: int

    @strawberry.field
    def lazily(self) -> str:
        return _later(self.name)  # type: ignore[return-value]

    @strawberry.field
    def keeping(self, info: strawberry.Info) -> str:
        KEPT.append(info)
        return self.name

    @strawberry.field
    def failing(self) -> str | None:
        if self.count < 0:
            raise ValueError("negative")
        return self.name


@strawberry.type
class Holder:
    leaves: list[Leaf]
    maybe_leaves: list[Leaf | None]
    first: Leaf | None
    number: int

    @strawberry.field
    def required(self) -> Leaf:
        return self.first  # type: ignore[return-value]


async def _one() -> int:
    return 1


@strawberry.type
class PendingBox:
    """Values graphql-core handles itself: awaitables held as attributes or as list items, and an
    exception held as a value. One box per case, each made for one query, so that every
    coroutine made is awaited."""

    value: int


@strawberry.type
class NumbersBox:
    values: list[int]


@strawberry.type
class LooseBox:
    values: list[JSON]


@strawberry.type
class BrokenBox:
    value: JSON | None  # a scalar that would pass any object through


PATHS: list[list[str | int]] = []


@strawberry.enum
class Shade(Enum):
    LIGHT = "light"
    DARK = "dark"


class Label(str):
    """A str of another type: serialised by String, not taken as it is."""


@strawberry.type
class Mixed:
    """Values a compiled object reads inline, and values that only look alike (an int or a bool
    in a String, an int in a Boolean, a str subclass, an enum's raw value)."""

    text: str
    flag: bool
    shade: Shade
    ident: strawberry.ID
    maybe_text: str | None

    @strawberry.field
    def echoed(self) -> str:
        return self.text

    @strawberry.field
    def flagged(self, info: strawberry.Info) -> bool:
        PATHS.append(info.path.as_list())
        return self.flag

    @strawberry.field
    def shaded(self) -> Shade:
        return self.shade

    @strawberry.field
    def maybe_echoed(self) -> str | None:
        return self.maybe_text


@strawberry.type
class Small:
    # Attributes of the root value, made afresh for each execution (see `small_root`): a method
    # would be called again after the walk's retreat, making a second coroutine.
    pending_box: PendingBox | None = None
    numbers_box: NumbersBox | None = None
    loose_box: LooseBox | None = None
    broken_box: BrokenBox | None = None

    @strawberry.field
    def mixed(self) -> list[Mixed]:
        return [
            Mixed(
                text="plain", flag=True, shade=Shade.DARK, ident=strawberry.ID("7"), maybe_text=None
            ),
            Mixed(text=5, flag=1, shade="light", ident=8, maybe_text=Label("sub")),  # type: ignore[arg-type]
            Mixed(text=True, flag=0, shade=Shade.LIGHT, ident=Label("9"), maybe_text=2.5),  # type: ignore[arg-type]
        ]

    @strawberry.field
    def holders(self) -> list[Holder]:
        good = Leaf(name="a", maybe=None, count=1)
        bad_name = Leaf(name=None, maybe="x", count=2)  # type: ignore[arg-type]
        negative = Leaf(name="n", maybe=None, count=-1)
        not_a_number = Holder(leaves=[], maybe_leaves=[], first=None, number="x")  # type: ignore[arg-type]
        return [
            Holder(leaves=[good], maybe_leaves=[good, None], first=good, number=1),
            Holder(leaves=[good, bad_name], maybe_leaves=[bad_name], first=bad_name, number=2),
            Holder(leaves=[negative], maybe_leaves=[], first=None, number=3),
            not_a_number,
        ]


MUTATIONS: list[str] = []


@strawberry.type
class SmallMutation:
    @strawberry.field
    def touch(self) -> Leaf:
        MUTATIONS.append("touch")
        return Leaf(name=None, maybe=None, count=0)  # type: ignore[arg-type]


SMALL_LEAN = lean_resolvers(
    strawberry.Schema(
        query=Small, mutation=SmallMutation, execution_context_class=LeanExecutionContext
    )
)
SMALL_STOCK = strawberry.Schema(query=Small, mutation=SmallMutation)


def small_root(document: str) -> Small:
    """The root value for `document`, with a coroutine only where it will be awaited."""
    return Small(
        pending_box=PendingBox(value=_one()) if "pendingBox" in document else None,  # type: ignore[arg-type]
        numbers_box=NumbersBox(values=[_one(), 2]) if "numbersBox" in document else None,  # type: ignore[list-item]
        loose_box=LooseBox(values=[_one()]) if "looseBox" in document else None,  # type: ignore[list-item]
        broken_box=BrokenBox(value=ValueError("boom")),  # type: ignore[arg-type]
    )


SMALL_DOCUMENTS = [
    "{ mixed { text flag shade ident maybeText again: text } }",
    "{ mixed { echoed flagged shaded maybeEchoed again: echoed } }",
    "{ holders { number leaves { name maybe count } } }",
    "{ holders { maybeLeaves { name } } }",
    "{ holders { first { name maybe } } }",
    "{ holders { required { name } } }",
    "{ holders { leaves { lazily } } }",
    "{ holders { leaves { failing } first { failing } } }",
    "{ holders { number } }",
    "{ holders { leaves { name } number } }",
    "{ pendingBox { value } }",
    "{ numbersBox { values } }",
    "{ looseBox { values } }",
    "{ brokenBox { value } }",
]


@pytest.mark.lean_retreats
@pytest.mark.parametrize("document", SMALL_DOCUMENTS)
async def test_retreats_answer_alike(document: str) -> None:
    lean = comparable(await SMALL_LEAN.execute(document, root_value=small_root(document)))
    stock = comparable(await SMALL_STOCK.execute(document, root_value=small_root(document)))

    assert lean == stock


async def test_plain_values_and_methods_are_answered_by_the_walk_alone() -> None:
    document = "{ mixed { echoed flagged shaded maybeEchoed again: echoed } }"
    before = execution.FALLBACKS.copy()
    PATHS.clear()

    result = await SMALL_LEAN.execute(document, root_value=small_root(document))

    assert result.errors is None
    assert before == execution.FALLBACKS
    assert [["mixed", index, "flagged"] for index in range(3)] == PATHS


@pytest.mark.lean_retreats
async def test_what_cannot_be_planned_is_executed_by_graphql_core_and_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unplannable(*args: Any) -> None:
        raise RuntimeError("no plan")

    monkeypatch.setattr(LeanExecutionContext, "_make_field_plan", unplannable)
    before = execution.FALLBACKS[execution.NO_PLAN]

    for document in SMALL_DOCUMENTS:
        lean = comparable(await SMALL_LEAN.execute(document, root_value=small_root(document)))
        stock = comparable(await SMALL_STOCK.execute(document, root_value=small_root(document)))
        assert lean == stock, document
    assert execution.FALLBACKS[execution.NO_PLAN] > before


@pytest.mark.lean_retreats
async def test_each_retreat_is_counted_by_its_reason() -> None:
    before = execution.FALLBACKS.copy()

    for document in SMALL_DOCUMENTS:
        await SMALL_LEAN.execute(document, root_value=small_root(document))

    grew = {reason for reason, n in execution.FALLBACKS.items() if n > before[reason]}
    assert {execution.NULL, execution.RAISED, execution.AWAITABLE} <= grew
    assert execution.UNSERIALISABLE in grew  # `number: "x"`


async def test_a_bug_in_the_walk_is_an_error_not_a_second_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(context: Any, source: Any, path: Any) -> Any:
        raise RuntimeError("a bug in the walk")

    def planned(self: LeanExecutionContext, parent_type: Any, details: Any) -> Any:
        name = details[0].node.name.value
        return execution._FieldPlan(name, parent_type.name, False, broken)

    monkeypatch.setattr(LeanExecutionContext, "_make_field_plan", planned)
    document = "{ holders { number } }"

    result = await SMALL_LEAN.execute(document, root_value=small_root(document))

    assert result.data is None
    assert result.errors is not None
    assert "a bug in the walk" in str(result.errors[0].original_error)


async def test_a_mutation_runs_once_whatever_its_answer() -> None:
    """The walk calls methods again after a retreat; a mutation's field is never walked."""
    MUTATIONS.clear()
    document = "mutation { touch { name } }"  # a null name: a retreat, were it walked

    lean = comparable(await SMALL_LEAN.execute(document, root_value=small_root(document)))

    assert MUTATIONS == ["touch"]
    assert lean == comparable(await SMALL_STOCK.execute(document, root_value=small_root(document)))


async def test_an_info_kept_by_a_resolver_still_answers_after_the_response() -> None:
    KEPT.clear()
    document = "{ holders { first { keeping } } }"

    result = await SMALL_LEAN.execute(document, root_value=small_root(document))

    assert result.data is not None
    assert KEPT
    assert {(info.field_name, info.path.key) for info in KEPT} == {("keeping", "keeping")}
    assert all(info._raw_info.parent_type.name == "Leaf" for info in KEPT)


async def test_a_dropped_later_starts_nothing() -> None:
    started: list[int] = []

    async def work() -> int:
        started.append(1)
        return 1

    later: Later[int] = Later(work)
    del later
    assert started == []
    assert await Later(work) == 1
    assert started == [1]


async def test_a_request_leaves_no_reference_cycle_behind(actors: Actors, clock: FakeClock) -> None:
    """graphql-core's execution context refers to itself (bound methods in `async_helpers`),
    and the request's loaders once did too: everything a request built then waited for the
    cyclic collector. Now reference counting frees it when the answer is gone."""
    partner, _ = await partner_with_customers(actors)
    deeper = DOCUMENTS[3]  # reads through the loaders as well
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for document in (DASHBOARD, deeper):
            result = await LEAN.execute(
                document, {"first": 10}, context(PartnerActor(partner.id), clock)
            )
            assert not result.errors
            del result
        gc.collect()
        left = {type(found).__name__ for found in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()

    assert not left & {"LeanExecutionContext", "Context", "Loaders", "DataLoader", "_FieldPlan"}


async def test_wrapping_a_row_sets_what_the_dataclass_constructor_sets(actors: Actors) -> None:
    """`wrap` fills nodes without calling their __init__: the result is the same object."""
    partner, customers = await partner_with_customers(actors)
    await actors.build.invitation(partner)
    await request_dissociation(
        actor=PartnerActor(partner.id), customer_id=customers[2].id, reason="x", clock=actors.clock
    )
    for node_type in NODE_TYPES.values():
        row = await node_type.model_class.first()
        assert row is not None, node_type
        extra = {"row": None} if node_type is CustomerNode else {}

        wrapped = node_type.wrap(row, **extra)

        constructed = node_type(
            **{f.name: getattr(wrapped, f.name) for f in dataclasses.fields(node_type) if f.init}
        )
        assert vars(wrapped) == vars(constructed), node_type
        with pytest.raises(TypeError):
            node_type.wrap(row, unknown=1)


# The walk calls a field method, and after a retreat graphql-core calls it again: a walked
# method must only read. Every one of them is inspected here, so that a new field that writes
# (or awaits, or keeps state) fails this test instead of running twice unnoticed.

WRITING_CALLS = frozenset(
    {
        "save",
        "create",
        "update",
        "delete",
        "bulk_create",
        "bulk_update",
        "get_or_create",
        "update_or_create",
        "select_for_update",
        "execute_query",
        "execute_script",
        "send",
        "add",
        "remove",
        "clear",
        "set",
        "incr",
    }
)


def walked_methods(built: strawberry.Schema) -> dict[str, Any]:
    """Every field method the walk may call, by `Type.field`."""
    found = {}
    for type_ in built._schema.type_map.values():
        if not isinstance(type_, GraphQLObjectType):
            continue
        for name, field in type_.fields.items():
            strawberry_field = getattr(field.resolve, "lean_field", None)
            if strawberry_field is not None:
                found[f"{type_.name}.{name}"] = strawberry_field.base_resolver.wrapped_func
    return found


def writes_in(method: Any) -> list[str]:
    """What in `method`'s own body could change state: an await, an assignment to anything
    but a local name, a `global` or `nonlocal`, a call of a writing method."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    found = []
    for node in ast.walk(tree.body[0]):
        if isinstance(node, ast.Await | ast.Global | ast.Nonlocal | ast.Yield | ast.YieldFrom):
            found.append(type(node).__name__)
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found += [ast.unparse(t) for t in targets if not isinstance(t, ast.Name)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in WRITING_CALLS
        ):
            found.append(ast.unparse(node.func))
    return found


def test_every_walked_field_method_only_reads() -> None:
    methods = walked_methods(LEAN)

    assert "Customer.frozen" in methods and "Budget.amount" in methods  # the walk reaches them
    writing = {name: writes_in(method) for name, method in methods.items()}
    assert {name: found for name, found in writing.items() if found} == {}


def test_the_inspection_finds_a_method_that_writes() -> None:
    class Counter:
        seen = 0

        def bump(self) -> int:
            self.seen += 1
            return self.seen

        def store(self, row: Any) -> Any:
            return row.save()

    assert writes_in(Counter.bump) == ["self.seen"]
    assert writes_in(Counter.store) == ["row.save"]


def test_the_setting_turns_the_walk_off(clock: FakeClock) -> None:
    on = PartnerlinkGraphQL(SETTINGS, clock, Outbox())
    off = PartnerlinkGraphQL(SETTINGS.model_copy(update={"LEAN_EXECUTION": False}), clock, Outbox())

    assert on.schema.execution_context_class is LeanExecutionContext  # type: ignore[attr-defined]
    assert off.schema.execution_context_class is not LeanExecutionContext  # type: ignore[attr-defined]
    assert walked_methods(off.schema) == {}  # type: ignore[arg-type]
