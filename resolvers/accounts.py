from typing import Any

from models import Customer as CustomerModel
from resolvers.payloads import respond
from rules import customers, email_codes, sessions
from schema.accounts import (
    LoginInput,
    LoginPayload,
    LogoutPayload,
    RegisterInput,
    RegisterPayload,
    RequestEmailCodeInput,
    RequestEmailCodePayload,
)
from schema.context import Info
from schema.errors import require_customer
from schema.types import Customer


def _session(result: tuple[CustomerModel, str]) -> dict[str, Any]:
    customer, token = result
    return {"customer": Customer.wrap(customer), "session_token": token}


async def request_email_code(info: Info, input: RequestEmailCodeInput) -> RequestEmailCodePayload:
    call = email_codes.request_email_code(
        email=input.email, clock=info.context.clock, notifier=info.context.notifier
    )
    return await respond(RequestEmailCodePayload, call, lambda _: {"accepted": True})


async def register(info: Info, input: RegisterInput) -> RegisterPayload:
    registration = customers.Registration(
        account_name=input.account_name,
        email=input.email,
        password=input.password,
        country=input.country,
        site=input.site,
        invitation_token=input.invitation_token,
    )
    call = customers.register_with_code(
        registration,
        email_code=input.email_code,
        clock=info.context.clock,
        address=info.context.client_address,
        attempts=info.context.attempts,
    )
    return await respond(RegisterPayload, call, _session)


async def login(info: Info, input: LoginInput) -> LoginPayload:
    call = sessions.login(
        login=input.login,
        password=input.password,
        clock=info.context.clock,
        address=info.context.client_address,
        attempts=info.context.attempts,
    )
    return await respond(LoginPayload, call, _session)


async def logout(info: Info) -> LogoutPayload:
    """Ends the session whose token authenticates this request. Without a live session there
    is nothing to end (UNAUTHENTICATED); a partner's API key is revoked by an operator, not
    here (FORBIDDEN)."""
    require_customer(info)
    token = info.context.bearer_token
    if token is not None:  # always: it authenticated the customer
        await sessions.end_session(token, clock=info.context.clock)
    return LogoutPayload(logged_out=True)
