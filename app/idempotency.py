"""`Idempotency-Key` at the HTTP edge: a mutation that creates or charges, sent again with the
same key, runs once. A pure ASGI wrapper of the GraphQL endpoint; the decisions (who runs, what
is replayed or refused, for how long) are `rules.idempotency`'s, and the resolvers and rules
below know nothing of it.

- It applies to POST requests whose operation is a mutation selecting one of
  `IDEMPOTENT_MUTATIONS`; the header is ignored on any other request.
- The key is scoped to the caller: the actor (kind and id) of the credentials sent, and for a
  partner the API key, or the client address of an anonymous call. The request it names is the
  SHA-256 of the canonical JSON of the query text, operation name and variables.
- A replay gets the first response's status and body, with `Idempotent-Replayed: true`.
- Refusals are one top-level error: IDEMPOTENCY_KEY_INVALID (400; a key is 16 to 255 printable
  ASCII characters, e.g. a UUID), IDEMPOTENCY_KEY_REUSED (422),
  IDEMPOTENCY_KEY_IN_PROGRESS (409, after waiting up to 10 s for the first request).
- A response that carries top-level errors (authentication, validation, faults) or is not a 200
  is not stored: the key is given up and the request may be retried with it. Payload errors
  (expected refusals) are a 200 without top-level errors, and are replayed as stored.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    parse,
)
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth import request_viewer
from app.client_address import client_address
from app.graphql_http import error_response
from app.request_guard import read_body, replaying
from app.settings import Settings
from rules import idempotency
from rules.actors import Actor, PartnerActor
from rules.clock import Clock
from rules.errors import IdempotencyCode, RuleError
from schema.extensions import MAX_TOKENS

HEADER = "idempotency-key"
REPLAYED_HEADER = "idempotent-replayed"
KEY_FORMAT = re.compile(r"[\x21-\x7e]{16,255}")
IDEMPOTENCY_KEY_INVALID = "IDEMPOTENCY_KEY_INVALID"
IDEMPOTENT_MUTATIONS = frozenset(
    {
        "createInvitation",
        "register",
        "associate",
        "setBudget",
        "setBudgets",
        "freeze",
        "freezeMany",
        "unfreezeMany",
        "issueApiKey",
        "requestAuthorization",
        "requestDissociation",
        "placeOrder",
        "applyCoupon",
        "importAccountFacts",
    }
)
STATUS_OF = {
    IdempotencyCode.IDEMPOTENCY_KEY_REUSED: 422,
    IdempotencyCode.IDEMPOTENCY_KEY_IN_PROGRESS: 409,
}


class Idempotency:
    def __init__(self, app: ASGIApp, settings: Settings, clock: Clock) -> None:
        self.app, self.settings, self.clock = app, settings, clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = Headers(scope=scope).get(HEADER) if scope["type"] == "http" else None
        if key is None or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        operation = idempotent_operation(body)
        if operation is None:
            await self.app(scope, replaying(body), send)
            return
        if not KEY_FORMAT.fullmatch(key):
            message = "An Idempotency-Key is 16 to 255 printable ASCII characters, e.g. a UUID."
            await error_response(scope, 400, IDEMPOTENCY_KEY_INVALID, message)(scope, receive, send)
            return
        await self._once(scope, body, key, fingerprint(operation), send)

    async def _once(self, scope: Scope, body: bytes, key: str, print_: str, send: Send) -> None:
        request = Request(scope)
        try:
            claimed = await idempotency.claim(
                scope=await self._caller(request), key=key, fingerprint=print_, clock=self.clock
            )
        except RuleError as refusal:
            problem = refusal.problems[0]
            code = IdempotencyCode(problem.code)
            await error_response(scope, STATUS_OF[code], code.value, problem.message)(
                scope, replaying(b""), send
            )
            return
        if isinstance(claimed, idempotency.StoredResponse):
            await _replay(claimed, send)
            return
        await self._run(scope, body, claimed, send)

    async def _run(self, scope: Scope, body: bytes, claimed: idempotency.Claim, send: Send) -> None:
        status, chunks = 500, []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replaying(body), capture)
        except BaseException:
            await idempotency.abandon(claimed)
            raise
        response = b"".join(chunks)
        if status == 200 and not _has_top_level_errors(response):
            await idempotency.finish(claimed, status_code=status, body=response, clock=self.clock)
        else:
            await idempotency.abandon(claimed)

    async def _caller(self, request: Request) -> str:
        viewer = await request_viewer(request, self.clock, self.settings.OPERATOR_KEY_SHA256)
        if viewer is not None:
            return caller_scope(viewer)
        address = client_address(request, self.settings.trusted_proxy_networks)
        return f"address:{address or 'unknown'}"


def caller_scope(actor: Actor) -> str:
    """Each of a partner's keys has a scope of its own: a replayed response (an issued key's
    secret, say) goes only to the key that asked, never to a key whose role could not ask."""
    scope = f"{actor.kind.value}:{actor.id if actor.id is not None else '-'}"
    if isinstance(actor, PartnerActor) and actor.key_id is not None:
        scope += f":key:{actor.key_id}"
    return scope


def fingerprint(operation: dict[str, Any]) -> str:
    """The request an idempotency key names: its query text, operation name and variables."""
    canonical = json.dumps(
        {
            "query": operation.get("query"),
            "operationName": operation.get("operationName"),
            "variables": operation.get("variables") or {},
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def idempotent_operation(body: bytes) -> dict[str, Any] | None:
    """The request, when it is one operation that is a mutation selecting one of
    `IDEMPOTENT_MUTATIONS`; None for anything else (GraphQL refuses what is malformed)."""
    try:
        parsed = json.loads(body)
        document = parse(parsed["query"], max_tokens=MAX_TOKENS)
    except (ValueError, TypeError, KeyError, GraphQLError):
        return None
    if not isinstance(parsed, dict):
        return None
    operation = _chosen_operation(document, parsed.get("operationName"))
    if operation is None or operation.operation is not OperationType.MUTATION:
        return None
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    fields = _root_fields(operation.selection_set, fragments, set())
    return parsed if fields & IDEMPOTENT_MUTATIONS else None


def _chosen_operation(document: DocumentNode, name: Any) -> OperationDefinitionNode | None:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if name is None:
        return operations[0] if len(operations) == 1 else None
    named = [op for op in operations if op.name is not None and op.name.value == name]
    return named[0] if named else None


def _root_fields(
    selections: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode], seen: set[str]
) -> set[str]:
    names: set[str] = set()
    for selection in selections.selections:
        if isinstance(selection, FieldNode):
            names.add(selection.name.value)
        elif isinstance(selection, InlineFragmentNode):
            names |= _root_fields(selection.selection_set, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                seen.add(selection.name.value)
                names |= _root_fields(fragment.selection_set, fragments, seen)
    return names


def _has_top_level_errors(body: bytes) -> bool:
    try:
        parsed = json.loads(body)
    except ValueError:
        return True
    return not isinstance(parsed, dict) or bool(parsed.get("errors"))


async def _replay(stored: idempotency.StoredResponse, send: Send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": stored.status_code,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(stored.body)).encode()),
                (REPLAYED_HEADER.encode(), b"true"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": stored.body})
