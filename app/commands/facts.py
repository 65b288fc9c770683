"""`partnerlink facts import FILE`: account facts from billing systems, in JSON Lines."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from app.commands.common import add_action, add_group, run_operation
from app.settings import Settings
from rules.actors import OperatorActor
from rules.facts_import import import_facts

FORMAT = (
    "One JSON object a line, with `type` (account, contract, reserved_instance, expenditure, "
    "bill, enterprise_relation, coupon, resource), `ref` (the source system's id, unique per "
    "type) and the fact's fields; accounts by account name (an `account` line of the same file "
    "may bring it); times in ISO 8601 with an offset; amounts as decimal strings with at most "
    "two places. docs/facts.md describes every type and field."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_group(
        subparsers,
        "facts",
        help="load accounts and the facts that eligibility and the money gates read",
        description="Existing accounts, contracts, reserved instances, expenditures, bills, "
        "enterprise relations, cash coupons and resources, as billing systems know them. "
        "An imported account has no password until its owner sets one with an emailed code. "
        + FORMAT,
        epilog="example line:\n"
        '  {"type": "bill", "ref": "B-1001", "customer": "alice", "amount": "12.50", '
        '"issued_at": "2026-03-01T00:00:00Z"}',
    )
    load = add_action(
        actions,
        "import",
        help="import a JSON Lines file, all or nothing",
        description="Check every line, then import them all in one transaction, or nothing "
        "when any line is wrong (each problem is printed with its line number). A fact whose "
        "ref exists is updated where it differs: importing the same file twice changes "
        "nothing. " + FORMAT,
        epilog="examples:\n"
        "  partnerlink facts import billing-2026-03.jsonl\n"
        "  partnerlink facts import --quiet - < facts.jsonl",
    )
    load.add_argument("file", type=argparse.FileType("r", encoding="utf-8"), help="file, or -")
    load.add_argument("--quiet", action="store_true", help="no progress bar")
    load.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    lines = args.file.readlines()
    args.file.close()

    async def operation() -> None:
        with tqdm(
            total=len(lines), unit="line", file=sys.stderr, disable=args.quiet or None
        ) as bar:
            summary = await import_facts(actor=OperatorActor(), lines=lines, progress=bar.update)
        for label, tally in (
            ("created", summary.created),
            ("updated", summary.updated),
            ("unchanged", summary.unchanged),
        ):
            counts = ", ".join(f"{n} {kind}" for kind, n in sorted(tally.items())) or "none"
            print(f"{label}: {counts}")

    return run_operation(settings, operation)
