"""Setting a forgotten password, or an imported account's first one, with an emailed code."""

import strawberry

from rules.errors import InputCode, VerificationCode
from schema.errors import error_type, errors_field

RequestPasswordResetError = error_type(
    "RequestPasswordResetError",
    VerificationCode,
    InputCode,
    description="Why no code was sent.",
)
ResetPasswordError = error_type(
    "ResetPasswordError",
    InputCode,
    VerificationCode,
    description="Why the password was not set.",
)


@strawberry.input
class RequestPasswordResetInput:
    email: str = strawberry.field(description="The address of the account.")


@strawberry.type
class RequestPasswordResetPayload:
    accepted: bool = strawberry.field(
        default=False,
        description="The request was accepted. Whether an account uses the address is not said.",
    )
    errors: list[object] = errors_field(RequestPasswordResetError)


@strawberry.input
class ResetPasswordInput:
    email: str
    code: str = strawberry.field(description="The 6 digits mailed to the address.")
    new_password: str = strawberry.field(description="8 to 128 characters.")


@strawberry.type
class ResetPasswordPayload:
    password_set: bool = strawberry.field(
        default=False,
        description="The password is set and the account's other sessions are ended: log in.",
    )
    errors: list[object] = errors_field(ResetPasswordError)
