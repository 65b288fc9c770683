import asyncio
import threading
import time
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from rules import hashing


class CountingHasher(PasswordHasher):
    """The real hasher, recording how many hashes run at the same moment."""

    def __init__(self) -> None:
        super().__init__()
        self.running = 0
        self.most = 0
        self._lock = threading.Lock()

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.02)  # hold the slot long enough for the others to pile up
            return super().hash(password, salt=salt)
        finally:
            with self._lock:
                self.running -= 1


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountingHasher]:
    """The counting hasher in place; the deployment's limit restored afterwards."""
    counting = CountingHasher()
    monkeypatch.setattr(hashing, "_hasher", counting)
    before = hashing.concurrent_hashes_limit()
    yield counting
    hashing.limit_concurrent_hashes(before)


@pytest.mark.parametrize("at_once", [1, 3])
async def test_argon2_hashes_run_at_most_as_many_at_a_time_as_the_limit(
    counting: CountingHasher, at_once: int
) -> None:
    hashing.limit_concurrent_hashes(at_once)

    hashes = await asyncio.gather(*(hashing.hash_password(f"password {n}") for n in range(8)))

    assert len(set(hashes)) == 8
    assert counting.most == at_once


def test_the_limit_lets_at_least_one_hash_run() -> None:
    with pytest.raises(ValueError, match="at least one"):
        hashing.limit_concurrent_hashes(0)
