"""Statements known to leave nothing behind in the database session.

asyncpg resets every connection it takes back into its pool (advisory locks, cursors, `LISTEN`,
settings), a round trip of its own after every statement run outside a transaction. A plain
`SELECT` that calls no function but the JSON builders cannot leave any of that behind, so a
connection that ran only such statements has nothing to reset (`app.pg_connection` skips the
round trip for it). Statements sent on every request (the API key, the dashboard's kept pages)
are registered here by the rules that build them; everything else is reset as before.
"""

import re

# Functions a registered statement may call: none of them touches the session.
PURE_FUNCTIONS = frozenset(
    {"json_agg", "json_build_array", "json_array", "json_group_array", "json"}
)
# Words that precede a parenthesis in a SELECT without calling anything.
KEYWORDS = frozenset({"and", "or", "not", "in", "exists", "select", "from", "where", "on", "as"})
_CALLED = re.compile(r'(\b[A-Za-z_][A-Za-z0-9_$]*|"[^"]*")\s*\(')
_LITERAL = re.compile(r"'(?:[^']|'')*'")

_neutral: set[str] = set()


def is_session_neutral(sql: str) -> bool:
    """Whether `sql` was registered (and accepted) as leaving no session state."""
    return sql in _neutral


def register(sql: str) -> bool:
    """Registers `sql` when it is one plain `SELECT` calling only `PURE_FUNCTIONS`; whether it was.

    Refused: anything but a SELECT, several statements, a quoted or unknown function name (a
    `set_config`, a `pg_advisory_lock`, or a function of ours that could call them)."""
    if sql in _neutral:
        return True
    if not looks_neutral(sql):
        return False
    _neutral.add(sql)
    return True


def looks_neutral(sql: str) -> bool:
    text = _LITERAL.sub("''", sql).strip()
    if text[:7].upper() != "SELECT " or ";" in text or "--" in text or "/*" in text:
        return False
    for name in _CALLED.findall(text):
        if name.startswith('"') or name.lower() not in PURE_FUNCTIONS | KEYWORDS:
            return False
    return True
