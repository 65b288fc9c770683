"""An existing account onboarded end to end against `partnerlink serve`: the operator imports it,
a partner invites it online, its owner sets a password with the code a real SMTP server
received, logs in, is found eligible (registered two days ago, as the import says) and
associates, starting with the invitation's budget preset."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.conftest import Server
from tests.e2e.test_story import Caller
from tests.rules.mailbox import code_in
from tests.test_mail import SmtpServer, body_of

EMAIL = "ola@example.com"
PASSWORD = "a password of her own"


@pytest.fixture
def callers(server: Server) -> Iterator[list[Caller]]:
    opened: list[Caller] = []
    yield opened
    for caller in opened:
        caller.close()


def test_an_imported_account_sets_its_password_and_associates(
    server: Server, smtp: SmtpServer, callers: list[Caller], tmp_path: Path
) -> None:
    def caller(token: str | None = None) -> Caller:
        callers.append(Caller(server, token))
        return callers[-1]

    # The operator imports the account (two days old) and a partner with its key.
    registered_at = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    facts = tmp_path / "accounts.jsonl"
    facts.write_text(
        json.dumps(
            {
                "type": "account",
                "ref": "ACC-7",
                "account_name": "ola",
                "email": EMAIL,
                "registered_at": registered_at,
                "billing_country": "NO",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert "created: 1 account" in server.command("facts", "import", "--quiet", str(facts))
    created = server.command("partners", "create", "--name", "Fjord Cloud", "--model", "reseller")
    partner_id = created.split()[2].rstrip(":")
    issued = server.command("keys", "issue", "--partner", partner_id)
    partner = caller(next(line for line in issued.splitlines() if line.startswith("plk_")))

    # The partner invites the account online, with a budget preset.
    invited = partner(
        """mutation($input: CreateInvitationInput!) {
             createInvitation(input: $input) { token errors { code } }
           }""",
        input={
            "kind": "ONLINE",
            "inviteeAccountName": "ola",
            "budget": {"kind": "MONTHLY", "amount": "500"},
        },
    )["createInvitation"]
    assert invited["errors"] == []
    token = invited["token"]

    # Without a password the account cannot log in.
    anonymous = caller()
    login = """mutation($login: String!, $password: String!) {
                 login(input: {login: $login, password: $password}) {
                   sessionToken errors { code }
                 }
               }"""
    refused = anonymous(login, login="ola", password=PASSWORD)["login"]
    assert refused == {"sessionToken": None, "errors": [{"code": "INVALID_CREDENTIALS"}]}

    # Its owner asks for a code, which arrives by mail, and sets the password with it.
    requested = anonymous(
        """mutation($email: String!) {
             requestPasswordReset(input: {email: $email}) { accepted errors { code } }
           }""",
        email=EMAIL,
    )
    assert requested == {"requestPasswordReset": {"accepted": True, "errors": []}}
    smtp.wait_for(1)
    [envelope] = smtp.envelopes
    assert envelope.rcpt_tos == [EMAIL]
    code = code_in(body_of(smtp.message()))
    assert code is not None
    reset = anonymous(
        """mutation($input: ResetPasswordInput!) {
             resetPassword(input: $input) { passwordSet errors { code field } }
           }""",
        input={"email": EMAIL, "code": code, "newPassword": PASSWORD},
    )
    assert reset == {"resetPassword": {"passwordSet": True, "errors": []}}

    # Logged in, the account is eligible and associates, with the preset budget and unfrozen.
    session = anonymous(login, login=EMAIL, password=PASSWORD)["login"]
    assert session["errors"] == []
    customer = caller(session["sessionToken"])
    eligibility = customer(
        """query($token: String!) {
             eligibility(token: $token) { eligible problems { code } }
           }""",
        token=token,
    )
    assert eligibility == {"eligibility": {"eligible": True, "problems": []}}
    associated = customer(
        """mutation($input: AssociateInput!) {
             associate(input: $input) { errors { code } }
           }""",
        input={"token": token, "acceptResellerInstructions": True, "acceptCustomerAgreement": True},
    )
    assert associated == {"associate": {"errors": []}}
    me = customer(
        "{ viewer { ... on Customer { emailVerified frozen budget { amount { amount } } } } }"
    )
    assert me == {
        "viewer": {
            "emailVerified": True,
            "frozen": False,
            "budget": {"amount": {"amount": "500.00"}},
        }
    }
