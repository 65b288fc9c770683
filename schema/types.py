"""The object types: what partners and customers read. Each wraps its model (`model`, private)
and reads related objects through the request's loaders."""

import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache, partial
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Self, TypeVar, cast

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models
from rules import spending
from rules.actors import PartnerActor
from rules.api_keys import keys_of
from rules.dashboard import CustomerRow
from rules.errors import RuleError
from rules.freezes import resource_status
from rules.invitations import budget_preset
from rules.visibility import visible
from schema.context import Info
from schema.enums import (
    AccountType,
    ActorKind,
    AssociationState,
    AuthorizationScope,
    AuthorizationSource,
    AuthorizationState,
    BudgetKind,
    CooperationModel,
    DissociationState,
    ExhaustionAction,
    FreezeReason,
    FreezeType,
    InvitationKind,
    InvitationState,
    OrderKind,
    ResourceStatus,
    Site,
)
from schema.errors import refusal_as_error, require_partner
from schema.execution import Later
from schema.ids import node_row_id
from schema.keys import ApiKey

if TYPE_CHECKING:
    from schema.dissociations import DissociationRequest
    from schema.expenditures import ExpenditureConnection

T = TypeVar("T")
R = TypeVar("R")


@strawberry.type(description="An amount in the deployment's currency, exact to the cent.")
class Money:
    amount: Decimal = strawberry.field(description="A decimal string with two places.")
    currency: str = strawberry.field(description="ISO 4217 code.")

    @classmethod
    def of(cls, amount: Decimal, info: Info) -> "Money":
        return cls(amount=amount, currency=info.context.settings.CURRENCY)


def _then(pending: Callable[[], Awaitable[R]], present: Callable[[R], T]) -> Later[T]:
    """`present` of what `pending` reads, once awaited; nothing is read before."""

    async def read() -> T:
        return present(await pending())

    return Later(read)


def _wrapped(node: Any, row: Any | None) -> Any:
    return node.wrap(row) if row is not None else None


@dataclass(frozen=True, slots=True)
class _Blueprint:
    """How `wrap` fills a node: each copied field with how to read it from the row, and the
    defaults of the others. `direct` when the dataclass's __init__ would only assign them."""

    copiers: tuple[tuple[str, Callable[[Any], Any]], ...]
    defaults: dict[str, Any]
    direct: bool


@cache
def _blueprint(node: type) -> _Blueprint:
    derived: dict[str, Callable[[Any], Any]] = getattr(node, "derived", {})
    every = dataclasses.fields(node)
    fields = [f for f in every if f.init]
    own = [f for f in fields if f.name in ("id", "model", "row")]
    names = [f.name for f in fields if f not in own]
    defaults = {f.name: f.default for f in own if f.default is not dataclasses.MISSING}
    # The dataclass's __init__ assigns the init fields and the default factories' values, and
    # leaves the other non-init fields (the resolvers' methods, relay's `_id`) to the class.
    direct = not hasattr(node, "__post_init__") and all(
        f.default_factory is dataclasses.MISSING for f in every
    )
    copiers = tuple((name, derived.get(name) or attrgetter(name)) for name in names)
    return _Blueprint(copiers, defaults, direct)


@cache
def _immutable(row: type) -> bool:
    """Whether a `row` is a named tuple or a frozen dataclass: its values are those it was
    made with."""
    if issubclass(row, tuple) and hasattr(row, "_fields"):
        return True
    params = getattr(row, "__dataclass_params__", None)
    return params is not None and bool(params.frozen)


@cache
def _reading(node: type) -> type:
    """`node`, its copied fields read from the row (`model`) when asked (same GraphQL type:
    Strawberry finds the node's definition through the class it derives from)."""

    def reader(read: Callable[[Any], Any]) -> property:
        return property(lambda self: read(self.__dict__["model"]))

    blueprint = _blueprint(node)
    copied = {name: reader(read) for name, read in blueprint.copiers}
    extra = {"__doc__": node.__doc__, "wrap_defaults": blueprint.defaults}
    return type(node.__name__, (node,), {**copied, **extra})


