"""The `partnerlink` command line. Subcommands live in `app.commands`, one module per group."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.commands import command_modules
from app.settings import ValidationError, describe_error, get_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnerlink",
        description="partnerlink: the partner association GraphQL service. Settings come from "
        "the environment and an optional .env file (see README.md).",
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
