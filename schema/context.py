"""What every resolver gets: the caller, the clock, the deployment's settings and this request's
loaders. The app builds it for each request (`app.graphql`): what the layers below need of the
settings or of the HTTP request arrives here, so that none of them imports `app`."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from rules.actors import Actor
from rules.attempts import AttemptStore, DatabaseAttempts
from rules.clock import Clock
from rules.outbox import Notifier
from schema.loaders import Loaders


class Deployment(Protocol):
    """The settings the API reads (`app.settings.Settings` is one)."""

    @property
    def CURRENCY(self) -> str: ...

    @property
    def INVITATION_TTL_DAYS(self) -> int: ...

    @property
    def RESELLER_INSTRUCTIONS_VERSION(self) -> str: ...

    @property
    def DISSOCIATION_REQUEST_LIMIT_MONTHS(self) -> int: ...

    @property
    def webhook_private_targets(self) -> bool: ...


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | None
    viewer: Actor | None
    clock: Clock
    settings: Deployment
    notifier: Notifier  # told when a rule recorded work for the deliverer (mail)
    invitation_url: Callable[[str], str]  # the public address of an invitation's token
    client_address: str | None = None
    bearer_token: str | None = None  # the secret of `Authorization: Bearer`, when well formed
    attempts: AttemptStore = field(default_factory=DatabaseAttempts)
    # Over WebSocket: graphql-transport-ws's connection_init payload, and how to ask again who
    # the connection's credentials name now (a long subscription ends when they no longer do).
    connection_params: dict[str, Any] | None = None
    recheck_viewer: Callable[[], Awaitable[Actor | None]] | None = None
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.viewer, self.clock)

    def become(
        self, viewer: Actor, bearer_token: str, recheck: Callable[[], Awaitable[Actor | None]]
    ) -> None:
        """The connection's caller, once its credentials arrive (in `connection_init`)."""
        self.viewer, self.bearer_token, self.recheck_viewer = viewer, bearer_token, recheck
        self.loaders = Loaders(viewer, self.clock)


Info = strawberry.Info[Context, Any]
