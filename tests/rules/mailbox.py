"""The test outbox: a mailer that keeps what it is given, and the rules' notifier that delivers
the mail they record at once, through the real outbox table and mail channel, so that a test
reads a code right after asking for it. Tests about delivery itself run a `Deliverer`."""

import re
from dataclasses import dataclass, field
from datetime import datetime

from app.deliverer import Deliverer
from rules.clock import FixedClock
from rules.mail import MailChannel, OutgoingMail

SIX_DIGITS = re.compile(r"\b\d{6}\b")


def code_in(text: str) -> str | None:
    """The 6-digit code in a mail's text, if any."""
    match = SIX_DIGITS.search(text)
    return match.group() if match else None


@dataclass
class Outbox:
    sent: list[OutgoingMail] = field(default_factory=list)

    async def send(self, message: OutgoingMail) -> None:
        self.sent.append(message)

    async def recorded(self, channel: str, now: datetime) -> None:
        """Delivers what is due at `now` (the time of the rule that recorded it)."""
        await Deliverer([MailChannel(self)], FixedClock(now)).drain()

    def last_code(self) -> str:
        code = code_in(self.sent[-1].text)
        assert code is not None, "the last mail has no code"
        return code
