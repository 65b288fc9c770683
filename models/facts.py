"""Account facts that eligibility and the money gates read. In a real cloud they come from billing
systems; here operators load them. `ref` is the source system's identifier, unique per kind, so that
loading the same facts twice changes nothing."""

from tortoise import fields
from tortoise.models import Model

from models.customers import Customer
from models.enums import AccountingMode, ContractKind, MemberAccountKind
from models.money import money


class Contract(Model):
    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="contracts", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ContractKind, max_length=40)
    signed_at = fields.DatetimeField()
    ends_at = fields.DatetimeField(null=True)

    customer_id: int

    class Meta:
        table = "contract"
        indexes = (("customer", "kind"),)


class ReservedInstance(Model):
    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="reserved_instances", on_delete=fields.CASCADE
    )
    valid_from = fields.DatetimeField()
    valid_until = fields.DatetimeField()

    customer_id: int

    class Meta:
        table = "reserved_instance"
        indexes = (("customer", "valid_until"),)


class SupportPlan(Model):
    """A paid support plan; while valid, the account cannot be dissociated from its partner."""

    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="support_plans", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=120, default="")
    valid_from = fields.DatetimeField()
    valid_until = fields.DatetimeField()

    customer_id: int

    class Meta:
        table = "support_plan"
        indexes = (("customer", "valid_until"),)


class Expenditure(Model):
    """What the customer consumed.

    `cash_amount` is the part paid in cash; a cash coupon may pay the rest. An account with any
    cash paid "has cash expenditure records".
    """

    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="expenditures", on_delete=fields.CASCADE
    )
    amount = money()
    cash_amount = money()
    spent_at = fields.DatetimeField()
    description = fields.CharField(max_length=200, default="")

    customer_id: int

    class Meta:
        table = "expenditure"
        indexes = (("customer", "spent_at"),)


class Bill(Model):
    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="bills", on_delete=fields.CASCADE
    )
    amount = money()
    issued_at = fields.DatetimeField()
    paid_at = fields.DatetimeField(null=True)

    customer_id: int

    class Meta:
        table = "bill"
        indexes = (("customer", "paid_at"),)


class EnterpriseRelation(Model):
    """A member account under an enterprise master. Ended relations keep `ended_at`."""

    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    master: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="member_relations", on_delete=fields.CASCADE
    )
    member: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="master_relations", on_delete=fields.CASCADE
    )
    accounting_mode = fields.CharEnumField(AccountingMode, max_length=16)
    member_account_kind = fields.CharEnumField(MemberAccountKind, max_length=24)
    started_at = fields.DatetimeField()
    ended_at = fields.DatetimeField(null=True)

    master_id: int
    member_id: int

    class Meta:
        table = "enterprise_relation"
        indexes = (("member",), ("master",))


class CashCoupon(Model):
    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="coupons", on_delete=fields.CASCADE
    )
    face_value = money()
    balance = money()
    issued_at = fields.DatetimeField()
    valid_until = fields.DatetimeField()

    customer_id: int

    class Meta:
        table = "cash_coupon"
        indexes = (("customer",),)


class CouponDeduction(Model):
    """A part of an expenditure paid with a cash coupon."""

    id = fields.IntField(primary_key=True)
    coupon: fields.ForeignKeyRelation[CashCoupon] = fields.ForeignKeyField(
        "models.CashCoupon", related_name="deductions", on_delete=fields.CASCADE
    )
    expenditure: fields.ForeignKeyRelation[Expenditure] = fields.ForeignKeyField(
        "models.Expenditure", related_name="coupon_deductions", on_delete=fields.CASCADE
    )
    amount = money()
    deducted_at = fields.DatetimeField()

    coupon_id: int
    expenditure_id: int

    class Meta:
        table = "coupon_deduction"
        indexes = (("expenditure",),)


class Resource(Model):
    """A subscribed cloud resource. Whether it is stopped follows from the account's freezes."""

    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=64, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="resources", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=120)
    subscribed_at = fields.DatetimeField()

    customer_id: int

    class Meta:
        table = "resource"
        indexes = (("customer",),)
