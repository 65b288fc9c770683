"""Customer accounts over the API: the emailed code, registration, login and logout."""

import re
from datetime import timedelta
from typing import Any

import pytest

from models import Customer, CustomerSession, EmailCode
from models.enums import InvitationKind
from rules.actors import PartnerActor
from rules.clock import FakeClock
from rules.customers import Registration, register_customer
from rules.email_codes import MAX_ATTEMPTS_PER_CODE
from rules.invitations import revoke_invitation
from tests.api.conftest import Actors, Api, database_state
from tests.rules.mailbox import Outbox

REQUEST_CODE = """
mutation Request($email: String!) {
  requestEmailCode(input: {email: $email}) { accepted errors { code message field } }
}"""

REGISTER = """
mutation Register($input: RegisterInput!) {
  register(input: $input) {
    sessionToken
    customer { accountName email emailVerified country site }
    errors { code message field }
  }
}"""

LOGIN = """
mutation Login($login: String!, $password: String!) {
  login(input: {login: $login, password: $password}) {
    sessionToken customer { accountName } errors { code message field }
  }
}"""

LOGOUT = "mutation { logout { loggedOut } }"
VIEWER = "{ viewer { __typename ... on Customer { accountName } } }"

EMAIL = "ada@example.com"
PASSWORD = "correct horse battery"


def registration(code: str, **changes: Any) -> dict[str, Any]:
    return {
        "input": {
            "accountName": "ada",
            "email": EMAIL,
            "password": PASSWORD,
            "country": "GB",
            "emailCode": code,
            **changes,
        }
    }


async def mailed_code(api: Api, outbox: Outbox, email: str = EMAIL) -> str:
    data = await api.data(REQUEST_CODE, {"email": email})
    assert data["requestEmailCode"] == {"accepted": True, "errors": []}
    match = re.search(r"\b\d{6}\b", outbox.sent[-1].text)
    assert match is not None, outbox.sent[-1].text
    return match.group()


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def registered(email: str = EMAIL, account_name: str = "ada") -> Customer:
    return await register_customer(
        Registration(account_name=account_name, email=email, password=PASSWORD, country="GB")
    )


async def test_request_email_code_mails_six_digits(api: Api, outbox: Outbox) -> None:
    data = await api.data(REQUEST_CODE, {"email": "Ada@Example.com"})

    assert data["requestEmailCode"] == {"accepted": True, "errors": []}
    [mail] = outbox.sent
    assert mail.to == EMAIL
    assert re.search(r"Your verification code is \d{6}\n", mail.text)


async def test_register_with_the_code_returns_a_session_that_authenticates(
    api: Api, actors: Actors, outbox: Outbox
) -> None:
    partner, _ = await actors.partner()
    invited = await actors.build.invitation(partner)
    code = await mailed_code(api, outbox)

    data = await api.data(REGISTER, registration(code, invitationToken=invited.token))

    result = data["register"]
    assert result["errors"] == []
    assert result["customer"] == {
        "accountName": "ada",
        "email": EMAIL,
        "emailVerified": True,
        "country": "GB",
        "site": "INTERNATIONAL",
    }
    customer = await Customer.get(account_name="ada")
    assert customer.registered_via_invitation_id == invited.invitation.id
    viewer = await api.data(VIEWER, token=result["sessionToken"])
    assert viewer == {"viewer": {"__typename": "Customer", "accountName": "ada"}}


async def test_register_with_a_wrong_code_registers_nothing(api: Api, outbox: Outbox) -> None:
    code = await mailed_code(api, outbox)

    data = await api.data(REGISTER, registration(wrong(code)))

    assert data["register"] == {
        "sessionToken": None,
        "customer": None,
        "errors": [
            {
                "code": "EMAIL_CODE_INVALID",
                "message": "This code is not valid.",
                "field": "emailCode",
            }
        ],
    }
    assert not await Customer.exists()
    assert not await CustomerSession.exists()
    assert (await EmailCode.get(email=EMAIL)).attempts == 1


async def test_a_code_never_requested_answers_as_a_wrong_one(api: Api) -> None:
    data = await api.data(REGISTER, registration("123456"))

    assert [(e["code"], e["field"]) for e in data["register"]["errors"]] == [
        ("EMAIL_CODE_INVALID", "emailCode")
    ]
    assert not await Customer.exists()


async def test_a_registered_email_gets_the_same_answer_as_a_new_one(
    api: Api, outbox: Outbox
) -> None:
    await registered(email="taken@example.com", account_name="taken")

    for_taken = await api(REQUEST_CODE, {"email": "taken@example.com"})
    for_new = await api(REQUEST_CODE, {"email": "new@example.com"})

    assert for_taken == for_new == {"data": {"requestEmailCode": {"accepted": True, "errors": []}}}
    # only the mailbox's owner learns that the account exists, and gets no code
    assert "exists already" in outbox.sent[0].text
    assert not re.search(r"\d{6}", outbox.sent[0].text)


