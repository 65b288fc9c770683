"""`partnerlink operator-key`: a new key for the operator mutations."""

from __future__ import annotations

import argparse

from app.auth import OPERATOR_KEY_PREFIX
from app.settings import Settings
from rules.hashing import digest, new_token


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "operator-key",
        help="make a new operator key and the setting that accepts it",
        description="Print a new operator key, for the operator-only GraphQL mutations "
        "(importAccountFacts), and the OPERATOR_KEY_SHA256 setting that makes the server "
        "accept it. Only the digest goes into the server's settings; keep the key itself "
        "with the operator. Setting a new digest retires the old key.",
        epilog="example:\n  $ partnerlink operator-key\n  plo_...\n  OPERATOR_KEY_SHA256=4f2a...",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.set_defaults(handler=run_operator_key)


def run_operator_key(args: argparse.Namespace, settings: Settings) -> int:
    key = f"{OPERATOR_KEY_PREFIX}_{new_token(32)}"
    print(key)
    print(f"OPERATOR_KEY_SHA256={digest(key)}")
    return 0
