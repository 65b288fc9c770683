"""The role a partner's API key needs for each operation: the one place that declares it.

Every mutation is named here, either with the role a partner's key needs for it or among the
operations partners do not perform as partners (a test fails for a mutation in neither).
`require_partner` looks the field up by its GraphQL name; a partner operation missing from the
table needs ADMIN, so a forgotten line refuses rather than allows. Reads need READ, which every
key holds; the few reads that need more are listed too.
"""

from models.enums import KeyRole

READ, MANAGE, ADMIN = KeyRole.READ, KeyRole.MANAGE, KeyRole.ADMIN

PARTNER_ROLES: dict[str, KeyRole] = {
    # reads
    "customers": READ,
    "invitations": READ,
    "partnerOverview": READ,
    "dissociationPreflight": READ,
    "events": READ,  # the query and the subscription
    "apiKeys": ADMIN,
    # Delivery logs help a dashboard show whether its feed is healthy; secrets are never read.
    "webhookEndpoints": READ,
    # mutations
    "createInvitation": MANAGE,
    "revokeInvitation": MANAGE,
    "setBudget": MANAGE,
    "setBudgets": MANAGE,
    "freeze": MANAGE,
    "freezeMany": MANAGE,
    "unfreeze": MANAGE,
    "unfreezeMany": MANAGE,
    "requestAuthorization": MANAGE,
    "placeOrder": MANAGE,
    "issueApiKey": ADMIN,
    "revokeApiKey": ADMIN,
    "requestDissociation": ADMIN,
    "answerDissociation": ADMIN,
    "cancelDissociation": ADMIN,
    # Endpoints decide where customers' data goes and hold signing secrets: as sensitive as keys.
    "createWebhookEndpoint": ADMIN,
    "updateWebhookEndpoint": ADMIN,
    "deleteWebhookEndpoint": ADMIN,
    "rotateWebhookSecret": ADMIN,
    # Sending again to an endpoint already set up sends nowhere new.
    "redeliverEvent": MANAGE,
    "sendTestEvent": MANAGE,
}

# Mutations of customers, the operator or anyone: a partner's key (whatever its role) is refused
# by who it is, or does not matter.
NOT_PARTNER_MUTATIONS = frozenset(
    {
        "requestEmailCode",
        "register",
        "login",
        "logout",
        "requestPasswordReset",
        "resetPassword",
        "associate",
        "authorize",
        "applyCoupon",
        "importAccountFacts",
    }
)


def role_needed(field_name: str) -> KeyRole:
    return PARTNER_ROLES.get(field_name, ADMIN)
