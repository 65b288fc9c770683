"""Where webhooks may go: every refused class of address, in IPv4 and IPv6, refused when an
endpoint is saved and again before each attempt. No request is sent to a refused address."""

from datetime import timedelta

import pytest

from app.deliverer import Deliverer
from app.webhook_http import HttpSender
from models import WebhookAttempt, WebhookEndpoint
from models.enums import CooperationModel
from rules.actors import PartnerActor
from rules.clock import FakeClock
from rules.errors import (
    InputCode,
    RuleError,
    WebhookEndpointCode,
    WebhookLimitCode,
    WebhookSendCode,
    WebhookUrlCode,
)
from rules.webhook_delivery import WebhookChannel
from rules.webhook_targets import TargetRefused, refusal_of, resolve
from rules.webhooks import (
    MAX_ENDPOINTS,
    create_endpoint,
    rotate_secret,
    send_test_event,
    update_endpoint,
)
from tests.builders import Builders
from tests.webhook_receiver import receiving

REFUSED = {
    "http://127.0.0.1/": "loopback",
    "http://127.8.9.10:8080/": "loopback",
    "http://[::1]/": "loopback",
    "http://10.1.2.3/": "private",
    "http://172.16.0.1/": "private",
    "http://192.168.1.1/": "private",
    "http://[fd00::1]/": "private",
    "http://169.254.169.254/latest/meta-data/": "link-local",
    "http://[fe80::1]/": "link-local",
    "http://224.0.0.1/": "multicast",
    "http://[ff02::1]/": "multicast",
    "http://0.0.0.0/": "unspecified",
    "http://[::]/": "unspecified",
    "http://240.0.0.1/": "private",  # reserved, which Python counts among the private
    "http://100.64.0.1/": "not public",  # shared address space (carrier-grade NAT)
    "http://[::ffff:127.0.0.1]/": "loopback",  # IPv4-mapped
    "http://[::ffff:10.0.0.1]/": "private",
    "http://[::ffff:169.254.1.1]/": "link-local",
}


@pytest.mark.parametrize(("url", "kind"), REFUSED.items(), ids=list(REFUSED))
async def test_an_address_of_a_refused_class_is_refused(url: str, kind: str) -> None:
    with pytest.raises(TargetRefused) as refused:
        await resolve(url, allow_private=False)

    assert refused.value.kind == "NOT_ALLOWED"
    assert f"a {kind} address" in str(refused.value)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])
def test_a_public_address_is_allowed(address: str) -> None:
    import ipaddress

    assert refusal_of(ipaddress.ip_address(address)) is None


async def test_localhost_by_name_is_refused_as_loopback() -> None:
    with pytest.raises(TargetRefused) as refused:
        await resolve("http://localhost:8000/hook", allow_private=False)

    assert refused.value.kind == "NOT_ALLOWED" and "loopback" in str(refused.value)


async def test_the_setting_allows_private_targets() -> None:
    target = await resolve("http://127.0.0.1:8000/hook?x=1", allow_private=True)

    assert target.connect_url == "http://127.0.0.1:8000/hook?x=1"
    assert target.host_header == "127.0.0.1:8000"


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/", "example.com/hook", "http:///hook", "http://user:pw@example.com/"],
)
async def test_anything_but_an_http_url_with_a_host_is_invalid(url: str) -> None:
    with pytest.raises(TargetRefused) as refused:
        await resolve(url, allow_private=True)

    assert refused.value.kind == "INVALID"


async def test_creating_an_endpoint_refuses_each_kind_of_url(build: Builders) -> None:
    actor = PartnerActor((await build.partner()).id)
    cases = {
        "http://10.0.0.1/hook": WebhookUrlCode.WEBHOOK_TARGET_NOT_ALLOWED,
        "gopher://example.com/": WebhookUrlCode.INVALID_WEBHOOK_URL,
        "http://no-such-host.invalid/": WebhookUrlCode.WEBHOOK_URL_UNRESOLVABLE,
    }
    for url, code in cases.items():
        with pytest.raises(RuleError) as refused:
            await create_endpoint(actor=actor, url=url, allow_private=False)
        assert refused.value.codes == [code]
        assert refused.value.problems[0].field == "url"

    assert not await WebhookEndpoint.exists()


