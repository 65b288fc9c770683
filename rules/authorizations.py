"""Customer Authorization Letters: what a partner may do on its customer's behalf.

A letter is granted by ticking it at association, or requested later by the partner and approved
or rejected by the customer, who may revoke an approved letter at any time, with a reason.
"""

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import Authorization
from models.enums import AuthorizationScope, AuthorizationSource, AuthorizationState
from rules import audit
from rules.actors import SYSTEM, Actor, CustomerActor, PartnerActor
from rules.clock import Clock, system_clock
from rules.errors import AuthorizationCode, InputCode, RuleError
from rules.management import association_for
from rules.validation import InputCheck

ALL_SCOPES = tuple(AuthorizationScope)
MAX_VALID_DAYS = 3650


def open_key(partner_id: int, customer_id: int) -> str:
    return f"{partner_id}:{customer_id}"


async def request_authorization(
    *,
    actor: PartnerActor,
    customer_id: int,
    scopes: list[AuthorizationScope],
    valid_days: int | None = None,
    clock: Clock = system_clock,
) -> Authorization:
    """Raises NOT_YOUR_CUSTOMER, AUTHORIZATION_ALREADY_OPEN and input codes."""
    with InputCheck() as check:
        if not scopes:
            check.fail(InputCode.REQUIRED, "Ask for at least one scope.", "scopes")
        elif len(set(scopes)) != len(scopes):
            check.fail(InputCode.DUPLICATE_SCOPE, "A scope is listed twice.", "scopes")
        if valid_days is not None:
            check.int_range("validDays", valid_days, low=1, high=MAX_VALID_DAYS)
    now = clock.now()
    valid_until = now + timedelta(days=valid_days) if valid_days else None
    try:
        async with in_transaction():
            await association_for(actor, customer_id)
            await _close_if_expired(actor.partner_id, customer_id, now)
            return await _open_letter(
                actor=actor,
                partner_id=actor.partner_id,
                customer_id=customer_id,
                scopes=scopes,
                state=AuthorizationState.PENDING,
                source=AuthorizationSource.PARTNER_REQUEST,
                now=now,
                valid_until=valid_until,
            )
    except IntegrityError:
        raise RuleError.of(
            AuthorizationCode.AUTHORIZATION_ALREADY_OPEN,
            "A letter for this customer is pending or approved; it must end before another.",
            "customerId",
        ) from None


async def _close_if_expired(partner_id: int, customer_id: int, now: datetime) -> None:
    """An approved letter past its validity no longer holds the partner's one open place."""
    letter = await Authorization.get_or_none(open_key=open_key(partner_id, customer_id))
    if letter is not None and letter.state_at(now) is AuthorizationState.EXPIRED:
        await _expire(letter, SYSTEM, now)


async def expire_authorizations(*, now: datetime, actor: Actor = SYSTEM) -> int:
    """Marks every approved letter past its validity EXPIRED, each in a transaction of its own,
    so that both sides are told (authorization.expired); returns how many. Safe to run from
    several workers at once: a conditional update decides which one records it."""
    lapsed = await Authorization.filter(
        state=AuthorizationState.APPROVED, valid_until__lte=now
    ).order_by("id")
    expired = 0
    for letter in lapsed:
        async with in_transaction():
            expired += await _expire(letter, actor, now)
    return expired


async def _expire(letter: Authorization, actor: Actor, now: datetime) -> int:
    changed = await Authorization.filter(id=letter.id, state=AuthorizationState.APPROVED).update(
        state=AuthorizationState.EXPIRED, open_key=None
    )
    if changed != 1:
        return 0
    letter.state, letter.open_key = AuthorizationState.EXPIRED, None
    await audit.record(
        actor=actor,
        action="authorization.expired",
        subject=("Authorization", letter.id),
        customer_id=letter.customer_id,
        partner_id=letter.partner_id,
        at=now,
        before=audit.snapshot(state=AuthorizationState.APPROVED),
        after=audit.snapshot(state=AuthorizationState.EXPIRED, valid_until=letter.valid_until),
    )
    return 1


async def grant_letter_at_association(
    *, actor: CustomerActor, partner_id: int, now: datetime
) -> Authorization:
    """The letter ticked in step 2: approved at once, for every scope. An open letter between the
    two is kept as it is."""
    await _close_if_expired(partner_id, actor.customer_id, now)
    existing = await Authorization.get_or_none(open_key=open_key(partner_id, actor.customer_id))
    if existing is not None:
        return existing
    return await _open_letter(
        actor=actor,
        partner_id=partner_id,
        customer_id=actor.customer_id,
        scopes=list(ALL_SCOPES),
        state=AuthorizationState.APPROVED,
        source=AuthorizationSource.LETTER_AT_ASSOCIATION,
        now=now,
    )


