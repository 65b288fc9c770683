"""The one exception the rules raise, and the stable codes it carries.

Codes are grouped by what they concern; the GraphQL layer exposes each group as an enum.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class EligibilityCode(StrEnum):
    """One code per precaution of the reference: why a customer cannot be associated."""

    CHINA_SITE_ACCOUNT = "CHINA_SITE_ACCOUNT"
    ALREADY_ASSOCIATED = "ALREADY_ASSOCIATED"
    SPECIAL_CONTRACT = "SPECIAL_CONTRACT"
    REGISTERED_OVER_7_DAYS = "REGISTERED_OVER_7_DAYS"
    HAS_CASH_EXPENDITURE = "HAS_CASH_EXPENDITURE"
    UNPAID_BILLS = "UNPAID_BILLS"
    UNIFIED_ACCOUNTING_MEMBER = "UNIFIED_ACCOUNTING_MEMBER"
    PROFESSIONAL_SERVICE_CONTRACT = "PROFESSIONAL_SERVICE_CONTRACT"
    VALID_RESERVED_INSTANCES = "VALID_RESERVED_INSTANCES"
    ENTERPRISE_MEMBER_ACCOUNT = "ENTERPRISE_MEMBER_ACCOUNT"
    ENTERPRISE_MASTER_WITH_MEMBERS = "ENTERPRISE_MASTER_WITH_MEMBERS"


class InvitationCode(StrEnum):
    INVITATION_NOT_FOUND = "INVITATION_NOT_FOUND"
    INVITATION_EXPIRED = "INVITATION_EXPIRED"
    INVITATION_REVOKED = "INVITATION_REVOKED"
    INVITATION_USED_UP = "INVITATION_USED_UP"
    INVITATION_FOR_ANOTHER_ACCOUNT = "INVITATION_FOR_ANOTHER_ACCOUNT"
    EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION = "EXISTING_ACCOUNT_NEEDS_ONLINE_INVITATION"
    INVITEE_NOT_FOUND = "INVITEE_NOT_FOUND"


class PresetCode(StrEnum):
    """Why an invitation cannot carry a budget preset."""

    BUDGET_PRESET_NOT_RESELLER = "BUDGET_PRESET_NOT_RESELLER"


class StepCode(StrEnum):
    """The steps of the association procedure that the customer must complete."""

    RESELLER_INSTRUCTIONS_NOT_ACCEPTED = "RESELLER_INSTRUCTIONS_NOT_ACCEPTED"
    CUSTOMER_AGREEMENT_NOT_ACCEPTED = "CUSTOMER_AGREEMENT_NOT_ACCEPTED"
    BILLING_COUNTRY_MISSING = "BILLING_COUNTRY_MISSING"


class InputCode(StrEnum):
    REQUIRED = "REQUIRED"
    TOO_LONG = "TOO_LONG"
    TOO_SHORT = "TOO_SHORT"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_COUNTRY = "INVALID_COUNTRY"
    INVALID_ACCOUNT_NAME = "INVALID_ACCOUNT_NAME"
    NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT"
    TOO_MANY_DECIMAL_PLACES = "TOO_MANY_DECIMAL_PLACES"
    AMOUNT_TOO_LARGE = "AMOUNT_TOO_LARGE"
    OUT_OF_RANGE = "OUT_OF_RANGE"
    DUPLICATE_SCOPE = "DUPLICATE_SCOPE"
    INVALID_CURSOR = "INVALID_CURSOR"


class AccountCode(StrEnum):
    ACCOUNT_NAME_TAKEN = "ACCOUNT_NAME_TAKEN"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    PARTNER_NAME_TAKEN = "PARTNER_NAME_TAKEN"
    PARTNER_NOT_FOUND = "PARTNER_NOT_FOUND"
    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"


class KeyCode(StrEnum):
    """A partner's API keys."""

    API_KEY_NOT_FOUND = "API_KEY_NOT_FOUND"
    LAST_ADMIN_KEY = "LAST_ADMIN_KEY"


class BulkCode(StrEnum):
    """A call that acts on many customers at once."""

    TOO_MANY_ITEMS = "TOO_MANY_ITEMS"


class ManagementCode(StrEnum):
    """What a partner may do to an associated customer."""

    NOT_YOUR_CUSTOMER = "NOT_YOUR_CUSTOMER"
    NOT_RESELLER_ASSOCIATION = "NOT_RESELLER_ASSOCIATION"
    ALREADY_FROZEN = "ALREADY_FROZEN"
    NOT_FROZEN = "NOT_FROZEN"
    FROZEN_FOR_OTHER_REASON = "FROZEN_FOR_OTHER_REASON"
    FREEZE_TYPE_MISMATCH = "FREEZE_TYPE_MISMATCH"


class AuthorizationCode(StrEnum):
    AUTHORIZATION_NOT_FOUND = "AUTHORIZATION_NOT_FOUND"
    AUTHORIZATION_ALREADY_OPEN = "AUTHORIZATION_ALREADY_OPEN"
    AUTHORIZATION_NOT_PENDING = "AUTHORIZATION_NOT_PENDING"
    AUTHORIZATION_NOT_APPROVED = "AUTHORIZATION_NOT_APPROVED"


class DissociationBlocker(StrEnum):
    """What stops an association from being dissolved now; the preflight lists them all."""

    PARTNER_FREEZE_IN_FORCE = "PARTNER_FREEZE_IN_FORCE"
    VALID_RESERVED_INSTANCES = "VALID_RESERVED_INSTANCES"
    VALID_SUPPORT_PLAN = "VALID_SUPPORT_PLAN"
    ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS = "ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS"
    REQUEST_LIMIT_REACHED = "REQUEST_LIMIT_REACHED"
    REQUEST_PENDING = "REQUEST_PENDING"


