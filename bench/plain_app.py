"""The yardstick: a plain Starlette JSON endpoint doing the dashboard page's database work.

`POST /dashboard` with `{"first": N, "after": cursor}` and the partner's API key sends the same
SQL the GraphQL dashboard sends (API key, page, count, budgets, freezes, letters: the same
Tortoise querysets) and answers the same JSON document, with no GraphQL, no middleware and no
checks beyond the key. Run it as the real app is run: `uvicorn bench.plain_app:app`.
"""

from __future__ import annotations

import asyncio
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
from tortoise.expressions import Q

from app.collector import settle_after_start_up
from app.database import tortoise_config
from models import ApiKey, Association, Authorization, Budget, Freeze
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
    partner_id = key.partner.id
    body = await request.json()
    first = int(body.get("first", 20))
    query = Association.filter(partner_id=partner_id)
    if body.get("after"):
        value, after_id = json.loads(base64.urlsafe_b64decode(body["after"].encode()))
        at = datetime.fromisoformat(value)
        query = query.filter(Q(associated_at__gt=at) | Q(associated_at=at, id__gt=after_id))
    rows = await query.select_related("customer").order_by("associated_at", "id").limit(first + 1)
    total = await Association.filter(partner_id=partner_id).count()
    page = rows[:first]
    customer_ids = [row.customer_id for row in page]
    budgets, freezes, letters = await asyncio.gather(
        Budget.filter(association_id__in=[row.id for row in page]),
        Freeze.filter(customer_id__in=customer_ids, lifted_at__isnull=True).order_by("id"),
        Authorization.filter(open_key__in=[f"{partner_id}:{c}" for c in customer_ids]),
    )
    budget_of = {b.association_id: b for b in budgets}
    letter_of = {a.customer_id: a for a in letters}
    frozen_of: dict[int, list[Freeze]] = {}
    for f in freezes:
        frozen_of.setdefault(f.customer_id, []).append(f)
    now = datetime.now(UTC)
    edges = [edge(row, budget_of, frozen_of, letter_of, now, currency) for row in page]
    data = {
        "customers": {
            "totalCount": total,
            "pageInfo": {
                "hasNextPage": len(rows) > first,
                "hasPreviousPage": bool(body.get("after")),
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
            "edges": edges,
        }
    }
    return JSONResponse({"data": data})


def edge(
    row: Association,
    budget_of: dict[int, Budget],
    frozen_of: dict[int, list[Freeze]],
    letter_of: dict[int, Authorization],
    now: datetime,
    currency: str,
) -> dict[str, Any]:
    customer = row.customer
    budget = budget_of.get(row.id)
    frozen = frozen_of.get(customer.id, [])
    letter = letter_of.get(customer.id)
    return {
        "cursor": encode_cursor(row.associated_at.isoformat(), row.id),
        "association": {
            "state": row.state.value,
            "cooperationModel": row.model.value,
            "associatedAt": row.associated_at.isoformat(),
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
