"""`partnerlink attempts reset`: forget counted failures (logins, wrong codes, invitee lookups),
in the database or in Redis when REDIS_URL is set, so that the limits start again."""

from __future__ import annotations

import argparse

from redis.exceptions import RedisError

from app.attempt_store import RedisAttempts, attempt_store
from app.commands.common import (
    DatabaseUnavailable,
    UsageError,
    add_action,
    add_group,
    redact_url,
    run_operation,
)
from app.settings import Settings
from rules.attempts import reset_attempts
from rules.email_codes import forgive_code_failures
from rules.sessions import login_subjects


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "attempts",
        help="reset the counts of failed logins and wrong codes",
        description="Failed logins and wrong emailed codes are counted per account, email "
        "address and client address, and a partner's invitee names not found per partner "
        "(README: Limits). Counts live in the database, or in Redis when REDIS_URL is set.",
        epilog="examples:\n"
        "  partnerlink attempts reset                      # every count\n"
        "  partnerlink attempts reset --address 127.0.0.1\n"
        "  partnerlink attempts reset --account lumi",
    )
    reset = add_action(
        actions,
        "reset",
        help="forget counted failures, so that the limits start again",
        description="Forget the failures counted against a client address (logins and wrong "
        "codes), an account (its name or email, as typed at login), an email address (wrong "
        "codes) or a partner (invitee names not found). Without an option, every count. "
        "Useful after testing or fuzzing on your own machine, which locks 127.0.0.1 out of "
        "logins for 15 minutes.",
        epilog="example:\n"
        "  $ partnerlink attempts reset --address 127.0.0.1\n"
        "  reset 2 counts in the database",
    )
    reset.add_argument("--address", metavar="A", help="a client address, e.g. 127.0.0.1")
    reset.add_argument("--account", metavar="NAME", help="an account name or email, as typed")
    reset.add_argument("--email", metavar="E", help="an email address that wrong codes used")
    reset.add_argument("--partner", type=int, metavar="ID", help="a partner id")
    reset.set_defaults(handler=run_reset)


def run_reset(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        if args.address is not None and not args.address.strip():
            raise UsageError("--address must not be empty")
        everything = args.address is args.account is args.email is args.partner is None
        counts = 0
        if everything or args.address or args.account or args.partner is not None:
            counts += await _reset_limits(args, settings)
        if everything or args.email:
            counts += await forgive_code_failures(args.email)
        where = "Redis and the database" if settings.REDIS_URL else "the database"
        print(f"reset {counts} count{'' if counts == 1 else 's'} in {where}")

    return run_operation(settings, operation)


async def _reset_limits(args: argparse.Namespace, settings: Settings) -> int:
    """The counts of `rules.attempts`, where the server keeps them."""
    store = attempt_store(settings)
    try:
        subjects = await login_subjects(args.account) if args.account else []
        return await reset_attempts(
            store, address=args.address, login_subjects=subjects, partner_id=args.partner
        )
    except RedisError as error:
        url = redact_url(settings.REDIS_URL or "")
        raise DatabaseUnavailable(f"cannot reach Redis at {url}: {error}") from error
    finally:
        if isinstance(store, RedisAttempts):
            await store.aclose()
