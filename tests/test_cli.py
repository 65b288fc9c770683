"""The operator command line, run through its real `main()` against a database of its own (of
the session's dialect: Tortoise cannot mix dialects in one process), plus an end-to-end run of
the installed `partnerlink` script in a subprocess."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from redis.asyncio import Redis
from tortoise.context import TortoiseContext

from app.attempt_store import RedisAttempts
from app.cli import main
from app.database import Dialect, tortoise_config
from app.migrations import postgres_admin_url, scratch_database, upgrade
from app.settings import get_settings
from models import AttemptCounter, Customer, EmailCode, Invitation, Partner
from models.enums import InvitationKind, Site
from rules.attempts import (
    CODE_PER_ADDRESS,
    LOGIN_PER_ACCOUNT,
    LOGIN_PER_ADDRESS,
    DatabaseAttempts,
)
from rules.invitations import find_invitation
from rules.mail import OutgoingMail, record_mail
from rules.partners import partner_for_api_key
from tests.live_server import partnerlink
from tests.redis_support import REDIS_URL, redis_attempts
from tests.test_mail import SENDER, free_port
from tests.test_mail_delivery import MoodySmtp, listening


def smtp_settings(port: int) -> dict[str, str]:
    return {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(port),
        "SMTP_FROM": SENDER,
        "SMTP_STARTTLS": "false",
    }


T = TypeVar("T")
BASE_URL = "https://partners.example"
SCRIPT = Path(sys.executable).with_name("partnerlink")
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Cli = Callable[..., Result]


@pytest.fixture(scope="module")
async def cli_database(dialect: Dialect) -> AsyncIterator[str]:
    """A migrated database for this module's commands, of the session's dialect."""
    async with scratch_database(dialect, postgres_admin_url()) as url:
        await upgrade(url)
        yield url


@pytest.fixture
def cli(
    cli_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Cli]:
    """Runs `partnerlink ARGS...` in this process; returns its exit code, stdout and stderr."""
    monkeypatch.chdir(tmp_path)  # no .env file
    monkeypatch.setenv("DATABASE_URL", cli_database)
    monkeypatch.setenv("PUBLIC_BASE_URL", BASE_URL)
    get_settings.cache_clear()

    def run(*argv: str) -> Result:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield run
    get_settings.cache_clear()


def in_database(database_url: str, read: Callable[[], Awaitable[T]]) -> T:
    """Run `read` against `database_url` (the commands' database, not the test session's)."""

    async def go() -> T:
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(database_url))
            return await read()

    return asyncio.run(go())


_names = iter(range(1, 10_000))


def unique_name(stem: str = "Partner") -> str:
    return f"{stem} {next(_names)}"


def create_partner(cli: Cli, model: str = "reseller") -> int:
    result = cli("partners", "create", "--name", unique_name(), "--model", model)
    assert result.code == 0, result.err
    match = re.fullmatch(r"created partner (\d+): .+ \((reseller|referral)\)\n", result.out)
    assert match, result.out
    return int(match.group(1))


# --- help --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["partners"],
        ["partners", "create"],
        ["partners", "list"],
        ["keys"],
        ["keys", "issue"],
        ["keys", "revoke"],
        ["keys", "list"],
        ["invitations"],
        ["invitations", "create"],
        ["dissociations"],
        ["dissociations", "expire"],
        ["invitations", "list"],
        ["serve"],
        ["deliver"],
        ["migrate"],
        ["attempts"],
        ["attempts", "reset"],
    ],
    ids=lambda command: " ".join(command) or "partnerlink",
)
def test_every_level_has_help_with_examples(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0
    assert re.search(r"^(examples?|getting started):$", result.out, re.MULTILINE), result.out
    assert re.search(r"^  (\$ )?partnerlink ", result.out, re.MULTILINE)


@pytest.mark.parametrize(
    "command",
    [[], ["operator-key"], ["serve"], ["keys", "issue"], ["facts", "import"], ["makemigrations"]],
    ids=lambda command: " ".join(command) or "partnerlink",
)
def test_help_prose_is_wrapped_to_the_terminal_and_examples_kept_as_written(
    cli: Cli, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")

    result = cli(*command, "--help")

    prose = [line for line in result.out.splitlines() if not line.startswith("  ")]
    assert [line for line in prose if len(line) > 58] == []
    if not command:
        example = (
            "  partnerlink partners create --name 'Acme Cloud' --model reseller   # prints its id"
        )
        assert example in result.out.splitlines()


@pytest.mark.parametrize("port", ["0", "65536", "http"])
def test_serve_refuses_a_port_it_could_not_link_to(cli: Cli, port: str) -> None:
    result = cli("serve", "--port", port)
    assert result.code == 2
    assert f"argument --port: must be a port number from 1 to 65535, not '{port}'" in result.err


def test_a_group_without_an_action_is_a_usage_error(cli: Cli) -> None:
    result = cli("keys")
    assert result.code == 2
    assert "the following arguments are required: ACTION" in result.err


# --- partners ----------------------------------------------------------------------------------


def test_partners_create_prints_the_id_and_list_shows_the_partner(cli: Cli) -> None:
    name = unique_name("Acme")
    created = cli("partners", "create", "--name", name, "--model", "Referral")
    assert created.code == 0, created.err
    assert created.err == ""
    partner_id = int(re.fullmatch(r"created partner (\d+): (.+) \(referral\)\n", created.out)[1])  # type: ignore[index]

    listed = cli("partners", "list")
    assert listed.code == 0
    header, *rows = listed.out.splitlines()
    assert header.split() == ["ID", "NAME", "MODEL", "CREATED"]
    row = next(r for r in rows if r.startswith(f"{partner_id} "))
    assert re.fullmatch(
        rf"{partner_id}\s+{re.escape(name)}\s+referral\s+\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row
    )


def test_partners_create_refuses_a_taken_name(cli: Cli) -> None:
    name = unique_name("Taken")
    assert cli("partners", "create", "--name", name, "--model", "reseller").code == 0
    result = cli("partners", "create", "--name", name, "--model", "referral")
    assert result.code == 1
    assert result.out == ""
    assert result.err_lines == [
        f"partnerlink: PARTNER_NAME_TAKEN (name): A partner named {name!r} exists."
    ]


def test_partners_create_refuses_a_blank_name_and_an_unknown_model(cli: Cli) -> None:
    blank = cli("partners", "create", "--name", "  ", "--model", "reseller")
    assert (blank.code, blank.err_lines) == (1, ["partnerlink: REQUIRED (name): name is required."])
    unknown = cli("partners", "create", "--name", "X", "--model", "wholesale")
    assert unknown.code == 2
    assert "invalid choice: 'wholesale'" in unknown.err


# --- keys --------------------------------------------------------------------------------------


def test_keys_issue_list_and_revoke(cli: Cli, cli_database: str) -> None:
    partner_id = create_partner(cli)
    issued = cli("keys", "issue", "--partner", str(partner_id), "--label", "dashboard")
    assert issued.code == 0, issued.err
    summary, secret, warning = issued.out.splitlines()
    prefix = re.fullmatch(
        rf"issued ADMIN API key (\S{{8}}) to partner {partner_id} \(label: dashboard\)", summary
    )[1]  # type: ignore[index]
    assert secret.startswith(f"plk_{prefix}_")
    assert warning == "This secret cannot be shown again: store it now."

    listed = cli("keys", "list", "--partner", str(partner_id))
    header, row = listed.out.splitlines()
    assert header.split() == ["PREFIX", "LABEL", "ROLE", "STATE", "CREATED", "EXPIRES", "REVOKED"]
    assert row.split()[:4] == [prefix, "dashboard", "ADMIN", "ACTIVE"]
    assert row.split()[5:] == ["-", "-"]

    revoked = cli("keys", "revoke", "--", prefix)  # a prefix may start with '-'
    assert (revoked.code, revoked.out) == (0, f"revoked API key {prefix} of partner {partner_id}\n")
    assert cli("keys", "list", "--partner", str(partner_id)).out.splitlines()[1].split()[3] == (
        "REVOKED"
    )
    again = cli("keys", "revoke", "--", prefix)
    assert again.code == 0
    assert again.out.startswith(f"API key {prefix} of partner {partner_id} was already revoked at ")
    assert in_database(cli_database, lambda: partner_for_api_key(secret)) is None


def test_keys_issue_takes_a_role_and_an_expiry(cli: Cli) -> None:
    partner_id = str(create_partner(cli))

    issued = cli(
        "keys", "issue", "--partner", partner_id, "--role", "read", "--expires", "2099-01-31"
    )

    assert issued.code == 0, issued.err
    summary = issued.out.splitlines()[0]
    assert summary.startswith("issued READ API key ")
    assert summary.endswith(f"to partner {partner_id}, expires 2099-01-31T00:00:00Z")
    row = cli("keys", "list", "--partner", partner_id).out.splitlines()[1].split()
    assert row[1:4] == ["-", "READ", "ACTIVE"] and row[5] == "2099-01-31T00:00:00Z"
    assert cli("keys", "issue", "--partner", partner_id, "--role", "owner").code == 2
    assert cli("keys", "issue", "--partner", partner_id, "--expires", "soon").code == 2
    past = cli("keys", "issue", "--partner", partner_id, "--expires", "2020-01-01")
    assert (past.code, past.err_lines) == (
        1,
        ["partnerlink: OUT_OF_RANGE (expiresAt): The expiry must be in the future."],
    )


def test_keys_commands_refuse_unknown_partners_keys_and_long_labels(cli: Cli) -> None:
    not_found = ["partnerlink: PARTNER_NOT_FOUND (partnerId): No such partner."]
    issue = cli("keys", "issue", "--partner", "999999")
    assert (issue.code, issue.out, issue.err_lines) == (1, "", not_found)
    listing = cli("keys", "list", "--partner", "999999")
    assert (listing.code, listing.out, listing.err_lines) == (1, "", not_found)
    revoke = cli("keys", "revoke", "nosuchkey")
    assert (revoke.code, revoke.err_lines) == (
        1,
        ["partnerlink: API_KEY_NOT_FOUND (prefix): No such API key."],
    )
    long_label = cli("keys", "issue", "--partner", str(create_partner(cli)), "--label", "x" * 81)
    assert long_label.code == 1
    assert long_label.err_lines == [
        "partnerlink: TOO_LONG (label): label takes 80 characters at most."
    ]
    assert cli("keys", "issue", "--partner", "one").code == 2


def test_keys_list_says_when_a_partner_has_none(cli: Cli) -> None:
    partner_id = create_partner(cli)
    result = cli("keys", "list", "--partner", str(partner_id))
    assert result.code == 0
    assert result.out.startswith(f"partner {partner_id} has no API key")


# --- invitations -------------------------------------------------------------------------------


def test_invitations_create_prints_the_landing_url_once(cli: Cli, cli_database: str) -> None:
    partner_id = create_partner(cli)
    result = cli(
        "invitations",
        "create",
        "--partner",
        str(partner_id),
        "--max-uses",
        "5",
        "--valid-days",
        "7",
    )
    assert result.code == 0, result.err
    summary, url, warning = result.out.splitlines()
    assert re.fullmatch(
        rf"created link invitation \d+ of partner {partner_id}: reseller model, expires "
        r"\S+Z, 5 uses",
        summary,
    )
    assert warning == "The token in this URL is shown only once: copy the URL now."
    token = url.removeprefix(f"{BASE_URL}/invite/")
    assert token != url and re.fullmatch(r"[A-Za-z0-9_-]{40,}", token)

    invitation = in_database(cli_database, lambda: find_invitation(token))
    assert isinstance(invitation, Invitation)
    assert (invitation.partner_id, invitation.kind, invitation.max_uses) == (
        partner_id,
        InvitationKind.LINK,
        5,
    )
    assert (invitation.expires_at - invitation.created_at).days == 7


def test_invitations_list_shows_a_partners_invitations_newest_first(cli: Cli) -> None:
    partner_id = str(create_partner(cli))
    empty = cli("invitations", "list", "--partner", partner_id)
    first = cli("invitations", "create", "--partner", partner_id, "--max-uses", "5")
    second = cli("invitations", "create", "--partner", partner_id)
    assert empty.code == first.code == second.code == 0

    listed = cli("invitations", "list", "--partner", partner_id)
    unknown = cli("invitations", "list", "--partner", "999999")

    assert empty.out.startswith(f"partner {partner_id} has no invitation")
    header, newest, oldest = listed.out.splitlines()
    assert header.split() == [
        "ID",
        "KIND",
        "STATE",
        "USES",
        "EXPIRES",
        "INVITEE",
        "BUDGET",
        "PRESET",
    ]
    assert newest.split()[1:4] == ["link", "active", "0"]
    assert oldest.split()[1:4] == ["link", "active", "0/5"]
    assert int(newest.split()[0]) > int(oldest.split()[0])
    assert unknown.err_lines == ["partnerlink: PARTNER_NOT_FOUND (partnerId): No such partner."]


def test_invitations_create_refuses_an_unknown_partner_and_invitee(cli: Cli) -> None:
    unknown_partner = cli("invitations", "create", "--partner", "999999")
    assert (unknown_partner.code, unknown_partner.out, unknown_partner.err_lines) == (
        1,
        "",
        ["partnerlink: PARTNER_NOT_FOUND (partnerId): No such partner."],
    )
    partner_id = str(create_partner(cli))
    unknown_invitee = cli("invitations", "create", "--partner", partner_id, "--invitee", "nobody")
    assert unknown_invitee.code == 1
    assert unknown_invitee.err_lines == [
        "partnerlink: INVITEE_NOT_FOUND (inviteeAccountName): No account has that name."
    ]
    out_of_range = cli(
        "invitations", "create", "--partner", partner_id, "--valid-days", "0", "--max-uses", "0"
    )
    assert out_of_range.code == 1
    assert [line.split(":")[1] for line in out_of_range.err_lines] == [
        " OUT_OF_RANGE (validDays)",
        " OUT_OF_RANGE (maxUses)",
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--kind", "online"], "an online invitation needs --invitee ACCOUNT_NAME"),
        (["--kind", "link", "--invitee", "bob"], "--invitee is for online invitations"),
        (["--invitee", "bob", "--max-uses", "3"], "--max-uses is for link invitations"),
    ],
)
def test_invitations_create_refuses_options_that_do_not_go_together(
    cli: Cli, options: list[str], message: str
) -> None:
    result = cli("invitations", "create", "--partner", "1", *options)
    assert result.code == 2
    assert result.err.startswith(f"partnerlink: {message}")


# --- the installed script, end to end ----------------------------------------------------------


def run_script(database_url: str, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *argv],
        # PYTHONPATH: this checkout's code, whichever one the script was installed from
        env={"DATABASE_URL": database_url, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT)},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_script_issues_a_key_that_authenticates_until_revoked(
    cli_database: str, tmp_path: Path
) -> None:
    name = unique_name("Script")
    created = run_script(
        cli_database, tmp_path, "partners", "create", "--name", name, "--model", "reseller"
    )
    assert created.returncode == 0, created.stderr
    partner_id = created.stdout.split()[2].rstrip(":")

    issued = run_script(cli_database, tmp_path, "keys", "issue", "--partner", partner_id)
    assert issued.returncode == 0, issued.stderr
    _, secret, _ = issued.stdout.splitlines()
    prefix = secret.split("_")[1] if secret.count("_") == 2 else secret[4:12]

    partner = in_database(cli_database, lambda: partner_for_api_key(secret))
    assert isinstance(partner, Partner) and (partner.id, partner.name) == (int(partner_id), name)

    revoked = run_script(cli_database, tmp_path, "keys", "revoke", "--", prefix)
    assert revoked.returncode == 0, revoked.stderr
    assert in_database(cli_database, lambda: partner_for_api_key(secret)) is None


def test_the_script_says_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    result = run_script(
        "postgres://operator:s3cret@127.0.0.1:9/partnerlink", tmp_path, "partners", "list"
    )
    assert result.returncode == 1
    assert result.stderr.startswith(
        "partnerlink: cannot open or migrate the database "
        "postgres://operator:***@127.0.0.1:9/partnerlink: "
    )
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr


# --- facts and budgets ------------------------------------------------------------------------


def facts_file(tmp_path: Path, account: str, *extra: str) -> Path:
    lines = [
        f'{{"type": "bill", "ref": "B-{account}", "customer": "{account}", "amount": "12.50", '
        f'"issued_at": "2026-03-01T00:00:00Z"}}',
        f'{{"type": "resource", "ref": "R-{account}", "customer": "{account}", "name": "vm", '
        f'"subscribed_at": "2026-03-01T00:00:00Z"}}',
        *extra,
    ]
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def new_account(cli_database: str) -> str:
    name = f"acct{next(_names)}"

    async def create() -> None:
        await Customer.create(
            account_name=name,
            email=f"{name}@example.com",
            password_hash="-",
            site=Site.INTERNATIONAL,
            country="DE",
            registered_at=datetime.now(UTC),
        )

    in_database(cli_database, create)
    return name


def test_facts_import_loads_a_file_once(cli: Cli, cli_database: str, tmp_path: Path) -> None:
    path = facts_file(tmp_path, new_account(cli_database))

    first = cli("facts", "import", "--quiet", str(path))
    second = cli("facts", "import", "--quiet", str(path))

    assert first.code == 0, first.err
    assert first.out.splitlines() == [
        "created: 1 bill, 1 resource",
        "updated: none",
        "unchanged: none",
    ]
    assert second.out.splitlines()[2] == "unchanged: 1 bill, 1 resource"


def test_facts_import_reports_each_bad_line_and_writes_nothing(
    cli: Cli, cli_database: str, tmp_path: Path
) -> None:
    account = new_account(cli_database)
    path = facts_file(tmp_path, account, "{oops", '{"type": "bill", "ref": "x"}')

    result = cli("facts", "import", "--quiet", str(path))

    assert result.code == 1
    assert result.err_lines[0].startswith("partnerlink: INVALID_JSON: line 3: ")
    assert all(line.startswith("partnerlink: INVALID_FACT") for line in result.err_lines[1:])
    assert {"line 4" in line for line in result.err_lines[1:]} == {True}
    assert cli("facts", "import", "--quiet", str(facts_file(tmp_path, account))).code == 0


def test_budgets_roll_over_reports_what_it_lifted(cli: Cli) -> None:
    result = cli("budgets", "roll-over")

    assert (result.code, result.out) == (0, "lifted 0 exhausted-budget freezes\n")


def test_dissociations_expire_reports_what_it_expired(cli: Cli) -> None:
    result = cli("dissociations", "expire")

    assert (result.code, result.out) == (0, "expired 0 dissociation requests\n")


def test_deliver_once_sends_the_recorded_mail_and_says_how_many_attempts(
    cli: Cli, cli_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def write() -> None:
        now = datetime.now(UTC)
        mail = OutgoingMail(to="newcomer@example.com", subject="Your code", text="It is 123456\n")
        await record_mail(mail, now=now, expires_at=now + timedelta(minutes=10))

    in_database(cli_database, write)
    with listening(MoodySmtp(port=free_port())) as smtp:
        for name, value in smtp_settings(smtp.port).items():
            monkeypatch.setenv(name, value)

        first, second = cli("deliver", "--once"), cli("deliver", "--once")

    assert (first.code, first.out) == (0, "made 1 delivery attempt\n")
    assert (second.code, second.out) == (0, "made 0 delivery attempts\n")
    assert [e.rcpt_tos for e in smtp.envelopes] == [["newcomer@example.com"]]


def test_deliver_runs_at_a_lower_cpu_priority_until_stopped(
    cli_database: str, tmp_path: Path
) -> None:
    """On a machine shared with `serve` workers their requests go first: `--nice N` lowers
    the deliverer's priority by N (10 by default)."""
    env = {**os.environ, "DATABASE_URL": cli_database, "PUBLIC_BASE_URL": BASE_URL}
    own = os.getpriority(os.PRIO_PROCESS, 0)
    for argv, lowered in ((["--nice", "7"], 7), ([], 10)):
        log = tmp_path / f"deliver{len(argv)}.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                [*partnerlink(), "deliver", *argv],
                cwd=tmp_path,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        try:
            started = _line_when_written(log, "delivering", process)
            priority = os.getpriority(os.PRIO_PROCESS, process.pid)
        finally:
            process.terminate()
        assert process.wait(timeout=30) == 0, log.read_text()
        assert priority == min(19, own + lowered)
        assert f"niceness {min(19, own + lowered)}" in started


