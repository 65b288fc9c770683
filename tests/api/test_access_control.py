"""Who may call what: every query and mutation, run as nobody, with dead credentials, as the wrong
partner, the wrong customer and the wrong kind of actor, and as the owner with each role of key.

Each row of MATRIX is (operation, caller, expected answer). A refused call changes nothing: the
whole database is compared before and after.
"""

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any

import pytest

from models import AuditEvent, Event, Freeze
from models.enums import AuthorizationScope, BudgetKind, InvitationKind, KeyRole
from rules.actors import CustomerActor, OperatorActor, PartnerActor
from rules.associations import associate
from rules.authorizations import request_authorization
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.dissociations import request_dissociation
from rules.email_codes import request_email_code
from rules.hashing import hash_password
from rules.partners import issue_api_key, revoke_api_key
from rules.password_reset import request_password_reset
from rules.sessions import end_session, start_session
from rules.webhooks import create_endpoint
from schema.roles import NOT_PARTNER_MUTATIONS, PARTNER_ROLES
from schema.root import schema as strawberry_schema
from tests.api.conftest import Actors, Api, database_state, gid
from tests.builders import complete_steps
from tests.rules.mailbox import Outbox, code_in

PASSWORD = "correct horse battery"
NEW_EMAIL = "newcomer@example.com"


_hashes: dict[str, str] = {}


async def password_hash() -> str:
    """One argon2 hash for every test's customer: hashing takes a tenth of a second."""
    if PASSWORD not in _hashes:
        _hashes[PASSWORD] = await hash_password(PASSWORD)
    return _hashes[PASSWORD]


class Caller(Enum):
    NOBODY = "nobody"
    UNKNOWN_KEY = "unknown-key"
    UNKNOWN_SESSION = "unknown-session"
    REVOKED_KEY = "revoked-key"
    EXPIRED_KEY = "expired-key"
    EXPIRED_SESSION = "expired-session"
    ENDED_SESSION = "ended-session"
    PARTNER = "partner"  # owns every object of the world; its key is an ADMIN key
    MANAGE_KEY = "manage-key"  # the same partner, with a MANAGE key
    READ_KEY = "read-key"  # the same partner, with a READ key
    CUSTOMER = "customer"  # the partner's customer
    OTHER_PARTNER = "other-partner"
    OTHER_CUSTOMER = "other-customer"  # the other partner's customer


DEAD = [
    Caller.NOBODY,
    Caller.UNKNOWN_KEY,
    Caller.UNKNOWN_SESSION,
    Caller.REVOKED_KEY,
    Caller.EXPIRED_KEY,
    Caller.EXPIRED_SESSION,
    Caller.ENDED_SESSION,
]


@dataclass
class World:
    """A reseller partner and its customer (associated through a link, with a budget, the freeze
    the association set, now lifted, a pending authorization request and a pending request of
    the customer's to dissociate), and another partner
    with a customer of its own."""

    tokens: dict[Caller, str | None]
    ids: dict[str, str]  # global ids of the partner's objects, by type name
    manage_key_prefix: str  # the partner's MANAGE key
    account_name: str  # the customer's
    customer_email: str
    link_token: str  # the link the customer registered and associated through
    online_token: str  # an online invitation addressed to the customer
    outbox: Outbox
    clock: FakeClock

    async def reset_code(self) -> str:
        """A code mailed to the customer's address, as `requestPasswordReset` would send it."""
        await request_password_reset(
            email=self.customer_email, clock=self.clock, notifier=self.outbox
        )
        code = code_in(self.outbox.sent[-1].text)
        assert code is not None
        return code

    async def email_code(self) -> str:
        """A code mailed to NEW_EMAIL, as `requestEmailCode` would send it."""
        await request_email_code(email=NEW_EMAIL, clock=self.clock, notifier=self.outbox)
        match = re.search(r"\b(\d{6})\b", self.outbox.sent[-1].text)
        assert match is not None
        return match.group(1)


