from resolvers.payloads import respond
from rules import password_reset
from rules.actors import CustomerActor
from schema.context import Info
from schema.password_reset import (
    RequestPasswordResetInput,
    RequestPasswordResetPayload,
    ResetPasswordInput,
    ResetPasswordPayload,
)


async def request_password_reset(
    info: Info, input: RequestPasswordResetInput
) -> RequestPasswordResetPayload:
    call = password_reset.request_password_reset(
        email=input.email, clock=info.context.clock, notifier=info.context.notifier
    )
    return await respond(RequestPasswordResetPayload, call, lambda _: {"accepted": True})


async def reset_password(info: Info, input: ResetPasswordInput) -> ResetPasswordPayload:
    """Public; a logged-in customer's own session survives (the account's others end)."""
    own = isinstance(info.context.viewer, CustomerActor)
    call = password_reset.reset_password(
        email=input.email,
        code=input.code,
        new_password=input.new_password,
        clock=info.context.clock,
        address=info.context.client_address,
        attempts=info.context.attempts,
        keep_session=info.context.bearer_token if own else None,
    )
    return await respond(ResetPasswordPayload, call, lambda _: {"password_set": True})
