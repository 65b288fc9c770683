"""The object types: what partners and customers read. Each wraps its model (`model`, private)
and reads related objects through the request's loaders."""

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar, Self

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models
from rules import spending
from rules.actors import CustomerActor
from rules.errors import RuleError
from rules.freezes import resource_status
from rules.orders import recent_orders
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
    ExhaustionAction,
    FreezeReason,
    FreezeType,
    InvitationKind,
    InvitationState,
    OrderKind,
    ResourceStatus,
    Site,
)
from schema.errors import refusal_as_error
from schema.ids import node_row_id


@strawberry.type(description="An amount in the deployment's currency, exact to the cent.")
class Money:
    amount: Decimal = strawberry.field(description="A decimal string with two places.")
    currency: str = strawberry.field(description="ISO 4217 code.")

    @classmethod
    def of(cls, amount: Decimal, info: Info) -> "Money":
        return cls(amount=amount, currency=info.context.settings.CURRENCY)


class ModelNode(relay.Node):
    """A node backed by one model row, readable only by those `rules.visibility` allows."""

    model_class: ClassVar[type[Any]]

    @classmethod
    def wrap(cls, row: Any) -> Self:
        return cls(id=row.id, model=row)  # type: ignore[call-arg]

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
    model_class = models.Partner

    @strawberry.field
    def name(self) -> str:
        return self.model.name

    @strawberry.field
    def cooperation_model(self) -> CooperationModel:
        return self.model.cooperation_model

    @strawberry.field
    def created_at(self) -> datetime:
        return self.model.created_at


@strawberry.type
class Freeze(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Freeze]
    model_class = models.Freeze

    @strawberry.field
    def reason(self) -> FreezeReason:
        return self.model.reason

    @strawberry.field(name="type")
    def freeze_type(self) -> FreezeType:
        return self.model.freeze_type

    @strawberry.field
    def note(self) -> str:
        return self.model.note

    @strawberry.field
    def frozen_at(self) -> datetime:
        return self.model.frozen_at

    @strawberry.field
    def lifted_at(self) -> datetime | None:
        return self.model.lifted_at


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
    model_class = models.Budget

    @strawberry.field
    def kind(self) -> BudgetKind:
        return self.model.kind

    @strawberry.field
    def amount(self, info: Info) -> Money:
        return Money.of(self.model.amount, info)

    @strawberry.field
    def exhaustion_action(self) -> ExhaustionAction:
        return self.model.exhaustion_action

    @strawberry.field
    def updated_at(self) -> datetime:
        return self.model.updated_at

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
    model_class = models.Authorization

    @strawberry.field
    def scopes(self) -> list[AuthorizationScope]:
        return sorted(self.model.scope_set)

    @strawberry.field(description="The state now; an approved letter past its validity EXPIRED.")
    def state(self, info: Info) -> AuthorizationState:
        return self.model.state_at(info.context.clock.now())

    @strawberry.field
    def source(self) -> AuthorizationSource:
        return self.model.source

    @strawberry.field
    def requested_at(self) -> datetime:
        return self.model.requested_at

    @strawberry.field
    def decided_at(self) -> datetime | None:
        return self.model.decided_at

    @strawberry.field
    def valid_until(self) -> datetime | None:
        return self.model.valid_until

    @strawberry.field
    def revoked_at(self) -> datetime | None:
        return self.model.revoked_at

    @strawberry.field(description="Why the customer rejected or revoked it.")
    def reason(self) -> str | None:
        return self.model.reason

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
    model_class = models.Association

    @strawberry.field
    def state(self) -> AssociationState:
        return self.model.state

    @strawberry.field
    def cooperation_model(self) -> CooperationModel:
        return self.model.model

    @strawberry.field
    def associated_at(self) -> datetime:
        return self.model.associated_at

    @strawberry.field
    def dissolved_at(self) -> datetime | None:
        return self.model.dissolved_at

    @strawberry.field(description="The version of the reseller instructions accepted.")
    def instructions_version(self) -> str | None:
        return self.model.instructions_version

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
    id: relay.NodeID[int]
    model: strawberry.Private[models.Customer]
    model_class = models.Customer

    @strawberry.field
    def account_name(self) -> str:
        return self.model.account_name

    @strawberry.field
    def email(self) -> str:
        return self.model.email

    @strawberry.field
    def email_verified(self) -> bool:
        return self.model.email_verified_at is not None

    @strawberry.field
    def site(self) -> Site:
        return self.model.site

    @strawberry.field
    def country(self) -> str:
        return self.model.country

    @strawberry.field
    def account_type(self) -> AccountType:
        return self.model.account_type

    @strawberry.field
    def registered_at(self) -> datetime:
        return self.model.registered_at

    @strawberry.field
    def billing_country(self) -> str | None:
        return self.model.billing_country

    @strawberry.field(description="Whether step 4 is done: billing country and agreement.")
    def enabled(self) -> bool:
        return self.model.is_enabled

    @strawberry.field(
        description="For a partner, its latest association with this customer; for the "
        "customer, its active association."
    )
    async def association(self, info: Info) -> Association | None:
        found = await info.context.loaders.association_seen_by_viewer(self.model.id)
        return Association.wrap(found) if found else None

    @strawberry.field(description="The budget of the association seen by the caller.")
    async def budget(self, info: Info) -> Budget | None:
        association = await info.context.loaders.association_seen_by_viewer(self.model.id)
        if association is None:
            return None
        budget = await info.context.loaders.budget_of_association.load(association.id)
        return Budget.wrap(budget) if budget else None

    @strawberry.field(description="The freezes in force, one per reason.")
    async def freezes(self, info: Info) -> list[Freeze]:
        found = await info.context.loaders.active_freezes.load(self.model.id)
        return [Freeze.wrap(frozen) for frozen in found]

    @strawberry.field(description="Whether any freeze is in force.")
    async def frozen(self, info: Info) -> bool:
        return bool(await info.context.loaders.active_freezes.load(self.model.id))

    @strawberry.field(description="Whether a freeze of account and resources is in force.")
    async def resources_stopped(self, info: Info) -> bool:
        found = await info.context.loaders.active_freezes.load(self.model.id)
        return any(f.freeze_type is models.enums.FreezeType.ACCOUNT_AND_RESOURCE for f in found)

    @strawberry.field(description="The latest orders, newest first (100 at most).")
    async def orders(self, first: int = 20) -> list[Order]:
        try:
            found = await recent_orders(self.model.id, first)
        except RuleError as refusal:
            raise refusal_as_error(refusal) from None
        return [Order(model=order) for order in found]

    @strawberry.field
    async def resources(self, info: Info) -> list[Resource]:
        found = await info.context.loaders.resources.load(self.model.id)
        return [Resource(model=resource) for resource in found]

    @strawberry.field(description="The customer's cash coupons (the customer's own view).")
    async def coupons(self, info: Info) -> list[CashCoupon]:
        if not isinstance(info.context.viewer, CustomerActor):
            return []
        found = await info.context.loaders.coupons.load(self.model.id)
        return [CashCoupon(model=coupon) for coupon in found]

    @strawberry.field(description="For a partner: its pending or approved letter, if any.")
    async def authorization(self, info: Info) -> Authorization | None:
        letter = await info.context.loaders.letter_seen_by_viewer(self.model.id)
        return Authorization.wrap(letter) if letter else None

    @strawberry.field(description="For the customer: every letter, newest first.")
    async def authorizations(self, info: Info) -> list[Authorization]:
        letters = await info.context.loaders.letters_of_customer.load(self.model.id)
        viewer = info.context.viewer
        partner_id = getattr(viewer, "partner_id", None)
        mine = [x for x in letters if partner_id is None or x.partner_id == partner_id]
        return [Authorization.wrap(letter) for letter in mine]


