import strawberry

from resolvers import (
    accounts,
    associations,
    bulk,
    dissociations,
    invitations,
    keys,
    management,
    orders,
    password_reset,
    webhooks,
)


@strawberry.type
class Mutation:
    request_email_code = strawberry.mutation(
        resolver=accounts.request_email_code,
        description="Mail a 6-digit code to prove an address before registering.",
    )
    register = strawberry.mutation(resolver=accounts.register)
    login = strawberry.mutation(resolver=accounts.login)
    logout = strawberry.mutation(resolver=accounts.logout)
    request_password_reset = strawberry.mutation(
        resolver=password_reset.request_password_reset,
        description="Mail a 6-digit code for setting the password of the address's account.",
    )
    reset_password = strawberry.mutation(
        resolver=password_reset.reset_password,
        description="Set the account's password with the mailed code; its other sessions end.",
    )
    create_invitation = strawberry.mutation(
        resolver=invitations.create_invitation,
        description="Partner: a link (and QR code) for new accounts, or an online invitation "
        "to one existing account.",
    )
    revoke_invitation = strawberry.mutation(resolver=invitations.revoke_invitation)
    associate = strawberry.mutation(
        resolver=associations.associate,
        description="Customer: associate with the invitation's partner, with the steps of "
        "the procedure in one request.",
    )
    set_budget = strawberry.mutation(resolver=management.set_budget)
    freeze = strawberry.mutation(resolver=management.freeze)
    unfreeze = strawberry.mutation(resolver=management.unfreeze)
    set_budgets = strawberry.mutation(
        resolver=bulk.set_budgets,
        description="Partner: `setBudget` for up to 100 customers, each on its own.",
    )
    freeze_many = strawberry.mutation(
        resolver=bulk.freeze_many,
        description="Partner: `freeze` up to 100 customers, each on its own.",
    )
    unfreeze_many = strawberry.mutation(
        resolver=bulk.unfreeze_many,
        description="Partner: `unfreeze` up to 100 customers, each on its own.",
    )
    request_authorization = strawberry.mutation(resolver=management.request_authorization)
    authorize = strawberry.mutation(
        resolver=management.authorize,
        description="Customer: approve, reject or revoke (with a reason) an authorization.",
    )
    request_dissociation = strawberry.mutation(
        resolver=dissociations.request_dissociation,
        description="Ask to end the association, with a reason: a partner about its customer, a "
        "customer about itself. A referral partner's request dissolves it at once.",
    )
    answer_dissociation = strawberry.mutation(
        resolver=dissociations.answer_dissociation,
        description="The other side approves (the association is dissolved) or rejects a "
        "dissociation request.",
    )
    cancel_dissociation = strawberry.mutation(
        resolver=dissociations.cancel_dissociation,
        description="The asker withdraws its pending dissociation request.",
    )
    place_order = strawberry.mutation(
        resolver=orders.place_order,
        description="A purchase, renewal or change, refused while the account is frozen or "
        "when it would pass the budget. A partner orders for a customer that authorized it.",
    )
    apply_coupon = strawberry.mutation(
        resolver=orders.apply_coupon,
        description="Pay an expenditure with one of the customer's cash coupons.",
    )
    issue_api_key = strawberry.mutation(
        resolver=keys.issue,
        description="ADMIN key: a new API key for your partner, its secret shown once.",
    )
    revoke_api_key = strawberry.mutation(
        resolver=keys.revoke,
        description="ADMIN key: revoke one of your partner's keys (not its last ADMIN key).",
    )
    create_webhook_endpoint = strawberry.mutation(
        resolver=webhooks.create_webhook_endpoint,
        description="ADMIN key: an endpoint your events are POSTed to, signed per Standard "
        "Webhooks; its secret is shown once.",
    )
    update_webhook_endpoint = strawberry.mutation(
        resolver=webhooks.update_webhook_endpoint,
        description="ADMIN key: change an endpoint's URL, event types, description, or enable "
        "or disable it (enabling resumes its deliveries).",
    )
    delete_webhook_endpoint = strawberry.mutation(
        resolver=webhooks.delete_webhook_endpoint,
        description="ADMIN key: delete an endpoint with its deliveries.",
    )
    rotate_webhook_secret = strawberry.mutation(
        resolver=webhooks.rotate_webhook_secret,
        description="ADMIN key: a new signing secret, shown once; the current one signs beside "
        "it for `overlapHours`.",
    )
    redeliver_event = strawberry.mutation(
        resolver=webhooks.redeliver,
        description="MANAGE key: send one of your events to an endpoint again, with its "
        "`webhook-id`, after what its customer's deliveries hold.",
    )
    send_test_event = strawberry.mutation(
        resolver=webhooks.send_test,
        description="MANAGE key: send a `webhook.test` message to an endpoint, tried once.",
    )
    import_account_facts = strawberry.mutation(
        resolver=orders.import_account_facts,
        description="Operator only: load account facts from JSON Lines, all or nothing.",
    )