async def _open_letter(
    *,
    actor: Actor,
    partner_id: int,
    customer_id: int,
    scopes: list[AuthorizationScope],
    state: AuthorizationState,
    source: AuthorizationSource,
    now: datetime,
    valid_until: datetime | None = None,
) -> Authorization:
    letter = await Authorization.create(
        partner_id=partner_id,
        customer_id=customer_id,
        scopes=[scope.value for scope in scopes],
        state=state,
        source=source,
        open_key=open_key(partner_id, customer_id),
        requested_at=now,
        decided_at=now if state is AuthorizationState.APPROVED else None,
        valid_until=valid_until,
    )
    await audit.record(
        actor=actor,
        action="authorization.granted"
        if state is AuthorizationState.APPROVED
        else "authorization.requested",
        subject=("Authorization", letter.id),
        customer_id=customer_id,
        partner_id=partner_id,
        at=now,
        after=audit.snapshot(state=state, scopes=scopes, source=source),
    )
    return letter


async def approve_authorization(
    *, actor: CustomerActor, authorization_id: int, clock: Clock = system_clock
) -> Authorization:
    """Raises AUTHORIZATION_NOT_FOUND and AUTHORIZATION_NOT_PENDING."""
    return await _decide(
        actor, authorization_id, AuthorizationState.PENDING, AuthorizationState.APPROVED, "", clock
    )


async def reject_authorization(
    *, actor: CustomerActor, authorization_id: int, reason: str = "", clock: Clock = system_clock
) -> Authorization:
    """Raises AUTHORIZATION_NOT_FOUND, AUTHORIZATION_NOT_PENDING and input codes."""
    with InputCheck() as check:
        reason = check.text("reason", reason, min_length=0, max_length=500)
    return await _decide(
        actor,
        authorization_id,
        AuthorizationState.PENDING,
        AuthorizationState.REJECTED,
        reason,
        clock,
    )


async def revoke_authorization(
    *, actor: CustomerActor, authorization_id: int, reason: str, clock: Clock = system_clock
) -> Authorization:
    """Raises AUTHORIZATION_NOT_FOUND, AUTHORIZATION_NOT_APPROVED and input codes (a reason is
    required)."""
    with InputCheck() as check:
        reason = check.text("reason", reason, max_length=500)
    return await _decide(
        actor,
        authorization_id,
        AuthorizationState.APPROVED,
        AuthorizationState.REVOKED,
        reason,
        clock,
    )


async def _decide(
    actor: CustomerActor,
    authorization_id: int,
    required: AuthorizationState,
    target: AuthorizationState,
    reason: str,
    clock: Clock,
) -> Authorization:
    now = clock.now()
    async with in_transaction():
        letter = (
            await Authorization.filter(id=authorization_id, customer_id=actor.customer_id)
            .select_for_update()
            .first()
        )
        if letter is None:
            raise RuleError.of(
                AuthorizationCode.AUTHORIZATION_NOT_FOUND,
                "No such authorization.",
                "authorizationId",
            )
        current = letter.state_at(now)
        if current is not required:
            code = (
                AuthorizationCode.AUTHORIZATION_NOT_PENDING
                if required is AuthorizationState.PENDING
                else AuthorizationCode.AUTHORIZATION_NOT_APPROVED
            )
            raise RuleError.of(
                code, f"The authorization is {current.value.lower()}.", "authorizationId"
            )
        await _move(letter, target, reason, now)
        await audit.record(
            actor=actor,
            action=f"authorization.{target.value.lower()}",
            subject=("Authorization", letter.id),
            customer_id=letter.customer_id,
            partner_id=letter.partner_id,
            at=now,
            before=audit.snapshot(state=current),
            after=audit.snapshot(state=target),
            reason=reason,
        )
    return letter


async def _move(
    letter: Authorization, target: AuthorizationState, reason: str, now: datetime
) -> None:
    letter.state = target
    if target is AuthorizationState.REVOKED:
        letter.revoked_at = now
    else:
        letter.decided_at = now
    letter.reason = reason or None
    if target is not AuthorizationState.APPROVED:
        letter.open_key = None
    await letter.save()


async def approved_scopes(
    partner_id: int, customer_id: int, now: datetime, *, lock: bool = False
) -> frozenset[AuthorizationScope]:
    """What the partner may do for the customer now. With `lock`, the letter stays as read until
    the caller's transaction ends (PostgreSQL): a revocation waits for it."""
    query = Authorization.filter(open_key=open_key(partner_id, customer_id))
    letter = await (query.select_for_update() if lock else query).first()
    if letter is None or letter.state_at(now) is not AuthorizationState.APPROVED:
        return frozenset()
    return letter.scope_set
