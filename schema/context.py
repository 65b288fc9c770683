"""What every resolver gets: the caller, the clock, the settings and this request's loaders."""

from dataclasses import dataclass, field
from typing import Any

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from app.settings import Settings
from rules.actors import Actor
from rules.attempts import AttemptStore, DatabaseAttempts
from rules.clock import Clock
from rules.mail import Mailer
from schema.loaders import Loaders


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | None
    viewer: Actor | None
    clock: Clock
    settings: Settings
    mailer: Mailer
    client_address: str | None = None
    attempts: AttemptStore = field(default_factory=DatabaseAttempts)
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.viewer, self.clock)


Info = strawberry.Info[Context, Any]
