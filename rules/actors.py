"""Who is asking. Every rules function that changes state takes one of these."""

from dataclasses import dataclass

from models.enums import ActorKind, KeyRole


@dataclass(frozen=True, slots=True)
class PartnerActor:
    """A partner, through one of its API keys: `role` is the key's, `key_id` names it in the
    audit. Without a key (the rules' own callers and tests) it may do everything."""

    partner_id: int
    role: KeyRole = KeyRole.ADMIN
    key_id: int | None = None
    kind: ActorKind = ActorKind.PARTNER

    @property
    def id(self) -> int | None:
        return self.partner_id


@dataclass(frozen=True, slots=True)
class CustomerActor:
    customer_id: int
    kind: ActorKind = ActorKind.CUSTOMER

    @property
    def id(self) -> int | None:
        return self.customer_id


@dataclass(frozen=True, slots=True)
class OperatorActor:
    name: str = "operator"
    kind: ActorKind = ActorKind.OPERATOR

    @property
    def id(self) -> int | None:
        return None


@dataclass(frozen=True, slots=True)
class SystemActor:
    kind: ActorKind = ActorKind.SYSTEM

    @property
    def id(self) -> int | None:
        return None


Actor = PartnerActor | CustomerActor | OperatorActor | SystemActor
SYSTEM = SystemActor()
