"""A partner's invitations, newest first, filtered by state and kind, one keyset page at a time.
(The associations each produced are read for a whole page at once by the request's loaders.)"""

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet

from models import Invitation
from models.enums import InvitationKind, InvitationState
from rules.actors import PartnerActor
from rules.dashboard import Cursor
from rules.keyset import DEFAULT_PAGE_SIZE, check_page_size, cursor_at, older_than


@dataclass(frozen=True, slots=True)
class InvitationFilter:
    state: InvitationState | None = None
    kind: InvitationKind | None = None


@dataclass(frozen=True, slots=True)
class InvitationPage:
    rows: list[Invitation]
    cursors: list[Cursor]
    has_next_page: bool
    has_previous_page: bool


async def invitation_page(
    *,
    actor: PartnerActor,
    now: datetime,
    filters: InvitationFilter = InvitationFilter(),
    first: int = DEFAULT_PAGE_SIZE,
    after: Cursor | None = None,
) -> InvitationPage:
    """Raises OUT_OF_RANGE for a page size outside 1..100 and INVALID_CURSOR."""
    check_page_size(first)
    query = _filtered(actor, filters, now)
    if after is not None:
        query = query.filter(older_than("created_at", after))
    rows = await query.order_by("-created_at", "-id").limit(first + 1)
    page = rows[:first]
    return InvitationPage(
        rows=page,
        cursors=[cursor_at(row.created_at, row.id) for row in page],
        has_next_page=len(rows) > first,
        has_previous_page=after is not None,
    )


async def invitation_count(*, actor: PartnerActor, now: datetime, filters: InvitationFilter) -> int:
    return await _filtered(actor, filters, now).count()


def _filtered(
    actor: PartnerActor, filters: InvitationFilter, now: datetime
) -> QuerySet[Invitation]:
    query = Invitation.filter(partner_id=actor.partner_id)
    if filters.kind is not None:
        query = query.filter(kind=filters.kind)
    if filters.state is not None:
        query = query.filter(in_state(filters.state, now))
    return query


def in_state(state: InvitationState, now: datetime) -> Q:
    """`Invitation.state_at(now) == state`, spelt for the database: revoked first, then used
    up, then expired."""
    live = Q(revoked_at__isnull=True)
    used_up = Q(max_uses__isnull=False) & Q(use_count__gte=F("max_uses"))
    uses_left = Q(max_uses__isnull=True) | Q(use_count__lt=F("max_uses"))
    if state is InvitationState.REVOKED:
        return Q(revoked_at__isnull=False)
    if state is InvitationState.USED_UP:
        return live & used_up
    if state is InvitationState.EXPIRED:
        return live & uses_left & Q(expires_at__lte=now)
    return live & uses_left & Q(expires_at__gt=now)
