"""An ADMIN key manages its partner's keys over GraphQL, and every key acts within its role."""

import json
import uuid
from datetime import timedelta

from app.idempotency import REPLAYED_HEADER
from models import ApiKey, Partner
from models.enums import KeyRole
from rules.actors import OperatorActor
from rules.clock import FakeClock
from rules.partners import issue_api_key
from tests.api.conftest import Actors, Api, database_state, gid

ISSUE = """
mutation Issue($input: IssueApiKeyInput!) {
  issueApiKey(input: $input) {
    secret
    apiKey { prefix label role state expiresAt revokedAt }
    errors { code field }
  }
}"""
REVOKE = """
mutation Revoke($prefix: String!) {
  revokeApiKey(input: {prefix: $prefix}) { apiKey { prefix state } errors { code field } }
}"""
KEYS = "{ viewer { ... on Partner { apiKeys { prefix label role state lastUsedAt } } } }"
FREEZE = """
mutation($id: ID!) {
  freeze(input: {customerId: $id, type: ACCOUNT}) { errors { code } }
}"""
AUDIT = """
query($id: ID!) { auditEvents(customerId: $id) { action actorKey { prefix label role } } }"""


async def key_of(
    actors: Actors,
    partner: Partner,
    role: KeyRole,
    label: str = "",
    expires_in: timedelta | None = None,
) -> tuple[str, str]:
    """A new key of the partner: its secret and prefix."""
    now = actors.clock.now()
    made = await issue_api_key(
        actor=OperatorActor(),
        partner_id=partner.id,
        label=label,
        role=role,
        expires_at=now + expires_in if expires_in else None,
        clock=actors.clock,
    )
    return made.secret, made.api_key.prefix


async def test_an_admin_key_issues_a_key_whose_secret_is_shown_once(
    api: Api, actors: Actors, clock: FakeClock
) -> None:
    partner, admin = await actors.partner()
    expires = (clock.now() + timedelta(days=90)).isoformat()

    data = await api.data(
        ISSUE, {"input": {"label": "Ana", "role": "READ", "expiresAt": expires}}, token=admin
    )

    issued = data["issueApiKey"]
    assert issued["errors"] == []
    assert issued["secret"].startswith(f"plk_{issued['apiKey']['prefix']}_")
    assert issued["apiKey"]["role"] == "READ" and issued["apiKey"]["state"] == "ACTIVE"
    assert issued["apiKey"]["expiresAt"].startswith(expires[:19])
    stored = await ApiKey.get(prefix=issued["apiKey"]["prefix"])
    assert (stored.partner_id, stored.role, stored.label) == (partner.id, KeyRole.READ, "Ana")
    listed = (await api.data(KEYS, token=admin))["viewer"]["apiKeys"]
    assert "secret" not in str(listed) and issued["secret"] not in str(listed)
    assert [(k["label"], k["role"]) for k in listed] == [("Ana", "READ"), ("", "ADMIN")]
    reads = await api.data("{ customers(first: 1) { totalCount } }", token=issued["secret"])
    assert reads == {"customers": {"totalCount": 0}}


async def test_an_expiry_in_the_past_is_refused(api: Api, actors: Actors, clock: FakeClock) -> None:
    _, admin = await actors.partner()
    before = await database_state()

    data = await api.data(
        ISSUE,
        {"input": {"label": "x", "role": "ADMIN", "expiresAt": clock.now().isoformat()}},
        token=admin,
    )

    assert data["issueApiKey"]["errors"] == [{"code": "OUT_OF_RANGE", "field": "expiresAt"}]
    assert data["issueApiKey"]["secret"] is None
    assert await database_state() == before


async def test_a_read_key_is_refused_a_mutation_and_nothing_changes(
    api: Api, actors: Actors
) -> None:
    partner, _, customer = await actors.budgeted_customer()
    reader, _ = await key_of(actors, partner, KeyRole.READ)
    before = await database_state()

    body = await api(FREEZE, {"id": gid("Customer", customer.id)}, token=reader)

    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]
    assert "READ" in body["errors"][0]["message"] and "MANAGE" in body["errors"][0]["message"]
    assert body["data"] is None
    assert await database_state() == before


async def test_a_manage_key_cannot_issue_keys_nor_list_them(api: Api, actors: Actors) -> None:
    partner, _ = await actors.partner()
    manager, _ = await key_of(actors, partner, KeyRole.MANAGE)
    before = await database_state()

    issuing = await api(ISSUE, {"input": {"label": "me", "role": "ADMIN"}}, token=manager)
    listing = await api(KEYS, token=manager)

    assert [e["extensions"]["code"] for e in issuing["errors"]] == ["FORBIDDEN"]
    assert [e["extensions"]["code"] for e in listing["errors"]] == ["FORBIDDEN"]
    assert await database_state() == before