@strawberry.type
class Invitation(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.Invitation]
    model_class = models.Invitation

    @strawberry.field
    def kind(self) -> InvitationKind:
        return self.model.kind

    @strawberry.field
    def cooperation_model(self) -> CooperationModel:
        return self.model.model

    @strawberry.field
    def state(self, info: Info) -> InvitationState:
        return self.model.state_at(info.context.clock.now())

    @strawberry.field
    def created_at(self) -> datetime:
        return self.model.created_at

    @strawberry.field
    def expires_at(self) -> datetime:
        return self.model.expires_at

    @strawberry.field
    def max_uses(self) -> int | None:
        return self.model.max_uses

    @strawberry.field
    def use_count(self) -> int:
        return self.model.use_count

    @strawberry.field
    def revoked_at(self) -> datetime | None:
        return self.model.revoked_at

    @strawberry.field(description="The account an online invitation is addressed to.")
    async def invitee(self, info: Info) -> Customer | None:
        if self.model.invitee_id is None:
            return None
        return Customer.wrap(await info.context.loaders.customer.load(self.model.invitee_id))

    @strawberry.field
    async def partner(self, info: Info) -> Partner:
        return Partner.wrap(await info.context.loaders.partner.load(self.model.partner_id))


@strawberry.type
class AuditEvent(ModelNode):
    id: relay.NodeID[int]
    model: strawberry.Private[models.AuditEvent]
    model_class = models.AuditEvent

    @strawberry.field
    def occurred_at(self) -> datetime:
        return self.model.occurred_at

    @strawberry.field
    def actor_kind(self) -> ActorKind:
        return self.model.actor_kind

    @strawberry.field
    def action(self) -> str:
        return self.model.action

    @strawberry.field
    def subject_type(self) -> str:
        return self.model.subject_type

    @strawberry.field
    def subject_id(self) -> int:
        return self.model.subject_id

    @strawberry.field(description="The customer a partner acted for, when it did.")
    def on_behalf_of_customer_id(self) -> int | None:
        return self.model.on_behalf_of_customer_id

    @strawberry.field
    def before(self) -> JSON | None:
        return JSON(self.model.before) if self.model.before is not None else None

    @strawberry.field
    def after(self) -> JSON | None:
        return JSON(self.model.after) if self.model.after is not None else None

    @strawberry.field
    def reason(self) -> str:
        return self.model.reason


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
