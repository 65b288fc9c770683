"""The yardstick: a plain Starlette JSON endpoint doing the dashboard page's database work.

`POST /dashboard` with `{"first": N, "after": cursor}` and the partner's API key sends the same
SQL the GraphQL dashboard sends (API key, the page read by `rules.dashboard`, count) and answers
the same JSON document, with no GraphQL, no middleware and no
checks beyond the key. Run it as the real app is run: `uvicorn bench.plain_app:app`.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tortoise.contrib.starlette import RegisterTortoise

from app.collector import settle_after_start_up
from app.database import tortoise_config
from models import ApiKey
from rules import dashboard as rules
from rules.actors import PartnerActor
from rules.hashing import digest


def global_id(type_name: str, row_id: int) -> str:
    return base64.b64encode(f"{type_name}:{row_id}".encode()).decode()


def encode_cursor(value: str, row_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps([value, row_id]).encode()).decode()


async def dashboard(request: Request) -> Response:
    currency: str = request.app.state.currency
    scheme, _, secret = request.headers.get("authorization", "").partition(" ")
    key = await ApiKey.get_or_none(
        secret_hash=digest(secret.strip()), revoked_at=None
    ).select_related("partner")
    if scheme.lower() != "bearer" or key is None:
        return JSONResponse({"error": "unauthenticated"}, status_code=401)
    actor = PartnerActor(key.partner.id)
    body = await request.json()
    first = int(body.get("first", 20))
    after = None
    if body.get("after"):
        value, after_id = json.loads(base64.urlsafe_b64decode(body["after"].encode()))
        after = rules.Cursor(value, after_id)
    now = datetime.now(UTC)
    page = await rules.customer_page(actor=actor, now=now, first=first, after=after)
    total = await rules.customer_count(actor=actor, now=now, filters=rules.CustomerFilter())
    edges = [edge(row, now, currency) for row in page.rows]
    data = {
        "customers": {
            "totalCount": total,
            "pageInfo": {
                "hasNextPage": page.has_next_page,
                "hasPreviousPage": bool(body.get("after")),
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
            "edges": edges,
        }
    }
    return JSONResponse({"data": data})


def edge(row: rules.CustomerRow, now: datetime, currency: str) -> dict[str, Any]:
    association, customer = row.association, row.customer
    budget, frozen, letter = row.budget, row.freezes, row.letter
    return {
        "cursor": encode_cursor(association.associated_at.isoformat(), association.id),
        "association": {
            "state": association.state.value,
            "cooperationModel": association.model.value,
            "associatedAt": association.associated_at.isoformat(),
        },
        "node": {
            "id": global_id("Customer", customer.id),
            "accountName": customer.account_name,
            "email": customer.email,
            "frozen": bool(frozen),
            "resourcesStopped": any(f.freeze_type.value == "ACCOUNT_AND_RESOURCE" for f in frozen),
            "freezes": [{"reason": f.reason.value, "type": f.freeze_type.value} for f in frozen],
            "budget": {
                "kind": budget.kind.value,
                "amount": {"amount": str(budget.amount), "currency": currency},
            }
            if budget
            else None,
            "authorization": {
                "state": letter.state_at(now).value,
                "scopes": sorted(letter.scopes),
            }
            if letter
            else None,
        },
    }


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


def create_app(database_url: str, currency: str = "USD") -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with RegisterTortoise(
            app, config=tortoise_config(database_url), generate_schemas=False
        ):
            settle_after_start_up()  # the real app's collector settings, for a fair yardstick
            yield

    app = Starlette(
        routes=[
            Route("/dashboard", dashboard, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.currency = currency
    return app


app = create_app(
    os.environ.get("DATABASE_URL", "sqlite://:memory:"), os.environ.get("CURRENCY", "USD")
)