@pytest.fixture
async def world(actors: Actors, outbox: Outbox, clock: FakeClock) -> World:
    partner, key = await actors.partner()
    other_partner, other_key = await actors.partner()
    endpoint = await create_endpoint(
        actor=PartnerActor(partner.id), url="http://127.0.0.1:9/hook", allow_private=True
    )
    customer, link_token = await actors.build.newcomer(partner)
    customer.password_hash = await password_hash()
    await customer.save(update_fields=["password_hash"])
    result = await associate(
        actor=CustomerActor(customer.id), request=complete_steps(link_token), clock=clock
    )
    other_customer, _ = await actors.build.associated(other_partner)
    as_partner = PartnerActor(partner.id)
    budget = await set_budget(
        actor=as_partner, customer_id=customer.id, kind=BudgetKind.MONTHLY, amount="5", clock=clock
    )
    letter = await request_authorization(
        actor=as_partner,
        customer_id=customer.id,
        scopes=[AuthorizationScope.PLACE_ORDERS],
        clock=clock,
    )
    online = await actors.build.invitation(partner, kind=InvitationKind.ONLINE, invitee=customer)
    leaving = await request_dissociation(
        actor=CustomerActor(customer.id), customer_id=customer.id, reason="Leaving", clock=clock
    )
    earlier = FakeClock(clock.now() - timedelta(days=1))
    revoked = await issue_api_key(actor=OperatorActor(), partner_id=partner.id)
    await revoke_api_key(actor=OperatorActor(), prefix=revoked.api_key.prefix)
    expired_key = await issue_api_key(
        actor=OperatorActor(), partner_id=partner.id, expires_at=clock.now(), clock=earlier
    )
    by_role = {
        role: await issue_api_key(actor=OperatorActor(), partner_id=partner.id, role=role)
        for role in (KeyRole.MANAGE, KeyRole.READ)
    }
    _, expired = await start_session(customer.id, FakeClock(clock.now() - timedelta(days=31)))
    _, ended = await start_session(customer.id, clock)
    await end_session(ended, clock)
    freeze = await Freeze.get(customer_id=customer.id)
    event = await AuditEvent.filter(partner_id=partner.id, customer_id=customer.id).first()
    assert event is not None
    told = await Event.filter(partner_id=partner.id).first()
    assert told is not None
    return World(
        tokens={
            Caller.NOBODY: None,
            Caller.UNKNOWN_KEY: "plk_nothing_" + "x" * 43,
            Caller.UNKNOWN_SESSION: "y" * 43,
            Caller.REVOKED_KEY: revoked.secret,
            Caller.EXPIRED_KEY: expired_key.secret,
            Caller.EXPIRED_SESSION: expired,
            Caller.ENDED_SESSION: ended,
            Caller.PARTNER: key,
            Caller.MANAGE_KEY: by_role[KeyRole.MANAGE].secret,
            Caller.READ_KEY: by_role[KeyRole.READ].secret,
            Caller.CUSTOMER: await actors.login(customer),
            Caller.OTHER_PARTNER: other_key,
            Caller.OTHER_CUSTOMER: await actors.login(other_customer),
        },
        ids={
            "Partner": gid("Partner", partner.id),
            "Customer": gid("Customer", customer.id),
            "Invitation": gid("Invitation", online.invitation.id),
            "Association": gid("Association", result.association.id),
            "Authorization": gid("Authorization", letter.id),
            "Budget": gid("Budget", budget.id),
            "Freeze": gid("Freeze", freeze.id),
            "AuditEvent": gid("AuditEvent", event.id),
            "DissociationRequest": gid("DissociationRequest", leaving.request.id),
            "WebhookEndpoint": gid("WebhookEndpoint", endpoint.endpoint.id),
            "Event": gid("Event", told.id),
        },
        manage_key_prefix=by_role[KeyRole.MANAGE].api_key.prefix,
        account_name=customer.account_name,
        customer_email=customer.email,
        link_token=link_token,
        online_token=online.token,
        outbox=outbox,
        clock=clock,
    )


Variables = Callable[[World], Awaitable[dict[str, Any]]]


def given(make: Callable[[World], dict[str, Any]]) -> Variables:
    async def variables(world: World) -> dict[str, Any]:
        return make(world)

    return variables


async def registration(world: World) -> dict[str, Any]:
    return {
        "input": {
            "accountName": "newcomer",
            "email": NEW_EMAIL,
            "password": PASSWORD,
            "country": "DE",
            "emailCode": await world.email_code(),
        }
    }


async def password_reset(world: World) -> dict[str, Any]:
    return {
        "input": {
            "email": world.customer_email,
            "code": await world.reset_code(),
            "newPassword": PASSWORD,
        }
    }


NO_VARIABLES = given(lambda _: {})


@dataclass(frozen=True)
class Operation:
    document: str
    variables: Variables = NO_VARIABLES


