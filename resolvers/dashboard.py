from strawberry import relay

from rules import dashboard as rules
from rules.errors import RuleError
from schema.context import Info
from schema.cursors import decode_cursor, encode_cursor
from schema.dashboard import (
    CustomerConnection,
    CustomerEdge,
    CustomerFilterInput,
    CustomerOrderInput,
)
from schema.errors import refusal_as_error, require_partner
from schema.types import Association, Customer


async def customers(
    info: Info,
    first: int = rules.DEFAULT_PAGE_SIZE,
    after: str | None = None,
    filter: CustomerFilterInput | None = None,
    order_by: CustomerOrderInput | None = None,
) -> CustomerConnection:
    actor = require_partner(info)
    chosen = filter or CustomerFilterInput()
    filters = rules.CustomerFilter(
        association_state=chosen.association_state,
        frozen=chosen.frozen,
        budget_set=chosen.budget_set,
        authorization_state=chosen.authorization_state,
        search=chosen.search,
    )
    ordering = order_by or CustomerOrderInput()
    order = rules.CustomerOrder(field=ordering.field, descending=ordering.descending)
    now = info.context.clock.now()
    try:
        page = await rules.customer_page(
            actor=actor,
            now=now,
            filters=filters,
            order=order,
            first=first,
            after=decode_cursor(after) if after else None,
        )
    except RuleError as refusal:
        raise refusal_as_error(refusal) from None
    edges = [
        CustomerEdge(
            cursor=encode_cursor(cursor),
            node=Customer.wrap(row.customer, row=row),
            association=Association.wrap(row.association),
        )
        for row, cursor in zip(page.rows, page.cursors, strict=True)
    ]
    page_info = relay.PageInfo(
        has_next_page=page.has_next_page,
        has_previous_page=page.has_previous_page,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return CustomerConnection(
        edges=edges,
        page_info=page_info,
        count=lambda: rules.customer_count(actor=actor, now=now, filters=filters),
    )
