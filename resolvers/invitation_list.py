from strawberry import relay

from rules import invitation_list as rules
from rules.errors import RuleError
from rules.keyset import DEFAULT_PAGE_SIZE
from schema.context import Info
from schema.cursors import decode_cursor, encode_cursor
from schema.errors import refusal_as_error, require_partner
from schema.invitation_list import InvitationConnection, InvitationEdge, InvitationFilterInput
from schema.types import Invitation


async def invitations(
    info: Info,
    first: int = DEFAULT_PAGE_SIZE,
    after: str | None = None,
    filter: InvitationFilterInput | None = None,
) -> InvitationConnection:
    actor = require_partner(info)
    chosen = filter or InvitationFilterInput()
    filters = rules.InvitationFilter(state=chosen.state, kind=chosen.kind)
    now = info.context.clock.now()
    try:
        page = await rules.invitation_page(
            actor=actor,
            now=now,
            filters=filters,
            first=first,
            after=decode_cursor(after) if after else None,
        )
    except RuleError as refusal:
        raise refusal_as_error(refusal) from None
    edges = [
        InvitationEdge(cursor=encode_cursor(cursor), node=Invitation.wrap(row))
        for row, cursor in zip(page.rows, page.cursors, strict=True)
    ]
    return InvitationConnection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        count=lambda: rules.invitation_count(actor=actor, now=now, filters=filters),
    )
