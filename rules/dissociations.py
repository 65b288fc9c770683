"""Dissociation: ending an association, as the platform's rules for managing customer association
relationships say.

- Reseller model: either side asks, with a reason; the other side approves or rejects.
- Referral model: the partner dissociates at once (its request is approved in the same
  transaction); the customer may ask, and the partner answers.
- An unanswered request expires after 14 days; the asker may cancel it while it is pending.
- One request per asker and customer in any `request_limit_months` months.
- Nothing is asked while a blocker holds (`rules.dissociation_preflight`); an approval re-checks
  the account's blockers, so a freeze set after the request must be lifted first.

Each use case locks the association's row, then the customer's, before it reads anything: a
concurrent order, freeze or answer on the same customer runs wholly before or after it.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models import Association, Customer, DissociationRequest
from models.dissociations import DissociationState
from models.enums import ActorKind, CooperationModel
from rules import audit
from rules.actors import SYSTEM, Actor, PartnerActor
from rules.clock import Clock, system_clock
from rules.dissociation_preflight import (
    DEFAULT_REQUEST_LIMIT_MONTHS,
    STATE_BLOCKERS,
    Asker,
    blockers,
    not_associated,
    read_facts,
    refuse_another_customer,
)
from rules.dissolution import dissolve
from rules.errors import DissociationBlocker, DissociationCode, RuleError
from rules.validation import InputCheck

REQUEST_VALIDITY = timedelta(days=14)
PENDING = DissociationState.PENDING


@dataclass(frozen=True, slots=True)
class DissociationOutcome:
    request: DissociationRequest
    association: Association


async def request_dissociation(
    *,
    actor: Asker,
    customer_id: int,
    reason: str,
    request_limit_months: int = DEFAULT_REQUEST_LIMIT_MONTHS,
    clock: Clock = system_clock,
) -> DissociationOutcome:
    """Asks to end the association (a customer asks about itself). A referral partner's request
    is approved at once and the association dissolved.

    Raises NOT_YOUR_CUSTOMER, NOT_ASSOCIATED, every blocker that holds, and input codes.
    """
    with InputCheck() as check:
        reason = check.text("reason", reason, max_length=500)
    now = clock.now()
    try:
        async with in_transaction():
            association = await _locked_association(actor, customer_id)
            await _expire_lapsed(association.id, now)
            facts = await read_facts(actor, customer_id, now, request_limit_months)
            problems = blockers(facts, request_limit_months)
            if problems:
                raise RuleError(problems)
            request = await _create(actor, association, reason, now)
            if isinstance(actor, PartnerActor) and association.model is CooperationModel.REFERRAL:
                await _answer(request, association, actor, DissociationState.APPROVED, "", now)
            return DissociationOutcome(request, association)
    except IntegrityError:
        raise RuleError.of(
            DissociationBlocker.REQUEST_PENDING, "A dissociation request is pending already."
        ) from None


async def answer_dissociation(
    *,
    actor: Asker,
    request_id: int,
    approve: bool,
    reason: str = "",
    clock: Clock = system_clock,
) -> DissociationOutcome:
    """The other side approves (dissolving the association) or rejects (a reason is required).

    Raises DISSOCIATION_REQUEST_NOT_FOUND, ASKER_CANNOT_ANSWER, DISSOCIATION_REQUEST_NOT_PENDING,
    on approval the account's blockers (PARTNER_FREEZE_IN_FORCE, VALID_RESERVED_INSTANCES,
    VALID_SUPPORT_PLAN, ENTERPRISE_MASTER_WITH_INDEPENDENT_MEMBERS), and input codes.
    """
    with InputCheck() as check:
        reason = check.text("reason", reason, max_length=500, min_length=0 if approve else 1)
    now = clock.now()
    async with in_transaction():
        request, association = await _locked_request(actor, request_id, now)
        if request.asked_by is actor.kind:
            raise RuleError.of(
                DissociationCode.ASKER_CANNOT_ANSWER,
                "The other side answers a request; the asker may cancel it.",
                "requestId",
            )
        if approve:
            facts = await read_facts(actor, request.customer_id, now, DEFAULT_REQUEST_LIMIT_MONTHS)
            problems = blockers(facts, DEFAULT_REQUEST_LIMIT_MONTHS, only=STATE_BLOCKERS)
            if problems:
                raise RuleError(problems)
        target = DissociationState.APPROVED if approve else DissociationState.REJECTED
        await _answer(request, association, actor, target, reason, now)
    return DissociationOutcome(request, association)


async def cancel_dissociation(
    *, actor: Asker, request_id: int, clock: Clock = system_clock
) -> DissociationOutcome:
    """The asker withdraws its pending request.

    Raises DISSOCIATION_REQUEST_NOT_FOUND, NOT_THE_ASKER and DISSOCIATION_REQUEST_NOT_PENDING.
    """
    now = clock.now()
    async with in_transaction():
        request, association = await _locked_request(actor, request_id, now)
        if request.asked_by is not actor.kind:
            raise RuleError.of(
                DissociationCode.NOT_THE_ASKER,
                "Only the side that asked cancels a request; answer it instead.",
                "requestId",
            )
        await _close(request, actor, DissociationState.CANCELLED, now, action="cancelled")
    return DissociationOutcome(request, association)


async def expire_dissociations(*, now: datetime, actor: Actor = SYSTEM) -> int:
    """Marks every request unanswered for 14 days EXPIRED, each in a transaction of its own;
    returns how many. Safe to run from several workers at once."""
    lapsed = await DissociationRequest.filter(state=PENDING, expires_at__lte=now).order_by("id")
    expired = 0
    for request in lapsed:
        async with in_transaction():
            expired += await _expire(request, actor, now)
    return expired


# --- inside a use case's transaction -------------------------------------------------------------


async def _locked_association(actor: Asker, customer_id: int) -> Association:
    """The customer's active association, then the customer's row, locked (PostgreSQL) in this
    order: a freeze locks the association first too, and its row then takes a key-share lock on
    the customer's, which a lock the other way round would deadlock with."""
    refuse_another_customer(actor, customer_id)
    query = Association.filter(active_customer_id=customer_id)
    if isinstance(actor, PartnerActor):
        query = query.filter(partner_id=actor.partner_id)
    association = await query.select_for_update().first()
    if association is None:
        raise not_associated(actor)
    await Customer.filter(id=customer_id).select_for_update().first()
    return association


