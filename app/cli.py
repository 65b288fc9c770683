"""The `partnerlink` command line. Subcommands live in `app.commands`, one module per group."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.commands import command_modules
from app.commands.common import Parser
from app.settings import ValidationError, describe_error, get_settings


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = Parser(
        prog="partnerlink",
        description="partnerlink: the partner association GraphQL service. Settings come from "
        "the environment and an optional .env file (see README.md). serve and the operator "
        "commands (partners, keys, invitations) work on DATABASE_URL and apply its pending "
        "migrations first. `partnerlink COMMAND --help` explains each command.",
        epilog="getting started:\n"
        "  partnerlink serve    # http://127.0.0.1:8000/graphql; a new database gets demo\n"
        "                       # partners, whose API keys it prints once\n"
        "  partnerlink partners create --name 'Acme Cloud' --model reseller   # prints its id\n"
        "  partnerlink keys issue --partner 1            # the partner's API key, shown once\n"
        "  partnerlink invitations create --partner 1    # an invitation URL, shown once\n"
        "  partnerlink attempts reset --address 127.0.0.1   # logins locked by your own tests\n\n"
        "Errors go to stderr, one line per problem, e.g. "
        "`partnerlink: PARTNER_NOT_FOUND (partnerId): No such partner.`; exit codes: 0 done, "
        "1 refused or failed, 2 bad usage or setting.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as error:
        print(f"partnerlink: {describe_error(error)}", file=sys.stderr)
        return 2
    code: int = args.handler(args, settings)
    return code


if __name__ == "__main__":
    sys.exit(main())
