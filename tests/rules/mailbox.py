"""A mailer for the rules tests that keeps what it is given."""

import re
from dataclasses import dataclass, field

from rules.mail import OutgoingMail

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

    def last_code(self) -> str:
        code = code_in(self.sent[-1].text)
        assert code is not None, "the last mail has no code"
        return code