async def test_registering_a_taken_email_answers_as_for_a_free_one(
    api: Api, outbox: Outbox
) -> None:
    await registered(email="taken@example.com", account_name="taken")
    await api.data(REQUEST_CODE, {"email": "taken@example.com"})
    await api.data(REQUEST_CODE, {"email": "new@example.com"})

    taken = await api(REGISTER, registration("000000", email="taken@example.com"))
    new = await api(REGISTER, registration("000000", email="new@example.com"))

    # 000000 could be the right code for one of them, once in a million runs
    assert taken == new
    assert [e["code"] for e in taken["data"]["register"]["errors"]] == ["EMAIL_CODE_INVALID"]


async def test_an_email_registered_since_the_code_was_sent_is_taken(
    api: Api, outbox: Outbox
) -> None:
    code = await mailed_code(api, outbox)
    await registered(account_name="first")

    data = await api.data(REGISTER, registration(code))

    assert data["register"]["errors"] == [
        {"code": "EMAIL_TAKEN", "message": "That email is registered.", "field": "email"}
    ]
    assert await Customer.filter(email=EMAIL).count() == 1


async def test_a_taken_account_name_is_refused_and_the_code_stays_usable(
    api: Api, outbox: Outbox
) -> None:
    await registered(email="first@example.com", account_name="ada")
    code = await mailed_code(api, outbox)

    refused = await api.data(REGISTER, registration(code))
    accepted = await api.data(REGISTER, registration(code, accountName="ada2"))

    assert [(e["code"], e["field"]) for e in refused["register"]["errors"]] == [
        ("ACCOUNT_NAME_TAKEN", "accountName")
    ]
    assert accepted["register"]["errors"] == []


async def test_a_code_serves_once(api: Api, outbox: Outbox) -> None:
    code = await mailed_code(api, outbox)
    await api.data(REGISTER, registration(code))
    before = await database_state()

    data = await api.data(REGISTER, registration(code, accountName="again"))

    assert [(e["code"], e["field"]) for e in data["register"]["errors"]] == [
        ("EMAIL_CODE_USED", "emailCode")
    ]
    assert await database_state() == before


async def test_a_code_expires_after_ten_minutes(api: Api, outbox: Outbox, clock: FakeClock) -> None:
    code = await mailed_code(api, outbox)
    clock.advance(timedelta(minutes=10))

    data = await api.data(REGISTER, registration(code))

    assert [(e["code"], e["field"]) for e in data["register"]["errors"]] == [
        ("EMAIL_CODE_EXPIRED", "emailCode")
    ]
    assert not await Customer.exists()


async def test_a_second_code_within_a_minute_is_refused(
    api: Api, outbox: Outbox, clock: FakeClock
) -> None:
    await mailed_code(api, outbox)
    clock.advance(timedelta(seconds=59))

    data = await api.data(REQUEST_CODE, {"email": EMAIL})

    assert [(e["code"], e["field"]) for e in data["requestEmailCode"]["errors"]] == [
        ("CODE_RESENT_TOO_SOON", "email")
    ]
    assert data["requestEmailCode"]["accepted"] is False
    assert len(outbox.sent) == 1


async def test_a_code_for_an_invalid_address_is_refused(api: Api, outbox: Outbox) -> None:
    data = await api.data(REQUEST_CODE, {"email": "not an address"})

    assert [(e["code"], e["field"]) for e in data["requestEmailCode"]["errors"]] == [
        ("INVALID_EMAIL", "email")
    ]
    assert outbox.sent == []
    assert not await EmailCode.exists()


async def test_every_invalid_field_is_named_at_once(api: Api) -> None:
    data = await api.data(
        REGISTER,
        registration("123456", accountName="9lives", email="nope", password="short", country="XX"),
    )

    assert [(e["code"], e["field"]) for e in data["register"]["errors"]] == [
        ("INVALID_ACCOUNT_NAME", "accountName"),
        ("INVALID_EMAIL", "email"),
        ("INVALID_COUNTRY", "country"),
        ("TOO_SHORT", "password"),
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"accountName": " "}, ("REQUIRED", "accountName")),
        ({"accountName": "a" * 65}, ("TOO_LONG", "accountName")),
        ({"password": "p" * 129}, ("TOO_LONG", "password")),
        ({"country": ""}, ("REQUIRED", "country")),
    ],
)
async def test_a_field_out_of_bounds_is_refused(
    api: Api, changes: dict[str, str], expected: tuple[str, str]
) -> None:
    data = await api.data(REGISTER, registration("123456", **changes))

    assert [(e["code"], e["field"]) for e in data["register"]["errors"]] == [expected]
    assert not await EmailCode.exists()  # refused before any code was tried