OPERATIONS = {
    "viewer": Operation("{ viewer { __typename } }"),
    "apiKey": Operation("{ apiKey { role } }"),
    "node": Operation(
        "query($id: ID!) { node(id: $id) { id } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "invitation": Operation(
        "query($token: String!) { invitation(token: $token) { state } }",
        given(lambda w: {"token": w.link_token}),
    ),
    "eligibility": Operation(
        "query($token: String!) { eligibility(token: $token) { alreadyAssociated } }",
        given(lambda w: {"token": w.link_token}),
    ),
    "customers": Operation("{ customers(first: 10) { totalCount } }"),
    "invitations": Operation("{ invitations(first: 10) { totalCount } }"),
    "partnerOverview": Operation("{ partnerOverview { active } }"),
    "auditEvents": Operation(
        "query($id: ID!) { auditEvents(customerId: $id) { action } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "events": Operation(
        "query($id: ID!) { events(customerId: $id) { edges { node { type customerId } } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "createInvitation": Operation(
        "mutation { createInvitation(input: {}) { token errors { code } } }"
    ),
    "revokeInvitation": Operation(
        "mutation($id: ID!) { revokeInvitation(input: {invitationId: $id}) { errors { code } } }",
        given(lambda w: {"id": w.ids["Invitation"]}),
    ),
    "associate": Operation(
        "mutation($input: AssociateInput!) { associate(input: $input) { errors { code } } }",
        given(
            lambda w: {
                "input": {
                    "token": w.online_token,
                    "acceptResellerInstructions": True,
                    "billingCountry": "DE",
                    "acceptCustomerAgreement": True,
                }
            }
        ),
    ),
    "setBudget": Operation(
        'mutation($id: ID!) { setBudget(input: {customerId: $id, kind: PACKAGE, amount: "9"}) '
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "freeze": Operation(
        "mutation($id: ID!) { freeze(input: {customerId: $id, type: ACCOUNT}) "
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "unfreeze": Operation(
        "mutation($id: ID!) { unfreeze(input: {customerId: $id, type: ACCOUNT}) "
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "setBudgets": Operation(
        "mutation($id: ID!) { setBudgets(input: {items: [{customerId: $id, kind: PACKAGE, "
        'amount: "9"}]}) { errors { code } items { errors { code } } } }',
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "freezeMany": Operation(
        "mutation($id: ID!) { freezeMany(input: {items: [{customerId: $id, type: ACCOUNT}]}) "
        "{ errors { code } items { errors { code } } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "unfreezeMany": Operation(
        "mutation($id: ID!) { unfreezeMany(input: {items: [{customerId: $id, type: ACCOUNT}]}) "
        "{ errors { code } items { errors { code } } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "placeOrder": Operation(
        "mutation($id: ID!) { placeOrder(input: {customerId: $id, kind: PURCHASE, "
        'amount: "1"}) { errors { code } } }',
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "applyCoupon": Operation(
        "mutation($c: ID!, $e: ID!) { applyCoupon(input: {couponId: $c, expenditureId: $e}) "
        "{ errors { code } } }",
        given(lambda _: {"c": gid("CashCoupon", 1), "e": gid("Expenditure", 1)}),
    ),
    "importAccountFacts": Operation(
        'mutation { importAccountFacts(input: {jsonl: ""}) { errors { code } } }'
    ),
    "issueApiKey": Operation(
        'mutation { issueApiKey(input: {label: "staff", role: READ}) { secret errors { code } } }'
    ),
    "revokeApiKey": Operation(
        "mutation($prefix: String!) { revokeApiKey(input: {prefix: $prefix}) { errors { code } } }",
        given(lambda w: {"prefix": w.manage_key_prefix}),
    ),
    # aliased, so that the answer is found under the operation's name
    "apiKeys": Operation("{ apiKeys: viewer { ... on Partner { apiKeys { prefix role } } } }"),
    "requestAuthorization": Operation(
        "mutation($id: ID!) { requestAuthorization(input: {customerId: $id, "
        "scopes: [OPERATIONS_AND_MAINTENANCE]}) { errors { code } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "authorize": Operation(
        "mutation($id: ID!) { authorize(input: {authorizationId: $id, action: APPROVE}) "
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["Authorization"]}),
    ),
    "requestEmailCode": Operation(
        "mutation($email: String!) { requestEmailCode(input: {email: $email}) "
        "{ accepted errors { code } } }",
        given(lambda _: {"email": NEW_EMAIL}),
    ),
    "register": Operation(
        "mutation($input: RegisterInput!) { register(input: $input) "
        "{ sessionToken errors { code } } }",
        registration,
    ),
    "login": Operation(
        "mutation($login: String!) { login(input: {login: $login, password: "
        f'"{PASSWORD}"}}) {{ sessionToken errors {{ code }} }} }}',
        given(lambda w: {"login": w.account_name}),
    ),
    "logout": Operation("mutation { logout { loggedOut } }"),
    "dissociationPreflight": Operation(
        "query($id: ID!) { dissociationPreflight(customerId: $id) { blockers { code } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "requestDissociation": Operation(
        'mutation($id: ID!) { requestDissociation(input: {customerId: $id, reason: "r"}) '
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["Customer"]}),
    ),
    "answerDissociation": Operation(
        "mutation($id: ID!) { answerDissociation(input: {requestId: $id, action: APPROVE}) "
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["DissociationRequest"]}),
    ),
    "cancelDissociation": Operation(
        "mutation($id: ID!) { cancelDissociation(input: {requestId: $id}) { errors { code } } }",
        given(lambda w: {"id": w.ids["DissociationRequest"]}),
    ),
    "webhookEndpoints": Operation(
        "{ webhookEndpoints { url deliveries(first: 5) { state attempts { number } } } }"
    ),
    "createWebhookEndpoint": Operation(
        'mutation { createWebhookEndpoint(input: {url: "http://127.0.0.1:9/new"}) '
        "{ secret errors { code } } }"
    ),
    "updateWebhookEndpoint": Operation(
        'mutation($id: ID!) { updateWebhookEndpoint(input: {id: $id, description: "d"}) '
        "{ errors { code } } }",
        given(lambda w: {"id": w.ids["WebhookEndpoint"]}),
    ),
    "deleteWebhookEndpoint": Operation(
        "mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) "
        "{ deletedId errors { code } } }",
        given(lambda w: {"id": w.ids["WebhookEndpoint"]}),
    ),
    "rotateWebhookSecret": Operation(
        "mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { secret errors { code } } }",
        given(lambda w: {"id": w.ids["WebhookEndpoint"]}),
    ),
    "redeliverEvent": Operation(
        "mutation($id: ID!, $e: ID!) { redeliverEvent(input: {endpointId: $id, eventId: $e}) "
        "{ delivery { webhookId } errors { code } } }",
        given(lambda w: {"id": w.ids["WebhookEndpoint"], "e": w.ids["Event"]}),
    ),
    "sendTestEvent": Operation(
        "mutation($id: ID!) { sendTestEvent(input: {endpointId: $id}) "
        "{ delivery { webhookId } errors { code } } }",
        given(lambda w: {"id": w.ids["WebhookEndpoint"]}),
    ),
    "requestPasswordReset": Operation(
        "mutation($email: String!) { requestPasswordReset(input: {email: $email}) "
        "{ accepted errors { code } } }",
        given(lambda _: {"email": NEW_EMAIL}),
    ),
    "resetPassword": Operation(
        "mutation($input: ResetPasswordInput!) { resetPassword(input: $input) "
        "{ passwordSet errors { code } } }",
        password_reset,
    ),
}


