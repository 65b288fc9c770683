"""Secrets at rest: tokens and API keys as SHA-256 digests, passwords as argon2id hashes.

Tokens and keys are long random strings, so a fast digest is enough to make a leaked table useless;
passwords are chosen by people and need a slow, salted hash. argon2 runs in a thread because one
hash takes about a tenth of a second and would otherwise stall every other request; and only a
few hashes run at a time, because each takes a core and 64 MiB: unbounded, a burst of logins
starves every other request of CPU and swells the worker's memory. Logins queue instead. How
many is the deployment's: the app sets it from PASSWORD_HASH_CONCURRENCY
(`limit_concurrent_hashes`); until then, one.
"""

import asyncio
import functools
import hashlib
import secrets
import weakref
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

T = TypeVar("T")
_hasher = PasswordHasher()
_at_once = 1
# One semaphore per event loop: a semaphore belongs to the loop it first waited in.
_argon2_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def limit_concurrent_hashes(at_once: int) -> None:
    """At most `at_once` argon2 hashes (or verifications) run at a time in each event loop."""
    global _at_once
    if at_once < 1:
        raise ValueError(f"at least one hash must be able to run, not {at_once}")
    _at_once = at_once
    _argon2_slots.clear()


def concurrent_hashes_limit() -> int:
    return _at_once


async def _in_argon2_slot(work: Callable[..., T], *args: str) -> T:
    loop = asyncio.get_running_loop()
    slots = _argon2_slots.get(loop)
    if slots is None:
        slots = _argon2_slots[loop] = asyncio.Semaphore(_at_once)
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


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other argon2 parameters than today's (cheap: no hashing)."""
    return _hasher.check_needs_rehash(password_hash)


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