async def test_revoking_the_last_admin_key_is_refused(api: Api, actors: Actors) -> None:
    partner, admin = await actors.partner()
    _, manager_prefix = await key_of(actors, partner, KeyRole.MANAGE)
    [own] = await ApiKey.filter(partner_id=partner.id, role=KeyRole.ADMIN)
    before = await database_state()

    refused = await api.data(REVOKE, {"prefix": own.prefix}, token=admin)

    assert refused["revokeApiKey"]["errors"] == [{"code": "LAST_ADMIN_KEY", "field": "prefix"}]
    assert await database_state() == before
    revoked = await api.data(REVOKE, {"prefix": manager_prefix}, token=admin)
    assert revoked["revokeApiKey"] == {
        "apiKey": {"prefix": manager_prefix, "state": "REVOKED"},
        "errors": [],
    }


async def test_an_admin_revokes_its_own_key_once_another_admin_key_exists(
    api: Api, actors: Actors
) -> None:
    partner, admin = await actors.partner()
    [own] = await ApiKey.filter(partner_id=partner.id)
    successor, _ = await key_of(actors, partner, KeyRole.ADMIN, "successor")

    data = await api.data(REVOKE, {"prefix": own.prefix}, token=admin)

    assert data["revokeApiKey"]["errors"] == []
    assert await api(KEYS, token=admin) == {"data": {"viewer": None}}  # it is nobody now
    assert (await api.data(KEYS, token=successor))["viewer"]["apiKeys"][1]["state"] == "REVOKED"


async def test_another_partners_key_and_a_garbled_prefix_are_not_found(
    api: Api, actors: Actors
) -> None:
    _, admin = await actors.partner()
    other, _ = await actors.partner()
    _, foreign = await key_of(actors, other, KeyRole.READ)

    data = await api.data(REVOKE, {"prefix": foreign}, token=admin)
    garbled = (
        await api.client.post(  # JSON may carry NUL and lone surrogates; Python's escapes them
            "/graphql",
            content=json.dumps({"query": REVOKE, "variables": {"prefix": "a\u0000\ud800"}}),
            headers={"Authorization": f"Bearer {admin}", "Content-Type": "application/json"},
        )
    )

    assert data["revokeApiKey"]["errors"] == [{"code": "API_KEY_NOT_FOUND", "field": "prefix"}]
    # Text no database can hold is refused before anything runs (app.request_guard).
    assert garbled.status_code == 400
    assert garbled.json()["errors"][0]["extensions"]["code"] == "INVALID_TEXT"
    assert (await ApiKey.get(prefix=foreign)).revoked_at is None


async def test_an_expired_key_authenticates_as_nobody(
    api: Api, actors: Actors, clock: FakeClock
) -> None:
    partner, _ = await actors.partner()
    expiring, _ = await key_of(actors, partner, KeyRole.ADMIN, expires_in=timedelta(hours=1))
    assert (await api.data("{ viewer { __typename } }", token=expiring))["viewer"] is not None

    clock.advance(timedelta(hours=1))

    assert await api("{ viewer { __typename } }", token=expiring) == {"data": {"viewer": None}}


async def test_the_audit_shows_the_partner_which_key_acted_and_the_customer_not(
    api: Api, actors: Actors
) -> None:
    partner, _, customer = await actors.budgeted_customer()
    staff, prefix = await key_of(actors, partner, KeyRole.MANAGE, "Ana (support)")
    customer_id = gid("Customer", customer.id)
    await api.data(FREEZE, {"id": customer_id}, token=staff)

    seen_by_partner = await api.data(AUDIT, {"id": customer_id}, token=staff)
    seen_by_customer = await api.data(
        AUDIT, {"id": customer_id}, token=await actors.login(customer)
    )

    assert seen_by_partner["auditEvents"][0] == {
        "action": "account.frozen",
        "actorKey": {"prefix": prefix, "label": "Ana (support)", "role": "MANAGE"},
    }
    assert seen_by_customer["auditEvents"][0] == {"action": "account.frozen", "actorKey": None}


async def test_another_key_cannot_replay_an_issued_secret(api: Api, actors: Actors) -> None:
    partner, admin = await actors.partner()
    reader, _ = await key_of(actors, partner, KeyRole.READ)
    body = {"query": ISSUE, "variables": {"input": {"label": "new", "role": "ADMIN"}}}
    idempotency = {"Idempotency-Key": str(uuid.uuid4())}

    first = await api.client.post(
        "/graphql", json=body, headers={**idempotency, "Authorization": f"Bearer {admin}"}
    )
    replayed = await api.client.post(
        "/graphql", json=body, headers={**idempotency, "Authorization": f"Bearer {reader}"}
    )

    assert first.json()["data"]["issueApiKey"]["secret"]
    assert REPLAYED_HEADER not in replayed.headers
    assert [e["extensions"]["code"] for e in replayed.json()["errors"]] == ["FORBIDDEN"]
    assert await ApiKey.filter(partner_id=partner.id).count() == 3