class Expected:
    async def check(self, api: Api, world: World, name: str, caller: Caller) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Refused(Expected):
    """Top-level error with this code, the field null, and nothing changed."""

    code: str

    async def check(self, api: Api, world: World, name: str, caller: Caller) -> None:
        before = await database_state()
        body = await call(api, world, name, caller)
        assert [e["extensions"]["code"] for e in body["errors"]] == [self.code]
        assert (body["data"] or {}).get(name) is None
        assert await database_state() == before


@dataclass(frozen=True)
class PayloadErrors(Expected):
    """Expected failures as data, with these codes, and nothing changed."""

    codes: tuple[str, ...]

    async def check(self, api: Api, world: World, name: str, caller: Caller) -> None:
        before = await database_state()
        body = await call(api, world, name, caller)
        assert "errors" not in body, body["errors"]
        assert [e["code"] for e in body["data"][name]["errors"]] == list(self.codes)
        assert await database_state() == before


@dataclass(frozen=True)
class Reads(Expected):
    """A read that answers this value for the field, and changes nothing."""

    value: Any

    async def check(self, api: Api, world: World, name: str, caller: Caller) -> None:
        before = await database_state()
        body = await call(api, world, name, caller)
        assert body == {"data": {name: self.value}}
        assert await database_state() == before


