import asyncio
import threading
import time

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


async def test_argon2_hashes_run_a_few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountingHasher()
    monkeypatch.setattr(hashing, "_hasher", counting)

    hashes = await asyncio.gather(*(hashing.hash_password(f"password {n}") for n in range(6)))

    assert len(set(hashes)) == 6
    assert counting.most == hashing.ARGON2_AT_ONCE
