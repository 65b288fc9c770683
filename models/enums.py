"""Enumerations stored in the database. Their values are part of the schema: never rename one."""

from enum import StrEnum


class CooperationModel(StrEnum):
    RESELLER = "RESELLER"
    REFERRAL = "REFERRAL"


class Site(StrEnum):
    INTERNATIONAL = "INTERNATIONAL"
    CHINA = "CHINA"


class AccountType(StrEnum):
    INDIVIDUAL = "INDIVIDUAL"
    ENTERPRISE_MASTER = "ENTERPRISE_MASTER"
    ENTERPRISE_MEMBER = "ENTERPRISE_MEMBER"


class ContractKind(StrEnum):
    OFFLINE_DIRECTLY_SIGNED = "OFFLINE_DIRECTLY_SIGNED"
    AUTHORIZED_TELEMARKETING_DISCOUNT = "AUTHORIZED_TELEMARKETING_DISCOUNT"
    DIRECTLY_SIGNED_SPECIAL_OFFER = "DIRECTLY_SIGNED_SPECIAL_OFFER"
    PROFESSIONAL_SERVICE = "PROFESSIONAL_SERVICE"


class AccountingMode(StrEnum):
    UNIFIED = "UNIFIED"
    SEPARATE = "SEPARATE"


class MemberAccountKind(StrEnum):
    RESOURCE_ACCOUNT = "RESOURCE_ACCOUNT"
    CLOUD_ACCOUNT = "CLOUD_ACCOUNT"
    FINANCIAL_ACCOUNT = "FINANCIAL_ACCOUNT"


class InvitationKind(StrEnum):
    LINK = "LINK"
    ONLINE = "ONLINE"


class InvitationState(StrEnum):
    ACTIVE = "ACTIVE"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"
    USED_UP = "USED_UP"


class AssociationState(StrEnum):
    ACTIVE = "ACTIVE"
    DISSOLVED = "DISSOLVED"


class AuthorizationScope(StrEnum):
    PLACE_ORDERS = "PLACE_ORDERS"
    OPERATIONS_AND_MAINTENANCE = "OPERATIONS_AND_MAINTENANCE"


class AuthorizationState(StrEnum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"


class AuthorizationSource(StrEnum):
    LETTER_AT_ASSOCIATION = "LETTER_AT_ASSOCIATION"
    PARTNER_REQUEST = "PARTNER_REQUEST"


class BudgetKind(StrEnum):
    MONTHLY = "MONTHLY"
    PACKAGE = "PACKAGE"


class ExhaustionAction(StrEnum):
    MANUAL = "MANUAL"
    AUTO_FREEZE = "AUTO_FREEZE"


class FreezeType(StrEnum):
    ACCOUNT = "ACCOUNT"
    ACCOUNT_AND_RESOURCE = "ACCOUNT_AND_RESOURCE"


class FreezeReason(StrEnum):
    PENDING_BUDGET = "PENDING_BUDGET"
    PARTNER = "PARTNER"
    BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED"


class ActorKind(StrEnum):
    PARTNER = "PARTNER"
    CUSTOMER = "CUSTOMER"
    OPERATOR = "OPERATOR"
    SYSTEM = "SYSTEM"


class OrderKind(StrEnum):
    PURCHASE = "PURCHASE"
    RENEWAL = "RENEWAL"
    CHANGE = "CHANGE"


class KeyRole(StrEnum):
    """What a partner's API key may do: READ reads, MANAGE also changes customers, ADMIN may do
    everything, its partner's keys included (`schema/roles.py` says what each operation needs)."""

    READ = "READ"
    MANAGE = "MANAGE"
    ADMIN = "ADMIN"


class EventType(StrEnum):
    """What partners and customers are told about: the catalogue of webhooks and subscriptions."""

    ASSOCIATION_CREATED = "association.created"
    ASSOCIATION_DISSOLVED = "association.dissolved"
    DISSOCIATION_REQUESTED = "dissociation.requested"
    DISSOCIATION_ANSWERED = "dissociation.answered"
    DISSOCIATION_CANCELLED = "dissociation.cancelled"
    DISSOCIATION_EXPIRED = "dissociation.expired"
    INVITATION_USED = "invitation.used"
    INVITATION_REVOKED = "invitation.revoked"
    FREEZE_ADDED = "freeze.added"
    FREEZE_LIFTED = "freeze.lifted"
    BUDGET_SET = "budget.set"
    BUDGET_ALERT = "budget.alert"
    BUDGET_EXHAUSTED = "budget.exhausted"
    AUTHORIZATION_REQUESTED = "authorization.requested"
    AUTHORIZATION_ANSWERED = "authorization.answered"
    AUTHORIZATION_REVOKED = "authorization.revoked"
    AUTHORIZATION_EXPIRED = "authorization.expired"
    ORDER_PLACED = "order.placed"
    WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint.disabled"


class MailState(StrEnum):
    PENDING = "PENDING"  # waiting for its first attempt or a retry
    SENT = "SENT"  # the mail server accepted it
    GAVE_UP = "GAVE_UP"  # attempts or time ran out, or the server refused it for good
    WITHDRAWN = "WITHDRAWN"  # replaced by a newer mail before it was sent
