from tortoise import fields
from tortoise.models import Model

from models.budgets import Budget
from models.customers import Customer
from models.enums import OrderKind
from models.facts import Expenditure
from models.money import money
from models.partners import Partner


class Order(Model):
    """A purchase, renewal or change the customer (or its authorized partner) placed.

    Its cost is recorded as the expenditure it points to; `placed_by_partner` is set when a
    partner placed it on the customer's behalf.
    """

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="orders", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(OrderKind, max_length=16)
    amount = money()
    description = fields.CharField(max_length=200, default="")
    placed_at = fields.DatetimeField(db_index=True)
    placed_by_partner: fields.ForeignKeyNullableRelation[Partner] = fields.ForeignKeyField(
        "models.Partner", related_name="orders_placed", null=True, on_delete=fields.SET_NULL
    )
    expenditure: fields.OneToOneRelation[Expenditure] = fields.OneToOneField(
        "models.Expenditure", related_name="order", on_delete=fields.RESTRICT
    )

    customer_id: int
    placed_by_partner_id: int | None
    expenditure_id: int

    class Meta:
        table = "customer_order"
        indexes = (("customer",),)


class BudgetAlert(Model):
    """A threshold of a budget reached in one period. Unique, so each alert is raised once."""

    id = fields.IntField(primary_key=True)
    budget: fields.ForeignKeyRelation[Budget] = fields.ForeignKeyField(
        "models.Budget", related_name="alerts", on_delete=fields.CASCADE
    )
    period_start = fields.DatetimeField()
    threshold_percent = fields.IntField()
    reached_at = fields.DatetimeField()

    budget_id: int

    class Meta:
        table = "budget_alert"
        unique_together = (("budget", "period_start", "threshold_percent"),)
