"""The mobile app's flow: it scans the partner's QR code, reads the invitation token from the
URL's last segment, and calls the mutations over HTTP (the gql client) until associated."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import httpx

from tests.e2e.conftest import Server
from tests.e2e.test_story import Caller
from tests.rules.mailbox import code_in
from tests.support.journey import seed
from tests.support.qr import decode_png
from tests.test_mail import SmtpServer, body_of

ERRORS = "errors { code field }"


def test_an_app_scans_the_qr_code_and_associates_the_new_account(
    server: Server, smtp: SmtpServer
) -> None:
    seeded = seed(server)
    partner = Caller(server, seeded.partner("reseller")["key"])
    created = partner(f"mutation {{ createInvitation(input: {{kind: LINK}}) {{ url {ERRORS} }} }}")[
        "createInvitation"
    ]
    assert created["errors"] == []

    # The partner shows the PNG; the app scans it.
    png = httpx.get(f"{created['url']}/qr.png", timeout=10)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    [scanned] = decode_png(png.content)
    assert scanned == created["url"]
    assert scanned.startswith(f"{server.base_url}/invite/")
    token = unquote(urlsplit(scanned).path.rsplit("/", 1)[-1])

    app = Caller(server)
    preview = app(
        """query($token: String!) { invitation(token: $token) {
             partner { name } cooperationModel kind state requiresResellerInstructions } }""",
        token=token,
    )["invitation"]
    assert preview == {
        "partner": {"name": "Nimbus Resale"},
        "cooperationModel": "RESELLER",
        "kind": "LINK",
        "state": "ACTIVE",
        "requiresResellerInstructions": True,
    }

    email = "lumi@example.com"
    sent = app(
        f"""mutation($email: String!) {{
              requestEmailCode(input: {{email: $email}}) {{ accepted {ERRORS} }} }}""",
        email=email,
    )["requestEmailCode"]
    assert sent == {"accepted": True, "errors": []}
    code = code_in(body_of(smtp.wait_for(1)))
    assert code is not None

    registered = app(
        f"""mutation($input: RegisterInput!) {{
              register(input: $input) {{ sessionToken customer {{ accountName }} {ERRORS} }} }}""",
        input={
            "accountName": "lumi",
            "email": email,
            "password": "a long enough password",
            "country": "FR",
            "emailCode": code,
            "invitationToken": token,
        },
    )["register"]
    assert registered["errors"] == [] and registered["customer"] == {"accountName": "lumi"}
    app.close()

    customer = Caller(server, registered["sessionToken"])
    eligibility = customer(
        "query($token: String!) { eligibility(token: $token) { eligible problems { code } } }",
        token=token,
    )["eligibility"]
    assert eligibility == {"eligible": True, "problems": []}

    associated = customer(
        f"""mutation($input: AssociateInput!) {{ associate(input: $input) {{
              created
              association {{ state cooperationModel partner {{ name }}
                            customer {{ frozen freezes {{ reason }} billingCountry enabled }} }}
              {ERRORS} }} }}""",
        input={
            "token": token,
            "acceptResellerInstructions": True,
            "billingCountry": "FR",
            "acceptCustomerAgreement": True,
        },
    )["associate"]
    assert associated["errors"] == [] and associated["created"] is True
    assert associated["association"] == {
        "state": "ACTIVE",
        "cooperationModel": "RESELLER",
        "partner": {"name": "Nimbus Resale"},
        "customer": {
            "frozen": True,
            "freezes": [{"reason": "PENDING_BUDGET"}],
            "billingCountry": "FR",
            "enabled": True,
        },
    }
    customer.close()
    partner.close()