def _line_when_written(
    log: Path, text: str, process: subprocess.Popen[bytes], seconds: float = 60
) -> str:
    """The first line of `log` holding `text`, once the process has written it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = [line for line in log.read_text().splitlines() if text in line]
        if found:
            return found[0]
        assert process.poll() is None, f"exited with {process.returncode}: {log.read_text()}"
        time.sleep(0.05)
    raise AssertionError(f"{text!r} not written within {seconds} s: {log.read_text()}")


def test_deliver_refuses_a_niceness_out_of_range(cli: Cli) -> None:
    result = cli("deliver", "--nice", "20")

    assert result.code == 2
    assert "a whole number from 0 to 19, not '20'" in result.err


# --- attempts: a developer locked out by their own fuzzing gets the limits back -------------


NOW = datetime.now(UTC)


def counts(database_url: str) -> dict[str, int]:
    async def read() -> dict[str, int]:
        return {row.key: row.count for row in await AttemptCounter.all()}

    return in_database(database_url, read)


def hit(database_url: str, *keys: str) -> None:
    async def write() -> None:
        store = DatabaseAttempts()
        for key in keys:
            await store.hit(key, LOGIN_PER_ADDRESS.window, NOW, 50)

    in_database(database_url, write)


def test_reset_forgets_an_address_then_an_account_then_everything(
    cli: Cli, cli_database: str
) -> None:
    local = [LOGIN_PER_ADDRESS.key("127.0.0.1"), CODE_PER_ADDRESS.key("127.0.0.1")]
    account = LOGIN_PER_ACCOUNT.key("login:fuzzed")
    other = LOGIN_PER_ADDRESS.key("198.51.100.9")
    hit(cli_database, *local, account, other)

    by_address = cli("attempts", "reset", "--address", "127.0.0.1")
    assert (by_address.code, by_address.out) == (0, "reset 2 counts in the database\n")
    assert set(counts(cli_database)) == {account, other}

    by_account = cli("attempts", "reset", "--account", "fuzzed")
    assert (by_account.code, by_account.out) == (0, "reset 1 count in the database\n")
    assert set(counts(cli_database)) == {other}

    everything = cli("attempts", "reset")
    assert everything.code == 0 and everything.out.startswith("reset 1 count")
    assert counts(cli_database) == {}


def test_reset_forgives_an_email_addresss_wrong_codes_only(cli: Cli, cli_database: str) -> None:
    async def prepare() -> None:
        for email in ("nova@example.com", "kept@example.com"):
            await EmailCode.create(
                email=email,
                code_hash="x",
                sent_at=NOW,
                expires_at=NOW,
                failures=10,
                failures_since=NOW,
            )

    in_database(cli_database, prepare)
    hit(cli_database, LOGIN_PER_ADDRESS.key("127.0.0.1"))

    result = cli("attempts", "reset", "--email", "Nova@Example.com")

    assert (result.code, result.out) == (0, "reset 1 count in the database\n")

    async def failures() -> dict[str, int]:
        return {row.email: row.failures for row in await EmailCode.all()}

    assert in_database(cli_database, failures) == {"nova@example.com": 0, "kept@example.com": 10}
    assert set(counts(cli_database)) == {LOGIN_PER_ADDRESS.key("127.0.0.1")}


def test_reset_refuses_an_empty_address_and_a_bad_email(cli: Cli) -> None:
    empty = cli("attempts", "reset", "--address", " ")
    assert (empty.code, empty.err) == (2, "partnerlink: --address must not be empty\n")
    bad = cli("attempts", "reset", "--email", "not-an-email")
    assert bad.code == 1 and bad.err.startswith("partnerlink: INVALID_EMAIL (email): ")


def redis(work: Callable[[RedisAttempts], Awaitable[T]]) -> T:
    """`work` on the Redis of the tests, under the server's own key prefix, in a loop of its own
    (the command runs its own)."""

    async def go() -> T:
        async with redis_attempts():  # skips (or fails in CI) without Redis
            pass
        store = RedisAttempts(Redis.from_url(REDIS_URL))
        try:
            return await work(store)
        finally:
            await store.aclose()

    return asyncio.run(go())


def test_reset_forgets_the_counts_kept_in_redis(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    address = f"203.0.113.1-{uuid.uuid4().hex}"  # this run's own subjects
    kept = LOGIN_PER_ADDRESS.key(f"{address}-other")
    keys = [LOGIN_PER_ADDRESS.key(address), CODE_PER_ADDRESS.key(address), kept]
    window = LOGIN_PER_ADDRESS.window

    async def prepare(store: RedisAttempts) -> None:
        for key in keys:
            await store.hit(key, window, NOW, 50)

    async def after(store: RedisAttempts) -> tuple[int, int]:
        try:
            return await store.hit(keys[0], window, NOW), await store.hit(kept, window, NOW)
        finally:
            await store.forget(keys)

    redis(prepare)
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    result = cli("attempts", "reset", "--address", address)

    assert redis(after) == (1, 51)
    assert (result.code, result.out) == (0, "reset 2 counts in Redis and the database\n")