class Allowed(Expected):
    """The call goes through: no top-level error, an answer that is neither null nor empty, and
    for a payload no errors in it."""

    async def check(self, api: Api, world: World, name: str, caller: Caller) -> None:
        body = await call(api, world, name, caller)
        assert "errors" not in body, body["errors"]
        answer = body["data"][name]
        assert answer
        if isinstance(answer, dict):
            assert answer.get("errors", []) == []


def refused(code: str) -> Refused:
    return Refused(code)


def payload(*codes: str) -> PayloadErrors:
    return PayloadErrors(codes)


ALLOWED = Allowed()
UNAUTHENTICATED = refused("UNAUTHENTICATED")
FORBIDDEN = refused("FORBIDDEN")
PUBLIC = [
    "invitation",
    "requestEmailCode",
    "register",
    "login",
    "requestPasswordReset",
    "resetPassword",
]
PARTNER_ONLY = [
    "customers",
    "invitations",
    "partnerOverview",
    "createInvitation",
    "revokeInvitation",
    "setBudget",
    "setBudgets",
    "freeze",
    "freezeMany",
    "unfreeze",
    "unfreezeMany",
    "requestAuthorization",
    "issueApiKey",
    "revokeApiKey",
    "webhookEndpoints",
    "createWebhookEndpoint",
    "updateWebhookEndpoint",
    "deleteWebhookEndpoint",
    "rotateWebhookSecret",
    "redeliverEvent",
    "sendTestEvent",
]
CUSTOMER_ONLY = ["eligibility", "associate", "authorize", "logout"]
EITHER_SIDE = [
    "dissociationPreflight",
    "requestDissociation",
    "answerDissociation",
    "cancelDissociation",
]
# What a partner's key needs beyond READ (which every key holds), stated here independently of
# schema.roles: the rows below check that the server agrees.
NEEDS_MANAGE = [
    "createInvitation",
    "revokeInvitation",
    "setBudget",
    "setBudgets",
    "freeze",
    "freezeMany",
    "unfreeze",
    "unfreezeMany",
    "requestAuthorization",
    "placeOrder",
    "redeliverEvent",
    "sendTestEvent",
]
NEEDS_ADMIN = [
    "issueApiKey",
    "revokeApiKey",
    "apiKeys",
    "requestDissociation",
    "answerDissociation",
    "cancelDissociation",
    "createWebhookEndpoint",
    "updateWebhookEndpoint",
    "deleteWebhookEndpoint",
    "rotateWebhookSecret",
]

