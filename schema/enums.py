"""The stored enumerations, each exposed once as a GraphQL enum (registered here, used as is)."""

import strawberry

from models.dissociations import DissociationState
from models.enums import (
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
    Site,
)
from rules.dashboard import CustomerSortField
from rules.freezes import ResourceStatus

EXPOSED = (
    AccountType,
    ActorKind,
    AssociationState,
    AuthorizationScope,
    AuthorizationSource,
    AuthorizationState,
    BudgetKind,
    CooperationModel,
    CustomerSortField,
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
for _enum in EXPOSED:
    strawberry.enum(_enum)

__all__ = [
    "AccountType",
    "ActorKind",
    "AssociationState",
    "AuthorizationScope",
    "AuthorizationSource",
    "AuthorizationState",
    "BudgetKind",
    "CooperationModel",
    "CustomerSortField",
    "DissociationState",
    "ExhaustionAction",
    "FreezeReason",
    "FreezeType",
    "InvitationKind",
    "InvitationState",
    "OrderKind",
    "ResourceStatus",
    "Site",
]
