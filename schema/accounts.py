"""Customer accounts: the emailed code, registration, login and logout."""

import strawberry

from rules.errors import AccountCode, InputCode, InvitationCode, LoginCode, VerificationCode
from schema.enums import Site
from schema.errors import error_type, errors_field
from schema.types import Customer

RequestEmailCodeError = error_type(
    "RequestEmailCodeError",
    VerificationCode,
    InputCode,
    description="Why no code was sent.",
)
RegisterError = error_type(
    "RegisterError",
    InputCode,
    VerificationCode,
    InvitationCode,
    AccountCode,
    description="Why the account was not created.",
)
LoginError = error_type("LoginError", LoginCode, description="Why the login failed.")


@strawberry.input
class RequestEmailCodeInput:
    email: str


@strawberry.type
class RequestEmailCodePayload:
    accepted: bool = strawberry.field(
        default=False,
        description="The request was accepted. Whether an account uses the address is not said.",
    )
    errors: list[object] = errors_field(RequestEmailCodeError)


@strawberry.input
class RegisterInput:
    account_name: str
    email: str
    password: str
    country: str = strawberry.field(description="ISO 3166-1 alpha-2 country or region.")
    email_code: str = strawberry.field(description="The 6 digits mailed to the address.")
    site: Site = Site.INTERNATIONAL
    invitation_token: str | None = strawberry.field(
        default=None, description="The link or QR invitation the account registers through."
    )


@strawberry.type
class SessionPayload:
    customer: Customer | None = None
    session_token: str | None = strawberry.field(
        default=None, description="Send it as `Authorization: Bearer <token>`."
    )


@strawberry.type
class RegisterPayload(SessionPayload):
    errors: list[object] = errors_field(RegisterError)


@strawberry.input
class LoginInput:
    login: str = strawberry.field(description="The account name or the email.")
    password: str


@strawberry.type
class LoginPayload(SessionPayload):
    errors: list[object] = errors_field(LoginError)


@strawberry.type
class LogoutPayload:
    logged_out: bool