# The lazy class of each node type and immutable row type met (see `ModelNode.wrap`).
_lazy_classes: dict[tuple[type, type], Any] = {}


class ModelNode(relay.Node):
    """A node backed by one model row, readable only by those `rules.visibility` allows.

    Plain fields are copied from the row when it is wrapped (from the attribute of the same
    name, or as `derived` says): a copied value resolves far cheaper than a resolver method,
    which counts on a page of a hundred rows."""

    model_class: ClassVar[type[Any]]
    derived: ClassVar[dict[str, Callable[[Any], Any]]] = {}

    @classmethod
    def wrap(cls, source: Any, **extra: Any) -> Self:
        known: Any = _lazy_classes.get((cls, type(source)))
        if known is not None and extra.keys() <= known.wrap_defaults.keys():
            made: Any = object.__new__(known)  # the commonest, a page's rows: as below
            fields = made.__dict__
            fields["id"], fields["model"] = source.id, source
            fields.update(known.wrap_defaults)
            fields.update(extra)
            return cast(Self, made)
        blueprint = _blueprint(cast(type, cls))
        if extra.keys() - blueprint.defaults.keys():
            raise TypeError(f"{cls.__name__}.wrap() takes no {sorted(extra)}")
        values = {"id": source.id, "model": source, **blueprint.defaults, **extra}
        row_type: Any = type(source)
        if blueprint.direct and _immutable(row_type):
            # A row that cannot change (a read model's frozen dataclass) is read when a field
            # asks, not copied whole: a page's nodes are asked for a few of their fields.
            lazy_class = _reading(cast(Any, cls))
            _lazy_classes[cls, row_type] = lazy_class
            lazy: Any = object.__new__(lazy_class)
            lazy.__dict__.update(values)
            return cast(Self, lazy)
        for name, read in blueprint.copiers:
            values[name] = read(source)
        if not blueprint.direct:
            return cls(**values)
        # What the dataclass's __init__ would do, without its keyword-argument call: a page of
        # a hundred customers wraps several hundred nodes.
        node = object.__new__(cls)
        node.__dict__.update(values)
        return node

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: list[str], required: bool = False
    ) -> list[Any]:
        ids = [node_row_id(cls.model_class.__name__, node_id) for node_id in node_ids]
        found = await visible(cls.model_class, info.context.viewer, [i for i in ids if i])
        rows = [found.get(i) for i in ids]
        return [cls.wrap(row) if row is not None else None for row in rows]


@strawberry.type
class Partner(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Partner]
    name: str
    cooperation_model: CooperationModel
    created_at: datetime
    model_class = models.Partner

    @strawberry.field(
        description="ADMIN keys only: the partner's API keys, newest first, revoked and expired "
        "ones included."
    )
    async def api_keys(self, info: Info) -> list[ApiKey]:
        actor = require_partner(info)
        if actor.partner_id != self.id:
            return []
        return [ApiKey.of(key, info.context.clock) for key in await keys_of(actor)]


@strawberry.type
class Freeze(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Freeze]
    reason: FreezeReason
    freeze_type: FreezeType = strawberry.field(name="type")
    note: str
    frozen_at: datetime
    lifted_at: datetime | None
    model_class = models.Freeze


@strawberry.type
class BudgetChange:
    model: strawberry.Private[models.BudgetChange]

    @strawberry.field
    def kind(self) -> BudgetKind:
        return self.model.kind

    @strawberry.field
    def amount(self, info: Info) -> Money:
        return Money.of(self.model.amount, info)

    @strawberry.field
    def previous_amount(self, info: Info) -> Money | None:
        previous = self.model.previous_amount
        return Money.of(previous, info) if previous is not None else None

    @strawberry.field
    def exhaustion_action(self) -> ExhaustionAction:
        return self.model.exhaustion_action

    @strawberry.field
    def actor_kind(self) -> ActorKind:
        return self.model.actor_kind

    @strawberry.field
    def changed_at(self) -> datetime:
        return self.model.changed_at


