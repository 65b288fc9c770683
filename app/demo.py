"""What the first start of a development server prints about the demo partners it made
(`rules.demo`): their keys and links (shown this once), how to call the API with them, where
emailed codes appear, how to get a key again and how to turn the demo off."""

from __future__ import annotations

import json
import shlex

from app.links import invitation_url
from app.settings import Settings
from rules.demo import DemoPartner

TRY_QUERY = "{ viewer { ... on Partner { name cooperationModel } } }"


def curl_example(graphql_url: str, key: str) -> str:
    """One complete `curl` call of the API as a partner."""
    body = json.dumps({"query": TRY_QUERY})
    return (
        f"curl -s {shlex.quote(graphql_url)} -H 'Content-Type: application/json' "
        f"-H {shlex.quote('Authorization: Bearer ' + key)} -d {shlex.quote(body)}"
    )


def demo_instructions(settings: Settings, made: list[DemoPartner]) -> str:
    graphql_url = f"{settings.PUBLIC_BASE_URL}/graphql"
    first = made[0]
    lines = ["", "partnerlink: a new database, so here are demo partners to try:"]
    for demo in made:
        partner = demo.partner
        lines += [
            f"  {partner.name} ({partner.cooperation_model.value}, partner {partner.id})",
            f"    API key:         {demo.key.secret}",
            f"    invitation link: {invitation_url(settings, demo.invitation.token)}",
        ]
    lines += [
        "These secrets are shown this once (only their digests are kept). A new key at any time:",
        f"  partnerlink keys issue --partner {first.partner.id}",
        "Try the API:",
        "  " + curl_example(graphql_url, first.key.secret),
        f"or open {graphql_url} (GraphiQL) and put this in its Headers pane:",
        "  " + json.dumps({"Authorization": f"Bearer {first.key.secret}"}),
        "Emailed codes (registering through an invitation link) are printed on this console "
        "while SMTP_HOST is unset.",
        "DEMO_DATA=false turns the demo off (it is never made in PRODUCTION).",
        "",
    ]
    return "\n".join(lines)