OWNER_ROWS: list[tuple[str, Caller, Expected]] = [
    ("viewer", Caller.PARTNER, Reads({"__typename": "Partner"})),
    ("viewer", Caller.CUSTOMER, Reads({"__typename": "Customer"})),
    ("node", Caller.PARTNER, ALLOWED),
    ("node", Caller.CUSTOMER, ALLOWED),
    ("customers", Caller.PARTNER, Reads({"totalCount": 1})),
    ("invitations", Caller.PARTNER, Reads({"totalCount": 2})),  # the link and the online one
    ("partnerOverview", Caller.PARTNER, Reads({"active": 1})),
    ("auditEvents", Caller.PARTNER, ALLOWED),
    ("auditEvents", Caller.CUSTOMER, ALLOWED),
    ("events", Caller.PARTNER, ALLOWED),
    ("events", Caller.CUSTOMER, ALLOWED),
    ("apiKeys", Caller.PARTNER, ALLOWED),
    ("apiKeys", Caller.CUSTOMER, Reads({})),
    ("eligibility", Caller.CUSTOMER, Reads({"alreadyAssociated": True})),
    ("createInvitation", Caller.PARTNER, ALLOWED),
    ("revokeInvitation", Caller.PARTNER, ALLOWED),
    ("associate", Caller.CUSTOMER, ALLOWED),  # asking the same partner again is no error
    ("setBudget", Caller.PARTNER, ALLOWED),
    ("setBudgets", Caller.PARTNER, ALLOWED),
    ("freeze", Caller.PARTNER, ALLOWED),
    ("freezeMany", Caller.PARTNER, ALLOWED),
    ("unfreeze", Caller.PARTNER, payload("NOT_FROZEN")),
    ("unfreezeMany", Caller.PARTNER, payload()),  # its one item: NOT_FROZEN
    ("requestAuthorization", Caller.PARTNER, payload("AUTHORIZATION_ALREADY_OPEN")),
    ("placeOrder", Caller.PARTNER, payload("NOT_AUTHORIZED_TO_ORDER")),  # the letter is pending
    ("placeOrder", Caller.CUSTOMER, ALLOWED),
    ("applyCoupon", Caller.PARTNER, payload("COUPON_NOT_FOUND")),
    ("applyCoupon", Caller.CUSTOMER, payload("COUPON_NOT_FOUND")),
    ("issueApiKey", Caller.PARTNER, ALLOWED),
    ("revokeApiKey", Caller.PARTNER, ALLOWED),
    ("authorize", Caller.CUSTOMER, ALLOWED),
    ("logout", Caller.CUSTOMER, ALLOWED),
    # dissociation: either side asks, the other answers, the asker cancels
    ("dissociationPreflight", Caller.PARTNER, Reads({"blockers": [{"code": "REQUEST_PENDING"}]})),
    (
        "dissociationPreflight",
        Caller.CUSTOMER,
        Reads({"blockers": [{"code": "REQUEST_LIMIT_REACHED"}, {"code": "REQUEST_PENDING"}]}),
    ),
    ("requestDissociation", Caller.PARTNER, payload("REQUEST_PENDING")),
    ("requestDissociation", Caller.CUSTOMER, payload("REQUEST_LIMIT_REACHED", "REQUEST_PENDING")),
    ("answerDissociation", Caller.PARTNER, ALLOWED),
    ("answerDissociation", Caller.CUSTOMER, payload("ASKER_CANNOT_ANSWER")),
    ("cancelDissociation", Caller.CUSTOMER, ALLOWED),
    ("cancelDissociation", Caller.PARTNER, payload("NOT_THE_ASKER")),
    ("webhookEndpoints", Caller.PARTNER, ALLOWED),
    ("createWebhookEndpoint", Caller.PARTNER, ALLOWED),
    ("updateWebhookEndpoint", Caller.PARTNER, ALLOWED),
    ("deleteWebhookEndpoint", Caller.PARTNER, ALLOWED),
    ("rotateWebhookSecret", Caller.PARTNER, ALLOWED),
    ("redeliverEvent", Caller.PARTNER, ALLOWED),
    ("sendTestEvent", Caller.PARTNER, ALLOWED),
    *[(name, caller, ALLOWED) for name in PUBLIC for caller in (Caller.PARTNER, Caller.CUSTOMER)],
]
PARTNER_ROWS = [
    *[row for row in OWNER_ROWS if row[1] is Caller.PARTNER],
    *[(name, Caller.PARTNER, FORBIDDEN) for name in [*CUSTOMER_ONLY, "importAccountFacts"]],
]


def with_key(caller: Caller, forbidden: list[str]) -> list[tuple[str, Caller, Expected]]:
    """The ADMIN key's rows for another key of the same partner: FORBIDDEN where its role falls
    short, the same answer elsewhere."""
    return [
        (name, caller, FORBIDDEN if name in forbidden else expected)
        for name, _, expected in PARTNER_ROWS
    ]


