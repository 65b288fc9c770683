"""What dissolving an association does, inside the caller's transaction: the association becomes
DISSOLVED with who asked, why and when; its budget ends; the freezes the association set are
lifted; the open authorization letters between the two are revoked. Nothing is deleted."""

from datetime import datetime

from models import Association, Authorization, Budget
from models.enums import ActorKind, AuthorizationState, FreezeReason
from rules import audit
from rules.actors import Actor
from rules.errors import DissociationCode, RuleError
from rules.freezes import lift_reason

# The freezes that belong to the association (a partner's own freeze blocks dissolution instead).
ASSOCIATION_FREEZES = (FreezeReason.PENDING_BUDGET, FreezeReason.BUDGET_EXHAUSTED)
LETTER_REVOKED_REASON = "DISSOCIATED"


async def dissolve(
    association: Association, *, actor: Actor, asked_by: ActorKind, reason: str, now: datetime
) -> None:
    """Raises NOT_ASSOCIATED when the association was dissolved in the meantime."""
    ended = await Association.filter(id=association.id, dissolved_at__isnull=True).update(
        active_customer_id=None, dissolved_at=now, dissolved_by=asked_by, dissolution_reason=reason
    )
    if ended != 1:
        raise RuleError.of(DissociationCode.NOT_ASSOCIATED, "The association has ended already.")
    association.active_customer_id, association.dissolved_at = None, now
    association.dissolved_by, association.dissolution_reason = asked_by, reason
    await audit.record(
        actor=actor,
        action="association.dissolved",
        subject=("Association", association.id),
        customer_id=association.customer_id,
        partner_id=association.partner_id,
        at=now,
        before=audit.snapshot(state="ACTIVE"),
        after=audit.snapshot(
            state="DISSOLVED",
            dissolved_by=asked_by,
            dissolved_at=now,
            associated_at=association.associated_at,
            model=association.model,
        ),
        reason=reason,
    )
    await _end_budget(association, actor, now)
    for freeze_reason in ASSOCIATION_FREEZES:
        await lift_reason(
            actor=actor, customer_id=association.customer_id, reason=freeze_reason, now=now
        )
    await _close_letters(association, actor, now)


async def _end_budget(association: Association, actor: Actor, now: datetime) -> None:
    budget = await Budget.get_or_none(association_id=association.id, ended_at__isnull=True)
    if budget is None:
        return
    await Budget.filter(id=budget.id).update(ended_at=now)
    await audit.record(
        actor=actor,
        action="budget.ended",
        subject=("Budget", budget.id),
        customer_id=association.customer_id,
        partner_id=association.partner_id,
        at=now,
        before=audit.snapshot(amount=budget.amount, kind=budget.kind),
        after=audit.snapshot(ended_at=now),
    )


async def _close_letters(association: Association, actor: Actor, now: datetime) -> None:
    """Pending and approved letters are revoked (an approved one past its validity expires)."""
    letters = await Authorization.filter(
        partner_id=association.partner_id,
        customer_id=association.customer_id,
        open_key__isnull=False,
    ).select_for_update()
    for letter in letters:
        before = letter.state_at(now)
        lapsed = before is AuthorizationState.EXPIRED
        letter.state = AuthorizationState.EXPIRED if lapsed else AuthorizationState.REVOKED
        letter.open_key = None
        if not lapsed:
            letter.revoked_at, letter.reason = now, LETTER_REVOKED_REASON
        await letter.save(update_fields=["state", "open_key", "revoked_at", "reason"])
        await audit.record(
            actor=actor,
            action=f"authorization.{letter.state.value.lower()}",
            subject=("Authorization", letter.id),
            customer_id=letter.customer_id,
            partner_id=letter.partner_id,
            at=now,
            before=audit.snapshot(state=before),
            after=audit.snapshot(state=letter.state),
            reason=LETTER_REVOKED_REASON,
        )
