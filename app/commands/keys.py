"""`partnerlink keys issue | revoke | list`: partners' API keys."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from app.commands.common import add_action, add_group, iso_time, run_operation, table
from app.settings import Settings
from models import ApiKey, Partner
from models.enums import KeyRole
from rules.actors import OperatorActor
from rules.api_keys import key_state
from rules.errors import AccountCode, RuleError
from rules.partners import issue_api_key, revoke_api_key

ROLES = [role.value.lower() for role in KeyRole]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "keys",
        help="issue, revoke and list partners' API keys",
        description="A partner's dashboard authenticates with an API key. Only a digest of "
        "the secret is stored: the secret is printed once, when the key is issued. The key's "
        "prefix (the 8 characters after 'plk_') names it in `list` and `revoke`.",
        epilog="examples:\n"
        "  partnerlink keys issue --partner 1 --label 'dashboard production' --role read\n"
        "  partnerlink keys list --partner 1\n"
        "  partnerlink keys revoke Xy3_a9Qk",
    )
    issue = add_action(
        actions,
        "issue",
        help="issue a new API key and print its secret once",
        description="Issue a new API key to a partner and print its secret. The secret cannot "
        "be shown again: hand it to the partner now. Lost keys are revoked and reissued.",
        epilog="example:\n"
        "  $ partnerlink keys issue --partner 1 --label 'Ana (admin)' --role admin\n"
        "  issued ADMIN API key Xy3_a9Qk to partner 1 (label: Ana (admin))\n"
        "  plk_Xy3_a9Qk_...\n"
        "  This secret cannot be shown again: store it now.",
    )
    issue.add_argument("--partner", required=True, type=int, metavar="ID", help="partner id")
    issue.add_argument(
        "--label", default="", help="what the key is for, to tell keys apart (at most 80 chars)"
    )
    issue.add_argument(
        "--role",
        choices=ROLES,
        default="admin",
        help="read: queries only; manage: also invitations, budgets, freezes, orders and "
        "authorization requests; admin (the default): everything, keys included",
    )
    issue.add_argument(
        "--expires",
        type=_expiry,
        metavar="TIME",
        help="when the key stops authenticating, ISO 8601 (UTC unless an offset is given), "
        "e.g. 2027-01-31 or 2027-01-31T18:00:00Z; never by default",
    )
    issue.set_defaults(handler=run_issue)

    revoke = add_action(
        actions,
        "revoke",
        help="revoke an API key by its prefix",
        description="Revoke an API key: it no longer authenticates. Revoking a revoked key "
        "changes nothing. A prefix that starts with '-' goes after '--': "
        "`partnerlink keys revoke -- -b3kQ9zA`.",
        epilog="example:\n"
        "  $ partnerlink keys revoke Xy3_a9Qk\n"
        "  revoked API key Xy3_a9Qk of partner 1",
    )
    revoke.add_argument("prefix", metavar="PREFIX", help="the key's prefix, as `keys list` shows")
    revoke.set_defaults(handler=run_revoke)

    listing = add_action(
        actions,
        "list",
        help="list a partner's API keys",
        description="List a partner's API keys, revoked ones included (secrets are never "
        "shown: only their prefix).",
        epilog="example:\n"
        "  $ partnerlink keys list --partner 1\n"
        "  PREFIX    LABEL      ROLE   STATE   CREATED               EXPIRES  REVOKED\n"
        "  Xy3_a9Qk  dashboard  READ   ACTIVE  2026-03-10T12:00:00Z  -        -",
    )
    listing.add_argument("--partner", required=True, type=int, metavar="ID", help="partner id")
    listing.set_defaults(handler=run_list)


def run_issue(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        issued = await issue_api_key(
            actor=OperatorActor(),
            partner_id=args.partner,
            label=args.label,
            role=KeyRole(args.role.upper()),
            expires_at=args.expires,
        )
        key = issued.api_key
        label = f" (label: {key.label})" if key.label else ""
        expiry = f", expires {iso_time(key.expires_at)}" if key.expires_at else ""
        print(f"issued {key.role} API key {key.prefix} to partner {key.partner_id}{label}{expiry}")
        print(issued.secret)
        print("This secret cannot be shown again: store it now.")

    return run_operation(settings, operation)


def run_revoke(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        started = datetime.now(UTC)
        key = await revoke_api_key(actor=OperatorActor(), prefix=args.prefix)
        assert key.revoked_at is not None
        if key.revoked_at < started:
            print(
                f"API key {key.prefix} of partner {key.partner_id} was already revoked "
                f"at {iso_time(key.revoked_at)}"
            )
        else:
            print(f"revoked API key {key.prefix} of partner {key.partner_id}")

    return run_operation(settings, operation)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    async def operation() -> None:
        if not await Partner.exists(id=args.partner):
            raise RuleError.of(AccountCode.PARTNER_NOT_FOUND, "No such partner.", "partnerId")
        keys = await ApiKey.filter(partner_id=args.partner).order_by("id")
        if not keys:
            print(f"partner {args.partner} has no API key: issue one with `partnerlink keys issue`")
            return
        rows = [
            [
                k.prefix,
                k.label or "-",
                k.role,
                key_state(k),
                iso_time(k.created_at),
                iso_time(k.expires_at),
                iso_time(k.revoked_at),
            ]
            for k in keys
        ]
        print(table(["PREFIX", "LABEL", "ROLE", "STATE", "CREATED", "EXPIRES", "REVOKED"], rows))

    return run_operation(settings, operation)


def _expiry(text: str) -> datetime:
    """An ISO 8601 date or time; without an offset it is UTC."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
