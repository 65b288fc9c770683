#!/usr/bin/env python3
"""Developer entry point; needs only Python 3.11+ (standard library only).

    python3 dev.py serve [ARGS]   set up .venv if needed, then `partnerlink serve ARGS`
    python3 dev.py assets         set up .venv if needed, then fetch GraphiQL's files and axe-core
                                  (for the browser tests) from the npm registry into var/
                                  (skipped without npm; serve does it)
    python3 dev.py test [ARGS]    set up .venv if needed, then ruff, mypy over the packages, the
                                  tests and the benchmarks, the import contracts (lint-imports),
                                  and pytest ARGS on SQLite and on PostgreSQL (skipped when
                                  unreachable, unless CI is set)
    python3 dev.py lock [--upgrade | --upgrade-package NAME ...]
                                  rewrite requirements.lock from pyproject.toml (keeping every
                                  locked version unless told to upgrade), reinstall, then run the
                                  tests that compare the lean executor with graphql-core's

Every package comes from requirements.lock, at its exact version, checked against its hashes
(`pip install --require-hashes`); then partnerlink itself, without dependencies. The install is
redone only when requirements.lock, pyproject.toml or the set of packages changed since the last
one (a hash kept in .venv).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".partnerlink-install-stamp"
LOCK = ROOT / "requirements.lock"
# The lock holds every package for Python 3.11 and newer on any platform (markers say where one
# applies), so one file serves every developer and CI.
LOCK_COMMAND = [
    *["pip", "compile", "pyproject.toml", "--extra", "test", "--universal", "--generate-hashes"],
    *["--python-version", "3.11", "--quiet", "--output-file", "requirements.lock"],
]
COMPARISON_TESTS = ["tests/api/test_lean_execution.py"]
DEFAULT_POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test"
# Strictly typed: the packages, the tests and the benchmarks.
TYPE_CHECKED = ["app", "models", "rules", "schema", "resolvers", "tests", "bench"]


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def install_fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(LOCK.read_bytes())
    packages = sorted(p.parent.name for p in ROOT.glob("*/__init__.py"))
    digest.update("\n".join([sys.version, *packages]).encode())
    return digest.hexdigest()


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may be started by an older Python)
        sys.exit("dev.py: partnerlink needs Python 3.11 or newer")
    if not (BIN / "python").exists():
        say("creating .venv")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
        if result.returncode != 0:
            sys.exit(
                "dev.py: could not create .venv (on Debian/Ubuntu: apt-get install python3-venv)"
            )
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text().strip() == fingerprint:
        return
    install()
    STAMP.write_text(fingerprint + "\n")


def install() -> None:
    say("installing requirements.lock, then the project, into .venv")
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check"]
    steps = [
        [*pip, "install", "-q", "--require-hashes", "-r", str(LOCK)],
        # setuptools comes from the lock, so building partnerlink downloads nothing unpinned.
        [*pip, "install", "-q", "--no-deps", "--no-build-isolation", "-e", "."],
    ]
    for step in steps:
        if subprocess.run(step, cwd=ROOT, check=False).returncode != 0:
            sys.exit("dev.py: installing failed")
    check = subprocess.run([*pip, "check"], cwd=ROOT, capture_output=True, text=True, check=False)
    if check.returncode != 0:
        print(check.stdout, end="")
        sys.exit("dev.py: requirements.lock does not match pyproject.toml: run python3 dev.py lock")


def postgres_reachable() -> tuple[bool, str]:
    url = os.environ.get("POSTGRES_ADMIN_URL", DEFAULT_POSTGRES_ADMIN_URL)
    parsed = urllib.parse.urlsplit(url)
    host, port = parsed.hostname or "127.0.0.1", parsed.port or 5432
    try:
        with socket.create_connection((host, port), timeout=3):
            return True, f"{host}:{port}"
    except OSError:
        return False, f"{host}:{port}"


def run_step(title: str, command: list[str], env: dict[str, str] | None = None) -> bool:
    say(title)
    code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
    if code == 5 and Path(command[0]).name == "pytest":
        say(f"{title}: no test was collected; that counts as a failure")
        return False
    if code != 0:
        say(f"{title}: failed (exit {code})")
    return code == 0


def test(pytest_args: list[str]) -> int:
    ensure_venv()
    results = {
        "ruff check": run_step("ruff check", [str(BIN / "ruff"), "check", "."]),
        "ruff format": run_step(
            "ruff format --check", [str(BIN / "ruff"), "format", "--check", "."]
        ),
        "mypy": run_step("mypy " + " ".join(TYPE_CHECKED), [str(BIN / "mypy"), *TYPE_CHECKED]),
        "import contracts": run_step(
            "lint-imports (the layers of pyproject.toml)",
            [str(BIN / "lint-imports"), "--no-cache", "--no-logo"],
        ),
    }
    pytest = [str(BIN / "pytest"), *pytest_args]
    sqlite_env = {**os.environ, "PARTNERLINK_TEST_DATABASE": "sqlite"}
    results["pytest (SQLite)"] = run_step("pytest on SQLite", pytest, sqlite_env)
    reachable, where = postgres_reachable()
    if reachable:
        postgres_env = {**os.environ, "PARTNERLINK_TEST_DATABASE": "postgres"}
        results["pytest (PostgreSQL)"] = run_step("pytest on PostgreSQL", pytest, postgres_env)
    elif os.environ.get("CI"):
        say(f"PostgreSQL is not reachable at {where}, and CI is set: failing")
        results["pytest (PostgreSQL)"] = False
    else:
        say(f"SKIPPED the PostgreSQL run: nothing listens at {where} (set POSTGRES_ADMIN_URL)")
    failed = [name for name, ok in results.items() if not ok]
    say("all steps passed" if not failed else "failed: " + ", ".join(failed))
    return 1 if failed else 0


def assets(args: list[str]) -> int:
    """GraphiQL's scripts and styles into var/graphiql/, so that it works offline, and axe-core
    into var/axe-core/ for the browser tests' accessibility checks."""
    ensure_venv()
    if shutil.which("npm") is None:
        say("npm not found: GraphiQL will load its files from the public CDN")
        return 0
    python = str(BIN / "python")
    graphiql = subprocess.run([python, "-m", "app.graphiql", "fetch"], cwd=ROOT).returncode
    axe = subprocess.run([python, "-m", "tests.support.axe", "fetch"], cwd=ROOT).returncode
    return graphiql or axe


def serve(args: list[str]) -> int:
    ensure_venv()
    if assets([]) != 0:
        say("GraphiQL's files could not all be fetched; the missing ones load from the CDN")
    partnerlink = str(BIN / "partnerlink")
    os.chdir(ROOT)
    os.execv(partnerlink, [partnerlink, "serve", *args])


def lock(args: list[str]) -> int:
    """Rewrite requirements.lock with uv (from the lock itself), reinstall, run the comparisons.

    Without options every version already locked is kept and only what pyproject.toml added or
    dropped changes; that is also how to settle a conflict in requirements.lock after a merge:
    keep either side, then run this.
    """
    if not (BIN / "uv").exists():
        ensure_venv()
    say("uv " + " ".join([*LOCK_COMMAND, *args]))
    if subprocess.run([str(BIN / "uv"), *LOCK_COMMAND, *args], cwd=ROOT).returncode != 0:
        return 1
    ensure_venv()
    pytest = [str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", *COMPARISON_TESTS]
    ok = run_step("the lean executor against graphql-core's", pytest)
    return 0 if ok else 1


def main(argv: list[str]) -> int:
    commands = {"serve": serve, "test": test, "assets": assets, "lock": lock}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
