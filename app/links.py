"""Addresses users reach the service at, built from the PUBLIC_BASE_URL setting."""

from __future__ import annotations

from urllib.parse import quote

from app.settings import Settings

INVITATION_PATH = "/invite/"


def invitation_url(settings: Settings, token: str) -> str:
    """The landing page of an invitation: `{PUBLIC_BASE_URL}/invite/{token}`. The QR code of a
    link invitation encodes this URL; the mobile app reads the token from its last segment."""
    return f"{settings.PUBLIC_BASE_URL}{INVITATION_PATH}{quote(token, safe='')}"
