import strawberry

from resolvers import events


@strawberry.type
class Subscription:
    events = strawberry.subscription(
        resolver=events.subscribe,
        description="Events as they happen, over graphql-transport-ws: a partner's stream or a "
        "customer's own, filtered by type. With `after` (an event's id) the missed ones come "
        "first, then the new ones, without gap or repeat. Send the credentials in "
        'connection_init: {"Authorization": "Bearer ..."}; the connection is closed (4401) '
        "once they are revoked or the session ends (checked at least every 5 seconds).",
    )