MATRIX: list[tuple[str, Caller, Expected]] = [
    # (a) and (b): without live credentials only public operations answer; the reads that
    # take no credentials see nothing.
    *[(name, caller, ALLOWED) for name in PUBLIC for caller in DEAD],
    *[
        (name, caller, Reads(None))
        for name in ("viewer", "node", "apiKeys", "apiKey")
        for caller in DEAD
    ],
    *[
        (name, caller, UNAUTHENTICATED)
        for name in [
            *PARTNER_ONLY,
            *CUSTOMER_ONLY,
            "auditEvents",
            "events",
            "placeOrder",
            "applyCoupon",
            "importAccountFacts",
            *EITHER_SIDE,
        ]
        for caller in DEAD
    ],
    # (e) the wrong kind of actor
    *[(name, Caller.CUSTOMER, FORBIDDEN) for name in [*PARTNER_ONLY, "importAccountFacts"]],
    # (c) the wrong partner: another partner's customer, invitation, events and keys
    ("node", Caller.OTHER_PARTNER, Reads(None)),
    ("customers", Caller.OTHER_PARTNER, Reads({"totalCount": 1})),  # its own customer only
    ("invitations", Caller.OTHER_PARTNER, Reads({"totalCount": 1})),  # its own link only
    ("partnerOverview", Caller.OTHER_PARTNER, Reads({"active": 1})),  # its own customer only
    ("auditEvents", Caller.OTHER_PARTNER, Reads([])),
    ("events", Caller.OTHER_PARTNER, Reads({"edges": []})),
    ("apiKeys", Caller.OTHER_PARTNER, ALLOWED),  # its own keys
    ("revokeInvitation", Caller.OTHER_PARTNER, payload("INVITATION_NOT_FOUND")),
    ("setBudget", Caller.OTHER_PARTNER, payload("NOT_YOUR_CUSTOMER")),
    ("setBudgets", Caller.OTHER_PARTNER, payload()),  # its one item: NOT_YOUR_CUSTOMER
    ("freeze", Caller.OTHER_PARTNER, payload("NOT_YOUR_CUSTOMER")),
    ("freezeMany", Caller.OTHER_PARTNER, payload()),
    ("unfreeze", Caller.OTHER_PARTNER, payload("NOT_YOUR_CUSTOMER")),
    ("unfreezeMany", Caller.OTHER_PARTNER, payload()),
    ("requestAuthorization", Caller.OTHER_PARTNER, payload("NOT_YOUR_CUSTOMER")),
    ("dissociationPreflight", Caller.OTHER_PARTNER, Reads(None)),
    ("requestDissociation", Caller.OTHER_PARTNER, payload("NOT_YOUR_CUSTOMER")),
    ("answerDissociation", Caller.OTHER_PARTNER, payload("DISSOCIATION_REQUEST_NOT_FOUND")),
    ("cancelDissociation", Caller.OTHER_PARTNER, payload("DISSOCIATION_REQUEST_NOT_FOUND")),
    ("placeOrder", Caller.OTHER_PARTNER, payload("NOT_AUTHORIZED_TO_ORDER")),
    ("issueApiKey", Caller.OTHER_PARTNER, ALLOWED),  # for itself
    ("revokeApiKey", Caller.OTHER_PARTNER, payload("API_KEY_NOT_FOUND")),
    ("webhookEndpoints", Caller.OTHER_PARTNER, Reads([])),
    ("createWebhookEndpoint", Caller.OTHER_PARTNER, ALLOWED),  # its own
    ("updateWebhookEndpoint", Caller.OTHER_PARTNER, payload("WEBHOOK_ENDPOINT_NOT_FOUND")),
    ("deleteWebhookEndpoint", Caller.OTHER_PARTNER, payload("WEBHOOK_ENDPOINT_NOT_FOUND")),
    ("rotateWebhookSecret", Caller.OTHER_PARTNER, payload("WEBHOOK_ENDPOINT_NOT_FOUND")),
    ("redeliverEvent", Caller.OTHER_PARTNER, payload("WEBHOOK_ENDPOINT_NOT_FOUND")),
    ("sendTestEvent", Caller.OTHER_PARTNER, payload("WEBHOOK_ENDPOINT_NOT_FOUND")),
    # (d) the wrong customer: another customer's authorization, invitation and events
    ("node", Caller.OTHER_CUSTOMER, Reads(None)),
    ("auditEvents", Caller.OTHER_CUSTOMER, Reads([])),
    ("events", Caller.OTHER_CUSTOMER, Reads({"edges": []})),
    ("authorize", Caller.OTHER_CUSTOMER, payload("AUTHORIZATION_NOT_FOUND")),
    ("dissociationPreflight", Caller.OTHER_CUSTOMER, Reads(None)),
    ("requestDissociation", Caller.OTHER_CUSTOMER, payload("NOT_ASSOCIATED")),
    ("answerDissociation", Caller.OTHER_CUSTOMER, payload("DISSOCIATION_REQUEST_NOT_FOUND")),
    ("cancelDissociation", Caller.OTHER_CUSTOMER, payload("DISSOCIATION_REQUEST_NOT_FOUND")),
    (
        "associate",
        Caller.OTHER_CUSTOMER,
        payload("INVITATION_FOR_ANOTHER_ACCOUNT", "ALREADY_ASSOCIATED"),
    ),
    ("placeOrder", Caller.OTHER_CUSTOMER, payload("NOT_AUTHORIZED_TO_ORDER")),
    # the owners get through, the partner as far as its key's role allows
    *OWNER_ROWS,
    *[row for row in PARTNER_ROWS if row not in OWNER_ROWS],
    *with_key(Caller.MANAGE_KEY, NEEDS_ADMIN),
    *with_key(Caller.READ_KEY, [*NEEDS_MANAGE, *NEEDS_ADMIN]),
    # each key says its own role; a customer has none
    ("apiKey", Caller.PARTNER, Reads({"role": "ADMIN"})),
    ("apiKey", Caller.MANAGE_KEY, Reads({"role": "MANAGE"})),
    ("apiKey", Caller.READ_KEY, Reads({"role": "READ"})),
    ("apiKey", Caller.OTHER_PARTNER, Reads({"role": "ADMIN"})),
    ("apiKey", Caller.CUSTOMER, Reads(None)),
]


