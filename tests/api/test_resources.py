from datetime import timedelta

from models import Resource
from tests.api.conftest import Actors, Api, gid

FREEZE = """
mutation Freeze($input: FreezeInput!) { freeze(input: $input) { errors { code } } }"""
RESOURCES = "{ viewer { ... on Customer { resourcesStopped resources { name status } } } }"


async def test_resources_stop_only_under_an_account_and_resource_freeze(
    api: Api, actors: Actors
) -> None:
    _, key, customer = await actors.budgeted_customer("10")
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
