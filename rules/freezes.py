"""Freezes. Each reason is kept apart and lifted only by what set it: `PENDING_BUDGET` by a reseller
association (lifted by setting a budget), `PARTNER` by the partner, `BUDGET_EXHAUSTED` by an
`AUTO_FREEZE` budget. The account is usable only while none is active."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Freeze
from models.enums import FreezeReason, FreezeType
from rules import audit
from rules.actors import Actor, PartnerActor
from rules.clock import Clock, system_clock
from rules.errors import ManagementCode, RuleError
from rules.management import reseller_association_for
from rules.validation import InputCheck


class ResourceStatus(StrEnum):
    RUNNING = "RUNNING"
    STOPPED = "STOPPED"


def resource_status(active_freezes: Iterable[Freeze]) -> ResourceStatus:
    """Resources stop under a freeze of account and resources, and only then."""
    stopping = any(f.freeze_type is FreezeType.ACCOUNT_AND_RESOURCE for f in active_freezes)
    return ResourceStatus.STOPPED if stopping else ResourceStatus.RUNNING


@dataclass(frozen=True, slots=True)
class AccountStatus:
    active_freezes: tuple[Freeze, ...]

    @property
    def frozen(self) -> bool:
        return bool(self.active_freezes)

    @property
    def resources_stopped(self) -> bool:
        return resource_status(self.active_freezes) is ResourceStatus.STOPPED

    @property
    def reasons(self) -> frozenset[FreezeReason]:
        return frozenset(f.reason for f in self.active_freezes)


async def account_status(customer_id: int) -> AccountStatus:
    freezes = await Freeze.filter(customer_id=customer_id, lifted_at__isnull=True).order_by("id")
    return AccountStatus(active_freezes=tuple(freezes))


async def freeze(
    *,
    actor: PartnerActor,
    customer_id: int,
    freeze_type: FreezeType,
    note: str = "",
    clock: Clock = system_clock,
) -> Freeze:
    """The reseller partner freezes its customer's account, or its account and resources.

    Raises NOT_YOUR_CUSTOMER, NOT_RESELLER_ASSOCIATION, ALREADY_FROZEN and input codes.
    """
    with InputCheck() as check:
        note = check.text("note", note, min_length=0, max_length=500)
    now = clock.now()
    try:
        async with in_transaction():
            await reseller_association_for(actor, customer_id)
            return await add_freeze(
                actor=actor,
                customer_id=customer_id,
                partner_id=actor.partner_id,
                reason=FreezeReason.PARTNER,
                freeze_type=freeze_type,
                note=note,
                now=now,
            )
    except IntegrityError:
        raise RuleError.of(
            ManagementCode.ALREADY_FROZEN, "You have frozen this account already.", "customerId"
        ) from None


async def unfreeze(
    *,
    actor: PartnerActor,
    customer_id: int,
    freeze_type: FreezeType,
    clock: Clock = system_clock,
) -> Freeze:
    """Lifts the freeze this partner set, given the type that froze.

    Raises NOT_YOUR_CUSTOMER, NOT_RESELLER_ASSOCIATION, NOT_FROZEN, FROZEN_FOR_OTHER_REASON and
    FREEZE_TYPE_MISMATCH.
    """
    now = clock.now()
    async with in_transaction():
        await reseller_association_for(actor, customer_id)
        active = await _locked_active_freeze(customer_id, FreezeReason.PARTNER)
        if active is None:
            raise await _nothing_to_unfreeze(customer_id)
        if active.freeze_type is not freeze_type:
            raise RuleError.of(
                ManagementCode.FREEZE_TYPE_MISMATCH,
                f"The account was frozen with type {active.freeze_type.value}; unfreeze with it.",
                "type",
            )
        await lift(active, actor=actor, now=now)
        return active


async def _nothing_to_unfreeze(customer_id: int) -> RuleError:
    if await Freeze.exists(customer_id=customer_id, lifted_at__isnull=True):
        return RuleError.of(
            ManagementCode.FROZEN_FOR_OTHER_REASON,
            "The account is frozen for a reason you did not set: a pending budget is lifted by "
            "setting a budget, an exhausted budget by raising it.",
            "customerId",
        )
    return RuleError.of(
        ManagementCode.NOT_FROZEN, "You have not frozen this account.", "customerId"
    )


async def add_freeze(
    *,
    actor: Actor,
    customer_id: int,
    partner_id: int | None,
    reason: FreezeReason,
    freeze_type: FreezeType,
    now: datetime,
    note: str = "",
) -> Freeze:
    """Records a freeze inside the caller's transaction. A second active freeze of the same
    reason breaks the unique `active_key` and raises IntegrityError."""
    frozen = await Freeze.create(
        customer_id=customer_id,
        partner_id=partner_id,
        reason=reason,
        freeze_type=freeze_type,
        active_key=Freeze.key_for(customer_id, reason),
        note=note,
        frozen_at=now,
    )
    await audit.record(
        actor=actor,
        action="account.frozen",
        subject=("Freeze", frozen.id),
        customer_id=customer_id,
        partner_id=partner_id,
        at=now,
        after=audit.snapshot(reason=reason, freeze_type=freeze_type),
        reason=note,
    )
    return frozen


async def lift_reason(
    *, actor: Actor, customer_id: int, reason: FreezeReason, now: datetime
) -> Freeze | None:
    """Lifts the active freeze of that reason, if there is one, inside the caller's transaction."""
    active = await _locked_active_freeze(customer_id, reason)
    if active is not None:
        await lift(active, actor=actor, now=now)
    return active


async def _locked_active_freeze(customer_id: int, reason: FreezeReason) -> Freeze | None:
    key = Freeze.key_for(customer_id, reason)
    return await Freeze.filter(active_key=key).select_for_update().first()


async def lift(frozen: Freeze, *, actor: Actor, now: datetime) -> None:
    lifted = await Freeze.filter(id=frozen.id, lifted_at__isnull=True).update(
        lifted_at=now, active_key=None
    )
    if lifted != 1:
        return  # lifted by a concurrent request in the meantime
    frozen.lifted_at, frozen.active_key = now, None
    await audit.record(
        actor=actor,
        action="account.unfrozen",
        subject=("Freeze", frozen.id),
        customer_id=frozen.customer_id,
        partner_id=frozen.partner_id,
        at=now,
        before=audit.snapshot(reason=frozen.reason, freeze_type=frozen.freeze_type),
        after=audit.snapshot(lifted_at=now),
    )
