"""Readiness: the database answers and every migration of its dialect is applied; the mail
backlog is reported beside it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise import connections
from tortoise.exceptions import BaseORMException

from app.database import dialect_of
from app.migrations import migration_files
from rules.mail import mail_backlog


async def readiness(database_url: str) -> list[str]:
    """What keeps the service from being ready; empty when it is ready."""
    try:
        conn = connections.get("default")
        await conn.execute_query("SELECT 1")
    except (BaseORMException, OSError) as error:
        return [f"database unavailable: {error}"]
    try:
        _, rows = await conn.execute_query("SELECT version FROM aerich WHERE app = 'models'")
    except BaseORMException:
        return ["no migration applied"]
    applied = {row["version"] for row in rows}
    pending = [f for f in migration_files(dialect_of(database_url)) if f not in applied]
    return [f"pending migration {name}" for name in pending]


async def mail_report(now: datetime, *, with_cause: bool) -> dict[str, Any]:
    """The mail backlog for /readyz: reported, never a reason to be unready. A mail server that
    refuses or is away affects every worker alike; turning them all unready would take the API
    down for partners who need no mail, and would not bring the mail server back. The failing
    mail shows here and in the logs (`partnerlink.mail`, with the cause) instead. The cause is
    shown outside production only: it may name internal hosts, and /readyz asks for no
    credentials."""
    backlog = await mail_backlog(now)
    report: dict[str, Any] = {
        "waiting": backlog.waiting,
        "failing": backlog.failing,
        "givenUpLastHour": backlog.given_up_last_hour,
    }
    if backlog.oldest_failing_since is not None:
        report["oldestFailingSince"] = backlog.oldest_failing_since.isoformat()
    if with_cause and backlog.last_error is not None:
        report["lastError"] = backlog.last_error
    return report
