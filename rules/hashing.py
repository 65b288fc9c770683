"""Secrets at rest: tokens and API keys as SHA-256 digests, passwords as argon2id hashes.

Tokens and keys are long random strings, so a fast digest is enough to make a leaked table useless;
passwords are chosen by people and need a slow, salted hash. argon2 runs in a thread because one
hash takes about a tenth of a second and would otherwise stall every other request; and at most
ARGON2_AT_ONCE hashes run at a time, because each takes a core and 64 MiB: unbounded, a burst of
logins starves every other request of CPU and swells the worker's memory. Logins queue instead.
"""

import asyncio
import functools
import hashlib
import os
import secrets
import weakref
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

T = TypeVar("T")
_hasher = PasswordHasher()
ARGON2_AT_ONCE = max(1, (os.cpu_count() or 2) // 2)
# One semaphore per event loop: a semaphore belongs to the loop it first waited in.
_argon2_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


async def _in_argon2_slot(work: Callable[..., T], *args: str) -> T:
    loop = asyncio.get_running_loop()
    slots = _argon2_slots.setdefault(loop, asyncio.Semaphore(ARGON2_AT_ONCE))
    async with slots:
        return await asyncio.to_thread(work, *args)


def new_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def hash_password(password: str) -> str:
    return await _in_argon2_slot(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    try:
        return await _in_argon2_slot(_hasher.verify, password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _absent_hash() -> str:
    return _hasher.hash(new_token())


async def verify_no_password(password: str) -> bool:
    """Spends the time `verify_password` takes, for a secret that does not exist; always False.

    Without it an unknown account (or a code never sent) would answer a hundred milliseconds
    sooner than a wrong password, and the time would tell that it does not exist.
    """
    await verify_password(await _in_argon2_slot(_absent_hash), password)
    return False