class DissociationCode(StrEnum):
    """A dissociation request that cannot be made, answered or cancelled."""

    NOT_ASSOCIATED = "NOT_ASSOCIATED"
    DISSOCIATION_REQUEST_NOT_FOUND = "DISSOCIATION_REQUEST_NOT_FOUND"
    DISSOCIATION_REQUEST_NOT_PENDING = "DISSOCIATION_REQUEST_NOT_PENDING"
    ASKER_CANNOT_ANSWER = "ASKER_CANNOT_ANSWER"
    NOT_THE_ASKER = "NOT_THE_ASKER"


class CouponCode(StrEnum):
    COUPON_NOT_FOUND = "COUPON_NOT_FOUND"
    EXPENDITURE_NOT_FOUND = "EXPENDITURE_NOT_FOUND"
    COUPON_EXPIRED = "COUPON_EXPIRED"
    COUPON_EMPTY = "COUPON_EMPTY"
    EXPENDITURE_ALREADY_PAID = "EXPENDITURE_ALREADY_PAID"
    EXPENDITURE_AFTER_RESELLER_ASSOCIATION = "EXPENDITURE_AFTER_RESELLER_ASSOCIATION"


class VerificationCode(StrEnum):
    """The code emailed to prove an address. Unknown and wrong codes answer alike."""

    EMAIL_CODE_INVALID = "EMAIL_CODE_INVALID"
    EMAIL_CODE_EXPIRED = "EMAIL_CODE_EXPIRED"
    EMAIL_CODE_USED = "EMAIL_CODE_USED"
    TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS"
    CODE_RESENT_TOO_SOON = "CODE_RESENT_TOO_SOON"


class LoginCode(StrEnum):
    """One answer for an unknown account and a wrong password, so that neither is revealed."""

    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    TOO_MANY_LOGIN_ATTEMPTS = "TOO_MANY_LOGIN_ATTEMPTS"


class LookupCode(StrEnum):
    """A partner looking up account names faster than inviting calls for."""

    TOO_MANY_INVITEE_LOOKUPS = "TOO_MANY_INVITEE_LOOKUPS"


class IdempotencyCode(StrEnum):
    """Why a request with an `Idempotency-Key` was not run (answered at the top level)."""

    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    IDEMPOTENCY_KEY_IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS"


class OrderCode(StrEnum):
    NOT_AUTHORIZED_TO_ORDER = "NOT_AUTHORIZED_TO_ORDER"
    ACCOUNT_FROZEN = "ACCOUNT_FROZEN"
    BUDGET_EXCEEDED = "BUDGET_EXCEEDED"


class FactsCode(StrEnum):
    """Why a file of account facts was not imported; each problem names its line."""

    INVALID_JSON = "INVALID_JSON"
    INVALID_FACT = "INVALID_FACT"
    DUPLICATE_REF = "DUPLICATE_REF"
    UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"
    ACCOUNT_TAKEN = "ACCOUNT_TAKEN"


class WebhookUrlCode(StrEnum):
    """Where a webhook may be sent, and what it may carry."""

    INVALID_WEBHOOK_URL = "INVALID_WEBHOOK_URL"
    WEBHOOK_URL_UNRESOLVABLE = "WEBHOOK_URL_UNRESOLVABLE"
    WEBHOOK_TARGET_NOT_ALLOWED = "WEBHOOK_TARGET_NOT_ALLOWED"
    UNKNOWN_EVENT_TYPE = "UNKNOWN_EVENT_TYPE"


class WebhookEndpointCode(StrEnum):
    WEBHOOK_ENDPOINT_NOT_FOUND = "WEBHOOK_ENDPOINT_NOT_FOUND"


class WebhookLimitCode(StrEnum):
    TOO_MANY_WEBHOOK_ENDPOINTS = "TOO_MANY_WEBHOOK_ENDPOINTS"


class WebhookSendCode(StrEnum):
    """Sending to an endpoint on demand."""

    WEBHOOK_ENDPOINT_DISABLED = "WEBHOOK_ENDPOINT_DISABLED"


class EventCode(StrEnum):
    EVENT_NOT_FOUND = "EVENT_NOT_FOUND"


Code = (
    EligibilityCode
    | InvitationCode
    | PresetCode
    | StepCode
    | InputCode
    | AccountCode
    | KeyCode
    | BulkCode
    | ManagementCode
    | AuthorizationCode
    | DissociationBlocker
    | DissociationCode
    | CouponCode
    | OrderCode
    | FactsCode
    | VerificationCode
    | LoginCode
    | LookupCode
    | IdempotencyCode
    | WebhookUrlCode
    | WebhookEndpointCode
    | WebhookLimitCode
    | WebhookSendCode
    | EventCode
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a request was refused. `field` names the input field it concerns, if any."""

    code: Code
    message: str
    field: str | None = None


class RuleError(Exception):
    """A refused request. Carries every problem found, never an empty list."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("RuleError needs at least one problem")
        super().__init__("; ".join(f"{p.code}: {p.message}" for p in self.problems))

    @classmethod
    def of(cls, code: Code, message: str, field: str | None = None) -> "RuleError":
        return cls([Problem(code, message, field)])

    @property
    def codes(self) -> list[Code]:
        return [p.code for p in self.problems]