@strawberry.type(description="How much of its budget the customer has used in this period.")
class BudgetUsage:
    usage: strawberry.Private[spending.BudgetUsage]

    @strawberry.field(
        description="Where the period began: the 1st of the month at 00:00 UTC "
        "(or the association, if later) for MONTHLY; the association for PACKAGE."
    )
    def period_start(self) -> datetime:
        return self.usage.period_start

    @strawberry.field
    def spent(self, info: Info) -> Money:
        return Money.of(self.usage.spent, info)

    @strawberry.field
    def remaining(self, info: Info) -> Money:
        return Money.of(self.usage.remaining, info)

    @strawberry.field(description="Spent as a percentage of the budget, two decimal places.")
    def percent_used(self) -> Decimal:
        return self.usage.percent_used


@strawberry.type
class Budget(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Budget]
    kind: BudgetKind
    exhaustion_action: ExhaustionAction
    updated_at: datetime
    ended_at: datetime | None = strawberry.field(
        description="When the association was dissolved: the budget no longer applies."
    )
    model_class = models.Budget

    @strawberry.field
    def amount(self, info: Info) -> Money:
        return Money.of(self.model.amount, info)

    @strawberry.field
    async def usage(self, info: Info) -> BudgetUsage:
        return BudgetUsage(usage=await info.context.loaders.budget_usage.load(self.model.id))

    @strawberry.field(description="Every change, oldest first.")
    async def history(self, info: Info) -> list[BudgetChange]:
        changes = await info.context.loaders.budget_changes.load(self.model.id)
        return [BudgetChange(model=change) for change in changes]


@strawberry.type
class Authorization(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Authorization]
    scopes: list[AuthorizationScope]
    source: AuthorizationSource
    requested_at: datetime
    decided_at: datetime | None
    valid_until: datetime | None
    revoked_at: datetime | None
    reason: str | None = strawberry.field(description="Why the customer rejected or revoked it.")
    model_class = models.Authorization
    derived: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "scopes": lambda letter: sorted(letter.scope_set)
    }

    @strawberry.field(description="The state now; an approved letter past its validity EXPIRED.")
    def state(self, info: Info) -> AuthorizationState:
        return self.model.state_at(info.context.clock.now())

    @strawberry.field
    async def partner(self, info: Info) -> Partner:
        return Partner.wrap(await info.context.loaders.partner.load(self.model.partner_id))

    @strawberry.field
    async def customer(self, info: Info) -> "Customer":
        return Customer.wrap(await info.context.loaders.customer.load(self.model.customer_id))


@strawberry.type
class Association(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Association]
    state: AssociationState
    cooperation_model: CooperationModel
    associated_at: datetime
    dissolved_at: datetime | None
    dissolved_by: ActorKind | None = strawberry.field(
        description="The side whose request ended the association."
    )
    dissolution_reason: str | None = strawberry.field(description="Why it was ended.")
    instructions_version: str | None = strawberry.field(
        description="The version of the reseller instructions accepted."
    )
    model_class = models.Association
    derived: ClassVar[dict[str, Callable[[Any], Any]]] = {"cooperation_model": attrgetter("model")}

    @strawberry.field
    async def partner(self, info: Info) -> Partner:
        return Partner.wrap(await info.context.loaders.partner.load(self.model.partner_id))

    @strawberry.field
    async def customer(self, info: Info) -> "Customer":
        return Customer.wrap(await info.context.loaders.customer.load(self.model.customer_id))

    @strawberry.field
    async def budget(self, info: Info) -> Budget | None:
        budget = await info.context.loaders.budget_of_association.load(self.model.id)
        return Budget.wrap(budget) if budget else None

    @strawberry.field(
        description="The invitation it was made through: for the partner that made it; null "
        "for anyone else."
    )
    async def invitation(self, info: Info) -> "Invitation | None":
        found = await info.context.loaders.invitation_seen.load(self.model.invitation_id)
        return Invitation.wrap(found) if found else None


