"""Redis for the tests that count attempts there: the server of PARTNERLINK_TEST_REDIS_URL
(default redis://127.0.0.1:6379/0), a key prefix unique to the test run, and every key under it
deleted afterwards. Without a server the tests skip, except when CI is set: then they fail."""

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from app.attempt_store import RedisAttempts

REDIS_URL = os.environ.get("PARTNERLINK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@asynccontextmanager
async def redis_attempts() -> AsyncIterator[RedisAttempts]:
    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except (RedisConnectionError, OSError) as error:
        await client.aclose()
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL}: {error}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    prefix = f"partnerlink-test-{os.getpid()}-{uuid.uuid4().hex[:8]}:"
    store = RedisAttempts(client, prefix)
    try:
        yield store
    finally:
        keys = [key async for key in client.scan_iter(match=f"{prefix}*")]
        if keys:
            await client.delete(*keys)
        await store.aclose()
