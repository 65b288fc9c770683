"""The whole story over real HTTP, with a real GraphQL client (gql) against `partnerlink serve`
in its own process: the operator's command line, a partner, a customer and the real mail.

The client validates every request against schema.graphql, the contract clients get."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from gql import Client, GraphQLRequest
from gql.client import SyncClientSession
from gql.transport.httpx import HTTPXTransport

from schema.export import SCHEMA_FILE
from tests.e2e.conftest import Server
from tests.rules.mailbox import code_in
from tests.test_mail import SmtpServer, body_of

EMAIL = "mia@example.com"


class Caller:
    """One party's GraphQL client: its own connection, its own credentials."""

    def __init__(self, server: Server, token: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        transport = HTTPXTransport(url=server.graphql_url, headers=headers, timeout=10)
        self.client = Client(transport=transport, schema=SCHEMA_FILE.read_text(encoding="utf-8"))
        # gql leaves connect_sync and close_sync unannotated; the session is a SyncClientSession.
        self.session: SyncClientSession = self.client.connect_sync()  # type: ignore[no-untyped-call]

    def __call__(self, query: str, **variables: Any) -> dict[str, Any]:
        request = GraphQLRequest(query, variable_values=variables or None)
        result: dict[str, Any] = self.session.execute(request)
        return result

    def close(self) -> None:
        self.client.close_sync()  # type: ignore[no-untyped-call]


@pytest.fixture
def callers(server: Server) -> Iterator[list[Caller]]:
    opened: list[Caller] = []
    yield opened
    for caller in opened:
        caller.close()


def test_a_partner_invites_a_customer_who_associates_and_is_managed(
    server: Server, smtp: SmtpServer, callers: list[Caller]
) -> None:
    def caller(token: str | None = None) -> Caller:
        callers.append(Caller(server, token))
        return callers[-1]

    # The operator creates a reseller partner and issues its API key on the command line.
    created = server.command("partners", "create", "--name", "Nimbus Resale", "--model", "reseller")
    partner_id = re.fullmatch(r"created partner (\d+): Nimbus Resale \(reseller\)\n", created)
    assert partner_id, created
    issued = server.command("keys", "issue", "--partner", partner_id[1], "--label", "dashboard")
    api_key = next(line for line in issued.splitlines() if line.startswith("plk_"))
    partner = caller(api_key)
    assert partner("{ viewer { ... on Partner { name cooperationModel } } }") == {
        "viewer": {"name": "Nimbus Resale", "cooperationModel": "RESELLER"}
    }

    # The partner creates a link invitation (its URL is also the QR code).
    invitation = partner(
        """mutation($input: CreateInvitationInput!) {
             createInvitation(input: $input) {
               token url invitation { kind state maxUses } errors { code field }
             }
           }""",
        input={"kind": "LINK", "maxUses": 10},
    )["createInvitation"]
    assert invitation["errors"] == []
    assert invitation["invitation"] == {"kind": "LINK", "state": "ACTIVE", "maxUses": 10}
    token = invitation["token"]
    assert invitation["url"] == f"{server.base_url}/invite/{token}"

    # The customer opens it, asks for an email code, and reads it in the real mail.
    anonymous = caller()
    assert anonymous(
        """query($token: String!) {
             invitation(token: $token) { partner { name } cooperationModel kind state }
           }""",
        token=token,
    ) == {
        "invitation": {
            "partner": {"name": "Nimbus Resale"},
            "cooperationModel": "RESELLER",
            "kind": "LINK",
            "state": "ACTIVE",
        }
    }
    requested = anonymous(
        """mutation($input: RequestEmailCodeInput!) {
             requestEmailCode(input: $input) { accepted errors { code } }
           }""",
        input={"email": EMAIL},
    )
    assert requested == {"requestEmailCode": {"accepted": True, "errors": []}}
    smtp.wait_for(1)
    [envelope] = smtp.envelopes
    assert envelope.rcpt_tos == [EMAIL]
    code = code_in(body_of(smtp.message()))
    assert code is not None

    # ...registers with the code through the invitation, and gets a session.
    registered = anonymous(
        """mutation($input: RegisterInput!) {
             register(input: $input) {
               sessionToken customer { id accountName emailVerified } errors { code field }
             }
           }""",
        input={
            "accountName": "mia",
            "email": EMAIL,
            "password": "correct horse battery",
            "country": "DE",
            "emailCode": code,
            "invitationToken": token,
        },
    )["register"]
    assert registered["errors"] == []
    assert registered["customer"]["accountName"] == "mia"
    assert registered["customer"]["emailVerified"] is True
    customer_id = registered["customer"]["id"]
    customer = caller(registered["sessionToken"])

    # ...checks eligibility, then associates: a reseller's customer is frozen pending a budget.
    eligibility = customer(
        """query($token: String!) {
             eligibility(token: $token) { eligible alreadyAssociated problems { code } }
           }""",
        token=token,
    )
    assert eligibility == {
        "eligibility": {"eligible": True, "alreadyAssociated": False, "problems": []}
    }
    associated = customer(
        """mutation($input: AssociateInput!) {
             associate(input: $input) {
               created
               association { state cooperationModel partner { name } }
               errors { code field }
             }
           }""",
        input={
            "token": token,
            "acceptResellerInstructions": True,
            "billingCountry": "DE",
            "acceptCustomerAgreement": True,
        },
    )["associate"]
    assert associated == {
        "created": True,
        "association": {
            "state": "ACTIVE",
            "cooperationModel": "RESELLER",
            "partner": {"name": "Nimbus Resale"},
        },
        "errors": [],
    }
    assert customer_view(customer) == {
        "frozen": True,
        "resourcesStopped": False,
        "freezes": [{"reason": "PENDING_BUDGET", "type": "ACCOUNT"}],
    }

    # The partner sets a budget: the account unfreezes.
    budget = partner(
        """mutation($input: SetBudgetInput!) {
             setBudget(input: $input) {
               budget { kind amount { amount currency } }
               customer { frozen }
               errors { code field }
             }
           }""",
        input={"customerId": customer_id, "kind": "MONTHLY", "amount": "500.00"},
    )["setBudget"]
    assert budget == {
        "budget": {"kind": "MONTHLY", "amount": {"amount": "500.00", "currency": "EUR"}},
        "customer": {"frozen": False},
        "errors": [],
    }
    assert customer_view(customer)["frozen"] is False

    # The partner freezes it again, resources included: the customer sees it.
    frozen = partner(
        """mutation($input: FreezeInput!) {
             freeze(input: $input) {
               freeze { reason type } customer { frozen resourcesStopped } errors { code }
             }
           }""",
        input={"customerId": customer_id, "type": "ACCOUNT_AND_RESOURCE", "note": "overdue"},
    )["freeze"]
    assert frozen == {
        "freeze": {"reason": "PARTNER", "type": "ACCOUNT_AND_RESOURCE"},
        "customer": {"frozen": True, "resourcesStopped": True},
        "errors": [],
    }
    assert customer_view(customer) == {
        "frozen": True,
        "resourcesStopped": True,
        "freezes": [{"reason": "PARTNER", "type": "ACCOUNT_AND_RESOURCE"}],
    }

    # The customer's audit events tell the story, newest first.
    events = customer(
        """query($customerId: ID!) {
             auditEvents(customerId: $customerId, first: 50) { action actorKind }
           }""",
        customerId=customer_id,
    )["auditEvents"]
    story = [(event["actorKind"], event["action"]) for event in reversed(events)]
    assert story == [
        ("SYSTEM", "customer.registered"),
        ("CUSTOMER", "customer.enabled"),
        ("CUSTOMER", "association.created"),
        ("CUSTOMER", "account.frozen"),  # pending a budget, by the reseller association
        ("PARTNER", "budget.set"),
        ("PARTNER", "account.unfrozen"),
        ("PARTNER", "account.frozen"),
    ]


def customer_view(customer: Caller) -> dict[str, Any]:
    view: dict[str, Any] = customer(
        "{ viewer { ... on Customer { frozen resourcesStopped freezes { reason type } } } }"
    )["viewer"]
    return view
