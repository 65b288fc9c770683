import strawberry

from resolvers import accounts, associations, invitations, management


@strawberry.type
class Mutation:
    request_email_code = strawberry.mutation(
        resolver=accounts.request_email_code,
        description="Mail a 6-digit code to prove an address before registering.",
    )
    register = strawberry.mutation(resolver=accounts.register)
    login = strawberry.mutation(resolver=accounts.login)
    logout = strawberry.mutation(resolver=accounts.logout)
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
    request_authorization = strawberry.mutation(resolver=management.request_authorization)
    authorize = strawberry.mutation(
        resolver=management.authorize,
        description="Customer: approve, reject or revoke (with a reason) an authorization.",
    )