async def _locked_request(
    actor: Asker, request_id: int, now: datetime
) -> tuple[DissociationRequest, Association]:
    """The request the actor may see, still pending, with its association; the association, the
    customer and the request locked in this order."""
    seen = await _visible(actor).filter(id=request_id).first()
    if seen is None:
        raise RuleError.of(
            DissociationCode.DISSOCIATION_REQUEST_NOT_FOUND,
            "No such dissociation request.",
            "requestId",
        )
    association = await Association.filter(id=seen.association_id).select_for_update().get()
    await Customer.filter(id=seen.customer_id).select_for_update().first()
    request = await DissociationRequest.filter(id=request_id).select_for_update().get()
    state = request.state_at(now)
    if state is not PENDING:
        raise RuleError.of(
            DissociationCode.DISSOCIATION_REQUEST_NOT_PENDING,
            f"The request is {state.value.lower()}.",
            "requestId",
        )
    return request, association


def _visible(actor: Asker) -> QuerySet[DissociationRequest]:
    if isinstance(actor, PartnerActor):
        return DissociationRequest.filter(partner_id=actor.partner_id)
    return DissociationRequest.filter(customer_id=actor.customer_id)


async def _create(
    actor: Asker, association: Association, reason: str, now: datetime
) -> DissociationRequest:
    request = await DissociationRequest.create(
        association_id=association.id,
        partner_id=association.partner_id,
        customer_id=association.customer_id,
        asked_by=actor.kind,
        reason=reason,
        state=PENDING,
        pending_key=association.id,
        requested_at=now,
        expires_at=now + REQUEST_VALIDITY,
    )
    await audit.record(
        actor=actor,
        action="dissociation.requested",
        subject=("DissociationRequest", request.id),
        customer_id=association.customer_id,
        partner_id=association.partner_id,
        at=now,
        after=audit.snapshot(asked_by=actor.kind, expires_at=request.expires_at),
        reason=reason,
    )
    return request


async def _answer(
    request: DissociationRequest,
    association: Association,
    actor: Asker,
    target: DissociationState,
    reason: str,
    now: datetime,
) -> None:
    await _close(request, actor, target, now, action="answered", reason=reason)
    if target is DissociationState.APPROVED:
        await dissolve(
            association,
            actor=actor,
            asked_by=ActorKind(request.asked_by),
            reason=request.reason,
            now=now,
        )


async def _close(
    request: DissociationRequest,
    actor: Actor,
    target: DissociationState,
    now: datetime,
    *,
    action: str,
    reason: str = "",
) -> None:
    """Moves a pending request to `target`. The update is conditional: of two concurrent
    closings (two answers, an answer and the expiry) one changes the row, the other is refused."""
    answered = {"answered_at": now, "answered_by": actor.kind, "answer_reason": reason or None}
    changed = await DissociationRequest.filter(id=request.id, state=PENDING).update(
        state=target, pending_key=None, **answered
    )
    if changed != 1:
        raise RuleError.of(
            DissociationCode.DISSOCIATION_REQUEST_NOT_PENDING,
            "The request was closed in the meantime.",
            "requestId",
        )
    request.state, request.pending_key = target, None
    request.answered_at, request.answered_by = now, actor.kind
    request.answer_reason = reason or None
    await audit.record(
        actor=actor,
        action=f"dissociation.{action}",
        subject=("DissociationRequest", request.id),
        customer_id=request.customer_id,
        partner_id=request.partner_id,
        at=now,
        before=audit.snapshot(state=PENDING),
        after=audit.snapshot(state=target),
        reason=reason,
    )


async def _expire_lapsed(association_id: int, now: datetime) -> None:
    """A lapsed request still holding the association's pending place gives it up."""
    lapsed = await DissociationRequest.get_or_none(pending_key=association_id)
    if lapsed is not None and lapsed.state_at(now) is DissociationState.EXPIRED:
        await _expire(lapsed, SYSTEM, now)


async def _expire(request: DissociationRequest, actor: Actor, now: datetime) -> int:
    changed = await DissociationRequest.filter(
        id=request.id, state=PENDING, expires_at__lte=now
    ).update(state=DissociationState.EXPIRED, pending_key=None)
    if changed != 1:
        return 0  # answered, cancelled or expired by a concurrent request in the meantime
    await audit.record(
        actor=actor,
        action="dissociation.expired",
        subject=("DissociationRequest", request.id),
        customer_id=request.customer_id,
        partner_id=request.partner_id,
        at=now,
        before=audit.snapshot(state=PENDING),
        after=audit.snapshot(state=DissociationState.EXPIRED),
    )
    return 1