@pytest.mark.parametrize(
    "state",
    [
        "INVITATION_NOT_FOUND",
        "INVITATION_REVOKED",
        "INVITATION_EXPIRED",
        "INVITATION_USED_UP",
        "INVITATION_FOR_ANOTHER_ACCOUNT",
    ],
)
async def test_an_unusable_invitation_is_refused_before_the_code_is_tried(
    api: Api, actors: Actors, outbox: Outbox, clock: FakeClock, state: str
) -> None:
    partner, _ = await actors.partner()
    token = await unusable_invitation(actors, partner, clock, state)
    code = await mailed_code(api, outbox)

    data = await api.data(REGISTER, registration(code, invitationToken=token))

    assert [(e["code"], e["field"]) for e in data["register"]["errors"]] == [
        (state, "invitationToken" if state != "INVITATION_NOT_FOUND" else "token")
    ]
    assert not await Customer.filter(email=EMAIL).exists()
    assert (await EmailCode.get(email=EMAIL)).attempts == 0


async def unusable_invitation(actors: Actors, partner: Any, clock: FakeClock, state: str) -> str:
    if state == "INVITATION_NOT_FOUND":
        return "no-such-token"
    if state == "INVITATION_FOR_ANOTHER_ACCOUNT":
        invitee = await actors.build.customer()
        online = await actors.build.invitation(partner, kind=InvitationKind.ONLINE, invitee=invitee)
        return online.token
    invited = await actors.build.invitation(partner, max_uses=1, valid_days=1)
    if state == "INVITATION_REVOKED":
        await revoke_invitation(
            actor=PartnerActor(partner.id), invitation_id=invited.invitation.id, clock=clock
        )
    elif state == "INVITATION_EXPIRED":
        clock.advance(timedelta(days=1))
    else:
        await invited.invitation.filter(id=invited.invitation.id).update(use_count=1)
    return invited.token


async def test_aliases_cannot_get_round_the_attempt_limit(api: Api, outbox: Outbox) -> None:
    code = await mailed_code(api, outbox)
    tries = 20
    fields = " ".join(
        f"try{n}: register(input: $try{n}) {{ errors {{ code field }} customer {{ id }} }}"
        for n in range(tries + 1)
    )
    declared = ", ".join(f"$try{n}: RegisterInput!" for n in range(tries + 1))
    attempts = {f"try{n}": registration(wrong(code))["input"] for n in range(tries)}
    attempts[f"try{tries}"] = registration(code)["input"]  # the right one, last

    data = await api.data(f"mutation Guess({declared}) {{ {fields} }}", attempts)

    codes = [data[f"try{n}"]["errors"][0]["code"] for n in range(tries + 1)]
    assert codes == ["EMAIL_CODE_INVALID"] * MAX_ATTEMPTS_PER_CODE + ["TOO_MANY_ATTEMPTS"] * (
        tries + 1 - MAX_ATTEMPTS_PER_CODE
    )
    assert all(data[f"try{n}"]["customer"] is None for n in range(tries + 1))
    row = await EmailCode.get(email=EMAIL)
    assert (row.attempts, row.failures) == (MAX_ATTEMPTS_PER_CODE, MAX_ATTEMPTS_PER_CODE)
    again = await api.data(REGISTER, registration(code))
    assert [(e["code"], e["field"]) for e in again["register"]["errors"]] == [
        ("TOO_MANY_ATTEMPTS", "emailCode")
    ]
    assert not await Customer.exists()


@pytest.mark.parametrize("login", ["ada", "ADA@example.com"], ids=["account-name", "email"])
async def test_login_with_the_account_name_or_the_email(api: Api, login: str) -> None:
    await registered()

    data = await api.data(LOGIN, {"login": login, "password": PASSWORD})

    result = data["login"]
    assert result["errors"] == []
    assert result["customer"] == {"accountName": "ada"}
    viewer = await api.data(VIEWER, token=result["sessionToken"])
    assert viewer["viewer"] == {"__typename": "Customer", "accountName": "ada"}


async def test_an_unknown_account_and_a_wrong_password_get_the_same_answer(api: Api) -> None:
    await registered()
    before = await database_state()

    unknown = await api(LOGIN, {"login": "nobody", "password": PASSWORD})
    wrong_password = await api(LOGIN, {"login": "ada", "password": "not the password"})

    assert unknown == wrong_password
    assert unknown["data"]["login"] == {
        "sessionToken": None,
        "customer": None,
        "errors": [
            {
                "code": "INVALID_CREDENTIALS",
                "message": "Wrong account name, email or password.",
                "field": None,
            }
        ],
    }
    assert await database_state() == before


async def test_logout_ends_the_session(api: Api) -> None:
    await registered()
    login = await api.data(LOGIN, {"login": "ada", "password": PASSWORD})
    token = login["login"]["sessionToken"]

    data = await api.data(LOGOUT, token=token)

    assert data == {"logout": {"loggedOut": True}}
    assert await api.data(VIEWER, token=token) == {"viewer": None}
    again = await api(LOGOUT, token=token)
    assert [e["extensions"]["code"] for e in again["errors"]] == ["UNAUTHENTICATED"]


async def test_logout_ends_only_its_own_session(api: Api, actors: Actors) -> None:
    customer = await registered()
    phone = await actors.login(customer)
    laptop = await actors.login(customer)

    await api.data(LOGOUT, token=phone)

    assert (await api.data(VIEWER, token=laptop))["viewer"]["accountName"] == "ada"
    assert await CustomerSession.filter(ended_at__isnull=True).count() == 1
