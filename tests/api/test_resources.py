from datetime import timedelta

from models import Resource
from models.enums import BudgetKind, CooperationModel
from rules.actors import PartnerActor
from rules.budgets import set_budget
from tests.api.conftest import Actors, Api, gid

FREEZE = """
mutation Freeze($input: FreezeInput!) { freeze(input: $input) { errors { code } } }"""
RESOURCES = "{ viewer { ... on Customer { resourcesStopped resources { name status } } } }"


async def test_resources_stop_only_under_an_account_and_resource_freeze(
    api: Api, actors: Actors
) -> None:
    partner, key = await actors.partner(CooperationModel.RESELLER)
    customer, _ = await actors.build.associated(partner)
    await set_budget(
        actor=PartnerActor(partner.id),
        customer_id=customer.id,
        kind=BudgetKind.MONTHLY,
        amount="10",
        clock=actors.clock,
    )
    await Resource.create(
        ref="vm-1",
        customer=customer,
        name="ecs-web-1",
        subscribed_at=actors.clock.now() - timedelta(days=1),
    )
    session = await actors.login(customer)
    running = await api.data(RESOURCES, token=session)

    await api.data(
        FREEZE,
        {"input": {"customerId": gid("Customer", customer.id), "type": "ACCOUNT_AND_RESOURCE"}},
        token=key,
    )
    stopped = await api.data(RESOURCES, token=session)

    assert running["viewer"] == {
        "resourcesStopped": False,
        "resources": [{"name": "ecs-web-1", "status": "RUNNING"}],
    }
    assert stopped["viewer"] == {
        "resourcesStopped": True,
        "resources": [{"name": "ecs-web-1", "status": "STOPPED"}],
    }
