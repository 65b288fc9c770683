"""`requestPasswordReset` and `resetPassword` over GraphQL."""

import re

from models import Customer
from tests.api.conftest import Actors, Api
from tests.rules.mailbox import Outbox

REQUEST = """mutation($email: String!) {
  requestPasswordReset(input: {email: $email}) { accepted errors { code field } }
}"""
RESET = """mutation($input: ResetPasswordInput!) {
  resetPassword(input: $input) { passwordSet errors { code field } }
}"""
LOGIN = """mutation($login: String!, $password: String!) {
  login(input: {login: $login, password: $password}) { sessionToken errors { code } }
}"""
VIEWER = "{ viewer { __typename } }"
NEW_PASSWORD = "correct horse battery"


async def test_known_and_unknown_addresses_get_the_same_answer(
    api: Api, actors: Actors, outbox: Outbox
) -> None:
    customer = await actors.build.customer()

    known = await api(REQUEST, {"email": customer.email})
    unknown = await api(REQUEST, {"email": "nobody@example.com"})

    assert known == unknown == {"data": {"requestPasswordReset": {"accepted": True, "errors": []}}}
    assert [mail.to for mail in outbox.sent] == [customer.email, "nobody@example.com"]


async def test_the_mailed_code_sets_the_password_and_ends_the_sessions(
    api: Api, actors: Actors, outbox: Outbox
) -> None:
    customer = await actors.build.customer()
    session = await actors.login(customer)
    await api(REQUEST, {"email": customer.email})
    match = re.search(r"\b(\d{6})\b", outbox.sent[-1].text)
    assert match is not None
    reset = {"email": customer.email, "code": match.group(1), "newPassword": NEW_PASSWORD}

    data = await api.data(RESET, {"input": reset})

    assert data["resetPassword"] == {"passwordSet": True, "errors": []}
    assert await api.data(VIEWER, token=session) == {"viewer": None}
    logged_in = await api.data(LOGIN, {"login": customer.account_name, "password": NEW_PASSWORD})
    assert logged_in["login"]["errors"] == []


async def test_a_wrong_code_is_refused_with_its_field(api: Api, actors: Actors) -> None:
    customer = await actors.build.customer()
    await api(REQUEST, {"email": customer.email})
    reset = {"email": customer.email, "code": "000000x", "newPassword": NEW_PASSWORD}

    data = await api.data(RESET, {"input": reset})

    assert data["resetPassword"] == {
        "passwordSet": False,
        "errors": [{"code": "EMAIL_CODE_INVALID", "field": "code"}],
    }
    assert (await Customer.get(id=customer.id)).password_hash == customer.password_hash


async def test_a_resend_within_a_minute_and_a_bad_address_are_refused(api: Api) -> None:
    await api(REQUEST, {"email": "nobody@example.com"})

    again = await api.data(REQUEST, {"email": "nobody@example.com"})
    bad = await api.data(REQUEST, {"email": "nobody"})

    assert again["requestPasswordReset"]["errors"] == [
        {"code": "CODE_RESENT_TOO_SOON", "field": "email"}
    ]
    assert bad["requestPasswordReset"]["errors"] == [{"code": "INVALID_EMAIL", "field": "email"}]
