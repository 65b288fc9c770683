from resolvers.payloads import respond
from rules.actors import PartnerActor
from rules.partners import IssuedApiKey, issue_api_key, revoke_api_key
from schema.context import Info
from schema.errors import require_partner
from schema.keys import (
    ApiKey,
    IssueApiKeyInput,
    IssueApiKeyPayload,
    RevokeApiKeyInput,
    RevokeApiKeyPayload,
)


async def issue(info: Info, input: IssueApiKeyInput) -> IssueApiKeyPayload:
    actor = require_partner(info)
    clock = info.context.clock
    call = issue_api_key(
        actor=actor,
        partner_id=actor.partner_id,
        label=input.label,
        role=input.role,
        expires_at=input.expires_at,
        clock=clock,
    )

    def present(issued: IssuedApiKey) -> dict[str, object]:
        return {"api_key": ApiKey.of(issued.api_key, clock), "secret": issued.secret}

    return await respond(IssueApiKeyPayload, call, present)


async def revoke(info: Info, input: RevokeApiKeyInput) -> RevokeApiKeyPayload:
    clock = info.context.clock
    call = revoke_api_key(actor=require_partner(info), prefix=input.prefix, clock=clock)
    return await respond(RevokeApiKeyPayload, call, lambda key: {"api_key": ApiKey.of(key, clock)})


async def current(info: Info) -> ApiKey | None:
    """The partner's API key this request came with; null for anyone else."""
    actor = info.context.viewer
    if not isinstance(actor, PartnerActor) or actor.key_id is None:
        return None
    key = await info.context.loaders.api_key.load(actor.key_id)
    return ApiKey.of(key, info.context.clock) if key else None