async def call(api: Api, world: World, name: str, caller: Caller) -> dict[str, Any]:
    operation = OPERATIONS[name]
    variables = await operation.variables(world)
    return await api(operation.document, variables, token=world.tokens[caller])


def test_the_matrix_covers_every_operation() -> None:
    assert {name for name, _, _ in MATRIX} == set(OPERATIONS)
    covered = {(name, caller) for name, caller, _ in MATRIX}
    assert len(covered) == len(MATRIX), "a row is listed twice"
    root_fields = {*schema.query_type.fields, *schema.mutation_type.fields}  # type: ignore[union-attr]
    assert root_fields <= set(OPERATIONS), "an operation is missing from the matrix"
    for name in OPERATIONS:
        for caller in (Caller.PARTNER, Caller.MANAGE_KEY, Caller.READ_KEY):
            assert (name, caller) in covered, f"{name} is not tried with the {caller.value}"


def test_every_mutation_declares_what_a_partners_key_needs() -> None:
    mutations = set(schema.mutation_type.fields)  # type: ignore[union-attr]
    declared = set(PARTNER_ROLES) | NOT_PARTNER_MUTATIONS

    assert not mutations - declared, "declare the role it needs in schema/roles.py"
    assert not set(PARTNER_ROLES) & NOT_PARTNER_MUTATIONS


@pytest.mark.parametrize(
    ("name", "caller", "expected"),
    MATRIX,
    ids=[f"{name}-{caller.value}" for name, caller, _ in MATRIX],
)
async def test_access(
    api: Api, world: World, name: str, caller: Caller, expected: Expected
) -> None:
    await expected.check(api, world, name, caller)


schema = strawberry_schema._schema


NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
NODE_TYPES = [
    "Partner",
    "Customer",
    "Invitation",
    "Association",
    "Authorization",
    "Budget",
    "Freeze",
    "AuditEvent",
    "DissociationRequest",
]
STRANGERS = [Caller.OTHER_PARTNER, Caller.OTHER_CUSTOMER, Caller.NOBODY, Caller.EXPIRED_SESSION]


@pytest.mark.parametrize("caller", STRANGERS, ids=[c.value for c in STRANGERS])
@pytest.mark.parametrize("type_name", NODE_TYPES)
async def test_node_of_another_answers_as_an_id_that_does_not_exist(
    api: Api, world: World, type_name: str, caller: Caller
) -> None:
    token = world.tokens[caller]
    missing = await api(NODE, {"id": gid(type_name, 999_999)}, token=token)

    body = await api(NODE, {"id": world.ids[type_name]}, token=token)

    assert body == missing == {"data": {"node": None}}


OWNED = [(t, Caller.PARTNER) for t in NODE_TYPES] + [
    (t, Caller.CUSTOMER) for t in NODE_TYPES if t != "Invitation"
]


@pytest.mark.parametrize(("type_name", "caller"), OWNED, ids=[f"{t}-{c.value}" for t, c in OWNED])
async def test_node_returns_the_object_to_its_owner(
    api: Api, world: World, type_name: str, caller: Caller
) -> None:
    node_id = world.ids[type_name]

    data = await api.data(NODE, {"id": node_id}, token=world.tokens[caller])

    assert data["node"] == {"__typename": type_name, "id": node_id}


async def test_a_customer_does_not_read_invitations_by_id_even_its_own(
    api: Api, world: World
) -> None:
    token = world.tokens[Caller.CUSTOMER]

    data = await api.data(NODE, {"id": world.ids["Invitation"]}, token=token)

    assert data["node"] is None
