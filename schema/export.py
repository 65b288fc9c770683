"""Write the schema's SDL to schema.graphql at the repository root, the contract for clients.

python -m schema.export            rewrite schema.graphql
python -m schema.export --check    exit 1 when schema.graphql differs from the schema
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from schema.root import schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"
REGENERATE = "python -m schema.export"


def sdl() -> str:
    """The development schema's SDL, ending with one newline."""
    return schema.as_str().rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m schema.export", description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="only compare; exit 1 when the file is stale"
    )
    args = parser.parse_args(argv)
    current = sdl()
    if args.check:
        if SCHEMA_FILE.exists() and SCHEMA_FILE.read_text(encoding="utf-8") == current:
            return 0
        print(f"{SCHEMA_FILE.name} is stale: run `{REGENERATE}`", file=sys.stderr)
        return 1
    SCHEMA_FILE.write_text(current, encoding="utf-8")
    print(f"wrote {SCHEMA_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
