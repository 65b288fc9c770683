import strawberry

from resolvers import (
    associations,
    dashboard,
    dissociations,
    events,
    invitation_list,
    invitations,
    keys,
    overview,
    queries,
    webhooks,
)


@strawberry.type
class Query:
    viewer = strawberry.field(resolver=queries.viewer)
    node = strawberry.field(resolver=queries.node)
    api_key = strawberry.field(
        resolver=keys.current,
        description="The partner's API key this request was sent with: its label and role, so "
        "that a client offers only what the key may do. Null for anyone else.",
    )
    invitation = strawberry.field(
        resolver=invitations.invitation_preview,
        description="Public: an invitation by its token; null when there is none.",
    )
    eligibility = strawberry.field(
        resolver=associations.eligibility,
        description="For the logged-in customer: every rule that stops it from associating "
        "through this invitation. Null for an unknown token.",
    )
    webhook_endpoints = strawberry.field(
        resolver=webhooks.webhook_endpoints,
        description="For a partner: its webhook endpoints with their deliveries and attempts "
        "(never their secrets).",
    )
    customers = strawberry.field(
        resolver=dashboard.customers,
        description="For a partner: its customers, filtered and ordered, a page at a time "
        "(100 at most).",
    )
    invitations = strawberry.field(
        resolver=invitation_list.invitations,
        description="For a partner: its invitations, newest first, filtered by state and kind, "
        "a page at a time (100 at most).",
    )
    partner_overview = strawberry.field(
        resolver=overview.partner_overview,
        description="For a partner: its customers counted by state, freeze, budget and budget "
        "alerts this month, and its associations per week over the last 12 weeks.",
    )
    audit_events = strawberry.field(resolver=queries.audit_events)
    events = strawberry.field(
        resolver=events.events,
        description="Events, oldest first, a page at a time (100 at most): a partner's are "
        "those written while it was the customer's partner, a customer's those about itself. "
        "Filtered by type and (for a partner) customer. Keep the last endCursor and ask again "
        "with `after`: nothing committed later is skipped.",
    )
    dissociation_preflight = strawberry.field(
        resolver=dissociations.preflight,
        description="Every blocker to dissolving the association now, at once: a partner names "
        "its customer, a customer leaves customerId out. Null without an active association.",
    )
