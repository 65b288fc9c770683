"""Mail the rules send, and the protocol of whatever delivers it (see `app/mail.py`).

Rules send mail only after their transaction has committed, so that no mail announces a change
that was rolled back.
"""

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    to: str
    subject: str
    text: str


class Mailer(Protocol):
    async def send(self, message: OutgoingMail) -> None: ...
