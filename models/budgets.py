from tortoise import fields
from tortoise.models import Model

from models.associations import Association
from models.customers import Customer
from models.enums import ActorKind, BudgetKind, ExhaustionAction
from models.money import money


class Budget(Model):
    """The budget a reseller partner sets for one association. Every change is in `changes`."""

    id = fields.IntField(primary_key=True)
    association: fields.OneToOneRelation[Association] = fields.OneToOneField(
        "models.Association", related_name="budget", on_delete=fields.CASCADE
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="budgets", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(BudgetKind, max_length=16)
    amount = money()
    exhaustion_action = fields.CharEnumField(ExhaustionAction, max_length=16)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    # Set when the association is dissolved: the budget no longer applies, its history stays.
    ended_at = fields.DatetimeField(null=True)

    association_id: int
    customer_id: int

    class Meta:
        table = "budget"


class BudgetChange(Model):
    id = fields.IntField(primary_key=True)
    budget: fields.ForeignKeyRelation[Budget] = fields.ForeignKeyField(
        "models.Budget", related_name="changes", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(BudgetKind, max_length=16)
    amount = money()
    exhaustion_action = fields.CharEnumField(ExhaustionAction, max_length=16)
    previous_amount = money(null=True)
    actor_kind = fields.CharEnumField(ActorKind, max_length=16)
    actor_id = fields.IntField(null=True)
    changed_at = fields.DatetimeField()

    budget_id: int

    class Meta:
        table = "budget_change"
        indexes = (("budget",),)