@strawberry.type(
    description="A subscribed resource; it stops under an account-and-resource freeze."
)
class Resource:
    model: strawberry.Private[models.Resource]

    @strawberry.field
    def name(self) -> str:
        return self.model.name

    @strawberry.field
    def subscribed_at(self) -> datetime:
        return self.model.subscribed_at

    @strawberry.field
    async def status(self, info: Info) -> ResourceStatus:
        frozen = await info.context.loaders.active_freezes.load(self.model.customer_id)
        return resource_status(frozen)


@strawberry.type
class CashCoupon:
    model: strawberry.Private[models.CashCoupon]

    @strawberry.field(description="The id applyCoupon takes.")
    def coupon_id(self) -> relay.GlobalID:
        return relay.GlobalID("CashCoupon", str(self.model.id))

    @strawberry.field
    def face_value(self, info: Info) -> Money:
        return Money.of(self.model.face_value, info)

    @strawberry.field
    def balance(self, info: Info) -> Money:
        return Money.of(self.model.balance, info)

    @strawberry.field
    def valid_until(self) -> datetime:
        return self.model.valid_until


@strawberry.type
class Order:
    model: strawberry.Private[models.Order]

    @strawberry.field
    def order_id(self) -> relay.GlobalID:
        return relay.GlobalID("Order", str(self.model.id))

    @strawberry.field
    def kind(self) -> OrderKind:
        return self.model.kind

    @strawberry.field
    def amount(self, info: Info) -> Money:
        return Money.of(self.model.amount, info)

    @strawberry.field
    def description(self) -> str:
        return self.model.description

    @strawberry.field
    def placed_at(self) -> datetime:
        return self.model.placed_at

    @strawberry.field(description="The partner that placed it on the customer's behalf.")
    async def placed_by_partner(self, info: Info) -> Partner | None:
        partner_id = self.model.placed_by_partner_id
        if partner_id is None:
            return None
        return Partner.wrap(await info.context.loaders.partner.load(partner_id))

    @strawberry.field(description="The id applyCoupon takes for this order's expenditure.")
    def expenditure_id(self) -> relay.GlobalID:
        return relay.GlobalID("Expenditure", str(self.model.expenditure_id))


