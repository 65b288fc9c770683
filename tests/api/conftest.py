"""In-process GraphQL tests: the real Starlette app over httpx's ASGI transport, on the test
database (the app's lifespan does not run; the session's database is already set up)."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from strawberry.relay import GlobalID
from tortoise import Tortoise

from app.main import create_app
from app.settings import Settings
from models import Customer, Partner
from models.enums import BudgetKind, CooperationModel, ExhaustionAction
from rules.actors import OperatorActor, PartnerActor
from rules.budgets import set_budget
from rules.clock import FakeClock
from rules.hashing import digest
from rules.partners import create_partner, issue_api_key
from rules.sessions import start_session
from tests.builders import Builders
from tests.rules.mailbox import Outbox

OPERATOR_KEY = "plo_operator-key-for-tests"
SETTINGS = Settings(
    DATABASE_URL="sqlite://:memory:",
    PUBLIC_BASE_URL="https://partners.example.com",
    CURRENCY="EUR",
    OPERATOR_KEY_SHA256=digest(OPERATOR_KEY),
)


@dataclass
class Api:
    client: httpx.AsyncClient

    async def __call__(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """The whole JSON response of one GraphQL request."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        body: dict[str, Any] = response.json()
        return body

    async def data(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        """The `data` of a request that must succeed without top-level errors."""
        body = await self(query, variables, token)
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


@pytest.fixture
async def api(clock: FakeClock, outbox: Outbox) -> AsyncIterator[Api]:
    app = create_app(SETTINGS, clock=clock, mailer=outbox, notifier=outbox)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield Api(client)


@dataclass
class Actors:
    build: Builders
    clock: FakeClock

    async def partner(
        self, model: CooperationModel = CooperationModel.RESELLER, name: str | None = None
    ) -> tuple[Partner, str]:
        """A partner and its API key."""
        partner = (
            await self.build.partner(model)
            if name is None
            else await create_partner(
                actor=OperatorActor(), name=name, cooperation_model=model, clock=self.clock
            )
        )
        issued = await issue_api_key(actor=OperatorActor(), partner_id=partner.id)
        return partner, issued.secret

    async def budgeted_customer(
        self,
        amount: str = "100",
        exhaustion_action: ExhaustionAction = ExhaustionAction.MANUAL,
    ) -> tuple[Partner, str, Customer]:
        """A reseller, its key, and its associated customer with a monthly budget (which lifts
        the freeze the association set)."""
        partner, key = await self.partner(CooperationModel.RESELLER)
        customer, _ = await self.build.associated(partner)
        await set_budget(
            actor=PartnerActor(partner.id),
            customer_id=customer.id,
            kind=BudgetKind.MONTHLY,
            amount=amount,
            exhaustion_action=exhaustion_action,
            clock=self.clock,
        )
        return partner, key, customer

    async def login(self, customer: Customer) -> str:
        """A session token for the customer."""
        _, token = await start_session(customer.id, clock=self.clock)
        return token


@pytest.fixture
def actors(build: Builders, clock: FakeClock) -> Actors:
    return Actors(build, clock)


def gid(type_name: str, row_id: int) -> str:
    return str(GlobalID(type_name, str(row_id)))


# Written when a session or an API key authenticates a request, at most once per few minutes:
# not a change the request makes.
UNTRACKED_COLUMNS = {"last_seen_at", "last_used_at"}
# Failed attempts at secrets are counted for refused requests too: bookkeeping, not a change.
UNTRACKED_TABLES = {"attempt_counter"}


async def database_state() -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, by table: equal before and after a request that changed
    nothing (inserts, updates and deletes alike)."""
    assert Tortoise.apps is not None
    state = {}
    for model in Tortoise.apps.get_models_iterable():
        table = model._meta.db_table
        if table in UNTRACKED_TABLES:
            continue
        rows = await model.all().order_by(model._meta.pk_attr).values()
        state[table] = [
            {k: v for k, v in row.items() if k not in UNTRACKED_COLUMNS} for row in rows
        ]
    return state