async def test_unknown_event_types_are_refused(build: Builders) -> None:
    actor = PartnerActor((await build.partner()).id)

    with pytest.raises(RuleError) as refused:
        await create_endpoint(
            actor=actor,
            url="http://127.0.0.1:9/",
            event_types=["budget.set", "budget.sett"],
            allow_private=True,
        )

    assert refused.value.codes == [WebhookUrlCode.UNKNOWN_EVENT_TYPE]
    assert "budget.sett" in refused.value.problems[0].message


async def test_a_partner_has_a_limited_number_of_endpoints(build: Builders) -> None:
    actor = PartnerActor((await build.partner()).id)
    for _ in range(MAX_ENDPOINTS):
        await create_endpoint(actor=actor, url="http://127.0.0.1:9/", allow_private=True)

    with pytest.raises(RuleError) as refused:
        await create_endpoint(actor=actor, url="http://127.0.0.1:9/", allow_private=True)

    assert refused.value.codes == [WebhookLimitCode.TOO_MANY_WEBHOOK_ENDPOINTS]
    assert await WebhookEndpoint.filter(partner_id=actor.partner_id).count() == MAX_ENDPOINTS


async def test_another_partners_endpoint_is_not_found(build: Builders) -> None:
    owner, stranger = await build.partner(), await build.partner()
    made = await create_endpoint(
        actor=PartnerActor(owner.id), url="http://127.0.0.1:9/", allow_private=True
    )

    with pytest.raises(RuleError) as refused:
        await rotate_secret(actor=PartnerActor(stranger.id), endpoint_id=made.endpoint.id)

    assert refused.value.codes == [WebhookEndpointCode.WEBHOOK_ENDPOINT_NOT_FOUND]
    assert (await WebhookEndpoint.get(id=made.endpoint.id)).secret == made.secret


async def test_an_overlap_beyond_a_week_is_refused(build: Builders) -> None:
    actor = PartnerActor((await build.partner()).id)
    made = await create_endpoint(actor=actor, url="http://127.0.0.1:9/", allow_private=True)

    with pytest.raises(RuleError) as refused:
        await rotate_secret(actor=actor, endpoint_id=made.endpoint.id, overlap_hours=169)

    assert refused.value.codes == [InputCode.OUT_OF_RANGE]


async def test_a_disabled_endpoint_takes_no_test_message(build: Builders) -> None:
    actor = PartnerActor((await build.partner()).id)
    made = await create_endpoint(actor=actor, url="http://127.0.0.1:9/", allow_private=True)
    await update_endpoint(
        actor=actor, endpoint_id=made.endpoint.id, enabled=False, allow_private=True
    )

    with pytest.raises(RuleError) as refused:
        await send_test_event(actor=actor, endpoint_id=made.endpoint.id)

    assert refused.value.codes == [WebhookSendCode.WEBHOOK_ENDPOINT_DISABLED]


async def test_delivery_checks_the_address_again_and_sends_nothing_to_a_refused_one(
    build: Builders, clock: FakeClock
) -> None:
    partner = await build.partner(CooperationModel.REFERRAL)
    sender = HttpSender(connect_timeout=2, total_timeout=5)
    strict = Deliverer([WebhookChannel(sender, allow_private=False)], clock)
    async with receiving() as receiver:
        # Saved while private targets were allowed; the deliverer now refuses them.
        await create_endpoint(
            actor=PartnerActor(partner.id),
            url=receiver.url,
            event_types=["association.created"],
            allow_private=True,
            clock=clock,
        )
        await build.associated(partner)
        await strict.drain()
        clock.advance(timedelta(seconds=5))
        await strict.drain()
    await sender.aclose()

    assert receiver.received == []
    attempts = await WebhookAttempt.all().order_by("id")
    assert len(attempts) == 2
    assert all("a loopback address" in (a.error or "") for a in attempts)
