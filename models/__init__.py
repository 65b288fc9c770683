"""Tortoise ORM models: data and the constraints the database enforces. No business rules."""

from models.associations import Association
from models.attempts import AttemptCounter
from models.audit import AuditEvent
from models.authorizations import Authorization
from models.budgets import Budget, BudgetChange
from models.customers import Customer
from models.dissociations import DissociationRequest
from models.email_codes import EmailCode, PasswordResetCode
from models.events import Event, EventCursor
from models.facts import (
    Bill,
    CashCoupon,
    Contract,
    CouponDeduction,
    EnterpriseRelation,
    Expenditure,
    ReservedInstance,
    Resource,
    SupportPlan,
)
from models.freezes import Freeze
from models.idempotency import IdempotencyRecord
from models.invitations import Invitation
from models.orders import BudgetAlert, Order
from models.outbox import MailAttempt, OutboxMail
from models.partners import ApiKey, Partner
from models.sessions import CustomerSession
from models.webhooks import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookStream

__all__ = [
    "ApiKey",
    "Association",
    "AttemptCounter",
    "AuditEvent",
    "Authorization",
    "Bill",
    "Budget",
    "BudgetAlert",
    "BudgetChange",
    "CashCoupon",
    "Contract",
    "CouponDeduction",
    "Customer",
    "CustomerSession",
    "DissociationRequest",
    "EmailCode",
    "EnterpriseRelation",
    "Event",
    "EventCursor",
    "Expenditure",
    "Freeze",
    "IdempotencyRecord",
    "Invitation",
    "MailAttempt",
    "Order",
    "OutboxMail",
    "Partner",
    "PasswordResetCode",
    "ReservedInstance",
    "Resource",
    "SupportPlan",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookStream",
]