@strawberry.type
class Customer(ModelNode):
    """Its association, budget, freezes and letter are read through the loaders, or, on a
    dashboard page, handed in already read (`row`), so that those fields resolve without an
    await: a page of 100 customers then costs a few hundred fewer awaitables."""

    id: relay.NodeID[int]
    model: strawberry.Private[models.Customer]
    account_name: str
    email: str
    email_verified: bool
    site: Site
    country: str
    account_type: AccountType
    registered_at: datetime
    billing_country: str | None
    enabled: bool = strawberry.field(
        description="Whether step 4 is done: billing country and agreement."
    )
    row: strawberry.Private[CustomerRow | None] = None
    model_class = models.Customer
    derived: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "email_verified": lambda customer: customer.email_verified_at is not None,
        "enabled": attrgetter("is_enabled"),
    }

    @strawberry.field(
        graphql_type=Association | None,
        description="For a partner, its latest association with this customer; for the "
        "customer, its active association.",
    )
    def association(self, info: Info) -> Any:
        if self.row is not None:
            return _wrapped(Association, self.row.association)
        found = partial(info.context.loaders.association_seen.load, self.model.id)
        return _then(found, partial(_wrapped, Association))

    @strawberry.field(
        graphql_type=Budget | None, description="The budget of the association seen by the caller."
    )
    def budget(self, info: Info) -> Any:
        if self.row is not None:
            return _wrapped(Budget, self.row.budget)
        return Later(partial(self._budget_later, info))

    async def _budget_later(self, info: Info) -> Budget | None:
        association = await info.context.loaders.association_seen.load(self.model.id)
        if association is None:
            return None
        budget = await info.context.loaders.budget_of_association.load(association.id)
        return Budget.wrap(budget) if budget else None

    def _freezes(self, info: Info, present: Callable[[list[Any]], T]) -> T | Awaitable[T]:
        # models.Freeze from the loader, or rules.dashboard_rows.FreezeView on a dashboard page.
        if self.row is not None:
            return present(self.row.freezes)
        if isinstance(info.context.viewer, PartnerActor):
            return _then(partial(self._current_freezes, info), present)
        return _then(partial(info.context.loaders.active_freezes.load, self.model.id), present)

    async def _current_freezes(self, info: Info) -> list[models.Freeze]:
        if await self._dissolved_for_partner(info) is not None:
            return []
        return await info.context.loaders.active_freezes.load(self.model.id)

    async def _dissolved_for_partner(self, info: Info) -> datetime | None:
        """When the viewing partner's association with the customer was dissolved: from then
        on the customer's freezes, orders and resources are no longer its business."""
        if not isinstance(info.context.viewer, PartnerActor):
            return None
        if self.row is not None:
            return self.row.association.dissolved_at
        association = await info.context.loaders.association_seen.load(self.model.id)
        return association.dissolved_at if association is not None else None

    @strawberry.field(
        graphql_type=list[Freeze], description="The freezes in force, one per reason."
    )
    def freezes(self, info: Info) -> Any:
        return self._freezes(info, lambda found: [Freeze.wrap(frozen) for frozen in found])

    @strawberry.field(graphql_type=bool, description="Whether any freeze is in force.")
    def frozen(self, info: Info) -> Any:
        return self._freezes(info, bool)

    @strawberry.field(
        graphql_type=bool, description="Whether a freeze of account and resources is in force."
    )
    def resources_stopped(self, info: Info) -> Any:
        return self._freezes(info, lambda found: resource_status(found) is ResourceStatus.STOPPED)

    @strawberry.field(description="The latest orders, newest first (100 at most).")
    async def orders(self, info: Info, first: int = 20) -> list[Order]:
        try:
            found = await info.context.loaders.recent_orders.load((self.model.id, first))
        except RuleError as refusal:
            raise refusal_as_error(refusal) from None
        until = await self._dissolved_for_partner(info)
        return [Order(model=order) for order in found if until is None or order.placed_at <= until]

    @strawberry.field
    async def resources(self, info: Info) -> list[Resource]:
        if await self._dissolved_for_partner(info) is not None:
            return []
        found = await info.context.loaders.resources.load(self.model.id)
        return [Resource(model=resource) for resource in found]

    @strawberry.field(description="The customer's cash coupons (the customer's own view).")
    async def coupons(self, info: Info) -> list[CashCoupon]:
        found = await info.context.loaders.coupons_seen.load(self.model.id)
        return [CashCoupon(model=coupon) for coupon in found]

    @strawberry.field(
        description="Newest first, a page at a time (100 at most): for the customer itself and "
        "the partner it is associated with; empty for anyone else."
    )
    async def expenditures(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Annotated["ExpenditureConnection", strawberry.lazy("schema.expenditures")]:
        from schema.expenditures import expenditure_connection

        return await expenditure_connection(info, self.model.id, first=first, after=after)

    @strawberry.field(
        graphql_type=Authorization | None,
        description="For a partner: its pending or approved letter, if any.",
    )
    def authorization(self, info: Info) -> Any:
        if self.row is not None:
            return _wrapped(Authorization, self.row.letter)
        letter = partial(info.context.loaders.open_letter_seen.load, self.model.id)
        return _then(letter, partial(_wrapped, Authorization))

    @strawberry.field(
        description="Dissociation requests about this customer, newest first: a partner sees "
        "its own, the customer all of them; `state` as of now."
    )
    async def dissociation_requests(
        self, info: Info, state: DissociationState | None = None
    ) -> list[Annotated["DissociationRequest", strawberry.lazy("schema.dissociations")]]:
        from schema.dissociations import DissociationRequest  # it builds on this module

        found = await info.context.loaders.dissociation_requests_seen.load(self.model.id)
        now = info.context.clock.now()
        return [
            DissociationRequest.wrap(request)
            for request in found
            if state is None or request.state_at(now) is state
        ]

    @strawberry.field(
        description="Newest first: for the customer every letter, for a partner the ones it sent."
    )
    async def authorizations(self, info: Info) -> list[Authorization]:
        letters = await info.context.loaders.letters_seen.load(self.model.id)
        return [Authorization.wrap(letter) for letter in letters]


@strawberry.type(
    description="The budget a reseller's invitation gives the customers associating through it."
)
class BudgetPreset:
    kind: BudgetKind
    amount: Money
    exhaustion_action: ExhaustionAction


@strawberry.type
class Invitation(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Invitation]
    kind: InvitationKind
    cooperation_model: CooperationModel
    created_at: datetime
    expires_at: datetime
    max_uses: int | None
    use_count: int
    revoked_at: datetime | None
    model_class = models.Invitation
    derived: ClassVar[dict[str, Callable[[Any], Any]]] = {"cooperation_model": attrgetter("model")}

    @strawberry.field
    def state(self, info: Info) -> InvitationState:
        return self.model.state_at(info.context.clock.now())

    @strawberry.field(
        description="The account name an online invitation is addressed to. Only the name: "
        "the partner sees the account itself once it is associated."
    )
    async def invitee_account_name(self, info: Info) -> str | None:
        if self.model.invitee_id is None:
            return None
        invitee = await info.context.loaders.customer.load(self.model.invitee_id)
        return invitee.account_name if invitee else None

    @strawberry.field
    async def partner(self, info: Info) -> Partner:
        return Partner.wrap(await info.context.loaders.partner.load(self.model.partner_id))

    @strawberry.field(
        description="Set as the customer's budget when it associates, lifting the freeze "
        "pending a budget in the same transaction."
    )
    def budget_preset(self, info: Info) -> BudgetPreset | None:
        preset = budget_preset(self.model)
        if preset is None:
            return None
        return BudgetPreset(
            kind=preset.kind,
            amount=Money.of(Decimal(preset.amount), info),
            exhaustion_action=preset.exhaustion_action,
        )

    @strawberry.field(description="The associations made through it, oldest first.")
    async def associations(self, info: Info) -> list[Association]:
        found = await info.context.loaders.associations_of_invitation.load(self.model.id)
        return [Association.wrap(association) for association in found]


@strawberry.type
class AuditEvent(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.AuditEvent]
    occurred_at: datetime
    actor_kind: ActorKind
    action: str
    subject_type: str
    subject_id: int
    on_behalf_of_customer_id: int | None = strawberry.field(
        description="The customer a partner acted for, when it did."
    )
    before: JSON | None
    after: JSON | None
    reason: str
    model_class = models.AuditEvent

    @strawberry.field(
        description="The API key the partner acted with (who of its staff), for that partner "
        "only; null for customers and for changes made without a key."
    )
    async def actor_key(self, info: Info) -> ApiKey | None:
        viewer, key_id = info.context.viewer, self.model.actor_key_id
        if not isinstance(viewer, PartnerActor) or key_id is None:
            return None
        key = await info.context.loaders.api_key.load(key_id)
        if key is None or key.partner_id != viewer.partner_id:
            return None
        return ApiKey.of(key, info.context.clock)


NODE_TYPES: dict[str, type[ModelNode]] = {
    cls.__name__: cls
    for cls in (
        Partner,
        Customer,
        Invitation,
        Association,
        Authorization,
        Budget,
        Freeze,
        AuditEvent,
    )
}
