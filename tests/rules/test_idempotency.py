import asyncio
from datetime import timedelta

import pytest

from models import IdempotencyRecord
from rules import idempotency
from rules.clock import FakeClock
from rules.errors import IdempotencyCode, RuleError

KEY = "4f1c9d0e-key-for-tests"


async def claimed(clock: FakeClock, fingerprint: str = "a" * 64) -> idempotency.Claim:
    found = await idempotency.claim(
        scope="partner:1", key=KEY, fingerprint=fingerprint, clock=clock, wait_seconds=0
    )
    assert isinstance(found, idempotency.Claim)
    return found


async def refusal(clock: FakeClock, fingerprint: str = "a" * 64) -> list[object]:
    with pytest.raises(RuleError) as refused:
        await idempotency.claim(
            scope="partner:1", key=KEY, fingerprint=fingerprint, clock=clock, wait_seconds=0
        )
    return list(refused.value.codes)


async def test_a_second_request_while_the_first_runs_is_told_so(clock: FakeClock) -> None:
    await claimed(clock)

    assert await refusal(clock) == [IdempotencyCode.IDEMPOTENCY_KEY_IN_PROGRESS]


async def test_a_finished_request_is_replayed(clock: FakeClock) -> None:
    first = await claimed(clock)
    await idempotency.finish(first, status_code=200, body=b'{"data": 1}', clock=clock)

    replay = await idempotency.claim(scope="partner:1", key=KEY, fingerprint="a" * 64, clock=clock)

    assert replay == idempotency.StoredResponse(200, b'{"data": 1}')


async def test_an_abandoned_key_runs_again(clock: FakeClock) -> None:
    first = await claimed(clock)
    await idempotency.abandon(first)

    second = await claimed(clock, fingerprint="b" * 64)

    assert second.record_id != first.record_id


async def test_a_first_request_silent_past_its_lease_is_taken_over(clock: FakeClock) -> None:
    first = await claimed(clock)
    clock.advance(idempotency.LEASE)

    second = await claimed(clock)

    assert second.record_id == first.record_id
    assert (await IdempotencyRecord.get(id=first.record_id)).started_at == clock.now()
    assert await refusal(clock) == [IdempotencyCode.IDEMPOTENCY_KEY_IN_PROGRESS]


async def test_another_request_with_the_key_is_refused_even_while_it_runs(
    clock: FakeClock,
) -> None:
    await claimed(clock)

    assert await refusal(clock, fingerprint="b" * 64) == [IdempotencyCode.IDEMPOTENCY_KEY_REUSED]


async def test_a_waiting_request_gets_the_response_once_it_is_stored(clock: FakeClock) -> None:
    first = await claimed(clock)

    async def later() -> None:
        clock.advance(timedelta(seconds=1))
        await idempotency.finish(first, status_code=200, body=b"{}", clock=clock)

    waiting = asyncio.create_task(
        idempotency.claim(scope="partner:1", key=KEY, fingerprint="a" * 64, clock=clock)
    )
    await asyncio.sleep(idempotency.POLL_SECONDS * 2)
    await later()

    assert await waiting == idempotency.StoredResponse(200, b"{}")
