"""Where failed attempts are counted: the database by default, Redis when `REDIS_URL` is set, so
that several workers (and machines) share the counts. The limits are `rules.attempts`'."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from redis.asyncio import Redis

from app.settings import Settings
from rules.attempts import AttemptStore, DatabaseAttempts

KEY_PREFIX = "partnerlink:attempts:"
# Takes one back only from a count that exists and is above 0: never makes a key without expiry.
_GIVE_BACK = """
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then
  return redis.call('DECR', KEYS[1])
end
return 0
"""


class RedisAttempts:
    """One Redis key per limit, subject and window, incremented atomically and expiring with its
    window (plus a minute, for clocks a little apart)."""

    def __init__(self, redis: Redis, prefix: str = KEY_PREFIX) -> None:
        self.redis, self.prefix = redis, prefix

    @classmethod
    def from_url(cls, url: str, prefix: str = KEY_PREFIX) -> RedisAttempts:
        return cls(Redis.from_url(url), prefix)

    def _key(self, key: str, window: timedelta, now: datetime) -> str:
        seconds = int(window.total_seconds())
        return f"{self.prefix}{key}:{int(now.timestamp()) // seconds}"

    async def hit(self, key: str, window: timedelta, now: datetime, amount: int = 1) -> int:
        name = self._key(key, window, now)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incrby(name, amount)
            pipe.expire(name, int(window.total_seconds()) + 60)
            count, _ = await pipe.execute()
        return int(count)

    async def give_back(self, key: str, window: timedelta, now: datetime) -> None:
        await self.redis.eval(_GIVE_BACK, 1, self._key(key, window, now))

    async def forget(self, keys: Iterable[str] | None) -> int:
        if keys is None:
            return await self._delete_matching(_glob_escape(self.prefix) + "*", self.prefix)
        deleted = 0
        for key in keys:
            name = f"{self.prefix}{key}:"
            deleted += await self._delete_matching(_glob_escape(name) + "*", name, windows=True)
        return deleted

    async def _delete_matching(self, pattern: str, start: str, *, windows: bool = False) -> int:
        """Deletes the keys SCAN finds for `pattern`; with `windows`, only `start` followed by a
        window number (a subject may contain ':', and must not take another one's counts)."""
        names = [
            name
            async for name in self.redis.scan_iter(match=pattern, count=1000)
            if not windows or name.decode(errors="replace").removeprefix(start).isdigit()
        ]
        return int(await self.redis.delete(*names)) if names else 0

    async def aclose(self) -> None:
        await self.redis.aclose()


def _glob_escape(text: str) -> str:
    """`text` as a SCAN pattern that matches only itself."""
    return re.sub(r"([*?\[\]\\])", r"\\\1", text)


def attempt_store(settings: Settings) -> AttemptStore:
    if settings.REDIS_URL:
        return RedisAttempts.from_url(settings.REDIS_URL)
    return DatabaseAttempts()
